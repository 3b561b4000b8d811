// The ccache action's github backend against the REAL cache service (../shared/tools/github-actions-cache-server,
// started on loopback here) through @actions/cache itself, with a fault-injecting proxy in front for 500s, stalls,
// hangs, slow answers and corrupt archives (issue 17, items 9-15). Limits are set through the action's inputs, short.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HostExecutor } from '../../src/common/exec.js';
import { Env } from '../../src/common/inputs.js';
import { ccacheMain, ccachePost } from '../../src/ccache/run.js';
import { CacheServer, FaultProxy, faultProxy, runtimeToken, startCacheServer } from '../fixtures/cache-server.js';
import { makeStep } from '../helpers/runner.js';

const tmp = (p = 'aswf-ccache-service-') => mkdtempSync(join(tmpdir(), p));
const host = new HostExecutor(() => undefined);

let server: CacheServer;
let proxy: FaultProxy;
/** What @actions/cache printed to stdout (kept out of jest's output). */
let printed = '';
const saved: Partial<Record<string, string>> = {};
const originalWrite = process.stdout.write;
const SERVICE_ENV = ['GITHUB_WORKSPACE', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP', 'ACTIONS_CACHE_URL', 'ACTIONS_CACHE_MODE'];
/** Like a GitHub runner: one RUNNER_TEMP path for every job (GitHub's is always /home/runner/work/_temp). */
let runnerTemp: string;

beforeAll(async () => {
  // The service must start: a failure here fails every test of this file, loudly, with the service's log.
  server = await startCacheServer();
  proxy = await faultProxy(server);
  runnerTemp = tmp('aswf-ccache-service-runner-temp-');
  for (const k of SERVICE_ENV) saved[k] = process.env[k];
  Object.assign(process.env, { ACTIONS_RESULTS_URL: proxy.url, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RUNTIME_TOKEN: runtimeToken(), RUNNER_TEMP: runnerTemp });
  delete process.env.ACTIONS_CACHE_URL;
  delete process.env.ACTIONS_CACHE_MODE;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    printed += String(chunk);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof process.stdout.write;
}, 40_000);

afterAll(async () => {
  process.stdout.write = originalWrite;
  for (const k of SERVICE_ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await proxy?.close();
  await server?.stop();
});

interface JobOptions {
  /** The key input: each test its own, so that tests do not see each other's entries. */
  key: string;
  runId: string;
  /** The checkout, at any depth. */
  workspace?: string;
  inputs?: Record<string, string>;
  compile?: boolean;
  post?: boolean;
}

/** One job on a fresh runner: the ccache action (main), one real compilation through the launcher, the post step. */
async function job(o: JobOptions) {
  const workspace = o.workspace ?? join(tmp(), 'repo');
  mkdirSync(workspace, { recursive: true });
  // A fresh runner: the ccache folder of an earlier job is gone.
  rmSync(join(runnerTemp, 'ccache'), { recursive: true, force: true });
  const env: Env = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: o.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    ACTIONS_RESULTS_URL: proxy.url,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RUNTIME_TOKEN: process.env.ACTIONS_RUNTIME_TOKEN,
  };
  // As on a runner, the step's process has the workspace in its environment (@actions/cache reads it there).
  process.env.GITHUB_WORKSPACE = workspace;
  const inputs = { backend: 'github', key: o.key, 'stall-timeout': '1', 'restore-timeout': '3', 'save-timeout': '3', ...o.inputs };
  const t0 = Date.now();
  const main = makeStep(inputs, env);
  await ccacheMain(main.step);
  const mainMs = Date.now() - t0;
  const exported = main.exported();
  if (o.compile !== false) {
    const src = join(workspace, `${o.key}.cpp`);
    writeFileSync(src, `int ${o.key}_${o.runId}() { return ${o.runId}; }\n`);
    await host.run([exported.CMAKE_CXX_COMPILER_LAUNCHER!, (await host.which('c++'))!, '-c', src, '-o', join(workspace, 'a.o')], { env: { ...env, ...exported }, silent: true });
  }
  if (o.post === false) return { main, mainMs, workspace };
  const post = makeStep(inputs, { ...env, ...exported, ...Object.fromEntries(Object.entries(main.state()).map(([k, v]) => [`STATE_${k}`, v])) });
  const t1 = Date.now();
  await ccachePost(post.step);
  return { main, post, mainMs, postMs: Date.now() - t1, workspace };
}

const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);

describe('the github backend with the real cache service', () => {
  it('saves, then restores the newest entry at another checkout depth into the ccache folder (latest), and logs the cache version inputs', async () => {
    proxy.faults.clear();
    const first = await job({ key: 'roundtrip', runId: '100', workspace: join(tmp(), 'repo') });
    expect(first.main.outputs()).toMatchObject({ 'cache-hit': 'miss', 'exact-hit': 'false', 'cache-matched-key': '' });
    expect(first.post!.summary()).toMatch(/Saved \| saved as <code>ccache-v1-Linux-X64-.*-roundtrip-100-1<\/code>/);
    expect(first.post!.log()).not.toContain('::warning');

    // Another checkout at another depth (item 12): the entry lands where ccache reads, not in a stray folder.
    const deeper = join(tmp(), 'a', 'b', 'c', 'repo');
    const second = await job({ key: 'roundtrip', runId: '101', workspace: deeper });
    const dir = join(runnerTemp, 'ccache');
    expect(second.main.outputs()).toMatchObject({ 'cache-hit': 'latest', 'exact-hit': 'false', 'ccache-dir': dir });
    expect(second.main.outputs()['cache-matched-key']).toBe(first.main.outputs()['primary-key']);
    expect(second.main.outputs()['restored-key']).toBe(first.main.outputs()['primary-key']);
    expect(filesIn(dir)).toEqual(expect.arrayContaining([expect.stringMatching(/^[0-9a-f]\/[0-9a-f]\/[0-9a-z]{20,}R$/)]));
    expect(filesIn(deeper)).not.toContain('ccache.entry');
    expect(second.post!.summary()).toMatch(/Restored \| latest \(the newest entry of this toolchain and key\): <code>.*-roundtrip-100-1<\/code>/);
    // Item 13: what the cache version is made of, in the log.
    expect(second.main.log()).toContain(`The cache version (part of an entry's identity besides its key) hashes the path ${dir}.entry`);
  }, 60_000);

  it('a service that never answers the lookup: the restore gives up after the stall limit, says why, and cache-hit is failed', async () => {
    proxy.faults.clear();
    proxy.faults.set('GetCacheEntryDownloadURL', { hang: true });
    const { main, mainMs } = await job({ key: 'hang', runId: '200', post: false, compile: false });
    proxy.faults.clear();
    expect(main.outputs()['cache-hit']).toBe('failed');
    expect(main.outputs()['exact-hit']).toBe('false');
    expect(main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service stalled: nothing moved for 1\.\d s \(the stall limit is 1\.0 s\).*The build goes on with an empty cache\./);
    expect(mainMs).toBeLessThan(2900); // the stall limit, not the 3 s cap (nor @actions/cache's minutes)
    expect(JSON.parse(main.state().ccache!)).toMatchObject({ hit: 'failed', restoreTimedOut: true });
  }, 30_000);

  it('a failed restore is reported as such in the summary, never as a miss (a corrupt archive: tar fails)', async () => {
    proxy.faults.clear();
    await job({ key: 'corrupt', runId: '300' });
    proxy.faults.set('/download/', { body: 'not a zstd archive' });
    const second = await job({ key: 'corrupt', runId: '301' });
    proxy.faults.clear();
    expect(second.main.outputs()['cache-hit']).toBe('failed');
    expect(second.main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service failed after \d+\.\d s: .*tar.*The build goes on with an empty cache\./);
    expect(second.post!.summary()).toMatch(/Restored \| restore failed: Restoring the ccache cache from GitHub's cache service failed after/);
    expect(second.post!.summary()).not.toContain('miss (');
  }, 60_000);

  it('a download that stalls halfway is given up on after the stall limit', async () => {
    proxy.faults.clear();
    await job({ key: 'stalldl', runId: '400' });
    proxy.faults.set('/download/', { stallAfterBytes: 20 });
    const second = await job({ key: 'stalldl', runId: '401', post: false, compile: false });
    proxy.faults.clear();
    expect(second.main.outputs()['cache-hit']).toBe('failed');
    expect(second.main.log()).toMatch(/stalled: nothing moved for 1\.\d s/);
    expect(second.mainMs).toBeLessThan(2900);
  }, 60_000);

  it('a restore given up on cannot finish later: its connections are cut, nothing is extracted afterwards', async () => {
    proxy.faults.clear();
    await job({ key: 'late', runId: '450' });
    proxy.faults.set('/download/', { delayMs: 2500 }); // answers after the 1 s stall limit gave up on it
    const second = await job({ key: 'late', runId: '451', post: false, compile: false });
    expect(second.main.outputs()['cache-hit']).toBe('failed');
    await new Promise((r) => setTimeout(r, 3000)); // the proxy has answered meanwhile
    proxy.faults.clear();
    const dir = join(runnerTemp, 'ccache');
    expect(filesIn(`${dir}.entry`)).toEqual([]);
    expect(filesIn(dir).filter((f) => /R$/.test(f))).toEqual([]);
    expect(filesIn(second.workspace).filter((f) => f.startsWith('ccache.entry'))).toEqual([]);
  }, 60_000);

  it('a slow service: the restore succeeds, with a warning that says it was slow and how long it took', async () => {
    proxy.faults.clear();
    await job({ key: 'slow', runId: '500' });
    proxy.faults.set('GetCacheEntryDownloadURL', { delayMs: 800 });
    proxy.faults.set('/download/', { delayMs: 800 });
    const second = await job({ key: 'slow', runId: '501', post: false, compile: false });
    proxy.faults.clear();
    expect(second.main.outputs()['cache-hit']).toBe('latest');
    expect(second.main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service was slow: it took [12]\.\d s, more than half of its limit of 3\.0 s\./);
  }, 60_000);

  it('a save whose finalize keeps failing (500, retried by @actions/cache) ends at save-timeout with the real cause, never blamed on another job', async () => {
    proxy.faults.clear();
    proxy.faults.set('FinalizeCacheEntryUpload', { status: 500, message: 'database is locked' });
    const { post, postMs } = await job({ key: 'finalize500', runId: '600', inputs: { 'save-timeout': '2' } });
    proxy.faults.clear();
    // @actions/cache waits 3 s before its first retry: nothing moves meanwhile, so the 1 s stall limit (or the cap) ends it.
    expect(post!.log()).toMatch(/::warning::Saving the ccache cache failed: Saving the ccache cache to GitHub's cache service (stalled|took longer than).*its last message: Attempt 1 of 5 failed with error: Failed request: \(500\) Internal Server Error: database is locked.*The build is not affected\./);
    expect(post!.log()).not.toMatch(/another job|read-only|::notice/);
    expect(post!.summary()).toMatch(/Saved \| save failed: /);
    expect(postMs).toBeLessThan(6000);
  }, 30_000);

  it('a save refused because the key exists (409 on reserve) is a notice; a reservation that fails otherwise (400) is a warning with its cause', async () => {
    proxy.faults.clear();
    proxy.faults.set('CreateCacheEntry', { status: 409, message: 'cache entry already exists' });
    const refused = await job({ key: 'reserve409', runId: '700' });
    expect(refused.post!.log()).toMatch(/::notice::The ccache cache was not saved: an entry with the key .* exists already, or another job is saving it/);
    expect(refused.post!.log()).not.toContain('::warning');

    proxy.faults.set('CreateCacheEntry', { status: 400, message: 'malformed request' });
    const failed = await job({ key: 'reserve400', runId: '701' });
    proxy.faults.clear();
    expect(failed.post!.log()).toMatch(/::warning::Saving the ccache cache failed: reserving the entry failed: .*400.*The build is not affected\./);
    expect(failed.post!.log()).not.toMatch(/::notice|another job/);
    expect(failed.post!.summary()).toMatch(/Saved \| save failed: reserving the entry failed/);
  }, 60_000);

  it('an upload that hangs is given up on after the stall limit, and said so', async () => {
    proxy.faults.clear();
    proxy.faults.set('/upload/', { hang: true });
    const { post, postMs } = await job({ key: 'uploadhang', runId: '800' });
    proxy.faults.clear();
    expect(post!.log()).toMatch(/::warning::Saving the ccache cache failed: Saving the ccache cache to GitHub's cache service stalled: nothing moved for 1\.\d s/);
    expect(postMs).toBeLessThan(2900);
  }, 30_000);

  it('a service that is down: the restore fails at once with the connection error, cache-hit failed', async () => {
    proxy.faults.clear();
    const down = { ...process.env };
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/'; // nothing listens on the discard port
    try {
      const { main, mainMs } = await job({ key: 'down', runId: '900', post: false, compile: false, inputs: { 'restore-timeout': '2', 'stall-timeout': '0' } });
      expect(main.outputs()['cache-hit']).toBe('failed');
      expect(main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service failed after \d+\.\d s: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED.*The build goes on with an empty cache\./);
      expect(mainMs).toBeLessThan(4000);
    } finally {
      process.env.ACTIONS_RESULTS_URL = down.ACTIONS_RESULTS_URL;
    }
  }, 30_000);
});

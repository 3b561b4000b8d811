import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Executor, HostExecutor, RunOptions } from '../../src/common/exec.js';
import { Env } from '../../src/common/inputs.js';
import { runCmake } from '../../src/cmake/run.js';
import { CacheService } from '../../src/ccache/github.js';
import { LocalBackend } from '../../src/ccache/local.js';
import { ccacheMain, ccachePost, readStats } from '../../src/ccache/run.js';
import { hitRate } from '../../src/ccache/stats.js';
import { makeStep } from '../helpers/runner.js';

const hello = fileURLToPath(new URL('../../examples/hello', import.meta.url));
const tmp = (p = 'aswf-ccache-') => mkdtempSync(join(tmpdir(), p));

/** The host executor, quiet, giving each command the job's environment as a runner gives it to a step's process. */
function jobExecutor(job: Env): Executor {
  const host = new HostExecutor(() => undefined);
  return { where: host.where, which: (p) => host.which(p), run: (argv, o: RunOptions = {}) => host.run(argv, { ...o, silent: true, env: { ...job, ...o.env } }) };
}

const host = new HostExecutor(() => undefined);

/** One job: the ccache action, the cmake action on a copy of examples/hello under `workspace`, the ccache post step. */
async function job(workspace: string, localDir: string, runId: string, inputs: Record<string, string> = {}, buildDir = 'build') {
  const base: Env = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
  const ccInputs = { backend: 'local', 'local-dir': localDir, ...inputs };
  const main = makeStep(ccInputs, base);
  await ccacheMain(main.step);
  const exported = main.exported();
  const cmake = makeStep({ 'source-dir': join(workspace, 'hello'), 'build-dir': join(workspace, buildDir), test: 'false', parallel: '2' }, { ...base, ...exported });
  const started = Date.now();
  await runCmake(cmake.step, { exec: jobExecutor({ ...base, ...exported }) });
  const buildMs = Date.now() - started;
  const stats = await readStats(host, exported.CMAKE_CXX_COMPILER_LAUNCHER!, exported);
  const post = makeStep(ccInputs, { ...base, ...exported, ...cmake.exported(), ...Object.fromEntries(Object.entries(main.state()).map(([k, v]) => [`STATE_${k}`, v])) });
  await ccachePost(post.step);
  return { main, cmake, post, stats: stats.stats!, buildMs };
}

describe('ccache action with the real ccache, cmake and ninja', () => {
  it('a build at another checkout path hits the cache restored from the local backend; an unchanged run saves nothing', async () => {
    expect(await host.which('ccache')).toBeDefined(); // CI installs ccache: a missing one is a failure, not a skip
    const localDir = tmp('aswf-ccache-local-');
    const ws1 = join(tmp(), 'checkout-one');
    const ws2 = join(tmp(), 'elsewhere', 'checkout-two');
    cpSync(hello, join(ws1, 'hello'), { recursive: true });
    cpSync(hello, join(ws2, 'hello'), { recursive: true });

    const first = await job(ws1, localDir, '101');
    expect(first.main.outputs()).toMatchObject({ 'cache-hit': 'miss', 'restored-key': '' });
    expect(first.main.outputs()['primary-key']).toMatch(/^ccache-v1-Linux-X64-[a-z]+[\d.]+\.[0-9a-f]{8}-_-101-1$/);
    expect(first.main.exported()).toMatchObject({ CCACHE_BASEDIR: ws1, CCACHE_NOHASHDIR: '1', CCACHE_COMPILERCHECK: 'content', CCACHE_MAXSIZE: '500M' });
    expect(first.main.exported().CMAKE_CXX_COMPILER_LAUNCHER).toMatch(/ccache$/);
    expect(first.stats.misses).toBeGreaterThanOrEqual(7);
    expect(first.post.summary()).toMatch(/Saved \| saved as <code>ccache-v1-/);
    expect(new LocalBackend(localDir, 1e9).entries().map((e) => e.key)).toEqual([first.main.outputs()['primary-key']]);

    const second = await job(ws2, localDir, '102');
    // The newest entry of this toolchain and key (issue 17, item 15): `latest`, not a fallback; actions/cache's names too.
    expect(second.main.outputs()).toMatchObject({ 'cache-hit': 'latest', 'exact-hit': 'false', 'restored-key': first.main.outputs()['primary-key'], 'cache-matched-key': first.main.outputs()['primary-key'] });
    expect(second.post.summary()).toMatch(/Restored \| latest \(the newest entry of this toolchain and key\): <code>ccache-v1-/);
    // CMake's configure-time checks are not the build's compilations (item 16): the cmake action's snapshot is taken off.
    const configure = /^(\d+) (\d+)$/.exec(second.cmake.exported().ASWF_CI_CCACHE_CONFIGURE_STATS ?? '');
    expect(configure).not.toBeNull();
    expect(second.post.summary()).toContain(`| Hits | ${second.stats.hits - Number(configure![1])} |`);
    expect(second.post.summary()).toContain(`| Misses | ${second.stats.misses - Number(configure![2])} |`);
    expect(second.stats.hits + second.stats.misses).toBeGreaterThanOrEqual(7);
    expect(hitRate(second.stats)).toBeGreaterThanOrEqual(95);
    const rate = hitRate(second.stats)!.toFixed(1);
    const own = { ...second.stats, hits: second.stats.hits - Number(configure![1]), misses: second.stats.misses - Number(configure![2]) };
    expect(second.post.summary()).toContain(`### ccache: ${hitRate(own)!.toFixed(1)} % hits`);

    // A fresh build folder, so that ninja compiles everything again and every compilation goes through the cache.
    const entriesBefore = new LocalBackend(localDir, 1e9).entries().length;
    const third = await job(ws2, localDir, '103', {}, 'build-three');
    expect(third.main.outputs()['cache-hit']).toBe('latest');
    expect(third.stats.hits).toBeGreaterThanOrEqual(7);
    expect(third.stats.misses).toBe(0);
    expect(third.post.log()).toContain('every compilation was a cache hit: nothing new to save');
    expect(third.post.summary()).toContain('not saved: every compilation was a cache hit');
    expect(new LocalBackend(localDir, 1e9).entries()).toHaveLength(second.post.summary().includes('saved as') ? 2 : 1);
    expect(new LocalBackend(localDir, 1e9).entries()).toHaveLength(entriesBefore);
    console.log(`ccache integration: cold build ${first.buildMs} ms, warm build at another path ${second.buildMs} ms (${((100 * second.buildMs) / first.buildMs).toFixed(0)} %), ${rate} % hits`);
  });
});

describe('configure-time compilations across cmake steps', () => {
  it("a second cmake step's configure does not take the first step's compilations off: they are counted and saved", async () => {
    const localDir = tmp('aswf-ccache-local-');
    const ws = join(tmp(), 'two-steps');
    cpSync(hello, join(ws, 'hello'), { recursive: true });
    const base: Env = { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '201', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
    const ccInputs = { backend: 'local', 'local-dir': localDir };
    const main = makeStep(ccInputs, base);
    await ccacheMain(main.step);
    let env: Env = { ...base, ...main.exported() };
    for (const buildDir of ['build-a', 'build-b']) {
      const cmake = makeStep({ 'source-dir': join(ws, 'hello'), 'build-dir': join(ws, buildDir), test: 'false', parallel: '2' }, env);
      await runCmake(cmake.step, { exec: jobExecutor(env) });
      env = { ...env, ...cmake.exported() };
    }
    const total = (await readStats(host, env.CMAKE_CXX_COMPILER_LAUNCHER!, env)).stats!;
    const configure = /^(\d+) (\d+)$/.exec(env.ASWF_CI_CCACHE_CONFIGURE_STATS ?? '')!;
    // What both configures compiled, not a running total: step A's build (misses) and step B's (hits) stay counted.
    expect(Number(configure[1]) + Number(configure[2])).toBeLessThan(total.hits + total.misses - 14);
    const post = makeStep(ccInputs, { ...env, ...Object.fromEntries(Object.entries(main.state()).map(([k, v]) => [`STATE_${k}`, v])) });
    await ccachePost(post.step);
    expect(post.summary()).toContain(`| Misses | ${total.misses - Number(configure[2])} |`);
    expect(total.misses - Number(configure[2])).toBeGreaterThanOrEqual(7);
    expect(post.summary()).toMatch(/Saved \| saved as <code>ccache-v1-/);
  });
});

describe('cache service failures are warnings', () => {
  const setup = (service: Partial<CacheService>, inputs: Record<string, string> = {}) => {
    const ws = tmp();
    const env: Env = { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results.invalid/' };
    const calls: string[] = [];
    const saved: string[][] = [];
    // As @actions/cache 6.3 behaves: ACTIONS_CACHE_MODE without reads → a miss, without writes → -1; a restore
    // extracts the entry at the path given; a save archives what is at that path.
    const mode = () => (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const known = ['none', 'read', 'write', 'write-only'];
    const double: CacheService = {
      restoreCache: async (...a) => {
        calls.push(`restore ${a[1]}${a[3]?.lookupOnly ? ' lookup' : ''}`);
        if (known.includes(mode()) && !['read', 'write'].includes(mode())) return undefined;
        const key = service.restoreCache ? await service.restoreCache(...a) : undefined;
        if (key && !a[3]?.lookupOnly) {
          mkdirSync(a[0][0]!, { recursive: true });
          writeFileSync(join(a[0][0]!, 'restored-entry'), key);
        }
        return key;
      },
      saveCache: async (...a) => {
        calls.push(`save ${a[1]}`);
        if (known.includes(mode()) && !['write', 'write-only'].includes(mode())) return -1;
        saved.push(existsSync(a[0][0]!) ? readdirSync(a[0][0]!).sort() : []);
        return service.saveCache ? service.saveCache(...a) : 1;
      },
    };
    const deps = { cacheService: async () => double, restoreTimeoutMs: 200, saveTimeoutMs: 200 };
    return { env, calls, saved, deps, inputs };
  };
  const runBoth = async (s: ReturnType<typeof setup>, compile = true) => {
    const main = makeStep(s.inputs, s.env);
    await ccacheMain(main.step, s.deps);
    if (compile) {
      // One real compilation through the launcher, so that the post step has something new to save.
      const src = join(s.env.GITHUB_WORKSPACE!, 'a.cpp');
      writeFileSync(src, 'int f() { return 42; }\n');
      const exported = main.exported();
      const cxx = (await host.which('c++'))!;
      await host.run([exported.CMAKE_CXX_COMPILER_LAUNCHER!, cxx, '-c', src, '-o', join(s.env.GITHUB_WORKSPACE!, 'a.o')], { env: exported, silent: true });
    }
    const post = makeStep(s.inputs, { ...s.env, ...main.exported(), ...Object.fromEntries(Object.entries(main.state()).map(([k, v]) => [`STATE_${k}`, v])) });
    await ccachePost(post.step, s.deps);
    return { main, post };
  };
  const never = () => new Promise<never>(() => undefined);

  it('uses the GitHub backend when the service is available: a miss, then a save', async () => {
    const s = setup({});
    const { main, post } = await runBoth(s);
    expect(main.outputs()['cache-hit']).toBe('miss');
    // No "does this key exist" lookup before the save (issue 17, item 10): a restore, then a save.
    expect(s.calls).toEqual([expect.stringMatching(/^restore ccache-v1-Linux-X64-.*-_-7-1$/), expect.stringMatching(/^save ccache-v1-/)]);
    expect(post.summary()).toContain('saved as');
    expect(main.log() + post.log()).not.toContain('::warning');
  });

  it('reports the newest entry of this toolchain and key (latest) with the key the service restored', async () => {
    const s = setup({ restoreCache: async (_p, _k, restore) => (restore?.length ? `${restore[1]}5-1` : undefined) });
    const { main } = await runBoth(s, false);
    expect(main.outputs()['cache-hit']).toBe('latest');
    expect(main.outputs()['restored-key']).toMatch(/-_-5-1$/);
    // Restored into the staging folder, then moved into the ccache folder.
    const dir = main.outputs()['ccache-dir']!;
    expect(readFileSync(join(dir, 'restored-entry'), 'utf8')).toMatch(/-_-5-1$/);
    expect(existsSync(`${dir}.entry`)).toBe(false);
  });

  it('reports a fallback to a broader entry (any entry of this toolchain) as partial', async () => {
    const s = setup({ restoreCache: async (_p, _k, restore) => (restore?.length ? `${restore[restore.length - 1]}other_key-5-1` : undefined) });
    const { main, post } = await runBoth(s, false);
    expect(main.outputs()).toMatchObject({ 'cache-hit': 'partial', 'exact-hit': 'false' });
    expect(main.outputs()['cache-matched-key']).toMatch(/-other_key-5-1$/);
    expect(post.summary()).toMatch(/Restored \| partial \(a fallback: an entry of another key, or any entry of this toolchain\)/);
  });

  it('reports the primary key itself as exact, with exact-hit true', async () => {
    const s = setup({ restoreCache: async (_p, key) => key });
    const { main } = await runBoth(s, false);
    expect(main.outputs()).toMatchObject({ 'cache-hit': 'exact', 'exact-hit': 'true' });
    expect(main.outputs()['cache-matched-key']).toBe(main.outputs()['primary-key']);
  });

  it('saves what is in the ccache folder, and leaves it there', async () => {
    const s = setup({});
    const { main, post } = await runBoth(s);
    const dir = main.outputs()['ccache-dir']!;
    expect(post.summary()).toContain('saved as');
    expect(s.saved).toHaveLength(1);
    expect(s.saved[0]!.length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(s.saved[0]);
    expect(existsSync(`${dir}.entry`)).toBe(false);
  });

  it('a restore that times out never writes into the live ccache folder, even when it goes on', async () => {
    let late: (() => void) | undefined;
    const s = setup({
      restoreCache: (paths, key, restore) =>
        new Promise((resolve) => {
          late = () => {
            mkdirSync(paths[0]!, { recursive: true });
            writeFileSync(join(paths[0]!, 'late-file'), 'written after the timeout');
            resolve(restore?.length ? key : undefined);
          };
        }),
    });
    const main = makeStep(s.inputs, s.env);
    await ccacheMain(main.step, s.deps);
    expect(main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service took longer than 0\.2 s \(the limit\)/);
    late!(); // the restore goes on after the step moved on
    await new Promise((r) => setTimeout(r, 50));
    const dir = main.outputs()['ccache-dir']!;
    expect(existsSync(join(dir, 'late-file'))).toBe(false);
    expect(existsSync(join(`${dir}.entry`, 'late-file'))).toBe(true);
    expect(main.outputs()['cache-hit']).toBe('failed');
  });

  it('a save that times out leaves the cache in the staging folder (the save may still read it); the next job with that ccache-dir moves it back', async () => {
    const persistent = join(tmp(), 'ccache');
    const s = setup({ saveCache: never }, { 'ccache-dir': persistent });
    const { post } = await runBoth(s);
    expect(post.log()).toMatch(/::warning::Saving the ccache cache failed: Saving the ccache cache to GitHub's cache service took longer than 0\.2 s/);
    expect(post.log()).toContain(`The cache stays in ${persistent}.entry: the save that timed out may still be reading it.`);
    const left = readdirSync(`${persistent}.entry`).sort();
    expect(left.length).toBeGreaterThan(0);
    expect(readdirSync(persistent)).toEqual([]);
    // A later job (a self-hosted runner keeps the folder): the cache comes back, nothing is deleted.
    const next = setup({}, { 'ccache-dir': persistent });
    const main = makeStep(next.inputs, next.env);
    await ccacheMain(main.step, next.deps);
    expect(readdirSync(persistent)).toEqual(expect.arrayContaining(left));
    expect(existsSync(`${persistent}.entry`)).toBe(false);
    expect(main.log()).not.toContain('::warning');
  });

  it('the cache a killed save left in the staging folder is moved back before a restore, merged with the entry restored', async () => {
    const persistent = join(tmp(), 'ccache');
    mkdirSync(join(`${persistent}.entry`, 'a'), { recursive: true });
    writeFileSync(join(`${persistent}.entry`, 'a', 'object-of-an-earlier-job'), 'kept');
    const s = setup({ restoreCache: async (_p, _k, restore) => (restore?.length ? `${restore[1]}5-1` : undefined) }, { 'ccache-dir': persistent });
    const main = makeStep(s.inputs, s.env);
    await ccacheMain(main.step, s.deps);
    expect(main.outputs()['cache-hit']).toBe('latest');
    expect(readFileSync(join(persistent, 'a', 'object-of-an-earlier-job'), 'utf8')).toBe('kept');
    expect(readFileSync(join(persistent, 'restored-entry'), 'utf8')).toMatch(/-_-5-1$/);
    expect(existsSync(`${persistent}.entry`)).toBe(false);
  });

  it('what a restore that timed out left in the staging folder is removed by the post step, also when it does not save', async () => {
    const s = setup({
      restoreCache: (paths) => {
        mkdirSync(paths[0]!, { recursive: true });
        writeFileSync(join(paths[0]!, 'incomplete'), 'x');
        return never();
      },
    });
    s.env.GITHUB_EVENT_NAME = 'pull_request';
    const { main, post } = await runBoth(s);
    const dir = main.outputs()['ccache-dir']!;
    expect(main.log()).toMatch(/Restoring the ccache cache from GitHub's cache service took longer than/);
    expect(post.summary()).toContain('pull requests restore but do not save');
    expect(existsSync(`${dir}.entry`)).toBe(false);
  });

  it('a restore that fails halfway leaves nothing in the ccache folder', async () => {
    const s = setup({
      restoreCache: async (paths) => {
        mkdirSync(paths[0]!, { recursive: true });
        writeFileSync(join(paths[0]!, 'half'), 'x');
        throw new Error('connection reset');
      },
    });
    const main = makeStep(s.inputs, s.env);
    await ccacheMain(main.step, s.deps);
    const dir = main.outputs()['ccache-dir']!;
    expect(main.log()).toMatch(/::warning::Restoring the ccache cache from GitHub's cache service failed after \d+\.\d s: connection reset\. The build goes on with an empty cache\./);
    expect(existsSync(join(dir, 'half'))).toBe(false);
    expect(existsSync(`${dir}.entry`)).toBe(false);
  });

  it.each<[string, Partial<CacheService>, RegExp]>([
    ['restore throws', { restoreCache: async () => Promise.reject(new Error('socket hang up')) }, /::warning::Restoring the ccache cache from GitHub's cache service failed after .*: socket hang up\. The build goes on/],
    ['restore times out', { restoreCache: never }, /::warning::Restoring the ccache cache from GitHub's cache service took longer than 0\.2 s/],
    ['save throws', { saveCache: async () => Promise.reject(new Error('HTTP 503')) }, /::warning::Saving the ccache cache failed: Saving the ccache cache to GitHub's cache service failed after .*: HTTP 503\. The build is not affected/],
    ['save times out', { saveCache: never }, /::warning::Saving the ccache cache failed: Saving the ccache cache to GitHub's cache service took longer than 0\.2 s/],
  ])('%s → a warning, and the step succeeds', async (_name, service, message) => {
    const s = setup(service);
    const { main, post } = await runBoth(s);
    expect(main.log() + post.log()).toMatch(message);
    expect(main.outputs().launcher).toMatch(/ccache$/);
  });

  it('a save that @actions/cache gives up on without a word (-1) is a failure, never blamed on another job or a read-only token', async () => {
    const s = setup({ saveCache: async () => -1 });
    const { post } = await runBoth(s);
    expect(post.log()).toMatch(/::warning::Saving the ccache cache failed: the cache service did not take the entry, and @actions\/cache gave no reason/);
    expect(post.log()).not.toMatch(/another job|read-only/);
    expect(post.summary()).toMatch(/Saved \| save failed: /);
  });

  it('a save the service refuses (thrown by an older @actions/cache: CacheWriteDeniedError) is a notice', async () => {
    const s = setup({ saveCache: async () => Promise.reject(Object.assign(new Error('cache write denied: read-only token'), { name: 'CacheWriteDeniedError' })) });
    const { post } = await runBoth(s);
    expect(post.log()).toMatch(/::notice::The ccache cache was not saved: cache write denied/);
    expect(post.log()).not.toContain('::warning');
  });

  it.each(['read', 'none', ' READ '])('a cache mode without writes (ACTIONS_CACHE_MODE=%s) is a notice, and the service is not asked to save', async (mode) => {
    const s = setup({});
    s.env.ACTIONS_CACHE_MODE = mode;
    const { post } = await runBoth(s);
    expect(post.log()).toContain('::notice::read-only cache: not saving');
    expect(post.log()).not.toContain('::warning');
    expect(s.calls.filter((c) => c.startsWith('save'))).toEqual([]);
    expect(post.summary()).toContain('not saved: read-only cache');
  });

  it.each(['write', 'write-only', '', 'something-new'])('a cache mode %j permits writes (as in @actions/cache): it saves', async (mode) => {
    const s = setup({});
    s.env.ACTIONS_CACHE_MODE = mode;
    const { post } = await runBoth(s);
    expect(post.summary()).toContain('saved as');
    expect(s.calls.filter((c) => c.startsWith('save'))).toHaveLength(1);
  });

  it('a cache mode without reads (write-only) does not restore', async () => {
    const s = setup({ restoreCache: async (_p, key) => key });
    s.env.ACTIONS_CACHE_MODE = 'write-only';
    const { main } = await runBoth(s, false);
    expect(main.outputs()['cache-hit']).toBe('miss');
    expect(s.calls.filter((c) => c.startsWith('restore') && !c.endsWith('lookup'))).toEqual([]);
    expect(main.log()).toContain("The cache mode 'write-only' (ACTIONS_CACHE_MODE) permits no reads");
  });

  it('does not save on a pull request by default, and leaves the service alone', async () => {
    const s = setup({});
    s.env.GITHUB_EVENT_NAME = 'pull_request';
    const { post } = await runBoth(s);
    expect(s.calls.filter((c) => c.startsWith('save'))).toEqual([]);
    expect(post.summary()).toContain('pull requests restore but do not save');
  });
});

describe('local backend', () => {
  it('restores the newest match of the first matching prefix, never a half-written entry, and prunes the oldest', async () => {
    const store = tmp();
    const backend = new LocalBackend(store, 1e9);
    const save = async (key: string, content: string, ageS: number) => {
      const dir = tmp();
      writeFileSync(join(dir, 'data'), content);
      expect(await backend.save(dir, key)).toMatchObject({ status: 'saved' });
      const { utimesSync } = await import('node:fs');
      const t = Date.now() / 1000 - ageS;
      utimesSync(join(store, `${key}.tgz`), t, t);
    };
    await save('p-a-1-1', 'old a', 30);
    await save('p-a-2-1', 'new a', 20);
    await save('p-b-3-1', 'newest b', 10);
    writeFileSync(join(store, '.partial-p-a-9-1-123-abcd'), 'half written');
    expect(await backend.save(tmp(), 'p-a-2-1')).toMatchObject({ status: 'refused' });
    const restoreInto = tmp();
    expect(await backend.restore(restoreInto, 'p-a-9-1', ['p-a-9-', 'p-a-', 'p-'])).toBe('p-a-2-1');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(restoreInto, 'data'), 'utf8')).toBe('new a');
    expect(await backend.restore(tmp(), 'q-1', ['q-'])).toBeUndefined();
    const small = new LocalBackend(store, 1);
    expect(small.prune('p-a-1-1')).toEqual(['p-b-3-1', 'p-a-2-1']);
    expect(readdirSync(store).sort()).toEqual(['.partial-p-a-9-1-123-abcd', 'p-a-1-1.tgz']);
    expect(existsSync(join(store, 'p-a-1-1.tgz'))).toBe(true);
  });

  it('a save given up on (aborted after a timeout) never becomes an entry, and leaves no temporary file', async () => {
    const store = tmp();
    const backend = new LocalBackend(store, 1e9);
    const dir = tmp();
    writeFileSync(join(dir, 'data'), 'what the staging folder held when the wait ended');
    const abort = new AbortController();
    const saving = backend.save(dir, 'p-a-1-1', abort.signal);
    abort.abort(new Error('Saving the cache took longer than 900 s'));
    await expect(saving).rejects.toThrow('Saving the cache took longer than 900 s');
    expect(backend.entries()).toEqual([]);
    expect(readdirSync(store)).toEqual([]);
  });
});

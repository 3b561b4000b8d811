// The deps action with the github backend against a real GitHub Actions cache service (../shared/tools: the
// open-source cache server, on loopback) through @actions/cache: a cold job saves one entry per dependency, a warm job
// on a fresh runner restores them (links included) and builds nothing.
import { spawn, ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runJob } from '../../src/local/job.js';
import { skipped } from '../helpers/skip.js';
import { Chain, chainYaml, example, makeChain, repo } from './chain.js';

const serverStart = join(repo, '..', 'shared', 'tools', 'github-actions-cache-server', 'start');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('deps action with the github backend (a real cache service on loopback)', () => {
  let server: ChildProcess | undefined;
  let url = '';
  let base: string;
  let chain: Chain;
  const skip = existsSync(serverStart) ? '' : `the cache server is not at ${serverStart}`;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'aswf-deps-gh-'));
    chain = makeChain(base);
    cpSync(example('app'), join(base, 'ws', 'app'), { recursive: true });
    if (skip) return;
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = spawn(serverStart, [join(base, 'server'), String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(url).then(() => true, () => false);
      if (up) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the cache server did not start');
  }, 60_000);

  afterAll(() => {
    if (server?.pid) server.kill('SIGTERM');
    rmSync(base, { recursive: true, force: true });
  });

  it('cold saves each dependency, warm restores them and builds nothing', async () => {
    if (skipped(skip, `\n\n!!! SKIPPING the github-backend deps test: ${skip}. !!!\n\n`)) return;
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]), repository_id: '1' })}.x`;
    const env = { GITHUB_EVENT_NAME: 'push', ACTIONS_RESULTS_URL: url, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RUNTIME_TOKEN: token };
    const temp = join(base, 'runner');
    const job = async () => {
      rmSync(join(temp, 'runner-temp'), { recursive: true, force: true });
      let log = '';
      const result = await runJob(
        [
          { action: 'deps', inputs: { dependencies: chainYaml(chain, 'v1') } },
          { action: 'cmake', inputs: { 'source-dir': 'app', 'build-dir': 'out' } },
        ],
        { root: repo, workspace: join(base, 'ws'), tempDir: temp, env, write: (t) => void (log += t) },
      );
      return { result, log, outputs: result.steps[0]!.outputs };
    };
    const cold = await job();
    expect(cold.log).not.toMatch(/Unexpected error|::warning|Warning/);
    expect(cold.result.ok).toBe(true);
    expect(cold.outputs.built).toBe('["alpha","beta"]');
    expect(cold.result.summary).toContain("Cache: GitHub's cache service; builds are saved.");
    expect(cold.result.summary).toMatch(/\| alpha \| main → <code>[0-9a-f]{12}<\/code> \| 🔨 built \| [^|]+ \| saved deps-v1-/);
    const warm = await job();
    expect(warm.log).not.toMatch(/Unexpected error|Warning/);
    expect(warm.result.ok).toBe(true);
    expect(warm.outputs.built).toBe('[]');
    expect(warm.outputs.restored).toBe('["alpha","beta"]');
    expect(readlinkSync(join(temp, 'runner-temp', 'deps', 'lib', 'libalpha.so'))).toBe('libalpha.so.1');
    expect(warm.result.steps[1]!.outputs['tests-passed']).toBe('2');
  }, 300_000);
});

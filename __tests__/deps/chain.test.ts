// The deps action through its bundle and the local runner, as a runner runs it, with real git (file:// repositories
// made here), cmake, ninja and ccache on examples/deps: cold, warm, a new commit on either library, then the app.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { runJob } from '../../src/local/job.js';
import { Chain, chainYaml, example, makeChain, repo } from './chain.js';

const quiet = () => {
  let log = '';
  return { write: (t: string) => void (log += t), log: () => log };
};

describe('deps action: a chain of two libraries and an app', () => {
  let base: string;
  let chain: Chain;
  let cache: string;
  let temp: string;
  let ws: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'aswf-deps-chain-'));
    chain = makeChain(base);
    cache = join(base, 'cache');
    temp = join(base, 'runner');
    ws = join(base, 'ws');
    cpSync(example('app'), join(ws, 'app'), { recursive: true });
  });

  /** One job on a fresh runner (the same RUNNER_TEMP path, emptied): ccache, deps, then cmake on the app. */
  async function job(dependencies: string, extra: Record<string, string> = {}) {
    rmSync(join(temp, 'runner-temp'), { recursive: true, force: true });
    rmSync(join(ws, 'out'), { recursive: true, force: true });
    const out = quiet();
    const result = await runJob(
      [
        { action: 'ccache', inputs: { backend: 'local', 'local-dir': join(base, 'ccache'), save: 'never' } },
        { action: 'deps', inputs: { dependencies, 'deps-backend': 'local', 'deps-local-dir': cache, ...extra } },
        { action: 'cmake', inputs: { 'source-dir': 'app', 'build-dir': 'out' } },
      ],
      { root: repo, workspace: ws, tempDir: temp, write: out.write, env: { GITHUB_EVENT_NAME: 'push' } },
    );
    const deps = result.steps[1]!.outputs;
    return { result, out, deps, built: JSON.parse(deps.built ?? 'null') as string[], restored: JSON.parse(deps.restored ?? 'null') as string[] };
  }

  it('cold: builds both in order (through ccache), the app finds them through CMAKE_PREFIX_PATH and passes its test', async () => {
    const r = await job(chainYaml(chain, 'v1'));
    expect(r.out.log()).not.toMatch(/Unexpected error/);
    expect(r.result.ok).toBe(true);
    expect(r.built).toEqual(['alpha', 'beta']);
    expect(r.restored).toEqual([]);
    const prefix = join(temp, 'runner-temp', 'deps');
    expect(r.deps.prefix).toBe(prefix);
    const listed = JSON.parse(r.deps.dependencies!) as { name: string; ref: string; commit: string; key: string; result: string }[];
    expect(listed.map((d) => [d.name, d.ref, d.result])).toEqual([['alpha', 'main', 'built'], ['beta', 'v1', 'built']]);
    // v1 is an annotated tag: the commit is the peeled one.
    expect(listed[1]!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(listed[0]!.key).toMatch(/^deps-v1-Linux-[A-Za-z0-9]+-[^-]+-alpha-[0-9a-f]{12}-[0-9a-f]{16}$/);
    // Installed into one prefix; each dependency has its own cache entry.
    expect(existsSync(join(prefix, 'lib', 'cmake', 'beta', 'betaConfig.cmake'))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tgz')).sort()).toEqual(listed.map((d) => `${d.key}.tgz`).sort());
    // The compiler launcher of the ccache action reached the dependency builds.
    const cmakeCache = readFileSync(join(`${prefix}.work`, 'build', 'alpha', 'CMakeCache.txt'), 'utf8');
    expect(cmakeCache).toMatch(/CMAKE_CXX_COMPILER_LAUNCHER:[A-Z]+=.*ccache/);
    expect(r.result.steps[2]!.outputs['tests-passed']).toBe('2');
    expect(r.result.summary).toContain('### ✅ Dependencies: 2 built, 0 restored');
    expect(r.result.summary).toMatch(/\| alpha \| main → <code>[0-9a-f]{12}<\/code> \| 🔨 built \|/);
  }, 300_000);

  it('warm: restores both, builds none, and the app still configures, builds and tests', async () => {
    const r = await job(chainYaml(chain, 'v1'));
    expect(r.result.ok).toBe(true);
    expect(r.built).toEqual([]);
    expect(r.restored).toEqual(['alpha', 'beta']);
    const depsLog = /=== deps ===([\s\S]*?)=== deps: succeeded ===/.exec(r.out.log())![1]!;
    expect(depsLog).not.toContain('[command]cmake');
    expect(depsLog).not.toContain('[command]git -C');
    expect(r.result.steps[2]!.outputs['tests-passed']).toBe('2');
    expect(r.result.summary).toMatch(/\| beta \| v1 → <code>[0-9a-f]{12}<\/code> \| ♻️ restored \|/);
    // A shared library's chain of links comes back as links (libalpha.so -> libalpha.so.1 -> libalpha.so.1.0.0).
    const lib = join(temp, 'runner-temp', 'deps', 'lib');
    expect(readlinkSync(join(lib, 'libalpha.so'))).toBe('libalpha.so.1');
    expect(readlinkSync(join(lib, 'libalpha.so.1'))).toBe('libalpha.so.1.0.0');
    expect(lstatSync(join(lib, 'libalpha.so.1.0.0')).isFile()).toBe(true);
  }, 300_000);

  it('a new commit on the first library rebuilds both; one on the second rebuilds only the second', async () => {
    const alphaCommit = chain.bumpAlpha();
    const one = await job(chainYaml(chain));
    expect(one.result.ok).toBe(true);
    expect(one.built).toEqual(['alpha', 'beta']);
    expect((JSON.parse(one.deps.dependencies!) as { commit: string }[])[0]!.commit).toBe(alphaCommit);
    expect(one.result.steps[2]!.outputs['tests-passed']).toBe('2');
    chain.bumpBeta();
    const two = await job(chainYaml(chain));
    expect(two.result.ok).toBe(true);
    expect(two.restored).toEqual(['alpha']);
    expect(two.built).toEqual(['beta']);
    expect(two.result.steps[2]!.outputs['tests-passed']).toBe('2');
  }, 300_000);
});

describe('build action: the deps part', () => {
  it('checks the dependencies before any part starts work (no container pulled or started)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'aswf-deps-build-'));
    const out = quiet();
    const result = await runJob(
      [{ action: 'build', inputs: { image: 'local/never-pulled:1', dependencies: '- name: a\n  git: https://example.com/a.git\n  branch: main\n' } }],
      { root: repo, workspace: ws, write: out.write },
    );
    expect(result.ok).toBe(false);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ severity: 'error', message: "Input 'dependencies', dependency 'a' has an unknown key 'branch': the keys are name, git, ref, options, source-subdir, cmake-args, submodules." }),
    );
    expect(out.log()).not.toContain('[command]');
  });
});

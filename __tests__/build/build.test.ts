// The build action (container + ccache + cmake, one post) through its bundle and the local runner, as a runner runs
// it: on the host, and inside an ASWF-like container with a real docker engine (skipped LOUDLY without one).
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { runJob } from '../../src/local/job.js';
import { CONTAINER_LABEL } from '../../src/container/run.js';
import { TEST_IMAGE, containers, useDocker } from '../fixtures/container/docker-env.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

function workspace() {
  const base = mkdtempSync(join(tmpdir(), 'aswf-build-'));
  const ws = join(base, 'ws');
  cpSync(join(repo, 'examples', 'hello'), join(ws, 'hello'), { recursive: true });
  return { base, ws, cache: join(base, 'cache') };
}

const quiet = () => {
  let log = '';
  return { write: (t: string) => void (log += t), log: () => log };
};

describe('build action on the host', () => {
  it('restores ccache, configures, builds and tests, then saves the cache in its one post step', async () => {
    const w = workspace();
    const out = quiet();
    const inputs = { 'source-dir': 'hello', 'build-dir': 'out', 'test-label-exclude': 'gpu', backend: 'local', 'local-dir': w.cache, key: 'build-test' };
    const result = await runJob([{ action: 'build', inputs }], { root: repo, workspace: w.ws, write: out.write });
    expect(result.ok).toBe(true);
    const outputs = result.steps[0]!.outputs;
    expect(outputs).toMatchObject({ 'cache-hit': 'miss', 'tests-total': '6', 'tests-passed': '6', 'tests-failed': '0', 'build-dir': join(w.ws, 'out') });
    expect(outputs['primary-key']).toMatch(/^ccache-v1-Linux-/);
    expect(outputs.launcher).toMatch(/ccache$/);
    expect(result.steps[0]!.postExitCode).toBe(0);
    expect(result.summary).toContain('### ✅ CMake: hello (Release)');
    expect(result.summary).toMatch(/### ccache/);
    // The post step saved one entry in the local backend; no container was started.
    expect(readdirSync(w.cache).filter((f) => f.startsWith(outputs['primary-key']!))).toHaveLength(1);
    expect(out.log()).not.toContain('(in container');
  });

  it('ccache: false builds without the cache', async () => {
    const w = workspace();
    const result = await runJob(
      [{ action: 'build', inputs: { 'source-dir': 'hello', 'build-dir': 'out', 'test-label-exclude': 'gpu', ccache: 'false', test: 'false' } }],
      { root: repo, workspace: w.ws, write: quiet().write },
    );
    expect(result.ok).toBe(true);
    expect(result.steps[0]!.outputs['cache-hit']).toBeUndefined();
    expect(result.steps[0]!.outputs['build-dir']).toBe(join(w.ws, 'out'));
    expect(result.summary).not.toMatch(/### ccache/);
  });
});

describe('build action in a container', () => {
  const suite = useDocker('the build-in-container test');

  suite.test('runs ccache and cmake inside the container through docker exec, then removes it', async (env) => {
    const w = workspace();
    const out = quiet();
    const inputs = {
      image: TEST_IMAGE,
      pull: 'never',
      gpus: 'none',
      'container-options': '--network=none',
      'source-dir': 'hello',
      'build-dir': 'out',
      'test-label-exclude': 'gpu',
      backend: 'local',
      'local-dir': w.cache,
    };
    const result = await runJob([{ action: 'build', inputs }], { root: repo, workspace: w.ws, write: out.write });
    expect(out.log()).not.toMatch(/^Error/m);
    expect(result.ok).toBe(true);
    const outputs = result.steps[0]!.outputs;
    expect(outputs).toMatchObject({ image: TEST_IMAGE, 'tests-passed': '6', 'cache-hit': 'miss' });
    // The toolchain part of the key is the image, and the build ran in the container.
    expect(outputs['primary-key']).toContain('-aswf_ci_test_2025.');
    // ccache ran inside the container (its path there), and the build really compiled through it: the post step's
    // statistics count misses (an empty cache: every compilation stored a new result).
    expect(outputs.launcher).toBe('/usr/bin/ccache');
    const misses = /^\| Misses \| (\d+) \|$/m.exec(result.summary);
    expect(misses).not.toBeNull();
    expect(Number(misses![1])).toBeGreaterThan(0);
    expect(result.summary).not.toContain('Statistics | unavailable');
    expect(out.log()).toMatch(/\[command\]cmake --build .* \(in container [0-9a-f]{12}\)/);
    expect(out.log()).toMatch(/\[command\]ctest .* \(in container [0-9a-f]{12}\)/);
    expect(existsSync(join(w.ws, 'out', 'hello'))).toBe(true);
    expect(readdirSync(w.cache).some((f) => f.startsWith(outputs['primary-key']!))).toBe(true);
    // The one post step removed the container.
    expect(containers(env.host, `label=${CONTAINER_LABEL}`)).toEqual([]);
  }, 600_000);
});

describe('build action input checks', () => {
  it('rejects a bad input of any part before any part starts work', async () => {
    const w = workspace();
    const out = quiet();
    const result = await runJob(
      [{ action: 'build', inputs: { image: 'local/never-pulled:1', 'max-size': '5 gigs', 'source-dir': 'hello' } }],
      { root: repo, workspace: w.ws, write: out.write },
    );
    expect(result.ok).toBe(false);
    expect(result.annotations).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining(`Input 'max-size' has an invalid value "5 gigs"`) }));
    // Nothing was pulled or started: no docker command ran.
    expect(out.log()).not.toContain('[command]docker');
  });
});

// Packages installed for real: a tiny Debian package (hello) on the host with apt-get (root, or sudo), and inside
// the ASWF-like test container through the build action, which then builds the examples/deps chain and the app in
// that container: one step from nothing to tested. Both skip LOUDLY when they cannot run here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { CONTAINER_LABEL } from '../../src/container/run.js';
import { depsMain } from '../../src/deps/run.js';
import { runJob } from '../../src/local/job.js';
import { TEST_IMAGE, containers, useDocker } from '../fixtures/container/docker-env.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';
import { skipped } from '../helpers/skip.js';
import { chainYaml, example, makeChain, repo } from './chain.js';

const installed = (pkg: string) => spawnSync('dpkg-query', ['-W', '-f', '${Status}', pkg], { encoding: 'utf8' }).stdout.includes('install ok installed');

describe('packages on the host', () => {
  const root = process.getuid?.() === 0;
  const sudo = spawnSync('sudo', ['-n', 'true']).status === 0;
  const apt = spawnSync('apt-get', ['--version']).status === 0;
  const skip = !apt ? 'apt-get is not here (not Debian/Ubuntu)' : !root && !sudo ? 'not root and no password-less sudo' : '';
  let wasInstalled = false;

  afterAll(() => {
    // Leave the machine as it was: remove the package when this test installed it.
    if (!skip && !wasInstalled && installed('hello')) spawnSync(root ? 'apt-get' : 'sudo', [...(root ? [] : ['apt-get']), 'remove', '-y', '-q', 'hello']);
  }, 120_000);

  it('installs an unprefixed line with the environment own manager and skips a line for a manager that is not there', async () => {
    if (skipped(skip, `\n\n!!! SKIPPING the host package test: ${skip}. !!!\n\n`)) return;
    wasInstalled = installed('hello');
    const s = makeStep({ packages: 'hello   # a tiny GNU program\ndnf: zlib-devel' });
    const exec = capturingExecutor();
    await depsMain(s.step, { exec });
    expect(exec.commands).toContainEqual([...(root ? [] : ['sudo']), 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', 'hello']);
    expect(installed('hello')).toBe(true);
    expect(spawnSync('hello', [], { encoding: 'utf8' }).stdout).toContain('Hello, world!');
    expect(s.log()).toContain('::notice::packages: dnf is not on the host: skipping zlib-devel.');
    expect(s.log()).toContain('::group::Install 1 package with apt-get (on the host)');
    expect(s.summary()).toMatch(/\| apt-get \| hello \| ✅ installed \|/);
    expect(s.summary()).toMatch(/\| dnf \| zlib-devel \| ⏭️ skipped \(dnf not found\) \|/);
    expect(s.outputs()).toMatchObject({ prefix: '', built: '[]', restored: '[]', dependencies: '[]' });
  }, 300_000);
});

describe('build action with packages and dependencies in a container', () => {
  const suite = useDocker('the deps-in-container test');

  suite.test('one step from nothing to tested: a package as root in the container, the chain built there, the app tested', async (env) => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-deps-container-'));
    const chain = makeChain(base);
    const ws = join(base, 'ws');
    cpSync(example('app'), join(ws, 'app'), { recursive: true });
    let log = '';
    const inputs = {
      image: TEST_IMAGE,
      pull: 'never',
      gpus: 'none',
      // apt-get in the container reaches the Debian mirror through the host's network.
      'container-options': '--network=host',
      // The image's own library path (an ASWF image sets one for its toolset): the prefix goes before it.
      env: 'LD_LIBRARY_PATH=/opt/image-libs',
      packages: 'hello\ndnf: zlib-devel',
      dependencies: chainYaml(chain, 'v1'),
      'source-dir': 'app',
      'build-dir': 'out',
      backend: 'local',
      'local-dir': join(base, 'ccache'),
      'deps-backend': 'local',
      'deps-local-dir': join(base, 'deps-cache'),
    };
    const result = await runJob([{ action: 'build', inputs }, { run: 'echo "library path: $LD_LIBRARY_PATH"' }], { root: repo, workspace: ws, write: (t) => void (log += t), env: { GITHUB_EVENT_NAME: 'push' } });
    expect(log).not.toMatch(/Unexpected error/);
    expect(result.ok).toBe(true);
    const outputs = result.steps[0]!.outputs;
    // Two tests: the app, and alpha's program run by name: PATH and the library path reached the container.
    expect(outputs).toMatchObject({ built: '["alpha","beta"]', restored: '[]', 'tests-passed': '2' });
    // The package went in as root (the container runs as the runner's user otherwise), in the container.
    expect(log).toMatch(/\[command\]env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends hello {2}\(in container [0-9a-f]{12}\)/);
    expect(log).toContain('Setting up hello');
    expect(log).toMatch(/packages: dnf is not on the container [0-9a-f]{12}: skipping zlib-devel\./);
    // The dependencies were built in the container, with its image as the toolchain of their keys.
    expect(log).toMatch(/\[command\]cmake --build .*alpha .* \(in container [0-9a-f]{12}\)/);
    expect((JSON.parse(outputs.dependencies!) as { key: string }[])[0]!.key).toContain('-aswf_ci_test_2025.');
    expect(result.summary).toMatch(/\| apt-get \| hello \| ✅ installed \|/);
    expect(result.summary).toContain('### ✅ Dependencies: 2 built, 0 restored');
    expect(result.summary).toContain('### ✅ CMake: app (Release)');
    // Later steps (and the seam's commands in the container) get the prefix's libraries before the image's, not the host's.
    const prefix = outputs.prefix!;
    expect(log).toContain(`library path: ${prefix}/lib:${prefix}/lib64:/opt/image-libs\n`);
    // The one post step removed this job's container (the daemon is shared: look for this one only).
    expect(outputs.container).toMatch(/^[0-9a-f]{12,}$/);
    expect(containers(env.host, `label=${CONTAINER_LABEL}`)).not.toContain(outputs.container!.slice(0, 12));
  }, 600_000);
});

// Integration: the cmake action inside a real container (the ASWF-like test image) with a pinned CMake downloaded on
// the host from a loopback mirror, and the install checks run in the container. Skips LOUDLY (a warning) when no
// docker daemon can start.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { StepFailure } from '../../src/common/errors.js';
import { Step } from '../../src/common/step.js';
import { runCmake } from '../../src/cmake/run.js';
import { postContainer, runContainer } from '../../src/container/run.js';
import { CmakeMirror, startCmakeMirror } from '../fixtures/cmake/mirror.js';
import { TEST_IMAGE, containerJob, readFileCommands, runnerUser, useDocker } from '../fixtures/container/docker-env.js';

const RUNNER = runnerUser();

let mirror: CmakeMirror;
const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };

beforeAll(async () => {
  mirror = await startCmakeMirror();
}, 60_000);

afterAll(async () => {
  await mirror.close();
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}, 60_000);

const suite = useDocker('the install-in-container tests');

describe('pinned CMake and install checks inside the job container', () => {
  suite.availabilityTest('docker availability (records why the tests were skipped)');

  suite.test('cmake-version runs in the container from RUNNER_TEMP; the manifest and the consumer pass there; no pkg-config in the image is a clear failure', async (env) => {
    // The tool cache lies outside every mount: the action must copy CMake where the container sees it.
    const j = containerJob('aswf-install-container-', env.host, (base) => ({ RUNNER_TOOL_CACHE: join(base, 'toolcache'), ASWF_CMAKE_DOWNLOAD_URL: mirror.url }));
    const { base, workspace, temp, stepEnv } = j;
    const toolCache = join(base, 'toolcache');
    process.env.RUNNER_TOOL_CACHE = toolCache;
    process.env.RUNNER_TEMP = temp;
    const container = new Step(stepEnv({ image: TEST_IMAGE, pull: 'never', gpus: 'none', 'container-options': '--network=none' }), j.write);
    await runContainer(container, { hostUser: RUNNER });
    const id = container.outputs.container ?? '';
    try {
      const cmakeLog: string[] = [];
      const cmake = new Step(
        {
          ...stepEnv({
            'working-directory': workspace,
            'source-dir': 'hello',
            'build-dir': 'build',
            test: 'false',
            targets: 'hello',
            parallel: '2',
            options: 'CMAKE_INSTALL_LIBDIR=lib',
            'cmake-version': mirror.real,
            'install-manifest': 'hello/ci/install_manifest.txt',
            'consumer-dir': 'hello/consumer',
            'pkg-config': 'greet',
          }),
          ASWF_CI_CONTAINER: id,
        },
        (t) => void cmakeLog.push(t),
      );
      const err = await runCmake(cmake).catch((e: unknown) => e);
      const text = cmakeLog.join('');
      const bin = join(temp, 'aswf-cmake', `${mirror.real}-linux-${mirror.arch}`, 'bin');
      // Downloaded on the host into the tool cache, copied into RUNNER_TEMP, run in the container from there.
      expect(mirror.requests).toEqual([`/v${mirror.real}/cmake-${mirror.real}-SHA-256.txt`, `/v${mirror.real}/cmake-${mirror.real}-linux-${mirror.arch}.tar.gz`]);
      expect(existsSync(join(toolCache, 'cmake', mirror.real, `linux-${mirror.arch}`, 'bin', 'cmake'))).toBe(true);
      expect(text).toContain(`[command]${join(bin, 'cmake')} --version  (in container ${id.slice(0, 12)})`);
      expect(text).toContain(`Using CMake ${mirror.real}: ${join(bin, 'cmake')}`);
      expect(text).toMatch(new RegExp(`::group::Configure: ${join(bin, 'cmake')} -S `));
      expect(cmake.outputs.cmake).toBe(join(bin, 'cmake'));
      // The host's PATH is not the container's: nothing is added to it.
      expect(readFileCommands(readFileSync(join(base, 'path'), 'utf8'))).toEqual({});
      // The manifest and the consumer pass in the container; the image has no pkg-config, which is said plainly.
      expect(err).toBeInstanceOf(StepFailure);
      expect((err as Error).message).toBe(`Install check failed: pkg-config (pkg-config is not installed on the container ${id.slice(0, 12)} (Debian/Ubuntu: pkg-config, Rocky/Alma: pkgconf-pkg-config))`);
      expect(text).toContain(`[command]${join(workspace, 'build', 'aswf-consumer', 'greet_consumer')}  (in container ${id.slice(0, 12)})`);
      expect(text).toMatch(/consumer-dir: configured, built and ran greet_consumer against /);
      expect(cmake.outputs['install-check']).toBe('failed');
      expect(readFileSync(join(base, 'summary'), 'utf8')).toMatch(/\| Install manifest \| ✅ passed .*\n\| Consumer \| ✅ passed .*\n\| pkg-config \| ❌ failed /);
      expect(statSync(join(workspace, 'build', '_install', 'lib', 'libgreet.a')).uid).toBe(RUNNER.uid);
    } finally {
      await postContainer(new Step(j.postEnv(), j.write));
      j.cleanup();
    }
  }, 300_000);
});

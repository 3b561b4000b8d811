// Integration: the container action against a real docker engine, then the cmake action building and testing
// examples/hello inside the container (docker exec through the execution seam), then the post step.
// Skips LOUDLY (a warning and a recorded skip test) when no docker daemon can start.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Step } from '../../src/common/step.js';
import { runCmake } from '../../src/cmake/run.js';
import { LocalBackend } from '../../src/ccache/local.js';
import { ccacheMain, ccachePost } from '../../src/ccache/run.js';
import { CONTAINER_IMAGE_ID_VARIABLE, CONTAINER_LABEL, postContainer, runContainer } from '../../src/container/run.js';
import {
  DockerEnv,
  NO_SHELL_IMAGE,
  ROOTFS_TAR,
  TEST_IMAGE,
  chownNeeded,
  containerJob,
  containers,
  docker,
  ensureNoShellImage,
  nonRootSkipReason,
  readFileCommands,
  runnerUser,
  useDocker,
} from '../fixtures/container/docker-env.js';

// uid 1000 as root (the job folders are given to it); this process's own user otherwise (GitHub's runner).
const RUNNER = runnerUser();

// DOCKER_HOST is set for the file: the cmake action's docker exec reads the process environment.
const suite = useDocker('the container docker integration tests', { setup: (env) => ensureNoShellImage(env.host), leaked: `label=${CONTAINER_LABEL}` });

/** A job's directories, owned by the runner's user (uid 1000), and the runner's files. */
const job = () => containerJob('aswf-container-job-', suite.env?.host ?? '');

const containerExists = (id: string) => containers(suite.env?.host ?? '', `id=${id}`).length > 0;

describe('docker test fixture', () => {
  test('without root, a missing test image is a skip reason (it needs debootstrap), never a failure', () => {
    const reason = nonRootSkipReason({ root: false, imagePresent: false, rootfsCached: false });
    expect(reason).toContain(`not root, and the test image ${TEST_IMAGE} is neither in the daemon nor cached at ${ROOTFS_TAR}`);
    expect(reason).toContain('needs root (debootstrap)');
    expect(nonRootSkipReason({ root: false, imagePresent: true, rootfsCached: false })).toBeUndefined();
    expect(nonRootSkipReason({ root: false, imagePresent: false, rootfsCached: true })).toBeUndefined();
    expect(nonRootSkipReason({ root: true, imagePresent: false, rootfsCached: false })).toBeUndefined();
  });

  test('the runner user is uid 1000 as root (folders are chowned to it), this process\'s own otherwise', () => {
    const root = process.getuid?.() === 0;
    expect(runnerUser()).toEqual(root ? { uid: 1000, gid: 1000 } : { uid: process.getuid?.(), gid: process.getgid?.() });
    expect(chownNeeded()).toBe(root);
  });
});

describe('container action with a real docker engine', () => {
  suite.availabilityTest('docker availability (records why the docker tests were skipped)');

  const dockerTest = (name: string, fn: (env: DockerEnv) => Promise<void>) => suite.test(name, fn, 300_000);

  dockerTest('container → cmake (build + ctest of examples/hello inside it) → post: runner-owned files, nothing left', async (env) => {
    const j = job();
    try {
      // A folder whose path holds spaces, mounted through container-options (one argument per line).
      const spaced = join(j.base, 'with spaces');
      mkdirSync(spaced);
      writeFileSync(join(spaced, 'marker'), 'mounted\n');
      const step = new Step(
        j.stepEnv({
          image: TEST_IMAGE,
          pull: 'never',
          gpus: 'none',
          'container-options': `--network\nnone\n--volume\n${spaced}:/mnt/with spaces:ro`,
          // DOCKER_HOST and HOME are for the container: the docker client itself must not see them.
          env: 'GREETING=hello from the host\nDOCKER_HOST=unix:///nonexistent/aswf-ci/not-the-client.sock\nQUOTED=a "b" = c',
        }),
        j.write,
      );
      await runContainer(step, { hostUser: RUNNER });
      const id = step.outputs.container ?? '';
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(step.env.ASWF_CI_CONTAINER).toBe(id);
      expect(step.env.ASWF_CI_CONTAINER_IMAGE).toBe(TEST_IMAGE);
      const imageId = docker(env.host, ['image', 'inspect', '--format', '{{.Id}}', TEST_IMAGE]).stdout.trim();
      expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(step.env[CONTAINER_IMAGE_ID_VARIABLE]).toBe(imageId);
      expect(readFileCommands(readFileSync(join(j.base, 'env'), 'utf8'))).toMatchObject({
        ASWF_CI_CONTAINER: id,
        ASWF_CI_CONTAINER_IMAGE: TEST_IMAGE,
        ASWF_CI_CONTAINER_IMAGE_ID: imageId,
      });
      // The env file is gone (it lay in RUNNER_TEMP only while docker created the container).
      expect(readdirSync(j.temp).filter((f) => f.startsWith('aswf-container-env-'))).toEqual([]);
      // The variables arrived in the container, exactly; the default HOME too.
      const vars = docker(env.host, ['exec', id, 'sh', '-c', 'printf "%s|" "$DOCKER_HOST" "$QUOTED" "$HOME"; cat "/mnt/with spaces/marker"']);
      expect(vars.stdout).toBe('unix:///nonexistent/aswf-ci/not-the-client.sock|a "b" = c|/tmp|mounted\n');
      expect(step.outputs.image).toBe(TEST_IMAGE);
      expect(step.outputs['vfx-year']).toBe('2025');
      expect(step.outputs['base-os']).toBe('debian12');
      expect(JSON.parse(step.outputs.versions ?? '')).toEqual({ cmake: '3.25.1', ninja: '1.11.1', vfxplatform: '2025' });
      expect(readFileSync(join(j.base, 'summary'), 'utf8')).toContain('ASWF container');
      // The env input reached the container, and commands run as the runner's user.
      const inside = docker(env.host, ['exec', id, 'sh', '-c', 'echo "$GREETING"; id -u; id -g']).stdout.trim().split('\n');
      expect(inside).toEqual(['hello from the host', '1000', '1000']);

      // The cmake action, in a later step: its commands go to the container through ASWF_CI_CONTAINER.
      const cmakeLog: string[] = [];
      const cmake = new Step(
        {
          ...j.stepEnv({ 'working-directory': j.workspace, 'source-dir': join(j.workspace, 'hello'), 'build-dir': join(j.workspace, 'build'), 'test-label-exclude': 'gpu', parallel: '2' }),
          ASWF_CI_CONTAINER: id,
        },
        (t) => void cmakeLog.push(t),
      );
      await runCmake(cmake);
      const text = cmakeLog.join('');
      expect(text).toContain(`(in container ${id.slice(0, 12)})`);
      expect(text).not.toMatch(/::error/);
      expect(Number(cmake.outputs['tests-passed'])).toBeGreaterThan(0);
      expect(cmake.outputs['tests-failed']).toBe('0');
      // Written inside the container, owned by the runner's user on the host (this test runs as root).
      for (const file of ['build', 'build/CMakeCache.txt', 'build/hello']) {
        expect(statSync(join(j.workspace, file)).uid).toBe(RUNNER.uid);
        expect(statSync(join(j.workspace, file)).gid).toBe(RUNNER.gid);
      }

      const post = new Step(j.postEnv(), j.write);
      await postContainer(post);
      expect(containerExists(id)).toBe(false);
      expect(j.log.join('')).toContain(`Removed container ${id.slice(0, 12)}`);
    } finally {
      j.cleanup();
    }
  });

  dockerTest('user: root: the post step gives the workspace back to the runner, then removes the container', async (env) => {
    const j = job();
    try {
      const step = new Step(j.stepEnv({ image: TEST_IMAGE, pull: 'missing', gpus: 'none', user: 'root', 'container-options': '--network=none' }), j.write);
      await runContainer(step, { hostUser: RUNNER });
      const id = step.outputs.container ?? '';
      const made = docker(env.host, ['exec', '--workdir', j.workspace, id, 'sh', '-c', 'mkdir -p out && touch out/made-by-root && id -u']);
      expect(made.stdout.trim()).toBe('0');
      expect(statSync(join(j.workspace, 'out', 'made-by-root')).uid).toBe(0);
      await postContainer(new Step(j.postEnv(), j.write));
      expect(statSync(join(j.workspace, 'out', 'made-by-root')).uid).toBe(RUNNER.uid);
      expect(statSync(join(j.workspace, 'out')).gid).toBe(RUNNER.gid);
      expect(containerExists(id)).toBe(false);
    } finally {
      j.cleanup();
    }
  });

  dockerTest('user: root with the ccache action: the post step gives the cache root wrote back to the runner and saves it', async (env) => {
    const j = job();
    try {
      const step = new Step(j.stepEnv({ image: TEST_IMAGE, pull: 'never', gpus: 'none', user: 'root', 'container-options': '--network=none' }), j.write);
      await runContainer(step, { hostUser: RUNNER });
      const id = step.outputs.container ?? '';
      const entries = join(j.base, 'entries');
      const ccacheInputs = { backend: 'local', 'local-dir': entries, 'install-ccache': 'never' };
      const job_ = { GITHUB_RUN_ID: '21', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', RUNNER_ARCH: 'X64' };
      const ccacheLog: string[] = [];
      const main = new Step({ ...j.stepEnv(ccacheInputs), ...job_, ASWF_CI_CONTAINER: id, ASWF_CI_CONTAINER_IMAGE: TEST_IMAGE }, (t) => void ccacheLog.push(t));
      await ccacheMain(main);
      const dir = main.outputs['ccache-dir'] ?? '';
      expect(dir).toBe(join(j.temp, 'ccache'));
      expect(main.outputs.launcher).toMatch(/ccache$/);
      // A compilation through ccache inside the container, as root: root-owned files in the cache.
      writeFileSync(join(j.workspace, 'a.cpp'), 'int f() { return 42; }\n');
      const compile = docker(env.host, ['exec', '--env', `CCACHE_DIR=${dir}`, '--workdir', j.workspace, id, 'ccache', 'g++', '-c', 'a.cpp', '-o', '/tmp/a.o']);
      expect(compile.status).toBe(0);
      const rootOwned = docker(env.host, ['exec', id, 'find', dir, '-uid', '0', '-type', 'f']).stdout.trim();
      expect(rootOwned).not.toBe('');

      const post = new Step({ ...j.postEnv(), ...j.stepEnv(ccacheInputs), ...job_, ...Object.fromEntries(Object.entries(j.postEnv()).filter(([k]) => k.startsWith('STATE_'))) }, (t) => void ccacheLog.push(t));
      await ccachePost(post, { hostUser: RUNNER });
      const text = ccacheLog.join('');
      expect(text).not.toContain('::warning');
      expect(text).toContain(`Gave ${dir} back to ${RUNNER.uid}:${RUNNER.gid}`);
      expect(new LocalBackend(entries, 1e9).entries().map((e) => e.key)).toEqual([main.outputs['primary-key']]);
      expect(docker(env.host, ['exec', id, 'find', dir, '!', '-uid', String(RUNNER.uid)]).stdout.trim()).toBe('');
      expect(readdirSync(dir).length).toBeGreaterThan(0); // moved back after the save

      await postContainer(new Step(j.postEnv(), j.write));
      expect(containerExists(id)).toBe(false);
    } finally {
      j.cleanup();
    }
  });

  dockerTest('a pull the registry refuses fails clearly after its retries', async (env) => {
    const j = job();
    try {
      const step = new Step(j.stepEnv({ image: 'localhost:1/aswf/ci-nothing:2025.1', pull: 'always', gpus: 'none' }), j.write);
      await expect(runContainer(step, { hostUser: RUNNER, pullRetry: { retries: 1, minTimeout: 10 } })).rejects.toThrow(
        /Could not pull localhost:1\/aswf\/ci-nothing:2025\.1 \(2 attempts\): .*(refused|connect|dial)/i,
      );
      expect(j.log.join('')).toMatch(/Pull attempt 1 failed/);
    } finally {
      j.cleanup();
    }
  });

  dockerTest("pull: never with an image that is not there fails naming it", async (env) => {
    const j = job();
    try {
      const step = new Step(j.stepEnv({ image: 'local/absent:1', pull: 'never', gpus: 'none' }), j.write);
      await expect(runContainer(step, { hostUser: RUNNER })).rejects.toThrow("The image local/absent:1 is not present locally and 'pull' is never.");
    } finally {
      j.cleanup();
    }
  });

  dockerTest('an image without a shell fails clearly and leaves no container', async (env) => {
    const j = job();
    try {
      const before = docker(env.host, ['ps', '-aq']).stdout.trim();
      const step = new Step(j.stepEnv({ image: NO_SHELL_IMAGE, pull: 'never', gpus: 'none', 'container-options': '--network=none' }), j.write);
      await expect(runContainer(step, { hostUser: RUNNER })).rejects.toThrow(
        /The image local\/aswf-ci-noshell:1 cannot run the container action's keep-alive command \(tail\): it needs a shell/,
      );
      expect(docker(env.host, ['ps', '-aq']).stdout.trim()).toBe(before);
    } finally {
      j.cleanup();
    }
  });
});

// The container action's paths that need no docker engine: inputs, the job already in an ASWF image, other
// systems, a daemon that does not answer.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor, RunOptions, RunResult } from '../../src/common/exec.js';
import { Inputs } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import { CONTAINER_IMAGE_ID_VARIABLE, parseContainerInputs, resolveImage, runContainer } from '../../src/container/run.js';
import { shellWrapperDir } from '../../src/shell/install.js';

const inputs = (values: Record<string, string>) => new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])));
const step = (env: Record<string, string>) => {
  const log: string[] = [];
  return { step: new Step(env, (t) => void log.push(t)), log };
};

describe('inputs', () => {
  test('defaults', () => {
    expect(parseContainerInputs(inputs({ project: 'openexr' }), {})).toEqual({
      project: 'openexr',
      vfxYear: 'latest',
      variant: undefined,
      image: undefined,
      pin: true,
      registry: 'docker.io/aswf',
      gpus: 'auto',
      containerOptions: [],
      env: {},
      pull: 'missing',
      onOtherOs: 'native',
      user: '',
    });
  });

  test('container-options: one argument per line, spaces included; env lines NAME=VALUE or NAME', () => {
    const parsed = parseContainerInputs(
      inputs({ 'container-options': '--network=none\n--volume\n/home/me/My Projects/data:/data\n  --label  \na b', env: 'A=1\nHOME_DIR' }),
      { HOME_DIR: '/home/me' },
    );
    expect(parsed.containerOptions).toEqual(['--network=none', '--volume', '/home/me/My Projects/data:/data', '--label', 'a b']);
    expect(parsed.env).toEqual({ A: '1', HOME_DIR: '/home/me' });
  });

  test.each(['2025', 'latest', 'LATEST', ' 2019 '])('vfx-year %j is accepted', (year) => {
    expect(parseContainerInputs(inputs({ project: 'openexr', 'vfx-year': year }), {}).vfxYear).toBe(year.trim());
  });

  test.each([
    [{ gpus: 'some' }, `Input 'gpus' has an invalid value "some": expected one of auto, all, none.`],
    [{ pull: 'sometimes' }, `Input 'pull' has an invalid value "sometimes": expected one of missing, always, never.`],
    [{ 'on-other-os': 'skip' }, `Input 'on-other-os' has an invalid value "skip": expected one of native, fail.`],
    [{ pin: 'yes' }, `Input 'pin' has an invalid value "yes": expected a boolean: true or false.`],
    [{ env: '1BAD=x' }, `Input 'env' has an invalid value "1BAD=x"`],
    [{ user: 'runner' }, `Input 'user' has an invalid value "runner"`],
    [{ 'container-options': '--network none' }, `Input 'container-options' has an invalid value "--network none": expected one docker run argument per line: an option and its value as two lines, or joined by = (--network=none).`],
    // latest-N means the newest N+1 years in the plan action; one container is one year.
    [{ 'vfx-year': 'latest-1' }, `Input 'vfx-year' has an invalid value "latest-1": expected a VFX Reference Platform year such as 2025, or latest.`],
    [{ 'vfx-year': '2023-2025' }, `Input 'vfx-year' has an invalid value "2023-2025": expected a VFX Reference Platform year such as 2025, or latest.`],
    [{ env: 'ML' }, `Input 'env' has an invalid value "ML": expected variables whose values hold no line break`],
    // Values that docker would read as an option, or that no reference holds.
    [{ image: '--privileged' }, `Input 'image' has an invalid value "--privileged": expected an image reference such as docker.io/aswf/ci-openexr:2025.6: not starting with -, without spaces or control characters.`],
    [{ image: 'docker.io/aswf/ci-openexr:2025.6 --privileged' }, `Input 'image' has an invalid value "docker.io/aswf/ci-openexr:2025.6 --privileged": expected an image reference such as docker.io/aswf/ci-openexr:2025.6`],
    [{ image: 'ubuntu:24.04\u0007' }, `Input 'image' has an invalid value "ubuntu:24.04\\u0007": expected an image reference such as docker.io/aswf/ci-openexr:2025.6`],
    [{ project: 'openexr', registry: '-v/:/host' }, `Input 'registry' has an invalid value "-v/:/host": expected a registry and namespace such as docker.io/aswf (images are <registry>/ci-<project>:<tag>, e.g. docker.io/aswf/ci-openexr:2025.6): not starting with -, without spaces or control characters.`],
    [{ project: 'openexr', registry: 'docker.io/my org' }, `Input 'registry' has an invalid value "docker.io/my org": expected a registry and namespace such as docker.io/aswf`],
    [{ project: 'openexr', registry: 'ghcr.io/aswf\tx' }, `Input 'registry' has an invalid value "ghcr.io/aswf\\tx"`],
  ])('%j fails naming the input', (values, message) => {
    expect(() => parseContainerInputs(inputs(values), { ML: 'two\nlines' })).toThrow(message);
  });

  test('an image reference overrides project/year/variant; an ASWF one still tells its year and versions', () => {
    const r = resolveImage(parseContainerInputs(inputs({ image: 'ghcr.io/me/ci-osl:2024-clang17.7', project: 'openexr' }), {}));
    expect(r).toMatchObject({ image: 'ghcr.io/me/ci-osl:2024-clang17.7', vfxYear: '2024', variant: 'clang17', baseOs: 'rockylinux8' });
    expect(r.env.ASWF_CLANG_VERSION).toMatch(/^17\./);
    expect(resolveImage(parseContainerInputs(inputs({ image: 'ubuntu:24.04' }), {}))).toEqual({ image: 'ubuntu:24.04', vfxYear: '', baseOs: '', variant: '', env: {} });
  });

  test('neither project nor image', () => {
    expect(() => resolveImage(parseContainerInputs(inputs({}), {}))).toThrow(/needs 'project' \(an image family: .*openexr.*\) or 'image'/);
  });
});

describe('runContainer without docker', () => {
  test('the job already runs in an ASWF container: starts nothing, reports its versions', async () => {
    const { step: s, log } = step({ INPUT_PROJECT: 'openexr', ASWF_VERSION: '2025.6', ASWF_VFXPLATFORM_VERSION: '2025', ASWF_BASEOS_DISTRO: 'rockylinux8', ASWF_CMAKE_VERSION: '3.31.6', ASWF_CLANG_VERSION: '18.1.8' });
    await runContainer(s, { exec: { where: 'nowhere', run: () => Promise.reject(new Error('must not run anything')), which: async () => undefined } });
    expect(s.outputs).toEqual({ image: '', container: '', 'vfx-year': '2025', 'base-os': 'rockylinux8', versions: JSON.stringify({ clang: '18.1.8', cmake: '3.31.6', vfxplatform: '2025' }) });
    expect(s.env.ASWF_CI_CONTAINER).toBeUndefined();
    expect(log.join('')).toContain('already runs in an ASWF container');
  });

  test('on Windows or macOS (on-other-os: native): a warning, catalog outputs, the host for later steps', async () => {
    const { step: s, log } = step({ INPUT_PROJECT: 'osl', 'INPUT_VFX-YEAR': '2024', RUNNER_OS: 'Windows' });
    await runContainer(s);
    expect(log.join('')).toMatch(/::warning::ASWF images are Linux containers and this runner is Windows/);
    expect(s.outputs.image).toBe('docker.io/aswf/ci-osl:2024-clang17.7');
    expect(s.outputs.container).toBe('');
    expect(s.outputs['base-os']).toBe('rockylinux8');
    expect(JSON.parse(s.outputs.versions ?? '{}').clang).toMatch(/^17\./);
    expect(s.env.ASWF_CI_CONTAINER).toBeUndefined();
  });

  test('a VFX year newer than the catalog: its moving tag, and a warning that says it is not pinned and why', async () => {
    const { step: s, log } = step({ INPUT_PROJECT: 'oiio', 'INPUT_VFX-YEAR': '2027', RUNNER_OS: 'macOS' });
    await runContainer(s);
    expect(log.join('')).toContain('::warning::The image catalog of this version of aswf/ci-actions has no ci-oiio image for VFX year 2027');
    expect(s.outputs.image).toBe('docker.io/aswf/ci-oiio:2027');
    expect(s.outputs['vfx-year']).toBe('2027');
  });

  test('a typo in project or an implausible year still fails with the nearest match', async () => {
    await expect(runContainer(step({ INPUT_PROJECT: 'opnexr', RUNNER_OS: 'Linux' }).step)).rejects.toThrow(/Input 'project' has an invalid value "opnexr".*\(nearest: openexr\)/);
    await expect(runContainer(step({ INPUT_PROJECT: 'openexr', 'INPUT_VFX-YEAR': '2205', RUNNER_OS: 'Linux' }).step)).rejects.toThrow(
      /There is no ci-openexr image for VFX year 2205: it exists for 2019, .*, 2026 \(nearest: 2026\)\./,
    );
  });

  test.each([
    [{ RUNNER_OS: 'Windows', INPUT_PROJECT: 'osl' }, "they run on the host with bash (no container on Windows)"],
    [{ ASWF_VERSION: '2025.6', INPUT_PROJECT: 'osl' }, "they run where the job runs (its own ASWF container)"],
  ])('without a container of its own (%j), aswf-container goes on PATH and runs steps on the host', async (env, where) => {
    const dir = mkdtempSync(join(tmpdir(), 'aswf-container-unit-'));
    try {
      writeFileSync(join(dir, 'path'), '');
      const { step: s, log } = step({ ...env, GITHUB_PATH: join(dir, 'path'), PATH: '/usr/bin:/bin' });
      await runContainer(s, { exec: { where: 'nowhere', run: () => Promise.reject(new Error('must not run anything')), which: async () => undefined } });
      const added = readFileSync(join(dir, 'path'), 'utf8').trim();
      expect(added).toBe(shellWrapperDir());
      expect(statSync(join(added, 'aswf-container')).mode & 0o111).toBe(0o111);
      expect(existsSync(join(added, 'aswf-container.cmd'))).toBe(true);
      expect(s.env.PATH).toBe(`${added}:/usr/bin:/bin`);
      expect(log.join('')).toContain(`run: steps of this job can use 'shell: aswf-container {0}' (or 'shell: aswf-container bash -e {0}'): ${where}.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('on-other-os: fail', async () => {
    const { step: s } = step({ INPUT_PROJECT: 'osl', RUNNER_OS: 'macOS', 'INPUT_ON-OTHER-OS': 'fail' });
    await expect(runContainer(s)).rejects.toThrow('ASWF images are Linux containers and this runner is macOS (on-other-os: fail).');
  });

  test('a docker daemon that does not answer gives a clear error', async () => {
    const { step: s } = step({ INPUT_PROJECT: 'openexr', RUNNER_OS: 'Linux', PATH: process.env.PATH ?? '', DOCKER_HOST: 'unix:///nonexistent/aswf-ci/docker.sock' });
    // Without the docker client installed, the error names that instead: both say what the action needs.
    await expect(runContainer(s)).rejects.toThrow(/docker daemon is not reachable \(.*nonexistent.*\)|needs docker: 'docker' was not found/);
  });

  test('unknown project / year / variant fail before anything runs', async () => {
    const { step: s } = step({ INPUT_PROJECT: 'openvdb', 'INPUT_VFX-YEAR': '2025', INPUT_VARIANT: 'clang21', RUNNER_OS: 'Linux' });
    await expect(runContainer(s)).rejects.toThrow('There is no ci-openvdb image for VFX year 2025 with variant clang21: the variants for 2025 are clang18, clang19 (nearest: clang19).');
  });
});

describe('runContainer through a recording docker client', () => {
  const ID = 'c0ffee'.padEnd(64, '0');
  const IMAGE_ID = 'sha256:' + 'ab'.repeat(32);

  /** Answers like a docker client; records every call, and the env file as `docker create` sees it. */
  function fakeDocker() {
    const calls: { argv: string[]; env: Record<string, string | undefined> }[] = [];
    let envFile: { path: string; mode: number; text: string } | undefined;
    const ok = (stdout = ''): RunResult => ({ exitCode: 0, stdout, stderr: '' });
    const exec: Executor = {
      where: 'host',
      which: async () => '/usr/bin/docker',
      run: async (argv: readonly string[], options: RunOptions = {}) => {
        calls.push({ argv: [...argv], env: { ...options.env } });
        const [, command] = argv;
        if (command === 'version') return ok('24.0.7\n');
        if (command === 'image') return ok(`["ASWF_VERSION=2025.6","ASWF_VFXPLATFORM_VERSION=2025","ASWF_CMAKE_VERSION=3.31.6"]\t${IMAGE_ID}\n`);
        if (command === 'create') {
          const path = argv[argv.indexOf('--env-file') + 1] ?? '';
          envFile = { path, mode: statSync(path).mode & 0o777, text: readFileSync(path, 'utf8') };
          return ok(`${ID}\n`);
        }
        return ok();
      },
    };
    return { exec, calls, envFile: () => envFile };
  }

  test('container variables go through a 0600 env file removed after docker create; the client env stays the step\'s DOCKER_*; the image id is exported', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-container-unit-'));
    try {
      const fake = fakeDocker();
      const { step: s } = step({
        INPUT_IMAGE: 'local/aswf-like:2025',
        INPUT_GPUS: 'none',
        INPUT_ENV: 'HOME=/home/in-container\nPATH=/opt/in-container/bin\nDOCKER_HOST=tcp://in-container:2375\nDOCKER_CONFIG=/in-container\nGREETING=a "b" = c',
        RUNNER_OS: 'Linux',
        GITHUB_WORKSPACE: join(base, 'ws'),
        RUNNER_TEMP: base,
        HOME: '/home/runner',
        PATH: '/usr/bin:/bin',
        DOCKER_CONFIG: '/home/runner/.docker',
      });
      await runContainer(s, { exec: fake.exec, hostUser: { uid: 1001, gid: 127 } });

      // Every docker client call sees the step's own DOCKER_* settings and nothing of the env input.
      expect(fake.calls.length).toBeGreaterThan(3);
      for (const call of fake.calls) expect(call.env).toEqual({ DOCKER_CONFIG: '/home/runner/.docker' });
      const create = fake.calls.find((c) => c.argv[1] === 'create')?.argv ?? [];
      expect(create.join(' ')).not.toMatch(/GREETING|in-container/);
      expect(create).not.toContain('--env');

      const file = fake.envFile();
      expect(file?.path.startsWith(join(base, 'aswf-container-env-'))).toBe(true);
      expect(file?.mode).toBe(0o600);
      expect(file?.text).toBe(
        'HOME=/home/in-container\nPATH=/opt/in-container/bin\nDOCKER_HOST=tcp://in-container:2375\nDOCKER_CONFIG=/in-container\nGREETING=a "b" = c\n',
      );
      expect(existsSync(file?.path ?? '')).toBe(false);

      expect(s.env.ASWF_CI_CONTAINER).toBe(ID);
      expect(s.env[CONTAINER_IMAGE_ID_VARIABLE]).toBe(IMAGE_ID);
      expect(CONTAINER_IMAGE_ID_VARIABLE).toBe('ASWF_CI_CONTAINER_IMAGE_ID');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test('the default HOME=/tmp (a non-root user) reaches the container through the env file, not the client', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-container-unit-'));
    try {
      const fake = fakeDocker();
      const { step: s } = step({ INPUT_IMAGE: 'local/aswf-like:2025', INPUT_GPUS: 'none', RUNNER_OS: 'Linux', GITHUB_WORKSPACE: base, RUNNER_TEMP: base, HOME: '/home/runner' });
      await runContainer(s, { exec: fake.exec, hostUser: { uid: 1001, gid: 127 } });
      expect(fake.envFile()?.text).toBe('HOME=/tmp\n');
      for (const call of fake.calls) expect(call.env).toEqual({});
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  const volumes = (argv: string[]) => argv.flatMap((a, i) => (argv[i - 1] === '--volume' ? [a] : []));
  /** A job's folders: the workspace and RUNNER_TEMP exist, as on a runner. */
  const jobBase = () => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-container-unit-'));
    for (const d of ['ws', 'temp']) mkdirSync(join(base, d));
    return base;
  };

  test('a ccache-dir outside the mounts that does not exist yet is made on the host (as the runner), then mounted', async () => {
    const base = jobBase();
    try {
      const fake = fakeDocker();
      const ccacheDir = join(base, 'elsewhere', 'ccache');
      let existedAtCreate = false;
      const exec: Executor = {
        ...fake.exec,
        run: async (argv, options) => {
          if (argv[1] === 'create') existedAtCreate = existsSync(ccacheDir);
          return fake.exec.run(argv, options);
        },
      };
      const { step: s } = step({ INPUT_IMAGE: 'local/aswf-like:2025', INPUT_GPUS: 'none', 'INPUT_CCACHE-DIR': ccacheDir, RUNNER_OS: 'Linux', GITHUB_WORKSPACE: join(base, 'ws'), RUNNER_TEMP: join(base, 'temp') });
      await runContainer(s, { exec, hostUser: { uid: 1001, gid: 127 } });
      expect(existedAtCreate).toBe(true);
      expect(statSync(ccacheDir).isDirectory()).toBe(true);
      expect(statSync(ccacheDir).uid).toBe(process.getuid?.());
      const create = fake.calls.find((c) => c.argv[1] === 'create')?.argv ?? [];
      expect(volumes(create)).toEqual([join(base, 'ws'), join(base, 'temp'), ccacheDir].map((m) => `${m}:${m}`));
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test("the step's own ccache-dir wins over an ASWF_CI_CCACHE_DIR exported earlier; both are mounted when they differ", async () => {
    const base = jobBase();
    try {
      const fake = fakeDocker();
      const own = join(base, 'own-ccache');
      const earlier = join(base, 'earlier-ccache');
      const env = { INPUT_IMAGE: 'local/aswf-like:2025', INPUT_GPUS: 'none', RUNNER_OS: 'Linux', GITHUB_WORKSPACE: join(base, 'ws'), RUNNER_TEMP: join(base, 'temp'), ASWF_CI_CCACHE_DIR: earlier };
      const { step: s } = step({ ...env, 'INPUT_CCACHE-DIR': own });
      await runContainer(s, { exec: fake.exec, hostUser: { uid: 1001, gid: 127 } });
      const create = fake.calls.find((c) => c.argv[1] === 'create')?.argv ?? [];
      expect(volumes(create)).toEqual([join(base, 'ws'), join(base, 'temp'), own, earlier].map((m) => `${m}:${m}`));

      // The same folder twice is one mount; the exported one alone is mounted too.
      for (const [inputs, expected] of [
        [{ 'INPUT_CCACHE-DIR': earlier }, [earlier]],
        [{}, [earlier]],
      ] as const) {
        const again = fakeDocker();
        const { step: t } = step({ ...env, ...inputs });
        await runContainer(t, { exec: again.exec, hostUser: { uid: 1001, gid: 127 } });
        const argv = again.calls.find((c) => c.argv[1] === 'create')?.argv ?? [];
        expect(volumes(argv).slice(2)).toEqual(expected.map((m) => `${m}:${m}`));
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test('the env file is removed when docker create fails too', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aswf-container-unit-'));
    try {
      const fake = fakeDocker();
      let seen = '';
      const failing: Executor = {
        ...fake.exec,
        run: async (argv, options) => {
          if (argv[1] !== 'create') return fake.exec.run(argv, options);
          seen = argv[argv.indexOf('--env-file') + 1] ?? '';
          return { exitCode: 125, stdout: '', stderr: 'docker: invalid argument' };
        },
      };
      const { step: s } = step({ INPUT_IMAGE: 'local/aswf-like:2025', INPUT_GPUS: 'none', INPUT_ENV: 'A=1', RUNNER_OS: 'Linux', GITHUB_WORKSPACE: base, RUNNER_TEMP: base });
      await expect(runContainer(s, { exec: failing, hostUser: { uid: 0, gid: 0 } })).rejects.toThrow('docker could not start a container from local/aswf-like:2025: docker: invalid argument');
      expect(seen).not.toBe('');
      expect(existsSync(seen)).toBe(false);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

// The container action's paths that need no docker engine: inputs, the job already in an ASWF image, other
// systems, a daemon that does not answer.
import { Inputs } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import { parseContainerInputs, resolveImage, runContainer } from '../../src/container/run.js';

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

  test('container-options split like shell words over lines; env lines NAME=VALUE or NAME', () => {
    const parsed = parseContainerInputs(inputs({ 'container-options': '--network none\n--shm-size=1g --label "a b"', env: 'A=1\nHOME_DIR' }), { HOME_DIR: '/home/me' });
    expect(parsed.containerOptions).toEqual(['--network', 'none', '--shm-size=1g', '--label', 'a b']);
    expect(parsed.env).toEqual({ A: '1', HOME_DIR: '/home/me' });
  });

  test.each([
    [{ gpus: 'some' }, `Input 'gpus' has an invalid value "some": expected one of auto, all, none.`],
    [{ pull: 'sometimes' }, `Input 'pull' has an invalid value "sometimes": expected one of missing, always, never.`],
    [{ 'on-other-os': 'skip' }, `Input 'on-other-os' has an invalid value "skip": expected one of native, fail.`],
    [{ pin: 'yes' }, `Input 'pin' has an invalid value "yes": expected a boolean: true or false.`],
    [{ env: '1BAD=x' }, `Input 'env' has an invalid value "1BAD=x"`],
    [{ user: 'runner' }, `Input 'user' has an invalid value "runner"`],
    [{ 'container-options': '--label "open' }, `Input 'container-options' has an invalid value`],
  ])('%j fails naming the input', (values, message) => {
    expect(() => parseContainerInputs(inputs(values), {})).toThrow(message);
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

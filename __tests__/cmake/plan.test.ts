import { describe, expect, it } from '@jest/globals';
import { Inputs, inputVariable } from '../../src/common/inputs.js';
import { parseCmakeInputs, parseOption } from '../../src/cmake/inputs.js';
import { isMultiConfig, planCmake, PlanFacts } from '../../src/cmake/plan.js';

const WS = '/ws';
const parse = (values: Record<string, string>) =>
  parseCmakeInputs(new Inputs(Object.fromEntries(Object.entries({ parallel: '4', ...values }).map(([k, v]) => [inputVariable(k), v]))), WS);
const plan = (values: Record<string, string>, facts: Partial<PlanFacts> = {}) => planCmake(parse(values), { ninja: true, ...facts });
const argv = (values: Record<string, string>, phase: string, facts: Partial<PlanFacts> = {}) =>
  plan(values, facts).phases.find((p) => p.name === phase)?.argv;

describe('cmake plan: command lines', () => {
  it('defaults: Ninja when on PATH, Release, build, ctest with JUnit', () => {
    const p = plan({});
    expect(p.phases.map((x) => x.name)).toEqual(['configure', 'build', 'test']);
    expect(p.phases[0]!.argv).toEqual(['cmake', '-S', '/ws', '-B', '/ws/build', '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release']);
    expect(p.phases[1]!.argv).toEqual(['cmake', '--build', '/ws/build', '--config', 'Release', '--parallel', '4']);
    expect(p.phases[2]).toEqual({
      name: 'test',
      cwd: '/ws/build',
      argv: ['ctest', '-C', 'Release', '--output-on-failure', '--output-junit', '/ws/build/ctest-junit.xml', '--parallel', '4'],
    });
    expect(p.junit).toBe('/ws/build/ctest-junit.xml');
  });

  it.each([
    // [inputs, facts, expected configure argv tail after -B dir]
    [{}, { ninja: false }, ['-DCMAKE_BUILD_TYPE=Release']],
    [{ generator: 'Unix Makefiles' }, {}, ['-G', 'Unix Makefiles', '-DCMAKE_BUILD_TYPE=Release']],
    [{ generator: 'Ninja Multi-Config', 'build-type': 'Debug' }, {}, ['-G', 'Ninja Multi-Config']],
    [{ generator: 'Visual Studio 17 2022' }, {}, ['-G', 'Visual Studio 17 2022']],
    [{ generator: 'Xcode' }, {}, ['-G', 'Xcode']],
    [{}, { envGenerator: 'Ninja Multi-Config' }, []],
  ] as [Record<string, string>, Partial<PlanFacts>, string[]][])('generator %j %j', (values, facts, tail) => {
    expect(argv(values, 'configure', facts)!.slice(5)).toEqual(tail);
  });

  it.each([
    ['Visual Studio 17 2022', true],
    ['Xcode', true],
    ['Ninja Multi-Config', true],
    ['Ninja', false],
    ['Unix Makefiles', false],
    [undefined, false],
  ])('multi-config %s → %s', (gen, multi) => {
    expect(isMultiConfig(gen)).toBe(multi);
  });

  it('multi-config generators get the configuration at build, test and install time', () => {
    const p = plan({ generator: 'Ninja Multi-Config', 'build-type': 'RelWithDebInfo', install: 'true', 'install-prefix': 'inst' });
    expect(p.multiConfig).toBe(true);
    expect(p.phases[0]!.argv.some((a) => a.startsWith('-DCMAKE_BUILD_TYPE'))).toBe(false);
    expect(p.phases[1]!.argv).toContain('RelWithDebInfo');
    expect(p.phases[2]!.argv.slice(0, 3)).toEqual(['ctest', '-C', 'RelWithDebInfo']);
    expect(p.phases[3]!.argv).toEqual(['cmake', '--install', '/ws/build', '--config', 'RelWithDebInfo', '--prefix', '/ws/inst']);
  });

  it('compilers, launcher, toolchain, options and extra arguments become separate arguments', () => {
    const c = argv(
      {
        'c-compiler': 'clang',
        'cxx-compiler': 'clang++',
        'compiler-launcher': 'ccache',
        'toolchain-file': '/vcpkg/scripts/buildsystems/vcpkg.cmake',
        options: 'BUILD_TESTING=ON\nOPENEXR_BUILD_TOOLS:bool=OFF\nCMAKE_CXX_FLAGS=-Wall -Wextra',
        'configure-args': '--log-level=VERBOSE -Wdev',
      },
      'configure',
    )!;
    expect(c.slice(7)).toEqual([
      '-DCMAKE_BUILD_TYPE=Release',
      '-DCMAKE_C_COMPILER=clang',
      '-DCMAKE_CXX_COMPILER=clang++',
      '-DCMAKE_C_COMPILER_LAUNCHER=ccache',
      '-DCMAKE_CXX_COMPILER_LAUNCHER=ccache',
      '-DCMAKE_TOOLCHAIN_FILE=/vcpkg/scripts/buildsystems/vcpkg.cmake',
      '-DBUILD_TESTING=ON',
      '-DOPENEXR_BUILD_TOOLS:BOOL=OFF',
      '-DCMAKE_CXX_FLAGS=-Wall -Wextra',
      '--log-level=VERBOSE',
      '-Wdev',
    ]);
  });

  it('hostile text stays literal data: one argument each, never interpreted', () => {
    const hostile = `x"; $(touch /tmp/pwned) \`id\` ; rm -rf / && echo 'q'`;
    const c = argv({ options: `EVIL=${hostile}`, 'configure-args': `"-DARG=${hostile.replace(/"/g, '\\"')}"` }, 'configure')!;
    expect(c).toContain(`-DEVIL=${hostile}`);
    expect(c).toContain(`-DARG=${hostile}`);
    const b = argv({ targets: 'a;b, c d', 'build-args': `-- -k 0 "$(x)"` }, 'build')!;
    expect(b).toEqual(['cmake', '--build', '/ws/build', '--config', 'Release', '--target', 'a;b', 'c d', '--parallel', '4', '--', '-k', '0', '$(x)']);
  });

  it('Windows with ccache asks for embedded MSVC debug information (/Z7), which ccache can cache', () => {
    expect(argv({}, 'configure', { msvcCcache: true })!.slice(-2)).toEqual([
      '-DCMAKE_POLICY_DEFAULT_CMP0141=NEW',
      '-DCMAKE_MSVC_DEBUG_INFORMATION_FORMAT=Embedded',
    ]);
    expect(argv({}, 'configure')!.join(' ')).not.toContain('CMP0141');
  });

  it('test options map to ctest arguments', () => {
    const t = argv(
      { 'test-exclude': '^(slow|gpu_.*)$', 'test-label-exclude': 'gpu', 'test-timeout': '300', 'test-retries': '2', 'test-args': '--schedule-random -V' },
      'test',
    )!;
    expect(t.slice(8)).toEqual([
      '--timeout',
      '300',
      '--exclude-regex',
      '^(slow|gpu_.*)$',
      '--label-exclude',
      'gpu',
      '--repeat',
      'until-pass:3',
      '--schedule-random',
      '-V',
    ]);
  });

  it('test: false drops the test phase; install adds one', () => {
    expect(plan({ test: 'false' }).phases.map((p) => p.name)).toEqual(['configure', 'build']);
    expect(plan({ test: 'false' }).junit).toBeUndefined();
    expect(plan({ install: 'true' }).phases.map((p) => p.name)).toEqual(['configure', 'build', 'test', 'install']);
  });

  it('working-directory anchors relative paths', () => {
    const p = plan({ 'working-directory': 'sub', 'source-dir': 'proj', 'build-dir': '../out' });
    expect(p.phases[0]!.argv.slice(0, 5)).toEqual(['cmake', '-S', '/ws/sub/proj', '-B', '/ws/out']);
    expect(p.phases[0]!.cwd).toBe('/ws/sub');
  });

  it('presets: configure preset, matching build and test presets, the preset binaryDir', () => {
    const presets = { configure: 'ci', generator: 'Ninja', binaryDir: '/ws/out/ci', build: 'ci', test: 'ci-tests' };
    const p = plan({ preset: 'ci' }, { presets });
    expect(p.buildDir).toBe('/ws/out/ci');
    // Without build-type the presets decide the configuration: no CMAKE_BUILD_TYPE, --config or -C.
    expect(p.phases[0]).toEqual({ name: 'configure', cwd: '/ws', argv: ['cmake', '--preset', 'ci'] });
    expect(p.phases[1]!.argv).toEqual(['cmake', '--build', '--preset', 'ci', '--parallel', '4']);
    expect(p.phases[2]!.argv.slice(0, 4)).toEqual(['ctest', '--preset', 'ci-tests', '--output-on-failure']);
    expect(p.junit).toBe('/ws/out/ci/ctest-junit.xml');
  });

  it('presets with an explicit build-type pass it on', () => {
    const presets = { configure: 'ci', generator: 'Ninja', binaryDir: '/ws/out/ci', build: 'ci', test: 'ci-tests' };
    const p = plan({ preset: 'ci', 'build-type': 'Debug', install: 'true' }, { presets });
    expect(p.phases[0]!.argv).toEqual(['cmake', '--preset', 'ci', '-DCMAKE_BUILD_TYPE=Debug']);
    expect(p.phases[1]!.argv.slice(4, 6)).toEqual(['--config', 'Debug']);
    expect(p.phases[2]!.argv.slice(3, 5)).toEqual(['-C', 'Debug']);
    expect(p.phases[3]!.argv).toEqual(['cmake', '--install', '/ws/out/ci', '--config', 'Debug']);
  });

  it('presets with an explicit build-dir: -B overrides, build and test go by directory', () => {
    const presets = { configure: 'ci', generator: 'Ninja', binaryDir: '/ws/out/ci', build: 'ci', test: 'ci-tests' };
    const p = plan({ preset: 'ci', 'build-dir': 'mine' }, { presets });
    expect(p.phases[0]!.argv.slice(0, 5)).toEqual(['cmake', '--preset', 'ci', '-B', '/ws/mine']);
    expect(p.phases[1]!.argv.slice(0, 3)).toEqual(['cmake', '--build', '/ws/mine']);
    expect(p.phases[2]!.argv[0]).toBe('ctest');
    expect(p.phases[2]!.argv).not.toContain('--preset');
  });

  it('a multi-config preset generator skips CMAKE_BUILD_TYPE', () => {
    const p = plan({ preset: 'multi' }, { presets: { configure: 'multi', generator: 'Ninja Multi-Config', binaryDir: '/out-multi', build: 'multi-build' } });
    expect(p.multiConfig).toBe(true);
    expect(p.phases[0]!.argv).toEqual(['cmake', '--preset', 'multi']);
    expect(p.phases[1]!.argv).toEqual(['cmake', '--build', '--preset', 'multi-build', '--parallel', '4']);
  });
});

describe('cmake inputs: validation', () => {
  it.each([
    ['NAME=VALUE', 'NAME=VALUE'],
    ['A_B.c-d=', 'A_B.c-d='],
    ['X:path=/a b', 'X:PATH=/a b'],
    ['FLAGS=-O2 -g=3', 'FLAGS=-O2 -g=3'],
  ])('option %j', (line, expected) => {
    expect(parseOption(line)).toBe(expected);
  });

  it.each(['NOVALUE', '=x', 'X:WRONG=1', '1ABC=2', '-DX=1'])('option %j is an error naming the forms', (line) => {
    expect(() => parseOption(line)).toThrow(`Input 'options' has an invalid value ${JSON.stringify(line)}: expected one cache entry per line, NAME=VALUE or NAME:TYPE=VALUE`);
  });

  it.each([
    [{ 'build-type': 'Release Debug' }, "Input 'build-type'"],
    [{ test: 'yes' }, "Input 'test'"],
    [{ parallel: 'many' }, "Input 'parallel'"],
    [{ 'test-timeout': '0' }, "Input 'test-timeout'"],
    [{ 'test-retries': '-1' }, "Input 'test-retries'"],
    [{ install: 'maybe' }, "Input 'install'"],
  ])('%j fails naming the input', (values, message) => {
    expect(() => parse(values)).toThrow(message);
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { InputError, StepFailure, UserError } from '../../src/common/errors.js';
import { parseCmakeInputs } from '../../src/cmake/inputs.js';
import { cmakeErrorLine, diffManifest, normalisePath, pkgConfigDirs, readExpectedManifest, versionVariables } from '../../src/cmake/install-check.js';
import { runCmake } from '../../src/cmake/run.js';
import { Inputs, inputVariable } from '../../src/common/inputs.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// Real cmake, ninja, g++ and pkg-config on examples/hello: its install, its manifest and its consumer.
const hello = fileURLToPath(new URL('../../examples/hello', import.meta.url));

describe('install checks with the real cmake, ninja and pkg-config', () => {
  // A workspace of its own (paths of the check inputs must stay inside it), holding a copy of the example.
  const workspace = mkdtempSync(join(tmpdir(), 'aswf-install-'));
  const project = join(workspace, 'hello');
  const build = join(workspace, 'build');
  const prefix = join(build, '_install');
  const common = { 'source-dir': 'hello', 'build-dir': 'build', test: 'false', parallel: '2', options: 'CMAKE_INSTALL_LIBDIR=lib' };
  const env = { GITHUB_WORKSPACE: workspace };
  const step = (inputs: Record<string, string>) => makeStep({ ...common, 'working-directory': workspace, ...inputs }, env);
  let passing: ReturnType<typeof makeStep>;
  let exec: ReturnType<typeof capturingExecutor>;

  beforeAll(async () => {
    cpSync(hello, project, { recursive: true });
    passing = step({ 'install-manifest': 'hello/ci/install_manifest.txt', 'consumer-dir': 'hello/consumer', 'pkg-config': 'greet' });
    exec = capturingExecutor();
    await runCmake(passing.step, { exec });
  }, 120_000);

  it('a matching manifest, a consumer that links and runs, and a pkg-config module pass, each on its own summary line', () => {
    // The checks imply the install, into <build-dir>/_install when no install-prefix is given.
    expect(exec.commands.map((c) => c.slice(0, 2))).toEqual([
      ['cmake', '-S'],
      ['cmake', '--build'],
      ['cmake', '--install'],
      // A fresh consumer build folder with a file-API query, made by the executor's user.
      ['cmake', '-E'],
      ['cmake', '-E'],
      ['cmake', '-E'],
      ['cmake', '-S'],
      ['cmake', '--build'],
      ['ctest', '--show-only=json-v1'],
      [join(build, 'aswf-consumer', 'greet_consumer')],
      ['pkg-config', '--print-errors'],
    ]);
    expect(exec.commands[0]).toContain(`-DCMAKE_INSTALL_PREFIX=${prefix}`);
    // The consumer: its own build folder, the install prefix, the main build's generator, configuration and compiler.
    expect(exec.commands.slice(3, 6).map((c) => c.slice(2, 3))).toEqual([['remove_directory'], ['make_directory'], ['touch']]);
    expect(exec.commands[6]).toEqual(expect.arrayContaining(['-B', join(build, 'aswf-consumer'), '-G', 'Ninja', `-DCMAKE_PREFIX_PATH=${prefix}`, '-DCMAKE_BUILD_TYPE=Release']));
    expect(exec.commands[6]!.some((a) => a.startsWith('-DCMAKE_CXX_COMPILER='))).toBe(true);
    expect(exec.lines).toContain('Hello, consumer!');
    expect(exec.lines.map((l) => l.trim())).toContain(`-I${prefix}/include -L${prefix}/lib -lgreet`);
    expect(passing.outputs()).toMatchObject({ 'install-check': 'passed', 'install-prefix': prefix });
    const summary = passing.summary();
    expect(summary).toContain('#### Install checks');
    expect(summary).toMatch(/\| Install manifest \| ✅ passed \| [\d.]+ s \| all 6 files of hello/);
    expect(summary).toMatch(/\| Consumer \| ✅ passed \| [\d.]+ s \| configured, built and ran greet\\_consumer against /);
    expect(summary).toMatch(/\| pkg-config \| ✅ passed \| [\d.]+ s \| greet: -I/);
    expect(passing.log()).toContain('::group::Install check: installed files against');
  });

  it('a missing and an extra file, a consumer that cannot find its package and an unknown module each fail, named', async () => {
    const manifest = readFileSync(join(project, 'ci', 'install_manifest.txt'), 'utf8')
      .replace('lib/libgreet.a\n', '')
      .replace('bin/hello\n', 'bin/hello\nshare/doc/greet/README.md\n');
    writeFileSync(join(workspace, 'manifest.txt'), manifest);
    const missingLine = manifest.split('\n').indexOf('share/doc/greet/README.md') + 1;
    const consumer = join(workspace, 'lost-consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'CMakeLists.txt'), 'cmake_minimum_required(VERSION 3.16)\nproject(lost LANGUAGES CXX)\nfind_package(nosuchpkg CONFIG REQUIRED)\n');
    const s = step({ 'install-manifest': 'manifest.txt', 'consumer-dir': 'lost-consumer', 'pkg-config': 'greet, nosuchmodule' });
    const err = await runCmake(s.step, { exec: capturingExecutor() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StepFailure);
    const message = (err as Error).message;
    expect(message).toContain('Install checks failed: install-manifest (manifest.txt: 1 missing: share/doc/greet/README.md; 1 extra: lib/libgreet.a)');
    expect(message).toContain('consumer-dir (configure failed against');
    expect(message).toContain('CMake Error at CMakeLists.txt:3 (find_package): Could not find a package configuration file provided by "nosuchpkg"');
    expect(message).toContain('set "nosuchpkg_DIR" to a directory containing one of the above files.');
    expect(message).toContain("pkg-config (greet: -I");
    expect(message).toContain("; nosuchmodule: Package nosuchmodule was not found in the pkg-config search path.");
    expect(message).not.toContain('\n');
    // Annotations on the manifest: the missing file at its line, the extra ones on the file.
    const log = s.log();
    expect(log).toContain(`::error title=install-manifest,file=manifest.txt,line=${missingLine}::Not installed: share/doc/greet/README.md`);
    expect(log).toMatch(/::error title=install-manifest,file=manifest.txt::Installed but not in the manifest .*: lib\/libgreet.a/);
    expect(log).toContain('The last lines of the consumer\'s configure:');
    const summary = s.summary();
    expect(summary).toMatch(/\| Install manifest \| ❌ failed \|/);
    expect(summary).toMatch(/\| Consumer \| ❌ failed \|/);
    expect(summary).toMatch(/\| pkg-config \| ❌ failed \| [\d.]+ s \| greet: -I.*; nosuchmodule: Package nosuchmodule was not found/);
    expect(summary).toContain('<summary>Consumer configure: last lines of output</summary>');
    expect(s.outputs()['install-check']).toBe('failed');
    expect(s.exported().ASWF_CI_BUILD_OUTCOME).toBe('failure');
  }, 60_000);

  it('a consumer with tests runs ctest instead of its executables', async () => {
    const consumer = join(workspace, 'tested-consumer');
    cpSync(join(project, 'consumer'), consumer, { recursive: true });
    writeFileSync(join(consumer, 'CMakeLists.txt'), readFileSync(join(consumer, 'CMakeLists.txt'), 'utf8') + 'enable_testing()\nadd_test(NAME consumer_greets COMMAND greet_consumer)\n');
    const s = step({ 'consumer-dir': 'tested-consumer' });
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    expect(exec.commands.at(-1)!.slice(0, 3)).toEqual(['ctest', '-C', 'Release']);
    expect(exec.lines.some((l) => /1\/1 Test #1: consumer_greets .* Passed/.test(l))).toBe(true);
    expect(s.summary()).toMatch(/\| Consumer \| ✅ passed \| [\d.]+ s \| configured, built and ran its 1 test against /);
  }, 60_000);

  it('a sanitizer build: the consumer links the instrumented static library with the same flags, and runs', async () => {
    const s = step({ 'build-dir': 'build-asan', sanitize: 'address', 'consumer-dir': 'hello/consumer' });
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    const consumerConfigure = exec.commands.find((c) => c.includes(join(workspace, 'build-asan', 'aswf-consumer')) && c.includes('-S'))!;
    expect(consumerConfigure.some((a) => /^-DCMAKE_CXX_FLAGS=.*-fsanitize=address/.test(a))).toBe(true);
    expect(consumerConfigure.some((a) => /^-DCMAKE_EXE_LINKER_FLAGS=.*-fsanitize=address/.test(a))).toBe(true);
    expect(exec.lines).toContain('Hello, consumer!');
    expect(s.outputs()['install-check']).toBe('passed');
  }, 120_000);

  it.each([
    [{ 'install-manifest': '../outside.txt' }, "Input 'install-manifest':", 'is outside the workspace'],
    [{ 'install-manifest': 'no-such-manifest.txt' }, "Input 'install-manifest':", 'does not exist'],
    [{ 'consumer-dir': 'hello/src' }, "Input 'consumer-dir':", 'has no CMakeLists.txt'],
    [{ 'consumer-dir': '/' }, "Input 'consumer-dir': / is outside the workspace", ''],
  ])('%j fails before anything runs', async (inputs, start, end) => {
    const s = step(inputs);
    const exec = capturingExecutor();
    const err = await runCmake(s.step, { exec }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message.startsWith(start)).toBe(true);
    expect((err as Error).message).toContain(end);
    expect(exec.commands).toEqual([]);
  });
});

describe('install check inputs', () => {
  const parse = (inputs: Record<string, string>) =>
    parseCmakeInputs(new Inputs(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]))), '/ws');

  it('a check turns the install on, into <build-dir>/_install unless install-prefix says otherwise', () => {
    expect(parse({ 'pkg-config': 'OpenEXR, Imath' })).toMatchObject({ install: true, installPrefix: '/ws/build/_install', pkgConfig: ['OpenEXR', 'Imath'] });
    expect(parse({ 'install-manifest': 'm.txt', 'install-prefix': 'inst' })).toMatchObject({ install: true, installPrefix: '/ws/inst', installManifest: '/ws/m.txt' });
    expect(parse({ 'consumer-dir': 'c', preset: 'ci' })).toMatchObject({ install: true, installPrefix: undefined, consumerDir: '/ws/c' });
    expect(parse({})).toMatchObject({ install: false, installPrefix: undefined, pkgConfig: [] });
  });

  it.each([
    [{ 'install-manifest': 'm.txt', install: 'false' }, `Input 'install' has an invalid value "false": expected true (or left out) when install-manifest is given: the checks need the install.`],
    [{ 'pkg-config': 'OpenEXR, --exists' }, `Input 'pkg-config' has an invalid value "--exists"`],
    [{ 'pkg-config': 'a b' }, `Input 'pkg-config' has an invalid value "a b"`],
  ])('%j is one clear line', (inputs, message) => {
    expect(() => parse(inputs)).toThrow(InputError);
    expect(() => parse(inputs)).toThrow(message);
  });
});

describe('manifest reading', () => {
  it('skips comments, expands $VAR and ${VAR} like OpenEXR, and makes absolute paths under the prefix relative', () => {
    const text = '# cmake -B . -S ..\n\nlib64/libIex-$MAJOR_$MINOR.so.${SOVERSION}\n/opt/inst/include/a.h\n./bin/x\n/etc/elsewhere.conf\nlib/$UNSET.so\n';
    expect(readExpectedManifest(text, '/opt/inst', { MAJOR: '3', MINOR: '4', SOVERSION: '33' })).toEqual([
      { path: 'lib64/libIex-3_4.so.33', line: 3 },
      { path: 'include/a.h', line: 4 },
      { path: 'bin/x', line: 5 },
      { path: '/etc/elsewhere.conf', line: 6 },
      { path: 'lib/$UNSET.so', line: 7, pattern: /^lib\/[^/._]+\.so$/ },
    ]);
  });

  it('fills MAJOR, MINOR and PATCH from the build when the environment does not; a variable with no value matches one version part (Imath)', () => {
    const text = 'lib/libImath-$MAJOR_$MINOR.so\nlib/libImath-$MAJOR_$MINOR.so.$SOVERSION\nlib/libImath-$MAJOR_$MINOR.so.$SOVERSION.$MAJOR.$MINOR.$PATCH\n';
    const expected = readExpectedManifest(text, '/p', {}, false, versionVariables({ CMAKE_PROJECT_VERSION_MAJOR: '3', CMAKE_PROJECT_VERSION_MINOR: '2', CMAKE_PROJECT_VERSION_PATCH: '0' }));
    expect(expected.map((e) => [e.path, !!e.pattern])).toEqual([
      ['lib/libImath-3_2.so', false],
      ['lib/libImath-3_2.so.$SOVERSION', true],
      ['lib/libImath-3_2.so.$SOVERSION.3.2.0', true],
    ]);
    const installed = ['lib/libImath-3_2.so', 'lib/libImath-3_2.so.30', 'lib/libImath-3_2.so.30.3.2.0', 'lib/libImath.so'];
    expect(diffManifest(expected, installed)).toEqual({ missing: [], extra: ['lib/libImath.so'], installed: 4 });
    // One version part only: a pattern does not swallow dots or folders, so a wrong layout is still missing.
    expect(diffManifest(expected, ['lib/libImath-3_2.so', 'lib/libImath-3_2.so.30.3.2.0']).missing.map((m) => m.line)).toEqual([2]);
    // The environment wins over the build's version.
    expect(readExpectedManifest('lib/x-$MAJOR.so', '/p', { MAJOR: '9' }, false, { MAJOR: '3' })[0]!.path).toBe('lib/x-9.so');
  });

  it('Windows paths compare with forward slashes, and without case on a Windows host', () => {
    expect(normalisePath('C:/work/_install/bin/x.dll', 'C:\\work\\_install')).toBe('bin/x.dll');
    expect(normalisePath('c:/Work/_install/bin/x.dll', 'C:\\work\\_install', true)).toBe('bin/x.dll');
  });

  it('lists each missing file once, with its line, and the extra files sorted', () => {
    const expected = [
      { path: 'a', line: 1 },
      { path: 'b', line: 2 },
      { path: 'b', line: 3 },
    ];
    expect(diffManifest(expected, ['z', 'a', 'c'])).toEqual({ missing: [{ path: 'b', line: 2 }], extra: ['c', 'z'], installed: 3 });
  });

  it('pkg-config looks in the libdir, lib, lib64 and share of the install', () => {
    expect(pkgConfigDirs('/p', 'lib/x86_64-linux-gnu')).toEqual(['/p/lib/x86_64-linux-gnu/pkgconfig', '/p/lib/pkgconfig', '/p/lib64/pkgconfig', '/p/share/pkgconfig']);
    expect(pkgConfigDirs('/p', 'lib')).toEqual(['/p/lib/pkgconfig', '/p/lib64/pkgconfig', '/p/share/pkgconfig']);
  });

  it("cmake's first error paragraph becomes one line", () => {
    const out = '-- Detecting CXX\nCMake Error at CMakeLists.txt:7 (find_package):\n  Could not find a package\n  "greet".\n\n    greetConfig.cmake\n\n-- Configuring incomplete\n';
    expect(cmakeErrorLine(out)).toBe('CMake Error at CMakeLists.txt:7 (find_package): Could not find a package "greet". greetConfig.cmake');
    expect(cmakeErrorLine('all good')).toBeUndefined();
  });
});

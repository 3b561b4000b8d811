import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { StepFailure, UserError } from '../../src/common/errors.js';
import { HostExecutor } from '../../src/common/exec.js';
import { runCmake } from '../../src/cmake/run.js';
import { parseWorkflowCommand } from '../../src/local/files.js';
import { MatcherSet } from '../../src/local/matchers.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// Real cmake, ninja and ctest on the projects the repository ships.
const projects = fileURLToPath(new URL('../fixtures/projects/', import.meta.url));
const hello = fileURLToPath(new URL('../../examples/hello', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'aswf-cmake-'));

/** Applies the problem matchers the step registered to the output lines, as the runner does. */
function annotations(log: string, lines: string[]) {
  const set = new MatcherSet();
  for (const l of log.split('\n')) {
    const c = parseWorkflowCommand(l);
    if (c?.name === 'add-matcher') set.add(c.message);
  }
  return lines.flatMap((l) => set.match(l));
}

describe('cmake action with the real cmake, ninja and ctest', () => {
  it('configures, builds and tests examples/hello, excluding the gpu label', async () => {
    const build = join(tmp(), 'build');
    const s = makeStep({ 'source-dir': hello, 'build-dir': build, 'test-label-exclude': 'gpu', parallel: '2' });
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    expect(exec.commands.map((c) => c.slice(0, 2))).toEqual([
      ['cmake', '-S'],
      ['cmake', '--build'],
      ['ctest', '-C'],
    ]);
    expect(s.outputs()).toEqual({
      'build-dir': build,
      'tests-total': '6',
      'tests-passed': '6',
      'tests-failed': '0',
      'tests-skipped': '0',
      junit: join(build, 'ctest-junit.xml'),
    });
    expect(existsSync(join(build, 'hello'))).toBe(true);
    expect(s.exported().ASWF_CI_BUILD_OUTCOME).toBe('success');
    const summary = s.summary();
    expect(summary).toContain('### ✅ CMake: hello (Release)');
    expect(summary).toMatch(/\| Configure \| ✅ passed \| [\d.]+ s \|/);
    expect(summary).toContain('| Test | ✅ 6 passed, 0 failed, 0 skipped |');
    // Each phase is its own log group headed by its command line.
    expect(s.log()).toMatch(/::group::Configure: cmake -S .* -G Ninja -DCMAKE_BUILD_TYPE=Release/);
    expect(s.log()).toMatch(/::group::Test: ctest -C Release --output-on-failure --output-junit .* --label-exclude gpu/);
  });

  it('a compile error becomes an annotation and fails the step', async () => {
    const s = makeStep({ 'source-dir': join(projects, 'compile-error'), 'build-dir': join(tmp(), 'b') });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow(new StepFailure('Build failed: cmake exited with code 1'));
    const found = annotations(s.log(), exec.lines);
    expect(found).toContainEqual(
      expect.objectContaining({ severity: 'error', file: join(projects, 'compile-error', 'broken.cpp'), line: 5, source: 'aswf-gcc' }),
    );
    expect(found.find((a) => a.source === 'aswf-gcc')!.message).toMatch(/cannot convert/);
    expect(s.summary()).toContain('| Build | ❌ failed |');
    expect(s.summary()).toContain('| Test | ⏭️ not run |');
    expect(s.exported().ASWF_CI_BUILD_OUTCOME).toBe('failure');
  });

  it('failing tests fail the step naming them, and the summary lists them with their output', async () => {
    const s = makeStep({ 'source-dir': join(projects, 'failing-test'), 'build-dir': join(tmp(), 'b') });
    await expect(runCmake(s.step, { exec: capturingExecutor() })).rejects.toThrow('2 of 3 tests failed: fails_loudly, fails_on_purpose');
    expect(s.outputs()).toMatchObject({ 'tests-total': '4', 'tests-passed': '1', 'tests-failed': '2', 'tests-skipped': '1' });
    const summary = s.summary();
    expect(summary).toContain('#### Failed tests (2 of 3)');
    expect(summary).toContain('| fails\\_loudly |');
    expect(summary).toContain('<summary>fails_on_purpose: last lines of output</summary>');
    expect(summary).toContain('expected 42, got 41');
    // Only the tail of a long output goes into the summary.
    expect(summary).not.toContain('diagnostic line 1\n');
  });

  it('retries re-run a failing test before giving up', async () => {
    const s = makeStep({ 'source-dir': join(projects, 'failing-test'), 'build-dir': join(tmp(), 'b'), 'test-retries': '2', 'test-exclude': 'on_purpose' });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow('1 of 2 tests failed: fails_loudly');
    expect(exec.lines.filter((l) => l.includes('expected 42, got 41')).length).toBeGreaterThanOrEqual(3);
  });

  it('a configure error shows the tail of CMake’s log and an annotation', async () => {
    const build = join(tmp(), 'b');
    const s = makeStep({ 'source-dir': join(projects, 'configure-error'), 'build-dir': build });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow('Configure failed: cmake exited with code 1');
    const logFile = ['CMakeConfigureLog.yaml', 'CMakeError.log'].map((n) => join(build, 'CMakeFiles', n)).find(existsSync)!;
    expect(s.log()).toContain(`The last lines of ${logFile}`);
    expect(s.log()).toContain('aswf_no_such_header.h');
    expect(s.summary()).toContain(`<summary>The last lines of ${logFile}</summary>`);
    expect(annotations(s.log(), exec.lines)).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 7, message: 'aswf_no_such_header.h is required but was not found', source: 'aswf-cmake' }),
    );
  });

  it('hostile input reaches cmake as literal data', async () => {
    const build = join(tmp(), 'b');
    const hostile = `a "b" 'c' $(touch ${build}/pwned) \`id\`; rm -rf ${build} && echo; x`;
    const arg = `tab\there $(x) ; "q" ::warning::x`;
    const s = makeStep({
      'source-dir': join(projects, 'literal-args'),
      'build-dir': build,
      test: 'false',
      options: `ASWF_OPTION=${hostile}`,
      'configure-args': `'-DASWF_ARG=${arg}'`,
    });
    await runCmake(s.step, { exec: capturingExecutor() });
    expect(readFileSync(join(build, 'option.txt'), 'utf8')).toBe(hostile);
    expect(readFileSync(join(build, 'arg.txt'), 'utf8')).toBe(arg);
    expect(existsSync(join(build, 'pwned'))).toBe(false);
  });

  it('uses a configure preset and its build and test presets', async () => {
    const out = tmp();
    process.env.ASWF_PRESET_ROOT = out;
    try {
      const s = makeStep({ 'source-dir': join(projects, 'presets'), preset: 'ci' }, { ASWF_PRESET_ROOT: out });
      const exec = capturingExecutor();
      await runCmake(s.step, { exec });
      expect(exec.commands.map((c) => c.slice(0, 4))).toEqual([
        ['cmake', '--preset', 'ci'],
        ['cmake', '--build', '--preset', 'ci'],
        ['ctest', '--preset', 'ci-tests', '--output-on-failure'],
      ]);
      expect(s.outputs()).toMatchObject({ 'build-dir': join(out, 'ci'), 'tests-total': '1', 'tests-passed': '1', junit: join(out, 'ci', 'ctest-junit.xml') });
    } finally {
      delete process.env.ASWF_PRESET_ROOT;
    }
  });

  it.each([
    [{ 'source-dir': '/nonexistent/aswf' }, "Input 'source-dir': /nonexistent/aswf does not exist."],
    [{ 'source-dir': projects }, `Input 'source-dir': ${projects.replace(/\/$/, '')} has no CMakeLists.txt`],
    [{ 'source-dir': join(projects, 'presets'), preset: 'nope' }, 'unknown configure preset "nope"; available: ci, multi'],
    [{ 'source-dir': hello, parallel: 'lots' }, `Input 'parallel' has an invalid value "lots"`],
  ])('%j is a clear error', async (inputs, message) => {
    const s = makeStep(inputs);
    const err = await runCmake(s.step, { exec: capturingExecutor() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(message);
  });

  it('on Windows with Ninja, MinGW gcc or LLVM clang on PATH do not count: MSVC is set up', async () => {
    const s = makeStep({ 'source-dir': hello, 'build-dir': join(tmp(), 'b') }, { 'ProgramFiles(x86)': join(tmp(), 'no-vs') });
    const host = new HostExecutor();
    const exec = {
      where: 'host',
      run: host.run.bind(host),
      which: async (p: string) => (['cmake', 'ninja', 'gcc', 'clang'].includes(p) ? `/usr/bin/${p}` : undefined),
    };
    await expect(runCmake(s.step, { exec, platform: 'win32' })).rejects.toThrow(/No C\+\+ compiler on PATH and no Visual Studio found .*vswhere\.exe is missing/);
    expect(s.log()).toContain('No MSVC compiler (cl) on PATH: setting up the MSVC developer environment');
  });

  it('a missing cmake is a clear error', async () => {
    const s = makeStep({ 'source-dir': hello });
    const noCmake = { where: 'host', which: async () => undefined, run: new HostExecutor().run };
    await expect(runCmake(s.step, { exec: noCmake })).rejects.toThrow('cmake was not found on PATH on the host');
  });
});

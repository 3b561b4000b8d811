import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { InputError, StepFailure } from '../../src/common/errors.js';
import { runCmake } from '../../src/cmake/run.js';
import { parseWorkflowCommand } from '../../src/local/files.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// Real GCC 12 / Clang 14, cmake, ninja, ctest, gcovr and llvm-cov on __tests__/fixtures/analysis, copied into a
// temporary workspace (GITHUB_WORKSPACE) with its build folders inside, as in a job. Each build folder is shared by
// the tests of its block, in order: later runs reconfigure the same folder and rebuild nothing.
const fixture = fileURLToPath(new URL('../fixtures/analysis', import.meta.url));
let ws: string;

beforeAll(() => {
  ws = join(mkdtempSync(join(tmpdir(), 'aswf-analysis-')), 'repo');
  cpSync(fixture, ws, { recursive: true });
});

const step = (inputs: Record<string, string>) => makeStep({ 'source-dir': ws, parallel: '2', ...inputs }, { GITHUB_WORKSPACE: ws });

/** The error annotations the step wrote (what the runner shows at file:line). */
function errors(log: string) {
  return log
    .split('\n')
    .map(parseWorkflowCommand)
    .filter((c) => c?.name === 'error' && c.props.title)
    .map((c) => ({ title: c!.props.title, file: c!.props.file, line: Number(c!.props.line), message: c!.message }));
}

describe('sanitize: address, undefined with GCC', () => {
  const build = () => join(ws, 'build-asan');

  it('finds the planted heap overflow and signed overflow, annotates each at its line, fails naming both', async () => {
    const s = step({ sanitize: 'address, undefined', 'build-dir': build() });
    await expect(runCmake(s.step, { exec: capturingExecutor() })).rejects.toThrow(
      new StepFailure('2 of 4 tests failed: heap_overflow, signed_overflow; sanitizers found 2 problems (heap-buffer-overflow, signed-integer-overflow)'),
    );
    const found = errors(s.log());
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({ title: 'heap-buffer-overflow', file: 'src/planted.cpp', line: 10 }));
    expect(found).toContainEqual(expect.objectContaining({ title: 'signed-integer-overflow', file: 'src/planted.cpp', line: 17 }));
    const heap = found.find((f) => f.title === 'heap-buffer-overflow')!;
    expect(heap.message).toMatch(/^AddressSanitizer: heap-buffer-overflow \(WRITE of size 4 thread T0\)\nin test heap_overflow\n  at planted::write_past_end\(int\) src\/planted.cpp:10\n  at main tests\/planted_test.cpp:7$/);
    expect(found.find((f) => f.title === 'signed-integer-overflow')!.message).toBe(
      "UndefinedBehaviorSanitizer: signed integer overflow: 1 + 2147483647 cannot be represented in type 'int'\nin test signed_overflow\n  at planted::add_to_max(int) src/planted.cpp:17\n  at main tests/planted_test.cpp:8",
    );
    const summary = s.summary();
    expect(summary).toContain('#### ❌ Sanitizers (address, undefined): 2 findings');
    expect(summary).toMatch(/\| heap-buffer-overflow \| <code>src\/planted.cpp:10<\/code> \| heap\\_overflow \|/);
    expect(summary).toMatch(/\| signed-integer-overflow \| <code>src\/planted.cpp:17<\/code> \| signed\\_overflow \|/);
    expect(s.outputs()['sanitizer-findings']).toBe('2');
    // The flags went through CMake's own variables, with RelWithDebInfo for line numbers.
    const cache = readFileSync(join(build(), 'CMakeCache.txt'), 'utf8');
    expect(cache).toMatch(/^CMAKE_CXX_FLAGS:STRING=-fsanitize=address,undefined -fno-omit-frame-pointer -g$/m);
    expect(cache).toMatch(/^CMAKE_EXE_LINKER_FLAGS:STRING=-fsanitize=address,undefined$/m);
    expect(cache).toMatch(/^CMAKE_BUILD_TYPE:STRING=RelWithDebInfo$/m);
    expect(s.log()).toMatch(/tests run with UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:report_error_type=1/);
  });

  it('with the UBSan suppression file the signed overflow is gone; the heap overflow stays', async () => {
    const s = step({ sanitize: 'address, undefined', 'build-dir': build(), 'sanitizer-suppressions': 'ubsan-suppressions.txt', 'working-directory': ws });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow(new StepFailure('1 of 4 tests failed: heap_overflow; sanitizers found 1 problem (heap-buffer-overflow)'));
    expect(errors(s.log()).map((f) => f.title)).toEqual(['heap-buffer-overflow']);
    expect(s.summary()).not.toContain('signed-integer-overflow');
    // The existing cache already holds the flags: nothing is rebuilt.
    expect(exec.lines.join('\n')).toMatch(/ninja: no work to do/);
  });

  it('the clean part passes with the sanitizers on', async () => {
    const s = step({ sanitize: 'address, undefined', 'build-dir': build(), 'test-label-exclude': 'planted|race' });
    await runCmake(s.step, { exec: capturingExecutor() });
    expect(s.outputs()).toMatchObject({ 'tests-passed': '1', 'tests-failed': '0', 'sanitizer-findings': '0' });
    expect(s.summary()).toContain('#### ✅ Sanitizers (address, undefined): no findings');
    expect(errors(s.log())).toEqual([]);
  });

  it('flags that a configure-args -D replaced stop the step after configure, saying which', async () => {
    const lost = join(ws, 'build-lost');
    const s = step({ sanitize: 'address', 'build-dir': lost, 'configure-args': '-DCMAKE_CXX_FLAGS=-O1' });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow(
      new StepFailure(`The analysis flags did not reach CMAKE_CXX_FLAGS in ${join(lost, 'CMakeCache.txt')}: the project or a configure-args -D sets it with FORCE or replaces it. Append to these variables instead of replacing them, or use a fresh build-dir.`),
    );
    // The compiler's --version, then configure only.
    expect(exec.commands.map((c) => c[0])).toEqual([expect.stringMatching(/c\+\+$/), 'cmake']);
    expect(s.summary()).toContain('| Build | ⏭️ not run |');
    expect(s.exported().ASWF_CI_BUILD_OUTCOME).toBe('failure');
  });

  it('sanitize: thread, address is an input error before any command runs', async () => {
    const s = step({ sanitize: 'thread, address', 'build-dir': build() });
    const exec = capturingExecutor();
    await expect(runCmake(s.step, { exec })).rejects.toThrow(InputError);
    await expect(runCmake(s.step, { exec })).rejects.toThrow(/Input 'sanitize' has an invalid value "thread, address"/);
    expect(exec.commands).toEqual([]);
  });
});

describe('sanitize: thread with GCC', () => {
  it('finds the planted data race, annotated at its line, and fails naming it', async () => {
    const s = step({ sanitize: 'thread', 'build-dir': join(ws, 'build-tsan'), 'test-label-exclude': 'planted' });
    await expect(runCmake(s.step, { exec: capturingExecutor() })).rejects.toThrow(new StepFailure('1 of 2 tests failed: data_race; sanitizers found 1 problem (data race)'));
    expect(errors(s.log())).toEqual([expect.objectContaining({ title: 'data race', file: 'tests/race_test.cpp', line: 6 })]);
    expect(s.summary()).toMatch(/\| data race \| <code>tests\/race\\_test.cpp:6<\/code> \| data\\_race \|/);
    expect(s.log()).toContain('tests run with TSAN_OPTIONS=second_deadlock_stack=1');
  });
});

const xml = (path: string) => new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path, 'utf8'));
const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const REPO_FILES = ['src/planted.cpp', 'src/shapes.cpp', 'tests/planted_test.cpp', 'tests/race_test.cpp', 'tests/shapes_test.cpp'];

describe('coverage: gcov with GCC and gcovr', () => {
  const build = () => join(ws, 'build-cov');
  let linePercent: number;

  it('reports the line % that gcovr itself gives for the same build, and reports the tools read', async () => {
    const s = step({ coverage: 'gcov', 'build-dir': build(), 'test-label-exclude': 'planted' });
    await runCmake(s.step, { exec: capturingExecutor() });
    const out = s.outputs();
    linePercent = Number(out.coverage);
    // By hand, leaving out the build folder as the action does (it holds CMake's compiler-id source, built with the flags).
    const byHand = JSON.parse(execFileSync('gcovr', ['--root', ws, build(), '--exclude', 'build-cov/', '--json-summary'], { cwd: ws, encoding: 'utf8' })) as {
      line_percent: number;
      files: { filename: string }[];
    };
    expect(linePercent).toBe(byHand.line_percent);
    expect(byHand.files.map((f) => f.filename).sort()).toEqual(REPO_FILES);
    expect(linePercent).toBeGreaterThan(0);
    expect(Number(out['coverage-branches'])).toBeGreaterThan(0);
    // Cobertura and SonarQube name the sources relative to the repository.
    const cobertura = xml(out['coverage-cobertura']!);
    const classes = asArray(cobertura.coverage.packages.package).flatMap((p: { classes: { class: unknown } }) => asArray(p.classes.class)) as { '@_filename': string }[];
    expect(classes.map((c) => c['@_filename']).sort()).toEqual(REPO_FILES);
    expect(cobertura.coverage.sources.source).toBe('.');
    const sonar = xml(out['coverage-sonarqube']!);
    expect((asArray(sonar.coverage.file) as { '@_path': string }[]).map((f) => f['@_path']).sort()).toEqual(REPO_FILES);
    const lcov = readFileSync(out['coverage-lcov']!, 'utf8');
    expect(lcov.match(/^SF:.*$/gm)!.sort()).toEqual(REPO_FILES.map((f) => `SF:${f}`));
    expect(existsSync(out['coverage-html']!)).toBe(true);
    const summary = s.summary();
    expect(summary).toContain(`#### 📊 Coverage (gcov): ${linePercent} % of lines`);
    expect(summary).toMatch(/Least-covered files \(5 of 5\):\n\n\| File \| Lines \| Covered \|\n\| --- \| --- \| --- \|\n\| <code>src\/planted.cpp<\/code> \| 0 % \|/);
    expect(readFileSync(join(build(), 'CMakeCache.txt'), 'utf8')).toMatch(/^CMAKE_BUILD_TYPE:STRING=Debug$/m);
  });

  it('coverage-exclude leaves files out; a minimum above the figure fails the step naming it', async () => {
    const s = step({ coverage: 'gcov', 'build-dir': build(), 'test-label-exclude': 'planted', 'coverage-exclude': 'tests/**', 'coverage-minimum': '99' });
    const failure = runCmake(s.step, { exec: capturingExecutor() });
    await expect(failure).rejects.toThrow(StepFailure);
    const excluded = JSON.parse(execFileSync('gcovr', ['--root', ws, build(), '--exclude', 'tests/', '--exclude', 'build-cov/', '--json-summary'], { cwd: ws, encoding: 'utf8' })) as { line_percent: number };
    await expect(failure).rejects.toThrow(`line coverage ${excluded.line_percent} % is below coverage-minimum 99 %`);
    expect(s.outputs().coverage).toBe(String(excluded.line_percent));
    expect(readFileSync(s.outputs()['coverage-lcov']!, 'utf8').match(/^SF:.*$/gm)).toEqual(['SF:src/planted.cpp', 'SF:src/shapes.cpp']);
    expect(s.summary()).toContain('**Below coverage-minimum 99 %.**');
  });
});

describe('coverage: gcov with Clang', () => {
  it('reads Clang’s .gcda files through llvm-cov gcov, with the figure gcovr gives by hand', async () => {
    const build = join(ws, 'build-clang-gcov');
    const s = step({ coverage: 'gcov', 'cxx-compiler': 'clang++', 'build-dir': build, 'test-label-exclude': 'planted' });
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    const gcov = existsSync('/usr/bin/llvm-cov-14') ? 'llvm-cov-14 gcov' : 'llvm-cov gcov';
    expect(exec.commands.find((c) => c[0] === 'gcovr')).toEqual(expect.arrayContaining(['--gcov-executable', gcov]));
    const byHand = JSON.parse(
      execFileSync('gcovr', ['--root', ws, build, '--exclude', 'build-clang-gcov/', '--gcov-executable', gcov, '--json-summary'], { cwd: ws, encoding: 'utf8' }),
    ) as { line_percent: number };
    expect(Number(s.outputs().coverage)).toBe(byHand.line_percent);
    expect(byHand.line_percent).toBeGreaterThan(0);
  });
});

describe('coverage: llvm with Clang', () => {
  it('merges the profiles, reports the line % that llvm-cov gives, and writes every report', async () => {
    const build = join(ws, 'build-llvm');
    const s = step({ coverage: 'llvm', 'cxx-compiler': 'clang++', 'build-dir': build, 'test-label-exclude': 'planted' });
    await runCmake(s.step, { exec: capturingExecutor() });
    const out = s.outputs();
    // llvm-cov's own summary of the same profile and binaries, counted over the repository's files.
    const tool = existsSync('/usr/bin/llvm-cov-14') ? 'llvm-cov-14' : 'llvm-cov';
    const objects = ['planted_test', 'race_test', 'shapes_test'].map((b) => join(build, b));
    const summary = JSON.parse(execFileSync(tool, ['export', '-summary-only', '-instr-profile', join(build, 'coverage', 'coverage.profdata'), ...objects.flatMap((o, i) => (i ? ['-object', o] : [o]))], { encoding: 'utf8' })) as {
      data: { files: { filename: string; summary: { lines: { count: number; covered: number } } }[] }[];
    };
    const files = summary.data[0]!.files.filter((f) => f.filename.startsWith(ws + '/'));
    const covered = files.reduce((n, f) => n + f.summary.lines.covered, 0);
    const count = files.reduce((n, f) => n + f.summary.lines.count, 0);
    expect(Number(out.coverage)).toBe(Math.round((1000 * covered) / count) / 10);
    // The files llvm-cov reports (both test programs define main, so llvm-cov drops planted_test's unrun main).
    const reported = files.map((f) => f.filename.slice(ws.length + 1)).sort();
    expect(reported).toEqual(expect.arrayContaining(['src/planted.cpp', 'src/shapes.cpp', 'tests/shapes_test.cpp']));
    const cobertura = xml(out['coverage-cobertura']!);
    const classes = asArray(cobertura.coverage.packages.package).flatMap((p: { classes: { class: unknown } }) => asArray(p.classes.class)) as { '@_filename': string }[];
    expect(classes.map((c) => c['@_filename']).sort()).toEqual(reported);
    expect((asArray(xml(out['coverage-sonarqube']!).coverage.file) as { '@_path': string }[]).map((f) => f['@_path']).sort()).toEqual(reported);
    expect(existsSync(out['coverage-html']!)).toBe(true);
    expect(s.summary()).toContain(`#### 📊 Coverage (llvm): ${out.coverage} % of lines (${covered} of ${count})`);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/common/errors.js';
import { Inputs, inputVariable } from '../../src/common/inputs.js';
import { compilerFromVersion } from '../../src/analysis/compiler.js';
import { runtimes, sanitizerEnvironment, splitSuppressions } from '../../src/analysis/environment.js';
import { collectFindings, parseSanitizerReports, ubsanCheck } from '../../src/analysis/findings.js';
import { analysisFlags, appendFlags, checkCompiler, flagDefines, flagVariables, mergeOption, missingFlags } from '../../src/analysis/flags.js';
import { AnalysisInputs, analysisKeyPart, parseAnalysisInputs, parseSanitize } from '../../src/analysis/inputs.js';
import { excludeRegexes, gcovrArgs } from '../../src/analysis/coverage.js';
import { fromLcov, globToRegex, toCobertura, toLcov, toSonarqube, totals } from '../../src/analysis/reports.js';
import { parseCmakeInputs } from '../../src/cmake/inputs.js';
import { AnalysisSession } from '../../src/analysis/run.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';
import { planCmake } from '../../src/cmake/plan.js';

// Real sanitizer output, captured from GCC 12 and Clang 14 runs of small programs under /tmp/an.
const reports = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/analysis/reports/${name}`, import.meta.url)), 'utf8');
const inputs = (values: Record<string, string>) => new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])));
const parse = (values: Record<string, string>) => parseAnalysisInputs(inputs(values), (p) => `/ws/${p}`);
const gcc = { family: 'gcc', major: 12, source: 'g++' } as const;
const clang = { family: 'clang', major: 14, source: 'clang++' } as const;
const msvc = { family: 'msvc', source: 'cl' } as const;

describe('analysis inputs', () => {
  it('reads sanitizer lists with commas or spaces, short names, no repeats', () => {
    expect(parseSanitize('address, undefined')).toEqual(['address', 'undefined']);
    expect(parseSanitize('asan ubsan address')).toEqual(['address', 'undefined']);
    expect(parseSanitize('none')).toEqual([]);
    expect(parseSanitize(undefined)).toEqual([]);
  });

  it('refuses incompatible combinations and unknown names with one line naming the input', () => {
    expect(() => parseSanitize('thread, address')).toThrow(InputError);
    expect(() => parseSanitize('thread, address')).toThrow(/Input 'sanitize' has an invalid value "thread, address": expected .*thread and address cannot share a build/);
    expect(() => parseSanitize('memory, leak')).toThrow(/memory and leak cannot share a build/);
    expect(() => parseSanitize('adress')).toThrow(/Input 'sanitize' has an invalid value "adress": expected sanitizer names from address, undefined, leak, thread, memory/);
    expect(parseSanitize('thread, undefined')).toEqual(['thread', 'undefined']);
  });

  it('reads coverage, its globs and minimum; refuses them without coverage, and coverage without tests', () => {
    expect(parse({ coverage: 'gcov', 'coverage-exclude': 'src/*/tests/**, build/**', 'coverage-minimum': '72.5' })).toMatchObject({
      coverage: 'gcov',
      coverageExclude: ['src/*/tests/**', 'build/**'],
      coverageMinimum: 72.5,
    });
    expect(() => parse({ coverage: 'gcovr' })).toThrow(/Input 'coverage' has an invalid value "gcovr": expected one of gcov, llvm/);
    expect(() => parse({ coverage: 'gcov', 'coverage-minimum': '120' })).toThrow(/coverage-minimum.*a percentage from 0 to 100/);
    expect(() => parse({ 'coverage-minimum': '50' })).toThrow(/coverage-minimum.*no value unless coverage is set/);
    expect(() => parse({ coverage: 'gcov', test: 'false' })).toThrow(/Input 'coverage'.*test: true as well/);
    expect(() => parse({ 'sanitizer-suppressions': 'x.supp' })).toThrow(/sanitizer-suppressions.*unless sanitize is set/);
    expect(parse({ sanitize: 'address', 'sanitizer-suppressions': 'a.supp' }).suppressions).toEqual(['/ws/a.supp']);
  });

  it('gives analysis builds their own ccache key part and build type', () => {
    expect(analysisKeyPart(parse({ sanitize: 'undefined, address' }))).toBe('sanitize_address_undefined');
    expect(analysisKeyPart(parse({ coverage: 'llvm' }))).toBe('coverage_llvm');
    expect(analysisKeyPart(parse({}))).toBe('');
    const cmake = (values: Record<string, string>) => parseCmakeInputs(inputs(values), '/ws');
    expect(cmake({ coverage: 'gcov' }).buildType).toBe('Debug');
    expect(cmake({ sanitize: 'address' }).buildType).toBe('RelWithDebInfo');
    expect(cmake({ sanitize: 'address', 'build-type': 'Release' }).buildType).toBe('Release');
    expect(cmake({}).buildType).toBe('Release');
  });
});

describe('flags per compiler, through CMake variables', () => {
  const a = (values: Record<string, string>): AnalysisInputs => parse(values);

  it('spells sanitizers and coverage for GCC/Clang and MSVC', () => {
    expect(analysisFlags(a({ sanitize: 'address, undefined' }), gcc)).toEqual({
      compile: ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-g'],
      link: ['-fsanitize=address,undefined'],
    });
    expect(analysisFlags(a({ sanitize: 'memory' }), clang).compile).toContain('-fsanitize-memory-track-origins=2');
    expect(analysisFlags(a({ sanitize: 'address' }), msvc)).toEqual({ compile: ['/fsanitize=address'], link: [] });
    expect(analysisFlags(a({ coverage: 'gcov' }), gcc)).toEqual({ compile: ['--coverage'], link: ['--coverage'] });
    expect(analysisFlags(a({ coverage: 'llvm' }), clang)).toEqual({ compile: ['-fprofile-instr-generate', '-fcoverage-mapping'], link: ['-fprofile-instr-generate'] });
  });

  it('refuses what the compiler cannot do, naming the input', () => {
    expect(() => checkCompiler(a({ sanitize: 'memory' }), gcc, 'RelWithDebInfo')).toThrow(/Input 'sanitize' has an invalid value "memory": expected no memory sanitizer with GCC/);
    expect(() => checkCompiler(a({ sanitize: 'address, undefined' }), msvc, 'RelWithDebInfo')).toThrow(/address with MSVC \(cl has no undefined sanitizer\)/);
    expect(() => checkCompiler(a({ sanitize: 'address' }), msvc, 'Debug')).toThrow(/Input 'build-type'.*RTC1/);
    expect(() => checkCompiler(a({ coverage: 'llvm' }), gcc, 'Debug')).toThrow(/Input 'coverage'.*needs Clang/);
    expect(() => checkCompiler(a({ sanitize: 'memory' }), clang, 'Debug')).not.toThrow();
  });

  it('adds the flags through *_INIT, or to the cached value of an existing build folder, and to an options line setting the variable', () => {
    const vars = flagVariables({ compile: ['-fsanitize=address'], link: ['-fsanitize=address'] });
    expect(Object.keys(vars)).toEqual(['CMAKE_C_FLAGS', 'CMAKE_CXX_FLAGS', 'CMAKE_EXE_LINKER_FLAGS', 'CMAKE_SHARED_LINKER_FLAGS', 'CMAKE_MODULE_LINKER_FLAGS']);
    expect(flagDefines(vars, undefined)).toContain('-DCMAKE_CXX_FLAGS_INIT=-fsanitize=address');
    expect(flagDefines(vars, { CMAKE_CXX_FLAGS: '-Wall -fsanitize=address' })).toContain('-DCMAKE_CXX_FLAGS=-Wall -fsanitize=address');
    expect(mergeOption('CMAKE_CXX_FLAGS:STRING=-Wall', vars)).toBe('CMAKE_CXX_FLAGS:STRING=-Wall -fsanitize=address');
    expect(mergeOption('OIIO_BUILD_TESTS=ON', vars)).toBe('OIIO_BUILD_TESTS=ON');
    expect(appendFlags('', '-g')).toBe('-g');
    expect(missingFlags('CMAKE_CXX_FLAGS:STRING=-Wall\nCMAKE_C_FLAGS:STRING=-fsanitize=address\n', { CMAKE_CXX_FLAGS: '-fsanitize=address', CMAKE_C_FLAGS: '-fsanitize=address', CMAKE_EXE_LINKER_FLAGS: '-x' })).toEqual(['CMAKE_CXX_FLAGS']);
  });

  it('the configure plan carries the flags and the test phase the sanitizer environment', () => {
    const cmake = parseCmakeInputs(inputs({ sanitize: 'address', options: 'CMAKE_CXX_FLAGS=-Wall' }), '/ws');
    const plan = planCmake(cmake, { ninja: true, analysis: { variables: { CMAKE_CXX_FLAGS: '-fsanitize=address' }, testEnv: { ASAN_OPTIONS: 'detect_leaks=1' } } });
    expect(plan.phases[0]!.argv).toEqual(expect.arrayContaining(['-DCMAKE_BUILD_TYPE=RelWithDebInfo', '-DCMAKE_CXX_FLAGS_INIT=-fsanitize=address', '-DCMAKE_CXX_FLAGS=-Wall -fsanitize=address']));
    expect(plan.phases.find((p) => p.name === 'test')!.env).toEqual({ ASAN_OPTIONS: 'detect_leaks=1' });
    expect(planCmake(parseCmakeInputs(inputs({}), '/ws'), { ninja: true }).phases.every((p) => p.env === undefined)).toBe(true);
  });

  it('reads the compiler family from version output', () => {
    expect(compilerFromVersion('g++ (Debian 12.2.0-14+deb12u1) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.')).toEqual({ family: 'gcc', major: 12 });
    expect(compilerFromVersion('Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu')).toEqual({ family: 'clang', major: 14 });
    expect(compilerFromVersion('Apple clang version 15.0.0 (clang-1500.1.0.2.5)')).toEqual({ family: 'appleclang', major: 15 });
  });
});

describe('sanitizer runtime options', () => {
  it('defaults first, suppressions, then the user’s own value (later options win)', () => {
    const env = sanitizerEnvironment(['address', 'undefined'], { ubsan: '/ws/ubsan.supp', lsan: 'C:\\x y\\l.supp' }, { UBSAN_OPTIONS: 'halt_on_error=0' }, 'linux');
    expect(env.UBSAN_OPTIONS).toBe('print_stacktrace=1:halt_on_error=1:report_error_type=1:suppressions=/ws/ubsan.supp:halt_on_error=0');
    expect(env.ASAN_OPTIONS).toMatch(/^detect_leaks=1:/);
    expect(env.LSAN_OPTIONS).toBe('suppressions="C:\\x y\\l.supp"');
    expect(runtimes(['address'], 'darwin')).toEqual(['asan']);
    expect(sanitizerEnvironment(['address'], {}, {}, 'darwin').ASAN_OPTIONS).toMatch(/^detect_leaks=0/);
  });

  it('routes suppression lines to the runtime that reads them, and rejects lines of no known type', () => {
    expect(splitSuppressions('# c\nsigned-integer-overflow:src/a.cpp\nleak:libfoo\nrace:Worker\ninterceptor_via_lib:libz\n', 'f')).toEqual({
      ubsan: ['signed-integer-overflow:src/a.cpp'],
      lsan: ['leak:libfoo'],
      tsan: ['race:Worker'],
      asan: ['interceptor_via_lib:libz'],
    });
    expect(() => splitSuppressions('fun:foo\n', 'x.supp')).toThrow(/Input 'sanitizer-suppressions' has an invalid value "x.supp".*"fun:foo"/);
  });
});

describe('analysis set-up with the host compiler', () => {
  it('finds the compiler, keeps the user’s options last, and warns when they send the reports to files', async () => {
    const s = makeStep({}, { ASAN_OPTIONS: 'log_path=/tmp/asan' });
    const session = await AnalysisSession.prepare(s.step, capturingExecutor(), {
      analysis: parse({ sanitize: 'address' }),
      sourceDir: '/nowhere/src',
      buildDir: '/nowhere/build',
      platform: 'linux',
    });
    expect(session.compiler.family).toBe('gcc');
    expect(session.facts.testEnv.ASAN_OPTIONS).toBe('detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1:log_path=/tmp/asan');
    expect(s.log()).toContain('::warning::ASAN_OPTIONS sets log_path: the sanitizer reports go to files');
    expect(session.facts.cached).toBeUndefined();
  });
});

describe('sanitizer report parser on real output', () => {
  const ctx = { root: '/tmp/an', buildDir: '/tmp/an/build', exists: () => false };

  it('ASan heap-buffer-overflow (GCC): kind, access, first repository frame', () => {
    const [f, ...rest] = parseSanitizerReports(reports('gcc-asan-heap.txt'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ tool: 'AddressSanitizer', kind: 'heap-buffer-overflow' });
    expect(f!.headline).toMatch(/^AddressSanitizer: heap-buffer-overflow \(WRITE of size 4 thread T0\)$/);
    const [found] = collectFindings(undefined, reports('gcc-asan-heap.txt'), ctx);
    expect(found).toMatchObject({ file: 't.cpp', line: 5 });
    // The error's own stack, not the allocation's after it.
    expect(found!.repoFrames.map((f) => `${f.func} ${f.line}`)).toEqual(['main 5']);
    expect(found!.frames.filter((f) => f.file === '/tmp/an/t.cpp').map((f) => f.stack)).toEqual([0, 1]);
  });

  it('UBSan (Clang, report_error_type): the check name from SUMMARY, the relative location placed from the build folder', () => {
    const [f] = parseSanitizerReports(reports('clang-ubsan.txt'));
    expect(f).toMatchObject({ tool: 'UndefinedBehaviorSanitizer', kind: 'signed-integer-overflow', at: { file: 'u.cpp', line: 4, col: 31 } });
    const [found] = collectFindings(undefined, reports('clang-ubsan.txt'), { root: '/tmp/an', buildDir: '/tmp/an', exists: () => true });
    expect(found).toMatchObject({ file: 'u.cpp', line: 4, col: 31 });
  });

  it('UBSan (GCC, no SUMMARY) then LeakSanitizer: one finding each, the leak at its allocation in the repository', () => {
    const found = collectFindings(undefined, reports('gcc-ubsan-lsan.txt'), ctx);
    expect(found.map((f) => [f.tool, f.kind, f.file, f.line])).toEqual([
      ['UndefinedBehaviorSanitizer', 'signed-integer-overflow', 'u.cpp', 4],
      ['LeakSanitizer', 'leak', 'u.cpp', 5],
    ]);
    expect(found[1]!.repoFrames.map((fr) => fr.func)).toEqual(['leak()', 'main']);
  });

  it('TSan data race (GCC): frames without addresses, kind without the pid', () => {
    const found = collectFindings(undefined, reports('gcc-tsan.txt'), ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ tool: 'ThreadSanitizer', kind: 'data race', headline: 'ThreadSanitizer: data race', file: 'r.cpp', line: 3 });
  });

  it('attributes findings to the tests whose output holds them, one finding for the same place', () => {
    const text = reports('gcc-asan-heap.txt');
    const tests = { total: 3, passed: 1, failed: 2, skipped: 0, cases: [
      { name: 'a', status: 'failed' as const, time: 0, output: text },
      { name: 'b', status: 'failed' as const, time: 0, output: text },
      { name: 'c', status: 'passed' as const, time: 0, output: 'ok' },
    ] };
    const found = collectFindings(tests, '', ctx);
    expect(found).toHaveLength(1);
    expect(found[0]!.tests).toEqual(['a', 'b']);
  });

  it('MSan (Clang) and ASan heap-use-after-free (Clang, with columns and BuildId groups)', () => {
    expect(collectFindings(undefined, reports('clang-msan.txt'), ctx).map((f) => [f.tool, f.kind, f.file, f.line, f.col])).toEqual([
      ['MemorySanitizer', 'use-of-uninitialized-value', 'm.c', 6, 7],
    ]);
    const [uaf] = collectFindings(undefined, reports('clang-asan-uaf.txt'), ctx);
    expect(uaf).toMatchObject({ kind: 'heap-use-after-free', file: 'z.cpp', line: 1, col: 70 });
    expect(uaf!.headline).toMatch(/\(READ of size 4 thread T0\)$/);
  });

  it('ignores a program’s own text that only looks like a report', () => {
    const text = 'std::runtime_error: bad input\nruntime error: not ours\nERROR: something else\n    #0 0x1 in main /tmp/an/x.cpp:3\nSUMMARY: 2 tests\n';
    expect(parseSanitizerReports(text)).toEqual([]);
  });

  it('maps UBSan messages to check names', () => {
    expect(ubsanCheck("load of misaligned address 0x01 for type 'int'")).toBe('alignment');
    expect(ubsanCheck('shift exponent 40 is too large for 32-bit type')).toBe('shift-exponent');
    expect(ubsanCheck('index 5 out of bounds for type')).toBe('bounds');
    expect(ubsanCheck('something new')).toBe('undefined-behavior');
  });
});

describe('coverage reports', () => {
  const lcov = 'SF:/r/src/a.cpp\nFN:3,f\nFNDA:2,f\nDA:3,2\nDA:4,0\nBRDA:3,0,0,1\nBRDA:3,0,1,-\nend_of_record\nSF:/usr/include/x.h\nDA:1,1\nend_of_record\n';
  const files = fromLcov(lcov, (sf) => (sf.startsWith('/r/') ? sf.slice(3) : undefined));

  it('reads lcov and leaves out files outside the repository', () => {
    expect(files.map((f) => f.file)).toEqual(['src/a.cpp']);
    expect(totals(files)).toEqual({ linesCovered: 1, linesTotal: 2, branchesCovered: 1, branchesTotal: 2 });
  });

  it('writes lcov, SonarQube and Cobertura with repository-relative paths', () => {
    expect(toLcov(files)).toContain('SF:src/a.cpp\nFN:3,f\nFNDA:2,f\nFNF:1\nFNH:1\nDA:3,2\nDA:4,0\nBRDA:3,0,0,1\nBRDA:3,0,1,-\nBRF:2\nBRH:1\nLF:2\nLH:1\nend_of_record');
    expect(toSonarqube(files)).toContain('<file path="src/a.cpp">\n    <lineToCover lineNumber="3" covered="true" branchesToCover="2" coveredBranches="1"/>');
    const cobertura = toCobertura(files, 1);
    expect(cobertura).toContain('lines-covered="1" lines-valid="2"');
    expect(cobertura).toContain('<class name="a_cpp" filename="src/a.cpp" line-rate="0.5"');
  });

  it('turns globs into anchored regular expressions, and always leaves out a build folder inside the repository', () => {
    const re = (g: string) => new RegExp(globToRegex(g));
    expect(re('src/*/tests/**').test('src/lib/tests/a/b.cpp')).toBe(true);
    expect(re('src/*/tests/**').test('src/lib/x/tests/b.cpp')).toBe(false);
    expect(re('**/generated/*.cpp').test('generated/a.cpp')).toBe(true);
    expect(re('**/generated/*.cpp').test('x/y/generated/a.cpp')).toBe(true);
    expect(re('a.cpp').test('xa.cpp')).toBe(false);
    expect(excludeRegexes('/r', '/r/build', ['third_party/**'])).toEqual(['^third_party/.*$', '^build/.*$']);
    expect(excludeRegexes('/r', '/elsewhere/build', [])).toEqual([]);
    expect(gcovrArgs({ root: '/r', buildDir: '/r/build', exclude: [], parallel: 2 }, '/j', '/s')).toEqual(
      expect.arrayContaining(['--root', '/r', '/r/build', '--exclude', '^build/.*$', '--json-summary', '/s', '--sonarqube', '/r/build/coverage/sonarqube.xml']),
    );
  });
});

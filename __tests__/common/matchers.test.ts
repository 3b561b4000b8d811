import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { matchersDir } from '../../src/common/matchers.js';
import { MatcherSet, readMatcherFile, restrictToWorkspace } from '../../src/common/problem-matchers.js';
import { runCmake } from '../../src/cmake/run.js';
import { parseWorkflowCommand } from '../../src/local/files.js';
import { capturingExecutor, makeStep } from '../helpers/runner.js';

// Problem-matcher annotations belong to the repository's files: the matchers the actions register match files inside
// the workspace only; what they find outside is counted and summarized in one notice.
const shipped = (name: string) => readMatcherFile(join(matchersDir(), `${name}.json`));
const files = (set: MatcherSet, lines: string[]) => lines.flatMap((l) => set.match(l)).map((a) => a.file);

describe('matchers restricted to the workspace', () => {
  it('gcc: absolute paths inside, relative paths that stay inside; not system headers or ../', () => {
    const set = new MatcherSet();
    set.addSpecs(restrictToWorkspace(shipped('aswf-gcc'), '/home/runner/work/r (x)/r', 'linux'));
    expect(
      files(set, [
        '/home/runner/work/r (x)/r/src/a.cpp:12:5: warning: unused variable [-Wunused-variable]',
        '/usr/lib/gcc/x86_64-linux-gnu/12/include/avx512fintrin.h:6204:3: warning: AVX512F vector return without AVX512F enabled',
        '/home/runner/work/r (x)/rr/src/b.cpp:1:1: error: a sibling folder is not the workspace',
        'src/c.cpp:3:1: error: relative, read from the workspace',
        './src/d.cpp:3:1: error: relative too',
        '../outside/e.h:1:1: warning: climbs out',
      ]),
    ).toEqual(['/home/runner/work/r (x)/r/src/a.cpp', 'src/c.cpp', 'src/d.cpp']);
  });

  it('msvc on Windows: the workspace in any case and with either slash; not the SDK headers', () => {
    const set = new MatcherSet();
    set.addSpecs(restrictToWorkspace(shipped('aswf-msvc'), 'D:\\a\\repo\\repo', 'win32'));
    expect(
      files(set, [
        'D:\\a\\repo\\repo\\src\\a.cpp(10,5): warning C4996: deprecated',
        'd:/a/repo/repo/src/b.cpp(3): error C2065: undeclared',
        'C:\\Program Files (x86)\\Windows Kits\\10\\Include\\um\\winnt.h(123): warning C4668: not defined',
      ]),
    ).toEqual(['D:\\a\\repo\\repo\\src\\a.cpp', 'd:/a/repo/repo/src/b.cpp']);
  });

  it('cmake: a warning at a file of the project, not at a module of the CMake installation', () => {
    const set = new MatcherSet();
    set.addSpecs(restrictToWorkspace(shipped('aswf-cmake'), '/w/p', 'linux'));
    const found = [
      'CMake Warning at /usr/share/cmake-3.25/Modules/FindX.cmake:10 (message):',
      '  old module',
      'CMake Warning at CMakeLists.txt:3 (message):',
      '  mine',
      'CMake Error: global, no file',
    ].flatMap((l) => set.match(l));
    expect(found.map((a) => [a.source, a.file, a.message])).toEqual([
      ['aswf-cmake', 'CMakeLists.txt', 'mine'],
      ['aswf-cmake-global', undefined, 'global, no file'],
    ]);
  });
});

describe('the cmake action with the real gcc: a header outside the workspace', () => {
  it('annotates the project file only and counts the outside warnings in one notice', async () => {
    const project = fileURLToPath(new URL('../fixtures/projects/outside-warnings', import.meta.url));
    const external = mkdtempSync(join(tmpdir(), 'aswf-external-'));
    writeFileSync(join(external, 'external.h'), 'inline int external_value() {\n  int unused_there = 1;\n  return 2;\n}\ninline int other_value(int x) {\n  int also_unused = x;\n  return 0;\n}\n');
    const s = makeStep(
      { 'source-dir': project, 'build-dir': join(mkdtempSync(join(tmpdir(), 'aswf-out-')), 'b'), options: `EXTERNAL_INCLUDE=${external}`, test: 'false' },
      { GITHUB_WORKSPACE: project },
    );
    const exec = capturingExecutor();
    await runCmake(s.step, { exec });
    // Apply what the step registered to the build output, as the runner does.
    const set = new MatcherSet();
    for (const l of s.log().split('\n')) {
      const c = parseWorkflowCommand(l);
      if (c?.name === 'add-matcher') set.add(c.message);
    }
    const annotations = exec.lines.flatMap((l) => set.match(l)).filter((a) => a.source === 'aswf-gcc');
    expect(annotations.map((a) => [a.file, a.line, a.severity])).toEqual([[join(project, 'main.cpp'), 4, 'warning']]);
    const notices = s.log().split('\n').filter((l) => l.startsWith('::notice'));
    expect(notices).toEqual([
      `::notice title=Outside the workspace::Not annotated, in files outside the workspace ${project}: aswf-gcc: 2 warnings (e.g. ${join(external, 'external.h')}). The log has each of them.`,
    ]);
  });
});

describe('a RUNNER_TEMP the matcher cannot be written to', () => {
  it('warns and registers the shipped matcher: annotations never fail the build', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'aswf-blocked-')), 'file');
    writeFileSync(blocker, '');
    const s = makeStep({}, { RUNNER_TEMP: blocker });
    const { withMatchers } = await import('../../src/common/matchers.js');
    const result = await withMatchers(s.step, ['gcc'], async (onLine) => {
      onLine('/usr/include/x.h:1:1: warning: outside');
      return 'done';
    });
    expect(result).toBe('done');
    const lines = s.log().split('\n');
    expect(lines[0]).toMatch(/^::warning::Cannot write the workspace-only problem matcher .*aswf-gcc\.json \(.*\): files outside the workspace are annotated too\.$/);
    expect(lines[1]).toBe(`::add-matcher::${join(matchersDir(), 'aswf-gcc.json')}`);
    expect(lines.filter((l) => l.startsWith('::notice'))).toEqual([]);
  });
});

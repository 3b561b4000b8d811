// Sanitizers inside an ASWF-like container (GCC 12, cmake, ninja; built locally, see fixtures/container/docker-env.ts)
// through the one container executor (docker exec): the compiler is found in the container, the sanitizer options
// reach the tests there by name, and the findings are placed in the workspace, which is mounted at the same path.
// Skipped LOUDLY without a docker daemon.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from '@jest/globals';
import { StepFailure } from '../../src/common/errors.js';
import { ContainerExecutor, Executor, RunOptions } from '../../src/common/exec.js';
import { runCmake } from '../../src/cmake/run.js';
import { parseWorkflowCommand } from '../../src/local/files.js';
import { TEST_IMAGE, docker, useDocker } from '../fixtures/container/docker-env.js';
import { makeStep } from '../helpers/runner.js';

const fixture = fileURLToPath(new URL('../fixtures/analysis', import.meta.url));

describe('sanitize in a container', () => {
  let container = '';
  let ws = '';

  const suite = useDocker('the sanitizer-in-a-container test', {
    setup: (env) => {
      ws = join(mkdtempSync(join(tmpdir(), 'aswf-analysis-ctr-')), 'repo');
      cpSync(fixture, ws, { recursive: true });
      const run = docker(env.host, ['run', '-d', '--rm', '--network', 'none', '--volume', `${ws}:${ws}`, '--workdir', ws, TEST_IMAGE, 'sleep', 'infinity']);
      if (run.status !== 0) throw new Error(`docker run failed: ${run.stderr}`);
      container = run.stdout.trim();
    },
    cleanup: (env) => {
      if (container) docker(env.host, ['rm', '-f', container]);
    },
  });

  suite.test('finds the planted bugs in the container, the clean test passes there (LeakSanitizer included)', async () => {
    const s = makeStep({ sanitize: 'address, undefined', 'working-directory': ws, 'source-dir': ws, 'build-dir': join(ws, 'build'), parallel: '2' }, { GITHUB_WORKSPACE: ws, UBSAN_OPTIONS: 'print_module_map=0' });
    const inner = new ContainerExecutor(container, () => undefined, s.env);
    const commands: string[][] = [];
    const exec: Executor = {
      where: inner.where,
      which: (p) => inner.which(p),
      run: (argv, options: RunOptions = {}) => {
        commands.push([...argv]);
        return inner.run(argv, { ...options, silent: true });
      },
    };
    await expect(runCmake(s.step, { exec })).rejects.toThrow(
      new StepFailure('2 of 4 tests failed: heap_overflow, signed_overflow; sanitizers found 2 problems (heap-buffer-overflow, signed-integer-overflow)'),
    );
    // The container's compiler was asked, and the step's own UBSAN_OPTIONS came last (it wins).
    expect(s.log()).toMatch(/Analysis build with sanitizers address, undefined for gcc \(\/usr\/bin\/c\+\+: c\+\+ \(Debian 12/);
    expect(s.log()).toContain('tests run with UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:report_error_type=1:print_module_map=0');
    const found = s
      .log()
      .split('\n')
      .map(parseWorkflowCommand)
      .filter((c) => c?.name === 'error' && c.props.title)
      .map((c) => `${c!.props.title} ${c!.props.file}:${c!.props.line}`);
    expect(found.sort()).toEqual(['heap-buffer-overflow src/planted.cpp:10', 'signed-integer-overflow src/planted.cpp:17']);
    expect(s.outputs()).toMatchObject({ 'tests-passed': '2', 'sanitizer-findings': '2' });
    expect(commands.some((c) => c[0] === 'ctest')).toBe(true);
  }, 300_000);
});

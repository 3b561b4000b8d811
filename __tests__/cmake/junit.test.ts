import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseCtestJunit, parseCtestOutput } from '../../src/cmake/junit.js';
import { describeFailure } from '../../src/cmake/run.js';

const fixture = new URL('../fixtures/cmake/ctest-junit-failing.xml', import.meta.url);

describe('ctest JUnit', () => {
  it('reads a report written by ctest 3.25 (pass, 2 failures, disabled)', async () => {
    const r = await parseCtestJunit(readFileSync(fixture, 'utf8'));
    expect({ total: r.total, passed: r.passed, failed: r.failed, skipped: r.skipped }).toEqual({ total: 4, passed: 1, failed: 2, skipped: 1 });
    expect(r.cases.filter((c) => c.status === 'failed').map((c) => c.name)).toEqual(['fails_loudly', 'fails_on_purpose']);
    expect(r.cases.find((c) => c.name === 'fails_loudly')!.output).toContain('expected 42, got 41');
  });

  it('counts from the console output when there is no JUnit file', () => {
    const text = `33% tests passed, 2 tests failed out of 3\n\nThe following tests did not run:\n\t  4 - switched_off (Disabled)\n\nThe following tests FAILED:\n\t  2 - fails_loudly (Failed)\n\t  3 - fails_on_purpose (Timeout)\n`;
    const r = parseCtestOutput(text + '4/4 Test #4: switched_off .....***Not Run (Disabled)')!;
    expect(r).toMatchObject({ total: 4, passed: 1, failed: 2, skipped: 1 });
    expect(r.cases.map((c) => c.name)).toEqual(['fails_loudly', 'fails_on_purpose']);
    expect(parseCtestOutput('No tests were found!!!')).toMatchObject({ total: 0 });
    expect(parseCtestOutput('garbage')).toBeUndefined();
  });

  it('names the failed tests in one line', async () => {
    const tests = await parseCtestJunit(readFileSync(fixture, 'utf8'));
    const phase = { name: 'test' as const, argv: ['ctest'], cwd: '/' };
    expect(describeFailure([{ phase, ok: false, ms: 1, exitCode: 8 }], tests)).toBe('2 of 3 tests failed: fails_loudly, fails_on_purpose');
    const build = { name: 'build' as const, argv: ['cmake', '--build'], cwd: '/' };
    expect(describeFailure([{ phase: build, ok: false, ms: 1, exitCode: 1 }], undefined)).toBe('Build failed: cmake exited with code 1');
    expect(describeFailure([{ phase: build, ok: true, ms: 1, exitCode: 0 }], undefined)).toBeUndefined();
  });
});

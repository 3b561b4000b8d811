import { describe, expect, it } from '@jest/globals';
import { InputError, StepFailure } from '../../src/common/errors.js';
import { runAction } from '../../src/common/step.js';
import { makeStep } from '../helpers/runner.js';

describe('Step: the runner protocol', () => {
  it('writes outputs, env and state as heredoc file commands a runner reads back', () => {
    const s = makeStep({});
    s.step.setOutput('multi', 'line 1\nline 2');
    s.step.setOutput('count', 3);
    s.step.exportVariable('CCACHE_DIR', '/tmp/c');
    s.step.saveState('start', '123');
    expect(s.outputs()).toEqual({ multi: 'line 1\nline 2', count: '3' });
    expect(s.exported()).toEqual({ CCACHE_DIR: '/tmp/c' });
    expect(s.env.CCACHE_DIR).toBe('/tmp/c');
    expect(s.state()).toEqual({ start: '123' });
  });

  it('escapes workflow command data and properties', () => {
    const s = makeStep({});
    s.step.error('50% done\nnext', { file: 'a:b,c.cpp', line: 4 });
    s.step.setSecret('hunter2');
    expect(s.log()).toBe('::error file=a%3Ab%2Cc.cpp,line=4::50%25 done%0Anext\n::add-mask::hunter2\n');
  });

  it.each([
    [new InputError('x', 'y', 'z'), "::error::Input 'x' has an invalid value \"y\": expected z.\n"],
    [new StepFailure('2 of 3 tests failed: a, b'), '::error::2 of 3 tests failed: a, b\n'],
  ])('runAction turns %s into one error line and exit code 1', async (err, line) => {
    const s = makeStep({});
    const before = process.exitCode;
    await runAction(s.step, async () => {
      throw err;
    });
    expect(s.log()).toBe(line);
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });

  it('runAction reports a bug with its stack', async () => {
    const s = makeStep({});
    const before = process.exitCode;
    await runAction(s.step, async () => {
      throw new TypeError('boom');
    });
    expect(s.log()).toMatch(/^::error::Unexpected error \(please report it\): TypeError: boom%0A {4}at /);
    process.exitCode = before;
  });
});

describe('no log line starts a workflow command the step did not mean', () => {
  const commandLines = (log: string) => log.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['));

  it('info keeps every line of a message inert, whatever it holds', () => {
    const s = makeStep({});
    s.step.info('Configure failed:\nx\r\n::warning::owned\n  ::add-mask::y\n##[error]z');
    expect(commandLines(s.log())).toEqual([]);
    expect(s.log()).toContain('x\n:\u200b:warning::owned\n');
  });

  it('a group title is one line', async () => {
    const s = makeStep({});
    await s.step.group('Pull a\n::warning::owned', async () => undefined);
    expect(s.log()).toBe('::group::Pull a\\n::warning::owned\n::endgroup::\n');
  });

  it('the [command] line of an argument holding CR/LF and a workflow command', async () => {
    const { HostExecutor } = await import('../../src/common/exec.js');
    const logged: string[] = [];
    await new HostExecutor((l) => logged.push(l)).run(['true', 'build\r\n::warning::owned', '##[error]x'], { silent: true });
    expect(logged).toHaveLength(1);
    expect(commandLines(logged.join('\n'))).toEqual([]);
    expect(logged[0]).toContain('build\\r\\n::warning::owned');
  });
});

describe('spawned commands', () => {
  it('never see the step inputs (INPUT_*: tokens, keys, passphrases), but see everything else', async () => {
    const { HostExecutor } = await import('../../src/common/exec.js');
    process.env['INPUT_GPG-PRIVATE-KEY'] = '-----BEGIN PGP PRIVATE KEY BLOCK-----';
    process.env.INPUT_TOKEN = 'ghs_secret';
    process.env.ASWF_VISIBLE = 'yes';
    try {
      const r = await new HostExecutor(() => undefined).run(['env'], { silent: true, env: { EXTRA: '1' } });
      const names = r.stdout.split('\n').map((l) => l.split('=')[0]);
      expect(names).toEqual(expect.arrayContaining(['ASWF_VISIBLE', 'EXTRA', 'PATH']));
      expect(names.filter((n) => /^INPUT_/i.test(n ?? ''))).toEqual([]);
      expect(r.stdout).not.toContain('ghs_secret');
    } finally {
      delete process.env['INPUT_GPG-PRIVATE-KEY'];
      delete process.env.INPUT_TOKEN;
      delete process.env.ASWF_VISIBLE;
    }
  });
});

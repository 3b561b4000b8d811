import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/common/errors.js';
import { parseCliArgs, report } from '../../src/local/cli.js';
import { parseWorkflowCommand, readFileCommands } from '../../src/local/files.js';
import { runJob } from '../../src/local/job.js';
import { mkdirSync, writeFileSync } from 'node:fs';

const fixtures = fileURLToPath(new URL('../fixtures/actions', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const projects = join(repo, '__tests__', 'fixtures', 'projects');

function quietJob() {
  let log = '';
  return { write: (t: string) => void (log += t), log: () => log };
}

describe('local runner: the runner protocol', () => {
  it('runs main steps, carries env, path and state, then posts in reverse order', async () => {
    const out = quietJob();
    const result = await runJob(
      [
        { action: 'probe', inputs: { secret: 's3cr3t-value' } },
        { action: 'probe', inputs: { message: 'second' } },
      ],
      { root: fixtures, workspace: repo, write: out.write },
    );
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.outputs.echoed)).toEqual(['hello workflow_dispatch', 'second']);
    // GITHUB_ENV from the first step reaches the second; state reaches each post; GITHUB_PATH is prepended.
    expect(out.log()).toContain('seen PROBE_EXPORTED=from local');
    expect(result.summary).toBe(
      '### probe main\n### probe main\n' +
        '### probe post: state=state-for-post exported=from local path=/opt/probe/bin\n'.repeat(2),
    );
    // Masked values never reach the log; groups and annotations are interpreted.
    expect(out.log()).toContain('the secret is ***');
    expect(out.log()).not.toContain('s3cr3t-value');
    expect(out.log()).toContain('▶ A group');
    expect(result.annotations[0]).toEqual({ severity: 'warning', message: 'careful\nthere', file: 'src/a.cpp', line: 3, col: 2, title: undefined, source: 'command' });
    expect(out.log().indexOf('=== post probe ===')).toBeGreaterThan(out.log().lastIndexOf('=== probe ==='));
  });

  it('a failed main skips later mains but still runs the posts', async () => {
    const out = quietJob();
    const result = await runJob(
      [
        { action: 'probe', inputs: { fail: 'true' } },
        { action: 'probe', inputs: {} },
      ],
      { root: fixtures, workspace: repo, write: out.write },
    );
    expect(result.ok).toBe(false);
    expect(result.steps.map((s) => s.exitCode)).toEqual([1, -1]);
    expect(result.steps[0]!.postExitCode).toBe(0);
    expect(result.steps[1]!.postExitCode).toBeUndefined();
    expect(result.annotations).toContainEqual(expect.objectContaining({ severity: 'error', message: 'probe failed on purpose' }));
  });

  it('an unknown input or action is a clear error', async () => {
    await expect(runJob([{ action: 'probe', inputs: { mesage: 'x' } }], { root: fixtures, workspace: repo })).rejects.toThrow(
      new UserError("Action 'probe' has no input 'mesage'; its inputs are: message, secret, fail, print."),
    );
    await expect(runJob([{ action: 'nope' }], { root: fixtures, workspace: repo })).rejects.toThrow(/There is no action named 'nope'/);
  });
});

describe('local runner: ::add-matcher:: in build output, as the runner does', () => {
  const workspace = () => {
    const dir = mkdtempSync(join(tmpdir(), 'aswf-ws-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github', 'lint.json'),
      JSON.stringify({ problemMatcher: [{ owner: 'lint', pattern: [{ regexp: '^LINT (\\S+):(\\d+) (.*)$', file: 1, line: 2, message: 3 }] }] }),
    );
    return dir;
  };

  it('a matcher file that does not exist fails the step with an error, the rest of the output is read and the post steps run', async () => {
    const out = quietJob();
    const result = await runJob(
      [{ action: 'probe', inputs: { print: '::add-matcher::/nonexistent/matcher.json\n::warning::still read' } }, { action: 'probe' }],
      { root: fixtures, workspace: workspace(), write: out.write },
    );
    expect(result.ok).toBe(false);
    expect(result.steps.map((s) => [s.exitCode, s.postExitCode])).toEqual([
      [1, 0],
      [-1, undefined],
    ]);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ severity: 'error', message: "Unable to process command '::add-matcher::/nonexistent/matcher.json' successfully." }),
    );
    expect(result.annotations).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'still read' }));
    expect(result.summary).toContain('### probe post');
  });

  it.each([
    ['a broken JSON file', '{"problemMatcher": ['],
    ['a bad regular expression', JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '(' }] }] })],
  ])('%s fails the step the same way', async (_, text) => {
    const ws = workspace();
    writeFileSync(join(ws, 'bad.json'), text);
    const result = await runJob([{ action: 'probe', inputs: { print: '::add-matcher::bad.json' } }], { root: fixtures, workspace: ws, write: quietJob().write });
    expect(result.steps[0]).toMatchObject({ exitCode: 1, postExitCode: 0 });
    expect(result.annotations).toContainEqual(expect.objectContaining({ severity: 'error', message: "Unable to process command '::add-matcher::bad.json' successfully." }));
  });

  it('a relative matcher path is read from the workspace and applies to the following lines until removed', async () => {
    const out = quietJob();
    const result = await runJob(
      [{ action: 'probe', inputs: { print: '  ::add-matcher::.github/lint.json\nLINT src/a.cpp:7 bad style\n::remove-matcher owner=lint::\nLINT src/b.cpp:1 not matched' } }],
      { root: fixtures, workspace: workspace(), write: out.write },
    );
    expect(result.ok).toBe(true);
    expect(result.annotations.filter((a) => a.source === 'lint')).toEqual([{ severity: 'error', message: 'bad style', file: 'src/a.cpp', line: 7, col: undefined, source: 'lint' }]);
  });

  it('a decoded annotation message cannot start a workflow command in the local log', async () => {
    const out = quietJob();
    await runJob([{ action: 'probe', inputs: { print: '::error::a%0A::warning::owned\n::group::g%0D%0A::add-mask::x' } }], { root: fixtures, workspace: workspace(), write: out.write });
    expect(out.log().split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(out.log()).toContain('Error: a\\n::warning::owned');
  });
});

describe('local runner: file commands and workflow commands', () => {
  it('reads heredoc and key=value file commands', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'aswf-fc-')), 'out');
    writeFileSync(f, 'a<<D1\nline 1\nline 2\nD1\nb=plain\nc<<D2\n\nD2\n');
    expect(readFileCommands(f)).toEqual({ a: 'line 1\nline 2', b: 'plain', c: '' });
  });

  it.each([
    ['::error file=a%2Cb.cpp,line=1::x%25y%0Az', { name: 'error', props: { file: 'a,b.cpp', line: '1' }, message: 'x%y\nz' }],
    ['::endgroup::', { name: 'endgroup', props: {}, message: '' }],
    ['plain :: text', undefined],
  ])('parses %j', (line, expected) => {
    expect(parseWorkflowCommand(line)).toEqual(expected);
  });
});

describe('aswf-ci report', () => {
  it('prints outputs, annotations and the summary so that no line starts a workflow command', () => {
    const text = report({
      ok: true,
      steps: [{ action: 'plan', outputs: { matrix: 'a\n::warning::owned' }, exitCode: 0, annotations: [] }],
      summary: '### ok\n::error::from the summary\n',
      files: {},
      annotations: [{ severity: 'error', message: 'x\r\n::add-mask::y', source: 'command' }],
    });
    expect(text.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(text).toContain('matrix=a\\n::warning::owned');
  });
});

describe('aswf-ci command line', () => {
  it('parses steps, inputs and options', () => {
    expect(parseCliArgs(['cmake', '--source-dir', 'examples/hello', '--build-type=Debug', '--then', 'cmake', '--test', 'false', '--workspace', '/w'], '/cwd')).toEqual({
      workspace: '/w',
      steps: [
        { action: 'cmake', inputs: { 'source-dir': 'examples/hello', 'build-type': 'Debug' } },
        { action: 'cmake', inputs: { test: 'false' } },
      ],
    });
    expect(() => parseCliArgs(['--source-dir', 'x'])).toThrow('--source-dir comes before any action');
    expect(() => parseCliArgs(['cmake', '--source-dir'])).toThrow('Option --source-dir needs a value.');
  });
});

describe('the bundled cmake action through the local runner', () => {
  it('turns a compile error into an annotation through the shipped problem matcher', async () => {
    const out = quietJob();
    const build = mkdtempSync(join(tmpdir(), 'aswf-job-'));
    const result = await runJob([{ action: 'cmake', inputs: { 'source-dir': join(projects, 'compile-error'), 'build-dir': build } }], {
      root: repo,
      workspace: repo,
      write: out.write,
    });
    expect(result.ok).toBe(false);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ severity: 'error', source: 'aswf-gcc', file: join(projects, 'compile-error', 'broken.cpp'), line: 5, col: 16 }),
    );
    expect(result.annotations).toContainEqual(expect.objectContaining({ severity: 'error', source: 'command', message: 'Build failed: cmake exited with code 1' }));
    expect(result.summary).toContain('### ❌ CMake: compile-error (Release)');
    expect(result.steps[0]!.outputs).toMatchObject({ 'build-dir': build, 'tests-total': '0' });
  });
});

describe('local runner: RUNNER_TEMP', () => {
  it('is the same folder on every run of a workspace (the github cache ties entries to paths under it), emptied when a job starts', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'aswf-local-ws-'));
    const first = await runJob([{ action: 'probe', inputs: {} }], { root: fixtures, workspace, write: quietJob().write });
    writeFileSync(join(first.files.RUNNER_TEMP!, 'left-by-the-first-job'), '');
    const second = await runJob([{ action: 'probe', inputs: {} }], { root: fixtures, workspace, write: quietJob().write });
    expect(second.files.RUNNER_TEMP).toBe(first.files.RUNNER_TEMP);
    expect(existsSync(join(second.files.RUNNER_TEMP!, 'left-by-the-first-job'))).toBe(false);
    const other = await runJob([{ action: 'probe', inputs: {} }], { root: fixtures, workspace: mkdtempSync(join(tmpdir(), 'aswf-local-ws-')), write: quietJob().write });
    expect(other.files.RUNNER_TEMP).not.toBe(first.files.RUNNER_TEMP);
  });
});

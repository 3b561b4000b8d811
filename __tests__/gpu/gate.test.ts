import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/common/errors.js';
import { Env, Inputs, inputVariable } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import { EventData, readEvent } from '../../src/common/event.js';
import { TRUSTED_EVENTS } from '../../src/common/event.js';
import { ApprovalFacts, GateDecision, OPENABLE_EVENTS, approvalQuery, branchAllowed, branchMatches, decideGate, parseGateSettings } from '../../src/gpu/gate.js';
import { runGpu } from '../../src/gpu/main.js';
import { parseRunsOn } from '../../src/gpu/runner.js';

// Real webhook payloads recorded by GitHub's community (@octokit/webhooks-examples).
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const require = createRequire(import.meta.url);
const catalog = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as { name: string; examples: Payload[] }[];
const examples = (name: string): Payload[] => {
  const found = catalog.find((e) => e.name === name)?.examples;
  if (!found?.length) throw new Error(`no ${name} examples`);
  return found;
};
const copy = (p: Payload): Payload => JSON.parse(JSON.stringify(p)) as Payload;

const T4 = 'ubuntu-20.04-gpu-t4-4c-16g-176h';
const inputs = (values: Record<string, string> = {}) =>
  new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])));
const settings = (values: Record<string, string> = {}) => parseGateSettings(inputs(values));

/** The variables the runner sets for an event, as GitHub documents them for each event. */
function runnerEnv(event: string, p: Payload): Env {
  const env: Env = { GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: p.repository?.full_name };
  const defaultRef = `refs/heads/${p.repository?.default_branch}`;
  if (event === 'push' || event === 'workflow_dispatch') env.GITHUB_REF = p.ref;
  else if (event === 'pull_request') {
    env.GITHUB_REF = p.pull_request.merged ? `refs/heads/${p.pull_request.base.ref}` : `refs/pull/${p.number}/merge`;
  } else if (event === 'merge_group') env.GITHUB_REF = p.merge_group.head_ref;
  else env.GITHUB_REF = defaultRef;
  if (event.startsWith('pull_request')) {
    env.GITHUB_HEAD_REF = p.pull_request.head.ref;
    env.GITHUB_BASE_REF = p.pull_request.base.ref;
  }
  return env;
}

const decide = (event: string, p: Payload, values: Record<string, string> = {}, env: Env = runnerEnv(event, p)): GateDecision =>
  decideGate(event, { payload: p }, env, settings(values));

const pushes = examples('push');
const branchPush = pushes.find((p) => p.ref === 'refs/heads/master' && p.deleted === false)!;
const tagPush = pushes.find((p) => p.ref.startsWith('refs/tags/') && p.deleted === false)!;
const tagDeletes = pushes.filter((p) => p.ref.startsWith('refs/tags/') && p.deleted === true);

/** A scheduled run: its payload holds the cron line and the repository (derived from a real push payload). */
const schedulePayload = (): Payload => ({ schedule: '0 3 * * *', repository: copy(branchPush).repository, sender: branchPush.sender });

describe('the gate opens only for trusted events on an allowed branch of the canonical repository', () => {
  it.each(pushes.filter((p) => p.ref.startsWith('refs/heads/') && !p.deleted).map((p, i) => [i, p] as const))(
    'push to the default branch (real payload %i) opens it',
    (_i, p) => {
      const d = decide('push', p);
      expect(d).toEqual({ enabled: true, reason: expect.stringContaining('Open: push on the branch "master" of Codertocat/Hello-World'), runsOn: T4, testLabelExclude: '' });
    },
  );

  it.each(examples('workflow_dispatch').map((p) => [p.ref, p] as const))('workflow_dispatch on the default branch (%s) opens it', (_ref, p) => {
    expect(decide('workflow_dispatch', p).enabled).toBe(true);
  });

  it('a scheduled run on the default branch opens it', () => {
    const d = decide('schedule', schedulePayload());
    expect(d.enabled).toBe(true);
    expect(d.reason).toMatch(/^Open: schedule/);
  });

  it('a tag push is closed (a tag is not a branch)', () => {
    const d = decide('push', tagPush);
    expect(d.enabled).toBe(false);
    expect(d.reason).toBe('Closed: the ref "refs/tags/simple-tag" is a tag; only branches get the GPU runner.');
  });

  it.each(tagDeletes.map((p, i) => [i, p] as const))('a tag delete (real payload %i) is closed', (_i, p) => {
    expect(decide('push', p)).toMatchObject({ enabled: false, reason: expect.stringMatching(/tag/) });
  });

  it('a branch delete is closed even on an allowed branch', () => {
    const p = copy(branchPush);
    Object.assign(p, { deleted: true, created: false, after: '0000000000000000000000000000000000000000', head_commit: null, commits: [] });
    expect(decide('push', p)).toMatchObject({ enabled: false, reason: 'Closed: this push deletes the branch "master".' });
  });

  it('a push to another branch is closed', () => {
    const p = copy(branchPush);
    p.ref = 'refs/heads/feature';
    expect(decide('push', p)).toMatchObject({ enabled: false, reason: expect.stringContaining('"feature" is not one allowed') });
  });

  it('workflow_dispatch on another branch is closed', () => {
    const p = copy(examples('workflow_dispatch')[0]!);
    p.ref = 'refs/heads/experiment';
    expect(decide('workflow_dispatch', p).enabled).toBe(false);
  });
});

describe('pull requests and other untrusted events never open it', () => {
  const prs = examples('pull_request');

  it.each(prs.map((p, i) => [p.action, i, p] as const))('pull_request %s (real payload %i) is closed', (_action, _i, p) => {
    const d = decide('pull_request', p);
    expect(d.enabled).toBe(false);
    expect(d.reason).toMatch(/^Closed: pull_request events never get the GPU runner/);
    expect(d.testLabelExclude).toBe('gpu');
    expect(d.runsOn).toBeUndefined();
  });

  it('a fork pull request whose head branch is the default branch is closed, and its branch name is not echoed', () => {
    const p = copy(prs.find((x) => x.action === 'opened')!);
    p.pull_request.head.ref = 'master';
    p.pull_request.head.label = 'attacker:master';
    p.pull_request.head.repo.full_name = 'attacker/Hello-World';
    p.pull_request.head.repo.fork = true;
    const env = { ...runnerEnv('pull_request', p), GITHUB_REF: 'refs/heads/master' };
    const d = decide('pull_request', p, { branches: 'master' }, env);
    expect(d.enabled).toBe(false);
    expect(d.reason).not.toContain('attacker');
  });

  it('pull_request_target (default branch ref, base repository) is closed', () => {
    const p = copy(prs.find((x) => x.action === 'synchronize')!);
    const env = { ...runnerEnv('pull_request_target', p), GITHUB_REF: 'refs/heads/master' };
    expect(decide('pull_request_target', p, {}, env)).toMatchObject({ enabled: false, reason: expect.stringMatching(/^Closed: pull_request_target events never/) });
  });

  it("a merged pull request's closed event, which carries the default branch ref, is closed", () => {
    const p = copy(prs.find((x) => x.action === 'closed')!);
    p.pull_request.merged = true;
    const env = runnerEnv('pull_request', p);
    expect(env.GITHUB_REF).toBe('refs/heads/master');
    expect(decide('pull_request', p, {}, env).enabled).toBe(false);
  });

  it.each(examples('merge_group').map((p, i) => [i, p] as const))('merge_group (real payload %i) is closed', (_i, p) => {
    expect(decide('merge_group', p, { branches: '**' })).toMatchObject({ enabled: false, reason: expect.stringContaining('merge queue') });
  });

  it.each(examples('workflow_run').map((p) => [p.action, p.workflow_run.event, p] as const))(
    'workflow_run %s (after %s) is closed, though it runs on the default branch',
    (_a, _e, p) => {
      expect(decide('workflow_run', p)).toMatchObject({ enabled: false, reason: expect.stringContaining('workflow_run') });
    },
  );

  it.each(examples('issue_comment').map((p, i) => [p.action, i, p] as const))('issue_comment %s (real payload %i) is closed', (_a, _i, p) => {
    expect(decide('issue_comment', p).enabled).toBe(false);
  });

  it('an unknown event is closed, whatever its payload says', () => {
    const d = decide('shiny_new_event', branchPush, {}, { ...runnerEnv('push', branchPush), GITHUB_EVENT_NAME: 'shiny_new_event' });
    expect(d).toMatchObject({ enabled: false, reason: 'Closed: "shiny_new_event" is not an event the gate knows, and unknown events never get the GPU runner.' });
  });

  it('a known event that is not in events is closed', () => {
    expect(decide('push', branchPush, { events: 'schedule, workflow_dispatch' }).reason).toBe(
      'Closed: push is not one of the events allowed on the GPU runner (schedule, workflow_dispatch).',
    );
    expect(decide('release', branchPush).enabled).toBe(false);
  });

  it('a run carrying pull request data (GITHUB_HEAD_REF) is closed even under an allowed event name', () => {
    const env = { ...runnerEnv('push', branchPush), GITHUB_HEAD_REF: 'master' };
    expect(decide('push', branchPush, {}, env).reason).toMatch(/carries pull request data/);
  });
});

describe('repository checks', () => {
  const forkPush = (): Payload => {
    const p = copy(branchPush);
    p.repository.fork = true;
    p.repository.full_name = 'someone/Hello-World';
    p.repository.owner.login = 'someone';
    return p;
  };

  it('a push in a fork is closed by default', () => {
    expect(decide('push', forkPush())).toMatchObject({ enabled: false, reason: expect.stringContaining('someone/Hello-World is a fork') });
  });

  it('a push in a fork is closed when the canonical repository is named', () => {
    const d = decide('push', forkPush(), { repository: 'Codertocat/Hello-World' });
    expect(d.reason).toBe('Closed: this run is in someone/Hello-World (a fork), not in the canonical repository Codertocat/Hello-World.');
  });

  it('the canonical repository, named explicitly (in any case), opens it', () => {
    expect(decide('push', branchPush, { repository: 'codertocat/hello-world' }).enabled).toBe(true);
  });

  it('a repository that is not the canonical one is closed even when it is not a fork', () => {
    expect(decide('push', branchPush, { repository: 'AcademySoftwareFoundation/OpenShadingLanguage' }).enabled).toBe(false);
  });

  it('a payload that does not say whether the repository is a fork is closed', () => {
    const p = copy(branchPush);
    delete p.repository.fork;
    expect(decide('push', p).reason).toMatch(/does not say whether the repository is a fork/);
  });

  it('GITHUB_REPOSITORY and the payload disagreeing is closed', () => {
    const env = { ...runnerEnv('push', branchPush), GITHUB_REPOSITORY: 'other/repo' };
    expect(decide('push', branchPush, {}, env).reason).toMatch(/differ/);
  });
});

describe('malformed or missing event data closes it, never opens it', () => {
  const env = runnerEnv('push', branchPush);
  const dir = mkdtempSync(join(tmpdir(), 'gpu-gate-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cases: [string, EventData][] = [
    ['GITHUB_EVENT_PATH not set', readEvent(undefined)],
    ['a missing event file', readEvent(join(dir, 'absent.json'))],
    ['an unreadable event file (a folder)', readEvent(dir)],
    ['an event file that is not JSON', readEvent(file('broken.json', '{"ref": "refs/heads/master", '))],
  ];
  it.each(cases)('%s', (_what, event) => {
    expect('error' in event).toBe(true);
    const d = decideGate('push', event, env, settings());
    expect(d.enabled).toBe(false);
    expect(d.reason).toMatch(/^Closed: the event payload is unusable: /);
  });

  it.each([
    ['a JSON list', []],
    ['null', null],
    ['no repository', { ref: 'refs/heads/master', deleted: false }],
  ])('a payload that is %s', (_what, payload) => {
    expect(decideGate('push', { payload }, env, settings()).enabled).toBe(false);
  });

  it('a push without the deleted flag', () => {
    const p = copy(branchPush);
    delete p.deleted;
    expect(decide('push', p).reason).toMatch(/does not say whether it deletes/);
  });

  it('no default branch in the payload and no branches input', () => {
    const p = copy(branchPush);
    delete p.repository.default_branch;
    expect(decide('push', p).reason).toMatch(/default branch/);
    expect(decide('push', p, { branches: 'master' }).enabled).toBe(true);
  });

  it('GITHUB_REF differing from the payload ref', () => {
    expect(decide('push', branchPush, {}, { ...env, GITHUB_REF: 'refs/heads/other' }).reason).toMatch(/differ/);
  });

  it('no event name, no repository variable', () => {
    expect(decideGate(undefined, { payload: branchPush }, env, settings()).reason).toMatch(/GITHUB_EVENT_NAME is not set/);
    expect(decide('push', branchPush, {}, { ...env, GITHUB_REPOSITORY: undefined }).reason).toMatch(/GITHUB_REPOSITORY is not set/);
  });

  it('a real payload file on disk is read back unchanged', () => {
    expect(readEvent(file('push.json', JSON.stringify(branchPush)))).toEqual({ payload: branchPush });
  });
});

describe('branches, runners and inputs', () => {
  it.each([
    ['main', 'main', true],
    ['main', 'main2', false],
    ['release/*', 'release/2.5', true],
    ['release/*', 'release/2.5/hotfix', false],
    ['release/**', 'release/2.5/hotfix', true],
    ['v*.x', 'v3.x', true],
    ['a.b', 'aXb', false],
  ])('pattern %s vs %s → %s', (pattern, branch, expected) => {
    expect(branchMatches(pattern, branch)).toBe(expected);
  });

  // GitHub's branch filters: `!` excludes, and the last pattern that matches decides.
  it.each([
    [['**', '!feature/*'], 'feature/x', false],
    [['**', '!feature/*'], 'main', true],
    [['**', '!feature/*'], 'feature/x/y', true],
    [['release/**', '!release/**-old'], 'release/2-old', false],
    [['release/**', '!release/**-old'], 'release/2', true],
    [['release/**', '!release/**-old', 'release/1-old'], 'release/1-old', true],
    [['!main', 'main'], 'main', true],
    [['main', '!main'], 'main', false],
    [['main', '!other'], 'main', true],
  ])('patterns %j vs %s → %s', (patterns, branch, expected) => {
    expect(branchAllowed(patterns, branch)).toBe(expected);
  });

  it('"**" then "!feature/*" in the branches input closes a push to feature/x (issue 17 item 4)', () => {
    const p = copy(branchPush);
    p.ref = 'refs/heads/feature/x';
    expect(decide('push', p, { branches: '**\n!feature/*' })).toMatchObject({ enabled: false, reason: expect.stringContaining('"feature/x" is not one allowed') });
    p.ref = 'refs/heads/main';
    expect(decide('push', p, { branches: '**\n!feature/*' }).enabled).toBe(true);
  });

  it.each(['refs/heads/gh-readonly-queue/main/pr-42-0123456789abcdef0123456789abcdef01234567', 'refs/heads/gh-readonly-queue/master/pr-1-abc'])(
    'a push to the merge queue branch %s is closed even when branches is "**"',
    (ref) => {
      const p = copy(branchPush);
      p.ref = ref;
      for (const branches of ['**', 'gh-readonly-queue/**', '**\n!feature/*']) {
        expect(decide('push', p, { branches })).toMatchObject({ enabled: false, reason: expect.stringContaining('merge queue branch') });
      }
      expect(decide('workflow_dispatch', { ...p, inputs: {} }, { branches: '**' }).enabled).toBe(false);
    },
  );

  it('a branches input made only of exclusions is an input error', () => {
    expect(() => settings({ branches: '!feature/*' })).toThrow("Input 'branches' has an invalid value \"!feature/*\": expected at least one branch or pattern without \"!\"");
  });

  it("the gate's openable events are all trusted events (the list cache saves use)", () => {
    for (const e of OPENABLE_EVENTS) expect(TRUSTED_EVENTS).toContain(e);
  });

  it('a branch name with CR/LF and a workflow command is shown on one line that starts no command', () => {
    const p = copy(branchPush);
    p.ref = 'refs/heads/x\n::warning::pwned';
    const d = decide('push', p, { branches: 'main' });
    expect(d.enabled).toBe(false);
    expect(d.reason).not.toMatch(/[\r\n]/);
    expect(d.reason).toContain('x\\n::warning::pwned');
  });

  it('branches replaces the default branch', () => {
    const p = copy(branchPush);
    p.ref = 'refs/heads/release/1.2';
    expect(decide('push', p, { branches: 'main, release/*' }).enabled).toBe(true);
    expect(decide('push', branchPush, { branches: 'main, release/*' }).enabled).toBe(false);
  });

  it.each([
    ['aswf-t4', T4],
    ['self-hosted', ['self-hosted', 'linux', 'x64', 'gpu']],
    ['my-gpu-box', 'my-gpu-box'],
    ['["self-hosted", "cuda12"]', ['self-hosted', 'cuda12']],
    ['{"group": "aswf-gpu", "labels": ["t4"]}', { group: 'aswf-gpu', labels: ['t4'] }],
  ])('runner %s', (value, expected) => {
    expect(parseRunsOn('runner', value)).toEqual(expected);
  });

  it.each([
    ['runner', '["unclosed"'],
    ['runner', '[]'],
    ['runner', '[1, 2]'],
    ['runner', '{"group": "g", "os": "linux"}'],
    ['runner', 'two words'],
    ['fallback-runner', '"quoted"x'],
    ['events', 'pull_request_target'],
    ['events', 'push, merge_group'],
    ['events', 'pushh'],
    ['repository', 'not a repo'],
    ['branches', 'main, bad branch'],
    ['branches', 'refs/tags/v1'],
    ['branches', '!!main'],
    ['branches', 'main, !'],
    ['test-label', 'gpu;rm'],
  ])('%s %j is an input error naming the input and value', (name, value) => {
    const read = () => settings({ [name]: value });
    expect(read).toThrow(InputError);
    expect(read).toThrow(`Input '${name}' has an invalid value`);
  });

  it('the events error explains why pull requests are refused', () => {
    expect(() => settings({ events: 'pull_request' })).toThrow(/runs code or workflows a contributor controls/);
  });

  it('closed with a fallback runner: the job runs there without GPU tests', () => {
    const p = examples('pull_request')[0]!;
    expect(decide('pull_request', p, { 'fallback-runner': 'ubuntu-latest', 'test-label': 'cuda' })).toMatchObject({
      enabled: false,
      runsOn: 'ubuntu-latest',
      testLabelExclude: 'cuda',
    });
  });
});

describe('the gate step', () => {
  function runStep(event: string, payload: Payload | undefined, values: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-step-'));
    const env: Env = { ...runnerEnv(event, payload ?? branchPush), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output') };
    if (payload) env.GITHUB_EVENT_PATH = join(dir, 'event.json');
    if (payload) writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
    for (const [k, v] of Object.entries(values)) env[inputVariable(k)] = v;
    let log = '';
    const step = new Step(env, (t) => void (log += t));
    return { step, log: () => log, summary: () => readFileSync(join(dir, 'summary.md'), 'utf8'), output: () => readFileSync(join(dir, 'output'), 'utf8') };
  }

  it('open: outputs, log and summary', async () => {
    const s = runStep('push', branchPush);
    await runGpu(s.step);
    expect(s.step.outputs).toEqual({
      enabled: 'true',
      run: 'true',
      'runs-on': JSON.stringify(T4),
      reason: expect.stringMatching(/^Open: push on the branch "master"/),
      'test-label-exclude': '',
      sha: '',
      'pull-request': '',
    });
    expect(JSON.parse(s.step.outputs['runs-on']!)).toBe(T4);
    expect(s.log()).toContain('GPU gate: open.');
    expect(s.summary()).toContain('🟢 open');
    expect(s.output()).toContain('runs-on<<ghadelimiter_');
  });

  it('closed for a pull request with a fallback runner', async () => {
    const s = runStep('pull_request', examples('pull_request')[0], { 'fallback-runner': 'ubuntu-latest', runner: 'self-hosted' });
    await runGpu(s.step);
    expect(s.step.outputs).toMatchObject({ enabled: 'false', run: 'true', 'runs-on': '"ubuntu-latest"', 'test-label-exclude': 'gpu' });
    expect(s.log()).toContain('GPU gate: closed.');
    expect(s.log()).toContain('runs without a GPU on ubuntu-latest');
    expect(s.summary()).toContain('🔴 closed');
  });

  it('closed without a fallback: the GPU job is skipped', async () => {
    const s = runStep('push', undefined);
    await runGpu(s.step);
    expect(s.step.outputs).toMatchObject({ enabled: 'false', run: 'false', 'runs-on': '', reason: 'Closed: the event payload is unusable: GITHUB_EVENT_PATH is not set.' });
    expect(s.summary()).toContain('skipped');
  });

  it('a bad mode is an input error', async () => {
    const s = runStep('push', branchPush, { mode: 'open' });
    await expect(runGpu(s.step)).rejects.toThrow("Input 'mode' has an invalid value \"open\": expected one of gate, detect, start, stop, reap.");
  });
});

describe('maintainer-approved pull requests (approval-label, pull_request_target)', () => {
  // Real `labeled` / `unlabeled` payloads; pull_request_target delivers the same payload as pull_request.
  const labeled = examples('pull_request').find((p) => p.action === 'labeled')!;
  const unlabeled = examples('pull_request').find((p) => p.action === 'unlabeled')!;
  const synchronize = examples('pull_request').find((p) => p.action === 'synchronize')!;
  const head: string = labeled.pull_request.head.sha;
  const targetEnv = (p: Payload): Env => ({ ...runnerEnv('pull_request_target', p), GITHUB_REF: `refs/heads/${p.repository.default_branch}` });
  const approve = { 'approval-label': 'bug', 'runner-ephemeral': 'true' };
  const ok: ApprovalFacts = { permission: 'write', headSha: head, labels: ['bug'] };
  const decideTarget = (p: Payload, facts: ApprovalFacts | undefined, values: Record<string, string> = approve) =>
    decideGate('pull_request_target', { payload: p }, targetEnv(p), settings(values), facts);

  /** The real labelled payload, turned into a fork's pull request labelled gpu-ok. */
  const forkLabeled = (): Payload => {
    const p = copy(labeled);
    p.label = { ...p.label, name: 'gpu-ok' };
    p.pull_request.labels = [p.label];
    p.pull_request.head.repo.full_name = 'contributor/Hello-World';
    p.pull_request.head.repo.fork = true;
    p.pull_request.head.label = 'contributor:master';
    p.sender = { ...p.sender, login: 'maintainer' };
    return p;
  };

  it('the real labelled payload, labelled by a writer, head unchanged: opens, pinned to the labelled commit', () => {
    const d = decideTarget(labeled, ok);
    expect(d).toMatchObject({ enabled: true, sha: head, pullRequest: labeled.number, runsOn: T4, testLabelExclude: '' });
    expect(d.reason).toMatch(/^Open: pull request #2 approved by "Codertocat" \(write\) with the label "bug" at commit ec26c3e57ca3/);
    expect(approvalQuery('pull_request_target', { payload: labeled }, settings(approve))).toEqual({ user: 'Codertocat', pullNumber: 2 });
  });

  it('a fork pull request labelled gpu-ok by an admin opens', () => {
    const d = decideTarget(forkLabeled(), { permission: 'admin', headSha: head, labels: ['gpu-ok'] }, { 'approval-label': 'gpu-ok', 'runner-ephemeral': 'true' });
    expect(d).toMatchObject({ enabled: true, sha: head });
  });

  type Case = [string, Payload, ApprovalFacts | undefined, Record<string, string>, RegExp];
  const pushAfter = { ...ok, headSha: 'f'.repeat(40) };
  const cases: Case[] = [
    ['labelled by a read-only (triage) user', labeled, { ...ok, permission: 'read' }, approve, /"Codertocat", whose permission \(read\) is not write or admin/],
    ['labelled by someone without access', labeled, { ...ok, permission: 'none' }, approve, /permission \(none\)/],
    ['pushed to after labelling', labeled, pushAfter, approve, /was pushed to after it was labelled \(head ffffffffffff, labelled at ec26c3e57ca3\)/],
    ['label removed since', labeled, { ...ok, labels: [] }, approve, /the label "bug" was removed from pull request #2/],
    ['the unlabeled event (real payload)', unlabeled, ok, approve, /pull_request_target "unlabeled" events never get the GPU runner/],
    ['a later push: synchronize (real payload)', synchronize, ok, approve, /a push to a pull request is not approved/],
    ['another label', labeled, ok, { ...approve, 'approval-label': 'gpu-ok' }, /the label "bug" is not the approval label "gpu-ok"/],
    ['no approval-label (the rule is opt-in)', labeled, ok, { 'runner-ephemeral': 'true' }, /^Closed: pull_request_target events never get the GPU runner/],
    ['a runner that is not ephemeral', labeled, ok, { 'approval-label': 'bug' }, /only on ephemeral runners/],
    ['GitHub could not be asked', labeled, { error: 'HTTP 502' }, approve, /checking the approval with GitHub failed: HTTP 502/],
    ['the facts were not fetched', labeled, undefined, approve, /were not checked/],
    ['a pull request into a branch that is not allowed', labeled, ok, { ...approve, branches: 'release/*' }, /is into "master", not a branch allowed/],
  ];
  it.each(cases)('closed: %s', (_what, p, facts, values, reason) => {
    const d = decideTarget(p, facts, values);
    expect(d.enabled).toBe(false);
    expect(d.sha).toBeUndefined();
    expect(d.reason).toMatch(reason);
  });

  it('a labelled pull_request (not _target) event stays closed: its workflow comes from the pull request', () => {
    expect(decide('pull_request', labeled, approve).reason).toMatch(/^Closed: pull_request events never/);
  });

  it('a labelled run in a fork of the repository stays closed', () => {
    const p = copy(labeled);
    p.repository.fork = true;
    expect(decideTarget(p, ok).reason).toMatch(/is a fork/);
  });

  it('nothing is asked of GitHub unless the run is the labelled event of the approval label', () => {
    expect(approvalQuery('pull_request_target', { payload: synchronize }, settings(approve))).toBeUndefined();
    expect(approvalQuery('pull_request_target', { payload: labeled }, settings({ 'approval-label': 'gpu-ok' }))).toBeUndefined();
    expect(approvalQuery('pull_request', { payload: labeled }, settings(approve))).toBeUndefined();
    expect(approvalQuery('push', { payload: branchPush }, settings(approve))).toBeUndefined();
  });

  it('a bad approval-label is an input error', () => {
    expect(() => settings({ 'approval-label': 'a,b' })).toThrow("Input 'approval-label' has an invalid value \"a,b\"");
  });
});

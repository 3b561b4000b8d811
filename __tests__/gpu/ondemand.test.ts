import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DescribeInstancesCommand, EC2Client, Instance as SdkInstance, InstanceStateName, _InstanceType, RunInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError, UserError } from '../../src/common/errors.js';
import { Env } from '../../src/common/inputs.js';
import { Instance, TAGS, userDataScript } from '../../src/gpu/ec2.js';
import { postGpu, runGpu } from '../../src/gpu/main.js';
import { decideReap, RunLookup } from '../../src/gpu/provision.js';
import type { Runner } from '../../src/gpu/github.js';
import { makeStep } from '../helpers/runner.js';
import { FakeGitHub } from './github-fake.js';

// EC2 at the SDK boundary (aws-sdk-client-mock: the real EC2Client, its `send` answered with recorded-shape
// outputs), GitHub at the HTTP boundary (github-fake.ts); the real gate over real webhook payloads.
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const require = createRequire(import.meta.url);
const catalog = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as { name: string; examples: Payload[] }[];
const examples = (name: string): Payload[] => catalog.find((e) => e.name === name)!.examples;
const copy = (p: Payload): Payload => JSON.parse(JSON.stringify(p)) as Payload;
const branchPush = examples('push').find((p) => p.ref === 'refs/heads/master' && p.deleted === false)!;

const AMI = 'ami-0123456789abcdef0';
const START = { mode: 'start', provider: 'ec2', 'instance-type': 'g6.xlarge', 'image-id': AMI, 'aws-region': 'us-east-1', 'github-token': 'ghp_admintoken', 'max-minutes': '90' };
const NOW = new Date('2026-12-07T12:00:00Z');

/** A step of run 4242 for `event` with the payload written where the runner writes it. */
function stepFor(event: string, payload: Payload, inputs: Record<string, string>, extra: Env = {}) {
  const s = makeStep(inputs, {
    GITHUB_EVENT_NAME: event,
    GITHUB_REPOSITORY: payload.repository?.full_name ?? 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gpu-start',
    GITHUB_API_URL: 'https://api.github.com',
    ...extra,
  });
  s.env.GITHUB_EVENT_PATH = join(s.dir, 'event.json');
  writeFileSync(s.env.GITHUB_EVENT_PATH, JSON.stringify(payload));
  if (s.env.GITHUB_REF === undefined) {
    s.env.GITHUB_REF = event === 'push' ? payload.ref : event === 'pull_request' ? `refs/pull/${payload.number}/merge` : `refs/heads/${payload.repository?.default_branch}`;
  }
  if (event.startsWith('pull_request')) {
    s.env.GITHUB_HEAD_REF = payload.pull_request.head.ref;
    s.env.GITHUB_BASE_REF = payload.pull_request.base.ref;
  }
  return s;
}

const sdkInstance = (id: string, tags: Record<string, string>, state = 'running'): SdkInstance => ({
  InstanceId: id,
  InstanceType: 'g6.xlarge' as _InstanceType,
  LaunchTime: NOW,
  State: { Code: state === 'running' ? 16 : 0, Name: state as InstanceStateName },
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
});

let ec2: EC2Client;
let mock: ReturnType<typeof mockClient>;
let github: FakeGitHub;
const deps = () => ({ ec2, github: undefined as never, fetch: github.fetch as typeof globalThis.fetch, now: () => NOW, sleep: async () => undefined, random: () => 'abc123', pollMs: 1 });

beforeEach(() => {
  ec2 = new EC2Client({ region: 'us-east-1', credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
  mock = mockClient(ec2);
  github = new FakeGitHub();
});
afterEach(() => mock.restore());

describe('start (EC2)', () => {
  /** EC2 answers: no instance of the run yet, then the started one running. */
  function ec2Answers() {
    let launched: SdkInstance | undefined;
    mock.on(RunInstancesCommand).callsFake((input: Payload) => {
      const tags = Object.fromEntries((input.TagSpecifications[0].Tags as { Key: string; Value: string }[]).map((t) => [t.Key, t.Value]));
      launched = sdkInstance('i-0aaaabbbbccccdddd', tags, 'pending');
      return { Instances: [launched], OwnerId: '123456789012', ReservationId: 'r-0123' };
    });
    mock.on(DescribeInstancesCommand).callsFake(() => ({ Reservations: launched ? [{ Instances: [{ ...launched, State: { Code: 16, Name: 'running' as const } }] }] : [] }));
    mock.on(TerminateInstancesCommand).resolves({ TerminatingInstances: [] });
  }

  it('tags in the same RunInstances call, sets terminate-on-shutdown and a shutdown timer, masks the JIT config, hands over runs-on', async () => {
    ec2Answers();
    const s = stepFor('push', branchPush, START);
    await runGpu(s.step, deps());

    const runs = mock.commandCalls(RunInstancesCommand);
    expect(runs).toHaveLength(1);
    const input = runs[0]!.args[0].input;
    expect(input).toMatchObject({ ImageId: AMI, InstanceType: 'g6.xlarge', MinCount: 1, MaxCount: 1, InstanceInitiatedShutdownBehavior: 'terminate', MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 } });
    const name = 'aswf-gpu-4242-1-gpu-start-abc123';
    const expected = {
      Name: name,
      [TAGS.marker]: 'true',
      [TAGS.repository]: 'Codertocat/Hello-World',
      [TAGS.runId]: '4242',
      [TAGS.runAttempt]: '1',
      [TAGS.job]: 'gpu-start',
      [TAGS.runner]: name,
      [TAGS.expiresAt]: '2026-12-07T13:30:00.000Z',
    };
    expect(input.TagSpecifications!.map((t) => t.ResourceType)).toEqual(['instance', 'volume']);
    for (const spec of input.TagSpecifications!) expect(Object.fromEntries(spec.Tags!.map((t) => [t.Key, t.Value]))).toEqual(expected);
    const userData = Buffer.from(input.UserData!, 'base64').toString('utf8');
    const lines = userData.split('\n');
    expect(lines[0]).toBe('#!/bin/bash');
    expect(lines[2]).toMatch(/^shutdown -h \+90 /);
    const jit = Buffer.from('jit-config-for-100-SECRET').toString('base64');
    expect(userData).toContain(`./run.sh --jitconfig '${jit}'`);
    expect(lines.at(-2)).toBe('shutdown -h now');

    // The JIT config is masked before anything else could print it, and never printed in the clear.
    expect(s.log()).toContain(`::add-mask::${jit}`);
    expect(s.log().split(`::add-mask::${jit}`).join('')).not.toContain(jit);
    expect(s.log().split('::add-mask::ghp_admintoken').join('')).not.toContain('ghp_admintoken');

    expect(github.calls).toContain('POST /actions/runners/generate-jitconfig');
    expect(s.outputs()).toMatchObject({ enabled: 'true', run: 'true', 'runs-on': JSON.stringify([name]), 'instance-id': 'i-0aaaabbbbccccdddd', 'runner-name': name });
    expect(s.outputs().reason).toMatch(/^Open: push on the branch "master" of Codertocat\/Hello-World; the GPU job runs on \[aswf-gpu-4242-1-gpu-start-abc123\]/);
    expect(s.state()).toMatchObject({ 'instance-id': 'i-0aaaabbbbccccdddd', 'runner-id': '100', 'handed-over': 'true' });
    expect(s.summary()).toContain('GPU runner (EC2)');
    expect(mock.commandCalls(TerminateInstancesCommand)).toHaveLength(0);
  });

  it('a runner that never comes online: the instance is terminated and the runner removed, one clear error', async () => {
    ec2Answers();
    github.onlineAfter = undefined;
    let clock = NOW.getTime();
    const s = stepFor('push', branchPush, { ...START, 'wait-minutes': '2' });
    await expect(runGpu(s.step, { ...deps(), now: () => new Date((clock += 30_000)) })).rejects.toThrow(new UserError('The runner aswf-gpu-4242-1-gpu-start-abc123 was not online after 2 min (wait-minutes).'));
    expect(mock.commandCalls(TerminateInstancesCommand).map((c) => c.args[0].input.InstanceIds)).toEqual([['i-0aaaabbbbccccdddd']]);
    expect(github.runners.size).toBe(0);
    expect(s.state()['handed-over']).toBeUndefined();
  });

  it('a 502 from GitHub is retried (the release client\'s retry policy); a 403 is one line naming the permission', async () => {
    ec2Answers();
    github.failures.push({ match: /^POST \/actions\/runners\/generate-jitconfig$/, status: 502 });
    const s = stepFor('push', branchPush, START);
    await runGpu(s.step, deps());
    expect(github.calls.filter((c) => c.startsWith('POST'))).toHaveLength(2);
    expect(s.outputs().enabled).toBe('true');

    mock.reset();
    ec2Answers();
    github.failures.push({ match: /^POST \/actions\/runners\/generate-jitconfig$/, status: 403 });
    const denied = stepFor('push', branchPush, START);
    await expect(runGpu(denied.step, deps())).rejects.toThrow(/^Creating the just-in-time runner failed: HTTP 403 Server Error\. The github-token needs the repository's Administration permission \(write\)/);
  });

  it('an instance that ends before its runner is online fails the start at once; one not listed yet is waited for', async () => {
    let describes = 0;
    mock.on(RunInstancesCommand).resolves({ Instances: [sdkInstance('i-0aaaabbbbccccdddd', {}, 'pending')] });
    // First: no instance of the run (max-instances), then not listed yet (eventual consistency), then shutting down.
    mock.on(DescribeInstancesCommand).callsFake(() => {
      describes++;
      if (describes < 3) return { Reservations: [] };
      return { Reservations: [{ Instances: [sdkInstance('i-0aaaabbbbccccdddd', { [TAGS.marker]: 'true', [TAGS.runner]: 'aswf-gpu-4242-1-gpu-start-abc123' }, 'shutting-down')] }] };
    });
    mock.on(TerminateInstancesCommand).resolves({});
    github.onlineAfter = undefined;
    const s = stepFor('push', branchPush, START);
    await expect(runGpu(s.step, deps())).rejects.toThrow('Instance i-0aaaabbbbccccdddd is shutting-down before its runner came online (check the AMI: the runner must be in /opt/actions-runner, run by runner).');
    expect(describes).toBe(3);
    expect(mock.commandCalls(TerminateInstancesCommand)).toHaveLength(1);
    expect(github.runners.size).toBe(0);
  });

  it('max-instances: a run that already has its instances starts nothing more', async () => {
    mock.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [sdkInstance('i-0000000000000001', { [TAGS.marker]: 'true', [TAGS.repository]: 'Codertocat/Hello-World', [TAGS.runId]: '4242' })] }] });
    const s = stepFor('push', branchPush, START);
    await expect(runGpu(s.step, deps())).rejects.toThrow(/already has 1 GPU instance\(s\) \(i-0000000000000001\), and max-instances is 1/);
    expect(mock.commandCalls(RunInstancesCommand)).toHaveLength(0);
    expect(github.calls).toEqual([]);
  });

  it.each([
    ['instance-type', 'p5.48xlarge', /expected one of the allowed instance types \(instance-types\): g4dn.xlarge/],
    ['image-id', 'ubuntu', /Input 'image-id' has an invalid value "ubuntu"/],
    ['max-minutes', '100000', /Input 'max-minutes' has an invalid value "100000": expected a whole number from 5 to 1440/],
    ['aws-region', 'mars\n::warning::x', /Input 'aws-region' has an invalid value "mars\\n::warning::x"/],
    ['provider', 'gcp', /expected one of ec2, codebuild/],
  ])('bad %s %j: one input error, nothing called', async (name, value, message) => {
    const s = stepFor('push', branchPush, { ...START, [name]: value });
    const run = runGpu(s.step, deps());
    await expect(run).rejects.toThrow(InputError);
    await expect(runGpu(stepFor('push', branchPush, { ...START, [name]: value }).step, deps())).rejects.toThrow(message);
    expect(mock.calls()).toHaveLength(0);
    expect(github.calls).toEqual([]);
  });

  it('an instance type outside a custom instance-types allow-list is refused', async () => {
    const s = stepFor('push', branchPush, { ...START, 'instance-types': 'g4dn.xlarge', 'instance-type': 'g6.xlarge' });
    await expect(runGpu(s.step, deps())).rejects.toThrow("Input 'instance-type' has an invalid value \"g6.xlarge\": expected one of the allowed instance types (instance-types): g4dn.xlarge.");
  });
});

describe('every closed gate case starts nothing: zero EC2 calls, zero GitHub calls', () => {
  const pr = examples('pull_request');
  const forkPush = copy(branchPush);
  forkPush.repository.fork = true;
  forkPush.repository.full_name = 'someone/Hello-World';
  const queuePush = copy(branchPush);
  queuePush.ref = 'refs/heads/gh-readonly-queue/master/pr-2-ec26c3e57ca3a959ca5aad62de7213c562f8c821';
  const otherBranch = copy(branchPush);
  otherBranch.ref = 'refs/heads/feature/x';
  const forkPr = copy(pr.find((p) => p.action === 'opened')!);
  forkPr.pull_request.head.repo.full_name = 'attacker/Hello-World';
  forkPr.pull_request.head.ref = 'master';
  const cases: [string, string, Payload, Record<string, string>][] = [
    ...pr.map((p, i): [string, string, Payload, Record<string, string>] => [`pull_request ${p.action} #${i}`, 'pull_request', p, {}]),
    ['fork pull_request named master', 'pull_request', forkPr, { branches: 'master' }],
    ['pull_request_target without approval-label', 'pull_request_target', pr.find((p) => p.action === 'labeled')!, {}],
    ['pull_request_target synchronize with approval-label', 'pull_request_target', pr.find((p) => p.action === 'synchronize')!, { 'approval-label': 'bug' }],
    ...examples('merge_group').map((p, i): [string, string, Payload, Record<string, string>] => [`merge_group #${i}`, 'merge_group', p, { branches: '**' }]),
    ...examples('workflow_run').map((p, i): [string, string, Payload, Record<string, string>] => [`workflow_run #${i}`, 'workflow_run', p, {}]),
    ...examples('issue_comment').slice(0, 3).map((p, i): [string, string, Payload, Record<string, string>] => [`issue_comment #${i}`, 'issue_comment', p, {}]),
    ['push in a fork', 'push', forkPush, {}],
    ['push to a merge queue branch', 'push', queuePush, { branches: '**' }],
    ['push to an excluded branch', 'push', otherBranch, { branches: '**\n!feature/*' }],
  ];
  it.each(cases)('%s', async (_what, event, payload, extra) => {
    const s = stepFor(event, payload, { ...START, ...extra });
    await runGpu(s.step, deps());
    expect(s.outputs()).toMatchObject({ enabled: 'false', run: 'false', 'runs-on': '', 'instance-id': '' });
    expect(mock.calls()).toHaveLength(0);
    expect(github.calls).toEqual([]);
  });
});

describe('the approval rule through the step (GitHub asked over HTTP)', () => {
  const labeled = copy(examples('pull_request').find((p) => p.action === 'labeled')!);
  labeled.label.name = 'gpu-ok';
  labeled.pull_request.labels = [labeled.label];

  it('approved by a writer: the gate opens and outputs the labelled commit', async () => {
    github.permissions.set('Codertocat', 'write');
    github.pulls.set(2, labeled.pull_request);
    const s = stepFor('pull_request_target', labeled, { 'approval-label': 'gpu-ok', 'runner-ephemeral': 'true', 'github-token': 'ghs_x' });
    await runGpu(s.step, deps());
    expect(s.outputs()).toMatchObject({ enabled: 'true', sha: labeled.pull_request.head.sha, 'pull-request': '2' });
    expect(github.calls).toEqual(['GET /collaborators/Codertocat/permission', 'GET /pulls/2']);
  });

  it('a push after labelling (GitHub reports another head) closes it', async () => {
    github.permissions.set('Codertocat', 'admin');
    github.pulls.set(2, { ...labeled.pull_request, head: { ...labeled.pull_request.head, sha: '1'.repeat(40) } });
    const s = stepFor('pull_request_target', labeled, { 'approval-label': 'gpu-ok', 'runner-ephemeral': 'true', 'github-token': 'ghs_x' });
    await runGpu(s.step, deps());
    expect(s.outputs()).toMatchObject({ enabled: 'false', sha: '' });
    expect(s.outputs().reason).toMatch(/pushed to after it was labelled/);
  });

  it('GitHub failing when asked (after retries): closed, with the cause in the reason', async () => {
    github.pulls.set(2, labeled.pull_request);
    for (let i = 0; i < 4; i++) github.failures.push({ match: /permission$/, status: 502 });
    const s = stepFor('pull_request_target', labeled, { 'approval-label': 'gpu-ok', 'runner-ephemeral': 'true', 'github-token': 'ghs_x' });
    await runGpu(s.step, deps());
    expect(s.outputs()).toMatchObject({ enabled: 'false', sha: '' });
    expect(s.outputs().reason).toBe('Closed: checking the approval with GitHub failed: HTTP 502 Server Error.');
  });

  it('labelled by a triage user, in mode start: nothing is started', async () => {
    github.permissions.set('Codertocat', 'read');
    github.pulls.set(2, labeled.pull_request);
    const s = stepFor('pull_request_target', labeled, { ...START, 'approval-label': 'gpu-ok' });
    await runGpu(s.step, deps());
    expect(s.outputs()).toMatchObject({ enabled: 'false', 'instance-id': '' });
    expect(mock.calls()).toHaveLength(0);
    expect(github.calls.filter((c) => c.includes('runners'))).toEqual([]);
  });
});

describe('provider codebuild', () => {
  it('runs-on is the CodeBuild runner label with image and instance size; no EC2 call', async () => {
    const s = stepFor('push', branchPush, { mode: 'start', provider: 'codebuild', 'codebuild-project': 'OpenColorIO', 'codebuild-image': 'custom-linux-aswf/ci-ocio:2025', 'codebuild-instance-size': 'gpu_small' });
    await runGpu(s.step, deps());
    expect(JSON.parse(s.outputs()['runs-on']!)).toEqual(['codebuild-OpenColorIO-4242-1', 'image:custom-linux-aswf/ci-ocio:2025', 'instance-size:gpu_small']);
    expect(mock.calls()).toHaveLength(0);
    expect(github.calls).toEqual([]);
  });

  it('a bad instance size is one input error', async () => {
    const s = stepFor('push', branchPush, { mode: 'start', provider: 'codebuild', 'codebuild-project': 'OCIO', 'codebuild-instance-size': 'huge' });
    await expect(runGpu(s.step, deps())).rejects.toThrow("Input 'codebuild-instance-size' has an invalid value \"huge\": expected one of small, medium, large, xlarge, 2xlarge, gpu_small, gpu_large.");
  });
});

describe('post step of start', () => {
  it('terminates what the main step started and did not hand over (failed or cancelled)', async () => {
    mock.on(TerminateInstancesCommand).resolves({});
    github.runners.set(7, { id: 7, name: 'aswf-gpu-4242-1-gpu-start-abc123', os: 'unknown', status: 'offline', busy: false, labels: [] });
    const s = stepFor('push', branchPush, START, { 'STATE_instance-id': 'i-0aaaabbbbccccdddd', 'STATE_runner-id': '7' });
    await postGpu(s.step, deps());
    expect(mock.commandCalls(TerminateInstancesCommand).map((c) => c.args[0].input.InstanceIds)).toEqual([['i-0aaaabbbbccccdddd']]);
    expect(github.runners.size).toBe(0);
    expect(s.log()).toContain('Terminated instance i-0aaaabbbbccccdddd.');
  });

  it('does nothing once the runner was handed over, and nothing in other modes', async () => {
    const s = stepFor('push', branchPush, START, { 'STATE_instance-id': 'i-0aaaabbbbccccdddd', 'STATE_handed-over': 'true' });
    await postGpu(s.step, deps());
    await postGpu(stepFor('push', branchPush, { mode: 'gate' }).step, deps());
    expect(mock.calls()).toHaveLength(0);
  });

  it('a failing AWS call in the post step warns and does not fail the job', async () => {
    mock.on(TerminateInstancesCommand).rejects(Object.assign(new Error('Request limit exceeded.'), { name: 'RequestLimitExceeded' }));
    const s = stepFor('push', branchPush, START, { 'STATE_instance-id': 'i-0aaaabbbbccccdddd' });
    await postGpu(s.step, deps());
    expect(s.log()).toMatch(/::warning::Terminating instance i-0aaaabbbbccccdddd failed \(Request limit exceeded.\); the stop job or the reaper will find it by its tags./);
  });
});

describe('stop', () => {
  it('terminates the run\'s instances found by tag and removes its runners; a second stop finds nothing and succeeds', async () => {
    const tags = { [TAGS.marker]: 'true', [TAGS.repository]: 'Codertocat/Hello-World', [TAGS.runId]: '4242' };
    mock.on(DescribeInstancesCommand).resolvesOnce({ Reservations: [{ Instances: [sdkInstance('i-0000000000000001', tags)] }] }).resolves({ Reservations: [] });
    mock.on(TerminateInstancesCommand).resolves({});
    github.runners.set(7, { id: 7, name: 'aswf-gpu-4242-1-gpu-start-abc123', os: 'unknown', status: 'offline', busy: false, labels: [] });
    github.runners.set(8, { id: 8, name: 'aswf-gpu-999-1-gpu-start-abc123', os: 'unknown', status: 'offline', busy: false, labels: [] });
    github.runners.set(9, { id: 9, name: 'my-own-runner', os: 'linux', status: 'offline', busy: false, labels: [] });
    const first = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await runGpu(first.step, deps());
    const filters = mock.commandCalls(DescribeInstancesCommand)[0]!.args[0].input.Filters!;
    expect(filters).toEqual(expect.arrayContaining([{ Name: `tag:${TAGS.runId}`, Values: ['4242'] }, { Name: `tag:${TAGS.repository}`, Values: ['Codertocat/Hello-World'] }]));
    expect(mock.commandCalls(TerminateInstancesCommand).map((c) => c.args[0].input.InstanceIds)).toEqual([['i-0000000000000001']]);
    expect([...github.runners.keys()]).toEqual([8, 9]);
    expect(first.outputs().terminated).toBe('i-0000000000000001');

    const second = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await runGpu(second.step, deps());
    expect(second.log()).toContain('No instance of run 4242 is left to terminate.');
    expect(mock.commandCalls(TerminateInstancesCommand)).toHaveLength(1);
  });

  it.each([
    ['a fork pull request', 'pull_request', examples('pull_request').find((p) => p.action === 'opened')!],
    ['a merge queue run', 'merge_group', examples('merge_group')[0]!],
    ['a push in a fork', 'push', { ...copy(branchPush), repository: { ...branchPush.repository, fork: true, full_name: 'someone/Hello-World' } }],
  ])('in %s (start cannot have opened, and there are no AWS credentials) stop calls nothing and succeeds', async (_what, event, payload) => {
    const s = stepFor(event, payload, { mode: 'stop', 'aws-region': 'us-east-1', 'aws-role-arn': 'arn:aws:iam::123456789012:role/gpu-runner', 'github-token': 'ghp_x' });
    await runGpu(s.step, { fetch: github.fetch as typeof fetch });
    expect(s.log()).toMatch(/^Nothing to stop: start cannot have started anything in this run\. Closed: /);
    expect(s.outputs().terminated).toBe('');
    expect(github.calls).toEqual([]);
  });

  it('a github-token with a line break is one input error that does not show it', async () => {
    mock.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    const s = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_sec\nret' });
    await runGpu(s.step, deps());
    expect(s.log()).toMatch(/::warning::Removing this run's runners from GitHub failed \(Input 'github-token' has an invalid value "\*\*\*": expected a GitHub token/);
    expect(s.log()).not.toContain('ret');
  });

  it('EC2 unreachable: one clear line naming what failed, no stack', async () => {
    const down = new EC2Client({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', maxAttempts: 1, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const s = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await expect(runGpu(s.step, { ...deps(), ec2: down })).rejects.toThrow(new UserError('mode stop failed: connect ECONNREFUSED 127.0.0.1:9.'));
  });

  it('an EC2 refusal is one line with its AWS error name', async () => {
    mock.on(DescribeInstancesCommand).rejects(Object.assign(new Error('You are not authorized to perform this operation.'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } }));
    const s = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await expect(runGpu(s.step, deps())).rejects.toThrow(new UserError('mode stop failed: UnauthorizedOperation: You are not authorized to perform this operation.'));
  });

  it('an instance EC2 no longer knows does not stop the others from being terminated', async () => {
    const tags = { [TAGS.marker]: 'true', [TAGS.repository]: 'Codertocat/Hello-World', [TAGS.runId]: '4242' };
    mock.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [sdkInstance('i-0000000000000001', tags), sdkInstance('i-0000000000000002', tags)] }] });
    const notFound = Object.assign(new Error("The instance ID 'i-0000000000000001' does not exist"), { name: 'InvalidInstanceID.NotFound', $metadata: {} });
    mock.on(TerminateInstancesCommand).callsFake((input: { InstanceIds: string[] }) => {
      if (input.InstanceIds.includes('i-0000000000000001')) throw notFound;
      return {};
    });
    const s = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await runGpu(s.step, deps());
    expect(s.outputs().terminated).toBe('i-0000000000000002');
  });

  it('a token that cannot manage runners: instances are still terminated, a warning names the cause', async () => {
    mock.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    github.failures.push({ match: /GET \/actions\/runners$/, status: 403 });
    const s = stepFor('push', branchPush, { mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghs_x' });
    await runGpu(s.step, deps());
    expect(s.log()).toMatch(/::warning::Removing this run's runners from GitHub failed \(HTTP 403/);
  });
});

describe('reap: decision table over instance, run and runner states', () => {
  const inst = (id: string, runId: string, expires: string, runner = `aswf-gpu-${runId}-1-j-${id}`, state = 'running'): Instance => ({
    id,
    state,
    tags: { [TAGS.marker]: 'true', [TAGS.runId]: runId, [TAGS.expiresAt]: expires, [TAGS.runner]: runner },
  });
  const later = '2026-12-07T13:00:00.000Z';
  const earlier = '2026-12-07T11:00:00.000Z';
  const runs = new Map<string, RunLookup>([
    ['1', { status: 'in_progress', conclusion: null }],
    ['2', { status: 'completed', conclusion: 'cancelled' }],
    ['3', 'missing'],
    ['4', { error: 'HTTP 502' }],
    ['5', { status: 'queued', conclusion: null }],
  ]);
  const table: [string, Instance, boolean, RegExp][] = [
    ['run in progress, time left', inst('i-1', '1', later), false, /is in_progress, and it has time until/],
    ['run in progress, expired', inst('i-2', '1', earlier), true, /expired at 2026-12-07T11:00:00.000Z/],
    ['run completed (cancelled), time left', inst('i-3', '2', later), true, /has completed \(cancelled\)/],
    ['run deleted', inst('i-4', '3', later), true, /no longer exists/],
    ['run unreadable, time left', inst('i-5', '4', later), false, /could not be read \(HTTP 502\)/],
    ['run unreadable, expired', inst('i-6', '4', earlier), true, /expired/],
    ['no expiry tag', { ...inst('i-7', '1', later), tags: { [TAGS.marker]: 'true', [TAGS.runId]: '1' } }, true, /expiry tag is missing/],
    ['stopped instance of a completed run', inst('i-8', '2', later, undefined, 'stopped'), true, /has completed/],
    ['queued run (instance booting)', inst('i-9', '5', later), false, /is queued/],
  ];
  it.each(table.map(([what, instance, terminate, why]) => [what, terminate, instance, why] as const))('%s → terminate: %s', (_what, terminate, instance, why) => {
    const plan = decideReap([instance], runs, [], NOW);
    expect(plan.instances[0]).toMatchObject({ terminate, why: expect.stringMatching(why) });
  });

  const runner = (id: number, name: string, status: string, busy = false): Runner => ({ id, name, status, busy });
  it.each(([
    ['offline with the prefix, no instance', runner(1, 'aswf-gpu-7-1-j-x', 'offline'), true],
    ['online with the prefix', runner(2, 'aswf-gpu-7-1-j-y', 'online'), false],
    ['offline without the prefix (someone else\'s)', runner(3, 'gpu-box', 'offline'), false],
    ['offline, but its instance is kept (still booting)', runner(4, 'aswf-gpu-5-1-j-i-9', 'offline'), false],
    ['offline, its instance is being terminated', runner(5, 'aswf-gpu-2-1-j-i-3', 'offline'), true],
    ['offline and busy', runner(6, 'aswf-gpu-7-1-j-z', 'offline', true), false],
  ] as [string, Runner, boolean][]).map(([what, r, removed]) => [what, removed, r] as const))('runner %s → removed: %s', (_what, removed, r) => {
    const plan = decideReap([inst('i-9', '5', later), inst('i-3', '2', later)], runs, [r], NOW);
    expect(plan.runners.map((x) => x.runner.id)).toEqual(removed ? [r.id] : []);
  });

  it('the reap step terminates exactly the expired/finished ones, removes stale runners, and dry-run changes nothing', async () => {
    const tags = (runId: string, expires: string) => ({ [TAGS.marker]: 'true', [TAGS.repository]: 'Codertocat/Hello-World', [TAGS.runId]: runId, [TAGS.expiresAt]: expires, [TAGS.runner]: `aswf-gpu-${runId}-1-j-r` });
    mock.on(DescribeInstancesCommand).resolves({
      Reservations: [{ Instances: [sdkInstance('i-0000000000000001', tags('1', later)), sdkInstance('i-0000000000000002', tags('2', later)), sdkInstance('i-0000000000000003', tags('1', earlier))] }],
    });
    mock.on(TerminateInstancesCommand).resolves({});
    github.runs.set(1, { status: 'in_progress', conclusion: null });
    github.runs.set(2, { status: 'completed', conclusion: 'success' });
    github.runners.set(11, { id: 11, name: 'aswf-gpu-2-1-j-r', os: 'unknown', status: 'offline', busy: false, labels: [] });
    github.runners.set(12, { id: 12, name: 'aswf-gpu-1-1-j-r', os: 'unknown', status: 'offline', busy: false, labels: [] });

    const dry = stepFor('schedule', { repository: branchPush.repository }, { mode: 'reap', 'aws-region': 'us-east-1', 'github-token': 'ghp_x', 'dry-run': 'true' });
    await runGpu(dry.step, deps());
    expect(mock.commandCalls(TerminateInstancesCommand)).toHaveLength(0);
    expect(github.runners.size).toBe(2);
    expect(dry.summary()).toContain('would terminate');

    const s = stepFor('schedule', { repository: branchPush.repository }, { mode: 'reap', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await runGpu(s.step, deps());
    expect(mock.commandCalls(TerminateInstancesCommand).map((c) => c.args[0].input.InstanceIds)).toEqual([['i-0000000000000002', 'i-0000000000000003']]);
    expect([...github.runners.keys()]).toEqual([12]);
    expect(s.outputs()).toMatchObject({ terminated: 'i-0000000000000002,i-0000000000000003', 'runners-removed': 'aswf-gpu-2-1-j-r' });
    expect(s.summary()).toMatch(/\| i-0000000000000001 \| 1 \| running \| kept \|/);
  });
});

describe('the user data script', () => {
  const jit = Buffer.from('config').toString('base64');
  it('as a user: the time limit first, the metadata service blocked for that user, the runner, then power off', () => {
    const lines = userDataScript({ maxMinutes: 45, jitConfig: jit, runnerDir: '/opt/actions-runner', runnerUser: 'runner' }).split('\n');
    expect(lines[2]).toBe("shutdown -h +45 'aswf-ci-actions/gpu: max-minutes reached'");
    expect(lines.join('\n')).toContain("iptables -I OUTPUT -d 169.254.169.254 -m owner --uid-owner 'runner' -j REJECT");
    expect(lines.join('\n')).toContain(`su 'runner' -c "./run.sh --jitconfig '${jit}'"`);
    expect(lines.at(-2)).toBe('shutdown -h now');
  });

  it('as root: RUNNER_ALLOW_RUNASROOT; nothing that is not base64 or a plain path/user reaches the script', () => {
    expect(userDataScript({ maxMinutes: 5, jitConfig: jit, runnerDir: '/runner', runnerUser: 'root' })).toContain(`RUNNER_ALLOW_RUNASROOT=1 ./run.sh --jitconfig '${jit}'`);
    expect(() => userDataScript({ maxMinutes: 5, jitConfig: "x'; reboot #", runnerDir: '/runner', runnerUser: 'root' })).toThrow('not base64');
    expect(() => userDataScript({ maxMinutes: 5, jitConfig: jit, runnerDir: "/r'x", runnerUser: 'root' })).toThrow('bad runner-dir');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as netServer } from 'node:net';
import { join } from 'node:path';
import { Env } from '../../src/common/inputs.js';
import { launch, TAGS } from '../../src/gpu/ec2.js';
import { runGpu } from '../../src/gpu/main.js';
import { makeStep } from '../helpers/runner.js';
import { FakeGitHub } from './github-fake.js';

// start → (cancelled) → stop → reap against a real EC2 API emulator, moto_server (moto 5, from the machine's Python),
// on loopback at a random port, killed afterwards. GitHub is the HTTP-boundary fake. Without moto_server this suite
// says so loudly and skips; the SDK-boundary tests in ondemand.test.ts still run.
const haveMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
if (!haveMoto) console.warn('\n\n*** moto_server is NOT on this machine: the EC2 emulator tests (start → stop → reap on loopback) are SKIPPED. ***\n\n');
const suite = haveMoto ? describe : describe.skip;

const AMI = 'ami-12c6146b'; // one of moto's built-in images
const REPO = 'Codertocat/Hello-World';
const repository = { full_name: REPO, fork: false, default_branch: 'master', owner: { login: 'Codertocat' } };

async function freePort(): Promise<number> {
  const srv = netServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

suite('EC2 through a real emulator (moto_server on loopback)', () => {
  let moto: ChildProcess;
  let endpoint: string;
  let ec2: EC2Client;

  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${endpoint}/moto-api/`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    ec2 = new EC2Client({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  });
  afterAll(() => {
    if (moto?.pid) process.kill(moto.pid);
  });

  const state = async (id: string) => {
    const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    return out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
  };
  const stepFor = (inputs: Record<string, string>, extra: Env = {}) => {
    const s = makeStep(inputs, { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master', GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'gpu', ...extra });
    s.env.GITHUB_EVENT_PATH = join(s.dir, 'event.json');
    writeFileSync(s.env.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/master', deleted: false, repository }));
    return s;
  };

  it('a start cancelled after RunInstances is cleaned up by stop (found by tag, outputs empty); stop twice is fine; reap terminates exactly the expired/finished', async () => {
    const github = new FakeGitHub();
    github.onlineAfter = undefined; // the runner never comes online: the start job is "cancelled" while waiting
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const start = stepFor({ mode: 'start', 'image-id': AMI, 'instance-type': 'g4dn.xlarge', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    const started = runGpu(start.step, { ec2, fetch: github.fetch as typeof fetch, sleep: () => hold, pollMs: 1 });

    // Wait until the instance exists, as the cancelled job left it.
    let instanceId = '';
    for (let i = 0; i < 100 && !instanceId; i++) {
      const out = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: `tag:${TAGS.runId}`, Values: ['4242'] }] }));
      instanceId = out.Reservations?.[0]?.Instances?.[0]?.InstanceId ?? '';
      if (!instanceId) await new Promise((r) => setTimeout(r, 50));
    }
    expect(instanceId).toMatch(/^i-/);
    expect(await state(instanceId)).toBe('running');
    const tagged = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations![0]!.Instances![0]!;
    const tags = Object.fromEntries(tagged.Tags!.map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({ [TAGS.repository]: REPO, [TAGS.runId]: '4242', [TAGS.runAttempt]: '1', [TAGS.job]: 'gpu' });
    expect(github.runners.size).toBe(1);

    // The stop job: no outputs from start; it finds the instance by its tags.
    const stop = stepFor({ mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' }, { GITHUB_JOB: 'gpu-stop' });
    await runGpu(stop.step, { ec2, fetch: github.fetch as typeof fetch });
    expect(['shutting-down', 'terminated']).toContain(await state(instanceId));
    expect(stop.outputs().terminated).toBe(instanceId);
    expect(github.runners.size).toBe(0);

    const again = stepFor({ mode: 'stop', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' });
    await runGpu(again.step, { ec2, fetch: github.fetch as typeof fetch });
    expect(again.log()).toContain('No instance of run 4242 is left to terminate.');
    expect(again.outputs().terminated).toBe('');

    // Let the abandoned start finish (its runner "comes online"), so nothing of it outlives the test.
    github.onlineAfter = 0;
    release();
    await started.catch(() => undefined);

    // Reap: three instances of other runs.
    const now = new Date();
    const at = (min: number) => new Date(now.getTime() + min * 60_000).toISOString();
    const make = async (runId: string, expiresAt: string) =>
      (
        await launch(ec2, {
          imageId: AMI,
          instanceType: 'g4dn.xlarge',
          userData: '#!/bin/bash\n',
          clientToken: `reap-${runId}-${expiresAt}`,
          tags: { [TAGS.marker]: 'true', [TAGS.repository]: REPO, [TAGS.runId]: runId, [TAGS.expiresAt]: expiresAt, [TAGS.runner]: `aswf-gpu-${runId}-1-gpu-x` },
        })
      ).id;
    const going = await make('1', at(60));
    const expired = await make('1', at(-5));
    const finished = await make('2', at(60));
    const otherRepo = (
      await launch(ec2, { imageId: AMI, instanceType: 'g4dn.xlarge', userData: '', clientToken: 'other', tags: { [TAGS.marker]: 'true', [TAGS.repository]: 'other/repo', [TAGS.runId]: '2', [TAGS.expiresAt]: at(-5) } })
    ).id;
    github.runs.set(1, { status: 'in_progress', conclusion: null });
    github.runs.set(2, { status: 'completed', conclusion: 'cancelled' });
    const reap = stepFor({ mode: 'reap', 'aws-region': 'us-east-1', 'github-token': 'ghp_x' }, { GITHUB_EVENT_NAME: 'schedule' });
    await runGpu(reap.step, { ec2, fetch: github.fetch as typeof fetch });
    expect(await state(going)).toBe('running');
    expect(['shutting-down', 'terminated']).toContain(await state(expired));
    expect(['shutting-down', 'terminated']).toContain(await state(finished));
    expect(await state(otherRepo)).toBe('running'); // another repository's instance is not this reaper's
    expect(reap.outputs().terminated!.split(',').sort()).toEqual([expired, finished].sort());
  });

  it("OIDC: the workflow's token (audience sts.amazonaws.com) becomes role credentials through STS, masked, never on disk", async () => {
    const requests: string[] = [];
    const server: Server = createServer((req, res) => {
      requests.push(`${req.url} ${req.headers.authorization}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOkNvZGVydG9jYXQvSGVsbG8tV29ybGQ6cmVmOnJlZnMvaGVhZHMvbWFzdGVyIn0.c2ln' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
    const saved = { endpoint: process.env.AWS_ENDPOINT_URL, key: process.env.AWS_ACCESS_KEY_ID };
    process.env.AWS_ENDPOINT_URL = endpoint; // the SDK's own setting: STS and EC2 both go to the emulator
    delete process.env.AWS_ACCESS_KEY_ID;
    try {
      const github = new FakeGitHub();
      const s = stepFor(
        { mode: 'stop', 'aws-region': 'us-east-1', 'aws-role-arn': 'arn:aws:iam::123456789012:role/gpu-runner', 'github-token': 'ghp_x' },
        { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-bearer' },
      );
      await runGpu(s.step, { fetch: github.fetch as typeof fetch });
      expect(requests).toEqual(['/token?api-version=2.0&audience=sts.amazonaws.com Bearer runner-bearer']);
      expect(s.log()).toContain('::add-mask::eyJhbGciOiJSUzI1NiJ9.');
      expect(s.log()).toContain('No instance of run 4242 is left to terminate.');
    } finally {
      server.close();
      if (saved.endpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved.endpoint;
      if (saved.key !== undefined) process.env.AWS_ACCESS_KEY_ID = saved.key;
    }
  });
});

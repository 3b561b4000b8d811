import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DescribeInstancesCommand, EC2Client, RunInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runAction } from '../../src/common/step.js';
import { runGpu } from '../../src/gpu/main.js';
import { makeStep } from '../helpers/runner.js';
import { FakeGitHub } from './github-fake.js';

// Every input of gpu/action.yml, in each mode, given a value with CR/LF and a workflow command: the step ends with
// at most one clear error line, and no line of its output starts a workflow command it did not mean to.
const repo = fileURLToPath(new URL('../..', import.meta.url));
const inputs = Object.keys((parse(readFileSync(join(repo, 'gpu', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const require = createRequire(import.meta.url);
const catalog = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as { name: string; examples: Record<string, unknown>[] }[];
const push = catalog.find((e) => e.name === 'push')!.examples.find((p) => p.ref === 'refs/heads/master' && p.deleted === false)!;

const HOSTILE = 'x\r\n::warning::pwned\n::set-output name=enabled::true';
const BASE: Record<string, Record<string, string>> = {
  gate: {},
  start: { 'image-id': 'ami-0123456789abcdef0', 'aws-region': 'us-east-1', 'github-token': 'ghp_x', 'wait-minutes': '1' },
  stop: { 'aws-region': 'us-east-1', 'github-token': 'ghp_x' },
  reap: { 'aws-region': 'us-east-1', 'github-token': 'ghp_x' },
  detect: {},
};
/** The workflow commands a line of this action may start with. */
const ALLOWED = /^::(add-mask|error|warning|notice|group|endgroup|debug)( [^:]*)?::/;

let ec2: EC2Client;
let mock: ReturnType<typeof mockClient>;
beforeEach(() => {
  ec2 = new EC2Client({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  mock = mockClient(ec2);
  mock.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  mock.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-0aaaabbbbccccdddd', State: { Name: 'pending', Code: 0 } }] });
  mock.on(TerminateInstancesCommand).resolves({});
});
afterEach(() => mock.restore());

describe.each(Object.keys(BASE))('mode %s', (mode) => {
  it.each(inputs)('input %s', async (input) => {
    const values = { ...BASE[mode], mode, [input]: HOSTILE };
    const s = makeStep(values, { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_RUN_ID: '7', PATH: '/nonexistent' });
    s.env.GITHUB_EVENT_PATH = join(s.dir, 'event.json');
    writeFileSync(s.env.GITHUB_EVENT_PATH, JSON.stringify(push));
    const github = new FakeGitHub();
    const saved = process.exitCode;
    await runAction(s.step, (step) => runGpu(step, { ec2, fetch: github.fetch as typeof fetch, sleep: async () => undefined, pollMs: 1 }));
    process.exitCode = saved;
    const lines = s.log().split(/\r?\n|\r/);
    for (const line of lines) {
      const t = line.trimStart();
      if (t.startsWith('::')) expect(t).toMatch(ALLOWED);
      expect(t).not.toMatch(/^::warning::pwned/);
      expect(t).not.toMatch(/^##\[/);
    }
    expect(s.log()).not.toMatch(/Unexpected error/);
    expect(lines.filter((l) => l.startsWith('::error::')).length).toBeLessThanOrEqual(1);
    expect(Object.values(s.outputs()).join('\n')).not.toMatch(/pwned/);
  });
});

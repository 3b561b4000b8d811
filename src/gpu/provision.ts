import { randomBytes } from 'node:crypto';
import { InputError, UserError, errorMessage } from '../common/errors.js';
import { safe } from '../common/format.js';
import type { Env, Inputs } from '../common/inputs.js';
import { identityToken } from '../common/oidc.js';
import { describe } from '../release/github.js';
import type { Step } from '../common/step.js';
import { RUNNER_PREFIX, TAGS } from './ec2.js';
import type { Ec2, Instance } from './ec2.js';
import type { GpuGitHub, Runner, RunState } from './github.js';
import type { RunsOn } from './runner.js';

/**
 * GPU runners on demand: `start` (gate, then an EC2 instance with a just-in-time runner, or a CodeBuild label),
 * `stop` (this run's instances found by tag, and its runners) and `reap` (what outlived its run or its time).
 */

export const PROVIDERS = ['ec2', 'codebuild'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** GPU instance families a default allow-list holds (NVIDIA: g4dn T4, g5 A10G, g6 L4, g6e L40S, p3 V100, p4d A100, p5 H100). */
export const DEFAULT_INSTANCE_TYPES = ['g4dn.xlarge', 'g4dn.2xlarge', 'g5.xlarge', 'g5.2xlarge', 'g6.xlarge', 'g6.2xlarge', 'g6e.xlarge'];

/** CodeBuild runner instance sizes (the `instance-size:` label), GPU ones included. */
export const CODEBUILD_SIZES = ['small', 'medium', 'large', 'xlarge', '2xlarge', 'gpu_small', 'gpu_large'];

export interface Ec2Settings {
  region: string;
  roleArn?: string;
  instanceType: string;
  allowedTypes: string[];
  imageId: string;
  subnetId?: string;
  securityGroupIds: string[];
  iamInstanceProfile?: string;
  maxMinutes: number;
  maxInstances: number;
  waitMinutes: number;
  runnerDir: string;
  runnerUser: string;
  runnerGroupId: number;
}

export interface CodeBuildSettings {
  project: string;
  image?: string;
  instanceSize?: string;
}

/** The run this step belongs to (from the runner's variables). */
export interface RunContext {
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  job: string;
  apiUrl?: string;
}

export function runContext(env: Env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!owner || !repo || !/^\d+$/.test(runId)) throw new UserError('GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: modes start, stop and reap run in a GitHub Actions job.');
  const ctx: RunContext = {
    repository,
    owner,
    repo,
    runId,
    runAttempt: /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT! : '1',
    job: (env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 24) || 'job',
  };
  if (env.GITHUB_API_URL) ctx.apiUrl = env.GITHUB_API_URL;
  return ctx;
}

const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
const AMI = /^ami-[0-9a-f]{8,17}$/;

/** The EC2 inputs (errors name the input, the value and what is accepted). */
export function parseEc2Settings(inputs: Inputs, env: Env, needInstance: boolean): Ec2Settings {
  const region = inputs.optional('aws-region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new InputError('aws-region', region, 'an AWS region such as us-east-1 (or AWS_REGION in the environment)');
  }
  const roleArn = inputs.optional('aws-role-arn');
  if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleArn)) {
    throw new InputError('aws-role-arn', roleArn, 'the ARN of an IAM role, arn:aws:iam::<account>:role/<name>');
  }
  const allowedTypes = inputs.list('instance-types');
  for (const t of allowedTypes) if (!INSTANCE_TYPE.test(t)) throw new InputError('instance-types', t, 'EC2 instance types such as g6.xlarge, separated by commas or newlines');
  const allowed = allowedTypes.length ? allowedTypes : DEFAULT_INSTANCE_TYPES;
  const instanceType = inputs.string('instance-type', 'g6.xlarge');
  if (!INSTANCE_TYPE.test(instanceType) || !allowed.includes(instanceType)) {
    throw new InputError('instance-type', instanceType, `one of the allowed instance types (instance-types): ${allowed.join(', ')}`);
  }
  const imageId = inputs.optional('image-id') ?? '';
  if (needInstance && !AMI.test(imageId)) throw new InputError('image-id', imageId, 'an AMI id (ami-0123456789abcdef0) whose image has the GitHub Actions runner in runner-dir');
  const subnetId = inputs.optional('subnet-id');
  if (subnetId !== undefined && !/^subnet-[0-9a-f]{8,17}$/.test(subnetId)) throw new InputError('subnet-id', subnetId, 'a subnet id (subnet-0123456789abcdef0)');
  const securityGroupIds = inputs.list('security-group-ids');
  for (const g of securityGroupIds) if (!/^sg-[0-9a-f]{8,17}$/.test(g)) throw new InputError('security-group-ids', g, 'security group ids (sg-0123456789abcdef0), separated by commas');
  const iamInstanceProfile = inputs.optional('iam-instance-profile');
  if (iamInstanceProfile !== undefined && !/^(arn:aws[a-z-]*:iam::\d{12}:instance-profile\/)?[\w+=,.@/-]{1,128}$/.test(iamInstanceProfile)) {
    throw new InputError('iam-instance-profile', iamInstanceProfile, 'an instance profile name or ARN');
  }
  const runnerDir = inputs.string('runner-dir', '/opt/actions-runner');
  if (!/^\/[A-Za-z0-9._/-]*$/.test(runnerDir) || runnerDir.includes('..')) throw new InputError('runner-dir', runnerDir, 'an absolute path made of letters, digits, ".", "_", "-" and "/"');
  const runnerUser = inputs.string('runner-user', 'runner');
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(runnerUser)) throw new InputError('runner-user', runnerUser, 'a Linux user name (lower case letters, digits, "_" and "-")');
  const settings: Ec2Settings = {
    region,
    instanceType,
    allowedTypes: allowed,
    imageId,
    securityGroupIds,
    maxMinutes: inputs.int('max-minutes', 90, 5, 24 * 60),
    maxInstances: inputs.int('max-instances', 1, 1, 20),
    waitMinutes: inputs.int('wait-minutes', 10, 1, 60),
    runnerDir,
    runnerUser,
    runnerGroupId: inputs.int('runner-group-id', 1, 1),
  };
  if (roleArn !== undefined) settings.roleArn = roleArn;
  if (subnetId !== undefined) settings.subnetId = subnetId;
  if (iamInstanceProfile !== undefined) settings.iamInstanceProfile = iamInstanceProfile;
  return settings;
}

export function parseCodeBuildSettings(inputs: Inputs): CodeBuildSettings {
  const project = inputs.optional('codebuild-project') ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/.test(project)) throw new InputError('codebuild-project', project, 'the name of the CodeBuild project whose webhook serves the runner (letters, digits, "-" and "_")');
  const image = inputs.optional('codebuild-image');
  // eslint-disable-next-line no-control-regex
  if (image !== undefined && !/^[A-Za-z0-9][^\s,"'`$\\{}[\]\u0000-\u001f\u007f]{0,255}$/.test(image)) {
    throw new InputError('codebuild-image', image, 'a CodeBuild image label value, e.g. linux-5.0 or custom-linux-aswf/ci-ocio:2025');
  }
  const instanceSize = inputs.optional('codebuild-instance-size');
  if (instanceSize !== undefined && !CODEBUILD_SIZES.includes(instanceSize)) throw new InputError('codebuild-instance-size', instanceSize, `one of ${CODEBUILD_SIZES.join(', ')}`);
  const s: CodeBuildSettings = { project };
  if (image !== undefined) s.image = image;
  if (instanceSize !== undefined) s.instanceSize = instanceSize;
  return s;
}

/** The CodeBuild-hosted runner's labels: the project's webhook starts a build for `codebuild-<project>-<run id>-<attempt>`. */
export function codeBuildRunsOn(s: CodeBuildSettings, ctx: RunContext): RunsOn {
  const labels = [`codebuild-${s.project}-${ctx.runId}-${ctx.runAttempt}`];
  if (s.image) labels.push(`image:${s.image}`);
  if (s.instanceSize) labels.push(`instance-size:${s.instanceSize}`);
  return labels;
}

/** A unique runner name (and its one label): prefix, run, attempt, job, random suffix. */
export function runnerName(ctx: RunContext, random = randomBytes(3).toString('hex')): string {
  return `${RUNNER_PREFIX}${ctx.runId}-${ctx.runAttempt}-${ctx.job}-${random}`;
}

/** The tags of an instance started for this run. */
export function instanceTags(ctx: RunContext, runner: string, expiresAt: Date): Record<string, string> {
  return {
    Name: runner,
    [TAGS.marker]: 'true',
    [TAGS.repository]: ctx.repository,
    [TAGS.runId]: ctx.runId,
    [TAGS.runAttempt]: ctx.runAttempt,
    [TAGS.job]: ctx.job,
    [TAGS.runner]: runner,
    [TAGS.expiresAt]: expiresAt.toISOString(),
  };
}

/** What a reap decided for one instance. */
export interface ReapVerdict {
  instance: Instance;
  terminate: boolean;
  why: string;
}

/** A run's state as reap saw it: the run, `missing` (GitHub has no such run) or an error. */
export type RunLookup = RunState | 'missing' | { error: string };

/**
 * Reap's decision, pure: an instance is terminated when its expiry has passed (or is missing or unreadable), when
 * its workflow run has completed or no longer exists; it is kept while its run is going and it has time left, and
 * when the run could not be read (the next reap decides). Offline runners with this action's prefix are deleted
 * unless an instance that is kept carries their name (a runner is offline until its instance has booted).
 */
export function decideReap(
  instances: Instance[],
  runs: ReadonlyMap<string, RunLookup>,
  runners: Runner[],
  now: Date,
  prefix = RUNNER_PREFIX,
): { instances: ReapVerdict[]; runners: { runner: Runner; why: string }[] } {
  const verdicts = instances.map((instance): ReapVerdict => {
    const expires = Date.parse(instance.tags[TAGS.expiresAt] ?? '');
    if (!Number.isFinite(expires)) return { instance, terminate: true, why: 'its expiry tag is missing or unreadable' };
    if (expires <= now.getTime()) return { instance, terminate: true, why: `it expired at ${new Date(expires).toISOString()} (max-minutes)` };
    const runId = instance.tags[TAGS.runId] ?? '';
    const run = runs.get(runId);
    if (run === 'missing') return { instance, terminate: true, why: `its workflow run ${runId} no longer exists` };
    if (run === undefined) return { instance, terminate: false, why: 'its workflow run was not looked up' };
    if ('error' in run) return { instance, terminate: false, why: `its workflow run ${runId} could not be read (${run.error}); it expires at ${new Date(expires).toISOString()}` };
    if (run.status === 'completed') return { instance, terminate: true, why: `its workflow run ${runId} has completed (${run.conclusion ?? 'no conclusion'})` };
    return { instance, terminate: false, why: `its workflow run ${runId} is ${run.status}, and it has time until ${new Date(expires).toISOString()}` };
  });
  const kept = new Set(verdicts.filter((v) => !v.terminate).map((v) => v.instance.tags[TAGS.runner]).filter(Boolean));
  const doomed = new Set(verdicts.filter((v) => v.terminate).map((v) => v.instance.tags[TAGS.runner]).filter(Boolean));
  const stale = runners
    .filter((r) => r.name.startsWith(prefix) && r.status !== 'online' && !r.busy && !kept.has(r.name))
    .map((runner) => ({ runner, why: doomed.has(runner.name) ? 'offline, and its instance is being terminated' : 'offline, and no instance that is kept carries its name' }));
  return { instances: verdicts, runners: stale };
}

/** Dependencies, replaced by tests: the clients (else made from the inputs), the clock and sleep. */
export interface ProvisionDeps {
  ec2?: Ec2;
  github?: GpuGitHub;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Random suffix of the runner name. */
  random?: () => string;
  /** How often start asks GitHub whether the runner is online. */
  pollMs?: number;
}

/** An EC2 client for the settings: OIDC web identity to the role when aws-role-arn is set, else the SDK's default chain. */
export async function makeEc2(step: Step, s: Ec2Settings, ctx: RunContext): Promise<Ec2> {
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  if (!s.roleArn) return new EC2Client({ region: s.region, maxAttempts: 5 });
  const token = await identityToken(step.env, {
    audience: 'sts.amazonaws.com',
    purpose: 'aws-role-arn (OIDC to AWS)',
    recipient: 'AWS',
    alternative: "to the job, or give the AWS credentials through the environment (an earlier aws-actions/configure-aws-credentials step) and no aws-role-arn",
  })();
  step.setSecret(token);
  const { fromWebToken } = await import('@aws-sdk/credential-provider-web-identity');
  const credentials = fromWebToken({ roleArn: s.roleArn, webIdentityToken: token, roleSessionName: `aswf-gpu-${ctx.runId}-${ctx.runAttempt}`, clientConfig: { region: s.region } });
  return new EC2Client({ region: s.region, credentials, maxAttempts: 5 });
}

/** A GitHub client from the github-token input (the workflow's token by default). */
export async function makeGitHub(step: Step, ctx: RunContext, deps: ProvisionDeps): Promise<GpuGitHub> {
  if (deps.github) return deps.github;
  const token = step.inputs.optional('github-token') ?? '';
  if (!token) throw new InputError('github-token', '', "a token that may manage the repository's self-hosted runners (Administration: write)");
  // A token is printable ASCII; anything else would fail deep in an HTTP header. The value is never shown.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new InputError('github-token', '***', 'a GitHub token: printable ASCII characters without spaces or line breaks');
  step.setSecret(token);
  const { GpuGitHub, makeOctokit } = await import('./github.js');
  return new GpuGitHub(await makeOctokit(token, ctx.apiUrl, deps.fetch), ctx.owner, ctx.repo, { log: (m) => step.info(safe(m)), ...(deps.sleep ? { sleep: deps.sleep } : {}) });
}

/** A failure in one safe line: GitHub's answers as `HTTP <status> <message>`, AWS errors by their message. */
export const describeError = (err: unknown) => safe(typeof (err as { status?: unknown }).status === 'number' ? describe(err) : errorMessage(err));

/**
 * A failure of AWS, GitHub or the network as one clear line (a UserError) naming what failed; anything else (a bug)
 * is returned as it is, to be reported with its stack.
 */
export function asUserError(what: string, err: unknown): unknown {
  if (err instanceof UserError) return err;
  const e = err as { name?: unknown; $metadata?: unknown; status?: unknown; code?: unknown; syscall?: unknown };
  const aws = typeof e.$metadata === 'object' || e.name === 'CredentialsProviderError';
  const http = typeof e.status === 'number';
  const net = typeof e.code === 'string' && (typeof e.syscall === 'string' || /^E[A-Z]+$/.test(e.code));
  if (!aws && !http && !net) return err;
  let detail = describeError(err).replace(/^AWS SDK error wrapper for (Error: )?/, '');
  if (aws && typeof e.name === 'string' && !['Error', 'CredentialsProviderError'].includes(e.name) && !detail.includes(e.name)) detail = `${safe(e.name)}: ${detail}`;
  if (e.name === 'CredentialsProviderError') detail += ' (no AWS credentials: set aws-role-arn, with permissions: id-token: write, or configure them in an earlier step)';
  const message = `${what} failed: ${detail}`;
  return new UserError(message.endsWith('.') ? message : `${message}.`);
}


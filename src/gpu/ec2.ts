import type { EC2Client, Filter, Instance as SdkInstance, _InstanceType } from '@aws-sdk/client-ec2';

/**
 * The EC2 side of the gpu action, through the AWS SDK v3 (loaded only here, and only on the start/stop/reap paths).
 * Every instance it starts carries these tags, set in the same RunInstances call, so that stop and reap find it
 * even when the start job was cancelled before it could say what it started.
 */
export const TAGS = {
  /** Marks an instance as started by this action (value `true`). */
  marker: 'aswf-ci-actions:gpu',
  repository: 'aswf-ci-actions:repository',
  runId: 'aswf-ci-actions:run-id',
  runAttempt: 'aswf-ci-actions:run-attempt',
  job: 'aswf-ci-actions:job',
  runner: 'aswf-ci-actions:runner-name',
  /** ISO 8601 time after which the instance is past its max-minutes and the reaper terminates it. */
  expiresAt: 'aswf-ci-actions:expires-at',
} as const;

/** The runner names this action gives; `stop` and `reap` delete only runners whose names start with it. */
export const RUNNER_PREFIX = 'aswf-gpu-';

/** An instance as this action sees it. */
export interface Instance {
  id: string;
  state: string;
  type?: string;
  launchTime?: Date;
  tags: Record<string, string>;
}

/** The states of an instance that still costs money or may start again. */
export const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

export type Ec2 = Pick<EC2Client, 'send'>;

export interface LaunchSpec {
  imageId: string;
  instanceType: string;
  subnetId?: string;
  securityGroupIds?: string[];
  iamInstanceProfile?: string;
  /** The user data script (plain text: it is base64-encoded here). It holds the JIT config: never log it. */
  userData: string;
  tags: Record<string, string>;
  /** Idempotency token: a retried RunInstances with the same token starts nothing more (at most 64 characters). */
  clientToken: string;
}

function toInstance(i: SdkInstance): Instance {
  const tags: Record<string, string> = {};
  for (const t of i.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  const out: Instance = { id: i.InstanceId ?? '', state: i.State?.Name ?? 'unknown', tags };
  if (i.InstanceType) out.type = i.InstanceType;
  if (i.LaunchTime) out.launchTime = new Date(i.LaunchTime);
  return out;
}

/**
 * Starts one instance: tagged (instance and volumes) in the same call, `InstanceInitiatedShutdownBehavior=terminate`
 * so that the shutdown timer in its user data ends it for good, IMDSv2 only.
 */
export async function launch(ec2: Ec2, spec: LaunchSpec): Promise<Instance> {
  const { RunInstancesCommand } = await import('@aws-sdk/client-ec2');
  const Tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
  const out = await ec2.send(
    new RunInstancesCommand({
      ImageId: spec.imageId,
      InstanceType: spec.instanceType as _InstanceType,
      MinCount: 1,
      MaxCount: 1,
      ...(spec.subnetId ? { SubnetId: spec.subnetId } : {}),
      ...(spec.securityGroupIds?.length ? { SecurityGroupIds: spec.securityGroupIds } : {}),
      ...(spec.iamInstanceProfile ? { IamInstanceProfile: spec.iamInstanceProfile.startsWith('arn:') ? { Arn: spec.iamInstanceProfile } : { Name: spec.iamInstanceProfile } } : {}),
      UserData: Buffer.from(spec.userData, 'utf8').toString('base64'),
      InstanceInitiatedShutdownBehavior: 'terminate',
      // IMDSv2 only, one hop: containers of the job (a bridge network is a second hop) cannot read the user data.
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
      TagSpecifications: [
        { ResourceType: 'instance', Tags },
        { ResourceType: 'volume', Tags },
      ],
      ClientToken: spec.clientToken,
    }),
  );
  const started = out.Instances?.[0];
  if (!started?.InstanceId) throw new Error('RunInstances answered without an instance');
  return toInstance(started);
}

/** The instances this action tagged, matching `tags` exactly, in the given states (every page). */
export async function findTagged(ec2: Ec2, tags: Record<string, string>, states: string[] = LIVE_STATES): Promise<Instance[]> {
  const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  const Filters: Filter[] = [
    { Name: `tag:${TAGS.marker}`, Values: ['true'] },
    ...Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] })),
    { Name: 'instance-state-name', Values: states },
  ];
  const found: Instance[] = [];
  let NextToken: string | undefined;
  for (let page = 0; page < 100; page++) {
    const out = await ec2.send(new DescribeInstancesCommand({ Filters, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }));
    for (const r of out.Reservations ?? []) for (const i of r.Instances ?? []) found.push(toInstance(i));
    NextToken = out.NextToken;
    if (!NextToken) break;
  }
  // A filter is the server's promise; the tags are checked again here, so a lax emulator or API cannot widen it.
  return found.filter((i) => i.tags[TAGS.marker] === 'true' && Object.entries(tags).every(([k, v]) => i.tags[k] === v) && states.includes(i.state));
}

/** Terminates instances; ids EC2 no longer knows count as gone. Returns the ids it asked to terminate. */
export async function terminate(ec2: Ec2, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const { TerminateInstancesCommand } = await import('@aws-sdk/client-ec2');
  try {
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
    return ids;
  } catch (err) {
    if ((err as { name?: string }).name !== 'InvalidInstanceID.NotFound') throw err;
    if (ids.length === 1) return [];
    // One unknown id fails the whole call: ask for each alone.
    const done: string[] = [];
    for (const id of ids) done.push(...(await terminate(ec2, [id])));
    return done;
  }
}

/** The user data script: a hard time limit first, then the just-in-time runner, then power off (= terminate). */
export function userDataScript(options: { maxMinutes: number; jitConfig: string; runnerDir: string; runnerUser: string }): string {
  const { maxMinutes, jitConfig, runnerDir, runnerUser } = options;
  if (!/^[A-Za-z0-9+/=]+$/.test(jitConfig)) throw new Error('the JIT config is not base64');
  if (!/^\/[A-Za-z0-9._/-]*$/.test(runnerDir) || !/^[a-z_][a-z0-9_-]*$/.test(runnerUser)) throw new Error('bad runner-dir or runner-user');
  return [
    '#!/bin/bash',
    '# aswf-ci-actions/gpu: an ephemeral GitHub Actions runner. The instance ends itself (shutdown = terminate).',
    `shutdown -h +${maxMinutes} 'aswf-ci-actions/gpu: max-minutes reached'`,
    'set -u',
    // The job must not read this script (it holds the JIT config) back from the instance metadata service.
    `if command -v iptables >/dev/null && [ '${runnerUser}' != root ]; then iptables -I OUTPUT -d 169.254.169.254 -m owner --uid-owner '${runnerUser}' -j REJECT || true; fi`,
    `cd '${runnerDir}' || { shutdown -h now; exit 1; }`,
    `if [ '${runnerUser}' = root ]; then RUNNER_ALLOW_RUNASROOT=1 ./run.sh --jitconfig '${jitConfig}'; else su '${runnerUser}' -c "./run.sh --jitconfig '${jitConfig}'"; fi`,
    'shutdown -h now',
    '',
  ].join('\n');
}

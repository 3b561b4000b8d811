import { UserError } from '../common/errors.js';
import { readEvent } from '../common/event.js';
import { cell, safe, table } from '../common/format.js';
import type { Step } from '../common/step.js';
import { OPENABLE_EVENTS, decideGate, parseGateSettings } from './gate.js';
import { gateFacts, writeGateOutputs } from './gate-step.js';
import {
  Provider,
  PROVIDERS,
  ProvisionDeps,
  RunLookup,
  codeBuildRunsOn,
  decideReap,
  describeError,
  instanceTags,
  makeEc2,
  makeGitHub,
  parseCodeBuildSettings,
  parseEc2Settings,
  runContext,
  runnerName,
} from './provision.js';
import { describeRunsOn, runsOnJson } from './runner.js';
import { LIVE_STATES, RUNNER_PREFIX, TAGS } from './ec2.js';

const STATE_INSTANCE = 'instance-id';
const STATE_RUNNER = 'runner-id';
const STATE_HANDED_OVER = 'handed-over';

const provider = (step: Step): Provider => step.inputs.choice('provider', PROVIDERS, 'ec2');

/**
 * `mode: start`: the gate decides first; only when it opens does anything reach AWS or GitHub's runner API. EC2:
 * a just-in-time runner config, one instance tagged in the same call with this run and an expiry, a shutdown timer
 * and terminate-on-shutdown bounding its life to max-minutes; wait until the runner is online; hand over `runs-on`.
 * CodeBuild: the label only.
 */
export async function runStart(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  const which = provider(step);
  const settings = parseGateSettings(step.inputs);
  settings.ephemeral = true; // a just-in-time runner and a CodeBuild build each run one job
  const ctx = runContext(step.env);
  const ec2Settings = which === 'ec2' ? parseEc2Settings(step.inputs, step.env, true) : undefined;
  const codebuild = which === 'codebuild' ? parseCodeBuildSettings(step.inputs) : undefined;

  // The runner is known before the gate decides, so that its reason names where the GPU job runs.
  const name = runnerName(ctx, deps.random?.());
  settings.runner = codebuild ? codeBuildRunsOn(codebuild, ctx) : [name];

  const event = readEvent(step.env.GITHUB_EVENT_PATH);
  const facts = await gateFacts(step.env.GITHUB_EVENT_NAME, event, settings, () => makeGitHub(step, ctx, deps));
  const gate = decideGate(step.env.GITHUB_EVENT_NAME, event, step.env, settings, facts);
  if (!gate.enabled) {
    writeGateOutputs(step, gate, { 'instance-id': '', 'runner-name': '' });
    step.info(`Nothing is started: ${gate.reason}`);
    return;
  }

  if (codebuild) {
    const runsOn = settings.runner;
    writeGateOutputs(step, gate, { 'instance-id': '', 'runner-name': '' });
    step.info(`GPU job: runs on the CodeBuild-hosted runner ${describeRunsOn(runsOn)} (project ${codebuild.project}).`);
    step.summary(`### GPU runner (CodeBuild)\n\n${table(['', ''], [['Labels', cell(describeRunsOn(runsOn))], ['Reason', cell(gate.reason)]])}`);
    return;
  }

  const s = ec2Settings!;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const github = await makeGitHub(step, ctx, deps);
  const ec2 = deps.ec2 ?? (await makeEc2(step, s, ctx));
  const { findTagged, launch, terminate, userDataScript } = await import('./ec2.js');

  const running = await findTagged(ec2, { [TAGS.repository]: ctx.repository, [TAGS.runId]: ctx.runId }, ['pending', 'running']);
  if (running.length >= s.maxInstances) {
    throw new UserError(`This run already has ${running.length} GPU instance(s) (${running.map((i) => i.id).join(', ')}), and max-instances is ${s.maxInstances}: nothing more is started.`);
  }

  const jit = await github.jitConfig(name, [name], s.runnerGroupId);
  step.setSecret(jit.encoded);
  step.saveState(STATE_RUNNER, String(jit.runnerId));
  step.info(`Registered the just-in-time runner ${name} (id ${jit.runnerId}); its config is a credential and is masked.`);

  const started = now();
  const expiresAt = new Date(started.getTime() + s.maxMinutes * 60_000);
  let instanceId = '';
  const cleanUp = async (why: string) => {
    step.warning(`${why}: terminating what this step started.`);
    await stopStarted(step, ec2, github, instanceId, jit.runnerId, terminate);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanUp(`The step received ${signal}`).finally(() => process.exit(1));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const instance = await launch(ec2, {
      imageId: s.imageId,
      instanceType: s.instanceType,
      ...(s.subnetId ? { subnetId: s.subnetId } : {}),
      securityGroupIds: s.securityGroupIds,
      ...(s.iamInstanceProfile ? { iamInstanceProfile: s.iamInstanceProfile } : {}),
      userData: userDataScript({ maxMinutes: s.maxMinutes, jitConfig: jit.encoded, runnerDir: s.runnerDir, runnerUser: s.runnerUser }),
      tags: instanceTags(ctx, name, expiresAt),
      clientToken: `${name}`.slice(0, 64),
    });
    instanceId = instance.id;
    step.saveState(STATE_INSTANCE, instanceId);
    step.info(`Started ${s.instanceType} instance ${instanceId} in ${s.region} from ${s.imageId}; it terminates itself by ${expiresAt.toISOString()} (max-minutes ${s.maxMinutes}).`);

    // Wait (bounded) until GitHub sees the runner online, or the instance is gone.
    const deadline = started.getTime() + s.waitMinutes * 60_000;
    const poll = deps.pollMs ?? 10_000;
    for (;;) {
      const runner = await github.runner(jit.runnerId);
      if (runner?.status === 'online') break;
      if (runner === undefined) throw new UserError(`The runner ${name} disappeared from GitHub before it came online.`);
      // DescribeInstances is eventually consistent: an instance not listed yet is still starting; only one listed in
      // a stopping or ended state has failed.
      const seen = (await findTagged(ec2, { [TAGS.runner]: name }, [...LIVE_STATES, 'shutting-down', 'terminated'])).find((i) => i.id === instanceId);
      if (seen && seen.state !== 'pending' && seen.state !== 'running') {
        throw new UserError(`Instance ${instanceId} is ${seen.state} before its runner came online (check the AMI: the runner must be in ${s.runnerDir}, run by ${s.runnerUser}).`);
      }
      if (now().getTime() >= deadline) throw new UserError(`The runner ${name} was not online after ${s.waitMinutes} min (wait-minutes).`);
      await sleep(poll);
    }
  } catch (err) {
    await cleanUp(`Starting the GPU runner failed (${describeError(err)})`);
    throw err;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const runsOn = [name];
  writeGateOutputs(step, gate, { 'instance-id': instanceId, 'runner-name': name });
  step.saveState(STATE_HANDED_OVER, 'true');
  step.info(`GPU runner ${name} is online on ${instanceId}; runs-on: ${runsOnJson(runsOn)}.`);
  const mins = Math.round((now().getTime() - started.getTime()) / 60_000);
  step.summary(
    `### GPU runner (EC2)\n\n${table(['', ''], [
      ['Instance', cell(`${instanceId} (${s.instanceType}, ${s.region})`)],
      ['Runner', cell(name)],
      ['Ends itself by', cell(`${expiresAt.toISOString()} (max-minutes ${s.maxMinutes})`)],
      ['Online after', cell(`${mins} min`)],
      ['Reason', cell(gate.reason)],
    ])}`,
  );
}

/** Terminates an instance and removes a runner, warning (never throwing) on failure. */
async function stopStarted(
  step: Step,
  ec2: import('./ec2.js').Ec2,
  github: import('./github.js').GpuGitHub,
  instanceId: string,
  runnerId: number | undefined,
  terminate: typeof import('./ec2.js').terminate,
): Promise<void> {
  if (instanceId) {
    try {
      await terminate(ec2, [instanceId]);
      step.info(`Terminated instance ${instanceId}.`);
    } catch (err) {
      step.warning(`Terminating instance ${instanceId} failed (${describeError(err)}); the stop job or the reaper will find it by its tags.`);
    }
  }
  if (runnerId !== undefined) {
    try {
      const r = await github.deleteRunner(runnerId);
      step.info(r === 'deleted' ? `Removed runner ${runnerId} from GitHub.` : `Runner ${runnerId} was already gone from GitHub.`);
    } catch (err) {
      step.warning(`Removing runner ${runnerId} failed (${describeError(err)}); the reaper removes offline runners.`);
    }
  }
}

/**
 * The post step of `mode: start`: when the main step started an instance but did not hand it over (it failed or was
 * cancelled), terminate it and remove its runner. Never fails the job.
 */
export async function postStart(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  const instanceId = step.getState(STATE_INSTANCE);
  const runnerId = Number(step.getState(STATE_RUNNER)) || undefined;
  if (step.getState(STATE_HANDED_OVER) === 'true' || (!instanceId && runnerId === undefined)) return;
  try {
    const ctx = runContext(step.env);
    const s = parseEc2Settings(step.inputs, step.env, false);
    const { terminate } = await import('./ec2.js');
    const ec2 = deps.ec2 ?? (await makeEc2(step, s, ctx));
    const github = await makeGitHub(step, ctx, deps);
    step.info('The start step did not hand its GPU runner over: cleaning up.');
    await stopStarted(step, ec2, github, instanceId, runnerId, terminate);
  } catch (err) {
    step.warning(`Cleaning up the GPU runner failed (${describeError(err)}); the stop job or the reaper will find it by its tags.`);
  }
}

/**
 * `mode: stop`: terminates every instance of this run found by its tags (the start job's outputs are empty when it
 * was cancelled) and removes this run's runners from GitHub. Safe to run twice; nothing to stop is not a failure.
 */
export async function runStop(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  if (provider(step) === 'codebuild') {
    step.info('provider codebuild: CodeBuild ends its build with the job; nothing to stop.');
    return;
  }
  const never = neverOpens(step);
  if (never) {
    step.info(`Nothing to stop: start cannot have started anything in this run. ${never}`);
    step.setOutput('terminated', '');
    return;
  }
  const ctx = runContext(step.env);
  const s = parseEc2Settings(step.inputs, step.env, false);
  const ec2 = deps.ec2 ?? (await makeEc2(step, s, ctx));
  const { findTagged, terminate } = await import('./ec2.js');
  const found = await findTagged(ec2, { [TAGS.repository]: ctx.repository, [TAGS.runId]: ctx.runId });
  const ids = await terminate(ec2, found.map((i) => i.id));
  step.info(ids.length ? `Terminated ${ids.length} instance(s) of run ${ctx.runId}: ${ids.join(', ')}.` : `No instance of run ${ctx.runId} is left to terminate.`);

  const removed: string[] = [];
  let runnerNote = '';
  try {
    const github = await makeGitHub(step, ctx, deps);
    const prefix = `${RUNNER_PREFIX}${ctx.runId}-`;
    for (const r of (await github.runners()).filter((x) => x.name.startsWith(prefix))) {
      if ((await github.deleteRunner(r.id)) === 'deleted') removed.push(r.name);
    }
    step.info(removed.length ? `Removed ${removed.length} runner(s) from GitHub: ${safe(removed.join(', '))}.` : `No runner of run ${ctx.runId} is left on GitHub.`);
  } catch (err) {
    runnerNote = describeError(err);
    step.warning(`Removing this run's runners from GitHub failed (${runnerNote}); GitHub removes offline runners after a day, and the reaper sooner.`);
  }
  step.setOutput('terminated', ids.join(','));
  step.summary(
    `### GPU runner stopped\n\n${table(['', ''], [
      ['Instances terminated', cell(ids.join(', ') || 'none left')],
      ['Runners removed', cell(runnerNote ? `failed: ${runnerNote}` : removed.join(', ') || 'none left')],
    ])}`,
  );
}

/**
 * Why the gate cannot have opened for this run under any branches or events start may have been given (a fork's
 * pull request, a merge queue branch, a fork's own push...), or undefined when it may have. Such a stop job has
 * nothing to stop and often no AWS credentials (a fork's run cannot assume the role): it must not fail for that.
 */
function neverOpens(step: Step): string | undefined {
  const settings = parseGateSettings(step.inputs);
  settings.branches = ['**'];
  settings.events = OPENABLE_EVENTS;
  settings.ephemeral = true;
  const eventName = step.env.GITHUB_EVENT_NAME;
  const event = readEvent(step.env.GITHUB_EVENT_PATH);
  // The approval rule may have opened it (stop need not repeat approval-label).
  if (eventName === 'pull_request_target') return undefined;
  const widest = decideGate(eventName, event, step.env, settings);
  return widest.enabled ? undefined : widest.reason;
}

/**
 * `mode: reap` (a scheduled workflow): terminates this repository's tagged instances whose expiry passed or whose
 * workflow run has finished, and removes offline runners with this action's prefix. `dry-run` only reports.
 */
export async function runReap(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  if (provider(step) === 'codebuild') {
    step.info('provider codebuild: CodeBuild builds end at the project timeout; nothing to reap.');
    return;
  }
  const dryRun = step.inputs.bool('dry-run', false);
  const ctx = runContext(step.env);
  const s = parseEc2Settings(step.inputs, step.env, false);
  const now = (deps.now ?? (() => new Date()))();
  const ec2 = deps.ec2 ?? (await makeEc2(step, s, ctx));
  const { findTagged, terminate } = await import('./ec2.js');
  const github = await makeGitHub(step, ctx, deps);

  const instances = await findTagged(ec2, { [TAGS.repository]: ctx.repository });
  const runs = new Map<string, RunLookup>();
  for (const runId of new Set(instances.map((i) => i.tags[TAGS.runId] ?? ''))) {
    if (!/^\d+$/.test(runId)) continue;
    try {
      runs.set(runId, (await github.run(runId)) ?? 'missing');
    } catch (err) {
      runs.set(runId, { error: describeError(err) });
    }
  }
  let runners: import('./github.js').Runner[] = [];
  let runnerError = '';
  try {
    runners = await github.runners();
  } catch (err) {
    runnerError = describeError(err);
    step.warning(`Listing the runners failed (${runnerError}); offline runners are left for the next reap.`);
  }
  const plan = decideReap(instances, runs, runners, now);
  const doomed = plan.instances.filter((v) => v.terminate);
  const verb = dryRun ? 'would terminate' : 'terminates';
  for (const v of plan.instances) step.info(`${v.instance.id} (run ${safe(v.instance.tags[TAGS.runId] ?? '?')}, ${v.instance.state}): ${v.terminate ? verb : 'kept'}, ${safe(v.why)}.`);
  let terminated: string[] = [];
  const removed: string[] = [];
  if (!dryRun) {
    terminated = await terminate(ec2, doomed.map((v) => v.instance.id));
    for (const { runner } of plan.runners) {
      try {
        if ((await github.deleteRunner(runner.id)) === 'deleted') removed.push(runner.name);
      } catch (err) {
        step.warning(`Removing runner ${safe(runner.name)} failed (${describeError(err)}).`);
      }
    }
  }
  for (const { runner, why } of plan.runners) step.info(`Runner ${safe(runner.name)}: ${dryRun ? 'would be removed' : 'removed'}, ${why}.`);
  step.info(`Reap: ${instances.length} tagged instance(s), ${doomed.length} ${dryRun ? 'to terminate (dry run)' : 'terminated'}; ${plan.runners.length} offline runner(s) ${dryRun ? 'to remove (dry run)' : 'removed'}.`);
  step.setOutput('terminated', (dryRun ? [] : terminated).join(','));
  step.setOutput('runners-removed', removed.join(','));

  const rows = plan.instances.map((v) => [v.instance.id, v.instance.tags[TAGS.runId] ?? '?', v.instance.state, v.terminate ? (dryRun ? 'would terminate' : 'terminated') : 'kept', v.why].map(cell));
  rows.push(...plan.runners.map(({ runner, why }) => [`runner ${runner.name}`, '', runner.status, dryRun ? 'would remove' : 'removed', why].map(cell)));
  let md = `### GPU reaper${dryRun ? ' (dry run)' : ''}\n\n`;
  md += rows.length ? table(['Instance / runner', 'Run', 'State', 'Action', 'Why'], rows) : 'Nothing tagged by this action is running, and no offline runner is left.\n';
  if (runnerError) md += `\nListing the runners failed: ${cell(runnerError)}\n`;
  step.summary(md);
}


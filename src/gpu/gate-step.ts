import { EventData } from '../common/event.js';
import { cell, table } from '../common/format.js';
import type { Step } from '../common/step.js';
import { ApprovalFacts, GateDecision, GateSettings, approvalQuery } from './gate.js';
import type { GpuGitHub } from './github.js';
import { describeRunsOn, runsOnJson } from './runner.js';
import { describe } from '../release/github.js';

/** What the gate modes (gate, start) share: the approval facts they ask GitHub for, and their outputs. */

/**
 * What the approval rule needs from GitHub, asked only for a `pull_request_target` `labeled` run with the
 * approval label (nothing is asked otherwise). A failure is a closed gate, never an error.
 */
export async function gateFacts(
  eventName: string | undefined,
  event: EventData,
  settings: GateSettings,
  github: () => Promise<GpuGitHub>,
): Promise<ApprovalFacts | undefined> {
  const query = approvalQuery(eventName, event, settings);
  if (!query) return undefined;
  try {
    const client = await github();
    const [permission, pull] = await Promise.all([client.permission(query.user), client.pull(query.pullNumber)]);
    return { permission, headSha: pull.headSha, labels: pull.labels };
  } catch (err) {
    return { error: describe(err) };
  }
}

/** The gate's outputs (and `extra` ones, e.g. instance-id), its log lines and its summary. */
export function writeGateOutputs(step: Step, decision: GateDecision, extra: Record<string, string> = {}): void {
  const eventName = step.env.GITHUB_EVENT_NAME;
  step.setOutput('enabled', decision.enabled);
  step.setOutput('run', decision.runsOn !== undefined);
  step.setOutput('runs-on', decision.runsOn === undefined ? '' : runsOnJson(decision.runsOn));
  step.setOutput('reason', decision.reason);
  step.setOutput('test-label-exclude', decision.testLabelExclude);
  step.setOutput('sha', decision.sha ?? '');
  step.setOutput('pull-request', decision.pullRequest ?? '');
  for (const [k, v] of Object.entries(extra)) step.setOutput(k, v);

  const where = decision.runsOn === undefined ? 'skipped (no fallback-runner)' : describeRunsOn(decision.runsOn);
  step.info(`GPU gate: ${decision.enabled ? 'open' : 'closed'}. ${decision.reason}`);
  step.info(`GPU job: ${decision.enabled ? 'runs on' : decision.runsOn === undefined ? '' : 'runs without a GPU on'} ${where}`.replace(/  +/g, ' '));
  if (!decision.enabled && decision.testLabelExclude) step.info(`Tests labelled '${decision.testLabelExclude}' are to be excluded.`);

  const rows = [
    ['Gate', decision.enabled ? '🟢 open' : '🔴 closed'],
    ['Reason', cell(decision.reason)],
    ['Event', cell(eventName ?? '(not set)')],
    ['Ref', cell(step.env.GITHUB_REF ?? '(not set)')],
    ['GPU job runs on', cell(decision.enabled ? where : decision.runsOn === undefined ? 'skipped' : `${where} (no GPU)`)],
  ];
  if (decision.testLabelExclude) rows.push(['Excluded test label', cell(decision.testLabelExclude)]);
  if (decision.sha) rows.push(['Approved commit', cell(decision.sha)]);
  step.summary(`### GPU gate\n\n${table(['', ''], rows)}`);
}

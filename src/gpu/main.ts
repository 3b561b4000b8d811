import { UserError } from '../common/errors.js';
import { cell, escapeHtml, table } from '../common/format.js';
import type { Executor } from '../common/exec.js';
import { Step } from '../common/step.js';
import { readEvent } from '../common/event.js';
import { decideGate, parseGateSettings } from './gate.js';
import { describeRunsOn, runsOnJson } from './runner.js';

export const MODES = ['gate', 'detect'] as const;

/** The gpu action: `mode: gate` (default) decides where the GPU job runs; `mode: detect` reports the GPUs present. */
export async function runGpu(step: Step): Promise<void> {
  const mode = step.inputs.choice('mode', MODES, 'gate');
  if (mode === 'gate') runGate(step);
  else await runDetect(step);
}

export function runGate(step: Step): void {
  const settings = parseGateSettings(step.inputs);
  const eventName = step.env.GITHUB_EVENT_NAME;
  const decision = decideGate(eventName, readEvent(step.env.GITHUB_EVENT_PATH), step.env, settings);

  step.setOutput('enabled', decision.enabled);
  step.setOutput('run', decision.runsOn !== undefined);
  step.setOutput('runs-on', decision.runsOn === undefined ? '' : runsOnJson(decision.runsOn));
  step.setOutput('reason', decision.reason);
  step.setOutput('test-label-exclude', decision.testLabelExclude);

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
  step.summary(`### GPU gate\n\n${table(['', ''], rows)}`);
}

/** `exec`: where nvidia-smi runs; by default the job's container when the container action started one, else the host. */
export async function runDetect(step: Step, exec?: Executor): Promise<void> {
  const required = step.inputs.bool('require', false);
  const { executorFor } = await import('../common/exec.js');
  const { detectGpus, dockerGpuOptions } = await import('./detect.js');
  const d = await detectGpus(exec ?? executorFor(step.env, (l) => step.info(l)));

  step.setOutput('available', d.available);
  step.setOutput('gpu-count', d.count);
  step.setOutput('gpus', JSON.stringify(d.gpus));
  step.setOutput('docker-options', dockerGpuOptions(d).join(' '));
  step.setOutput('driver', d.driver ?? '');
  step.setOutput('cuda', d.cuda ?? '');
  step.setOutput('reason', d.reason);

  step.info(d.reason);
  const header = ['#', 'GPU', 'Memory', 'Compute capability', 'UUID'];
  const rows = d.gpus.map((g) => [
    String(g.index),
    cell(g.name),
    g.memoryMiB ? `${g.memoryMiB} MiB` : '?',
    cell(g.computeCapability ?? '?'),
    cell(g.uuid ?? '?'),
  ]);
  for (const g of d.gpus) {
    step.info(`  GPU ${g.index}: ${g.name}, ${g.memoryMiB ? `${g.memoryMiB} MiB` : 'memory unknown'}, compute capability ${g.computeCapability ?? 'unknown'}`);
  }
  let md = `### GPUs\n\n${escapeHtml(d.reason)}\n`;
  if (rows.length) md += `\n${table(header, rows)}`;
  step.summary(md);

  if (!d.available) {
    if (required) throw new UserError(`A GPU is required (require: true), but none is usable: ${d.reason}`);
    step.notice(d.reason, { title: 'No GPU' });
  }
}

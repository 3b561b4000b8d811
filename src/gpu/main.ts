import { UserError } from '../common/errors.js';
import { cell, escapeHtml, safe, table } from '../common/format.js';
import type { Executor } from '../common/exec.js';
import { Step } from '../common/step.js';
import { readEvent } from '../common/event.js';
import { decideGate, parseGateSettings } from './gate.js';
import { gateFacts, writeGateOutputs } from './gate-step.js';
import type { ProvisionDeps } from './provision.js';

export const MODES = ['gate', 'detect', 'start', 'stop', 'reap'] as const;

/**
 * The gpu action: `mode: gate` (default) decides where the GPU job runs; `detect` reports the GPUs present;
 * `start`/`stop`/`reap` provide an ephemeral GPU runner and make sure nothing is left running.
 */
export async function runGpu(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  const mode = step.inputs.choice('mode', MODES, 'gate');
  if (mode === 'gate') await runGate(step, deps);
  else if (mode === 'detect') await runDetect(step);
  else {
    const on = await import('./ondemand.js');
    const { asUserError } = await import('./provision.js');
    try {
      await (mode === 'start' ? on.runStart : mode === 'stop' ? on.runStop : on.runReap)(step, deps);
    } catch (err) {
      throw asUserError(`mode ${mode}`, err);
    }
  }
}

/** The post step: only `mode: start` has work there (terminating what it started and did not hand over). */
export async function postGpu(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  if (step.inputs.optional('mode')?.toLowerCase() !== 'start') return;
  const { postStart } = await import('./ondemand.js');
  await postStart(step, deps);
}

/** `mode: gate`: the decision, asking GitHub only for the approval rule's facts, and its outputs. */
export async function runGate(step: Step, deps: ProvisionDeps = {}): Promise<void> {
  const settings = parseGateSettings(step.inputs);
  const eventName = step.env.GITHUB_EVENT_NAME;
  const event = readEvent(step.env.GITHUB_EVENT_PATH);
  const facts = await gateFacts(eventName, event, settings, async () => {
    const { makeGitHub, runContext } = await import('./provision.js');
    return makeGitHub(step, runContext(step.env), deps);
  });
  writeGateOutputs(step, decideGate(eventName, event, step.env, settings, facts));
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

  step.info(safe(d.reason));
  const header = ['#', 'GPU', 'Memory', 'Compute capability', 'UUID'];
  const rows = d.gpus.map((g) => [
    String(g.index),
    cell(g.name),
    g.memoryMiB ? `${g.memoryMiB} MiB` : '?',
    cell(g.computeCapability ?? '?'),
    cell(g.uuid ?? '?'),
  ]);
  for (const g of d.gpus) {
    step.info(`  GPU ${g.index}: ${safe(g.name)}, ${g.memoryMiB ? `${g.memoryMiB} MiB` : 'memory unknown'}, compute capability ${safe(g.computeCapability ?? 'unknown')}`);
  }
  let md = `### GPUs\n\n${escapeHtml(d.reason)}\n`;
  if (rows.length) md += `\n${table(header, rows)}`;
  step.summary(md);

  if (!d.available) {
    if (required) throw new UserError(`A GPU is required (require: true), but none is usable: ${d.reason}`);
    step.notice(safe(d.reason), { title: 'No GPU' });
  }
}

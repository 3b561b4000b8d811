import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../common/errors.js';
import { safe } from '../common/format.js';
import { JobResult, RunStepSpec, StepSpec, readActionYaml, runJob } from './job.js';

const USAGE = `Usage:
  aswf-ci ACTION [--INPUT VALUE | --INPUT=VALUE]... [--then ACTION [--INPUT VALUE]...]...
  (a step "run --run SCRIPT [--shell 'aswf-container {0}'] [--working-directory DIR]" is a run: step)
  aswf-ci demo          build, test and summarize examples/hello as a runner would
  aswf-ci list          the actions and their inputs

Runs the actions of this repository locally through their bundled code, as a GitHub runner would: runner files
(GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_STATE, RUNNER_TEMP, ...) are temporary files whose paths
are printed at the end. Options:
  --workspace DIR       GITHUB_WORKSPACE and the working directory (default: the current directory)
  --temp DIR            where the runner files go (default: a new temporary folder)
  --event NAME          GITHUB_EVENT_NAME (default: workflow_dispatch)

Example:
  npx aswf-ci cmake --source-dir examples/hello --test-label-exclude gpu`;

/** This repository's root: the nearest folder above this file with package.json and action.yml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'action.yml'))) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export interface CliArgs {
  steps: StepSpec[];
  workspace: string;
  temp?: string;
  event?: string;
}

/** Parses `ACTION --name value ... --then ACTION ...`. */
export function parseCliArgs(argv: string[], cwd = process.cwd()): CliArgs {
  const args: CliArgs = { steps: [], workspace: cwd };
  let current: StepSpec | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--then') {
      current = undefined;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
      if (eq < 0) i++;
      if (value === undefined) throw new UserError(`Option --${name} needs a value.`);
      if (name === 'workspace' || name === 'temp' || name === 'event') {
        if (name === 'workspace') value = resolve(cwd, value);
        args[name] = value;
        continue;
      }
      if (!current) throw new UserError(`--${name} comes before any action; write the action first (aswf-ci list shows them).`);
      current.inputs![name] = value;
      continue;
    }
    current = { action: arg, inputs: {} };
    args.steps.push(current);
  }
  return args;
}

/** `run --run SCRIPT [--shell SHELL] [--working-directory DIR]` is a run: step, as in a workflow. */
export function runSteps(steps: StepSpec[]): (StepSpec | RunStepSpec)[] {
  return steps.map((step) => {
    if (step.action !== 'run') return step;
    const { run, shell, 'working-directory': workingDirectory, ...rest } = step.inputs ?? {};
    const unknown = Object.keys(rest);
    if (run === undefined || unknown.length) {
      throw new UserError(`A run step takes --run SCRIPT, and --shell and --working-directory if you like${unknown.length ? ` (not --${unknown.join(', --')})` : ''}.`);
    }
    return { run, ...(shell !== undefined ? { shell } : {}), ...(workingDirectory !== undefined ? { workingDirectory } : {}) };
  });
}

function listActions(root: string): string {
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'action.yml')))
    .map((d) => d.name);
  return names
    .map((name) => {
      const { meta } = readActionYaml(root, name);
      return `${name}: ${meta.name ?? ''}\n  inputs: ${Object.keys(meta.inputs ?? {}).join(', ')}`;
    })
    .join('\n');
}

/**
 * What the job left: summary, outputs, annotations, runner files. The values are the actions' (and so the inputs'):
 * each line goes through safe(), so that this report, read by a runner (aswf-ci in a workflow), starts no command.
 */
export function report(result: JobResult): string {
  const summary = (result.summary.trim() || '(empty)').split(/\r\n|\r|\n/).map(safe).join('\n');
  const out: string[] = ['', '──────── Job summary ────────', summary, ''];
  for (const step of result.steps) {
    out.push(`──────── Outputs of ${step.action} ────────`);
    for (const [k, v] of Object.entries(step.outputs)) out.push(`${safe(k)}=${safe(v)}`);
  }
  if (result.annotations.length) {
    out.push('', '──────── Annotations ────────');
    for (const a of result.annotations) out.push(`${a.severity}: ${safe(`${a.file ? `${a.file}:${a.line ?? ''} ` : ''}${a.message}`)}`);
  }
  out.push('', '──────── Runner files ────────');
  for (const [k, v] of Object.entries(result.files)) out.push(`${k}=${v}`);
  out.push('', result.ok ? 'Job succeeded.' : 'Job failed.');
  return out.join('\n') + '\n';
}

/**
 * The demo: what the ccache and cmake actions do on a runner, here, on examples/hello. The cache uses the local
 * backend (kept under ~/.cache/aswf-ci), the build a fresh .build/demo inside the workspace (ccache makes paths
 * relative to the workspace, so a build folder outside it would miss from another checkout): a second demo run, or a
 * run from another clone, is a warm build from the cache.
 */
export function demoSteps(root: string): CliArgs {
  return {
    workspace: root,
    steps: [
      { action: 'ccache', inputs: { backend: 'local', key: 'demo' } },
      {
        action: 'cmake',
        inputs: { 'source-dir': 'examples/hello', 'build-dir': DEMO_BUILD_DIR, 'test-label-exclude': 'gpu' },
      },
    ],
  };
}

const DEMO_BUILD_DIR = '.build/demo';

export async function cli(argv: string[]): Promise<number> {
  const root = repoRoot();
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === 'list') {
    process.stdout.write(listActions(root) + '\n');
    return 0;
  }
  const args = argv[0] === 'demo' ? demoSteps(root) : parseCliArgs(argv);
  if (argv[0] === 'demo') rmSync(join(root, DEMO_BUILD_DIR), { recursive: true, force: true });
  const result = await runJob(runSteps(args.steps), {
    root,
    workspace: args.workspace,
    tempDir: args.temp,
    env: args.event ? { GITHUB_EVENT_NAME: args.event } : undefined,
  });
  process.stdout.write(report(result));
  return result.ok ? 0 : 1;
}

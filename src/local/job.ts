import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { split as splitShell } from 'shlex';
import { parse as parseYaml } from 'yaml';
import { UserError, errorMessage } from '../common/errors.js';
import { safe } from '../common/format.js';
import { Env, inputVariable } from '../common/inputs.js';
import { runnerOs } from '../common/vars.js';
import { Annotation, MatcherSet } from '../common/problem-matchers.js';
import { parseWorkflowCommand, readFileCommands } from './files.js';

interface ActionYaml {
  name?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export interface StepSpec {
  /** The action folder, as in `uses: aswf/ci-actions/<action>@v1`; `.` (or `build`) is the root action. */
  action: string;
  inputs?: Record<string, string>;
}

/**
 * A `run:` step: its script goes to a file in RUNNER_TEMP and `shell` runs it as a runner does (the first word is the
 * program, found on the step's PATH, `{0}` in the rest is replaced by the script's path).
 */
export interface RunStepSpec {
  run: string;
  /** Default: `bash --noprofile --norc -eo pipefail {0}`, what `shell: bash` means on a runner. */
  shell?: string;
  /** The step's `env:`. */
  env?: Env;
  /** Relative to the workspace. */
  workingDirectory?: string;
  /** The label in the log and in StepRun.action (default `run`). */
  name?: string;
}

export const isRunStep = (spec: StepSpec | RunStepSpec): spec is RunStepSpec => 'run' in spec && typeof spec.run === 'string';

const DEFAULT_SHELL = 'bash --noprofile --norc -eo pipefail {0}';

/** A run: step's command line: the shell's words, `{0}` replaced by the script file (as the runner splits it). */
export function shellCommand(shell: string, script: string): string[] {
  const words = splitShell(shell);
  if (!words[0]) throw new UserError(`A run: step's shell is empty.`);
  if (!words.slice(1).some((w) => w.includes('{0}'))) throw new UserError(`A run: step's shell must hold {0} (the script's path): ${JSON.stringify(shell)}.`);
  return [words[0], ...words.slice(1).map((w) => w.split('{0}').join(script))];
}

export interface StepRun {
  action: string;
  outputs: Record<string, string>;
  exitCode: number;
  postExitCode?: number;
  annotations: Annotation[];
}

export interface JobOptions {
  /** The folder holding the action folders (this repository's root). */
  root: string;
  /** GITHUB_WORKSPACE and the steps' working directory. */
  workspace: string;
  /** Where the runner files live; a new temporary folder when absent. */
  tempDir?: string;
  /** Extra variables for every step (GITHUB_EVENT_NAME, ...). */
  env?: Env;
  /** Where the log goes (default: stdout). */
  write?: (text: string) => void;
}

export interface JobResult {
  ok: boolean;
  steps: StepRun[];
  /** The job summary, as the run page would render it. */
  summary: string;
  /** The runner files that stood in for a runner's. */
  files: Record<string, string>;
  annotations: Annotation[];
}

/** Reads an action's metadata: `<root>/<action>/action.yml` (`.` is the root action). */
export function readActionYaml(root: string, action: string): { file: string; meta: ActionYaml } {
  const dir = action === '.' ? root : join(root, action);
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new UserError(`There is no action named '${action}' (no ${file}).`);
  return { file, meta: parseYaml(readFileSync(file, 'utf8')) as ActionYaml };
}

/** The INPUT_* variables a runner would set: given inputs over action.yml defaults; unknown names are an error. */
export function inputEnvironment(action: string, meta: ActionYaml, given: Record<string, string>, github: Env): Env {
  const declared = meta.inputs ?? {};
  const env: Env = {};
  for (const name of Object.keys(given)) {
    if (!(name in declared)) {
      throw new UserError(`Action '${action}' has no input '${name}'; its inputs are: ${Object.keys(declared).join(', ')}.`);
    }
  }
  for (const [name, spec] of Object.entries(declared)) {
    let value = given[name] ?? (spec.default === undefined ? '' : String(spec.default));
    // The defaults of action.yml may use ${{ github.* }} / ${{ runner.* }} expressions: evaluate the simple ones.
    value = value.replace(/\$\{\{\s*(github|runner)\.([a-z_]+)\s*\}\}/g, (_, ctx: string, key: string) => github[`${ctx === 'github' ? 'GITHUB' : 'RUNNER'}_${key.toUpperCase()}`] ?? '');
    if (spec.required && !value) throw new UserError(`Action '${action}' needs the input '${name}'.`);
    env[inputVariable(name)] = value;
  }
  return env;
}

const RUNNER_ARCH: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };

/**
 * RUNNER_TEMP of local runs without a tempDir: one folder per workspace, the same on every run and emptied when a job
 * starts (as a runner's `_temp`). The github cache backend ties entries to the cached path (a path under RUNNER_TEMP):
 * with a new random folder per run, no entry would ever restore across local runs.
 */
function stableRunnerTemp(workspace: string): string {
  const dir = join(tmpdir(), `aswf-ci-runner-temp-${createHash('sha256').update(resolve(workspace)).digest('hex').slice(0, 12)}`);
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    // Files a root container left there (a run stopped before its post step gave them back), or another run using it.
    throw new UserError(`The local runner's RUNNER_TEMP ${safe(dir)} could not be emptied (${safe(errorMessage(err))}): remove it by hand (sudo rm -rf), or give --temp DIR.`);
  }
  return dir;
}

/**
 * Runs a job's steps locally as a GitHub runner would: each action's bundled `main` in a new node process with its
 * INPUT_* variables and runner files, workflow commands interpreted (groups, annotations, masks, problem matchers),
 * GITHUB_ENV/GITHUB_PATH carried to later steps, then the `post` steps in reverse order with the state their main
 * step saved. A failed main step skips the later main steps; post steps always run.
 */
export async function runJob(steps: (StepSpec | RunStepSpec)[], options: JobOptions): Promise<JobResult> {
  const write = options.write ?? ((t: string) => void process.stdout.write(t));
  const temp = options.tempDir ?? mkdtempSync(join(tmpdir(), 'aswf-ci-'));
  mkdirSync(temp, { recursive: true });
  // As on a runner, the file commands and the event lie inside RUNNER_TEMP (_runner_file_commands, _github_workflow):
  // a step running in a container that mounts RUNNER_TEMP (shell: aswf-container) can write its outputs and variables.
  const runnerTemp = options.tempDir ? join(temp, 'runner-temp') : stableRunnerTemp(options.workspace);
  const commands = join(runnerTemp, '_runner_file_commands');
  const files = {
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: join(temp, 'step-summary.md'),
    GITHUB_OUTPUT: join(commands, 'output'),
    GITHUB_ENV: join(commands, 'env'),
    GITHUB_PATH: join(commands, 'path'),
    GITHUB_STATE: join(commands, 'state'),
    GITHUB_EVENT_PATH: join(runnerTemp, '_github_workflow', 'event.json'),
  };
  mkdirSync(commands, { recursive: true });
  mkdirSync(dirname(files.GITHUB_EVENT_PATH), { recursive: true });
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  if (!existsSync(files.GITHUB_EVENT_PATH)) writeFileSync(files.GITHUB_EVENT_PATH, '{}\n');

  // What every step sees: this process's environment without a surrounding runner's step variables.
  const base: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT|STATE)_/.test(k) && !/^GITHUB_(OUTPUT|STATE|ENV|PATH|STEP_SUMMARY)$/.test(k)) base[k] = v;
  const github: Env = {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'local/workspace',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'local',
    RUNNER_OS: runnerOs(),
    RUNNER_ARCH: RUNNER_ARCH[process.arch] ?? process.arch,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    ASWF_CI_LOCAL: 'true',
    ...options.env,
    RUNNER_TEMP: files.RUNNER_TEMP,
    GITHUB_EVENT_PATH: options.env?.GITHUB_EVENT_PATH ?? files.GITHUB_EVENT_PATH,
  };
  const jobEnv: Env = {};
  const paths: string[] = [];
  const masks: string[] = [];
  const runs: StepRun[] = [];
  const posts: { run: StepRun; dir: string; meta: ActionYaml; inputs: Env; state: Env }[] = [];
  const annotations: Annotation[] = [];
  let ok = true;

  const execute = async (label: string, argv: string[] | ((env: Env) => string[]), env: Env, run: StepRun, cwd = options.workspace): Promise<number> => {
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'] as const) writeFileSync(files[f], '');
    const stepSummary = join(commands, `summary-${runs.length}-${label.replace(/\W/g, '_')}.md`);
    writeFileSync(stepSummary, '');
    const pathVar = [...paths].reverse().concat(base.PATH ?? '').join(delimiter);
    const full: Env = { ...base, ...github, ...jobEnv, ...env, PATH: pathVar, ...files, GITHUB_STEP_SUMMARY: stepSummary };
    write(`\n=== ${label} ===\n`);
    const exitCode = await runCommand(typeof argv === 'function' ? argv(full) : argv, full, cwd, write, masks, (a) => {
      run.annotations.push(a);
      annotations.push(a);
    });
    Object.assign(run.outputs, readFileCommands(files.GITHUB_OUTPUT));
    Object.assign(jobEnv, readFileCommands(files.GITHUB_ENV));
    if (existsSync(files.GITHUB_PATH)) paths.push(...readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean));
    appendFileSync(files.GITHUB_STEP_SUMMARY, readFileSync(stepSummary, 'utf8'));
    write(`=== ${label}: ${exitCode === 0 ? 'succeeded' : `failed (exit code ${exitCode})`} ===\n`);
    return exitCode;
  };

  try {
    for (const spec of steps) {
      if (isRunStep(spec)) {
        const run: StepRun = { action: spec.name ?? 'run', outputs: {}, exitCode: 0, annotations: [] };
        runs.push(run);
        if (!ok) {
          run.exitCode = -1;
          write(`\n=== ${run.action}: skipped (an earlier step failed) ===\n`);
          continue;
        }
        const shell = spec.shell ?? DEFAULT_SHELL;
        const program = splitShell(shell)[0] ?? '';
        const script = join(files.RUNNER_TEMP, `${randomUUID()}${/^(ba)?sh$/.test(program) ? '.sh' : ''}`);
        writeFileSync(script, spec.run);
        run.exitCode = await execute(run.action, () => shellCommand(shell, script), spec.env ?? {}, run, resolve(options.workspace, spec.workingDirectory ?? '.'));
        if (run.exitCode !== 0) ok = false;
        continue;
      }
      const { file, meta } = readActionYaml(options.root, spec.action);
      const inputs = inputEnvironment(spec.action, meta, spec.inputs ?? {}, { ...github, ...jobEnv });
      const run: StepRun = { action: spec.action, outputs: {}, exitCode: 0, annotations: [] };
      runs.push(run);
      if (!ok) {
        run.exitCode = -1;
        write(`\n=== ${spec.action}: skipped (an earlier step failed) ===\n`);
        continue;
      }
      const dir = dirname(file);
      run.exitCode = await execute(spec.action, [process.execPath, resolve(dir, meta.runs.main)], inputs, run);
      if (meta.runs.post) posts.push({ run, dir, meta, inputs, state: prefixed('STATE_', readFileCommands(files.GITHUB_STATE)) });
      if (run.exitCode !== 0) ok = false;
    }
  } finally {
    // Post steps always run, also when a main step could not even start.
    for (const post of posts.reverse()) {
      post.run.postExitCode = await execute(`post ${post.run.action}`, [process.execPath, resolve(post.dir, post.meta.runs.post!)], { ...post.inputs, ...post.state }, post.run);
      if (post.run.postExitCode !== 0) ok = false;
    }
  }
  return { ok, steps: runs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), files: { ...files, temp }, annotations };
}

function prefixed(prefix: string, values: Record<string, string>): Env {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [prefix + k, v]));
}

function mask(line: string, masks: string[]): string {
  return masks.reduce((l, m) => (m ? l.split(m).join('***') : l), line);
}

/** Runs one step's program (an action's node script, a run: step's shell) and interprets its output as the runner does. */
function runCommand(argv: string[], env: Env, cwd: string, write: (t: string) => void, masks: string[], annotate: (a: Annotation) => void): Promise<number> {
  const matchers = new MatcherSet();
  // As the runner: a command that cannot be processed (a matcher file that is missing or broken) is an error
  // annotation and fails the step, and the step goes on; it never stops the job or its post steps.
  let commandFailed = false;
  const onLine = (raw: string) => {
    try {
      interpret(raw);
    } catch (err) {
      commandFailed = true;
      for (const message of [`Unable to process command '${raw.trim()}' successfully.`, errorMessage(err)]) {
        annotate({ severity: 'error', message, source: 'command' });
        write(`Error: ${safe(mask(message, masks))}\n`);
      }
    }
  };
  const interpret = (raw: string) => {
    const cmd = parseWorkflowCommand(raw);
    if (!cmd) {
      write(mask(raw, masks) + '\n');
      for (const a of matchers.match(raw)) {
        annotate(a);
        write(`${a.severity === 'error' ? 'Error' : a.severity === 'warning' ? 'Warning' : 'Notice'} (${a.source}): ${safe(where(a) + mask(a.message, masks))}\n`);
      }
      return;
    }
    switch (cmd.name) {
      case 'group':
        write(`▶ ${safe(mask(cmd.message, masks))}\n`);
        break;
      case 'endgroup':
        break;
      case 'add-mask':
        masks.push(cmd.message);
        break;
      case 'add-matcher':
        if (!cmd.message) write('Warning: File path must be specified.\n');
        else matchers.add(resolve(cwd, cmd.message));
        break;
      case 'remove-matcher':
        if (cmd.props.owner) matchers.remove(cmd.props.owner);
        else if (cmd.message) matchers.removeFile(resolve(cwd, cmd.message));
        else write('Warning: Either an owner name or a file path must be specified in ##[remove-matcher] command.\n');
        break;
      case 'debug':
        if (env.RUNNER_DEBUG === '1') write(`##[debug]${safe(mask(cmd.message, masks))}\n`);
        break;
      case 'error':
      case 'warning':
      case 'notice': {
        const a: Annotation = {
          severity: cmd.name,
          message: cmd.message,
          file: cmd.props.file,
          line: cmd.props.line ? Number(cmd.props.line) : undefined,
          col: cmd.props.col ? Number(cmd.props.col) : undefined,
          title: cmd.props.title,
          source: 'command',
        };
        annotate(a);
        write(`${cmd.name === 'error' ? 'Error' : cmd.name === 'warning' ? 'Warning' : 'Notice'}: ${safe(where(a) + mask(cmd.message, masks))}\n`);
        break;
      }
      default:
        write(mask(raw, masks) + '\n');
    }
  };
  return new Promise((resolvePromise) => {
    // The program is looked up on the step's PATH (env.PATH), as a runner looks up a run: step's shell.
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const buffers = { out: '', err: '' };
    const feed = (key: 'out' | 'err') => (chunk: Buffer) => {
      const lines = (buffers[key] + chunk.toString('utf8')).split(/\r?\n/);
      buffers[key] = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', feed('out'));
    child.stderr.on('data', feed('err'));
    child.on('error', (err: NodeJS.ErrnoException) => {
      write(err.code === 'ENOENT' ? `${safe(argv[0]!)} was not found on the step's PATH.\n` : `Error: ${safe(errorMessage(err))}\n`);
      resolvePromise(err.code === 'ENOENT' ? 127 : 1);
    });
    child.on('close', (code) => {
      if (buffers.out) onLine(buffers.out);
      if (buffers.err) onLine(buffers.err);
      resolvePromise(code === 0 && commandFailed ? 1 : (code ?? 1));
    });
  });
}

function where(a: Annotation): string {
  if (!a.file) return '';
  return `${a.file}${a.line ? `:${a.line}${a.col ? `:${a.col}` : ''}` : ''}: `;
}

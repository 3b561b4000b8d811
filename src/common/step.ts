import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { Env, Inputs } from './inputs.js';
import { InputError, StepFailure, UserError, errorMessage } from './errors.js';
import { safe } from './format.js';

/** Where an annotation points (the properties of `::error file=...,line=...::`). */
export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A step's conversation with the runner: log lines and workflow commands on stdout, outputs, environment, state,
 * path and job summary through the runner's files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY). It reads and writes only the `env` map it is given, so a test hands it a plain object.
 * This is GitHub's documented file-command protocol; it stands in for @actions/core, whose import alone costs
 * ~40 ms of start-up (it bundles an HTTP client for OIDC).
 */
export class Step {
  readonly inputs: Inputs;
  /** Every output set in this step, also when no GITHUB_OUTPUT file exists. */
  readonly outputs: Record<string, string> = {};

  constructor(
    readonly env: Env = process.env,
    private readonly write: (text: string) => void = (text) => void process.stdout.write(text),
  ) {
    this.inputs = new Inputs(env);
  }

  /**
   * A log line (or several). Untrusted parts of a message go through `safe()` where they are interpolated; as a
   * backstop, no line of it can start a workflow command (`::name::`) or carry a legacy `##[command]`, whatever it
   * holds: this writes log text, never commands (those go through `command`).
   */
  info(message: string): void {
    this.write(message.split(/\r\n|\r|\n/).map(safe).join(EOL) + EOL);
  }

  debug(message: string): void {
    this.command('debug', {}, message);
  }

  notice(message: string, props: AnnotationProps = {}): void {
    this.command('notice', props, message);
  }

  warning(message: string, props: AnnotationProps = {}): void {
    this.command('warning', props, message);
  }

  error(message: string, props: AnnotationProps = {}): void {
    this.command('error', props, message);
  }

  /** Runs `fn` inside a collapsible log group. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.command('group', {}, safe(title));
    try {
      return await fn();
    } finally {
      this.command('endgroup', {}, '');
    }
  }

  /** Emits a raw workflow command (`::name props::message`). */
  command(name: string, props: object, message: string): void {
    const keys = Object.entries(props)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    this.write(`::${name}${keys.length ? ' ' + keys.join(',') : ''}::${escapeData(message)}${EOL}`);
  }

  setSecret(value: string): void {
    if (value) this.command('add-mask', {}, value);
  }

  setOutput(name: string, value: string | number | boolean): void {
    this.outputs[name] = String(value);
    this.fileCommand('GITHUB_OUTPUT', name, String(value));
  }

  /** Exports a variable to later steps, and to this step's own later commands. */
  exportVariable(name: string, value: string): void {
    this.env[name] = value;
    this.fileCommand('GITHUB_ENV', name, value);
  }

  addPath(dir: string): void {
    const file = this.env.GITHUB_PATH;
    if (file) appendFileSync(file, dir + EOL, 'utf8');
    const sep = process.platform === 'win32' ? ';' : ':';
    this.env.PATH = this.env.PATH ? `${dir}${sep}${this.env.PATH}` : dir;
  }

  /** Hands a value from the main step to the post step of the same action. */
  saveState(name: string, value: string): void {
    this.fileCommand('GITHUB_STATE', name, value);
  }

  getState(name: string): string {
    return this.env[`STATE_${name}`] ?? '';
  }

  /** Appends markdown to the job summary. */
  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + EOL, 'utf8');
  }

  private fileCommand(variable: string, name: string, value: string): void {
    const file = this.env[variable];
    if (!file) return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('value contains the delimiter');
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  }
}

/**
 * Runs an action's body: a user's mistake or a failed phase fails the step with one clear line; anything else is a
 * bug and is reported with its stack. Sets the exit code; never throws.
 */
export async function runAction(step: Step, body: (step: Step) => Promise<void>): Promise<void> {
  try {
    await body(step);
  } catch (err) {
    if (err instanceof UserError || err instanceof InputError || err instanceof StepFailure) {
      step.error(err.message);
    } else {
      step.error(`Unexpected error (please report it): ${err instanceof Error && err.stack ? err.stack : errorMessage(err)}`);
    }
    process.exitCode = 1;
  }
}

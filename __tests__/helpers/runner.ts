import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor, HostExecutor, RunOptions } from '../../src/common/exec.js';
import { Env, inputVariable } from '../../src/common/inputs.js';
import { Step } from '../../src/common/step.js';
import { readFileCommands } from '../../src/local/files.js';

/** A step as a runner would start it: INPUT_* variables and real runner files in a temp folder. */
export function makeStep(inputs: Record<string, string>, extra: Env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aswf-step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: dir, ...files, ...extra };
  for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
  let log = '';
  const step = new Step(env, (t) => {
    log += t;
  });
  return {
    step,
    dir,
    env,
    log: () => log,
    outputs: () => readFileCommands(files.GITHUB_OUTPUT),
    exported: () => readFileCommands(files.GITHUB_ENV),
    state: () => readFileCommands(files.GITHUB_STATE),
    summary: () => readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

/** The host executor, quiet, with every output line kept (what the runner's log would show). */
export function capturingExecutor(): Executor & { lines: string[]; commands: string[][] } {
  const host = new HostExecutor(() => undefined);
  const lines: string[] = [];
  const commands: string[][] = [];
  return {
    where: host.where,
    lines,
    commands,
    which: (p) => host.which(p),
    run: (argv, options: RunOptions = {}) => {
      commands.push([...argv]);
      return host.run(argv, {
        ...options,
        silent: true,
        onLine: (l) => {
          lines.push(l);
          options.onLine?.(l);
        },
      });
    },
  };
}

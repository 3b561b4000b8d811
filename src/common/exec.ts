import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { which as ioWhich } from '@actions/io';
import { join as shellJoin } from 'shlex';
import { Env } from './inputs.js';
import { UserError } from './errors.js';
import { CONTAINER_PATH_VARIABLE, CONTAINER_VARIABLE } from './vars.js';
import { safe } from './format.js';

export interface RunOptions {
  /** Working directory of the command (inside a container: the same path, the workspace is mounted there). */
  cwd?: string;
  /** Variables added to the command's environment. */
  env?: Env;
  /** Do not stream the output to the log (it is still captured). */
  silent?: boolean;
  /** Resolve with the exit code instead of rejecting when it is not 0. */
  ignoreReturnCode?: boolean;
  /** Called for each complete line of stdout and stderr. */
  onLine?: (line: string) => void;
  /** Windows: pass the arguments as they are, unquoted (for cmd.exe /c, which has its own quoting rules). */
  verbatim?: boolean;
  /**
   * In a container: the user the command runs as (`0:0` for root: package installs, whatever user the container
   * runs later steps as). On the host it is ignored: the caller adds sudo where it must.
   */
  user?: string;
}

export interface RunResult {
  exitCode: number;
  /** The captured output (the last MiB of each stream). */
  stdout: string;
  stderr: string;
}

/**
 * The one way the actions run an external command: an argument array (never a shell string), the command line
 * logged, the output streamed and captured. On the host or inside a container, the caller does not care.
 */
export interface Executor {
  /** 'host' or 'container <id>'. */
  readonly where: string;
  run(argv: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** The path of a program on the executor's PATH, or undefined. */
  which(program: string): Promise<string | undefined>;
}

export class CommandFailed extends UserError {
  constructor(
    readonly argv: readonly string[],
    readonly result: RunResult,
  ) {
    super(`${argv[0]} exited with code ${result.exitCode}`);
  }
}

/** The command line as a reader would type it (for logs only: it is never executed). */
export function formatCommand(argv: readonly string[]): string {
  return shellJoin([...argv]);
}

const CAPTURE_LIMIT = 1 << 20;

/**
 * The environment of a spawned command: this process's, less the step's inputs (INPUT_*: a token, a key or a
 * passphrase can be among them, and no command needs them), plus the command's own variables.
 */
export function commandEnvironment(extra: Env = {}): Env {
  const env: Env = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^INPUT_/i.test(name)) env[name] = value;
  return { ...env, ...extra };
}

/**
 * Spawns argv[0] with argv[1..] directly (no shell); `log` receives the command line, made safe to log (an argument
 * is user text: a CR/LF in it must not start a workflow command on the next line).
 */
export function spawnCommand(
  argv: readonly string[],
  options: RunOptions & { display?: string; log?: (line: string) => void },
): Promise<RunResult> {
  const [file, ...args] = argv;
  if (!file) throw new Error('empty command');
  (options.log ?? ((l) => process.stdout.write(l + '\n')))(`[command]${safe(options.display ?? formatCommand(argv))}`);
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: commandEnvironment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      windowsVerbatimArguments: options.verbatim,
    });
    const captured = { stdout: '', stderr: '' };
    const partial = { stdout: '', stderr: '' };
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!options.silent) (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
      captured[stream] = (captured[stream] + text).slice(-CAPTURE_LIMIT);
      if (options.onLine) {
        const lines = (partial[stream] + text).split(/\r?\n/);
        partial[stream] = lines.pop() ?? '';
        for (const line of lines) options.onLine(line);
      }
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    child.on('error', (err: NodeJS.ErrnoException) => {
      // spawn says ENOENT for a missing working directory too: tell the two apart.
      if (err.code === 'ENAMETOOLONG') reject(new UserError(`Cannot run '${safe(file)}': a path is too long for the system (${safe(err.message)}).`));
      else if (options.cwd && !existsSync(options.cwd)) reject(new UserError(`Cannot run '${safe(file)}': its working directory ${safe(options.cwd)} does not exist.`));
      else if (err.code === 'ENOENT') reject(new UserError(`'${safe(file)}' was not found: is it installed and on PATH?`));
      else reject(err);
    });
    child.on('close', (code, signal) => {
      if (options.onLine) for (const rest of [partial.stdout, partial.stderr]) if (rest) options.onLine(rest);
      const result = { exitCode: code ?? (signal ? 128 : 1), ...captured };
      if (result.exitCode !== 0 && !options.ignoreReturnCode) reject(new CommandFailed(argv, result));
      else resolve(result);
    });
  });
}

export class HostExecutor implements Executor {
  readonly where = 'host';
  constructor(private readonly log?: (line: string) => void) {}

  run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    return spawnCommand(argv, { ...options, log: this.log });
  }

  async which(program: string): Promise<string | undefined> {
    return (await ioWhich(program, false)) || undefined;
  }
}

/**
 * Runs commands inside a running container with `docker exec`. The workspace is mounted at the same path, so
 * working directories are unchanged. Variables are passed by name (`-e NAME`), their values through docker's own
 * environment, so they never appear on a command line.
 */
export class ContainerExecutor implements Executor {
  readonly where: string;
  /** Variables of the step's environment that every command in the container gets (ccache and CMake settings). */
  private readonly forwarded: Env;
  /** PATH in the container, when an action set one (CONTAINER_PATH_VARIABLE); else the image's. */
  private readonly path?: string;

  constructor(
    readonly container: string,
    private readonly log?: (line: string) => void,
    stepEnv: Env = {},
    readonly docker = 'docker',
  ) {
    this.where = `container ${container.slice(0, 12)}`;
    this.path = stepEnv[CONTAINER_PATH_VARIABLE] || undefined;
    // The library and pkg-config paths only when the deps action computed them for this container (it sets the
    // container's PATH too): the host's own values name host folders.
    this.forwarded = Object.fromEntries(Object.entries(stepEnv).filter(([name]) => FORWARDED.test(name) && (this.path || !SEARCH_PATHS.test(name))));
  }

  /** The docker command line that runs argv in the container, and the variables docker passes in by name. */
  dockerArgs(argv: readonly string[], options: RunOptions = {}): { args: string[]; env: Env } {
    const env = { ...this.forwarded, ...options.env };
    const args = [this.docker, 'exec'];
    if (options.cwd) args.push('--workdir', options.cwd);
    if (options.user) args.push('--user', options.user);
    // By value: passed by name, PATH would be the docker client's own (the host's), which must not change.
    if (this.path) args.push('--env', `PATH=${this.path}`);
    for (const name of Object.keys(env)) args.push('--env', name);
    args.push(this.container, ...argv);
    return { args, env };
  }

  run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const { args, env } = this.dockerArgs(argv, options);
    return spawnCommand(args, {
      ...options,
      env,
      cwd: undefined,
      log: this.log,
      display: `${formatCommand(argv)}  (in ${this.where})`,
    });
  }

  async which(program: string): Promise<string | undefined> {
    const result = await spawnCommand(
      // The PATH commands run with (the deps prefix's bin in front), so that what run() would find, which() finds.
      [this.docker, 'exec', ...(this.path ? ['--env', `PATH=${this.path}`] : []), this.container, 'sh', '-c', 'command -v -- "$1"', 'sh', program],
      { silent: true, ignoreReturnCode: true, log: () => undefined },
    );
    const found = result.stdout.trim();
    return result.exitCode === 0 && found ? found : undefined;
  }
}


/**
 * Step variables passed into the container for every command: ccache's and CMake's own settings, and the search paths
 * the deps action exports for its prefix (libraries and pkg-config files).
 */
const FORWARDED = /^(CCACHE_[A-Z_]+|CMAKE_[A-Z_]+|CTEST_[A-Z_]+|LD_LIBRARY_PATH|PKG_CONFIG_PATH)$/;
const SEARCH_PATHS = /^(LD_LIBRARY_PATH|PKG_CONFIG_PATH)$/;

/** The executor for a container (docker exec into it, forwarding the step's ccache/CMake variables), or the host. */
export function executorIn(container: string | undefined, env: Env, log?: (line: string) => void): Executor {
  return container ? new ContainerExecutor(container, log, env) : new HostExecutor(log);
}

/** The executor a step should use: the job's container when the container action started one, else the host. */
export function executorFor(env: Env, log?: (line: string) => void): Executor {
  return executorIn(env[CONTAINER_VARIABLE] || undefined, env, log);
}

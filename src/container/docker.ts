import { Env } from '../common/inputs.js';
import { CommandFailed, Executor, RunResult } from '../common/exec.js';
import { UserError, errorMessage } from '../common/errors.js';
import { tail } from '../common/format.js';

/** The docker client's own settings (DOCKER_HOST, DOCKER_CONFIG...) from the step's environment. */
export function dockerEnv(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => /^DOCKER_/.test(name)));
}

/** The last lines of a failed docker command, for an error message. */
export function reason(result: RunResult): string {
  return tail((result.stderr || result.stdout).trim(), 3).replace(/\s*\n\s*/g, ' / ') || `exit code ${result.exitCode}`;
}

export interface PullOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First delay in ms, doubled each time (default 5000). */
  minTimeout?: number;
  log?: (line: string) => void;
}

/** Errors a retry cannot fix: the image or tag does not exist, or access is denied. */
const PERMANENT = /manifest unknown|not found|does not exist|unauthorized|denied|invalid reference format/i;

/** The docker client, driven through the execution seam (argument arrays, no shell). */
export class Docker {
  constructor(
    private readonly exec: Executor,
    private readonly env: Env = {},
    readonly docker = 'docker',
  ) {}

  private run(args: string[], silent = true): Promise<RunResult> {
    return this.exec.run([this.docker, ...args], { env: this.env, silent, ignoreReturnCode: true });
  }

  /** The daemon's version; a clear error when the client is missing or the daemon does not answer. */
  async ping(): Promise<string> {
    let result: RunResult;
    try {
      result = await this.run(['version', '--format', '{{.Server.Version}}']);
    } catch (err) {
      throw new UserError(`The container action needs docker: ${errorMessage(err)}`);
    }
    const version = result.stdout.trim();
    if (result.exitCode !== 0 || !version) {
      throw new UserError(`The docker daemon is not reachable (${reason(result)}). The container action needs a running docker engine on a Linux runner.`);
    }
    return version;
  }

  /** The image's configuration (Config.Env...), or undefined when the image is not present locally. */
  async inspectImage(image: string): Promise<{ env: string[]; id: string } | undefined> {
    const result = await this.run(['image', 'inspect', '--format', '{{json .Config.Env}}\t{{.Id}}', image]);
    if (result.exitCode !== 0) return undefined;
    const [envJson, id] = result.stdout.trim().split('\t');
    return { env: (JSON.parse(envJson || 'null') as string[] | null) ?? [], id: id ?? '' };
  }

  /** Pulls with retries and exponential backoff; errors that no retry can fix stop at once. */
  async pull(image: string, options: PullOptions = {}): Promise<void> {
    const { default: pRetry, AbortError } = await import('p-retry');
    const retries = options.retries ?? 3;
    let attempts = 0;
    try {
      await pRetry(
        async () => {
          attempts++;
          const result = await this.run(['pull', image], false);
          if (result.exitCode === 0) return;
          const text = reason(result);
          if (PERMANENT.test(text)) throw new AbortError(text);
          throw new Error(text);
        },
        {
          retries,
          minTimeout: options.minTimeout ?? 5000,
          factor: 2,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0) options.log?.(`Pull attempt ${attemptNumber} failed (${error.message}); retrying (${retriesLeft} left).`);
          },
        },
      );
    } catch (err) {
      throw new UserError(`Could not pull ${image} (${attempts} attempt${attempts === 1 ? '' : 's'}): ${errorMessage(err)}`);
    }
  }

  /**
   * `docker create ARGS` then `docker start`: the new container's id. When the start fails, the created container is
   * removed and `id` is undefined. `afterCreate` runs as soon as `docker create` returns, whatever its outcome (e.g. to
   * remove an --env-file).
   */
  async start(args: string[], afterCreate?: () => void): Promise<{ id?: string; result: RunResult }> {
    let created: RunResult;
    try {
      created = await this.run(['create', ...args], false);
    } finally {
      afterCreate?.();
    }
    const id = created.stdout.trim().split(/\s+/).pop();
    if (created.exitCode !== 0 || !id) return { result: created };
    const started = await this.run(['start', id]);
    if (started.exitCode !== 0) {
      await this.remove(id);
      return { result: started };
    }
    return { id, result: started };
  }

  exec_(container: string, argv: string[], user?: string): Promise<RunResult> {
    return this.run(['exec', ...(user ? ['--user', user] : []), container, ...argv]);
  }

  /** Removes a container (and its anonymous volumes); true when it is gone. */
  async remove(container: string): Promise<RunResult> {
    return this.run(['rm', '--force', '--volumes', container]);
  }

  /** Ids of containers created from created-by label, for leak checks. */
  async containers(filter: string): Promise<string[]> {
    const result = await this.run(['ps', '--all', '--quiet', '--filter', filter]);
    if (result.exitCode !== 0) throw new CommandFailed([this.docker, 'ps'], result);
    return result.stdout.split(/\s+/).filter(Boolean);
  }
}

import { UserError } from '../common/errors.js';
import { RequestLike, RetryPolicy, describe, withRetries } from '../release/github.js';

/** A self-hosted runner as GitHub lists it. */
export interface Runner {
  id: number;
  name: string;
  /** `online` or `offline`. */
  status: string;
  busy: boolean;
}

/** A workflow run's state (`status`: queued, in_progress, completed, ...). */
export interface RunState {
  status: string;
  conclusion: string | null;
}

export type GitHubOptions = Partial<RetryPolicy>;

const status = (err: unknown): number | undefined => {
  const s = (err as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
};

/**
 * The GitHub calls of the gpu action, all through one Octokit (the release action's kind: @actions/github's
 * getOctokit), each retried as the release client retries (5xx and network errors back off, rate limits wait for
 * their reset: `retryDelay`). Repository-level runners: the token needs the repository's Administration permission
 * (write) for the runner calls.
 */
export class GpuGitHub {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly octokit: RequestLike,
    readonly owner: string,
    readonly repo: string,
    options: GitHubOptions = {},
  ) {
    this.policy = {
      attempts: options.attempts ?? 4,
      backoffMs: options.backoffMs ?? 2000,
      maxWaitMs: options.maxWaitMs ?? 5 * 60_000,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      now: options.now ?? Date.now,
      log: options.log ?? (() => undefined),
    };
  }

  private retry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetries(this.policy, what, fn);
  }

  private get params() {
    return { owner: this.owner, repo: this.repo };
  }

  /**
   * A just-in-time runner: registered now (offline until the machine starts it), runs one job, then GitHub removes
   * it. The encoded config is a credential: the caller masks it.
   */
  async jitConfig(name: string, labels: string[], runnerGroupId: number, workFolder = '_work'): Promise<{ runnerId: number; encoded: string }> {
    try {
      const { data } = await this.retry('Creating the just-in-time runner', () =>
        this.octokit.request('POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', {
          ...this.params,
          name,
          runner_group_id: runnerGroupId,
          labels,
          work_folder: workFolder,
        }),
      );
      const encoded = (data as { encoded_jit_config?: unknown }).encoded_jit_config;
      const runnerId = (data as { runner?: { id?: unknown } }).runner?.id;
      if (typeof encoded !== 'string' || !encoded || typeof runnerId !== 'number') throw new UserError('GitHub answered generate-jitconfig without a runner id and config.');
      return { runnerId, encoded };
    } catch (err) {
      if (err instanceof UserError) throw err;
      const s = status(err);
      const hint = s === 403 || s === 404 ? " The github-token needs the repository's Administration permission (write), e.g. a fine-grained token or a GitHub App token: the workflow's GITHUB_TOKEN cannot create runners." : '';
      throw new UserError(`Creating the just-in-time runner failed: ${describe(err)}.${hint}`);
    }
  }

  /** The repository's self-hosted runners (every page). */
  async runners(): Promise<Runner[]> {
    const all: Runner[] = [];
    for (let page = 1; page <= 50; page++) {
      const { data } = await this.retry('Listing the runners', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/actions/runners', { ...this.params, per_page: 100, page }),
      );
      const runners = ((data as { runners?: Runner[] }).runners ?? []).map(({ id, name, status, busy }) => ({ id, name, status, busy }));
      all.push(...runners);
      if (runners.length < 100) break;
    }
    return all;
  }

  /** One runner, or undefined when GitHub no longer has it (a just-in-time runner is removed after its job). */
  async runner(id: number): Promise<Runner | undefined> {
    try {
      const { data } = await this.retry('Reading the runner', () => this.octokit.request('GET /repos/{owner}/{repo}/actions/runners/{runner_id}', { ...this.params, runner_id: id }));
      const { name, status: st, busy } = data as Runner;
      return { id, name, status: st, busy };
    } catch (err) {
      if (status(err) === 404) return undefined;
      throw err;
    }
  }

  /** Removes a runner; one GitHub no longer has counts as removed (`absent`). */
  async deleteRunner(id: number): Promise<'deleted' | 'absent'> {
    try {
      await this.retry('Removing the runner', () => this.octokit.request('DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}', { ...this.params, runner_id: id }));
      return 'deleted';
    } catch (err) {
      if (status(err) === 404) return 'absent';
      throw err;
    }
  }

  /** A workflow run's state, or undefined when GitHub has no such run (deleted). */
  async run(runId: string): Promise<RunState | undefined> {
    try {
      const { data } = await this.retry('Reading the workflow run', () => this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...this.params, run_id: Number(runId) }));
      const { status: st, conclusion } = data as RunState;
      return { status: st, conclusion: conclusion ?? null };
    } catch (err) {
      if (status(err) === 404) return undefined;
      throw err;
    }
  }

  /** A user's permission on the repository (admin, write, read or none: maintain reads as write, triage as read). */
  async permission(user: string): Promise<string> {
    try {
      const { data } = await this.retry('Reading the labeller\'s permission', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...this.params, username: user }),
      );
      return String((data as { permission?: unknown }).permission ?? 'none');
    } catch (err) {
      if (status(err) === 404) return 'none';
      throw err;
    }
  }

  /** A pull request's current head commit and labels. */
  async pull(number: number): Promise<{ headSha: string; labels: string[] }> {
    const { data } = await this.retry('Reading the pull request', () => this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...this.params, pull_number: number }));
    const pr = data as { head?: { sha?: string }; labels?: { name?: string }[] };
    return { headSha: pr.head?.sha ?? '', labels: (pr.labels ?? []).map((l) => l.name ?? '') };
  }
}

/** An Octokit for `token`, made as the release action makes it; `fetch` replaces the HTTP layer (tests). */
export async function makeOctokit(token: string, apiUrl: string | undefined, fetch?: typeof globalThis.fetch): Promise<RequestLike> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { ...(apiUrl ? { baseUrl: apiUrl } : {}), ...(fetch ? { request: { fetch } } : {}) }) as unknown as RequestLike;
}

// A test double of GitHub at the HTTP boundary only: an in-memory repository's self-hosted runners, workflow runs,
// collaborator permissions and pull requests, answering as GitHub's REST API documents (status codes and the fields
// of its runner, run, permission and pull request objects). It is the `fetch` Octokit receives through its
// `request.fetch` option; everything above fetch is the real code.
import { GpuGitHub } from '../../src/gpu/github.js';
import { makeOctokit } from '../../src/gpu/github.js';

export interface FakeRunner {
  id: number;
  name: string;
  os: string;
  status: 'online' | 'offline';
  busy: boolean;
  labels: { id: number; name: string; type: string }[];
}

const json = (status: number, data: unknown) =>
  status === 204 ? new Response(null, { status }) : new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const notFound = () => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

export class FakeGitHub {
  runners = new Map<number, FakeRunner>();
  runs = new Map<number, { status: string; conclusion: string | null }>();
  permissions = new Map<string, string>();
  pulls = new Map<number, unknown>();
  calls: string[] = [];
  /** Polls of a runner before it turns online (undefined: never). */
  onlineAfter: number | undefined = 1;
  /** Answers to force for a path (e.g. 502), consumed in order. */
  failures: { match: RegExp; status: number }[] = [];
  private nextId = 100;
  private polls = new Map<number, number>();

  constructor(readonly owner = 'Codertocat', readonly repo = 'Hello-World') {}

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(`/repos/${this.owner}/${this.repo}`, '');
    this.calls.push(`${method} ${path}`);
    const failure = this.failures.findIndex((f) => f.match.test(`${method} ${path}`));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return json(f!.status, { message: 'Server Error' });
    }
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, any>) : {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/actions/runners/generate-jitconfig') {
      if (typeof body.name !== 'string' || typeof body.runner_group_id !== 'number' || !Array.isArray(body.labels)) return json(422, { message: 'Invalid request.' });
      if ([...this.runners.values()].some((r) => r.name === body.name)) return json(409, { message: 'Already exists - A runner with the name already exists.' });
      const id = this.nextId++;
      const runner: FakeRunner = {
        id,
        name: body.name,
        os: 'unknown',
        status: 'offline',
        busy: false,
        labels: (body.labels as string[]).map((name, i) => ({ id: i + 1, name, type: 'custom' })),
      };
      this.runners.set(id, runner);
      return json(201, { runner, encoded_jit_config: Buffer.from(`jit-config-for-${id}-SECRET`).toString('base64') });
    }
    if (method === 'GET' && path === '/actions/runners') {
      const all = [...this.runners.values()];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      return json(200, { total_count: all.length, runners: all.slice((page - 1) * perPage, page * perPage) });
    }
    if ((m = /^\/actions\/runners\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      const runner = this.runners.get(id);
      if (!runner) return notFound();
      if (method === 'DELETE') {
        this.runners.delete(id);
        return json(204, null);
      }
      const polls = (this.polls.get(id) ?? 0) + 1;
      this.polls.set(id, polls);
      if (this.onlineAfter !== undefined && polls > this.onlineAfter) runner.status = 'online';
      return json(200, runner);
    }
    if (method === 'GET' && (m = /^\/actions\/runs\/(\d+)$/.exec(path))) {
      const run = this.runs.get(Number(m[1]));
      return run ? json(200, { id: Number(m[1]), name: 'CI', event: 'push', ...run }) : notFound();
    }
    if (method === 'GET' && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const permission = this.permissions.get(decodeURIComponent(m[1]!)) ?? 'none';
      return json(200, { permission, role_name: permission, user: { login: decodeURIComponent(m[1]!) } });
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(path))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? json(200, pr) : notFound();
    }
    return notFound();
  };

  /** The real client over this fake (no retry wait). */
  async client(): Promise<GpuGitHub> {
    return new GpuGitHub(await makeOctokit('test-token', 'https://api.github.com', this.fetch as typeof globalThis.fetch), this.owner, this.repo, { sleep: async () => undefined, backoffMs: 1 });
  }
}

// Test doubles at the HTTP boundary to GitHub only: a replay of @octokit/fixtures' recorded exchanges, and a small
// in-memory Releases API whose answers are shaped like GitHub's documented ones. Both are `fetch` functions that
// Octokit receives through its `request.fetch` option, and that the upload transport `fetchUpload` below sends the
// asset bytes to; everything above fetch and the transport is the real code (the real node:http transport is tested
// against a real local server in upload-stream.test.ts).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DownloadHasher, UploadTransport } from '../../src/release/github.js';

export interface RecordedStep {
  scope: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  response: unknown;
  headers: Record<string, string>;
}

/** The normalized recording of an @octokit/fixtures scenario (real exchanges with api.github.com). */
export function scenario(name: string): RecordedStep[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@octokit/fixtures/package.json'));
  return JSON.parse(readFileSync(join(root, 'scenarios', 'api.github.com', name, 'normalized-fixture.json'), 'utf8'));
}

export async function bodyBuffer(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function bodyText(body: unknown): Promise<string> {
  return (await bodyBuffer(body)).toString('utf8');
}

function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  const h = init?.headers as Record<string, string> | undefined;
  if (!h) return undefined;
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key ? String(h[key]) : undefined;
}

function respond(status: number, data: unknown, headers: Record<string, string> = {}): Response {
  const clean = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'content-length' && k !== 'transfer-encoding'));
  if (status === 204 || data === '' || data === undefined) return new Response(null, { status, headers: clean });
  return new Response(typeof data === 'string' ? data : JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...clean },
  });
}

/**
 * Replays recorded steps in order: each request must have the recorded method, host and path (the upload's `name`
 * parameter compared, other query parameters such as pagination ignored) and the recorded body.
 */
export function replay(steps: RecordedStep[]) {
  const queue = [...steps];
  const calls: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = (init?.method ?? 'GET').toLowerCase();
    const step = queue.shift();
    calls.push(`${method.toUpperCase()} ${url.host}${url.pathname}`);
    if (!step) throw new Error(`unexpected request ${method} ${url}`);
    const recorded = new URL(step.scope.replace(/:443$/, '') + step.path);
    if (step.method !== method || recorded.host !== url.host || recorded.pathname !== url.pathname) {
      throw new Error(`expected ${step.method} ${recorded}, got ${method} ${url}`);
    }
    if (recorded.searchParams.get('name') !== url.searchParams.get('name')) throw new Error(`expected name=${recorded.searchParams.get('name')} in ${url}`);
    const body = await bodyText(init?.body);
    if (typeof step.body === 'string' && step.body !== '' && body !== step.body) throw new Error(`body ${JSON.stringify(body)} ≠ recorded ${JSON.stringify(step.body)}`);
    if (typeof step.body === 'string' && step.body !== '' && headerOf(init, 'content-length') !== String(Buffer.byteLength(step.body))) {
      throw new Error(`content-length ${headerOf(init, 'content-length')} ≠ ${Buffer.byteLength(step.body)}`);
    }
    return respond(step.status, step.response, step.headers);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, remaining: () => queue.length };
}

/**
 * An upload transport that sends the file to a fake's `fetch`: a fresh read stream of the file at each call, with the
 * headers the client gave and the Content-Length, as the real transport sends them over node:http. `sent` records
 * each call's URL and headers.
 */
export function fetchUpload(fetch: typeof globalThis.fetch) {
  const sent: Array<{ url: string; headers: Record<string, string> }> = [];
  const transport: UploadTransport = async (url, path, size, headers) => {
    const all = { ...headers, 'content-length': String(size) };
    sent.push({ url: url.href, headers: all });
    const init = { method: 'POST', headers: all, body: createReadStream(path), duplex: 'half' };
    const res = await fetch(url.href, init as unknown as RequestInit);
    return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
  };
  return { transport, sent };
}

/** A download hasher that GETs the asset from a fake's `fetch` and hashes the body as it streams; `got` records URLs. */
export function fetchDownload(fetch: typeof globalThis.fetch) {
  const got: string[] = [];
  const hasher: DownloadHasher = async (url, headers) => {
    got.push(url.href);
    const res = await fetch(url.href, { method: 'GET', headers: { ...headers } });
    if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, response: { status: res.status, headers: {}, data: await res.text() } });
    const hash = createHash('sha256');
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
    return hash.digest('hex');
  };
  return { hasher, got };
}

export interface FakeAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  digest: string | null;
  content_type: string;
  browser_download_url: string;
  url: string;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  html_url: string;
  upload_url: string;
  assets: FakeAsset[];
}

type Hook = (req: { method: string; url: URL; body: Buffer }) => Response | undefined;

const API = 'https://api.github.com';
const UPLOADS = 'https://uploads.github.com';

/**
 * A Releases API for one repository, in memory, with GitHub's documented status codes and error bodies. `hooks`
 * answer a request first (a 502, a 429...) when they return a response.
 */
export class FakeGitHub {
  releases: FakeRelease[] = [];
  log: string[] = [];
  hooks: Hook[] = [];
  /** False to play a server that reports no `digest` (GHES, assets uploaded before GitHub computed digests). */
  digests = true;
  /** Each asset's bytes, by id: `GET .../releases/assets/{id}` with `Accept: application/octet-stream` returns them. */
  contents = new Map<number, Buffer>();
  /** Releases that exist but are not listed yet by `GET /releases` (GitHub's listing lags behind a create). */
  unlisted = new Set<number>();
  /** The JSON body of each PATCH of a release, in order. */
  patches: Array<Record<string, unknown>> = [];
  /** Where uploads go (the host of each release's `upload_url`). */
  uploadsBase = UPLOADS;
  private nextId = 100;

  constructor(
    readonly owner = 'AcademySoftwareFoundation',
    readonly repo = 'openexr',
  ) {}

  /** The name GitHub gives a draft in its URLs until it is published: `untagged-<20 hex digits>`. */
  static untagged(id: number): string {
    return `untagged-${createHash('sha1').update(String(id)).digest('hex').slice(0, 20)}`;
  }

  addRelease(partial: Partial<FakeRelease> & { tag_name: string }): FakeRelease {
    // A given id (a recorded event's release) is kept, and the URLs are made from it.
    const id = partial.id ?? this.nextId++;
    const release: FakeRelease = {
      id,
      name: partial.tag_name,
      body: null,
      draft: false,
      prerelease: false,
      immutable: false,
      // A draft's page and download URLs name it `untagged-...` (as GitHub does) until it is published.
      html_url: `https://github.com/${this.owner}/${this.repo}/releases/tag/${partial.draft ? FakeGitHub.untagged(id) : partial.tag_name}`,
      upload_url: `${this.uploadsBase}/repos/${this.owner}/${this.repo}/releases/${id}/assets{?name,label}`,
      assets: [],
      ...partial,
    };
    this.releases.push(release);
    return release;
  }

  addAsset(release: FakeRelease, name: string, content: Buffer, state = 'uploaded'): FakeAsset {
    const id = this.nextId++;
    const asset: FakeAsset = {
      id,
      name,
      size: content.length,
      state,
      digest: state === 'uploaded' && this.digests ? `sha256:${createHash('sha256').update(content).digest('hex')}` : null,
      content_type: 'application/octet-stream',
      browser_download_url: this.downloadUrl(release, name),
      url: `${API}/repos/${this.owner}/${this.repo}/releases/assets/${id}`,
    };
    release.assets.push(asset);
    this.contents.set(id, content);
    return asset;
  }

  private downloadUrl(release: FakeRelease, name: string): string {
    return `https://github.com/${this.owner}/${this.repo}/releases/download/${release.draft ? FakeGitHub.untagged(release.id) : release.tag_name}/${name}`;
  }

  private view(r: FakeRelease) {
    const { assets, ...rest } = r;
    return { ...rest, assets };
  }

  readonly fetch = (async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = await bodyBuffer(init?.body);
    this.log.push(`${method} ${url.pathname}${url.searchParams.get('name') ? `?name=${url.searchParams.get('name')}` : ''}`);
    for (const hook of this.hooks) {
      const answer = hook({ method, url, body });
      if (answer) return answer;
    }
    return this.handle(method, url, body);
  }) as typeof globalThis.fetch;

  private handle(method: string, url: URL, body: Buffer): Response {
    const base = `/repos/${this.owner}/${this.repo}/releases`;
    const path = url.pathname;
    const notFound = () => respond(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/releases/releases' });
    const json = () => JSON.parse(body.toString('utf8') || '{}');
    if (path === base && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const sorted = this.releases.filter((r) => !this.unlisted.has(r.id)).sort((a, b) => b.id - a.id);
      return respond(200, sorted.slice((page - 1) * per, page * per).map((r) => this.view(r)));
    }
    if (path === base && method === 'POST') {
      const params = json();
      // GitHub refuses a release (a draft too) of a tag that a published release holds.
      if (this.releases.some((r) => r.tag_name === params.tag_name && !r.draft)) {
        return respond(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
          documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
          status: '422',
        });
      }
      const r = this.addRelease({ tag_name: params.tag_name, name: params.name ?? null, body: params.body ?? null, draft: !!params.draft, prerelease: !!params.prerelease });
      return respond(201, this.view(r));
    }
    if (path === `${base}/generate-notes` && method === 'POST') {
      const params = json();
      if (typeof params.tag_name !== 'string') return respond(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }] });
      return respond(200, {
        name: params.tag_name,
        body: `## What's Changed\n* Fix the build by @someone in https://github.com/${this.owner}/${this.repo}/pull/1\n\n**Full Changelog**: https://github.com/${this.owner}/${this.repo}/commits/${params.tag_name}`,
      });
    }
    if (path.startsWith(`${base}/tags/`) && method === 'GET') {
      // Published releases only: GitHub's GET /releases/tags/{tag} does not see drafts. (It is not subject to the
      // listing lag that `unlisted` plays.)
      const tag = decodeURIComponent(path.slice(`${base}/tags/`.length));
      const r = this.releases.find((x) => x.tag_name === tag && !x.draft);
      return r ? respond(200, this.view(r)) : notFound();
    }
    let m = path.match(new RegExp(`^${base}/(\\d+)$`));
    if (m) {
      const r = this.releases.find((x) => x.id === Number(m![1]));
      if (!r) return notFound();
      if (method === 'GET') return respond(200, this.view(r));
      if (method === 'PATCH') {
        const params = json();
        this.patches.push(params);
        if (!r.draft && r.immutable) {
          return respond(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'custom', message: 'Cannot modify an immutable release.' }], status: '422' });
        }
        for (const k of ['name', 'body', 'draft', 'prerelease'] as const) if (k in params) (r as any)[k] = params[k];
        if (params.draft === false) {
          r.html_url = r.html_url.replace(/\/untagged-[^/]+$/, `/${r.tag_name}`);
          for (const a of r.assets) a.browser_download_url = this.downloadUrl(r, a.name);
        }
        return respond(200, this.view(r));
      }
      if (method === 'DELETE') {
        this.releases = this.releases.filter((x) => x !== r);
        return respond(204, '');
      }
    }
    m = path.match(new RegExp(`^${base}/(\\d+)/assets$`));
    if (m && url.host === 'api.github.com' && method === 'GET') {
      const r = this.releases.find((x) => x.id === Number(m![1]));
      if (!r) return notFound();
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      return respond(200, r.assets.slice((page - 1) * per, page * per));
    }
    if (m && url.host === new URL(this.uploadsBase).host && method === 'POST') {
      const r = this.releases.find((x) => x.id === Number(m![1]));
      if (!r) return notFound();
      const name = url.searchParams.get('name') ?? '';
      if (!r.draft && r.immutable) {
        return respond(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'custom', field: 'release', message: 'Cannot upload assets to an immutable release.' }], status: '422' });
      }
      if (r.assets.some((a) => a.name === name)) {
        return respond(422, { message: 'Validation Failed', request_id: '0000:00000:0000000:0000000:00000000', documentation_url: 'https://docs.github.com/rest', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      }
      return respond(201, this.addAsset(r, name, body));
    }
    m = path.match(new RegExp(`^${base}/assets/(\\d+)$`));
    if (m && method === 'GET') {
      const content = this.contents.get(Number(m[1]));
      if (!content || !this.releases.some((r) => r.assets.some((a) => a.id === Number(m![1])))) return notFound();
      // GitHub answers 302 to a signed download URL, which fetch follows: the bytes are what the client gets.
      return new Response(content, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    }
    if (m && method === 'DELETE') {
      for (const r of this.releases) {
        const a = r.assets.find((x) => x.id === Number(m![1]));
        if (a) {
          if (!r.draft && r.immutable) return respond(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'Cannot delete assets of an immutable release.' }] });
          r.assets = r.assets.filter((x) => x !== a);
          return respond(204, '');
        }
      }
      return notFound();
    }
    return respond(404, { message: `Not Found (${method} ${path})` });
  }
}

/** Serves the fake's API on one port and its uploads on another, as GitHub's two hosts. */
export async function serve(gh: FakeGitHub) {
  const servers: Server[] = [];
  const listen = async (toUrl: (path: string) => string) => {
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const answer = await gh.fetch(toUrl(req.url!), { method: req.method, headers, body: body.length ? (Readable.from([body]) as unknown as RequestInit["body"]) : undefined });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const api = await listen((path) => `https://api.github.com${path}`);
  gh.uploadsBase = await listen((path) => `${gh.uploadsBase}${path}`);
  const close = async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  };
  return { api, close };
}

export { respond };

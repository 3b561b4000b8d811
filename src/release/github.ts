import { createReadStream } from 'node:fs';
import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { UserError, errorMessage } from '../common/errors.js';
import type { LocalAsset } from './assets.js';
import { safe } from '../common/format.js';

/** The fields of a release this action reads (GitHub's REST "release" object). */
export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  html_url: string;
  upload_url: string;
  /** The release's assets, as the release object embeds them (the PATCH that publishes answers with them). */
  assets?: RemoteAsset[];
}

/** The fields of a release asset this action reads. */
export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  /** `sha256:<hex>` on current GitHub; absent on older servers and in old recordings. */
  digest?: string | null;
  browser_download_url: string;
  /** The API URL of the asset (`.../releases/assets/{id}`): a GET with `Accept: application/octet-stream` downloads it. */
  url?: string;
}

/** The sha256 (lowercase hex) in the `sha256:<hex>` digest GitHub reports for an asset, or undefined without one. */
export function reportedSha256(asset: Pick<RemoteAsset, 'digest'>): string | undefined {
  return /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')?.[1]?.toLowerCase();
}

/** What GitHub answers: the part of @octokit/request's response the client uses. */
interface Response<T> {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: T;
}

/** The one Octokit method used: `request(route, parameters)` (every call goes through it, so it is easy to read). */
export interface RequestLike {
  request(route: string | { method: string; url: string; [k: string]: unknown }, parameters?: Record<string, unknown>): Promise<Response<any>>;
}

/** What the upload server answered: status, headers (lower-case names) and the body as text. */
export interface UploadReply {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

/**
 * Sends the file at `path` (`size` bytes) as the body of a POST to `url` with `headers` (and its Content-Length),
 * reading the file afresh at each call: a streamed body cannot be sent twice.
 */
export type UploadTransport = (url: URL, path: string, size: number, headers: Readonly<Record<string, string>>) => Promise<UploadReply>;

/**
 * Downloads the asset at its API `url` (GitHub answers with a redirect to the file) and returns the sha256 of its
 * bytes in hex, hashed as they arrive: nothing is kept in memory or written to disk.
 */
export type DownloadHasher = (url: URL, headers: Readonly<Record<string, string>>) => Promise<string>;

/**
 * The default {@link DownloadHasher}: @actions/http-client (the same proxy settings as the uploads; it follows the
 * redirect and drops the Authorization header when the redirect leaves the API host), the body piped into a hash.
 */
export const httpDownloadSha256: DownloadHasher = async (url, headers) => {
  const { HttpClient } = await import('@actions/http-client');
  const client = new HttpClient(USER_AGENT, [], { allowRedirects: true, maxRedirects: 5, socketTimeout: UPLOAD_IDLE_MS });
  try {
    const res = await client.get(url.href, { ...headers });
    const status = res.message.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      const body = await res.readBody();
      throw new UploadError(url, { status, headers: flatHeaders(res.message.headers), body }, 'GET');
    }
    const hash = createHash('sha256');
    await pipeline(res.message, hash);
    return hash.digest('hex');
  } finally {
    client.dispose();
  }
};

/** How long an upload socket may stay silent (no byte sent or received) before the try counts as a network error. */
const UPLOAD_IDLE_MS = 10 * 60_000;

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * The upload transport of the action: node:http(s) `request()` fed by `stream.pipeline` from a 1 MiB-chunk file read
 * stream, so the socket's backpressure paces the disk reads and memory stays flat whatever the size (the built-in
 * fetch reads a stream body ahead of the socket). The body goes with its Content-Length, never chunked. Proxies:
 * `https_proxy`/`HTTPS_PROXY` (`http_proxy` for http: URLs) and `no_proxy`/`NO_PROXY` as @actions/http-client reads
 * them (loopback addresses never use the proxy), through its tunnelling agent.
 */
export const httpUpload: UploadTransport = async (url, path, size, headers) => {
  const { HttpClient } = await import('@actions/http-client');
  const agent = new HttpClient().getAgent(url.href);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<UploadReply>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };
    const req = send(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(size) }, timeout: UPLOAD_IDLE_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error(`the connection to ${url.host} closed before the end of its answer`));
      });
      res.on('end', () => {
        if (settled) return;
        settled = true;
        // An early answer (a 4xx before the whole body was read) ends the upload: the rest of the file is not sent.
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`the upload to ${url.host} stalled (no progress for ${UPLOAD_IDLE_MS / 60_000} min)`)));
    // Writing into a request the server already answered fails (EPIPE, ECONNRESET): the answer, when it came, wins.
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', (err) => {
      if (!answered) fail(err);
    });
    pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), req).catch((err: unknown) => {
      if (!answered) fail(err);
    });
  });
};

/** A non-2xx answer to an upload, shaped like Octokit's RequestError (status, response headers and parsed data). */
export class UploadError extends Error {
  readonly status: number;
  readonly response: { status: number; url: string; headers: Record<string, string | undefined>; data: unknown };
  constructor(url: URL, reply: UploadReply, method = 'POST') {
    let data: unknown = reply.body;
    try {
      data = JSON.parse(reply.body);
    } catch {
      // an HTML error page from a proxy or load balancer: kept as text
    }
    const message = (data as { message?: unknown } | null)?.message;
    super(`HTTP ${reply.status}${typeof message === 'string' ? ` ${message}` : ''} (${method} ${url.origin}${url.pathname})`);
    this.name = 'UploadError';
    this.status = reply.status;
    this.response = { status: reply.status, url: url.href, headers: reply.headers, data };
  }
}

/** The REST API version the upload requests ask for (Octokit sends its own on the other calls). */
export const API_VERSION = '2022-11-28';
const USER_AGENT = `aswf-ci-actions-release Node.js/${process.versions.node}`;

export interface ClientOptions {
  owner: string;
  repo: string;
  /** The token uploads send (`Authorization: Bearer`): the Octokit carries its own for every other call. */
  token: string;
  /** How an asset's bytes are sent (default: {@link httpUpload}); tests give one that speaks to a fake. */
  uploadAsset?: UploadTransport;
  /** How an asset is downloaded and hashed when GitHub reports no digest (default: {@link httpDownloadSha256}). */
  downloadAsset?: DownloadHasher;
  /** How many tries a request gets in all (5xx, network errors, rate limits). */
  attempts?: number;
  /** The first backoff; it doubles at each try. */
  backoffMs?: number;
  /** The longest wait for a rate limit to reset before giving up. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  log?: (message: string) => void;
}

/** An HTTP error from Octokit (RequestError) or from fetch: the status and headers when there was a response. */
function httpError(err: unknown): { status?: number; headers: Record<string, string | number | undefined>; data?: any } {
  const e = err as { status?: unknown; response?: { headers?: Record<string, string | number | undefined>; data?: unknown } };
  return {
    status: typeof e.status === 'number' && e.status > 0 ? e.status : undefined,
    headers: e.response?.headers ?? {},
    data: e.response?.data,
  };
}

/** True for GitHub's 422 "Validation Failed" with an error of `code` (`already_exists`). */
export function isValidation(err: unknown, code?: string): boolean {
  const { status, data } = httpError(err);
  if (status !== 422) return false;
  if (!code) return true;
  const errors = (data as { errors?: Array<{ code?: string }> } | undefined)?.errors ?? [];
  return errors.some((x) => x.code === code);
}

/** The shortest wait after a secondary rate limit that names no time (GitHub: "wait at least one minute"). */
export const SECONDARY_RATE_LIMIT_MS = 60_000;

/** True for GitHub's secondary rate limit answer (403 or 429 whose message says so). */
export function isSecondaryRateLimit(err: unknown): boolean {
  const { status, data } = httpError(err);
  if (status !== 403 && status !== 429) return false;
  const message = typeof data === 'string' ? data : (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && /secondary rate limit/i.test(message);
}

/**
 * How long to wait before trying again after `err`, or undefined when it must not be retried: 5xx and network
 * errors back off exponentially; 403/429 that are rate limits wait for `retry-after` or `x-ratelimit-reset`, and a
 * secondary rate limit that names no time ("You have exceeded a secondary rate limit", no header) waits at least a
 * minute, doubling at each try, as GitHub's documentation asks.
 */
export function retryDelay(err: unknown, attempt: number, backoffMs: number, now: number): number | undefined {
  const { status, headers } = httpError(err);
  const backoff = backoffMs * 2 ** (attempt - 1);
  if (status === undefined) return (err as { name?: string }).name === 'AbortError' ? undefined : backoff;
  if (status >= 500) return backoff;
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(retryAfter, 1) * 1000;
    if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
      return Math.max(Number(headers['x-ratelimit-reset']) * 1000 - now, 1000);
    }
    // A 429 without headers is still a secondary rate limit, and so is a 403 whose message says so; any other 403
    // without them is a permission problem.
    if (status === 429 || isSecondaryRateLimit(err)) return Math.max(backoff, SECONDARY_RATE_LIMIT_MS * 2 ** (attempt - 1));
    return undefined;
  }
  return undefined;
}

/** How a GitHub client retries (see {@link retryDelay}); the release and gpu clients share it. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
  /** The longest wait for a rate limit to reset before giving up. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log: (message: string) => void;
}

/** Runs `fn` until it succeeds, a failure is not worth retrying, or the tries are spent. */
export async function withRetries<T>(policy: RetryPolicy, what: string, fn: () => Promise<T>, beforeRetry?: () => Promise<void>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const wait = attempt < policy.attempts ? retryDelay(err, attempt, policy.backoffMs, policy.now()) : undefined;
      if (wait === undefined || wait > policy.maxWaitMs) throw err;
      policy.log(`${what} failed (${describe(err)}); try ${attempt + 1} of ${policy.attempts} in ${Math.ceil(wait / 1000)} s.`);
      await policy.sleep(wait);
      if (beforeRetry) await beforeRetry();
    }
  }
}

/** A 422 in words: the status, GitHub's message and the message or code of each of its errors. */
export function validationMessage(err: unknown): string {
  const { data } = httpError(err);
  const errors = (data as { errors?: Array<{ message?: string; code?: string; field?: string }> } | undefined)?.errors ?? [];
  const details = errors.map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' ')).filter(Boolean);
  return describe(err) + (details.length ? `: ${details.join('; ')}` : '');
}

/** A failed request in words: status and GitHub's message. */
export function describe(err: unknown): string {
  const { status, data } = httpError(err);
  const message = (data as { message?: string } | undefined)?.message;
  return status ? `HTTP ${status}${message ? ` ${message}` : ''}` : errorMessage(err);
}

/**
 * A request GitHub answered with an error that no handler took, as one line for the user (what to check for 401, 403
 * and 404); undefined for anything that is not an HTTP answer, or already a user's error.
 */
export function apiFailure(err: unknown): UserError | undefined {
  if (err instanceof UserError) return undefined;
  const { status } = httpError(err);
  if (status === undefined) return undefined;
  const hint =
    status === 401
      ? ": the token was refused (check the 'token' input, or GITHUB_TOKEN)"
      : status === 403 || status === 404
        ? ": the token needs access to this repository and the job 'permissions: contents: write'"
        : '';
  return new UserError(`GitHub answered ${safe(describe(err))}${hint}.`);
}

/**
 * The Releases API as this action uses it, with retries: 5xx and network errors back off, rate limits (403/429)
 * wait for `retry-after` / `x-ratelimit-reset`, an upload whose body failed half way deletes the broken asset and
 * sends a fresh stream from disk. Every request but the upload's body goes through the given Octokit (tests replace
 * its `fetch`); the upload goes through the `uploadAsset` transport (node:http by default).
 */
export class ReleaseClient {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private readonly token: string;
  private readonly uploadAsset: UploadTransport;
  private readonly downloadAsset: DownloadHasher;
  readonly owner: string;
  readonly repo: string;

  constructor(
    private readonly octokit: RequestLike,
    options: ClientOptions,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.attempts = options.attempts ?? 5;
    this.backoffMs = options.backoffMs ?? 2000;
    this.maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
    this.token = options.token;
    this.uploadAsset = options.uploadAsset ?? httpUpload;
    this.downloadAsset = options.downloadAsset ?? httpDownloadSha256;
  }

  /**
   * The sha256 (hex) of an asset already in the release: from the `digest` GitHub reports, or else by downloading
   * it (streamed into the hash, retried like any request). Servers without digests (GHES, assets uploaded before
   * GitHub computed them) need the download.
   */
  async assetSha256(asset: RemoteAsset): Promise<string> {
    const reported = reportedSha256(asset);
    if (reported) return reported;
    if (!asset.url) throw new Error(`GitHub lists ${asset.name} without its API url, so it cannot be downloaded`);
    const url = new URL(asset.url);
    const headers = { accept: 'application/octet-stream', authorization: `Bearer ${this.token}`, 'user-agent': USER_AGENT, 'x-github-api-version': API_VERSION };
    return this.retry(`Downloading ${asset.name} to hash it`, () => this.downloadAsset(url, headers));
  }

  /** Runs `fn` until it succeeds, a failure is not worth retrying, or the tries are spent. */
  async retry<T>(what: string, fn: () => Promise<T>, beforeRetry?: () => Promise<void>): Promise<T> {
    const { attempts, backoffMs, maxWaitMs, sleep, now, log } = this;
    return withRetries({ attempts, backoffMs, maxWaitMs, sleep, now, log }, what, fn, beforeRetry);
  }

  private get repoParams() {
    return { owner: this.owner, repo: this.repo };
  }

  /** Every release of the tag, drafts included (`GET /releases/tags/{tag}` does not see drafts), oldest first. */
  async releasesForTag(tag: string): Promise<Release[]> {
    const found: Release[] = [];
    for (let page = 1; page <= 100; page++) {
      const { data } = await this.retry('Listing releases', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/releases', { ...this.repoParams, per_page: 100, page }),
      );
      const releases = data as Release[];
      found.push(...releases.filter((r) => r.tag_name === tag));
      if (releases.length < 100) break;
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** The release of that id (a `release` event's): 404 is an error that says which. */
  async getRelease(releaseId: number): Promise<Release> {
    try {
      const { data } = await this.retry('Reading the release', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: releaseId }),
      );
      return data as Release;
    } catch (err) {
      if (httpError(err).status === 404) {
        throw new UserError(`GitHub has no release ${releaseId} in ${this.owner}/${this.repo} (the event's release): was it deleted since the event, or does the token lack 'contents: write'?`);
      }
      throw err;
    }
  }

  /** The published release of the tag (`GET /releases/tags/{tag}`, which never lists drafts), or undefined. */
  async publishedRelease(tag: string): Promise<Release | undefined> {
    try {
      const { data } = await this.retry('Reading the release of the tag', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...this.repoParams, tag }),
      );
      return data as Release;
    } catch (err) {
      if (httpError(err).status === 404) return undefined;
      throw err;
    }
  }

  /**
   * The one release of the tag: the existing one, or a new draft. Matrix jobs race here: each may create a draft
   * (GitHub allows several drafts of one tag, and answers 422 when a published release holds the tag), so after
   * creating, the tag's releases are listed again and the oldest wins. A duplicate draft of ours is deleted only while
   * it is still empty: a job that listed it before the other drafts appeared may already be uploading to it, and a
   * draft that holds assets is never deleted (two drafts then survive, and the publishing job refuses to publish until
   * one is left: see {@link ReleaseClient.releasesForTag}). A 422 on create means another job published a release of
   * the tag meanwhile: that release is returned (found by listing, or by `GET /releases/tags/{tag}` while the listing
   * lags behind), and the caller attaches to it.
   */
  async findOrCreateDraft(tag: string, create: Record<string, unknown>): Promise<{ release: Release; created: boolean }> {
    const existing = await this.releasesForTag(tag);
    if (existing[0]) return { release: pick(existing), created: false };
    let mine: Release | undefined;
    let refused: unknown;
    try {
      const { data } = await this.retry('Creating the draft release', () =>
        this.octokit.request('POST /repos/{owner}/{repo}/releases', { ...this.repoParams, tag_name: tag, draft: true, ...create }),
      );
      mine = data as Release;
    } catch (err) {
      if (!isValidation(err)) throw createError(err, tag);
      refused = err;
      this.log(`Creating the release answered ${validationMessage(err)}: looking for a release of ${tag} that another job created meanwhile.`);
    }
    let all = await this.releasesForTag(tag);
    if (!all.length && !mine) {
      // A 422: another job published a release of the tag meanwhile, and the listing may not show it yet; the
      // release of the tag, asked for by name, does.
      const published = await this.publishedRelease(tag);
      if (published) all = [published];
    }
    if (!all.length) {
      if (mine) return { release: mine, created: true };
      throw new UserError(
        `GitHub refused to create a release for ${tag} (${validationMessage(refused)}), and lists no release of that tag. ` +
          'A tag once used by an immutable release cannot be used by another release, even after that release was deleted: release a new tag.',
      );
    }
    const winner = pick(all);
    if (mine && mine.id !== winner.id) {
      const dup = mine.id;
      const held = await this.listAssets(dup);
      if (held.length) {
        this.log(
          `Another job created release ${winner.id} for ${tag} first, but the duplicate draft ${dup} created here already holds ${held.length} asset(s) ` +
            `(another job uses it), so it is kept: the job that publishes will refuse while both exist.`,
        );
      } else {
        this.log(`Another job created release ${winner.id} for ${tag} first: deleting the duplicate draft ${dup} (still empty).`);
        await this.deleteOnce('Deleting a duplicate draft', () => this.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: dup }));
      }
    }
    return { release: winner, created: mine?.id === winner.id };
  }

  async listAssets(releaseId: number): Promise<RemoteAsset[]> {
    const found: RemoteAsset[] = [];
    for (let page = 1; page <= 11; page++) {
      const { data } = await this.retry('Listing assets', () =>
        this.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...this.repoParams, release_id: releaseId, per_page: 100, page }),
      );
      found.push(...(data as RemoteAsset[]));
      if ((data as RemoteAsset[]).length < 100) break;
    }
    return found;
  }

  async deleteAsset(assetId: number): Promise<void> {
    await this.deleteOnce('Deleting an asset', () =>
      this.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...this.repoParams, asset_id: assetId }),
    );
  }

  /**
   * A DELETE, retried like any request; a 404 on a retry means the first try did delete it and its answer was lost
   * (a 5xx from a proxy, a reset connection), so it counts as done. A 404 on the first try is still an error.
   */
  private async deleteOnce(what: string, fn: () => Promise<unknown>): Promise<void> {
    let tries = 0;
    await this.retry(what, async () => {
      tries++;
      try {
        await fn();
      } catch (err) {
        if (tries > 1 && httpError(err).status === 404) {
          this.log(`${what}: a retry answered 404, so the earlier try did delete it (its answer was lost).`);
          return;
        }
        throw err;
      }
    });
  }

  /** The notes GitHub generates for the tag (`POST .../releases/generate-notes`): a title and a markdown body. */
  async generateNotes(tag: string): Promise<{ name: string; body: string }> {
    const { data } = await this.retry('Generating the release notes', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { ...this.repoParams, tag_name: tag }),
    );
    return data as { name: string; body: string };
  }

  /**
   * Uploads a file to the release's `upload_url` (the RFC 6570 template GitHub gives: GHES serves uploads on its
   * own host), streamed from disk with its Content-Length through the upload transport (not Octokit, whose fetch
   * buffers a stream body). After a failed try, an asset of that name left behind (a broken partial upload) is
   * deleted before the file is sent again from its start. Returns the asset GitHub's 201 answer describes.
   */
  async upload(release: Release, asset: LocalAsset): Promise<RemoteAsset> {
    // upload_url is `https://uploads.github.com/.../assets{?name,label}`: fill in the one parameter used.
    const target = new URL(release.upload_url.replace(/\{\?[^}]*\}$/, ''));
    target.searchParams.set('name', asset.name);
    const headers = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.token}`,
      'content-type': 'application/octet-stream',
      'user-agent': USER_AGENT,
      'x-github-api-version': API_VERSION,
    };
    const send = async () => {
      const reply = await this.uploadAsset(target, asset.path, asset.size, headers);
      if (reply.status < 200 || reply.status >= 300) throw new UploadError(target, reply);
      try {
        return JSON.parse(reply.body) as RemoteAsset;
      } catch {
        throw new Error(`GitHub answered the upload of ${asset.name} with HTTP ${reply.status} and a body that is not JSON: ${reply.body.slice(0, 200)}`);
      }
    };
    const cleanUp = async () => {
      for (const left of await this.listAssets(release.id)) {
        if (left.name === asset.name) {
          this.log(`Deleting the partial asset ${left.name} (state ${left.state}) left by the failed upload.`);
          await this.deleteAsset(left.id);
        }
      }
    };
    return this.retry(`Uploading ${asset.name}`, send, cleanUp);
  }

  async updateRelease(releaseId: number, params: Record<string, unknown>): Promise<Release> {
    const { data } = await this.retry('Updating the release', () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: releaseId, ...params }),
    );
    return data as Release;
  }
}

/** The release to use among several of one tag: a published one if any, else the oldest draft. */
function pick(releases: Release[]): Release {
  return releases.find((r) => !r.draft) ?? releases[0]!;
}

function createError(err: unknown, tag: string): Error {
  const { status } = httpError(err);
  if (status === 404) {
    return new UserError(
      `GitHub answered 404 when creating the release for ${tag}: the token needs 'permissions: contents: write', and GITHUB_TOKEN ` +
        'cannot create a release whose tag commit changes .github/workflows (use a token with the workflow scope).',
    );
  }
  if (status === 403) return new UserError(`GitHub refused to create the release for ${tag} (${describe(err)}): the job needs 'permissions: contents: write'.`);
  return err instanceof Error ? err : new Error(String(err));
}

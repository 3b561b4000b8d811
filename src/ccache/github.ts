import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { safe } from '../common/format.js';
import { CacheBackend, SaveOutcome } from './backend.js';
import { treeSize } from './staging.js';

/** The part of @actions/cache this backend uses: the boundary that tests replace. */
export interface CacheService {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[], options?: { lookupOnly?: boolean }): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/** Loads @actions/cache only when a cache is restored or saved (it is heavy: HTTP clients, Azure storage). */
export const loadCacheService = async (): Promise<CacheService> => (await import('@actions/cache')) as CacheService;

/** Whether the runner's cache service is reachable, as @actions/cache decides it (without loading it). */
export function cacheServiceAvailable(env: Record<string, string | undefined>): boolean {
  const host = (() => {
    try {
      return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    } catch {
      return 'GITHUB.COM';
    }
  })();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  const v2 = !ghes && !!env.ACTIONS_CACHE_SERVICE_V2;
  return v2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}

/** The cache modes @actions/cache 6.3 knows (ACTIONS_CACHE_MODE, set by the runner); any other value permits all. */
const CACHE_MODES = ['none', 'read', 'write', 'write-only'];

/** ACTIONS_CACHE_MODE as @actions/cache reads it: trimmed, lower case, '' when unset. */
export function cacheMode(env: Record<string, string | undefined>): string {
  return (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase();
}

/** Whether @actions/cache restores under this mode (it skips restores, returning a miss, under none and write-only). */
export function cacheReadable(env: Record<string, string | undefined>): boolean {
  const mode = cacheMode(env);
  return !CACHE_MODES.includes(mode) || mode === 'read' || mode === 'write';
}

/** Whether @actions/cache saves under this mode (it skips saves, returning -1, under none and read). */
export function cacheWritable(env: Record<string, string | undefined>): boolean {
  const mode = cacheMode(env);
  return !CACHE_MODES.includes(mode) || mode === 'write' || mode === 'write-only';
}

/** A workflow command's data as @actions/core escapes it (%25, %0D, %0A), back to text. */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** What @actions/cache printed during one call: its warnings and errors (kept from the log), its other lines (passed on). */
interface Captured {
  warnings: string[];
  lines: string[];
  /** Ends the capture (idempotent): later output goes straight to stdout again. */
  end(): void;
  /**
   * The caller gave up on the work (it goes on in the background until it ends): from now on everything passes
   * through (the caller's own warnings included) except @actions/cache's own failure messages, which would only
   * repeat, later and less precisely, what the caller said.
   */
  givenUp(): void;
}

/** @actions/cache's failure messages (warnings and errors) about a restore or save. */
const OWN_FAILURE = /^(Failed to (restore|save): |uploadCacheArchiveSDK: |Cache reservation failed: )/;

/**
 * Captures what @actions/cache writes to stdout while it runs (it logs through @actions/core, which writes workflow
 * commands to process.stdout): its `::warning::` and `::error::` lines are kept out of the log (the caller reports
 * the outcome in one line of its own, with the cause), everything else is passed on and heard by `note`.
 */
function capture(note?: (message: string) => void): Captured {
  const stdout = process.stdout;
  const original = stdout.write;
  const warnings: string[] = [];
  const lines: string[] = [];
  let partial = '';
  let ended = false;
  let quiet = false;
  const replacement = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    partial += text;
    let pass = '';
    let i: number;
    while ((i = partial.indexOf('\n')) >= 0) {
      const line = partial.slice(0, i + 1);
      partial = partial.slice(i + 1);
      const bare = line.replace(/\r?\n$/, '');
      const command = /^::(warning|error)(?: [^:]*)?::(.*)$/.exec(bare);
      if (command && (!quiet || OWN_FAILURE.test(unescapeData(command[2]!)))) {
        warnings.push(unescapeData(command[2]!));
        continue;
      }
      const debug = /^::debug::(.*)$/.exec(bare);
      const message = debug ? unescapeData(debug[1]!) : bare;
      lines.push(message);
      if (!debug || /^(Failed|\[Response\])/.test(message)) note?.(message);
      pass += line;
    }
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (pass) return original.call(stdout, pass, ...(rest as [])) as boolean;
    if (callback) process.nextTick(callback);
    return true;
  };
  stdout.write = replacement as typeof stdout.write;
  return {
    warnings,
    lines,
    givenUp() {
      quiet = true;
    },
    end() {
      if (ended) return;
      ended = true;
      if (stdout.write === (replacement as typeof stdout.write)) stdout.write = original;
      if (partial) original.call(stdout, partial);
      partial = '';
    },
  };
}

/**
 * Runs `fn` with GITHUB_WORKSPACE (where @actions/cache makes archive paths relative to, and extracts them) set to
 * the parent of the cached folder, so an entry holds `<folder name>/...` and restores into the same folder whatever
 * the checkout's depth (with the workspace, a checkout at another depth put `../../_temp/...` elsewhere). The variable
 * is put back when `fn` ends, or at once when the caller gives up (`signal`): later steps of the same process (the
 * build action) see the real workspace; the work given up on can no longer reach the network (cache.ts).
 */
async function inFolderOf<T>(dir: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
  const had = Object.prototype.hasOwnProperty.call(process.env, 'GITHUB_WORKSPACE');
  const previous = process.env.GITHUB_WORKSPACE;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (had) process.env.GITHUB_WORKSPACE = previous;
    else delete process.env.GITHUB_WORKSPACE;
  };
  process.env.GITHUB_WORKSPACE = dirname(dir);
  signal?.addEventListener('abort', restore, { once: true });
  try {
    return await fn();
  } finally {
    restore();
  }
}

/** Folders in RUNNER_TEMP (where @actions/cache writes its archives) and their bytes, for progress. */
function tempBytes(except: Set<string>): number {
  const root = process.env.RUNNER_TEMP;
  if (!root) return 0;
  let n = 0;
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (except.has(name)) continue;
    try {
      for (const file of readdirSync(join(root, name))) n += statSync(join(root, name, file)).size + 1;
    } catch {
      // not a folder, or gone
    }
  }
  return n;
}

/** Whether @actions/cache's reservation failure (its debug line, the real error) says the entry exists or is being saved. */
const EXISTS = /\(409\)|already exists|conflict/i;

/**
 * GitHub's cache service through @actions/cache (which logs its own progress). @actions/cache swallows failures
 * (a failed restore returns undefined, a failed save -1, both after logging why): this backend reads what it logged
 * and turns it into a thrown error (restore) or a `failed` outcome with the real cause (save), so a failure never
 * looks like a miss or a refusal.
 */
export class GithubBackend implements CacheBackend {
  readonly name = 'github' as const;
  readonly where = "GitHub's cache service";
  private tempBefore = new Set<string>();

  constructor(private readonly load: () => Promise<CacheService> = loadCacheService) {}

  describeVersion(dir: string): string {
    return `The cache version (part of an entry's identity besides its key) hashes the path ${safe(dir)} and the compression method: entries saved from another path (another RUNNER_TEMP or ccache-dir) are not seen.`;
  }

  /** Undefined while @actions/cache is still loading (slow on a busy machine, and no transfer yet: no stall). */
  progress(dir?: string): number | undefined {
    if (!this.loaded) return undefined;
    return tempBytes(this.tempBefore) + (dir ? treeSize(dir) : 0);
  }

  private loaded = false;

  private snapshotTemp(): void {
    try {
      this.tempBefore = new Set(process.env.RUNNER_TEMP ? readdirSync(process.env.RUNNER_TEMP) : []);
    } catch {
      this.tempBefore = new Set();
    }
  }

  async restore(dir: string, primary: string, restoreKeys: string[], signal?: AbortSignal, note?: (message: string) => void): Promise<string | undefined> {
    const service = await this.load();
    this.snapshotTemp();
    this.loaded = true;
    const out = capture(note);
    signal?.addEventListener('abort', () => out.givenUp(), { once: true });
    try {
      const key = await inFolderOf(dir, signal, () => service.restoreCache([dir], primary, restoreKeys));
      if (key) return key;
      const failed = out.warnings.find((w) => /^Failed to restore: /.test(w)) ?? out.warnings[0];
      if (failed) throw new Error(failed.replace(/^Failed to restore: /, ''));
      return undefined;
    } finally {
      out.end();
    }
  }

  async save(dir: string, key: string, signal?: AbortSignal, note?: (message: string) => void): Promise<SaveOutcome> {
    const service = await this.load();
    this.snapshotTemp();
    this.loaded = true;
    const out = capture(note);
    signal?.addEventListener('abort', () => out.givenUp(), { once: true });
    let id: number;
    try {
      // No "does this key exist" lookup first: keys hold the run id, and a lookup costs a round trip (and its retries).
      id = await inFolderOf(dir, signal, () => service.saveCache([dir], key));
    } catch (err) {
      if (err instanceof Error && /^(ReserveCacheError|CacheWriteDeniedError)$/.test(err.name)) return { status: 'refused', message: errorMessage(err) };
      throw err;
    } finally {
      out.end();
    }
    const size = out.lines.map((l) => /^File Size: (\d+)$/.exec(l)?.[1]).find(Boolean);
    if (id !== -1 && id !== undefined) return size ? { status: 'saved', bytes: Number(size) } : { status: 'saved' };
    return saveFailure(key, out);
  }
}

/** Why @actions/cache returned -1 from a save, from what it logged: a real refusal, or a failure with its cause. */
function saveFailure(key: string, out: Captured): SaveOutcome {
  const skipped = out.lines.find((l) => /^Cache save skipped: /.test(l));
  if (skipped) return { status: 'refused', message: skipped.replace(/^Cache save skipped: /, '').replace(/\.$/, '') };
  const denied = [...out.warnings, ...out.lines].find((l) => /cache write denied:/i.test(l));
  if (denied) return { status: 'refused', message: `the token may not write to the cache (${denied.replace(/^Failed to save: /, '')})` };
  const reservation = out.warnings.find((w) => /^Cache reservation failed: /.test(w));
  if (reservation) return { status: 'refused', message: `the service did not reserve ${key}: ${reservation.replace(/^Cache reservation failed: /, '')}` };
  const reserveError = out.lines.find((l) => /^Failed to reserve cache: /.test(l))?.replace(/^Failed to reserve cache: (Error: )?/, '');
  if (reserveError !== undefined) {
    if (EXISTS.test(reserveError)) return { status: 'refused', message: `an entry with the key ${key} exists already, or another job is saving it (entries are immutable)` };
    return { status: 'failed', message: `reserving the entry failed: ${reserveError}` };
  }
  const failure = out.warnings.find((w) => /^Failed to save: /.test(w))?.replace(/^Failed to save: /, '') ?? out.warnings.join('; ');
  if (failure) return { status: 'failed', message: failure };
  return { status: 'failed', message: 'the cache service did not take the entry, and @actions/cache gave no reason' };
}

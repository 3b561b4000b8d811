// Every call of the deps action into the cache layer (the ccache action's backends) lives here, so that the layer
// can change (bounded transfers) in one place.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { Env } from '../common/inputs.js';
import { CacheBackend, SaveOutcome, withTimeout } from '../ccache/backend.js';
import { CacheService, GithubBackend, cacheMode, cacheReadable, cacheServiceAvailable, cacheWritable, loadCacheService } from '../ccache/github.js';
import { LocalBackend } from '../ccache/local.js';

/** The local backend keeps at most this much of dependency entries (oldest deleted first). */
const LOCAL_BUDGET = 10e9;
const RESTORE_TIMEOUT_MS = 10 * 60_000;
const SAVE_TIMEOUT_MS = 10 * 60_000;

export interface DepsCache {
  readonly name: 'github' | 'local';
  readonly where: string;
  /** Reads are allowed (GitHub's cache mode may forbid them). */
  readonly readable: boolean;
  readonly writable: boolean;
  /** Why reads or writes are off, for the log. */
  readonly note?: string;
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<SaveOutcome>;
}

export interface DepsCacheOptions {
  backend?: 'github' | 'local';
  localDir?: string;
  workspace: string;
  env: Env;
  /** The @actions/cache boundary (tests hand a double). */
  cacheService?: () => Promise<CacheService>;
}

/** The default folder of the local backend: $XDG_CACHE_HOME/aswf-ci/deps, else ~/.cache/aswf-ci/deps. */
export function defaultLocalDir(env: Env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aswf-ci', 'deps');
}

/**
 * The cache of dependency builds: the backend the user named, else github when the runner's cache service is
 * available, else local. Undefined (with the reason) when github is named but not available.
 */
export function openDepsCache(o: DepsCacheOptions): { cache?: DepsCache; warning?: string } {
  const available = cacheServiceAvailable(o.env);
  const name = o.backend ?? (available ? 'github' : 'local');
  let backend: CacheBackend;
  let readable = true;
  let writable = true;
  let note: string | undefined;
  if (name === 'github') {
    if (!available) {
      return { warning: "deps-backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): every dependency is built, nothing is saved. Use deps-backend: local on self-hosted runners." };
    }
    backend = new GithubBackend(o.cacheService ?? loadCacheService);
    readable = cacheReadable(o.env);
    writable = cacheWritable(o.env);
    if (!readable || !writable) note = `the cache mode '${cacheMode(o.env)}' (ACTIONS_CACHE_MODE) permits ${readable ? 'no writes' : writable ? 'no reads' : 'neither reads nor writes'}`;
  } else {
    backend = new LocalBackend(o.localDir ? resolve(o.workspace, o.localDir) : defaultLocalDir(o.env), LOCAL_BUDGET);
  }
  return {
    cache: {
      name,
      where: backend.where,
      readable,
      writable,
      note,
      async restore(dir, key) {
        const abort = new AbortController();
        const found = await withTimeout(backend.restore(dir, key, [], abort.signal), RESTORE_TIMEOUT_MS, `Restoring ${key}`, abort);
        return found === key;
      },
      async save(dir, key) {
        const abort = new AbortController();
        try {
          return await withTimeout(backend.save(dir, key, abort.signal), SAVE_TIMEOUT_MS, `Saving ${key}`, abort);
        } catch (err) {
          return { status: 'failed', message: errorMessage(err) };
        }
      },
    },
  };
}

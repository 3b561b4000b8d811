import { errorMessage } from '../common/errors.js';
import { CacheBackend, SaveOutcome } from './backend.js';

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

const REFUSED = /^(ReserveCacheError|CacheWriteDeniedError)$/;

/** GitHub's cache service through @actions/cache (which logs its own progress and many of its errors). */
export class GithubBackend implements CacheBackend {
  readonly name = 'github' as const;
  readonly where = "GitHub's cache service";

  constructor(private readonly load: () => Promise<CacheService> = loadCacheService) {}

  async restore(dir: string, primary: string, restoreKeys: string[]): Promise<string | undefined> {
    const service = await this.load();
    return (await service.restoreCache([dir], primary, restoreKeys)) || undefined;
  }

  async save(dir: string, key: string): Promise<SaveOutcome> {
    const service = await this.load();
    try {
      // Entries are immutable: say so plainly instead of letting the service refuse the reservation.
      const existing = await service.restoreCache([dir], key, [], { lookupOnly: true });
      if (existing === key) return { status: 'refused', message: `an entry with the key ${key} exists already (entries are immutable)` };
    } catch {
      // the lookup is only a courtesy; the save below tells
    }
    try {
      const id = await service.saveCache([dir], key);
      // @actions/cache 6.3 catches a refused reservation (the key exists, another job is saving it: ReserveCacheError;
      // a read-only token: CacheWriteDeniedError) and a cache mode without writes, logs why, and returns -1. It also
      // returns -1, after logging a warning of its own, when an upload failed: its message above tells which.
      if (id === -1 || id === undefined) {
        return {
          status: 'refused',
          message: `the cache service did not take ${key} (another job may be saving the same key, or the token is read-only; its own message, above, says why)`,
        };
      }
      return { status: 'saved' };
    } catch (err) {
      if (err instanceof Error && REFUSED.test(err.name)) return { status: 'refused', message: errorMessage(err) };
      throw err;
    }
  }
}

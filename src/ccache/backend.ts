import { BackendName } from './inputs.js';

export type SaveOutcome =
  | { status: 'saved'; bytes?: number }
  /** The service refused, for a reason that is not a failure: the key exists, or the token is read-only. */
  | { status: 'refused'; message: string }
  | { status: 'failed'; message: string };

/** Where cache entries live: GitHub's cache service or a folder on a persistent disk. */
export interface CacheBackend {
  readonly name: BackendName;
  /** Where entries are kept, in words (for the log and the summary). */
  readonly where: string;
  /**
   * Restores into dir the entry with the primary key, or the newest entry matching the first restore prefix that
   * matches any; returns its key, or undefined on a miss. Throws when the restore failed (the cause in the message).
   * `note`, when given, hears the backend's progress and retry messages (the last one is quoted when it stalls).
   */
  restore(dir: string, primary: string, restoreKeys: string[], signal?: AbortSignal, note?: (message: string) => void): Promise<string | undefined>;
  /**
   * Saves what is in dir under key. Once `signal` is aborted (the caller gave up waiting: a timeout), the save must
   * not complete an entry any more: a backend that can check (the local one) fails instead of publishing it.
   */
  save(dir: string, key: string, signal?: AbortSignal, note?: (message: string) => void): Promise<SaveOutcome>;
  /**
   * A number that changes while a transfer makes progress on disk (an archive being written, files being extracted
   * into `dir` on a restore); network bytes are measured by the caller. A backend with it gets a stall limit
   * (cache.ts); one without it (the local backend: a disk, no service that can hang) only the cap. Undefined: the
   * transfer has not started yet (the backend is still loading), which is no stall.
   */
  progress?(dir?: string): number | undefined;
  /** What identifies an entry besides its key, in words for the log (the github backend's cache version inputs). */
  describeVersion?(dir: string): string | undefined;
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Resolves like `promise`, or rejects with a TimeoutError after ms (the promise is left to settle on its own; `abort`,
 * when given, is aborted first, so that the work behind the promise can tell it was given up on).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, abort?: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(`${what} took longer than ${Math.round(ms / 1000)} s`);
      abort?.abort(error);
      reject(error);
    }, ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { errorMessage } from '../common/errors.js';
import { safe, seconds } from '../common/format.js';
import { CacheBackend, SaveOutcome, TimeoutError } from './backend.js';
import { CacheService, GithubBackend, loadCacheService } from './github.js';
import { BackendName, RESTORE_TIMEOUT_S, SAVE_TIMEOUT_S, STALL_TIMEOUT_S } from './inputs.js';
import { LocalBackend } from './local.js';
import { treeSize } from './staging.js';

/**
 * Any cache's transfers, bounded and reported truthfully, for every cache user (the ccache action, the deps action):
 * `createBackend` picks a backend, `restoreEntry` and `saveEntry` run one transfer each with a stall limit and a cap,
 * and say in one warning what went wrong or was slow.
 */

export interface BackendOptions {
  name: BackendName | undefined;
  /** The local backend's folder (required for `local`). */
  localDir?: string;
  /** The local backend's budget in bytes (default 1 GB). */
  budgetBytes?: number;
  /** The @actions/cache boundary (tests may hand a double). */
  cacheService?: () => Promise<CacheService>;
}

/** The backend of that name, or undefined (no name, or local without a folder). */
export function createBackend(options: BackendOptions): CacheBackend | undefined {
  if (options.name === 'github') return new GithubBackend(options.cacheService ?? loadCacheService);
  if (options.name === 'local' && options.localDir) return new LocalBackend(options.localDir, options.budgetBytes ?? 1e9);
  return undefined;
}

export interface TransferLimits {
  /**
   * Give up when nothing moved for this long: no byte on the network (the process's http(s) requests) and no change
   * in the backend's own progress. Only for backends that report progress (the github backend); 0: no stall limit.
   */
  stallMs: number;
  /** Give up on the whole transfer after this long (0: no cap). */
  timeoutMs: number;
}

/** The ccache action's defaults (its inputs): a hung service costs at most a minute of stall, a slow one five minutes per transfer. */
export const DEFAULT_RESTORE_LIMITS: TransferLimits = { stallMs: 1000 * STALL_TIMEOUT_S, timeoutMs: 1000 * RESTORE_TIMEOUT_S };
export const DEFAULT_SAVE_LIMITS: TransferLimits = { stallMs: 1000 * STALL_TIMEOUT_S, timeoutMs: 1000 * SAVE_TIMEOUT_S };

/** Where the warnings go: a Step, or anything with the same two methods. */
export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
}

/** Given up on, and why: a stall (nothing moved) or the cap. */
export class StallError extends TimeoutError {
  override name = 'StallError';
}

export type RestoreResult =
  /** `key`: the entry restored (the primary key or the newest match of a restore prefix). */
  | { status: 'hit'; key: string; ms: number }
  /** No entry matched; or `empty`: the entry of that key restored no file into the folder (it landed elsewhere). */
  | { status: 'miss'; ms: number; empty?: string }
  /** The restore failed or was given up on (`timedOut`: the work may still go on in the background, and write into the folder). */
  | { status: 'failed'; cause: string; timedOut: boolean; ms: number };

export type SaveResult = SaveOutcome & { ms: number; timedOut?: boolean };

/** The transfer whose work is running (async context): requests are measured and cut only for their own transfer. */
const currentTransfer = new AsyncLocalStorage<NetworkMeter>();

/** Bytes a transfer moved on the network: every socket of the http(s) requests its own work made. */
class NetworkMeter {
  private readonly sockets = new Set<Socket>();
  private givenUp = false;
  private readonly onRequest = (message: unknown): void => {
    const request = (message as { request?: ClientRequest }).request;
    if (!request || currentTransfer.getStore() !== this) return;
    // Node publishes this once the request has its socket (20.x), or before (later versions): both are handled.
    const withSocket = (use: (socket: Socket) => void) => (request.socket ? use(request.socket as Socket) : request.once('socket', use));
    if (this.givenUp) {
      const cut = new Error('the cache transfer was given up on');
      withSocket((socket) => socket.destroy(cut));
      request.destroy(cut);
      return;
    }
    withSocket((socket) => this.sockets.add(socket));
  };

  constructor() {
    subscribe('http.client.request.start', this.onRequest);
  }

  bytes(): number {
    let n = 0;
    for (const s of this.sockets) n += (s.bytesRead ?? 0) + (s.bytesWritten ?? 0);
    return n;
  }

  /**
   * The transfer was given up on: its open connections close, and any request made until the work behind it ends
   * fails at once (so a restore given up on cannot download and extract later; a save cannot finish an entry).
   */
  giveUp(): void {
    this.givenUp = true;
    for (const s of this.sockets) s.destroy();
  }

  stop(): void {
    unsubscribe('http.client.request.start', this.onRequest);
    this.sockets.clear();
  }
}

const fmtBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`);

/**
 * Runs one transfer with its limits: resolves with its value, or rejects with a StallError (nothing moved for
 * stallMs) or a TimeoutError (longer than timeoutMs) that says what was slow, how long it ran and what it moved.
 * The signal handed to the work is aborted when it is given up on.
 */
async function bounded<T>(
  what: string,
  work: (signal: AbortSignal, note: (message: string) => void) => Promise<T>,
  limits: TransferLimits,
  progress: (() => number | undefined) | undefined,
  now: () => number,
): Promise<T> {
  const abort = new AbortController();
  const meter = new NetworkMeter();
  const t0 = now();
  let last = '';
  const note = (message: string) => {
    if (message.trim()) last = message.trim();
  };
  /** What moved so far; undefined until the backend has started (loading it is no stall). */
  const measure = () => {
    const own = progress ? progress() : 0;
    return own === undefined ? undefined : meter.bytes() + own;
  };
  let timer: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    const fail = (error: Error) => {
      meter.giveUp();
      abort.abort(error);
      reject(error);
    };
    const lastWords = () => (last ? `; its last message: ${safe(last.length > 300 ? `${last.slice(0, 300)}…` : last)}` : '');
    if (limits.timeoutMs > 0) {
      timer = setTimeout(() => fail(new TimeoutError(`${what} took longer than ${seconds(limits.timeoutMs)} (the limit), having moved ${fmtBytes(meter.bytes())}${lastWords()}`)), limits.timeoutMs);
      timer.unref();
    }
    if (limits.stallMs > 0 && progress) {
      let seen = measure();
      let since = now();
      ticker = setInterval(
        () => {
          const moved = measure();
          if (moved === undefined || moved !== seen) {
            seen = moved;
            since = now();
          } else if (now() - since >= limits.stallMs) {
            fail(new StallError(`${what} stalled: nothing moved for ${seconds(now() - since)} (the stall limit is ${seconds(limits.stallMs)}), ${seconds(now() - t0)} after it started, having moved ${fmtBytes(meter.bytes())}${lastWords()}`));
          }
        },
        Math.max(50, Math.min(1000, limits.stallMs / 4)),
      );
      ticker.unref();
    }
  });
  giveUp.catch(() => undefined);
  const running = currentTransfer.run(meter, () => work(abort.signal, note));
  // The meter stays subscribed until the work itself ends, so that what it does after being given up on fails fast.
  running.then(
    () => meter.stop(),
    () => meter.stop(),
  );
  try {
    return await Promise.race([running, giveUp]);
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
  }
}

export interface RestoreRequest {
  /** The folder to restore into (a staging folder: what a failed or timed-out restore leaves there is incomplete). */
  dir: string;
  primary: string;
  restoreKeys: string[];
  /** What the cache is, for messages: `the ccache cache`. */
  what: string;
  now?: () => number;
}

/**
 * Restores an entry into `dir`, bounded by `limits`. Never throws: a failure is a result, with its cause, and a
 * warning (with `consequence`, e.g. "the build goes on with an empty cache"). An entry that restored no file into
 * `dir` (an archive whose paths lead elsewhere) is a miss, with a warning. A restore that took more than half its cap
 * is a warning too.
 */
export async function restoreEntry(backend: CacheBackend, request: RestoreRequest, limits: TransferLimits, reporter: Reporter, consequence: string): Promise<RestoreResult> {
  const now = request.now ?? Date.now;
  const t0 = now();
  const what = `Restoring ${request.what} from ${backend.where}`;
  const version = backend.describeVersion?.(request.dir);
  if (version) reporter.info(version);
  try {
    const key = await bounded(what, (signal, note) => backend.restore(request.dir, request.primary, request.restoreKeys, signal, note), limits, backend.progress?.bind(backend, request.dir), now);
    const ms = now() - t0;
    slowWarning(reporter, what, ms, limits);
    if (!key) return { status: 'miss', ms };
    if (treeSize(request.dir) <= 1) {
      reporter.warning(
        `The entry ${safe(key)} of ${request.what} restored no file into ${safe(request.dir)} (it was saved with another folder layout, e.g. by an older version of this action): counted as a miss; a new entry is saved after the build.`,
      );
      return { status: 'miss', ms, empty: key };
    }
    return { status: 'hit', key, ms };
  } catch (err) {
    const ms = now() - t0;
    const timedOut = err instanceof TimeoutError;
    const cause = timedOut ? errorMessage(err) : `${what} failed after ${seconds(ms)}: ${safe(errorMessage(err))}`;
    reporter.warning(`${cause}. ${consequence}.`);
    return { status: 'failed', cause, timedOut, ms };
  }
}

/**
 * Saves `dir` under `key`, bounded by `limits`. Never throws: `saved`, `refused` (the service declined for a reason
 * that is no failure: the key exists, the token is read-only) or `failed` with its real cause. Reports nothing
 * itself except a slow transfer: the caller words the outcome (notice for refused, warning for failed).
 */
export async function saveEntry(backend: CacheBackend, dir: string, key: string, what: string, limits: TransferLimits, reporter: Reporter, now: () => number = Date.now): Promise<SaveResult> {
  const t0 = now();
  const label = `Saving ${what} to ${backend.where}`;
  try {
    const outcome = await bounded(label, (signal, note) => backend.save(dir, key, signal, note), limits, backend.progress?.bind(backend, undefined), now);
    const ms = now() - t0;
    slowWarning(reporter, label, ms, limits);
    return { ...outcome, ms };
  } catch (err) {
    const ms = now() - t0;
    const timedOut = err instanceof TimeoutError;
    return { status: 'failed', message: timedOut ? errorMessage(err) : `${label} failed after ${seconds(ms)}: ${safe(errorMessage(err))}`, ms, timedOut };
  }
}

function slowWarning(reporter: Reporter, what: string, ms: number, limits: TransferLimits): void {
  if (limits.timeoutMs > 0 && ms > limits.timeoutMs / 2) {
    reporter.warning(`${what} was slow: it took ${seconds(ms)}, more than half of its limit of ${seconds(limits.timeoutMs)}.`);
  }
}

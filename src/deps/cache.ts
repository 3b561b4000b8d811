// Every call of the deps action into the cache layer lives here: the ccache action's backends and its bounded,
// truthfully reported transfers (src/ccache/cache.ts).
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { Env } from '../common/inputs.js';
import { SaveOutcome } from '../ccache/backend.js';
import { DEFAULT_RESTORE_LIMITS, DEFAULT_SAVE_LIMITS, Reporter, createBackend, restoreEntry, saveEntry } from '../ccache/cache.js';
import { CacheService, cacheMode, cacheReadable, cacheServiceAvailable, cacheWritable } from '../ccache/github.js';

/** The local backend keeps at most this much of dependency entries (oldest deleted first). */
const LOCAL_BUDGET = 10e9;

/** What a restore gave: the entry, or not; `timedOut`: given up on, so its work may still write into the folder. */
export interface DepsRestore {
  hit: boolean;
  timedOut: boolean;
}

export interface DepsCache {
  readonly name: 'github' | 'local';
  readonly where: string;
  /** Reads are allowed (GitHub's cache mode may forbid them). */
  readonly readable: boolean;
  readonly writable: boolean;
  /** Why reads or writes are off, for the log. */
  readonly note?: string;
  /** Restores the entry `key` (exact key only) into dir; never throws: a failure is a warning through `reporter`. */
  restore(dir: string, key: string, what: string, reporter: Reporter): Promise<DepsRestore>;
  /** Saves dir as `key`; never throws: `failed` carries the cause. */
  save(dir: string, key: string, what: string, reporter: Reporter): Promise<SaveOutcome>;
}

export interface DepsCacheOptions {
  backend?: 'github' | 'local';
  localDir?: string;
  workspace: string;
  env: Env;
  /** The @actions/cache boundary (tests hand a double). */
  cacheService?: () => Promise<CacheService>;
}

/** The file in an entry that lists its symbolic links (they are not archived as links: see packLinks). */
export const LINKS_FILE = '.aswf-deps-links.json';

/**
 * Replaces the symbolic links under dir (a shared library's libx.so -> libx.so.1 -> libx.so.1.2.3) by one list
 * in LINKS_FILE. node-tar 7.5, which the local backend uses, refuses to extract a link whose target is another link
 * (TAR_SYMLINK_ERROR: "Cannot extract through symbolic link"), so an entry holds plain files only, whatever backend.
 */
export function packLinks(dir: string): number {
  const links: { path: string; target: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) {
        links.push({ path: relative(dir, path), target: readlinkSync(path) });
        rmSync(path);
      } else if (st.isDirectory()) walk(path);
    }
  };
  walk(dir);
  if (links.length) writeFileSync(join(dir, LINKS_FILE), JSON.stringify(links));
  return links.length;
}

/** Recreates the links packLinks listed (only inside dir: a path that escapes it is refused). */
export function unpackLinks(dir: string): void {
  const file = join(dir, LINKS_FILE);
  if (!existsSync(file)) return;
  const links = JSON.parse(readFileSync(file, 'utf8')) as { path: string; target: string }[];
  for (const { path, target } of links) {
    const at = resolve(dir, path);
    const inside = relative(dir, at);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`the entry lists a link outside it: ${path}`);
    rmSync(at, { force: true });
    symlinkSync(target, at);
  }
  rmSync(file);
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
  let readable = true;
  let writable = true;
  let note: string | undefined;
  if (name === 'github') {
    if (!available) {
      return { warning: "deps-backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): every dependency is built, nothing is saved. Use deps-backend: local on self-hosted runners." };
    }
    readable = cacheReadable(o.env);
    writable = cacheWritable(o.env);
    if (!readable || !writable) note = `the cache mode '${cacheMode(o.env)}' (ACTIONS_CACHE_MODE) permits ${readable ? 'no writes' : writable ? 'no reads' : 'neither reads nor writes'}`;
  }
  const localDir = o.localDir ? resolve(o.workspace, o.localDir) : defaultLocalDir(o.env);
  const backend = createBackend({ name, localDir, budgetBytes: LOCAL_BUDGET, cacheService: o.cacheService })!;
  return {
    cache: {
      name,
      where: backend.where,
      readable,
      writable,
      note,
      async restore(dir, key, what, reporter) {
        const r = await restoreEntry(backend, { dir, primary: key, restoreKeys: [], what }, DEFAULT_RESTORE_LIMITS, reporter, 'It is built instead');
        if (r.status !== 'hit' || r.key !== key) return { hit: false, timedOut: r.status === 'failed' && r.timedOut };
        try {
          unpackLinks(dir);
        } catch (err) {
          reporter.warning(`The cache entry ${key} of ${what} is broken (${errorMessage(err)}): building it instead.`);
          return { hit: false, timedOut: false };
        }
        return { hit: true, timedOut: false };
      },
      async save(dir, key, what, reporter) {
        try {
          packLinks(dir);
        } catch (err) {
          return { status: 'failed', message: errorMessage(err) };
        }
        const { ms: _ms, timedOut: _t, ...outcome } = await saveEntry(backend, dir, key, what, DEFAULT_SAVE_LIMITS, reporter);
        return outcome;
      },
    },
  };
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError, UserError, errorMessage } from '../common/errors.js';
import { readEvent } from '../common/event.js';
import { Executor, executorIn } from '../common/exec.js';
import { cell, safe, seconds, table } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { BUILD_OUTCOME_VARIABLE, CCACHE_CONFIGURE_STATS_VARIABLE, CCACHE_DIR_VARIABLE, CONTAINER_VARIABLE } from '../common/vars.js';
import { Docker, dockerEnv } from '../container/docker.js';
import { createBackend, restoreEntry, saveEntry } from './cache.js';
import { BuildOutcome, decideSave } from './decide.js';
import { CacheService, GithubBackend, cacheMode, cacheReadable, cacheServiceAvailable, cacheWritable, loadCacheService } from './github.js';
import { BackendName, CcacheInputs, MAX_KEYS, MAX_KEY_LENGTH, parseCcacheInputs } from './inputs.js';
import { findOrInstallCcache } from './install.js';
import { CacheKeys, cacheKeys } from './keys.js';
import { LocalBackend } from './local.js';
import { entryDir, foreignOwned, moveContents } from './staging.js';
import { CcacheStats, NOTHING_COMPILED, formatBytes, hitRate, parseStatsSnapshot, readStats } from './stats.js';
import { detectToolchain } from './toolchain.js';
import { isInside } from '../common/paths.js';

export interface CcacheDeps {
  /** One executor for main and post, wherever they run (tests). */
  exec?: Executor;
  /** The executor for a container id (undefined: the host); default: docker exec into it, or the host. */
  executorFor?: (container: string | undefined, env: Env, log: (line: string) => void) => Executor;
  platform?: NodeJS.Platform;
  /** The @actions/cache boundary (tests hand a double). */
  cacheService?: () => Promise<CacheService>;
  now?: () => number;
  /** Overrides of restore-timeout, save-timeout and stall-timeout in milliseconds (tests). */
  restoreTimeoutMs?: number;
  saveTimeoutMs?: number;
  stallTimeoutMs?: number;
  /** The runner's user, to whom the post step gives back what a container wrote as another user (default: this process's). */
  hostUser?: { uid: number; gid: number };
}

const STATE = 'ccache';

/** What the main step hands to the post step. */
interface CcacheState {
  /** The container the main step ran ccache in (the post step uses exactly it); undefined: the host. */
  container?: string;
  ccache: string;
  version: string;
  dir: string;
  env: Env;
  backend?: BackendName;
  localDir?: string;
  budgetBytes?: number;
  primary: string;
  restored?: string;
  /** What the restore gave (the cache-hit output). */
  hit?: HitKind;
  /** Why the restore failed, when it did. */
  restoreFailed?: string;
  /** An entry that restored no file into the ccache folder (counted as a miss). */
  emptyEntry?: string;
  restoreMs?: number;
  /** The restore timed out: what it left in the staging folder is incomplete (the post step removes it). */
  restoreTimedOut?: boolean;
  startMs: number;
}

/** The user's cache folder: XDG_CACHE_HOME, else ~/.cache. */
function userCacheDir(env: Env): string {
  return env.XDG_CACHE_HOME || join(homedir(), '.cache');
}

function defaultLocalDir(env: Env): string {
  return join(userCacheDir(env), 'aswf-ci', 'ccache');
}

function defaultCcacheDir(env: Env, platform: NodeJS.Platform): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'ccache');
  if (platform === 'win32') return join(env.LOCALAPPDATA || homedir(), 'ccache');
  return join(userCacheDir(env), 'ccache');
}

/** The local backend keeps up to four times max-size of entries (10 GB when max-size is 0, at least 1 GB). */
function localBudget(maxSizeBytes: number): number {
  return maxSizeBytes === 0 ? 10e9 : Math.max(4 * maxSizeBytes, 1e9);
}

function executorAt(container: string | undefined, step: Step, deps: CcacheDeps): Executor {
  return deps.exec ?? (deps.executorFor ?? executorIn)(container, step.env, (l) => step.info(l));
}

/** Whether `dir`, made on the host, is visible at the same path in the container (a marker file, checked with test -f). */
async function visibleThrough(exec: Executor, dir: string): Promise<boolean> {
  const marker = join(dir, `.aswf-ci-visible-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(marker, '');
    return (await exec.run(['test', '-f', marker], { silent: true, ignoreReturnCode: true })).exitCode === 0;
  } catch {
    return false;
  } finally {
    rmSync(marker, { force: true });
  }
}


/**
 * The cache-hit output: `exact` (the primary key itself), `latest` (the newest entry of this toolchain and key: an
 * earlier attempt of this run or an earlier run), `partial` (a fallback: an entry of another key part, from
 * restore-keys, or any entry of this toolchain), `miss` (nothing matched) or `failed` (the restore failed or timed out).
 */
export type HitKind = 'exact' | 'latest' | 'partial' | 'miss' | 'failed';

export function hitKind(restored: string | undefined, keys: CacheKeys, failed?: string): HitKind {
  if (!restored) return failed ? 'failed' : 'miss';
  if (restored === keys.primary) return 'exact';
  return restored.startsWith(keys.sameKeyPrefix) ? 'latest' : 'partial';
}

/** ccache's settings for hits across checkout paths and machines, as CCACHE_* variables (they reach containers too). */
function ccacheEnvironment(inputs: CcacheInputs, dir: string, workspace: string): Env {
  const env: Env = {
    CCACHE_DIR: dir,
    CCACHE_BASEDIR: workspace,
    CCACHE_NOHASHDIR: '1',
    // A fresh runner or container gives the compiler a new mtime: hash its content instead.
    CCACHE_COMPILERCHECK: 'content',
    CCACHE_COMPRESS: '1',
    CCACHE_MAXSIZE: inputs.maxSize,
  };
  if (inputs.compressionLevel !== undefined) env.CCACHE_COMPRESSLEVEL = String(inputs.compressionLevel);
  return env;
}

export async function ccacheMain(step: Step, deps: CcacheDeps = {}): Promise<void> {
  const inputs = parseCcacheInputs(step.inputs);
  const now = deps.now ?? Date.now;
  const startMs = now();
  const platform = deps.platform ?? process.platform;
  const env = step.env;
  const container = env[CONTAINER_VARIABLE] || undefined;
  const exec = executorAt(container, step, deps);
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());

  const ccache = await step.group('Find ccache', () => findOrInstallCcache(step, exec, inputs.installCcache, platform));
  if (!ccache) {
    step.setOutput('cache-hit', 'miss');
    step.setOutput('exact-hit', 'false');
    step.setOutput('cache-matched-key', '');
    step.setOutput('launcher', '');
    return;
  }
  const versionOut = await exec.run([ccache, '--version'], { silent: true, ignoreReturnCode: true });
  const version = /(\d+\.\d+(?:\.\d+)?)/.exec(versionOut.stdout)?.[1] ?? 'unknown';
  const dir = inputs.ccacheDir ? resolve(workspace, inputs.ccacheDir) : defaultCcacheDir(env, platform);
  makeCcacheDir(dir, workspace, inputs.ccacheDir);
  if (container && !(await visibleThrough(exec, dir))) {
    step.warning(
      `The ccache folder ${safe(dir)} is not mounted into the container ${container.slice(0, 12)} (a file made there on the host is not visible inside): caching is off for this job. Use the default ccache-dir (in RUNNER_TEMP, which the container action mounts), or mount ${safe(dir)} into the container at the same path with the container action's container-options (two lines: --volume and ${safe(dir)}:${safe(dir)}).`,
    );
    step.setOutput('cache-hit', 'miss');
    step.setOutput('exact-hit', 'false');
    step.setOutput('cache-matched-key', '');
    step.setOutput('ccache-dir', dir);
    step.setOutput('launcher', '');
    return;
  }

  const toolchain = await detectToolchain(exec, env, platform);
  const keys = cacheKeys({
    cacheVersion: inputs.cacheVersion,
    os: env.RUNNER_OS || platform,
    arch: env.RUNNER_ARCH || process.arch,
    toolchain: toolchain.id,
    key: inputs.key,
    runId: env.GITHUB_RUN_ID || String(startMs),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    restoreKeys: inputs.restoreKeys,
  });
  checkKeyLimits(keys.primary, keys.restoreKeys, inputs.key);
  step.info(`ccache ${version} at ${safe(ccache)} (on the ${exec.where}), cache folder ${safe(dir)}`);
  step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);

  const serviceAvailable = cacheServiceAvailable(env);
  const backendName = inputs.backend ?? (serviceAvailable ? 'github' : 'local');
  if (backendName === 'github' && !serviceAvailable) {
    step.warning("backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): the cache is neither restored nor saved. Use backend: local on self-hosted runners.");
  }
  const localDir = inputs.localDir ? resolve(workspace, inputs.localDir) : defaultLocalDir(env);
  const budgetBytes = localBudget(inputs.maxSizeBytes);
  const usable = backendName === 'local' || serviceAvailable;
  const backend = usable ? createBackend({ name: backendName, localDir, budgetBytes, cacheService: deps.cacheService }) : undefined;

  let restored: string | undefined;
  let restoreMs: number | undefined;
  let restoreTimedOut = false;
  let restoreFailed: string | undefined;
  let emptyEntry: string | undefined;
  if (backend && backend.name === 'github' && !cacheReadable(env)) {
    step.info(`The cache mode '${cacheMode(env)}' (ACTIONS_CACHE_MODE) permits no reads: not restoring; starting with an empty cache.`);
  } else if (backend) {
    await step.group(`Restore the cache from ${backend.where}`, async () => {
      step.info(`Primary key: ${keys.primary}`);
      step.info(`Restore keys, in order:\n  ${keys.restoreKeys.join('\n  ')}`);
      // Restored into a sibling folder and moved into the ccache folder only when complete: a restore that fails
      // halfway, or times out and goes on in the background, never writes where the build's ccache works.
      const staging = entryDir(dir);
      try {
        // A post step killed in the middle of a save (a self-hosted runner, a persistent ccache-dir) left the whole
        // cache in the staging folder: it goes back into the ccache folder, never deleted.
        moveContents(staging, dir);
      } catch (err) {
        step.warning(
          `Moving what an interrupted save left in ${safe(staging)} back into ${safe(dir)} failed (${errorMessage(err)}): not restoring (it would land on top of it); the build goes on with what is in ${safe(dir)}.`,
        );
        return;
      }
      const limits = { stallMs: deps.stallTimeoutMs ?? inputs.stallTimeoutMs, timeoutMs: deps.restoreTimeoutMs ?? inputs.restoreTimeoutMs };
      const result = await restoreEntry(backend, { dir: staging, primary: keys.primary, restoreKeys: keys.restoreKeys, what: 'the ccache cache', now }, limits, step, 'The build goes on with an empty cache');
      restoreMs = result.ms;
      if (result.status === 'hit') {
        try {
          moveContents(staging, dir);
          restored = result.key;
        } catch (err) {
          restoreFailed = `moving the entry restored into ${safe(dir)} failed: ${safe(errorMessage(err))}`;
          step.warning(`Restoring the ccache cache failed: ${restoreFailed}. The build goes on with what is in ${safe(dir)}.`);
        }
      } else if (result.status === 'failed') {
        restoreFailed = result.cause;
        // After a timeout the restore may still be writing into the staging folder: it is left alone (the post step
        // removes it). This step still ends: the action's entry point exits once it returns.
        if (result.timedOut) restoreTimedOut = true;
        else rmSync(staging, { recursive: true, force: true });
      } else {
        emptyEntry = result.empty;
        rmSync(staging, { recursive: true, force: true });
      }
      step.info(restored ? `Restored ${restored} in ${seconds(restoreMs)}.` : restoreFailed ? 'No cache entry restored (the restore failed): starting with an empty cache.' : 'No cache entry restored: starting with an empty cache.');
    });
  }
  const hit = hitKind(restored, keys, restoreFailed);

  const ccacheEnv = ccacheEnvironment(inputs, dir, workspace);
  for (const [name, value] of Object.entries(ccacheEnv)) step.exportVariable(name, value!);
  step.exportVariable(CCACHE_DIR_VARIABLE, dir);
  step.exportVariable('CMAKE_C_COMPILER_LAUNCHER', ccache);
  step.exportVariable('CMAKE_CXX_COMPILER_LAUNCHER', ccache);
  await runCcache(step, exec, [ccache, '--zero-stats'], ccacheEnv, 'the statistics of this job also count earlier compilations');

  step.setOutput('cache-hit', hit);
  step.setOutput('exact-hit', String(hit === 'exact'));
  step.setOutput('primary-key', keys.primary);
  step.setOutput('restored-key', restored ?? '');
  step.setOutput('cache-matched-key', restored ?? '');
  step.setOutput('ccache-dir', dir);
  step.setOutput('launcher', ccache);
  const state: CcacheState = { container, ccache, version, dir, env: ccacheEnv, backend: backend?.name, localDir, budgetBytes, primary: keys.primary, restored, hit, restoreMs, startMs };
  if (restoreTimedOut) state.restoreTimedOut = true;
  if (restoreFailed) state.restoreFailed = restoreFailed;
  if (emptyEntry) state.emptyEntry = emptyEntry;
  step.saveState(STATE, JSON.stringify(state));
}

/** Whether `outer` is `inner` or a folder above it (symbolic links resolved where the paths exist). */
function holds(outer: string, inner: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  for (const [o, i] of [
    [outer, inner],
    [real(outer), real(inner)],
  ]) {
    if (isInside(o!, i!)) return true;
  }
  return false;
}

/**
 * Makes the ccache folder. A folder that holds the workspace (`.`, the workspace, a parent of it) is refused: a restore
 * would write over the checkout and a save would store it (`.git/config` holds the checkout's token). A path the
 * file system cannot make (too long, under a file, not permitted) is one clear line naming the input.
 */
export function makeCcacheDir(dir: string, workspace: string, given: string | undefined): void {
  if (holds(dir, workspace) || holds(entryDir(dir), workspace)) {
    throw new InputError('ccache-dir', given ?? dir, `a folder outside the workspace or inside it, never the workspace or a folder above it (${safe(workspace)}): a restore would write over the checkout and a save would store it; the default is $RUNNER_TEMP/ccache`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENAMETOOLONG' ? 'the path is too long for the file system' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(err);
    if (given === undefined) throw new UserError(`The ccache folder ${safe(dir)} cannot be made (${why}); set ccache-dir to a folder that can.`);
    throw new InputError('ccache-dir', given, `a folder that can be made (${why}); the default is $RUNNER_TEMP/ccache`);
  }
}

/** Runs a ccache command whose failure must not fail the build: a non-zero exit or a failure to start is a warning. */
async function runCcache(step: Step, exec: Executor, argv: string[], env: Env, consequence: string): Promise<boolean> {
  try {
    const result = await exec.run(argv, { env, silent: true, ignoreReturnCode: true });
    if (result.exitCode === 0) return true;
    const why = (result.stderr || result.stdout).trim().split(/\r?\n/).pop();
    step.warning(`ccache ${argv.slice(1).join(' ')} failed on the ${exec.where} (exit code ${result.exitCode}${why ? `: ${why}` : ''}): ${consequence}. Is the ccache folder writable?`);
  } catch (err) {
    step.warning(`ccache ${argv.slice(1).join(' ')} could not run on the ${exec.where} (${errorMessage(err)}): ${consequence}.`);
  }
  return false;
}

/** GitHub's limits, checked before any restore: at most 10 keys per restore, each at most 512 characters. */
export function checkKeyLimits(primary: string, restoreKeys: string[], key: string): void {
  const long = [primary, ...restoreKeys].find((k) => k.length > MAX_KEY_LENGTH);
  if (long) {
    throw new InputError('key', key, `a shorter key: the cache key ${long} has ${long.length} characters, GitHub's cache takes at most ${MAX_KEY_LENGTH}`);
  }
  if (1 + restoreKeys.length > MAX_KEYS) {
    throw new InputError('restore-keys', restoreKeys.join('\n'), `fewer lines: with them a restore tries ${1 + restoreKeys.length} keys, GitHub's cache takes at most ${MAX_KEYS}`);
  }
}

export { readStats };

function defaultBranch(env: Env): { branch?: string; fork: boolean } {
  const data = readEvent(env.GITHUB_EVENT_PATH);
  if ('error' in data || data.payload === null) return { fork: false };
  const event = data.payload as {
    repository?: { default_branch?: string; full_name?: string };
    pull_request?: { head?: { repo?: { full_name?: string } } };
  };
  const head = event.pull_request?.head?.repo?.full_name;
  return { branch: event.repository?.default_branch, fork: !!head && head !== event.repository?.full_name };
}

/** ccache's version (`4.7.5`, `3.7`) is at least `minimum`; an unreadable version counts as old. */
async function versionAtLeast(version: string, minimum: string): Promise<boolean> {
  const semver = await import('semver');
  const found = semver.coerce(version);
  return found !== null && semver.gte(found, minimum);
}

export async function ccachePost(step: Step, deps: CcacheDeps = {}): Promise<void> {
  const raw = step.getState(STATE);
  if (!raw) {
    step.info('The ccache main step did not set up a cache: nothing to report or save.');
    return;
  }
  const state = JSON.parse(raw) as CcacheState;
  const inputs = parseCcacheInputs(step.inputs);
  const now = deps.now ?? Date.now;
  const env = step.env;
  // Exactly where the main step ran ccache, whatever this step's environment says.
  const exec = executorAt(state.container, step, deps);
  let reachable = true;
  if (state.container) {
    const probe = await exec.run([state.ccache, '--version'], { env: state.env, silent: true, ignoreReturnCode: true }).catch(() => undefined);
    if (probe?.exitCode !== 0) {
      reachable = false;
      step.warning(
        `The container ${state.container.slice(0, 12)} in which the ccache main step ran is gone or cannot run ccache any more (was it removed before this post step? post steps run in reverse order: put the ccache step after the container step): no statistics and no eviction; saving what is in ${safe(state.dir)}.`,
      );
    }
  }

  let stats: CcacheStats | undefined;
  let text = '';
  if (reachable) {
    try {
      ({ stats, text } = await readStats(exec, state.ccache, state.env));
    } catch (err) {
      step.warning(`Reading ccache's statistics on the ${exec.where} failed (${errorMessage(err)}).`);
    }
    await step.group('ccache statistics', async () => step.info(text.trim() || '(ccache printed no statistics)'));
  }
  if (state.restoreTimedOut) {
    // The main step's process, and with it the restore it gave up on, has ended: what it left is incomplete.
    try {
      rmSync(entryDir(state.dir), { recursive: true, force: true });
    } catch (err) {
      step.warning(`Removing what the restore that timed out left in ${safe(entryDir(state.dir))} failed (${errorMessage(err)}).`);
    }
  }
  // CMake's configure-time checks (try_compile) go through the launcher too: the cmake action exports ccache's counts
  // as they stood after configure, and they are taken off, so that the hits and misses are the build's own.
  const configure = parseStatsSnapshot(env[CCACHE_CONFIGURE_STATS_VARIABLE]);
  let configureCompiles = 0;
  if (stats && configure && configure.hits <= stats.hits && configure.misses <= stats.misses) {
    configureCompiles = configure.hits + configure.misses;
    stats = { ...stats, hits: stats.hits - configure.hits, misses: stats.misses - configure.misses };
  }
  const rate = stats ? hitRate(stats) : undefined;
  if (stats) {
    step.info(`ccache: ${stats.hits} hits, ${stats.misses} misses${rate === undefined ? '' : ` (${rate.toFixed(1)} % hits)`}${stats.files !== undefined ? `, ${stats.files} files` : ''}${stats.sizeBytes !== undefined ? `, ${formatBytes(stats.sizeBytes)}` : ''}${configureCompiles ? ` (not counting ${configureCompiles} compilation${configureCompiles === 1 ? '' : 's'} of CMake's configure-time checks)` : ''}.`);
  }

  const outcomeText = env[BUILD_OUTCOME_VARIABLE];
  const outcome: BuildOutcome = outcomeText === 'success' || outcomeText === 'failure' ? outcomeText : 'unknown';
  const { branch, fork } = defaultBranch(env);
  const decision = decideSave({
    mode: inputs.save,
    saveOnFailure: inputs.saveOnFailure,
    event: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: branch,
    outcome,
    newResults: stats?.misses,
    hits: stats?.hits,
    exactHit: state.restored === state.primary,
  });
  // An exact hit that gave no hit (an entry that restored nothing usable) is repaired under a key of its own: the
  // primary key's entry exists already and entries are immutable.
  const saveKey = decision.repair ? `${state.primary}.repaired` : state.primary;
  const backend = createBackend({ name: state.backend, localDir: state.localDir, budgetBytes: state.budgetBytes, cacheService: deps.cacheService });
  let saved = `not saved: ${decision.reason}`;
  if (!backend) {
    saved = 'not saved: no cache backend available';
  } else if (!decision.save) {
    step.info(`Not saving the cache: ${decision.reason}.`);
  } else if (backend.name === 'github' && fork) {
    step.notice('Not saving the ccache cache: GitHub refuses cache saves from pull requests of forks.');
    saved = 'not saved: pull request from a fork (read-only token)';
  } else if (backend.name === 'github' && !cacheWritable(env)) {
    step.notice(`read-only cache: not saving (the cache mode '${cacheMode(env)}', ACTIONS_CACHE_MODE, permits no writes).`);
    saved = `not saved: read-only cache (ACTIONS_CACHE_MODE ${cell(cacheMode(env))})`;
  } else {
    saved = await step.group(`Save the cache to ${backend.where}`, async () => {
      if (inputs.evictUnused && reachable && (await evictUnused(step, exec, state, now()))) {
        // The summary shows what is saved: the size and file count after eviction.
        const after = await readStats(exec, state.ccache, state.env).catch(() => undefined);
        if (stats && after?.stats) stats = { ...stats, files: after.stats.files, sizeBytes: after.stats.sizeBytes };
      }
      step.info(`Saving ${saveKey}: ${decision.reason}.`);
      // The entry is saved from the staging folder (its path is part of a GitHub entry's identity): the ccache
      // folder's contents move there and back (renames; the folder itself stays, and with it any mount of it).
      const staging = entryDir(state.dir);
      try {
        // What a restore that timed out left there is incomplete: removed; anything else is a cache (an interrupted
        // save's, that the main step could not move back): moved back, never deleted.
        if (state.restoreTimedOut) rmSync(staging, { recursive: true, force: true });
        else moveContents(staging, state.dir);
      } catch (err) {
        step.warning(`Saving the ccache cache failed: ${safe(staging)} cannot be cleared (${errorMessage(err)}). The build is not affected.`);
        return `save failed: ${cell(errorMessage(err))}`;
      }
      // A container that ran as another user (user: root) wrote files the runner's user cannot move: given back first.
      if (state.container && reachable) await giveBackToRunner(step, deps, state.container, state.dir);
      let timedOut = false;
      try {
        moveContents(state.dir, staging, true);
      } catch (err) {
        step.warning(`Saving the ccache cache failed: moving the cache into ${safe(staging)} failed (${errorMessage(err)}). The build is not affected.`);
        try {
          moveContents(staging, state.dir);
        } catch {
          // reported below if it stays
        }
        return `save failed: ${cell(errorMessage(err))}`;
      }
      const limits = { stallMs: deps.stallTimeoutMs ?? inputs.stallTimeoutMs, timeoutMs: deps.saveTimeoutMs ?? inputs.saveTimeoutMs };
      try {
        const result = await saveEntry(backend, staging, saveKey, 'the ccache cache', limits, step, now);
        timedOut = !!result.timedOut;
        if (result.status === 'saved') {
          step.info(`Saved ${saveKey}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''} in ${seconds(result.ms)}.`);
          return `saved as <code>${cell(saveKey)}</code> in ${seconds(result.ms)}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''}`;
        }
        if (result.status === 'refused') {
          step.notice(`The ccache cache was not saved: ${safe(result.message)}.`);
          return `not saved: ${cell(result.message)}`;
        }
        step.warning(`Saving the ccache cache failed: ${safe(result.message)}. The build is not affected.`);
        return `save failed: ${cell(result.message)}`;
      } finally {
        if (timedOut) {
          // The save given up on may still be reading the staging folder until this step's process ends: the cache
          // stays there (a later job with the same ccache-dir moves it back before restoring).
          step.info(`The cache stays in ${safe(staging)}: the save that timed out may still be reading it.`);
        } else {
          try {
            moveContents(staging, state.dir);
          } catch (err) {
            step.warning(`Moving the cache back from ${safe(staging)} to ${safe(state.dir)} failed (${errorMessage(err)}).`);
          }
        }
      }
    });
  }
  step.summary(summaryMarkdown(state, stats, rate, saved, configureCompiles));
}

/**
 * Gives `dir` back to the runner's user when a container wrote into it as another user (`user: root`): a
 * `chown -R` run as root in the container (the container action's own post step, which does the same, runs after
 * this one). Nothing runs when every file is the runner's already. A failure is a warning: the save may then fail.
 */
async function giveBackToRunner(step: Step, deps: CcacheDeps, container: string, dir: string): Promise<void> {
  const user = deps.hostUser ?? (process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : undefined);
  if (!user) return;
  const foreign = foreignOwned(dir, user.uid);
  if (!foreign) return;
  const owner = `${user.uid}:${user.gid}`;
  const docker = new Docker(executorAt(undefined, step, deps), dockerEnv(step.env));
  try {
    const result = await docker.exec_(container, ['chown', '-R', '-h', owner, dir], '0:0');
    if (result.exitCode === 0) step.info(`Gave ${safe(dir)} back to ${owner} (the container wrote ${foreign} as another user).`);
    else step.warning(`Could not give ${safe(dir)} back to ${owner} (exit code ${result.exitCode}: ${(result.stderr || result.stdout).trim()}): the container wrote ${foreign} as another user, and saving may fail.`);
  } catch (err) {
    step.warning(`Could not give ${safe(dir)} back to ${owner} (${errorMessage(err)}): the container wrote ${foreign} as another user, and saving may fail.`);
  }
}

/** Drops cache files this job did not use (their mtime is older than the job's start: ccache touches what it uses). */
async function evictUnused(step: Step, exec: Executor, state: CcacheState, nowMs: number): Promise<boolean> {
  if (!(await versionAtLeast(state.version, '4.4.0'))) {
    step.notice(`ccache ${state.version} has no --evict-older-than (ccache 4.4 or newer): unused cache files are kept; max-size still bounds the cache.`);
    return false;
  }
  const age = Math.max(1, Math.ceil((nowMs - state.startMs) / 1000));
  const result = await exec.run([state.ccache, '--evict-older-than', `${age}s`], { env: state.env, ignoreReturnCode: true });
  if (result.exitCode !== 0) step.warning(`ccache --evict-older-than ${age}s failed (exit code ${result.exitCode}); saving the cache as it is.`);
  return result.exitCode === 0;
}

/** What the restore gave, for the summary's Restored row. */
function restoredCell(state: CcacheState): string {
  const took = state.restoreMs !== undefined ? ` in ${seconds(state.restoreMs)}` : '';
  if (!state.backend) return 'no cache backend';
  if (state.restoreFailed) return `restore failed: ${cell(state.restoreFailed)}`;
  if (!state.restored) return state.emptyEntry ? `miss (the entry <code>${cell(state.emptyEntry)}</code> restored no file; counted as a miss)` : 'miss (no entry matched: empty cache)';
  const kind = state.hit ?? (state.restored === state.primary ? 'exact' : 'partial');
  const words: Record<string, string> = {
    exact: 'exact (this run\'s own key)',
    latest: 'latest (the newest entry of this toolchain and key)',
    partial: 'partial (a fallback: an entry of another key, or any entry of this toolchain)',
  };
  return `${words[kind] ?? kind}: <code>${cell(state.restored)}</code>${took}`;
}

function summaryMarkdown(state: CcacheState, stats: CcacheStats | undefined, rate: number | undefined, saved: string, configureCompiles = 0): string {
  const head = rate === undefined ? (stats ? NOTHING_COMPILED : 'statistics unavailable') : `${rate.toFixed(1)} % hits`;
  const rows: string[][] = [];
  if (stats) {
    rows.push(['Hits', String(stats.hits)], ['Misses', String(stats.misses)], ['Hit rate', rate === undefined ? 'n/a' : `${rate.toFixed(1)} %`]);
    if (configureCompiles) rows.push(["CMake's configure-time checks", `${configureCompiles} compilation${configureCompiles === 1 ? '' : 's'} (not counted above)`]);
    if (stats.files !== undefined) rows.push(['Files', String(stats.files)]);
    if (stats.sizeBytes !== undefined) rows.push(['Size', formatBytes(stats.sizeBytes)]);
  } else {
    rows.push(['Statistics', 'unavailable']);
  }
  rows.push(['Restored', restoredCell(state)], ['Saved', saved]);
  return `### ccache: ${head}\n\n${table(['ccache', ''], rows)}`;
}

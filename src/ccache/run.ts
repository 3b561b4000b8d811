import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { Executor, executorFor } from '../common/exec.js';
import { cell, seconds, table } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { BUILD_OUTCOME_VARIABLE, CCACHE_DIR_VARIABLE } from '../common/vars.js';
import { CacheBackend, withTimeout } from './backend.js';
import { BuildOutcome, decideSave } from './decide.js';
import { CacheService, GithubBackend, cacheServiceAvailable, loadCacheService } from './github.js';
import { BackendName, CcacheInputs, parseCcacheInputs } from './inputs.js';
import { findOrInstallCcache } from './install.js';
import { cacheKeys } from './keys.js';
import { LocalBackend } from './local.js';
import { CcacheStats, formatBytes, hitRate, parsePrintStats, parseShowStats } from './stats.js';
import { detectToolchain } from './toolchain.js';

export interface CcacheDeps {
  exec?: Executor;
  platform?: NodeJS.Platform;
  /** The @actions/cache boundary (tests hand a double). */
  cacheService?: () => Promise<CacheService>;
  now?: () => number;
  restoreTimeoutMs?: number;
  saveTimeoutMs?: number;
}

const STATE = 'ccache';

/** What the main step hands to the post step. */
interface CcacheState {
  ccache: string;
  version: string;
  dir: string;
  env: Env;
  backend?: BackendName;
  localDir?: string;
  budgetBytes?: number;
  primary: string;
  restored?: string;
  restoreMs?: number;
  startMs: number;
}

export function defaultLocalDir(env: Env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aswf-ci', 'ccache');
}

function defaultCcacheDir(env: Env, platform: NodeJS.Platform): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'ccache');
  if (platform === 'win32') return join(env.LOCALAPPDATA || homedir(), 'ccache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ccache');
}

/** The local backend keeps up to four times max-size of entries (10 GB when max-size is 0, at least 1 GB). */
export function localBudget(maxSizeBytes: number): number {
  return maxSizeBytes === 0 ? 10e9 : Math.max(4 * maxSizeBytes, 1e9);
}

function makeBackend(name: BackendName | undefined, localDir: string | undefined, budget: number | undefined, deps: CcacheDeps): CacheBackend | undefined {
  if (name === 'github') return new GithubBackend(deps.cacheService ?? loadCacheService);
  if (name === 'local' && localDir) return new LocalBackend(localDir, budget ?? 1e9);
  return undefined;
}

/** ccache's settings for hits across checkout paths and machines, as CCACHE_* variables (they reach containers too). */
export function ccacheEnvironment(inputs: CcacheInputs, dir: string, workspace: string): Env {
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
  const exec = deps.exec ?? executorFor(step.env, (l) => step.info(l));
  const env = step.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());

  const ccache = await step.group('Find ccache', () => findOrInstallCcache(step, exec, inputs.installCcache, platform));
  if (!ccache) {
    step.setOutput('cache-hit', 'miss');
    step.setOutput('launcher', '');
    return;
  }
  const versionOut = await exec.run([ccache, '--version'], { silent: true, ignoreReturnCode: true });
  const version = /(\d+\.\d+(?:\.\d+)?)/.exec(versionOut.stdout)?.[1] ?? 'unknown';
  const dir = inputs.ccacheDir ? resolve(workspace, inputs.ccacheDir) : defaultCcacheDir(env, platform);
  mkdirSync(dir, { recursive: true });

  const toolchain = await detectToolchain(exec, env);
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
  step.info(`ccache ${version} at ${ccache} (on the ${exec.where}), cache folder ${dir}`);
  step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);

  let backendName = inputs.backend ?? (cacheServiceAvailable(env) ? 'github' : 'local');
  if (backendName === 'github' && !cacheServiceAvailable(env)) {
    step.warning("backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): the cache is neither restored nor saved. Use backend: local on self-hosted runners.");
  }
  const localDir = inputs.localDir ? resolve(workspace, inputs.localDir) : defaultLocalDir(env);
  const budgetBytes = localBudget(inputs.maxSizeBytes);
  const usable = backendName === 'local' || cacheServiceAvailable(env);
  const backend = usable ? makeBackend(backendName, localDir, budgetBytes, deps) : undefined;

  let restored: string | undefined;
  let restoreMs: number | undefined;
  if (backend) {
    await step.group(`Restore the cache from ${backend.where}`, async () => {
      step.info(`Primary key: ${keys.primary}`);
      step.info(`Restore keys, in order:\n  ${keys.restoreKeys.join('\n  ')}`);
      const t0 = now();
      try {
        restored = await withTimeout(backend.restore(dir, keys.primary, keys.restoreKeys), deps.restoreTimeoutMs ?? 15 * 60_000, 'Restoring the cache');
        restoreMs = now() - t0;
      } catch (err) {
        step.warning(`Restoring the ccache cache failed (${errorMessage(err)}); the build goes on with an empty cache.`);
      }
      step.info(restored ? `Restored ${restored} in ${seconds(restoreMs ?? 0)}.` : 'No cache entry matched: starting with an empty cache.');
    });
  }
  const hit = !restored ? 'miss' : restored === keys.primary ? 'exact' : 'partial';

  const ccacheEnv = ccacheEnvironment(inputs, dir, workspace);
  for (const [name, value] of Object.entries(ccacheEnv)) step.exportVariable(name, value!);
  step.exportVariable(CCACHE_DIR_VARIABLE, dir);
  step.exportVariable('CMAKE_C_COMPILER_LAUNCHER', ccache);
  step.exportVariable('CMAKE_CXX_COMPILER_LAUNCHER', ccache);
  await exec.run([ccache, '--zero-stats'], { env: ccacheEnv, silent: true });

  step.setOutput('cache-hit', hit);
  step.setOutput('primary-key', keys.primary);
  step.setOutput('restored-key', restored ?? '');
  step.setOutput('ccache-dir', dir);
  step.setOutput('launcher', ccache);
  const state: CcacheState = { ccache, version, dir, env: ccacheEnv, backend: backend?.name, localDir, budgetBytes, primary: keys.primary, restored, restoreMs, startMs };
  step.saveState(STATE, JSON.stringify(state));
}

/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
export async function readStats(exec: Executor, ccache: string, env: Env): Promise<{ stats?: CcacheStats; text: string }> {
  const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
  const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
  const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
  return { stats, text: show.stdout };
}

function defaultBranch(env: Env): { branch?: string; fork: boolean } {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      repository?: { default_branch?: string; full_name?: string };
      pull_request?: { head?: { repo?: { full_name?: string } } };
    };
    const head = event.pull_request?.head?.repo?.full_name;
    return { branch: event.repository?.default_branch, fork: !!head && head !== event.repository?.full_name };
  } catch {
    return { fork: false };
  }
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
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
  const exec = deps.exec ?? executorFor(step.env, (l) => step.info(l));
  const env = step.env;

  const { stats, text } = await readStats(exec, state.ccache, state.env);
  await step.group('ccache statistics', async () => step.info(text.trim() || '(ccache printed no statistics)'));
  const rate = stats ? hitRate(stats) : undefined;
  if (stats) {
    step.info(`ccache: ${stats.hits} hits, ${stats.misses} misses${rate === undefined ? '' : ` (${rate.toFixed(1)} % hits)`}${stats.files !== undefined ? `, ${stats.files} files` : ''}${stats.sizeBytes !== undefined ? `, ${formatBytes(stats.sizeBytes)}` : ''}.`);
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
    exactHit: state.restored === state.primary,
  });
  const backend = makeBackend(state.backend, state.localDir, state.budgetBytes, deps);
  let saved = `not saved: ${decision.reason}`;
  if (!backend) {
    saved = 'not saved: no cache backend available';
  } else if (!decision.save) {
    step.info(`Not saving the cache: ${decision.reason}.`);
  } else if (backend.name === 'github' && fork) {
    step.notice('Not saving the ccache cache: GitHub refuses cache saves from pull requests of forks.');
    saved = 'not saved: pull request from a fork (read-only token)';
  } else {
    saved = await step.group(`Save the cache to ${backend.where}`, async () => {
      if (inputs.evictUnused) await evictUnused(step, exec, state, now());
      step.info(`Saving ${state.primary}: ${decision.reason}.`);
      const t0 = now();
      try {
        const result = await withTimeout(backend.save(state.dir, state.primary), deps.saveTimeoutMs ?? 15 * 60_000, 'Saving the cache');
        const ms = now() - t0;
        if (result.status === 'saved') {
          step.info(`Saved ${state.primary}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''} in ${seconds(ms)}.`);
          return `saved as <code>${cell(state.primary)}</code> in ${seconds(ms)}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''}`;
        }
        if (result.status === 'refused') {
          step.notice(`The ccache cache was not saved: ${result.message}.`);
          return `not saved: ${cell(result.message)}`;
        }
        step.warning(`Saving the ccache cache failed: ${result.message}. The build is not affected.`);
        return `save failed: ${cell(result.message)}`;
      } catch (err) {
        step.warning(`Saving the ccache cache failed (${errorMessage(err)}). The build is not affected.`);
        return `save failed: ${cell(errorMessage(err))}`;
      }
    });
  }
  step.summary(summaryMarkdown(state, stats, rate, saved));
}

/** Drops cache files this job did not use (their mtime is older than the job's start: ccache touches what it uses). */
async function evictUnused(step: Step, exec: Executor, state: CcacheState, nowMs: number): Promise<void> {
  if (!versionAtLeast(state.version, 4, 4)) {
    step.notice(`ccache ${state.version} has no --evict-older-than (ccache 4.4 or newer): unused cache files are kept; max-size still bounds the cache.`);
    return;
  }
  const age = Math.max(1, Math.ceil((nowMs - state.startMs) / 1000));
  const result = await exec.run([state.ccache, '--evict-older-than', `${age}s`], { env: state.env, ignoreReturnCode: true });
  if (result.exitCode !== 0) step.warning(`ccache --evict-older-than ${age}s failed (exit code ${result.exitCode}); saving the cache as it is.`);
}

function summaryMarkdown(state: CcacheState, stats: CcacheStats | undefined, rate: number | undefined, saved: string): string {
  const head = rate === undefined ? 'no compilations' : `${rate.toFixed(1)} % hits`;
  const rows: string[][] = [];
  if (stats) {
    rows.push(['Hits', String(stats.hits)], ['Misses', String(stats.misses)], ['Hit rate', rate === undefined ? 'n/a' : `${rate.toFixed(1)} %`]);
    if (stats.files !== undefined) rows.push(['Files', String(stats.files)]);
    if (stats.sizeBytes !== undefined) rows.push(['Size', formatBytes(stats.sizeBytes)]);
  } else {
    rows.push(['Statistics', 'unavailable']);
  }
  const restored = state.restored
    ? `${state.restored === state.primary ? 'exact' : 'partial'}: <code>${cell(state.restored)}</code>${state.restoreMs !== undefined ? ` in ${seconds(state.restoreMs)}` : ''}`
    : state.backend
      ? 'miss (empty cache)'
      : 'no cache backend';
  rows.push(['Restored', restored], ['Saved', saved]);
  return `### ccache: ${head}\n\n${table(['ccache', ''], rows)}`;
}

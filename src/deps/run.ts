import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StepFailure, UserError, errorMessage } from '../common/errors.js';
import { isTrustedEvent, readEvent } from '../common/event.js';
import { Executor, HostExecutor, executorFor, formatCommand } from '../common/exec.js';
import { cell, details, safe, seconds, table, tail } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { withMatchers } from '../common/matchers.js';
import { Step } from '../common/step.js';
import { CONTAINER_PATH_VARIABLE } from '../common/vars.js';
import { CacheService } from '../ccache/github.js';
import { detectToolchain } from '../ccache/toolchain.js';
import { CmakeInputs } from '../cmake/inputs.js';
import { msvcEnvironment } from '../cmake/msvc.js';
import { planCmake } from '../cmake/plan.js';
import { pinCmake, withTools } from '../cmake/cmake-version.js';
import type { Tools } from '../cmake/install-check.js';
import { openDepsCache } from './cache.js';
import { Resolved, fetchAt, resolveRef } from './git.js';
import { Dependency, DepsInputs, DepsSaveMode, parseDepsInputs } from './inputs.js';
import { depKey } from './keys.js';
import { PackageReport, installPackages } from './packages.js';

export interface DepsDeps {
  /** Where the builds and package installs run (default: the job's container, else the host). */
  exec?: Executor;
  /** Where git runs (default: the host: the runner has the network and the credentials). */
  git?: Executor;
  platform?: NodeJS.Platform;
  cacheService?: () => Promise<CacheService>;
  now?: () => number;
}

export interface DepResult {
  name: string;
  ref: string;
  commit: string;
  key: string;
  result: 'restored' | 'built' | 'failed' | 'not built';
  seconds: number;
  /** What happened to the cache entry, in words. */
  cache: string;
}

/** Whether a dependency built now is saved: the deps-save input and the event (only trusted events by default). */
export function saveAllowed(mode: DepsSaveMode, env: Env): { save: boolean; reason: string } {
  const event = env.GITHUB_EVENT_NAME || '';
  if (mode === 'never') return { save: false, reason: 'deps-save is never' };
  if (mode === 'always') return { save: true, reason: 'deps-save is always' };
  if (!isTrustedEvent(event)) return { save: false, reason: `the event ${event || '(none)'} may run code a contributor chose: restore only` };
  if (mode === 'default-branch') {
    const data = readEvent(env.GITHUB_EVENT_PATH);
    const branch = 'payload' in data ? (data.payload as { repository?: { default_branch?: string } } | null)?.repository?.default_branch : undefined;
    const ref = env.GITHUB_REF || '';
    const onDefault = branch ? ref === `refs/heads/${branch}` : ref === 'refs/heads/main' || ref === 'refs/heads/master';
    if (!onDefault) return { save: false, reason: `deps-save is default-branch and ${ref || 'this ref'} is not the default branch` };
  }
  return { save: true, reason: `the event ${event} is trusted` };
}

/** Removes a folder; what a container wrote as another user is removed through the executor (cmake -E rm). */
async function clean(exec: Executor, dir: string): Promise<void> {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    await exec.run(['cmake', '-E', 'rm', '-rf', dir], { silent: true, ignoreReturnCode: true });
  }
}

/** The variables the commands of a dependency build get from the step (ccache's settings, the compiler launcher). */
function buildEnvironment(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([n]) => /^(CCACHE_[A-Z_]+|CMAKE_[A-Z_]+|CC|CXX|CFLAGS|CXXFLAGS|LDFLAGS)$/.test(n)));
}

const prepend = (value: string, existing: string | undefined, sep: string) => {
  const parts = (existing ?? '').split(sep).filter(Boolean);
  return [value, ...parts.filter((p) => p !== value)].join(sep);
};

/**
 * Exports the prefix to later steps: CMake's search path, PATH, the library path, pkg-config's path. In a container,
 * PATH there is its own: the prefix's bin goes before it (CONTAINER_PATH_VARIABLE, which the execution seam passes);
 * and the library and pkg-config paths the seam forwards by name put the prefix before the image's own values (an
 * ASWF image sets LD_LIBRARY_PATH for its toolset), not before the host's.
 */
async function exportPrefix(step: Step, exec: Executor, prefix: string, platform: NodeJS.Platform): Promise<void> {
  const sep = platform === 'win32' ? ';' : ':';
  const base: Env = { LD_LIBRARY_PATH: step.env.LD_LIBRARY_PATH, PKG_CONFIG_PATH: step.env.PKG_CONFIG_PATH };
  if (exec.where !== 'host') {
    const inside = await exec.run(['printenv', 'PATH'], { silent: true, ignoreReturnCode: true });
    const path = inside.exitCode === 0 ? inside.stdout.trim() : '';
    if (path) step.exportVariable(CONTAINER_PATH_VARIABLE, prepend(join(prefix, 'bin'), path, ':'));
    else step.warning(`Could not read PATH in the ${exec.where}: commands there do not find the programs in ${join(prefix, 'bin')} by name.`);
    // The image's own values: those of the container's first process (a command run through the seam gets the
    // step's values of these two, forwarded by name).
    const first = await exec.run(['cat', '/proc/1/environ'], { silent: true, ignoreReturnCode: true });
    const image = Object.fromEntries(first.stdout.split('\0').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    for (const name of ['LD_LIBRARY_PATH', 'PKG_CONFIG_PATH'] as const) base[name] = image[name] ?? '';
  }
  step.exportVariable('CMAKE_PREFIX_PATH', prepend(prefix, step.env.CMAKE_PREFIX_PATH, sep));
  step.addPath(join(prefix, 'bin'));
  if (platform === 'linux') {
    const libs = [join(prefix, 'lib'), join(prefix, 'lib64')];
    step.exportVariable('LD_LIBRARY_PATH', libs.reduceRight((acc, l) => prepend(l, acc, sep), base.LD_LIBRARY_PATH ?? ''));
  }
  const pc = [join(prefix, 'lib', 'pkgconfig'), join(prefix, 'lib64', 'pkgconfig'), join(prefix, 'share', 'pkgconfig')];
  step.exportVariable('PKG_CONFIG_PATH', pc.reduceRight((acc, l) => prepend(l, acc, sep), base.PKG_CONFIG_PATH ?? ''));
}

interface BuildContext {
  step: Step;
  exec: Executor;
  git: Executor;
  inputs: DepsInputs;
  platform: NodeJS.Platform;
  prefix: string;
  work: string;
  ninja: boolean;
  env: Env;
  /** The cmake and ctest the builds run (a pinned release with cmake-version). */
  tools: Tools & { version?: string };
}

/** The phases that build one dependency and install it into `entry` (DESTDIR; on Windows, --prefix). */
function dependencyPlan(c: BuildContext, dep: Dependency, src: string, build: string, entry: string) {
  const cm: CmakeInputs = {
    workingDirectory: src,
    sourceDir: dep.sourceSubdir ? join(src, dep.sourceSubdir) : src,
    buildDir: build,
    buildDirGiven: true,
    buildType: c.inputs.buildType,
    generator: c.inputs.generator,
    options: [`CMAKE_PREFIX_PATH=${c.prefix}`, ...dep.options],
    configureArgs: dep.cmakeArgs,
    buildArgs: [],
    targets: [],
    parallel: c.inputs.parallel,
    cCompiler: c.inputs.cCompiler,
    cxxCompiler: c.inputs.cxxCompiler,
    toolchainFile: c.inputs.toolchainFile,
    test: false,
    testArgs: [],
    testRetries: 0,
    install: true,
    installPrefix: c.prefix,
    pkgConfig: [],
    // Dependencies are built plainly: sanitizers and coverage are for the project's own code.
    analysis: { sanitize: [], suppressions: [], coverageExclude: [] },
  };
  const plan = withTools(planCmake(cm, { ninja: c.ninja, envGenerator: c.env.CMAKE_GENERATOR || undefined }), c.tools);
  const windows = c.platform === 'win32';
  for (const phase of plan.phases) {
    if (phase.name === 'install' && windows) phase.argv[phase.argv.length - 1] = entry;
  }
  return { plan, installed: windows ? entry : join(entry, c.prefix), destdir: windows ? undefined : entry };
}

/** Fetches, configures, builds and installs one dependency into its entry folder; throws StepFailure naming it. */
async function buildDependency(c: BuildContext, dep: Dependency, resolved: Resolved, entry: string): Promise<{ installed: string; log: string }> {
  const src = join(c.work, 'src', dep.name);
  const build = join(c.work, 'build', dep.name);
  await clean(c.exec, build);
  await fetchAt(c.git, dep, resolved, src);
  const { plan, installed, destdir } = dependencyPlan(c, dep, src, build, entry);
  let env = buildEnvironment(c.env);
  if (c.platform === 'win32' && plan.generator?.startsWith('Ninja') && !c.inputs.cxxCompiler && !(await c.exec.which('cl'))) {
    env = { ...env, ...(await msvcEnvironment(c.exec, c.step.env)) };
  }
  let log = '';
  for (const phase of plan.phases) {
    const phaseEnv = phase.name === 'install' && destdir ? { ...env, DESTDIR: destdir } : env;
    const matchers = phase.name === 'configure' ? (['cmake'] as const) : phase.name === 'build' ? (['gcc', 'msvc', 'cmake'] as const) : ([] as const);
    const result = await withMatchers(c.step, [...matchers], () => c.exec.run(phase.argv, { cwd: phase.cwd, env: phaseEnv, ignoreReturnCode: true }));
    log += `$ ${formatCommand(phase.argv)}\n${result.stdout}${result.stderr}`;
    if (result.exitCode !== 0) {
      throw Object.assign(new StepFailure(`Dependency '${dep.name}' (${dep.ref} at ${resolved.commit.slice(0, 12)}) failed to ${phase.name === 'build' ? 'build' : phase.name}: ${phase.argv[0]} exited with code ${result.exitCode}; its log is in the group "Build ${dep.name}" above.`), { log });
    }
  }
  if (!existsSync(installed)) {
    throw Object.assign(new StepFailure(`Dependency '${dep.name}' (${dep.ref} at ${resolved.commit.slice(0, 12)}) installed nothing: cmake --install wrote no file under ${c.prefix}. Does its CMakeLists.txt have install() rules?`), { log });
  }
  return { installed, log };
}

/** The deps action: packages, then each dependency restored from the cache or built, into one prefix. */
export async function depsMain(step: Step, deps: DepsDeps = {}): Promise<void> {
  const env = step.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const inputs = parseDepsInputs(step.inputs, workspace);
  const platform = deps.platform ?? process.platform;
  const now = deps.now ?? Date.now;
  const log = (l: string) => step.info(l);
  const exec = deps.exec ?? executorFor(env, log);
  const git = deps.git ?? new HostExecutor(log);
  const prefix = inputs.prefix ?? join(resolve(env.RUNNER_TEMP || join(workspace, '..')), 'deps');
  const work = `${prefix}.work`;

  const phaseStart = now();
  const packages: PackageReport[] = await installPackages(step, exec, inputs.packages, platform, now);
  const results: DepResult[] = [];
  let failure: StepFailure | UserError | undefined;
  let failureLog = '';
  let cacheLine = '';

  if (inputs.dependencies.length) {
    mkdirSync(prefix, { recursive: true });
    // Every ref is resolved before anything is built: a ref that does not exist fails the step at once.
    const resolved = await step.group(`Resolve the refs of ${inputs.dependencies.length} dependenc${inputs.dependencies.length === 1 ? 'y' : 'ies'}`, async () => {
      // In parallel: each ls-remote over https is a round trip or two to the server.
      const settled = await Promise.allSettled(inputs.dependencies.map((dep) => resolveRef(git, dep)));
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      const out = settled.map((r) => (r as PromiseFulfilledResult<Resolved>).value);
      inputs.dependencies.forEach((dep, i) => step.info(`${dep.name}: ${dep.ref} → ${out[i]!.commit}${out[i]!.refName ? ` (${out[i]!.refName})` : ''}`));
      return out;
    });
    // cmake-version (the build action's, shared with its cmake part): the dependencies are built with that CMake too.
    const tools: Tools & { version?: string } = inputs.cmakeVersion ? await pinCmake(step, inputs.cmakeVersion, exec, platform) : { cmake: 'cmake', ctest: 'ctest' };
    if (!inputs.cmakeVersion && (await exec.which('cmake')) === undefined) {
      throw new UserError(`cmake was not found on PATH on the ${exec.where}: the deps action builds dependencies with CMake; install it before this step.`);
    }
    const toolchain = await detectToolchain(exec, env, platform);
    step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);
    const ninja = !inputs.generator && !env.CMAKE_GENERATOR && (await exec.which('ninja')) !== undefined;
    const { cache, warning } = openDepsCache({ backend: inputs.backend, localDir: inputs.localDir, workspace, env, cacheService: deps.cacheService });
    if (warning) step.warning(warning);
    const policy = saveAllowed(inputs.save, env);
    cacheLine = cache
      ? `Cache: ${cache.where}${cache.note ? ` (${cache.note})` : ''}; ${policy.save && cache.writable ? 'builds are saved' : `nothing is saved (${!policy.save ? policy.reason : cache.note})`}.`
      : 'Cache: none.';
    step.info(cacheLine);
    const c: BuildContext = { step, exec, git, inputs, platform, prefix, work, ninja, env, tools };
    const keys: string[] = [];
    for (const [i, dep] of inputs.dependencies.entries()) {
      const r = resolved[i]!;
      const key = depKey({
        cacheVersion: inputs.cacheVersion,
        os: env.RUNNER_OS || platform,
        arch: env.RUNNER_ARCH || process.arch,
        toolchain: toolchain.id,
        name: dep.name,
        commit: r.commit,
        buildType: inputs.buildType,
        // The generator the builds really use (the same choice as the cmake action's planner).
        generator: inputs.generator ?? (env.CMAKE_GENERATOR || (ninja ? 'Ninja' : 'default')),
        options: dep.options,
        cmakeArgs: dep.cmakeArgs,
        sourceSubdir: dep.sourceSubdir,
        submodules: dep.submodules,
        prefix,
        cCompiler: inputs.cCompiler,
        cxxCompiler: inputs.cxxCompiler,
        toolchainFile: inputs.toolchainFile,
        cmakeVersion: inputs.cmakeVersion,
        before: [...keys],
      });
      keys.push(key);
      const result: DepResult = { name: dep.name, ref: dep.ref, commit: r.commit, key, result: 'not built', seconds: 0, cache: '' };
      if (failure) {
        results.push(result);
        continue;
      }
      let entry = join(work, 'entry', dep.name);
      const started = now();
      const installedAt = platform === 'win32' ? entry : join(entry, prefix);
      await clean(exec, entry);
      let hit = false;
      let timedOut = false;
      if (cache?.readable) {
        // A failed restore is a warning (said by the cache layer) and the dependency is built. One given up on may go
        // on writing into the entry folder: the build goes elsewhere, and is not saved (an entry is tied to its path).
        ({ hit, timedOut } = await cache.restore(entry, key, `dependency '${safe(dep.name)}'`, step));
        if (hit && !existsSync(installedAt)) {
          step.warning(`The cache entry ${key} of dependency '${dep.name}' does not hold ${installedAt}: building it instead.`);
          hit = false;
        }
        if (!hit && timedOut) entry = `${entry}.after-timeout`;
        if (!hit) await clean(exec, entry);
      }
      if (hit) {
        cpSync(installedAt, prefix, { recursive: true, force: true, verbatimSymlinks: true });
        result.result = 'restored';
        result.cache = `restored ${key}`;
        result.seconds = (now() - started) / 1000;
        step.info(`${dep.name}: restored ${key} in ${seconds(now() - started)}.`);
        results.push(result);
        continue;
      }
      try {
        const built = await step.group(`Build ${dep.name} (${dep.ref} at ${r.commit.slice(0, 12)}) on the ${exec.where}`, () => buildDependency(c, dep, r, entry));
        cpSync(built.installed, prefix, { recursive: true, force: true, verbatimSymlinks: true });
        result.result = 'built';
        result.seconds = (now() - started) / 1000;
      } catch (err) {
        result.result = 'failed';
        result.seconds = (now() - started) / 1000;
        result.cache = 'not saved (the build failed)';
        results.push(result);
        await clean(exec, entry);
        if (err instanceof StepFailure || err instanceof UserError) {
          failure = err;
          failureLog = (err as { log?: string }).log ?? '';
          continue;
        }
        throw err;
      }
      if (!cache) result.cache = 'no cache';
      else if (timedOut) result.cache = 'not saved: its restore timed out';
      else if (!policy.save) result.cache = `not saved: ${policy.reason}`;
      else if (!cache.writable) result.cache = `not saved: ${cache.note}`;
      else {
        const t0 = now();
        const saved = await cache.save(entry, key, `dependency '${safe(dep.name)}'`, step);
        if (saved.status === 'saved') result.cache = `saved ${key} in ${seconds(now() - t0)}`;
        else if (saved.status === 'refused') result.cache = `not saved: ${saved.message}`;
        else {
          result.cache = `save failed: ${saved.message}`;
          step.warning(`Saving dependency '${dep.name}' to ${cache.where} failed (${saved.message}): the next run builds it again.`);
        }
      }
      step.info(`${dep.name}: built in ${seconds(result.seconds * 1000)}; ${result.cache}.`);
      results.push(result);
    }
    await exportPrefix(step, exec, prefix, platform);
  }

  const count = (what: DepResult['result']) => results.filter((r) => r.result === what).length;
  step.info(`Dependency phase: ${packages.filter((p) => p.result === 'installed').length} package manager run(s), ${count('built')} built, ${count('restored')} restored, in ${((now() - phaseStart) / 1000).toFixed(2)} s.`);
  step.setOutput('prefix', inputs.dependencies.length ? prefix : '');
  step.setOutput('built', JSON.stringify(results.filter((r) => r.result === 'built').map((r) => r.name)));
  step.setOutput('restored', JSON.stringify(results.filter((r) => r.result === 'restored').map((r) => r.name)));
  step.setOutput('dependencies', JSON.stringify(results.map(({ name, ref, commit, key, result, seconds: s }) => ({ name, ref, commit, key, result, seconds: Math.round(s * 100) / 100 }))));
  step.summary(summaryMarkdown(packages, results, prefix, cacheLine, failure, failureLog));
  if (failure) throw failure;
}

function summaryMarkdown(packages: PackageReport[], results: DepResult[], prefix: string, cacheLine: string, failure: Error | undefined, failureLog: string): string {
  const out: string[] = [];
  const built = results.filter((r) => r.result === 'built').length;
  const restored = results.filter((r) => r.result === 'restored').length;
  out.push(`### ${failure ? '❌' : '✅'} Dependencies: ${results.length ? `${built} built, ${restored} restored` : 'packages only'}\n`);
  if (failure) out.push(`**${cell(failure.message)}**\n`);
  if (packages.length) {
    out.push(table(['Package manager', 'Packages', 'Result', 'Time'], packages.map((p) => [cell(p.manager), cell(p.packages.join(' ')), p.result === 'installed' ? '✅ installed' : `⏭️ skipped (${cell(p.note ?? '')})`, p.ms ? seconds(p.ms) : ''])));
  }
  if (results.length) {
    if (packages.length) out.push('');
    const icon = { restored: '♻️ restored', built: '🔨 built', failed: '❌ failed', 'not built': '⏭️ not built' } as const;
    out.push(table(['Dependency', 'Ref → commit', 'Result', 'Time', 'Cache'], results.map((r) => [cell(r.name), `${cell(r.ref)} → <code>${r.commit.slice(0, 12)}</code>`, icon[r.result], r.result === 'not built' ? '' : seconds(r.seconds * 1000), cell(r.cache)])));
    out.push(`\nInstalled into <code>${cell(prefix)}</code> (exported: CMAKE_PREFIX_PATH, PATH, the library path, PKG_CONFIG_PATH). ${cell(cacheLine)}\n`);
  }
  if (failureLog) out.push(details('The last lines of the failed build', tail(failureLog, 40)));
  return out.join('\n') + '\n';
}

import { analysisWanted } from '../analysis/inputs.js';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UserError, errorMessage } from '../common/errors.js';
import { Executor, RunResult, formatCommand } from '../common/exec.js';
import { cell, details, safe, seconds, table, tail } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { CmakeInputs } from './inputs.js';
import { CmakePlan, isMultiConfig } from './plan.js';
import { isInside } from '../common/paths.js';
import { readCmakeCache } from './cache.js';

/**
 * Install checks, run after `cmake --install` in the same environment (host or container): the installed files
 * against a checked-in list (install-manifest), a consumer project built and run against the install (consumer-dir),
 * and pkg-config modules resolved from the install (pkg-config). Each gives one line of the job summary.
 */

export type CheckName = 'install-manifest' | 'consumer-dir' | 'pkg-config';

export interface CheckResult {
  check: CheckName;
  ok: boolean;
  /** One line: what was found (markdown-safe text is made from it with cell()). */
  detail: string;
  ms: number;
  /** Preformatted text for a collapsed block of the summary (a log tail, the lists of files). */
  more?: { title: string; text: string };
}

/** The cmake and ctest programs the action runs (a pinned download, or the ones on PATH). */
export interface Tools {
  cmake: string;
  ctest: string;
}

export interface CheckContext {
  step: Step;
  inputs: CmakeInputs;
  plan: CmakePlan;
  exec: Executor;
  /** Extra variables the action's commands get (the MSVC environment on Windows). */
  env: Env;
  tools: Tools;
  platform: NodeJS.Platform;
}

export const hasInstallChecks = (inputs: CmakeInputs): boolean =>
  inputs.installManifest !== undefined || inputs.consumerDir !== undefined || inputs.pkgConfig.length > 0;

/** The workspace: paths from the check inputs must stay inside it. */
function workspaceOf(env: Env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** Resolves symbolic links so that a link cannot lead outside the workspace. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Checks the check inputs before any work starts (a bad path should not wait for a long build): each path exists and
 * stays inside the workspace.
 */
export function validateInstallChecks(inputs: CmakeInputs, env: Env): void {
  const workspace = real(workspaceOf(env));
  const within = (input: string, path: string) => {
    if (!isInside(workspace, path) || !isInside(workspace, real(path))) {
      throw new UserError(`Input '${input}': ${safe(path)} is outside the workspace ${safe(workspace)}; give a path inside the repository.`);
    }
  };
  if (inputs.installManifest !== undefined) {
    within('install-manifest', inputs.installManifest);
    if (!existsSync(inputs.installManifest)) throw new UserError(`Input 'install-manifest': ${safe(inputs.installManifest)} does not exist.`);
  }
  if (inputs.consumerDir !== undefined) {
    within('consumer-dir', inputs.consumerDir);
    if (!existsSync(join(inputs.consumerDir, 'CMakeLists.txt'))) {
      throw new UserError(`Input 'consumer-dir': ${safe(inputs.consumerDir)} has no CMakeLists.txt; point it at the consumer project's folder.`);
    }
  }
}

export async function runInstallChecks(ctx: CheckContext): Promise<CheckResult[]> {
  const cache = readCmakeCache(ctx.plan.buildDir);
  const prefix = ctx.inputs.installPrefix ?? cache.CMAKE_INSTALL_PREFIX;
  if (!prefix) throw new UserError(`The install prefix is unknown: CMAKE_INSTALL_PREFIX is not in ${join(ctx.plan.buildDir, 'CMakeCache.txt')}.`);
  ctx.step.info(`Install checks against the install prefix ${safe(prefix)}.`);
  const results: CheckResult[] = [];
  const timed = async (check: CheckName, title: string, fn: () => Promise<Omit<CheckResult, 'check' | 'ms'>>) => {
    const started = Date.now();
    const r = await ctx.step.group(title, fn);
    const result = { check, ms: Date.now() - started, ...r };
    (result.ok ? (l: string) => ctx.step.info(l) : (l: string) => ctx.step.info(`❌ ${l}`))(`${check}: ${safe(result.detail)}`);
    results.push(result);
  };
  if (ctx.inputs.installManifest !== undefined) {
    const manifest = ctx.inputs.installManifest;
    await timed('install-manifest', `Install check: installed files against ${safe(manifest)}`, async () => checkManifest(ctx, manifest, prefix, cache));
  }
  if (ctx.inputs.consumerDir !== undefined) {
    const dir = ctx.inputs.consumerDir;
    await timed('consumer-dir', `Install check: consumer ${safe(dir)} against the install`, () => checkConsumer(ctx, dir, prefix, cache));
  }
  if (ctx.inputs.pkgConfig.length) {
    await timed('pkg-config', `Install check: pkg-config ${safe(ctx.inputs.pkgConfig.join(' '))}`, () => checkPkgConfig(ctx, prefix, cache));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// install-manifest

export interface ManifestEntry {
  path: string;
  line: number;
  /** When the line names a variable with no value: the files it stands for (each such `$NAME`, one version part). */
  pattern?: RegExp;
}

/** Forward slashes, no `./`, and relative to the prefix when it lies under it. */
export function normalisePath(path: string, prefix: string, caseless = false): string {
  const slash = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  let p = slash(path.trim()).replace(/^(\.\/)+/, '');
  const pre = slash(prefix);
  const starts = caseless ? p.toLowerCase().startsWith(pre.toLowerCase() + '/') : p.startsWith(pre + '/');
  if (pre && starts) p = p.slice(pre.length + 1);
  return p;
}

/**
 * The expected files: one path per line, relative to the install prefix (as OpenEXR's and Imath's
 * share/ci/install_manifest lists are). Blank lines and lines starting with `#` are skipped. `$NAME` and `${NAME}` are
 * replaced by the step's environment variable NAME when it is set, else by `defaults` (the build's version:
 * MAJOR, MINOR, PATCH, as those projects' validate scripts fill them; OpenEXR writes `libIex-$MAJOR_$MINOR.so`). A
 * variable that has no value either (Imath's `$SOVERSION`) matches one version part: a run of characters without
 * `/`, `.` or `_`. An absolute path under the prefix is made relative to it, so a copy of CMake's own
 * install_manifest.txt from a build with the same prefix works as is.
 */
export function readExpectedManifest(text: string, prefix: string, env: Env, caseless = false, defaults: Env = {}): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const VARIABLE = /\$(?:([A-Za-z0-9]+)|\{(\w+)\})/g;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    let open = false;
    const expanded = line.replace(VARIABLE, (whole, a?: string, b?: string) => {
      const value = env[(a ?? b)!] ?? defaults[(a ?? b)!];
      if (value === undefined) open = true;
      return value ?? whole;
    });
    const path = normalisePath(expanded, prefix, caseless);
    if (!open) return entries.push({ path, line: i + 1 });
    const source = path
      .split(VARIABLE)
      .filter((_, k) => k % 3 === 0)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/._]+');
    entries.push({ path, line: i + 1, pattern: new RegExp(`^${source}$`, caseless ? 'i' : '') });
  });
  return entries;
}

/** MAJOR, MINOR and PATCH of the project's version, from its CMakeCache.txt (for a manifest's variables). */
export function versionVariables(cache: Record<string, string>): Env {
  const out: Env = {};
  for (const part of ['MAJOR', 'MINOR', 'PATCH']) {
    const value = cache[`CMAKE_PROJECT_VERSION_${part}`];
    if (value) out[part] = value;
  }
  return out;
}

export interface ManifestDiff {
  missing: ManifestEntry[];
  extra: string[];
  installed: number;
}

export function diffManifest(expected: ManifestEntry[], installed: string[]): ManifestDiff {
  const have = new Set(installed);
  const want = new Set(expected.filter((e) => !e.pattern).map((e) => e.path));
  const patterns = expected.flatMap((e) => (e.pattern ? [e.pattern] : []));
  const missing: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const e of expected) {
    const found = e.pattern ? [...have].some((p) => e.pattern!.test(p)) : have.has(e.path);
    if (!found && !seen.has(e.path)) missing.push(e);
    seen.add(e.path);
  }
  const extra = [...have].filter((p) => !want.has(p) && !patterns.some((r) => r.test(p))).sort();
  return { missing, extra, installed: have.size };
}

/** CMake's record of what `cmake --install` wrote (install_manifest.txt, and install_manifest_COMPONENT.txt). */
function installedFiles(buildDir: string, prefix: string, caseless: boolean): string[] | undefined {
  const names = readdirSync(buildDir).filter((n) => /^install_manifest(_.+)?\.txt$/.test(n));
  if (!names.length) return undefined;
  return names.flatMap((n) =>
    readFileSync(join(buildDir, n), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => normalisePath(l, prefix, caseless)),
  );
}

function listed(items: string[], max = 10): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

async function checkManifest(ctx: CheckContext, manifest: string, prefix: string, cache: Record<string, string>): Promise<Omit<CheckResult, 'check' | 'ms'>> {
  const { step } = ctx;
  const caseless = ctx.platform === 'win32' && ctx.exec.where === 'host';
  const installed = installedFiles(ctx.plan.buildDir, prefix, caseless);
  if (!installed) {
    return { ok: false, detail: `no install_manifest.txt in ${ctx.plan.buildDir}: cmake --install wrote no record of the files` };
  }
  const expected = readExpectedManifest(readFileSync(manifest, 'utf8'), prefix, step.env, caseless, versionVariables(cache));
  const diff = diffManifest(expected, installed);
  // Annotations point at the manifest, relative to the workspace as the runner expects.
  const file = relative(workspaceOf(step.env), manifest).replace(/\\/g, '/');
  const lines = [`Expected (${safe(manifest)}): ${expected.length} files; installed under ${safe(prefix)}: ${diff.installed} files.`];
  if (diff.missing.length) {
    lines.push(`Missing: ${diff.missing.length} file${diff.missing.length === 1 ? '' : 's'} listed in the manifest but not installed:`);
    for (const m of diff.missing) lines.push(`  ${safe(m.path)}  (line ${m.line})`);
  }
  if (diff.extra.length) {
    lines.push(`Extra: ${diff.extra.length} file${diff.extra.length === 1 ? '' : 's'} installed but not in the manifest:`);
    for (const p of diff.extra) lines.push(`  ${safe(p)}`);
  }
  for (const l of lines) step.info(l);
  for (const m of diff.missing.slice(0, 20)) step.error(`Not installed: ${safe(m.path)}`, { title: 'install-manifest', file, line: m.line });
  if (diff.extra.length) {
    step.error(`Installed but not in the manifest (add them to it, or stop installing them): ${safe(listed(diff.extra))}`, { title: 'install-manifest', file });
  }
  if (!diff.missing.length && !diff.extra.length) return { ok: true, detail: `all ${expected.length} files of ${file} installed, none extra` };
  const parts = [];
  if (diff.missing.length) parts.push(`${diff.missing.length} missing: ${listed(diff.missing.map((m) => m.path))}`);
  if (diff.extra.length) parts.push(`${diff.extra.length} extra: ${listed(diff.extra)}`);
  return { ok: false, detail: `${file}: ${parts.join('; ')}`, more: { title: 'Installed files against the manifest', text: lines.join('\n') } };
}

// ---------------------------------------------------------------------------------------------------------------
// consumer-dir

/** cmake's first `CMake Error` message (the header and its indented lines) on one line. */
export function cmakeErrorLine(output: string, max = 600): string | undefined {
  const lines = output.split(/\r?\n/);
  const start = lines.findIndex((l) => /^CMake Error/.test(l));
  if (start < 0) return undefined;
  const message = [lines[start]!.trim()];
  // The message follows as indented lines, with blank lines between its paragraphs; an unindented line ends it.
  for (const l of lines.slice(start + 1)) {
    if (l.trim() && !/^\s/.test(l)) break;
    message.push(l.trim());
  }
  const line = message.join(' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function lastLine(text: string): string | undefined {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).pop();
}

interface FileApiTarget {
  name: string;
  path: string;
}

/** The executables a build defines, read from CMake's file API (codemodel v2; CMake 3.14 and newer). */
export function executablesFromFileApi(buildDir: string, config: string | undefined): FileApiTarget[] {
  const reply = join(buildDir, '.cmake', 'api', 'v1', 'reply');
  if (!existsSync(reply)) return [];
  const index = readdirSync(reply).filter((n) => /^index-.*\.json$/.test(n)).sort().pop();
  if (!index) return [];
  const json = (name: string) => JSON.parse(readFileSync(join(reply, name), 'utf8'));
  const codemodelFile = json(index).reply?.['codemodel-v2']?.jsonFile as string | undefined;
  if (!codemodelFile) return [];
  const configurations = json(codemodelFile).configurations as { name: string; targets: { name: string; jsonFile: string }[] }[];
  const chosen = configurations.find((c) => c.name === config) ?? configurations[0];
  const out: FileApiTarget[] = [];
  for (const t of chosen?.targets ?? []) {
    const target = json(t.jsonFile) as { type: string; name: string; artifacts?: { path: string }[] };
    if (target.type !== 'EXECUTABLE') continue;
    for (const a of target.artifacts ?? []) {
      // Windows executables also list their .pdb: only the program itself is run.
      if (/\.(pdb|lib|exp)$/i.test(a.path)) continue;
      out.push({ name: target.name, path: isAbsolute(a.path) ? a.path : join(buildDir, a.path) });
    }
  }
  return out;
}

async function checkConsumer(ctx: CheckContext, dir: string, prefix: string, cache: Record<string, string>): Promise<Omit<CheckResult, 'check' | 'ms'>> {
  const { exec, tools, inputs } = ctx;
  const buildDir = join(ctx.plan.buildDir, 'aswf-consumer');
  // A fresh build folder every time: a cached <Package>_DIR from an earlier run would find an old install. Then a
  // query of CMake's file API for the code model: it names the consumer's executables and where they are built. Both
  // through the executor, so that the folder belongs to the user the commands run as (in a container too).
  const query = join(buildDir, '.cmake', 'api', 'v1', 'query');
  for (const argv of [
    [tools.cmake, '-E', 'remove_directory', buildDir],
    [tools.cmake, '-E', 'make_directory', query],
    [tools.cmake, '-E', 'touch', join(query, 'codemodel-v2')],
  ]) {
    await exec.run(argv, { silent: true });
  }

  // The same generator, configuration, compilers and toolchain as the main build, read back from its cache.
  const generator = cache.CMAKE_GENERATOR || ctx.plan.generator;
  const config = cache.CMAKE_BUILD_TYPE || inputs.buildType;
  const multi = isMultiConfig(generator);
  const configure = [tools.cmake, '-S', dir, '-B', buildDir];
  if (generator) configure.push('-G', generator);
  if (cache.CMAKE_GENERATOR_PLATFORM) configure.push('-A', cache.CMAKE_GENERATOR_PLATFORM);
  if (cache.CMAKE_GENERATOR_TOOLSET) configure.push('-T', cache.CMAKE_GENERATOR_TOOLSET);
  const define = (name: string, value: string | undefined) => value && configure.push(`-D${name}=${value}`);
  if (!multi) define('CMAKE_BUILD_TYPE', config);
  define('CMAKE_PREFIX_PATH', prefix);
  define('CMAKE_C_COMPILER', inputs.cCompiler ?? cache.CMAKE_C_COMPILER);
  define('CMAKE_CXX_COMPILER', inputs.cxxCompiler ?? cache.CMAKE_CXX_COMPILER);
  define('CMAKE_MAKE_PROGRAM', cache.CMAKE_MAKE_PROGRAM);
  define('CMAKE_TOOLCHAIN_FILE', inputs.toolchainFile ?? cache.CMAKE_TOOLCHAIN_FILE);
  // A sanitizer or coverage build's install needs its runtime in the consumer too (ASan's and gcov's symbols): the
  // consumer gets the main build's compile and link flags, which hold the analysis flags.
  if (analysisWanted(inputs.analysis)) {
    for (const name of ['CMAKE_C_FLAGS', 'CMAKE_CXX_FLAGS', 'CMAKE_EXE_LINKER_FLAGS', 'CMAKE_SHARED_LINKER_FLAGS', 'CMAKE_MODULE_LINKER_FLAGS']) define(name, cache[name]);
  }
  if (inputs.compilerLauncher) {
    define('CMAKE_C_COMPILER_LAUNCHER', inputs.compilerLauncher);
    define('CMAKE_CXX_COMPILER_LAUNCHER', inputs.compilerLauncher);
  }
  const run = (argv: string[], cwd = inputs.workingDirectory) => exec.run(argv, { cwd, env: ctx.env, ignoreReturnCode: true });
  const failed = (what: string, argv: string[], result: RunResult, line?: string) => {
    const output = `${result.stdout}\n${result.stderr}`;
    const text = tail(output, 30);
    ctx.step.info(`The last lines of the consumer's ${safe(what)}:\n${text}`);
    return { ok: false, detail: line ?? `${what} failed: ${argv[0]} exited with code ${result.exitCode}`, more: { title: `Consumer ${what}: last lines of output`, text } };
  };

  const configured = await run(configure);
  if (configured.exitCode !== 0) {
    const message = cmakeErrorLine(`${configured.stdout}\n${configured.stderr}`);
    return failed('configure', configure, configured, `configure failed against ${prefix}${message ? `: ${message}` : ` (cmake exited with code ${configured.exitCode})`}`);
  }
  const build = [tools.cmake, '--build', buildDir, ...(config ? ['--config', config] : []), '--parallel', String(inputs.parallel)];
  const built = await run(build);
  if (built.exitCode !== 0) return failed('build', build, built);

  // Tests when the consumer has any (ctest --show-only=json-v1, CMake 3.14+), else its executables.
  const listing = await exec.run([tools.ctest, '--show-only=json-v1', ...(config ? ['-C', config] : [])], { cwd: buildDir, env: ctx.env, ignoreReturnCode: true, silent: true });
  let tests = 0;
  try {
    tests = (JSON.parse(listing.stdout) as { tests?: unknown[] }).tests?.length ?? 0;
  } catch {
    tests = 0;
  }
  if (tests > 0) {
    const ctest = [tools.ctest, ...(config ? ['-C', config] : []), '--output-on-failure', '--parallel', String(inputs.parallel)];
    const tested = await run(ctest, buildDir);
    if (tested.exitCode !== 0) return failed('tests', ctest, tested, `ctest failed in the consumer's build (exit code ${tested.exitCode})`);
    return { ok: true, detail: `configured, built and ran its ${tests} test${tests === 1 ? '' : 's'} against ${prefix}` };
  }
  let programs: FileApiTarget[];
  try {
    programs = executablesFromFileApi(buildDir, config);
  } catch (err) {
    return { ok: false, detail: `cannot read CMake's file API reply in ${buildDir}: ${errorMessage(err)}` };
  }
  for (const program of programs) {
    const result = await run([program.path], buildDir);
    if (result.exitCode !== 0) {
      const last = lastLine(result.stderr) ?? lastLine(result.stdout);
      return failed(`program ${program.name}`, [program.path], result, `${program.name} exited with code ${result.exitCode}${last ? `: ${last}` : ''}`);
    }
  }
  if (!programs.length) return { ok: true, detail: `configured and built against ${prefix}; it has no tests and no executables to run` };
  return { ok: true, detail: `configured, built and ran ${programs.map((p) => p.name).join(', ')} against ${prefix}` };
}

// ---------------------------------------------------------------------------------------------------------------
// pkg-config

/** Where pkg-config looks in the install: the libdir's pkgconfig first, then lib, lib64 and share. */
export function pkgConfigDirs(prefix: string, libdir: string | undefined): string[] {
  const dirs = [libdir, 'lib', 'lib64', 'share'].filter((d): d is string => !!d).map((d) => (isAbsolute(d) ? join(d, 'pkgconfig') : join(prefix, d, 'pkgconfig')));
  return [...new Set(dirs)];
}

async function checkPkgConfig(ctx: CheckContext, prefix: string, cache: Record<string, string>): Promise<Omit<CheckResult, 'check' | 'ms'>> {
  const { exec, step } = ctx;
  if ((await exec.which('pkg-config')) === undefined) {
    return { ok: false, detail: `pkg-config is not installed on the ${exec.where} (Debian/Ubuntu: pkg-config, Rocky/Alma: pkgconf-pkg-config)` };
  }
  const separator = ctx.platform === 'win32' && exec.where === 'host' ? ';' : ':';
  const path = pkgConfigDirs(prefix, cache.CMAKE_INSTALL_LIBDIR).join(separator);
  step.info(`PKG_CONFIG_PATH=${safe(path)}`);
  const lines: string[] = [];
  let ok = true;
  const report: string[] = [];
  for (const module of ctx.inputs.pkgConfig) {
    const argv = ['pkg-config', '--print-errors', '--cflags', '--libs', module];
    const result = await exec.run(argv, { env: { ...ctx.env, PKG_CONFIG_PATH: path }, ignoreReturnCode: true });
    const flags = result.stdout.trim().replace(/\s+/g, ' ');
    if (result.exitCode === 0) {
      lines.push(`${module}: ${flags || '(no flags)'}`);
      report.push(`${formatCommand(argv)}\n${flags}`);
    } else {
      const why = result.stderr.trim().split(/\r?\n/).find((l) => l.trim()) ?? `pkg-config exited with code ${result.exitCode}`;
      ok = false;
      lines.push(`${module}: ${why.trim()}`);
      report.push(`${formatCommand(argv)}\n${result.stderr.trim()}`);
    }
  }
  if (!ok) return { ok: false, detail: `${lines.join('; ')} (PKG_CONFIG_PATH=${path})`, more: { title: 'pkg-config output', text: report.join('\n\n') } };
  return { ok: true, detail: lines.join('; ') };
}

// ---------------------------------------------------------------------------------------------------------------
// summary and outputs

const CHECK_TITLES: Record<CheckName, string> = { 'install-manifest': 'Install manifest', 'consumer-dir': 'Consumer', 'pkg-config': 'pkg-config' };

export function installChecksMarkdown(results: CheckResult[]): string {
  if (!results.length) return '';
  const rows = results.map((r) => [CHECK_TITLES[r.check], r.ok ? '✅ passed' : '❌ failed', seconds(r.ms), cell(r.detail)]);
  const out = [`\n#### Install checks\n`, table(['Check', 'Result', 'Time', 'Details'], rows)];
  for (const r of results) if (r.more) out.push(details(r.more.title, r.more.text));
  return out.join('\n');
}

/** The step's failure line for failed checks, or undefined. */
export function describeCheckFailure(results: CheckResult[]): string | undefined {
  const failed = results.filter((r) => !r.ok);
  if (!failed.length) return undefined;
  return `Install check${failed.length === 1 ? '' : 's'} failed: ${failed.map((r) => `${r.check} (${safe(r.detail)})`).join('; ')}`;
}

import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { StepFailure, UserError } from '../common/errors.js';
import { Executor } from '../common/exec.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { CompilerInfo } from './compiler.js';
import { CoverageTool } from './inputs.js';
import { FileCoverage, fileTotals, fromGcovrJson, fromLcov, globToRegex, percent, toCobertura, toLcov, toSonarqube, totals } from './reports.js';
import { isInside } from '../common/paths.js';

/** Where the reports go, inside the build folder. */
export const COVERAGE_DIR = 'coverage';

export interface CoverageReports {
  cobertura: string;
  lcov: string;
  sonarqube: string;
  /** The HTML report's index.html. */
  html: string;
}

export interface FileSummary {
  file: string;
  linesCovered: number;
  linesTotal: number;
  linePercent: number;
}

export interface CoverageResult {
  tool: CoverageTool;
  linePercent: number;
  /** Undefined when no branch was measured. */
  branchPercent?: number;
  linesCovered: number;
  linesTotal: number;
  files: FileSummary[];
  reports: CoverageReports;
}

export interface CoverageContext {
  step: Step;
  exec: Executor;
  tool: CoverageTool;
  compiler: CompilerInfo;
  /** The repository root: the report covers files under it, with paths relative to it. */
  root: string;
  buildDir: string;
  exclude: string[];
  parallel: number;
}

const posix = (p: string) => p.split(sep).join('/');

export function reportPaths(buildDir: string): CoverageReports {
  const dir = join(buildDir, COVERAGE_DIR);
  return { cobertura: join(dir, 'cobertura.xml'), lcov: join(dir, 'coverage.info'), sonarqube: join(dir, 'sonarqube.xml'), html: join(dir, 'html', 'index.html') };
}

/** The folder the `llvm` profiles are written to (LLVM_PROFILE_FILE of the test phase). */
export const profileDir = (buildDir: string) => join(buildDir, COVERAGE_DIR, 'profiles');

/** The test environment of a coverage build: `llvm` writes one raw profile per process and module into the build folder. */
export function coverageEnvironment(tool: CoverageTool | undefined, buildDir: string): Env {
  return tool === 'llvm' ? { LLVM_PROFILE_FILE: join(profileDir(buildDir), '%p-%m.profraw') } : {};
}

/** Regular expressions (gcovr's --exclude, and the llvm path's filter) for the excluded globs and the build folder. */
export function excludeRegexes(root: string, buildDir: string, globs: string[]): string[] {
  const out = globs.map(globToRegex);
  if (isInside(root, buildDir) && resolve(buildDir) !== resolve(root)) out.push(globToRegex(`${posix(relative(root, buildDir))}/**`));
  return out;
}

/** gcovr's command line after its program (pure). */
export function gcovrArgs(ctx: Pick<CoverageContext, 'root' | 'buildDir' | 'exclude' | 'parallel'>, json: string, summary: string, gcovExecutable?: string): string[] {
  const r = reportPaths(ctx.buildDir);
  const args = ['--root', ctx.root, ctx.buildDir, '--exclude-throw-branches', '--exclude-unreachable-branches'];
  for (const regex of excludeRegexes(ctx.root, ctx.buildDir, ctx.exclude)) args.push('--exclude', regex);
  if (gcovExecutable) args.push('--gcov-executable', gcovExecutable);
  args.push('-j', String(Math.max(1, ctx.parallel)));
  args.push('--json', json, '--json-summary', summary, '--xml', r.cobertura, '--xml-pretty', '--sonarqube', r.sonarqube, '--html-details', r.html, '--html-title', 'Coverage');
  return args;
}

/** The first of `names` on the executor's PATH. */
async function firstOnPath(exec: Executor, names: string[]): Promise<string | undefined> {
  for (const name of names) if (await exec.which(name)) return name;
  return undefined;
}

/** An LLVM tool matching the compiler: llvm-cov-14 for Clang 14 when present, else the unversioned one; xcrun's on macOS. */
async function llvmTool(exec: Executor, tool: 'llvm-cov' | 'llvm-profdata', compiler: CompilerInfo): Promise<string[] | undefined> {
  if (compiler.family === 'appleclang' && (await exec.which('xcrun'))) return ['xcrun', tool];
  const found = await firstOnPath(exec, [...(compiler.major ? [`${tool}-${compiler.major}`] : []), tool]);
  return found ? [found] : undefined;
}

/**
 * gcovr as a command: found on PATH (or as a Python module), else installed: the distribution's package with apt-get
 * (with sudo when not root), else pip (into the user's site, then into a virtual environment in the build folder).
 */
export async function findOrInstallGcovr(step: Step, exec: Executor, buildDir: string): Promise<string[]> {
  if (await exec.which('gcovr')) return ['gcovr'];
  const python = await firstOnPath(exec, ['python3', 'python']);
  const asModule = async (py: string) => (await exec.run([py, '-m', 'gcovr', '--version'], { silent: true, ignoreReturnCode: true })).exitCode === 0;
  if (python && (await asModule(python))) return [python, '-m', 'gcovr'];
  step.info(`gcovr was not found on the ${exec.where}: installing it.`);
  const ok = async (argv: string[]) => (await exec.run(argv, { ignoreReturnCode: true }).catch(() => ({ exitCode: 1 }))).exitCode === 0;
  if (await exec.which('apt-get')) {
    const id = await exec.run(['id', '-u'], { silent: true, ignoreReturnCode: true });
    const sudo = id.stdout.trim() !== '0' && (await exec.which('sudo')) ? ['sudo'] : [];
    const install = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'gcovr'];
    if ((await ok(install)) || ((await ok([...sudo, 'apt-get', 'update'])) && (await ok(install)))) {
      if (await exec.which('gcovr')) return ['gcovr'];
    }
  }
  if (python) {
    if ((await ok([python, '-m', 'pip', 'install', '--user', 'gcovr'])) && (await asModule(python))) return [python, '-m', 'gcovr'];
    const venv = join(buildDir, COVERAGE_DIR, 'gcovr-venv');
    const venvPython = join(venv, 'bin', 'python');
    if ((await ok([python, '-m', 'venv', venv])) && (await ok([venvPython, '-m', 'pip', 'install', 'gcovr'])) && (await asModule(venvPython))) return [venvPython, '-m', 'gcovr'];
  }
  throw new UserError(`coverage: gcov needs gcovr, which is not on the ${exec.where} and could not be installed (apt-get, pip): install gcovr (pip install gcovr) before this step.`);
}

function summarize(tool: CoverageTool, files: FileCoverage[], reports: CoverageReports, line?: number, branch?: number): CoverageResult {
  const t = totals(files);
  return {
    tool,
    linePercent: line ?? percent(t.linesCovered, t.linesTotal),
    branchPercent: t.branchesTotal === 0 ? undefined : (branch ?? percent(t.branchesCovered, t.branchesTotal)),
    linesCovered: t.linesCovered,
    linesTotal: t.linesTotal,
    files: files.map((f) => {
      const ft = fileTotals(f);
      return { file: f.file, linesCovered: ft.linesCovered, linesTotal: ft.linesTotal, linePercent: percent(ft.linesCovered, ft.linesTotal) };
    }),
    reports,
  };
}

/** gcov: gcovr reads the .gcda/.gcno files of the build and writes every report but lcov, which comes from its JSON. */
async function gcovReport(ctx: CoverageContext): Promise<CoverageResult> {
  const { exec, step, buildDir } = ctx;
  const gcovr = await findOrInstallGcovr(step, exec, buildDir);
  const dir = join(buildDir, COVERAGE_DIR);
  const json = join(dir, 'gcovr.json');
  const summaryFile = join(dir, 'gcovr-summary.json');
  let gcov: string | undefined;
  if (ctx.compiler.family === 'clang') {
    // Clang's .gcda files are read by its own gcov (llvm-cov gcov); GCC's gcov rejects their version.
    const llvmCov = await llvmTool(exec, 'llvm-cov', ctx.compiler);
    if (llvmCov) gcov = `${llvmCov.join(' ')} gcov`;
  }
  const argv = [...gcovr, ...gcovrArgs(ctx, json, summaryFile, gcov)];
  const result = await exec.run(argv, { cwd: ctx.root, ignoreReturnCode: true });
  if (result.exitCode !== 0 || !existsSync(summaryFile)) {
    throw new StepFailure(`Coverage report failed: gcovr exited with code ${result.exitCode}`);
  }
  const files = fromGcovrJson(readFileSync(json, 'utf8'));
  writeFileSync(reportPaths(buildDir).lcov, toLcov(files));
  // The totals are gcovr's own figures, so the action says what gcovr says.
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as { line_percent?: number; branch_percent?: number; branch_total?: number };
  return summarize('gcov', files, reportPaths(buildDir), summary.line_percent, summary.branch_total ? summary.branch_percent : undefined);
}

const MAGIC = [0x7f454c46 /* ELF */, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe /* Mach-O */, 0xcafebabe /* universal */];

/** Executables and shared libraries of the build folder (ELF or Mach-O), outside CMake's own CMakeFiles. */
export function instrumentedObjects(buildDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'CMakeFiles' && entry.name !== COVERAGE_DIR) walk(path);
      } else if (entry.isFile() && (/\.(so(\.\d+)*|dylib)$/.test(entry.name) || (statSync(path).mode & 0o111) !== 0)) {
        const fd = openSync(path, 'r');
        const head = Buffer.alloc(4);
        const n = readSync(fd, head, 0, 4, 0);
        closeSync(fd);
        if (n === 4 && MAGIC.includes(head.readUInt32BE(0))) out.push(path);
      }
    }
  };
  walk(buildDir);
  return out.sort();
}

/** llvm: merge the raw profiles, export lcov with llvm-cov, write the other reports from it; HTML by llvm-cov show. */
async function llvmReport(ctx: CoverageContext): Promise<CoverageResult> {
  const { exec, buildDir } = ctx;
  const profdata = await llvmTool(exec, 'llvm-profdata', ctx.compiler);
  const cov = await llvmTool(exec, 'llvm-cov', ctx.compiler);
  if (!profdata || !cov) throw new UserError(`coverage: llvm needs llvm-profdata and llvm-cov on the ${exec.where} (the llvm package of the compiler's version).`);
  const profiles = existsSync(profileDir(buildDir)) ? readdirSync(profileDir(buildDir)).filter((f) => f.endsWith('.profraw')) : [];
  if (!profiles.length) throw new StepFailure(`Coverage report failed: the tests wrote no profile to ${profileDir(buildDir)} (were they built with coverage: llvm?)`);
  const dir = join(buildDir, COVERAGE_DIR);
  const merged = join(dir, 'coverage.profdata');
  const m = await exec.run([...profdata, 'merge', '-sparse', ...profiles.map((p) => join(profileDir(buildDir), p)), '-o', merged], { ignoreReturnCode: true });
  if (m.exitCode !== 0) throw new StepFailure(`Coverage report failed: llvm-profdata exited with code ${m.exitCode}`);
  const objects = instrumentedObjects(buildDir);
  if (!objects.length) throw new StepFailure(`Coverage report failed: no executable or shared library in ${buildDir}`);
  const objectArgs = objects.flatMap((o, i) => (i === 0 ? [o] : ['-object', o]));
  const exported = await exec.run([...cov, 'export', '-format=lcov', '-instr-profile', merged, ...objectArgs], { silent: true, ignoreReturnCode: true });
  if (exported.exitCode !== 0) throw new StepFailure(`Coverage report failed: llvm-cov export exited with code ${exported.exitCode}: ${exported.stderr.trim().split('\n').pop() ?? ''}`);
  const excluded = excludeRegexes(ctx.root, buildDir, ctx.exclude).map((r) => new RegExp(r));
  const sources = new Map<string, string>();
  const files = fromLcov(exported.stdout, (sf) => {
    const abs = resolve(buildDir, sf);
    if (!isInside(ctx.root, abs)) return undefined;
    const rel = posix(relative(ctx.root, abs));
    if (excluded.some((re) => re.test(rel))) return undefined;
    sources.set(rel, abs);
    return rel;
  }).sort((a, b) => a.file.localeCompare(b.file));
  const reports = reportPaths(buildDir);
  writeFileSync(reports.lcov, toLcov(files));
  writeFileSync(reports.cobertura, toCobertura(files));
  writeFileSync(reports.sonarqube, toSonarqube(files));
  const htmlDir = join(dir, 'html');
  rmSync(htmlDir, { recursive: true, force: true });
  const shown = await exec.run([...cov, 'show', '-format=html', '-show-line-counts-or-regions', '-output-dir', htmlDir, '-instr-profile', merged, ...objectArgs, '--', ...[...sources.values()]], { silent: true, ignoreReturnCode: true });
  if (shown.exitCode !== 0) ctx.step.warning(`llvm-cov show exited with code ${shown.exitCode}: no HTML report.`);
  return summarize('llvm', files, reports);
}

/** Writes the coverage reports of a build whose tests have run. */
export async function coverageReport(ctx: CoverageContext): Promise<CoverageResult> {
  const dir = join(ctx.buildDir, COVERAGE_DIR);
  mkdirSync(join(dir, 'html'), { recursive: true });
  return ctx.tool === 'gcov' ? gcovReport(ctx) : llvmReport(ctx);
}

/** Removes the counters of an earlier run (gcov adds to .gcda files, llvm keeps old profiles), so a report covers this run's tests only. */
export function resetCounters(tool: CoverageTool, buildDir: string): void {
  if (!existsSync(buildDir)) return;
  if (tool === 'llvm') {
    rmSync(profileDir(buildDir), { recursive: true, force: true });
    return;
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.gcda')) rmSync(path, { force: true });
    }
  };
  walk(buildDir);
}

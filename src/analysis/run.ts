import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { StepFailure, UserError } from '../common/errors.js';
import { Executor } from '../common/exec.js';
import { cell, escapeHtml, safe, table } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { Step } from '../common/step.js';
import { TestResults } from '../cmake/junit.js';
import { CompilerInfo, detectCompiler } from './compiler.js';
import { CoverageResult, coverageEnvironment, coverageReport, resetCounters } from './coverage.js';
import { Runtime, runtimes, sanitizerEnvironment, splitSuppressions } from './environment.js';
import { Finding, collectFindings } from './findings.js';
import { analysisFlags, checkCompiler, flagVariables, missingFlags, readCacheVariables } from './flags.js';
import { AnalysisInputs } from './inputs.js';
import { isInside } from '../common/paths.js';

/** What the cmake plan needs from an analysis build. */
export interface AnalysisPlanFacts {
  /** CMake flag variables (CMAKE_CXX_FLAGS, ...) and the flags each gets. */
  variables: Record<string, string>;
  /** Their values in the build folder's existing cache, when it has one (CMake then ignores *_INIT). */
  cached?: Record<string, string>;
  /** Variables of the test phase (sanitizer options, LLVM_PROFILE_FILE). */
  testEnv: Env;
}

/** What the cmake action hands the analysis after its phases. */
export interface AfterTests {
  /** Did the test phase run (whatever its result)? */
  testsRan: boolean;
  tests?: TestResults;
  /** ctest's console output (used when there is no JUnit report). */
  ctestOutput: string;
  parallel: number;
}

export interface AnalysisOutcome {
  /** Why the step fails, when the analysis makes it fail (findings, coverage below the minimum). */
  failure?: string;
  /** Markdown for the job summary. */
  summary: string;
}

/** The most annotations written for findings (GitHub shows 10 error annotations per step, 50 per job). */
const MAX_ANNOTATIONS = 50;
const MAX_ROWS = 50;

/** The repository root: the workspace when the project is inside it, else the source folder. */
export function repositoryRoot(env: Env, sourceDir: string): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && isInside(workspace, sourceDir)) return workspace;
  return sourceDir;
}

export class AnalysisSession {
  private constructor(
    private readonly step: Step,
    private readonly exec: Executor,
    private readonly inputs: AnalysisInputs,
    readonly compiler: CompilerInfo,
    readonly root: string,
    readonly buildDir: string,
    readonly facts: AnalysisPlanFacts,
  ) {}

  /**
   * Before configure: finds the compiler in use, checks what it can do, chooses the flags, reads the suppression
   * files and prepares the test environment. Throws an InputError for what the compiler cannot do.
   */
  static async prepare(
    step: Step,
    exec: Executor,
    opts: { analysis: AnalysisInputs; cxxCompiler?: string; buildType?: string; sourceDir: string; buildDir: string; platform: NodeJS.Platform },
  ): Promise<AnalysisSession> {
    const a = opts.analysis;
    const started = Date.now();
    const compiler = await detectCompiler(exec, opts.cxxCompiler, step.env, opts.platform);
    checkCompiler(a, compiler, opts.buildType);
    const variables = flagVariables(analysisFlags(a, compiler));
    const cacheFile = join(opts.buildDir, 'CMakeCache.txt');
    const cached = existsSync(cacheFile) ? readCacheVariables(readFileSync(cacheFile, 'utf8'), Object.keys(variables)) : undefined;
    const suppressions = writeSuppressions(step, a, opts.buildDir, opts.platform);
    const testEnv = { ...sanitizerEnvironment(a.sanitize, suppressions, step.env, opts.platform), ...coverageEnvironment(a.coverage, opts.buildDir) };
    if (a.coverage) resetCounters(a.coverage, opts.buildDir);
    const root = repositoryRoot(step.env, opts.sourceDir);
    const what = [a.sanitize.length ? `sanitizers ${a.sanitize.join(', ')}` : '', a.coverage ? `coverage (${a.coverage})` : ''].filter(Boolean).join(' and ');
    step.info(`Analysis build with ${what} for ${compiler.family === 'unknown' ? 'a GCC-compatible compiler' : compiler.family} (${safe(compiler.source)}).`);
    for (const [name, value] of Object.entries(variables)) step.info(`  ${name} += ${value}`);
    for (const [name, value] of Object.entries(testEnv)) step.info(`  tests run with ${name}=${safe(value ?? '')}`);
    for (const [name, value] of Object.entries(testEnv)) {
      if (/(^|:)log_path=/.test(value ?? '')) step.warning(`${name} sets log_path: the sanitizer reports go to files, not to the test output, so they are not turned into annotations.`);
    }
    step.info(`Analysis set up in ${Date.now() - started} ms.`);
    return new AnalysisSession(step, exec, a, compiler, root, opts.buildDir, { variables, cached: cached && Object.keys(cached).length ? cached : undefined, testEnv });
  }

  /**
   * After configure: why the build must not go on, when a flag variable of the cache lacks its analysis flags (the
   * build would run without the sanitizers or coverage it was asked for); undefined when every flag arrived.
   */
  configureProblem(): string | undefined {
    const cacheFile = join(this.buildDir, 'CMakeCache.txt');
    if (!existsSync(cacheFile)) return undefined;
    const missing = missingFlags(readFileSync(cacheFile, 'utf8'), this.facts.variables);
    if (!missing.length) return undefined;
    const them = missing.length > 1 ? 'them' : 'it';
    return `The analysis flags did not reach ${missing.join(', ')} in ${cacheFile}: the project or a configure-args -D sets ${them} with FORCE or replaces ${them}. Append to these variables instead of replacing them, or use a fresh build-dir.`;
  }

  /** After the tests: annotations and a summary for sanitizer findings, the coverage reports, outputs. */
  async afterTests(after: AfterTests): Promise<AnalysisOutcome> {
    const started = Date.now();
    try {
      return await this.report(after);
    } finally {
      this.step.info(`Analysis after the tests took ${Date.now() - started} ms.`);
    }
  }

  private async report(after: AfterTests): Promise<AnalysisOutcome> {
    const failures: string[] = [];
    const parts: string[] = [];
    if (this.inputs.sanitize.length && after.testsRan) {
      const findings = collectFindings(after.tests, after.ctestOutput, { root: this.root, buildDir: this.buildDir });
      this.annotate(findings);
      this.step.setOutput('sanitizer-findings', findings.length);
      parts.push(sanitizerSummary(this.inputs.sanitize.join(', '), findings));
      if (findings.length) {
        const kinds = [...new Set(findings.map((f) => safe(f.kind)))];
        failures.push(`sanitizers found ${findings.length} problem${findings.length === 1 ? '' : 's'} (${kinds.join(', ')})`);
      }
    }
    if (this.inputs.coverage && after.testsRan) {
      let result: CoverageResult;
      try {
        result = await this.step.group(`Coverage report (${this.inputs.coverage})`, () =>
          coverageReport({ step: this.step, exec: this.exec, tool: this.inputs.coverage!, compiler: this.compiler, root: this.root, buildDir: this.buildDir, exclude: this.inputs.coverageExclude, parallel: after.parallel }),
        );
      } catch (err) {
        if (!(err instanceof UserError || err instanceof StepFailure)) throw err;
        failures.push(err.message);
        parts.push(`#### ❌ Coverage (${this.inputs.coverage}): no report\n\n${escapeHtml(safe(err.message))}\n`);
        return { failure: failures.join('; '), summary: parts.join('\n') };
      }
      this.setCoverageOutputs(result);
      const min = this.inputs.coverageMinimum;
      const below = min !== undefined && result.linePercent < min;
      parts.push(coverageSummary(result, this.buildDir, below ? min : undefined));
      this.step.info(`Coverage: ${result.linePercent} % of lines (${result.linesCovered} of ${result.linesTotal})${result.branchPercent !== undefined ? `, ${result.branchPercent} % of branches` : ''}.`);
      if (below) failures.push(`line coverage ${result.linePercent} % is below coverage-minimum ${min} %`);
    }
    return { failure: failures.length ? failures.join('; ') : undefined, summary: parts.join('\n') };
  }

  private annotate(findings: Finding[]): void {
    findings.slice(0, MAX_ANNOTATIONS).forEach((f) => {
      const lines = [safe(f.headline)];
      if (f.tests.length) lines.push(`in test ${f.tests.map(safe).join(', ')}`);
      for (const fr of f.repoFrames.slice(0, 6)) lines.push(`  at ${safe(fr.func || '?')} ${safe(fr.file)}:${fr.line}`);
      this.step.error(lines.join('\n'), { title: f.kind, file: f.file, line: f.line, col: f.col });
    });
    if (findings.length > MAX_ANNOTATIONS) this.step.warning(`${findings.length - MAX_ANNOTATIONS} more sanitizer findings are in the job summary only.`);
  }

  private setCoverageOutputs(r: CoverageResult): void {
    this.step.setOutput('coverage', r.linePercent);
    this.step.setOutput('coverage-branches', r.branchPercent ?? '');
    this.step.setOutput('coverage-cobertura', r.reports.cobertura);
    this.step.setOutput('coverage-lcov', r.reports.lcov);
    this.step.setOutput('coverage-sonarqube', r.reports.sonarqube);
    this.step.setOutput('coverage-html', existsSync(r.reports.html) ? r.reports.html : '');
  }
}

/**
 * Routes the suppression files' lines to the runtimes in use: a file that only one runtime reads is passed as it is;
 * otherwise its lines go to one generated file per runtime in the build folder. Lines for a runtime not in use are
 * reported and left out.
 */
function writeSuppressions(step: Step, a: AnalysisInputs, buildDir: string, platform: NodeJS.Platform): Partial<Record<Runtime, string>> {
  if (!a.suppressions.length) return {};
  const active = runtimes(a.sanitize, platform);
  const byRuntime: Partial<Record<Runtime, string[]>> = {};
  const single: Partial<Record<Runtime, string>> = {};
  for (const file of a.suppressions) {
    if (!existsSync(file)) throw new UserError(`Input 'sanitizer-suppressions': ${file} does not exist.`);
    const parts = splitSuppressions(readFileSync(file, 'utf8'), file);
    const kinds = Object.keys(parts) as Runtime[];
    for (const runtime of kinds) {
      if (!active.includes(runtime)) {
        step.warning(`${safe(file)} has ${runtime.toUpperCase()} suppressions, but sanitize (${a.sanitize.join(', ')}) does not run ${runtime.toUpperCase()}: those lines are not used.`);
        continue;
      }
      (byRuntime[runtime] ??= []).push(...parts[runtime]!);
      single[runtime] = kinds.length === 1 && single[runtime] === undefined ? file : '';
    }
  }
  const out: Partial<Record<Runtime, string>> = {};
  for (const [runtime, lines] of Object.entries(byRuntime) as [Runtime, string[]][]) {
    if (single[runtime]) {
      out[runtime] = single[runtime];
      continue;
    }
    const path = join(buildDir, 'sanitizers', `${runtime}-suppressions.txt`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.join('\n') + '\n');
    out[runtime] = path;
  }
  return out;
}

export function sanitizerSummary(sanitize: string, findings: Finding[]): string {
  if (!findings.length) return `#### ✅ Sanitizers (${escapeHtml(sanitize)}): no findings\n`;
  const out = [`#### ❌ Sanitizers (${escapeHtml(sanitize)}): ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`];
  const rows = findings.slice(0, MAX_ROWS).map((f) => [
    cell(f.kind),
    f.file ? `<code>${cell(`${f.file}:${f.line}`)}</code>` : '(outside the repository)',
    f.tests.length ? f.tests.map(cell).join(', ') : '',
    cell(f.headline),
  ]);
  out.push(table(['Kind', 'Where', 'Tests', 'Report'], rows));
  if (findings.length > MAX_ROWS) out.push(`\n… and ${findings.length - MAX_ROWS} more.\n`);
  return out.join('\n');
}

export function coverageSummary(r: CoverageResult, buildDir: string, failedMinimum?: number): string {
  const branches = r.branchPercent !== undefined ? `, ${r.branchPercent} % of branches` : '';
  const out = [`#### ${failedMinimum !== undefined ? '❌' : '📊'} Coverage (${r.tool}): ${r.linePercent} % of lines (${r.linesCovered} of ${r.linesTotal})${branches}\n`];
  if (failedMinimum !== undefined) out.push(`**Below coverage-minimum ${failedMinimum} %.**\n`);
  const least = [...r.files]
    .filter((f) => f.linesTotal > 0)
    .sort((a, b) => a.linePercent - b.linePercent || b.linesTotal - b.linesCovered - (a.linesTotal - a.linesCovered) || a.file.localeCompare(b.file))
    .slice(0, 10);
  if (least.length) {
    out.push(`Least-covered files (${least.length} of ${r.files.length}):\n`);
    out.push(table(['File', 'Lines', 'Covered'], least.map((f) => [`<code>${cell(f.file)}</code>`, `${f.linePercent} %`, `${f.linesCovered} of ${f.linesTotal}`])));
  }
  const rel = (p: string) => cell(relative(buildDir, p));
  out.push(`\nReports in <code>${cell(join(buildDir, 'coverage'))}</code>: Cobertura <code>${rel(r.reports.cobertura)}</code>, lcov <code>${rel(r.reports.lcov)}</code>, SonarQube <code>${rel(r.reports.sonarqube)}</code>, HTML <code>${rel(r.reports.html)}</code>.\n`);
  return out.join('\n');
}

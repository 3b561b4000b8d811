import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError, UserError, StepFailure } from '../common/errors.js';
import { Executor, executorFor, formatCommand } from '../common/exec.js';
import { cell, details, safe, seconds, table, tail } from '../common/format.js';
import { Env } from '../common/inputs.js';
import { withMatchers } from '../common/matchers.js';
import { Step } from '../common/step.js';
import { BUILD_OUTCOME_VARIABLE, CCACHE_CONFIGURE_STATS_VARIABLE, CCACHE_DIR_VARIABLE } from '../common/vars.js';
import { parseStatsSnapshot, readStats, statsSnapshot } from '../ccache/stats.js';
import { pinCmake, withTools } from './cmake-version.js';
import { CmakeInputs, parseCmakeInputs } from './inputs.js';
import { CheckResult, Tools, describeCheckFailure, hasInstallChecks, installChecksMarkdown, runInstallChecks, validateInstallChecks } from './install-check.js';
import { readCmakeCache } from './cache.js';
import { TestResults, parseCtestJunit, parseCtestOutput } from './junit.js';
import { msvcEnvironment } from './msvc.js';
import { CmakePlan, Phase, PhaseName, planCmake } from './plan.js';
import { resolvePresets } from './presets.js';
import { analysisWanted } from '../analysis/inputs.js';
import { AnalysisOutcome, AnalysisSession } from '../analysis/run.js';

export interface CmakeDeps {
  exec?: Executor;
  platform?: NodeJS.Platform;
}

interface PhaseResult {
  phase: Phase;
  ok: boolean;
  ms: number;
  exitCode: number;
}


const TITLES: Record<PhaseName, string> = { configure: 'Configure', build: 'Build', test: 'Test', install: 'Install' };

/** The cmake action: configure, build, test and install one CMake project. */
export async function runCmake(step: Step, deps: CmakeDeps = {}): Promise<void> {
  const inputs = parseCmakeInputs(step.inputs);
  const exec = deps.exec ?? executorFor(step.env, (l) => step.info(l));
  const platform = deps.platform ?? process.platform;
  const installChecks = hasInstallChecks(inputs);
  if (installChecks) validateInstallChecks(inputs, step.env);
  await checkProject(inputs, exec, !inputs.cmakeVersion);
  const tools: Tools = inputs.cmakeVersion ? await pinCmake(step, inputs.cmakeVersion, exec, platform) : { cmake: 'cmake', ctest: 'ctest' };
  const presets = inputs.preset ? resolvePresets(inputs.sourceDir, inputs.preset, step.env) : undefined;
  const envGenerator = step.env.CMAKE_GENERATOR || undefined;
  const ninja = !inputs.generator && !presets && !envGenerator ? (await exec.which('ninja')) !== undefined : false;
  const launcher = inputs.compilerLauncher ?? step.env.CMAKE_CXX_COMPILER_LAUNCHER ?? '';
  const msvcCcache = platform === 'win32' && /ccache/i.test(launcher);
  const facts = { ninja, envGenerator, presets, msvcCcache };
  // Sanitizers and coverage: flags for the compiler in use, the test environment, and a report after the tests.
  const analysis = analysisWanted(inputs.analysis)
    ? await AnalysisSession.prepare(step, exec, { ...inputs, buildDir: planCmake(inputs, facts).buildDir, platform })
    : undefined;
  const plan = withTools(planCmake(inputs, { ...facts, analysis: analysis?.facts }), tools);
  const env = await commandEnvironment(step, inputs, plan, exec, platform);
  step.info(`CMake project ${safe(inputs.sourceDir)} → ${safe(plan.buildDir)} (${safe(plan.generator ?? 'default generator')}, ${safe(inputs.buildType ?? `preset ${inputs.preset}`)}, on the ${exec.where})`);

  const results: PhaseResult[] = [];
  let tests: TestResults | undefined;
  let configureLog: ConfigureLog | undefined;
  let testOutput: string | undefined;
  let stopped: string | undefined;
  for (const phase of plan.phases) {
    const beforeConfigure = phase.name === 'configure' ? await ccacheCounts(step, exec, launcher, env) : undefined;
    const started = Date.now();
    const run = (onLine: (line: string) => void) =>
      exec.run(phase.argv, { cwd: phase.cwd, env: phase.env ? { ...env, ...phase.env } : env, ignoreReturnCode: true, onLine });
    const matchers = phase.name === 'configure' ? (['cmake'] as const) : phase.name === 'build' ? (['gcc', 'msvc', 'cmake'] as const) : ([] as const);
    const result = await step.group(`${TITLES[phase.name]}: ${formatCommand(phase.argv)}`, () => withMatchers(step, [...matchers], run));
    const done: PhaseResult = { phase, ok: result.exitCode === 0, ms: Date.now() - started, exitCode: result.exitCode };
    results.push(done);
    if (phase.name === 'test') {
      tests = await readTestResults(plan, result.stdout);
      testOutput = result.stdout;
    }
    // An analysis build whose flags did not reach the cache stops after configure.
    if (done.ok && phase.name === 'configure') stopped = analysis?.configureProblem();
    if (!done.ok && phase.name === 'configure') {
      configureLog = configureLogTail(plan.buildDir);
      if (configureLog) step.info(`Configure failed. The last lines of ${safe(configureLog.file)}:\n${configureLog.text}`);
    }
    if (phase.name === 'configure') await addConfigureCompiles(step, beforeConfigure, await ccacheCounts(step, exec, launcher, env));
    if (!done.ok || stopped) break;
  }

  const analysed: AnalysisOutcome | undefined = await analysis?.afterTests({ testsRan: testOutput !== undefined, tests, ctestOutput: testOutput ?? '', parallel: inputs.parallel });
  // The install checks run after a successful install, in the same environment.
  let checks: CheckResult[] = [];
  if (installChecks && !stopped && results.length === plan.phases.length && results.every((r) => r.ok)) {
    checks = await runInstallChecks({ step, inputs, plan, exec, env, tools, platform });
  }
  const failure = [describeFailure(results, tests), stopped, analysed?.failure, describeCheckFailure(checks)].filter(Boolean).join('; ') || undefined;
  step.summary(summaryMarkdown(inputs, plan, results, tests, failure, configureLog) + installChecksMarkdown(checks));
  if (analysed?.summary) step.summary(analysed.summary);
  setOutputs(step, plan, tests);
  if (inputs.cmakeVersion) step.setOutput('cmake', tools.cmake);
  if (installChecks) step.setOutput('install-check', checks.length ? (checks.every((c) => c.ok) ? 'passed' : 'failed') : 'not-run');
  if (inputs.install) step.setOutput('install-prefix', inputs.installPrefix ?? readCmakeCache(plan.buildDir).CMAKE_INSTALL_PREFIX ?? '');
  // Later steps and post steps (the ccache action's save-on-failure) read how the build went.
  step.exportVariable(BUILD_OUTCOME_VARIABLE, failure ? 'failure' : 'success');
  if (failure) throw new StepFailure(failure);
}

async function checkProject(inputs: CmakeInputs, exec: Executor, cmakeOnPath = true): Promise<void> {
  if (!existsSync(inputs.workingDirectory)) {
    throw new InputError('working-directory', inputs.workingDirectory, 'an existing folder (relative paths are resolved against the workspace)');
  }
  if (!existsSync(inputs.sourceDir)) {
    throw new UserError(`Input 'source-dir': ${safe(inputs.sourceDir)} does not exist.`);
  }
  if (!existsSync(join(inputs.sourceDir, 'CMakeLists.txt'))) {
    throw new UserError(`Input 'source-dir': ${safe(inputs.sourceDir)} has no CMakeLists.txt; point source-dir at the project's top-level CMakeLists.txt folder.`);
  }
  if (cmakeOnPath && (await exec.which('cmake')) === undefined) {
    throw new UserError(`cmake was not found on PATH on the ${exec.where}: install CMake (3.21 or newer for JUnit test reports) before this step.`);
  }
}

/** Extra environment for the commands: the MSVC developer environment on Windows when Ninja has no compiler. */
async function commandEnvironment(step: Step, inputs: CmakeInputs, plan: CmakePlan, exec: Executor, platform: NodeJS.Platform): Promise<Env> {
  if (platform !== 'win32' || !plan.generator?.startsWith('Ninja') || inputs.cCompiler || inputs.cxxCompiler) return {};
  // Hosted Windows runners have MinGW gcc and LLVM clang on PATH: only an MSVC-style compiler counts.
  for (const compiler of ['cl', 'clang-cl']) if (await exec.which(compiler)) return {};
  step.info('No MSVC compiler (cl) on PATH: setting up the MSVC developer environment (vswhere + vcvarsall) for this step.');
  return msvcEnvironment(exec, step.env);
}

async function readTestResults(plan: CmakePlan, stdout: string): Promise<TestResults | undefined> {
  if (plan.junit && existsSync(plan.junit)) {
    try {
      return await parseCtestJunit(readFileSync(plan.junit, 'utf8'));
    } catch {
      // fall back to the console output
    }
  }
  return parseCtestOutput(stdout);
}

interface ConfigureLog {
  file: string;
  text: string;
}

/** ccache's hit and miss counts now, when ccache is this job's launcher (the ccache action ran); else undefined. */
async function ccacheCounts(step: Step, exec: Executor, launcher: string, env: Env): Promise<{ hits: number; misses: number } | undefined> {
  if (!step.env[CCACHE_DIR_VARIABLE] || !/ccache/i.test(basename(launcher))) return undefined;
  const read = await readStats(exec, launcher, env).catch(() => undefined);
  return read?.stats;
}

/**
 * Adds what this configure compiled through ccache (CMake's try_compile checks) to the job's running count, which the
 * ccache post step takes off its totals: the hits and misses it reports and saves on are the builds' own, whatever
 * ran before (dependency builds) or after (another cmake step).
 */
async function addConfigureCompiles(step: Step, before: { hits: number; misses: number } | undefined, after: { hits: number; misses: number } | undefined): Promise<void> {
  if (!before || !after) return;
  const sum = parseStatsSnapshot(step.env[CCACHE_CONFIGURE_STATS_VARIABLE]) ?? { hits: 0, misses: 0 };
  const hits = sum.hits + Math.max(0, after.hits - before.hits);
  const misses = sum.misses + Math.max(0, after.misses - before.misses);
  step.exportVariable(CCACHE_CONFIGURE_STATS_VARIABLE, statsSnapshot({ hits, misses }));
}

/** The tail of CMake's own log of a failed configure (3.26+: CMakeConfigureLog.yaml; before: CMakeError.log). */
function configureLogTail(buildDir: string): ConfigureLog | undefined {
  for (const name of ['CMakeConfigureLog.yaml', 'CMakeError.log']) {
    const file = join(buildDir, 'CMakeFiles', name);
    if (existsSync(file)) return { file, text: tail(readFileSync(file, 'utf8'), 40) };
  }
  return undefined;
}

export function describeFailure(results: PhaseResult[], tests: TestResults | undefined): string | undefined {
  const failed = results.find((r) => !r.ok);
  if (!failed) return undefined;
  if (failed.phase.name === 'test' && tests && tests.failed > 0) {
    const names = tests.cases.filter((c) => c.status === 'failed').map((c) => c.name);
    const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
    const ran = tests.total - tests.skipped;
    return `${tests.failed} of ${ran} test${ran === 1 ? '' : 's'} failed${listed ? `: ${listed}` : ''}`;
  }
  return `${TITLES[failed.phase.name]} failed: ${failed.phase.argv[0]} exited with code ${failed.exitCode}`;
}

function summaryMarkdown(
  inputs: CmakeInputs,
  plan: CmakePlan,
  results: PhaseResult[],
  tests: TestResults | undefined,
  failure: string | undefined,
  configureLog: ConfigureLog | undefined,
): string {
  const out: string[] = [];
  const name = basename(inputs.sourceDir);
  out.push(`### ${failure ? '❌' : '✅'} CMake: ${cell(name)} (${cell(inputs.buildType ?? `preset ${inputs.preset}`)})\n`);
  if (failure) out.push(`**${cell(failure)}**\n`);
  const rows = plan.phases.map((phase) => {
    const r = results.find((x) => x.phase === phase);
    let result = !r ? '⏭️ not run' : r.ok ? '✅ passed' : '❌ failed';
    if (phase.name === 'test' && tests) {
      result = `${tests.failed ? '❌' : '✅'} ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`;
    }
    return [TITLES[phase.name], result, r ? seconds(r.ms) : '', `<code>${cell(formatCommand(phase.argv))}</code>`];
  });
  out.push(table(['Phase', 'Result', 'Time', 'Command'], rows));
  const failedTests = tests?.cases.filter((c) => c.status === 'failed') ?? [];
  if (failedTests.length) {
    out.push(`\n#### Failed tests (${failedTests.length} of ${tests!.total - tests!.skipped})\n`);
    out.push(table(['Test', 'Time'], failedTests.map((c) => [cell(c.name), `${c.time.toFixed(2)} s`])));
    for (const c of failedTests.slice(0, 20)) out.push(details(`${c.name}: last lines of output`, tail(c.output, 25) || '(no output)'));
  }
  if (configureLog) out.push(details(`The last lines of ${configureLog.file}`, configureLog.text));
  return out.join('\n') + '\n';
}

function setOutputs(step: Step, plan: CmakePlan, tests: TestResults | undefined): void {
  step.setOutput('build-dir', plan.buildDir);
  step.setOutput('tests-total', tests?.total ?? 0);
  step.setOutput('tests-passed', tests?.passed ?? 0);
  step.setOutput('tests-failed', tests?.failed ?? 0);
  step.setOutput('tests-skipped', tests?.skipped ?? 0);
  step.setOutput('junit', plan.junit && existsSync(plan.junit) ? plan.junit : '');
}

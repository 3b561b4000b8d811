import { join } from 'node:path';
import { Env } from '../common/inputs.js';
import type { AnalysisPlanFacts } from '../analysis/run.js';
import { flagDefines, mergeOption } from '../analysis/flags.js';
import { CmakeInputs } from './inputs.js';
import { ResolvedPresets } from './presets.js';

export type PhaseName = 'configure' | 'build' | 'test' | 'install';

export interface Phase {
  name: PhaseName;
  argv: string[];
  cwd: string;
  /** Variables this phase's command gets on top of the step's. */
  env?: Env;
}

export interface CmakePlan {
  buildDir: string;
  /** The generator passed with -G, or the preset's; undefined when CMake picks its default. */
  generator?: string;
  multiConfig: boolean;
  /** Where ctest writes its JUnit report (undefined without a test phase). */
  junit?: string;
  phases: Phase[];
}

/** What the plan needs to know about the machine it runs on. */
export interface PlanFacts {
  /** Is `ninja` on the executor's PATH? */
  ninja: boolean;
  /** CMAKE_GENERATOR from the environment, which cmake honours when no -G is given. */
  envGenerator?: string;
  presets?: ResolvedPresets;
  /**
   * Windows with ccache as the compiler launcher: MSVC objects are cacheable only with embedded debug information
   * (/Z7), so ask CMake for it (CMAKE_MSVC_DEBUG_INFORMATION_FORMAT, CMake >= 3.25, policy CMP0141).
   */
  msvcCcache?: boolean;
  /** Sanitizer or coverage build: flag variables and the test environment (src/analysis). */
  analysis?: AnalysisPlanFacts;
}

/** Visual Studio, Xcode and Ninja Multi-Config choose the configuration at build time. */
export function isMultiConfig(generator: string | undefined): boolean {
  return generator !== undefined && /^(Visual Studio|Xcode|Ninja Multi-Config)/.test(generator);
}

export const JUNIT_FILE = 'ctest-junit.xml';

/** Turns the inputs into the exact command lines of each phase. Pure: no I/O. */
export function planCmake(inputs: CmakeInputs, facts: PlanFacts): CmakePlan {
  const presets = facts.presets;
  const explicitGenerator = inputs.generator ?? (presets || facts.envGenerator ? undefined : facts.ninja ? 'Ninja' : undefined);
  const generator = inputs.generator ?? presets?.generator ?? facts.envGenerator ?? explicitGenerator;
  const multiConfig = isMultiConfig(generator);
  // A preset's binaryDir is used unless build-dir was given; then -B overrides it, and build/test go by directory.
  const presetDirs = presets !== undefined && presets.binaryDir !== undefined && !inputs.buildDirGiven;
  const buildDir = presetDirs ? presets.binaryDir! : inputs.buildDir;
  const config = inputs.buildType;

  const configure = ['cmake'];
  if (presets) {
    configure.push('--preset', presets.configure);
    if (!presetDirs) configure.push('-B', buildDir);
  } else {
    configure.push('-S', inputs.sourceDir, '-B', buildDir);
  }
  if (explicitGenerator) configure.push('-G', explicitGenerator);
  const define = (name: string, value: string) => configure.push(`-D${name}=${value}`);
  if (!multiConfig && config) define('CMAKE_BUILD_TYPE', config);
  if (inputs.cCompiler) define('CMAKE_C_COMPILER', inputs.cCompiler);
  if (inputs.cxxCompiler) define('CMAKE_CXX_COMPILER', inputs.cxxCompiler);
  if (inputs.compilerLauncher) {
    define('CMAKE_C_COMPILER_LAUNCHER', inputs.compilerLauncher);
    define('CMAKE_CXX_COMPILER_LAUNCHER', inputs.compilerLauncher);
  }
  if (inputs.toolchainFile) define('CMAKE_TOOLCHAIN_FILE', inputs.toolchainFile);
  if (inputs.installPrefix) define('CMAKE_INSTALL_PREFIX', inputs.installPrefix);
  if (facts.msvcCcache) {
    define('CMAKE_POLICY_DEFAULT_CMP0141', 'NEW');
    define('CMAKE_MSVC_DEBUG_INFORMATION_FORMAT', 'Embedded');
  }
  const analysis = facts.analysis;
  if (analysis) configure.push(...flagDefines(analysis.variables, analysis.cached));
  for (const option of inputs.options) configure.push(`-D${analysis ? mergeOption(option, analysis.variables) : option}`);
  configure.push(...inputs.configureArgs);

  const usePreset = (name: string | undefined) => (presetDirs ? name : undefined);
  const buildPreset = usePreset(presets?.build);
  const build = buildPreset ? ['cmake', '--build', '--preset', buildPreset] : ['cmake', '--build', buildDir];
  if (config) build.push('--config', config);
  if (inputs.targets.length) build.push('--target', ...inputs.targets);
  build.push('--parallel', String(inputs.parallel), ...inputs.buildArgs);

  const phases: Phase[] = [
    { name: 'configure', argv: configure, cwd: presets ? inputs.sourceDir : inputs.workingDirectory },
    { name: 'build', argv: build, cwd: buildPreset ? inputs.sourceDir : inputs.workingDirectory },
  ];

  let junit: string | undefined;
  if (inputs.test) {
    junit = join(buildDir, JUNIT_FILE);
    const testPreset = usePreset(presets?.test);
    const test = testPreset ? ['ctest', '--preset', testPreset] : ['ctest'];
    if (config) test.push('-C', config);
    test.push('--output-on-failure', '--output-junit', junit, '--parallel', String(inputs.parallel));
    if (inputs.testTimeout !== undefined) test.push('--timeout', String(inputs.testTimeout));
    if (inputs.testExclude) test.push('--exclude-regex', inputs.testExclude);
    if (inputs.testLabelExclude) test.push('--label-exclude', inputs.testLabelExclude);
    if (inputs.testRetries > 0) test.push('--repeat', `until-pass:${inputs.testRetries + 1}`);
    test.push(...inputs.testArgs);
    phases.push({ name: 'test', argv: test, cwd: testPreset ? inputs.sourceDir : buildDir, ...(analysis ? { env: analysis.testEnv } : {}) });
  }
  if (inputs.install) {
    const install = ['cmake', '--install', buildDir];
    if (config) install.push('--config', config);
    if (inputs.installPrefix) install.push('--prefix', inputs.installPrefix);
    phases.push({ name: 'install', argv: install, cwd: inputs.workingDirectory });
  }
  return { buildDir, generator, multiConfig, junit, phases };
}

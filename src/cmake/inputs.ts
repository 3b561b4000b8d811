import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { Inputs, checkArgument, checkPath } from '../common/inputs.js';
import { AnalysisInputs, analysisBuildType, parseAnalysisInputs } from '../analysis/inputs.js';

export interface CmakeInputs {
  workingDirectory: string;
  sourceDir: string;
  buildDir: string;
  /** True when `build-dir` was given (it then overrides a preset's binaryDir). */
  buildDirGiven: boolean;
  /** The configuration; undefined with a preset and no build-type input (the presets decide). */
  buildType?: string;
  generator?: string;
  /** Cache entries, each `NAME=VALUE` or `NAME:TYPE=VALUE`. */
  options: string[];
  configureArgs: string[];
  buildArgs: string[];
  targets: string[];
  parallel: number;
  preset?: string;
  cCompiler?: string;
  cxxCompiler?: string;
  compilerLauncher?: string;
  toolchainFile?: string;
  test: boolean;
  testArgs: string[];
  testExclude?: string;
  testLabelExclude?: string;
  testTimeout?: number;
  testRetries: number;
  install: boolean;
  installPrefix?: string;
  /** Install checks (install-check.ts): the expected file list, a consumer project, pkg-config modules. */
  installManifest?: string;
  consumerDir?: string;
  pkgConfig: string[];
  /** An exact CMake release (X.Y.Z) to download and use (cmake-version.ts). */
  cmakeVersion?: string;
  /** Sanitizers and coverage (src/analysis). */
  analysis: AnalysisInputs;
}

const CACHE_TYPES = ['BOOL', 'FILEPATH', 'PATH', 'STRING', 'INTERNAL', 'UNINITIALIZED'];
const OPTION = /^([A-Za-z_][A-Za-z0-9_.+\-/]*)(?::([A-Za-z]+))?=([\s\S]*)$/;

/** Checks one `options` line: `NAME=VALUE` or `NAME:TYPE=VALUE`. */
export function parseOption(line: string): string {
  checkArgument('options', line);
  const m = OPTION.exec(line);
  if (!m || (m[2] !== undefined && !CACHE_TYPES.includes(m[2].toUpperCase()))) {
    throw new InputError(
      'options',
      line,
      `one cache entry per line, NAME=VALUE or NAME:TYPE=VALUE with TYPE one of ${CACHE_TYPES.join(', ')}`,
    );
  }
  return m[2] === undefined ? `${m[1]}=${m[3]}` : `${m[1]}:${m[2].toUpperCase()}=${m[3]}`;
}

/** A value that reaches cmake as an argument of its own (-G VALUE, --target VALUE) cannot be read as an option. */
function notAnOption(input: string, value: string | undefined, accepted: string): string | undefined {
  if (value !== undefined && value.startsWith('-')) throw new InputError(input, value, `${accepted} (not an option: it cannot start with -)`);
  return value;
}

/** Parses the cmake action's inputs (a pure function of the `INPUT_*` map and the current directory). */
export function parseCmakeInputs(inputs: Inputs, cwd = process.cwd()): CmakeInputs {
  const workingDirectory = checkPath('working-directory', inputs.string('working-directory', '.'), resolve(cwd, inputs.string('working-directory', '.')));
  const at = (p: string, input: string) => checkPath(input, p, resolve(workingDirectory, p));
  const preset = inputs.argument('preset');
  const analysis = parseAnalysisInputs(inputs, (p) => at(p, 'sanitizer-suppressions'));
  const buildType = inputs.optional('build-type') ?? (preset ? undefined : (analysisBuildType(analysis) ?? 'Release'));
  if (buildType !== undefined && !/^[A-Za-z0-9_]+$/.test(buildType)) {
    throw new InputError('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
  }
  const sourceDir = at(inputs.string('source-dir', '.'), 'source-dir');
  const buildDirInput = inputs.optional('build-dir');
  const testTimeout = inputs.optional('test-timeout') === undefined ? undefined : inputs.int('test-timeout', 0, 1);
  const installPrefix = inputs.optional('install-prefix');
  const toolchainFile = inputs.optional('toolchain-file');
  const checks = parseInstallChecks(inputs, at);
  const install = inputs.bool('install', checks.any);
  if (checks.any && !install) {
    throw new InputError('install', 'false', `true (or left out) when ${checks.names.join(', ')} is given: the checks need the install`);
  }
  const cmakeVersion = parseCmakeVersion(inputs);
  // The checks need an install they can read: without install-prefix (and without a preset, which may set its own),
  // the install goes to <build-dir>/_install rather than CMake's default /usr/local.
  const defaultPrefix = checks.any && !preset ? resolve(at(buildDirInput ?? 'build', 'build-dir'), '_install') : undefined;
  return {
    workingDirectory,
    sourceDir,
    buildDir: at(buildDirInput ?? 'build', 'build-dir'),
    buildDirGiven: buildDirInput !== undefined,
    buildType,
    generator: notAnOption('generator', inputs.argument('generator'), 'a CMake generator name such as Ninja, Ninja Multi-Config, Unix Makefiles or Visual Studio 17 2022'),
    options: inputs.lines('options').map(parseOption),
    configureArgs: inputs.words('configure-args'),
    buildArgs: inputs.words('build-args'),
    targets: inputs.list('targets').map((t) => notAnOption('targets', checkArgument('targets', t), 'target names of the project, comma or newline separated')!),
    parallel: inputs.int('parallel', availableParallelism(), 1, 1024),
    preset,
    cCompiler: inputs.argument('c-compiler'),
    cxxCompiler: inputs.argument('cxx-compiler'),
    compilerLauncher: inputs.argument('compiler-launcher'),
    toolchainFile: toolchainFile === undefined ? undefined : at(toolchainFile, 'toolchain-file'),
    test: inputs.bool('test', true),
    testArgs: inputs.words('test-args'),
    testExclude: inputs.argument('test-exclude'),
    testLabelExclude: inputs.argument('test-label-exclude'),
    testTimeout,
    testRetries: inputs.int('test-retries', 0, 0, 100),
    install,
    installPrefix: installPrefix === undefined ? defaultPrefix : at(installPrefix, 'install-prefix'),
    installManifest: checks.installManifest,
    consumerDir: checks.consumerDir,
    pkgConfig: checks.pkgConfig,
    cmakeVersion,
    analysis,
  };
}

const PKG_CONFIG_MODULE = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

function parseInstallChecks(inputs: Inputs, at: (p: string, input: string) => string) {
  const installManifest = inputs.optional('install-manifest');
  const consumerDir = inputs.optional('consumer-dir');
  const pkgConfig = inputs.list('pkg-config');
  for (const module of pkgConfig) {
    if (!PKG_CONFIG_MODULE.test(module)) throw new InputError('pkg-config', module, 'pkg-config module names (letters, digits, _ . + -), separated by commas or newlines');
  }
  const names = [installManifest && 'install-manifest', consumerDir && 'consumer-dir', pkgConfig.length && 'pkg-config'].filter((n): n is string => !!n);
  return {
    installManifest: installManifest === undefined ? undefined : at(installManifest, 'install-manifest'),
    consumerDir: consumerDir === undefined ? undefined : at(consumerDir, 'consumer-dir'),
    pkgConfig,
    names,
    any: names.length > 0,
  };
}

/** The `cmake-version` input (an exact release, 3.13 or newer: the commands use -S/-B and --parallel), or undefined. */
export function parseCmakeVersion(inputs: Inputs): string | undefined {
  const cmakeVersion = inputs.optional('cmake-version');
  const release = cmakeVersion === undefined ? undefined : /^(\d+)\.(\d+)\.\d+(-rc\d+)?$/.exec(cmakeVersion);
  if (cmakeVersion !== undefined && !release) {
    throw new InputError('cmake-version', cmakeVersion, 'an exact CMake release such as 3.14.7 or 4.0.3 (X.Y.Z)');
  }
  // The commands use -S/-B (CMake 3.13) and --parallel (3.12).
  if (release && Number(release[1]) * 1000 + Number(release[2]) < 3013) {
    throw new InputError('cmake-version', cmakeVersion!, 'CMake 3.13 or newer (the action configures with -S and -B)');
  }
  return cmakeVersion;
}

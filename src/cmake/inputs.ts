import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { Inputs } from '../common/inputs.js';
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
  /** Sanitizers and coverage (src/analysis). */
  analysis: AnalysisInputs;
}

const CACHE_TYPES = ['BOOL', 'FILEPATH', 'PATH', 'STRING', 'INTERNAL', 'UNINITIALIZED'];
const OPTION = /^([A-Za-z_][A-Za-z0-9_.+\-/]*)(?::([A-Za-z]+))?=([\s\S]*)$/;

/** Checks one `options` line: `NAME=VALUE` or `NAME:TYPE=VALUE`. */
export function parseOption(line: string): string {
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

/** Parses the cmake action's inputs (a pure function of the `INPUT_*` map and the current directory). */
export function parseCmakeInputs(inputs: Inputs, cwd = process.cwd()): CmakeInputs {
  const workingDirectory = resolve(cwd, inputs.string('working-directory', '.'));
  const at = (p: string) => resolve(workingDirectory, p);
  const preset = inputs.optional('preset');
  const analysis = parseAnalysisInputs(inputs, at);
  const buildType = inputs.optional('build-type') ?? (preset ? undefined : (analysisBuildType(analysis) ?? 'Release'));
  if (buildType !== undefined && !/^[A-Za-z0-9_]+$/.test(buildType)) {
    throw new InputError('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
  }
  const sourceDir = at(inputs.string('source-dir', '.'));
  const buildDirInput = inputs.optional('build-dir');
  const testTimeout = inputs.optional('test-timeout') === undefined ? undefined : inputs.int('test-timeout', 0, 1);
  const installPrefix = inputs.optional('install-prefix');
  const toolchainFile = inputs.optional('toolchain-file');
  return {
    workingDirectory,
    sourceDir,
    buildDir: at(buildDirInput ?? 'build'),
    buildDirGiven: buildDirInput !== undefined,
    buildType,
    generator: inputs.optional('generator'),
    options: inputs.lines('options').map(parseOption),
    configureArgs: inputs.words('configure-args'),
    buildArgs: inputs.words('build-args'),
    targets: inputs.list('targets'),
    parallel: inputs.int('parallel', availableParallelism(), 1, 1024),
    preset,
    cCompiler: inputs.optional('c-compiler'),
    cxxCompiler: inputs.optional('cxx-compiler'),
    compilerLauncher: inputs.optional('compiler-launcher'),
    toolchainFile: toolchainFile === undefined ? undefined : at(toolchainFile),
    test: inputs.bool('test', true),
    testArgs: inputs.words('test-args'),
    testExclude: inputs.optional('test-exclude'),
    testLabelExclude: inputs.optional('test-label-exclude'),
    testTimeout,
    testRetries: inputs.int('test-retries', 0, 0, 100),
    install: inputs.bool('install', false),
    installPrefix: installPrefix === undefined ? undefined : at(installPrefix),
    analysis,
  };
}

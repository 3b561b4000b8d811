import { InputError } from '../common/errors.js';
import { Inputs } from '../common/inputs.js';

/** The sanitizers the `sanitize` input takes, by their -fsanitize= names. */
export const SANITIZERS = ['address', 'undefined', 'leak', 'thread', 'memory'] as const;
export type Sanitizer = (typeof SANITIZERS)[number];
export const COVERAGE_TOOLS = ['gcov', 'llvm'] as const;
export type CoverageTool = (typeof COVERAGE_TOOLS)[number];

/** The analysis inputs of the cmake action (and so of the build action). */
export interface AnalysisInputs {
  /** Sanitizers to build and test with, in the order given, without repeats; empty for none. */
  sanitize: Sanitizer[];
  /** Suppression files (absolute paths); each line goes to the sanitizer whose suppression type it names. */
  suppressions: string[];
  coverage?: CoverageTool;
  /** Globs of repository files left out of the coverage report (relative to the repository root). */
  coverageExclude: string[];
  /** Fail the step when the line coverage is below this percentage. */
  coverageMinimum?: number;
}

const ALIASES: Record<string, Sanitizer> = { asan: 'address', ubsan: 'undefined', lsan: 'leak', tsan: 'thread', msan: 'memory' };

const COMBINATIONS =
  'address, undefined and leak in any combination; thread alone or with undefined; memory alone or with undefined (Clang only)';

/** Which sanitizers cannot share a build (their runtimes instrument memory in incompatible ways). */
const INCOMPATIBLE: [Sanitizer, Sanitizer][] = [
  ['thread', 'address'],
  ['thread', 'leak'],
  ['thread', 'memory'],
  ['memory', 'address'],
  ['memory', 'leak'],
];

/** Parses `sanitize`: names separated by commas or spaces; incompatible combinations are input errors. */
export function parseSanitize(value: string | undefined): Sanitizer[] {
  if (value === undefined || /^(none|false|off)$/i.test(value)) return [];
  const out: Sanitizer[] = [];
  for (const word of value.split(/[\s,]+/).filter(Boolean)) {
    const lower = word.toLowerCase();
    const name = (SANITIZERS as readonly string[]).includes(lower) ? (lower as Sanitizer) : ALIASES[lower];
    if (!name) throw new InputError('sanitize', value, `sanitizer names from ${SANITIZERS.join(', ')} (or none), separated by commas`);
    if (!out.includes(name)) out.push(name);
  }
  for (const [a, b] of INCOMPATIBLE) {
    if (out.includes(a) && out.includes(b)) {
      throw new InputError('sanitize', value, `${COMBINATIONS} (${a} and ${b} cannot share a build)`);
    }
  }
  return out;
}

/** A percentage from 0 to 100 (decimals allowed). */
function percentage(inputs: Inputs, name: string): number | undefined {
  const value = inputs.optional(name);
  if (value === undefined) return undefined;
  const n = Number(value.replace(/\s*%$/, ''));
  if (!/^\d+(\.\d+)?\s*%?$/.test(value) || !(n >= 0 && n <= 100)) throw new InputError(name, value, 'a percentage from 0 to 100, e.g. 80 or 72.5');
  return n;
}

/**
 * Parses the analysis inputs (pure: the `INPUT_*` map and a resolver for paths). `at` turns a path relative to the
 * working directory into an absolute one.
 */
export function parseAnalysisInputs(inputs: Inputs, at: (path: string) => string): AnalysisInputs {
  const sanitize = parseSanitize(inputs.optional('sanitize'));
  const coverageValue = inputs.optional('coverage');
  const coverage = coverageValue === undefined || /^(none|false|off)$/i.test(coverageValue) ? undefined : inputs.choice('coverage', COVERAGE_TOOLS, 'gcov');
  const suppressions = inputs.list('sanitizer-suppressions').map(at);
  if (suppressions.length && !sanitize.length) {
    throw new InputError('sanitizer-suppressions', inputs.string('sanitizer-suppressions', ''), 'no value unless sanitize is set too');
  }
  const coverageExclude = inputs.list('coverage-exclude');
  const coverageMinimum = percentage(inputs, 'coverage-minimum');
  if (!coverage && (coverageExclude.length || coverageMinimum !== undefined)) {
    const name = coverageExclude.length ? 'coverage-exclude' : 'coverage-minimum';
    throw new InputError(name, inputs.string(name, ''), 'no value unless coverage is set too (coverage: gcov or llvm)');
  }
  if (coverage && !inputs.bool('test', true)) throw new InputError('coverage', coverage, 'test: true as well (the report covers what the tests ran), or no coverage');
  return { sanitize, suppressions, coverage, coverageExclude, coverageMinimum };
}

/** Is any analysis asked for? */
export function analysisWanted(a: AnalysisInputs): boolean {
  return a.sanitize.length > 0 || a.coverage !== undefined;
}

/**
 * A key part that tells an analysis build's compiler cache from a normal build's (`sanitize_address_undefined`,
 * `coverage_gcov`); empty without analysis.
 */
export function analysisKeyPart(a: AnalysisInputs): string {
  const parts: string[] = [];
  if (a.sanitize.length) parts.push(`sanitize_${[...a.sanitize].sort().join('_')}`);
  if (a.coverage) parts.push(`coverage_${a.coverage}`);
  return parts.join('_');
}

/** The build type when none is given: Debug for coverage (no optimisation to blur the lines), RelWithDebInfo for sanitizers (line numbers in the reports). */
export function analysisBuildType(a: AnalysisInputs): string | undefined {
  return a.coverage ? 'Debug' : a.sanitize.length ? 'RelWithDebInfo' : undefined;
}

import { InputError } from '../common/errors.js';
import { Env } from '../common/inputs.js';
import { Sanitizer } from './inputs.js';

/** A sanitizer runtime with its own options variable and suppression types. */
export type Runtime = 'asan' | 'ubsan' | 'lsan' | 'tsan' | 'msan';

const VARIABLE: Record<Runtime, string> = { asan: 'ASAN_OPTIONS', ubsan: 'UBSAN_OPTIONS', lsan: 'LSAN_OPTIONS', tsan: 'TSAN_OPTIONS', msan: 'MSAN_OPTIONS' };

/** The suppression types each runtime reads from its `suppressions=` file. */
const SUPPRESSION_TYPES: Record<Exclude<Runtime, 'msan'>, string[]> = {
  asan: ['interceptor_name', 'interceptor_via_fun', 'interceptor_via_lib', 'odr_violation'],
  lsan: ['leak'],
  tsan: ['race', 'race_top', 'mutex', 'thread', 'signal', 'deadlock', 'called_from_lib'],
  // UBSan's suppression types are its check names (-fsanitize=<check>).
  ubsan: [
    'undefined', 'alignment', 'bool', 'builtin', 'bounds', 'enum', 'float-cast-overflow', 'float-divide-by-zero', 'function',
    'implicit-conversion', 'implicit-integer-sign-change', 'implicit-signed-integer-truncation', 'implicit-unsigned-integer-truncation',
    'integer', 'integer-divide-by-zero', 'invalid-builtin-use', 'nonnull-attribute', 'null', 'nullability-arg', 'nullability-assign',
    'nullability-return', 'object-size', 'pointer-overflow', 'return', 'returns-nonnull-attribute', 'shift', 'shift-base',
    'shift-exponent', 'signed-integer-overflow', 'unreachable', 'unsigned-integer-overflow', 'unsigned-shift-base', 'vla-bound', 'vptr',
  ],
};

/** The runtimes a set of sanitizers brings (AddressSanitizer includes LeakSanitizer on Linux). */
export function runtimes(sanitize: Sanitizer[], platform: NodeJS.Platform): Runtime[] {
  const out = new Set<Runtime>();
  for (const s of sanitize) {
    if (s === 'address') {
      out.add('asan');
      if (platform === 'linux') out.add('lsan');
    } else out.add(({ undefined: 'ubsan', leak: 'lsan', thread: 'tsan', memory: 'msan' } as const)[s]);
  }
  return [...out];
}

/** One suppression file's lines by the runtime that reads them; comments and blank lines dropped. */
export function splitSuppressions(text: string, file: string): Partial<Record<Runtime, string[]>> {
  const out: Partial<Record<Runtime, string[]>> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const type = line.split(':')[0]!.trim();
    const runtime = (Object.keys(SUPPRESSION_TYPES) as (keyof typeof SUPPRESSION_TYPES)[]).find((r) => SUPPRESSION_TYPES[r].includes(type));
    if (!runtime || !line.includes(':')) {
      throw new InputError(
        'sanitizer-suppressions',
        file,
        `suppression files of TYPE:PATTERN lines, with TYPE a suppression type of ASan (${SUPPRESSION_TYPES.asan.join(', ')}), LSan (leak), TSan (${SUPPRESSION_TYPES.tsan.join(', ')}) or a UBSan check name such as signed-integer-overflow; this file has the line ${JSON.stringify(line.slice(0, 200))}`,
      );
    }
    (out[runtime] ??= []).push(line);
  }
  return out;
}

/** A value for a sanitizer option: quoted when it holds the option separator or a space (Windows paths hold ':'). */
const optionValue = (v: string) => (/[\s:,"']/.test(v) ? `"${v}"` : v);

/** The options each runtime gets by default: full reports, UBSan stops at its first finding (so the test fails). */
function defaults(runtime: Runtime, platform: NodeJS.Platform): string[] {
  switch (runtime) {
    case 'asan':
      return [`detect_leaks=${platform === 'linux' ? 1 : 0}`, 'check_initialization_order=1', 'detect_stack_use_after_return=1'];
    case 'ubsan':
      return ['print_stacktrace=1', 'halt_on_error=1', 'report_error_type=1'];
    case 'lsan':
      return [];
    case 'tsan':
      return ['second_deadlock_stack=1'];
    case 'msan':
      return ['print_stats=0'];
  }
}

/**
 * The environment of the test commands: `<RUNTIME>_OPTIONS` for each runtime in use, the action's defaults first,
 * then the suppression file the runtime reads (`suppressions` maps a runtime to a file), then the user's own value of
 * the variable (later options win, so the user's values win).
 */
export function sanitizerEnvironment(
  sanitize: Sanitizer[],
  suppressions: Partial<Record<Runtime, string>>,
  userEnv: Env,
  platform: NodeJS.Platform,
): Env {
  const env: Env = {};
  for (const runtime of runtimes(sanitize, platform)) {
    const options = defaults(runtime, platform);
    const file = suppressions[runtime];
    if (file) options.push(`suppressions=${optionValue(file)}`);
    const user = userEnv[VARIABLE[runtime]]?.trim();
    if (user) options.push(user);
    if (options.length) env[VARIABLE[runtime]] = options.join(':');
  }
  return env;
}

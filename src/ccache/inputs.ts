import { InputError } from '../common/errors.js';
import { Inputs } from '../common/inputs.js';

export const SAVE_MODES = ['auto', 'always', 'default-branch', 'never'] as const;
export type SaveMode = (typeof SAVE_MODES)[number];
export const BACKENDS = ['github', 'local'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface CcacheInputs {
  cacheVersion: string;
  /** Extra key parts, sanitized and joined with `_` (empty when none). */
  key: string;
  /** Extra fallbacks (each a key part, tried after the built-in restore keys, inside the same toolchain). */
  restoreKeys: string[];
  /** ccache's max_size as given (e.g. 500M), and in bytes. */
  maxSize: string;
  maxSizeBytes: number;
  compressionLevel?: number;
  evictUnused: boolean;
  save: SaveMode;
  saveOnFailure: boolean;
  /** Undefined: chosen at run time (github when the runner's cache service is available, else local). */
  backend?: BackendName;
  localDir?: string;
  ccacheDir?: string;
  installCcache: 'auto' | 'never';
  /** Caps of the whole restore and the whole save, and the stall limit (nothing moved), in milliseconds; 0: none. */
  restoreTimeoutMs: number;
  saveTimeoutMs: number;
  stallTimeoutMs: number;
}

/** The transfer limits' defaults and bounds, in seconds (inputs restore-timeout, save-timeout, stall-timeout). */
export const RESTORE_TIMEOUT_S = 300;
export const SAVE_TIMEOUT_S = 300;
export const STALL_TIMEOUT_S = 60;
const MAX_TIMEOUT_S = 6 * 3600;

const UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3, ti: 1024 ** 4 };

/**
 * A size as ccache's max_size accepts it: a number with an optional unit k, M, G, T (powers of 1000) or Ki, Mi,
 * Gi, Ti (powers of 1024), an optional trailing B. Returns the bytes, or undefined when it is not such a size.
 */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?)?b?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  return Math.round(Number(m[1]) * UNITS[unit]!);
}

/** A key part: anything but letters, digits, `.`, `+` and `_` becomes `_`, so parts never contain the `-` separator. */
export function sanitizePart(text: string): string {
  return text.trim().replace(/[^A-Za-z0-9._+]+/g, '_');
}

/** GitHub's cache takes at most 10 keys per restore (the primary key and its restore keys), each at most 512 characters. */
export const MAX_KEYS = 10;
export const MAX_KEY_LENGTH = 512;
/** Restore keys the action always tries (this run, this toolchain and key, this toolchain): see keys.ts. */
export const BUILT_IN_RESTORE_KEYS = 3;
/** At most this many restore-keys lines: with the primary and the built-in restore keys, 10 keys in all. */
export const MAX_EXTRA_RESTORE_KEYS = MAX_KEYS - 1 - BUILT_IN_RESTORE_KEYS;
/**
 * Bounds on the parts a user gives, so that a full key stays within 512 characters: the other parts (prefix, OS,
 * architecture, toolchain id, run id and attempt) take at most about 200.
 */
export const MAX_KEY_PART_LENGTH = 256;
export const MAX_CACHE_VERSION_LENGTH = 32;

/** Parses the ccache action's inputs: a pure function of the step's environment. */
export function parseCcacheInputs(inputs: Inputs): CcacheInputs {
  const cacheVersion = inputs.string('cache-version', '1');
  if (!/^[A-Za-z0-9._+]+$/.test(cacheVersion)) {
    throw new InputError('cache-version', cacheVersion, 'letters, digits, dots, plus signs or underscores (e.g. 1 or 2)');
  }
  if (cacheVersion.length > MAX_CACHE_VERSION_LENGTH) {
    throw new InputError('cache-version', cacheVersion, `at most ${MAX_CACHE_VERSION_LENGTH} characters (e.g. 1 or 2)`);
  }
  const maxSize = inputs.string('max-size', '500M');
  const maxSizeBytes = parseSize(maxSize);
  if (maxSizeBytes === undefined) {
    throw new InputError('max-size', maxSize, 'a size such as 500M, 2G or 1.5Gi (a number with an optional unit k, M, G, T or Ki, Mi, Gi, Ti); 0 means no limit');
  }
  const level = inputs.optional('compression-level');
  let compressionLevel: number | undefined;
  if (level !== undefined) compressionLevel = inputs.int('compression-level', 0, -128, 19);
  const backend = inputs.optional('backend');
  const key = inputs.list('key').map(sanitizePart).filter(Boolean).join('_');
  if (key.length > MAX_KEY_PART_LENGTH) {
    throw new InputError(
      'key',
      inputs.string('key', ''),
      `at most ${MAX_KEY_PART_LENGTH} characters of key parts (this is ${key.length}): GitHub's cache keys hold at most ${MAX_KEY_LENGTH} characters, and the version, OS, architecture, toolchain and run id take the rest`,
    );
  }
  const restoreKeys = inputs.lines('restore-keys').map((k) => k.split(/[,]/).map(sanitizePart).filter(Boolean).join('_')).filter(Boolean);
  if (restoreKeys.length > MAX_EXTRA_RESTORE_KEYS) {
    throw new InputError(
      'restore-keys',
      inputs.string('restore-keys', ''),
      `at most ${MAX_EXTRA_RESTORE_KEYS} lines (this has ${restoreKeys.length}): GitHub's cache takes at most ${MAX_KEYS} keys per restore, and the primary key and the ${BUILT_IN_RESTORE_KEYS} built-in restore keys take the others`,
    );
  }
  const long = restoreKeys.find((k) => k.length > MAX_KEY_PART_LENGTH);
  if (long !== undefined) {
    throw new InputError(
      'restore-keys',
      inputs.string('restore-keys', ''),
      `lines of at most ${MAX_KEY_PART_LENGTH} characters (one has ${long.length}): GitHub's cache keys hold at most ${MAX_KEY_LENGTH} characters`,
    );
  }
  return {
    cacheVersion,
    key,
    restoreKeys,
    maxSize,
    maxSizeBytes,
    compressionLevel,
    evictUnused: inputs.bool('evict-unused', true),
    save: inputs.choice('save', SAVE_MODES, 'auto'),
    saveOnFailure: inputs.bool('save-on-failure', true),
    backend: backend === undefined ? undefined : inputs.choice('backend', BACKENDS, 'github'),
    localDir: inputs.optional('local-dir'),
    ccacheDir: inputs.optional('ccache-dir'),
    installCcache: inputs.choice('install-ccache', ['auto', 'never'] as const, 'auto'),
    restoreTimeoutMs: 1000 * inputs.int('restore-timeout', RESTORE_TIMEOUT_S, 0, MAX_TIMEOUT_S),
    saveTimeoutMs: 1000 * inputs.int('save-timeout', SAVE_TIMEOUT_S, 0, MAX_TIMEOUT_S),
    stallTimeoutMs: 1000 * inputs.int('stall-timeout', STALL_TIMEOUT_S, 0, MAX_TIMEOUT_S),
  };
}

import { split as shellSplit } from 'shlex';
import { InputError } from './errors.js';

/** The environment a step sees: the runner passes each input as `INPUT_<NAME>`. */
export type Env = Record<string, string | undefined>;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** The variable the runner sets for an input (spaces become `_`, upper case; hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Typed access to a step's inputs, read from a plain map (the runner's `INPUT_*` variables) so that parsing is a
 * pure function of that map. An empty or blank input counts as not given.
 */
export class Inputs {
  constructor(readonly env: Env) {}

  /** The trimmed value, or undefined when the input is empty or absent. */
  optional(name: string): string | undefined {
    const value = this.env[inputVariable(name)]?.trim();
    return value ? value : undefined;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  /** YAML 1.2 core schema booleans: true/True/TRUE, false/False/FALSE. */
  bool(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new InputError(name, value, 'a boolean: true or false');
  }

  /** A whole number in [min, max]. */
  int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (!/^[+-]?\d+$/.test(value)) throw new InputError(name, value, `a whole number from ${min} to ${max}`);
    const n = Number(value);
    if (n < min || n > max) throw new InputError(name, value, `a whole number from ${min} to ${max}`);
    return n;
  }

  /** One of a fixed set of words. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const found = choices.find((c) => c === value || c.toLowerCase() === value.toLowerCase());
    if (!found) throw new InputError(name, value, `one of ${choices.join(', ')}`);
    return found;
  }

  /** A list: items separated by newlines or commas, trimmed, empty items dropped. */
  list(name: string): string[] {
    return splitList(this.optional(name) ?? '');
  }

  /** One item per line (for values that may themselves hold commas), trimmed, blank lines dropped. */
  lines(name: string): string[] {
    return (this.optional(name) ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }

  /** Words split as a POSIX shell splits them (quotes and backslashes respected), never run through a shell. */
  words(name: string): string[] {
    const value = this.optional(name);
    if (value === undefined) return [];
    try {
      return shellSplit(value);
    } catch {
      throw new InputError(name, value, 'arguments separated by spaces, with balanced quotes');
    }
  }
}

/** The longest path the system takes (PATH_MAX less the NUL; macOS's is 1024) and the longest name of one folder. */
const PATH_MAX = process.platform === 'darwin' ? 1023 : 4095;
const NAME_MAX = 255;

/**
 * Refuses a path input the system cannot hold (a folder name over 255 bytes or a whole path over PATH_MAX, which
 * would end in ENAMETOOLONG deep inside a tool) or one holding a NUL: one clear line naming the input. Returns
 * `resolved` (the absolute path the value stands for), which is what is measured.
 */
export function checkPath(input: string, value: string, resolved: string): string {
  const long = resolved.split(/[\\/]/).find((part) => Buffer.byteLength(part) > NAME_MAX);
  if (long !== undefined || Buffer.byteLength(resolved) > PATH_MAX || resolved.includes('\0')) {
    throw new InputError(
      input,
      value.length > 200 ? `${value.slice(0, 100)}…${value.slice(-60)} (${value.length} characters)` : value,
      `a path of at most ${PATH_MAX} bytes whose folder names are at most ${NAME_MAX} bytes each, without NUL${long !== undefined ? ` (one name here is ${Buffer.byteLength(long)} bytes)` : ''}`,
    );
  }
  return resolved;
}

export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

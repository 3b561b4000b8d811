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

  /**
   * Words split as a POSIX shell splits them (quotes and backslashes respected), never run through a shell. Each
   * word is a command-line argument: see `checkArgument`.
   */
  words(name: string): string[] {
    const value = this.optional(name);
    if (value === undefined) return [];
    let words: string[];
    try {
      words = shellSplit(value);
    } catch {
      throw new InputError(name, value, 'arguments separated by spaces, with balanced quotes');
    }
    for (const word of words) checkArgument(name, word);
    return words;
  }

  /** A value that becomes (part of) one command-line argument: the trimmed value, checked by `checkArgument`. */
  argument(name: string): string | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : checkArgument(name, value);
  }
}

// Line breaks and other control characters (tab aside), and the runner's legacy command marker.
// eslint-disable-next-line no-control-regex
const UNSAFE_ARGUMENT = /[\u0000-\u0008\u000a-\u001f\u007f]|##\[/;

/**
 * Refuses a value bound for a command line that holds a line break or another control character, or `##[`: a tool
 * that echoes its arguments (cmake and ctest do, in their errors) would otherwise print a line the runner takes for a
 * workflow command, and no compiler, path, regular expression or cache entry needs them. Returns the value.
 */
export function checkArgument(input: string, value: string): string {
  if (UNSAFE_ARGUMENT.test(value)) throw new InputError(input, value, 'a value without line breaks, control characters or "##["');
  return value;
}

/** The longest path the system takes (PATH_MAX less the NUL; macOS's is 1024) and the longest name of one folder. */
const PATH_MAX = process.platform === 'darwin' ? 1023 : 4095;
const NAME_MAX = 255;

/**
 * Refuses a path input the system cannot hold (a folder name over 255 bytes or a whole path over PATH_MAX, which
 * would end in ENAMETOOLONG deep inside a tool) or one `checkArgument` refuses: one clear line naming the input. Returns
 * `resolved` (the absolute path the value stands for), which is what is measured.
 */
export function checkPath(input: string, value: string, resolved: string): string {
  const long = resolved.split(/[\\/]/).find((part) => Buffer.byteLength(part) > NAME_MAX);
  checkArgument(input, value);
  if (long !== undefined || Buffer.byteLength(resolved) > PATH_MAX) {
    throw new InputError(
      input,
      value.length > 200 ? `${value.slice(0, 100)}…${value.slice(-60)} (${value.length} characters)` : value,
      `a path of at most ${PATH_MAX} bytes whose folder names are at most ${NAME_MAX} bytes each${long !== undefined ? ` (one name here is ${Buffer.byteLength(long)} bytes)` : ''}`,
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

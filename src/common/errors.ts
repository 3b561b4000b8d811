/**
 * A user's mistake (bad input, missing file, unknown preset): reported as one clear line, without a stack.
 * Anything else that escapes an action is a bug and is reported with its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A bad input value: names the input, the value and what is accepted. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
  ) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${accepted}.`);
  }
}

/** A phase of the work failed (a compile error, failing tests): the message says what failed. */
export class StepFailure extends Error {
  override name = 'StepFailure';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

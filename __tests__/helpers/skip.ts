import { expect } from '@jest/globals';

/**
 * For a test that cannot run here: when `reason` is set, warns LOUDLY (`message`, which should name the test and the
 * reason), asserts that a reason was recorded (a skip is never a silent pass) and returns true: the test returns.
 * `if (skipped(reason, `!!! SKIPPING the x test: ${reason}. !!!`)) return;`
 */
export function skipped(reason: string, message: string): boolean {
  if (!reason) return false;
  console.warn(message);
  expect(reason).not.toBe('');
  return true;
}

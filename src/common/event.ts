import { readFileSync } from 'node:fs';
import { errorMessage } from './errors.js';

/** The event payload the runner wrote at GITHUB_EVENT_PATH, or why it could not be read. */
export type EventData = { payload: unknown } | { error: string };

/** Reads the event payload; a missing or broken file is an error value, never an exception. */
export function readEvent(path: string | undefined): EventData {
  if (!path) return { error: 'GITHUB_EVENT_PATH is not set' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { error: `the event file could not be read (${errorMessage(err)})` };
  }
  try {
    return { payload: JSON.parse(text) as unknown };
  } catch {
    return { error: 'the event file is not valid JSON' };
  }
}

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

/**
 * Events whose run builds the repository's own code, started by someone with write access (or by the repository's
 * own schedule): the only events on which a cache may be written by default (`save: auto`) and, for the subset in
 * the GPU gate's OPENABLE_EVENTS, on which a paid runner may be used. Everything else — pull_request*, merge_group
 * (unmerged pull requests), workflow_run and issue_comment (commonly used to build pull-request code: "/ok-to-test"),
 * and any event not listed — may run code a contributor chose, and must not write what later trusted runs restore.
 */
export const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'release', 'create', 'repository_dispatch'] as const;

export function isTrustedEvent(event: string): boolean {
  return (TRUSTED_EVENTS as readonly string[]).includes(event);
}

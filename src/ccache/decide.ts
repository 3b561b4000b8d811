import { TRUSTED_EVENTS, isTrustedEvent } from '../common/event.js';
import { SaveMode } from './inputs.js';
import { NOTHING_COMPILED } from './stats.js';

export type BuildOutcome = 'success' | 'failure' | 'unknown';

export interface SaveContext {
  mode: SaveMode;
  saveOnFailure: boolean;
  /** GITHUB_EVENT_NAME. */
  event: string;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref: string;
  /** The repository's default branch when known (from the event payload). */
  defaultBranch?: string;
  outcome: BuildOutcome;
  /** Compilations that stored a new result (cache misses) in this job; undefined when the statistics are unknown. */
  newResults?: number;
  /** Compilations that were cache hits in this job; undefined when unknown. */
  hits?: number;
  /** The entry restored was the primary key itself: entries are immutable, it cannot be saved again. */
  exactHit: boolean;
}

export interface SaveDecision {
  save: boolean;
  /** Why, in words for the log and the summary. */
  reason: string;
  /** Save under a key of its own: the entry of the primary key exists, but gave no hit (it restored nothing usable). */
  repair?: boolean;
}

function isDefaultBranch(ref: string, defaultBranch: string | undefined): boolean {
  if (defaultBranch) return ref === `refs/heads/${defaultBranch}`;
  return ref === 'refs/heads/main' || ref === 'refs/heads/master';
}

/** Whether the post step saves the cache: the save input, the event, the build's outcome and what is new. */
export function decideSave(c: SaveContext): SaveDecision {
  if (c.mode === 'never') return { save: false, reason: 'save is never' };
  // auto and default-branch save only what the repository's own code built: a pull_request_target, workflow_run or
  // issue_comment run has GITHUB_REF on the default branch while it may build a contributor's code.
  if ((c.mode === 'auto' || c.mode === 'default-branch') && !isTrustedEvent(c.event)) {
    const what = c.event.startsWith('pull_request') ? 'pull requests restore but do not save' : `${c.mode} saves only on events that build the repository's own code (${TRUSTED_EVENTS.join(', ')})`;
    return { save: false, reason: `save is ${c.mode} and the event is ${c.event || 'unknown'}: ${what}` };
  }
  if (c.mode === 'default-branch' && !isDefaultBranch(c.ref, c.defaultBranch)) {
    return { save: false, reason: `save is default-branch and ${c.ref || 'this ref'} is not the default branch${c.defaultBranch ? ` (${c.defaultBranch})` : ''}` };
  }
  if (c.outcome === 'failure' && !c.saveOnFailure) return { save: false, reason: 'the build failed and save-on-failure is false' };
  if (c.newResults === 0) {
    return { save: false, reason: c.hits === 0 ? `${NOTHING_COMPILED}: nothing new to save` : 'every compilation was a cache hit: nothing new to save' };
  }
  if (c.exactHit && c.hits === 0 && c.newResults !== undefined) {
    return { save: true, repair: true, reason: `the entry restored under this run's key gave no cache hit (${c.newResults} new result${c.newResults === 1 ? '' : 's'}): saving a repaired entry` };
  }
  if (c.exactHit) return { save: false, reason: 'the entry restored has this run\'s key already (entries are immutable)' };
  const failed = c.outcome === 'failure' ? ' (the build failed; save-on-failure keeps what it compiled)' : '';
  const what = c.newResults === undefined ? 'statistics unavailable, saving to be safe' : `${c.newResults} new result${c.newResults === 1 ? '' : 's'}`;
  return { save: true, reason: `${what}${failed}` };
}

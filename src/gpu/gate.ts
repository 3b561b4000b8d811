import { InputError } from '../common/errors.js';
import { EventData, TRUSTED_EVENTS } from '../common/event.js';
import { safe } from '../common/format.js';
import { Env, Inputs } from '../common/inputs.js';
import { RunsOn, describeRunsOn, parseRunsOn } from './runner.js';

/**
 * The GPU gate: a pure decision, from the event the runner reports (GITHUB_EVENT_NAME, GITHUB_REF,
 * GITHUB_REPOSITORY and the payload at GITHUB_EVENT_PATH), on whether this run may use the paid GPU runner.
 * Nothing a pull request names (head branch, title, fork's branch names) can open it: every pull_request* event is
 * closed whatever its refs say, and any missing or odd data closes it.
 */

/**
 * The events the gate can open for: started by someone with write access, running the repository's own code. A
 * subset of the trusted events of src/common/event.ts (the events a cache may be saved from): the type below fails
 * to compile if one is added here that is not trusted there.
 */
export const OPENABLE_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const satisfies readonly (typeof TRUSTED_EVENTS)[number][];
export type OpenableEvent = (typeof OPENABLE_EVENTS)[number];
export const DEFAULT_EVENTS: readonly OpenableEvent[] = OPENABLE_EVENTS;

/** Events that run code or workflow files chosen by someone outside the repository, or are triggered by them. */
const UNTRUSTED: Record<string, string> = {
  merge_group: 'a merge queue runs the code of pull requests that have not been merged yet',
  workflow_run: 'a workflow_run is triggered by another workflow, often one started by a pull request from a fork',
  issue_comment: 'anyone who can comment can trigger an issue_comment run',
};

/** GitHub's workflow trigger events (an event outside this list is called unknown in the reason). */
const KNOWN_EVENTS = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status',
  'discussion', 'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group',
  'milestone', 'page_build', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
  'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch', 'schedule', 'status',
  'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run', 'dynamic',
]);

export interface GateSettings {
  /** Where the GPU job runs when the gate is open. */
  runner: RunsOn;
  /** Where it runs when closed; undefined: it is skipped. */
  fallback?: RunsOn;
  /** Branch names or patterns (`*` within a path segment, `**` across); undefined: the default branch. */
  branches?: string[];
  events: readonly OpenableEvent[];
  /** `owner/name` of the canonical repository; undefined: this repository, when it is not a fork. */
  repository?: string;
  /** The CTest label the fallback run excludes. */
  testLabel: string;
  /**
   * Opt-in: the label (e.g. `gpu-ok`) whose application to a pull request, by someone with write access, opens the
   * gate for that pull request's `pull_request_target` `labeled` run, pinned to the head commit at that moment.
   */
  approvalLabel?: string;
  /** The GPU runner runs one job and is gone (EC2 just-in-time runner, CodeBuild, a GitHub-hosted larger runner). */
  ephemeral: boolean;
}

/**
 * What GitHub says now about a labelled pull request, asked only for a `pull_request_target` `labeled` run with the
 * approval label: the labeller's permission on the repository, the pull request's current head commit and labels.
 */
export type ApprovalFacts = { permission: string; headSha: string; labels: string[] } | { error: string };

/** The questions to ask GitHub for the approval rule, or undefined when this run is not a candidate. */
export interface ApprovalQuery {
  user: string;
  pullNumber: number;
}

/** Permissions (the REST API's `permission` field: maintain counts as write, triage as read) that may approve. */
const APPROVERS = ['admin', 'write'];


export interface GateDecision {
  enabled: boolean;
  /** One sentence: why the gate is open or closed. */
  reason: string;
  /** The runner of the GPU job: the GPU runner when open, the fallback (or none: skip the job) when closed. */
  runsOn?: RunsOn;
  /** The CTest label to exclude (the GPU tests) when the job runs without a GPU; empty when open. */
  testLabelExclude: string;
  /** An approved pull request: the commit the GPU job must check out (the head at labelling time), and its number. */
  sha?: string;
  pullRequest?: number;
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// Branch names as git allows them, minus whitespace and control characters; `*` is a wildcard here.
// eslint-disable-next-line no-control-regex
const BRANCH = /^[^\s\u0000-\u001f\u007f~^:?[\\]+$/;

/** Reads and validates the gate's inputs (errors name the input, the value and what is accepted). */
export function parseGateSettings(inputs: Inputs): GateSettings {
  const runner = parseRunsOn('runner', inputs.string('runner', 'aswf-t4'));
  const fallbackText = inputs.optional('fallback-runner');
  const fallback = fallbackText === undefined ? undefined : parseRunsOn('fallback-runner', fallbackText);

  const branchList = inputs.list('branches').map((b) => b.replace(/^(!?)refs\/heads\//, '$1'));
  for (const b of branchList) {
    const name = b.startsWith('!') ? b.slice(1) : b;
    if (!BRANCH.test(name) || name.startsWith('refs/') || name.startsWith('!')) {
      throw new InputError('branches', b, 'branch names or patterns (e.g. main, release/*, !release/old-*), separated by commas or newlines');
    }
  }
  if (branchList.length && branchList.every((b) => b.startsWith('!'))) {
    throw new InputError('branches', branchList.join(', '), 'at least one branch or pattern without "!" (a "!pattern" only removes branches that an earlier pattern allowed)');
  }

  const eventList = inputs.list('events');
  for (const e of eventList) {
    if (!(OPENABLE_EVENTS as readonly string[]).includes(e)) {
      const why = e.startsWith('pull_request') || e in UNTRUSTED ? ` (${e} runs code or workflows a contributor controls, so the gate never opens for it)` : '';
      throw new InputError('events', e, `events from ${OPENABLE_EVENTS.join(', ')}${why}`);
    }
  }

  const repository = inputs.optional('repository');
  if (repository !== undefined && !REPOSITORY.test(repository)) throw new InputError('repository', repository, 'owner/name, e.g. AcademySoftwareFoundation/OpenShadingLanguage');

  const testLabel = inputs.string('test-label', 'gpu');
  if (!/^[A-Za-z0-9._-]+$/.test(testLabel)) throw new InputError('test-label', testLabel, 'a CTest label made of letters, digits, ".", "_" and "-"');

  const approvalLabel = inputs.optional('approval-label');
  if (approvalLabel !== undefined && (approvalLabel.length > 50 || /[\u0000-\u001f\u007f,]/.test(approvalLabel))) {
    throw new InputError('approval-label', approvalLabel, 'the name of a label (at most 50 characters, no commas or control characters), e.g. gpu-ok');
  }

  const settings: GateSettings = {
    runner,
    events: eventList.length ? (eventList as OpenableEvent[]) : DEFAULT_EVENTS,
    testLabel,
    ephemeral: inputs.bool('runner-ephemeral', false),
  };
  if (approvalLabel !== undefined) settings.approvalLabel = approvalLabel;
  if (fallback !== undefined) settings.fallback = fallback;
  if (branchList.length) settings.branches = branchList;
  if (repository !== undefined) settings.repository = repository;
  return settings;
}

/** A branch pattern as workflow `branches:` filters read it: `*` stays within a path segment, `**` crosses them. */
export function branchMatches(pattern: string, branch: string): boolean {
  if (!pattern.includes('*')) return pattern === branch;
  const source = pattern
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`).test(branch);
}

/**
 * Whether a branch is allowed by a list of patterns, read as GitHub reads a workflow's `branches:` filter: the
 * patterns are taken in order, a `!pattern` excludes what it matches, and the last pattern that matches decides
 * (`release/**` then `!release/**-old` excludes the old ones; `!release/x` then `release/**` allows release/x again).
 */
export function branchAllowed(patterns: readonly string[], branch: string): boolean {
  let allowed = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (branchMatches(negated ? p.slice(1) : p, branch)) allowed = !negated;
  }
  return allowed;
}

/** The branches GitHub's merge queue creates: they hold pull requests' code that is not merged yet. */
export const MERGE_QUEUE_PREFIX = 'gh-readonly-queue/';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value from outside, shown in a sentence: quoted, length tamed, and safe to log (see `safe`). */
export function shown(value: string): string {
  return `"${safe(value.length > 120 ? value.slice(0, 117) + '...' : value)}"`;
}

/**
 * Decides whether the GPU runner may be used. Pure: the event name, the payload (or why there is none), the
 * runner's variables and the settings in; the decision out.
 */
export function decideGate(eventName: string | undefined, event: EventData, env: Env, settings: GateSettings, approval?: ApprovalFacts): GateDecision {
  const closed = (reason: string): GateDecision => {
    const decision: GateDecision = { enabled: false, reason, testLabelExclude: settings.testLabel };
    if (settings.fallback !== undefined) decision.runsOn = settings.fallback;
    return decision;
  };
  const name = eventName?.trim() ?? '';

  if (!name) return closed('Closed: GITHUB_EVENT_NAME is not set, so the event cannot be checked.');
  const approvalCandidate = name === 'pull_request_target' && settings.approvalLabel !== undefined;
  if (name.startsWith('pull_request') && !approvalCandidate) {
    return closed(`Closed: ${name} events never get the GPU runner, whatever their branches are named, because a pull request (possibly from a fork) chooses the code that runs.`);
  }
  if (name in UNTRUSTED) return closed(`Closed: ${name} events never get the GPU runner, because ${UNTRUSTED[name]}.`);
  if (!KNOWN_EVENTS.has(name)) return closed(`Closed: ${shown(name)} is not an event the gate knows, and unknown events never get the GPU runner.`);
  if (!approvalCandidate && !(settings.events as readonly string[]).includes(name)) {
    return closed(`Closed: ${name} is not one of the events allowed on the GPU runner (${settings.events.join(', ')}).`);
  }

  if ('error' in event) return closed(`Closed: the event payload is unusable: ${event.error}.`);
  const payload = event.payload;
  if (!isObject(payload)) return closed('Closed: the event payload is not a JSON object.');
  if (!approvalCandidate && (payload.pull_request !== undefined || (env.GITHUB_HEAD_REF ?? '') !== '')) {
    return closed(`Closed: this ${name} run carries pull request data, which never gets the GPU runner.`);
  }
  const repo = payload.repository;
  if (!isObject(repo) || typeof repo.full_name !== 'string' || !repo.full_name) {
    return closed('Closed: the event payload names no repository (repository.full_name).');
  }

  // Which repository is this, and is it the canonical one?
  const here = env.GITHUB_REPOSITORY?.trim() ?? '';
  if (!here) return closed('Closed: GITHUB_REPOSITORY is not set.');
  if (here.toLowerCase() !== repo.full_name.toLowerCase()) {
    return closed(`Closed: GITHUB_REPOSITORY (${shown(here)}) and the event's repository (${shown(repo.full_name)}) differ.`);
  }
  let canonical = settings.repository;
  if (canonical === undefined) {
    if (repo.fork === true) {
      return closed(`Closed: ${safe(here)} is a fork, and forks do not get the GPU runner (set the repository input to the canonical repository to make this explicit).`);
    }
    if (repo.fork !== false) return closed('Closed: the event payload does not say whether the repository is a fork (repository.fork).');
    canonical = here;
  }
  if (here.toLowerCase() !== canonical.toLowerCase()) {
    return closed(`Closed: this run is in ${safe(here)}${repo.fork === true ? ' (a fork)' : ''}, not in the canonical repository ${canonical}.`);
  }

  if (approvalCandidate) return decideApproval(payload, repo, settings, approval, closed);

  // Which ref, and is it an allowed branch?
  const envRef = env.GITHUB_REF?.trim() ?? '';
  const payloadRef = typeof payload.ref === 'string' ? payload.ref : undefined;
  if (envRef && payloadRef !== undefined && payloadRef !== envRef) {
    return closed(`Closed: GITHUB_REF (${shown(envRef)}) and the event's ref (${shown(payloadRef)}) differ.`);
  }
  const ref = envRef || payloadRef || '';
  if (!ref) return closed('Closed: GITHUB_REF is not set and the event names no ref.');
  if (!ref.startsWith('refs/heads/')) {
    const kind = ref.startsWith('refs/tags/') ? 'a tag' : ref.startsWith('refs/pull/') ? 'a pull request ref' : 'not a branch';
    return closed(`Closed: the ref ${shown(ref)} is ${kind}; only branches get the GPU runner.`);
  }
  const branch = ref.slice('refs/heads/'.length);
  if (branch.startsWith(MERGE_QUEUE_PREFIX)) {
    return closed(`Closed: the branch ${shown(branch)} is a merge queue branch, which holds pull requests that are not merged yet; it never gets the GPU runner, whatever the branches input says.`);
  }
  let allowed = settings.branches;
  if (allowed === undefined) {
    if (typeof repo.default_branch !== 'string' || !repo.default_branch) {
      return closed('Closed: the event payload does not name the default branch (repository.default_branch), and no branches were given.');
    }
    allowed = [repo.default_branch];
  }
  if (!branchAllowed(allowed, branch)) {
    return closed(`Closed: the branch ${shown(branch)} is not one allowed on the GPU runner (${safe(allowed.join(', '))}).`);
  }

  if (name === 'push') {
    if (payload.deleted === true) return closed(`Closed: this push deletes the branch ${shown(branch)}.`);
    if (payload.deleted !== false) return closed('Closed: the push event does not say whether it deletes the ref (deleted).');
  }

  return {
    enabled: true,
    reason: `Open: ${name} on the branch ${shown(branch)} of ${safe(here)}; the GPU job runs on ${describeRunsOn(settings.runner)}.`,
    runsOn: settings.runner,
    testLabelExclude: '',
  };
}

/**
 * The questions the approval rule needs answered by GitHub, or undefined when this run is not one it can open (so
 * nothing is asked): a `pull_request_target` `labeled` event for the approval label.
 */
export function approvalQuery(eventName: string | undefined, event: EventData, settings: GateSettings): ApprovalQuery | undefined {
  if (eventName !== 'pull_request_target' || settings.approvalLabel === undefined || 'error' in event) return undefined;
  const p = event.payload;
  if (!isObject(p) || p.action !== 'labeled' || !isObject(p.label) || p.label.name !== settings.approvalLabel) return undefined;
  const user = isObject(p.sender) ? p.sender.login : undefined;
  const pr = p.pull_request;
  if (typeof user !== 'string' || !user || !isObject(pr) || typeof pr.number !== 'number') return undefined;
  return { user, pullNumber: pr.number };
}

/**
 * The approval rule for `pull_request_target` (opt-in with approval-label). It opens only for the `labeled` event
 * of the approval label, applied by someone with write access (triage may label but not approve), to a pull request
 * into an allowed branch, whose head is still the commit it had when it was labelled and which still carries the
 * label; and only when the GPU runner is ephemeral. The GPU job must check out the `sha` output, never the branch:
 * a later push is not approved (its `synchronize` run stays closed until a maintainer labels again).
 */
function decideApproval(
  payload: Record<string, unknown>,
  repo: Record<string, unknown>,
  settings: GateSettings,
  facts: ApprovalFacts | undefined,
  closed: (reason: string) => GateDecision,
): GateDecision {
  const label = settings.approvalLabel!;
  const action = typeof payload.action === 'string' ? payload.action : '';
  if (action !== 'labeled') {
    const why = action === 'synchronize' ? 'a push to a pull request is not approved; a maintainer labels it again to approve the new commit' : `only the labelled event of "${safe(label)}" opens it`;
    return closed(`Closed: pull_request_target ${shown(action)} events never get the GPU runner: ${why}.`);
  }
  const applied = isObject(payload.label) && typeof payload.label.name === 'string' ? payload.label.name : '';
  if (applied !== label) return closed(`Closed: the label ${shown(applied)} is not the approval label "${safe(label)}".`);
  const pr = payload.pull_request;
  if (!isObject(pr) || typeof pr.number !== 'number') return closed('Closed: the event payload holds no pull request.');
  const head = isObject(pr.head) && typeof pr.head.sha === 'string' && /^[0-9a-f]{40}$/.test(pr.head.sha) ? pr.head.sha : undefined;
  const base = isObject(pr.base) && typeof pr.base.ref === 'string' ? pr.base.ref : undefined;
  if (!head || !base) return closed('Closed: the event payload does not name the pull request\'s head commit and base branch.');
  const allowed = settings.branches ?? (typeof repo.default_branch === 'string' && repo.default_branch ? [repo.default_branch] : undefined);
  if (!allowed) return closed('Closed: the event payload does not name the default branch (repository.default_branch), and no branches were given.');
  if (base.startsWith(MERGE_QUEUE_PREFIX) || !branchAllowed(allowed, base)) {
    return closed(`Closed: pull request #${pr.number} is into ${shown(base)}, not a branch allowed on the GPU runner (${safe(allowed.join(', '))}).`);
  }
  if (!settings.ephemeral) {
    return closed('Closed: approved pull requests run only on ephemeral runners (mode: start, or runner-ephemeral: true for a runner that runs one job and is gone), so that their code cannot outlive the job.');
  }
  const sender = isObject(payload.sender) && typeof payload.sender.login === 'string' ? payload.sender.login : '';
  if (facts === undefined) return closed('Closed: the labeller\'s permission and the pull request\'s current state were not checked.');
  if ('error' in facts) return closed(`Closed: checking the approval with GitHub failed: ${safe(facts.error)}.`);
  if (!APPROVERS.includes(facts.permission)) {
    return closed(`Closed: the label was applied by ${shown(sender)}, whose permission (${safe(facts.permission)}) is not write or admin.`);
  }
  if (facts.headSha !== head) {
    return closed(`Closed: pull request #${pr.number} was pushed to after it was labelled (head ${facts.headSha.slice(0, 12)}, labelled at ${head.slice(0, 12)}); label it again to approve the new commit.`);
  }
  if (!facts.labels.includes(label)) return closed(`Closed: the label "${safe(label)}" was removed from pull request #${pr.number}.`);
  return {
    enabled: true,
    reason: `Open: pull request #${pr.number} approved by ${shown(sender)} (${facts.permission}) with the label "${safe(label)}" at commit ${head.slice(0, 12)}; the GPU job runs that commit on ${describeRunsOn(settings.runner)}.`,
    runsOn: settings.runner,
    testLabelExclude: '',
    sha: head,
    pullRequest: pr.number,
  };
}

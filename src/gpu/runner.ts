import { InputError } from '../common/errors.js';

/** What `runs-on:` accepts: one label, a list of labels (all must match), or a runner group with optional labels. */
export type RunsOn = string | string[] | { group?: string; labels?: string | string[] };

/** Named runners: ASWF's paid GPU larger runner, and the usual labels of a self-hosted GPU machine. */
export const RUNNER_PRESETS: Readonly<Record<string, RunsOn>> = {
  'aswf-t4': 'ubuntu-20.04-gpu-t4-4c-16g-176h',
  'self-hosted': ['self-hosted', 'linux', 'x64', 'gpu'],
};

const ACCEPTED =
  `a runner label, a JSON list of labels, a JSON object {"group": ..., "labels": [...]}, or a preset (${Object.keys(RUNNER_PRESETS).join(', ')})`;

/** A label: printable, without spaces, quotes, brackets, commas or `$`, at most 256 characters. */
function validLabel(label: unknown): label is string {
  // eslint-disable-next-line no-control-regex
  return typeof label === 'string' && label.length <= 256 && /^[^\s"'`$\\{}[\],\u0000-\u001f\u007f]+$/.test(label);
}

/** A runner group name: like a label, but spaces inside are allowed. */
function validGroup(group: unknown): group is string {
  return typeof group === 'string' && group === group.trim() && group.split(' ').every(validLabel);
}

/**
 * Parses a `runner` / `fallback-runner` input into the value of `runs-on:`. A value starting with `[` or `{` is
 * JSON; a preset name is expanded; anything else is one label.
 */
export function parseRunsOn(input: string, value: string): RunsOn {
  const text = value.trim();
  const preset = RUNNER_PRESETS[text];
  if (preset !== undefined) return preset;
  if (text.startsWith('[') || text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InputError(input, value, `${ACCEPTED} (it starts like JSON but is not valid JSON)`);
    }
    if (Array.isArray(parsed)) {
      if (parsed.length === 0 || !parsed.every(validLabel)) throw new InputError(input, value, `${ACCEPTED}; a list needs one or more labels`);
      return parsed;
    }
    if (parsed && typeof parsed === 'object') {
      const { group, labels, ...rest } = parsed as Record<string, unknown>;
      const okGroup = group === undefined || validGroup(group);
      const okLabels = labels === undefined || validLabel(labels) || (Array.isArray(labels) && labels.length > 0 && labels.every(validLabel));
      if (Object.keys(rest).length > 0 || !okGroup || !okLabels || (group === undefined && labels === undefined)) {
        throw new InputError(input, value, `${ACCEPTED}; an object may hold only "group" (a name) and "labels" (a label or a list)`);
      }
      const result: { group?: string; labels?: string | string[] } = {};
      if (group !== undefined) result.group = group as string;
      if (labels !== undefined) result.labels = labels as string | string[];
      return result;
    }
    throw new InputError(input, value, ACCEPTED);
  }
  if (!validLabel(text)) throw new InputError(input, value, ACCEPTED);
  return text;
}

/** The `runs-on` output: JSON, read back by `fromJSON(...)` in the workflow. */
export function runsOnJson(runsOn: RunsOn): string {
  return JSON.stringify(runsOn);
}

/** The runner for a log line or the summary. */
export function describeRunsOn(runsOn: RunsOn): string {
  if (typeof runsOn === 'string') return runsOn;
  if (Array.isArray(runsOn)) return `[${runsOn.join(', ')}]`;
  const parts: string[] = [];
  if (runsOn.group) parts.push(`group ${runsOn.group}`);
  if (runsOn.labels) parts.push(`labels ${typeof runsOn.labels === 'string' ? runsOn.labels : `[${runsOn.labels.join(', ')}]`}`);
  return parts.join(', ');
}

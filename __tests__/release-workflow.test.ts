import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

// The repository's own release workflow: nothing of the npm dependency tree runs where the job can write or sign, no
// checkout leaves credentials on disk, and the token reaches only the step that pushes.
type WorkflowStep = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { permissions?: Record<string, string>; steps: WorkflowStep[] };
const file = fileURLToPath(new URL('../.github/workflows/release.yml', import.meta.url));
const workflow = parse(readFileSync(file, 'utf8')) as { permissions?: Record<string, string>; jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const label = (job: string, step: WorkflowStep) => `${job}: ${step.name ?? step.uses ?? step.run?.split('\n')[0]}`;

describe('release workflow', () => {
  it('every checkout keeps no credentials (persist-credentials: false)', () => {
    const checkouts = jobs.flatMap(([name, job]) => job.steps.filter((s) => s.uses?.startsWith('actions/checkout@')).map((s) => [label(name, s), s.with?.['persist-credentials']]));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const [, persist] of checkouts) expect(persist).toBe(false);
  });

  it('no job that can write or mint an OIDC token runs npm or npx', () => {
    const privileged = jobs.filter(([, job]) => Object.entries({ ...workflow.permissions, ...job.permissions }).some(([k, v]) => v === 'write' && ['contents', 'id-token', 'packages', 'actions'].includes(k)));
    expect(privileged.length).toBeGreaterThan(0);
    const npm = privileged.flatMap(([name, job]) => job.steps.filter((s) => /\bnp[mx]\b|setup-node/.test(`${s.run ?? ''} ${s.uses ?? ''}`)).map((s) => label(name, s)));
    expect(npm).toEqual([]);
  });

  it('the dist check runs before the release, with read-only permissions', () => {
    const build = jobs.filter(([, job]) => job.steps.some((s) => /npm run build/.test(s.run ?? '')));
    expect(build).toHaveLength(1);
    expect(build[0]![1].permissions).toEqual({ contents: 'read' });
    const release = jobs.find(([, job]) => job.steps.some((s) => s.uses === './release'));
    expect((release?.[1] as { needs?: string }).needs).toBe(build[0]![0]);
  });

  it('the token is passed only to the step that pushes', () => {
    const withToken = jobs.flatMap(([name, job]) => job.steps.filter((s) => /github\.token|secrets\./.test(JSON.stringify(s))).map((s) => [label(name, s), /git\b.*\bpush\b/.test(s.run ?? '')]));
    expect(withToken).toEqual([['release: Move the major tag', true]]);
  });
});

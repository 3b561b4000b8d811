import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

// The workflows of this repository and the YAML examples of the README use only inputs and outputs the actions have.
const repo = fileURLToPath(new URL('..', import.meta.url));
type Meta = { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> };
type Step = { id?: string; uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

const meta = (name: string): Meta => parse(readFileSync(join(repo, name === '.' ? '' : name, 'action.yml'), 'utf8')) as Meta;

/** The action folder a `uses:` names in this repository (`./cmake`, `aswf/ci-actions/cmake@v1`, `aswf/ci-actions@v1`). */
function ours(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const local = /^\.\/([a-z-]+)$/.exec(uses);
  if (local) return local[1];
  const remote = /^aswf\/ci-actions(?:\/([a-z-]+))?@/.exec(uses);
  return remote ? (remote[1] ?? '.') : undefined;
}

function check(label: string, text: string): string[] {
  const problems: string[] = [];
  const doc = parse(text) as Workflow | { steps?: Step[] } | Step[];
  const jobs: { steps?: Step[] }[] = Array.isArray(doc) ? [{ steps: doc }] : 'jobs' in doc && doc.jobs ? Object.values(doc.jobs) : [doc as { steps?: Step[] }];
  for (const job of jobs) {
    const ids: Record<string, string> = {};
    for (const step of job.steps ?? []) {
      const action = ours(step.uses);
      if (!action) continue;
      if (step.id) ids[step.id] = action;
      const inputs = Object.keys(meta(action).inputs ?? {});
      for (const key of Object.keys(step.with ?? {})) if (!inputs.includes(key)) problems.push(`${label}: ${step.uses} has no input '${key}'`);
    }
    for (const m of JSON.stringify(job).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const action = ids[m[1]!];
      if (action && !Object.keys(meta(action).outputs ?? {}).includes(m[2]!)) problems.push(`${label}: ${action} has no output '${m[2]}'`);
    }
  }
  return problems;
}

describe('workflows and README examples use real inputs and outputs', () => {
  const dir = join(repo, '.github', 'workflows');
  it.each(readdirSync(dir).map((f) => [f]))('.github/workflows/%s', (file) => {
    expect(check(file, readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });

  it('README.md YAML blocks', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(3);
    const problems: string[] = [];
    blocks.forEach((block, i) => {
      // A snippet is a whole workflow, a job's body (`steps:`), a list of steps, or a map of jobs.
      const doc = parse(dedent(block)) as object;
      const wrapped = Array.isArray(doc) || 'jobs' in doc || 'steps' in doc ? doc : { jobs: doc };
      problems.push(...check(`README block ${i + 1}`, JSON.stringify(wrapped)));
    });
    expect(problems).toEqual([]);
  });
});

function dedent(text: string): string {
  const indents = text.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const min = Math.min(...indents);
  return text.split('\n').map((l) => l.slice(min)).join('\n');
}

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';

// docs/gpu.md's workflow snippets use only the gpu action's real inputs and outputs, and no static AWS keys.
const repo = fileURLToPath(new URL('../..', import.meta.url));
const meta = parse(readFileSync(join(repo, 'gpu', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const text = readFileSync(join(repo, 'docs', 'gpu.md'), 'utf8');
const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

function gpuSteps(node: unknown, found: { with?: Record<string, unknown>; id?: string }[] = []) {
  if (Array.isArray(node)) node.forEach((n) => gpuSteps(n, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.uses === 'string' && /^aswf\/ci-actions\/gpu@/.test(o.uses)) found.push(o);
    Object.values(o).forEach((v) => gpuSteps(v, found));
  }
  return found;
}

describe('docs/gpu.md', () => {
  it('has the three-job, reaper, CodeBuild and approval workflows', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const mode of ['start', 'stop', 'reap', 'detect']) expect(text).toContain(`mode: ${mode}`);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('YAML block %i uses real inputs and outputs only', (_i, block) => {
    const lines = block.split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const doc = parse(lines.map((l) => l.slice(indent)).join('\n'));
    for (const step of gpuSteps(doc)) for (const key of Object.keys(step.with ?? {})) expect(Object.keys(meta.inputs)).toContain(key);
    for (const m of block.matchAll(/steps\.gpu\.outputs\.([a-z-]+)/g)) expect(Object.keys(meta.outputs)).toContain(m[1]);
    expect(block).not.toMatch(/aws-access-key-id|aws-secret-access-key|AKIA[0-9A-Z]{16}/i);
  });
});

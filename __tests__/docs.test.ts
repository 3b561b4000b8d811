import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
// @ts-expect-error plain ESM scripts without type declarations
import { renderReadme } from '../scripts/docs.mjs';
// @ts-expect-error plain ESM scripts without type declarations
import { buildActionYaml, PARTS, SHARED } from '../scripts/build-action.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${repo}${path}`, 'utf8');
type Meta = { inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { description: string }> };

describe('generated files are up to date', () => {
  it('README.md input/output tables match the action.yml files (run node scripts/docs.mjs)', () => {
    const readme = read('README.md');
    expect(renderReadme(readme)).toBe(readme);
  });

  it('README.md documents every action, and holds no placeholder', () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/PERFORMANCE_TABLE|TODO|TBD/);
    for (const name of ['build', 'cmake', 'ccache', 'container', 'deps', 'plan', 'gpu', 'release']) {
      expect(readme).toContain(`<!-- action-docs:${name} -->`);
    }
  });

  it('build/action.yml and action.yml are generated from container, ccache, deps and cmake (run node scripts/build-action.mjs)', () => {
    expect(read('build/action.yml')).toBe(buildActionYaml('../dist/'));
    expect(read('action.yml')).toBe(buildActionYaml('dist/'));
  });

  it('the build action has each part’s inputs and outputs with the same names and meanings, and no clash', () => {
    const build = parse(read('build/action.yml')) as Meta;
    const seen = new Set<string>();
    // Inputs a part shares with a later part (deps' build-type... are cmake's): declared by both, taken from the later.
    const shared = SHARED as Record<string, Record<string, string[]>>;
    for (const part of PARTS as string[]) {
      const meta = parse(read(`${part}/action.yml`)) as Meta;
      const sharedHere = Object.values(shared[part] ?? {}).flat();
      for (const [name, spec] of Object.entries(meta.inputs)) {
        if (sharedHere.includes(name)) continue;
        expect(seen.has(name)).toBe(false);
        seen.add(name);
        expect(build.inputs[name]).toEqual(spec);
      }
      for (const [name, spec] of Object.entries(meta.outputs)) expect(build.outputs[name]).toEqual(spec);
    }
    expect(Object.keys(build.inputs).sort()).toEqual([...seen, 'ccache'].sort());
  });
});

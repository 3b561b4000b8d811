import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const repo = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

function filesUnder(dir: string): string[] {
  return files(dir).sort();
}

describe('dist/', () => {
  it('is exactly what the sources build to (run `npm run build` and commit dist/)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'aswf-dist-')), 'dist');
    execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs'), '--out', out], { cwd: repo, stdio: 'pipe' });
    const committed = join(repo, 'dist');
    expect(filesUnder(committed)).toEqual(filesUnder(out));
    const stale = filesUnder(out).filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(committed, f))));
    expect(stale).toEqual([]);
  }, 180_000);
});

describe('action.yml files', () => {
  const actionFiles = [join(repo, 'action.yml'), ...readdirSync(repo).map((d) => join(repo, d, 'action.yml')).filter(existsSync)];

  it('exist for the root and each action folder', () => {
    const names = actionFiles.map((f) => relative(repo, f));
    expect(names).toEqual(expect.arrayContaining(['action.yml', 'cmake/action.yml']));
  });

  it.each(actionFiles.map((f) => [relative(repo, f), f]))('%s runs on node24 and its main/post files exist', (_name, file) => {
    const meta = parse(readFileSync(file, 'utf8')) as { runs: { using: string; main: string; post?: string }; inputs?: Record<string, { description?: string }> };
    expect(meta.runs.using).toBe('node24');
    const dir = join(file, '..');
    expect(existsSync(join(dir, meta.runs.main))).toBe(true);
    if (meta.runs.post) expect(existsSync(join(dir, meta.runs.post))).toBe(true);
    for (const [name, input] of Object.entries(meta.inputs ?? {})) expect([name, typeof input.description]).toEqual([name, 'string']);
  });
});

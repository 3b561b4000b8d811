// The reusable cache transfers (src/ccache/cache.ts) that any cache of the repository uses with a CacheBackend:
// the local backend for real, and a backend that reports progress for the stall limit.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CacheBackend } from '../../src/ccache/backend.js';
import { createBackend, restoreEntry, saveEntry } from '../../src/ccache/cache.js';
import { GithubBackend } from '../../src/ccache/github.js';
import { LocalBackend } from '../../src/ccache/local.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'aswf-cache-api-'));

function reporter() {
  const lines: string[] = [];
  return { lines, info: (m: string) => void lines.push(`info ${m}`), warning: (m: string) => void lines.push(`warning ${m}`) };
}

describe('createBackend', () => {
  it('gives the github or the local backend, or none', () => {
    expect(createBackend({ name: 'github' })).toBeInstanceOf(GithubBackend);
    expect(createBackend({ name: 'local', localDir: tmp() })).toBeInstanceOf(LocalBackend);
    expect(createBackend({ name: 'local' })).toBeUndefined();
    expect(createBackend({ name: undefined })).toBeUndefined();
  });
});

describe('restoreEntry and saveEntry with the local backend', () => {
  it('a save, then a hit; a miss; an entry that restores no file is a miss with a warning', async () => {
    const backend = createBackend({ name: 'local', localDir: tmp() })!;
    const src = tmp();
    writeFileSync(join(src, 'object'), 'compiled');
    const r = reporter();
    const saved = await saveEntry(backend, src, 'deps-v1-a-1', 'the deps cache', { stallMs: 1000, timeoutMs: 10_000 }, r);
    expect(saved).toMatchObject({ status: 'saved' });
    expect(saved.ms).toBeGreaterThanOrEqual(0);

    const into = join(tmp(), 'restore');
    const hit = await restoreEntry(backend, { dir: into, primary: 'deps-v1-a-2', restoreKeys: ['deps-v1-a-'], what: 'the deps cache' }, { stallMs: 1000, timeoutMs: 10_000 }, r, 'going on');
    expect(hit).toMatchObject({ status: 'hit', key: 'deps-v1-a-1' });
    expect(readFileSync(join(into, 'object'), 'utf8')).toBe('compiled');

    const miss = await restoreEntry(backend, { dir: join(tmp(), 'x'), primary: 'deps-v1-b-1', restoreKeys: ['deps-v1-b-'], what: 'the deps cache' }, { stallMs: 0, timeoutMs: 0 }, r, 'going on');
    expect(miss).toMatchObject({ status: 'miss' });


    // A backend that says it restored an entry whose files went elsewhere (an archive with other relative paths).
    const elsewhere: CacheBackend = { name: 'github', where: 'a test service', restore: async () => 'deps-v1-c-1', save: async () => ({ status: 'saved' }) };
    const stray = await restoreEntry(elsewhere, { dir: join(tmp(), 'y'), primary: 'deps-v1-c-2', restoreKeys: ['deps-v1-c-'], what: 'the deps cache' }, { stallMs: 0, timeoutMs: 0 }, r, 'going on');
    expect(stray).toMatchObject({ status: 'miss', empty: 'deps-v1-c-1' });
    expect(r.lines).toContainEqual(expect.stringMatching(/^warning The entry deps-v1-c-1 of the deps cache restored no file into .*: counted as a miss/));
  });
});

describe('limits', () => {
  /** A backend whose transfers never end; `moving` says whether it reports progress meanwhile. */
  const stuck = (moving: boolean): CacheBackend => {
    let n = 0;
    return {
      name: 'github',
      where: 'a test service',
      restore: () => new Promise<never>(() => undefined),
      save: () => new Promise<never>(() => undefined),
      progress: () => (moving ? ++n : 0),
    };
  };

  it('a transfer in which nothing moves is given up on after the stall limit, with a warning that says so', async () => {
    const r = reporter();
    const t0 = Date.now();
    const result = await restoreEntry(stuck(false), { dir: join(tmp(), 'z'), primary: 'k-1', restoreKeys: [], what: 'the deps cache' }, { stallMs: 300, timeoutMs: 5000 }, r, 'The build goes on without it');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(result).toMatchObject({ status: 'failed', timedOut: true });
    expect(r.lines).toContainEqual(expect.stringMatching(/^warning Restoring the deps cache from a test service stalled: nothing moved for 0\.\d s \(the stall limit is 0\.3 s\).*\. The build goes on without it\.$/));
  });

  it('a transfer that keeps moving is bounded by its cap', async () => {
    const r = reporter();
    const result = await saveEntry(stuck(true), tmp(), 'k-1', 'the deps cache', { stallMs: 200, timeoutMs: 700 }, r);
    expect(result).toMatchObject({ status: 'failed', timedOut: true, message: expect.stringMatching(/^Saving the deps cache to a test service took longer than 0\.7 s \(the limit\)/) });
  });
});

import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CacheBackend, SaveOutcome } from './backend.js';

const SUFFIX = '.tgz';
/** Temporary files of saves in progress (or killed): never listed as entries, removed when stale. */
const TEMP_PREFIX = '.partial-';
const STALE_MS = 60 * 60 * 1000;

export interface LocalEntry {
  key: string;
  file: string;
  bytes: number;
  mtimeMs: number;
}

/**
 * Entries as compressed tar archives `<key>.tgz` in one folder (a persistent disk of a self-hosted runner, or a
 * developer's machine). The same semantics as GitHub's service: the exact key, else the newest entry whose key starts
 * with the first restore prefix that matches any. A save writes a temporary file and renames it into place, so a
 * half-written entry is never restored (nor one whose save was aborted: a timeout); after a save the oldest entries
 * beyond `budgetBytes` are deleted.
 */
export class LocalBackend implements CacheBackend {
  readonly name = 'local' as const;
  readonly where: string;

  constructor(
    readonly dir: string,
    readonly budgetBytes: number,
  ) {
    this.where = `the folder ${dir}`;
  }

  /** The complete entries, newest first. */
  entries(): LocalEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const out: LocalEntry[] = [];
    for (const name of names) {
      if (!name.endsWith(SUFFIX) || name.startsWith('.')) continue;
      try {
        const st = statSync(join(this.dir, name));
        if (st.isFile()) out.push({ key: name.slice(0, -SUFFIX.length), file: join(this.dir, name), bytes: st.size, mtimeMs: st.mtimeMs });
      } catch {
        // removed meanwhile
      }
    }
    return out.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  }

  /** The entry a restore takes: the primary key, else the newest match of the first prefix that has one. */
  find(primary: string, restoreKeys: string[]): LocalEntry | undefined {
    const all = this.entries();
    const exact = all.find((e) => e.key === primary);
    if (exact) return exact;
    for (const prefix of restoreKeys) {
      const match = all.find((e) => e.key.startsWith(prefix));
      if (match) return match;
    }
    return undefined;
  }

  async restore(dir: string, primary: string, restoreKeys: string[], signal?: AbortSignal): Promise<string | undefined> {
    const entry = this.find(primary, restoreKeys);
    if (!entry) return undefined;
    const tar = await import('tar');
    mkdirSync(dir, { recursive: true });
    await tar.x({ file: entry.file, cwd: dir, strict: true });
    signal?.throwIfAborted();
    return entry.key;
  }

  async save(dir: string, key: string, signal?: AbortSignal): Promise<SaveOutcome> {
    const file = join(this.dir, key + SUFFIX);
    try {
      statSync(file);
      return { status: 'refused', message: `an entry with the key ${key} exists already in ${this.dir} (entries are immutable)` };
    } catch {
      // the key is free
    }
    mkdirSync(this.dir, { recursive: true });
    this.removeStale();
    const temp = join(this.dir, `${TEMP_PREFIX}${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
    const tar = await import('tar');
    try {
      // ccache's files are compressed already: gzip's fastest level keeps the archive one file at little cost.
      await tar.c({ file: temp, cwd: dir, gzip: { level: 1 }, portable: true }, readdirSync(dir));
      // Given up on (a timeout): the caller may have moved files out of dir meanwhile, so the archive may lack some;
      // it is never published as an entry.
      signal?.throwIfAborted();
      renameSync(temp, file);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    const bytes = statSync(file).size;
    this.prune(key);
    return { status: 'saved', bytes };
  }

  /** Deletes the oldest entries beyond the budget (never `keep`, the entry just saved); returns the keys deleted. */
  prune(keep?: string): string[] {
    let total = 0;
    const removed: string[] = [];
    for (const entry of this.entries()) {
      total += entry.bytes;
      if (total > this.budgetBytes && entry.key !== keep) {
        rmSync(entry.file, { force: true });
        removed.push(entry.key);
        total -= entry.bytes;
      }
    }
    return removed;
  }

  private removeStale(): void {
    for (const name of readdirSync(this.dir)) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      try {
        if (Date.now() - statSync(join(this.dir, name)).mtimeMs > STALE_MS) rmSync(join(this.dir, name), { force: true });
      } catch {
        // another job's save finished or removed it
      }
    }
  }
}

import { cpSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder cache entries are restored into and saved from: a sibling of the ccache folder, so on the same
 * filesystem (moves are renames). Its path is stable, because GitHub's cache service ties an entry to the paths it
 * was saved with. A restore that timed out may go on writing here in the background; the live ccache folder never
 * sees it.
 */
export function entryDir(ccacheDir: string): string {
  return `${ccacheDir}.entry`;
}

/**
 * Moves everything in `from` (if it exists) into `to` (folders merged, files replaced), then removes `from` unless `keepFrom`.
 * `to` itself is kept (never replaced), so a bind mount of it into a container stays valid. Renames; copies (keeping
 * timestamps) only across filesystems.
 */
export function moveContents(from: string, to: string, keepFrom = false): void {
  mkdirSync(to, { recursive: true });
  if (!lstatSync(from, { throwIfNoEntry: false })?.isDirectory()) return; // nothing to move
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dest = join(to, name);
    const existing = lstatSync(dest, { throwIfNoEntry: false });
    if (existing?.isDirectory() && lstatSync(src).isDirectory()) {
      moveContents(src, dest);
      continue;
    }
    if (existing) rmSync(dest, { recursive: true, force: true });
    try {
      renameSync(src, dest);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      cpSync(src, dest, { recursive: true, preserveTimestamps: true });
      rmSync(src, { recursive: true, force: true });
    }
  }
  if (!keepFrom) rmSync(from, { recursive: true, force: true });
}

/** The first file or folder in `dir` (itself included) not owned by `uid`, or undefined (also when dir does not exist). */
export function foreignOwned(dir: string, uid: number): string | undefined {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.uid !== uid) return dir;
  if (!st.isDirectory()) return undefined;
  for (const name of readdirSync(dir)) {
    const found = foreignOwned(join(dir, name), uid);
    if (found) return found;
  }
  return undefined;
}

/** Files, folders and bytes under `dir` as one number (0 when it does not exist): how far an extraction got. */
export function treeSize(dir: string): number {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.size + 1;
  let n = 1;
  try {
    for (const name of readdirSync(dir)) n += treeSize(join(dir, name));
  } catch {
    // unreadable: counts as it is
  }
  return n;
}

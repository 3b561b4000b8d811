import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, UserError } from '../common/errors.js';
import { safe } from '../common/format.js';
import { isInside } from '../common/paths.js';

/** GitHub refuses an asset of 2 GiB or more. */
export const MAX_ASSET_SIZE = 2 * 1024 * 1024 * 1024;
/** GitHub keeps at most 1000 assets per release. */
export const MAX_ASSETS = 1000;
/** Names GitHub keeps as they are; anything else it silently renames. */
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

/** A file to publish under `name`. */
export interface LocalAsset {
  name: string;
  path: string;
  size: number;
}

/** A published asset: what the `assets` output lists. */
export interface AssetRecord {
  name: string;
  size: number;
  sha256: string;
  url: string;
}

/** Why GitHub would rename an asset called `name`, or undefined when it keeps it. */
export function nameProblem(name: string): string | undefined {
  if (!SAFE_NAME.test(name)) return 'GitHub renames asset names with characters outside [A-Za-z0-9._-]';
  if (name.startsWith('.') || name.endsWith('.')) return 'GitHub renames asset names that start or end with a dot';
  return undefined;
}

/** Checks the rules GitHub enforces (or silently works around) before any request is made. */
export function validateAssets(assets: readonly LocalAsset[]): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const asset of assets) {
    const problem = nameProblem(asset.name);
    if (problem) problems.push(`${safe(asset.path)}: the asset name "${safe(asset.name)}" is not allowed (${problem}).`);
    if (asset.size >= MAX_ASSET_SIZE) {
      problems.push(`${safe(asset.path)}: ${asset.size} bytes is too large (GitHub accepts release assets under 2 GiB, ${MAX_ASSET_SIZE} bytes).`);
    }
    const other = seen.get(asset.name);
    if (other !== undefined) problems.push(`${safe(asset.path)}: the asset name ${safe(asset.name)} is also the name of ${safe(other)} (asset names must be unique).`);
    seen.set(asset.name, asset.path);
  }
  if (assets.length > MAX_ASSETS) {
    problems.push(`${assets.length} assets (with checksums and signatures) is too many: GitHub keeps at most ${MAX_ASSETS} per release.`);
  }
  if (problems.length) throw new UserError(problems.join('\n'));
}

/** The real path of `path` (symlinks resolved), or undefined when it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}


/**
 * The real path of `path` (every symlink resolved), checked to lie inside one of `roots` (the workspace and
 * RUNNER_TEMP, themselves resolved): a release publishes what the job made, never `.git/config` (which holds the
 * checkout's token: anything in a `.git` folder is refused too), `~/.ssh` or `/etc` through an absolute path, `../` or
 * a committed symlink. A path that does not
 * exist is returned as it is (the caller reports it). Throws an error naming the input, the pattern and the file.
 */
export function confinedPath(input: string, pattern: string, path: string, roots: ReadonlyArray<string | undefined>): string {
  const real = realPath(path);
  if (real === undefined) return path;
  const allowed = roots.filter((r): r is string => !!r).map((r) => realPath(r) ?? resolve(r));
  const via = real !== resolve(path) ? ` (real path ${safe(real)}, through a symbolic link)` : '';
  const root = allowed.find((r) => isInside(r, real));
  if (root !== undefined) {
    // Inside, but in a .git folder: .git/config holds the token actions/checkout persists.
    if (!relative(root, real).split(sep).includes('.git')) return real;
    throw new UserError(
      `Input '${input}': the pattern "${safe(pattern)}" matches ${safe(path)}${via}, which is inside a .git folder ` +
        "(.git/config holds the checkout's token): release files never come from there.",
    );
  }
  throw new UserError(
    `Input '${input}': the pattern "${safe(pattern)}" matches ${safe(path)}${via}, which is outside the workspace and RUNNER_TEMP ` +
      `(${allowed.map(safe).join(', ')}): release files come only from there, and a symbolic link is followed only when its target stays inside.`,
  );
}

/**
 * Expands the `files` patterns (tinyglobby, relative to `cwd`); a pattern that matches nothing is an error unless
 * `allowMissing`. Every match must lie, by its real path, inside `roots` (see {@link confinedPath}). Returns each
 * file once, in the order found: its real path (what is read) and the name it was matched by (the asset's name).
 */
export async function expandFiles(
  patterns: readonly string[],
  cwd: string,
  allowMissing: boolean,
  warn: (m: string) => void,
  roots: ReadonlyArray<string | undefined> = [cwd],
): Promise<Array<{ path: string; name: string }>> {
  if (!patterns.length) return [];
  const { glob, isDynamicPattern } = await import('tinyglobby');
  const found: Array<{ path: string; name: string }> = [];
  for (const pattern of patterns) {
    let matches: string[];
    if (!isDynamicPattern(pattern)) {
      const path = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      matches = info?.isFile() ? [path] : [];
    } else {
      matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: false })).sort();
    }
    if (!matches.length) {
      if (!allowMissing) throw new InputError('files', pattern, "a path or glob that matches at least one file (or set 'allow-missing: true')");
      warn(`The pattern "${safe(pattern)}" in 'files' matches no file.`);
    }
    for (const m of matches) {
      const real = confinedPath('files', pattern, m, roots);
      if (!found.some((f) => f.path === real)) found.push({ path: real, name: basename(m) });
    }
  }
  return found;
}

/** The asset for a file on disk: its base name and size. */
export async function localAsset(path: string, name = basename(path)): Promise<LocalAsset> {
  const info = await stat(path);
  return { name, path, size: info.size };
}


/** `SHA256SUMS` in the format `sha256sum -c` reads: `<hex>  <name>` per line, sorted by name. */
export function checksumsText(entries: ReadonlyArray<{ name: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

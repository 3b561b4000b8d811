import { createHash } from 'node:crypto';
import { sanitizePart } from './inputs.js';

export interface KeyParts {
  cacheVersion: string;
  os: string;
  arch: string;
  toolchain: string;
  /** Extra key parts (already sanitized); empty for none. */
  key: string;
  runId: string;
  runAttempt: string;
  /** Extra fallbacks from the restore-keys input (sanitized key parts). */
  restoreKeys?: string[];
}

export interface CacheKeys {
  primary: string;
  /** Prefixes tried in order after the primary key; each restores the newest entry it matches. */
  restoreKeys: string[];
  /** The prefix of every entry of this toolchain and key (a match of it is the newest such entry, not a fallback). */
  sameKeyPrefix: string;
}

/** The key part used when the key input is empty, so that the number of parts never changes. */
const NO_KEY = '_';

/**
 * `ccache-v<version>-<os>-<arch>-<toolchain>-<key>-<run id>-<run attempt>`. Restore keys drop parts from the right:
 * an earlier attempt of this run, then the newest entry for this toolchain and key, then (after the user's extra
 * fallbacks, which replace the key part) any entry of this toolchain. Every prefix ends with `-` and no part
 * holds a `-`, so a prefix never matches another toolchain, key or cache version.
 */
export function cacheKeys(p: KeyParts): CacheKeys {
  const toolchain = `ccache-v${p.cacheVersion}-${sanitizePart(p.os)}-${sanitizePart(p.arch)}-${p.toolchain}-`;
  const withKey = `${toolchain}${p.key || NO_KEY}-`;
  const run = `${withKey}${sanitizePart(p.runId)}-`;
  const extra = (p.restoreKeys ?? []).map((k) => `${toolchain}${k}-`);
  const restoreKeys = [...new Set([run, withKey, ...extra, toolchain])];
  return { primary: `${run}${sanitizePart(p.runAttempt)}`, restoreKeys, sameKeyPrefix: withKey };
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * The toolchain part of a container image reference: its last path component without a digest, plus a short hash
 * of the whole reference (`ghcr.io/aswf/ci-vfxall:2024` → `ci_vfxall_2024.1a2b3c4d`). With the image's id (`sha256:…`,
 * what the tag pointed to when the container started), a short hash of it follows, so a moving tag that now names
 * another image (another compiler) gives another toolchain (`ci_vfxall_2024.1a2b3c4d.5e6f7a8b`).
 */
export function imageToolchain(image: string, imageId?: string): string {
  const name = image.trim().split('@')[0]!.split('/').pop() || image;
  const base = `${sanitizePart(name).slice(0, 40)}.${shortHash(image.trim())}`;
  return imageId?.trim() ? `${base}.${shortHash(imageId.trim())}` : base;
}

/**
 * The toolchain part for a compiler, from its version output: family and version (`gcc12.2.0`, `clang16.0.6`,
 * `msvc19.38.33133`) plus a short hash of the output with paths removed (clang prints its InstalledDir), so the
 * same compiler installed at another path gives the same id and a different build of it does not.
 */
export function compilerToolchain(versionOutput: string): string {
  const text = versionOutput.replace(/\r/g, '');
  const stable = text
    .split('\n')
    .filter((l) => !/^\s*InstalledDir:/i.test(l))
    .map((l) => l.replace(/(?:[A-Za-z]:)?[\\/][^\s]*/g, ''))
    .join('\n')
    .trim();
  if (!stable) return 'unknown';
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  const family = /Microsoft|Optimizing Compiler/i.test(first)
    ? 'msvc'
    : /Apple clang/i.test(first)
      ? 'appleclang'
      : /clang/i.test(first)
        ? 'clang'
        : /icpx|icx|Intel/i.test(first)
          ? 'intel'
          : /gcc|g\+\+|Free Software Foundation|c\+\+ \(/i.test(text)
            ? 'gcc'
            : 'cc';
  const version = /(\d+\.\d+(?:\.\d+)*)/.exec(first.replace(/\([^)]*\)/g, ' '))?.[1] ?? /(\d+\.\d+(?:\.\d+)*)/.exec(first)?.[1] ?? '';
  return `${family}${version}.${shortHash(stable)}`;
}

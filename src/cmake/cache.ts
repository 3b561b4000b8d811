import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The entries of a CMakeCache.txt's text (`NAME:TYPE=VALUE` lines; comments skipped), by name. */
export function parseCmakeCache(text: string): Record<string, string> {
  const cache: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([^#/][^:=]*)(?::[A-Za-z]+)?=(.*)$/.exec(line);
    if (m) cache[m[1]!] = m[2]!;
  }
  return cache;
}

/** The entries of a build folder's CMakeCache.txt, by name; empty when it has none. */
export function readCmakeCache(buildDir: string): Record<string, string> {
  const file = join(buildDir, 'CMakeCache.txt');
  return existsSync(file) ? parseCmakeCache(readFileSync(file, 'utf8')) : {};
}

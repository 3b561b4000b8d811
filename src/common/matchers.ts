import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Step } from './step.js';

export const MATCHERS = { gcc: 'aswf-gcc', msvc: 'aswf-msvc', cmake: 'aswf-cmake' } as const;
const OWNERS: Record<keyof typeof MATCHERS, string[]> = {
  gcc: ['aswf-gcc'],
  msvc: ['aswf-msvc'],
  cmake: ['aswf-cmake', 'aswf-cmake-global'],
};

/** The folder of the shipped problem matchers: dist/matchers in the bundle, src/matchers in the sources. */
export function matchersDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'matchers'), join(here, '..', 'matchers')]) {
    if (existsSync(join(dir, 'aswf-gcc.json'))) return dir;
  }
  return join(here, 'matchers');
}

/** Registers problem matchers with the runner for the duration of `fn`. */
export async function withMatchers<T>(step: Step, names: (keyof typeof MATCHERS)[], fn: () => Promise<T>): Promise<T> {
  const dir = matchersDir();
  for (const name of names) step.command('add-matcher', {}, join(dir, `${MATCHERS[name]}.json`));
  try {
    return await fn();
  } finally {
    for (const name of names) for (const owner of OWNERS[name]) step.command('remove-matcher', { owner }, '');
  }
}

import { basename } from 'node:path';
import { Executor } from '../common/exec.js';
import { Env } from '../common/inputs.js';
import { CONTAINER_IMAGE_VARIABLE } from '../common/vars.js';
import { compilerToolchain, imageToolchain } from './keys.js';


export interface Toolchain {
  /** The key part. */
  id: string;
  /** What it was derived from, for the log. */
  source: string;
}

/**
 * Identifies the toolchain for the cache key: the container image when the container action started one, else the
 * compiler (CXX, CC, then c++, cc, g++, gcc, clang++, clang, cl on the executor's PATH) by its version output.
 */
export async function detectToolchain(exec: Executor, env: Env): Promise<Toolchain> {
  const image = env[CONTAINER_IMAGE_VARIABLE]?.trim();
  if (image) return { id: imageToolchain(image), source: `container image ${image}` };
  const candidates = [env.CXX, env.CC, 'c++', 'cc', 'g++', 'gcc', 'clang++', 'clang', 'cl'].filter((c): c is string => !!c?.trim());
  for (const candidate of candidates) {
    const path = await exec.which(candidate.trim());
    if (!path) continue;
    const msvc = /^cl(\.exe)?$/i.test(basename(path));
    const result = await exec.run(msvc ? [path] : [path, '--version'], { silent: true, ignoreReturnCode: true });
    const text = msvc ? result.stderr + result.stdout : result.stdout || result.stderr;
    const id = compilerToolchain(text);
    if (id !== 'unknown') return { id, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
  }
  return { id: 'nocompiler', source: 'no compiler found on PATH' };
}

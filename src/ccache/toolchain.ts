import { basename, win32 } from 'node:path';
import { Executor } from '../common/exec.js';
import { Env } from '../common/inputs.js';
import { CONTAINER_IMAGE_ID_VARIABLE, CONTAINER_IMAGE_VARIABLE } from '../common/vars.js';
import { vswhereArgs } from '../cmake/msvc.js';
import { sanitizePart } from './inputs.js';
import { compilerToolchain, imageToolchain } from './keys.js';

export interface Toolchain {
  /** The key part. */
  id: string;
  /** What it was derived from, for the log. */
  source: string;
}

/**
 * The Visual Studio the cmake action sets up (vswhere + vcvarsall) when no cl is on PATH: `msvc<version>` from its
 * display version (17.9.2), else its installation version (17.9.34607.119). Best effort: undefined when there is no
 * vswhere or it finds nothing.
 */
async function visualStudioToolchain(exec: Executor, env: Env): Promise<Toolchain | undefined> {
  const standard = win32.join(env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
  const vswheres = [standard];
  const onPath = await exec.which('vswhere').catch(() => undefined);
  if (onPath && onPath !== standard) vswheres.push(onPath);
  for (const vswhere of vswheres) {
    for (const property of ['catalog_productDisplayVersion', 'installationVersion']) {
      try {
        const result = await exec.run([vswhere, ...vswhereArgs(property)], { silent: true, ignoreReturnCode: true });
        const version = result.exitCode === 0 ? result.stdout.split(/\r?\n/).map((l) => l.trim()).find(Boolean) : undefined;
        if (version && /^\d/.test(version)) return { id: `msvc${sanitizePart(version).slice(0, 40)}`, source: `Visual Studio ${version} (${vswhere} ${property}; the cmake action sets up its MSVC)` };
      } catch {
        break; // no such vswhere
      }
    }
  }
  return undefined;
}

/**
 * Identifies the toolchain for the cache key: the container image when the container action started one (with the
 * image's id when it exported one), else the compiler (CXX, CC, then c++, cc, g++, gcc, clang++, clang, cl on the
 * executor's PATH) by its version output. On a Windows host, only an MSVC-style compiler on PATH counts (as in the
 * cmake action: hosted runners have MinGW gcc on PATH), and without one, the newest Visual Studio (vswhere).
 */
export async function detectToolchain(exec: Executor, env: Env, platform: NodeJS.Platform = process.platform): Promise<Toolchain> {
  const image = env[CONTAINER_IMAGE_VARIABLE]?.trim();
  if (image) {
    const imageId = env[CONTAINER_IMAGE_ID_VARIABLE]?.trim();
    return { id: imageToolchain(image, imageId), source: `container image ${image}${imageId ? ` (${imageId})` : ''}` };
  }
  const windows = platform === 'win32' && exec.where === 'host';
  const names = windows ? ['cl', 'clang-cl'] : ['c++', 'cc', 'g++', 'gcc', 'clang++', 'clang', 'cl'];
  const candidates = [env.CXX, env.CC, ...names].filter((c): c is string => !!c?.trim());
  for (const candidate of candidates) {
    const path = await exec.which(candidate.trim());
    if (!path) continue;
    const msvc = /^cl(\.exe)?$/i.test(basename(path.replace(/\\/g, '/')));
    const result = await exec.run(msvc ? [path] : [path, '--version'], { silent: true, ignoreReturnCode: true });
    const text = msvc ? result.stderr + result.stdout : result.stdout || result.stderr;
    const id = compilerToolchain(text);
    if (id !== 'unknown') return { id, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
  }
  if (windows) {
    const vs = await visualStudioToolchain(exec, env);
    if (vs) return vs;
  }
  return { id: 'nocompiler', source: 'no compiler found on PATH' };
}

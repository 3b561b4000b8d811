import { basename } from 'node:path';
import { Executor } from '../common/exec.js';
import { Env } from '../common/inputs.js';
import { compilerToolchain } from '../ccache/keys.js';

export type CompilerFamily = 'gcc' | 'clang' | 'appleclang' | 'msvc' | 'unknown';

export interface CompilerInfo {
  family: CompilerFamily;
  /** The major version, when the version output names one. */
  major?: number;
  /** The program that was asked (a path or a name on PATH). */
  program?: string;
  /** What the family was read from, for the log. */
  source: string;
}

/** The family and version from a compiler's version output (the ccache action's reading of it). */
export function compilerFromVersion(text: string): Pick<CompilerInfo, 'family' | 'major'> {
  const id = compilerToolchain(text);
  const m = /^(msvc|appleclang|clang|intel|gcc|cc)(\d+)?/.exec(id);
  const family: CompilerFamily =
    m?.[1] === 'msvc' ? 'msvc' : m?.[1] === 'appleclang' ? 'appleclang' : m?.[1] === 'clang' || m?.[1] === 'intel' ? 'clang' : m?.[1] === 'gcc' ? 'gcc' : 'unknown';
  return { family, major: m?.[2] ? Number(m[2]) : undefined };
}

/**
 * The C++ compiler CMake will pick, as CMake picks it: the cxx-compiler input, else CXX, else the first of its
 * default names on the executor's PATH (c++, g++, clang++; cl and clang-cl on a Windows host). Only a name is needed
 * to choose flags, so a compiler that cannot be run gives `unknown` and the GCC/Clang spelling of the flags.
 */
export async function detectCompiler(exec: Executor, cxxCompiler: string | undefined, env: Env, platform: NodeJS.Platform): Promise<CompilerInfo> {
  const windows = platform === 'win32' && exec.where === 'host';
  const named = [cxxCompiler, env.CXX].map((c) => c?.trim()).filter((c): c is string => !!c);
  const candidates = named.length ? [named[0]!] : windows ? ['cl', 'clang-cl', 'c++', 'g++', 'clang++'] : ['c++', 'g++', 'clang++'];
  for (const candidate of candidates) {
    const path = await exec.which(candidate);
    if (!path) continue;
    const msvc = /^cl(\.exe)?$/i.test(basename(path.replace(/\\/g, '/')));
    if (msvc) return { family: 'msvc', program: path, source: `${path}` };
    const result = await exec.run([path, '--version'], { silent: true, ignoreReturnCode: true }).catch(() => undefined);
    const text = result ? result.stdout || result.stderr : '';
    const found = compilerFromVersion(text);
    // clang-cl takes cl's options: for the sanitizers it takes -fsanitize= as clang does.
    if (found.family !== 'unknown') return { ...found, program: path, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
  }
  return { family: windows ? 'msvc' : 'unknown', source: named.length ? `${named[0]} (not found on PATH)` : 'no C++ compiler found on PATH' };
}

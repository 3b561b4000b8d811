import { createHash } from 'node:crypto';
import { sanitizePart } from '../ccache/inputs.js';

/** What a dependency's build depends on: every part changes the key. */
export interface DepKeyParts {
  cacheVersion: string;
  os: string;
  arch: string;
  /** The toolchain id of the ccache action (container image id, or compiler hash). */
  toolchain: string;
  name: string;
  commit: string;
  buildType: string;
  generator?: string;
  options: string[];
  cmakeArgs: string[];
  sourceSubdir?: string;
  submodules: boolean;
  /** The install prefix: installed files may embed it (pkg-config files, rpaths). */
  prefix: string;
  cCompiler?: string;
  cxxCompiler?: string;
  toolchainFile?: string;
  /** A pinned CMake release (cmake-version), when one builds the dependencies. */
  cmakeVersion?: string;
  /** The keys of the dependencies before this one, in order: a rebuilt one rebuilds every one after it. */
  before: string[];
}

/**
 * `deps-v<version>-<os>-<arch>-<toolchain>-<name>-<commit 12>-<hash 16>`: the readable parts first, then a hash of
 * everything that shapes the installed files (build type, generator, options, cmake-args, source-subdir, submodules,
 * prefix, compilers, toolchain file and the keys of the dependencies before it). Restored by exact key only.
 */
export function depKey(p: DepKeyParts): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify({
        name: p.name,
        commit: p.commit,
        buildType: p.buildType,
        generator: p.generator ?? '',
        options: p.options,
        cmakeArgs: p.cmakeArgs,
        sourceSubdir: p.sourceSubdir ?? '',
        submodules: p.submodules,
        prefix: p.prefix,
        cCompiler: p.cCompiler ?? '',
        cxxCompiler: p.cxxCompiler ?? '',
        toolchainFile: p.toolchainFile ?? '',
        // Only when pinned, so that the keys of builds with the cmake on PATH stay as they were.
        ...(p.cmakeVersion ? { cmakeVersion: p.cmakeVersion } : {}),
        before: p.before,
      }),
    )
    .digest('hex')
    .slice(0, 16);
  const parts = [`deps-v${p.cacheVersion}`, sanitizePart(p.os), sanitizePart(p.arch), p.toolchain, sanitizePart(p.name).slice(0, 64), p.commit.slice(0, 12), hash];
  return parts.join('-');
}

import { InputError } from '../common/errors.js';
import { CompilerInfo } from './compiler.js';
import { AnalysisInputs } from './inputs.js';
import { parseCmakeCache } from '../cmake/cache.js';

/** Compile and link flags of an analysis build. */
export interface AnalysisFlags {
  compile: string[];
  link: string[];
}

const COMPILE_VARIABLES = ['CMAKE_C_FLAGS', 'CMAKE_CXX_FLAGS'];
const LINK_VARIABLES = ['CMAKE_EXE_LINKER_FLAGS', 'CMAKE_SHARED_LINKER_FLAGS', 'CMAKE_MODULE_LINKER_FLAGS'];

const familyName = (c: CompilerInfo) => ({ gcc: 'GCC', clang: 'Clang', appleclang: 'AppleClang', msvc: 'MSVC', unknown: 'this compiler' })[c.family];

/**
 * Checks what the compiler in use can do: MemorySanitizer is Clang's (not AppleClang's), MSVC has only
 * AddressSanitizer and no coverage instrumentation, `coverage: llvm` needs Clang. Throws an InputError naming the
 * input otherwise. `buildType` is the configuration when known (MSVC's Debug flags hold /RTC1, which cl refuses with
 * /fsanitize=address).
 */
export function checkCompiler(a: AnalysisInputs, compiler: CompilerInfo, buildType: string | undefined): void {
  const sanitize = a.sanitize.join(', ');
  if (compiler.family === 'msvc') {
    const other = a.sanitize.filter((s) => s !== 'address');
    if (other.length) throw new InputError('sanitize', sanitize, `address with MSVC (cl has no ${other.join(', ')} sanitizer)`);
    if (a.sanitize.length && buildType?.toLowerCase() === 'debug') {
      throw new InputError('build-type', buildType, "RelWithDebInfo or Release with sanitize on MSVC (CMake's Debug flags hold /RTC1, which cl refuses together with /fsanitize=address)");
    }
    if (a.coverage) throw new InputError('coverage', a.coverage, 'no coverage with MSVC: cl has no coverage instrumentation (use GCC or Clang)');
  }
  if (a.sanitize.includes('memory') && (compiler.family === 'gcc' || compiler.family === 'appleclang')) {
    throw new InputError('sanitize', sanitize, `no memory sanitizer with ${familyName(compiler)}: MemorySanitizer needs LLVM Clang on Linux (use address, undefined or thread)`);
  }
  if (a.sanitize.includes('leak') && compiler.family === 'appleclang') {
    throw new InputError('sanitize', sanitize, 'no leak sanitizer with AppleClang (LeakSanitizer is not supported on macOS)');
  }
  if (a.coverage === 'llvm' && compiler.family === 'gcc') {
    throw new InputError('coverage', a.coverage, 'gcov with GCC (llvm source-based coverage needs Clang)');
  }
}

/** The flags for the sanitizers and coverage asked for, spelled for the compiler in use. */
export function analysisFlags(a: AnalysisInputs, compiler: CompilerInfo): AnalysisFlags {
  const compile: string[] = [];
  const link: string[] = [];
  if (a.sanitize.length) {
    if (compiler.family === 'msvc') {
      compile.push('/fsanitize=address');
    } else {
      const list = `-fsanitize=${a.sanitize.join(',')}`;
      compile.push(list, '-fno-omit-frame-pointer', '-g');
      if (a.sanitize.includes('memory')) compile.push('-fsanitize-memory-track-origins=2');
      link.push(list);
    }
  }
  if (a.coverage === 'gcov') {
    compile.push('--coverage');
    link.push('--coverage');
  } else if (a.coverage === 'llvm') {
    compile.push('-fprofile-instr-generate', '-fcoverage-mapping');
    link.push('-fprofile-instr-generate');
  }
  return { compile, link };
}

/** The flags each CMake variable gets: the compile flags for C and C++, the link flags for executables and libraries. */
export function flagVariables(flags: AnalysisFlags): Record<string, string> {
  const out: Record<string, string> = {};
  if (flags.compile.length) for (const v of COMPILE_VARIABLES) out[v] = flags.compile.join(' ');
  if (flags.link.length) for (const v of LINK_VARIABLES) out[v] = flags.link.join(' ');
  return out;
}

/** `base` with `extra` appended (and an earlier copy of `extra` taken out, so a reconfigure does not repeat it). */
export function appendFlags(base: string, extra: string): string {
  const rest = base.split(extra).join(' ').replace(/\s+/g, ' ').trim();
  return rest ? `${rest} ${extra}` : extra;
}

/**
 * The -D arguments that add the flags through CMake's own initialisation: `CMAKE_<LANG>_FLAGS_INIT` and
 * `CMAKE_<TYPE>_LINKER_FLAGS_INIT`, which CMake combines with CFLAGS/CXXFLAGS/LDFLAGS, the platform's defaults and a
 * toolchain file's own flags when it first creates the cache. When the build folder already has a cache (CMake then
 * ignores *_INIT), the cached value is given back with the flags appended. `cached` maps variable names to their
 * values in an existing CMakeCache.txt.
 */
export function flagDefines(variables: Record<string, string>, cached: Record<string, string> | undefined): string[] {
  return Object.entries(variables).map(([name, value]) =>
    cached && name in cached ? `-D${name}=${appendFlags(cached[name]!, value)}` : `-D${name}_INIT=${value}`,
  );
}

/**
 * An `options` line that sets one of the variables itself (`CMAKE_CXX_FLAGS=-Wall`) would replace the analysis
 * flags: they are appended to its value instead. Other lines are returned as they are.
 */
export function mergeOption(option: string, variables: Record<string, string>): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)((?::[A-Za-z]+)?=)([\s\S]*)$/.exec(option);
  const extra = m ? variables[m[1]!] : undefined;
  return m && extra !== undefined ? `${m[1]}${m[2]}${appendFlags(m[3]!, extra)}` : option;
}

/** The values of some variables in a CMakeCache.txt (`NAME:TYPE=VALUE` lines). */
export function readCacheVariables(text: string, names: string[]): Record<string, string> {
  const cache = parseCmakeCache(text);
  return Object.fromEntries(names.filter((n) => n in cache).map((n) => [n, cache[n]!]));
}

/**
 * After configure: the variables of the cache that lack their analysis flags (a project that sets a FLAGS cache
 * entry with FORCE, or a configure-args -D that replaced it). A variable not in the cache (a language the project
 * does not enable) is not missing. Empty when every flag arrived.
 */
export function missingFlags(cacheText: string, variables: Record<string, string>): string[] {
  const cached = readCacheVariables(cacheText, Object.keys(variables));
  return Object.entries(variables)
    .filter(([name, value]) => name in cached && !cached[name]!.includes(value))
    .map(([name]) => name);
}

export const id = 12;
export const ids = [12];
export const modules = {

/***/ 35429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ checkCompiler),
/* harmony export */   Aw: () => (/* binding */ analysisFlags),
/* harmony export */   Kj: () => (/* binding */ missingFlags),
/* harmony export */   Mi: () => (/* binding */ readCacheVariables),
/* harmony export */   WH: () => (/* binding */ mergeOption),
/* harmony export */   Yb: () => (/* binding */ flagVariables),
/* harmony export */   r1: () => (/* binding */ flagDefines)
/* harmony export */ });
/* unused harmony export appendFlags */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _cmake_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35481);


const COMPILE_VARIABLES = ['CMAKE_C_FLAGS', 'CMAKE_CXX_FLAGS'];
const LINK_VARIABLES = ['CMAKE_EXE_LINKER_FLAGS', 'CMAKE_SHARED_LINKER_FLAGS', 'CMAKE_MODULE_LINKER_FLAGS'];
const familyName = (c) => ({ gcc: 'GCC', clang: 'Clang', appleclang: 'AppleClang', msvc: 'MSVC', unknown: 'this compiler' })[c.family];
/**
 * Checks what the compiler in use can do: MemorySanitizer is Clang's (not AppleClang's), MSVC has only
 * AddressSanitizer and no coverage instrumentation, `coverage: llvm` needs Clang. Throws an InputError naming the
 * input otherwise. `buildType` is the configuration when known (MSVC's Debug flags hold /RTC1, which cl refuses with
 * /fsanitize=address).
 */
function checkCompiler(a, compiler, buildType) {
    const sanitize = a.sanitize.join(', ');
    if (compiler.family === 'msvc') {
        const other = a.sanitize.filter((s) => s !== 'address');
        if (other.length)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitize', sanitize, `address with MSVC (cl has no ${other.join(', ')} sanitizer)`);
        if (a.sanitize.length && buildType?.toLowerCase() === 'debug') {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('build-type', buildType, "RelWithDebInfo or Release with sanitize on MSVC (CMake's Debug flags hold /RTC1, which cl refuses together with /fsanitize=address)");
        }
        if (a.coverage)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('coverage', a.coverage, 'no coverage with MSVC: cl has no coverage instrumentation (use GCC or Clang)');
    }
    if (a.sanitize.includes('memory') && (compiler.family === 'gcc' || compiler.family === 'appleclang')) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitize', sanitize, `no memory sanitizer with ${familyName(compiler)}: MemorySanitizer needs LLVM Clang on Linux (use address, undefined or thread)`);
    }
    if (a.sanitize.includes('leak') && compiler.family === 'appleclang') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitize', sanitize, 'no leak sanitizer with AppleClang (LeakSanitizer is not supported on macOS)');
    }
    if (a.coverage === 'llvm' && compiler.family === 'gcc') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('coverage', a.coverage, 'gcov with GCC (llvm source-based coverage needs Clang)');
    }
}
/** The flags for the sanitizers and coverage asked for, spelled for the compiler in use. */
function analysisFlags(a, compiler) {
    const compile = [];
    const link = [];
    if (a.sanitize.length) {
        if (compiler.family === 'msvc') {
            compile.push('/fsanitize=address');
        }
        else {
            const list = `-fsanitize=${a.sanitize.join(',')}`;
            compile.push(list, '-fno-omit-frame-pointer', '-g');
            if (a.sanitize.includes('memory'))
                compile.push('-fsanitize-memory-track-origins=2');
            link.push(list);
        }
    }
    if (a.coverage === 'gcov') {
        compile.push('--coverage');
        link.push('--coverage');
    }
    else if (a.coverage === 'llvm') {
        compile.push('-fprofile-instr-generate', '-fcoverage-mapping');
        link.push('-fprofile-instr-generate');
    }
    return { compile, link };
}
/** The flags each CMake variable gets: the compile flags for C and C++, the link flags for executables and libraries. */
function flagVariables(flags) {
    const out = {};
    if (flags.compile.length)
        for (const v of COMPILE_VARIABLES)
            out[v] = flags.compile.join(' ');
    if (flags.link.length)
        for (const v of LINK_VARIABLES)
            out[v] = flags.link.join(' ');
    return out;
}
/** `base` with `extra` appended (and an earlier copy of `extra` taken out, so a reconfigure does not repeat it). */
function appendFlags(base, extra) {
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
function flagDefines(variables, cached) {
    return Object.entries(variables).map(([name, value]) => cached && name in cached ? `-D${name}=${appendFlags(cached[name], value)}` : `-D${name}_INIT=${value}`);
}
/**
 * An `options` line that sets one of the variables itself (`CMAKE_CXX_FLAGS=-Wall`) would replace the analysis
 * flags: they are appended to its value instead. Other lines are returned as they are.
 */
function mergeOption(option, variables) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)((?::[A-Za-z]+)?=)([\s\S]*)$/.exec(option);
    const extra = m ? variables[m[1]] : undefined;
    return m && extra !== undefined ? `${m[1]}${m[2]}${appendFlags(m[3], extra)}` : option;
}
/** The values of some variables in a CMakeCache.txt (`NAME:TYPE=VALUE` lines). */
function readCacheVariables(text, names) {
    const cache = (0,_cmake_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCmakeCache */ .n)(text);
    return Object.fromEntries(names.filter((n) => n in cache).map((n) => [n, cache[n]]));
}
/**
 * After configure: the variables of the cache that lack their analysis flags (a project that sets a FLAGS cache
 * entry with FORCE, or a configure-args -D that replaced it). A variable not in the cache (a language the project
 * does not enable) is not missing. Empty when every flag arrived.
 */
function missingFlags(cacheText, variables) {
    const cached = readCacheVariables(cacheText, Object.keys(variables));
    return Object.entries(variables)
        .filter(([name, value]) => name in cached && !cached[name].includes(value))
        .map(([name]) => name);
}


/***/ }),

/***/ 31825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ analysisBuildType),
/* harmony export */   Y3: () => (/* binding */ analysisWanted),
/* harmony export */   jO: () => (/* binding */ parseAnalysisInputs),
/* harmony export */   vA: () => (/* binding */ analysisKeyPart)
/* harmony export */ });
/* unused harmony exports SANITIZERS, COVERAGE_TOOLS, parseSanitize */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** The sanitizers the `sanitize` input takes, by their -fsanitize= names. */
const SANITIZERS = ['address', 'undefined', 'leak', 'thread', 'memory'];
const COVERAGE_TOOLS = ['gcov', 'llvm'];
const ALIASES = { asan: 'address', ubsan: 'undefined', lsan: 'leak', tsan: 'thread', msan: 'memory' };
const COMBINATIONS = 'address, undefined and leak in any combination; thread alone or with undefined; memory alone or with undefined (Clang only)';
/** Which sanitizers cannot share a build (their runtimes instrument memory in incompatible ways). */
const INCOMPATIBLE = [
    ['thread', 'address'],
    ['thread', 'leak'],
    ['thread', 'memory'],
    ['memory', 'address'],
    ['memory', 'leak'],
];
/** Parses `sanitize`: names separated by commas or spaces; incompatible combinations are input errors. */
function parseSanitize(value) {
    if (value === undefined || /^(none|false|off)$/i.test(value))
        return [];
    const out = [];
    for (const word of value.split(/[\s,]+/).filter(Boolean)) {
        const lower = word.toLowerCase();
        const name = SANITIZERS.includes(lower) ? lower : ALIASES[lower];
        if (!name)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitize', value, `sanitizer names from ${SANITIZERS.join(', ')} (or none), separated by commas`);
        if (!out.includes(name))
            out.push(name);
    }
    for (const [a, b] of INCOMPATIBLE) {
        if (out.includes(a) && out.includes(b)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitize', value, `${COMBINATIONS} (${a} and ${b} cannot share a build)`);
        }
    }
    return out;
}
/** A percentage from 0 to 100 (decimals allowed). */
function percentage(inputs, name) {
    const value = inputs.optional(name);
    if (value === undefined)
        return undefined;
    const n = Number(value.replace(/\s*%$/, ''));
    if (!/^\d+(\.\d+)?\s*%?$/.test(value) || !(n >= 0 && n <= 100))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, value, 'a percentage from 0 to 100, e.g. 80 or 72.5');
    return n;
}
/**
 * Parses the analysis inputs (pure: the `INPUT_*` map and a resolver for paths). `at` turns a path relative to the
 * working directory into an absolute one.
 */
function parseAnalysisInputs(inputs, at) {
    const sanitize = parseSanitize(inputs.optional('sanitize'));
    const coverageValue = inputs.optional('coverage');
    const coverage = coverageValue === undefined || /^(none|false|off)$/i.test(coverageValue) ? undefined : inputs.choice('coverage', COVERAGE_TOOLS, 'gcov');
    const suppressions = inputs.list('sanitizer-suppressions').map(at);
    if (suppressions.length && !sanitize.length) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sanitizer-suppressions', inputs.string('sanitizer-suppressions', ''), 'no value unless sanitize is set too');
    }
    const coverageExclude = inputs.list('coverage-exclude');
    const coverageMinimum = percentage(inputs, 'coverage-minimum');
    if (!coverage && (coverageExclude.length || coverageMinimum !== undefined)) {
        const name = coverageExclude.length ? 'coverage-exclude' : 'coverage-minimum';
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, inputs.string(name, ''), 'no value unless coverage is set too (coverage: gcov or llvm)');
    }
    if (coverage && !inputs.bool('test', true))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('coverage', coverage, 'test: true as well (the report covers what the tests ran), or no coverage');
    return { sanitize, suppressions, coverage, coverageExclude, coverageMinimum };
}
/** Is any analysis asked for? */
function analysisWanted(a) {
    return a.sanitize.length > 0 || a.coverage !== undefined;
}
/**
 * A key part that tells an analysis build's compiler cache from a normal build's (`sanitize_address_undefined`,
 * `coverage_gcov`); empty without analysis.
 */
function analysisKeyPart(a) {
    const parts = [];
    if (a.sanitize.length)
        parts.push(`sanitize_${[...a.sanitize].sort().join('_')}`);
    if (a.coverage)
        parts.push(`coverage_${a.coverage}`);
    return parts.join('_');
}
/** The build type when none is given: Debug for coverage (no optimisation to blur the lines), RelWithDebInfo for sanitizers (line numbers in the reports). */
function analysisBuildType(a) {
    return a.coverage ? 'Debug' : a.sanitize.length ? 'RelWithDebInfo' : undefined;
}


/***/ }),

/***/ 67636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ RESTORE_TIMEOUT_S),
/* harmony export */   Ov: () => (/* binding */ SAVE_TIMEOUT_S),
/* harmony export */   aF: () => (/* binding */ MAX_KEYS),
/* harmony export */   bK: () => (/* binding */ sanitizePart),
/* harmony export */   tJ: () => (/* binding */ STALL_TIMEOUT_S),
/* harmony export */   uf: () => (/* binding */ MAX_KEY_LENGTH),
/* harmony export */   w$: () => (/* binding */ parseCcacheInputs)
/* harmony export */ });
/* unused harmony exports SAVE_MODES, BACKENDS, parseSize, BUILT_IN_RESTORE_KEYS, MAX_EXTRA_RESTORE_KEYS, MAX_KEY_PART_LENGTH, MAX_CACHE_VERSION_LENGTH */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

const SAVE_MODES = ['auto', 'always', 'default-branch', 'never'];
const BACKENDS = ['github', 'local'];
/** The transfer limits' defaults and bounds, in seconds (inputs restore-timeout, save-timeout, stall-timeout). */
const RESTORE_TIMEOUT_S = 300;
const SAVE_TIMEOUT_S = 300;
const STALL_TIMEOUT_S = 60;
const MAX_TIMEOUT_S = 6 * 3600;
const UNITS = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3, ti: 1024 ** 4 };
/**
 * A size as ccache's max_size accepts it: a number with an optional unit k, M, G, T (powers of 1000) or Ki, Mi,
 * Gi, Ti (powers of 1024), an optional trailing B. Returns the bytes, or undefined when it is not such a size.
 */
function parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?)?b?$/i.exec(text.trim());
    if (!m)
        return undefined;
    const unit = (m[2] ?? '').toLowerCase();
    return Math.round(Number(m[1]) * UNITS[unit]);
}
/** A key part: anything but letters, digits, `.`, `+` and `_` becomes `_`, so parts never contain the `-` separator. */
function sanitizePart(text) {
    return text.trim().replace(/[^A-Za-z0-9._+]+/g, '_');
}
/** GitHub's cache takes at most 10 keys per restore (the primary key and its restore keys), each at most 512 characters. */
const MAX_KEYS = 10;
const MAX_KEY_LENGTH = 512;
/** Restore keys the action always tries (this run, this toolchain and key, this toolchain): see keys.ts. */
const BUILT_IN_RESTORE_KEYS = 3;
/** At most this many restore-keys lines: with the primary and the built-in restore keys, 10 keys in all. */
const MAX_EXTRA_RESTORE_KEYS = MAX_KEYS - 1 - BUILT_IN_RESTORE_KEYS;
/**
 * Bounds on the parts a user gives, so that a full key stays within 512 characters: the other parts (prefix, OS,
 * architecture, toolchain id, run id and attempt) take at most about 200.
 */
const MAX_KEY_PART_LENGTH = 256;
const MAX_CACHE_VERSION_LENGTH = 32;
/** Parses the ccache action's inputs: a pure function of the step's environment. */
function parseCcacheInputs(inputs) {
    const cacheVersion = inputs.string('cache-version', '1');
    if (!/^[A-Za-z0-9._+]+$/.test(cacheVersion)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cache-version', cacheVersion, 'letters, digits, dots, plus signs or underscores (e.g. 1 or 2)');
    }
    if (cacheVersion.length > MAX_CACHE_VERSION_LENGTH) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cache-version', cacheVersion, `at most ${MAX_CACHE_VERSION_LENGTH} characters (e.g. 1 or 2)`);
    }
    const maxSize = inputs.string('max-size', '500M');
    const maxSizeBytes = parseSize(maxSize);
    if (maxSizeBytes === undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('max-size', maxSize, 'a size such as 500M, 2G or 1.5Gi (a number with an optional unit k, M, G, T or Ki, Mi, Gi, Ti); 0 means no limit');
    }
    const level = inputs.optional('compression-level');
    let compressionLevel;
    if (level !== undefined)
        compressionLevel = inputs.int('compression-level', 0, -128, 19);
    const backend = inputs.optional('backend');
    const key = inputs.list('key').map(sanitizePart).filter(Boolean).join('_');
    if (key.length > MAX_KEY_PART_LENGTH) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('key', inputs.string('key', ''), `at most ${MAX_KEY_PART_LENGTH} characters of key parts (this is ${key.length}): GitHub's cache keys hold at most ${MAX_KEY_LENGTH} characters, and the version, OS, architecture, toolchain and run id take the rest`);
    }
    const restoreKeys = inputs.lines('restore-keys').map((k) => k.split(/[,]/).map(sanitizePart).filter(Boolean).join('_')).filter(Boolean);
    if (restoreKeys.length > MAX_EXTRA_RESTORE_KEYS) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('restore-keys', inputs.string('restore-keys', ''), `at most ${MAX_EXTRA_RESTORE_KEYS} lines (this has ${restoreKeys.length}): GitHub's cache takes at most ${MAX_KEYS} keys per restore, and the primary key and the ${BUILT_IN_RESTORE_KEYS} built-in restore keys take the others`);
    }
    const long = restoreKeys.find((k) => k.length > MAX_KEY_PART_LENGTH);
    if (long !== undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('restore-keys', inputs.string('restore-keys', ''), `lines of at most ${MAX_KEY_PART_LENGTH} characters (one has ${long.length}): GitHub's cache keys hold at most ${MAX_KEY_LENGTH} characters`);
    }
    return {
        cacheVersion,
        key,
        restoreKeys,
        maxSize,
        maxSizeBytes,
        compressionLevel,
        evictUnused: inputs.bool('evict-unused', true),
        save: inputs.choice('save', SAVE_MODES, 'auto'),
        saveOnFailure: inputs.bool('save-on-failure', true),
        backend: backend === undefined ? undefined : inputs.choice('backend', BACKENDS, 'github'),
        localDir: inputs.optional('local-dir'),
        ccacheDir: inputs.optional('ccache-dir'),
        installCcache: inputs.choice('install-ccache', ['auto', 'never'], 'auto'),
        restoreTimeoutMs: 1000 * inputs.int('restore-timeout', RESTORE_TIMEOUT_S, 0, MAX_TIMEOUT_S),
        saveTimeoutMs: 1000 * inputs.int('save-timeout', SAVE_TIMEOUT_S, 0, MAX_TIMEOUT_S),
        stallTimeoutMs: 1000 * inputs.int('stall-timeout', STALL_TIMEOUT_S, 0, MAX_TIMEOUT_S),
    };
}


/***/ }),

/***/ 97325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ imageToolchain),
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   lr: () => (/* binding */ compilerToolchain)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67636);


/** The key part used when the key input is empty, so that the number of parts never changes. */
const NO_KEY = '_';
/**
 * `ccache-v<version>-<os>-<arch>-<toolchain>-<key>-<run id>-<run attempt>`. Restore keys drop parts from the right:
 * an earlier attempt of this run, then the newest entry for this toolchain and key, then (after the user's extra
 * fallbacks, which replace the key part) any entry of this toolchain. Every prefix ends with `-` and no part
 * holds a `-`, so a prefix never matches another toolchain, key or cache version.
 */
function cacheKeys(p) {
    const toolchain = `ccache-v${p.cacheVersion}-${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePart */ .bK)(p.os)}-${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePart */ .bK)(p.arch)}-${p.toolchain}-`;
    const withKey = `${toolchain}${p.key || NO_KEY}-`;
    const run = `${withKey}${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePart */ .bK)(p.runId)}-`;
    const extra = (p.restoreKeys ?? []).map((k) => `${toolchain}${k}-`);
    const restoreKeys = [...new Set([run, withKey, ...extra, toolchain])];
    return { primary: `${run}${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePart */ .bK)(p.runAttempt)}`, restoreKeys, sameKeyPrefix: withKey };
}
const shortHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/**
 * The toolchain part of a container image reference: its last path component without a digest, plus a short hash
 * of the whole reference (`ghcr.io/aswf/ci-vfxall:2024` → `ci_vfxall_2024.1a2b3c4d`). With the image's id (`sha256:…`,
 * what the tag pointed to when the container started), a short hash of it follows, so a moving tag that now names
 * another image (another compiler) gives another toolchain (`ci_vfxall_2024.1a2b3c4d.5e6f7a8b`).
 */
function imageToolchain(image, imageId) {
    const name = image.trim().split('@')[0].split('/').pop() || image;
    const base = `${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePart */ .bK)(name).slice(0, 40)}.${shortHash(image.trim())}`;
    return imageId?.trim() ? `${base}.${shortHash(imageId.trim())}` : base;
}
/**
 * The toolchain part for a compiler, from its version output: family and version (`gcc12.2.0`, `clang16.0.6`,
 * `msvc19.38.33133`) plus a short hash of the output with paths removed (clang prints its InstalledDir), so the
 * same compiler installed at another path gives the same id and a different build of it does not.
 */
function compilerToolchain(versionOutput) {
    const text = versionOutput.replace(/\r/g, '');
    const stable = text
        .split('\n')
        .filter((l) => !/^\s*InstalledDir:/i.test(l))
        .map((l) => l.replace(/(?:[A-Za-z]:)?[\\/][^\s]*/g, ''))
        .join('\n')
        .trim();
    if (!stable)
        return 'unknown';
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


/***/ }),

/***/ 35481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readCmakeCache),
/* harmony export */   n: () => (/* binding */ parseCmakeCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The entries of a CMakeCache.txt's text (`NAME:TYPE=VALUE` lines; comments skipped), by name. */
function parseCmakeCache(text) {
    const cache = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^([^#/][^:=]*)(?::[A-Za-z]+)?=(.*)$/.exec(line);
        if (m)
            cache[m[1]] = m[2];
    }
    return cache;
}
/** The entries of a build folder's CMakeCache.txt, by name; empty when it has none. */
function readCmakeCache(buildDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(buildDir, 'CMakeCache.txt');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? parseCmakeCache((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : {};
}


/***/ }),

/***/ 83185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ pinCmake),
/* harmony export */   YP: () => (/* binding */ withTools)
/* harmony export */ });
/* unused harmony exports DEFAULT_CMAKE_DOWNLOAD_URL, CMAKE_DOWNLOAD_URL_VARIABLE, archiveCandidates, parseSha256List, chooseArchive, binDirOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56950);
/* harmony import */ var _common_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96941);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29353);







/**
 * A pinned CMake (`cmake-version: X.Y.Z`): Kitware's release archive for the OS and architecture the commands run on
 * (the host, or the job's container), checked against the SHA-256 list published with the release, kept in the
 * runner's tool cache, and used for every cmake and ctest command of the step.
 */
const DEFAULT_CMAKE_DOWNLOAD_URL = 'https://github.com/Kitware/CMake/releases/download';
/** A mirror of Kitware's release downloads, laid out as `<url>/v<version>/<file>` (also what the tests serve). */
const CMAKE_DOWNLOAD_URL_VARIABLE = 'ASWF_CMAKE_DOWNLOAD_URL';
/** The archive names a release may use for a target, newest naming first (3.20 lower-cased them; 3.19 added macOS universal). */
function archiveCandidates(version, { os, arch }) {
    const base = `cmake-${version}`;
    switch (os) {
        case 'linux':
            return [`${base}-linux-${arch}.tar.gz`, `${base}-Linux-${arch}.tar.gz`];
        case 'macos':
            return [`${base}-macos-universal.tar.gz`, `${base}-macos10.10-universal.tar.gz`, ...(arch === 'x86_64' ? [`${base}-Darwin-x86_64.tar.gz`] : [])];
        case 'windows':
            return arch === 'x86_64' ? [`${base}-windows-x86_64.zip`, `${base}-win64-x64.zip`] : [`${base}-windows-arm64.zip`];
    }
}
/** `cmake-X.Y.Z-SHA-256.txt`: `<sha256>  <file name>` per line. */
function parseSha256List(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line);
        if (m)
            sums.set(m[2], m[1].toLowerCase());
    }
    return sums;
}
function chooseArchive(version, target, sums) {
    for (const name of archiveCandidates(version, target)) {
        const sha256 = sums.get(name);
        if (sha256)
            return { name, sha256 };
    }
    return undefined;
}
function machineArch(machine) {
    if (/^(x86_64|amd64|x64)$/i.test(machine))
        return 'x86_64';
    if (/^(aarch64|arm64)$/i.test(machine))
        return 'aarch64';
    return undefined;
}
/** Where the commands run: the host's OS and CPU, or the container's (always Linux; its `uname -m`). */
async function targetOf(exec, platform) {
    if (exec.where !== 'host') {
        const uname = await exec.run(['uname', '-m'], { silent: true, ignoreReturnCode: true });
        const arch = machineArch(uname.stdout.trim());
        if (!arch)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cmake-version: the ${exec.where} is a ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(uname.stdout.trim()) || 'machine of unknown kind'}; Kitware publishes Linux CMake for x86_64 and aarch64 only.`);
        return { os: 'linux', arch };
    }
    const arch = machineArch(process.arch);
    const os = platform === 'linux' ? 'linux' : platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : undefined;
    if (!arch || !os)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cmake-version: Kitware publishes no CMake for ${platform} ${process.arch}.`);
    return { os, arch };
}
function downloadUrl(env) {
    const url = (env[CMAKE_DOWNLOAD_URL_VARIABLE] || DEFAULT_CMAKE_DOWNLOAD_URL).replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s]+$/.test(url)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${CMAKE_DOWNLOAD_URL_VARIABLE} is ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(url))}: expected an http(s) URL of a mirror of ${DEFAULT_CMAKE_DOWNLOAD_URL}.`);
    }
    return url;
}
/** The folder holding cmake and ctest in an unpacked release: bin/, or CMake.app/Contents/bin/ on macOS. */
function binDirOf(root) {
    for (const dir of [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'bin'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'CMake.app', 'Contents', 'bin')]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cmake')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cmake.exe')))
            return dir;
    }
    return undefined;
}
/**
 * Makes CMake `version` available to the executor and returns its cmake and ctest. Downloads and verifies it unless
 * the tool cache has it; in a container, copies it into RUNNER_TEMP (mounted by the container action) when the tool
 * cache is not visible there.
 */
async function pinCmake(step, version, exec, platform = process.platform) {
    const target = await targetOf(exec, platform);
    const key = `${target.os}-${target.arch}`;
    // @actions/tool-cache reads its folders from process.env; a local run may not have them.
    process.env.RUNNER_TOOL_CACHE ||= step.env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'aswf-tool-cache');
    process.env.RUNNER_TEMP ||= step.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(942), __webpack_require__.e(838), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    let root = tc.find('cmake', version, key);
    if (root) {
        step.info(`CMake ${version} (${key}) is in the tool cache: ${root}`);
    }
    else {
        root = await step.group(`Download CMake ${version} for ${key}`, () => download(step, tc, version, target, key));
    }
    const host = binDirOf(root);
    if (!host)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The CMake ${version} archive unpacked to ${root} holds no bin/cmake.`);
    let bin = host;
    if (exec.where !== 'host') {
        const mounts = [step.env.RUNNER_TEMP, step.env.GITHUB_WORKSPACE].filter((m) => !!m).map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(m));
        if (!mounts.some((m) => (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .F)(m, root))) {
            if (!step.env.RUNNER_TEMP)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cmake-version: RUNNER_TEMP is not set, so there is no folder the container sees to put CMake ${version} in.`);
            const visible = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(step.env.RUNNER_TEMP), 'aswf-cmake', `${version}-${key}`);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(visible, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, host)))) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(visible, { recursive: true, force: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(visible, { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)(root, visible, { recursive: true, verbatimSymlinks: true });
            }
            step.info(`CMake ${version} copied to ${visible}, which the container sees (RUNNER_TEMP is mounted).`);
            bin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(visible, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, host));
        }
    }
    else {
        // Later steps on the host get the same cmake first on PATH.
        step.addPath(bin);
    }
    const exe = platform === 'win32' && exec.where === 'host' ? '.exe' : '';
    const slash = exec.where === 'host' ? node_path__WEBPACK_IMPORTED_MODULE_2__.join : (...p) => p.join('/');
    const pinned = { version, bin, cmake: slash(bin, `cmake${exe}`), ctest: slash(bin, `ctest${exe}`) };
    const shown = await exec.run([pinned.cmake, '--version'], { ignoreReturnCode: true });
    if (shown.exitCode !== 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The downloaded CMake ${version} does not run on the ${exec.where}: ${pinned.cmake} --version exited with code ${shown.exitCode}.`);
    const reported = /cmake version (\S+)/.exec(shown.stdout)?.[1];
    if (reported !== version)
        step.warning(`cmake-version is ${version} but ${pinned.cmake} --version says ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(reported ?? shown.stdout.trim())}.`);
    step.info(`Using CMake ${reported ?? version}: ${pinned.cmake}`);
    return pinned;
}
function httpStatus(err) {
    const code = err.httpStatusCode;
    return typeof code === 'number' ? code : undefined;
}
async function download(step, tc, version, target, key) {
    const base = `${downloadUrl(step.env)}/v${version}`;
    const listName = `cmake-${version}-SHA-256.txt`;
    step.info(`Reading ${base}/${listName}`);
    let listFile;
    try {
        // tool-cache retries network errors and 5xx/408/429 answers (3 attempts), not a 404.
        listFile = await tc.downloadTool(`${base}/${listName}`);
    }
    catch (err) {
        if (httpStatus(err) === 404) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cmake-version', version, `a released CMake version: ${base}/${listName} does not exist (see https://cmake.org/files/ or github.com/Kitware/CMake/releases)`);
        }
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot download ${base}/${listName}: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    const sums = parseSha256List((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(listFile, 'utf8'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(listFile, { force: true });
    const archive = chooseArchive(version, target, sums);
    if (!archive) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`CMake ${version} has no archive for ${target.os} ${target.arch}: ${listName} lists none of ${archiveCandidates(version, target).join(', ')}.`);
    }
    const url = `${base}/${archive.name}`;
    step.info(`Downloading ${url}`);
    let file;
    try {
        file = await tc.downloadTool(url);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot download ${url}: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    const actual = await (0,_common_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(file);
    if (actual !== archive.sha256) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The download of ${archive.name} does not match ${listName}: SHA-256 ${actual}, expected ${archive.sha256}. Nothing was used.`);
    }
    step.info(`SHA-256 ${actual} matches ${listName}.`);
    const extracted = archive.name.endsWith('.zip') ? await tc.extractZip(file) : await tc.extractTar(file);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    // The archive holds one folder, cmake-X.Y.Z-<platform>/.
    const top = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(extracted);
    const root = top.length === 1 ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(extracted, top[0]) : extracted;
    if (!binDirOf(root))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The CMake ${version} archive ${archive.name} holds no bin/cmake or CMake.app/Contents/bin/cmake.`);
    const cached = await tc.cacheDir(root, 'cmake', version, key);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(extracted, { recursive: true, force: true });
    return cached;
}
function older(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map(Number);
    return a < major || (a === major && b < minor);
}
/**
 * The plan with its cmake and ctest commands run from `tools` (the pinned CMake), and made to suit an old release:
 * before 3.15 there is no `cmake --install` (the `install` target is built instead; the prefix was set at configure
 * time), and before 3.21 ctest writes no JUnit report (the counts come from its console output).
 */
function withTools(plan, tools) {
    const program = { cmake: tools.cmake, ctest: tools.ctest };
    const version = tools.version;
    const noInstallCommand = version !== undefined && older(version, 3, 15);
    const noJunit = version !== undefined && older(version, 3, 21);
    const phases = plan.phases.map((p) => {
        let argv = [...p.argv];
        if (noInstallCommand && argv[0] === 'cmake' && argv[1] === '--install') {
            const config = argv.indexOf('--config');
            argv = ['cmake', '--build', argv[2], ...(config > 0 ? ['--config', argv[config + 1]] : []), '--target', 'install'];
        }
        if (noJunit && argv[0] === 'ctest') {
            const at = argv.indexOf('--output-junit');
            if (at > 0)
                argv.splice(at, 2);
        }
        return { ...p, argv: [program[argv[0]] ?? argv[0], ...argv.slice(1)] };
    });
    return { ...plan, junit: noJunit ? undefined : plan.junit, phases };
}


/***/ }),

/***/ 56078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ parseCmakeVersion),
/* harmony export */   ZY: () => (/* binding */ parseOption),
/* harmony export */   "if": () => (/* binding */ parseCmakeInputs)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19184);
/* harmony import */ var _analysis_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31825);





const CACHE_TYPES = ['BOOL', 'FILEPATH', 'PATH', 'STRING', 'INTERNAL', 'UNINITIALIZED'];
const OPTION = /^([A-Za-z_][A-Za-z0-9_.+\-/]*)(?::([A-Za-z]+))?=([\s\S]*)$/;
/** Checks one `options` line: `NAME=VALUE` or `NAME:TYPE=VALUE`. */
function parseOption(line) {
    (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkArgument */ .s$)('options', line);
    const m = OPTION.exec(line);
    if (!m || (m[2] !== undefined && !CACHE_TYPES.includes(m[2].toUpperCase()))) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('options', line, `one cache entry per line, NAME=VALUE or NAME:TYPE=VALUE with TYPE one of ${CACHE_TYPES.join(', ')}`);
    }
    return m[2] === undefined ? `${m[1]}=${m[3]}` : `${m[1]}:${m[2].toUpperCase()}=${m[3]}`;
}
/** A value that reaches cmake as an argument of its own (-G VALUE, --target VALUE) cannot be read as an option. */
function notAnOption(input, value, accepted) {
    if (value !== undefined && value.startsWith('-'))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `${accepted} (not an option: it cannot start with -)`);
    return value;
}
/** Parses the cmake action's inputs (a pure function of the `INPUT_*` map and the current directory). */
function parseCmakeInputs(inputs, cwd = process.cwd()) {
    const workingDirectory = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPath */ .Cg)('working-directory', inputs.string('working-directory', '.'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs.string('working-directory', '.')));
    const at = (p, input) => (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPath */ .Cg)(input, p, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, p));
    const preset = inputs.argument('preset');
    const analysis = (0,_analysis_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAnalysisInputs */ .jO)(inputs, (p) => at(p, 'sanitizer-suppressions'));
    const buildType = inputs.optional('build-type') ?? (preset ? undefined : ((0,_analysis_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .analysisBuildType */ .XB)(analysis) ?? 'Release'));
    if (buildType !== undefined && !/^[A-Za-z0-9_]+$/.test(buildType)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
    }
    const sourceDir = at(inputs.string('source-dir', '.'), 'source-dir');
    const buildDirInput = inputs.optional('build-dir');
    const testTimeout = inputs.optional('test-timeout') === undefined ? undefined : inputs.int('test-timeout', 0, 1);
    const installPrefix = inputs.optional('install-prefix');
    const toolchainFile = inputs.optional('toolchain-file');
    const checks = parseInstallChecks(inputs, at);
    const install = inputs.bool('install', checks.any);
    if (checks.any && !install) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('install', 'false', `true (or left out) when ${checks.names.join(', ')} is given: the checks need the install`);
    }
    const cmakeVersion = parseCmakeVersion(inputs);
    // The checks need an install they can read: without install-prefix (and without a preset, which may set its own),
    // the install goes to <build-dir>/_install rather than CMake's default /usr/local.
    const defaultPrefix = checks.any && !preset ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(at(buildDirInput ?? 'build', 'build-dir'), '_install') : undefined;
    return {
        workingDirectory,
        sourceDir,
        buildDir: at(buildDirInput ?? 'build', 'build-dir'),
        buildDirGiven: buildDirInput !== undefined,
        buildType,
        generator: notAnOption('generator', inputs.argument('generator'), 'a CMake generator name such as Ninja, Ninja Multi-Config, Unix Makefiles or Visual Studio 17 2022'),
        options: inputs.lines('options').map(parseOption),
        configureArgs: inputs.words('configure-args'),
        buildArgs: inputs.words('build-args'),
        targets: inputs.list('targets').map((t) => notAnOption('targets', (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkArgument */ .s$)('targets', t), 'target names of the project, comma or newline separated')),
        parallel: inputs.int('parallel', (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 1, 1024),
        preset,
        cCompiler: inputs.argument('c-compiler'),
        cxxCompiler: inputs.argument('cxx-compiler'),
        compilerLauncher: inputs.argument('compiler-launcher'),
        toolchainFile: toolchainFile === undefined ? undefined : at(toolchainFile, 'toolchain-file'),
        test: inputs.bool('test', true),
        testArgs: inputs.words('test-args'),
        testExclude: inputs.argument('test-exclude'),
        testLabelExclude: inputs.argument('test-label-exclude'),
        testTimeout,
        testRetries: inputs.int('test-retries', 0, 0, 100),
        install,
        installPrefix: installPrefix === undefined ? defaultPrefix : at(installPrefix, 'install-prefix'),
        installManifest: checks.installManifest,
        consumerDir: checks.consumerDir,
        pkgConfig: checks.pkgConfig,
        cmakeVersion,
        analysis,
    };
}
const PKG_CONFIG_MODULE = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
function parseInstallChecks(inputs, at) {
    const installManifest = inputs.optional('install-manifest');
    const consumerDir = inputs.optional('consumer-dir');
    const pkgConfig = inputs.list('pkg-config');
    for (const module of pkgConfig) {
        if (!PKG_CONFIG_MODULE.test(module))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pkg-config', module, 'pkg-config module names (letters, digits, _ . + -), separated by commas or newlines');
    }
    const names = [installManifest && 'install-manifest', consumerDir && 'consumer-dir', pkgConfig.length && 'pkg-config'].filter((n) => !!n);
    return {
        installManifest: installManifest === undefined ? undefined : at(installManifest, 'install-manifest'),
        consumerDir: consumerDir === undefined ? undefined : at(consumerDir, 'consumer-dir'),
        pkgConfig,
        names,
        any: names.length > 0,
    };
}
/** The `cmake-version` input (an exact release, 3.13 or newer: the commands use -S/-B and --parallel), or undefined. */
function parseCmakeVersion(inputs) {
    const cmakeVersion = inputs.optional('cmake-version');
    const release = cmakeVersion === undefined ? undefined : /^(\d+)\.(\d+)\.\d+(-rc\d+)?$/.exec(cmakeVersion);
    if (cmakeVersion !== undefined && !release) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('cmake-version', cmakeVersion, 'an exact CMake release such as 3.14.7 or 4.0.3 (X.Y.Z)');
    }
    // The commands use -S/-B (CMake 3.13) and --parallel (3.12).
    if (release && Number(release[1]) * 1000 + Number(release[2]) < 3013) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('cmake-version', cmakeVersion, 'CMake 3.13 or newer (the action configures with -S and -B)');
    }
    return cmakeVersion;
}


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rt: () => (/* binding */ msvcEnvironment),
/* harmony export */   yI: () => (/* binding */ vswhereArgs)
/* harmony export */ });
/* unused harmony exports environmentChanges, vcvarsArch, vcvarsCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);



/** The variables `vcvarsall.bat` changed: the lines of `set` after it, less those equal before it. */
function environmentChanges(after, before) {
    const lower = new Map(Object.entries(before).map(([k, v]) => [k.toLowerCase(), v]));
    const changes = {};
    for (const line of after.split(/\r?\n/)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const name = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (lower.get(name.toLowerCase()) !== value)
            changes[name] = value;
    }
    return changes;
}
/** vcvarsall's architecture argument for a Node.js architecture. */
function vcvarsArch(arch) {
    return arch === 'arm64' ? 'arm64' : arch === 'ia32' ? 'x86' : 'x64';
}
/** vswhere's arguments: the newest Visual Studio with the C++ tools, one property (the ccache action asks the same). */
function vswhereArgs(property) {
    return ['-latest', '-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', property];
}
/**
 * The MSVC developer environment (what a "Developer Command Prompt" has), found with vswhere and vcvarsall.
 * vcvarsall is a batch file, so it runs through cmd.exe; the only values on that command line are the path vswhere
 * reported and a fixed architecture word, never an input.
 */
async function msvcEnvironment(exec, env, arch = process.arch) {
    const vswhere = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(vswhere))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No C++ compiler on PATH and no Visual Studio found (${vswhere} is missing).`);
    const found = await exec.run([vswhere, ...vswhereArgs('installationPath')], { silent: true });
    const vs = found.stdout.trim().split(/\r?\n/)[0];
    if (!vs)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('No C++ compiler on PATH and vswhere found no Visual Studio with the C++ tools.');
    const result = await exec.run(vcvarsCommand((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(vs, 'VC', 'Auxiliary', 'Build', 'vcvarsall.bat'), arch), { silent: true, verbatim: true });
    return environmentChanges(result.stdout, env);
}
/**
 * `cmd.exe /d /s /c ""<vcvarsall>" <arch> >nul && set"`, to be passed verbatim: with /s, cmd strips the outer
 * quotes and runs the rest, so the path (it holds spaces) stays quoted.
 */
function vcvarsCommand(vcvarsall, arch) {
    if (/["%^&|<>]/.test(vcvarsall))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot run vcvarsall from a path holding cmd.exe metacharacters: ${vcvarsall}`);
    return ['cmd.exe', '/d', '/s', '/c', `""${vcvarsall}" ${vcvarsArch(arch)} >nul && set"`];
}


/***/ }),

/***/ 30808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ isMultiConfig),
/* harmony export */   d4: () => (/* binding */ planCmake)
/* harmony export */ });
/* unused harmony export JUNIT_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analysis_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35429);


/** Visual Studio, Xcode and Ninja Multi-Config choose the configuration at build time. */
function isMultiConfig(generator) {
    return generator !== undefined && /^(Visual Studio|Xcode|Ninja Multi-Config)/.test(generator);
}
const JUNIT_FILE = 'ctest-junit.xml';
/** Turns the inputs into the exact command lines of each phase. Pure: no I/O. */
function planCmake(inputs, facts) {
    const presets = facts.presets;
    const explicitGenerator = inputs.generator ?? (presets || facts.envGenerator ? undefined : facts.ninja ? 'Ninja' : undefined);
    const generator = inputs.generator ?? presets?.generator ?? facts.envGenerator ?? explicitGenerator;
    const multiConfig = isMultiConfig(generator);
    // A preset's binaryDir is used unless build-dir was given; then -B overrides it, and build/test go by directory.
    const presetDirs = presets !== undefined && presets.binaryDir !== undefined && !inputs.buildDirGiven;
    const buildDir = presetDirs ? presets.binaryDir : inputs.buildDir;
    const config = inputs.buildType;
    const configure = ['cmake'];
    if (presets) {
        configure.push('--preset', presets.configure);
        if (!presetDirs)
            configure.push('-B', buildDir);
    }
    else {
        configure.push('-S', inputs.sourceDir, '-B', buildDir);
    }
    if (explicitGenerator)
        configure.push('-G', explicitGenerator);
    const define = (name, value) => configure.push(`-D${name}=${value}`);
    if (!multiConfig && config)
        define('CMAKE_BUILD_TYPE', config);
    if (inputs.cCompiler)
        define('CMAKE_C_COMPILER', inputs.cCompiler);
    if (inputs.cxxCompiler)
        define('CMAKE_CXX_COMPILER', inputs.cxxCompiler);
    if (inputs.compilerLauncher) {
        define('CMAKE_C_COMPILER_LAUNCHER', inputs.compilerLauncher);
        define('CMAKE_CXX_COMPILER_LAUNCHER', inputs.compilerLauncher);
    }
    if (inputs.toolchainFile)
        define('CMAKE_TOOLCHAIN_FILE', inputs.toolchainFile);
    if (inputs.installPrefix)
        define('CMAKE_INSTALL_PREFIX', inputs.installPrefix);
    if (facts.msvcCcache) {
        define('CMAKE_POLICY_DEFAULT_CMP0141', 'NEW');
        define('CMAKE_MSVC_DEBUG_INFORMATION_FORMAT', 'Embedded');
    }
    const analysis = facts.analysis;
    if (analysis)
        configure.push(...(0,_analysis_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagDefines */ .r1)(analysis.variables, analysis.cached));
    for (const option of inputs.options)
        configure.push(`-D${analysis ? (0,_analysis_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeOption */ .WH)(option, analysis.variables) : option}`);
    configure.push(...inputs.configureArgs);
    const usePreset = (name) => (presetDirs ? name : undefined);
    const buildPreset = usePreset(presets?.build);
    const build = buildPreset ? ['cmake', '--build', '--preset', buildPreset] : ['cmake', '--build', buildDir];
    if (config)
        build.push('--config', config);
    if (inputs.targets.length)
        build.push('--target', ...inputs.targets);
    build.push('--parallel', String(inputs.parallel), ...inputs.buildArgs);
    const phases = [
        { name: 'configure', argv: configure, cwd: presets ? inputs.sourceDir : inputs.workingDirectory },
        { name: 'build', argv: build, cwd: buildPreset ? inputs.sourceDir : inputs.workingDirectory },
    ];
    let junit;
    if (inputs.test) {
        junit = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(buildDir, JUNIT_FILE);
        const testPreset = usePreset(presets?.test);
        const test = testPreset ? ['ctest', '--preset', testPreset] : ['ctest'];
        if (config)
            test.push('-C', config);
        test.push('--output-on-failure', '--output-junit', junit, '--parallel', String(inputs.parallel));
        if (inputs.testTimeout !== undefined)
            test.push('--timeout', String(inputs.testTimeout));
        if (inputs.testExclude)
            test.push('--exclude-regex', inputs.testExclude);
        if (inputs.testLabelExclude)
            test.push('--label-exclude', inputs.testLabelExclude);
        if (inputs.testRetries > 0)
            test.push('--repeat', `until-pass:${inputs.testRetries + 1}`);
        test.push(...inputs.testArgs);
        phases.push({ name: 'test', argv: test, cwd: testPreset ? inputs.sourceDir : buildDir, ...(analysis ? { env: analysis.testEnv } : {}) });
    }
    if (inputs.install) {
        const install = ['cmake', '--install', buildDir];
        if (config)
            install.push('--config', config);
        if (inputs.installPrefix)
            install.push('--prefix', inputs.installPrefix);
        phases.push({ name: 'install', argv: install, cwd: inputs.workingDirectory });
    }
    return { buildDir, generator, multiConfig, junit, phases };
}


/***/ }),

/***/ 96941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);



/** The SHA-256 of a file, hex, streamed from disk in 1 MiB reads (memory stays flat whatever the size). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 75603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EK: () => (/* binding */ withMatchers)
});

// UNUSED EXPORTS: MATCHERS, OutsideWorkspace, matchersDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
;// CONCATENATED MODULE: ./src/common/problem-matchers.ts


function severityOf(text, fallback) {
    const s = (text ?? fallback ?? 'error').toLowerCase();
    return s.startsWith('warn') ? 'warning' : s === 'notice' || s === 'info' ? 'notice' : 'error';
}
/**
 * Applies problem matchers (GitHub's JSON format) to output lines, as the runner does: `add-matcher` loads a file,
 * `remove-matcher` drops an owner, and each line may yield an annotation.
 */
class MatcherSet {
    active = [];
    /** Loads a matcher file; a missing file, bad JSON or a bad regular expression throws (the caller reports it). */
    add(file) {
        this.addSpecs(readMatcherFile(file));
    }
    addSpecs(specs) {
        for (const spec of specs) {
            if (typeof spec.owner !== 'string' || !Array.isArray(spec.pattern) || spec.pattern.length === 0) {
                throw new Error(`each problem matcher needs an owner and at least one pattern`);
            }
            for (const p of spec.pattern)
                new RegExp(p.regexp);
        }
        for (const spec of specs) {
            this.remove(spec.owner);
            this.active.push({ spec, regexps: spec.pattern.map((p) => new RegExp(p.regexp)), next: 0, gathered: {} });
        }
    }
    /** Drops the owners a matcher file defines (`::remove-matcher::FILE`). */
    removeFile(file) {
        for (const spec of readMatcherFile(file))
            this.remove(spec.owner);
    }
    remove(owner) {
        this.active = this.active.filter((a) => a.spec.owner !== owner);
    }
    match(line) {
        const found = [];
        for (const a of this.active) {
            let m = a.regexps[a.next].exec(line);
            if (!m && a.next > 0) {
                const last = a.spec.pattern[a.next - 1];
                // A looping last pattern keeps its place; otherwise a broken sequence starts over.
                if (!(last?.loop && a.next === a.spec.pattern.length))
                    a.next = 0;
                a.gathered = a.next === 0 ? {} : a.gathered;
                m = a.regexps[a.next].exec(line);
            }
            if (!m)
                continue;
            const p = a.spec.pattern[a.next];
            const g = { ...a.gathered };
            if (p.file)
                g.file = m[p.file];
            if (p.line)
                g.line = Number(m[p.line]);
            if (p.column && m[p.column])
                g.col = Number(m[p.column]);
            if (p.severity)
                g.severity = severityOf(m[p.severity], a.spec.severity);
            if (p.message)
                g.message = m[p.message];
            if (p.code)
                g.code = m[p.code];
            if (a.next === a.spec.pattern.length - 1) {
                if (g.message) {
                    found.push({
                        severity: g.severity ?? severityOf(undefined, a.spec.severity),
                        message: g.code && !p.message ? `${g.code}: ${g.message}` : g.message,
                        file: g.file,
                        line: g.line,
                        col: g.col,
                        source: a.spec.owner,
                    });
                }
                if (p.loop)
                    a.gathered = g;
                else {
                    a.next = 0;
                    a.gathered = {};
                }
            }
            else {
                a.next += 1;
                a.gathered = g;
            }
        }
        return found;
    }
}
/** The matchers of a problem-matcher file (GitHub's JSON format). */
function readMatcherFile(file) {
    const json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    return json.problemMatcher ?? [];
}
/** Where the capturing group `index` (1-based) opens in a regular expression's source, or -1. */
function groupStart(source, index) {
    let count = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(' && source[i + 1] !== '?' && ++count === index)
            return i;
        else if (c === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i) && ++count === index)
            return i;
    }
    return -1;
}
/**
 * A regular expression (the same text in .NET, which the runner uses, and in JavaScript) that matches a path inside
 * `workspace`: the workspace followed by a separator, either slash, or a relative path that does not climb out with
 * `../` (the runner reads a relative path from the workspace). On Windows the workspace matches in any case.
 */
function insideWorkspacePattern(workspace, platform = process.platform) {
    const root = (platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix).resolve(workspace).replace(/[\\/]+$/, '');
    const parts = root.split(/[\\/]/).map((part) => [...part]
        .map((ch) => {
        if (/[.*+?^${}()|[\]\\]/.test(ch))
            return `\\${ch}`;
        if (platform === 'win32' && ch.toLowerCase() !== ch.toUpperCase())
            return `[${ch.toUpperCase()}${ch.toLowerCase()}]`;
        return ch;
    })
        .join(''));
    return `(?:${parts.join('[\\\\/]')}[\\\\/]|(?![A-Za-z]:|[\\\\/]|\\.\\.[\\\\/]))`;
}
/**
 * The matchers, each pattern with a `file` group restricted to files inside the workspace (a lookahead at the start
 * of that group): the runner then annotates only the repository's own files. Matchers without a file are unchanged.
 */
function restrictToWorkspace(specs, workspace, platform = process.platform) {
    const inside = insideWorkspacePattern(workspace, platform);
    return specs.map((spec) => ({
        ...spec,
        pattern: spec.pattern.map((p) => {
            if (!p.file)
                return p;
            const at = groupStart(p.regexp, p.file);
            if (at < 0)
                throw new Error(`matcher ${spec.owner}: the pattern ${p.regexp} has no group ${p.file}`);
            const open = p.regexp.startsWith('(?<', at) ? p.regexp.indexOf('>', at) + 1 : at + 1;
            return { ...p, regexp: `${p.regexp.slice(0, open)}(?=${inside})${p.regexp.slice(open)}` };
        }),
    }));
}

;// CONCATENATED MODULE: ./src/common/matchers.ts







const MATCHERS = { gcc: 'aswf-gcc', msvc: 'aswf-msvc', cmake: 'aswf-cmake' };
const OWNERS = {
    gcc: ['aswf-gcc'],
    msvc: ['aswf-msvc'],
    cmake: ['aswf-cmake', 'aswf-cmake-global'],
};
/** The folder of the shipped problem matchers: dist/matchers in the bundle, src/matchers in the sources. */
function matchersDir() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [(0,external_node_path_.join)(here, 'matchers'), (0,external_node_path_.join)(here, '..', 'matchers')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'aswf-gcc.json')))
            return dir;
    }
    return (0,external_node_path_.join)(here, 'matchers');
}
/** What the matchers found in files outside the workspace, per matcher and severity. */
class OutsideWorkspace {
    all = new MatcherSet();
    inside = new MatcherSet();
    /** `owner severity` → count, and the first file seen. */
    counts = new Map();
    constructor(full, restricted) {
        this.all.addSpecs(full);
        this.inside.addSpecs(restricted);
    }
    /** Reads one output line, as the runner's matchers read it. */
    line(text) {
        const annotated = new Set(this.inside.match(text).map((a) => a.source));
        for (const a of this.all.match(text)) {
            if (!a.file || annotated.has(a.source))
                continue;
            const key = `${a.source} ${a.severity}`;
            const seen = this.counts.get(key) ?? { owner: a.source, severity: a.severity, count: 0, example: a.file };
            seen.count++;
            this.counts.set(key, seen);
        }
    }
    /** One line: `aswf-gcc: 109 warnings, 2 errors (e.g. /usr/...); aswf-cmake: ...`, or '' when nothing was outside. */
    describe() {
        const byOwner = new Map();
        for (const c of this.counts.values()) {
            const entry = byOwner.get(c.owner) ?? { parts: [], example: c.example };
            entry.parts.push(`${c.count} ${c.severity}${c.count === 1 ? '' : 's'}`);
            byOwner.set(c.owner, entry);
        }
        return [...byOwner].map(([owner, e]) => `${owner}: ${e.parts.join(', ')} (e.g. ${(0,format/* safe */.gB)(e.example)})`).join('; ');
    }
}
/**
 * Registers problem matchers with the runner for the duration of `fn`, restricted to files of the workspace: the
 * runner annotates only the repository's own files, and what the matchers find outside it (system and third-party
 * headers, CMake's own modules) is counted from the output lines `fn` hands to `onLine` and summarized in one notice.
 * The restricted copies of the shipped matchers are written to RUNNER_TEMP (the runner reads them from there).
 */
async function withMatchers(step, names, fn) {
    const workspace = (0,external_node_path_.resolve)(step.env.GITHUB_WORKSPACE || process.cwd());
    const full = [];
    const restricted = [];
    const dir = (0,external_node_path_.join)(step.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'aswf-matchers');
    for (const name of names) {
        const shipped = (0,external_node_path_.join)(matchersDir(), `${MATCHERS[name]}.json`);
        const specs = readMatcherFile(shipped);
        const own = restrictToWorkspace(specs, workspace);
        const file = (0,external_node_path_.join)(dir, `${MATCHERS[name]}.json`);
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, JSON.stringify({ problemMatcher: own }, null, 2) + '\n');
        }
        catch (err) {
            // Annotations are a help, never a reason to fail the build: the shipped matcher, unrestricted, then.
            step.warning(`Cannot write the workspace-only problem matcher ${(0,format/* safe */.gB)(file)} (${(0,format/* safe */.gB)((0,errors/* errorMessage */.gJ)(err))}): files outside the workspace are annotated too.`);
            step.command('add-matcher', {}, shipped);
            continue;
        }
        full.push(...specs);
        restricted.push(...own);
        step.command('add-matcher', {}, file);
    }
    const outside = new OutsideWorkspace(full, restricted);
    try {
        return await fn((line) => outside.line(line));
    }
    finally {
        for (const name of names)
            for (const owner of OWNERS[name])
                step.command('remove-matcher', { owner }, '');
        const text = outside.describe();
        if (text)
            step.notice(`Not annotated, in files outside the workspace ${(0,format/* safe */.gB)(workspace)}: ${text}. The log has each of them.`, { title: 'Outside the workspace' });
    }
}


/***/ }),

/***/ 29353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `path` is `root` itself or lies below it (absolute paths, compared as given: no link is resolved). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}


/***/ })

};

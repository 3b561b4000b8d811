export const id = 397;
export const ids = [397];
export const modules = {

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

/***/ 95314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aK: () => (/* binding */ hitRate),
/* harmony export */   d3: () => (/* binding */ parseStatsSnapshot),
/* harmony export */   gJ: () => (/* binding */ statsSnapshot),
/* harmony export */   q: () => (/* binding */ NOTHING_COMPILED),
/* harmony export */   uq: () => (/* binding */ readStats),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports parsePrintStats, parseShowStats */
/** The one wording, in the log and the summary, for a job in which ccache saw no compilation (an incremental build). */
const NOTHING_COMPILED = 'nothing compiled';
/** The hits and misses as `<hits> <misses>` (CCACHE_CONFIGURE_STATS_VARIABLE). */
function statsSnapshot(s) {
    return `${s.hits} ${s.misses}`;
}
/** Reads `<hits> <misses>` back; undefined for anything else. */
function parseStatsSnapshot(text) {
    const m = /^(\d+) (\d+)$/.exec(text?.trim() ?? '');
    return m ? { hits: Number(m[1]), misses: Number(m[2]) } : undefined;
}
/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
async function readStats(exec, ccache, env) {
    const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
    const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
    const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
    return { stats, text: show.stdout };
}
function hitRate(s) {
    const total = s.hits + s.misses;
    return total === 0 ? undefined : (100 * s.hits) / total;
}
const UNCACHEABLE = [
    'autoconf_test',
    'bad_compiler_arguments',
    'called_for_link',
    'called_for_preprocessing',
    'compile_failed',
    'multiple_source_files',
    'no_input_file',
    'output_to_stdout',
    'preprocessor_error',
    'unsupported_code_directive',
    'unsupported_compiler_option',
    'unsupported_source_language',
];
/** Parses the tab-separated `ccache --print-stats` output (ccache 4.x). */
function parsePrintStats(text) {
    const values = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^(\w+)\t(-?\d+)\s*$/.exec(line);
        if (m)
            values.set(m[1], Number(m[2]));
    }
    if (!values.has('cache_miss') && !values.has('direct_cache_hit'))
        return undefined;
    const get = (k) => values.get(k) ?? 0;
    return {
        hits: get('direct_cache_hit') + get('preprocessed_cache_hit'),
        misses: get('cache_miss'),
        uncacheable: UNCACHEABLE.reduce((n, k) => n + get(k), 0),
        files: values.get('files_in_cache'),
        sizeBytes: values.has('cache_size_kibibyte') ? get('cache_size_kibibyte') * 1024 : undefined,
    };
}
const SIZE_UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3 };
/** Parses the human-readable `ccache -s` of ccache 3.x (`cache hit (direct)  12`, `cache size  1.2 MB`). */
function parseShowStats(text) {
    const number = (re) => {
        const m = re.exec(text);
        return m ? Number(m[1]) : undefined;
    };
    const direct = number(/^cache hit \(direct\)\s+(\d+)/m);
    const pre = number(/^cache hit \(preprocessed\)\s+(\d+)/m);
    const miss = number(/^cache miss\s+(\d+)/m);
    if (direct === undefined && pre === undefined && miss === undefined)
        return undefined;
    const size = /^cache size\s+([\d.]+)\s*([KMGT]i?B|B)/im.exec(text);
    let uncacheable = 0;
    for (const re of [/^called for link\s+(\d+)/m, /^compile failed\s+(\d+)/m, /^unsupported compiler option\s+(\d+)/m, /^no input file\s+(\d+)/m, /^preprocessor error\s+(\d+)/m]) {
        uncacheable += number(re) ?? 0;
    }
    return {
        hits: (direct ?? 0) + (pre ?? 0),
        misses: miss ?? 0,
        uncacheable,
        files: number(/^files in cache\s+(\d+)/m),
        sizeBytes: size ? Math.round(Number(size[1]) * (SIZE_UNITS[size[2].toUpperCase()] ?? 1)) : undefined,
    };
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let i = 0;
    while (value >= 1024 && i < units.length - 1) {
        value /= 1024;
        i++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[i]}`;
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

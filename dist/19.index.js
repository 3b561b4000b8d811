export const id = 19;
export const ids = [19];
export const modules = {

/***/ 70019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/exec.ts
var common_exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
;// CONCATENATED MODULE: ./src/ccache/backend.ts
class TimeoutError extends Error {
    name = 'TimeoutError';
}
/** Resolves like `promise`, or rejects with a TimeoutError after ms (the promise is left to settle on its own). */
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

;// CONCATENATED MODULE: ./src/ccache/decide.ts
function isDefaultBranch(ref, defaultBranch) {
    if (defaultBranch)
        return ref === `refs/heads/${defaultBranch}`;
    return ref === 'refs/heads/main' || ref === 'refs/heads/master';
}
/** Whether the post step saves the cache: the save input, the event, the build's outcome and what is new. */
function decideSave(c) {
    if (c.mode === 'never')
        return { save: false, reason: 'save is never' };
    if (c.mode === 'auto' && c.event.startsWith('pull_request')) {
        return { save: false, reason: `save is auto and the event is ${c.event}: pull requests restore but do not save` };
    }
    if (c.mode === 'default-branch' && !isDefaultBranch(c.ref, c.defaultBranch)) {
        return { save: false, reason: `save is default-branch and ${c.ref || 'this ref'} is not the default branch${c.defaultBranch ? ` (${c.defaultBranch})` : ''}` };
    }
    if (c.outcome === 'failure' && !c.saveOnFailure)
        return { save: false, reason: 'the build failed and save-on-failure is false' };
    if (c.exactHit)
        return { save: false, reason: 'the entry restored has this run\'s key already (entries are immutable)' };
    if (c.newResults === 0)
        return { save: false, reason: 'every compilation was a cache hit: nothing new to save' };
    const failed = c.outcome === 'failure' ? ' (the build failed; save-on-failure keeps what it compiled)' : '';
    const what = c.newResults === undefined ? 'statistics unavailable, saving to be safe' : `${c.newResults} new result${c.newResults === 1 ? '' : 's'}`;
    return { save: true, reason: `${what}${failed}` };
}

;// CONCATENATED MODULE: ./src/ccache/github.ts

/** Loads @actions/cache only when a cache is restored or saved (it is heavy: HTTP clients, Azure storage). */
const loadCacheService = async () => (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(942), __webpack_require__.e(824), __webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 22645)));
/** Whether the runner's cache service is reachable, as @actions/cache decides it (without loading it). */
function cacheServiceAvailable(env) {
    const host = (() => {
        try {
            return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
        }
        catch {
            return 'GITHUB.COM';
        }
    })();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    const v2 = !ghes && !!env.ACTIONS_CACHE_SERVICE_V2;
    return v2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
const REFUSED = /^(ReserveCacheError|CacheWriteDeniedError)$/;
/** GitHub's cache service through @actions/cache (which logs its own progress and many of its errors). */
class GithubBackend {
    load;
    name = 'github';
    where = "GitHub's cache service";
    constructor(load = loadCacheService) {
        this.load = load;
    }
    async restore(dir, primary, restoreKeys) {
        const service = await this.load();
        return (await service.restoreCache([dir], primary, restoreKeys)) || undefined;
    }
    async save(dir, key) {
        const service = await this.load();
        try {
            // Entries are immutable: say so plainly instead of letting the service refuse the reservation.
            const existing = await service.restoreCache([dir], key, [], { lookupOnly: true });
            if (existing === key)
                return { status: 'refused', message: `an entry with the key ${key} exists already (entries are immutable)` };
        }
        catch {
            // the lookup is only a courtesy; the save below tells
        }
        try {
            const id = await service.saveCache([dir], key);
            if (id === -1 || id === undefined) {
                return { status: 'failed', message: `the cache service did not save ${key} (its message is above: another job may be saving the same key, the token may be read-only, or the service failed)` };
            }
            return { status: 'saved' };
        }
        catch (err) {
            if (err instanceof Error && REFUSED.test(err.name))
                return { status: 'refused', message: (0,errors/* errorMessage */.gJ)(err) };
            throw err;
        }
    }
}

// EXTERNAL MODULE: ./src/ccache/inputs.ts
var ccache_inputs = __webpack_require__(67636);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ccache/install.ts




/** The ccache release installed on Windows, and the SHA-256 of its archive (from the release's published checksums). */
const WINDOWS_CCACHE = {
    version: '4.10.2',
    url: 'https://github.com/ccache/ccache/releases/download/v4.10.2/ccache-4.10.2-windows-x86_64.zip',
    sha256: '6252f081876a9a9f700fae13a5aec5d0d486b28261d7f1f72ac11c7ad9df4da9',
};
/** The commands that install ccache with a package manager, in the order they are tried (apt-get first tries without an update). */
function installCommands(manager, sudo) {
    const s = sudo ? ['sudo'] : [];
    switch (manager) {
        case 'apt-get': {
            const install = [...s, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'ccache'];
            return [[install], [[...s, 'apt-get', 'update'], install]];
        }
        case 'dnf':
        case 'yum':
            return [[[...s, manager, 'install', '-y', 'ccache']], [[...s, manager, 'install', '-y', 'epel-release'], [...s, manager, 'install', '-y', 'ccache']]];
        case 'apk':
            return [[[...s, 'apk', 'add', '--no-cache', 'ccache']]];
        case 'brew':
            return [[['brew', 'install', 'ccache']]];
        default:
            return [];
    }
}
async function sha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function findFile(dir, name) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
        const path = (0,external_node_path_.join)(dir, entry);
        if (entry.toLowerCase() === name)
            return path;
        if ((0,external_node_fs_.statSync)(path).isDirectory()) {
            const found = findFile(path, name);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Downloads the pinned Windows release, checks its checksum and keeps it in the runner's tool cache. */
async function installWindows(step) {
    const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(942), __webpack_require__.e(838), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    let dir = tc.find('ccache', WINDOWS_CCACHE.version, 'x64');
    if (!dir) {
        step.info(`Downloading ccache ${WINDOWS_CCACHE.version} from ${WINDOWS_CCACHE.url}`);
        const zip = await tc.downloadTool(WINDOWS_CCACHE.url);
        const actual = await sha256(zip);
        if (actual !== WINDOWS_CCACHE.sha256) {
            throw new errors/* UserError */.yo(`The ccache download ${WINDOWS_CCACHE.url} has SHA-256 ${actual}, expected ${WINDOWS_CCACHE.sha256}: refusing to use it.`);
        }
        const extracted = await tc.extractZip(zip);
        const exe = findFile(extracted, 'ccache.exe');
        if (!exe)
            throw new errors/* UserError */.yo(`The ccache download ${WINDOWS_CCACHE.url} holds no ccache.exe.`);
        dir = await tc.cacheDir((0,external_node_path_.join)(exe, '..'), 'ccache', WINDOWS_CCACHE.version, 'x64');
    }
    step.addPath(dir);
}
/**
 * The path of ccache on the executor: found on PATH, or installed when `mode` is auto (a package manager on Linux,
 * with sudo only when not root and sudo exists; Homebrew on macOS; the pinned release on Windows). Returns undefined,
 * after a warning, when installing failed (the build goes on without ccache).
 */
async function findOrInstallCcache(step, exec, mode, platform) {
    const found = await exec.which('ccache');
    if (found)
        return found;
    if (mode === 'never') {
        throw new errors/* UserError */.yo(`ccache was not found on PATH on the ${exec.where} and install-ccache is never: install ccache before this step, or set install-ccache: auto.`);
    }
    try {
        if (platform === 'win32' && exec.where === 'host') {
            await installWindows(step);
            return (await exec.which('ccache')) ?? (0,external_node_path_.join)(step.env.PATH?.split(';')[0] ?? '', 'ccache.exe');
        }
        const managers = platform === 'darwin' && exec.where === 'host' ? ['brew'] : ['apt-get', 'dnf', 'yum', 'apk'];
        let manager;
        for (const m of managers)
            if (await exec.which(m))
                manager = manager ?? m;
        if (!manager)
            throw new Error(`no package manager found (looked for ${managers.join(', ')})`);
        let sudo = false;
        if (manager !== 'brew') {
            const id = await exec.run(['id', '-u'], { silent: true, ignoreReturnCode: true });
            sudo = id.stdout.trim() !== '0' && (await exec.which('sudo')) !== undefined;
        }
        for (const attempt of installCommands(manager, sudo)) {
            let ok = true;
            for (const argv of attempt)
                ok = ok && (await exec.run(argv, { ignoreReturnCode: true })).exitCode === 0;
            if (ok)
                break;
        }
        const installed = await exec.which('ccache');
        if (!installed)
            throw new Error(`${manager} did not install ccache`);
        return installed;
    }
    catch (err) {
        step.warning(`Could not install ccache on the ${exec.where} (${(0,errors/* errorMessage */.gJ)(err)}): the build goes on without a compiler cache. Install ccache before this step to use it.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/ccache/keys.ts


/** The key part used when the key input is empty, so that the number of parts never changes. */
const NO_KEY = '_';
/**
 * `ccache-v<version>-<os>-<arch>-<toolchain>-<key>-<run id>-<run attempt>`. Restore keys drop parts from the right:
 * an earlier attempt of this run, then the newest entry for this toolchain and key, then (after the user's extra
 * fallbacks, which replace the key part) any entry of this toolchain. Every prefix ends with `-` and no part
 * holds a `-`, so a prefix never matches another toolchain, key or cache version.
 */
function cacheKeys(p) {
    const toolchain = `ccache-v${p.cacheVersion}-${(0,ccache_inputs/* sanitizePart */.bK)(p.os)}-${(0,ccache_inputs/* sanitizePart */.bK)(p.arch)}-${p.toolchain}-`;
    const withKey = `${toolchain}${p.key || NO_KEY}-`;
    const run = `${withKey}${(0,ccache_inputs/* sanitizePart */.bK)(p.runId)}-`;
    const extra = (p.restoreKeys ?? []).map((k) => `${toolchain}${k}-`);
    const restoreKeys = [...new Set([run, withKey, ...extra, toolchain])];
    return { primary: `${run}${(0,ccache_inputs/* sanitizePart */.bK)(p.runAttempt)}`, restoreKeys };
}
const shortHash = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/**
 * The toolchain part of a container image reference: its last path component without a digest, plus a short hash
 * of the whole reference (`ghcr.io/aswf/ci-vfxall:2024` → `ci_vfxall_2024.1a2b3c4d`).
 */
function imageToolchain(image) {
    const name = image.trim().split('@')[0].split('/').pop() || image;
    return `${(0,ccache_inputs/* sanitizePart */.bK)(name).slice(0, 40)}.${shortHash(image.trim())}`;
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

;// CONCATENATED MODULE: ./src/ccache/local.ts



const SUFFIX = '.tgz';
/** Temporary files of saves in progress (or killed): never listed as entries, removed when stale. */
const TEMP_PREFIX = '.partial-';
const STALE_MS = 60 * 60 * 1000;
/**
 * Entries as compressed tar archives `<key>.tgz` in one folder (a persistent disk of a self-hosted runner, or a
 * developer's machine). The same semantics as GitHub's service: the exact key, else the newest entry whose key starts
 * with the first restore prefix that matches any. A save writes a temporary file and renames it into place, so a
 * half-written entry is never restored; after a save the oldest entries beyond `budgetBytes` are deleted.
 */
class LocalBackend {
    dir;
    budgetBytes;
    name = 'local';
    where;
    constructor(dir, budgetBytes) {
        this.dir = dir;
        this.budgetBytes = budgetBytes;
        this.where = `the folder ${dir}`;
    }
    /** The complete entries, newest first. */
    entries() {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const name of names) {
            if (!name.endsWith(SUFFIX) || name.startsWith('.'))
                continue;
            try {
                const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.dir, name));
                if (st.isFile())
                    out.push({ key: name.slice(0, -SUFFIX.length), file: (0,external_node_path_.join)(this.dir, name), bytes: st.size, mtimeMs: st.mtimeMs });
            }
            catch {
                // removed meanwhile
            }
        }
        return out.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    }
    /** The entry a restore takes: the primary key, else the newest match of the first prefix that has one. */
    find(primary, restoreKeys) {
        const all = this.entries();
        const exact = all.find((e) => e.key === primary);
        if (exact)
            return exact;
        for (const prefix of restoreKeys) {
            const match = all.find((e) => e.key.startsWith(prefix));
            if (match)
                return match;
        }
        return undefined;
    }
    async restore(dir, primary, restoreKeys) {
        const entry = this.find(primary, restoreKeys);
        if (!entry)
            return undefined;
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await tar.x({ file: entry.file, cwd: dir, strict: true });
        return entry.key;
    }
    async save(dir, key) {
        const file = (0,external_node_path_.join)(this.dir, key + SUFFIX);
        try {
            (0,external_node_fs_.statSync)(file);
            return { status: 'refused', message: `an entry with the key ${key} exists already in ${this.dir} (entries are immutable)` };
        }
        catch {
            // the key is free
        }
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        this.removeStale();
        const temp = (0,external_node_path_.join)(this.dir, `${TEMP_PREFIX}${key}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
        try {
            // ccache's files are compressed already: gzip's fastest level keeps the archive one file at little cost.
            await tar.c({ file: temp, cwd: dir, gzip: { level: 1 }, portable: true }, (0,external_node_fs_.readdirSync)(dir));
            (0,external_node_fs_.renameSync)(temp, file);
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(temp, { force: true });
            throw err;
        }
        const bytes = (0,external_node_fs_.statSync)(file).size;
        this.prune(key);
        return { status: 'saved', bytes };
    }
    /** Deletes the oldest entries beyond the budget (never `keep`, the entry just saved); returns the keys deleted. */
    prune(keep) {
        let total = 0;
        const removed = [];
        for (const entry of this.entries()) {
            total += entry.bytes;
            if (total > this.budgetBytes && entry.key !== keep) {
                (0,external_node_fs_.rmSync)(entry.file, { force: true });
                removed.push(entry.key);
                total -= entry.bytes;
            }
        }
        return removed;
    }
    removeStale() {
        for (const name of (0,external_node_fs_.readdirSync)(this.dir)) {
            if (!name.startsWith(TEMP_PREFIX))
                continue;
            try {
                if (Date.now() - (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.dir, name)).mtimeMs > STALE_MS)
                    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.dir, name), { force: true });
            }
            catch {
                // another job's save finished or removed it
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/ccache/stats.ts
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

;// CONCATENATED MODULE: ./src/ccache/toolchain.ts



/**
 * Identifies the toolchain for the cache key: the container image when the container action started one, else the
 * compiler (CXX, CC, then c++, cc, g++, gcc, clang++, clang, cl on the executor's PATH) by its version output.
 */
async function detectToolchain(exec, env) {
    const image = env[vars/* CONTAINER_IMAGE_VARIABLE */.vM]?.trim();
    if (image)
        return { id: imageToolchain(image), source: `container image ${image}` };
    const candidates = [env.CXX, env.CC, 'c++', 'cc', 'g++', 'gcc', 'clang++', 'clang', 'cl'].filter((c) => !!c?.trim());
    for (const candidate of candidates) {
        const path = await exec.which(candidate.trim());
        if (!path)
            continue;
        const msvc = /^cl(\.exe)?$/i.test((0,external_node_path_.basename)(path));
        const result = await exec.run(msvc ? [path] : [path, '--version'], { silent: true, ignoreReturnCode: true });
        const text = msvc ? result.stderr + result.stdout : result.stdout || result.stderr;
        const id = compilerToolchain(text);
        if (id !== 'unknown')
            return { id, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
    }
    return { id: 'nocompiler', source: 'no compiler found on PATH' };
}

;// CONCATENATED MODULE: ./src/ccache/run.ts
















const STATE = 'ccache';
function defaultLocalDir(env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'aswf-ci', 'ccache');
}
function defaultCcacheDir(env, platform) {
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'ccache');
    if (platform === 'win32')
        return (0,external_node_path_.join)(env.LOCALAPPDATA || (0,external_node_os_.homedir)(), 'ccache');
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'ccache');
}
/** The local backend keeps up to four times max-size of entries (10 GB when max-size is 0, at least 1 GB). */
function localBudget(maxSizeBytes) {
    return maxSizeBytes === 0 ? 10e9 : Math.max(4 * maxSizeBytes, 1e9);
}
function makeBackend(name, localDir, budget, deps) {
    if (name === 'github')
        return new GithubBackend(deps.cacheService ?? loadCacheService);
    if (name === 'local' && localDir)
        return new LocalBackend(localDir, budget ?? 1e9);
    return undefined;
}
/** ccache's settings for hits across checkout paths and machines, as CCACHE_* variables (they reach containers too). */
function ccacheEnvironment(inputs, dir, workspace) {
    const env = {
        CCACHE_DIR: dir,
        CCACHE_BASEDIR: workspace,
        CCACHE_NOHASHDIR: '1',
        // A fresh runner or container gives the compiler a new mtime: hash its content instead.
        CCACHE_COMPILERCHECK: 'content',
        CCACHE_COMPRESS: '1',
        CCACHE_MAXSIZE: inputs.maxSize,
    };
    if (inputs.compressionLevel !== undefined)
        env.CCACHE_COMPRESSLEVEL = String(inputs.compressionLevel);
    return env;
}
async function ccacheMain(step, deps = {}) {
    const inputs = (0,ccache_inputs/* parseCcacheInputs */.w$)(step.inputs);
    const now = deps.now ?? Date.now;
    const startMs = now();
    const platform = deps.platform ?? process.platform;
    const exec = deps.exec ?? (0,common_exec.executorFor)(step.env, (l) => step.info(l));
    const env = step.env;
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const ccache = await step.group('Find ccache', () => findOrInstallCcache(step, exec, inputs.installCcache, platform));
    if (!ccache) {
        step.setOutput('cache-hit', 'miss');
        step.setOutput('launcher', '');
        return;
    }
    const versionOut = await exec.run([ccache, '--version'], { silent: true, ignoreReturnCode: true });
    const version = /(\d+\.\d+(?:\.\d+)?)/.exec(versionOut.stdout)?.[1] ?? 'unknown';
    const dir = inputs.ccacheDir ? (0,external_node_path_.resolve)(workspace, inputs.ccacheDir) : defaultCcacheDir(env, platform);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const toolchain = await detectToolchain(exec, env);
    const keys = cacheKeys({
        cacheVersion: inputs.cacheVersion,
        os: env.RUNNER_OS || platform,
        arch: env.RUNNER_ARCH || process.arch,
        toolchain: toolchain.id,
        key: inputs.key,
        runId: env.GITHUB_RUN_ID || String(startMs),
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        restoreKeys: inputs.restoreKeys,
    });
    step.info(`ccache ${version} at ${ccache} (on the ${exec.where}), cache folder ${dir}`);
    step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);
    let backendName = inputs.backend ?? (cacheServiceAvailable(env) ? 'github' : 'local');
    if (backendName === 'github' && !cacheServiceAvailable(env)) {
        step.warning("backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): the cache is neither restored nor saved. Use backend: local on self-hosted runners.");
    }
    const localDir = inputs.localDir ? (0,external_node_path_.resolve)(workspace, inputs.localDir) : defaultLocalDir(env);
    const budgetBytes = localBudget(inputs.maxSizeBytes);
    const usable = backendName === 'local' || cacheServiceAvailable(env);
    const backend = usable ? makeBackend(backendName, localDir, budgetBytes, deps) : undefined;
    let restored;
    let restoreMs;
    if (backend) {
        await step.group(`Restore the cache from ${backend.where}`, async () => {
            step.info(`Primary key: ${keys.primary}`);
            step.info(`Restore keys, in order:\n  ${keys.restoreKeys.join('\n  ')}`);
            const t0 = now();
            try {
                restored = await withTimeout(backend.restore(dir, keys.primary, keys.restoreKeys), deps.restoreTimeoutMs ?? 15 * 60_000, 'Restoring the cache');
                restoreMs = now() - t0;
            }
            catch (err) {
                step.warning(`Restoring the ccache cache failed (${(0,errors/* errorMessage */.gJ)(err)}); the build goes on with an empty cache.`);
            }
            step.info(restored ? `Restored ${restored} in ${(0,format/* seconds */.YA)(restoreMs ?? 0)}.` : 'No cache entry matched: starting with an empty cache.');
        });
    }
    const hit = !restored ? 'miss' : restored === keys.primary ? 'exact' : 'partial';
    const ccacheEnv = ccacheEnvironment(inputs, dir, workspace);
    for (const [name, value] of Object.entries(ccacheEnv))
        step.exportVariable(name, value);
    step.exportVariable(vars/* CCACHE_DIR_VARIABLE */.R8, dir);
    step.exportVariable('CMAKE_C_COMPILER_LAUNCHER', ccache);
    step.exportVariable('CMAKE_CXX_COMPILER_LAUNCHER', ccache);
    await exec.run([ccache, '--zero-stats'], { env: ccacheEnv, silent: true });
    step.setOutput('cache-hit', hit);
    step.setOutput('primary-key', keys.primary);
    step.setOutput('restored-key', restored ?? '');
    step.setOutput('ccache-dir', dir);
    step.setOutput('launcher', ccache);
    const state = { ccache, version, dir, env: ccacheEnv, backend: backend?.name, localDir, budgetBytes, primary: keys.primary, restored, restoreMs, startMs };
    step.saveState(STATE, JSON.stringify(state));
}
/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
async function readStats(exec, ccache, env) {
    const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
    const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
    const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
    return { stats, text: show.stdout };
}
function defaultBranch(env) {
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        const head = event.pull_request?.head?.repo?.full_name;
        return { branch: event.repository?.default_branch, fork: !!head && head !== event.repository?.full_name };
    }
    catch {
        return { fork: false };
    }
}
function versionAtLeast(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map(Number);
    return a > major || (a === major && b >= minor);
}
async function ccachePost(step, deps = {}) {
    const raw = step.getState(STATE);
    if (!raw) {
        step.info('The ccache main step did not set up a cache: nothing to report or save.');
        return;
    }
    const state = JSON.parse(raw);
    const inputs = (0,ccache_inputs/* parseCcacheInputs */.w$)(step.inputs);
    const now = deps.now ?? Date.now;
    const exec = deps.exec ?? (0,common_exec.executorFor)(step.env, (l) => step.info(l));
    const env = step.env;
    const { stats, text } = await readStats(exec, state.ccache, state.env);
    await step.group('ccache statistics', async () => step.info(text.trim() || '(ccache printed no statistics)'));
    const rate = stats ? hitRate(stats) : undefined;
    if (stats) {
        step.info(`ccache: ${stats.hits} hits, ${stats.misses} misses${rate === undefined ? '' : ` (${rate.toFixed(1)} % hits)`}${stats.files !== undefined ? `, ${stats.files} files` : ''}${stats.sizeBytes !== undefined ? `, ${formatBytes(stats.sizeBytes)}` : ''}.`);
    }
    const outcomeText = env[vars/* BUILD_OUTCOME_VARIABLE */.Jw];
    const outcome = outcomeText === 'success' || outcomeText === 'failure' ? outcomeText : 'unknown';
    const { branch, fork } = defaultBranch(env);
    const decision = decideSave({
        mode: inputs.save,
        saveOnFailure: inputs.saveOnFailure,
        event: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        defaultBranch: branch,
        outcome,
        newResults: stats?.misses,
        exactHit: state.restored === state.primary,
    });
    const backend = makeBackend(state.backend, state.localDir, state.budgetBytes, deps);
    let saved = `not saved: ${decision.reason}`;
    if (!backend) {
        saved = 'not saved: no cache backend available';
    }
    else if (!decision.save) {
        step.info(`Not saving the cache: ${decision.reason}.`);
    }
    else if (backend.name === 'github' && fork) {
        step.notice('Not saving the ccache cache: GitHub refuses cache saves from pull requests of forks.');
        saved = 'not saved: pull request from a fork (read-only token)';
    }
    else {
        saved = await step.group(`Save the cache to ${backend.where}`, async () => {
            if (inputs.evictUnused)
                await evictUnused(step, exec, state, now());
            step.info(`Saving ${state.primary}: ${decision.reason}.`);
            const t0 = now();
            try {
                const result = await withTimeout(backend.save(state.dir, state.primary), deps.saveTimeoutMs ?? 15 * 60_000, 'Saving the cache');
                const ms = now() - t0;
                if (result.status === 'saved') {
                    step.info(`Saved ${state.primary}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''} in ${(0,format/* seconds */.YA)(ms)}.`);
                    return `saved as <code>${(0,format/* cell */.Hn)(state.primary)}</code> in ${(0,format/* seconds */.YA)(ms)}${result.bytes !== undefined ? ` (${formatBytes(result.bytes)})` : ''}`;
                }
                if (result.status === 'refused') {
                    step.notice(`The ccache cache was not saved: ${result.message}.`);
                    return `not saved: ${(0,format/* cell */.Hn)(result.message)}`;
                }
                step.warning(`Saving the ccache cache failed: ${result.message}. The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)(result.message)}`;
            }
            catch (err) {
                step.warning(`Saving the ccache cache failed (${(0,errors/* errorMessage */.gJ)(err)}). The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)((0,errors/* errorMessage */.gJ)(err))}`;
            }
        });
    }
    step.summary(summaryMarkdown(state, stats, rate, saved));
}
/** Drops cache files this job did not use (their mtime is older than the job's start: ccache touches what it uses). */
async function evictUnused(step, exec, state, nowMs) {
    if (!versionAtLeast(state.version, 4, 4)) {
        step.notice(`ccache ${state.version} has no --evict-older-than (ccache 4.4 or newer): unused cache files are kept; max-size still bounds the cache.`);
        return;
    }
    const age = Math.max(1, Math.ceil((nowMs - state.startMs) / 1000));
    const result = await exec.run([state.ccache, '--evict-older-than', `${age}s`], { env: state.env, ignoreReturnCode: true });
    if (result.exitCode !== 0)
        step.warning(`ccache --evict-older-than ${age}s failed (exit code ${result.exitCode}); saving the cache as it is.`);
}
function summaryMarkdown(state, stats, rate, saved) {
    const head = rate === undefined ? 'no compilations' : `${rate.toFixed(1)} % hits`;
    const rows = [];
    if (stats) {
        rows.push(['Hits', String(stats.hits)], ['Misses', String(stats.misses)], ['Hit rate', rate === undefined ? 'n/a' : `${rate.toFixed(1)} %`]);
        if (stats.files !== undefined)
            rows.push(['Files', String(stats.files)]);
        if (stats.sizeBytes !== undefined)
            rows.push(['Size', formatBytes(stats.sizeBytes)]);
    }
    else {
        rows.push(['Statistics', 'unavailable']);
    }
    const restored = state.restored
        ? `${state.restored === state.primary ? 'exact' : 'partial'}: <code>${(0,format/* cell */.Hn)(state.restored)}</code>${state.restoreMs !== undefined ? ` in ${(0,format/* seconds */.YA)(state.restoreMs)}` : ''}`
        : state.backend
            ? 'miss (empty cache)'
            : 'no cache backend';
    rows.push(['Restored', restored], ['Saved', saved]);
    return `### ccache: ${head}\n\n${(0,format/* table */.tp)(['ccache', ''], rows)}`;
}

;// CONCATENATED MODULE: ./src/actions/ccache.ts

/** Restores the compiler cache and sets ccache up for the build. */
async function main(step) {
    await ccacheMain(step);
}
/** Reports the statistics and saves the cache. */
async function post(step) {
    await ccachePost(step);
}


/***/ }),

/***/ 67636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bK: () => (/* binding */ sanitizePart),
/* harmony export */   w$: () => (/* binding */ parseCcacheInputs)
/* harmony export */ });
/* unused harmony exports SAVE_MODES, BACKENDS, parseSize */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

const SAVE_MODES = ['auto', 'always', 'default-branch', 'never'];
const BACKENDS = ['github', 'local'];
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
/** Parses the ccache action's inputs: a pure function of the step's environment. */
function parseCcacheInputs(inputs) {
    const cacheVersion = inputs.string('cache-version', '1');
    if (!/^[A-Za-z0-9._+]+$/.test(cacheVersion)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cache-version', cacheVersion, 'letters, digits, dots, plus signs or underscores (e.g. 1 or 2)');
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
    const keyParts = inputs.list('key').map(sanitizePart).filter(Boolean);
    return {
        cacheVersion,
        key: keyParts.join('_'),
        restoreKeys: inputs.lines('restore-keys').map((k) => k.split(/[,]/).map(sanitizePart).filter(Boolean).join('_')).filter(Boolean),
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
    };
}


/***/ })

};

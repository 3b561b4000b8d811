export const id = 781;
export const ids = [781];
export const modules = {

/***/ 20781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/common/exec.ts
var exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
// EXTERNAL MODULE: ./src/container/docker.ts
var container_docker = __webpack_require__(93959);
// EXTERNAL MODULE: ./src/ccache/backend.ts
var ccache_backend = __webpack_require__(49073);
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

// EXTERNAL MODULE: ./src/ccache/github.ts
var github = __webpack_require__(10414);
// EXTERNAL MODULE: ./src/ccache/inputs.ts
var ccache_inputs = __webpack_require__(67636);
// EXTERNAL MODULE: ./src/common/hash.ts
var hash = __webpack_require__(96941);
// EXTERNAL MODULE: ./src/common/packages.ts
var common_packages = __webpack_require__(90748);
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
        const actual = await (0,hash/* sha256File */.Q)(zip);
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
        const manager = await (0,common_packages/* findPackageManager */.Lr)(exec, platform);
        if (!manager)
            throw new Error(`no package manager found (looked for ${platform === 'darwin' && exec.where === 'host' ? 'brew' : common_packages/* LINUX_MANAGERS */.K7.join(', ')})`);
        const sudo = manager !== 'brew' && (await (0,common_packages/* needsSudo */.jM)(exec));
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

// EXTERNAL MODULE: ./src/ccache/keys.ts
var ccache_keys = __webpack_require__(97325);
// EXTERNAL MODULE: ./src/ccache/local.ts
var local = __webpack_require__(68314);
;// CONCATENATED MODULE: ./src/ccache/staging.ts


/**
 * The folder cache entries are restored into and saved from: a sibling of the ccache folder, so on the same
 * filesystem (moves are renames). Its path is stable, because GitHub's cache service ties an entry to the paths it
 * was saved with. A restore that timed out may go on writing here in the background; the live ccache folder never
 * sees it.
 */
function entryDir(ccacheDir) {
    return `${ccacheDir}.entry`;
}
/**
 * Moves everything in `from` (if it exists) into `to` (folders merged, files replaced), then removes `from` unless `keepFrom`.
 * `to` itself is kept (never replaced), so a bind mount of it into a container stays valid. Renames; copies (keeping
 * timestamps) only across filesystems.
 */
function moveContents(from, to, keepFrom = false) {
    (0,external_node_fs_.mkdirSync)(to, { recursive: true });
    if (!(0,external_node_fs_.lstatSync)(from, { throwIfNoEntry: false })?.isDirectory())
        return; // nothing to move
    for (const name of (0,external_node_fs_.readdirSync)(from)) {
        const src = (0,external_node_path_.join)(from, name);
        const dest = (0,external_node_path_.join)(to, name);
        const existing = (0,external_node_fs_.lstatSync)(dest, { throwIfNoEntry: false });
        if (existing?.isDirectory() && (0,external_node_fs_.lstatSync)(src).isDirectory()) {
            moveContents(src, dest);
            continue;
        }
        if (existing)
            (0,external_node_fs_.rmSync)(dest, { recursive: true, force: true });
        try {
            (0,external_node_fs_.renameSync)(src, dest);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
            (0,external_node_fs_.cpSync)(src, dest, { recursive: true, preserveTimestamps: true });
            (0,external_node_fs_.rmSync)(src, { recursive: true, force: true });
        }
    }
    if (!keepFrom)
        (0,external_node_fs_.rmSync)(from, { recursive: true, force: true });
}
/** The first file or folder in `dir` (itself included) not owned by `uid`, or undefined (also when dir does not exist). */
function foreignOwned(dir, uid) {
    const st = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.uid !== uid)
        return dir;
    if (!st.isDirectory())
        return undefined;
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const found = foreignOwned((0,external_node_path_.join)(dir, name), uid);
        if (found)
            return found;
    }
    return undefined;
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

// EXTERNAL MODULE: ./src/ccache/toolchain.ts
var ccache_toolchain = __webpack_require__(89606);
;// CONCATENATED MODULE: ./src/ccache/run.ts




















const STATE = 'ccache';
/** The user's cache folder: XDG_CACHE_HOME, else ~/.cache. */
function userCacheDir(env) {
    return env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
}
function defaultLocalDir(env) {
    return (0,external_node_path_.join)(userCacheDir(env), 'aswf-ci', 'ccache');
}
function defaultCcacheDir(env, platform) {
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'ccache');
    if (platform === 'win32')
        return (0,external_node_path_.join)(env.LOCALAPPDATA || (0,external_node_os_.homedir)(), 'ccache');
    return (0,external_node_path_.join)(userCacheDir(env), 'ccache');
}
/** The local backend keeps up to four times max-size of entries (10 GB when max-size is 0, at least 1 GB). */
function localBudget(maxSizeBytes) {
    return maxSizeBytes === 0 ? 10e9 : Math.max(4 * maxSizeBytes, 1e9);
}
function executorAt(container, step, deps) {
    return deps.exec ?? (deps.executorFor ?? exec.executorIn)(container, step.env, (l) => step.info(l));
}
/** Whether `dir`, made on the host, is visible at the same path in the container (a marker file, checked with test -f). */
async function visibleThrough(exec, dir) {
    const marker = (0,external_node_path_.join)(dir, `.aswf-ci-visible-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        (0,external_node_fs_.writeFileSync)(marker, '');
        return (await exec.run(['test', '-f', marker], { silent: true, ignoreReturnCode: true })).exitCode === 0;
    }
    catch {
        return false;
    }
    finally {
        (0,external_node_fs_.rmSync)(marker, { force: true });
    }
}
function makeBackend(name, localDir, budget, deps) {
    if (name === 'github')
        return new github/* GithubBackend */.aR(deps.cacheService ?? github/* loadCacheService */.Qn);
    if (name === 'local' && localDir)
        return new local/* LocalBackend */.i(localDir, budget ?? 1e9);
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
    const env = step.env;
    const container = env[vars/* CONTAINER_VARIABLE */.dI] || undefined;
    const exec = executorAt(container, step, deps);
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
    if (container && !(await visibleThrough(exec, dir))) {
        step.warning(`The ccache folder ${dir} is not mounted into the container ${container.slice(0, 12)} (a file made there on the host is not visible inside): caching is off for this job. Use the default ccache-dir (in RUNNER_TEMP, which the container action mounts), or mount ${dir} into the container at the same path with the container action's container-options (two lines: --volume and ${dir}:${dir}).`);
        step.setOutput('cache-hit', 'miss');
        step.setOutput('ccache-dir', dir);
        step.setOutput('launcher', '');
        return;
    }
    const toolchain = await (0,ccache_toolchain/* detectToolchain */.b)(exec, env, platform);
    const keys = (0,ccache_keys/* cacheKeys */.Xr)({
        cacheVersion: inputs.cacheVersion,
        os: env.RUNNER_OS || platform,
        arch: env.RUNNER_ARCH || process.arch,
        toolchain: toolchain.id,
        key: inputs.key,
        runId: env.GITHUB_RUN_ID || String(startMs),
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        restoreKeys: inputs.restoreKeys,
    });
    checkKeyLimits(keys.primary, keys.restoreKeys, inputs.key);
    step.info(`ccache ${version} at ${ccache} (on the ${exec.where}), cache folder ${dir}`);
    step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);
    const serviceAvailable = (0,github/* cacheServiceAvailable */.jI)(env);
    const backendName = inputs.backend ?? (serviceAvailable ? 'github' : 'local');
    if (backendName === 'github' && !serviceAvailable) {
        step.warning("backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): the cache is neither restored nor saved. Use backend: local on self-hosted runners.");
    }
    const localDir = inputs.localDir ? (0,external_node_path_.resolve)(workspace, inputs.localDir) : defaultLocalDir(env);
    const budgetBytes = localBudget(inputs.maxSizeBytes);
    const usable = backendName === 'local' || serviceAvailable;
    const backend = usable ? makeBackend(backendName, localDir, budgetBytes, deps) : undefined;
    let restored;
    let restoreMs;
    let restoreTimedOut = false;
    if (backend && backend.name === 'github' && !(0,github/* cacheReadable */.zP)(env)) {
        step.info(`The cache mode '${(0,github/* cacheMode */.Mq)(env)}' (ACTIONS_CACHE_MODE) permits no reads: not restoring; starting with an empty cache.`);
    }
    else if (backend) {
        await step.group(`Restore the cache from ${backend.where}`, async () => {
            step.info(`Primary key: ${keys.primary}`);
            step.info(`Restore keys, in order:\n  ${keys.restoreKeys.join('\n  ')}`);
            // Restored into a sibling folder and moved into the ccache folder only when complete: a restore that fails
            // halfway, or times out and goes on in the background, never writes where the build's ccache works.
            const staging = entryDir(dir);
            try {
                // A post step killed in the middle of a save (a self-hosted runner, a persistent ccache-dir) left the whole
                // cache in the staging folder: it goes back into the ccache folder, never deleted.
                moveContents(staging, dir);
            }
            catch (err) {
                step.warning(`Moving what an interrupted save left in ${staging} back into ${dir} failed (${(0,errors/* errorMessage */.gJ)(err)}): not restoring (it would land on top of it); the build goes on with what is in ${dir}.`);
                return;
            }
            const t0 = now();
            const abort = new AbortController();
            try {
                const key = await (0,ccache_backend/* withTimeout */.w)(backend.restore(staging, keys.primary, keys.restoreKeys, abort.signal), deps.restoreTimeoutMs ?? 15 * 60_000, 'Restoring the cache', abort);
                if (key)
                    moveContents(staging, dir);
                else
                    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                restored = key;
                restoreMs = now() - t0;
            }
            catch (err) {
                // After a timeout the restore may still be writing into the staging folder: it is left alone (the post step
                // removes it). This step still ends: the action's entry point exits once it returns.
                if (err instanceof ccache_backend/* TimeoutError */.M)
                    restoreTimedOut = true;
                else
                    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                step.warning(`Restoring the ccache cache failed (${(0,errors/* errorMessage */.gJ)(err)}); the build goes on with an empty cache.`);
            }
            step.info(restored ? `Restored ${restored} in ${(0,format/* seconds */.YA)(restoreMs ?? 0)}.` : 'No cache entry restored: starting with an empty cache.');
        });
    }
    const hit = !restored ? 'miss' : restored === keys.primary ? 'exact' : 'partial';
    const ccacheEnv = ccacheEnvironment(inputs, dir, workspace);
    for (const [name, value] of Object.entries(ccacheEnv))
        step.exportVariable(name, value);
    step.exportVariable(vars/* CCACHE_DIR_VARIABLE */.R8, dir);
    step.exportVariable('CMAKE_C_COMPILER_LAUNCHER', ccache);
    step.exportVariable('CMAKE_CXX_COMPILER_LAUNCHER', ccache);
    await runCcache(step, exec, [ccache, '--zero-stats'], ccacheEnv, 'the statistics of this job also count earlier compilations');
    step.setOutput('cache-hit', hit);
    step.setOutput('primary-key', keys.primary);
    step.setOutput('restored-key', restored ?? '');
    step.setOutput('ccache-dir', dir);
    step.setOutput('launcher', ccache);
    const state = { container, ccache, version, dir, env: ccacheEnv, backend: backend?.name, localDir, budgetBytes, primary: keys.primary, restored, restoreMs, startMs };
    if (restoreTimedOut)
        state.restoreTimedOut = true;
    step.saveState(STATE, JSON.stringify(state));
}
/** Runs a ccache command whose failure must not fail the build: a non-zero exit or a failure to start is a warning. */
async function runCcache(step, exec, argv, env, consequence) {
    try {
        const result = await exec.run(argv, { env, silent: true, ignoreReturnCode: true });
        if (result.exitCode === 0)
            return true;
        const why = (result.stderr || result.stdout).trim().split(/\r?\n/).pop();
        step.warning(`ccache ${argv.slice(1).join(' ')} failed on the ${exec.where} (exit code ${result.exitCode}${why ? `: ${why}` : ''}): ${consequence}. Is the ccache folder writable?`);
    }
    catch (err) {
        step.warning(`ccache ${argv.slice(1).join(' ')} could not run on the ${exec.where} (${(0,errors/* errorMessage */.gJ)(err)}): ${consequence}.`);
    }
    return false;
}
/** GitHub's limits, checked before any restore: at most 10 keys per restore, each at most 512 characters. */
function checkKeyLimits(primary, restoreKeys, key) {
    const long = [primary, ...restoreKeys].find((k) => k.length > ccache_inputs/* MAX_KEY_LENGTH */.uf);
    if (long) {
        throw new errors/* InputError */.dz('key', key, `a shorter key: the cache key ${long} has ${long.length} characters, GitHub's cache takes at most ${ccache_inputs/* MAX_KEY_LENGTH */.uf}`);
    }
    if (1 + restoreKeys.length > ccache_inputs/* MAX_KEYS */.aF) {
        throw new errors/* InputError */.dz('restore-keys', restoreKeys.join('\n'), `fewer lines: with them a restore tries ${1 + restoreKeys.length} keys, GitHub's cache takes at most ${ccache_inputs/* MAX_KEYS */.aF}`);
    }
}
/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
async function readStats(exec, ccache, env) {
    const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
    const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
    const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
    return { stats, text: show.stdout };
}
function defaultBranch(env) {
    const data = (0,common_event/* readEvent */.j_)(env.GITHUB_EVENT_PATH);
    if ('error' in data || data.payload === null)
        return { fork: false };
    const event = data.payload;
    const head = event.pull_request?.head?.repo?.full_name;
    return { branch: event.repository?.default_branch, fork: !!head && head !== event.repository?.full_name };
}
/** ccache's version (`4.7.5`, `3.7`) is at least `minimum`; an unreadable version counts as old. */
async function versionAtLeast(version, minimum) {
    const semver = await __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 62088, 23));
    const found = semver.coerce(version);
    return found !== null && semver.gte(found, minimum);
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
    const env = step.env;
    // Exactly where the main step ran ccache, whatever this step's environment says.
    const exec = executorAt(state.container, step, deps);
    let reachable = true;
    if (state.container) {
        const probe = await exec.run([state.ccache, '--version'], { env: state.env, silent: true, ignoreReturnCode: true }).catch(() => undefined);
        if (probe?.exitCode !== 0) {
            reachable = false;
            step.warning(`The container ${state.container.slice(0, 12)} in which the ccache main step ran is gone or cannot run ccache any more (was it removed before this post step? post steps run in reverse order: put the ccache step after the container step): no statistics and no eviction; saving what is in ${state.dir}.`);
        }
    }
    let stats;
    let text = '';
    if (reachable) {
        try {
            ({ stats, text } = await readStats(exec, state.ccache, state.env));
        }
        catch (err) {
            step.warning(`Reading ccache's statistics on the ${exec.where} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
        await step.group('ccache statistics', async () => step.info(text.trim() || '(ccache printed no statistics)'));
    }
    if (state.restoreTimedOut) {
        // The main step's process, and with it the restore it gave up on, has ended: what it left is incomplete.
        try {
            (0,external_node_fs_.rmSync)(entryDir(state.dir), { recursive: true, force: true });
        }
        catch (err) {
            step.warning(`Removing what the restore that timed out left in ${entryDir(state.dir)} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    }
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
    else if (backend.name === 'github' && !(0,github/* cacheWritable */.Lf)(env)) {
        step.notice(`read-only cache: not saving (the cache mode '${(0,github/* cacheMode */.Mq)(env)}', ACTIONS_CACHE_MODE, permits no writes).`);
        saved = `not saved: read-only cache (ACTIONS_CACHE_MODE ${(0,format/* cell */.Hn)((0,github/* cacheMode */.Mq)(env))})`;
    }
    else {
        saved = await step.group(`Save the cache to ${backend.where}`, async () => {
            if (inputs.evictUnused && reachable)
                await evictUnused(step, exec, state, now());
            step.info(`Saving ${state.primary}: ${decision.reason}.`);
            const t0 = now();
            // The entry is saved from the staging folder (its path is part of a GitHub entry's identity): the ccache
            // folder's contents move there and back (renames; the folder itself stays, and with it any mount of it).
            const staging = entryDir(state.dir);
            try {
                // What a restore that timed out left there is incomplete: removed; anything else is a cache (an interrupted
                // save's, that the main step could not move back): moved back, never deleted.
                if (state.restoreTimedOut)
                    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                else
                    moveContents(staging, state.dir);
            }
            catch (err) {
                step.warning(`Saving the ccache cache failed: ${staging} cannot be cleared (${(0,errors/* errorMessage */.gJ)(err)}). The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)((0,errors/* errorMessage */.gJ)(err))}`;
            }
            // A container that ran as another user (user: root) wrote files the runner's user cannot move: given back first.
            if (state.container && reachable)
                await giveBackToRunner(step, deps, state.container, state.dir);
            const abort = new AbortController();
            let timedOut = false;
            try {
                moveContents(state.dir, staging, true);
                const result = await (0,ccache_backend/* withTimeout */.w)(backend.save(staging, state.primary, abort.signal), deps.saveTimeoutMs ?? 15 * 60_000, 'Saving the cache', abort);
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
                timedOut = err instanceof ccache_backend/* TimeoutError */.M;
                step.warning(`Saving the ccache cache failed (${(0,errors/* errorMessage */.gJ)(err)}). The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)((0,errors/* errorMessage */.gJ)(err))}`;
            }
            finally {
                if (timedOut) {
                    // The save given up on may still be reading the staging folder until this step's process ends: the cache
                    // stays there (a later job with the same ccache-dir moves it back before restoring).
                    step.info(`The cache stays in ${staging}: the save that timed out may still be reading it.`);
                }
                else {
                    try {
                        moveContents(staging, state.dir);
                    }
                    catch (err) {
                        step.warning(`Moving the cache back from ${staging} to ${state.dir} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
                    }
                }
            }
        });
    }
    step.summary(summaryMarkdown(state, stats, rate, saved));
}
/**
 * Gives `dir` back to the runner's user when a container wrote into it as another user (`user: root`): a
 * `chown -R` run as root in the container (the container action's own post step, which does the same, runs after
 * this one). Nothing runs when every file is the runner's already. A failure is a warning: the save may then fail.
 */
async function giveBackToRunner(step, deps, container, dir) {
    const user = deps.hostUser ?? (process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : undefined);
    if (!user)
        return;
    const foreign = foreignOwned(dir, user.uid);
    if (!foreign)
        return;
    const owner = `${user.uid}:${user.gid}`;
    const docker = new container_docker/* Docker */.Jg(executorAt(undefined, step, deps), (0,container_docker/* dockerEnv */.gT)(step.env));
    try {
        const result = await docker.exec_(container, ['chown', '-R', '-h', owner, dir], '0:0');
        if (result.exitCode === 0)
            step.info(`Gave ${dir} back to ${owner} (the container wrote ${foreign} as another user).`);
        else
            step.warning(`Could not give ${dir} back to ${owner} (exit code ${result.exitCode}: ${(result.stderr || result.stdout).trim()}): the container wrote ${foreign} as another user, and saving may fail.`);
    }
    catch (err) {
        step.warning(`Could not give ${dir} back to ${owner} (${(0,errors/* errorMessage */.gJ)(err)}): the container wrote ${foreign} as another user, and saving may fail.`);
    }
}
/** Drops cache files this job did not use (their mtime is older than the job's start: ccache touches what it uses). */
async function evictUnused(step, exec, state, nowMs) {
    if (!(await versionAtLeast(state.version, '4.4.0'))) {
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

/***/ 49073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ TimeoutError),
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
class TimeoutError extends Error {
    name = 'TimeoutError';
}
/**
 * Resolves like `promise`, or rejects with a TimeoutError after ms (the promise is left to settle on its own; `abort`,
 * when given, is aborted first, so that the work behind the promise can tell it was given up on).
 */
function withTimeout(promise, ms, what, abort) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new TimeoutError(`${what} took longer than ${Math.round(ms / 1000)} s`);
            abort?.abort(error);
            reject(error);
        }, ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 10414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ cacheWritable),
/* harmony export */   Mq: () => (/* binding */ cacheMode),
/* harmony export */   Qn: () => (/* binding */ loadCacheService),
/* harmony export */   aR: () => (/* binding */ GithubBackend),
/* harmony export */   jI: () => (/* binding */ cacheServiceAvailable),
/* harmony export */   zP: () => (/* binding */ cacheReadable)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

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
/** The cache modes @actions/cache 6.3 knows (ACTIONS_CACHE_MODE, set by the runner); any other value permits all. */
const CACHE_MODES = ['none', 'read', 'write', 'write-only'];
/** ACTIONS_CACHE_MODE as @actions/cache reads it: trimmed, lower case, '' when unset. */
function cacheMode(env) {
    return (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase();
}
/** Whether @actions/cache restores under this mode (it skips restores, returning a miss, under none and write-only). */
function cacheReadable(env) {
    const mode = cacheMode(env);
    return !CACHE_MODES.includes(mode) || mode === 'read' || mode === 'write';
}
/** Whether @actions/cache saves under this mode (it skips saves, returning -1, under none and read). */
function cacheWritable(env) {
    const mode = cacheMode(env);
    return !CACHE_MODES.includes(mode) || mode === 'write' || mode === 'write-only';
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
            // @actions/cache 6.3 catches a refused reservation (the key exists, another job is saving it: ReserveCacheError;
            // a read-only token: CacheWriteDeniedError) and a cache mode without writes, logs why, and returns -1. It also
            // returns -1, after logging a warning of its own, when an upload failed: its message above tells which.
            if (id === -1 || id === undefined) {
                return {
                    status: 'refused',
                    message: `the cache service did not take ${key} (another job may be saving the same key, or the token is read-only; its own message, above, says why)`,
                };
            }
            return { status: 'saved' };
        }
        catch (err) {
            if (err instanceof Error && REFUSED.test(err.name))
                return { status: 'refused', message: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
            throw err;
        }
    }
}


/***/ }),

/***/ 68314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ LocalBackend)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const SUFFIX = '.tgz';
/** Temporary files of saves in progress (or killed): never listed as entries, removed when stale. */
const TEMP_PREFIX = '.partial-';
const STALE_MS = 60 * 60 * 1000;
/**
 * Entries as compressed tar archives `<key>.tgz` in one folder (a persistent disk of a self-hosted runner, or a
 * developer's machine). The same semantics as GitHub's service: the exact key, else the newest entry whose key starts
 * with the first restore prefix that matches any. A save writes a temporary file and renames it into place, so a
 * half-written entry is never restored (nor one whose save was aborted: a timeout); after a save the oldest entries
 * beyond `budgetBytes` are deleted.
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
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const name of names) {
            if (!name.endsWith(SUFFIX) || name.startsWith('.'))
                continue;
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name));
                if (st.isFile())
                    out.push({ key: name.slice(0, -SUFFIX.length), file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name), bytes: st.size, mtimeMs: st.mtimeMs });
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
    async restore(dir, primary, restoreKeys, signal) {
        const entry = this.find(primary, restoreKeys);
        if (!entry)
            return undefined;
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        await tar.x({ file: entry.file, cwd: dir, strict: true });
        signal?.throwIfAborted();
        return entry.key;
    }
    async save(dir, key, signal) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, key + SUFFIX);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
            return { status: 'refused', message: `an entry with the key ${key} exists already in ${this.dir} (entries are immutable)` };
        }
        catch {
            // the key is free
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(this.dir, { recursive: true });
        this.removeStale();
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${TEMP_PREFIX}${key}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
        try {
            // ccache's files are compressed already: gzip's fastest level keeps the archive one file at little cost.
            await tar.c({ file: temp, cwd: dir, gzip: { level: 1 }, portable: true }, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir));
            // Given up on (a timeout): the caller may have moved files out of dir meanwhile, so the archive may lack some;
            // it is never published as an entry.
            signal?.throwIfAborted();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
        }
        catch (err) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
            throw err;
        }
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size;
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
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.file, { force: true });
                removed.push(entry.key);
                total -= entry.bytes;
            }
        }
        return removed;
    }
    removeStale() {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(this.dir)) {
            if (!name.startsWith(TEMP_PREFIX))
                continue;
            try {
                if (Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name)).mtimeMs > STALE_MS)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, name), { force: true });
            }
            catch {
                // another job's save finished or removed it
            }
        }
    }
}


/***/ }),

/***/ 89606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ detectToolchain)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_vars_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55603);
/* harmony import */ var _cmake_msvc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67636);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97325);





/**
 * The Visual Studio the cmake action sets up (vswhere + vcvarsall) when no cl is on PATH: `msvc<version>` from its
 * display version (17.9.2), else its installation version (17.9.34607.119). Best effort: undefined when there is no
 * vswhere or it finds nothing.
 */
async function visualStudioToolchain(exec, env) {
    const standard = node_path__WEBPACK_IMPORTED_MODULE_0__.win32.join(env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
    const vswheres = [standard];
    const onPath = await exec.which('vswhere').catch(() => undefined);
    if (onPath && onPath !== standard)
        vswheres.push(onPath);
    for (const vswhere of vswheres) {
        for (const property of ['catalog_productDisplayVersion', 'installationVersion']) {
            try {
                const result = await exec.run([vswhere, ...(0,_cmake_msvc_js__WEBPACK_IMPORTED_MODULE_1__/* .vswhereArgs */ .yI)(property)], { silent: true, ignoreReturnCode: true });
                const version = result.exitCode === 0 ? result.stdout.split(/\r?\n/).map((l) => l.trim()).find(Boolean) : undefined;
                if (version && /^\d/.test(version))
                    return { id: `msvc${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizePart */ .bK)(version).slice(0, 40)}`, source: `Visual Studio ${version} (${vswhere} ${property}; the cmake action sets up its MSVC)` };
            }
            catch {
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
async function detectToolchain(exec, env, platform = process.platform) {
    const image = env[_common_vars_js__WEBPACK_IMPORTED_MODULE_4__/* .CONTAINER_IMAGE_VARIABLE */ .vM]?.trim();
    if (image) {
        const imageId = env[_common_vars_js__WEBPACK_IMPORTED_MODULE_4__/* .CONTAINER_IMAGE_ID_VARIABLE */ .RX]?.trim();
        return { id: (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .imageToolchain */ .LR)(image, imageId), source: `container image ${image}${imageId ? ` (${imageId})` : ''}` };
    }
    const windows = platform === 'win32' && exec.where === 'host';
    const names = windows ? ['cl', 'clang-cl'] : ['c++', 'cc', 'g++', 'gcc', 'clang++', 'clang', 'cl'];
    const candidates = [env.CXX, env.CC, ...names].filter((c) => !!c?.trim());
    for (const candidate of candidates) {
        const path = await exec.which(candidate.trim());
        if (!path)
            continue;
        const msvc = /^cl(\.exe)?$/i.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path.replace(/\\/g, '/')));
        const result = await exec.run(msvc ? [path] : [path, '--version'], { silent: true, ignoreReturnCode: true });
        const text = msvc ? result.stderr + result.stdout : result.stdout || result.stderr;
        const id = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .compilerToolchain */ .lr)(text);
        if (id !== 'unknown')
            return { id, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
    }
    if (windows) {
        const vs = await visualStudioToolchain(exec, env);
        if (vs)
            return vs;
    }
    return { id: 'nocompiler', source: 'no compiler found on PATH' };
}


/***/ }),

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ isTrustedEvent),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony export TRUSTED_EVENTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);


/** Reads the event payload; a missing or broken file is an error value, never an exception. */
function readEvent(path) {
    if (!path)
        return { error: 'GITHUB_EVENT_PATH is not set' };
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        return { error: `the event file could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)})` };
    }
    try {
        return { payload: JSON.parse(text) };
    }
    catch {
        return { error: 'the event file is not valid JSON' };
    }
}
/**
 * Events whose run builds the repository's own code, started by someone with write access (or by the repository's
 * own schedule): the only events on which a cache may be written by default (`save: auto`) and, for the subset in
 * the GPU gate's OPENABLE_EVENTS, on which a paid runner may be used. Everything else — pull_request*, merge_group
 * (unmerged pull requests), workflow_run and issue_comment (commonly used to build pull-request code: "/ok-to-test"),
 * and any event not listed — may run code a contributor chose, and must not write what later trusted runs restore.
 */
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'release', 'create', 'repository_dispatch'];
function isTrustedEvent(event) {
    return TRUSTED_EVENTS.includes(event);
}


/***/ }),

/***/ 90748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ LINUX_MANAGERS),
/* harmony export */   Lr: () => (/* binding */ findPackageManager),
/* harmony export */   jM: () => (/* binding */ needsSudo)
/* harmony export */ });
/** The system package managers of Linux, in the order they are looked for (the first one found wins). */
const LINUX_MANAGERS = ['apt-get', 'dnf', 'yum', 'apk'];
/**
 * The environment's own package manager: Homebrew on a macOS host, Chocolatey on a Windows host, else the first of
 * apt-get, dnf, yum, apk on the executor's PATH (without asking the rest). Undefined when none is there.
 */
async function findPackageManager(exec, platform) {
    const host = exec.where === 'host';
    const managers = host && platform === 'darwin' ? ['brew'] : host && platform === 'win32' ? ['choco'] : LINUX_MANAGERS;
    for (const m of managers)
        if (await exec.which(m))
            return m;
    return undefined;
}
/** Whether a system package manager must be run through sudo: not root, and sudo exists. */
async function needsSudo(exec) {
    const id = await exec.run(['id', '-u'], { silent: true, ignoreReturnCode: true });
    return id.stdout.trim() !== '0' && (await exec.which('sudo')) !== undefined;
}


/***/ }),

/***/ 93959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ Docker),
/* harmony export */   gT: () => (/* binding */ dockerEnv),
/* harmony export */   l: () => (/* binding */ reason)
/* harmony export */ });
/* harmony import */ var _common_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53644);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56950);



/** The docker client's own settings (DOCKER_HOST, DOCKER_CONFIG...) from the step's environment. */
function dockerEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => /^DOCKER_/.test(name)));
}
/** The last lines of a failed docker command, for an error message. */
function reason(result) {
    return (0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .tail */ .RT)((result.stderr || result.stdout).trim(), 3).replace(/\s*\n\s*/g, ' / ') || `exit code ${result.exitCode}`;
}
/** Errors a retry cannot fix: the image or tag does not exist, or access is denied. */
const PERMANENT = /manifest unknown|not found|does not exist|unauthorized|denied|invalid reference format/i;
/** The docker client, driven through the execution seam (argument arrays, no shell). */
class Docker {
    exec;
    env;
    docker;
    constructor(exec, env = {}, docker = 'docker') {
        this.exec = exec;
        this.env = env;
        this.docker = docker;
    }
    run(args, silent = true) {
        return this.exec.run([this.docker, ...args], { env: this.env, silent, ignoreReturnCode: true });
    }
    /** The daemon's version; a clear error when the client is missing or the daemon does not answer. */
    async ping() {
        let result;
        try {
            result = await this.run(['version', '--format', '{{.Server.Version}}']);
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The container action needs docker: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        }
        const version = result.stdout.trim();
        if (result.exitCode !== 0 || !version) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The docker daemon is not reachable (${reason(result)}). The container action needs a running docker engine on a Linux runner.`);
        }
        return version;
    }
    /** The image's configuration (Config.Env...), or undefined when the image is not present locally. */
    async inspectImage(image) {
        const result = await this.run(['image', 'inspect', '--format', '{{json .Config.Env}}\t{{.Id}}', image]);
        if (result.exitCode !== 0)
            return undefined;
        const [envJson, id] = result.stdout.trim().split('\t');
        return { env: JSON.parse(envJson || 'null') ?? [], id: id ?? '' };
    }
    /** Pulls with retries and exponential backoff; errors that no retry can fix stop at once. */
    async pull(image, options = {}) {
        const { default: pRetry, AbortError } = await __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 74995));
        const retries = options.retries ?? 3;
        let attempts = 0;
        try {
            await pRetry(async () => {
                attempts++;
                const result = await this.run(['pull', image], false);
                if (result.exitCode === 0)
                    return;
                const text = reason(result);
                if (PERMANENT.test(text))
                    throw new AbortError(text);
                throw new Error(text);
            }, {
                retries,
                minTimeout: options.minTimeout ?? 5000,
                factor: 2,
                onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
                    if (retriesLeft > 0)
                        options.log?.(`Pull attempt ${attemptNumber} failed (${error.message}); retrying (${retriesLeft} left).`);
                },
            });
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Could not pull ${image} (${attempts} attempt${attempts === 1 ? '' : 's'}): ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        }
    }
    /**
     * `docker create ARGS` then `docker start`: the new container's id. When the start fails, the created container is
     * removed and `id` is undefined. `afterCreate` runs as soon as `docker create` returns, whatever its outcome (e.g. to
     * remove an --env-file).
     */
    async start(args, afterCreate) {
        let created;
        try {
            created = await this.run(['create', ...args], false);
        }
        finally {
            afterCreate?.();
        }
        const id = created.stdout.trim().split(/\s+/).pop();
        if (created.exitCode !== 0 || !id)
            return { result: created };
        const started = await this.run(['start', id]);
        if (started.exitCode !== 0) {
            await this.remove(id);
            return { result: started };
        }
        return { id, result: started };
    }
    exec_(container, argv, user) {
        return this.run(['exec', ...(user ? ['--user', user] : []), container, ...argv]);
    }
    /** Removes a container (and its anonymous volumes); true when it is gone. */
    async remove(container) {
        return this.run(['rm', '--force', '--volumes', container]);
    }
    /** Ids of containers created from created-by label, for leak checks. */
    async containers(filter) {
        const result = await this.run(['ps', '--all', '--quiet', '--filter', filter]);
        if (result.exitCode !== 0)
            throw new _common_exec_js__WEBPACK_IMPORTED_MODULE_0__.CommandFailed([this.docker, 'ps'], result);
        return result.stdout.split(/\s+/).filter(Boolean);
    }
}


/***/ })

};

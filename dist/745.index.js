export const id = 745;
export const ids = [745];
export const modules = {

/***/ 81745:
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
// EXTERNAL MODULE: ./src/ccache/cache.ts + 2 modules
var cache = __webpack_require__(45110);
// EXTERNAL MODULE: ./src/ccache/stats.ts
var ccache_stats = __webpack_require__(95314);
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
    // auto and default-branch save only what the repository's own code built: a pull_request_target, workflow_run or
    // issue_comment run has GITHUB_REF on the default branch while it may build a contributor's code.
    if ((c.mode === 'auto' || c.mode === 'default-branch') && !(0,common_event/* isTrustedEvent */.QR)(c.event)) {
        const what = c.event.startsWith('pull_request') ? 'pull requests restore but do not save' : `${c.mode} saves only on events that build the repository's own code (${common_event/* TRUSTED_EVENTS */.g$.join(', ')})`;
        return { save: false, reason: `save is ${c.mode} and the event is ${c.event || 'unknown'}: ${what}` };
    }
    if (c.mode === 'default-branch' && !isDefaultBranch(c.ref, c.defaultBranch)) {
        return { save: false, reason: `save is default-branch and ${c.ref || 'this ref'} is not the default branch${c.defaultBranch ? ` (${c.defaultBranch})` : ''}` };
    }
    if (c.outcome === 'failure' && !c.saveOnFailure)
        return { save: false, reason: 'the build failed and save-on-failure is false' };
    if (c.newResults === 0) {
        return { save: false, reason: c.hits === 0 ? `${ccache_stats/* NOTHING_COMPILED */.q}: nothing new to save` : 'every compilation was a cache hit: nothing new to save' };
    }
    if (c.exactHit && c.hits === 0 && c.newResults !== undefined) {
        return { save: true, repair: true, reason: `the entry restored under this run's key gave no cache hit (${c.newResults} new result${c.newResults === 1 ? '' : 's'}): saving a repaired entry` };
    }
    if (c.exactHit)
        return { save: false, reason: 'the entry restored has this run\'s key already (entries are immutable)' };
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
// EXTERNAL MODULE: ./src/ccache/staging.ts
var ccache_staging = __webpack_require__(41688);
// EXTERNAL MODULE: ./src/ccache/toolchain.ts
var ccache_toolchain = __webpack_require__(89606);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
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
function hitKind(restored, keys, failed) {
    if (!restored)
        return failed ? 'failed' : 'miss';
    if (restored === keys.primary)
        return 'exact';
    return restored.startsWith(keys.sameKeyPrefix) ? 'latest' : 'partial';
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
        step.setOutput('exact-hit', 'false');
        step.setOutput('cache-matched-key', '');
        step.setOutput('launcher', '');
        return;
    }
    const versionOut = await exec.run([ccache, '--version'], { silent: true, ignoreReturnCode: true });
    const version = /(\d+\.\d+(?:\.\d+)?)/.exec(versionOut.stdout)?.[1] ?? 'unknown';
    const dir = inputs.ccacheDir ? (0,external_node_path_.resolve)(workspace, inputs.ccacheDir) : defaultCcacheDir(env, platform);
    makeCcacheDir(dir, workspace, inputs.ccacheDir);
    if (container && !(await visibleThrough(exec, dir))) {
        step.warning(`The ccache folder ${(0,format/* safe */.gB)(dir)} is not mounted into the container ${container.slice(0, 12)} (a file made there on the host is not visible inside): caching is off for this job. Use the default ccache-dir (in RUNNER_TEMP, which the container action mounts), or mount ${(0,format/* safe */.gB)(dir)} into the container at the same path with the container action's container-options (two lines: --volume and ${(0,format/* safe */.gB)(dir)}:${(0,format/* safe */.gB)(dir)}).`);
        step.setOutput('cache-hit', 'miss');
        step.setOutput('exact-hit', 'false');
        step.setOutput('cache-matched-key', '');
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
    step.info(`ccache ${version} at ${(0,format/* safe */.gB)(ccache)} (on the ${exec.where}), cache folder ${(0,format/* safe */.gB)(dir)}`);
    step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);
    const serviceAvailable = (0,github/* cacheServiceAvailable */.jI)(env);
    const backendName = inputs.backend ?? (serviceAvailable ? 'github' : 'local');
    if (backendName === 'github' && !serviceAvailable) {
        step.warning("backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): the cache is neither restored nor saved. Use backend: local on self-hosted runners.");
    }
    const localDir = inputs.localDir ? (0,external_node_path_.resolve)(workspace, inputs.localDir) : defaultLocalDir(env);
    const budgetBytes = localBudget(inputs.maxSizeBytes);
    const usable = backendName === 'local' || serviceAvailable;
    const backend = usable ? (0,cache/* createBackend */.n0)({ name: backendName, localDir, budgetBytes, cacheService: deps.cacheService }) : undefined;
    let restored;
    let restoreMs;
    let restoreTimedOut = false;
    let restoreFailed;
    let emptyEntry;
    if (backend && backend.name === 'github' && !(0,github/* cacheReadable */.zP)(env)) {
        step.info(`The cache mode '${(0,github/* cacheMode */.Mq)(env)}' (ACTIONS_CACHE_MODE) permits no reads: not restoring; starting with an empty cache.`);
    }
    else if (backend) {
        await step.group(`Restore the cache from ${backend.where}`, async () => {
            step.info(`Primary key: ${keys.primary}`);
            step.info(`Restore keys, in order:\n  ${keys.restoreKeys.join('\n  ')}`);
            // Restored into a sibling folder and moved into the ccache folder only when complete: a restore that fails
            // halfway, or times out and goes on in the background, never writes where the build's ccache works.
            const staging = (0,ccache_staging/* entryDir */.yv)(dir);
            try {
                // A post step killed in the middle of a save (a self-hosted runner, a persistent ccache-dir) left the whole
                // cache in the staging folder: it goes back into the ccache folder, never deleted.
                (0,ccache_staging/* moveContents */.og)(staging, dir);
            }
            catch (err) {
                step.warning(`Moving what an interrupted save left in ${(0,format/* safe */.gB)(staging)} back into ${(0,format/* safe */.gB)(dir)} failed (${(0,errors/* errorMessage */.gJ)(err)}): not restoring (it would land on top of it); the build goes on with what is in ${(0,format/* safe */.gB)(dir)}.`);
                return;
            }
            const limits = { stallMs: deps.stallTimeoutMs ?? inputs.stallTimeoutMs, timeoutMs: deps.restoreTimeoutMs ?? inputs.restoreTimeoutMs };
            const result = await (0,cache/* restoreEntry */.fe)(backend, { dir: staging, primary: keys.primary, restoreKeys: keys.restoreKeys, what: 'the ccache cache', now }, limits, step, 'The build goes on with an empty cache');
            restoreMs = result.ms;
            if (result.status === 'hit') {
                try {
                    (0,ccache_staging/* moveContents */.og)(staging, dir);
                    restored = result.key;
                }
                catch (err) {
                    restoreFailed = `moving the entry restored into ${(0,format/* safe */.gB)(dir)} failed: ${(0,format/* safe */.gB)((0,errors/* errorMessage */.gJ)(err))}`;
                    step.warning(`Restoring the ccache cache failed: ${restoreFailed}. The build goes on with what is in ${(0,format/* safe */.gB)(dir)}.`);
                }
            }
            else if (result.status === 'failed') {
                restoreFailed = result.cause;
                // After a timeout the restore may still be writing into the staging folder: it is left alone (the post step
                // removes it). This step still ends: the action's entry point exits once it returns.
                if (result.timedOut)
                    restoreTimedOut = true;
                else
                    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
            else {
                emptyEntry = result.empty;
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
            step.info(restored ? `Restored ${restored} in ${(0,format/* seconds */.YA)(restoreMs)}.` : restoreFailed ? 'No cache entry restored (the restore failed): starting with an empty cache.' : 'No cache entry restored: starting with an empty cache.');
        });
    }
    const hit = hitKind(restored, keys, restoreFailed);
    const ccacheEnv = ccacheEnvironment(inputs, dir, workspace);
    for (const [name, value] of Object.entries(ccacheEnv))
        step.exportVariable(name, value);
    step.exportVariable(vars/* CCACHE_DIR_VARIABLE */.R8, dir);
    step.exportVariable('CMAKE_C_COMPILER_LAUNCHER', ccache);
    step.exportVariable('CMAKE_CXX_COMPILER_LAUNCHER', ccache);
    await runCcache(step, exec, [ccache, '--zero-stats'], ccacheEnv, 'the statistics of this job also count earlier compilations');
    step.setOutput('cache-hit', hit);
    step.setOutput('exact-hit', String(hit === 'exact'));
    step.setOutput('primary-key', keys.primary);
    step.setOutput('restored-key', restored ?? '');
    step.setOutput('cache-matched-key', restored ?? '');
    step.setOutput('ccache-dir', dir);
    step.setOutput('launcher', ccache);
    const state = { container, ccache, version, dir, env: ccacheEnv, backend: backend?.name, localDir, budgetBytes, primary: keys.primary, restored, hit, restoreMs, startMs };
    if (restoreTimedOut)
        state.restoreTimedOut = true;
    if (restoreFailed)
        state.restoreFailed = restoreFailed;
    if (emptyEntry)
        state.emptyEntry = emptyEntry;
    step.saveState(STATE, JSON.stringify(state));
}
/** Whether `outer` is `inner` or a folder above it (symbolic links resolved where the paths exist). */
function holds(outer, inner) {
    const real = (p) => {
        try {
            return (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            return p;
        }
    };
    for (const [o, i] of [
        [outer, inner],
        [real(outer), real(inner)],
    ]) {
        if ((0,paths/* isInside */.F)(o, i))
            return true;
    }
    return false;
}
/**
 * Makes the ccache folder. A folder that holds the workspace (`.`, the workspace, a parent of it) is refused: a restore
 * would write over the checkout and a save would store it (`.git/config` holds the checkout's token). A path the
 * file system cannot make (too long, under a file, not permitted) is one clear line naming the input.
 */
function makeCcacheDir(dir, workspace, given) {
    if (holds(dir, workspace) || holds((0,ccache_staging/* entryDir */.yv)(dir), workspace)) {
        throw new errors/* InputError */.dz('ccache-dir', given ?? dir, `a folder outside the workspace or inside it, never the workspace or a folder above it (${(0,format/* safe */.gB)(workspace)}): a restore would write over the checkout and a save would store it; the default is $RUNNER_TEMP/ccache`);
    }
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENAMETOOLONG' ? 'the path is too long for the file system' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (0,errors/* errorMessage */.gJ)(err);
        if (given === undefined)
            throw new errors/* UserError */.yo(`The ccache folder ${(0,format/* safe */.gB)(dir)} cannot be made (${why}); set ccache-dir to a folder that can.`);
        throw new errors/* InputError */.dz('ccache-dir', given, `a folder that can be made (${why}); the default is $RUNNER_TEMP/ccache`);
    }
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
            step.warning(`The container ${state.container.slice(0, 12)} in which the ccache main step ran is gone or cannot run ccache any more (was it removed before this post step? post steps run in reverse order: put the ccache step after the container step): no statistics and no eviction; saving what is in ${(0,format/* safe */.gB)(state.dir)}.`);
        }
    }
    let stats;
    let text = '';
    if (reachable) {
        try {
            ({ stats, text } = await (0,ccache_stats/* readStats */.uq)(exec, state.ccache, state.env));
        }
        catch (err) {
            step.warning(`Reading ccache's statistics on the ${exec.where} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
        await step.group('ccache statistics', async () => step.info(text.trim() || '(ccache printed no statistics)'));
    }
    if (state.restoreTimedOut) {
        // The main step's process, and with it the restore it gave up on, has ended: what it left is incomplete.
        try {
            (0,external_node_fs_.rmSync)((0,ccache_staging/* entryDir */.yv)(state.dir), { recursive: true, force: true });
        }
        catch (err) {
            step.warning(`Removing what the restore that timed out left in ${(0,format/* safe */.gB)((0,ccache_staging/* entryDir */.yv)(state.dir))} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    }
    // CMake's configure-time checks (try_compile) go through the launcher too: the cmake action exports ccache's counts
    // as they stood after configure, and they are taken off, so that the hits and misses are the build's own.
    const configure = (0,ccache_stats/* parseStatsSnapshot */.d3)(env[vars/* CCACHE_CONFIGURE_STATS_VARIABLE */.Kc]);
    let configureCompiles = 0;
    if (stats && configure && configure.hits <= stats.hits && configure.misses <= stats.misses) {
        configureCompiles = configure.hits + configure.misses;
        stats = { ...stats, hits: stats.hits - configure.hits, misses: stats.misses - configure.misses };
    }
    const rate = stats ? (0,ccache_stats/* hitRate */.aK)(stats) : undefined;
    if (stats) {
        step.info(`ccache: ${stats.hits} hits, ${stats.misses} misses${rate === undefined ? '' : ` (${rate.toFixed(1)} % hits)`}${stats.files !== undefined ? `, ${stats.files} files` : ''}${stats.sizeBytes !== undefined ? `, ${(0,ccache_stats/* formatBytes */.z3)(stats.sizeBytes)}` : ''}${configureCompiles ? ` (not counting ${configureCompiles} compilation${configureCompiles === 1 ? '' : 's'} of CMake's configure-time checks)` : ''}.`);
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
        hits: stats?.hits,
        exactHit: state.restored === state.primary,
    });
    // An exact hit that gave no hit (an entry that restored nothing usable) is repaired under a key of its own: the
    // primary key's entry exists already and entries are immutable.
    const saveKey = decision.repair ? `${state.primary}.repaired` : state.primary;
    const backend = (0,cache/* createBackend */.n0)({ name: state.backend, localDir: state.localDir, budgetBytes: state.budgetBytes, cacheService: deps.cacheService });
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
            if (inputs.evictUnused && reachable && (await evictUnused(step, exec, state, now()))) {
                // The summary shows what is saved: the size and file count after eviction.
                const after = await (0,ccache_stats/* readStats */.uq)(exec, state.ccache, state.env).catch(() => undefined);
                if (stats && after?.stats)
                    stats = { ...stats, files: after.stats.files, sizeBytes: after.stats.sizeBytes };
            }
            step.info(`Saving ${saveKey}: ${decision.reason}.`);
            // The entry is saved from the staging folder (its path is part of a GitHub entry's identity): the ccache
            // folder's contents move there and back (renames; the folder itself stays, and with it any mount of it).
            const staging = (0,ccache_staging/* entryDir */.yv)(state.dir);
            try {
                // What a restore that timed out left there is incomplete: removed; anything else is a cache (an interrupted
                // save's, that the main step could not move back): moved back, never deleted.
                if (state.restoreTimedOut)
                    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                else
                    (0,ccache_staging/* moveContents */.og)(staging, state.dir);
            }
            catch (err) {
                step.warning(`Saving the ccache cache failed: ${(0,format/* safe */.gB)(staging)} cannot be cleared (${(0,errors/* errorMessage */.gJ)(err)}). The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)((0,errors/* errorMessage */.gJ)(err))}`;
            }
            // A container that ran as another user (user: root) wrote files the runner's user cannot move: given back first.
            if (state.container && reachable)
                await giveBackToRunner(step, deps, state.container, state.dir);
            let timedOut = false;
            try {
                (0,ccache_staging/* moveContents */.og)(state.dir, staging, true);
            }
            catch (err) {
                step.warning(`Saving the ccache cache failed: moving the cache into ${(0,format/* safe */.gB)(staging)} failed (${(0,errors/* errorMessage */.gJ)(err)}). The build is not affected.`);
                try {
                    (0,ccache_staging/* moveContents */.og)(staging, state.dir);
                }
                catch {
                    // reported below if it stays
                }
                return `save failed: ${(0,format/* cell */.Hn)((0,errors/* errorMessage */.gJ)(err))}`;
            }
            const limits = { stallMs: deps.stallTimeoutMs ?? inputs.stallTimeoutMs, timeoutMs: deps.saveTimeoutMs ?? inputs.saveTimeoutMs };
            try {
                const result = await (0,cache/* saveEntry */.wn)(backend, staging, saveKey, 'the ccache cache', limits, step, now);
                timedOut = !!result.timedOut;
                if (result.status === 'saved') {
                    step.info(`Saved ${saveKey}${result.bytes !== undefined ? ` (${(0,ccache_stats/* formatBytes */.z3)(result.bytes)})` : ''} in ${(0,format/* seconds */.YA)(result.ms)}.`);
                    return `saved as <code>${(0,format/* cell */.Hn)(saveKey)}</code> in ${(0,format/* seconds */.YA)(result.ms)}${result.bytes !== undefined ? ` (${(0,ccache_stats/* formatBytes */.z3)(result.bytes)})` : ''}`;
                }
                if (result.status === 'refused') {
                    step.notice(`The ccache cache was not saved: ${(0,format/* safe */.gB)(result.message)}.`);
                    return `not saved: ${(0,format/* cell */.Hn)(result.message)}`;
                }
                step.warning(`Saving the ccache cache failed: ${(0,format/* safe */.gB)(result.message)}. The build is not affected.`);
                return `save failed: ${(0,format/* cell */.Hn)(result.message)}`;
            }
            finally {
                if (timedOut) {
                    // The save given up on may still be reading the staging folder until this step's process ends: the cache
                    // stays there (a later job with the same ccache-dir moves it back before restoring).
                    step.info(`The cache stays in ${(0,format/* safe */.gB)(staging)}: the save that timed out may still be reading it.`);
                }
                else {
                    try {
                        (0,ccache_staging/* moveContents */.og)(staging, state.dir);
                    }
                    catch (err) {
                        step.warning(`Moving the cache back from ${(0,format/* safe */.gB)(staging)} to ${(0,format/* safe */.gB)(state.dir)} failed (${(0,errors/* errorMessage */.gJ)(err)}).`);
                    }
                }
            }
        });
    }
    step.summary(summaryMarkdown(state, stats, rate, saved, configureCompiles));
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
    const foreign = (0,ccache_staging/* foreignOwned */.CS)(dir, user.uid);
    if (!foreign)
        return;
    const owner = `${user.uid}:${user.gid}`;
    const docker = new container_docker/* Docker */.Jg(executorAt(undefined, step, deps), (0,container_docker/* dockerEnv */.gT)(step.env));
    try {
        const result = await docker.exec_(container, ['chown', '-R', '-h', owner, dir], '0:0');
        if (result.exitCode === 0)
            step.info(`Gave ${(0,format/* safe */.gB)(dir)} back to ${owner} (the container wrote ${foreign} as another user).`);
        else
            step.warning(`Could not give ${(0,format/* safe */.gB)(dir)} back to ${owner} (exit code ${result.exitCode}: ${(result.stderr || result.stdout).trim()}): the container wrote ${foreign} as another user, and saving may fail.`);
    }
    catch (err) {
        step.warning(`Could not give ${(0,format/* safe */.gB)(dir)} back to ${owner} (${(0,errors/* errorMessage */.gJ)(err)}): the container wrote ${foreign} as another user, and saving may fail.`);
    }
}
/** Drops cache files this job did not use (their mtime is older than the job's start: ccache touches what it uses). */
async function evictUnused(step, exec, state, nowMs) {
    if (!(await versionAtLeast(state.version, '4.4.0'))) {
        step.notice(`ccache ${state.version} has no --evict-older-than (ccache 4.4 or newer): unused cache files are kept; max-size still bounds the cache.`);
        return false;
    }
    const age = Math.max(1, Math.ceil((nowMs - state.startMs) / 1000));
    const result = await exec.run([state.ccache, '--evict-older-than', `${age}s`], { env: state.env, ignoreReturnCode: true });
    if (result.exitCode !== 0)
        step.warning(`ccache --evict-older-than ${age}s failed (exit code ${result.exitCode}); saving the cache as it is.`);
    return result.exitCode === 0;
}
/** What the restore gave, for the summary's Restored row. */
function restoredCell(state) {
    const took = state.restoreMs !== undefined ? ` in ${(0,format/* seconds */.YA)(state.restoreMs)}` : '';
    if (!state.backend)
        return 'no cache backend';
    if (state.restoreFailed)
        return `restore failed: ${(0,format/* cell */.Hn)(state.restoreFailed)}`;
    if (!state.restored)
        return state.emptyEntry ? `miss (the entry <code>${(0,format/* cell */.Hn)(state.emptyEntry)}</code> restored no file; counted as a miss)` : 'miss (no entry matched: empty cache)';
    const kind = state.hit ?? (state.restored === state.primary ? 'exact' : 'partial');
    const words = {
        exact: 'exact (this run\'s own key)',
        latest: 'latest (the newest entry of this toolchain and key)',
        partial: 'partial (a fallback: an entry of another key, or any entry of this toolchain)',
    };
    return `${words[kind] ?? kind}: <code>${(0,format/* cell */.Hn)(state.restored)}</code>${took}`;
}
function summaryMarkdown(state, stats, rate, saved, configureCompiles = 0) {
    const head = rate === undefined ? (stats ? ccache_stats/* NOTHING_COMPILED */.q : 'statistics unavailable') : `${rate.toFixed(1)} % hits`;
    const rows = [];
    if (stats) {
        rows.push(['Hits', String(stats.hits)], ['Misses', String(stats.misses)], ['Hit rate', rate === undefined ? 'n/a' : `${rate.toFixed(1)} %`]);
        if (configureCompiles)
            rows.push(["CMake's configure-time checks", `${configureCompiles} compilation${configureCompiles === 1 ? '' : 's'} (not counted above)`]);
        if (stats.files !== undefined)
            rows.push(['Files', String(stats.files)]);
        if (stats.sizeBytes !== undefined)
            rows.push(['Size', (0,ccache_stats/* formatBytes */.z3)(stats.sizeBytes)]);
    }
    else {
        rows.push(['Statistics', 'unavailable']);
    }
    rows.push(['Restored', restoredCell(state)], ['Saved', saved]);
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

export const id = 622;
export const ids = [622];
export const modules = {

/***/ 45110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _y: () => (/* binding */ DEFAULT_RESTORE_LIMITS),
  Fz: () => (/* binding */ DEFAULT_SAVE_LIMITS),
  n0: () => (/* binding */ createBackend),
  fe: () => (/* binding */ restoreEntry),
  wn: () => (/* binding */ saveEntry)
});

// UNUSED EXPORTS: StallError

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
;// CONCATENATED MODULE: ./src/ccache/backend.ts
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

// EXTERNAL MODULE: ./src/ccache/github.ts
var github = __webpack_require__(10414);
// EXTERNAL MODULE: ./src/ccache/inputs.ts
var inputs = __webpack_require__(67636);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/ccache/local.ts



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
    async restore(dir, primary, restoreKeys, signal) {
        const entry = this.find(primary, restoreKeys);
        if (!entry)
            return undefined;
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await tar.x({ file: entry.file, cwd: dir, strict: true });
        signal?.throwIfAborted();
        return entry.key;
    }
    async save(dir, key, signal) {
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
            // Given up on (a timeout): the caller may have moved files out of dir meanwhile, so the archive may lack some;
            // it is never published as an entry.
            signal?.throwIfAborted();
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

// EXTERNAL MODULE: ./src/ccache/staging.ts
var staging = __webpack_require__(41688);
;// CONCATENATED MODULE: ./src/ccache/cache.ts









/** The backend of that name, or undefined (no name, or local without a folder). */
function createBackend(options) {
    if (options.name === 'github')
        return new github/* GithubBackend */.aR(options.cacheService ?? github/* loadCacheService */.Qn);
    if (options.name === 'local' && options.localDir)
        return new LocalBackend(options.localDir, options.budgetBytes ?? 1e9);
    return undefined;
}
/** The ccache action's defaults (its inputs): a hung service costs at most a minute of stall, a slow one five minutes per transfer. */
const DEFAULT_RESTORE_LIMITS = { stallMs: 1000 * inputs/* STALL_TIMEOUT_S */.tJ, timeoutMs: 1000 * inputs/* RESTORE_TIMEOUT_S */.BB };
const DEFAULT_SAVE_LIMITS = { stallMs: 1000 * inputs/* STALL_TIMEOUT_S */.tJ, timeoutMs: 1000 * inputs/* SAVE_TIMEOUT_S */.Ov };
/** Given up on, and why: a stall (nothing moved) or the cap. */
class StallError extends TimeoutError {
    name = 'StallError';
}
/** The transfer whose work is running (async context): requests are measured and cut only for their own transfer. */
const currentTransfer = new external_node_async_hooks_.AsyncLocalStorage();
/** Bytes a transfer moved on the network: every socket of the http(s) requests its own work made. */
class NetworkMeter {
    sockets = new Set();
    givenUp = false;
    onRequest = (message) => {
        const request = message.request;
        if (!request || currentTransfer.getStore() !== this)
            return;
        // Node publishes this once the request has its socket (20.x), or before (later versions): both are handled.
        const withSocket = (use) => (request.socket ? use(request.socket) : request.once('socket', use));
        if (this.givenUp) {
            const cut = new Error('the cache transfer was given up on');
            withSocket((socket) => socket.destroy(cut));
            request.destroy(cut);
            return;
        }
        withSocket((socket) => this.sockets.add(socket));
    };
    constructor() {
        (0,external_node_diagnostics_channel_.subscribe)('http.client.request.start', this.onRequest);
    }
    bytes() {
        let n = 0;
        for (const s of this.sockets)
            n += (s.bytesRead ?? 0) + (s.bytesWritten ?? 0);
        return n;
    }
    /**
     * The transfer was given up on: its open connections close, and any request made until the work behind it ends
     * fails at once (so a restore given up on cannot download and extract later; a save cannot finish an entry).
     */
    giveUp() {
        this.givenUp = true;
        for (const s of this.sockets)
            s.destroy();
    }
    stop() {
        (0,external_node_diagnostics_channel_.unsubscribe)('http.client.request.start', this.onRequest);
        this.sockets.clear();
    }
}
const fmtBytes = (n) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`);
/**
 * Runs one transfer with its limits: resolves with its value, or rejects with a StallError (nothing moved for
 * stallMs) or a TimeoutError (longer than timeoutMs) that says what was slow, how long it ran and what it moved.
 * The signal handed to the work is aborted when it is given up on.
 */
async function bounded(what, work, limits, progress, now) {
    const abort = new AbortController();
    const meter = new NetworkMeter();
    const t0 = now();
    let last = '';
    const note = (message) => {
        if (message.trim())
            last = message.trim();
    };
    /** What moved so far; undefined until the backend has started (loading it is no stall). */
    const measure = () => {
        const own = progress ? progress() : 0;
        return own === undefined ? undefined : meter.bytes() + own;
    };
    let timer;
    let ticker;
    const giveUp = new Promise((_, reject) => {
        const fail = (error) => {
            meter.giveUp();
            abort.abort(error);
            reject(error);
        };
        const lastWords = () => (last ? `; its last message: ${(0,format/* safe */.gB)(last.length > 300 ? `${last.slice(0, 300)}…` : last)}` : '');
        if (limits.timeoutMs > 0) {
            timer = setTimeout(() => fail(new TimeoutError(`${what} took longer than ${(0,format/* seconds */.YA)(limits.timeoutMs)} (the limit), having moved ${fmtBytes(meter.bytes())}${lastWords()}`)), limits.timeoutMs);
            timer.unref();
        }
        if (limits.stallMs > 0 && progress) {
            let seen = measure();
            let since = now();
            ticker = setInterval(() => {
                const moved = measure();
                if (moved === undefined || moved !== seen) {
                    seen = moved;
                    since = now();
                }
                else if (now() - since >= limits.stallMs) {
                    fail(new StallError(`${what} stalled: nothing moved for ${(0,format/* seconds */.YA)(now() - since)} (the stall limit is ${(0,format/* seconds */.YA)(limits.stallMs)}), ${(0,format/* seconds */.YA)(now() - t0)} after it started, having moved ${fmtBytes(meter.bytes())}${lastWords()}`));
                }
            }, Math.max(50, Math.min(1000, limits.stallMs / 4)));
            ticker.unref();
        }
    });
    giveUp.catch(() => undefined);
    const running = currentTransfer.run(meter, () => work(abort.signal, note));
    // The meter stays subscribed until the work itself ends, so that what it does after being given up on fails fast.
    running.then(() => meter.stop(), () => meter.stop());
    try {
        return await Promise.race([running, giveUp]);
    }
    finally {
        clearTimeout(timer);
        clearInterval(ticker);
    }
}
/**
 * Restores an entry into `dir`, bounded by `limits`. Never throws: a failure is a result, with its cause, and a
 * warning (with `consequence`, e.g. "the build goes on with an empty cache"). An entry that restored no file into
 * `dir` (an archive whose paths lead elsewhere) is a miss, with a warning. A restore that took more than half its cap
 * is a warning too.
 */
async function restoreEntry(backend, request, limits, reporter, consequence) {
    const now = request.now ?? Date.now;
    const t0 = now();
    const what = `Restoring ${request.what} from ${backend.where}`;
    const version = backend.describeVersion?.(request.dir);
    if (version)
        reporter.info(version);
    try {
        const key = await bounded(what, (signal, note) => backend.restore(request.dir, request.primary, request.restoreKeys, signal, note), limits, backend.progress?.bind(backend, request.dir), now);
        const ms = now() - t0;
        slowWarning(reporter, what, ms, limits);
        if (!key)
            return { status: 'miss', ms };
        if ((0,staging/* treeSize */.Uz)(request.dir) <= 1) {
            reporter.warning(`The entry ${(0,format/* safe */.gB)(key)} of ${request.what} restored no file into ${(0,format/* safe */.gB)(request.dir)} (it was saved with another folder layout, e.g. by an older version of this action): counted as a miss; a new entry is saved after the build.`);
            return { status: 'miss', ms, empty: key };
        }
        return { status: 'hit', key, ms };
    }
    catch (err) {
        const ms = now() - t0;
        const timedOut = err instanceof TimeoutError;
        const cause = timedOut ? (0,errors/* errorMessage */.gJ)(err) : `${what} failed after ${(0,format/* seconds */.YA)(ms)}: ${(0,format/* safe */.gB)((0,errors/* errorMessage */.gJ)(err))}`;
        reporter.warning(`${cause}. ${consequence}.`);
        return { status: 'failed', cause, timedOut, ms };
    }
}
/**
 * Saves `dir` under `key`, bounded by `limits`. Never throws: `saved`, `refused` (the service declined for a reason
 * that is no failure: the key exists, the token is read-only) or `failed` with its real cause. Reports nothing
 * itself except a slow transfer: the caller words the outcome (notice for refused, warning for failed).
 */
async function saveEntry(backend, dir, key, what, limits, reporter, now = Date.now) {
    const t0 = now();
    const label = `Saving ${what} to ${backend.where}`;
    try {
        const outcome = await bounded(label, (signal, note) => backend.save(dir, key, signal, note), limits, backend.progress?.bind(backend, undefined), now);
        const ms = now() - t0;
        slowWarning(reporter, label, ms, limits);
        return { ...outcome, ms };
    }
    catch (err) {
        const ms = now() - t0;
        const timedOut = err instanceof TimeoutError;
        return { status: 'failed', message: timedOut ? (0,errors/* errorMessage */.gJ)(err) : `${label} failed after ${(0,format/* seconds */.YA)(ms)}: ${(0,format/* safe */.gB)((0,errors/* errorMessage */.gJ)(err))}`, ms, timedOut };
    }
}
function slowWarning(reporter, what, ms, limits) {
    if (limits.timeoutMs > 0 && ms > limits.timeoutMs / 2) {
        reporter.warning(`${what} was slow: it took ${(0,format/* seconds */.YA)(ms)}, more than half of its limit of ${(0,format/* seconds */.YA)(limits.timeoutMs)}.`);
    }
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56950);
/* harmony import */ var _staging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41688);





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
/** A workflow command's data as @actions/core escapes it (%25, %0D, %0A), back to text. */
function unescapeData(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/** @actions/cache's failure messages (warnings and errors) about a restore or save. */
const OWN_FAILURE = /^(Failed to (restore|save): |uploadCacheArchiveSDK: |Cache reservation failed: )/;
/**
 * Captures what @actions/cache writes to stdout while it runs (it logs through @actions/core, which writes workflow
 * commands to process.stdout): its `::warning::` and `::error::` lines are kept out of the log (the caller reports
 * the outcome in one line of its own, with the cause), everything else is passed on and heard by `note`.
 */
function capture(note) {
    const stdout = process.stdout;
    const original = stdout.write;
    const warnings = [];
    const lines = [];
    let partial = '';
    let ended = false;
    let quiet = false;
    const replacement = function (chunk, ...rest) {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        partial += text;
        let pass = '';
        let i;
        while ((i = partial.indexOf('\n')) >= 0) {
            const line = partial.slice(0, i + 1);
            partial = partial.slice(i + 1);
            const bare = line.replace(/\r?\n$/, '');
            const command = /^::(warning|error)(?: [^:]*)?::(.*)$/.exec(bare);
            if (command && (!quiet || OWN_FAILURE.test(unescapeData(command[2])))) {
                warnings.push(unescapeData(command[2]));
                continue;
            }
            const debug = /^::debug::(.*)$/.exec(bare);
            const message = debug ? unescapeData(debug[1]) : bare;
            lines.push(message);
            if (!debug || /^(Failed|\[Response\])/.test(message))
                note?.(message);
            pass += line;
        }
        const callback = rest.find((r) => typeof r === 'function');
        if (pass)
            return original.call(stdout, pass, ...rest);
        if (callback)
            process.nextTick(callback);
        return true;
    };
    stdout.write = replacement;
    return {
        warnings,
        lines,
        givenUp() {
            quiet = true;
        },
        end() {
            if (ended)
                return;
            ended = true;
            if (stdout.write === replacement)
                stdout.write = original;
            if (partial)
                original.call(stdout, partial);
            partial = '';
        },
    };
}
/**
 * Runs `fn` with GITHUB_WORKSPACE (where @actions/cache makes archive paths relative to, and extracts them) set to
 * the parent of the cached folder, so an entry holds `<folder name>/...` and restores into the same folder whatever
 * the checkout's depth (with the workspace, a checkout at another depth put `../../_temp/...` elsewhere). The variable
 * is put back when `fn` ends, or at once when the caller gives up (`signal`): later steps of the same process (the
 * build action) see the real workspace; the work given up on can no longer reach the network (cache.ts).
 */
async function inFolderOf(dir, signal, fn) {
    const had = Object.prototype.hasOwnProperty.call(process.env, 'GITHUB_WORKSPACE');
    const previous = process.env.GITHUB_WORKSPACE;
    let restored = false;
    const restore = () => {
        if (restored)
            return;
        restored = true;
        if (had)
            process.env.GITHUB_WORKSPACE = previous;
        else
            delete process.env.GITHUB_WORKSPACE;
    };
    process.env.GITHUB_WORKSPACE = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    signal?.addEventListener('abort', restore, { once: true });
    try {
        return await fn();
    }
    finally {
        restore();
    }
}
/** Folders in RUNNER_TEMP (where @actions/cache writes its archives) and their bytes, for progress. */
function tempBytes(except) {
    const root = process.env.RUNNER_TEMP;
    if (!root)
        return 0;
    let n = 0;
    let names = [];
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root);
    }
    catch {
        return 0;
    }
    for (const name of names) {
        if (except.has(name))
            continue;
        try {
            for (const file of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)))
                n += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name, file)).size + 1;
        }
        catch {
            // not a folder, or gone
        }
    }
    return n;
}
/** Whether @actions/cache's reservation failure (its debug line, the real error) says the entry exists or is being saved. */
const EXISTS = /\(409\)|already exists|conflict/i;
/**
 * GitHub's cache service through @actions/cache (which logs its own progress). @actions/cache swallows failures
 * (a failed restore returns undefined, a failed save -1, both after logging why): this backend reads what it logged
 * and turns it into a thrown error (restore) or a `failed` outcome with the real cause (save), so a failure never
 * looks like a miss or a refusal.
 */
class GithubBackend {
    load;
    name = 'github';
    where = "GitHub's cache service";
    tempBefore = new Set();
    constructor(load = loadCacheService) {
        this.load = load;
    }
    describeVersion(dir) {
        return `The cache version (part of an entry's identity besides its key) hashes the path ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .safe */ .gB)(dir)} and the compression method: entries saved from another path (another RUNNER_TEMP or ccache-dir) are not seen.`;
    }
    /** Undefined while @actions/cache is still loading (slow on a busy machine, and no transfer yet: no stall). */
    progress(dir) {
        if (!this.loaded)
            return undefined;
        return tempBytes(this.tempBefore) + (dir ? (0,_staging_js__WEBPACK_IMPORTED_MODULE_3__/* .treeSize */ .Uz)(dir) : 0);
    }
    loaded = false;
    snapshotTemp() {
        try {
            this.tempBefore = new Set(process.env.RUNNER_TEMP ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(process.env.RUNNER_TEMP) : []);
        }
        catch {
            this.tempBefore = new Set();
        }
    }
    async restore(dir, primary, restoreKeys, signal, note) {
        const service = await this.load();
        this.snapshotTemp();
        this.loaded = true;
        const out = capture(note);
        signal?.addEventListener('abort', () => out.givenUp(), { once: true });
        try {
            const key = await inFolderOf(dir, signal, () => service.restoreCache([dir], primary, restoreKeys));
            if (key)
                return key;
            const failed = out.warnings.find((w) => /^Failed to restore: /.test(w)) ?? out.warnings[0];
            if (failed)
                throw new Error(failed.replace(/^Failed to restore: /, ''));
            return undefined;
        }
        finally {
            out.end();
        }
    }
    async save(dir, key, signal, note) {
        const service = await this.load();
        this.snapshotTemp();
        this.loaded = true;
        const out = capture(note);
        signal?.addEventListener('abort', () => out.givenUp(), { once: true });
        let id;
        try {
            // No "does this key exist" lookup first: keys hold the run id, and a lookup costs a round trip (and its retries).
            id = await inFolderOf(dir, signal, () => service.saveCache([dir], key));
        }
        catch (err) {
            if (err instanceof Error && /^(ReserveCacheError|CacheWriteDeniedError)$/.test(err.name))
                return { status: 'refused', message: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err) };
            throw err;
        }
        finally {
            out.end();
        }
        const size = out.lines.map((l) => /^File Size: (\d+)$/.exec(l)?.[1]).find(Boolean);
        if (id !== -1 && id !== undefined)
            return size ? { status: 'saved', bytes: Number(size) } : { status: 'saved' };
        return saveFailure(key, out);
    }
}
/** Why @actions/cache returned -1 from a save, from what it logged: a real refusal, or a failure with its cause. */
function saveFailure(key, out) {
    const skipped = out.lines.find((l) => /^Cache save skipped: /.test(l));
    if (skipped)
        return { status: 'refused', message: skipped.replace(/^Cache save skipped: /, '').replace(/\.$/, '') };
    const denied = [...out.warnings, ...out.lines].find((l) => /cache write denied:/i.test(l));
    if (denied)
        return { status: 'refused', message: `the token may not write to the cache (${denied.replace(/^Failed to save: /, '')})` };
    const reservation = out.warnings.find((w) => /^Cache reservation failed: /.test(w));
    if (reservation)
        return { status: 'refused', message: `the service did not reserve ${key}: ${reservation.replace(/^Cache reservation failed: /, '')}` };
    const reserveError = out.lines.find((l) => /^Failed to reserve cache: /.test(l))?.replace(/^Failed to reserve cache: (Error: )?/, '');
    if (reserveError !== undefined) {
        if (EXISTS.test(reserveError))
            return { status: 'refused', message: `an entry with the key ${key} exists already, or another job is saving it (entries are immutable)` };
        return { status: 'failed', message: `reserving the entry failed: ${reserveError}` };
    }
    const failure = out.warnings.find((w) => /^Failed to save: /.test(w))?.replace(/^Failed to save: /, '') ?? out.warnings.join('; ');
    if (failure)
        return { status: 'failed', message: failure };
    return { status: 'failed', message: 'the cache service did not take the entry, and @actions/cache gave no reason' };
}


/***/ }),

/***/ 41688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ foreignOwned),
/* harmony export */   Uz: () => (/* binding */ treeSize),
/* harmony export */   og: () => (/* binding */ moveContents),
/* harmony export */   yv: () => (/* binding */ entryDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(to, { recursive: true });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(from, { throwIfNoEntry: false })?.isDirectory())
        return; // nothing to move
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(from)) {
        const src = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, name);
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, name);
        const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dest, { throwIfNoEntry: false });
        if (existing?.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(src).isDirectory()) {
            moveContents(src, dest);
            continue;
        }
        if (existing)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dest, { recursive: true, force: true });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(src, dest);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)(src, dest, { recursive: true, preserveTimestamps: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(src, { recursive: true, force: true });
        }
    }
    if (!keepFrom)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(from, { recursive: true, force: true });
}
/** The first file or folder in `dir` (itself included) not owned by `uid`, or undefined (also when dir does not exist). */
function foreignOwned(dir, uid) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.uid !== uid)
        return dir;
    if (!st.isDirectory())
        return undefined;
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        const found = foreignOwned((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), uid);
        if (found)
            return found;
    }
    return undefined;
}
/** Files, folders and bytes under `dir` as one number (0 when it does not exist): how far an extraction got. */
function treeSize(dir) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!st)
        return 0;
    if (!st.isDirectory())
        return st.size + 1;
    let n = 1;
    try {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir))
            n += treeSize((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
    }
    catch {
        // unreadable: counts as it is
    }
    return n;
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
/* harmony export */   g$: () => (/* binding */ TRUSTED_EVENTS),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
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


/***/ })

};

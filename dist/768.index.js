export const id = 768;
export const ids = [768,950];
export const modules = {

/***/ 56950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export safe */
/** Small helpers for log lines and job-summary markdown. */
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Untrusted text as a markdown table cell (or inline in summary markdown): one line, no HTML, no pipe that breaks
 * the row, no link, image, emphasis or code span a value could smuggle in.
 */
function cell(text) {
    return escapeHtml(safe(text)).replace(/[\\`*_[\]|!~#]/g, (c) => `\\${c}`);
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
/** A collapsed block holding preformatted text. */
function details(summary, text) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n<pre>${escapeHtml(text)}</pre>\n</details>\n`;
}
function tail(text, lines) {
    const all = text.replace(/\s+$/, '').split(/\r?\n/);
    return all.slice(-lines).join('\n');
}
// Line breaks as the runner splits on them, and the other C0/C1 controls (ANSI escapes could hide text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const ZWSP = '\u200b';
/**
 * Untrusted text (an input, a branch, tag or file name, a URL, a PR title) made safe to write to the log, alone or
 * inside a line: it stays on one line (CR, LF and the other control characters are shown escaped, e.g. `\n`), it
 * cannot start a workflow command (`::name::`, the runner's test after trimming leading white space) and it carries
 * no legacy `##[command]`. A zero-width space breaks those markers, so the text reads as it was. This is the one
 * place untrusted text goes through before any log line; `cell` does the same for job-summary markdown.
 */
function safe(text) {
    const oneLine = text.replace(/\r\n/g, '\\r\\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return oneLine.replace(/##\[/g, `##${ZWSP}[`).replace(/^(\s*):(?=:)/, `$1:${ZWSP}`);
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

/***/ 97768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishRelease: () => (/* binding */ publishRelease),
  summary: () => (/* binding */ summary),
  uploadOne: () => (/* binding */ uploadOne),
  verifyCommands: () => (/* binding */ verifyCommands)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/hash.ts
var hash = __webpack_require__(96941);
// EXTERNAL MODULE: ./src/common/exec.ts
var exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
;// CONCATENATED MODULE: ./src/release/assets.ts



/** GitHub refuses an asset of 2 GiB or more. */
const MAX_ASSET_SIZE = 2 * 1024 * 1024 * 1024;
/** GitHub keeps at most 1000 assets per release. */
const MAX_ASSETS = 1000;
/** Names GitHub keeps as they are; anything else it silently renames. */
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;
/** Why GitHub would rename an asset called `name`, or undefined when it keeps it. */
function nameProblem(name) {
    if (!SAFE_NAME.test(name))
        return 'GitHub renames asset names with characters outside [A-Za-z0-9._-]';
    if (name.startsWith('.') || name.endsWith('.'))
        return 'GitHub renames asset names that start or end with a dot';
    return undefined;
}
/** Checks the rules GitHub enforces (or silently works around) before any request is made. */
function validateAssets(assets) {
    const problems = [];
    const seen = new Map();
    for (const asset of assets) {
        const problem = nameProblem(asset.name);
        if (problem)
            problems.push(`${asset.path}: the asset name ${JSON.stringify(asset.name)} is not allowed (${problem}).`);
        if (asset.size >= MAX_ASSET_SIZE) {
            problems.push(`${asset.path}: ${asset.size} bytes is too large (GitHub accepts release assets under 2 GiB, ${MAX_ASSET_SIZE} bytes).`);
        }
        const other = seen.get(asset.name);
        if (other !== undefined)
            problems.push(`${asset.path}: the asset name ${asset.name} is also the name of ${other} (asset names must be unique).`);
        seen.set(asset.name, asset.path);
    }
    if (assets.length > MAX_ASSETS) {
        problems.push(`${assets.length} assets (with checksums and signatures) is too many: GitHub keeps at most ${MAX_ASSETS} per release.`);
    }
    if (problems.length)
        throw new errors/* UserError */.yo(problems.join('\n'));
}
/**
 * Expands the `files` patterns (tinyglobby, relative to `cwd`); a pattern that matches nothing is an error unless
 * `allowMissing`. Returns absolute paths, each once, in the order found.
 */
async function expandFiles(patterns, cwd, allowMissing, warn) {
    if (!patterns.length)
        return [];
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const found = [];
    for (const pattern of patterns) {
        let matches;
        if (!isDynamicPattern(pattern)) {
            const path = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(cwd, pattern);
            const info = await (0,promises_.stat)(path).catch(() => undefined);
            matches = info?.isFile() ? [path] : [];
        }
        else {
            matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: false })).sort();
        }
        if (!matches.length) {
            if (!allowMissing)
                throw new errors/* InputError */.dz('files', pattern, "a path or glob that matches at least one file (or set 'allow-missing: true')");
            warn(`The pattern ${JSON.stringify(pattern)} in 'files' matches no file.`);
        }
        for (const m of matches)
            if (!found.includes(m))
                found.push(m);
    }
    return found;
}
/** The asset for a file on disk: its base name and size. */
async function localAsset(path, name = (0,external_node_path_.basename)(path)) {
    const info = await (0,promises_.stat)(path);
    return { name, path, size: info.size };
}
/** `SHA256SUMS` in the format `sha256sum -c` reads: `<hex>  <name>` per line, sorted by name. */
function checksumsText(entries) {
    return [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/release/github.ts






/** The sha256 (lowercase hex) in the `sha256:<hex>` digest GitHub reports for an asset, or undefined without one. */
function reportedSha256(asset) {
    return /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')?.[1]?.toLowerCase();
}
/**
 * The default {@link DownloadHasher}: @actions/http-client (the same proxy settings as the uploads; it follows the
 * redirect and drops the Authorization header when the redirect leaves the API host), the body piped into a hash.
 */
const httpDownloadSha256 = async (url, headers) => {
    const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
    const client = new HttpClient(USER_AGENT, [], { allowRedirects: true, maxRedirects: 5, socketTimeout: UPLOAD_IDLE_MS });
    try {
        const res = await client.get(url.href, { ...headers });
        const status = res.message.statusCode ?? 0;
        if (status < 200 || status >= 300) {
            const body = await res.readBody();
            throw new UploadError(url, { status, headers: flatHeaders(res.message.headers), body }, 'GET');
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        await (0,external_node_stream_promises_.pipeline)(res.message, hash);
        return hash.digest('hex');
    }
    finally {
        client.dispose();
    }
};
/** How long an upload socket may stay silent (no byte sent or received) before the try counts as a network error. */
const UPLOAD_IDLE_MS = 10 * 60_000;
function flatHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
/**
 * The upload transport of the action: node:http(s) `request()` fed by `stream.pipeline` from a 1 MiB-chunk file read
 * stream, so the socket's backpressure paces the disk reads and memory stays flat whatever the size (the built-in
 * fetch reads a stream body ahead of the socket). The body goes with its Content-Length, never chunked. Proxies:
 * `https_proxy`/`HTTPS_PROXY` (`http_proxy` for http: URLs) and `no_proxy`/`NO_PROXY` as @actions/http-client reads
 * them (loopback addresses never use the proxy), through its tunnelling agent.
 */
const httpUpload = async (url, path, size, headers) => {
    const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
    const agent = new HttpClient().getAgent(url.href);
    const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            req.destroy();
            reject(err);
        };
        const req = send(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(size) }, timeout: UPLOAD_IDLE_MS }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', fail);
            res.on('close', () => {
                if (!res.complete)
                    fail(new Error(`the connection to ${url.host} closed before the end of its answer`));
            });
            res.on('end', () => {
                if (settled)
                    return;
                settled = true;
                // An early answer (a 4xx before the whole body was read) ends the upload: the rest of the file is not sent.
                req.destroy();
                resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: Buffer.concat(chunks).toString('utf8') });
            });
        });
        req.on('timeout', () => req.destroy(new Error(`the upload to ${url.host} stalled (no progress for ${UPLOAD_IDLE_MS / 60_000} min)`)));
        // Writing into a request the server already answered fails (EPIPE, ECONNRESET): the answer, when it came, wins.
        let answered = false;
        req.on('response', () => (answered = true));
        req.on('error', (err) => {
            if (!answered)
                fail(err);
        });
        (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }), req).catch((err) => {
            if (!answered)
                fail(err);
        });
    });
};
/** A non-2xx answer to an upload, shaped like Octokit's RequestError (status, response headers and parsed data). */
class UploadError extends Error {
    status;
    response;
    constructor(url, reply, method = 'POST') {
        let data = reply.body;
        try {
            data = JSON.parse(reply.body);
        }
        catch {
            // an HTML error page from a proxy or load balancer: kept as text
        }
        const message = data?.message;
        super(`HTTP ${reply.status}${typeof message === 'string' ? ` ${message}` : ''} (${method} ${url.origin}${url.pathname})`);
        this.name = 'UploadError';
        this.status = reply.status;
        this.response = { status: reply.status, url: url.href, headers: reply.headers, data };
    }
}
/** The REST API version the upload requests ask for (Octokit sends its own on the other calls). */
const API_VERSION = '2022-11-28';
const USER_AGENT = `aswf-ci-actions-release Node.js/${process.versions.node}`;
/** An HTTP error from Octokit (RequestError) or from fetch: the status and headers when there was a response. */
function httpError(err) {
    const e = err;
    return {
        status: typeof e.status === 'number' && e.status > 0 ? e.status : undefined,
        headers: e.response?.headers ?? {},
        data: e.response?.data,
    };
}
/** True for GitHub's 422 "Validation Failed" with an error of `code` (`already_exists`). */
function isValidation(err, code) {
    const { status, data } = httpError(err);
    if (status !== 422)
        return false;
    if (!code)
        return true;
    const errors = data?.errors ?? [];
    return errors.some((x) => x.code === code);
}
/** The shortest wait after a secondary rate limit that names no time (GitHub: "wait at least one minute"). */
const SECONDARY_RATE_LIMIT_MS = 60_000;
/** True for GitHub's secondary rate limit answer (403 or 429 whose message says so). */
function isSecondaryRateLimit(err) {
    const { status, data } = httpError(err);
    if (status !== 403 && status !== 429)
        return false;
    const message = typeof data === 'string' ? data : data?.message;
    return typeof message === 'string' && /secondary rate limit/i.test(message);
}
/**
 * How long to wait before trying again after `err`, or undefined when it must not be retried: 5xx and network
 * errors back off exponentially; 403/429 that are rate limits wait for `retry-after` or `x-ratelimit-reset`, and a
 * secondary rate limit that names no time ("You have exceeded a secondary rate limit", no header) waits at least a
 * minute, doubling at each try, as GitHub's documentation asks.
 */
function retryDelay(err, attempt, backoffMs, now) {
    const { status, headers } = httpError(err);
    const backoff = backoffMs * 2 ** (attempt - 1);
    if (status === undefined)
        return err.name === 'AbortError' ? undefined : backoff;
    if (status >= 500)
        return backoff;
    if (status === 403 || status === 429) {
        const retryAfter = Number(headers['retry-after']);
        if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
            return Math.max(retryAfter, 1) * 1000;
        if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
            return Math.max(Number(headers['x-ratelimit-reset']) * 1000 - now, 1000);
        }
        // A 429 without headers is still a secondary rate limit, and so is a 403 whose message says so; any other 403
        // without them is a permission problem.
        if (status === 429 || isSecondaryRateLimit(err))
            return Math.max(backoff, SECONDARY_RATE_LIMIT_MS * 2 ** (attempt - 1));
        return undefined;
    }
    return undefined;
}
/** A 422 in words: the status, GitHub's message and the message or code of each of its errors. */
function validationMessage(err) {
    const { data } = httpError(err);
    const errors = data?.errors ?? [];
    const details = errors.map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' ')).filter(Boolean);
    return describe(err) + (details.length ? `: ${details.join('; ')}` : '');
}
/** A failed request in words: status and GitHub's message. */
function describe(err) {
    const { status, data } = httpError(err);
    const message = data?.message;
    return status ? `HTTP ${status}${message ? ` ${message}` : ''}` : (0,errors/* errorMessage */.gJ)(err);
}
/**
 * The Releases API as this action uses it, with retries: 5xx and network errors back off, rate limits (403/429)
 * wait for `retry-after` / `x-ratelimit-reset`, an upload whose body failed half way deletes the broken asset and
 * sends a fresh stream from disk. Every request but the upload's body goes through the given Octokit (tests replace
 * its `fetch`); the upload goes through the `uploadAsset` transport (node:http by default).
 */
class ReleaseClient {
    octokit;
    attempts;
    backoffMs;
    maxWaitMs;
    sleep;
    now;
    log;
    token;
    uploadAsset;
    downloadAsset;
    owner;
    repo;
    constructor(octokit, options) {
        this.octokit = octokit;
        this.owner = options.owner;
        this.repo = options.repo;
        this.attempts = options.attempts ?? 5;
        this.backoffMs = options.backoffMs ?? 2000;
        this.maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = options.now ?? Date.now;
        this.log = options.log ?? (() => undefined);
        this.token = options.token;
        this.uploadAsset = options.uploadAsset ?? httpUpload;
        this.downloadAsset = options.downloadAsset ?? httpDownloadSha256;
    }
    /**
     * The sha256 (hex) of an asset already in the release: from the `digest` GitHub reports, or else by downloading
     * it (streamed into the hash, retried like any request). Servers without digests (GHES, assets uploaded before
     * GitHub computed them) need the download.
     */
    async assetSha256(asset) {
        const reported = reportedSha256(asset);
        if (reported)
            return reported;
        if (!asset.url)
            throw new Error(`GitHub lists ${asset.name} without its API url, so it cannot be downloaded`);
        const url = new URL(asset.url);
        const headers = { accept: 'application/octet-stream', authorization: `Bearer ${this.token}`, 'user-agent': USER_AGENT, 'x-github-api-version': API_VERSION };
        return this.retry(`Downloading ${asset.name} to hash it`, () => this.downloadAsset(url, headers));
    }
    /** Runs `fn` until it succeeds, a failure is not worth retrying, or the tries are spent. */
    async retry(what, fn, beforeRetry) {
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (err) {
                const wait = attempt < this.attempts ? retryDelay(err, attempt, this.backoffMs, this.now()) : undefined;
                if (wait === undefined || wait > this.maxWaitMs)
                    throw err;
                this.log(`${what} failed (${describe(err)}); try ${attempt + 1} of ${this.attempts} in ${Math.ceil(wait / 1000)} s.`);
                await this.sleep(wait);
                if (beforeRetry)
                    await beforeRetry();
            }
        }
    }
    get repoParams() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Every release of the tag, drafts included (`GET /releases/tags/{tag}` does not see drafts), oldest first. */
    async releasesForTag(tag) {
        const found = [];
        for (let page = 1; page <= 100; page++) {
            const { data } = await this.retry('Listing releases', () => this.octokit.request('GET /repos/{owner}/{repo}/releases', { ...this.repoParams, per_page: 100, page }));
            const releases = data;
            found.push(...releases.filter((r) => r.tag_name === tag));
            if (releases.length < 100)
                break;
        }
        return found.sort((a, b) => a.id - b.id);
    }
    /**
     * The one release of the tag: the existing one, or a new draft. Matrix jobs race here: each may create a draft
     * (GitHub allows several drafts of one tag, and answers 422 when a published release holds the tag), so after
     * creating, the tag's releases are listed again and the oldest wins. A duplicate draft of ours is deleted only while
     * it is still empty: a job that listed it before the other drafts appeared may already be uploading to it, and a
     * draft that holds assets is never deleted (two drafts then survive, and the publishing job refuses to publish until
     * one is left: see {@link ReleaseClient.releasesForTag}).
     */
    async findOrCreateDraft(tag, create) {
        const existing = await this.releasesForTag(tag);
        if (existing[0])
            return { release: pick(existing), created: false };
        let mine;
        let refused;
        try {
            const { data } = await this.retry('Creating the draft release', () => this.octokit.request('POST /repos/{owner}/{repo}/releases', { ...this.repoParams, tag_name: tag, draft: true, ...create }));
            mine = data;
        }
        catch (err) {
            if (!isValidation(err))
                throw createError(err, tag);
            refused = err;
            this.log(`Creating the release answered ${validationMessage(err)}: looking for a release of ${tag} that another job created meanwhile.`);
        }
        const all = await this.releasesForTag(tag);
        if (!all.length) {
            if (mine)
                return { release: mine, created: true };
            throw new errors/* UserError */.yo(`GitHub refused to create a release for ${tag} (${validationMessage(refused)}), and lists no release of that tag. ` +
                'A tag once used by an immutable release cannot be used by another release, even after that release was deleted: release a new tag.');
        }
        const winner = pick(all);
        if (mine && mine.id !== winner.id) {
            const dup = mine.id;
            const held = await this.listAssets(dup);
            if (held.length) {
                this.log(`Another job created release ${winner.id} for ${tag} first, but the duplicate draft ${dup} created here already holds ${held.length} asset(s) ` +
                    `(another job uses it), so it is kept: the job that publishes will refuse while both exist.`);
            }
            else {
                this.log(`Another job created release ${winner.id} for ${tag} first: deleting the duplicate draft ${dup} (still empty).`);
                await this.deleteOnce('Deleting a duplicate draft', () => this.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: dup }));
            }
        }
        return { release: winner, created: mine?.id === winner.id };
    }
    async listAssets(releaseId) {
        const found = [];
        for (let page = 1; page <= 11; page++) {
            const { data } = await this.retry('Listing assets', () => this.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...this.repoParams, release_id: releaseId, per_page: 100, page }));
            found.push(...data);
            if (data.length < 100)
                break;
        }
        return found;
    }
    async deleteAsset(assetId) {
        await this.deleteOnce('Deleting an asset', () => this.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...this.repoParams, asset_id: assetId }));
    }
    /**
     * A DELETE, retried like any request; a 404 on a retry means the first try did delete it and its answer was lost
     * (a 5xx from a proxy, a reset connection), so it counts as done. A 404 on the first try is still an error.
     */
    async deleteOnce(what, fn) {
        let tries = 0;
        await this.retry(what, async () => {
            tries++;
            try {
                await fn();
            }
            catch (err) {
                if (tries > 1 && httpError(err).status === 404) {
                    this.log(`${what}: a retry answered 404, so the earlier try did delete it (its answer was lost).`);
                    return;
                }
                throw err;
            }
        });
    }
    /** The notes GitHub generates for the tag (`POST .../releases/generate-notes`): a title and a markdown body. */
    async generateNotes(tag) {
        const { data } = await this.retry('Generating the release notes', () => this.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { ...this.repoParams, tag_name: tag }));
        return data;
    }
    /**
     * Uploads a file to the release's `upload_url` (the RFC 6570 template GitHub gives: GHES serves uploads on its
     * own host), streamed from disk with its Content-Length through the upload transport (not Octokit, whose fetch
     * buffers a stream body). After a failed try, an asset of that name left behind (a broken partial upload) is
     * deleted before the file is sent again from its start. Returns the asset GitHub's 201 answer describes.
     */
    async upload(release, asset) {
        // upload_url is `https://uploads.github.com/.../assets{?name,label}`: fill in the one parameter used.
        const target = new URL(release.upload_url.replace(/\{\?[^}]*\}$/, ''));
        target.searchParams.set('name', asset.name);
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'content-type': 'application/octet-stream',
            'user-agent': USER_AGENT,
            'x-github-api-version': API_VERSION,
        };
        const send = async () => {
            const reply = await this.uploadAsset(target, asset.path, asset.size, headers);
            if (reply.status < 200 || reply.status >= 300)
                throw new UploadError(target, reply);
            try {
                return JSON.parse(reply.body);
            }
            catch {
                throw new Error(`GitHub answered the upload of ${asset.name} with HTTP ${reply.status} and a body that is not JSON: ${reply.body.slice(0, 200)}`);
            }
        };
        const cleanUp = async () => {
            for (const left of await this.listAssets(release.id)) {
                if (left.name === asset.name) {
                    this.log(`Deleting the partial asset ${left.name} (state ${left.state}) left by the failed upload.`);
                    await this.deleteAsset(left.id);
                }
            }
        };
        return this.retry(`Uploading ${asset.name}`, send, cleanUp);
    }
    async updateRelease(releaseId, params) {
        const { data } = await this.retry('Updating the release', () => this.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: releaseId, ...params }));
        return data;
    }
}
/** The release to use among several of one tag: a published one if any, else the oldest draft. */
function pick(releases) {
    return releases.find((r) => !r.draft) ?? releases[0];
}
function createError(err, tag) {
    const { status } = httpError(err);
    if (status === 404) {
        return new errors/* UserError */.yo(`GitHub answered 404 when creating the release for ${tag}: the token needs 'permissions: contents: write', and GITHUB_TOKEN ` +
            'cannot create a release whose tag commit changes .github/workflows (use a token with the workflow scope).');
    }
    if (status === 403)
        return new errors/* UserError */.yo(`GitHub refused to create the release for ${tag} (${describe(err)}): the job needs 'permissions: contents: write'.`);
    return err instanceof Error ? err : new Error(String(err));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/release/sign.ts





/** The lines of an armored key worth masking in logs (not the armor header and footer, which are public text). */
function secretLines(armored) {
    return armored
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^-----(BEGIN|END) PGP/.test(l) && !/^[A-Za-z-]+: /.test(l));
}
/** Reads an armored private key (decrypting it with `passphrase`) with openpgp, loaded only when GPG signing is asked. */
async function gpgSigner(armoredKey, passphrase) {
    const openpgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 13074));
    let key;
    try {
        key = await openpgp.readPrivateKey({ armoredKey });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`Input 'gpg-private-key' is not an armored OpenPGP private key (${(0,errors/* errorMessage */.gJ)(err)}).`);
    }
    if (!key.isDecrypted()) {
        if (!passphrase)
            throw new errors/* UserError */.yo("Input 'gpg-private-key' is encrypted: give its passphrase in 'gpg-passphrase'.");
        try {
            key = await openpgp.decryptKey({ privateKey: key, passphrase });
        }
        catch (err) {
            throw new errors/* UserError */.yo(`Input 'gpg-passphrase' does not decrypt the key in 'gpg-private-key' (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    }
    const signingKey = key;
    return {
        fingerprint: signingKey.getFingerprint().toUpperCase(),
        userIds: signingKey.getUserIDs(),
        async sign(path, out = `${path}.asc`) {
            // The file is streamed through openpgp (web streams), so a large asset does not sit in memory.
            const data = external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }));
            const message = await openpgp.createMessage({ binary: data });
            const signature = await openpgp.sign({ message, signingKeys: signingKey, detached: true, format: 'armored' });
            const text = typeof signature === 'string' ? signature : await readAll(signature);
            await (0,promises_.writeFile)(out, text);
            return out;
        },
    };
}
async function readAll(stream) {
    let text = '';
    for await (const chunk of stream)
        text += chunk;
    return text;
}
/**
 * Fetches the workflow's OIDC token for Sigstore (audience `sigstore`) from the runner, through @actions/http-client
 * like the uploads and downloads: the same `https_proxy`/`HTTPS_PROXY`/`no_proxy` settings apply (the built-in fetch
 * ignores them). Without `permissions: id-token: write` the runner gives no request URL: that is an error that says so.
 */
function githubIdentityToken(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new errors/* UserError */.yo("Sigstore signing needs the workflow's OIDC token, and this job has none: add 'permissions: id-token: write' " +
            "(with 'contents: write') to the job, or set 'sign: gpg' or 'sign: none'.");
    }
    return async () => {
        const target = new URL(url);
        target.searchParams.set('audience', 'sigstore');
        const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
        const client = new HttpClient('aswf-ci-actions-release');
        let status;
        let body;
        try {
            const res = await client.get(target.href, { authorization: `Bearer ${bearer}`, accept: 'application/json' });
            status = res.message.statusCode ?? 0;
            body = await res.readBody();
        }
        catch (err) {
            throw new errors/* UserError */.yo(`Getting the OIDC token for Sigstore from ${target.host} failed: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
        finally {
            client.dispose();
        }
        if (status < 200 || status >= 300)
            throw new errors/* UserError */.yo(`Getting the OIDC token for Sigstore failed: HTTP ${status}. Does the job have 'permissions: id-token: write'?`);
        let value;
        try {
            value = JSON.parse(body).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || !value)
            throw new errors/* UserError */.yo('The runner returned no OIDC token for Sigstore.');
        return value;
    };
}
/**
 * Signs a file with Sigstore keyless signing (a short-lived Fulcio certificate for the workflow's identity, the
 * signature logged in Rekor) and writes the bundle as `<file>.sigstore.json`, the ASWF convention.
 *
 * Memory: this is the one step that reads a whole file at once. The bundle is a *message signature*: an ECDSA P-256
 * signature over the file's bytes, which `sigstore verify github FILE` and `cosign verify-blob` check against the
 * file. sigstore-js (`sign(payload: Buffer)`, and @sigstore/sign's MessageSignatureBundleBuilder under it) takes the
 * artifact as one Buffer, and Node's crypto has no ECDSA-over-a-precomputed-digest call, so the file cannot be
 * streamed. The only digest-based alternative, a DSSE in-toto attestation (`attest()`), is another bundle type that
 * those verify commands do not accept for a plain file. So signing holds one asset at a time in memory: peak RSS is
 * about the largest asset's size plus ~100 MB (assets are under 2 GiB, so under ~2.1 GB); the files are signed one
 * after the other and each Buffer is released before the next. Use `sign: gpg` (streamed) where that is too much.
 */
async function sigstoreSign(path, options, out = `${path}.sigstore.json`) {
    const { sign } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 94267));
    const payload = await (0,promises_.readFile)(path);
    const bundle = await sign(payload, {
        fulcioURL: options.fulcioURL,
        rekorURL: options.rekorURL,
        tsaServerURL: options.tsaServerURL,
        identityProvider: { getToken: options.getToken },
    });
    await (0,promises_.writeFile)(out, JSON.stringify(bundle) + '\n');
    return out;
}
/**
 * The identity a Sigstore bundle's signing certificate holds: its URI subject alternative name (for GitHub Actions,
 * the workflow that ran the signing job: a reusable workflow's own ref, not the caller's), read from
 * `verificationMaterial.certificate` (bundle v0.3) or the first certificate of `x509CertificateChain` (older
 * bundles). Undefined when the bundle has no certificate or the certificate no URI name.
 */
function certificateIdentity(bundle) {
    const material = bundle
        ?.verificationMaterial;
    const raw = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string' || !raw)
        return undefined;
    let san;
    try {
        san = new external_node_crypto_.X509Certificate(Buffer.from(raw, 'base64')).subjectAltName;
    }
    catch {
        return undefined;
    }
    // Node writes `URI:https://...`, and a value with special characters as a JSON string: `URI:"..."`.
    const m = /(?:^|, )URI:("(?:[^"\\]|\\.)*"|[^,]*)/.exec(san ?? '');
    if (!m)
        return undefined;
    try {
        return m[1].startsWith('"') ? JSON.parse(m[1]) : m[1];
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/release/run.ts











const SIGNATURE_SUFFIX = { sigstore: '.sigstore.json', gpg: '.asc', none: '' };
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1)
        (v /= 1024), i++;
    return `${v.toFixed(1)} ${units[i]}`;
}
/** The names of the checksum file and of its signatures: SHA256SUMS lists every other asset of the release. */
const CHECKSUM_NAMES = new Set(['SHA256SUMS', ...Object.values(SIGNATURE_SUFFIX).filter(Boolean).map((s) => 'SHA256SUMS' + s)]);
/**
 * Collects, checks and hashes the assets, finds or creates the tag's draft, decides for each asset (skip the same,
 * upload a new one, refuse or replace a different one), signs what is uploaded, uploads, writes SHA256SUMS over
 * every asset of the release (its other jobs' assets included) and signs it, checks every asset, and only then
 * publishes (never with `draft: true`). Nothing is modified in a published release unless `overwrite: true`.
 */
async function publishRelease(step, options, deps) {
    const outDir = deps.outDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)(step.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'aswf-release-')));
    const suffix = SIGNATURE_SUFFIX[options.sign];
    const archiveName = `${options.repo}-${options.version}.tar.gz`;
    const tag = options.tag;
    // 1. Files, and every rule GitHub enforces, before any work or request.
    const primary = await step.group('Release assets', async () => {
        const paths = await expandFiles(options.files, options.workspace, options.allowMissing, (m) => step.warning(m));
        const files = await Promise.all(paths.map((p) => localAsset(p)));
        const planned = [...files];
        const archiveProblem = options.sourceArchive ? nameProblem(archiveName) : undefined;
        if (archiveProblem) {
            throw new errors/* UserError */.yo(`The tag ${tag} makes the source archive's asset name ${archiveName}, which is not allowed (${archiveProblem}). ` +
                "Set 'source-archive: false' (and upload an archive you name yourself in 'files'), or use a tag made of [A-Za-z0-9._-] only.");
        }
        if (options.sourceArchive)
            planned.push({ name: archiveName, path: (0,external_node_path_.join)(outDir, archiveName), size: 0 });
        if (options.checksums)
            planned.push({ name: 'SHA256SUMS', path: (0,external_node_path_.join)(outDir, 'SHA256SUMS'), size: 0 });
        if (suffix)
            for (const a of [...planned])
                planned.push({ name: a.name + suffix, path: a.path + suffix, size: 0 });
        validateAssets(planned);
        if (!planned.length)
            throw new errors/* UserError */.yo("Nothing to release: 'files' matches no file and 'source-archive' and 'checksums' are off.");
        for (const f of files)
            step.info(`${f.name}  ${bytes(f.size)}  (${f.path})`);
        if (options.sourceArchive) {
            const prefix = `${options.repo}-${options.version}/`;
            await deps.exec.run(['git', '-C', options.workspace, 'archive', '--format=tar.gz', `--prefix=${prefix}`, `--output=${(0,external_node_path_.join)(outDir, archiveName)}`, `refs/tags/${tag}`], { silent: true });
            const archive = await localAsset((0,external_node_path_.join)(outDir, archiveName));
            // Planned with size 0 above: its size is known only now, and it obeys the same rules as any file.
            validateAssets([archive]);
            step.info(`${archive.name}  ${bytes(archive.size)}  (git archive of ${tag}, prefix ${prefix})`);
            files.push(archive);
        }
        return files;
    });
    // The signer is made now (key decrypted, OIDC permission checked): its errors come before any request.
    const signing = await signer(step, options, deps);
    const signOne = signing?.sign;
    const digests = new Map();
    await step.group('SHA-256', async () => {
        for (const a of primary) {
            digests.set(a.name, await (0,hash/* sha256File */.Q)(a.path));
            step.info(`${digests.get(a.name)}  ${a.name}`);
        }
    });
    // 2. The release: the tag's draft (or published release), and what it already holds.
    const client = new ReleaseClient(deps.octokit ?? (await makeOctokit(options, deps)), {
        owner: options.owner,
        repo: options.repo,
        token: options.token,
        uploadAsset: deps.uploadAsset,
        downloadAsset: deps.downloadAsset,
        sleep: deps.sleep,
        log: (m) => step.warning(m),
    });
    const create = {
        name: options.name,
        ...(options.body !== undefined ? { body: options.body } : {}),
        prerelease: options.prerelease,
        generate_release_notes: options.generateNotes,
    };
    const { release, created } = await step.group(`Release ${tag}`, async () => {
        const found = await client.findOrCreateDraft(tag, create);
        step.info(`${found.created ? 'Created the draft' : 'Found the ' + (found.release.draft ? 'draft' : 'published release')} ${found.release.html_url} (id ${found.release.id}).`);
        return found;
    });
    const remote = new Map((await client.listAssets(release.id)).map((r) => [r.name, r]));
    /** Refuses any change to a published release: never to an immutable one, and only with `overwrite: true` otherwise. */
    const mayModify = (name, what) => {
        if (release.draft)
            return;
        if (release.immutable) {
            throw new errors/* UserError */.yo(`${name}: release ${tag} is published and immutable, and ${what}; an immutable release cannot change: release a new tag.`);
        }
        if (!options.overwrite) {
            throw new errors/* UserError */.yo(`${name}: release ${tag} is already published, and ${what}. A published release is not modified unless 'overwrite: true': ` +
                'its users would see assets appear one by one, and a replaced asset is deleted before its new copy is uploaded, so it is missing meanwhile ' +
                "(and SHA256SUMS would not match). Release a new tag, or set 'overwrite: true' to change it anyway.");
        }
    };
    /**
     * What to do with `asset`. `replaceable` names why a different asset of that name may be replaced without
     * `overwrite` (it is this job's own: the signature of a file it uploads again, a stale SHA256SUMS of the draft it
     * publishes), in a draft only.
     */
    const decide = async (asset, sha, replaceable) => {
        const there = remote.get(asset.name);
        if (!there) {
            mayModify(asset.name, 'it does not hold this asset yet');
            return { action: 'upload' };
        }
        if (there.state !== 'uploaded') {
            mayModify(asset.name, `its asset of that name is broken (state ${there.state})`);
            return { action: 'upload', replace: there, note: `deleting a broken asset (state ${there.state}) left by an earlier run` };
        }
        const c = await compare(client, there, asset, sha, (m) => step.info(m));
        if (c.same)
            return { action: 'skip' };
        const differs = c.unverified ? `its asset of that name could not be verified to be the same (${c.why})` : `its asset of that name differs (${c.why})`;
        mayModify(asset.name, differs);
        if (replaceable && release.draft && !options.overwrite)
            return { action: 'upload', replace: there, note: `replacing the one there (${replaceable})` };
        if (!options.overwrite) {
            const hint = asset.name === 'SHA256SUMS' || CHECKSUM_NAMES.has(asset.name)
                ? " In a matrix, give the matrix jobs 'draft: true', 'checksums: false' and 'source-archive: false', and let one final job write SHA256SUMS (see docs/release.md)."
                : '';
            const what = c.unverified ? `an asset of that name that could not be verified to be the same: ${c.why}` : `an asset of that name with a different content (${c.why})`;
            throw new errors/* UserError */.yo(`${asset.name}: release ${tag} already has ${what}. Set 'overwrite: true' to replace it.${hint}`);
        }
        return { action: 'upload', replace: there, note: `replacing the different asset already there (overwrite: true; ${c.why})` };
    };
    const uploaded = [];
    const skipped = [];
    const mine = [];
    const failures = [];
    const apply = async (asset, d) => {
        mine.push(asset);
        if (d.action === 'skip') {
            step.info(`${asset.name}: already uploaded with the same sha256, skipped.`);
            skipped.push(asset.name);
            return;
        }
        if (d.replace) {
            step.info(`${asset.name}: ${d.note}.`);
            await client.deleteAsset(d.replace.id);
            remote.delete(asset.name);
        }
        try {
            const done = await uploadOne(client, release, asset, digests.get(asset.name), options);
            remote.set(done.name, done);
            uploaded.push(asset.name);
            step.info(`${asset.name}: uploaded (${bytes(asset.size)}).`);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            failures.push(`${asset.name}: ${describe(err)}`);
            step.error(`Uploading ${asset.name} failed: ${describe(err)}`);
        }
    };
    const stopOnFailures = () => {
        if (!failures.length)
            return;
        const state = release.draft ? `so release ${tag} stays a draft` : `so release ${tag} (published) is incomplete: run the job again`;
        throw new errors/* UserError */.yo(`${failures.length} upload(s) failed, ${state}:\n${failures.join('\n')}`);
    };
    /**
     * Decides for files, then signs those that are uploaded (a file already there whose signature is there too keeps
     * it: a signature is never the same twice, so signing again would make a re-run fail), then uploads in order.
     */
    const kept = [];
    const send = async (files, replaceStale) => {
        const plan = [];
        for (const a of files)
            plan.push([a, await decide(a, digests.get(a.name), replaceStale)]);
        if (signOne) {
            for (const [a, d] of [...plan]) {
                const sigName = a.name + suffix;
                const there = remote.get(sigName);
                if (d.action === 'skip' && there?.state === 'uploaded') {
                    step.info(`${sigName}: ${a.name} is unchanged and its signature is there: kept.`);
                    kept.push(sigName);
                    continue;
                }
                // Into the output directory, not beside the file: a signature left in the workspace would match 'files' next time.
                const sig = await localAsset(await signOne(a.path, (0,external_node_path_.join)(outDir, sigName)), sigName);
                digests.set(sig.name, await (0,hash/* sha256File */.Q)(sig.path));
                step.info(`${sig.name}: signed (${options.sign}).`);
                plan.push([sig, await decide(sig, digests.get(sig.name), `the signature of ${a.name}, which this run uploads`)]);
            }
        }
        for (const [a, d] of plan)
            await apply(a, d);
        stopOnFailures();
    };
    // 3. This job's files and their signatures.
    await step.group('Uploads', () => send(primary));
    // 4. SHA256SUMS over every asset of the release: this job's (hashed here) and other jobs' (GitHub's digest, or a
    //    streamed download when it reports none).
    const shaOf = new Map();
    /** The names SHA256SUMS lists, once this job wrote it. */
    let summed;
    if (options.checksums) {
        await step.group('SHA256SUMS', async () => {
            const problems = [];
            const entries = [];
            for (const r of await client.listAssets(release.id)) {
                if (CHECKSUM_NAMES.has(r.name))
                    continue;
                if (r.state !== 'uploaded') {
                    problems.push(`${r.name}: state ${r.state}, not uploaded (did another job's upload fail, or is it still running?)`);
                    continue;
                }
                let sha = digests.get(r.name);
                if (!sha) {
                    try {
                        sha = await client.assetSha256(r);
                        if (!r.digest)
                            step.info(`${r.name}: GitHub reports no digest; downloaded and hashed.`);
                    }
                    catch (err) {
                        problems.push(`${r.name}: GitHub reports no digest for it, and downloading it to hash it failed (${describe(err)})`);
                        continue;
                    }
                }
                shaOf.set(r.name, sha);
                entries.push({ name: r.name, sha256: sha });
                step.info(`${sha}  ${r.name}`);
            }
            if (problems.length) {
                throw new errors/* UserError */.yo(`SHA256SUMS lists every asset of release ${tag}, and some cannot be listed, so it is not uploaded and the release is not published:\n${problems.join('\n')}`);
            }
            const path = (0,external_node_path_.join)(outDir, 'SHA256SUMS');
            const text = checksumsText(entries);
            await (0,promises_.writeFile)(path, text);
            const sums = await localAsset(path);
            digests.set(sums.name, (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'));
            summed = entries.map((e) => e.name);
            const total = entries.length + 1 + (signOne ? 1 : 0);
            if (total > MAX_ASSETS)
                throw new errors/* UserError */.yo(`Release ${tag} would hold ${total} assets with SHA256SUMS and its signature: GitHub keeps at most ${MAX_ASSETS} per release.`);
            // A stale SHA256SUMS (assets added since) is replaced without 'overwrite' by the job that publishes the draft.
            await send([sums], release.draft && !options.draft ? 'it lists the assets of an earlier state of the draft this job publishes' : undefined);
        });
    }
    /** The `assets` output: this job's assets first, each with its sha256 and its download URL as GitHub lists it. */
    const recordsOf = (listed) => {
        const mineFirst = [...listed].sort((a, b) => Number(!digests.has(a.name)) - Number(!digests.has(b.name)));
        return mineFirst.map((r) => ({
            name: r.name,
            size: r.size,
            sha256: digests.get(r.name) ?? shaOf.get(r.name) ?? reportedSha256(r) ?? '',
            url: r.browser_download_url ?? '',
        }));
    };
    // 5. Every asset checked as GitHub now lists it: name, state, size, digest (when the server reports one).
    let records = await step.group('Checking the uploaded assets', async () => {
        const listed = await client.listAssets(release.id);
        const byName = new Map(listed.map((r) => [r.name, r]));
        const problems = [];
        for (const asset of mine) {
            const sha = digests.get(asset.name);
            const r = byName.get(asset.name);
            if (!r)
                problems.push(`${asset.name}: not listed by GitHub after the upload`);
            else if (r.state !== 'uploaded')
                problems.push(`${asset.name}: state ${r.state}, not uploaded`);
            else if (r.size !== asset.size)
                problems.push(`${asset.name}: GitHub has ${r.size} bytes, the file has ${asset.size}`);
            else if (r.digest && r.digest.toLowerCase() !== `sha256:${sha}`)
                problems.push(`${asset.name}: GitHub has ${r.digest}, the file has sha256:${sha}`);
            if (r && !r.digest)
                step.info(`${asset.name}: GitHub reports no digest, so its sha256 could not be verified; name and size checked.`);
        }
        for (const name of kept)
            if (byName.get(name)?.state !== 'uploaded')
                problems.push(`${name}: no longer listed as uploaded`);
        if (release.draft && !options.draft) {
            for (const r of listed)
                if (r.state !== 'uploaded' && !problems.some((p) => p.startsWith(`${r.name}:`)))
                    problems.push(`${r.name}: state ${r.state}, not uploaded`);
        }
        if (problems.length)
            throw new errors/* UserError */.yo(`The assets of release ${tag} are not all as uploaded, so it is not published:\n${problems.join('\n')}`);
        step.info(`${mine.length} asset(s) match their files${kept.length ? `, ${kept.length} signature(s) kept` : ''}; the release has ${listed.length} asset(s).`);
        return recordsOf(listed);
    });
    // 6. Publication, by the job that does not ask for a draft.
    let final = release;
    if (release.draft && !options.draft) {
        final = await step.group('Publishing', async () => {
            await checkBeforePublishing(step, client, options, release, summed);
            const params = { draft: false, prerelease: options.prerelease, make_latest: options.makeLatest };
            if (!created) {
                // A matrix job created the draft: this job's title and notes were never sent (only a create sends them).
                if (options.nameGiven)
                    params.name = options.name;
                let body = options.body;
                if (options.generateNotes) {
                    const notes = await client.generateNotes(tag);
                    body = [body, notes.body].filter((x) => x).join('\n\n');
                    step.info(`Release notes generated by GitHub (${notes.body.length} characters) ${options.body ? 'added after the body' : 'used as the body'}.`);
                }
                if (body !== undefined)
                    params.body = body;
            }
            const r = await client.updateRelease(release.id, params);
            step.info(`Published ${r.html_url}`);
            return r;
        });
        // A draft's download URLs (.../download/untagged-.../NAME) stop working once it is published: take them from the
        // published release (the PATCH answer embeds its assets), or list them again when that answer lacks any.
        const embedded = final.assets ?? [];
        const complete = records.every((a) => embedded.some((r) => r.name === a.name));
        records = recordsOf(complete && embedded.length ? embedded : await client.listAssets(release.id));
    }
    else if (release.draft) {
        step.info(`Left ${release.html_url} a draft (draft: true): this job never publishes it.`);
    }
    return {
        release: final,
        assets: records,
        published: !final.draft,
        uploaded,
        skipped: [...skipped, ...kept],
        ...(signing?.identity() ? { identity: signing.identity() } : {}),
        ...(signing?.fingerprint ? { fingerprint: signing.fingerprint } : {}),
    };
}
/**
 * The last checks before the draft is published, on what GitHub lists now: the tag has exactly one release (matrix
 * jobs that raced may have left two drafts, each holding some of the assets: publishing one would leave the others'
 * assets out), and SHA256SUMS (when this job wrote it, listing `sumsNames`) lists every asset but the checksum files (an
 * asset another job uploaded after SHA256SUMS was written would be missing from it).
 */
async function checkBeforePublishing(step, client, options, release, sumsNames) {
    const tag = options.tag;
    const all = await client.releasesForTag(tag);
    if (all.length > 1) {
        const list = all.map((r) => `${r.id} (${r.draft ? 'draft' : 'published'}${r.id === release.id ? ', this job uploaded to it' : ''}, ${r.html_url})`).join('\n');
        throw new errors/* UserError */.yo(`Release ${tag} is not published: GitHub lists ${all.length} releases of that tag, and only one may be published with all the assets:\n${list}\n` +
            `Matrix jobs racing to create the draft made more than one. On ${options.serverUrl}/${options.owner}/${options.repo}/releases delete every one but ${release.id} ` +
            '(note the assets they hold), re-run the jobs that uploaded to the deleted ones, then re-run this job. ' +
            "To avoid the race, let one job create the draft before the matrix jobs start (for example a job with 'draft: true' and 'checksums: false' that uploads the source archive, which the matrix jobs 'need').");
    }
    if (!sumsNames)
        return;
    const listed = await client.listAssets(release.id);
    const summed = new Set(sumsNames);
    const names = listed.map((r) => r.name).filter((n) => !CHECKSUM_NAMES.has(n));
    const missing = names.filter((n) => !summed.has(n));
    const gone = [...summed].filter((n) => !names.includes(n));
    const problems = [
        ...missing.map((n) => `${n}: in the release, not in SHA256SUMS (uploaded by another job after SHA256SUMS was written?)`),
        ...gone.map((n) => `${n}: in SHA256SUMS, no longer in the release`),
    ];
    if (problems.length) {
        throw new errors/* UserError */.yo(`SHA256SUMS does not cover the assets of release ${tag}, so it is not published:\n${problems.join('\n')}\nRe-run this job once every other job is done: it writes SHA256SUMS again.`);
    }
    step.info(`Release ${tag} has one release for its tag, and SHA256SUMS lists its ${names.length} other asset(s).`);
}
/** One upload, with GitHub's 422 answers explained: a duplicate from a racing job, or an immutable release. */
async function uploadOne(client, release, asset, sha, options) {
    let done;
    try {
        done = await client.upload(release, asset);
    }
    catch (err) {
        if (!isValidation(err))
            throw err;
        if (!release.draft) {
            throw new errors/* UserError */.yo(`${asset.name}: GitHub refused the upload (${describe(err)}): release ${options.tag} is published, and an immutable release cannot get new assets. Release a new tag.`);
        }
        if (!isValidation(err, 'already_exists'))
            throw new errors/* UserError */.yo(`${asset.name}: GitHub refused the upload (${describe(err)}).`);
        const there = (await client.listAssets(release.id)).find((r) => r.name === asset.name);
        if (there?.state === 'uploaded' && (await sameContent(client, there, asset, sha)))
            return there;
        if (there && there.state !== 'uploaded') {
            // A broken partial asset (an earlier try of ours, or another job's failed upload): never a finished file, so it
            // is deleted and the file sent again. (This is a draft: a published release was refused above.)
            await client.deleteAsset(there.id);
            done = await client.upload(release, asset);
        }
        else if (!there || !options.overwrite) {
            throw new errors/* UserError */.yo(`${asset.name}: another upload of that name arrived first (another job?) with different content; set 'overwrite: true' to replace it.`);
        }
        else {
            await client.deleteAsset(there.id);
            done = await client.upload(release, asset);
        }
    }
    if (done.name !== asset.name)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub stored it as ${done.name}.`);
    if (done.size !== asset.size)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub stored ${done.size} bytes, the file has ${asset.size}.`);
    if (done.digest && done.digest.toLowerCase() !== `sha256:${sha}`)
        throw new errors/* UserError */.yo(`${asset.name}: GitHub computed ${done.digest}, the file is sha256:${sha}.`);
    return done;
}
/**
 * Whether the local file (of sha256 `sha`) is the asset already there: by its digest, else by size and then a
 * streamed download (announced through `log`). A failed download is `unverified`, not an error (a UserError is
 * thrown).
 */
async function compare(client, there, asset, sha, log = () => undefined) {
    if (there.digest)
        return { same: there.digest.toLowerCase() === `sha256:${sha}`, why: `GitHub has ${there.digest}, this one is sha256:${sha}` };
    if (there.size !== asset.size)
        return { same: false, why: `GitHub reports no digest and has ${there.size} bytes, this one has ${asset.size}` };
    log(`${asset.name}: GitHub reports no digest for the asset already there; downloading it to compare its sha256.`);
    try {
        const theirs = await client.assetSha256(there);
        return { same: theirs === sha, why: `the asset there is sha256:${theirs} (downloaded), this one is sha256:${sha}` };
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        return { same: false, unverified: true, why: `GitHub reports no digest for it and downloading it to compare failed (${describe(err)})` };
    }
}
/** True when the asset there has the file's content (see `compare`); any failure to tell is false. */
async function sameContent(client, there, asset, sha) {
    try {
        return (await compare(client, there, asset, sha)).same;
    }
    catch {
        return false;
    }
}
async function makeOctokit(options, deps) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
    return getOctokit(options.token, { baseUrl: options.apiUrl, ...(deps.fetch ? { request: { fetch: deps.fetch } } : {}) });
}
/** The signing function for the chosen mode (key material masked first), or undefined for `sign: none`. */
async function signer(step, options, deps) {
    if (options.sign === 'gpg') {
        for (const line of secretLines(options.gpgPrivateKey ?? ''))
            step.setSecret(line);
        if (options.gpgPassphrase)
            step.setSecret(options.gpgPassphrase);
        const gpg = await gpgSigner(options.gpgPrivateKey, options.gpgPassphrase);
        step.info(`GPG key ${gpg.fingerprint} ${gpg.userIds.join(', ')}`);
        return { sign: (path, out) => gpg.sign(path, out), fingerprint: gpg.fingerprint, identity: () => undefined };
    }
    if (options.sign === 'sigstore') {
        const getToken = deps.sigstore?.getToken ?? githubIdentityToken(step.env);
        const settings = { ...deps.sigstore, getToken };
        const signFile = deps.sigstoreSign ?? ((path, out) => sigstoreSign(path, settings, out));
        let identity;
        return {
            sign: async (path, out) => {
                const written = await signFile(path, out);
                if (identity === undefined) {
                    // Who the certificate says signed: for a reusable workflow, that workflow's ref, not the caller's.
                    identity = certificateIdentity(JSON.parse(await (0,promises_.readFile)(written, 'utf8')));
                    if (identity)
                        step.info(`Sigstore certificate identity: ${identity}`);
                }
                return written;
            },
            identity: () => identity,
        };
    }
    return undefined;
}
/** The job summary: each asset with size and sha256, and the commands a user runs to verify the download. */
function summary(options, outcome) {
    const rows = outcome.assets.map((a) => [a.url ? `[${(0,format/* cell */.Hn)(a.name)}](${a.url})` : (0,format/* cell */.Hn)(a.name), bytes(a.size), a.sha256 ? `\`${a.sha256}\`` : 'not reported']);
    const lines = [`## Release [${(0,format/* cell */.Hn)(outcome.release.name || options.tag)}](${outcome.release.html_url}) ${outcome.published ? 'published' : '(draft)'}`, ''];
    lines.push((0,format/* table */.tp)(['Asset', 'Size', 'SHA-256'], rows));
    lines.push(...verifyCommands(options, outcome.assets.map((a) => a.name), { identity: outcome.identity, fingerprint: outcome.fingerprint }));
    return lines.join('\n') + '\n';
}
/**
 * The exact commands that verify the assets, for the summary and the docs. The Sigstore identity is the one in the
 * signing certificate when known (a reusable workflow signs as itself), else the calling workflow
 * (GITHUB_WORKFLOW_REF); the GPG commands name the key's fingerprint.
 */
function verifyCommands(options, names, signer = {}) {
    const suffix = SIGNATURE_SUFFIX[options.sign];
    const files = names.filter((n) => !(suffix && n.endsWith(suffix)));
    const cmds = [];
    if (names.includes('SHA256SUMS'))
        cmds.push((0,exec.formatCommand)(['sha256sum', '-c', '--ignore-missing', 'SHA256SUMS']));
    if (options.sign === 'sigstore') {
        const identity = signer.identity ?? `${options.serverUrl}/${options.workflowRef ?? `${options.owner}/${options.repo}/.github/workflows/WORKFLOW.yml@refs/tags/${options.tag}`}`;
        for (const f of files)
            cmds.push((0,exec.formatCommand)(['sigstore', 'verify', 'github', '--cert-identity', identity, f]));
        cmds.push('# or with cosign:');
        for (const f of files) {
            cmds.push((0,exec.formatCommand)(['cosign', 'verify-blob', '--bundle', `${f}.sigstore.json`, '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', f]));
        }
    }
    else if (options.sign === 'gpg') {
        if (signer.fingerprint)
            cmds.push(`# signed with the OpenPGP key ${signer.fingerprint}: import its public key first (gpg --recv-keys ${signer.fingerprint}, or gpg --import KEY.asc)`);
        for (const f of files)
            cmds.push((0,exec.formatCommand)(['gpg', '--verify', `${f}.asc`, f]));
    }
    if (!cmds.length)
        return [];
    return ['### Verify a download', '', '```sh', ...cmds, '```', ''];
}


/***/ })

};

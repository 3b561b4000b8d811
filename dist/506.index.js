export const id = 506;
export const ids = [506];
export const modules = {

/***/ 55506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_VERSION: () => (/* binding */ API_VERSION),
/* harmony export */   ReleaseClient: () => (/* binding */ ReleaseClient),
/* harmony export */   SECONDARY_RATE_LIMIT_MS: () => (/* binding */ SECONDARY_RATE_LIMIT_MS),
/* harmony export */   UploadError: () => (/* binding */ UploadError),
/* harmony export */   apiFailure: () => (/* binding */ apiFailure),
/* harmony export */   describe: () => (/* binding */ describe),
/* harmony export */   httpDownloadSha256: () => (/* binding */ httpDownloadSha256),
/* harmony export */   httpUpload: () => (/* binding */ httpUpload),
/* harmony export */   isSecondaryRateLimit: () => (/* binding */ isSecondaryRateLimit),
/* harmony export */   isValidation: () => (/* binding */ isValidation),
/* harmony export */   reportedSha256: () => (/* binding */ reportedSha256),
/* harmony export */   retryDelay: () => (/* binding */ retryDelay),
/* harmony export */   validationMessage: () => (/* binding */ validationMessage),
/* harmony export */   withRetries: () => (/* binding */ withRetries)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56950);







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
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256');
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(res.message, hash);
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
    const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__.request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
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
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }), req).catch((err) => {
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
/** Runs `fn` until it succeeds, a failure is not worth retrying, or the tries are spent. */
async function withRetries(policy, what, fn, beforeRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const wait = attempt < policy.attempts ? retryDelay(err, attempt, policy.backoffMs, policy.now()) : undefined;
            if (wait === undefined || wait > policy.maxWaitMs)
                throw err;
            policy.log(`${what} failed (${describe(err)}); try ${attempt + 1} of ${policy.attempts} in ${Math.ceil(wait / 1000)} s.`);
            await policy.sleep(wait);
            if (beforeRetry)
                await beforeRetry();
        }
    }
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
    return status ? `HTTP ${status}${message ? ` ${message}` : ''}` : (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err);
}
/**
 * A request GitHub answered with an error that no handler took, as one line for the user (what to check for 401, 403
 * and 404); undefined for anything that is not an HTTP answer, or already a user's error.
 */
function apiFailure(err) {
    if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo)
        return undefined;
    const { status } = httpError(err);
    if (status === undefined)
        return undefined;
    const hint = status === 401
        ? ": the token was refused (check the 'token' input, or GITHUB_TOKEN)"
        : status === 403 || status === 404
            ? ": the token needs access to this repository and the job 'permissions: contents: write'"
            : '';
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub answered ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(describe(err))}${hint}.`);
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
        const { attempts, backoffMs, maxWaitMs, sleep, now, log } = this;
        return withRetries({ attempts, backoffMs, maxWaitMs, sleep, now, log }, what, fn, beforeRetry);
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
    /** The release of that id (a `release` event's): 404 is an error that says which. */
    async getRelease(releaseId) {
        try {
            const { data } = await this.retry('Reading the release', () => this.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...this.repoParams, release_id: releaseId }));
            return data;
        }
        catch (err) {
            if (httpError(err).status === 404) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub has no release ${releaseId} in ${this.owner}/${this.repo} (the event's release): was it deleted since the event, or does the token lack 'contents: write'?`);
            }
            throw err;
        }
    }
    /** The published release of the tag (`GET /releases/tags/{tag}`, which never lists drafts), or undefined. */
    async publishedRelease(tag) {
        try {
            const { data } = await this.retry('Reading the release of the tag', () => this.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...this.repoParams, tag }));
            return data;
        }
        catch (err) {
            if (httpError(err).status === 404)
                return undefined;
            throw err;
        }
    }
    /**
     * The one release of the tag: the existing one, or a new draft. Matrix jobs race here: each may create a draft
     * (GitHub allows several drafts of one tag, and answers 422 when a published release holds the tag), so after
     * creating, the tag's releases are listed again and the oldest wins. A duplicate draft of ours is deleted only while
     * it is still empty: a job that listed it before the other drafts appeared may already be uploading to it, and a
     * draft that holds assets is never deleted (two drafts then survive, and the publishing job refuses to publish until
     * one is left: see {@link ReleaseClient.releasesForTag}). A 422 on create means another job published a release of
     * the tag meanwhile: that release is returned (found by listing, or by `GET /releases/tags/{tag}` while the listing
     * lags behind), and the caller attaches to it.
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
        let all = await this.releasesForTag(tag);
        if (!all.length && !mine) {
            // A 422: another job published a release of the tag meanwhile, and the listing may not show it yet; the
            // release of the tag, asked for by name, does.
            const published = await this.publishedRelease(tag);
            if (published)
                all = [published];
        }
        if (!all.length) {
            if (mine)
                return { release: mine, created: true };
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub refused to create a release for ${tag} (${validationMessage(refused)}), and lists no release of that tag. ` +
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
        return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub answered 404 when creating the release for ${tag}: the token needs 'permissions: contents: write', and GITHUB_TOKEN ` +
            'cannot create a release whose tag commit changes .github/workflows (use a token with the workflow scope).');
    }
    if (status === 403)
        return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`GitHub refused to create the release for ${tag} (${describe(err)}): the job needs 'permissions: contents: write'.`);
    return err instanceof Error ? err : new Error(String(err));
}


/***/ })

};

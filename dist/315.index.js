export const id = 315;
export const ids = [315];
export const modules = {

/***/ 2315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GpuGitHub: () => (/* binding */ GpuGitHub),
/* harmony export */   makeOctokit: () => (/* binding */ makeOctokit)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _release_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55506);


const status = (err) => {
    const s = err.status;
    return typeof s === 'number' ? s : undefined;
};
/**
 * The GitHub calls of the gpu action, all through one Octokit (the release action's kind: @actions/github's
 * getOctokit), each retried as the release client retries (5xx and network errors back off, rate limits wait for
 * their reset: `retryDelay`). Repository-level runners: the token needs the repository's Administration permission
 * (write) for the runner calls.
 */
class GpuGitHub {
    octokit;
    owner;
    repo;
    policy;
    constructor(octokit, owner, repo, options = {}) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.policy = {
            attempts: options.attempts ?? 4,
            backoffMs: options.backoffMs ?? 2000,
            maxWaitMs: options.maxWaitMs ?? 5 * 60_000,
            sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
            now: options.now ?? Date.now,
            log: options.log ?? (() => undefined),
        };
    }
    retry(what, fn) {
        return (0,_release_github_js__WEBPACK_IMPORTED_MODULE_1__.withRetries)(this.policy, what, fn);
    }
    get params() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * A just-in-time runner: registered now (offline until the machine starts it), runs one job, then GitHub removes
     * it. The encoded config is a credential: the caller masks it.
     */
    async jitConfig(name, labels, runnerGroupId, workFolder = '_work') {
        try {
            const { data } = await this.retry('Creating the just-in-time runner', () => this.octokit.request('POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', {
                ...this.params,
                name,
                runner_group_id: runnerGroupId,
                labels,
                work_folder: workFolder,
            }));
            const encoded = data.encoded_jit_config;
            const runnerId = data.runner?.id;
            if (typeof encoded !== 'string' || !encoded || typeof runnerId !== 'number')
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GitHub answered generate-jitconfig without a runner id and config.');
            return { runnerId, encoded };
        }
        catch (err) {
            if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                throw err;
            const s = status(err);
            const hint = s === 403 || s === 404 ? " The github-token needs the repository's Administration permission (write), e.g. a fine-grained token or a GitHub App token: the workflow's GITHUB_TOKEN cannot create runners." : '';
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Creating the just-in-time runner failed: ${(0,_release_github_js__WEBPACK_IMPORTED_MODULE_1__.describe)(err)}.${hint}`);
        }
    }
    /** The repository's self-hosted runners (every page). */
    async runners() {
        const all = [];
        for (let page = 1; page <= 50; page++) {
            const { data } = await this.retry('Listing the runners', () => this.octokit.request('GET /repos/{owner}/{repo}/actions/runners', { ...this.params, per_page: 100, page }));
            const runners = (data.runners ?? []).map(({ id, name, status, busy }) => ({ id, name, status, busy }));
            all.push(...runners);
            if (runners.length < 100)
                break;
        }
        return all;
    }
    /** One runner, or undefined when GitHub no longer has it (a just-in-time runner is removed after its job). */
    async runner(id) {
        try {
            const { data } = await this.retry('Reading the runner', () => this.octokit.request('GET /repos/{owner}/{repo}/actions/runners/{runner_id}', { ...this.params, runner_id: id }));
            const { name, status: st, busy } = data;
            return { id, name, status: st, busy };
        }
        catch (err) {
            if (status(err) === 404)
                return undefined;
            throw err;
        }
    }
    /** Removes a runner; one GitHub no longer has counts as removed (`absent`). */
    async deleteRunner(id) {
        try {
            await this.retry('Removing the runner', () => this.octokit.request('DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}', { ...this.params, runner_id: id }));
            return 'deleted';
        }
        catch (err) {
            if (status(err) === 404)
                return 'absent';
            throw err;
        }
    }
    /** A workflow run's state, or undefined when GitHub has no such run (deleted). */
    async run(runId) {
        try {
            const { data } = await this.retry('Reading the workflow run', () => this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...this.params, run_id: Number(runId) }));
            const { status: st, conclusion } = data;
            return { status: st, conclusion: conclusion ?? null };
        }
        catch (err) {
            if (status(err) === 404)
                return undefined;
            throw err;
        }
    }
    /** A user's permission on the repository (admin, write, read or none: maintain reads as write, triage as read). */
    async permission(user) {
        try {
            const { data } = await this.retry('Reading the labeller\'s permission', () => this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...this.params, username: user }));
            return String(data.permission ?? 'none');
        }
        catch (err) {
            if (status(err) === 404)
                return 'none';
            throw err;
        }
    }
    /** A pull request's current head commit and labels. */
    async pull(number) {
        const { data } = await this.retry('Reading the pull request', () => this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...this.params, pull_number: number }));
        const pr = data;
        return { headSha: pr.head?.sha ?? '', labels: (pr.labels ?? []).map((l) => l.name ?? '') };
    }
}
/** An Octokit for `token`, made as the release action makes it; `fetch` replaces the HTTP layer (tests). */
async function makeOctokit(token, apiUrl, fetch) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
    return getOctokit(token, { ...(apiUrl ? { baseUrl: apiUrl } : {}), ...(fetch ? { request: { fetch } } : {}) });
}


/***/ })

};

export const id = 356;
export const ids = [356];
export const modules = {

/***/ 33356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/common/inputs.ts
var common_inputs = __webpack_require__(19184);
;// CONCATENATED MODULE: ./src/release/plan.ts




/**
 * Decides from the event alone whether this run releases anything: only a push of a tag does; a tag-delete push
 * and any other ref do nothing. Cheap on purpose (no heavy module is loaded before this answer).
 */
function trigger(env) {
    const ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/tags/')) {
        return { skip: ref ? `the ref ${ref} is not a tag (release runs on tag pushes: on: push: tags: ['v*'])` : 'GITHUB_REF is not set' };
    }
    const tag = ref.slice('refs/tags/'.length);
    if (!tag)
        return { skip: `the ref ${ref} names no tag` };
    if (env.GITHUB_EVENT_NAME === 'push') {
        // A missing or unreadable event file is not a reason to stop: the ref alone says it is a tag.
        const event = (0,common_event/* readEvent */.j_)(env.GITHUB_EVENT_PATH);
        if ('payload' in event && event.payload?.deleted === true) {
            return { skip: `the push deleted the tag ${tag}` };
        }
    }
    return { tag };
}
/** The version a tag names: a leading `v` before a digit is dropped. */
function versionOf(tag) {
    return /^v\d/.test(tag) ? tag.slice(1) : tag;
}
/** True when the tag is a semantic version with a pre-release part (`v2.0.0-rc.1`). */
function isPrerelease(tag, parse) {
    const parsed = parse(versionOf(tag));
    return parsed !== null && parsed.prerelease.length > 0;
}
/** Reads and checks every input; semver's parser is passed in so that this module stays light. */
function readOptions(env, tag, parseSemver, readText = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const inputs = new common_inputs/* Inputs */.G0(env);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length)
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}: expected owner/repo.`);
    const sign = inputs.choice('sign', ['sigstore', 'gpg', 'none'], 'sigstore');
    const gpgPrivateKey = inputs.optional('gpg-private-key');
    const gpgPassphrase = inputs.optional('gpg-passphrase');
    if (sign === 'gpg' && !gpgPrivateKey) {
        throw new errors/* InputError */.dz('gpg-private-key', '', "an armored private key (for example ${{ secrets.GPG_PRIVATE_KEY }}) when sign is 'gpg'");
    }
    const body = inputs.optional('body');
    const bodyFile = inputs.optional('body-file');
    if (body !== undefined && bodyFile !== undefined)
        throw new errors/* InputError */.dz('body-file', bodyFile, "no value when 'body' is given (give one of them)");
    let text = body;
    if (bodyFile !== undefined) {
        try {
            text = readText(bodyFile);
        }
        catch (err) {
            throw new errors/* InputError */.dz('body-file', bodyFile, `a readable file (${err.code ?? 'unreadable'})`);
        }
    }
    const prereleaseInput = inputs.choice('prerelease', ['auto', 'true', 'false'], 'auto');
    const prerelease = prereleaseInput === 'auto' ? isPrerelease(tag, parseSemver) : prereleaseInput === 'true';
    const token = inputs.optional('token') ?? env.GITHUB_TOKEN ?? '';
    if (!token)
        throw new errors/* InputError */.dz('token', '', 'a GitHub token with contents: write (the default is ${{ github.token }})');
    const makeLatestDefault = prerelease ? 'false' : 'true';
    return {
        tag,
        version: versionOf(tag),
        owner,
        repo,
        files: inputs.lines('files'),
        allowMissing: inputs.bool('allow-missing', false),
        sourceArchive: inputs.bool('source-archive', true),
        checksums: inputs.bool('checksums', true),
        sign,
        gpgPrivateKey,
        gpgPassphrase,
        name: inputs.string('name', tag),
        nameGiven: inputs.optional('name') !== undefined,
        body: text,
        generateNotes: inputs.bool('generate-notes', false),
        prerelease,
        draft: inputs.bool('draft', false),
        makeLatest: inputs.choice('make-latest', ['true', 'false', 'legacy'], makeLatestDefault),
        overwrite: inputs.bool('overwrite', false),
        token,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    };
}

;// CONCATENATED MODULE: ./src/actions/release.ts


/**
 * The release action: on a tag push, drafts the tag's release, uploads the files, source archive, SHA256SUMS and
 * signatures, checks them, then publishes. Anything else than a tag push does nothing (and says why), before any
 * heavy module is loaded.
 */
async function main(step) {
    const requireTag = step.inputs.bool('require-tag', false);
    const found = trigger(step.env);
    if ('skip' in found) {
        if (requireTag)
            throw new errors/* UserError */.yo(`Nothing to release: ${found.skip}, and 'require-tag' is true.`);
        step.notice(`Nothing to release: ${found.skip}.`);
        step.setOutput('published', 'false');
        return;
    }
    const [{ publishRelease, summary }, { HostExecutor }, semver] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(644), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 97768)),
        __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 53644)),
        __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 62088, 23)),
    ]);
    const options = readOptions(step.env, found.tag, (v) => semver.parse(v));
    step.setSecret(options.token);
    const outcome = await publishRelease(step, options, { exec: new HostExecutor((l) => step.info(l)) });
    step.setOutput('release-id', outcome.release.id);
    step.setOutput('url', outcome.release.html_url);
    step.setOutput('assets', JSON.stringify(outcome.assets));
    step.setOutput('published', String(outcome.published));
    step.summary(summary(options, outcome));
}


/***/ }),

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports TRUSTED_EVENTS, isTrustedEvent */
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
const TRUSTED_EVENTS = (/* unused pure expression or super */ null && (['push', 'schedule', 'workflow_dispatch', 'release', 'create', 'repository_dispatch']));
function isTrustedEvent(event) {
    return TRUSTED_EVENTS.includes(event);
}


/***/ })

};

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
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/common/inputs.ts
var common_inputs = __webpack_require__(19184);
// EXTERNAL MODULE: ./src/release/assets.ts
var assets = __webpack_require__(66452);
;// CONCATENATED MODULE: ./src/release/plan.ts






/**
 * Why a secret cannot be sent in an HTTP header, in words (without the value), or undefined: a line break (the
 * value would end the header) or a character outside printable ASCII (not a byte string; no GitHub token has one).
 */
function secretProblem(value) {
    if (/[\r\n]/.test(value))
        return 'holds a line break';
    if (/[^\x21-\x7e]/.test(value))
        return 'holds a space, a control character or a character outside ASCII';
    return undefined;
}
/** The `release` event actions that run the action: the release exists and is (or is becoming) visible. */
const RELEASE_ACTIONS = ['published', 'created', 'released', 'prereleased'];
/**
 * A tag name as git and GitHub accept it (`git check-ref-format`'s main rules): no control character, space or
 * `~^:?*[\\`, no `..`, `@{`, `//`, no leading `-` or `/`, no trailing `/`, `.` or `.lock`.
 */
function tagProblem(tag) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(tag))
        return 'it holds a space, a control character or one of ~^:?*[\\';
    if (/\.\.|@\{|\/\/|\/\./.test(tag) || tag === '@')
        return "it holds '..', '@{', '//' or '/.'";
    if (/^[-/.]|[/.]$|\.lock$/.test(tag))
        return "it starts with '-', '/' or '.', or ends with '/', '.' or '.lock'";
    return undefined;
}
/**
 * Decides from the event alone whether this run releases anything: a `release` event (its release and tag), the
 * `tag` input on any other event, or a push of a tag; a tag-delete push and any other ref do nothing. Cheap on
 * purpose (no heavy module is loaded before this answer).
 */
function trigger(env) {
    const inputs = new common_inputs/* Inputs */.G0(env);
    const tagInput = inputs.optional('tag');
    if (tagInput !== undefined) {
        const problem = tagProblem(tagInput);
        if (problem)
            throw new errors/* InputError */.dz('tag', tagInput, `a tag name of this repository (${problem})`);
    }
    if (env.GITHUB_EVENT_NAME === 'release') {
        const event = (0,common_event/* readEvent */.j_)(env.GITHUB_EVENT_PATH);
        if (!('payload' in event))
            throw new errors/* UserError */.yo(`This is a release event, but ${event.error}: the release to sign and attach to is unknown.`);
        const payload = event.payload;
        const action = typeof payload?.action === 'string' ? payload.action : '';
        if (!RELEASE_ACTIONS.includes(action)) {
            return { skip: `the release event's action is ${JSON.stringify(action)} (the action runs on release: types: [${RELEASE_ACTIONS.join(', ')}])` };
        }
        const id = payload?.release?.id;
        const tag = payload?.release?.tag_name;
        if (typeof id !== 'number' || typeof tag !== 'string' || !tag)
            throw new errors/* UserError */.yo('The release event names no release id and tag: the event file is not a release event payload.');
        if (tagInput !== undefined && tagInput !== tag) {
            throw new errors/* InputError */.dz('tag', tagInput, `no value on a release event (the tag is the event's release's, ${JSON.stringify(tag)}), or that tag`);
        }
        return { tag, source: 'release', releaseId: id };
    }
    if (tagInput !== undefined)
        return { tag: tagInput, source: 'input' };
    const ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/tags/')) {
        return {
            skip: ref
                ? `the ref ${ref} is not a tag (release runs on tag pushes, on: push: tags: ['v*'], on release: published, or with the 'tag' input)`
                : 'GITHUB_REF is not set',
        };
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
    return { tag, source: 'push' };
}
/** The source archive formats `git archive` writes. */
const ARCHIVE_FORMATS = ['tar.gz', 'zip'];
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
function readOptions(env, at, parseSemver, readText = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const { tag, source, releaseId } = typeof at === 'string' ? { tag: at, source: 'push', releaseId: undefined } : at;
    const inputs = new common_inputs/* Inputs */.G0(env);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const runnerTemp = env.RUNNER_TEMP || undefined;
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
            // Only from the workspace (or RUNNER_TEMP), by its real path: a symlink to ~/.ssh or .git/config is refused.
            text = readText((0,assets/* confinedPath */.OR)('body-file', bodyFile, (0,external_node_path_.resolve)(workspace, bodyFile), [workspace, runnerTemp]));
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            throw new errors/* InputError */.dz('body-file', bodyFile, `a readable file (${err.code ?? 'unreadable'})`);
        }
    }
    const prereleaseInput = inputs.choice('prerelease', ['auto', 'true', 'false'], 'auto');
    const prerelease = prereleaseInput === 'auto' ? isPrerelease(tag, parseSemver) : prereleaseInput === 'true';
    const token = inputs.optional('token') ?? env.GITHUB_TOKEN ?? '';
    if (!token)
        throw new errors/* InputError */.dz('token', '', 'a GitHub token with contents: write (the default is ${{ github.token }})');
    const tokenProblem = secretProblem(token);
    // The value is never shown: an HTTP header would refuse it later with an error that quotes it.
    if (tokenProblem)
        throw new errors/* InputError */.dz('token', '***', `a GitHub token: one line of printable ASCII characters (this one ${tokenProblem})`);
    const version = versionOf(tag);
    const archiveName = inputs
        .string('archive-name', '{repo}-{version}')
        .replace(/\{(repo|version|tag)\}/g, (_, k) => (k === 'repo' ? repo : k === 'version' ? version : tag));
    const sourceArchive = inputs.bool('source-archive', true);
    const archiveFormats = [];
    for (const f of inputs.list('archive-formats')) {
        const found = ARCHIVE_FORMATS.find((x) => x === f.toLowerCase());
        if (!found)
            throw new errors/* InputError */.dz('archive-formats', f, `one or more of ${ARCHIVE_FORMATS.join(', ')} (separated by commas or lines)`);
        if (!archiveFormats.includes(found))
            archiveFormats.push(found);
    }
    const makeLatestDefault = prerelease ? 'false' : 'true';
    return {
        tag,
        version,
        ...(source !== 'push' ? { source } : {}),
        ...(releaseId !== undefined ? { releaseId } : {}),
        archiveName,
        archiveFormats: archiveFormats.length ? archiveFormats : ['tar.gz'],
        owner,
        repo,
        files: inputs.lines('files'),
        allowMissing: inputs.bool('allow-missing', false),
        sourceArchive,
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
        workspace,
        ...(runnerTemp ? { runnerTemp } : {}),
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    };
}

;// CONCATENATED MODULE: ./src/actions/release.ts



/**
 * The release action: on a tag push (or with the `tag` input), drafts the tag's release, uploads the files, source
 * archives, SHA256SUMS and signatures, checks them, then publishes; on a `release` event, attaches them to that
 * release. Anything else does nothing (and says why), before any heavy module is loaded.
 */
async function main(step) {
    const requireTag = step.inputs.bool('require-tag', false);
    // Masked first, line by line (a value with a line break is refused below, without showing it).
    const token = step.inputs.optional('token') ?? step.env.GITHUB_TOKEN ?? '';
    for (const line of token.split(/\r\n|\r|\n/))
        step.setSecret(line.trim());
    const found = trigger(step.env);
    if ('skip' in found) {
        if (requireTag)
            throw new errors/* UserError */.yo(`Nothing to release: ${found.skip}, and 'require-tag' is true.`);
        step.notice(`Nothing to release: ${found.skip}.`);
        step.setOutput('published', 'false');
        return;
    }
    const [{ publishRelease, summary }, { HostExecutor }, semver, { apiFailure }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(644), __webpack_require__.e(506), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 22576)),
        __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 53644)),
        __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 62088, 23)),
        __webpack_require__.e(/* import() */ 506).then(__webpack_require__.bind(__webpack_require__, 55506)),
    ]);
    const options = readOptions(step.env, found, (v) => semver.parse(v));
    // Command lines hold the workspace path, the tag and the archive name: logged on one line each (safe).
    const outcome = await publishRelease(step, options, { exec: new HostExecutor((l) => step.info((0,format/* safe */.gB)(l))) }).catch((err) => {
        throw apiFailure(err) ?? err;
    });
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


/***/ }),

/***/ 66452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   Yr: () => (/* binding */ localAsset),
/* harmony export */   cV: () => (/* binding */ checksumsText),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   v8: () => (/* binding */ MAX_ASSETS),
/* harmony export */   wC: () => (/* binding */ validateAssets)
/* harmony export */ });
/* unused harmony export MAX_ASSET_SIZE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56950);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29353);






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
            problems.push(`${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(asset.path)}: the asset name "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(asset.name)}" is not allowed (${problem}).`);
        if (asset.size >= MAX_ASSET_SIZE) {
            problems.push(`${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(asset.path)}: ${asset.size} bytes is too large (GitHub accepts release assets under 2 GiB, ${MAX_ASSET_SIZE} bytes).`);
        }
        const other = seen.get(asset.name);
        if (other !== undefined)
            problems.push(`${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(asset.path)}: the asset name ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(asset.name)} is also the name of ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(other)} (asset names must be unique).`);
        seen.set(asset.name, asset.path);
    }
    if (assets.length > MAX_ASSETS) {
        problems.push(`${assets.length} assets (with checksums and signatures) is too many: GitHub keeps at most ${MAX_ASSETS} per release.`);
    }
    if (problems.length)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(problems.join('\n'));
}
/** The real path of `path` (symlinks resolved), or undefined when it does not exist. */
function realPath(path) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return undefined;
    }
}
/**
 * The real path of `path` (every symlink resolved), checked to lie inside one of `roots` (the workspace and
 * RUNNER_TEMP, themselves resolved): a release publishes what the job made, never `.git/config` (which holds the
 * checkout's token: anything in a `.git` folder is refused too), `~/.ssh` or `/etc` through an absolute path, `../` or
 * a committed symlink. A path that does not
 * exist is returned as it is (the caller reports it). Throws an error naming the input, the pattern and the file.
 */
function confinedPath(input, pattern, path, roots) {
    const real = realPath(path);
    if (real === undefined)
        return path;
    const allowed = roots.filter((r) => !!r).map((r) => realPath(r) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r));
    const via = real !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path) ? ` (real path ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(real)}, through a symbolic link)` : '';
    const root = allowed.find((r) => (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(r, real));
    if (root !== undefined) {
        // Inside, but in a .git folder: .git/config holds the token actions/checkout persists.
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git'))
            return real;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input '${input}': the pattern "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(pattern)}" matches ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(path)}${via}, which is inside a .git folder ` +
            "(.git/config holds the checkout's token): release files never come from there.");
    }
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input '${input}': the pattern "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(pattern)}" matches ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(path)}${via}, which is outside the workspace and RUNNER_TEMP ` +
        `(${allowed.map(_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB).join(', ')}): release files come only from there, and a symbolic link is followed only when its target stays inside.`);
}
/**
 * Expands the `files` patterns (tinyglobby, relative to `cwd`); a pattern that matches nothing is an error unless
 * `allowMissing`. Every match must lie, by its real path, inside `roots` (see {@link confinedPath}). Returns each
 * file once, in the order found: its real path (what is read) and the name it was matched by (the asset's name).
 */
async function expandFiles(patterns, cwd, allowMissing, warn, roots = [cwd]) {
    if (!patterns.length)
        return [];
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const found = [];
    for (const pattern of patterns) {
        let matches;
        if (!isDynamicPattern(pattern)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, pattern);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
            matches = info?.isFile() ? [path] : [];
        }
        else {
            matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: false })).sort();
        }
        if (!matches.length) {
            if (!allowMissing)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', pattern, "a path or glob that matches at least one file (or set 'allow-missing: true')");
            warn(`The pattern "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(pattern)}" in 'files' matches no file.`);
        }
        for (const m of matches) {
            const real = confinedPath('files', pattern, m, roots);
            if (!found.some((f) => f.path === real))
                found.push({ path: real, name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m) });
        }
    }
    return found;
}
/** The asset for a file on disk: its base name and size. */
async function localAsset(path, name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    return { name, path, size: info.size };
}
/** `SHA256SUMS` in the format `sha256sum -c` reads: `<hex>  <name>` per line, sorted by name. */
function checksumsText(entries) {
    return [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}


/***/ })

};

export const id = 528;
export const ids = [528];
export const modules = {

/***/ 17528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/gpu/gate.ts
var gate = __webpack_require__(29259);
// EXTERNAL MODULE: ./src/gpu/gate-step.ts
var gate_step = __webpack_require__(21822);
;// CONCATENATED MODULE: ./src/gpu/main.ts





const MODES = ['gate', 'detect', 'start', 'stop', 'reap'];
/**
 * The gpu action: `mode: gate` (default) decides where the GPU job runs; `detect` reports the GPUs present;
 * `start`/`stop`/`reap` provide an ephemeral GPU runner and make sure nothing is left running.
 */
async function runGpu(step, deps = {}) {
    const mode = step.inputs.choice('mode', MODES, 'gate');
    if (mode === 'gate')
        await runGate(step, deps);
    else if (mode === 'detect')
        await runDetect(step);
    else {
        const on = await __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 56954));
        const { asUserError } = await __webpack_require__.e(/* import() */ 217).then(__webpack_require__.bind(__webpack_require__, 71217));
        try {
            await (mode === 'start' ? on.runStart : mode === 'stop' ? on.runStop : on.runReap)(step, deps);
        }
        catch (err) {
            throw asUserError(`mode ${mode}`, err);
        }
    }
}
/** The post step: only `mode: start` has work there (terminating what it started and did not hand over). */
async function postGpu(step, deps = {}) {
    if (step.inputs.optional('mode')?.toLowerCase() !== 'start')
        return;
    const { postStart } = await __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 56954));
    await postStart(step, deps);
}
/** `mode: gate`: the decision, asking GitHub only for the approval rule's facts, and its outputs. */
async function runGate(step, deps = {}) {
    const settings = (0,gate/* parseGateSettings */.Ii)(step.inputs);
    const eventName = step.env.GITHUB_EVENT_NAME;
    const event = (0,common_event/* readEvent */.j_)(step.env.GITHUB_EVENT_PATH);
    const facts = await (0,gate_step/* gateFacts */.p)(eventName, event, settings, async () => {
        const { makeGitHub, runContext } = await __webpack_require__.e(/* import() */ 217).then(__webpack_require__.bind(__webpack_require__, 71217));
        return makeGitHub(step, runContext(step.env), deps);
    });
    (0,gate_step/* writeGateOutputs */.P)(step, (0,gate/* decideGate */.q7)(eventName, event, step.env, settings, facts));
}
/** `exec`: where nvidia-smi runs; by default the job's container when the container action started one, else the host. */
async function runDetect(step, exec) {
    const required = step.inputs.bool('require', false);
    const { executorFor } = await __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 53644));
    const { detectGpus, dockerGpuOptions } = await __webpack_require__.e(/* import() */ 104).then(__webpack_require__.bind(__webpack_require__, 47723));
    const d = await detectGpus(exec ?? executorFor(step.env, (l) => step.info(l)));
    step.setOutput('available', d.available);
    step.setOutput('gpu-count', d.count);
    step.setOutput('gpus', JSON.stringify(d.gpus));
    step.setOutput('docker-options', dockerGpuOptions(d).join(' '));
    step.setOutput('driver', d.driver ?? '');
    step.setOutput('cuda', d.cuda ?? '');
    step.setOutput('reason', d.reason);
    step.info((0,format/* safe */.gB)(d.reason));
    const header = ['#', 'GPU', 'Memory', 'Compute capability', 'UUID'];
    const rows = d.gpus.map((g) => [
        String(g.index),
        (0,format/* cell */.Hn)(g.name),
        g.memoryMiB ? `${g.memoryMiB} MiB` : '?',
        (0,format/* cell */.Hn)(g.computeCapability ?? '?'),
        (0,format/* cell */.Hn)(g.uuid ?? '?'),
    ]);
    for (const g of d.gpus) {
        step.info(`  GPU ${g.index}: ${(0,format/* safe */.gB)(g.name)}, ${g.memoryMiB ? `${g.memoryMiB} MiB` : 'memory unknown'}, compute capability ${(0,format/* safe */.gB)(g.computeCapability ?? 'unknown')}`);
    }
    let md = `### GPUs\n\n${(0,format/* escapeHtml */.ZD)(d.reason)}\n`;
    if (rows.length)
        md += `\n${(0,format/* table */.tp)(header, rows)}`;
    step.summary(md);
    if (!d.available) {
        if (required)
            throw new errors/* UserError */.yo(`A GPU is required (require: true), but none is usable: ${d.reason}`);
        step.notice((0,format/* safe */.gB)(d.reason), { title: 'No GPU' });
    }
}

;// CONCATENATED MODULE: ./src/actions/gpu.ts

const main = (step) => runGpu(step);
const post = (step) => postGpu(step);


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

/***/ 21822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeGateOutputs),
/* harmony export */   p: () => (/* binding */ gateFacts)
/* harmony export */ });
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56950);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29259);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52354);
/* harmony import */ var _release_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55506);




/** What the gate modes (gate, start) share: the approval facts they ask GitHub for, and their outputs. */
/**
 * What the approval rule needs from GitHub, asked only for a `pull_request_target` `labeled` run with the
 * approval label (nothing is asked otherwise). A failure is a closed gate, never an error.
 */
async function gateFacts(eventName, event, settings, github) {
    const query = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalQuery */ .ep)(eventName, event, settings);
    if (!query)
        return undefined;
    try {
        const client = await github();
        const [permission, pull] = await Promise.all([client.permission(query.user), client.pull(query.pullNumber)]);
        return { permission, headSha: pull.headSha, labels: pull.labels };
    }
    catch (err) {
        return { error: (0,_release_github_js__WEBPACK_IMPORTED_MODULE_2__.describe)(err) };
    }
}
/** The gate's outputs (and `extra` ones, e.g. instance-id), its log lines and its summary. */
function writeGateOutputs(step, decision, extra = {}) {
    const eventName = step.env.GITHUB_EVENT_NAME;
    step.setOutput('enabled', decision.enabled);
    step.setOutput('run', decision.runsOn !== undefined);
    step.setOutput('runs-on', decision.runsOn === undefined ? '' : (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOnJson */ .aq)(decision.runsOn));
    step.setOutput('reason', decision.reason);
    step.setOutput('test-label-exclude', decision.testLabelExclude);
    step.setOutput('sha', decision.sha ?? '');
    step.setOutput('pull-request', decision.pullRequest ?? '');
    for (const [k, v] of Object.entries(extra))
        step.setOutput(k, v);
    const where = decision.runsOn === undefined ? 'skipped (no fallback-runner)' : (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRunsOn */ .Pq)(decision.runsOn);
    step.info(`GPU gate: ${decision.enabled ? 'open' : 'closed'}. ${decision.reason}`);
    step.info(`GPU job: ${decision.enabled ? 'runs on' : decision.runsOn === undefined ? '' : 'runs without a GPU on'} ${where}`.replace(/  +/g, ' '));
    if (!decision.enabled && decision.testLabelExclude)
        step.info(`Tests labelled '${decision.testLabelExclude}' are to be excluded.`);
    const rows = [
        ['Gate', decision.enabled ? '🟢 open' : '🔴 closed'],
        ['Reason', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(decision.reason)],
        ['Event', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(eventName ?? '(not set)')],
        ['Ref', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(step.env.GITHUB_REF ?? '(not set)')],
        ['GPU job runs on', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(decision.enabled ? where : decision.runsOn === undefined ? 'skipped' : `${where} (no GPU)`)],
    ];
    if (decision.testLabelExclude)
        rows.push(['Excluded test label', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(decision.testLabelExclude)]);
    if (decision.sha)
        rows.push(['Approved commit', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(decision.sha)]);
    step.summary(`### GPU gate\n\n${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['', ''], rows)}`);
}


/***/ }),

/***/ 29259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ parseGateSettings),
/* harmony export */   ep: () => (/* binding */ approvalQuery),
/* harmony export */   q7: () => (/* binding */ decideGate),
/* harmony export */   r2: () => (/* binding */ OPENABLE_EVENTS)
/* harmony export */ });
/* unused harmony exports DEFAULT_EVENTS, branchMatches, branchAllowed, MERGE_QUEUE_PREFIX, shown */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56950);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52354);



/**
 * The GPU gate: a pure decision, from the event the runner reports (GITHUB_EVENT_NAME, GITHUB_REF,
 * GITHUB_REPOSITORY and the payload at GITHUB_EVENT_PATH), on whether this run may use the paid GPU runner.
 * Nothing a pull request names (head branch, title, fork's branch names) can open it: every pull_request* event is
 * closed whatever its refs say, and any missing or odd data closes it.
 */
/**
 * The events the gate can open for: started by someone with write access, running the repository's own code. A
 * subset of the trusted events of src/common/event.ts (the events a cache may be saved from): the type below fails
 * to compile if one is added here that is not trusted there.
 */
const OPENABLE_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const DEFAULT_EVENTS = OPENABLE_EVENTS;
/** Events that run code or workflow files chosen by someone outside the repository, or are triggered by them. */
const UNTRUSTED = {
    merge_group: 'a merge queue runs the code of pull requests that have not been merged yet',
    workflow_run: 'a workflow_run is triggered by another workflow, often one started by a pull request from a fork',
    issue_comment: 'anyone who can comment can trigger an issue_comment run',
};
/** GitHub's workflow trigger events (an event outside this list is called unknown in the reason). */
const KNOWN_EVENTS = new Set([
    'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status',
    'discussion', 'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group',
    'milestone', 'page_build', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
    'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch', 'schedule', 'status',
    'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run', 'dynamic',
]);
/** Permissions (the REST API's `permission` field: maintain counts as write, triage as read) that may approve. */
const APPROVERS = ['admin', 'write'];
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// Branch names as git allows them, minus whitespace and control characters; `*` is a wildcard here.
// eslint-disable-next-line no-control-regex
const BRANCH = /^[^\s\u0000-\u001f\u007f~^:?[\\]+$/;
/** Reads and validates the gate's inputs (errors name the input, the value and what is accepted). */
function parseGateSettings(inputs) {
    const runner = (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunsOn */ .x9)('runner', inputs.string('runner', 'aswf-t4'));
    const fallbackText = inputs.optional('fallback-runner');
    const fallback = fallbackText === undefined ? undefined : (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunsOn */ .x9)('fallback-runner', fallbackText);
    const branchList = inputs.list('branches').map((b) => b.replace(/^(!?)refs\/heads\//, '$1'));
    for (const b of branchList) {
        const name = b.startsWith('!') ? b.slice(1) : b;
        if (!BRANCH.test(name) || name.startsWith('refs/') || name.startsWith('!')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('branches', b, 'branch names or patterns (e.g. main, release/*, !release/old-*), separated by commas or newlines');
        }
    }
    if (branchList.length && branchList.every((b) => b.startsWith('!'))) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('branches', branchList.join(', '), 'at least one branch or pattern without "!" (a "!pattern" only removes branches that an earlier pattern allowed)');
    }
    const eventList = inputs.list('events');
    for (const e of eventList) {
        if (!OPENABLE_EVENTS.includes(e)) {
            const why = e.startsWith('pull_request') || e in UNTRUSTED ? ` (${e} runs code or workflows a contributor controls, so the gate never opens for it)` : '';
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('events', e, `events from ${OPENABLE_EVENTS.join(', ')}${why}`);
        }
    }
    const repository = inputs.optional('repository');
    if (repository !== undefined && !REPOSITORY.test(repository))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository', repository, 'owner/name, e.g. AcademySoftwareFoundation/OpenShadingLanguage');
    const testLabel = inputs.string('test-label', 'gpu');
    if (!/^[A-Za-z0-9._-]+$/.test(testLabel))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('test-label', testLabel, 'a CTest label made of letters, digits, ".", "_" and "-"');
    const approvalLabel = inputs.optional('approval-label');
    if (approvalLabel !== undefined && (approvalLabel.length > 50 || /[\u0000-\u001f\u007f,]/.test(approvalLabel))) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('approval-label', approvalLabel, 'the name of a label (at most 50 characters, no commas or control characters), e.g. gpu-ok');
    }
    const settings = {
        runner,
        events: eventList.length ? eventList : DEFAULT_EVENTS,
        testLabel,
        ephemeral: inputs.bool('runner-ephemeral', false),
    };
    if (approvalLabel !== undefined)
        settings.approvalLabel = approvalLabel;
    if (fallback !== undefined)
        settings.fallback = fallback;
    if (branchList.length)
        settings.branches = branchList;
    if (repository !== undefined)
        settings.repository = repository;
    return settings;
}
/** A branch pattern as workflow `branches:` filters read it: `*` stays within a path segment, `**` crosses them. */
function branchMatches(pattern, branch) {
    if (!pattern.includes('*'))
        return pattern === branch;
    const source = pattern
        .split('**')
        .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
        .join('.*');
    return new RegExp(`^${source}$`).test(branch);
}
/**
 * Whether a branch is allowed by a list of patterns, read as GitHub reads a workflow's `branches:` filter: the
 * patterns are taken in order, a `!pattern` excludes what it matches, and the last pattern that matches decides
 * (`release/**` then `!release/**-old` excludes the old ones; `!release/x` then `release/**` allows release/x again).
 */
function branchAllowed(patterns, branch) {
    let allowed = false;
    for (const p of patterns) {
        const negated = p.startsWith('!');
        if (branchMatches(negated ? p.slice(1) : p, branch))
            allowed = !negated;
    }
    return allowed;
}
/** The branches GitHub's merge queue creates: they hold pull requests' code that is not merged yet. */
const MERGE_QUEUE_PREFIX = 'gh-readonly-queue/';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value from outside, shown in a sentence: quoted, length tamed, and safe to log (see `safe`). */
function shown(value) {
    return `"${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(value.length > 120 ? value.slice(0, 117) + '...' : value)}"`;
}
/**
 * Decides whether the GPU runner may be used. Pure: the event name, the payload (or why there is none), the
 * runner's variables and the settings in; the decision out.
 */
function decideGate(eventName, event, env, settings, approval) {
    const closed = (reason) => {
        const decision = { enabled: false, reason, testLabelExclude: settings.testLabel };
        if (settings.fallback !== undefined)
            decision.runsOn = settings.fallback;
        return decision;
    };
    const name = eventName?.trim() ?? '';
    if (!name)
        return closed('Closed: GITHUB_EVENT_NAME is not set, so the event cannot be checked.');
    const approvalCandidate = name === 'pull_request_target' && settings.approvalLabel !== undefined;
    if (name.startsWith('pull_request') && !approvalCandidate) {
        return closed(`Closed: ${name} events never get the GPU runner, whatever their branches are named, because a pull request (possibly from a fork) chooses the code that runs.`);
    }
    if (name in UNTRUSTED)
        return closed(`Closed: ${name} events never get the GPU runner, because ${UNTRUSTED[name]}.`);
    if (!KNOWN_EVENTS.has(name))
        return closed(`Closed: ${shown(name)} is not an event the gate knows, and unknown events never get the GPU runner.`);
    if (!approvalCandidate && !settings.events.includes(name)) {
        return closed(`Closed: ${name} is not one of the events allowed on the GPU runner (${settings.events.join(', ')}).`);
    }
    if ('error' in event)
        return closed(`Closed: the event payload is unusable: ${event.error}.`);
    const payload = event.payload;
    if (!isObject(payload))
        return closed('Closed: the event payload is not a JSON object.');
    if (!approvalCandidate && (payload.pull_request !== undefined || (env.GITHUB_HEAD_REF ?? '') !== '')) {
        return closed(`Closed: this ${name} run carries pull request data, which never gets the GPU runner.`);
    }
    const repo = payload.repository;
    if (!isObject(repo) || typeof repo.full_name !== 'string' || !repo.full_name) {
        return closed('Closed: the event payload names no repository (repository.full_name).');
    }
    // Which repository is this, and is it the canonical one?
    const here = env.GITHUB_REPOSITORY?.trim() ?? '';
    if (!here)
        return closed('Closed: GITHUB_REPOSITORY is not set.');
    if (here.toLowerCase() !== repo.full_name.toLowerCase()) {
        return closed(`Closed: GITHUB_REPOSITORY (${shown(here)}) and the event's repository (${shown(repo.full_name)}) differ.`);
    }
    let canonical = settings.repository;
    if (canonical === undefined) {
        if (repo.fork === true) {
            return closed(`Closed: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(here)} is a fork, and forks do not get the GPU runner (set the repository input to the canonical repository to make this explicit).`);
        }
        if (repo.fork !== false)
            return closed('Closed: the event payload does not say whether the repository is a fork (repository.fork).');
        canonical = here;
    }
    if (here.toLowerCase() !== canonical.toLowerCase()) {
        return closed(`Closed: this run is in ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(here)}${repo.fork === true ? ' (a fork)' : ''}, not in the canonical repository ${canonical}.`);
    }
    if (approvalCandidate)
        return decideApproval(payload, repo, settings, approval, closed);
    // Which ref, and is it an allowed branch?
    const envRef = env.GITHUB_REF?.trim() ?? '';
    const payloadRef = typeof payload.ref === 'string' ? payload.ref : undefined;
    if (envRef && payloadRef !== undefined && payloadRef !== envRef) {
        return closed(`Closed: GITHUB_REF (${shown(envRef)}) and the event's ref (${shown(payloadRef)}) differ.`);
    }
    const ref = envRef || payloadRef || '';
    if (!ref)
        return closed('Closed: GITHUB_REF is not set and the event names no ref.');
    if (!ref.startsWith('refs/heads/')) {
        const kind = ref.startsWith('refs/tags/') ? 'a tag' : ref.startsWith('refs/pull/') ? 'a pull request ref' : 'not a branch';
        return closed(`Closed: the ref ${shown(ref)} is ${kind}; only branches get the GPU runner.`);
    }
    const branch = ref.slice('refs/heads/'.length);
    if (branch.startsWith(MERGE_QUEUE_PREFIX)) {
        return closed(`Closed: the branch ${shown(branch)} is a merge queue branch, which holds pull requests that are not merged yet; it never gets the GPU runner, whatever the branches input says.`);
    }
    let allowed = settings.branches;
    if (allowed === undefined) {
        if (typeof repo.default_branch !== 'string' || !repo.default_branch) {
            return closed('Closed: the event payload does not name the default branch (repository.default_branch), and no branches were given.');
        }
        allowed = [repo.default_branch];
    }
    if (!branchAllowed(allowed, branch)) {
        return closed(`Closed: the branch ${shown(branch)} is not one allowed on the GPU runner (${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(allowed.join(', '))}).`);
    }
    if (name === 'push') {
        if (payload.deleted === true)
            return closed(`Closed: this push deletes the branch ${shown(branch)}.`);
        if (payload.deleted !== false)
            return closed('Closed: the push event does not say whether it deletes the ref (deleted).');
    }
    return {
        enabled: true,
        reason: `Open: ${name} on the branch ${shown(branch)} of ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(here)}; the GPU job runs on ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRunsOn */ .Pq)(settings.runner)}.`,
        runsOn: settings.runner,
        testLabelExclude: '',
    };
}
/**
 * The questions the approval rule needs answered by GitHub, or undefined when this run is not one it can open (so
 * nothing is asked): a `pull_request_target` `labeled` event for the approval label.
 */
function approvalQuery(eventName, event, settings) {
    if (eventName !== 'pull_request_target' || settings.approvalLabel === undefined || 'error' in event)
        return undefined;
    const p = event.payload;
    if (!isObject(p) || p.action !== 'labeled' || !isObject(p.label) || p.label.name !== settings.approvalLabel)
        return undefined;
    const user = isObject(p.sender) ? p.sender.login : undefined;
    const pr = p.pull_request;
    if (typeof user !== 'string' || !user || !isObject(pr) || typeof pr.number !== 'number')
        return undefined;
    return { user, pullNumber: pr.number };
}
/**
 * The approval rule for `pull_request_target` (opt-in with approval-label). It opens only for the `labeled` event
 * of the approval label, applied by someone with write access (triage may label but not approve), to a pull request
 * into an allowed branch, whose head is still the commit it had when it was labelled and which still carries the
 * label; and only when the GPU runner is ephemeral. The GPU job must check out the `sha` output, never the branch:
 * a later push is not approved (its `synchronize` run stays closed until a maintainer labels again).
 */
function decideApproval(payload, repo, settings, facts, closed) {
    const label = settings.approvalLabel;
    const action = typeof payload.action === 'string' ? payload.action : '';
    if (action !== 'labeled') {
        const why = action === 'synchronize' ? 'a push to a pull request is not approved; a maintainer labels it again to approve the new commit' : `only the labelled event of "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(label)}" opens it`;
        return closed(`Closed: pull_request_target ${shown(action)} events never get the GPU runner: ${why}.`);
    }
    const applied = isObject(payload.label) && typeof payload.label.name === 'string' ? payload.label.name : '';
    if (applied !== label)
        return closed(`Closed: the label ${shown(applied)} is not the approval label "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(label)}".`);
    const pr = payload.pull_request;
    if (!isObject(pr) || typeof pr.number !== 'number')
        return closed('Closed: the event payload holds no pull request.');
    const head = isObject(pr.head) && typeof pr.head.sha === 'string' && /^[0-9a-f]{40}$/.test(pr.head.sha) ? pr.head.sha : undefined;
    const base = isObject(pr.base) && typeof pr.base.ref === 'string' ? pr.base.ref : undefined;
    if (!head || !base)
        return closed('Closed: the event payload does not name the pull request\'s head commit and base branch.');
    const allowed = settings.branches ?? (typeof repo.default_branch === 'string' && repo.default_branch ? [repo.default_branch] : undefined);
    if (!allowed)
        return closed('Closed: the event payload does not name the default branch (repository.default_branch), and no branches were given.');
    if (base.startsWith(MERGE_QUEUE_PREFIX) || !branchAllowed(allowed, base)) {
        return closed(`Closed: pull request #${pr.number} is into ${shown(base)}, not a branch allowed on the GPU runner (${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(allowed.join(', '))}).`);
    }
    if (!settings.ephemeral) {
        return closed('Closed: approved pull requests run only on ephemeral runners (mode: start, or runner-ephemeral: true for a runner that runs one job and is gone), so that their code cannot outlive the job.');
    }
    const sender = isObject(payload.sender) && typeof payload.sender.login === 'string' ? payload.sender.login : '';
    if (facts === undefined)
        return closed('Closed: the labeller\'s permission and the pull request\'s current state were not checked.');
    if ('error' in facts)
        return closed(`Closed: checking the approval with GitHub failed: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(facts.error)}.`);
    if (!APPROVERS.includes(facts.permission)) {
        return closed(`Closed: the label was applied by ${shown(sender)}, whose permission (${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(facts.permission)}) is not write or admin.`);
    }
    if (facts.headSha !== head) {
        return closed(`Closed: pull request #${pr.number} was pushed to after it was labelled (head ${facts.headSha.slice(0, 12)}, labelled at ${head.slice(0, 12)}); label it again to approve the new commit.`);
    }
    if (!facts.labels.includes(label))
        return closed(`Closed: the label "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(label)}" was removed from pull request #${pr.number}.`);
    return {
        enabled: true,
        reason: `Open: pull request #${pr.number} approved by ${shown(sender)} (${facts.permission}) with the label "${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_2__/* .safe */ .gB)(label)}" at commit ${head.slice(0, 12)}; the GPU job runs that commit on ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRunsOn */ .Pq)(settings.runner)}.`,
        runsOn: settings.runner,
        testLabelExclude: '',
        sha: head,
        pullRequest: pr.number,
    };
}


/***/ }),

/***/ 52354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ describeRunsOn),
/* harmony export */   aq: () => (/* binding */ runsOnJson),
/* harmony export */   x9: () => (/* binding */ parseRunsOn)
/* harmony export */ });
/* unused harmony export RUNNER_PRESETS */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/** Named runners: ASWF's paid GPU larger runner, and the usual labels of a self-hosted GPU machine. */
const RUNNER_PRESETS = {
    'aswf-t4': 'ubuntu-20.04-gpu-t4-4c-16g-176h',
    'self-hosted': ['self-hosted', 'linux', 'x64', 'gpu'],
};
const ACCEPTED = `a runner label, a JSON list of labels, a JSON object {"group": ..., "labels": [...]}, or a preset (${Object.keys(RUNNER_PRESETS).join(', ')})`;
/** A label: printable, without spaces, quotes, brackets, commas or `$`, at most 256 characters. */
function validLabel(label) {
    // eslint-disable-next-line no-control-regex
    return typeof label === 'string' && label.length <= 256 && /^[^\s"'`$\\{}[\],\u0000-\u001f\u007f]+$/.test(label);
}
/** A runner group name: like a label, but spaces inside are allowed. */
function validGroup(group) {
    return typeof group === 'string' && group === group.trim() && group.split(' ').every(validLabel);
}
/**
 * Parses a `runner` / `fallback-runner` input into the value of `runs-on:`. A value starting with `[` or `{` is
 * JSON; a preset name is expanded; anything else is one label.
 */
function parseRunsOn(input, value) {
    const text = value.trim();
    const preset = RUNNER_PRESETS[text];
    if (preset !== undefined)
        return preset;
    if (text.startsWith('[') || text.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, `${ACCEPTED} (it starts like JSON but is not valid JSON)`);
        }
        if (Array.isArray(parsed)) {
            if (parsed.length === 0 || !parsed.every(validLabel))
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, `${ACCEPTED}; a list needs one or more labels`);
            return parsed;
        }
        if (parsed && typeof parsed === 'object') {
            const { group, labels, ...rest } = parsed;
            const okGroup = group === undefined || validGroup(group);
            const okLabels = labels === undefined || validLabel(labels) || (Array.isArray(labels) && labels.length > 0 && labels.every(validLabel));
            if (Object.keys(rest).length > 0 || !okGroup || !okLabels || (group === undefined && labels === undefined)) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, `${ACCEPTED}; an object may hold only "group" (a name) and "labels" (a label or a list)`);
            }
            const result = {};
            if (group !== undefined)
                result.group = group;
            if (labels !== undefined)
                result.labels = labels;
            return result;
        }
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ACCEPTED);
    }
    if (!validLabel(text))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, ACCEPTED);
    return text;
}
/** The `runs-on` output: JSON, read back by `fromJSON(...)` in the workflow. */
function runsOnJson(runsOn) {
    return JSON.stringify(runsOn);
}
/** The runner for a log line or the summary. */
function describeRunsOn(runsOn) {
    if (typeof runsOn === 'string')
        return runsOn;
    if (Array.isArray(runsOn))
        return `[${runsOn.join(', ')}]`;
    const parts = [];
    if (runsOn.group)
        parts.push(`group ${runsOn.group}`);
    if (runsOn.labels)
        parts.push(`labels ${typeof runsOn.labels === 'string' ? runsOn.labels : `[${runsOn.labels.join(', ')}]`}`);
    return parts.join(', ');
}


/***/ })

};

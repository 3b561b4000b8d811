export const id = 198;
export const ids = [198];
export const modules = {

/***/ 75198:
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
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
;// CONCATENATED MODULE: ./src/gpu/runner.ts

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
            throw new errors/* InputError */.dz(input, value, `${ACCEPTED} (it starts like JSON but is not valid JSON)`);
        }
        if (Array.isArray(parsed)) {
            if (parsed.length === 0 || !parsed.every(validLabel))
                throw new errors/* InputError */.dz(input, value, `${ACCEPTED}; a list needs one or more labels`);
            return parsed;
        }
        if (parsed && typeof parsed === 'object') {
            const { group, labels, ...rest } = parsed;
            const okGroup = group === undefined || validGroup(group);
            const okLabels = labels === undefined || validLabel(labels) || (Array.isArray(labels) && labels.length > 0 && labels.every(validLabel));
            if (Object.keys(rest).length > 0 || !okGroup || !okLabels || (group === undefined && labels === undefined)) {
                throw new errors/* InputError */.dz(input, value, `${ACCEPTED}; an object may hold only "group" (a name) and "labels" (a label or a list)`);
            }
            const result = {};
            if (group !== undefined)
                result.group = group;
            if (labels !== undefined)
                result.labels = labels;
            return result;
        }
        throw new errors/* InputError */.dz(input, value, ACCEPTED);
    }
    if (!validLabel(text))
        throw new errors/* InputError */.dz(input, value, ACCEPTED);
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

;// CONCATENATED MODULE: ./src/gpu/gate.ts


/**
 * The GPU gate: a pure decision, from the event the runner reports (GITHUB_EVENT_NAME, GITHUB_REF,
 * GITHUB_REPOSITORY and the payload at GITHUB_EVENT_PATH), on whether this run may use the paid GPU runner.
 * Nothing a pull request names (head branch, title, fork's branch names) can open it: every pull_request* event is
 * closed whatever its refs say, and any missing or odd data closes it.
 */
/** The events the gate can open for: started by someone with write access, running the repository's own code. */
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
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// Branch names as git allows them, minus whitespace and control characters; `*` is a wildcard here.
// eslint-disable-next-line no-control-regex
const BRANCH = /^[^\s\u0000-\u001f\u007f~^:?[\\]+$/;
/** Reads and validates the gate's inputs (errors name the input, the value and what is accepted). */
function parseGateSettings(inputs) {
    const runner = parseRunsOn('runner', inputs.string('runner', 'aswf-t4'));
    const fallbackText = inputs.optional('fallback-runner');
    const fallback = fallbackText === undefined ? undefined : parseRunsOn('fallback-runner', fallbackText);
    const branchList = inputs.list('branches').map((b) => b.replace(/^refs\/heads\//, ''));
    for (const b of branchList) {
        if (!BRANCH.test(b) || b.startsWith('refs/')) {
            throw new errors/* InputError */.dz('branches', b, 'branch names (e.g. main, release/*), separated by commas or newlines');
        }
    }
    const eventList = inputs.list('events');
    for (const e of eventList) {
        if (!OPENABLE_EVENTS.includes(e)) {
            const why = e.startsWith('pull_request') || e in UNTRUSTED ? ` (${e} runs code or workflows a contributor controls, so the gate never opens for it)` : '';
            throw new errors/* InputError */.dz('events', e, `events from ${OPENABLE_EVENTS.join(', ')}${why}`);
        }
    }
    const repository = inputs.optional('repository');
    if (repository !== undefined && !REPOSITORY.test(repository))
        throw new errors/* InputError */.dz('repository', repository, 'owner/name, e.g. AcademySoftwareFoundation/OpenShadingLanguage');
    const testLabel = inputs.string('test-label', 'gpu');
    if (!/^[A-Za-z0-9._-]+$/.test(testLabel))
        throw new errors/* InputError */.dz('test-label', testLabel, 'a CTest label made of letters, digits, ".", "_" and "-"');
    const settings = {
        runner,
        events: eventList.length ? eventList : DEFAULT_EVENTS,
        testLabel,
    };
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
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value from outside, shown in a sentence: quoted, control characters and length tamed. */
function shown(value) {
    // eslint-disable-next-line no-control-regex
    const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?');
    return JSON.stringify(clean.length > 120 ? clean.slice(0, 117) + '...' : clean);
}
/**
 * Decides whether the GPU runner may be used. Pure: the event name, the payload (or why there is none), the
 * runner's variables and the settings in; the decision out.
 */
function decideGate(eventName, event, env, settings) {
    const closed = (reason) => {
        const decision = { enabled: false, reason, testLabelExclude: settings.testLabel };
        if (settings.fallback !== undefined)
            decision.runsOn = settings.fallback;
        return decision;
    };
    const name = eventName?.trim() ?? '';
    if (!name)
        return closed('Closed: GITHUB_EVENT_NAME is not set, so the event cannot be checked.');
    if (name.startsWith('pull_request')) {
        return closed(`Closed: ${name} events never get the GPU runner, whatever their branches are named, because a pull request (possibly from a fork) chooses the code that runs.`);
    }
    if (name in UNTRUSTED)
        return closed(`Closed: ${name} events never get the GPU runner, because ${UNTRUSTED[name]}.`);
    if (!KNOWN_EVENTS.has(name))
        return closed(`Closed: ${shown(name)} is not an event the gate knows, and unknown events never get the GPU runner.`);
    if (!settings.events.includes(name)) {
        return closed(`Closed: ${name} is not one of the events allowed on the GPU runner (${settings.events.join(', ')}).`);
    }
    if ('error' in event)
        return closed(`Closed: the event payload is unusable: ${event.error}.`);
    const payload = event.payload;
    if (!isObject(payload))
        return closed('Closed: the event payload is not a JSON object.');
    if (payload.pull_request !== undefined || (env.GITHUB_HEAD_REF ?? '') !== '') {
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
            return closed(`Closed: ${here} is a fork, and forks do not get the GPU runner (set the repository input to the canonical repository to make this explicit).`);
        }
        if (repo.fork !== false)
            return closed('Closed: the event payload does not say whether the repository is a fork (repository.fork).');
        canonical = here;
    }
    if (here.toLowerCase() !== canonical.toLowerCase()) {
        return closed(`Closed: this run is in ${here}${repo.fork === true ? ' (a fork)' : ''}, not in the canonical repository ${canonical}.`);
    }
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
    let allowed = settings.branches;
    if (allowed === undefined) {
        if (typeof repo.default_branch !== 'string' || !repo.default_branch) {
            return closed('Closed: the event payload does not name the default branch (repository.default_branch), and no branches were given.');
        }
        allowed = [repo.default_branch];
    }
    if (!allowed.some((p) => branchMatches(p, branch))) {
        return closed(`Closed: the branch ${shown(branch)} is not one allowed on the GPU runner (${allowed.join(', ')}).`);
    }
    if (name === 'push') {
        if (payload.deleted === true)
            return closed(`Closed: this push deletes the branch ${shown(branch)}.`);
        if (payload.deleted !== false)
            return closed('Closed: the push event does not say whether it deletes the ref (deleted).');
    }
    return {
        enabled: true,
        reason: `Open: ${name} on the branch ${shown(branch)} of ${here}; the GPU job runs on ${describeRunsOn(settings.runner)}.`,
        runsOn: settings.runner,
        testLabelExclude: '',
    };
}

;// CONCATENATED MODULE: ./src/gpu/main.ts





const MODES = ['gate', 'detect'];
/** The gpu action: `mode: gate` (default) decides where the GPU job runs; `mode: detect` reports the GPUs present. */
async function runGpu(step) {
    const mode = step.inputs.choice('mode', MODES, 'gate');
    if (mode === 'gate')
        runGate(step);
    else
        await runDetect(step);
}
function runGate(step) {
    const settings = parseGateSettings(step.inputs);
    const eventName = step.env.GITHUB_EVENT_NAME;
    const decision = decideGate(eventName, (0,common_event/* readEvent */.j_)(step.env.GITHUB_EVENT_PATH), step.env, settings);
    step.setOutput('enabled', decision.enabled);
    step.setOutput('run', decision.runsOn !== undefined);
    step.setOutput('runs-on', decision.runsOn === undefined ? '' : runsOnJson(decision.runsOn));
    step.setOutput('reason', decision.reason);
    step.setOutput('test-label-exclude', decision.testLabelExclude);
    const where = decision.runsOn === undefined ? 'skipped (no fallback-runner)' : describeRunsOn(decision.runsOn);
    step.info(`GPU gate: ${decision.enabled ? 'open' : 'closed'}. ${decision.reason}`);
    step.info(`GPU job: ${decision.enabled ? 'runs on' : decision.runsOn === undefined ? '' : 'runs without a GPU on'} ${where}`.replace(/  +/g, ' '));
    if (!decision.enabled && decision.testLabelExclude)
        step.info(`Tests labelled '${decision.testLabelExclude}' are to be excluded.`);
    const rows = [
        ['Gate', decision.enabled ? '🟢 open' : '🔴 closed'],
        ['Reason', (0,format/* cell */.Hn)(decision.reason)],
        ['Event', (0,format/* cell */.Hn)(eventName ?? '(not set)')],
        ['Ref', (0,format/* cell */.Hn)(step.env.GITHUB_REF ?? '(not set)')],
        ['GPU job runs on', (0,format/* cell */.Hn)(decision.enabled ? where : decision.runsOn === undefined ? 'skipped' : `${where} (no GPU)`)],
    ];
    if (decision.testLabelExclude)
        rows.push(['Excluded test label', (0,format/* cell */.Hn)(decision.testLabelExclude)]);
    step.summary(`### GPU gate\n\n${(0,format/* table */.tp)(['', ''], rows)}`);
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
    step.info(d.reason);
    const header = ['#', 'GPU', 'Memory', 'Compute capability', 'UUID'];
    const rows = d.gpus.map((g) => [
        String(g.index),
        (0,format/* cell */.Hn)(g.name),
        g.memoryMiB ? `${g.memoryMiB} MiB` : '?',
        (0,format/* cell */.Hn)(g.computeCapability ?? '?'),
        (0,format/* cell */.Hn)(g.uuid ?? '?'),
    ]);
    for (const g of d.gpus) {
        step.info(`  GPU ${g.index}: ${g.name}, ${g.memoryMiB ? `${g.memoryMiB} MiB` : 'memory unknown'}, compute capability ${g.computeCapability ?? 'unknown'}`);
    }
    let md = `### GPUs\n\n${(0,format/* escapeHtml */.ZD)(d.reason)}\n`;
    if (rows.length)
        md += `\n${(0,format/* table */.tp)(header, rows)}`;
    step.summary(md);
    if (!d.available) {
        if (required)
            throw new errors/* UserError */.yo(`A GPU is required (require: true), but none is usable: ${d.reason}`);
        step.notice(d.reason, { title: 'No GPU' });
    }
}

;// CONCATENATED MODULE: ./src/actions/gpu.ts

const main = (step) => runGpu(step);


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

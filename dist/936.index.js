export const id = 936;
export const ids = [936];
export const modules = {

/***/ 12936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _container_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43042);

/** Starts one long-lived ASWF container; later steps (cmake, ccache) run their commands in it with `docker exec`. */
const main = (step) => (0,_container_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runContainer */ .zR)(step);
/** Removes the container whatever happened (post-if: always()). */
const post = (step) => (0,_container_run_js__WEBPACK_IMPORTED_MODULE_0__/* .postContainer */ .iT)(step);


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


/***/ }),

/***/ 43042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YG: () => (/* binding */ parseContainerInputs),
/* harmony export */   iT: () => (/* binding */ postContainer),
/* harmony export */   zR: () => (/* binding */ runContainer)
/* harmony export */ });
/* unused harmony exports CONTAINER_LABEL, GPU_MODES, PULL_POLICIES, OTHER_OS, resolveImage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53644);
/* harmony import */ var _common_vars_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55603);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56950);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15032);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93959);










/** The label on every container this action starts (`docker ps --filter label=...`). */
const CONTAINER_LABEL = 'org.aswf.ci-actions.container';
const GPU_MODES = ['auto', 'all', 'none'];
const PULL_POLICIES = ['missing', 'always', 'never'];
const OTHER_OS = ['native', 'fail'];
function parseContainerInputs(inputs, stepEnv) {
    const env = {};
    for (const line of inputs.lines('env')) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(line);
        if (!m?.[1])
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('env', line, 'one variable per line, NAME=VALUE or NAME (to pass the value of the step\'s NAME)');
        env[m[1]] = m[2] ?? stepEnv[m[1]] ?? '';
    }
    // docker's --env-file carries one variable per line, without quoting: a value cannot hold a line break.
    for (const [name, value] of Object.entries(env)) {
        if (/[\r\n]/.test(value)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('env', name, `variables whose values hold no line break (${name}'s value has one; docker's --env-file cannot carry it)`);
        }
    }
    const vfxYear = inputs.string('vfx-year', 'latest');
    if (!/^(latest|\d{4})$/i.test(vfxYear.trim())) {
        // latest-N is the plan action's (the newest N+1 years); one container is one year.
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('vfx-year', vfxYear, 'a VFX Reference Platform year such as 2025, or latest');
    }
    const containerOptions = inputs.lines('container-options');
    for (const line of containerOptions) {
        // `--network none` on one line would reach docker as the single argument "--network none".
        if (/^-[^=\s]*\s/.test(line)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('container-options', line, `one docker run argument per line: an option and its value as two lines, or joined by = (${line.replace(/\s+/, '=')})`);
        }
    }
    const user = inputs.string('user', '');
    if (user && user !== 'root' && !/^\d+(:\d+)?$/.test(user)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('user', user, "empty (the runner's own uid:gid), root, or a numeric uid[:gid]");
    }
    const image = inputs.optional('image');
    if (image !== undefined)
        (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .checkReference */ .M5)('image', image);
    const registry = inputs.string('registry', _catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_REGISTRY */ .sx);
    (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .checkReference */ .M5)('registry', registry);
    return {
        project: inputs.optional('project'),
        vfxYear,
        variant: inputs.optional('variant'),
        image,
        pin: inputs.bool('pin', true),
        registry,
        gpus: inputs.choice('gpus', GPU_MODES, 'auto'),
        containerOptions,
        env,
        pull: inputs.choice('pull', PULL_POLICIES, 'missing'),
        onOtherOs: inputs.choice('on-other-os', OTHER_OS, 'native'),
        user,
    };
}
/** The image to run: `image` as given, else the catalog's answer for project / vfx-year / variant. */
function resolveImage(inputs, catalog = new _catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .Catalog */ .WC()) {
    if (inputs.image) {
        // A full reference; when it names an ASWF image of the catalog, the catalog still tells its year and versions.
        const m = /(?:^|\/)ci-([a-z0-9]+):(\d{4})(?:-([a-z]+\d+))?(?:\.\d+)?$/.exec(inputs.image);
        if (m?.[1] && m[2] && catalog.data.images[m[1]]) {
            try {
                const r = catalog.resolve({ project: m[1], vfxYear: m[2], variant: m[3] });
                return { image: inputs.image, vfxYear: r.vfxYear, baseOs: r.baseOs, variant: r.variant, env: r.env };
            }
            catch {
                // not in the catalog: fall through, the image's own variables will tell
            }
        }
        return { image: inputs.image, vfxYear: '', baseOs: '', variant: '', env: {} };
    }
    if (!inputs.project) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The container action needs 'project' (an image family: ${catalog.families.join(', ')}) or 'image' (a full image reference).`);
    }
    const r = catalog.resolve({ project: inputs.project, vfxYear: inputs.vfxYear, variant: inputs.variant, pin: inputs.pin, registry: inputs.registry });
    return { image: r.image, vfxYear: r.vfxYear, baseOs: r.baseOs, variant: r.variant, env: r.env };
}
function outputs(step, values) {
    step.setOutput('image', values.image);
    step.setOutput('container', values.container);
    step.setOutput('vfx-year', values.vfxYear);
    step.setOutput('base-os', values.baseOs);
    step.setOutput('versions', JSON.stringify(values.versions));
}
function summary(step, title, rows, versions) {
    const main = ['cmake', 'gcc', 'clang', 'python', 'cuda', 'ninja', 'ccache', 'vfxplatform'].filter((k) => versions[k]);
    step.summary(`### ${title}\n\n` +
        (0,_common_format_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(['', ''], rows.filter(([, v]) => v).map(([k, v]) => [k, (0,_common_format_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(v)])) +
        (main.length ? '\n' + (0,_common_format_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(main, [main.map((k) => (0,_common_format_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(versions[k] ?? ''))]) : ''));
}
const currentUser = () => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
/** The container action's main step. */
async function runContainer(step, options = {}) {
    const inputs = parseContainerInputs(step.inputs, step.env);
    const env = step.env;
    // The job already runs in an ASWF image (`container:` at job level): nothing to start.
    if (env.ASWF_VERSION) {
        const versions = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsFromEnv */ .Dk)(env);
        step.info(`The job already runs in an ASWF container (ASWF_VERSION=${env.ASWF_VERSION}): starting nothing; later steps run where they are.`);
        outputs(step, { image: '', container: '', vfxYear: env.ASWF_VFXPLATFORM_VERSION ?? '', baseOs: env.ASWF_BASEOS_DISTRO ?? '', versions });
        summary(step, 'ASWF container: the job\'s own', [['ASWF_VERSION', env.ASWF_VERSION], ['VFX year', env.ASWF_VFXPLATFORM_VERSION ?? '']], versions);
        return;
    }
    const resolved = resolveImage(inputs);
    step.info(`Image: ${resolved.image}${resolved.vfxYear ? ` (VFX ${resolved.vfxYear}${resolved.variant ? ', ' + resolved.variant : ''}${resolved.baseOs ? ', ' + resolved.baseOs : ''})` : ''}`);
    const os = env.RUNNER_OS ?? (0,_common_vars_js__WEBPACK_IMPORTED_MODULE_8__/* .runnerOs */ .tg)();
    if (os !== 'Linux') {
        const message = `ASWF images are Linux containers and this runner is ${os}`;
        if (inputs.onOtherOs === 'fail')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${message} (on-other-os: fail).`);
        step.warning(`${message}: starting no container; the following steps run on the host (on-other-os: native).`);
        outputs(step, { image: resolved.image, container: '', vfxYear: resolved.vfxYear, baseOs: resolved.baseOs, versions: (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsFromEnv */ .Dk)(resolved.env) });
        return;
    }
    const host = options.exec ?? new _common_exec_js__WEBPACK_IMPORTED_MODULE_3__.HostExecutor((line) => step.info(line));
    const docker = new _docker_js__WEBPACK_IMPORTED_MODULE_6__/* .Docker */ .Jg(host, (0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerEnv */ .gT)(env));
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = env.RUNNER_TEMP ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.RUNNER_TEMP) : undefined;
    const hostUser = options.hostUser ?? currentUser();
    const image = await step.group(`Pull ${resolved.image}`, async () => {
        const server = await docker.ping();
        step.info(`Docker engine ${server}.`);
        let found = inputs.pull === 'always' ? undefined : await docker.inspectImage(resolved.image);
        if (!found) {
            if (inputs.pull === 'never')
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The image ${resolved.image} is not present locally and 'pull' is never.`);
            await docker.pull(resolved.image, { ...options.pullRetry, log: (l) => step.warning(l) });
            found = await docker.inspectImage(resolved.image);
            if (!found)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`docker pulled ${resolved.image} but cannot inspect it.`);
        }
        else {
            step.info(`${resolved.image} is present locally (pull: ${inputs.pull}).`);
        }
        step.info(`Image id: ${found.id}`);
        return found;
    });
    const imageEnv = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .envFromList */ .a6)(image.env);
    // Variables of the image win over the catalog's (the image is what runs).
    const allEnv = { ...resolved.env, ...Object.fromEntries(Object.entries(imageEnv).filter(([k]) => k.startsWith('ASWF_'))) };
    const versions = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsFromEnv */ .Dk)(allEnv);
    const vfxYear = imageEnv.ASWF_VFXPLATFORM_VERSION ?? resolved.vfxYear;
    const baseOs = imageEnv.ASWF_BASEOS_DISTRO ?? resolved.baseOs;
    // Who runs the commands: the runner's own uid:gid by default, so that what the build writes stays the runner's.
    const runAs = inputs.user === 'root' ? '0:0' : inputs.user || `${hostUser.uid}:${hostUser.gid}`;
    const [runUid] = runAs.split(':');
    const giveBack = Number(runUid) !== hostUser.uid || (runAs.includes(':') && Number(runAs.split(':')[1]) !== hostUser.gid);
    const gpuArgs = await gpuOptions(step, inputs.gpus, host, options);
    const mounts = [workspace];
    if (runnerTemp && !inside(runnerTemp, mounts))
        mounts.push(runnerTemp);
    // The ccache directories: the ccache-dir input of this step (the build action, where ccache starts after the
    // container: it is the one this step's ccache uses, so it comes first), and the one an earlier ccache step exported;
    // both when they differ. Their default lies in RUNNER_TEMP, mounted above. One that does not exist yet is made here,
    // as the runner's user: docker would make it as root.
    const ccacheDirs = [step.inputs.optional('ccache-dir'), env[_common_vars_js__WEBPACK_IMPORTED_MODULE_8__/* .CCACHE_DIR_VARIABLE */ .R8]].filter((d) => !!d).map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, d));
    for (const ccacheDir of ccacheDirs) {
        if (inside(ccacheDir, mounts))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(ccacheDir, { recursive: true });
        }
        catch (err) {
            // A cache problem never fails the build: unmounted, the ccache action says caching is off.
            step.warning(`The ccache folder ${ccacheDir} cannot be made (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}): it is not mounted into the container.`);
            continue;
        }
        mounts.push(ccacheDir);
    }
    // The container's variables go through an env file (mode 0600, removed right after `docker create`): never through
    // the docker client's own environment, where HOME, PATH or DOCKER_HOST would change the client itself.
    const runEnv = { ...inputs.env };
    if (runUid !== '0')
        runEnv.HOME ??= '/tmp';
    const envDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runnerTemp ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'aswf-container-env-'));
    const envFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'env');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(envFile, Object.entries(runEnv).map(([name, value]) => `${name}=${value}\n`).join(''), { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(envFile, 0o600);
    const removeEnvFile = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(envDir, { recursive: true, force: true });
    const args = [
        '--label',
        `${CONTAINER_LABEL}=${env.GITHUB_RUN_ID ?? 'local'}`,
        '--user',
        runAs,
        '--workdir',
        workspace,
        ...mounts.flatMap((m) => ['--volume', `${m}:${m}`]),
        '--env-file',
        envFile,
        ...gpuArgs,
        ...inputs.containerOptions,
        '--entrypoint',
        'tail',
        resolved.image,
        '-f',
        '/dev/null',
    ];
    const container = await step.group('Start the container', async () => {
        let started;
        try {
            started = await docker.start(args, removeEnvFile);
        }
        finally {
            removeEnvFile();
        }
        const { id, result } = started;
        if (!id) {
            const text = (0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(result);
            if (/executable file not found|no such file or directory/i.test(text)) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The image ${resolved.image} cannot run the container action's keep-alive command (tail): it needs a shell and coreutils, as ASWF images have (${text}).`);
            }
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`docker could not start a container from ${resolved.image}: ${text}`);
        }
        // Saved first, so that the post step removes the container whatever happens next.
        step.saveState('container', id);
        step.saveState('give-back', giveBack ? JSON.stringify({ owner: `${hostUser.uid}:${hostUser.gid}`, paths: mounts }) : '');
        const shell = await docker.exec_(id, ['sh', '-c', 'exit 0']);
        if (shell.exitCode !== 0) {
            await docker.remove(id);
            step.saveState('container', '');
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The image ${resolved.image} has no usable shell (sh -c failed: ${(0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(shell)}); the container action needs an image with /bin/sh.`);
        }
        step.info(`Container ${id.slice(0, 12)} runs ${resolved.image} as ${runAs}, with ${mounts.join(', ')} mounted.`);
        return id;
    });
    step.exportVariable(_common_vars_js__WEBPACK_IMPORTED_MODULE_8__/* .CONTAINER_VARIABLE */ .dI, container);
    step.exportVariable(_common_vars_js__WEBPACK_IMPORTED_MODULE_8__/* .CONTAINER_IMAGE_VARIABLE */ .vM, resolved.image);
    if (image.id)
        step.exportVariable(_common_vars_js__WEBPACK_IMPORTED_MODULE_8__/* .CONTAINER_IMAGE_ID_VARIABLE */ .RX, image.id);
    outputs(step, { image: resolved.image, container, vfxYear, baseOs, versions });
    summary(step, 'ASWF container', [
        ['Image', resolved.image],
        ['Container', container.slice(0, 12)],
        ['VFX year', vfxYear],
        ['Base OS', baseOs],
        ['User', runAs],
        ['GPUs', gpuArgs.length ? 'all' : 'none'],
    ], versions);
}
async function gpuOptions(step, mode, host, options) {
    if (mode === 'none')
        return [];
    const { NVIDIA_DRIVER_CAPABILITIES, detectGpus, dockerGpuOptions } = await __webpack_require__.e(/* import() */ 104).then(__webpack_require__.bind(__webpack_require__, 47723));
    if (mode === 'all')
        return ['--gpus', 'all', '--env', `NVIDIA_DRIVER_CAPABILITIES=${NVIDIA_DRIVER_CAPABILITIES}`];
    if (options.detectGpus)
        return options.detectGpus();
    const detection = await detectGpus(host);
    step.info(`GPUs (gpus: auto): ${detection.reason}`);
    return dockerGpuOptions(detection);
}
const inside = (path, roots) => roots.some((root) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
});
/** The post step: gives the workspace back to the runner's user when the container ran as another, removes the container. */
async function postContainer(step, options = {}) {
    const container = step.getState('container');
    if (!container) {
        step.info('No container to remove.');
        return;
    }
    const host = options.exec ?? new _common_exec_js__WEBPACK_IMPORTED_MODULE_3__.HostExecutor((line) => step.info(line));
    const docker = new _docker_js__WEBPACK_IMPORTED_MODULE_6__/* .Docker */ .Jg(host, (0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerEnv */ .gT)(step.env));
    const giveBack = step.getState('give-back');
    if (giveBack) {
        const { owner, paths } = JSON.parse(giveBack);
        const result = await docker.exec_(container, ['chown', '-R', '-h', owner, ...paths], '0:0');
        if (result.exitCode === 0)
            step.info(`Gave ${paths.join(', ')} back to ${owner}.`);
        else
            step.warning(`Could not give ${paths.join(', ')} back to ${owner}: ${(0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(result)}`);
    }
    const result = await docker.remove(container);
    if (result.exitCode === 0)
        step.info(`Removed container ${container.slice(0, 12)}.`);
    else if (/no such container/i.test(result.stderr))
        step.info(`Container ${container.slice(0, 12)} is already gone.`);
    else
        step.warning(`Could not remove container ${container.slice(0, 12)}: ${(0,_docker_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(result)}`);
}


/***/ })

};

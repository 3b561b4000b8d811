export const id = 723;
export const ids = [723];
export const modules = {

/***/ 20723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19184);
/* harmony import */ var _analysis_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31825);
/* harmony import */ var _ccache_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67636);
/* harmony import */ var _cmake_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56078);
/* harmony import */ var _container_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60133);
/* harmony import */ var _ccache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81745);
/* harmony import */ var _cmake_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12764);
/* harmony import */ var _container_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12936);








/** The inputs that give the deps part work to do. */
const DEPS_INPUTS = ['packages', 'dependencies', 'dependencies-file'];
/** Did this job's build action start a container (or find itself inside one)? Saved for the post step. */
const STATE_CONTAINER = 'build-container';
/**
 * The build action: container (when `project` or `image` is given) + ccache + deps (when `packages`, `dependencies` or
 * `dependencies-file` is given) + cmake in one step. The actions' inputs have distinct names (deps shares build-type,
 * generator, parallel and the compilers with cmake: one value for both), so each part reads its own inputs from the
 * same step.
 */
async function main(step) {
    const useContainer = step.inputs.optional('project') !== undefined || step.inputs.optional('image') !== undefined;
    const useCcache = step.inputs.bool('ccache', true);
    // The deps part (and its YAML parser) is loaded only when it has work: a build without dependencies starts as fast.
    const useDeps = DEPS_INPUTS.some((name) => step.inputs.optional(name) !== undefined);
    // Every part's inputs are checked before any of them starts work (a pull or a restore can take minutes).
    if (useContainer)
        (0,_container_run_js__WEBPACK_IMPORTED_MODULE_4__/* .parseContainerInputs */ .YG)(step.inputs, step.env);
    const cmakeInputs = (0,_cmake_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCmakeInputs */ ["if"])(step.inputs);
    // A sanitizer or coverage build keeps its compiler cache apart from the normal build's: its kind joins the key.
    const analysisKey = (0,_analysis_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .analysisKeyPart */ .vA)(cmakeInputs.analysis);
    if (useCcache && analysisKey)
        step.env[(0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputVariable */ .LO)('key')] = [step.inputs.optional('key'), analysisKey].filter(Boolean).join(',');
    if (useCcache)
        (0,_ccache_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCcacheInputs */ .w$)(step.inputs);
    if (useDeps)
        (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 71341))).parseDepsInputs(step.inputs, step.env.GITHUB_WORKSPACE || process.cwd());
    step.saveState(STATE_CONTAINER, String(useContainer));
    if (useContainer)
        await _container_js__WEBPACK_IMPORTED_MODULE_7__.main(step);
    if (useCcache)
        await _ccache_js__WEBPACK_IMPORTED_MODULE_5__.main(step);
    if (useDeps)
        await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(110)]).then(__webpack_require__.bind(__webpack_require__, 29110))).main(step);
    await _cmake_js__WEBPACK_IMPORTED_MODULE_6__.main(step);
}
/** One post step: save the cache (inside the container, while it still exists), then remove the container. */
async function post(step) {
    try {
        if (step.inputs.bool('ccache', true))
            await _ccache_js__WEBPACK_IMPORTED_MODULE_5__.post(step);
    }
    finally {
        if (step.getState(STATE_CONTAINER) === 'true')
            await _container_js__WEBPACK_IMPORTED_MODULE_7__.post(step);
    }
}


/***/ }),

/***/ 12936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _container_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60133);

/** Starts one long-lived ASWF container; later steps (cmake, ccache) run their commands in it with `docker exec`. */
const main = (step) => (0,_container_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runContainer */ .zR)(step);
/** Removes the container whatever happened (post-if: always()). */
const post = (step) => (0,_container_run_js__WEBPACK_IMPORTED_MODULE_0__/* .postContainer */ .iT)(step);


/***/ }),

/***/ 60133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YG: () => (/* binding */ parseContainerInputs),
  iT: () => (/* binding */ postContainer),
  zR: () => (/* binding */ runContainer)
});

// UNUSED EXPORTS: CONTAINER_IMAGE_ID_VARIABLE, CONTAINER_LABEL, GPU_MODES, OTHER_OS, PULL_POLICIES, resolveImage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/exec.ts
var exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/container/catalog.ts + 1 modules
var container_catalog = __webpack_require__(15032);
// EXTERNAL MODULE: ./src/container/docker.ts
var container_docker = __webpack_require__(93959);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/shell/install.ts




/** The program a `run:` step names as its shell: `shell: aswf-container {0}`. */
const SHELL_WRAPPER = 'aswf-container';
/**
 * The folder of the wrapper (a POSIX sh script, plus a .cmd for Windows): dist/bin in the bundle (scripts/build.mjs
 * copies src/shell/bin there), src/shell/bin in the sources.
 */
function shellWrapperDir() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [(0,external_node_path_.join)(here, 'bin'), (0,external_node_path_.join)(here, '..', 'shell', 'bin')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, SHELL_WRAPPER)))
            return dir;
    }
    return (0,external_node_path_.join)(here, 'bin');
}
/**
 * Puts `aswf-container` on PATH for the later steps of the job. With a container (ASWF_CI_CONTAINER, exported by the
 * caller) it runs a step's script there; without one, on the host. A wrapper that cannot be found or made executable
 * is a warning: the build itself does not need it.
 */
function installShellWrapper(step, where) {
    const dir = shellWrapperDir();
    const wrapper = (0,external_node_path_.join)(dir, SHELL_WRAPPER);
    try {
        if (process.platform !== 'win32') {
            try {
                (0,external_node_fs_.accessSync)(wrapper, external_node_fs_.constants.X_OK);
            }
            catch {
                // A checkout or an unpacked archive that lost the executable bit.
                (0,external_node_fs_.chmodSync)(wrapper, 0o755);
            }
        }
    }
    catch (err) {
        step.warning(`The ${SHELL_WRAPPER} shell for run: steps is not usable (${(0,errors/* errorMessage */.gJ)(err)}); run: steps with 'shell: ${SHELL_WRAPPER} {0}' will fail.`);
        return;
    }
    step.addPath(dir);
    step.info(`run: steps of this job can use 'shell: ${SHELL_WRAPPER} {0}' (or 'shell: ${SHELL_WRAPPER} bash -e {0}'): ${where}.`);
}

// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
;// CONCATENATED MODULE: ./src/container/run.ts












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
            throw new errors/* InputError */.dz('env', line, 'one variable per line, NAME=VALUE or NAME (to pass the value of the step\'s NAME)');
        env[m[1]] = m[2] ?? stepEnv[m[1]] ?? '';
    }
    // docker's --env-file carries one variable per line, without quoting: a value cannot hold a line break.
    for (const [name, value] of Object.entries(env)) {
        if (/[\r\n]/.test(value)) {
            throw new errors/* InputError */.dz('env', name, `variables whose values hold no line break (${name}'s value has one; docker's --env-file cannot carry it)`);
        }
    }
    const vfxYear = inputs.string('vfx-year', 'latest');
    if (!/^(latest|\d{4})$/i.test(vfxYear.trim())) {
        // latest-N is the plan action's (the newest N+1 years); one container is one year.
        throw new errors/* InputError */.dz('vfx-year', vfxYear, 'a VFX Reference Platform year such as 2025, or latest');
    }
    const containerOptions = inputs.lines('container-options');
    for (const line of containerOptions) {
        // `--network none` on one line would reach docker as the single argument "--network none".
        if (/^-[^=\s]*\s/.test(line)) {
            throw new errors/* InputError */.dz('container-options', line, `one docker run argument per line: an option and its value as two lines, or joined by = (${line.replace(/\s+/, '=')})`);
        }
    }
    const user = inputs.string('user', '');
    if (user && user !== 'root' && !/^\d+(:\d+)?$/.test(user)) {
        throw new errors/* InputError */.dz('user', user, "empty (the runner's own uid:gid), root, or a numeric uid[:gid]");
    }
    const image = inputs.optional('image');
    if (image !== undefined)
        (0,container_catalog/* checkReference */.M5)('image', image);
    const registry = inputs.string('registry', container_catalog/* DEFAULT_REGISTRY */.sx);
    (0,container_catalog/* checkReference */.M5)('registry', registry);
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
function resolveImage(inputs, catalog = new container_catalog/* Catalog */.WC()) {
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
        throw new errors/* UserError */.yo(`The container action needs 'project' (an image family: ${catalog.families.join(', ')}) or 'image' (a full image reference).`);
    }
    const r = catalog.resolve({ project: inputs.project, vfxYear: inputs.vfxYear, variant: inputs.variant, pin: inputs.pin, registry: inputs.registry });
    return { image: r.image, vfxYear: r.vfxYear, baseOs: r.baseOs, variant: r.variant, env: r.env, ...(r.warning ? { warning: r.warning } : {}) };
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
        (0,format/* table */.tp)(['', ''], rows.filter(([, v]) => v).map(([k, v]) => [k, (0,format/* cell */.Hn)(v)])) +
        (main.length ? '\n' + (0,format/* table */.tp)(main, [main.map((k) => (0,format/* cell */.Hn)(versions[k] ?? ''))]) : ''));
}
const currentUser = () => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
/** The container action's main step. */
async function runContainer(step, options = {}) {
    const inputs = parseContainerInputs(step.inputs, step.env);
    const env = step.env;
    // The job already runs in an ASWF image (`container:` at job level): nothing to start.
    if (env.ASWF_VERSION) {
        const versions = (0,container_catalog/* versionsFromEnv */.Dk)(env);
        step.info(`The job already runs in an ASWF container (ASWF_VERSION=${(0,format/* safe */.gB)(env.ASWF_VERSION)}): starting nothing; later steps run where they are.`);
        outputs(step, { image: '', container: '', vfxYear: env.ASWF_VFXPLATFORM_VERSION ?? '', baseOs: env.ASWF_BASEOS_DISTRO ?? '', versions });
        summary(step, 'ASWF container: the job\'s own', [['ASWF_VERSION', env.ASWF_VERSION], ['VFX year', env.ASWF_VFXPLATFORM_VERSION ?? '']], versions);
        installShellWrapper(step, 'they run where the job runs (its own ASWF container)');
        return;
    }
    const resolved = resolveImage(inputs);
    step.info(`Image: ${(0,format/* safe */.gB)(resolved.image)}${resolved.vfxYear ? ` (VFX ${resolved.vfxYear}${resolved.variant ? ', ' + (0,format/* safe */.gB)(resolved.variant) : ''}${resolved.baseOs ? ', ' + resolved.baseOs : ''})` : ''}`);
    if (resolved.warning)
        step.warning(resolved.warning);
    const os = env.RUNNER_OS ?? (0,vars/* runnerOs */.tg)();
    if (os !== 'Linux') {
        const message = `ASWF images are Linux containers and this runner is ${os}`;
        if (inputs.onOtherOs === 'fail')
            throw new errors/* UserError */.yo(`${message} (on-other-os: fail).`);
        step.warning(`${message}: starting no container; the following steps run on the host (on-other-os: native).`);
        outputs(step, { image: resolved.image, container: '', vfxYear: resolved.vfxYear, baseOs: resolved.baseOs, versions: (0,container_catalog/* versionsFromEnv */.Dk)(resolved.env) });
        installShellWrapper(step, `they run on the host with bash (no container on ${os})`);
        return;
    }
    const host = options.exec ?? new exec.HostExecutor((line) => step.info(line));
    const docker = new container_docker/* Docker */.Jg(host, (0,container_docker/* dockerEnv */.gT)(env));
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = env.RUNNER_TEMP ? (0,external_node_path_.resolve)(env.RUNNER_TEMP) : undefined;
    const hostUser = options.hostUser ?? currentUser();
    const image = await step.group(`Pull ${resolved.image}`, async () => {
        const server = await docker.ping();
        step.info(`Docker engine ${server}.`);
        let found = inputs.pull === 'always' ? undefined : await docker.inspectImage(resolved.image);
        if (!found) {
            if (inputs.pull === 'never')
                throw new errors/* UserError */.yo(`The image ${resolved.image} is not present locally and 'pull' is never.`);
            await docker.pull(resolved.image, { ...options.pullRetry, log: (l) => step.warning(l) });
            found = await docker.inspectImage(resolved.image);
            if (!found)
                throw new errors/* UserError */.yo(`docker pulled ${resolved.image} but cannot inspect it.`);
        }
        else {
            step.info(`${(0,format/* safe */.gB)(resolved.image)} is present locally (pull: ${inputs.pull}).`);
        }
        step.info(`Image id: ${(0,format/* safe */.gB)(found.id)}`);
        return found;
    });
    const imageEnv = (0,container_catalog/* envFromList */.a6)(image.env);
    // Variables of the image win over the catalog's (the image is what runs).
    const allEnv = { ...resolved.env, ...Object.fromEntries(Object.entries(imageEnv).filter(([k]) => k.startsWith('ASWF_'))) };
    const versions = (0,container_catalog/* versionsFromEnv */.Dk)(allEnv);
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
    const ccacheDirs = [step.inputs.optional('ccache-dir'), env[vars/* CCACHE_DIR_VARIABLE */.R8]].filter((d) => !!d).map((d) => (0,external_node_path_.resolve)(workspace, d));
    for (const ccacheDir of ccacheDirs) {
        if (inside(ccacheDir, mounts))
            continue;
        try {
            (0,external_node_fs_.mkdirSync)(ccacheDir, { recursive: true });
        }
        catch (err) {
            // A cache problem never fails the build: unmounted, the ccache action says caching is off.
            step.warning(`The ccache folder ${(0,format/* safe */.gB)(ccacheDir)} cannot be made (${(0,errors/* errorMessage */.gJ)(err)}): it is not mounted into the container.`);
            continue;
        }
        mounts.push(ccacheDir);
    }
    // The container's variables go through an env file (mode 0600, removed right after `docker create`): never through
    // the docker client's own environment, where HOME, PATH or DOCKER_HOST would change the client itself.
    const runEnv = { ...inputs.env };
    if (runUid !== '0')
        runEnv.HOME ??= '/tmp';
    const envDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp ?? (0,external_node_os_.tmpdir)(), 'aswf-container-env-'));
    const envFile = (0,external_node_path_.join)(envDir, 'env');
    (0,external_node_fs_.writeFileSync)(envFile, Object.entries(runEnv).map(([name, value]) => `${name}=${value}\n`).join(''), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(envFile, 0o600);
    const removeEnvFile = () => (0,external_node_fs_.rmSync)(envDir, { recursive: true, force: true });
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
            const text = (0,container_docker/* reason */.l)(result);
            if (/executable file not found|no such file or directory/i.test(text)) {
                throw new errors/* UserError */.yo(`The image ${resolved.image} cannot run the container action's keep-alive command (tail): it needs a shell and coreutils, as ASWF images have (${text}).`);
            }
            throw new errors/* UserError */.yo(`docker could not start a container from ${resolved.image}: ${text}`);
        }
        // Saved first, so that the post step removes the container whatever happens next.
        step.saveState('container', id);
        step.saveState('give-back', giveBack ? JSON.stringify({ owner: `${hostUser.uid}:${hostUser.gid}`, paths: mounts }) : '');
        const shell = await docker.exec_(id, ['sh', '-c', 'exit 0']);
        if (shell.exitCode !== 0) {
            await docker.remove(id);
            step.saveState('container', '');
            throw new errors/* UserError */.yo(`The image ${resolved.image} has no usable shell (sh -c failed: ${(0,container_docker/* reason */.l)(shell)}); the container action needs an image with /bin/sh.`);
        }
        step.info(`Container ${(0,format/* safe */.gB)(id.slice(0, 12))} runs ${(0,format/* safe */.gB)(resolved.image)} as ${runAs}, with ${mounts.map(format/* safe */.gB).join(', ')} mounted.`);
        return id;
    });
    step.exportVariable(vars/* CONTAINER_VARIABLE */.dI, container);
    step.exportVariable(vars/* CONTAINER_IMAGE_VARIABLE */.vM, resolved.image);
    if (image.id)
        step.exportVariable(vars/* CONTAINER_IMAGE_ID_VARIABLE */.RX, image.id);
    installShellWrapper(step, `they run in container ${container.slice(0, 12)} as ${runAs}, in the step's working directory`);
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
const inside = (path, roots) => roots.some((root) => (0,paths/* isInside */.F)(root, path));
/** The post step: gives the workspace back to the runner's user when the container ran as another, removes the container. */
async function postContainer(step, options = {}) {
    const container = step.getState('container');
    if (!container) {
        step.info('No container to remove.');
        return;
    }
    const host = options.exec ?? new exec.HostExecutor((line) => step.info(line));
    const docker = new container_docker/* Docker */.Jg(host, (0,container_docker/* dockerEnv */.gT)(step.env));
    const giveBack = step.getState('give-back');
    if (giveBack) {
        const { owner, paths } = JSON.parse(giveBack);
        const result = await docker.exec_(container, ['chown', '-R', '-h', owner, ...paths], '0:0');
        if (result.exitCode === 0)
            step.info(`Gave ${paths.map(format/* safe */.gB).join(', ')} back to ${owner}.`);
        else
            step.warning(`Could not give ${paths.map(format/* safe */.gB).join(', ')} back to ${owner}: ${(0,container_docker/* reason */.l)(result)}`);
    }
    const result = await docker.remove(container);
    if (result.exitCode === 0)
        step.info(`Removed container ${container.slice(0, 12)}.`);
    else if (/no such container/i.test(result.stderr))
        step.info(`Container ${container.slice(0, 12)} is already gone.`);
    else
        step.warning(`Could not remove container ${container.slice(0, 12)}: ${(0,container_docker/* reason */.l)(result)}`);
}


/***/ })

};

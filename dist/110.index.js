export const id = 110;
export const ids = [110,341];
export const modules = {

/***/ 29110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/event.ts
var common_event = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/common/exec.ts
var common_exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/matchers.ts + 1 modules
var common_matchers = __webpack_require__(75603);
// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
// EXTERNAL MODULE: ./src/ccache/toolchain.ts
var ccache_toolchain = __webpack_require__(89606);
// EXTERNAL MODULE: ./src/cmake/msvc.ts
var msvc = __webpack_require__(692);
// EXTERNAL MODULE: ./src/cmake/plan.ts
var cmake_plan = __webpack_require__(30808);
// EXTERNAL MODULE: ./src/cmake/cmake-version.ts
var cmake_version = __webpack_require__(83185);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/ccache/cache.ts + 2 modules
var cache = __webpack_require__(45110);
// EXTERNAL MODULE: ./src/ccache/github.ts
var github = __webpack_require__(10414);
;// CONCATENATED MODULE: ./src/deps/cache.ts
// Every call of the deps action into the cache layer lives here: the ccache action's backends and its bounded,
// truthfully reported transfers (src/ccache/cache.ts).






/** The local backend keeps at most this much of dependency entries (oldest deleted first). */
const LOCAL_BUDGET = 10e9;
/** The file in an entry that lists its symbolic links (they are not archived as links: see packLinks). */
const LINKS_FILE = '.aswf-deps-links.json';
/**
 * Replaces the symbolic links under dir (a shared library's libx.so -> libx.so.1 -> libx.so.1.2.3) by one list
 * in LINKS_FILE. node-tar 7.5, which the local backend uses, refuses to extract a link whose target is another link
 * (TAR_SYMLINK_ERROR: "Cannot extract through symbolic link"), so an entry holds plain files only, whatever backend.
 */
function packLinks(dir) {
    const links = [];
    const walk = (d) => {
        for (const name of (0,external_node_fs_.readdirSync)(d)) {
            const path = (0,external_node_path_.join)(d, name);
            const st = (0,external_node_fs_.lstatSync)(path);
            if (st.isSymbolicLink()) {
                links.push({ path: (0,external_node_path_.relative)(dir, path), target: (0,external_node_fs_.readlinkSync)(path) });
                (0,external_node_fs_.rmSync)(path);
            }
            else if (st.isDirectory())
                walk(path);
        }
    };
    walk(dir);
    if (links.length)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, LINKS_FILE), JSON.stringify(links));
    return links.length;
}
/** Recreates the links packLinks listed (only inside dir: a path that escapes it is refused). */
function unpackLinks(dir) {
    const file = (0,external_node_path_.join)(dir, LINKS_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return;
    const links = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    for (const { path, target } of links) {
        const at = (0,external_node_path_.resolve)(dir, path);
        const inside = (0,external_node_path_.relative)(dir, at);
        if (!inside || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            throw new Error(`the entry lists a link outside it: ${path}`);
        (0,external_node_fs_.rmSync)(at, { force: true });
        (0,external_node_fs_.symlinkSync)(target, at);
    }
    (0,external_node_fs_.rmSync)(file);
}
/** The default folder of the local backend: $XDG_CACHE_HOME/aswf-ci/deps, else ~/.cache/aswf-ci/deps. */
function defaultLocalDir(env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'aswf-ci', 'deps');
}
/**
 * The cache of dependency builds: the backend the user named, else github when the runner's cache service is
 * available, else local. Undefined (with the reason) when github is named but not available.
 */
function openDepsCache(o) {
    const available = (0,github/* cacheServiceAvailable */.jI)(o.env);
    const name = o.backend ?? (available ? 'github' : 'local');
    let readable = true;
    let writable = true;
    let note;
    if (name === 'github') {
        if (!available) {
            return { warning: "deps-backend is github but GitHub's cache service is not available here (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL): every dependency is built, nothing is saved. Use deps-backend: local on self-hosted runners." };
        }
        readable = (0,github/* cacheReadable */.zP)(o.env);
        writable = (0,github/* cacheWritable */.Lf)(o.env);
        if (!readable || !writable)
            note = `the cache mode '${(0,github/* cacheMode */.Mq)(o.env)}' (ACTIONS_CACHE_MODE) permits ${readable ? 'no writes' : writable ? 'no reads' : 'neither reads nor writes'}`;
    }
    const localDir = o.localDir ? (0,external_node_path_.resolve)(o.workspace, o.localDir) : defaultLocalDir(o.env);
    const backend = (0,cache/* createBackend */.n0)({ name, localDir, budgetBytes: LOCAL_BUDGET, cacheService: o.cacheService });
    return {
        cache: {
            name,
            where: backend.where,
            readable,
            writable,
            note,
            async restore(dir, key, what, reporter) {
                const r = await (0,cache/* restoreEntry */.fe)(backend, { dir, primary: key, restoreKeys: [], what }, cache/* DEFAULT_RESTORE_LIMITS */._y, reporter, 'It is built instead');
                if (r.status !== 'hit' || r.key !== key)
                    return { hit: false, timedOut: r.status === 'failed' && r.timedOut };
                try {
                    unpackLinks(dir);
                }
                catch (err) {
                    reporter.warning(`The cache entry ${key} of ${what} is broken (${(0,errors/* errorMessage */.gJ)(err)}): building it instead.`);
                    return { hit: false, timedOut: false };
                }
                return { hit: true, timedOut: false };
            },
            async save(dir, key, what, reporter) {
                try {
                    packLinks(dir);
                }
                catch (err) {
                    return { status: 'failed', message: (0,errors/* errorMessage */.gJ)(err) };
                }
                const { ms: _ms, timedOut: _t, ...outcome } = await (0,cache/* saveEntry */.wn)(backend, dir, key, what, cache/* DEFAULT_SAVE_LIMITS */.Fz, reporter);
                return outcome;
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/deps/git.ts



const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Git without prompts: a private repository without credentials fails at once instead of waiting for a password. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', GCM_INTERACTIVE: 'never' };
function why(result) {
    return (0,format/* tail */.RT)((result.stderr || result.stdout).trim(), 3).replace(/\s*\n\s*/g, ' / ') || `exit code ${result.exitCode}`;
}
/**
 * Picks the commit of `ref` from `git ls-remote URL REF REF^{}` output: an annotated tag's peeled commit, else the
 * tag, else the branch, else an exact full ref name (refs/..., HEAD). Undefined when nothing matches exactly.
 */
function pickRef(lsRemote, ref) {
    const refs = new Map();
    for (const line of lsRemote.split(/\r?\n/)) {
        const [sha, name] = line.trim().split(/\s+/);
        if (sha && name && FULL_SHA.test(sha))
            refs.set(name, sha.toLowerCase());
    }
    const candidates = ref === 'HEAD' || ref.startsWith('refs/') ? [ref] : [`refs/tags/${ref}`, `refs/heads/${ref}`];
    for (const name of candidates) {
        const peeled = refs.get(`${name}^{}`);
        if (peeled)
            return { commit: peeled, refName: name };
        const sha = refs.get(name);
        if (sha)
            return { commit: sha, refName: name };
    }
    return undefined;
}
/** Resolves a dependency's ref to a commit (`git ls-remote`); a full SHA is taken as is. */
async function resolveRef(exec, dep) {
    if (FULL_SHA.test(dep.ref))
        return { commit: dep.ref.toLowerCase() };
    const patterns = dep.ref === 'HEAD' ? ['HEAD'] : [dep.ref, `${dep.ref}^{}`];
    const result = await exec.run(['git', 'ls-remote', '--', dep.git, ...patterns], { silent: true, ignoreReturnCode: true, env: GIT_ENV });
    if (result.exitCode !== 0) {
        throw new errors/* UserError */.yo(`Dependency '${dep.name}': git ls-remote ${(0,format/* safe */.gB)(dep.git)} failed (${(0,format/* safe */.gB)(why(result))}): is the URL right and the repository readable?`);
    }
    const found = pickRef(result.stdout, dep.ref);
    if (!found) {
        throw new errors/* UserError */.yo(`Dependency '${dep.name}': ref '${(0,format/* safe */.gB)(dep.ref)}' does not exist in ${(0,format/* safe */.gB)(dep.git)} (no tag or branch of that name; a commit must be given as its full 40-hex SHA).`);
    }
    return found;
}
/**
 * Fetches exactly `commit` into a fresh `dir` (shallow: `git fetch --depth 1 URL SHA`, which GitHub and git's own
 * protocol v2 serve; else the ref it was resolved from, checked to be that commit), then the submodules if asked.
 */
async function fetchAt(exec, dep, resolved, dir) {
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const git = (args, ignoreReturnCode = false) => exec.run(['git', '-C', dir, ...args], { env: GIT_ENV, ignoreReturnCode });
    await git(['init', '-q']);
    await git(['remote', 'add', 'origin', dep.git]);
    let fetched = await git(['fetch', '--depth', '1', '--no-tags', 'origin', resolved.commit], true);
    if (fetched.exitCode !== 0 && resolved.refName && resolved.refName !== 'HEAD') {
        fetched = await git(['fetch', '--depth', '1', '--no-tags', 'origin', resolved.refName], true);
    }
    else if (fetched.exitCode !== 0) {
        fetched = await git(['fetch', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], true);
    }
    if (fetched.exitCode !== 0)
        throw new errors/* UserError */.yo(`Dependency '${dep.name}': fetching ${resolved.commit} from ${(0,format/* safe */.gB)(dep.git)} failed (${(0,format/* safe */.gB)(why(fetched))}).`);
    const checkout = await git(['checkout', '-q', '--detach', resolved.commit], true);
    if (checkout.exitCode !== 0) {
        throw new errors/* UserError */.yo(`Dependency '${dep.name}': commit ${resolved.commit} is not in ${(0,format/* safe */.gB)(dep.git)} (or ${(0,format/* safe */.gB)(resolved.refName ?? dep.ref)} moved while fetching): ${(0,format/* safe */.gB)(why(checkout))}.`);
    }
    if (dep.submodules) {
        const sub = await git(['submodule', 'update', '--init', '--recursive', '--depth', '1'], true);
        if (sub.exitCode !== 0)
            throw new errors/* UserError */.yo(`Dependency '${dep.name}': its submodules could not be fetched (${(0,format/* safe */.gB)(why(sub))}).`);
    }
}

// EXTERNAL MODULE: ./src/deps/inputs.ts
var deps_inputs = __webpack_require__(71341);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/ccache/inputs.ts
var inputs = __webpack_require__(67636);
;// CONCATENATED MODULE: ./src/deps/keys.ts


/**
 * `deps-v<version>-<os>-<arch>-<toolchain>-<name>-<commit 12>-<hash 16>`: the readable parts first, then a hash of
 * everything that shapes the installed files (build type, generator, options, cmake-args, source-subdir, submodules,
 * prefix, compilers, toolchain file and the keys of the dependencies before it). Restored by exact key only.
 */
function depKey(p) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({
        name: p.name,
        commit: p.commit,
        buildType: p.buildType,
        generator: p.generator ?? '',
        options: p.options,
        cmakeArgs: p.cmakeArgs,
        sourceSubdir: p.sourceSubdir ?? '',
        submodules: p.submodules,
        prefix: p.prefix,
        cCompiler: p.cCompiler ?? '',
        cxxCompiler: p.cxxCompiler ?? '',
        toolchainFile: p.toolchainFile ?? '',
        // Only when pinned, so that the keys of builds with the cmake on PATH stay as they were.
        ...(p.cmakeVersion ? { cmakeVersion: p.cmakeVersion } : {}),
        before: p.before,
    }))
        .digest('hex')
        .slice(0, 16);
    const parts = [`deps-v${p.cacheVersion}`, (0,inputs/* sanitizePart */.bK)(p.os), (0,inputs/* sanitizePart */.bK)(p.arch), p.toolchain, (0,inputs/* sanitizePart */.bK)(p.name).slice(0, 64), p.commit.slice(0, 12), hash];
    return parts.join('-');
}

// EXTERNAL MODULE: ./src/common/packages.ts
var common_packages = __webpack_require__(90748);
;// CONCATENATED MODULE: ./src/deps/packages.ts




/** Every command a manager runs to install `packages`, in order; a second list is the retry (apt-get after an update). */
function commands(program, packages, sudo) {
    switch (program) {
        case 'apt-get': {
            const install = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages];
            return [[install], [[...sudo, 'apt-get', 'update', '-q'], install]];
        }
        case 'dnf':
        case 'yum':
            return [[[...sudo, program, 'install', '-y', ...packages]]];
        case 'apk':
            return [[[...sudo, 'apk', 'add', '--no-cache', ...packages]]];
        case 'brew':
            return [[['brew', 'install', ...packages]]];
        case 'choco':
            return [[['choco', 'install', '-y', '--no-progress', ...packages]]];
        default: // pip, pip3
            return [[[program, 'install', ...packages]]];
    }
}
/** The program a prefix names, when it is on the executor's PATH. */
async function programFor(exec, manager) {
    const candidates = manager === 'pip' ? ['pip3', 'pip'] : [deps_inputs.MANAGERS[manager]];
    for (const c of candidates)
        if (await exec.which(c))
            return c;
    return undefined;
}
/**
 * Installs the `packages` lines where the build runs: in the job's container as root (whatever user it runs later
 * steps as), or on the host (with sudo only when not root and sudo exists). Unprefixed lines go to the environment's
 * own manager; a line whose manager is not there is skipped with a notice. A failed install is an error.
 */
async function installPackages(step, exec, lines, platform, now = Date.now) {
    if (!lines.length)
        return [];
    const own = await (0,common_packages/* findPackageManager */.Lr)(exec, platform);
    // Lines for the same program are installed together, in the order they first appear.
    const groups = new Map();
    const reports = [];
    for (const line of lines) {
        const program = line.manager ? await programFor(exec, line.manager) : own;
        if (!program) {
            if (!line.manager)
                throw new errors/* UserError */.yo(`Input 'packages': no package manager was found on the ${exec.where} (looked for apt-get, dnf, yum, apk; brew on macOS, choco on Windows) for ${(0,format/* safe */.gB)(line.text)}.`);
            step.notice(`packages: ${line.manager} is not on the ${exec.where}: skipping ${(0,format/* safe */.gB)(line.packages.join(' '))}.`);
            reports.push({ manager: line.manager, packages: line.packages, result: 'skipped', note: `${line.manager} not found`, ms: 0 });
            continue;
        }
        groups.set(program, [...(groups.get(program) ?? []), ...line.packages]);
    }
    const system = (p) => ['apt-get', 'dnf', 'yum', 'apk'].includes(p);
    const sudo = exec.where === 'host' && [...groups.keys()].some(system) && (await (0,common_packages/* needsSudo */.jM)(exec)) ? ['sudo'] : [];
    for (const [program, packages] of groups) {
        const started = now();
        await step.group(`Install ${packages.length} package${packages.length === 1 ? '' : 's'} with ${program} (on the ${exec.where})`, async () => {
            let exitCode = 1;
            for (const attempt of commands(program, packages, system(program) ? sudo : [])) {
                exitCode = 0;
                for (const argv of attempt) {
                    exitCode = (await exec.run(argv, { ignoreReturnCode: true, user: '0:0' })).exitCode;
                    if (exitCode !== 0)
                        break;
                }
                if (exitCode === 0)
                    break;
            }
            if (exitCode !== 0) {
                throw new errors/* UserError */.yo(`Installing ${(0,format/* safe */.gB)(packages.join(' '))} with ${program} on the ${exec.where} failed (exit code ${exitCode}): its output is in the group above.`);
            }
        });
        reports.push({ manager: program, packages, result: 'installed', ms: now() - started });
    }
    return reports;
}

;// CONCATENATED MODULE: ./src/deps/run.ts

















/** Whether a dependency built now is saved: the deps-save input and the event (only trusted events by default). */
function saveAllowed(mode, env) {
    const event = env.GITHUB_EVENT_NAME || '';
    if (mode === 'never')
        return { save: false, reason: 'deps-save is never' };
    if (mode === 'always')
        return { save: true, reason: 'deps-save is always' };
    if (!(0,common_event/* isTrustedEvent */.QR)(event))
        return { save: false, reason: `the event ${event || '(none)'} may run code a contributor chose: restore only` };
    if (mode === 'default-branch') {
        const data = (0,common_event/* readEvent */.j_)(env.GITHUB_EVENT_PATH);
        const branch = 'payload' in data ? data.payload?.repository?.default_branch : undefined;
        const ref = env.GITHUB_REF || '';
        const onDefault = branch ? ref === `refs/heads/${branch}` : ref === 'refs/heads/main' || ref === 'refs/heads/master';
        if (!onDefault)
            return { save: false, reason: `deps-save is default-branch and ${ref || 'this ref'} is not the default branch` };
    }
    return { save: true, reason: `the event ${event} is trusted` };
}
/** Removes a folder; what a container wrote as another user is removed through the executor (cmake -E rm). */
async function clean(exec, dir) {
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        await exec.run(['cmake', '-E', 'rm', '-rf', dir], { silent: true, ignoreReturnCode: true });
    }
}
/** The variables the commands of a dependency build get from the step (ccache's settings, the compiler launcher). */
function buildEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([n]) => /^(CCACHE_[A-Z_]+|CMAKE_[A-Z_]+|CC|CXX|CFLAGS|CXXFLAGS|LDFLAGS)$/.test(n)));
}
const prepend = (value, existing, sep) => {
    const parts = (existing ?? '').split(sep).filter(Boolean);
    return [value, ...parts.filter((p) => p !== value)].join(sep);
};
/**
 * Exports the prefix to later steps: CMake's search path, PATH, the library path, pkg-config's path. In a container,
 * PATH there is its own: the prefix's bin goes before it (CONTAINER_PATH_VARIABLE, which the execution seam passes);
 * and the library and pkg-config paths the seam forwards by name put the prefix before the image's own values (an
 * ASWF image sets LD_LIBRARY_PATH for its toolset), not before the host's.
 */
async function exportPrefix(step, exec, prefix, platform) {
    const sep = platform === 'win32' ? ';' : ':';
    const base = { LD_LIBRARY_PATH: step.env.LD_LIBRARY_PATH, PKG_CONFIG_PATH: step.env.PKG_CONFIG_PATH };
    if (exec.where !== 'host') {
        const inside = await exec.run(['printenv', 'PATH'], { silent: true, ignoreReturnCode: true });
        const path = inside.exitCode === 0 ? inside.stdout.trim() : '';
        if (path)
            step.exportVariable(vars/* CONTAINER_PATH_VARIABLE */.DC, prepend((0,external_node_path_.join)(prefix, 'bin'), path, ':'));
        else
            step.warning(`Could not read PATH in the ${exec.where}: commands there do not find the programs in ${(0,external_node_path_.join)(prefix, 'bin')} by name.`);
        // The image's own values: those of the container's first process (a command run through the seam gets the
        // step's values of these two, forwarded by name).
        const first = await exec.run(['cat', '/proc/1/environ'], { silent: true, ignoreReturnCode: true });
        const image = Object.fromEntries(first.stdout.split('\0').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
        for (const name of ['LD_LIBRARY_PATH', 'PKG_CONFIG_PATH'])
            base[name] = image[name] ?? '';
    }
    step.exportVariable('CMAKE_PREFIX_PATH', prepend(prefix, step.env.CMAKE_PREFIX_PATH, sep));
    step.addPath((0,external_node_path_.join)(prefix, 'bin'));
    if (platform === 'linux') {
        const libs = [(0,external_node_path_.join)(prefix, 'lib'), (0,external_node_path_.join)(prefix, 'lib64')];
        step.exportVariable('LD_LIBRARY_PATH', libs.reduceRight((acc, l) => prepend(l, acc, sep), base.LD_LIBRARY_PATH ?? ''));
    }
    const pc = [(0,external_node_path_.join)(prefix, 'lib', 'pkgconfig'), (0,external_node_path_.join)(prefix, 'lib64', 'pkgconfig'), (0,external_node_path_.join)(prefix, 'share', 'pkgconfig')];
    step.exportVariable('PKG_CONFIG_PATH', pc.reduceRight((acc, l) => prepend(l, acc, sep), base.PKG_CONFIG_PATH ?? ''));
}
/** The phases that build one dependency and install it into `entry` (DESTDIR; on Windows, --prefix). */
function dependencyPlan(c, dep, src, build, entry) {
    const cm = {
        workingDirectory: src,
        sourceDir: dep.sourceSubdir ? (0,external_node_path_.join)(src, dep.sourceSubdir) : src,
        buildDir: build,
        buildDirGiven: true,
        buildType: c.inputs.buildType,
        generator: c.inputs.generator,
        options: [`CMAKE_PREFIX_PATH=${c.prefix}`, ...dep.options],
        configureArgs: dep.cmakeArgs,
        buildArgs: [],
        targets: [],
        parallel: c.inputs.parallel,
        cCompiler: c.inputs.cCompiler,
        cxxCompiler: c.inputs.cxxCompiler,
        toolchainFile: c.inputs.toolchainFile,
        test: false,
        testArgs: [],
        testRetries: 0,
        install: true,
        installPrefix: c.prefix,
        pkgConfig: [],
        // Dependencies are built plainly: sanitizers and coverage are for the project's own code.
        analysis: { sanitize: [], suppressions: [], coverageExclude: [] },
    };
    const plan = (0,cmake_version/* withTools */.YP)((0,cmake_plan/* planCmake */.d4)(cm, { ninja: c.ninja, envGenerator: c.env.CMAKE_GENERATOR || undefined }), c.tools);
    const windows = c.platform === 'win32';
    for (const phase of plan.phases) {
        if (phase.name === 'install' && windows)
            phase.argv[phase.argv.length - 1] = entry;
    }
    return { plan, installed: windows ? entry : (0,external_node_path_.join)(entry, c.prefix), destdir: windows ? undefined : entry };
}
/** Fetches, configures, builds and installs one dependency into its entry folder; throws StepFailure naming it. */
async function buildDependency(c, dep, resolved, entry) {
    const src = (0,external_node_path_.join)(c.work, 'src', dep.name);
    const build = (0,external_node_path_.join)(c.work, 'build', dep.name);
    await clean(c.exec, build);
    await fetchAt(c.git, dep, resolved, src);
    const { plan, installed, destdir } = dependencyPlan(c, dep, src, build, entry);
    let env = buildEnvironment(c.env);
    if (c.platform === 'win32' && plan.generator?.startsWith('Ninja') && !c.inputs.cxxCompiler && !(await c.exec.which('cl'))) {
        env = { ...env, ...(await (0,msvc/* msvcEnvironment */.Rt)(c.exec, c.step.env)) };
    }
    let log = '';
    for (const phase of plan.phases) {
        const phaseEnv = phase.name === 'install' && destdir ? { ...env, DESTDIR: destdir } : env;
        const matchers = phase.name === 'configure' ? ['cmake'] : phase.name === 'build' ? ['gcc', 'msvc', 'cmake'] : [];
        const result = await (0,common_matchers/* withMatchers */.EK)(c.step, [...matchers], () => c.exec.run(phase.argv, { cwd: phase.cwd, env: phaseEnv, ignoreReturnCode: true }));
        log += `$ ${(0,common_exec.formatCommand)(phase.argv)}\n${result.stdout}${result.stderr}`;
        if (result.exitCode !== 0) {
            throw Object.assign(new errors/* StepFailure */.pH(`Dependency '${dep.name}' (${dep.ref} at ${resolved.commit.slice(0, 12)}) failed to ${phase.name === 'build' ? 'build' : phase.name}: ${phase.argv[0]} exited with code ${result.exitCode}; its log is in the group "Build ${dep.name}" above.`), { log });
        }
    }
    if (!(0,external_node_fs_.existsSync)(installed)) {
        throw Object.assign(new errors/* StepFailure */.pH(`Dependency '${dep.name}' (${dep.ref} at ${resolved.commit.slice(0, 12)}) installed nothing: cmake --install wrote no file under ${c.prefix}. Does its CMakeLists.txt have install() rules?`), { log });
    }
    return { installed, log };
}
/** The deps action: packages, then each dependency restored from the cache or built, into one prefix. */
async function depsMain(step, deps = {}) {
    const env = step.env;
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const inputs = (0,deps_inputs.parseDepsInputs)(step.inputs, workspace);
    const platform = deps.platform ?? process.platform;
    const now = deps.now ?? Date.now;
    const log = (l) => step.info(l);
    const exec = deps.exec ?? (0,common_exec.executorFor)(env, log);
    const git = deps.git ?? new common_exec.HostExecutor(log);
    const prefix = inputs.prefix ?? (0,external_node_path_.join)((0,external_node_path_.resolve)(env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '..')), 'deps');
    const work = `${prefix}.work`;
    const phaseStart = now();
    const packages = await installPackages(step, exec, inputs.packages, platform, now);
    const results = [];
    let failure;
    let failureLog = '';
    let cacheLine = '';
    if (inputs.dependencies.length) {
        (0,external_node_fs_.mkdirSync)(prefix, { recursive: true });
        // Every ref is resolved before anything is built: a ref that does not exist fails the step at once.
        const resolved = await step.group(`Resolve the refs of ${inputs.dependencies.length} dependenc${inputs.dependencies.length === 1 ? 'y' : 'ies'}`, async () => {
            // In parallel: each ls-remote over https is a round trip or two to the server.
            const settled = await Promise.allSettled(inputs.dependencies.map((dep) => resolveRef(git, dep)));
            const failed = settled.find((r) => r.status === 'rejected');
            if (failed)
                throw failed.reason;
            const out = settled.map((r) => r.value);
            inputs.dependencies.forEach((dep, i) => step.info(`${dep.name}: ${dep.ref} → ${out[i].commit}${out[i].refName ? ` (${out[i].refName})` : ''}`));
            return out;
        });
        // cmake-version (the build action's, shared with its cmake part): the dependencies are built with that CMake too.
        const tools = inputs.cmakeVersion ? await (0,cmake_version/* pinCmake */.T4)(step, inputs.cmakeVersion, exec, platform) : { cmake: 'cmake', ctest: 'ctest' };
        if (!inputs.cmakeVersion && (await exec.which('cmake')) === undefined) {
            throw new errors/* UserError */.yo(`cmake was not found on PATH on the ${exec.where}: the deps action builds dependencies with CMake; install it before this step.`);
        }
        const toolchain = await (0,ccache_toolchain/* detectToolchain */.b)(exec, env, platform);
        step.info(`Toolchain ${toolchain.id} (${toolchain.source})`);
        const ninja = !inputs.generator && !env.CMAKE_GENERATOR && (await exec.which('ninja')) !== undefined;
        const { cache, warning } = openDepsCache({ backend: inputs.backend, localDir: inputs.localDir, workspace, env, cacheService: deps.cacheService });
        if (warning)
            step.warning(warning);
        const policy = saveAllowed(inputs.save, env);
        cacheLine = cache
            ? `Cache: ${cache.where}${cache.note ? ` (${cache.note})` : ''}; ${policy.save && cache.writable ? 'builds are saved' : `nothing is saved (${!policy.save ? policy.reason : cache.note})`}.`
            : 'Cache: none.';
        step.info(cacheLine);
        const c = { step, exec, git, inputs, platform, prefix, work, ninja, env, tools };
        const keys = [];
        for (const [i, dep] of inputs.dependencies.entries()) {
            const r = resolved[i];
            const key = depKey({
                cacheVersion: inputs.cacheVersion,
                os: env.RUNNER_OS || platform,
                arch: env.RUNNER_ARCH || process.arch,
                toolchain: toolchain.id,
                name: dep.name,
                commit: r.commit,
                buildType: inputs.buildType,
                // The generator the builds really use (the same choice as the cmake action's planner).
                generator: inputs.generator ?? (env.CMAKE_GENERATOR || (ninja ? 'Ninja' : 'default')),
                options: dep.options,
                cmakeArgs: dep.cmakeArgs,
                sourceSubdir: dep.sourceSubdir,
                submodules: dep.submodules,
                prefix,
                cCompiler: inputs.cCompiler,
                cxxCompiler: inputs.cxxCompiler,
                toolchainFile: inputs.toolchainFile,
                cmakeVersion: inputs.cmakeVersion,
                before: [...keys],
            });
            keys.push(key);
            const result = { name: dep.name, ref: dep.ref, commit: r.commit, key, result: 'not built', seconds: 0, cache: '' };
            if (failure) {
                results.push(result);
                continue;
            }
            let entry = (0,external_node_path_.join)(work, 'entry', dep.name);
            const started = now();
            const installedAt = platform === 'win32' ? entry : (0,external_node_path_.join)(entry, prefix);
            await clean(exec, entry);
            let hit = false;
            let timedOut = false;
            if (cache?.readable) {
                // A failed restore is a warning (said by the cache layer) and the dependency is built. One given up on may go
                // on writing into the entry folder: the build goes elsewhere, and is not saved (an entry is tied to its path).
                ({ hit, timedOut } = await cache.restore(entry, key, `dependency '${(0,format/* safe */.gB)(dep.name)}'`, step));
                if (hit && !(0,external_node_fs_.existsSync)(installedAt)) {
                    step.warning(`The cache entry ${key} of dependency '${dep.name}' does not hold ${installedAt}: building it instead.`);
                    hit = false;
                }
                if (!hit && timedOut)
                    entry = `${entry}.after-timeout`;
                if (!hit)
                    await clean(exec, entry);
            }
            if (hit) {
                (0,external_node_fs_.cpSync)(installedAt, prefix, { recursive: true, force: true, verbatimSymlinks: true });
                result.result = 'restored';
                result.cache = `restored ${key}`;
                result.seconds = (now() - started) / 1000;
                step.info(`${dep.name}: restored ${key} in ${(0,format/* seconds */.YA)(now() - started)}.`);
                results.push(result);
                continue;
            }
            try {
                const built = await step.group(`Build ${dep.name} (${dep.ref} at ${r.commit.slice(0, 12)}) on the ${exec.where}`, () => buildDependency(c, dep, r, entry));
                (0,external_node_fs_.cpSync)(built.installed, prefix, { recursive: true, force: true, verbatimSymlinks: true });
                result.result = 'built';
                result.seconds = (now() - started) / 1000;
            }
            catch (err) {
                result.result = 'failed';
                result.seconds = (now() - started) / 1000;
                result.cache = 'not saved (the build failed)';
                results.push(result);
                await clean(exec, entry);
                if (err instanceof errors/* StepFailure */.pH || err instanceof errors/* UserError */.yo) {
                    failure = err;
                    failureLog = err.log ?? '';
                    continue;
                }
                throw err;
            }
            if (!cache)
                result.cache = 'no cache';
            else if (timedOut)
                result.cache = 'not saved: its restore timed out';
            else if (!policy.save)
                result.cache = `not saved: ${policy.reason}`;
            else if (!cache.writable)
                result.cache = `not saved: ${cache.note}`;
            else {
                const t0 = now();
                const saved = await cache.save(entry, key, `dependency '${(0,format/* safe */.gB)(dep.name)}'`, step);
                if (saved.status === 'saved')
                    result.cache = `saved ${key} in ${(0,format/* seconds */.YA)(now() - t0)}`;
                else if (saved.status === 'refused')
                    result.cache = `not saved: ${saved.message}`;
                else {
                    result.cache = `save failed: ${saved.message}`;
                    step.warning(`Saving dependency '${dep.name}' to ${cache.where} failed (${saved.message}): the next run builds it again.`);
                }
            }
            step.info(`${dep.name}: built in ${(0,format/* seconds */.YA)(result.seconds * 1000)}; ${result.cache}.`);
            results.push(result);
        }
        await exportPrefix(step, exec, prefix, platform);
    }
    const count = (what) => results.filter((r) => r.result === what).length;
    step.info(`Dependency phase: ${packages.filter((p) => p.result === 'installed').length} package manager run(s), ${count('built')} built, ${count('restored')} restored, in ${((now() - phaseStart) / 1000).toFixed(2)} s.`);
    step.setOutput('prefix', inputs.dependencies.length ? prefix : '');
    step.setOutput('built', JSON.stringify(results.filter((r) => r.result === 'built').map((r) => r.name)));
    step.setOutput('restored', JSON.stringify(results.filter((r) => r.result === 'restored').map((r) => r.name)));
    step.setOutput('dependencies', JSON.stringify(results.map(({ name, ref, commit, key, result, seconds: s }) => ({ name, ref, commit, key, result, seconds: Math.round(s * 100) / 100 }))));
    step.summary(summaryMarkdown(packages, results, prefix, cacheLine, failure, failureLog));
    if (failure)
        throw failure;
}
function summaryMarkdown(packages, results, prefix, cacheLine, failure, failureLog) {
    const out = [];
    const built = results.filter((r) => r.result === 'built').length;
    const restored = results.filter((r) => r.result === 'restored').length;
    out.push(`### ${failure ? '❌' : '✅'} Dependencies: ${results.length ? `${built} built, ${restored} restored` : 'packages only'}\n`);
    if (failure)
        out.push(`**${(0,format/* cell */.Hn)(failure.message)}**\n`);
    if (packages.length) {
        out.push((0,format/* table */.tp)(['Package manager', 'Packages', 'Result', 'Time'], packages.map((p) => [(0,format/* cell */.Hn)(p.manager), (0,format/* cell */.Hn)(p.packages.join(' ')), p.result === 'installed' ? '✅ installed' : `⏭️ skipped (${(0,format/* cell */.Hn)(p.note ?? '')})`, p.ms ? (0,format/* seconds */.YA)(p.ms) : ''])));
    }
    if (results.length) {
        if (packages.length)
            out.push('');
        const icon = { restored: '♻️ restored', built: '🔨 built', failed: '❌ failed', 'not built': '⏭️ not built' };
        out.push((0,format/* table */.tp)(['Dependency', 'Ref → commit', 'Result', 'Time', 'Cache'], results.map((r) => [(0,format/* cell */.Hn)(r.name), `${(0,format/* cell */.Hn)(r.ref)} → <code>${r.commit.slice(0, 12)}</code>`, icon[r.result], r.result === 'not built' ? '' : (0,format/* seconds */.YA)(r.seconds * 1000), (0,format/* cell */.Hn)(r.cache)])));
        out.push(`\nInstalled into <code>${(0,format/* cell */.Hn)(prefix)}</code> (exported: CMAKE_PREFIX_PATH, PATH, the library path, PKG_CONFIG_PATH). ${(0,format/* cell */.Hn)(cacheLine)}\n`);
    }
    if (failureLog)
        out.push((0,format/* details */.zH)('The last lines of the failed build', (0,format/* tail */.RT)(failureLog, 40)));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/actions/deps.ts

/** Installs packages and builds (or restores) the dependencies into one prefix that later steps see. */
async function main(step) {
    await depsMain(step);
}


/***/ }),

/***/ 71341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKENDS: () => (/* binding */ BACKENDS),
/* harmony export */   MANAGERS: () => (/* binding */ MANAGERS),
/* harmony export */   SAVE_MODES: () => (/* binding */ SAVE_MODES),
/* harmony export */   checkGitUrl: () => (/* binding */ checkGitUrl),
/* harmony export */   parseDependencies: () => (/* binding */ parseDependencies),
/* harmony export */   parseDepsInputs: () => (/* binding */ parseDepsInputs),
/* harmony export */   parsePackageLine: () => (/* binding */ parsePackageLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56950);
/* harmony import */ var _cmake_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56078);







/** The package managers a `packages` line may name, and the program each one runs. */
const MANAGERS = { apt: 'apt-get', dnf: 'dnf', yum: 'yum', apk: 'apk', brew: 'brew', choco: 'choco', pip: 'pip' };
const SAVE_MODES = ['auto', 'always', 'default-branch', 'never'];
const BACKENDS = ['github', 'local'];
/** The keys a dependency entry may have. */
const ENTRY_KEYS = ['name', 'git', 'ref', 'options', 'source-subdir', 'cmake-args', 'submodules'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
/** A package name or spec (name, name=version, name>=1.2, @scope/x); never an option (a leading -). */
const PACKAGE = /^[A-Za-z0-9@_.+/][A-Za-z0-9@_.+/:=<>~!*-]*$/;
/** One `packages` line: `name [name...]`, or `manager: name [name...]`. */
function parsePackageLine(text) {
    const prefixed = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s+(.*)$/.exec(text) ?? /^([A-Za-z][A-Za-z0-9_-]*):$/.exec(text);
    let manager;
    let rest = text;
    if (prefixed) {
        const name = prefixed[1].toLowerCase();
        if (!(name in MANAGERS))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('packages', text, `a package name, or a manager prefix ${Object.keys(MANAGERS).join(', ')} (as in dnf: zlib-devel); '${name}' is not a known manager`);
        manager = name;
        rest = prefixed[2] ?? '';
    }
    const packages = rest.split(/\s+/).filter(Boolean);
    if (!packages.length)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('packages', text, 'one or more package names after the manager prefix');
    const bad = packages.find((p) => !PACKAGE.test(p));
    if (bad !== undefined)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('packages', text, `package names (letters, digits, and @ _ . + / : = < > ~ ! * -, not starting with -); '${bad}' is not one`);
    return { manager, packages, text };
}
/** A git URL the action fetches: https, ssh (ssh:// or user@host:path), git, or file; never an option. */
function checkGitUrl(url, where) {
    // No part may start with - (a host or user that ssh would take as an option: ssh://-oProxyCommand=...).
    const ok = !url.startsWith('-') &&
        (/^(https|ssh|git|file):\/\/(?![^/]*@-)(?!-)\S+$/i.test(url) || /^[A-Za-z0-9_.][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^\s-]\S*$/.test(url));
    if (!ok)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${where}: git ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(url))} is not a git URL this action fetches: expected https://, ssh://, git://, file:// or user@host:path, with no host or user starting with -.`);
}
function stringList(value, key, where) {
    if (value === undefined || value === null)
        return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${where}: '${key}' must be a list of strings.`);
        return String(v);
    });
}
/**
 * The dependencies YAML: a list of entries (or a mapping with a `dependencies:` list, for a shared file). `source`
 * names where the text came from (the input, or the file) for the messages.
 */
function parseDependencies(text, source) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${source} is not valid YAML${line ? ` (line ${line})` : ''}: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(e.message.split('\n')[0] ?? '')}`);
    }
    let root = doc.toJS();
    if (root === null || root === undefined)
        return [];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.contents) && root && typeof root === 'object' && 'dependencies' in root)
        root = root.dependencies;
    else if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(doc.contents))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${source} must be a YAML list of dependencies (- name: ..., git: ..., ref: ...).`);
    if (!Array.isArray(root))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${source}: 'dependencies' must be a YAML list.`);
    const seen = new Set();
    return root.map((entry, i) => {
        const at = `${source}, entry ${i + 1}`;
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${at} must be a mapping with name, git and ref.`);
        const e = entry;
        const label = typeof e.name === 'string' ? `${source}, dependency '${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(e.name)}'` : at;
        const unknown = Object.keys(e).find((k) => !ENTRY_KEYS.includes(k));
        if (unknown !== undefined)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} has an unknown key '${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(unknown)}': the keys are ${ENTRY_KEYS.join(', ')}.`);
        if (typeof e.name !== 'string' || !NAME.test(e.name)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${at}: name ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(String(e.name ?? '')))} must be 1 to 64 letters, digits, . _ + - (starting with a letter or digit).`);
        }
        const name = e.name;
        if (seen.has(name.toLowerCase()))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${source}: two dependencies are named '${name}': names must be unique.`);
        seen.add(name.toLowerCase());
        if (typeof e.git !== 'string' || !e.git.trim())
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} needs git: the URL of its repository.`);
        const git = e.git.trim();
        checkGitUrl(git, label);
        const ref = e.ref === undefined || e.ref === null ? 'HEAD' : String(e.ref).trim();
        if (!ref || ref.startsWith('-') || /[\s\0]|\.\.|^\/|\/$|[~^:?*[\\]/.test(ref)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label}: ref ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(ref))} is not a git ref: expected a tag, a branch or a full commit.`);
        }
        const options = stringList(e.options, 'options', label).map((o) => {
            try {
                return (0,_cmake_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOption */ .ZY)(o);
            }
            catch {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label}: option ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(o))} must be NAME=VALUE or NAME:TYPE=VALUE (one -D entry each).`);
            }
        });
        let sourceSubdir;
        if (e['source-subdir'] !== undefined && e['source-subdir'] !== null) {
            sourceSubdir = String(e['source-subdir']).trim();
            if (!sourceSubdir || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(sourceSubdir) || sourceSubdir.split(/[\\/]/).includes('..')) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label}: source-subdir ${JSON.stringify((0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(sourceSubdir))} must be a relative folder inside the repository.`);
            }
        }
        const cmakeArgs = stringList(e['cmake-args'], 'cmake-args', label);
        const submodules = e.submodules === undefined || e.submodules === null ? false : e.submodules;
        if (typeof submodules !== 'boolean')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label}: submodules must be true or false.`);
        return { name, git, ref, options, sourceSubdir, cmakeArgs, submodules };
    });
}
/** Parses the deps action's inputs (a pure function of the inputs, plus the dependencies-file it names). */
function parseDepsInputs(inputs, workspace = process.cwd()) {
    const packages = inputs.lines('packages').filter((l) => !l.startsWith('#')).map((l) => parsePackageLine(l.replace(/\s+#.*$/, '')));
    const dependencies = [];
    const file = inputs.optional('dependencies-file');
    const text = inputs.optional('dependencies');
    if (file !== undefined && text !== undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('dependencies-file', file, 'either dependencies or dependencies-file, not both');
    }
    if (file !== undefined) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('dependencies-file', file, `a YAML file in the repository (${path} does not exist)`);
        dependencies.push(...parseDependencies((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), `dependencies-file ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .safe */ .gB)(file)}`));
    }
    else if (text !== undefined) {
        dependencies.push(...parseDependencies(text, "Input 'dependencies'"));
    }
    const buildType = inputs.string('build-type', 'Release');
    if (!/^[A-Za-z0-9_]+$/.test(buildType))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
    const cacheVersion = inputs.string('deps-cache-version', '1');
    if (!/^[A-Za-z0-9._+]{1,32}$/.test(cacheVersion))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('deps-cache-version', cacheVersion, 'at most 32 letters, digits, dots, plus signs or underscores (e.g. 1 or 2)');
    const backend = inputs.optional('deps-backend');
    const prefix = inputs.optional('prefix');
    const toolchainFile = inputs.optional('toolchain-file');
    return {
        packages,
        dependencies,
        prefix: prefix === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, prefix),
        buildType,
        generator: inputs.optional('generator'),
        parallel: inputs.int('parallel', (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), 1, 1024),
        cCompiler: inputs.optional('c-compiler'),
        cxxCompiler: inputs.optional('cxx-compiler'),
        toolchainFile: toolchainFile === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, toolchainFile),
        cmakeVersion: (0,_cmake_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCmakeVersion */ .DD)(inputs),
        cacheVersion,
        backend: backend === undefined ? undefined : inputs.choice('deps-backend', BACKENDS, 'github'),
        localDir: inputs.optional('deps-local-dir'),
        save: inputs.choice('deps-save', SAVE_MODES, 'auto'),
    };
}


/***/ })

};

export const id = 644;
export const ids = [644];
export const modules = {

/***/ 53644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandFailed: () => (/* binding */ CommandFailed),
/* harmony export */   ContainerExecutor: () => (/* binding */ ContainerExecutor),
/* harmony export */   HostExecutor: () => (/* binding */ HostExecutor),
/* harmony export */   commandEnvironment: () => (/* binding */ commandEnvironment),
/* harmony export */   executorFor: () => (/* binding */ executorFor),
/* harmony export */   executorIn: () => (/* binding */ executorIn),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   spawnCommand: () => (/* binding */ spawnCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88701);
/* harmony import */ var shlex__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95637);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _vars_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55603);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56950);







class CommandFailed extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    argv;
    result;
    constructor(argv, result) {
        super(`${argv[0]} exited with code ${result.exitCode}`);
        this.argv = argv;
        this.result = result;
    }
}
/** The command line as a reader would type it (for logs only: it is never executed). */
function formatCommand(argv) {
    return (0,shlex__WEBPACK_IMPORTED_MODULE_3__/* .join */ .fj)([...argv]);
}
const CAPTURE_LIMIT = 1 << 20;
/**
 * The environment of a spawned command: this process's, less the step's inputs (INPUT_*: a token, a key or a
 * passphrase can be among them, and no command needs them), plus the command's own variables.
 */
function commandEnvironment(extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (!/^INPUT_/i.test(name))
            env[name] = value;
    return { ...env, ...extra };
}
/**
 * Spawns argv[0] with argv[1..] directly (no shell); `log` receives the command line, made safe to log (an argument
 * is user text: a CR/LF in it must not start a workflow command on the next line).
 */
function spawnCommand(argv, options) {
    const [file, ...args] = argv;
    if (!file)
        throw new Error('empty command');
    (options.log ?? ((l) => process.stdout.write(l + '\n')))(`[command]${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(options.display ?? formatCommand(argv))}`);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: commandEnvironment(options.env),
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
            windowsVerbatimArguments: options.verbatim,
        });
        const captured = { stdout: '', stderr: '' };
        const partial = { stdout: '', stderr: '' };
        const onData = (stream) => (chunk) => {
            const text = chunk.toString('utf8');
            if (!options.silent)
                (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
            captured[stream] = (captured[stream] + text).slice(-CAPTURE_LIMIT);
            if (options.onLine) {
                const lines = (partial[stream] + text).split(/\r?\n/);
                partial[stream] = lines.pop() ?? '';
                for (const line of lines)
                    options.onLine(line);
            }
        };
        child.stdout.on('data', onData('stdout'));
        child.stderr.on('data', onData('stderr'));
        child.on('error', (err) => {
            // spawn says ENOENT for a missing working directory too: tell the two apart.
            if (err.code === 'ENAMETOOLONG')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cannot run '${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(file)}': a path is too long for the system (${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(err.message)}).`));
            else if (options.cwd && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd))
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cannot run '${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(file)}': its working directory ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(options.cwd)} does not exist.`));
            else if (err.code === 'ENOENT')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(file)}' was not found: is it installed and on PATH?`));
            else
                reject(err);
        });
        child.on('close', (code, signal) => {
            if (options.onLine)
                for (const rest of [partial.stdout, partial.stderr])
                    if (rest)
                        options.onLine(rest);
            const result = { exitCode: code ?? (signal ? 128 : 1), ...captured };
            if (result.exitCode !== 0 && !options.ignoreReturnCode)
                reject(new CommandFailed(argv, result));
            else
                resolve(result);
        });
    });
}
class HostExecutor {
    log;
    where = 'host';
    constructor(log) {
        this.log = log;
    }
    run(argv, options = {}) {
        return spawnCommand(argv, { ...options, log: this.log });
    }
    async which(program) {
        return (await (0,_actions_io__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(program, false)) || undefined;
    }
}
/**
 * Runs commands inside a running container with `docker exec`. The workspace is mounted at the same path, so
 * working directories are unchanged. Variables are passed by name (`-e NAME`), their values through docker's own
 * environment, so they never appear on a command line.
 */
class ContainerExecutor {
    container;
    log;
    docker;
    where;
    /** Variables of the step's environment that every command in the container gets (ccache and CMake settings). */
    forwarded;
    /** PATH in the container, when an action set one (CONTAINER_PATH_VARIABLE); else the image's. */
    path;
    constructor(container, log, stepEnv = {}, docker = 'docker') {
        this.container = container;
        this.log = log;
        this.docker = docker;
        this.where = `container ${container.slice(0, 12)}`;
        this.path = stepEnv[_vars_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTAINER_PATH_VARIABLE */ .DC] || undefined;
        // The library and pkg-config paths only when the deps action computed them for this container (it sets the
        // container's PATH too): the host's own values name host folders.
        this.forwarded = Object.fromEntries(Object.entries(stepEnv).filter(([name]) => FORWARDED.test(name) && (this.path || !SEARCH_PATHS.test(name))));
    }
    /** The docker command line that runs argv in the container, and the variables docker passes in by name. */
    dockerArgs(argv, options = {}) {
        const env = { ...this.forwarded, ...options.env };
        const args = [this.docker, 'exec'];
        if (options.cwd)
            args.push('--workdir', options.cwd);
        if (options.user)
            args.push('--user', options.user);
        // By value: passed by name, PATH would be the docker client's own (the host's), which must not change.
        if (this.path)
            args.push('--env', `PATH=${this.path}`);
        for (const name of Object.keys(env))
            args.push('--env', name);
        args.push(this.container, ...argv);
        return { args, env };
    }
    run(argv, options = {}) {
        const { args, env } = this.dockerArgs(argv, options);
        return spawnCommand(args, {
            ...options,
            env,
            cwd: undefined,
            log: this.log,
            display: `${formatCommand(argv)}  (in ${this.where})`,
        });
    }
    async which(program) {
        const result = await spawnCommand(
        // The PATH commands run with (the deps prefix's bin in front), so that what run() would find, which() finds.
        [this.docker, 'exec', ...(this.path ? ['--env', `PATH=${this.path}`] : []), this.container, 'sh', '-c', 'command -v -- "$1"', 'sh', program], { silent: true, ignoreReturnCode: true, log: () => undefined });
        const found = result.stdout.trim();
        return result.exitCode === 0 && found ? found : undefined;
    }
}
/**
 * Step variables passed into the container for every command: ccache's and CMake's own settings, and the search paths
 * the deps action exports for its prefix (libraries and pkg-config files).
 */
const FORWARDED = /^(CCACHE_[A-Z_]+|CMAKE_[A-Z_]+|CTEST_[A-Z_]+|LD_LIBRARY_PATH|PKG_CONFIG_PATH)$/;
const SEARCH_PATHS = /^(LD_LIBRARY_PATH|PKG_CONFIG_PATH)$/;
/** The executor for a container (docker exec into it, forwarding the step's ccache/CMake variables), or the host. */
function executorIn(container, env, log) {
    return container ? new ContainerExecutor(container, log, env) : new HostExecutor(log);
}
/** The executor a step should use: the job's container when the container action started one, else the host. */
function executorFor(env, log) {
    return executorIn(env[_vars_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTAINER_VARIABLE */ .dI] || undefined, env, log);
}


/***/ }),

/***/ 55603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ CONTAINER_PATH_VARIABLE),
/* harmony export */   Jw: () => (/* binding */ BUILD_OUTCOME_VARIABLE),
/* harmony export */   Kc: () => (/* binding */ CCACHE_CONFIGURE_STATS_VARIABLE),
/* harmony export */   R8: () => (/* binding */ CCACHE_DIR_VARIABLE),
/* harmony export */   RX: () => (/* binding */ CONTAINER_IMAGE_ID_VARIABLE),
/* harmony export */   dI: () => (/* binding */ CONTAINER_VARIABLE),
/* harmony export */   tg: () => (/* binding */ runnerOs),
/* harmony export */   vM: () => (/* binding */ CONTAINER_IMAGE_VARIABLE)
/* harmony export */ });
/** The job-level variables through which the actions of one job hand facts to each other (via GITHUB_ENV). */
/** The container the container action started; the execution seam runs commands in it. */
const CONTAINER_VARIABLE = 'ASWF_CI_CONTAINER';
/** The resolved image reference of that container; the ccache action uses it as its toolchain id. */
const CONTAINER_IMAGE_VARIABLE = 'ASWF_CI_CONTAINER_IMAGE';
/**
 * The image id (`sha256:...`) of that container's image: the ccache action hashes it into its key, so a rebuilt image
 * under the same tag gets its own entries.
 */
const CONTAINER_IMAGE_ID_VARIABLE = 'ASWF_CI_CONTAINER_IMAGE_ID';
/**
 * The PATH of commands run in that container when an action changed it (the deps action: its prefix's bin before the
 * image's own PATH). A host PATH never reaches the container; this one is passed as PATH by the execution seam.
 */
const CONTAINER_PATH_VARIABLE = 'ASWF_CI_CONTAINER_PATH';
/** The cache directory of the ccache action; the container action mounts it. */
const CCACHE_DIR_VARIABLE = 'ASWF_CI_CCACHE_DIR';
/**
 * ccache's hits and misses as they stood after CMake's configure step (`<hits> <misses>`), exported by the cmake action
 * when the ccache action set ccache up: the ccache post step takes them off, so it counts the build's own compilations
 * and not CMake's configure-time checks (try_compile), which go through the launcher too.
 */
const CCACHE_CONFIGURE_STATS_VARIABLE = 'ASWF_CI_CCACHE_CONFIGURE_STATS';
/** `success` or `failure`, exported by the cmake action after the build; the ccache post step reads it. */
const BUILD_OUTCOME_VARIABLE = 'ASWF_CI_BUILD_OUTCOME';
/** The value a runner gives RUNNER_OS on this platform (Linux, Windows, macOS). */
function runnerOs(platform = process.platform) {
    return { linux: 'Linux', win32: 'Windows', darwin: 'macOS' }[platform] ?? platform;
}


/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 88701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

};

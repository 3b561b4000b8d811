export const id = 330;
export const ids = [330];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(963);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __webpack_require__(613);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(928);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(896);
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
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
        const result = yield fs.promises.readlink(fsPath);
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
const READONLY = external_fs_.constants.O_RDONLY;
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
                const upperExt = external_path_.extname(filePath).toUpperCase();
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
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
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
;// CONCATENATED MODULE: ../../work/main/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
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
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
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
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
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
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
// EXTERNAL MODULE: ../../work/main/node_modules/shlex/shlex.js
var shlex = __webpack_require__(45);
;// CONCATENATED MODULE: ./src/common/exec.ts




class CommandFailed extends errors/* UserError */.yo {
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
    return (0,shlex/* join */.fj)([...argv]);
}
const CAPTURE_LIMIT = 1 << 20;
/** Spawns argv[0] with argv[1..] directly (no shell); `log` receives the command line. */
function spawnCommand(argv, options) {
    const [file, ...args] = argv;
    if (!file)
        throw new Error('empty command');
    (options.log ?? ((l) => process.stdout.write(l + '\n')))(`[command]${options.display ?? formatCommand(argv)}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
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
            reject(err.code === 'ENOENT' ? new errors/* UserError */.yo(`'${file}' was not found: is it installed and on PATH?`) : err);
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
        return (await which(program, false)) || undefined;
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
    constructor(container, log, stepEnv = {}, docker = 'docker') {
        this.container = container;
        this.log = log;
        this.docker = docker;
        this.where = `container ${container.slice(0, 12)}`;
        this.forwarded = Object.fromEntries(Object.entries(stepEnv).filter(([name]) => FORWARDED.test(name)));
    }
    /** The docker command line that runs argv in the container, and the variables docker passes in by name. */
    dockerArgs(argv, options = {}) {
        const env = { ...this.forwarded, ...options.env };
        const args = [this.docker, 'exec'];
        if (options.cwd)
            args.push('--workdir', options.cwd);
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
        const result = await spawnCommand([this.docker, 'exec', this.container, 'sh', '-c', 'command -v -- "$1"', 'sh', program], { silent: true, ignoreReturnCode: true, log: () => undefined });
        const found = result.stdout.trim();
        return result.exitCode === 0 && found ? found : undefined;
    }
}
/** The variable through which the container action hands its container to later steps. */
const CONTAINER_VARIABLE = 'ASWF_CI_CONTAINER';
/** Step variables passed into the container for every command: ccache's and CMake's own settings. */
const FORWARDED = /^(CCACHE_[A-Z_]+|CMAKE_[A-Z_]+|CTEST_[A-Z_]+)$/;
/** The executor a step should use: the job's container when the container action started one, else the host. */
function executorFor(env, log) {
    const container = env[CONTAINER_VARIABLE];
    return container ? new ContainerExecutor(container, log, env) : new HostExecutor(log);
}

;// CONCATENATED MODULE: ./src/common/format.ts
/** Small helpers for log lines and job-summary markdown. */
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A markdown table cell: pipes and newlines would break the row. */
function cell(text) {
    return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
/** A collapsed block holding preformatted text. */
function details(summary, text) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n<pre>${escapeHtml(text)}</pre>\n</details>\n`;
}
function tail(text, lines) {
    const all = text.replace(/\s+$/, '').split(/\r?\n/);
    return all.slice(-lines).join('\n');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(136);
;// CONCATENATED MODULE: ./src/common/matchers.ts



const MATCHERS = { gcc: 'aswf-gcc', msvc: 'aswf-msvc', cmake: 'aswf-cmake' };
const OWNERS = {
    gcc: ['aswf-gcc'],
    msvc: ['aswf-msvc'],
    cmake: ['aswf-cmake', 'aswf-cmake-global'],
};
/** The folder of the shipped problem matchers: dist/matchers in the bundle, src/matchers in the sources. */
function matchersDir() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [(0,external_node_path_.join)(here, 'matchers'), (0,external_node_path_.join)(here, '..', 'matchers')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'aswf-gcc.json')))
            return dir;
    }
    return (0,external_node_path_.join)(here, 'matchers');
}
/** Registers problem matchers with the runner for the duration of `fn`. */
async function withMatchers(step, names, fn) {
    const dir = matchersDir();
    for (const name of names)
        step.command('add-matcher', {}, (0,external_node_path_.join)(dir, `${MATCHERS[name]}.json`));
    try {
        return await fn();
    }
    finally {
        for (const name of names)
            for (const owner of OWNERS[name])
                step.command('remove-matcher', { owner }, '');
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
;// CONCATENATED MODULE: ./src/cmake/inputs.ts



const CACHE_TYPES = ['BOOL', 'FILEPATH', 'PATH', 'STRING', 'INTERNAL', 'UNINITIALIZED'];
const OPTION = /^([A-Za-z_][A-Za-z0-9_.+\-/]*)(?::([A-Za-z]+))?=([\s\S]*)$/;
/** Checks one `options` line: `NAME=VALUE` or `NAME:TYPE=VALUE`. */
function parseOption(line) {
    const m = OPTION.exec(line);
    if (!m || (m[2] !== undefined && !CACHE_TYPES.includes(m[2].toUpperCase()))) {
        throw new errors/* InputError */.dz('options', line, `one cache entry per line, NAME=VALUE or NAME:TYPE=VALUE with TYPE one of ${CACHE_TYPES.join(', ')}`);
    }
    return m[2] === undefined ? `${m[1]}=${m[3]}` : `${m[1]}:${m[2].toUpperCase()}=${m[3]}`;
}
/** Parses the cmake action's inputs (a pure function of the `INPUT_*` map and the current directory). */
function parseCmakeInputs(inputs, cwd = process.cwd()) {
    const workingDirectory = (0,external_node_path_.resolve)(cwd, inputs.string('working-directory', '.'));
    const at = (p) => (0,external_node_path_.resolve)(workingDirectory, p);
    const buildType = inputs.string('build-type', 'Release');
    if (!/^[A-Za-z0-9_]+$/.test(buildType)) {
        throw new errors/* InputError */.dz('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
    }
    const sourceDir = at(inputs.string('source-dir', '.'));
    const buildDirInput = inputs.optional('build-dir');
    const testTimeout = inputs.optional('test-timeout') === undefined ? undefined : inputs.int('test-timeout', 0, 1);
    const installPrefix = inputs.optional('install-prefix');
    const toolchainFile = inputs.optional('toolchain-file');
    return {
        workingDirectory,
        sourceDir,
        buildDir: at(buildDirInput ?? 'build'),
        buildDirGiven: buildDirInput !== undefined,
        buildType,
        generator: inputs.optional('generator'),
        options: inputs.lines('options').map(parseOption),
        configureArgs: inputs.words('configure-args'),
        buildArgs: inputs.words('build-args'),
        targets: inputs.list('targets'),
        parallel: inputs.int('parallel', (0,external_node_os_.availableParallelism)(), 1, 1024),
        preset: inputs.optional('preset'),
        cCompiler: inputs.optional('c-compiler'),
        cxxCompiler: inputs.optional('cxx-compiler'),
        compilerLauncher: inputs.optional('compiler-launcher'),
        toolchainFile: toolchainFile === undefined ? undefined : at(toolchainFile),
        test: inputs.bool('test', true),
        testArgs: inputs.words('test-args'),
        testExclude: inputs.optional('test-exclude'),
        testLabelExclude: inputs.optional('test-label-exclude'),
        testTimeout,
        testRetries: inputs.int('test-retries', 0, 0, 100),
        install: inputs.bool('install', false),
        installPrefix: installPrefix === undefined ? undefined : at(installPrefix),
    };
}

;// CONCATENATED MODULE: ./src/cmake/junit.ts
const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** Reads the JUnit XML that `ctest --output-junit` writes (statuses run, fail, notrun, disabled). */
async function parseCtestJunit(xml) {
    const { XMLParser } = await __webpack_require__.e(/* import() */ 819).then(__webpack_require__.bind(__webpack_require__, 819));
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });
    const doc = parser.parse(xml);
    const suites = doc.testsuite ? [doc.testsuite] : asArray(doc.testsuites?.testsuite);
    const cases = [];
    for (const suite of suites) {
        for (const c of asArray(suite.testcase)) {
            const raw = c['@_status'];
            const failed = raw === 'fail' || c.failure !== undefined || c.error !== undefined;
            const status = failed ? 'failed' : raw === 'run' || raw === undefined ? 'passed' : 'skipped';
            const out = c['system-out'];
            cases.push({
                name: c['@_name'] ?? '(unnamed)',
                status,
                time: Number(c['@_time'] ?? 0) || 0,
                output: typeof out === 'string' ? out : typeof out === 'object' && out && '#text' in out ? String(out['#text']) : '',
            });
        }
    }
    return summarize(cases);
}
function summarize(cases) {
    const count = (s) => cases.filter((c) => c.status === s).length;
    return { total: cases.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), cases };
}
/**
 * Counts from ctest's console output, for a ctest too old to write JUnit:
 * "33% tests passed, 2 tests failed out of 3" and the "The following tests FAILED:" list.
 */
function parseCtestOutput(text) {
    const m = /(\d+)% tests passed, (\d+) tests? failed out of (\d+)/.exec(text);
    if (!m)
        return /No tests were found/.test(text) ? summarize([]) : undefined;
    const failed = Number(m[2]);
    const total = Number(m[3]);
    const failedNames = [...text.matchAll(/^\s*\d+ - (.+?) \((?:Failed|Timeout|SEGFAULT|Subprocess aborted|Exception|Child aborted|[^)]*)\)\s*$/gm)]
        .filter((x) => text.indexOf('The following tests FAILED:') < (x.index ?? 0))
        .map((x) => x[1]);
    const skipped = [...text.matchAll(/\*\*\*Not Run|\*\*\*Skipped/g)].length;
    const cases = failedNames.map((name) => ({ name, status: 'failed', time: 0, output: '' }));
    return { total: total + skipped, passed: total - failed, failed, skipped, cases };
}

;// CONCATENATED MODULE: ./src/cmake/msvc.ts



/** The variables `vcvarsall.bat` changed: the lines of `set` after it, less those equal before it. */
function environmentChanges(after, before) {
    const lower = new Map(Object.entries(before).map(([k, v]) => [k.toLowerCase(), v]));
    const changes = {};
    for (const line of after.split(/\r?\n/)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const name = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (lower.get(name.toLowerCase()) !== value)
            changes[name] = value;
    }
    return changes;
}
/** vcvarsall's architecture argument for a Node.js architecture. */
function vcvarsArch(arch) {
    return arch === 'arm64' ? 'arm64' : arch === 'ia32' ? 'x86' : 'x64';
}
/**
 * The MSVC developer environment (what a "Developer Command Prompt" has), found with vswhere and vcvarsall.
 * vcvarsall is a batch file, so it runs through cmd.exe; the only values on that command line are the path vswhere
 * reported and a fixed architecture word, never an input.
 */
async function msvcEnvironment(exec, env, arch = process.arch) {
    const vswhere = (0,external_node_path_.join)(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
    if (!(0,external_node_fs_.existsSync)(vswhere))
        throw new errors/* UserError */.yo(`No C++ compiler on PATH and no Visual Studio found (${vswhere} is missing).`);
    const found = await exec.run([vswhere, '-latest', '-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', 'installationPath'], { silent: true });
    const vs = found.stdout.trim().split(/\r?\n/)[0];
    if (!vs)
        throw new errors/* UserError */.yo('No C++ compiler on PATH and vswhere found no Visual Studio with the C++ tools.');
    const vcvarsall = (0,external_node_path_.join)(vs, 'VC', 'Auxiliary', 'Build', 'vcvarsall.bat');
    const result = await exec.run(['cmd.exe', '/d', '/s', '/c', `"${vcvarsall}" ${vcvarsArch(arch)} >nul && set`], { silent: true });
    return environmentChanges(result.stdout, env);
}

;// CONCATENATED MODULE: ./src/cmake/plan.ts

/** Visual Studio, Xcode and Ninja Multi-Config choose the configuration at build time. */
function isMultiConfig(generator) {
    return generator !== undefined && /^(Visual Studio|Xcode|Ninja Multi-Config)/.test(generator);
}
const JUNIT_FILE = 'ctest-junit.xml';
/** Turns the inputs into the exact command lines of each phase. Pure: no I/O. */
function planCmake(inputs, facts) {
    const presets = facts.presets;
    const explicitGenerator = inputs.generator ?? (presets || facts.envGenerator ? undefined : facts.ninja ? 'Ninja' : undefined);
    const generator = inputs.generator ?? presets?.generator ?? facts.envGenerator ?? explicitGenerator;
    const multiConfig = isMultiConfig(generator);
    // A preset's binaryDir is used unless build-dir was given; then -B overrides it, and build/test go by directory.
    const presetDirs = presets !== undefined && presets.binaryDir !== undefined && !inputs.buildDirGiven;
    const buildDir = presetDirs ? presets.binaryDir : inputs.buildDir;
    const config = inputs.buildType;
    const configure = ['cmake'];
    if (presets) {
        configure.push('--preset', presets.configure);
        if (!presetDirs)
            configure.push('-B', buildDir);
    }
    else {
        configure.push('-S', inputs.sourceDir, '-B', buildDir);
    }
    if (explicitGenerator)
        configure.push('-G', explicitGenerator);
    const define = (name, value) => configure.push(`-D${name}=${value}`);
    if (!multiConfig)
        define('CMAKE_BUILD_TYPE', config);
    if (inputs.cCompiler)
        define('CMAKE_C_COMPILER', inputs.cCompiler);
    if (inputs.cxxCompiler)
        define('CMAKE_CXX_COMPILER', inputs.cxxCompiler);
    if (inputs.compilerLauncher) {
        define('CMAKE_C_COMPILER_LAUNCHER', inputs.compilerLauncher);
        define('CMAKE_CXX_COMPILER_LAUNCHER', inputs.compilerLauncher);
    }
    if (inputs.toolchainFile)
        define('CMAKE_TOOLCHAIN_FILE', inputs.toolchainFile);
    if (inputs.installPrefix)
        define('CMAKE_INSTALL_PREFIX', inputs.installPrefix);
    if (facts.msvcCcache) {
        define('CMAKE_POLICY_DEFAULT_CMP0141', 'NEW');
        define('CMAKE_MSVC_DEBUG_INFORMATION_FORMAT', 'Embedded');
    }
    for (const option of inputs.options)
        configure.push(`-D${option}`);
    configure.push(...inputs.configureArgs);
    const usePreset = (name) => (presetDirs ? name : undefined);
    const buildPreset = usePreset(presets?.build);
    const build = buildPreset ? ['cmake', '--build', '--preset', buildPreset] : ['cmake', '--build', buildDir];
    build.push('--config', config);
    if (inputs.targets.length)
        build.push('--target', ...inputs.targets);
    build.push('--parallel', String(inputs.parallel), ...inputs.buildArgs);
    const phases = [
        { name: 'configure', argv: configure, cwd: presets ? inputs.sourceDir : inputs.workingDirectory },
        { name: 'build', argv: build, cwd: buildPreset ? inputs.sourceDir : inputs.workingDirectory },
    ];
    let junit;
    if (inputs.test) {
        junit = (0,external_node_path_.join)(buildDir, JUNIT_FILE);
        const testPreset = usePreset(presets?.test);
        const test = testPreset ? ['ctest', '--preset', testPreset] : ['ctest'];
        test.push('-C', config, '--output-on-failure', '--output-junit', junit, '--parallel', String(inputs.parallel));
        if (inputs.testTimeout !== undefined)
            test.push('--timeout', String(inputs.testTimeout));
        if (inputs.testExclude)
            test.push('--exclude-regex', inputs.testExclude);
        if (inputs.testLabelExclude)
            test.push('--label-exclude', inputs.testLabelExclude);
        if (inputs.testRetries > 0)
            test.push('--repeat', `until-pass:${inputs.testRetries + 1}`);
        test.push(...inputs.testArgs);
        phases.push({ name: 'test', argv: test, cwd: testPreset ? inputs.sourceDir : buildDir });
    }
    if (inputs.install) {
        const install = ['cmake', '--install', buildDir, '--config', config];
        if (inputs.installPrefix)
            install.push('--prefix', inputs.installPrefix);
        phases.push({ name: 'install', argv: install, cwd: inputs.workingDirectory });
    }
    return { buildDir, generator, multiConfig, junit, phases };
}

;// CONCATENATED MODULE: ./src/cmake/presets.ts



/** Reads CMakePresets.json and CMakeUserPresets.json of a source dir, following `include`. */
function loadPresets(sourceDir) {
    const all = { configurePresets: [], buildPresets: [], testPresets: [], files: [] };
    const seen = new Set();
    const read = (file) => {
        if (seen.has(file))
            return;
        seen.add(file);
        let data;
        try {
            data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (err) {
            throw new errors/* UserError */.yo(`Cannot read the CMake presets file ${file}: ${err.message}`);
        }
        all.files.push(file);
        for (const inc of data.include ?? [])
            read((0,external_node_path_.isAbsolute)(inc) ? inc : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), inc));
        for (const kind of ['configurePresets', 'buildPresets', 'testPresets'])
            all[kind].push(...(data[kind] ?? []));
    };
    for (const name of ['CMakePresets.json', 'CMakeUserPresets.json']) {
        const file = (0,external_node_path_.join)(sourceDir, name);
        if ((0,external_node_fs_.existsSync)(file))
            read(file);
    }
    return all;
}
/** A preset's field, following `inherits` (the first parent that sets it wins). */
function inherited(presets, preset, field, depth = 0) {
    if (preset[field] !== undefined || depth > 32)
        return preset[field];
    const parents = preset.inherits === undefined ? [] : Array.isArray(preset.inherits) ? preset.inherits : [preset.inherits];
    for (const parentName of parents) {
        const parent = presets.find((p) => p.name === parentName);
        const value = parent && inherited(presets, parent, field, depth + 1);
        if (value !== undefined)
            return value;
    }
    return undefined;
}
/** Expands the macros CMake allows in binaryDir. */
function expandPresetMacros(value, ctx) {
    return value.replace(/\$(penv|env|vendor)?\{([^}]*)\}/g, (whole, kind, name) => {
        if (kind === 'env' || kind === 'penv')
            return ctx.env[name] ?? '';
        if (kind === 'vendor')
            return whole;
        switch (name) {
            case 'sourceDir':
                return ctx.sourceDir;
            case 'sourceParentDir':
                return (0,external_node_path_.dirname)(ctx.sourceDir);
            case 'sourceDirName':
                return (0,external_node_path_.basename)(ctx.sourceDir);
            case 'presetName':
                return ctx.presetName;
            case 'generator':
                return ctx.generator ?? '';
            case 'hostSystemName':
                return { win32: 'Windows', darwin: 'Darwin', linux: 'Linux' }[process.platform] ?? process.platform;
            case 'dollar':
                return '$';
            case 'pathListSep':
                return process.platform === 'win32' ? ';' : ':';
            default:
                return whole;
        }
    });
}
/** Resolves the configure preset named by the `preset` input and the build/test presets that go with it. */
function resolvePresets(sourceDir, name, env) {
    const all = loadPresets(sourceDir);
    if (all.files.length === 0) {
        throw new errors/* UserError */.yo(`Input 'preset' names "${name}", but ${sourceDir} has no CMakePresets.json or CMakeUserPresets.json.`);
    }
    const visible = (list) => list.filter((p) => !p.hidden);
    const preset = visible(all.configurePresets).find((p) => p.name === name);
    if (!preset) {
        const names = visible(all.configurePresets).map((p) => p.name);
        throw new errors/* UserError */.yo(`Input 'preset' names an unknown configure preset "${name}"; ${names.length ? `available: ${names.join(', ')}` : 'the presets files define none'} (read ${all.files.join(', ')}).`);
    }
    const generator = inherited(all.configurePresets, preset, 'generator');
    const rawBinaryDir = inherited(all.configurePresets, preset, 'binaryDir');
    const expanded = rawBinaryDir && expandPresetMacros(rawBinaryDir, { sourceDir, presetName: name, generator, env });
    const match = (list) => (visible(list).find((p) => p.name === name && (p.configurePreset === undefined || p.configurePreset === name)) ??
        visible(list).find((p) => p.configurePreset === name))?.name;
    return {
        configure: name,
        generator,
        binaryDir: expanded ? (0,external_node_path_.resolve)(sourceDir, expanded) : undefined,
        build: match(all.buildPresets),
        test: match(all.testPresets),
    };
}

;// CONCATENATED MODULE: ./src/cmake/run.ts











/** Exported after the build: `success` or `failure`. */
const BUILD_OUTCOME_VARIABLE = 'ASWF_CI_BUILD_OUTCOME';
const TITLES = { configure: 'Configure', build: 'Build', test: 'Test', install: 'Install' };
/** The cmake action: configure, build, test and install one CMake project. */
async function runCmake(step, deps = {}) {
    const inputs = parseCmakeInputs(step.inputs);
    const exec = deps.exec ?? executorFor(step.env, (l) => step.info(l));
    const platform = deps.platform ?? process.platform;
    await checkProject(inputs, exec);
    const presets = inputs.preset ? resolvePresets(inputs.sourceDir, inputs.preset, step.env) : undefined;
    const envGenerator = step.env.CMAKE_GENERATOR || undefined;
    const ninja = !inputs.generator && !presets && !envGenerator ? (await exec.which('ninja')) !== undefined : false;
    const launcher = inputs.compilerLauncher ?? step.env.CMAKE_CXX_COMPILER_LAUNCHER ?? '';
    const msvcCcache = platform === 'win32' && /ccache/i.test(launcher);
    const plan = planCmake(inputs, { ninja, envGenerator, presets, msvcCcache });
    const env = await commandEnvironment(step, inputs, plan, exec, platform);
    step.info(`CMake project ${inputs.sourceDir} → ${plan.buildDir} (${plan.generator ?? 'default generator'}, ${inputs.buildType}, on the ${exec.where})`);
    const results = [];
    let tests;
    for (const phase of plan.phases) {
        const started = Date.now();
        const run = () => exec.run(phase.argv, { cwd: phase.cwd, env, ignoreReturnCode: true });
        const matchers = phase.name === 'configure' ? ['cmake'] : phase.name === 'build' ? ['gcc', 'msvc', 'cmake'] : [];
        const result = await step.group(`${TITLES[phase.name]}: ${formatCommand(phase.argv)}`, () => withMatchers(step, [...matchers], run));
        const done = { phase, ok: result.exitCode === 0, ms: Date.now() - started, exitCode: result.exitCode };
        results.push(done);
        if (phase.name === 'test')
            tests = await readTestResults(plan, result.stdout);
        if (!done.ok && phase.name === 'configure')
            showConfigureLog(step, plan.buildDir);
        if (!done.ok)
            break;
    }
    const failure = describeFailure(results, tests);
    step.summary(summaryMarkdown(inputs, plan, results, tests, failure));
    setOutputs(step, plan, tests);
    // Later steps and post steps (the ccache action's save-on-failure) read how the build went.
    step.exportVariable(BUILD_OUTCOME_VARIABLE, failure ? 'failure' : 'success');
    if (failure)
        throw new errors/* StepFailure */.pH(failure);
}
async function checkProject(inputs, exec) {
    if (!(0,external_node_fs_.existsSync)(inputs.sourceDir)) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${inputs.sourceDir} does not exist.`);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(inputs.sourceDir, 'CMakeLists.txt'))) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${inputs.sourceDir} has no CMakeLists.txt; point source-dir at the project's top-level CMakeLists.txt folder.`);
    }
    if ((await exec.which('cmake')) === undefined) {
        throw new errors/* UserError */.yo(`cmake was not found on PATH on the ${exec.where}: install CMake (3.21 or newer for JUnit test reports) before this step.`);
    }
}
/** Extra environment for the commands: the MSVC developer environment on Windows when Ninja has no compiler. */
async function commandEnvironment(step, inputs, plan, exec, platform) {
    if (platform !== 'win32' || !plan.generator?.startsWith('Ninja') || inputs.cCompiler || inputs.cxxCompiler)
        return {};
    for (const compiler of ['cl', 'clang-cl', 'clang', 'gcc'])
        if (await exec.which(compiler))
            return {};
    step.info('No C/C++ compiler on PATH: setting up the MSVC developer environment (vswhere + vcvarsall) for this step.');
    return msvcEnvironment(exec, step.env);
}
async function readTestResults(plan, stdout) {
    if (plan.junit && (0,external_node_fs_.existsSync)(plan.junit)) {
        try {
            return await parseCtestJunit((0,external_node_fs_.readFileSync)(plan.junit, 'utf8'));
        }
        catch {
            // fall back to the console output
        }
    }
    return parseCtestOutput(stdout);
}
/** The tail of CMake's own log of a failed configure (3.26+: CMakeConfigureLog.yaml; before: CMakeError.log). */
function configureLogTail(buildDir) {
    for (const name of ['CMakeConfigureLog.yaml', 'CMakeError.log']) {
        const file = (0,external_node_path_.join)(buildDir, 'CMakeFiles', name);
        if ((0,external_node_fs_.existsSync)(file))
            return { file, text: tail((0,external_node_fs_.readFileSync)(file, 'utf8'), 40) };
    }
    return undefined;
}
function showConfigureLog(step, buildDir) {
    const log = configureLogTail(buildDir);
    if (!log)
        return;
    step.info(`Configure failed. The last lines of ${log.file}:`);
    step.info(log.text);
}
function describeFailure(results, tests) {
    const failed = results.find((r) => !r.ok);
    if (!failed)
        return undefined;
    if (failed.phase.name === 'test' && tests && tests.failed > 0) {
        const names = tests.cases.filter((c) => c.status === 'failed').map((c) => c.name);
        const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
        const ran = tests.total - tests.skipped;
        return `${tests.failed} of ${ran} test${ran === 1 ? '' : 's'} failed${listed ? `: ${listed}` : ''}`;
    }
    return `${TITLES[failed.phase.name]} failed: ${failed.phase.argv[0]} exited with code ${failed.exitCode}`;
}
function summaryMarkdown(inputs, plan, results, tests, failure) {
    const out = [];
    const name = (0,external_node_path_.basename)(inputs.sourceDir);
    out.push(`### ${failure ? '❌' : '✅'} CMake: ${escapeHtml(name)} (${escapeHtml(inputs.buildType)})\n`);
    if (failure)
        out.push(`**${escapeHtml(failure)}**\n`);
    const rows = plan.phases.map((phase) => {
        const r = results.find((x) => x.phase === phase);
        let result = !r ? '⏭️ not run' : r.ok ? '✅ passed' : '❌ failed';
        if (phase.name === 'test' && tests) {
            result = `${tests.failed ? '❌' : '✅'} ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`;
        }
        return [TITLES[phase.name], result, r ? seconds(r.ms) : '', `<code>${cell(formatCommand(phase.argv))}</code>`];
    });
    out.push(table(['Phase', 'Result', 'Time', 'Command'], rows));
    const failedTests = tests?.cases.filter((c) => c.status === 'failed') ?? [];
    if (failedTests.length) {
        out.push(`\n#### Failed tests (${failedTests.length} of ${tests.total - tests.skipped})\n`);
        out.push(table(['Test', 'Time'], failedTests.map((c) => [cell(c.name), `${c.time.toFixed(2)} s`])));
        for (const c of failedTests.slice(0, 20))
            out.push(details(`${c.name}: last lines of output`, tail(c.output, 25) || '(no output)'));
    }
    const failedPhase = results.find((r) => !r.ok);
    if (failedPhase?.phase.name === 'configure') {
        const log = configureLogTail(plan.buildDir);
        if (log)
            out.push(details(`The last lines of ${log.file}`, log.text));
    }
    return out.join('\n') + '\n';
}
function setOutputs(step, plan, tests) {
    step.setOutput('build-dir', plan.buildDir);
    step.setOutput('tests-total', tests?.total ?? 0);
    step.setOutput('tests-passed', tests?.passed ?? 0);
    step.setOutput('tests-failed', tests?.failed ?? 0);
    step.setOutput('tests-skipped', tests?.skipped ?? 0);
    step.setOutput('junit', plan.junit && (0,external_node_fs_.existsSync)(plan.junit) ? plan.junit : '');
}

;// CONCATENATED MODULE: ./src/actions/cmake.ts

const main = (step) => runCmake(step);


/***/ })

};

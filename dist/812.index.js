export const id = 812;
export const ids = [812,468];
export const modules = {

/***/ 57812:
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
// EXTERNAL MODULE: ./src/common/exec.ts
var common_exec = __webpack_require__(53644);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/common/problem-matchers.ts


function severityOf(text, fallback) {
    const s = (text ?? fallback ?? 'error').toLowerCase();
    return s.startsWith('warn') ? 'warning' : s === 'notice' || s === 'info' ? 'notice' : 'error';
}
/**
 * Applies problem matchers (GitHub's JSON format) to output lines, as the runner does: `add-matcher` loads a file,
 * `remove-matcher` drops an owner, and each line may yield an annotation.
 */
class MatcherSet {
    active = [];
    /** Loads a matcher file; a missing file, bad JSON or a bad regular expression throws (the caller reports it). */
    add(file) {
        this.addSpecs(readMatcherFile(file));
    }
    addSpecs(specs) {
        for (const spec of specs) {
            if (typeof spec.owner !== 'string' || !Array.isArray(spec.pattern) || spec.pattern.length === 0) {
                throw new Error(`each problem matcher needs an owner and at least one pattern`);
            }
            for (const p of spec.pattern)
                new RegExp(p.regexp);
        }
        for (const spec of specs) {
            this.remove(spec.owner);
            this.active.push({ spec, regexps: spec.pattern.map((p) => new RegExp(p.regexp)), next: 0, gathered: {} });
        }
    }
    /** Drops the owners a matcher file defines (`::remove-matcher::FILE`). */
    removeFile(file) {
        for (const spec of readMatcherFile(file))
            this.remove(spec.owner);
    }
    remove(owner) {
        this.active = this.active.filter((a) => a.spec.owner !== owner);
    }
    match(line) {
        const found = [];
        for (const a of this.active) {
            let m = a.regexps[a.next].exec(line);
            if (!m && a.next > 0) {
                const last = a.spec.pattern[a.next - 1];
                // A looping last pattern keeps its place; otherwise a broken sequence starts over.
                if (!(last?.loop && a.next === a.spec.pattern.length))
                    a.next = 0;
                a.gathered = a.next === 0 ? {} : a.gathered;
                m = a.regexps[a.next].exec(line);
            }
            if (!m)
                continue;
            const p = a.spec.pattern[a.next];
            const g = { ...a.gathered };
            if (p.file)
                g.file = m[p.file];
            if (p.line)
                g.line = Number(m[p.line]);
            if (p.column && m[p.column])
                g.col = Number(m[p.column]);
            if (p.severity)
                g.severity = severityOf(m[p.severity], a.spec.severity);
            if (p.message)
                g.message = m[p.message];
            if (p.code)
                g.code = m[p.code];
            if (a.next === a.spec.pattern.length - 1) {
                if (g.message) {
                    found.push({
                        severity: g.severity ?? severityOf(undefined, a.spec.severity),
                        message: g.code && !p.message ? `${g.code}: ${g.message}` : g.message,
                        file: g.file,
                        line: g.line,
                        col: g.col,
                        source: a.spec.owner,
                    });
                }
                if (p.loop)
                    a.gathered = g;
                else {
                    a.next = 0;
                    a.gathered = {};
                }
            }
            else {
                a.next += 1;
                a.gathered = g;
            }
        }
        return found;
    }
}
/** The matchers of a problem-matcher file (GitHub's JSON format). */
function readMatcherFile(file) {
    const json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    return json.problemMatcher ?? [];
}
/** Where the capturing group `index` (1-based) opens in a regular expression's source, or -1. */
function groupStart(source, index) {
    let count = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(' && source[i + 1] !== '?' && ++count === index)
            return i;
        else if (c === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i) && ++count === index)
            return i;
    }
    return -1;
}
/**
 * A regular expression (the same text in .NET, which the runner uses, and in JavaScript) that matches a path inside
 * `workspace`: the workspace followed by a separator, either slash, or a relative path that does not climb out with
 * `../` (the runner reads a relative path from the workspace). On Windows the workspace matches in any case.
 */
function insideWorkspacePattern(workspace, platform = process.platform) {
    const root = (platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix).resolve(workspace).replace(/[\\/]+$/, '');
    const parts = root.split(/[\\/]/).map((part) => [...part]
        .map((ch) => {
        if (/[.*+?^${}()|[\]\\]/.test(ch))
            return `\\${ch}`;
        if (platform === 'win32' && ch.toLowerCase() !== ch.toUpperCase())
            return `[${ch.toUpperCase()}${ch.toLowerCase()}]`;
        return ch;
    })
        .join(''));
    return `(?:${parts.join('[\\\\/]')}[\\\\/]|(?![A-Za-z]:|[\\\\/]|\\.\\.[\\\\/]))`;
}
/**
 * The matchers, each pattern with a `file` group restricted to files inside the workspace (a lookahead at the start
 * of that group): the runner then annotates only the repository's own files. Matchers without a file are unchanged.
 */
function restrictToWorkspace(specs, workspace, platform = process.platform) {
    const inside = insideWorkspacePattern(workspace, platform);
    return specs.map((spec) => ({
        ...spec,
        pattern: spec.pattern.map((p) => {
            if (!p.file)
                return p;
            const at = groupStart(p.regexp, p.file);
            if (at < 0)
                throw new Error(`matcher ${spec.owner}: the pattern ${p.regexp} has no group ${p.file}`);
            const open = p.regexp.startsWith('(?<', at) ? p.regexp.indexOf('>', at) + 1 : at + 1;
            return { ...p, regexp: `${p.regexp.slice(0, open)}(?=${inside})${p.regexp.slice(open)}` };
        }),
    }));
}

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
/** What the matchers found in files outside the workspace, per matcher and severity. */
class OutsideWorkspace {
    all = new MatcherSet();
    inside = new MatcherSet();
    /** `owner severity` → count, and the first file seen. */
    counts = new Map();
    constructor(full, restricted) {
        this.all.addSpecs(full);
        this.inside.addSpecs(restricted);
    }
    /** Reads one output line, as the runner's matchers read it. */
    line(text) {
        const annotated = new Set(this.inside.match(text).map((a) => a.source));
        for (const a of this.all.match(text)) {
            if (!a.file || annotated.has(a.source))
                continue;
            const key = `${a.source} ${a.severity}`;
            const seen = this.counts.get(key) ?? { owner: a.source, severity: a.severity, count: 0, example: a.file };
            seen.count++;
            this.counts.set(key, seen);
        }
    }
    /** One line: `aswf-gcc: 109 warnings, 2 errors (e.g. /usr/...); aswf-cmake: ...`, or '' when nothing was outside. */
    describe() {
        const byOwner = new Map();
        for (const c of this.counts.values()) {
            const entry = byOwner.get(c.owner) ?? { parts: [], example: c.example };
            entry.parts.push(`${c.count} ${c.severity}${c.count === 1 ? '' : 's'}`);
            byOwner.set(c.owner, entry);
        }
        return [...byOwner].map(([owner, e]) => `${owner}: ${e.parts.join(', ')} (e.g. ${(0,format/* safe */.gB)(e.example)})`).join('; ');
    }
}
/**
 * Registers problem matchers with the runner for the duration of `fn`, restricted to files of the workspace: the
 * runner annotates only the repository's own files, and what the matchers find outside it (system and third-party
 * headers, CMake's own modules) is counted from the output lines `fn` hands to `onLine` and summarized in one notice.
 * The restricted copies of the shipped matchers are written to RUNNER_TEMP (the runner reads them from there).
 */
async function withMatchers(step, names, fn) {
    const workspace = (0,external_node_path_.resolve)(step.env.GITHUB_WORKSPACE || process.cwd());
    const full = [];
    const restricted = [];
    const dir = (0,external_node_path_.join)(step.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'aswf-matchers');
    for (const name of names) {
        const shipped = (0,external_node_path_.join)(matchersDir(), `${MATCHERS[name]}.json`);
        const specs = readMatcherFile(shipped);
        const own = restrictToWorkspace(specs, workspace);
        const file = (0,external_node_path_.join)(dir, `${MATCHERS[name]}.json`);
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, JSON.stringify({ problemMatcher: own }, null, 2) + '\n');
        }
        catch (err) {
            // Annotations are a help, never a reason to fail the build: the shipped matcher, unrestricted, then.
            step.warning(`Cannot write the workspace-only problem matcher ${(0,format/* safe */.gB)(file)} (${(0,format/* safe */.gB)((0,errors/* errorMessage */.gJ)(err))}): files outside the workspace are annotated too.`);
            step.command('add-matcher', {}, shipped);
            continue;
        }
        full.push(...specs);
        restricted.push(...own);
        step.command('add-matcher', {}, file);
    }
    const outside = new OutsideWorkspace(full, restricted);
    try {
        return await fn((line) => outside.line(line));
    }
    finally {
        for (const name of names)
            for (const owner of OWNERS[name])
                step.command('remove-matcher', { owner }, '');
        const text = outside.describe();
        if (text)
            step.notice(`Not annotated, in files outside the workspace ${(0,format/* safe */.gB)(workspace)}: ${text}. The log has each of them.`, { title: 'Outside the workspace' });
    }
}

// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
// EXTERNAL MODULE: ./src/common/hash.ts
var hash = __webpack_require__(96941);
;// CONCATENATED MODULE: ./src/cmake/cmake-version.ts






/**
 * A pinned CMake (`cmake-version: X.Y.Z`): Kitware's release archive for the OS and architecture the commands run on
 * (the host, or the job's container), checked against the SHA-256 list published with the release, kept in the
 * runner's tool cache, and used for every cmake and ctest command of the step.
 */
const DEFAULT_CMAKE_DOWNLOAD_URL = 'https://github.com/Kitware/CMake/releases/download';
/** A mirror of Kitware's release downloads, laid out as `<url>/v<version>/<file>` (also what the tests serve). */
const CMAKE_DOWNLOAD_URL_VARIABLE = 'ASWF_CMAKE_DOWNLOAD_URL';
/** The archive names a release may use for a target, newest naming first (3.20 lower-cased them; 3.19 added macOS universal). */
function archiveCandidates(version, { os, arch }) {
    const base = `cmake-${version}`;
    switch (os) {
        case 'linux':
            return [`${base}-linux-${arch}.tar.gz`, `${base}-Linux-${arch}.tar.gz`];
        case 'macos':
            return [`${base}-macos-universal.tar.gz`, `${base}-macos10.10-universal.tar.gz`, ...(arch === 'x86_64' ? [`${base}-Darwin-x86_64.tar.gz`] : [])];
        case 'windows':
            return arch === 'x86_64' ? [`${base}-windows-x86_64.zip`, `${base}-win64-x64.zip`] : [`${base}-windows-arm64.zip`];
    }
}
/** `cmake-X.Y.Z-SHA-256.txt`: `<sha256>  <file name>` per line. */
function parseSha256List(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line);
        if (m)
            sums.set(m[2], m[1].toLowerCase());
    }
    return sums;
}
function chooseArchive(version, target, sums) {
    for (const name of archiveCandidates(version, target)) {
        const sha256 = sums.get(name);
        if (sha256)
            return { name, sha256 };
    }
    return undefined;
}
function machineArch(machine) {
    if (/^(x86_64|amd64|x64)$/i.test(machine))
        return 'x86_64';
    if (/^(aarch64|arm64)$/i.test(machine))
        return 'aarch64';
    return undefined;
}
/** Where the commands run: the host's OS and CPU, or the container's (always Linux; its `uname -m`). */
async function targetOf(exec, platform) {
    if (exec.where !== 'host') {
        const uname = await exec.run(['uname', '-m'], { silent: true, ignoreReturnCode: true });
        const arch = machineArch(uname.stdout.trim());
        if (!arch)
            throw new errors/* UserError */.yo(`cmake-version: the ${exec.where} is a ${(0,format/* safe */.gB)(uname.stdout.trim()) || 'machine of unknown kind'}; Kitware publishes Linux CMake for x86_64 and aarch64 only.`);
        return { os: 'linux', arch };
    }
    const arch = machineArch(process.arch);
    const os = platform === 'linux' ? 'linux' : platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : undefined;
    if (!arch || !os)
        throw new errors/* UserError */.yo(`cmake-version: Kitware publishes no CMake for ${platform} ${process.arch}.`);
    return { os, arch };
}
function downloadUrl(env) {
    const url = (env[CMAKE_DOWNLOAD_URL_VARIABLE] || DEFAULT_CMAKE_DOWNLOAD_URL).replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s]+$/.test(url)) {
        throw new errors/* UserError */.yo(`${CMAKE_DOWNLOAD_URL_VARIABLE} is ${JSON.stringify((0,format/* safe */.gB)(url))}: expected an http(s) URL of a mirror of ${DEFAULT_CMAKE_DOWNLOAD_URL}.`);
    }
    return url;
}
/** The folder holding cmake and ctest in an unpacked release: bin/, or CMake.app/Contents/bin/ on macOS. */
function binDirOf(root) {
    for (const dir of [(0,external_node_path_.join)(root, 'bin'), (0,external_node_path_.join)(root, 'CMake.app', 'Contents', 'bin')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'cmake')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'cmake.exe')))
            return dir;
    }
    return undefined;
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Makes CMake `version` available to the executor and returns its cmake and ctest. Downloads and verifies it unless
 * the tool cache has it; in a container, copies it into RUNNER_TEMP (mounted by the container action) when the tool
 * cache is not visible there.
 */
async function pinCmake(step, version, exec, platform = process.platform) {
    const target = await targetOf(exec, platform);
    const key = `${target.os}-${target.arch}`;
    // @actions/tool-cache reads its folders from process.env; a local run may not have them.
    process.env.RUNNER_TOOL_CACHE ||= step.env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'aswf-tool-cache');
    process.env.RUNNER_TEMP ||= step.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(942), __webpack_require__.e(838), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    let root = tc.find('cmake', version, key);
    if (root) {
        step.info(`CMake ${version} (${key}) is in the tool cache: ${root}`);
    }
    else {
        root = await step.group(`Download CMake ${version} for ${key}`, () => download(step, tc, version, target, key));
    }
    const host = binDirOf(root);
    if (!host)
        throw new errors/* UserError */.yo(`The CMake ${version} archive unpacked to ${root} holds no bin/cmake.`);
    let bin = host;
    if (exec.where !== 'host') {
        const mounts = [step.env.RUNNER_TEMP, step.env.GITHUB_WORKSPACE].filter((m) => !!m).map((m) => (0,external_node_path_.resolve)(m));
        if (!mounts.some((m) => inside(m, root))) {
            if (!step.env.RUNNER_TEMP)
                throw new errors/* UserError */.yo(`cmake-version: RUNNER_TEMP is not set, so there is no folder the container sees to put CMake ${version} in.`);
            const visible = (0,external_node_path_.join)((0,external_node_path_.resolve)(step.env.RUNNER_TEMP), 'aswf-cmake', `${version}-${key}`);
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(visible, (0,external_node_path_.relative)(root, host)))) {
                (0,external_node_fs_.rmSync)(visible, { recursive: true, force: true });
                (0,external_node_fs_.mkdirSync)(visible, { recursive: true });
                (0,external_node_fs_.cpSync)(root, visible, { recursive: true, verbatimSymlinks: true });
            }
            step.info(`CMake ${version} copied to ${visible}, which the container sees (RUNNER_TEMP is mounted).`);
            bin = (0,external_node_path_.join)(visible, (0,external_node_path_.relative)(root, host));
        }
    }
    else {
        // Later steps on the host get the same cmake first on PATH.
        step.addPath(bin);
    }
    const exe = platform === 'win32' && exec.where === 'host' ? '.exe' : '';
    const slash = exec.where === 'host' ? external_node_path_.join : (...p) => p.join('/');
    const pinned = { version, bin, cmake: slash(bin, `cmake${exe}`), ctest: slash(bin, `ctest${exe}`) };
    const shown = await exec.run([pinned.cmake, '--version'], { ignoreReturnCode: true });
    if (shown.exitCode !== 0)
        throw new errors/* UserError */.yo(`The downloaded CMake ${version} does not run on the ${exec.where}: ${pinned.cmake} --version exited with code ${shown.exitCode}.`);
    const reported = /cmake version (\S+)/.exec(shown.stdout)?.[1];
    if (reported !== version)
        step.warning(`cmake-version is ${version} but ${pinned.cmake} --version says ${(0,format/* safe */.gB)(reported ?? shown.stdout.trim())}.`);
    step.info(`Using CMake ${reported ?? version}: ${pinned.cmake}`);
    return pinned;
}
function httpStatus(err) {
    const code = err.httpStatusCode;
    return typeof code === 'number' ? code : undefined;
}
async function download(step, tc, version, target, key) {
    const base = `${downloadUrl(step.env)}/v${version}`;
    const listName = `cmake-${version}-SHA-256.txt`;
    step.info(`Reading ${base}/${listName}`);
    let listFile;
    try {
        // tool-cache retries network errors and 5xx/408/429 answers (3 attempts), not a 404.
        listFile = await tc.downloadTool(`${base}/${listName}`);
    }
    catch (err) {
        if (httpStatus(err) === 404) {
            throw new errors/* InputError */.dz('cmake-version', version, `a released CMake version: ${base}/${listName} does not exist (see https://cmake.org/files/ or github.com/Kitware/CMake/releases)`);
        }
        throw new errors/* UserError */.yo(`Cannot download ${base}/${listName}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const sums = parseSha256List((0,external_node_fs_.readFileSync)(listFile, 'utf8'));
    (0,external_node_fs_.rmSync)(listFile, { force: true });
    const archive = chooseArchive(version, target, sums);
    if (!archive) {
        throw new errors/* UserError */.yo(`CMake ${version} has no archive for ${target.os} ${target.arch}: ${listName} lists none of ${archiveCandidates(version, target).join(', ')}.`);
    }
    const url = `${base}/${archive.name}`;
    step.info(`Downloading ${url}`);
    let file;
    try {
        file = await tc.downloadTool(url);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`Cannot download ${url}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const actual = await (0,hash/* sha256File */.Q)(file);
    if (actual !== archive.sha256) {
        (0,external_node_fs_.rmSync)(file, { force: true });
        throw new errors/* UserError */.yo(`The download of ${archive.name} does not match ${listName}: SHA-256 ${actual}, expected ${archive.sha256}. Nothing was used.`);
    }
    step.info(`SHA-256 ${actual} matches ${listName}.`);
    const extracted = archive.name.endsWith('.zip') ? await tc.extractZip(file) : await tc.extractTar(file);
    (0,external_node_fs_.rmSync)(file, { force: true });
    // The archive holds one folder, cmake-X.Y.Z-<platform>/.
    const top = (0,external_node_fs_.readdirSync)(extracted);
    const root = top.length === 1 ? (0,external_node_path_.join)(extracted, top[0]) : extracted;
    if (!binDirOf(root))
        throw new errors/* UserError */.yo(`The CMake ${version} archive ${archive.name} holds no bin/cmake or CMake.app/Contents/bin/cmake.`);
    const cached = await tc.cacheDir(root, 'cmake', version, key);
    (0,external_node_fs_.rmSync)(extracted, { recursive: true, force: true });
    return cached;
}
function older(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map(Number);
    return a < major || (a === major && b < minor);
}
/**
 * The plan with its cmake and ctest commands run from `tools` (the pinned CMake), and made to suit an old release:
 * before 3.15 there is no `cmake --install` (the `install` target is built instead; the prefix was set at configure
 * time), and before 3.21 ctest writes no JUnit report (the counts come from its console output).
 */
function withTools(plan, tools) {
    const program = { cmake: tools.cmake, ctest: tools.ctest };
    const version = tools.version;
    const noInstallCommand = version !== undefined && older(version, 3, 15);
    const noJunit = version !== undefined && older(version, 3, 21);
    const phases = plan.phases.map((p) => {
        let argv = [...p.argv];
        if (noInstallCommand && argv[0] === 'cmake' && argv[1] === '--install') {
            const config = argv.indexOf('--config');
            argv = ['cmake', '--build', argv[2], ...(config > 0 ? ['--config', argv[config + 1]] : []), '--target', 'install'];
        }
        if (noJunit && argv[0] === 'ctest') {
            const at = argv.indexOf('--output-junit');
            if (at > 0)
                argv.splice(at, 2);
        }
        return { ...p, argv: [program[argv[0]] ?? argv[0], ...argv.slice(1)] };
    });
    return { ...plan, junit: noJunit ? undefined : plan.junit, phases };
}

// EXTERNAL MODULE: ./src/cmake/inputs.ts
var cmake_inputs = __webpack_require__(56078);
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
    if (!multiConfig && config)
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
    if (config)
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
        if (config)
            test.push('-C', config);
        test.push('--output-on-failure', '--output-junit', junit, '--parallel', String(inputs.parallel));
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
        const install = ['cmake', '--install', buildDir];
        if (config)
            install.push('--config', config);
        if (inputs.installPrefix)
            install.push('--prefix', inputs.installPrefix);
        phases.push({ name: 'install', argv: install, cwd: inputs.workingDirectory });
    }
    return { buildDir, generator, multiConfig, junit, phases };
}

;// CONCATENATED MODULE: ./src/cmake/install-check.ts






const hasInstallChecks = (inputs) => inputs.installManifest !== undefined || inputs.consumerDir !== undefined || inputs.pkgConfig.length > 0;
/** The workspace: paths from the check inputs must stay inside it. */
function workspaceOf(env) {
    return (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
}
function install_check_inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** Resolves symbolic links so that a link cannot lead outside the workspace. */
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * Checks the check inputs before any work starts (a bad path should not wait for a long build): each path exists and
 * stays inside the workspace.
 */
function validateInstallChecks(inputs, env) {
    const workspace = real(workspaceOf(env));
    const within = (input, path) => {
        if (!install_check_inside(workspace, path) || !install_check_inside(workspace, real(path))) {
            throw new errors/* UserError */.yo(`Input '${input}': ${(0,format/* safe */.gB)(path)} is outside the workspace ${(0,format/* safe */.gB)(workspace)}; give a path inside the repository.`);
        }
    };
    if (inputs.installManifest !== undefined) {
        within('install-manifest', inputs.installManifest);
        if (!(0,external_node_fs_.existsSync)(inputs.installManifest))
            throw new errors/* UserError */.yo(`Input 'install-manifest': ${(0,format/* safe */.gB)(inputs.installManifest)} does not exist.`);
    }
    if (inputs.consumerDir !== undefined) {
        within('consumer-dir', inputs.consumerDir);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(inputs.consumerDir, 'CMakeLists.txt'))) {
            throw new errors/* UserError */.yo(`Input 'consumer-dir': ${(0,format/* safe */.gB)(inputs.consumerDir)} has no CMakeLists.txt; point it at the consumer project's folder.`);
        }
    }
}
/** The entries of a CMakeCache.txt (NAME:TYPE=VALUE), by name. */
function readCmakeCache(buildDir) {
    const file = (0,external_node_path_.join)(buildDir, 'CMakeCache.txt');
    const cache = {};
    if (!(0,external_node_fs_.existsSync)(file))
        return cache;
    for (const line of (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r?\n/)) {
        const m = /^([^#/][^:=]*)(?::[A-Z]+)?=(.*)$/.exec(line);
        if (m)
            cache[m[1]] = m[2];
    }
    return cache;
}
async function runInstallChecks(ctx) {
    const cache = readCmakeCache(ctx.plan.buildDir);
    const prefix = ctx.inputs.installPrefix ?? cache.CMAKE_INSTALL_PREFIX;
    if (!prefix)
        throw new errors/* UserError */.yo(`The install prefix is unknown: CMAKE_INSTALL_PREFIX is not in ${(0,external_node_path_.join)(ctx.plan.buildDir, 'CMakeCache.txt')}.`);
    ctx.step.info(`Install checks against the install prefix ${(0,format/* safe */.gB)(prefix)}.`);
    const results = [];
    const timed = async (check, title, fn) => {
        const started = Date.now();
        const r = await ctx.step.group(title, fn);
        const result = { check, ms: Date.now() - started, ...r };
        (result.ok ? (l) => ctx.step.info(l) : (l) => ctx.step.info(`❌ ${l}`))(`${check}: ${(0,format/* safe */.gB)(result.detail)}`);
        results.push(result);
    };
    if (ctx.inputs.installManifest !== undefined) {
        const manifest = ctx.inputs.installManifest;
        await timed('install-manifest', `Install check: installed files against ${(0,format/* safe */.gB)(manifest)}`, async () => checkManifest(ctx, manifest, prefix));
    }
    if (ctx.inputs.consumerDir !== undefined) {
        const dir = ctx.inputs.consumerDir;
        await timed('consumer-dir', `Install check: consumer ${(0,format/* safe */.gB)(dir)} against the install`, () => checkConsumer(ctx, dir, prefix, cache));
    }
    if (ctx.inputs.pkgConfig.length) {
        await timed('pkg-config', `Install check: pkg-config ${(0,format/* safe */.gB)(ctx.inputs.pkgConfig.join(' '))}`, () => checkPkgConfig(ctx, prefix, cache));
    }
    return results;
}
/** Forward slashes, no `./`, and relative to the prefix when it lies under it. */
function normalisePath(path, prefix, caseless = false) {
    const slash = (p) => p.replace(/\\/g, '/').replace(/\/+$/, '');
    let p = slash(path.trim()).replace(/^(\.\/)+/, '');
    const pre = slash(prefix);
    const starts = caseless ? p.toLowerCase().startsWith(pre.toLowerCase() + '/') : p.startsWith(pre + '/');
    if (pre && starts)
        p = p.slice(pre.length + 1);
    return p;
}
/**
 * The expected files: one path per line, relative to the install prefix (as OpenEXR's and Imath's
 * share/ci/install_manifest lists are). Blank lines and lines starting with `#` are skipped. `$NAME` and `${NAME}` are
 * replaced by the step's environment variable NAME when it is set (OpenEXR writes `libIex-$MAJOR_$MINOR.so`); others
 * stay as written. An absolute path under the prefix is made relative to it, so a copy of CMake's own
 * install_manifest.txt from a build with the same prefix works as is.
 */
function readExpectedManifest(text, prefix, env, caseless = false) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const expanded = line.replace(/\$(?:([A-Za-z0-9]+)|\{(\w+)\})/g, (whole, a, b) => env[(a ?? b)] ?? whole);
        entries.push({ path: normalisePath(expanded, prefix, caseless), line: i + 1 });
    });
    return entries;
}
function diffManifest(expected, installed) {
    const have = new Set(installed);
    const want = new Set(expected.map((e) => e.path));
    const missing = [];
    const seen = new Set();
    for (const e of expected) {
        if (!have.has(e.path) && !seen.has(e.path))
            missing.push(e);
        seen.add(e.path);
    }
    const extra = [...have].filter((p) => !want.has(p)).sort();
    return { missing, extra, installed: have.size };
}
/** CMake's record of what `cmake --install` wrote (install_manifest.txt, and install_manifest_COMPONENT.txt). */
function installedFiles(buildDir, prefix, caseless) {
    const names = (0,external_node_fs_.readdirSync)(buildDir).filter((n) => /^install_manifest(_.+)?\.txt$/.test(n));
    if (!names.length)
        return undefined;
    return names.flatMap((n) => (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(buildDir, n), 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => normalisePath(l, prefix, caseless)));
}
function listed(items, max = 10) {
    return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
async function checkManifest(ctx, manifest, prefix) {
    const { step } = ctx;
    const caseless = ctx.platform === 'win32' && ctx.exec.where === 'host';
    const installed = installedFiles(ctx.plan.buildDir, prefix, caseless);
    if (!installed) {
        return { ok: false, detail: `no install_manifest.txt in ${ctx.plan.buildDir}: cmake --install wrote no record of the files` };
    }
    const expected = readExpectedManifest((0,external_node_fs_.readFileSync)(manifest, 'utf8'), prefix, step.env, caseless);
    const diff = diffManifest(expected, installed);
    // Annotations point at the manifest, relative to the workspace as the runner expects.
    const file = (0,external_node_path_.relative)(workspaceOf(step.env), manifest).replace(/\\/g, '/');
    const lines = [`Expected (${(0,format/* safe */.gB)(manifest)}): ${expected.length} files; installed under ${(0,format/* safe */.gB)(prefix)}: ${diff.installed} files.`];
    if (diff.missing.length) {
        lines.push(`Missing: ${diff.missing.length} file${diff.missing.length === 1 ? '' : 's'} listed in the manifest but not installed:`);
        for (const m of diff.missing)
            lines.push(`  ${(0,format/* safe */.gB)(m.path)}  (line ${m.line})`);
    }
    if (diff.extra.length) {
        lines.push(`Extra: ${diff.extra.length} file${diff.extra.length === 1 ? '' : 's'} installed but not in the manifest:`);
        for (const p of diff.extra)
            lines.push(`  ${(0,format/* safe */.gB)(p)}`);
    }
    for (const l of lines)
        step.info(l);
    for (const m of diff.missing.slice(0, 20))
        step.error(`Not installed: ${(0,format/* safe */.gB)(m.path)}`, { title: 'install-manifest', file, line: m.line });
    if (diff.extra.length) {
        step.error(`Installed but not in the manifest (add them to it, or stop installing them): ${(0,format/* safe */.gB)(listed(diff.extra))}`, { title: 'install-manifest', file });
    }
    if (!diff.missing.length && !diff.extra.length)
        return { ok: true, detail: `all ${expected.length} files of ${file} installed, none extra` };
    const parts = [];
    if (diff.missing.length)
        parts.push(`${diff.missing.length} missing: ${listed(diff.missing.map((m) => m.path))}`);
    if (diff.extra.length)
        parts.push(`${diff.extra.length} extra: ${listed(diff.extra)}`);
    return { ok: false, detail: `${file}: ${parts.join('; ')}`, more: { title: 'Installed files against the manifest', text: lines.join('\n') } };
}
// ---------------------------------------------------------------------------------------------------------------
// consumer-dir
/** cmake's first `CMake Error` message (the header and its indented lines) on one line. */
function cmakeErrorLine(output, max = 600) {
    const lines = output.split(/\r?\n/);
    const start = lines.findIndex((l) => /^CMake Error/.test(l));
    if (start < 0)
        return undefined;
    const message = [lines[start].trim()];
    // The message follows as indented lines, with blank lines between its paragraphs; an unindented line ends it.
    for (const l of lines.slice(start + 1)) {
        if (l.trim() && !/^\s/.test(l))
            break;
        message.push(l.trim());
    }
    const line = message.join(' ').replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function lastLine(text) {
    return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).pop();
}
/** The executables a build defines, read from CMake's file API (codemodel v2; CMake 3.14 and newer). */
function executablesFromFileApi(buildDir, config) {
    const reply = (0,external_node_path_.join)(buildDir, '.cmake', 'api', 'v1', 'reply');
    if (!(0,external_node_fs_.existsSync)(reply))
        return [];
    const index = (0,external_node_fs_.readdirSync)(reply).filter((n) => /^index-.*\.json$/.test(n)).sort().pop();
    if (!index)
        return [];
    const json = (name) => JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(reply, name), 'utf8'));
    const codemodelFile = json(index).reply?.['codemodel-v2']?.jsonFile;
    if (!codemodelFile)
        return [];
    const configurations = json(codemodelFile).configurations;
    const chosen = configurations.find((c) => c.name === config) ?? configurations[0];
    const out = [];
    for (const t of chosen?.targets ?? []) {
        const target = json(t.jsonFile);
        if (target.type !== 'EXECUTABLE')
            continue;
        for (const a of target.artifacts ?? []) {
            // Windows executables also list their .pdb: only the program itself is run.
            if (/\.(pdb|lib|exp)$/i.test(a.path))
                continue;
            out.push({ name: target.name, path: (0,external_node_path_.isAbsolute)(a.path) ? a.path : (0,external_node_path_.join)(buildDir, a.path) });
        }
    }
    return out;
}
async function checkConsumer(ctx, dir, prefix, cache) {
    const { exec, tools, inputs } = ctx;
    const buildDir = (0,external_node_path_.join)(ctx.plan.buildDir, 'aswf-consumer');
    // A fresh build folder every time: a cached <Package>_DIR from an earlier run would find an old install. Then a
    // query of CMake's file API for the code model: it names the consumer's executables and where they are built. Both
    // through the executor, so that the folder belongs to the user the commands run as (in a container too).
    const query = (0,external_node_path_.join)(buildDir, '.cmake', 'api', 'v1', 'query');
    for (const argv of [
        [tools.cmake, '-E', 'remove_directory', buildDir],
        [tools.cmake, '-E', 'make_directory', query],
        [tools.cmake, '-E', 'touch', (0,external_node_path_.join)(query, 'codemodel-v2')],
    ]) {
        await exec.run(argv, { silent: true });
    }
    // The same generator, configuration, compilers and toolchain as the main build, read back from its cache.
    const generator = cache.CMAKE_GENERATOR || ctx.plan.generator;
    const config = cache.CMAKE_BUILD_TYPE || inputs.buildType;
    const multi = isMultiConfig(generator);
    const configure = [tools.cmake, '-S', dir, '-B', buildDir];
    if (generator)
        configure.push('-G', generator);
    if (cache.CMAKE_GENERATOR_PLATFORM)
        configure.push('-A', cache.CMAKE_GENERATOR_PLATFORM);
    if (cache.CMAKE_GENERATOR_TOOLSET)
        configure.push('-T', cache.CMAKE_GENERATOR_TOOLSET);
    const define = (name, value) => value && configure.push(`-D${name}=${value}`);
    if (!multi)
        define('CMAKE_BUILD_TYPE', config);
    define('CMAKE_PREFIX_PATH', prefix);
    define('CMAKE_C_COMPILER', inputs.cCompiler ?? cache.CMAKE_C_COMPILER);
    define('CMAKE_CXX_COMPILER', inputs.cxxCompiler ?? cache.CMAKE_CXX_COMPILER);
    define('CMAKE_MAKE_PROGRAM', cache.CMAKE_MAKE_PROGRAM);
    define('CMAKE_TOOLCHAIN_FILE', inputs.toolchainFile ?? cache.CMAKE_TOOLCHAIN_FILE);
    if (inputs.compilerLauncher) {
        define('CMAKE_C_COMPILER_LAUNCHER', inputs.compilerLauncher);
        define('CMAKE_CXX_COMPILER_LAUNCHER', inputs.compilerLauncher);
    }
    const run = (argv, cwd = inputs.workingDirectory) => exec.run(argv, { cwd, env: ctx.env, ignoreReturnCode: true });
    const failed = (what, argv, result, line) => {
        const output = `${result.stdout}\n${result.stderr}`;
        const text = (0,format/* tail */.RT)(output, 30);
        ctx.step.info(`The last lines of the consumer's ${(0,format/* safe */.gB)(what)}:\n${text}`);
        return { ok: false, detail: line ?? `${what} failed: ${argv[0]} exited with code ${result.exitCode}`, more: { title: `Consumer ${what}: last lines of output`, text } };
    };
    const configured = await run(configure);
    if (configured.exitCode !== 0) {
        const message = cmakeErrorLine(`${configured.stdout}\n${configured.stderr}`);
        return failed('configure', configure, configured, `configure failed against ${prefix}${message ? `: ${message}` : ` (cmake exited with code ${configured.exitCode})`}`);
    }
    const build = [tools.cmake, '--build', buildDir, ...(config ? ['--config', config] : []), '--parallel', String(inputs.parallel)];
    const built = await run(build);
    if (built.exitCode !== 0)
        return failed('build', build, built);
    // Tests when the consumer has any (ctest --show-only=json-v1, CMake 3.14+), else its executables.
    const listing = await exec.run([tools.ctest, '--show-only=json-v1', ...(config ? ['-C', config] : [])], { cwd: buildDir, env: ctx.env, ignoreReturnCode: true, silent: true });
    let tests = 0;
    try {
        tests = JSON.parse(listing.stdout).tests?.length ?? 0;
    }
    catch {
        tests = 0;
    }
    if (tests > 0) {
        const ctest = [tools.ctest, ...(config ? ['-C', config] : []), '--output-on-failure', '--parallel', String(inputs.parallel)];
        const tested = await run(ctest, buildDir);
        if (tested.exitCode !== 0)
            return failed('tests', ctest, tested, `ctest failed in the consumer's build (exit code ${tested.exitCode})`);
        return { ok: true, detail: `configured, built and ran its ${tests} test${tests === 1 ? '' : 's'} against ${prefix}` };
    }
    let programs;
    try {
        programs = executablesFromFileApi(buildDir, config);
    }
    catch (err) {
        return { ok: false, detail: `cannot read CMake's file API reply in ${buildDir}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
    for (const program of programs) {
        const result = await run([program.path], buildDir);
        if (result.exitCode !== 0) {
            const last = lastLine(result.stderr) ?? lastLine(result.stdout);
            return failed(`program ${program.name}`, [program.path], result, `${program.name} exited with code ${result.exitCode}${last ? `: ${last}` : ''}`);
        }
    }
    if (!programs.length)
        return { ok: true, detail: `configured and built against ${prefix}; it has no tests and no executables to run` };
    return { ok: true, detail: `configured, built and ran ${programs.map((p) => p.name).join(', ')} against ${prefix}` };
}
// ---------------------------------------------------------------------------------------------------------------
// pkg-config
/** Where pkg-config looks in the install: the libdir's pkgconfig first, then lib, lib64 and share. */
function pkgConfigDirs(prefix, libdir) {
    const dirs = [libdir, 'lib', 'lib64', 'share'].filter((d) => !!d).map((d) => ((0,external_node_path_.isAbsolute)(d) ? (0,external_node_path_.join)(d, 'pkgconfig') : (0,external_node_path_.join)(prefix, d, 'pkgconfig')));
    return [...new Set(dirs)];
}
async function checkPkgConfig(ctx, prefix, cache) {
    const { exec, step } = ctx;
    if ((await exec.which('pkg-config')) === undefined) {
        return { ok: false, detail: `pkg-config is not installed on the ${exec.where} (Debian/Ubuntu: pkg-config, Rocky/Alma: pkgconf-pkg-config)` };
    }
    const separator = ctx.platform === 'win32' && exec.where === 'host' ? ';' : ':';
    const path = pkgConfigDirs(prefix, cache.CMAKE_INSTALL_LIBDIR).join(separator);
    step.info(`PKG_CONFIG_PATH=${(0,format/* safe */.gB)(path)}`);
    const lines = [];
    let ok = true;
    const report = [];
    for (const module of ctx.inputs.pkgConfig) {
        const argv = ['pkg-config', '--print-errors', '--cflags', '--libs', module];
        const result = await exec.run(argv, { env: { ...ctx.env, PKG_CONFIG_PATH: path }, ignoreReturnCode: true });
        const flags = result.stdout.trim().replace(/\s+/g, ' ');
        if (result.exitCode === 0) {
            lines.push(`${module}: ${flags || '(no flags)'}`);
            report.push(`${(0,common_exec.formatCommand)(argv)}\n${flags}`);
        }
        else {
            const why = result.stderr.trim().split(/\r?\n/).find((l) => l.trim()) ?? `pkg-config exited with code ${result.exitCode}`;
            ok = false;
            lines.push(`${module}: ${why.trim()}`);
            report.push(`${(0,common_exec.formatCommand)(argv)}\n${result.stderr.trim()}`);
        }
    }
    if (!ok)
        return { ok: false, detail: `${lines.join('; ')} (PKG_CONFIG_PATH=${path})`, more: { title: 'pkg-config output', text: report.join('\n\n') } };
    return { ok: true, detail: lines.join('; ') };
}
// ---------------------------------------------------------------------------------------------------------------
// summary and outputs
const CHECK_TITLES = { 'install-manifest': 'Install manifest', 'consumer-dir': 'Consumer', 'pkg-config': 'pkg-config' };
function installChecksMarkdown(results) {
    if (!results.length)
        return '';
    const rows = results.map((r) => [CHECK_TITLES[r.check], r.ok ? '✅ passed' : '❌ failed', (0,format/* seconds */.YA)(r.ms), (0,format/* cell */.Hn)(r.detail)]);
    const out = [`\n#### Install checks\n`, (0,format/* table */.tp)(['Check', 'Result', 'Time', 'Details'], rows)];
    for (const r of results)
        if (r.more)
            out.push((0,format/* details */.zH)(r.more.title, r.more.text));
    return out.join('\n');
}
/** The step's failure line for failed checks, or undefined. */
function describeCheckFailure(results) {
    const failed = results.filter((r) => !r.ok);
    if (!failed.length)
        return undefined;
    return `Install check${failed.length === 1 ? '' : 's'} failed: ${failed.map((r) => `${r.check} (${(0,format/* safe */.gB)(r.detail)})`).join('; ')}`;
}

;// CONCATENATED MODULE: ./src/cmake/junit.ts
const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** Reads the JUnit XML that `ctest --output-junit` writes (statuses run, fail, notrun, disabled). */
async function parseCtestJunit(xml) {
    const { XMLParser } = await __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 75824));
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

// EXTERNAL MODULE: ./src/cmake/msvc.ts
var msvc = __webpack_require__(692);
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














const TITLES = { configure: 'Configure', build: 'Build', test: 'Test', install: 'Install' };
/** The cmake action: configure, build, test and install one CMake project. */
async function runCmake(step, deps = {}) {
    const inputs = (0,cmake_inputs/* parseCmakeInputs */.i)(step.inputs);
    const exec = deps.exec ?? (0,common_exec.executorFor)(step.env, (l) => step.info(l));
    const platform = deps.platform ?? process.platform;
    const installChecks = hasInstallChecks(inputs);
    if (installChecks)
        validateInstallChecks(inputs, step.env);
    await checkProject(inputs, exec, !inputs.cmakeVersion);
    const tools = inputs.cmakeVersion ? await pinCmake(step, inputs.cmakeVersion, exec, platform) : { cmake: 'cmake', ctest: 'ctest' };
    const presets = inputs.preset ? resolvePresets(inputs.sourceDir, inputs.preset, step.env) : undefined;
    const envGenerator = step.env.CMAKE_GENERATOR || undefined;
    const ninja = !inputs.generator && !presets && !envGenerator ? (await exec.which('ninja')) !== undefined : false;
    const launcher = inputs.compilerLauncher ?? step.env.CMAKE_CXX_COMPILER_LAUNCHER ?? '';
    const msvcCcache = platform === 'win32' && /ccache/i.test(launcher);
    const plan = withTools(planCmake(inputs, { ninja, envGenerator, presets, msvcCcache }), tools);
    const env = await commandEnvironment(step, inputs, plan, exec, platform);
    step.info(`CMake project ${(0,format/* safe */.gB)(inputs.sourceDir)} → ${(0,format/* safe */.gB)(plan.buildDir)} (${(0,format/* safe */.gB)(plan.generator ?? 'default generator')}, ${(0,format/* safe */.gB)(inputs.buildType ?? `preset ${inputs.preset}`)}, on the ${exec.where})`);
    const results = [];
    let tests;
    let configureLog;
    for (const phase of plan.phases) {
        const started = Date.now();
        const run = (onLine) => exec.run(phase.argv, { cwd: phase.cwd, env, ignoreReturnCode: true, onLine });
        const matchers = phase.name === 'configure' ? ['cmake'] : phase.name === 'build' ? ['gcc', 'msvc', 'cmake'] : [];
        const result = await step.group(`${TITLES[phase.name]}: ${(0,common_exec.formatCommand)(phase.argv)}`, () => withMatchers(step, [...matchers], run));
        const done = { phase, ok: result.exitCode === 0, ms: Date.now() - started, exitCode: result.exitCode };
        results.push(done);
        if (phase.name === 'test')
            tests = await readTestResults(plan, result.stdout);
        if (!done.ok && phase.name === 'configure') {
            configureLog = configureLogTail(plan.buildDir);
            if (configureLog)
                step.info(`Configure failed. The last lines of ${(0,format/* safe */.gB)(configureLog.file)}:\n${configureLog.text}`);
        }
        if (!done.ok)
            break;
    }
    // The install checks run after a successful install, in the same environment.
    let checks = [];
    if (installChecks && results.length === plan.phases.length && results.every((r) => r.ok)) {
        checks = await runInstallChecks({ step, inputs, plan, exec, env, tools, platform });
    }
    const failure = describeFailure(results, tests) ?? describeCheckFailure(checks);
    step.summary(summaryMarkdown(inputs, plan, results, tests, failure, configureLog) + installChecksMarkdown(checks));
    setOutputs(step, plan, tests);
    if (inputs.cmakeVersion)
        step.setOutput('cmake', tools.cmake);
    if (installChecks)
        step.setOutput('install-check', checks.length ? (checks.every((c) => c.ok) ? 'passed' : 'failed') : 'not-run');
    if (inputs.install)
        step.setOutput('install-prefix', inputs.installPrefix ?? readCmakeCache(plan.buildDir).CMAKE_INSTALL_PREFIX ?? '');
    // Later steps and post steps (the ccache action's save-on-failure) read how the build went.
    step.exportVariable(vars/* BUILD_OUTCOME_VARIABLE */.Jw, failure ? 'failure' : 'success');
    if (failure)
        throw new errors/* StepFailure */.pH(failure);
}
async function checkProject(inputs, exec, cmakeOnPath = true) {
    if (!(0,external_node_fs_.existsSync)(inputs.workingDirectory)) {
        throw new errors/* InputError */.dz('working-directory', inputs.workingDirectory, 'an existing folder (relative paths are resolved against the workspace)');
    }
    if (!(0,external_node_fs_.existsSync)(inputs.sourceDir)) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${(0,format/* safe */.gB)(inputs.sourceDir)} does not exist.`);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(inputs.sourceDir, 'CMakeLists.txt'))) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${(0,format/* safe */.gB)(inputs.sourceDir)} has no CMakeLists.txt; point source-dir at the project's top-level CMakeLists.txt folder.`);
    }
    if (cmakeOnPath && (await exec.which('cmake')) === undefined) {
        throw new errors/* UserError */.yo(`cmake was not found on PATH on the ${exec.where}: install CMake (3.21 or newer for JUnit test reports) before this step.`);
    }
}
/** Extra environment for the commands: the MSVC developer environment on Windows when Ninja has no compiler. */
async function commandEnvironment(step, inputs, plan, exec, platform) {
    if (platform !== 'win32' || !plan.generator?.startsWith('Ninja') || inputs.cCompiler || inputs.cxxCompiler)
        return {};
    // Hosted Windows runners have MinGW gcc and LLVM clang on PATH: only an MSVC-style compiler counts.
    for (const compiler of ['cl', 'clang-cl'])
        if (await exec.which(compiler))
            return {};
    step.info('No MSVC compiler (cl) on PATH: setting up the MSVC developer environment (vswhere + vcvarsall) for this step.');
    return (0,msvc/* msvcEnvironment */.Rt)(exec, step.env);
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
            return { file, text: (0,format/* tail */.RT)((0,external_node_fs_.readFileSync)(file, 'utf8'), 40) };
    }
    return undefined;
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
function summaryMarkdown(inputs, plan, results, tests, failure, configureLog) {
    const out = [];
    const name = (0,external_node_path_.basename)(inputs.sourceDir);
    out.push(`### ${failure ? '❌' : '✅'} CMake: ${(0,format/* cell */.Hn)(name)} (${(0,format/* cell */.Hn)(inputs.buildType ?? `preset ${inputs.preset}`)})\n`);
    if (failure)
        out.push(`**${(0,format/* cell */.Hn)(failure)}**\n`);
    const rows = plan.phases.map((phase) => {
        const r = results.find((x) => x.phase === phase);
        let result = !r ? '⏭️ not run' : r.ok ? '✅ passed' : '❌ failed';
        if (phase.name === 'test' && tests) {
            result = `${tests.failed ? '❌' : '✅'} ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`;
        }
        return [TITLES[phase.name], result, r ? (0,format/* seconds */.YA)(r.ms) : '', `<code>${(0,format/* cell */.Hn)((0,common_exec.formatCommand)(phase.argv))}</code>`];
    });
    out.push((0,format/* table */.tp)(['Phase', 'Result', 'Time', 'Command'], rows));
    const failedTests = tests?.cases.filter((c) => c.status === 'failed') ?? [];
    if (failedTests.length) {
        out.push(`\n#### Failed tests (${failedTests.length} of ${tests.total - tests.skipped})\n`);
        out.push((0,format/* table */.tp)(['Test', 'Time'], failedTests.map((c) => [(0,format/* cell */.Hn)(c.name), `${c.time.toFixed(2)} s`])));
        for (const c of failedTests.slice(0, 20))
            out.push((0,format/* details */.zH)(`${c.name}: last lines of output`, (0,format/* tail */.RT)(c.output, 25) || '(no output)'));
    }
    if (configureLog)
        out.push((0,format/* details */.zH)(`The last lines of ${configureLog.file}`, configureLog.text));
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


/***/ }),

/***/ 56078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseCmakeInputs)
/* harmony export */ });
/* unused harmony export parseOption */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19184);




const CACHE_TYPES = ['BOOL', 'FILEPATH', 'PATH', 'STRING', 'INTERNAL', 'UNINITIALIZED'];
const OPTION = /^([A-Za-z_][A-Za-z0-9_.+\-/]*)(?::([A-Za-z]+))?=([\s\S]*)$/;
/** Checks one `options` line: `NAME=VALUE` or `NAME:TYPE=VALUE`. */
function parseOption(line) {
    (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkArgument */ .s$)('options', line);
    const m = OPTION.exec(line);
    if (!m || (m[2] !== undefined && !CACHE_TYPES.includes(m[2].toUpperCase()))) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('options', line, `one cache entry per line, NAME=VALUE or NAME:TYPE=VALUE with TYPE one of ${CACHE_TYPES.join(', ')}`);
    }
    return m[2] === undefined ? `${m[1]}=${m[3]}` : `${m[1]}:${m[2].toUpperCase()}=${m[3]}`;
}
/** A value that reaches cmake as an argument of its own (-G VALUE, --target VALUE) cannot be read as an option. */
function notAnOption(input, value, accepted) {
    if (value !== undefined && value.startsWith('-'))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `${accepted} (not an option: it cannot start with -)`);
    return value;
}
/** Parses the cmake action's inputs (a pure function of the `INPUT_*` map and the current directory). */
function parseCmakeInputs(inputs, cwd = process.cwd()) {
    const workingDirectory = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPath */ .Cg)('working-directory', inputs.string('working-directory', '.'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs.string('working-directory', '.')));
    const at = (p, input) => (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPath */ .Cg)(input, p, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, p));
    const preset = inputs.argument('preset');
    const buildType = inputs.optional('build-type') ?? (preset ? undefined : 'Release');
    if (buildType !== undefined && !/^[A-Za-z0-9_]+$/.test(buildType)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('build-type', buildType, 'a configuration name such as Release, Debug, RelWithDebInfo or MinSizeRel');
    }
    const sourceDir = at(inputs.string('source-dir', '.'), 'source-dir');
    const buildDirInput = inputs.optional('build-dir');
    const testTimeout = inputs.optional('test-timeout') === undefined ? undefined : inputs.int('test-timeout', 0, 1);
    const installPrefix = inputs.optional('install-prefix');
    const toolchainFile = inputs.optional('toolchain-file');
    const checks = parseInstallChecks(inputs, at);
    const install = inputs.bool('install', checks.any);
    if (checks.any && !install) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('install', 'false', `true (or left out) when ${checks.names.join(', ')} is given: the checks need the install`);
    }
    const cmakeVersion = inputs.optional('cmake-version');
    if (cmakeVersion !== undefined && !/^\d+\.\d+\.\d+(-rc\d+)?$/.test(cmakeVersion)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('cmake-version', cmakeVersion, 'an exact CMake release such as 3.14.7 or 4.0.3 (X.Y.Z)');
    }
    // The checks need an install they can read: without install-prefix (and without a preset, which may set its own),
    // the install goes to <build-dir>/_install rather than CMake's default /usr/local.
    const defaultPrefix = checks.any && !preset ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(at(buildDirInput ?? 'build', 'build-dir'), '_install') : undefined;
    return {
        workingDirectory,
        sourceDir,
        buildDir: at(buildDirInput ?? 'build', 'build-dir'),
        buildDirGiven: buildDirInput !== undefined,
        buildType,
        generator: notAnOption('generator', inputs.argument('generator'), 'a CMake generator name such as Ninja, Ninja Multi-Config, Unix Makefiles or Visual Studio 17 2022'),
        options: inputs.lines('options').map(parseOption),
        configureArgs: inputs.words('configure-args'),
        buildArgs: inputs.words('build-args'),
        targets: inputs.list('targets').map((t) => notAnOption('targets', (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkArgument */ .s$)('targets', t), 'target names of the project, comma or newline separated')),
        parallel: inputs.int('parallel', (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 1, 1024),
        preset,
        cCompiler: inputs.argument('c-compiler'),
        cxxCompiler: inputs.argument('cxx-compiler'),
        compilerLauncher: inputs.argument('compiler-launcher'),
        toolchainFile: toolchainFile === undefined ? undefined : at(toolchainFile, 'toolchain-file'),
        test: inputs.bool('test', true),
        testArgs: inputs.words('test-args'),
        testExclude: inputs.argument('test-exclude'),
        testLabelExclude: inputs.argument('test-label-exclude'),
        testTimeout,
        testRetries: inputs.int('test-retries', 0, 0, 100),
        install,
        installPrefix: installPrefix === undefined ? defaultPrefix : at(installPrefix, 'install-prefix'),
        installManifest: checks.installManifest,
        consumerDir: checks.consumerDir,
        pkgConfig: checks.pkgConfig,
        cmakeVersion,
    };
}
const PKG_CONFIG_MODULE = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
function parseInstallChecks(inputs, at) {
    const installManifest = inputs.optional('install-manifest');
    const consumerDir = inputs.optional('consumer-dir');
    const pkgConfig = inputs.list('pkg-config');
    for (const module of pkgConfig) {
        if (!PKG_CONFIG_MODULE.test(module))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pkg-config', module, 'pkg-config module names (letters, digits, _ . + -), separated by commas or newlines');
    }
    const names = [installManifest && 'install-manifest', consumerDir && 'consumer-dir', pkgConfig.length && 'pkg-config'].filter((n) => !!n);
    return {
        installManifest: installManifest === undefined ? undefined : at(installManifest, 'install-manifest'),
        consumerDir: consumerDir === undefined ? undefined : at(consumerDir, 'consumer-dir'),
        pkgConfig,
        names,
        any: names.length > 0,
    };
}


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rt: () => (/* binding */ msvcEnvironment),
/* harmony export */   yI: () => (/* binding */ vswhereArgs)
/* harmony export */ });
/* unused harmony exports environmentChanges, vcvarsArch, vcvarsCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);



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
/** vswhere's arguments: the newest Visual Studio with the C++ tools, one property (the ccache action asks the same). */
function vswhereArgs(property) {
    return ['-latest', '-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-property', property];
}
/**
 * The MSVC developer environment (what a "Developer Command Prompt" has), found with vswhere and vcvarsall.
 * vcvarsall is a batch file, so it runs through cmd.exe; the only values on that command line are the path vswhere
 * reported and a fixed architecture word, never an input.
 */
async function msvcEnvironment(exec, env, arch = process.arch) {
    const vswhere = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(vswhere))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No C++ compiler on PATH and no Visual Studio found (${vswhere} is missing).`);
    const found = await exec.run([vswhere, ...vswhereArgs('installationPath')], { silent: true });
    const vs = found.stdout.trim().split(/\r?\n/)[0];
    if (!vs)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('No C++ compiler on PATH and vswhere found no Visual Studio with the C++ tools.');
    const result = await exec.run(vcvarsCommand((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(vs, 'VC', 'Auxiliary', 'Build', 'vcvarsall.bat'), arch), { silent: true, verbatim: true });
    return environmentChanges(result.stdout, env);
}
/**
 * `cmd.exe /d /s /c ""<vcvarsall>" <arch> >nul && set"`, to be passed verbatim: with /s, cmd strips the outer
 * quotes and runs the rest, so the path (it holds spaces) stays quoted.
 */
function vcvarsCommand(vcvarsall, arch) {
    if (/["%^&|<>]/.test(vcvarsall))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot run vcvarsall from a path holding cmd.exe metacharacters: ${vcvarsall}`);
    return ['cmd.exe', '/d', '/s', '/c', `""${vcvarsall}" ${vcvarsArch(arch)} >nul && set"`];
}


/***/ }),

/***/ 96941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);



/** The SHA-256 of a file, hex, streamed from disk in 1 MiB reads (memory stays flat whatever the size). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
}


/***/ })

};

export const id = 764;
export const ids = [764];
export const modules = {

/***/ 12764:
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
// EXTERNAL MODULE: ./src/common/matchers.ts + 1 modules
var common_matchers = __webpack_require__(75603);
// EXTERNAL MODULE: ./src/common/vars.ts
var vars = __webpack_require__(55603);
// EXTERNAL MODULE: ./src/ccache/stats.ts
var stats = __webpack_require__(95314);
// EXTERNAL MODULE: ./src/cmake/cmake-version.ts
var cmake_version = __webpack_require__(83185);
// EXTERNAL MODULE: ./src/cmake/inputs.ts
var cmake_inputs = __webpack_require__(56078);
// EXTERNAL MODULE: ./src/analysis/inputs.ts
var analysis_inputs = __webpack_require__(31825);
// EXTERNAL MODULE: ./src/cmake/plan.ts
var cmake_plan = __webpack_require__(30808);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
// EXTERNAL MODULE: ./src/cmake/cache.ts
var cmake_cache = __webpack_require__(35481);
;// CONCATENATED MODULE: ./src/cmake/install-check.ts









const hasInstallChecks = (inputs) => inputs.installManifest !== undefined || inputs.consumerDir !== undefined || inputs.pkgConfig.length > 0;
/** The workspace: paths from the check inputs must stay inside it. */
function workspaceOf(env) {
    return (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
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
        if (!(0,paths/* isInside */.F)(workspace, path) || !(0,paths/* isInside */.F)(workspace, real(path))) {
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
async function runInstallChecks(ctx) {
    const cache = (0,cmake_cache/* readCmakeCache */.c)(ctx.plan.buildDir);
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
        await timed('install-manifest', `Install check: installed files against ${(0,format/* safe */.gB)(manifest)}`, async () => checkManifest(ctx, manifest, prefix, cache));
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
 * replaced by the step's environment variable NAME when it is set, else by `defaults` (the build's version:
 * MAJOR, MINOR, PATCH, as those projects' validate scripts fill them; OpenEXR writes `libIex-$MAJOR_$MINOR.so`). A
 * variable that has no value either (Imath's `$SOVERSION`) matches one version part: a run of characters without
 * `/`, `.` or `_`. An absolute path under the prefix is made relative to it, so a copy of CMake's own
 * install_manifest.txt from a build with the same prefix works as is.
 */
function readExpectedManifest(text, prefix, env, caseless = false, defaults = {}) {
    const entries = [];
    const VARIABLE = /\$(?:([A-Za-z0-9]+)|\{(\w+)\})/g;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        let open = false;
        const expanded = line.replace(VARIABLE, (whole, a, b) => {
            const value = env[(a ?? b)] ?? defaults[(a ?? b)];
            if (value === undefined)
                open = true;
            return value ?? whole;
        });
        const path = normalisePath(expanded, prefix, caseless);
        if (!open)
            return entries.push({ path, line: i + 1 });
        const source = path
            .split(VARIABLE)
            .filter((_, k) => k % 3 === 0)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/._]+');
        entries.push({ path, line: i + 1, pattern: new RegExp(`^${source}$`, caseless ? 'i' : '') });
    });
    return entries;
}
/** MAJOR, MINOR and PATCH of the project's version, from its CMakeCache.txt (for a manifest's variables). */
function versionVariables(cache) {
    const out = {};
    for (const part of ['MAJOR', 'MINOR', 'PATCH']) {
        const value = cache[`CMAKE_PROJECT_VERSION_${part}`];
        if (value)
            out[part] = value;
    }
    return out;
}
function diffManifest(expected, installed) {
    const have = new Set(installed);
    const want = new Set(expected.filter((e) => !e.pattern).map((e) => e.path));
    const patterns = expected.flatMap((e) => (e.pattern ? [e.pattern] : []));
    const missing = [];
    const seen = new Set();
    for (const e of expected) {
        const found = e.pattern ? [...have].some((p) => e.pattern.test(p)) : have.has(e.path);
        if (!found && !seen.has(e.path))
            missing.push(e);
        seen.add(e.path);
    }
    const extra = [...have].filter((p) => !want.has(p) && !patterns.some((r) => r.test(p))).sort();
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
async function checkManifest(ctx, manifest, prefix, cache) {
    const { step } = ctx;
    const caseless = ctx.platform === 'win32' && ctx.exec.where === 'host';
    const installed = installedFiles(ctx.plan.buildDir, prefix, caseless);
    if (!installed) {
        return { ok: false, detail: `no install_manifest.txt in ${ctx.plan.buildDir}: cmake --install wrote no record of the files` };
    }
    const expected = readExpectedManifest((0,external_node_fs_.readFileSync)(manifest, 'utf8'), prefix, step.env, caseless, versionVariables(cache));
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
    const multi = (0,cmake_plan/* isMultiConfig */.Wg)(generator);
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
    // A sanitizer or coverage build's install needs its runtime in the consumer too (ASan's and gcov's symbols): the
    // consumer gets the main build's compile and link flags, which hold the analysis flags.
    if ((0,analysis_inputs/* analysisWanted */.Y3)(inputs.analysis)) {
        for (const name of ['CMAKE_C_FLAGS', 'CMAKE_CXX_FLAGS', 'CMAKE_EXE_LINKER_FLAGS', 'CMAKE_SHARED_LINKER_FLAGS', 'CMAKE_MODULE_LINKER_FLAGS'])
            define(name, cache[name]);
    }
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

// EXTERNAL MODULE: ./src/ccache/keys.ts
var keys = __webpack_require__(97325);
;// CONCATENATED MODULE: ./src/analysis/compiler.ts


/** The family and version from a compiler's version output (the ccache action's reading of it). */
function compilerFromVersion(text) {
    const id = (0,keys/* compilerToolchain */.lr)(text);
    const m = /^(msvc|appleclang|clang|intel|gcc|cc)(\d+)?/.exec(id);
    const family = m?.[1] === 'msvc' ? 'msvc' : m?.[1] === 'appleclang' ? 'appleclang' : m?.[1] === 'clang' || m?.[1] === 'intel' ? 'clang' : m?.[1] === 'gcc' ? 'gcc' : 'unknown';
    return { family, major: m?.[2] ? Number(m[2]) : undefined };
}
/**
 * The C++ compiler CMake will pick, as CMake picks it: the cxx-compiler input, else CXX, else the first of its
 * default names on the executor's PATH (c++, g++, clang++; cl and clang-cl on a Windows host). Only a name is needed
 * to choose flags, so a compiler that cannot be run gives `unknown` and the GCC/Clang spelling of the flags.
 */
async function detectCompiler(exec, cxxCompiler, env, platform) {
    const windows = platform === 'win32' && exec.where === 'host';
    const named = [cxxCompiler, env.CXX].map((c) => c?.trim()).filter((c) => !!c);
    const candidates = named.length ? [named[0]] : windows ? ['cl', 'clang-cl', 'c++', 'g++', 'clang++'] : ['c++', 'g++', 'clang++'];
    for (const candidate of candidates) {
        const path = await exec.which(candidate);
        if (!path)
            continue;
        const msvc = /^cl(\.exe)?$/i.test((0,external_node_path_.basename)(path.replace(/\\/g, '/')));
        if (msvc)
            return { family: 'msvc', program: path, source: `${path}` };
        const result = await exec.run([path, '--version'], { silent: true, ignoreReturnCode: true }).catch(() => undefined);
        const text = result ? result.stdout || result.stderr : '';
        const found = compilerFromVersion(text);
        // clang-cl takes cl's options: for the sanitizers it takes -fsanitize= as clang does.
        if (found.family !== 'unknown')
            return { ...found, program: path, source: `${path}: ${text.split(/\r?\n/).find((l) => l.trim()) ?? ''}` };
    }
    return { family: windows ? 'msvc' : 'unknown', source: named.length ? `${named[0]} (not found on PATH)` : 'no C++ compiler found on PATH' };
}

;// CONCATENATED MODULE: ./src/analysis/reports.ts
/**
 * The coverage model the action reports from, and the report formats it writes itself: lcov `.info` (from gcovr's
 * JSON, which gcovr 5 cannot write as lcov) and, for `coverage: llvm`, Cobertura and SonarQube generic XML (gcovr
 * writes those for `coverage: gcov`). Pure functions of the model.
 */
function fileTotals(f) {
    let linesCovered = 0;
    for (const hits of f.lines.values())
        if (hits > 0)
            linesCovered++;
    return {
        linesCovered,
        linesTotal: f.lines.size,
        branchesCovered: f.branches.filter((b) => (b.taken ?? 0) > 0).length,
        branchesTotal: f.branches.length,
    };
}
function totals(files) {
    const t = { linesCovered: 0, linesTotal: 0, branchesCovered: 0, branchesTotal: 0 };
    for (const f of files) {
        const ft = fileTotals(f);
        t.linesCovered += ft.linesCovered;
        t.linesTotal += ft.linesTotal;
        t.branchesCovered += ft.branchesCovered;
        t.branchesTotal += ft.branchesTotal;
    }
    return t;
}
/** A percentage rounded to one decimal, as gcovr shows it; 0 when there is nothing to cover. */
function percent(covered, total) {
    return total === 0 ? 0 : Math.round((1000 * covered) / total) / 10;
}
/** Reads gcovr's JSON report into the model (non-code and excluded lines left out, as gcovr counts). */
function fromGcovrJson(text) {
    const data = JSON.parse(text);
    return data.files.map((f) => {
        const lines = new Map();
        const branches = [];
        for (const l of f.lines) {
            if (l['gcovr/noncode'] || l['gcovr/excluded'])
                continue;
            lines.set(l.line_number, (lines.get(l.line_number) ?? 0) + l.count);
            l.branches.forEach((b, i) => branches.push({ line: l.line_number, block: 0, branch: i, taken: l.count > 0 ? b.count : undefined }));
        }
        const functions = (f.functions ?? []).map((fn) => ({ name: fn.name, line: fn.lineno, hits: fn.execution_count }));
        return { file: f.file.split('\\').join('/'), lines, branches, functions };
    });
}
/** Reads an lcov tracefile (`llvm-cov export -format=lcov`); `path` maps each SF path (absolute) to a repository path, or undefined to drop it. */
function fromLcov(text, path) {
    const out = new Map();
    let current;
    const fnLines = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const colon = line.indexOf(':');
        const tag = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1);
        if (tag === 'SF') {
            const file = path(value);
            fnLines.clear();
            current = file === undefined ? undefined : (out.get(file) ?? { file, lines: new Map(), branches: [], functions: [] });
            if (current)
                out.set(current.file, current);
        }
        else if (!current) {
            continue;
        }
        else if (tag === 'DA') {
            const [n, hits] = value.split(',');
            current.lines.set(Number(n), (current.lines.get(Number(n)) ?? 0) + Number(hits));
        }
        else if (tag === 'BRDA') {
            const [n, block, branch, taken] = value.split(',');
            current.branches.push({ line: Number(n), block: Number(block), branch: Number(branch), taken: taken === '-' ? undefined : Number(taken) });
        }
        else if (tag === 'FN') {
            const comma = value.indexOf(',');
            fnLines.set(value.slice(comma + 1), Number(value.slice(0, comma)));
        }
        else if (tag === 'FNDA') {
            const comma = value.indexOf(',');
            const name = value.slice(comma + 1);
            current.functions.push({ name, line: fnLines.get(name) ?? 0, hits: Number(value.slice(0, comma)) });
        }
    }
    return [...out.values()];
}
const byLine = (xs) => [...xs].sort((a, b) => a.line - b.line);
/** An lcov tracefile (Codecov, Coveralls, genhtml read it), paths relative to the repository root. */
function toLcov(files) {
    const out = [];
    for (const f of files) {
        const t = fileTotals(f);
        out.push('TN:', `SF:${f.file}`);
        for (const fn of byLine(f.functions))
            out.push(`FN:${fn.line},${fn.name}`);
        for (const fn of byLine(f.functions))
            out.push(`FNDA:${fn.hits},${fn.name}`);
        out.push(`FNF:${f.functions.length}`, `FNH:${f.functions.filter((fn) => fn.hits > 0).length}`);
        for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0]))
            out.push(`DA:${line},${hits}`);
        for (const b of f.branches)
            out.push(`BRDA:${b.line},${b.block},${b.branch},${b.taken === undefined ? '-' : b.taken}`);
        out.push(`BRF:${t.branchesTotal}`, `BRH:${t.branchesCovered}`, `LF:${t.linesTotal}`, `LH:${t.linesCovered}`, 'end_of_record');
    }
    return out.join('\n') + '\n';
}
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
function branchesByLine(f) {
    const map = new Map();
    for (const b of f.branches) {
        const e = map.get(b.line) ?? { total: 0, covered: 0 };
        e.total++;
        if ((b.taken ?? 0) > 0)
            e.covered++;
        map.set(b.line, e);
    }
    return map;
}
/** SonarQube's generic coverage format (sonar.coverageReportPaths), paths relative to the repository root. */
function toSonarqube(files) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<coverage version="1">'];
    for (const f of files) {
        out.push(`  <file path="${xml(f.file)}">`);
        const branches = branchesByLine(f);
        for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0])) {
            const b = branches.get(line);
            const extra = b ? ` branchesToCover="${b.total}" coveredBranches="${b.covered}"` : '';
            out.push(`    <lineToCover lineNumber="${line}" covered="${hits > 0}"${extra}/>`);
        }
        out.push('  </file>');
    }
    out.push('</coverage>');
    return out.join('\n') + '\n';
}
const rate = (covered, total) => (total === 0 ? '1.0' : String(covered / total));
/** A Cobertura XML report (Codecov, GitLab, Jenkins read it): one package per folder, sources relative to `.`. */
function toCobertura(files, timestamp = Math.floor(Date.now() / 1000)) {
    const all = totals(files);
    const packages = new Map();
    for (const f of files) {
        const dir = f.file.includes('/') ? f.file.slice(0, f.file.lastIndexOf('/')) : '';
        packages.set(dir, [...(packages.get(dir) ?? []), f]);
    }
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>",
        `<coverage line-rate="${rate(all.linesCovered, all.linesTotal)}" branch-rate="${rate(all.branchesCovered, all.branchesTotal)}" lines-covered="${all.linesCovered}" lines-valid="${all.linesTotal}" branches-covered="${all.branchesCovered}" branches-valid="${all.branchesTotal}" complexity="0.0" timestamp="${timestamp}" version="aswf-ci-actions">`,
        '  <sources>',
        '    <source>.</source>',
        '  </sources>',
        '  <packages>',
    ];
    for (const [dir, members] of [...packages].sort((a, b) => a[0].localeCompare(b[0]))) {
        const t = totals(members);
        out.push(`    <package name="${xml(dir.split('/').join('.') || '.')}" line-rate="${rate(t.linesCovered, t.linesTotal)}" branch-rate="${rate(t.branchesCovered, t.branchesTotal)}" complexity="0.0">`, '      <classes>');
        for (const f of members) {
            const ft = fileTotals(f);
            const name = f.file.slice(f.file.lastIndexOf('/') + 1).replace(/\./g, '_');
            out.push(`        <class name="${xml(name)}" filename="${xml(f.file)}" line-rate="${rate(ft.linesCovered, ft.linesTotal)}" branch-rate="${rate(ft.branchesCovered, ft.branchesTotal)}" complexity="0.0">`, '          <methods/>', '          <lines>');
            const branches = branchesByLine(f);
            for (const [line, hits] of [...f.lines].sort((a, b) => a[0] - b[0])) {
                const b = branches.get(line);
                const cond = b ? ` branch="true" condition-coverage="${Math.round((100 * b.covered) / b.total)}% (${b.covered}/${b.total})"` : ' branch="false"';
                out.push(`            <line number="${line}" hits="${hits}"${cond}/>`);
            }
            out.push('          </lines>', '        </class>');
        }
        out.push('      </classes>', '    </package>');
    }
    out.push('  </packages>', '</coverage>');
    return out.join('\n') + '\n';
}
/**
 * A glob of repository paths as a regular expression that both JavaScript and Python (gcovr's --exclude) read the
 * same way: `**` any folders, `*` and `?` within one path component, anchored at both ends.
 */
function globToRegex(glob) {
    let out = '';
    const g = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            if (g[i + 2] === '/') {
                out += '(?:.*/)?';
                i += 2;
            }
            else {
                out += '.*';
                i += 1;
            }
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
    }
    return `^${out}$`;
}

;// CONCATENATED MODULE: ./src/analysis/coverage.ts





/** Where the reports go, inside the build folder. */
const COVERAGE_DIR = 'coverage';
const posix = (p) => p.split(external_node_path_.sep).join('/');
function reportPaths(buildDir) {
    const dir = (0,external_node_path_.join)(buildDir, COVERAGE_DIR);
    return { cobertura: (0,external_node_path_.join)(dir, 'cobertura.xml'), lcov: (0,external_node_path_.join)(dir, 'coverage.info'), sonarqube: (0,external_node_path_.join)(dir, 'sonarqube.xml'), html: (0,external_node_path_.join)(dir, 'html', 'index.html') };
}
/** The folder the `llvm` profiles are written to (LLVM_PROFILE_FILE of the test phase). */
const profileDir = (buildDir) => (0,external_node_path_.join)(buildDir, COVERAGE_DIR, 'profiles');
/** The test environment of a coverage build: `llvm` writes one raw profile per process and module into the build folder. */
function coverageEnvironment(tool, buildDir) {
    return tool === 'llvm' ? { LLVM_PROFILE_FILE: (0,external_node_path_.join)(profileDir(buildDir), '%p-%m.profraw') } : {};
}
/** Regular expressions (gcovr's --exclude, and the llvm path's filter) for the excluded globs and the build folder. */
function excludeRegexes(root, buildDir, globs) {
    const out = globs.map(globToRegex);
    if ((0,paths/* isInside */.F)(root, buildDir) && (0,external_node_path_.resolve)(buildDir) !== (0,external_node_path_.resolve)(root))
        out.push(globToRegex(`${posix((0,external_node_path_.relative)(root, buildDir))}/**`));
    return out;
}
/** gcovr's command line after its program (pure). */
function gcovrArgs(ctx, json, summary, gcovExecutable) {
    const r = reportPaths(ctx.buildDir);
    const args = ['--root', ctx.root, ctx.buildDir, '--exclude-throw-branches', '--exclude-unreachable-branches'];
    for (const regex of excludeRegexes(ctx.root, ctx.buildDir, ctx.exclude))
        args.push('--exclude', regex);
    if (gcovExecutable)
        args.push('--gcov-executable', gcovExecutable);
    args.push('-j', String(Math.max(1, ctx.parallel)));
    args.push('--json', json, '--json-summary', summary, '--xml', r.cobertura, '--xml-pretty', '--sonarqube', r.sonarqube, '--html-details', r.html, '--html-title', 'Coverage');
    return args;
}
/** The first of `names` on the executor's PATH. */
async function firstOnPath(exec, names) {
    for (const name of names)
        if (await exec.which(name))
            return name;
    return undefined;
}
/** An LLVM tool matching the compiler: llvm-cov-14 for Clang 14 when present, else the unversioned one; xcrun's on macOS. */
async function llvmTool(exec, tool, compiler) {
    if (compiler.family === 'appleclang' && (await exec.which('xcrun')))
        return ['xcrun', tool];
    const found = await firstOnPath(exec, [...(compiler.major ? [`${tool}-${compiler.major}`] : []), tool]);
    return found ? [found] : undefined;
}
/**
 * gcovr as a command: found on PATH (or as a Python module), else installed: the distribution's package with apt-get
 * (with sudo when not root), else pip (into the user's site, then into a virtual environment in the build folder).
 */
async function findOrInstallGcovr(step, exec, buildDir) {
    if (await exec.which('gcovr'))
        return ['gcovr'];
    const python = await firstOnPath(exec, ['python3', 'python']);
    const asModule = async (py) => (await exec.run([py, '-m', 'gcovr', '--version'], { silent: true, ignoreReturnCode: true })).exitCode === 0;
    if (python && (await asModule(python)))
        return [python, '-m', 'gcovr'];
    step.info(`gcovr was not found on the ${exec.where}: installing it.`);
    const ok = async (argv) => (await exec.run(argv, { ignoreReturnCode: true }).catch(() => ({ exitCode: 1 }))).exitCode === 0;
    if (await exec.which('apt-get')) {
        const id = await exec.run(['id', '-u'], { silent: true, ignoreReturnCode: true });
        const sudo = id.stdout.trim() !== '0' && (await exec.which('sudo')) ? ['sudo'] : [];
        const install = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'gcovr'];
        if ((await ok(install)) || ((await ok([...sudo, 'apt-get', 'update'])) && (await ok(install)))) {
            if (await exec.which('gcovr'))
                return ['gcovr'];
        }
    }
    if (python) {
        if ((await ok([python, '-m', 'pip', 'install', '--user', 'gcovr'])) && (await asModule(python)))
            return [python, '-m', 'gcovr'];
        const venv = (0,external_node_path_.join)(buildDir, COVERAGE_DIR, 'gcovr-venv');
        const venvPython = (0,external_node_path_.join)(venv, 'bin', 'python');
        if ((await ok([python, '-m', 'venv', venv])) && (await ok([venvPython, '-m', 'pip', 'install', 'gcovr'])) && (await asModule(venvPython)))
            return [venvPython, '-m', 'gcovr'];
    }
    throw new errors/* UserError */.yo(`coverage: gcov needs gcovr, which is not on the ${exec.where} and could not be installed (apt-get, pip): install gcovr (pip install gcovr) before this step.`);
}
function coverage_summarize(tool, files, reports, line, branch) {
    const t = totals(files);
    return {
        tool,
        linePercent: line ?? percent(t.linesCovered, t.linesTotal),
        branchPercent: t.branchesTotal === 0 ? undefined : (branch ?? percent(t.branchesCovered, t.branchesTotal)),
        linesCovered: t.linesCovered,
        linesTotal: t.linesTotal,
        files: files.map((f) => {
            const ft = fileTotals(f);
            return { file: f.file, linesCovered: ft.linesCovered, linesTotal: ft.linesTotal, linePercent: percent(ft.linesCovered, ft.linesTotal) };
        }),
        reports,
    };
}
/** gcov: gcovr reads the .gcda/.gcno files of the build and writes every report but lcov, which comes from its JSON. */
async function gcovReport(ctx) {
    const { exec, step, buildDir } = ctx;
    const gcovr = await findOrInstallGcovr(step, exec, buildDir);
    const dir = (0,external_node_path_.join)(buildDir, COVERAGE_DIR);
    const json = (0,external_node_path_.join)(dir, 'gcovr.json');
    const summaryFile = (0,external_node_path_.join)(dir, 'gcovr-summary.json');
    let gcov;
    if (ctx.compiler.family === 'clang') {
        // Clang's .gcda files are read by its own gcov (llvm-cov gcov); GCC's gcov rejects their version.
        const llvmCov = await llvmTool(exec, 'llvm-cov', ctx.compiler);
        if (llvmCov)
            gcov = `${llvmCov.join(' ')} gcov`;
    }
    const argv = [...gcovr, ...gcovrArgs(ctx, json, summaryFile, gcov)];
    const result = await exec.run(argv, { cwd: ctx.root, ignoreReturnCode: true });
    if (result.exitCode !== 0 || !(0,external_node_fs_.existsSync)(summaryFile)) {
        throw new errors/* StepFailure */.pH(`Coverage report failed: gcovr exited with code ${result.exitCode}`);
    }
    const files = fromGcovrJson((0,external_node_fs_.readFileSync)(json, 'utf8'));
    (0,external_node_fs_.writeFileSync)(reportPaths(buildDir).lcov, toLcov(files));
    // The totals are gcovr's own figures, so the action says what gcovr says.
    const summary = JSON.parse((0,external_node_fs_.readFileSync)(summaryFile, 'utf8'));
    return coverage_summarize('gcov', files, reportPaths(buildDir), summary.line_percent, summary.branch_total ? summary.branch_percent : undefined);
}
const MAGIC = [0x7f454c46 /* ELF */, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe /* Mach-O */, 0xcafebabe /* universal */];
/** Executables and shared libraries of the build folder (ELF or Mach-O), outside CMake's own CMakeFiles. */
function instrumentedObjects(buildDir) {
    const out = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'CMakeFiles' && entry.name !== COVERAGE_DIR)
                    walk(path);
            }
            else if (entry.isFile() && (/\.(so(\.\d+)*|dylib)$/.test(entry.name) || ((0,external_node_fs_.statSync)(path).mode & 0o111) !== 0)) {
                const fd = (0,external_node_fs_.openSync)(path, 'r');
                const head = Buffer.alloc(4);
                const n = (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
                (0,external_node_fs_.closeSync)(fd);
                if (n === 4 && MAGIC.includes(head.readUInt32BE(0)))
                    out.push(path);
            }
        }
    };
    walk(buildDir);
    return out.sort();
}
/** llvm: merge the raw profiles, export lcov with llvm-cov, write the other reports from it; HTML by llvm-cov show. */
async function llvmReport(ctx) {
    const { exec, buildDir } = ctx;
    const profdata = await llvmTool(exec, 'llvm-profdata', ctx.compiler);
    const cov = await llvmTool(exec, 'llvm-cov', ctx.compiler);
    if (!profdata || !cov)
        throw new errors/* UserError */.yo(`coverage: llvm needs llvm-profdata and llvm-cov on the ${exec.where} (the llvm package of the compiler's version).`);
    const profiles = (0,external_node_fs_.existsSync)(profileDir(buildDir)) ? (0,external_node_fs_.readdirSync)(profileDir(buildDir)).filter((f) => f.endsWith('.profraw')) : [];
    if (!profiles.length)
        throw new errors/* StepFailure */.pH(`Coverage report failed: the tests wrote no profile to ${profileDir(buildDir)} (were they built with coverage: llvm?)`);
    const dir = (0,external_node_path_.join)(buildDir, COVERAGE_DIR);
    const merged = (0,external_node_path_.join)(dir, 'coverage.profdata');
    const m = await exec.run([...profdata, 'merge', '-sparse', ...profiles.map((p) => (0,external_node_path_.join)(profileDir(buildDir), p)), '-o', merged], { ignoreReturnCode: true });
    if (m.exitCode !== 0)
        throw new errors/* StepFailure */.pH(`Coverage report failed: llvm-profdata exited with code ${m.exitCode}`);
    const objects = instrumentedObjects(buildDir);
    if (!objects.length)
        throw new errors/* StepFailure */.pH(`Coverage report failed: no executable or shared library in ${buildDir}`);
    const objectArgs = objects.flatMap((o, i) => (i === 0 ? [o] : ['-object', o]));
    const exported = await exec.run([...cov, 'export', '-format=lcov', '-instr-profile', merged, ...objectArgs], { silent: true, ignoreReturnCode: true });
    if (exported.exitCode !== 0)
        throw new errors/* StepFailure */.pH(`Coverage report failed: llvm-cov export exited with code ${exported.exitCode}: ${exported.stderr.trim().split('\n').pop() ?? ''}`);
    const excluded = excludeRegexes(ctx.root, buildDir, ctx.exclude).map((r) => new RegExp(r));
    const sources = new Map();
    const files = fromLcov(exported.stdout, (sf) => {
        const abs = (0,external_node_path_.resolve)(buildDir, sf);
        if (!(0,paths/* isInside */.F)(ctx.root, abs))
            return undefined;
        const rel = posix((0,external_node_path_.relative)(ctx.root, abs));
        if (excluded.some((re) => re.test(rel)))
            return undefined;
        sources.set(rel, abs);
        return rel;
    }).sort((a, b) => a.file.localeCompare(b.file));
    const reports = reportPaths(buildDir);
    (0,external_node_fs_.writeFileSync)(reports.lcov, toLcov(files));
    (0,external_node_fs_.writeFileSync)(reports.cobertura, toCobertura(files));
    (0,external_node_fs_.writeFileSync)(reports.sonarqube, toSonarqube(files));
    const htmlDir = (0,external_node_path_.join)(dir, 'html');
    (0,external_node_fs_.rmSync)(htmlDir, { recursive: true, force: true });
    const shown = await exec.run([...cov, 'show', '-format=html', '-show-line-counts-or-regions', '-output-dir', htmlDir, '-instr-profile', merged, ...objectArgs, '--', ...[...sources.values()]], { silent: true, ignoreReturnCode: true });
    if (shown.exitCode !== 0)
        ctx.step.warning(`llvm-cov show exited with code ${shown.exitCode}: no HTML report.`);
    return coverage_summarize('llvm', files, reports);
}
/** Writes the coverage reports of a build whose tests have run. */
async function coverageReport(ctx) {
    const dir = (0,external_node_path_.join)(ctx.buildDir, COVERAGE_DIR);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 'html'), { recursive: true });
    return ctx.tool === 'gcov' ? gcovReport(ctx) : llvmReport(ctx);
}
/** Removes the counters of an earlier run (gcov adds to .gcda files, llvm keeps old profiles), so a report covers this run's tests only. */
function resetCounters(tool, buildDir) {
    if (!(0,external_node_fs_.existsSync)(buildDir))
        return;
    if (tool === 'llvm') {
        (0,external_node_fs_.rmSync)(profileDir(buildDir), { recursive: true, force: true });
        return;
    }
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.name.endsWith('.gcda'))
                (0,external_node_fs_.rmSync)(path, { force: true });
        }
    };
    walk(buildDir);
}

;// CONCATENATED MODULE: ./src/analysis/environment.ts

const VARIABLE = { asan: 'ASAN_OPTIONS', ubsan: 'UBSAN_OPTIONS', lsan: 'LSAN_OPTIONS', tsan: 'TSAN_OPTIONS', msan: 'MSAN_OPTIONS' };
/** The suppression types each runtime reads from its `suppressions=` file. */
const SUPPRESSION_TYPES = {
    asan: ['interceptor_name', 'interceptor_via_fun', 'interceptor_via_lib', 'odr_violation'],
    lsan: ['leak'],
    tsan: ['race', 'race_top', 'mutex', 'thread', 'signal', 'deadlock', 'called_from_lib'],
    // UBSan's suppression types are its check names (-fsanitize=<check>).
    ubsan: [
        'undefined', 'alignment', 'bool', 'builtin', 'bounds', 'enum', 'float-cast-overflow', 'float-divide-by-zero', 'function',
        'implicit-conversion', 'implicit-integer-sign-change', 'implicit-signed-integer-truncation', 'implicit-unsigned-integer-truncation',
        'integer', 'integer-divide-by-zero', 'invalid-builtin-use', 'nonnull-attribute', 'null', 'nullability-arg', 'nullability-assign',
        'nullability-return', 'object-size', 'pointer-overflow', 'return', 'returns-nonnull-attribute', 'shift', 'shift-base',
        'shift-exponent', 'signed-integer-overflow', 'unreachable', 'unsigned-integer-overflow', 'unsigned-shift-base', 'vla-bound', 'vptr',
    ],
};
/** The runtimes a set of sanitizers brings (AddressSanitizer includes LeakSanitizer on Linux). */
function runtimes(sanitize, platform) {
    const out = new Set();
    for (const s of sanitize) {
        if (s === 'address') {
            out.add('asan');
            if (platform === 'linux')
                out.add('lsan');
        }
        else
            out.add({ undefined: 'ubsan', leak: 'lsan', thread: 'tsan', memory: 'msan' }[s]);
    }
    return [...out];
}
/** One suppression file's lines by the runtime that reads them; comments and blank lines dropped. */
function splitSuppressions(text, file) {
    const out = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const type = line.split(':')[0].trim();
        const runtime = Object.keys(SUPPRESSION_TYPES).find((r) => SUPPRESSION_TYPES[r].includes(type));
        if (!runtime || !line.includes(':')) {
            throw new errors/* InputError */.dz('sanitizer-suppressions', file, `suppression files of TYPE:PATTERN lines, with TYPE a suppression type of ASan (${SUPPRESSION_TYPES.asan.join(', ')}), LSan (leak), TSan (${SUPPRESSION_TYPES.tsan.join(', ')}) or a UBSan check name such as signed-integer-overflow; this file has the line ${JSON.stringify(line.slice(0, 200))}`);
        }
        (out[runtime] ??= []).push(line);
    }
    return out;
}
/** A value for a sanitizer option: quoted when it holds the option separator or a space (Windows paths hold ':'). */
const optionValue = (v) => (/[\s:,"']/.test(v) ? `"${v}"` : v);
/** The options each runtime gets by default: full reports, UBSan stops at its first finding (so the test fails). */
function defaults(runtime, platform) {
    switch (runtime) {
        case 'asan':
            return [`detect_leaks=${platform === 'linux' ? 1 : 0}`, 'check_initialization_order=1', 'detect_stack_use_after_return=1'];
        case 'ubsan':
            return ['print_stacktrace=1', 'halt_on_error=1', 'report_error_type=1'];
        case 'lsan':
            return [];
        case 'tsan':
            return ['second_deadlock_stack=1'];
        case 'msan':
            return ['print_stats=0'];
    }
}
/**
 * The environment of the test commands: `<RUNTIME>_OPTIONS` for each runtime in use, the action's defaults first,
 * then the suppression file the runtime reads (`suppressions` maps a runtime to a file), then the user's own value of
 * the variable (later options win, so the user's values win).
 */
function sanitizerEnvironment(sanitize, suppressions, userEnv, platform) {
    const env = {};
    for (const runtime of runtimes(sanitize, platform)) {
        const options = defaults(runtime, platform);
        const file = suppressions[runtime];
        if (file)
            options.push(`suppressions=${optionValue(file)}`);
        const user = userEnv[VARIABLE[runtime]]?.trim();
        if (user)
            options.push(user);
        if (options.length)
            env[VARIABLE[runtime]] = options.join(':');
    }
    return env;
}

;// CONCATENATED MODULE: ./src/analysis/findings.ts



const HEADER = /^\s*(?:==\d+==\s*)?(?:ERROR|WARNING): (AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer|HWAddressSanitizer): (.*)$/;
/** UBSan's report line: a location (`file:line:col`, or `<unknown>` without debug information), then the message. */
const UBSAN = /^\s*(?:(.+?):(\d+):(\d+)|<unknown>): runtime error: (.*)$/;
const LEAK = /^\s*(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object\(s\) allocated from:/;
const SUMMARY = /^\s*SUMMARY: (\w+): (.*)$/;
const FRAME = /^\s*#(\d+)\s+(?:0x[0-9a-fA-F]+\s+in\s+)?(.*)\s(\S+?):(\d+)(?::(\d+))?$/;
const IS_FRAME = /^\s*#(\d+)\s/;
/** UBSan's messages and the check names (-fsanitize=<check>, also its suppression types) they come from. */
const UBSAN_CHECKS = [
    [/^signed integer overflow/, 'signed-integer-overflow'],
    [/^unsigned integer overflow/, 'unsigned-integer-overflow'],
    [/^negation of .* cannot be represented/, 'signed-integer-overflow'],
    [/^division by zero/, 'integer-divide-by-zero'],
    [/^division of .* by -1 cannot be represented/, 'signed-integer-overflow'],
    [/^shift exponent/, 'shift-exponent'],
    [/^left shift of/, 'shift-base'],
    [/misaligned address/, 'alignment'],
    [/^null pointer passed as argument/, 'nonnull-attribute'],
    [/^null pointer returned from function/, 'returns-nonnull-attribute'],
    [/null pointer/, 'null'],
    [/^index .* out of bounds/, 'bounds'],
    [/is not a valid value for type '(bool|_Bool)'/, 'bool'],
    [/is not a valid value for type/, 'enum'],
    [/pointer index expression|applying (non-)?zero offset/, 'pointer-overflow'],
    [/which does not point to an object of type|dynamic type/, 'vptr'],
    [/^execution reached the end of a value-returning function/, 'return'],
    [/^execution reached an unreachable program point/, 'unreachable'],
    [/^variable length array bound/, 'vla-bound'],
    [/is outside the range of representable values/, 'float-cast-overflow'],
    [/through pointer to incorrect function type/, 'function'],
    [/^implicit conversion/, 'implicit-conversion'],
    [/insufficient space for an object/, 'object-size'],
    [/^passing zero to/, 'builtin'],
];
function ubsanCheck(message) {
    return UBSAN_CHECKS.find(([re]) => re.test(message))?.[1] ?? 'undefined-behavior';
}
/** Addresses, pids and thread ids change from run to run: they are dropped from headlines. */
const stable = (text) => text
    .replace(/\s+at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+/i, '')
    .replace(/ on address 0x[0-9a-f]+/i, '')
    .replace(/( on unknown address) 0x[0-9a-f]+/i, '$1')
    .replace(/\s*\(pid=\d+\)/, '')
    .trim();
function findings_frame(line, stack) {
    // Trailing "(module+0x1234)" and "(BuildId: ...)" groups follow the location in TSan's and Clang's frames.
    const m = FRAME.exec(line.replace(/(\s+\([^()]*\))+\s*$/, ''));
    if (!m)
        return undefined;
    return { func: m[2].trim(), file: m[3], line: Number(m[4]), col: m[5] ? Number(m[5]) : undefined, stack };
}
/**
 * The sanitizer reports in a program's output: AddressSanitizer, LeakSanitizer (one finding per leak),
 * UndefinedBehaviorSanitizer (`file:line:col: runtime error: ...`), ThreadSanitizer and MemorySanitizer, each with
 * the frames of its stacks in order.
 */
function parseSanitizerReports(text) {
    const out = [];
    let current;
    /** UBSan's stack ends at the first line that is neither a frame nor blank. */
    let ubsanOpen = false;
    let inLeaks = false;
    let lastHeaderLine = -1;
    let stack = -1;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
        const header = HEADER.exec(line);
        if (header) {
            const [, tool, rest] = header;
            ubsanOpen = false;
            if (tool === 'LeakSanitizer' && /detected memory leaks/.test(rest)) {
                inLeaks = true;
                current = undefined;
                return;
            }
            inLeaks = false;
            const body = rest.replace(/^attempting /, '');
            const kind = tool === 'ThreadSanitizer' ? stable(body).replace(/\s*\(.*$/, '') : (/^[\w-]+/.exec(body)?.[0] ?? 'error');
            current = { tool: tool, kind, headline: `${tool}: ${stable(rest)}`, frames: [] };
            stack = -1;
            out.push(current);
            lastHeaderLine = i;
            return;
        }
        const leak = inLeaks ? LEAK.exec(line) : null;
        if (leak) {
            current = { tool: 'LeakSanitizer', kind: leak[1] === 'Direct' ? 'leak' : 'indirect leak', headline: `LeakSanitizer: ${line.trim().replace(/ allocated from:$/, '')}`, frames: [] };
            stack = -1;
            out.push(current);
            return;
        }
        const ub = UBSAN.exec(line);
        if (ub) {
            const message = ub[4].trim();
            const at = ub[1] ? { func: '', file: ub[1], line: Number(ub[2]), col: Number(ub[3]) } : undefined;
            current = { tool: 'UndefinedBehaviorSanitizer', kind: ubsanCheck(message), headline: `UndefinedBehaviorSanitizer: ${message}`, at, frames: [] };
            stack = -1;
            out.push(current);
            ubsanOpen = true;
            inLeaks = false;
            return;
        }
        const summary = SUMMARY.exec(line);
        if (summary) {
            const token = /^[A-Za-z][\w-]*/.exec(summary[2])?.[0];
            // "SUMMARY: UndefinedBehaviorSanitizer: signed-integer-overflow" (report_error_type=1) names the check.
            if (current && token && current.tool !== 'ThreadSanitizer' && current.tool !== 'LeakSanitizer' && summary[1] === current.tool && token !== 'undefined-behavior') {
                current.kind = token;
            }
            current = undefined;
            ubsanOpen = false;
            inLeaks = false;
            return;
        }
        if (!current)
            return;
        const index = IS_FRAME.exec(line);
        if (index) {
            // Each stack starts again at #0.
            if (index[1] === '0')
                stack++;
            const f = findings_frame(line, stack);
            if (f)
                current.frames.push(f);
            return;
        }
        if (current.tool === 'UndefinedBehaviorSanitizer' && ubsanOpen && line.trim() !== '') {
            ubsanOpen = false;
            current = undefined;
            return;
        }
        // ASan's access line ("WRITE of size 4 at 0x... thread T0") belongs to the headline.
        if (i === lastHeaderLine + 1 && /^(READ|WRITE) of size \d+/.test(line.trim())) {
            current.headline += ` (${line.trim().replace(/ at 0x[0-9a-f]+/i, '')})`;
        }
    });
    return out;
}
/** A frame's file as an absolute path, or undefined when it cannot be placed. */
function absolutePath(file, ctx) {
    const exists = ctx.exists ?? external_node_fs_.existsSync;
    if ((0,external_node_path_.isAbsolute)(file))
        return (0,external_node_path_.resolve)(file);
    const tries = [(0,external_node_path_.resolve)(ctx.buildDir, file), (0,external_node_path_.resolve)(ctx.root, file), (0,external_node_path_.resolve)(ctx.root, file.replace(/^(\.\.?[\\/])+/, ''))];
    // A relative path that names no file here is a system header's or the C library's (../sysdeps/...).
    return tries.find(exists);
}
/** The frames inside the repository (outside the build folder first), with paths relative to the root. */
function repositoryFrames(raw, ctx) {
    const candidates = raw.at ? [raw.at, ...raw.frames] : raw.frames;
    const source = [];
    const generated = [];
    for (const f of candidates) {
        const abs = absolutePath(f.file, ctx);
        if (!abs || !(0,paths/* isInside */.F)(ctx.root, abs))
            continue;
        const rel = { ...f, file: (0,external_node_path_.relative)(ctx.root, abs).split(external_node_path_.sep).join('/') };
        ((0,paths/* isInside */.F)(ctx.buildDir, abs) ? generated : source).push(rel);
    }
    return source.length ? source : generated;
}
/**
 * The findings of a test run: each test's output (JUnit) is searched, or without it the whole ctest output. The same
 * finding (kind and location) hit by several tests is one finding listing those tests.
 */
function collectFindings(tests, ctestOutput, ctx) {
    const sources = tests?.cases.some((c) => c.output) ? tests.cases.map((c) => ({ test: c.name, text: c.output })) : [{ text: ctestOutput }];
    const byKey = new Map();
    for (const { test, text } of sources) {
        for (const raw of parseSanitizerReports(text)) {
            const placed = repositoryFrames(raw, ctx);
            const top = placed[0];
            // The annotation lists the repository frames of the stack the finding is placed in (not the allocation's).
            const stackOf = top?.stack ?? placed.find((f) => f.stack !== undefined)?.stack;
            const repoFrames = placed.filter((f) => f.stack !== undefined && f.stack === stackOf);
            const key = top ? `${raw.kind}\0${top.file}\0${top.line}` : `${raw.kind}\0${raw.headline}`;
            const found = byKey.get(key);
            if (found) {
                if (test && !found.tests.includes(test))
                    found.tests.push(test);
                continue;
            }
            byKey.set(key, { ...raw, file: top?.file, line: top?.line, col: top?.col, repoFrames, tests: test ? [test] : [] });
        }
    }
    return [...byKey.values()];
}

// EXTERNAL MODULE: ./src/analysis/flags.ts
var flags = __webpack_require__(35429);
;// CONCATENATED MODULE: ./src/analysis/run.ts










/** The most annotations written for findings (GitHub shows 10 error annotations per step, 50 per job). */
const MAX_ANNOTATIONS = 50;
const MAX_ROWS = 50;
/** The repository root: the workspace when the project is inside it, else the source folder. */
function repositoryRoot(env, sourceDir) {
    const workspace = env.GITHUB_WORKSPACE;
    if (workspace && (0,paths/* isInside */.F)(workspace, sourceDir))
        return workspace;
    return sourceDir;
}
class AnalysisSession {
    step;
    exec;
    inputs;
    compiler;
    root;
    buildDir;
    facts;
    constructor(step, exec, inputs, compiler, root, buildDir, facts) {
        this.step = step;
        this.exec = exec;
        this.inputs = inputs;
        this.compiler = compiler;
        this.root = root;
        this.buildDir = buildDir;
        this.facts = facts;
    }
    /**
     * Before configure: finds the compiler in use, checks what it can do, chooses the flags, reads the suppression
     * files and prepares the test environment. Throws an InputError for what the compiler cannot do.
     */
    static async prepare(step, exec, opts) {
        const a = opts.analysis;
        const started = Date.now();
        const compiler = await detectCompiler(exec, opts.cxxCompiler, step.env, opts.platform);
        (0,flags/* checkCompiler */.Ag)(a, compiler, opts.buildType);
        const variables = (0,flags/* flagVariables */.Yb)((0,flags/* analysisFlags */.Aw)(a, compiler));
        const cacheFile = (0,external_node_path_.join)(opts.buildDir, 'CMakeCache.txt');
        const cached = (0,external_node_fs_.existsSync)(cacheFile) ? (0,flags/* readCacheVariables */.Mi)((0,external_node_fs_.readFileSync)(cacheFile, 'utf8'), Object.keys(variables)) : undefined;
        const suppressions = writeSuppressions(step, a, opts.buildDir, opts.platform);
        const testEnv = { ...sanitizerEnvironment(a.sanitize, suppressions, step.env, opts.platform), ...coverageEnvironment(a.coverage, opts.buildDir) };
        if (a.coverage)
            resetCounters(a.coverage, opts.buildDir);
        const root = repositoryRoot(step.env, opts.sourceDir);
        const what = [a.sanitize.length ? `sanitizers ${a.sanitize.join(', ')}` : '', a.coverage ? `coverage (${a.coverage})` : ''].filter(Boolean).join(' and ');
        step.info(`Analysis build with ${what} for ${compiler.family === 'unknown' ? 'a GCC-compatible compiler' : compiler.family} (${(0,format/* safe */.gB)(compiler.source)}).`);
        for (const [name, value] of Object.entries(variables))
            step.info(`  ${name} += ${value}`);
        for (const [name, value] of Object.entries(testEnv))
            step.info(`  tests run with ${name}=${(0,format/* safe */.gB)(value ?? '')}`);
        for (const [name, value] of Object.entries(testEnv)) {
            if (/(^|:)log_path=/.test(value ?? ''))
                step.warning(`${name} sets log_path: the sanitizer reports go to files, not to the test output, so they are not turned into annotations.`);
        }
        step.info(`Analysis set up in ${Date.now() - started} ms.`);
        return new AnalysisSession(step, exec, a, compiler, root, opts.buildDir, { variables, cached: cached && Object.keys(cached).length ? cached : undefined, testEnv });
    }
    /**
     * After configure: why the build must not go on, when a flag variable of the cache lacks its analysis flags (the
     * build would run without the sanitizers or coverage it was asked for); undefined when every flag arrived.
     */
    configureProblem() {
        const cacheFile = (0,external_node_path_.join)(this.buildDir, 'CMakeCache.txt');
        if (!(0,external_node_fs_.existsSync)(cacheFile))
            return undefined;
        const missing = (0,flags/* missingFlags */.Kj)((0,external_node_fs_.readFileSync)(cacheFile, 'utf8'), this.facts.variables);
        if (!missing.length)
            return undefined;
        const them = missing.length > 1 ? 'them' : 'it';
        return `The analysis flags did not reach ${missing.join(', ')} in ${cacheFile}: the project or a configure-args -D sets ${them} with FORCE or replaces ${them}. Append to these variables instead of replacing them, or use a fresh build-dir.`;
    }
    /** After the tests: annotations and a summary for sanitizer findings, the coverage reports, outputs. */
    async afterTests(after) {
        const started = Date.now();
        try {
            return await this.report(after);
        }
        finally {
            this.step.info(`Analysis after the tests took ${Date.now() - started} ms.`);
        }
    }
    async report(after) {
        const failures = [];
        const parts = [];
        if (this.inputs.sanitize.length && after.testsRan) {
            const findings = collectFindings(after.tests, after.ctestOutput, { root: this.root, buildDir: this.buildDir });
            this.annotate(findings);
            this.step.setOutput('sanitizer-findings', findings.length);
            parts.push(sanitizerSummary(this.inputs.sanitize.join(', '), findings));
            if (findings.length) {
                const kinds = [...new Set(findings.map((f) => (0,format/* safe */.gB)(f.kind)))];
                failures.push(`sanitizers found ${findings.length} problem${findings.length === 1 ? '' : 's'} (${kinds.join(', ')})`);
            }
        }
        if (this.inputs.coverage && after.testsRan) {
            let result;
            try {
                result = await this.step.group(`Coverage report (${this.inputs.coverage})`, () => coverageReport({ step: this.step, exec: this.exec, tool: this.inputs.coverage, compiler: this.compiler, root: this.root, buildDir: this.buildDir, exclude: this.inputs.coverageExclude, parallel: after.parallel }));
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo || err instanceof errors/* StepFailure */.pH))
                    throw err;
                failures.push(err.message);
                parts.push(`#### ❌ Coverage (${this.inputs.coverage}): no report\n\n${(0,format/* escapeHtml */.ZD)((0,format/* safe */.gB)(err.message))}\n`);
                return { failure: failures.join('; '), summary: parts.join('\n') };
            }
            this.setCoverageOutputs(result);
            const min = this.inputs.coverageMinimum;
            const below = min !== undefined && result.linePercent < min;
            parts.push(coverageSummary(result, this.buildDir, below ? min : undefined));
            this.step.info(`Coverage: ${result.linePercent} % of lines (${result.linesCovered} of ${result.linesTotal})${result.branchPercent !== undefined ? `, ${result.branchPercent} % of branches` : ''}.`);
            if (below)
                failures.push(`line coverage ${result.linePercent} % is below coverage-minimum ${min} %`);
        }
        return { failure: failures.length ? failures.join('; ') : undefined, summary: parts.join('\n') };
    }
    annotate(findings) {
        findings.slice(0, MAX_ANNOTATIONS).forEach((f) => {
            const lines = [(0,format/* safe */.gB)(f.headline)];
            if (f.tests.length)
                lines.push(`in test ${f.tests.map(format/* safe */.gB).join(', ')}`);
            for (const fr of f.repoFrames.slice(0, 6))
                lines.push(`  at ${(0,format/* safe */.gB)(fr.func || '?')} ${(0,format/* safe */.gB)(fr.file)}:${fr.line}`);
            this.step.error(lines.join('\n'), { title: f.kind, file: f.file, line: f.line, col: f.col });
        });
        if (findings.length > MAX_ANNOTATIONS)
            this.step.warning(`${findings.length - MAX_ANNOTATIONS} more sanitizer findings are in the job summary only.`);
    }
    setCoverageOutputs(r) {
        this.step.setOutput('coverage', r.linePercent);
        this.step.setOutput('coverage-branches', r.branchPercent ?? '');
        this.step.setOutput('coverage-cobertura', r.reports.cobertura);
        this.step.setOutput('coverage-lcov', r.reports.lcov);
        this.step.setOutput('coverage-sonarqube', r.reports.sonarqube);
        this.step.setOutput('coverage-html', (0,external_node_fs_.existsSync)(r.reports.html) ? r.reports.html : '');
    }
}
/**
 * Routes the suppression files' lines to the runtimes in use: a file that only one runtime reads is passed as it is;
 * otherwise its lines go to one generated file per runtime in the build folder. Lines for a runtime not in use are
 * reported and left out.
 */
function writeSuppressions(step, a, buildDir, platform) {
    if (!a.suppressions.length)
        return {};
    const active = runtimes(a.sanitize, platform);
    const byRuntime = {};
    const single = {};
    for (const file of a.suppressions) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* UserError */.yo(`Input 'sanitizer-suppressions': ${file} does not exist.`);
        const parts = splitSuppressions((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
        const kinds = Object.keys(parts);
        for (const runtime of kinds) {
            if (!active.includes(runtime)) {
                step.warning(`${(0,format/* safe */.gB)(file)} has ${runtime.toUpperCase()} suppressions, but sanitize (${a.sanitize.join(', ')}) does not run ${runtime.toUpperCase()}: those lines are not used.`);
                continue;
            }
            (byRuntime[runtime] ??= []).push(...parts[runtime]);
            single[runtime] = kinds.length === 1 && single[runtime] === undefined ? file : '';
        }
    }
    const out = {};
    for (const [runtime, lines] of Object.entries(byRuntime)) {
        if (single[runtime]) {
            out[runtime] = single[runtime];
            continue;
        }
        const path = (0,external_node_path_.join)(buildDir, 'sanitizers', `${runtime}-suppressions.txt`);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, lines.join('\n') + '\n');
        out[runtime] = path;
    }
    return out;
}
function sanitizerSummary(sanitize, findings) {
    if (!findings.length)
        return `#### ✅ Sanitizers (${(0,format/* escapeHtml */.ZD)(sanitize)}): no findings\n`;
    const out = [`#### ❌ Sanitizers (${(0,format/* escapeHtml */.ZD)(sanitize)}): ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`];
    const rows = findings.slice(0, MAX_ROWS).map((f) => [
        (0,format/* cell */.Hn)(f.kind),
        f.file ? `<code>${(0,format/* cell */.Hn)(`${f.file}:${f.line}`)}</code>` : '(outside the repository)',
        f.tests.length ? f.tests.map(format/* cell */.Hn).join(', ') : '',
        (0,format/* cell */.Hn)(f.headline),
    ]);
    out.push((0,format/* table */.tp)(['Kind', 'Where', 'Tests', 'Report'], rows));
    if (findings.length > MAX_ROWS)
        out.push(`\n… and ${findings.length - MAX_ROWS} more.\n`);
    return out.join('\n');
}
function coverageSummary(r, buildDir, failedMinimum) {
    const branches = r.branchPercent !== undefined ? `, ${r.branchPercent} % of branches` : '';
    const out = [`#### ${failedMinimum !== undefined ? '❌' : '📊'} Coverage (${r.tool}): ${r.linePercent} % of lines (${r.linesCovered} of ${r.linesTotal})${branches}\n`];
    if (failedMinimum !== undefined)
        out.push(`**Below coverage-minimum ${failedMinimum} %.**\n`);
    const least = [...r.files]
        .filter((f) => f.linesTotal > 0)
        .sort((a, b) => a.linePercent - b.linePercent || b.linesTotal - b.linesCovered - (a.linesTotal - a.linesCovered) || a.file.localeCompare(b.file))
        .slice(0, 10);
    if (least.length) {
        out.push(`Least-covered files (${least.length} of ${r.files.length}):\n`);
        out.push((0,format/* table */.tp)(['File', 'Lines', 'Covered'], least.map((f) => [`<code>${(0,format/* cell */.Hn)(f.file)}</code>`, `${f.linePercent} %`, `${f.linesCovered} of ${f.linesTotal}`])));
    }
    const rel = (p) => (0,format/* cell */.Hn)((0,external_node_path_.relative)(buildDir, p));
    out.push(`\nReports in <code>${(0,format/* cell */.Hn)((0,external_node_path_.join)(buildDir, 'coverage'))}</code>: Cobertura <code>${rel(r.reports.cobertura)}</code>, lcov <code>${rel(r.reports.lcov)}</code>, SonarQube <code>${rel(r.reports.sonarqube)}</code>, HTML <code>${rel(r.reports.html)}</code>.\n`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cmake/run.ts


















const TITLES = { configure: 'Configure', build: 'Build', test: 'Test', install: 'Install' };
/** The cmake action: configure, build, test and install one CMake project. */
async function runCmake(step, deps = {}) {
    const inputs = (0,cmake_inputs/* parseCmakeInputs */["if"])(step.inputs);
    const exec = deps.exec ?? (0,common_exec.executorFor)(step.env, (l) => step.info(l));
    const platform = deps.platform ?? process.platform;
    const installChecks = hasInstallChecks(inputs);
    if (installChecks)
        validateInstallChecks(inputs, step.env);
    await checkProject(inputs, exec, !inputs.cmakeVersion);
    const tools = inputs.cmakeVersion ? await (0,cmake_version/* pinCmake */.T4)(step, inputs.cmakeVersion, exec, platform) : { cmake: 'cmake', ctest: 'ctest' };
    const presets = inputs.preset ? resolvePresets(inputs.sourceDir, inputs.preset, step.env) : undefined;
    const envGenerator = step.env.CMAKE_GENERATOR || undefined;
    const ninja = !inputs.generator && !presets && !envGenerator ? (await exec.which('ninja')) !== undefined : false;
    const launcher = inputs.compilerLauncher ?? step.env.CMAKE_CXX_COMPILER_LAUNCHER ?? '';
    const msvcCcache = platform === 'win32' && /ccache/i.test(launcher);
    const facts = { ninja, envGenerator, presets, msvcCcache };
    // Sanitizers and coverage: flags for the compiler in use, the test environment, and a report after the tests.
    const analysis = (0,analysis_inputs/* analysisWanted */.Y3)(inputs.analysis)
        ? await AnalysisSession.prepare(step, exec, { ...inputs, buildDir: (0,cmake_plan/* planCmake */.d4)(inputs, facts).buildDir, platform })
        : undefined;
    const plan = (0,cmake_version/* withTools */.YP)((0,cmake_plan/* planCmake */.d4)(inputs, { ...facts, analysis: analysis?.facts }), tools);
    const env = await commandEnvironment(step, inputs, plan, exec, platform);
    step.info(`CMake project ${(0,format/* safe */.gB)(inputs.sourceDir)} → ${(0,format/* safe */.gB)(plan.buildDir)} (${(0,format/* safe */.gB)(plan.generator ?? 'default generator')}, ${(0,format/* safe */.gB)(inputs.buildType ?? `preset ${inputs.preset}`)}, on the ${exec.where})`);
    const results = [];
    let tests;
    let configureLog;
    let testOutput;
    let stopped;
    for (const phase of plan.phases) {
        const beforeConfigure = phase.name === 'configure' ? await ccacheCounts(step, exec, launcher, env) : undefined;
        const started = Date.now();
        const run = (onLine) => exec.run(phase.argv, { cwd: phase.cwd, env: phase.env ? { ...env, ...phase.env } : env, ignoreReturnCode: true, onLine });
        const matchers = phase.name === 'configure' ? ['cmake'] : phase.name === 'build' ? ['gcc', 'msvc', 'cmake'] : [];
        const result = await step.group(`${TITLES[phase.name]}: ${(0,common_exec.formatCommand)(phase.argv)}`, () => (0,common_matchers/* withMatchers */.EK)(step, [...matchers], run));
        const done = { phase, ok: result.exitCode === 0, ms: Date.now() - started, exitCode: result.exitCode };
        results.push(done);
        if (phase.name === 'test') {
            tests = await readTestResults(plan, result.stdout);
            testOutput = result.stdout;
        }
        // An analysis build whose flags did not reach the cache stops after configure.
        if (done.ok && phase.name === 'configure')
            stopped = analysis?.configureProblem();
        if (!done.ok && phase.name === 'configure') {
            configureLog = configureLogTail(plan.buildDir);
            if (configureLog)
                step.info(`Configure failed. The last lines of ${(0,format/* safe */.gB)(configureLog.file)}:\n${configureLog.text}`);
        }
        if (phase.name === 'configure')
            await addConfigureCompiles(step, beforeConfigure, await ccacheCounts(step, exec, launcher, env));
        if (!done.ok || stopped)
            break;
    }
    const analysed = await analysis?.afterTests({ testsRan: testOutput !== undefined, tests, ctestOutput: testOutput ?? '', parallel: inputs.parallel });
    // The install checks run after a successful install, in the same environment.
    let checks = [];
    if (installChecks && !stopped && results.length === plan.phases.length && results.every((r) => r.ok)) {
        checks = await runInstallChecks({ step, inputs, plan, exec, env, tools, platform });
    }
    const failure = [describeFailure(results, tests), stopped, analysed?.failure, describeCheckFailure(checks)].filter(Boolean).join('; ') || undefined;
    step.summary(summaryMarkdown(inputs, plan, results, tests, failure, configureLog) + installChecksMarkdown(checks));
    if (analysed?.summary)
        step.summary(analysed.summary);
    setOutputs(step, plan, tests);
    if (inputs.cmakeVersion)
        step.setOutput('cmake', tools.cmake);
    if (installChecks)
        step.setOutput('install-check', checks.length ? (checks.every((c) => c.ok) ? 'passed' : 'failed') : 'not-run');
    if (inputs.install)
        step.setOutput('install-prefix', inputs.installPrefix ?? (0,cmake_cache/* readCmakeCache */.c)(plan.buildDir).CMAKE_INSTALL_PREFIX ?? '');
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
/** ccache's hit and miss counts now, when ccache is this job's launcher (the ccache action ran); else undefined. */
async function ccacheCounts(step, exec, launcher, env) {
    if (!step.env[vars/* CCACHE_DIR_VARIABLE */.R8] || !/ccache/i.test((0,external_node_path_.basename)(launcher)))
        return undefined;
    const read = await (0,stats/* readStats */.uq)(exec, launcher, env).catch(() => undefined);
    return read?.stats;
}
/**
 * Adds what this configure compiled through ccache (CMake's try_compile checks) to the job's running count, which the
 * ccache post step takes off its totals: the hits and misses it reports and saves on are the builds' own, whatever
 * ran before (dependency builds) or after (another cmake step).
 */
async function addConfigureCompiles(step, before, after) {
    if (!before || !after)
        return;
    const sum = (0,stats/* parseStatsSnapshot */.d3)(step.env[vars/* CCACHE_CONFIGURE_STATS_VARIABLE */.Kc]) ?? { hits: 0, misses: 0 };
    const hits = sum.hits + Math.max(0, after.hits - before.hits);
    const misses = sum.misses + Math.max(0, after.misses - before.misses);
    step.exportVariable(vars/* CCACHE_CONFIGURE_STATS_VARIABLE */.Kc, (0,stats/* statsSnapshot */.gJ)({ hits, misses }));
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

/***/ 95314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aK: () => (/* binding */ hitRate),
/* harmony export */   d3: () => (/* binding */ parseStatsSnapshot),
/* harmony export */   gJ: () => (/* binding */ statsSnapshot),
/* harmony export */   q: () => (/* binding */ NOTHING_COMPILED),
/* harmony export */   uq: () => (/* binding */ readStats),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports parsePrintStats, parseShowStats */
/** The one wording, in the log and the summary, for a job in which ccache saw no compilation (an incremental build). */
const NOTHING_COMPILED = 'nothing compiled';
/** The hits and misses as `<hits> <misses>` (CCACHE_CONFIGURE_STATS_VARIABLE). */
function statsSnapshot(s) {
    return `${s.hits} ${s.misses}`;
}
/** Reads `<hits> <misses>` back; undefined for anything else. */
function parseStatsSnapshot(text) {
    const m = /^(\d+) (\d+)$/.exec(text?.trim() ?? '');
    return m ? { hits: Number(m[1]), misses: Number(m[2]) } : undefined;
}
/** Reads ccache's statistics: `--print-stats` (4.x), else the text of `-s` (3.x). */
async function readStats(exec, ccache, env) {
    const show = await exec.run([ccache, '-s'], { env, silent: true, ignoreReturnCode: true });
    const machine = await exec.run([ccache, '--print-stats'], { env, silent: true, ignoreReturnCode: true });
    const stats = (machine.exitCode === 0 ? parsePrintStats(machine.stdout) : undefined) ?? parseShowStats(show.stdout);
    return { stats, text: show.stdout };
}
function hitRate(s) {
    const total = s.hits + s.misses;
    return total === 0 ? undefined : (100 * s.hits) / total;
}
const UNCACHEABLE = [
    'autoconf_test',
    'bad_compiler_arguments',
    'called_for_link',
    'called_for_preprocessing',
    'compile_failed',
    'multiple_source_files',
    'no_input_file',
    'output_to_stdout',
    'preprocessor_error',
    'unsupported_code_directive',
    'unsupported_compiler_option',
    'unsupported_source_language',
];
/** Parses the tab-separated `ccache --print-stats` output (ccache 4.x). */
function parsePrintStats(text) {
    const values = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^(\w+)\t(-?\d+)\s*$/.exec(line);
        if (m)
            values.set(m[1], Number(m[2]));
    }
    if (!values.has('cache_miss') && !values.has('direct_cache_hit'))
        return undefined;
    const get = (k) => values.get(k) ?? 0;
    return {
        hits: get('direct_cache_hit') + get('preprocessed_cache_hit'),
        misses: get('cache_miss'),
        uncacheable: UNCACHEABLE.reduce((n, k) => n + get(k), 0),
        files: values.get('files_in_cache'),
        sizeBytes: values.has('cache_size_kibibyte') ? get('cache_size_kibibyte') * 1024 : undefined,
    };
}
const SIZE_UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3 };
/** Parses the human-readable `ccache -s` of ccache 3.x (`cache hit (direct)  12`, `cache size  1.2 MB`). */
function parseShowStats(text) {
    const number = (re) => {
        const m = re.exec(text);
        return m ? Number(m[1]) : undefined;
    };
    const direct = number(/^cache hit \(direct\)\s+(\d+)/m);
    const pre = number(/^cache hit \(preprocessed\)\s+(\d+)/m);
    const miss = number(/^cache miss\s+(\d+)/m);
    if (direct === undefined && pre === undefined && miss === undefined)
        return undefined;
    const size = /^cache size\s+([\d.]+)\s*([KMGT]i?B|B)/im.exec(text);
    let uncacheable = 0;
    for (const re of [/^called for link\s+(\d+)/m, /^compile failed\s+(\d+)/m, /^unsupported compiler option\s+(\d+)/m, /^no input file\s+(\d+)/m, /^preprocessor error\s+(\d+)/m]) {
        uncacheable += number(re) ?? 0;
    }
    return {
        hits: (direct ?? 0) + (pre ?? 0),
        misses: miss ?? 0,
        uncacheable,
        files: number(/^files in cache\s+(\d+)/m),
        sizeBytes: size ? Math.round(Number(size[1]) * (SIZE_UNITS[size[2].toUpperCase()] ?? 1)) : undefined,
    };
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let i = 0;
    while (value >= 1024 && i < units.length - 1) {
        value /= 1024;
        i++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[i]}`;
}


/***/ })

};

export const id = 814;
export const ids = [814];
export const modules = {

/***/ 70814:
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
// EXTERNAL MODULE: ./src/cmake/inputs.ts
var cmake_inputs = __webpack_require__(56078);
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
    await checkProject(inputs, exec);
    const presets = inputs.preset ? resolvePresets(inputs.sourceDir, inputs.preset, step.env) : undefined;
    const envGenerator = step.env.CMAKE_GENERATOR || undefined;
    const ninja = !inputs.generator && !presets && !envGenerator ? (await exec.which('ninja')) !== undefined : false;
    const launcher = inputs.compilerLauncher ?? step.env.CMAKE_CXX_COMPILER_LAUNCHER ?? '';
    const msvcCcache = platform === 'win32' && /ccache/i.test(launcher);
    const plan = planCmake(inputs, { ninja, envGenerator, presets, msvcCcache });
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
    const failure = describeFailure(results, tests);
    step.summary(summaryMarkdown(inputs, plan, results, tests, failure, configureLog));
    setOutputs(step, plan, tests);
    // Later steps and post steps (the ccache action's save-on-failure) read how the build went.
    step.exportVariable(vars/* BUILD_OUTCOME_VARIABLE */.Jw, failure ? 'failure' : 'success');
    if (failure)
        throw new errors/* StepFailure */.pH(failure);
}
async function checkProject(inputs, exec) {
    if (!(0,external_node_fs_.existsSync)(inputs.workingDirectory)) {
        throw new errors/* InputError */.dz('working-directory', inputs.workingDirectory, 'an existing folder (relative paths are resolved against the workspace)');
    }
    if (!(0,external_node_fs_.existsSync)(inputs.sourceDir)) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${(0,format/* safe */.gB)(inputs.sourceDir)} does not exist.`);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(inputs.sourceDir, 'CMakeLists.txt'))) {
        throw new errors/* UserError */.yo(`Input 'source-dir': ${(0,format/* safe */.gB)(inputs.sourceDir)} has no CMakeLists.txt; point source-dir at the project's top-level CMakeLists.txt folder.`);
    }
    if ((await exec.which('cmake')) === undefined) {
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
        install: inputs.bool('install', false),
        installPrefix: installPrefix === undefined ? undefined : at(installPrefix, 'install-prefix'),
    };
}


/***/ })

};

export const id = 341;
export const ids = [341];
export const modules = {

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

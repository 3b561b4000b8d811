export const id = 468;
export const ids = [468];
export const modules = {

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

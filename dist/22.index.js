export const id = 22;
export const ids = [22];
export const modules = {

/***/ 70022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27963);

async function main(_step) {
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('The build action is not implemented yet.');
}


/***/ })

};

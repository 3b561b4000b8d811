export const id = 950;
export const ids = [950];
export const modules = {

/***/ 56950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
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


/***/ })

};

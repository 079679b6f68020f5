export const id = 424;
export const ids = [424];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExplainMode: () => (/* binding */ runExplainMode)
/* harmony export */ });
/* harmony import */ var _evaluate_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6586);
/* harmony import */ var _fix_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9426);
/* harmony import */ var _report_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _scenario_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3268);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6433);
/**
 * mode: explain — evaluate a saved scenario file offline and publish the diagnosis.
 */





async function runExplainMode(settings, deps) {
    const path = settings.scenarioPath ?? '';
    let text;
    try {
        text = await deps.readFile(path);
    }
    catch (error) {
        throw new Error(`Could not read the scenario file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const scenario = (0,_scenario_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readScenario */ .ZN)(text);
    const verdict = (0,_evaluate_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateScenario */ .m)(scenario);
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publish */ .mk)((0,_report_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .offlineDiagnosis */ .NS)(scenario, verdict, (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseFixes */ .o1)(scenario, verdict)), (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishSettings */ .nR)(settings), deps);
    if (settings.failOnDeny && verdict.decision === 'deny') {
        deps.setFailed(`S3 would deny ${scenario.request.action}: ${verdict.denial?.reason ?? 'denied'}`);
    }
}


/***/ })

};

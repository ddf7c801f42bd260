export const id = 533;
export const ids = [533];
export const modules = {

/***/ 4533:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/* harmony import */ var _core_reason_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4179);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(363);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1476);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2481);
/** `model-gate rollback NAME [--to VERSION] --reason TEXT`: production back to an earlier version. */





async function rollback(ctx) {
    const [name, ...rest] = ctx.options.positionals;
    if (name === undefined || rest.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('rollback needs exactly one model NAME');
    const problem = (0,_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(name);
    if (problem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model name '${name}' ${problem}`);
    const reason = ctx.options.reason?.trim();
    if (!reason)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('rollback needs --reason TEXT: the history records why');
    const tooLong = (0,_core_reason_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonProblem */ .Ge)(reason);
    if (tooLong)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${tooLong} (--reason)`);
    const production = (0,_production_js__WEBPACK_IMPORTED_MODULE_4__/* .openProduction */ .k)(ctx);
    if (production.fixed) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('with --registry base, production is the base commit itself: revert the commit instead');
    }
    const result = await production.rollback(name, {
        ...(ctx.options.to ? { to: ctx.options.to } : {}),
        reason,
        actor: await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .actor */ .eN)(ctx),
        at: ctx.now(),
    });
    ctx.out(rolledBackLine(result, ctx.options.registryBranch, production.stage));
    return 0;
}
/** With a stage (GTO), the tag written; else the registry branch's commit. */
function rolledBackLine(r, branch, stage) {
    if (stage !== undefined) {
        return r.outcome === 'current'
            ? `${r.model} ${r.version} is already in stage ${stage}: no tag written\n`
            : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (tag ${r.written.join(', ')})\n`;
    }
    return r.outcome === 'current'
        ? `${r.model} ${r.version} is already production: nothing written\n`
        : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (${branch} ${r.written[0]?.slice(0, 12) ?? ''})\n`;
}


/***/ }),

/***/ 4179:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ reasonProblem),
/* harmony export */   LQ: () => (/* binding */ REASON_SHOWN)
/* harmony export */ });
/* unused harmony export MAX_REASON */
/** The reasons people give for changing production or accepting a regression. */
/**
 * The one length limit of a reason a person writes (a rollback's, an acceptance's), in characters (Unicode
 * code points). A longer reason is refused, never cut: the history records what was written.
 */
const MAX_REASON = 500;
/** Why a reason cannot be recorded, or undefined when it can. */
function reasonProblem(reason) {
    const length = [...reason].length;
    return length > MAX_REASON
        ? `the reason is ${length} characters, over the limit of ${MAX_REASON}`
        : undefined;
}
/** Room to show any reason within the limit whole, even one whose every character is shown as `\uXXXX`. */
const REASON_SHOWN = MAX_REASON * 6;


/***/ })

};

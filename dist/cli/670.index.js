export const id = 670;
export const ids = [670];
export const modules = {

/***/ 8670:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diff: () => (/* binding */ diff)
/* harmony export */ });
/* harmony import */ var _core_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9344);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/* harmony import */ var _gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1823);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(363);
/* harmony import */ var _git_work_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6516);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4251);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(289);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_7__);
/** `model-gate diff A B`: two manifests compared as the gate would, with what changed between them. */








async function diff(ctx) {
    const [a, b, ...rest] = ctx.options.positionals;
    if (a === undefined || b === undefined || rest.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('diff needs exactly two manifests: A B');
    // One after the other: a read still running when the first fails would outlive the command's close.
    const left = await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileArg */ .V_)(ctx, a);
    const right = await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileArg */ .V_)(ctx, b);
    const [before, after] = await Promise.all([
        (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .loadModelVersion */ .mV)(left.text, left.path, left.read),
        (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .loadModelVersion */ .mV)(right.text, right.path, right.read),
    ]);
    const policy = await localPolicy(ctx);
    let model;
    if (!before.ok)
        model = (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidModel */ .V8)(left.path, before.errors, before.name);
    else if (!after.ok)
        model = (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidModel */ .V8)(right.path, after.errors, after.name);
    else {
        model = (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareModel */ .l0)({
            candidate: after.version,
            baseline: {
                ...before.version,
                source: left.ref ? `${left.path} at ${left.ref.slice(0, 12)}` : left.path,
            },
            policy,
        });
    }
    const report = { verdict: (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .runVerdict */ .ZH)([model]), models: [model], policySource: policy.source };
    ctx.out((0,_render_js__WEBPACK_IMPORTED_MODULE_6__/* .render */ .X)(report, ctx.options.format));
    return model.status === 'invalid' ? 1 : 0;
}
/** The policy where the paths are read: at --head (default HEAD), or with --worktree from the work tree. */
async function localPolicy(ctx) {
    const path = ctx.options.policy;
    let text;
    if (ctx.options.worktree) {
        const top = await ctx.git.line(['rev-parse', '--show-toplevel']);
        text = await (0,_git_work_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkTreeFile */ .y)((0,node_path__WEBPACK_IMPORTED_MODULE_7__.join)(top, path), path, top);
    }
    else {
        const head = await ctx.git.resolve(ctx.options.head ?? 'HEAD');
        text = head ? await ctx.source.readFile(head, path) : undefined;
    }
    return text === undefined ? _core_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj : (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(text, path);
}


/***/ })

};

export const id = 779;
export const ids = [779];
export const modules = {

/***/ 3779:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   adopt: () => (/* binding */ adopt)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3010);
/* harmony import */ var _core_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4692);
/* harmony import */ var _core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8547);
/* harmony import */ var _gate_models_at_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1675);
/* harmony import */ var _gate_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7229);
/* harmony import */ var _registry_branch_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5479);
/* harmony import */ var _registry_git_branch_batch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2494);
/* harmony import */ var _registry_git_branch_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2088);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(363);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4251);
/* harmony import */ var _default_branch_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1916);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5770);
/**
 * `model-gate adopt [REF]`: register today's production of every model declared at a commit (default: the
 * default branch) in one commit of the registry branch, then say how to publish it. It never overwrites a
 * production: a model the registry already has in production stops the whole adoption, and nothing is written.
 */













async function adopt(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`adopt takes at most one REF (got '${rest[0]}')`);
    const production = await (0,_production_js__WEBPACK_IMPORTED_MODULE_11__/* .openProduction */ .k)(ctx);
    if (production.fixed || production.stage !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`adopt writes the branch registry; with --registry ${ctx.options.registry} production is already recorded`);
    }
    const commit = await (0,_default_branch_js__WEBPACK_IMPORTED_MODULE_10__/* .commitOf */ .D)(ctx, ref);
    const versions = await readVersions(ctx, commit);
    if (!versions)
        return 1;
    const store = (0,_production_js__WEBPACK_IMPORTED_MODULE_11__/* .registryStore */ .X)(ctx);
    const who = {
        actor: await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .actor */ .eN)(ctx),
        at: ctx.now(),
        commit,
        reason: ctx.options.reason ?? 'adopted by model-gate adopt',
    };
    const outcome = await (0,_gate_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withBackoff */ .Dc)(_gate_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .COMPARE_AND_SWAP */ .Ko, async () => {
        const tip = await store.tip();
        const existing = tip.parent ? await registered(ctx, tip.parent) : new Set();
        const files = new Map();
        const refused = [];
        for (const v of versions) {
            const name = v.manifest.name;
            const entry = existing.has(name) && tip.parent ? await readEntry(store, tip.parent, name) : undefined;
            if (entry?.production)
                refused.push(`${name} (production ${entry.production.version})`);
            else
                files.set((0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.registryPath)(name), (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.serializeEntry)((0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.applyPromote)(entry, name, eventOf(v, who))));
        }
        if (refused.length)
            return { refused };
        const message = `adopt ${versions.length} model${versions.length === 1 ? '' : 's'} at ${commit.slice(0, 12)}`;
        const next = await (0,_registry_git_branch_batch_js__WEBPACK_IMPORTED_MODULE_6__/* .commitFiles */ .z)(ctx.git, tip.parent, files, message);
        return (await store.swap(tip.expected, next)) ? { next } : _gate_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .LOST */ .Rj;
    }, (attempts) => new _registry_branch_registry_js__WEBPACK_IMPORTED_MODULE_5__.RegistryConflictError(store.branch, attempts));
    if ('refused' in outcome) {
        ctx.err(`model-gate: ${store.branch} already has a production for ${outcome.refused.map((r) => (0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(r)).join(', ')}: adopt never overwrites one (use promote); nothing was written\n`);
        return 1;
    }
    return done(ctx, versions, commit, outcome.next);
}
/** Every model at the commit; undefined (after saying why) when one is invalid or declared twice. */
async function readVersions(ctx, commit) {
    const models = await (0,_gate_models_at_js__WEBPACK_IMPORTED_MODULE_3__/* .modelsAt */ ._)(ctx.source, commit, ctx.options.manifests);
    const problems = models.flatMap((m) => (m.errors ?? []).map((e) => e.message));
    const byName = new Map();
    for (const m of models)
        if (m.name)
            byName.set(m.name, [...(byName.get(m.name) ?? []), m.path]);
    for (const [name, paths] of byName) {
        if (paths.length > 1)
            problems.push(`model '${name}' is declared by more than one manifest: ${paths.join(' and ')}`);
    }
    if (problems.length) {
        for (const p of problems)
            ctx.err(`${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(p, 400)}\n`);
        ctx.err(`model-gate: nothing was adopted: fix the manifests above at ${commit.slice(0, 12)} first\n`);
        return undefined;
    }
    const versions = models.flatMap((m) => (m.version ? [m.version] : []));
    if (!versions.length) {
        ctx.err(`model-gate: no model at ${commit.slice(0, 12)} (manifests: ${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(ctx.options.manifests)}): nothing to adopt\n`);
        return undefined;
    }
    return versions;
}
function eventOf(v, who) {
    return {
        type: 'promote',
        version: v.manifest.version,
        ...who,
        path: v.manifest.file,
        manifest: v.manifest.snapshot,
        metrics: (0,_core_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .metricValues */ .tZ)(v.metrics),
    };
}
/** The model names the registry has an entry for at the tip. */
async function registered(ctx, tip) {
    const names = new Set();
    const dir = `${_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.REGISTRY_DIR}/`;
    for (const p of await ctx.source.listFiles(tip)) {
        if (p.startsWith(dir) && p.endsWith('.json'))
            names.add(p.slice(dir.length, -'.json'.length));
    }
    return names;
}
async function readEntry(store, tip, name) {
    const text = await store.readFile(tip, (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.registryPath)(name));
    return text === undefined ? undefined : (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.parseRegistryEntry)(text, `${store.branch}:${(0,_core_registry_js__WEBPACK_IMPORTED_MODULE_2__.registryPath)(name)}`);
}
async function done(ctx, versions, commit, next) {
    const branch = ctx.options.registryBranch;
    for (const v of versions)
        ctx.out(`adopted ${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(v.manifest.name)} ${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(v.manifest.version, 60)} (${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeTerminal */ .en)(v.manifest.file)})\n`);
    ctx.out(`${versions.length} model${versions.length === 1 ? '' : 's'} from ${commit.slice(0, 12)} registered in one commit on ${branch} (${next.slice(0, 12)}). Publish it:\n`);
    const remotes = (await ctx.git.text(['remote'])).split('\n').filter(Boolean);
    const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? '<remote>');
    ctx.out(`  git push ${remote} ${branch}\n`);
    return 0;
}


/***/ })

};

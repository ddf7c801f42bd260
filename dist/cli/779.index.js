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
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1476);
/* harmony import */ var _default_branch_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1916);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2481);
/**
 * `model-gate adopt [REF]`: register today's production of every model declared at a commit (default: the
 * default branch) in one commit of the registry branch, then say how to publish it. It never overwrites a
 * production: a model the registry already has in production stops the whole adoption, and nothing is written.
 */













async function adopt(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`adopt takes at most one REF (got '${rest[0]}')`);
    const production = (0,_production_js__WEBPACK_IMPORTED_MODULE_11__/* .openProduction */ .k)(ctx);
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


/***/ }),

/***/ 8547:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   en: () => (/* binding */ escapeTerminal)
/* harmony export */ });
/* unused harmony export visibleText */
/**
 * Untrusted text (names, paths, values, reasons, error messages from a pull request) made inert and
 * visible: one line, bounded, invisible and direction-changing characters shown as `\uXXXX`, and truncation
 * only between whole graphemes. For GitHub markdown, also HTML and markdown escaped, no @mentions, no issue
 * references (`#12`, `GH-12`), no autolinks, and a `|` that cannot break a table.
 */
const ZWSP = '&#8203;';
/**
 * C0 and C1 controls, DEL, zero-width characters, bidi marks, embeddings, overrides and isolates (U+202E
 * "Trojan Source"), Arabic letter mark, Mongolian vowel separator, invisible operators and the BOM.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Made on first use: making one loads ICU's break rules, about 45 ms, which printable ASCII never needs. */
let segmenter;
const graphemes = (text) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
function visible(grapheme) {
    // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture; anywhere else it is hidden text.
    const keepJoiner = EMOJI.test(grapheme);
    return grapheme.replace(INVISIBLE, (c) => keepJoiner && c === '\u200d' ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
/** One line, invisible characters shown, at most max UTF-16 units, cut only between graphemes. */
function visibleText(text, max = 200) {
    // Printable ASCII is one grapheme a character, none of them invisible: shown as it is.
    if (PRINTABLE_ASCII.test(text))
        return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
    const parts = [];
    let length = 0;
    for (const { segment } of graphemes(text.replace(BREAKS, ' '))) {
        const shown = visible(segment);
        parts.push(shown);
        length += shown.length;
    }
    if (length <= max)
        return parts.join('');
    let out = '';
    for (const part of parts) {
        if (out.length + part.length > max - 1)
            break;
        out += part;
    }
    return `${out}…`;
}
function escapeMarkdown(text, max = 200) {
    return visibleText(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]()|~!#$]/g, '\\$&')
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`);
}
/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
function escapeTerminal(text, max = 200) {
    return visibleText(text, max);
}


/***/ }),

/***/ 1675:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ modelsAt)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6992);
/* harmony import */ var _implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5096);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1823);



/** The models at ref, in path order. */
async function modelsAt(source, ref, manifests, 
/** The version GTO registered for a model at ref: an implicit DVC manifest's version. */
registeredVersion, concurrency = 8) {
    const found = await (0,_implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .findModelsAt */ .t0)(source, ref, {
        manifests,
        concurrency,
        ...(registeredVersion ? { registeredVersion } : {}),
    });
    return (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(found, concurrency, async (m) => {
        const name = m.name !== undefined ? { name: m.name } : {};
        if (!m.manifest)
            return { path: m.path, errors: m.errors ?? [], ...name };
        const loaded = await (0,_model_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(m.manifest, (p) => source.readFile(ref, p));
        if (loaded.ok)
            return { path: m.path, name: loaded.version.manifest.name, version: loaded.version };
        return { path: m.path, errors: loaded.errors, ...name };
    });
}


/***/ })

};

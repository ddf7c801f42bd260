export const id = 259;
export const ids = [259];
export const modules = {

/***/ 7259:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
// EXTERNAL MODULE: ./src/cli/context.ts + 4 modules
var context = __webpack_require__(4251);
// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/core/lazy-libs.ts + 1 modules
var lazy_libs = __webpack_require__(7823);
// EXTERNAL MODULE: ./src/gate/params-drift.ts
var params_drift = __webpack_require__(1551);
;// CONCATENATED MODULE: ./src/cli/commands/validate-dvc.ts
/** `model-gate validate dvc.yaml`: the implicit manifest of each `type: model` artifact, derived and printed. */





/**
 * Errors of every derived manifest; for each valid one, its summary line, the manifest it stands for, and a
 * warning per params key that says otherwise than dvc.lock (what `check` warns about).
 */
async function validateDvcYaml(ctx, file) {
    const exists = async (p) => (await file.read(p).catch(() => undefined)) !== undefined;
    const label = file.ref ? `0.0.0+commit.${file.ref.slice(0, 12)}` : '0.0.0+workspace';
    const models = await (0,implicit_manifest/* implicitManifestsOf */.nZ)(file.text, file.path, { read: file.read, exists }, () => label);
    if (models.length === 0) {
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (no artifact of type model: no implicit manifest)\n`);
        return [];
    }
    const errors = [];
    for (const m of models) {
        if (!m.manifest) {
            errors.push(...(m.errors ?? []).map((e) => e.message));
            continue;
        }
        const loaded = await (0,model_version/* versionOf */.E4)(m.manifest, file.read);
        if (!loaded.ok) {
            errors.push(...loaded.errors.map((e) => e.message));
            continue;
        }
        const { name, version } = loaded.version.manifest;
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(m.path)} (${name} ${version}, ${loaded.version.metrics.size} metrics): the implicit manifest\n`);
        const derived = (0,lazy_libs/* yamlLib */.xG)().stringify(loaded.version.manifest.snapshot);
        for (const line of derived.trimEnd().split('\n'))
            ctx.out(`  ${(0,report_escape/* escapeTerminal */.en)(line, 400)}\n`);
        const drift = m.recordedParams ? await (0,params_drift/* paramsDrift */.w)(m.recordedParams, file.read) : undefined;
        for (const w of drift?.warnings ?? [])
            ctx.out(`warning: ${(0,report_escape/* escapeTerminal */.en)(w, 400)}\n`);
        errors.push(...(drift?.errors ?? []).map((e) => e.message));
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** `model-gate validate FILE...`: every error of every file, each with file:line:col. */









async function validate(ctx) {
    const files = ctx.options.positionals;
    if (files.length === 0)
        throw new args/* UsageError */.eb('validate needs at least one FILE');
    let failed = 0;
    for (const arg of files) {
        const errors = await validateOne(ctx, arg);
        if (errors.length === 0)
            continue;
        failed++;
        for (const e of errors)
            ctx.err(`${(0,report_escape/* escapeTerminal */.en)(e, 400)}\n`);
    }
    ctx.out(`${files.length - failed} valid, ${failed} invalid\n`);
    return failed ? 1 : 0;
}
async function validateOne(ctx, arg) {
    try {
        const file = await (0,context/* readFileArg */.V_)(ctx, arg);
        if (isPolicyFile(file.path, ctx.options.policy)) {
            (0,policy/* parsePolicy */.ON)(file.text, file.path);
            ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (policy)\n`);
            return [];
        }
        if ((0,implicit_manifest/* isDvcYaml */.p$)(file.path))
            return await validateDvcYaml(ctx, file);
        const loaded = await (0,model_version/* loadModelVersion */.mV)(file.text, file.path, file.read);
        if (!loaded.ok)
            return loaded.errors.map((e) => e.message);
        const m = loaded.version.manifest;
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (${m.name} ${m.version}, ${loaded.version.metrics.size} metrics)\n`);
        return [];
    }
    catch (error) {
        if (error instanceof context/* FileArgError */.tA)
            return [error.message];
        if (error instanceof args/* UsageError */.eb)
            return [`${arg}: ${error.message}`];
        if (error instanceof diagnostics/* InputError */.dz)
            return [error.message];
        return [`${arg}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`];
    }
}
function isPolicyFile(path, policyPath) {
    return path === policyPath || /^model-gate\.ya?ml$/.test((0,external_node_path_.basename)(path));
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

/***/ 5419:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ diffSnapshots),
/* harmony export */   b: () => (/* binding */ deepEqual)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9452);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/**
 * "What changed" besides the metrics: every key of the snapshot that was added, removed or changed, by
 * section. Data entries are matched by name, so a reordered list is not a change.
 */


/** Sections compared elsewhere (identity and metrics) are left out of the snapshot diff. */
const NOT_DIFFED = new Set(['name', 'version', 'metrics']);
/** Order in which sections appear in a report; anything else follows alphabetically. */
const SECTION_ORDER = ['data', 'weights', 'architecture', 'hyperparameters', 'evaluation', 'deployment'];
function diffSnapshots(before, after) {
    const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((s) => !NOT_DIFFED.has(s))
        .sort((a, b) => rank(a) - rank(b) || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z4)(a, b));
    const changes = [];
    for (const section of sections) {
        const a = section === 'data' ? keyByName(before[section]) : before[section];
        const b = section === 'data' ? keyByName(after[section]) : after[section];
        diffValue(section, '', a, b, changes);
    }
    return changes;
}
function rank(section) {
    const i = SECTION_ORDER.indexOf(section);
    return i === -1 ? SECTION_ORDER.length : i;
}
/** data: [{name: train, ...}] becomes {train: {...}} so entries are compared by name. */
function keyByName(value) {
    if (!Array.isArray(value))
        return value;
    const out = {};
    value.forEach((item, i) => {
        const name = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(item) && typeof item.name === 'string' ? item.name : `#${i}`;
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(item)) {
            const rest = {};
            for (const [k, v] of Object.entries(item))
                if (k !== 'name')
                    rest[k] = v;
            Object.defineProperty(out, name, { value: rest, enumerable: true, writable: true, configurable: true });
        }
        else {
            Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
        }
    });
    return out;
}
function diffValue(section, key, a, b, out) {
    if (a === undefined && b === undefined)
        return;
    const aMap = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(a ?? null);
    const bMap = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(b ?? null);
    // A mapping added or removed whole is listed key by key, so its contents can be read.
    if ((aMap && (bMap || b === undefined)) || (bMap && a === undefined)) {
        const am = (a ?? {});
        const bm = (b ?? {});
        const keys = [...new Set([...Object.keys(am), ...Object.keys(bm)])];
        for (const k of keys)
            diffValue(section, key ? `${key}.${k}` : k, am[k], bm[k], out);
        return;
    }
    if (a === undefined) {
        out.push({ section, key, kind: 'added', after: b });
    }
    else if (b === undefined) {
        out.push({ section, key, kind: 'removed', before: a });
    }
    else if (!deepEqual(a, b)) {
        out.push({ section, key, kind: 'changed', before: a, after: b });
    }
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(a ?? null) && (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(b ?? null)) {
        const am = a;
        const bm = b;
        const ak = Object.keys(am);
        return ak.length === Object.keys(bm).length && ak.every((k) => k in bm && deepEqual(am[k], bm[k]));
    }
    return false;
}


/***/ }),

/***/ 1551:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ paramsDrift)
/* harmony export */ });
/* unused harmony export MAX_DRIFT_WARNINGS */
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1173);
/* harmony import */ var _core_snapshot_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5419);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/**
 * A DVC project's params files against what its dvc.lock records. The implicit manifest of a dvc.yaml
 * artifact takes its hyperparameters from dvc.lock: the params the model was trained with. A params file that
 * now says otherwise (a pull request that edits params.yaml and did not run `dvc repro`) is shown as a
 * warning per key, since the weights and the metrics then describe a model trained with other params. Only
 * the keys the producing stages use are compared, as dvc.lock records them per stage.
 */




/** At most this many keys are listed one by one; the rest are counted in one more warning. */
const MAX_DRIFT_WARNINGS = 10;
const REPRO = 'the model was not reproduced with these params (run dvc repro)';
/** The keys whose current value differs from dvc.lock's, one warning each, in stage and dvc.lock order. */
async function paramsDrift(recorded, read) {
    const files = new Map();
    const errors = [];
    // One warning per file, key and pair of values; the stages that share it are listed together.
    const found = new Map();
    const add = (id, text, stage) => {
        const earlier = found.get(id);
        if (earlier)
            earlier.stages.push(stage);
        else
            found.set(id, { text, stages: [stage] });
    };
    for (const r of recorded) {
        let current = files.get(r.path);
        if (current === undefined) {
            current = await currentParams(r.path, read, errors);
            files.set(r.path, current);
        }
        if (current === 'invalid')
            continue;
        if (current === 'missing') {
            add(`${r.path}\u0000`, `${r.path} does not exist but dvc.lock records params from it`, r.stage);
            continue;
        }
        for (const [key, value] of Object.entries(r.values)) {
            const now = current.get(key);
            if (now !== undefined && (0,_core_snapshot_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .deepEqual */ .b)(now, value))
                continue;
            const id = JSON.stringify([r.path, key, now ?? null, value]);
            const text = now === undefined
                ? `${r.path} has no ${key} but dvc.lock records ${shown(value)}`
                : `${r.path} ${key} is ${shown(now)} but dvc.lock records ${shown(value)}`;
            add(id, text, r.stage);
        }
    }
    const all = [...found.values()].map((f) => `${f.text} (${f.stages.length > 1 ? 'stages' : 'stage'} ${f.stages.join(', ')}): ${REPRO}`);
    const warnings = all.length > MAX_DRIFT_WARNINGS
        ? [
            ...all.slice(0, MAX_DRIFT_WARNINGS - 1),
            `${all.length - MAX_DRIFT_WARNINGS + 1} more params differ from what dvc.lock records: ${REPRO}`,
        ]
        : all;
    return { warnings, errors };
}
async function currentParams(path, read, errors) {
    try {
        const text = await read(path);
        if (text === undefined)
            return 'missing';
        return new Map(Object.entries((0,_core_params_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsOf */ .gI)(text, path, undefined)));
    }
    catch (error) {
        errors.push((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .asInputError */ .XW)(error, { file: path }));
        return 'invalid';
    }
}
/** A value as the warning shows it: strings quoted, the rest as JSON, both clipped. */
function shown(value) {
    return typeof value === 'string' ? (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value, 40) : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(JSON.stringify(value), 40);
}


/***/ })

};

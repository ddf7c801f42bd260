export const id = 309;
export const ids = [309];
export const modules = {

/***/ 8309:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8547);
/* harmony import */ var _gate_model_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1823);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(363);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1476);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2481);






async function promote(ctx) {
    const args = ctx.options.positionals;
    if (!args.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('promote needs at least one manifest FILE');
    const production = (0,_production_js__WEBPACK_IMPORTED_MODULE_4__/* .openProduction */ .k)(ctx);
    if (production.fixed) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('with --registry base, production is the base commit itself: there is nothing to promote');
    }
    const loaded = await loadAll(ctx, args);
    if (!loaded)
        return 1;
    const results = await production.promoteAll(loaded.versions, {
        actor: await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .actor */ .eN)(ctx),
        at: ctx.now(),
        commit: loaded.commit,
        ...(ctx.options.reason ? { reason: ctx.options.reason } : {}),
    });
    // One file: its failure is the command's, as main reports it. Several: one line per model not promoted.
    const [only] = results;
    if (results.length === 1 && only && !only.ok)
        throw only.error;
    let failed = false;
    for (const p of results) {
        if (p.ok)
            ctx.out(promotedLine(p, ctx.options.registryBranch, production.stage));
        else {
            failed = true;
            ctx.err(`model-gate: ${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeTerminal */ .en)((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(p.error), 400)}\n`);
        }
    }
    return failed ? 1 : 0;
}
/**
 * Every FILE's version, all from one commit; undefined (after printing every problem) when one does not
 * validate: then nothing is promoted.
 */
async function loadAll(ctx, args) {
    const versions = [];
    const commits = new Set();
    const byName = new Map();
    /** The files read from HEAD through a work-tree path: each must be as committed (one git diff for all). */
    const committed = [];
    let invalid = false;
    for (const arg of args) {
        const file = await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileArg */ .V_)(ctx, arg);
        const referenced = [];
        const result = await (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_1__/* .loadModelVersion */ .mV)(file.text, file.path, (p) => {
            referenced.push(p);
            return file.read(p);
        });
        if (!result.ok) {
            for (const e of result.errors)
                ctx.err(`${(0,_core_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeTerminal */ .en)(e.message, 400)}\n`);
            invalid = true;
            continue;
        }
        if (!file.commit)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('promote reads committed files only');
        commits.add(file.commit);
        if (!file.ref && ctx.options.head === undefined)
            committed.push([file.path, ...referenced]);
        const name = result.version.manifest.name;
        const earlier = byName.get(name);
        if (earlier !== undefined) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model '${name}' is declared by both ${earlier} and ${file.path}: promote one of them`);
        }
        byName.set(name, file.path);
        versions.push(result.version);
    }
    if (commits.size > 1) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`promote reads every FILE from one commit; these come from ${[...commits].map((c) => c.slice(0, 12)).join(' and ')}`);
    }
    const [commit] = commits;
    if (invalid || commit === undefined) {
        if (args.length > 1)
            ctx.err('model-gate: nothing was promoted: fix the manifests above first\n');
        return undefined;
    }
    if (committed.length)
        await refuseEdited(ctx, committed);
    return { versions, commit };
}
/** With a stage (GTO), the tags written; else the registry branch's commit. */
function promotedLine(p, branch, stage) {
    if (stage !== undefined) {
        const what = p.written.length ? `tags ${p.written.join(', ')}` : 'already in stage';
        return `promoted ${p.model} ${p.version} to ${stage} (${what})\n`;
    }
    const commit = p.written[0];
    return commit === undefined
        ? `already production: ${p.model} ${p.version}\n`
        : `promoted ${p.model} ${p.version} (${branch} ${commit.slice(0, 12)})\n`;
}
/**
 * What promote records is read from HEAD; an edit of a manifest or a file it references (metrics files)
 * not committed yet would be silently left out, so it is refused. git compares, once for every file: the work
 * tree is not read. Each group is a manifest's path, then the files it references.
 */
async function refuseEdited(ctx, groups) {
    const top = await ctx.git.line(['rev-parse', '--show-toplevel']);
    const paths = [...new Set(groups.flat())];
    const out = await ctx.git.text([
        '-C',
        top,
        'diff',
        '--name-only',
        '-z',
        'HEAD',
        '--',
        ...paths.map(literal),
    ]);
    const edited = out.split('\0').filter(Boolean)[0];
    if (edited !== undefined) {
        const manifest = groups.find((g) => g.includes(edited))?.[0] ?? edited;
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${edited} differs from HEAD: commit it first, or promote REF:${manifest}`);
    }
}
/** A path as git's literal pathspec: no glob, whatever it contains. */
function literal(path) {
    return `:(literal)${path}`;
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


/***/ })

};

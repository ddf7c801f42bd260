export const id = 671;
export const ids = [671];
export const modules = {

/***/ 7671:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  status: () => (/* binding */ status_status)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/gto/state.ts
var gto_state = __webpack_require__(6141);
// EXTERNAL MODULE: ./src/core/gto/tags.ts
var gto_tags = __webpack_require__(4839);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __webpack_require__(7665);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __webpack_require__(3089);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
;// CONCATENATED MODULE: ./src/core/report/status.ts
/**
 * `model-gate status`: every model's production, like `gto show`. Pure: takes the rows the CLI gathered from
 * the registry and the manifests at a commit, returns text, markdown or JSON.
 */





function registryLabel(r) {
    return r.kind === 'branch' ? `branch ${r.branch}` : `gto (stage ${r.stage})`;
}
/** The columns: like `gto show` for GTO (latest, then one per stage), then production's time and actor. */
function table(report) {
    const gto = report.registry.kind === 'gto';
    const stages = [...new Set(report.models.flatMap((m) => Object.keys(m.stages ?? {})))].sort();
    const header = gto
        ? ['model', 'latest', ...stages.map((s) => `#${s}`), 'since', 'by', 'manifest']
        : ['model', 'production', 'since', 'by', 'event', 'commit', 'manifest'];
    const rows = report.models.map((m) => {
        const p = m.production;
        const manifest = m.path ? `${m.path}${m.declared ? ` (${m.declared})` : ''}` : '-';
        const when = p ? (0,time/* formatTime */.fU)(p.since) : '-';
        const by = p?.by ?? '-';
        if (gto) {
            return [m.model, m.latest ?? '-', ...stages.map((s) => m.stages?.[s] ?? '-'), when, by, manifest];
        }
        const commit = p?.commit ? p.commit.slice(0, 12) : '-';
        return [m.model, p?.version ?? '-', when, by, p?.event ?? '-', commit, manifest];
    });
    return [header, ...rows];
}
function renderStatusText(report) {
    const lines = [];
    if (report.registry.kind === 'branch' && !report.registry.found) {
        lines.push(`warning: ${(0,fail_on/* registryMissingMessage */.Fs)(report.registry.branch)}`);
    }
    lines.push(`production from ${registryLabel(report.registry)}`);
    const [header = [], ...rows] = table(report);
    lines.push(...(0,columns/* alignColumns */.R)([header, ...rows.map((r) => r.map((c) => (0,report_escape/* escapeTerminal */.en)(c, 120)))]));
    for (const e of report.errors)
        lines.push(`error: ${(0,report_escape/* escapeTerminal */.en)(e, 400)}`);
    return lines.join('\n') + '\n';
}
function renderStatusMarkdown(report) {
    const lines = [
        `## Model Gate status`,
        '',
        `Production from ${(0,report_escape/* escapeMarkdown */.FV)(registryLabel(report.registry))}.`,
    ];
    if (report.registry.kind === 'branch' && !report.registry.found) {
        lines.push('', `⚠️ ${(0,report_escape/* escapeMarkdown */.FV)((0,fail_on/* registryMissingMessage */.Fs)(report.registry.branch))}`);
    }
    const [header = [], ...rows] = table(report);
    const cells = rows.map((r) => r.map((c) => (0,report_escape/* escapeMarkdown */.FV)(c, 200)));
    lines.push('', (0,markdown_table/* markdownTable */.Q)([header, ...cells], { alignDelimiters: false }));
    if (report.errors.length) {
        lines.push('', ...report.errors.map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(e, 400)}`));
    }
    return lines.join('\n') + '\n';
}
function statusToJson(report) {
    return {
        schema: 1,
        registry: report.registry,
        ...(report.commit ? { commit: report.commit } : {}),
        models: report.models.map((m) => ({
            model: m.model,
            production: m.production ?? null,
            manifest: m.path ? { path: m.path, version: m.declared ?? null } : null,
            ...(m.latest !== undefined || m.stages ? { latest: m.latest ?? null, stages: m.stages ?? {} } : {}),
        })),
        errors: report.errors,
    };
}

// EXTERNAL MODULE: ./src/gate/models-at.ts
var models_at = __webpack_require__(1675);
// EXTERNAL MODULE: ./src/registry/git-branch-store.ts
var git_branch_store = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/registry/git-tag-store.ts
var git_tag_store = __webpack_require__(6554);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
// EXTERNAL MODULE: ./src/cli/default-branch.ts
var default_branch = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/cli/production.ts + 5 modules
var cli_production = __webpack_require__(2481);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
/** `model-gate status`: every model, its production version, since when, by whom and from which registry. */











async function status_status(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new args/* UsageError */.eb(`status takes at most one REF (got '${rest[0]}')`);
    const production = (0,cli_production/* openProduction */.k)(ctx);
    if (production.fixed) {
        throw new args/* UsageError */.eb('with --registry base, production is the default branch itself: see its manifests');
    }
    const commit = await (0,default_branch/* commitOf */.D)(ctx, ref);
    if (production.stage === undefined) {
        const models = await (0,models_at/* modelsAt */._)(ctx.source, commit, ctx.options.manifests);
        return print(ctx, await branchStatus(ctx, commit, models));
    }
    // A DVC model with no model.yaml takes the version GTO registered at the commit, else the commit label.
    const tags = await new git_tag_store/* GitTagStore */.k(ctx.git).list((name) => (0,gto_tags/* parseGtoTag */.eQ)(name) !== undefined);
    const state = (0,gto_state/* gtoState */.Se)(tags);
    const registered = (name) => state.models.find((m) => m.model === name)?.versions.find((v) => v.registered && v.commit === commit)
        ?.version;
    const models = await (0,models_at/* modelsAt */._)(ctx.source, commit, ctx.options.manifests, registered);
    return print(ctx, gtoStatus(ctx, commit, models, tags, state));
}
function print(ctx, report) {
    if (ctx.options.format === 'json')
        ctx.out(JSON.stringify(statusToJson(report), null, 2) + '\n');
    else if (ctx.options.format === 'markdown')
        ctx.out(renderStatusMarkdown(report));
    else
        ctx.out(renderStatusText(report));
    return report.errors.length ? 1 : 0;
}
/** The rows of the models declared at the commit that the registry does not know, and the manifest errors. */
function addDeclared(rows, models, errors) {
    for (const m of models) {
        for (const e of m.errors ?? [])
            errors.push(e.message);
        if (m.name === undefined)
            continue;
        const row = rows.get(m.name) ?? { model: m.name };
        const declared = m.version?.manifest.version;
        rows.set(m.name, { ...row, path: m.path, ...(declared ? { declared } : {}) });
    }
}
function sorted(rows) {
    return [...rows.values()].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
async function branchStatus(ctx, commit, models) {
    const branch = ctx.options.registryBranch;
    const store = (0,cli_production/* registryStore */.X)(ctx);
    const tip = (await store.tip()).parent;
    const rows = new Map();
    const errors = [];
    if (tip) {
        const files = (await ctx.source.listFiles(tip)).filter((p) => p.startsWith(`${registry.REGISTRY_DIR}/`) && p.endsWith('.json'));
        for (const path of files.sort()) {
            const entry = await readEntry(store, tip, path, errors);
            if (entry)
                rows.set(entry.name, rowOfEntry(entry));
        }
    }
    addDeclared(rows, models, errors);
    return {
        registry: { kind: 'branch', branch, found: tip !== undefined },
        commit,
        models: sorted(rows),
        errors,
    };
}
async function readEntry(store, tip, path, errors) {
    try {
        const text = await store.readFile(tip, path);
        return text === undefined ? undefined : (0,registry.parseRegistryEntry)(text, `${store.branch}:${path}`);
    }
    catch (error) {
        errors.push((0,diagnostics/* errorMessage */.gJ)(error));
        return undefined;
    }
}
function rowOfEntry(entry) {
    const p = entry.production;
    if (!p)
        return { model: entry.name };
    return {
        model: entry.name,
        production: {
            version: p.version,
            since: p.since,
            by: p.actor,
            event: p.event,
            ...(p.commit ? { commit: p.commit } : {}),
        },
    };
}
function gtoStatus(ctx, commit, models, tags, state) {
    const stage = ctx.options.productionStage;
    const rows = new Map();
    for (const model of state.models) {
        if (!model.deprecated)
            rows.set(model.model, rowOfGto(model, stage, tags));
    }
    const errors = [];
    addDeclared(rows, models, errors);
    return { registry: { kind: 'gto', stage }, commit, models: sorted(rows), errors };
}
function rowOfGto(model, stage, tags) {
    const stages = {};
    for (const s of model.stages)
        if (s.current)
            stages[s.stage] = s.current.version;
    const holder = model.stages.find((s) => s.stage === stage)?.current;
    const by = holder ? tags.find((t) => t.name === holder.tag)?.tagger : undefined;
    return {
        model: model.model,
        ...(model.latest ? { latest: model.latest } : {}),
        stages,
        ...(holder
            ? {
                production: {
                    version: holder.version,
                    since: holder.assignedAt,
                    event: 'assign',
                    commit: holder.commit,
                    tag: holder.tag,
                    ...(by ? { by } : {}),
                },
            }
            : {}),
    };
}


/***/ }),

/***/ 7665:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ alignColumns)
/* harmony export */ });
/** Plain-text columns: every column padded to its widest cell, two spaces apart, no trailing spaces. */
function alignColumns(rows) {
    const count = Math.max(0, ...rows.map((r) => r.length));
    const widths = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd());
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

/***/ 3089:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ formatTimeAgo),
/* harmony export */   fU: () => (/* binding */ formatTime)
/* harmony export */ });
/* unused harmony export formatAgo */
/**
 * Times for people: `2026-12-02 13:38 UTC`, and "3 days ago" where a relative time reads better. The JSON
 * report keeps the exact ISO 8601 time.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const asIs = (text) => text;
/** `2026-12-02 13:38 UTC`; text that is not a time goes through `other`. */
function formatTime(iso, other = asIs) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return other(iso);
    const d = new Date(t).toISOString();
    return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}
/** How long before `now` the time was: "just now", "5 minutes ago", "3 days ago"; undefined if not a time. */
function formatAgo(iso, now) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return undefined;
    const ms = now.getTime() - t;
    if (ms < 0)
        return ms > -MINUTE ? 'just now' : 'in the future';
    if (ms < MINUTE)
        return 'just now';
    const [n, unit] = ms < HOUR
        ? [Math.floor(ms / MINUTE), 'minute']
        : ms < DAY
            ? [Math.floor(ms / HOUR), 'hour']
            : ms < 45 * DAY
                ? [Math.floor(ms / DAY), 'day']
                : ms < 365 * DAY
                    ? [Math.floor(ms / (30 * DAY)), 'month']
                    : [Math.floor(ms / (365 * DAY)), 'year'];
    return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}
/** `2026-12-02 13:38 UTC (3 days ago)`, or the time alone when there is no clock to compare with. */
function formatTimeAgo(iso, now, other = asIs) {
    const ago = now ? formatAgo(iso, now) : undefined;
    return ago ? `${formatTime(iso)} (${ago})` : formatTime(iso, other);
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


/***/ }),

/***/ 735:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

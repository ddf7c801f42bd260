export const id = 632;
export const ids = [632];
export const modules = {

/***/ 289:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ render),
  R: () => (/* binding */ renderParts)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/report/policy-section.ts
var policy_section = __webpack_require__(1100);
;// CONCATENATED MODULE: ./src/core/report/json.ts




const REPORT_SCHEMA_VERSION = 1;
function reportToJson(report) {
    return {
        schema: REPORT_SCHEMA_VERSION,
        verdict: report.verdict,
        policy: report.policySource,
        ...(report.base ? { base: report.base } : {}),
        ...(report.head ? { head: report.head } : {}),
        errors: (report.errors ?? []).map((e) => ({ location: (0,diagnostics/* formatPosition */.Ld)(e.position), message: e.detail })),
        policy_changes: (0,policy_section/* policyDiffToJson */.T_)(report.policyChanges),
        ...(report.registryMissing
            ? {
                registry_missing: {
                    ...report.registryMissing,
                    message: (0,fail_on/* registryMissingMessage */.Fs)(report.registryMissing.branch),
                },
            }
            : {}),
        models: report.models.map(modelToJson),
    };
}
function modelToJson(m) {
    return {
        name: m.name,
        path: m.path,
        status: m.status,
        verdict: m.verdict,
        gate_verdict: m.gateVerdict,
        candidate_version: m.candidateVersion ?? null,
        production_version: m.baselineVersion ?? null,
        production_source: m.baselineSource ?? null,
        production_digest: m.baselineDigest ?? null,
        renamed_from: m.renamedFrom ?? null,
        checked_because: m.checkedBecause ?? [],
        ...(m.measuredInRun?.length ? { measured_in_run: m.measuredInRun } : {}),
        // exact ISO 8601 time; the other reports show it for people
        production_promoted: m.baselinePromoted ?? null,
        identity: m.identity ?? (m.status === 'new' || m.status === 'removed' ? m.status : 'same'),
        accepted: m.accepted ?? null,
        acceptance_lapsed: m.acceptanceLapsed ?? null,
        warnings: m.warnings ?? [],
        skipped: (m.skipped ?? []).map((x) => ({
            name: x.name,
            type: x.type,
            location: (0,diagnostics/* formatPosition */.Ld)({ file: x.file, line: x.line }),
        })),
        errors: m.errors.map((e) => ({ location: (0,diagnostics/* formatPosition */.Ld)(e.position), message: e.detail })),
        notes: m.notes,
        metrics: m.metrics.map((x) => ({
            name: x.name,
            verdict: x.verdict,
            level: x.level,
            production: x.baseline?.value ?? null,
            candidate: x.candidate?.value ?? null,
            delta: x.delta ?? null,
            delta_percent: x.deltaPercent ?? null,
            better: x.rule.better,
            better_inferred: x.rule.betterInferred,
            warn: x.rule.warn ? (0,policy/* formatTolerance */.z9)(x.rule.warn) : null,
            fail: x.rule.fail ? (0,policy/* formatTolerance */.z9)(x.rule.fail) : null,
            min: x.rule.min ?? null,
            max: x.rule.max ?? null,
            required: x.required,
            named_by_policy: x.named ?? false,
            renamed_from: x.renamedFrom ?? null,
            evaluation_changed: x.evaluationChanged ?? null,
            noise_ignored: x.noiseIgnored ?? null,
            p_value: x.pValue ?? null,
            location: x.file ? (0,diagnostics/* formatPosition */.Ld)({ file: x.file, line: x.line }) : null,
        })),
        changes: m.changes,
        trend: m.trend ? trendToJson(m.trend) : null,
    };
}
function trendToJson(t) {
    return {
        versions: t.labels,
        candidate: t.candidate,
        omitted: t.omitted,
        metrics: t.series.map((s) => ({
            name: s.metric,
            better: s.better,
            values: s.values.map((v) => v ?? null),
            threshold: s.threshold ?? null,
        })),
    };
}
function renderJson(report) {
    return JSON.stringify(reportToJson(report), null, 2) + '\n';
}
/**
 * renderJson's text in parts, one per model (the CLI writes them as they come: the whole text of a large
 * run need not be held at once). Joined, the parts are renderJson's text exactly.
 */
function* renderJsonParts(report) {
    const text = renderJson({ ...report, models: [] });
    if (report.models.length === 0) {
        yield text;
        return;
    }
    const empty = '"models": []\n}\n';
    yield `${text.slice(0, text.length - empty.length)}"models": [`;
    const [before, after] = ['{\n  "models": [\n    ', '\n  ]\n}'];
    for (const [i, m] of report.models.entries()) {
        // The model as it is indented in the whole report: inside {"models": [...]}.
        const model = JSON.stringify({ models: [modelToJson(m)] }, null, 2);
        yield `${i ? ',' : ''}\n    ${model.slice(before.length, model.length - after.length)}`;
    }
    yield '\n  ]\n}\n';
}
/** Regressions for the action's `regressions` output: every metric that warned or failed. */
function regressions(report) {
    return report.models.flatMap((m) => m.metrics
        .filter((x) => x.level !== 'pass')
        .map((x) => ({
        model: m.name,
        metric: x.name,
        verdict: x.verdict,
        level: x.level,
        production: x.baseline?.value ?? null,
        candidate: x.candidate?.value ?? null,
        delta: x.delta ?? null,
        accepted: m.accepted !== undefined,
    })));
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts + 1 modules
var markdown = __webpack_require__(8606);
// EXTERNAL MODULE: ./src/core/reason.ts
var reason = __webpack_require__(4179);
// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __webpack_require__(7665);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/marks.ts
var marks = __webpack_require__(900);
// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __webpack_require__(7327);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __webpack_require__(3089);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/report/text.ts
/** The report for a terminal: plain text, aligned columns, no markup, no control characters. */










/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeTerminal */.en)(text, 40);
const ANSI = { fail: '31', warn: '33', pass: '32', bold: '1', dim: '2' };
function renderText(report, options = {}) {
    const paint = options.color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_, t) => t;
    const verdict = report.verdict === 'skip' ? 'pass' : report.verdict;
    const out = [paint('bold', paint(verdict, format/* RUN_TITLE */.xD[report.verdict])), (0,format/* summaryLine */.dC)(report)];
    for (const e of report.errors ?? [])
        out.push(paint('fail', `error: ${(0,report_escape/* escapeTerminal */.en)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeTerminal */.en)(e.detail, 300)}`));
    if (report.registryMissing) {
        const { branch, level } = report.registryMissing;
        out.push(paint(level, `${level === 'fail' ? 'error' : 'warning'}: ${(0,report_escape/* escapeTerminal */.en)((0,fail_on/* registryMissingMessage */.Fs)(branch), 300)}`));
    }
    if (report.models.length)
        out.push(`Policy: ${(0,report_escape/* escapeTerminal */.en)(report.policySource)}`);
    if (report.policyChanges)
        out.push('', ...(0,policy_section/* policySectionText */.Jy)(report.policyChanges));
    for (const m of report.models)
        out.push('', ...modelLines(m, paint, options.now));
    return out.join('\n') + '\n';
}
function production(m, now) {
    const p = m.baselinePromoted;
    if (!m.baselineSource || !p)
        return undefined;
    const how = p.event === 'rollback' ? 'rolled back' : 'promoted';
    return `  production from ${(0,report_escape/* escapeTerminal */.en)(m.baselineSource)}: ${how} by ${(0,report_escape/* escapeTerminal */.en)(p.actor)} ${(0,time/* formatTimeAgo */.ak)(p.at, now, when)}`;
}
function modelLines(m, paint, now) {
    const versions = m.baselineVersion && m.candidateVersion
        ? ` ${m.baselineVersion} -> ${m.candidateVersion}`
        : m.candidateVersion
            ? ` ${m.candidateVersion}`
            : '';
    const mark = paint(m.verdict, `[${(0,marks/* markWord */.mo)(m)}]`);
    const lines = [
        `${mark} ${paint('bold', (0,report_escape/* escapeTerminal */.en)(m.name))}${versions}: ${(0,format/* modelVerdictLabel */.bO)(m)}  (${(0,report_escape/* escapeTerminal */.en)(m.path)})`,
    ];
    const from = production(m, now);
    if (from)
        lines.push(paint('dim', from));
    for (const e of m.errors)
        lines.push(paint('fail', `  error: ${(0,report_escape/* escapeTerminal */.en)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeTerminal */.en)(e.detail, 300)}`));
    const because = (0,format/* checkedBecauseLine */.iO)(m);
    if (because)
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(because, 600)}`);
    const measured = (0,format/* measuredInRunLine */.F6)(m);
    if (measured)
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(measured, 600)}`);
    if (m.accepted)
        lines.push(`  accepted by ${(0,report_escape/* escapeTerminal */.en)(m.accepted.actor)} ${(0,time/* formatTimeAgo */.ak)(m.accepted.at, now, when)}: ${(0,report_escape/* escapeTerminal */.en)(m.accepted.reason, reason/* REASON_SHOWN */.LQ)}`);
    if (m.acceptanceLapsed)
        lines.push(paint('fail', `  error: acceptance lapsed: ${(0,report_escape/* escapeTerminal */.en)(m.acceptanceLapsed, 400)}`));
    for (const w of m.warnings ?? [])
        lines.push(paint('warn', `  warning: ${(0,report_escape/* escapeTerminal */.en)(w, 400)}`));
    for (const n of m.notes)
        lines.push(`  note: ${(0,report_escape/* escapeTerminal */.en)(n, 300)}`);
    const skipped = (0,format/* skippedLine */.Bo)(m);
    if (skipped)
        lines.push(`  note: ${(0,report_escape/* escapeTerminal */.en)(skipped, 1200)}`);
    if (m.metrics.length)
        lines.push(...table(m.metrics, paint).map((l) => `  ${l}`));
    if (m.changes.length) {
        lines.push('  what changed:');
        for (const c of m.changes) {
            const key = c.key ? `${c.section}.${c.key}` : c.section;
            const before = (0,report_escape/* escapeTerminal */.en)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.before)), 80);
            const after = (0,report_escape/* escapeTerminal */.en)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.after)), 80);
            const what = c.kind === 'added'
                ? `added ${after}`
                : c.kind === 'removed'
                    ? `removed (was ${before})`
                    : `${before} -> ${after}`;
            lines.push(`    ${(0,report_escape/* escapeTerminal */.en)(key)}: ${what}`);
        }
    }
    return lines;
}
function table(metrics, paint) {
    const rows = [
        ['metric', 'production', 'candidate', 'delta', 'delta %', 'verdict', 'rule'],
        ...metrics.map((x) => [
            (0,report_escape/* escapeTerminal */.en)((0,format/* metricLabel */.B)(x)),
            x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '-',
            x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '-',
            (0,format/* formatDelta */.CW)(x.delta) || '-',
            (0,format/* formatPercent */.l9)(x.deltaPercent) || '-',
            (0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeTerminal */.en)(t, 300)),
            (0,format/* formatRule */.UT)(x.rule),
        ]),
    ];
    // Colour after aligning: escape sequences have no width on screen.
    return (0,columns/* alignColumns */.R)(rows).map((line, i) => {
        const level = i === 0 ? undefined : metrics[i - 1]?.level;
        return i === 0 ? paint('dim', line) : level && level !== 'pass' ? paint(level, line) : line;
    });
}

;// CONCATENATED MODULE: ./src/cli/render.ts



/** The report as render gives it, in parts to write one after the other (JSON: one per model). */
function renderParts(report, format, options = {}) {
    return format === 'json' ? renderJsonParts(report) : [render(report, format, options)];
}
function render(report, format, options = {}) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'markdown')
        return (0,markdown/* renderMarkdown */.G)(report, options.now ? { now: options.now } : {});
    return renderText(report, options);
}


/***/ }),

/***/ 9344:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E8: () => (/* binding */ baselineDigest),
  l0: () => (/* binding */ compareModel),
  V8: () => (/* binding */ invalidModel),
  Y5: () => (/* binding */ removedModel),
  ZH: () => (/* binding */ runVerdict)
});

// UNUSED EXPORTS: MIN_SIGNIFICANCE_SAMPLE, compareMetric, evaluationDataChange, noiseChanges

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/lookalike.ts
var lookalike = __webpack_require__(9814);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(2721);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/core/digest.ts
/**
 * The digest of a production version (see baselineDigest in compare.ts): the 64-bit FNV-1a of
 * JSON.stringify([version, snapshot, metrics]), metrics an object of the values by name in code-unit order.
 * Acceptances store it, so the text hashed may never change. That text is never built: the hash is fed
 * what JSON.stringify would write, piece by piece, as the values are walked. Anything that is not plain
 * data (a toJSON method, a class instance, a boxed value, a nesting deeper than MAX_DEPTH) is handed to
 * JSON.stringify itself, and its text is fed instead.
 */

/** The digest of a production version: fnv1a(JSON.stringify([version, snapshot, metrics])), as 16 hex digits. */
function digest(version, snapshot, metrics) {
    const hash = new Fnv1a();
    hash.add('[');
    hash.add(jsonText(version) ?? 'null');
    hash.add(',');
    hash.value(snapshot);
    hash.add(',');
    hash.metrics(metrics);
    hash.add(']');
    return hash.hex();
}
/** 64-bit FNV-1a of the UTF-16 code units of text, as 16 hex digits. */
function fnv1a(text) {
    const hash = new Fnv1a();
    hash.add(text);
    return hash.hex();
}
/** Beyond this nesting, a value goes to JSON.stringify (which also reports a cycle as it always has). */
const MAX_DEPTH = 200;
/** From this length on, a text is copied into `units` at once and hashed from there: charCodeAt costs more. */
const LONG = 32;
let units = new Uint16Array(4096);
let unitBytes = external_node_buffer_.Buffer.from(units.buffer);
/** Constant texts as their code units: a typed array reads faster than charCodeAt. */
const codesOf = (text) => Uint16Array.from(text, (c) => c.charCodeAt(0));
/** What comes before a member's name: the first, a next one, a next one after a metric {value: number}. */
const FIRST = codesOf('{"');
const NEXT = codesOf(',"');
const NEXT_AFTER_VALUE = codesOf('},"');
/** What comes after a member's name: its value, or a metric's {value: number}. */
const COLON = codesOf('":');
const VALUE_KEY = codesOf('":{"value":');
/**
 * 64-bit FNV-1a over UTF-16 code units, fed piece by piece: a content fingerprint (not a security
 * boundary: the base is trusted). The state is three limbs, every product exact in 32 bits: lo and mid of
 * 16 bits, hi of 32 (its product by Math.imul, mod 2^32). The prime is 2^40 + 0x1b3, so h * prime is
 * h * 0x1b3 plus h shifted up by 40 bits, mod 2^64: lo lands 8 bits up in hi, mid 24 bits up, hi beyond.
 */
class Fnv1a {
    lo = 0x2325;
    mid = 0x8422;
    hi = 0xcbf29ce4 | 0;
    /** Feeds every code unit of text. */
    add(text) {
        if (text.length >= LONG)
            return this.addLong(text);
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < text.length; i++) {
            lo ^= text.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a long text: its code units copied into `units` by one native write (lone surrogates kept). */
    addLong(text) {
        const n = text.length;
        if (n > units.length) {
            units = new Uint16Array(Math.max(n, 2 * units.length));
            unitBytes = external_node_buffer_.Buffer.from(units.buffer);
        }
        unitBytes.write(text, 0, 'utf16le');
        const codes = units;
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < n; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /**
     * Feeds JSON.stringify(text): the quotes and the code units as they are, or, for a string with a quote,
     * a backslash, a control character or a surrogate (what JSON.stringify may escape), its JSON text.
     */
    quoted(text) {
        if (text.length >= LONG) {
            if (NEEDS_ESCAPE.test(text))
                return this.addLong(JSON.stringify(text));
            this.add('"');
            this.addLong(text);
            this.add('"');
            return;
        }
        let lo = this.lo ^ 0x22; // the opening quote
        let mid = this.mid;
        let hi = this.hi;
        for (let i = -1; i < text.length; i++) {
            if (i >= 0) {
                const c = text.charCodeAt(i);
                if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800) {
                    this.add(JSON.stringify(text)); // the state is still what it was before the string
                    return;
                }
                lo ^= c;
            }
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add('"');
    }
    /** Feeds JSON.stringify(value) ?? 'null'. */
    value(value) {
        const { lo, mid, hi } = this;
        if (this.plain(value, 0))
            return;
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add(JSON.stringify(value) ?? 'null');
    }
    /**
     * Feeds JSON.stringify(value) if value is plain data (value is not undefined, a function or a symbol):
     * false, the state then undefined, when it is not.
     */
    plain(value, depth) {
        switch (typeof value) {
            case 'number':
                this.add(Number.isFinite(value) ? String(value) : 'null');
                return true;
            case 'string':
                this.quoted(value);
                return true;
            case 'boolean':
                this.add(value ? 'true' : 'false');
                return true;
            case 'object':
                if (value === null) {
                    this.add('null');
                    return true;
                }
                if (depth >= MAX_DEPTH || typeof value.toJSON === 'function')
                    return false;
                if (Array.isArray(value))
                    return this.array(value, depth);
                return isPlainObject(value) && this.object(value, depth);
            default:
                return false;
        }
    }
    array(items, depth) {
        this.add('[');
        for (let i = 0; i < items.length; i++) {
            if (i)
                this.add(',');
            const item = items[i];
            if (isSkipped(item))
                this.add('null');
            else if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(']');
        return true;
    }
    /**
     * The names in one native call, then each value read by name: what JSON.stringify does (its list of own
     * enumerable string keys, then a [[Get]] per key), so a value a getter removed reads as undefined and is
     * skipped as JSON.stringify skips it. Object.values would be one call too, but on a mapping of hundreds of
     * names (a dictionary) it costs several times the lookups.
     */
    object(map, depth) {
        const keys = Object.keys(map);
        let before = FIRST;
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const item = map[key];
            if (isSkipped(item))
                continue;
            this.member(before, key, COLON);
            before = NEXT;
            if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(before === FIRST ? '{}' : '}');
        return true;
    }
    /**
     * Feeds JSON.stringify of an object holding each metric's value under its name, names added in code-unit
     * order (what Array.prototype.sort does without a comparator). Like any object, it lists its array-index
     * names ('0', '17', ...) first, in numeric order. Names already in that order are not sorted again.
     */
    metrics(metrics) {
        // With no enumerable name on Object.prototype, for-in over a metric lists its own enumerable names.
        let clean = true;
        for (const _ in Object.prototype)
            clean = false;
        let before = FIRST;
        const names = jsonOrder(metrics);
        if (names === undefined) {
            for (const [name, located] of metrics)
                before = this.metric(before, name, located.metric, clean);
        }
        else {
            for (const name of names)
                before = this.metric(before, name, metrics.get(name).metric, clean);
        }
        this.add(before === FIRST ? '{}' : before === NEXT ? '}' : '}}');
    }
    /** Feeds one metric of metrics() with what comes before it: returns what comes before the next one. */
    metric(before, name, metric, clean) {
        const value = clean ? onlyValue(metric) : undefined;
        if (value !== undefined) {
            this.member(before, name, VALUE_KEY);
            this.add(Number.isFinite(value) ? String(value) : 'null');
            return NEXT_AFTER_VALUE; // the closing brace of {"value": ...} is fed with what follows
        }
        const text = jsonText(metric);
        if (text === undefined)
            return before;
        this.member(before, name, COLON);
        this.add(text);
        return NEXT;
    }
    /**
     * Feeds before, name and after: before ends with a quote and after starts with one, so this is a member's
     * name as JSON.stringify writes it. A name with what JSON.stringify may escape (see quoted) is written
     * by JSON.stringify, without its quotes; a long one is fed by add (from a copy).
     */
    member(before, name, after) {
        const n = name.length;
        for (let i = 0; i < n; i++) {
            const c = name.charCodeAt(i);
            if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800 || n >= LONG) {
                this.codes(before);
                this.add(NEEDS_ESCAPE.test(name) ? JSON.stringify(name).slice(1, -1) : name);
                this.codes(after);
                return;
            }
        }
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < before.length; i++) {
            lo ^= before[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < n; i++) {
            lo ^= name.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < after.length; i++) {
            lo ^= after[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a text given as its code units (a constant: a typed array reads faster than charCodeAt). */
    codes(codes) {
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < codes.length; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    hex() {
        return hex8(this.hi) + hex8((this.mid << 16) | this.lo);
    }
}
/**
 * The names of metrics in code-unit order, array indexes first in numeric order, as an object lists them;
 * undefined when the map's own order is that already (sorted names, none an array index): checked in one pass.
 */
function jsonOrder(metrics) {
    let previous;
    let ordered = true;
    for (const name of metrics.keys()) {
        if ((previous !== undefined && previous >= name) || isArrayIndex(name)) {
            ordered = false;
            break;
        }
        previous = name;
    }
    if (ordered)
        return undefined;
    const names = [...metrics.keys()].sort();
    if (!names.some(isArrayIndex))
        return names;
    const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    return [...indexes, ...names.filter((n) => !isArrayIndex(n))];
}
function hex8(word) {
    return (word >>> 0).toString(16).padStart(8, '0');
}
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isSkipped(value) {
    const type = typeof value;
    return type === 'undefined' || type === 'function' || type === 'symbol';
}
/**
 * The value of the usual metric {value: number}, when that is all JSON.stringify would see of it: a plain
 * object whose only enumerable name is value (for-in lists no inherited name: see metrics()), no toJSON.
 */
function onlyValue(metric) {
    if (Object.getPrototypeOf(metric) !== Object.prototype)
        return undefined;
    let count = 0;
    for (const key in metric)
        if (key !== 'value' || ++count > 1)
            return undefined;
    const value = metric.value;
    if (count !== 1 || typeof value !== 'number' || 'toJSON' in metric)
        return undefined;
    return value;
}
/** A canonical array index, '0' to '4294967294': the property names an object lists first. */
function isArrayIndex(name) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57 || name.length > 10)
        return false;
    if (!/^(?:0|[1-9][0-9]*)$/.test(name))
        return false;
    return Number(name) < 4294967295;
}
/** What JSON.stringify quotes or escapes: a quote, a backslash, a control character, a surrogate. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quoted(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/**
 * JSON.stringify(value), byte for byte. Numbers, strings, booleans, null, arrays and objects of plain
 * data are written here; anything else (a toJSON method, a class instance, a boxed value) goes to
 * JSON.stringify itself.
 */
function jsonText(value) {
    switch (typeof value) {
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'string':
            return quoted(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            if (value === null)
                return 'null';
            if (typeof value.toJSON === 'function')
                return JSON.stringify(value);
            if (Array.isArray(value))
                return arrayText(value);
            if (isPlainObject(value))
                return objectText(value);
            return JSON.stringify(value);
        default:
            return JSON.stringify(value);
    }
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function arrayText(items) {
    let text = '';
    for (let i = 0; i < items.length; i++)
        text += `${i ? ',' : ''}${jsonText(items[i]) ?? 'null'}`;
    return `[${text}]`;
}
function objectText(map) {
    let text = '';
    for (const key of Object.keys(map)) {
        const value = jsonText(map[key]);
        if (value === undefined)
            continue;
        text += `${text ? ',' : ''}${quoted(key)}:${value}`;
    }
    return `{${text}}`;
}

// EXTERNAL MODULE: ./src/core/snapshot-diff.ts
var snapshot_diff = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/core/stats.ts
const Z_95 = 1.959963984540054;
/**
 * Standard error of a measured value: from std and n, else from a 95% confidence interval, else, for a
 * proportion in [0, 1] with a sample size, from the binomial variance. Undefined when the value carries
 * no noise information.
 */
function standardError(m) {
    if (m.std !== undefined && m.n !== undefined)
        return m.std / Math.sqrt(m.n);
    if (m.ci)
        return (m.ci[1] - m.ci[0]) / (2 * Z_95);
    if (m.std !== undefined)
        return m.std;
    if (m.n !== undefined && m.value >= 0 && m.value <= 1)
        return Math.sqrt((m.value * (1 - m.value)) / m.n);
    return undefined;
}
/**
 * Two-sided p-value that the candidate differs from the baseline, or undefined when the baseline has no noise
 * information. The baseline's noise is trusted; the candidate's comes from the pull request, so it may never
 * claim more noise than the baseline (a huge `std` must not turn a failure into a warning).
 */
function pValueOfDifference(baseline, candidate) {
    const sa = standardError(baseline);
    if (sa === undefined)
        return undefined;
    const sb = Math.min(standardError(candidate) ?? sa, sa);
    const a = baseline;
    const b = candidate;
    const se = Math.sqrt(sa * sa + sb * sb);
    if (se === 0)
        return a.value === b.value ? 1 : 0;
    const z = Math.abs(a.value - b.value) / se;
    return 2 * (1 - normalCdf(z));
}
/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erf = 1 - poly * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

// EXTERNAL MODULE: ./src/core/trend.ts
var trend = __webpack_require__(5776);
// EXTERNAL MODULE: ./src/core/levels.ts
var levels = __webpack_require__(7588);
;// CONCATENATED MODULE: ./src/core/compare.ts
/**
 * The comparison: a verdict per metric, per model and per run, and the snapshot diff of everything else.
 * Pure: takes validated manifests and a policy, returns data for the renderers.
 */











/** Relative slack so that 0.912 - 0.902 is not "more than 0.01". */
function slack(a, b) {
    return 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
/**
 * Below this many samples a baseline's noise is not trusted to soften a failure: a production version
 * measured on a handful of examples says little about how noisy the metric is.
 */
const MIN_SIGNIFICANCE_SAMPLE = 30;
function compareModel(input) {
    const { candidate, baseline, policy } = input;
    const notes = [];
    const warnings = [...(input.baselineWarnings ?? []), ...(input.candidateWarnings ?? [])];
    const evalChange = baseline ? evaluationDataChange(baseline.manifest, candidate.manifest) : undefined;
    if (evalChange)
        notes.push(evaluationNote(evalChange, policy));
    if (input.renamedFrom) {
        warnings.push(`renamed from ${input.renamedFrom}: compared with ${input.renamedFrom}'s production; the new name starts its own history when promoted`);
    }
    // Compiled once for the model: each metric's rule is resolved once, so a comparison is arithmetic.
    const rules = (0,core_policy/* policyFor */.KV)(policy, candidate.manifest.name);
    const plan = new Comparisons(candidate, baseline, rules, {
        evaluationChanged: evalChange || undefined,
        comparability: policy.comparability,
        alpha: policy.significance?.alpha,
    });
    for (const note of plan.notes)
        notes.push(note);
    const { metrics, noise } = plan;
    for (const warning of noise.warnings)
        warnings.push(warning);
    const changes = baseline ? (0,snapshot_diff/* diffSnapshots */.V)(baseline.manifest.snapshot, candidate.manifest.snapshot) : [];
    if (baseline && changes.length && (0,names/* sameVersion */.r1)(baseline.manifest.version, candidate.manifest.version))
        notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`);
    let gateVerdict = plan.errors.length ? 'fail' : warnings.length ? 'warn' : 'pass';
    for (let i = 0; i < metrics.length && gateVerdict !== 'fail'; i++) {
        const level = metrics[i].level;
        if (levels/* LEVEL_RANK */.Y[level] > levels/* LEVEL_RANK */.Y[gateVerdict])
            gateVerdict = level;
    }
    const acceptance = gateVerdict === 'pass' ? undefined : input.acceptance;
    const trend = baseline ? trendOf(candidate, baseline, rules, metrics) : undefined;
    return {
        ...identity(input),
        metrics,
        changes: [...changes, ...noise.changes],
        errors: plan.errors,
        ...(warnings.length ? { warnings } : {}),
        notes,
        ...(candidate.skipped?.length ? { skipped: candidate.skipped } : {}),
        ...(acceptance?.kind === 'held' ? { accepted: acceptance.acceptance } : {}),
        ...(acceptance?.kind === 'lapsed' ? { acceptanceLapsed: acceptance.why } : {}),
        gateVerdict,
        verdict: acceptance?.kind === 'held' ? 'pass' : gateVerdict,
        ...(trend ? { trend } : {}),
    };
}
/** Which model, against which production, and why it was checked. */
function identity({ candidate, baseline, renamedFrom, checkedBecause, ...given }) {
    return {
        name: candidate.manifest.name,
        path: candidate.manifest.file,
        status: baseline ? 'changed' : 'new',
        candidateVersion: candidate.manifest.version,
        ...(baseline
            ? {
                baselineVersion: baseline.manifest.version,
                baselineSource: baseline.source,
                baselineDigest: given.baselineDigest ?? baselineDigest(baseline),
            }
            : {}),
        ...(baseline?.promoted ? { baselinePromoted: baseline.promoted } : {}),
        ...(renamedFrom ? { renamedFrom, identity: 'renamed' } : {}),
        ...(checkedBecause?.length ? { checkedBecause } : {}),
    };
}
function evaluationNote(change, policy) {
    return policy.comparability === 'warn'
        ? `evaluation data changed (${change}): metrics are not comparable (comparability: warn)`
        : `evaluation data changed (${change}): a metric that crosses its fail threshold still fails; the others are not comparable`;
}
/**
 * What the production version is, for an acceptance: its version and a digest of its snapshot and
 * metrics, whatever backend it came from. An acceptance holds only while production is still this.
 * The text hashed is JSON.stringify([version, snapshot, metrics]), metrics an object of the values by
 * name in code-unit order; it is stored in acceptances, so it may never change.
 */
function baselineDigest(baseline) {
    const { version, snapshot } = baseline.manifest;
    return `${(0,names/* normalizeVersion */.Qj)(version)}#${digest(version, snapshot, baseline.metrics)}`;
}
/**
 * One model's comparisons, in one pass over the candidate's metrics and one over production's: every
 * candidate metric; every production metric the candidate lacks; every required metric. A declared rename
 * adds a comparison with the old name's production value under the old name's rule, and covers the old
 * name's "missing". A new name that only looks like a missing production metric is an error naming both.
 * The pass over the candidate also collects how each metric's noise moved (see noiseChanges).
 */
class Comparisons {
    candidate;
    baseline;
    rules;
    settings;
    metrics = [];
    errors = [];
    notes = [];
    noise = { changes: [], warnings: [] };
    covered = new Set();
    required;
    constructor(candidate, baseline, rules, settings) {
        this.candidate = candidate;
        this.baseline = baseline;
        this.rules = rules;
        this.settings = settings;
        this.required = new Set(rules.required);
        const found = this.candidateMetrics();
        const missing = this.missingMetrics(found);
        for (const name of this.required) {
            if (!candidate.metrics.has(name) && !baseline?.metrics.has(name) && !this.covered.has(name))
                this.compare(name, undefined, undefined, name, true, undefined);
        }
        for (const error of lookalikeErrors(candidate, baseline, missing))
            this.errors.push(error);
    }
    /** A comparison per candidate metric (two for a rename); how many of them production has. */
    candidateMetrics() {
        const before = this.baseline?.metrics;
        const anyRequired = this.required.size > 0;
        let found = 0;
        for (const [name, m] of this.candidate.metrics) {
            if (m.renamedFrom !== undefined && this.renamed(name, m, m.renamedFrom))
                continue;
            const value = before?.get(name)?.metric;
            if (value) {
                found++;
                noiseOf(name, value, m.metric, this.noise.changes, this.noise.warnings);
            }
            this.compare(name, m, value, name, anyRequired && this.required.has(name), undefined);
        }
        return found;
    }
    /** The comparison a declared rename adds, if production has the old name; true when the new name needs no other. */
    renamed(name, m, old) {
        const oldValue = this.baseline?.metrics.get(old)?.metric;
        if (this.candidate.metrics.has(old)) {
            this.errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)(name)} declares renamed_from ${(0,diagnostics/* quote */.hD)(old)}, but ${(0,diagnostics/* quote */.hD)(old)} is still reported`));
        }
        if (oldValue) {
            this.covered.add(old);
            this.compare(name, m, oldValue, old, this.required.has(old) || this.required.has(name), old);
            return !this.baseline?.metrics.has(name);
        }
        if (this.baseline)
            this.notes.push(`${name} declares renamed_from ${old}, but production has no metric ${old}`);
        return false;
    }
    /** Production's metrics the candidate lacks, each compared as missing; none when the candidate had them all. */
    missingMetrics(found) {
        const missing = [];
        const baseline = this.baseline;
        if (!baseline || found === baseline.metrics.size)
            return missing;
        for (const [name, m] of baseline.metrics) {
            if (this.candidate.metrics.has(name) || this.covered.has(name))
                continue;
            missing.push(name);
            this.compare(name, undefined, m.metric, name, this.required.has(name), undefined);
        }
        return missing;
    }
    compare(name, located, baseline, ruleName, required, renamedFrom) {
        const { rule, named } = this.rules.resolve(ruleName);
        this.metrics.push(comparison(name, located, baseline, rule, required, named, renamedFrom, this.settings));
    }
}
function at(m, message) {
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, message);
}
/** A new metric that reads like a production metric the candidate lacks: a rename no reader would see. */
function lookalikeErrors(candidate, baseline, missing) {
    if (!baseline || missing.length === 0)
        return [];
    const bySkeleton = new Map(missing.map((name) => [(0,lookalike/* skeleton */.qV)(name), name]));
    const errors = [];
    for (const [name, m] of candidate.metrics) {
        if (baseline.metrics.has(name))
            continue;
        const twin = bySkeleton.get((0,lookalike/* skeleton */.qV)(name));
        if (twin !== undefined && twin !== name) {
            errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)((0,lookalike/* visible */.RK)(name))} looks like production's ${(0,diagnostics/* quote */.hD)(twin)} but is a different name: write ${(0,diagnostics/* quote */.hD)(twin)}, or declare renamed_from: ${twin}`));
        }
    }
    return errors;
}
/** How the noise a metric carries moved: every change to n, std and ci, and a warning when it widened. */
function noiseChanges(before, after) {
    const changes = [];
    const warnings = [];
    for (const [name, b] of after) {
        const a = before.get(name)?.metric;
        if (a)
            noiseOf(name, a, b.metric, changes, warnings);
    }
    return { changes, warnings };
}
/** How one metric's noise moved between production (a) and the candidate (c). */
function noiseOf(name, a, c, changes, warnings) {
    if (a.n !== c.n || a.std !== c.std || a.ci !== c.ci) {
        for (const key of NOISE_KEYS)
            noiseChange(name, key, a[key], c[key], changes);
    }
    if (a.n === undefined && a.std === undefined && a.ci === undefined)
        return;
    const widened = widening(a, c);
    if (widened)
        warnings.push(`${name}: ${widened}: significance tests will treat the metric as noisier`);
}
const NOISE_KEYS = ['n', 'std', 'ci'];
function noiseChange(name, key, x, y, changes) {
    if (sameJson(x, y))
        return;
    const change = {
        section: 'metrics',
        key: `${name}.${key}`,
        kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
    };
    if (x !== undefined)
        change.before = x;
    if (y !== undefined)
        change.after = y;
    changes.push(change);
}
/** JSON.stringify(x) === JSON.stringify(y), without the text for the usual cases: the same number, equal [lo, hi]. */
function sameJson(x, y) {
    if (x === y)
        return true;
    if (Array.isArray(x) &&
        Array.isArray(y) &&
        x.length === 2 &&
        y.length === 2 &&
        x[0] === y[0] &&
        x[1] === y[1])
        return true;
    return JSON.stringify(x) === JSON.stringify(y);
}
function widening(a, c) {
    if (a.n !== undefined && c.n !== undefined && c.n < a.n / 2)
        return `sample size n ${a.n} → ${c.n} shrank by more than half`;
    const sa = standardError(a);
    const sc = standardError(c);
    if (sa !== undefined && sc !== undefined && sc > 2 * sa)
        return `standard error ${sa.toPrecision(3)} → ${sc.toPrecision(3)} grew more than 2x`;
    return undefined;
}
/** The chart's data: production's history (or production alone), then the candidate. */
function trendOf(candidate, baseline, rules, comparisons) {
    const history = baseline.history?.length ? baseline.history : undefined;
    const chosen = rules.chart
        ? (0,trend/* chartMetricNames */.fF)({
            // Globs are matched over every name, in first-seen order.
            available: (0,trend/* metricNamesOf */.yl)([
                ...(history ?? [{ metrics: (0,metrics/* metricValues */.tZ)(baseline.metrics) }]),
                { metrics: (0,metrics/* metricValues */.tZ)(candidate.metrics) },
            ]),
            configured: rules.chart,
            comparisons,
            required: rules.required,
        })
        : (0,trend/* chartedByVerdict */.QJ)(comparisons, rules.required, (m) => {
            if (candidate.metrics.has(m))
                return true;
            if (!history)
                return baseline.metrics.has(m);
            return history.some((p) => Object.prototype.propertyIsEnumerable.call(p.metrics, m));
        });
    // The points need the values of the charted metrics only.
    const production = valuesOf(baseline.metrics, chosen);
    return (0,trend/* buildTrend */.mt)({
        history: history ?? [{ version: baseline.manifest.version, metrics: production }],
        candidate: { version: candidate.manifest.version, metrics: valuesOf(candidate.metrics, chosen) },
        production,
        metrics: chosen,
        rule: chartRules(comparisons, chosen, rules),
    });
}
/** metricValues restricted to some names. */
function valuesOf(metrics, names) {
    const out = {};
    for (const name of names) {
        const m = metrics.get(name);
        if (!m)
            continue;
        // An own property even for '__proto__', as Object.fromEntries makes it.
        if (name === '__proto__')
            Object.defineProperty(out, name, {
                value: m.metric,
                enumerable: true,
                writable: true,
                configurable: true,
            });
        else
            out[name] = m.metric;
    }
    return out;
}
/** Each charted metric's rule: that of its last comparison, else the model's rule for the name. */
function chartRules(comparisons, chosen, rules) {
    const byName = new Map();
    for (const name of chosen) {
        for (let i = comparisons.length - 1; i >= 0; i--) {
            const c = comparisons[i];
            if (c.name !== name)
                continue;
            byName.set(name, c.rule);
            break;
        }
    }
    return (m) => byName.get(m) ?? rules.rule(m);
}
/** A model whose manifest (or production entry) could not be read: it fails, the others are still checked. */
function invalidModel(path, errors, name) {
    return {
        name: name ?? path,
        path,
        status: 'invalid',
        metrics: [],
        changes: [],
        errors,
        notes: [],
        gateVerdict: 'fail',
        verdict: 'fail',
    };
}
function removedModel(path, name, version, inProduction = false) {
    return {
        name,
        path,
        status: 'removed',
        ...(version ? { baselineVersion: version } : {}),
        metrics: [],
        changes: [],
        errors: [],
        notes: [
            inProduction
                ? `manifest removed in this change; production ${version ?? ''} stays until it is rolled back or retired`
                : 'manifest removed in this change; production is not touched',
        ],
        gateVerdict: 'pass',
        verdict: 'pass',
    };
}
function runVerdict(models) {
    return models.length === 0 ? 'skip' : (0,levels/* worst */.Q)(models.map((m) => m.verdict));
}
function compareMetric(input) {
    const { name, candidate, baseline, rule, required } = input;
    return comparison(name, candidate, baseline, rule, required, input.named === true, input.renamedFrom, {
        evaluationChanged: input.evaluationChanged,
        comparability: input.comparability,
        alpha: input.alpha,
    });
}
/**
 * One metric's comparison. The keys are always in the same order, and only those that are set: name,
 * rule, required, named, renamedFrom, baseline, candidate, file, line, delta, deltaPercent, verdict, level,
 * pValue, noiseIgnored or insideNoise, evaluationChanged.
 */
function comparison(name, located, baseline, rule, required, named, renamedFrom, settings) {
    if (located && baseline)
        return measured(name, located, baseline, rule, required, named, renamedFrom, settings);
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    if (!located) {
        // A metric the policy names may not disappear to escape its rule.
        out.verdict = 'missing';
        out.level = required || (baseline !== undefined && named) ? 'fail' : 'warn';
        return out;
    }
    const bounded = boundsVerdict(located.metric.value, rule);
    out.verdict = bounded ?? 'new';
    out.level = bounded ? 'fail' : 'pass';
    return out;
}
/** The keys every comparison starts with, built key by key. */
function head(name, located, baseline, rule, required, named, renamedFrom) {
    const out = { name, rule, required };
    if (named)
        out.named = true;
    if (renamedFrom)
        out.renamedFrom = renamedFrom;
    if (baseline)
        out.baseline = baseline;
    if (located) {
        out.candidate = located.metric;
        out.file = located.file;
        out.line = located.line;
    }
    return out;
}
/**
 * A metric both versions report. The usual result (no rename, a percentage, no p-value, no evaluation
 * label) is written as a literal: a fixed shape, allocated whole; the others are built key by key.
 */
function measured(name, located, baseline, rule, required, named, renamedFrom, settings) {
    const candidate = located.metric;
    const bounded = boundsVerdict(candidate.value, rule);
    const delta = candidate.value - baseline.value;
    const judged = bounded ? boundsJudged(bounded) : judge(baseline, candidate, delta, rule, settings);
    const { verdict, level, pValue, noiseIgnored, insideNoise, evaluationChanged } = judged;
    const extras = pValue !== undefined || noiseIgnored !== undefined || insideNoise !== undefined;
    if (!extras && evaluationChanged === undefined && !renamedFrom && baseline.value !== 0) {
        const deltaPercent = (delta / Math.abs(baseline.value)) * 100;
        const { file, line } = located;
        return named
            ? { name, rule, required, named, baseline, candidate, file, line, delta, deltaPercent, verdict, level }
            : { name, rule, required, baseline, candidate, file, line, delta, deltaPercent, verdict, level };
    }
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    out.delta = delta;
    if (baseline.value !== 0)
        out.deltaPercent = (delta / Math.abs(baseline.value)) * 100;
    out.verdict = verdict;
    out.level = level;
    if (pValue !== undefined)
        out.pValue = pValue;
    if (noiseIgnored !== undefined)
        out.noiseIgnored = noiseIgnored;
    if (insideNoise !== undefined)
        out.insideNoise = insideNoise;
    if (evaluationChanged !== undefined)
        out.evaluationChanged = evaluationChanged;
    return out;
}
/** The verdict on a measured difference, on changed evaluation data too. */
function judge(baseline, candidate, delta, rule, settings) {
    const judged = thresholdVerdict(baseline, candidate, delta, rule, settings.alpha);
    const changed = settings.evaluationChanged;
    if (changed === undefined)
        return judged;
    // On changed evaluation data a crossed fail threshold still fails, labelled with what changed.
    if (judged.level === 'fail' && settings.comparability !== 'warn')
        return { ...judged, evaluationChanged: changed };
    return NOT_COMPARABLE;
}
const NOT_COMPARABLE = { verdict: 'not-comparable', level: 'warn' };
const BELOW_FLOOR = { verdict: 'below-floor', level: 'fail' };
const ABOVE_CEILING = { verdict: 'above-ceiling', level: 'fail' };
function boundsJudged(bounded) {
    return bounded === 'below-floor' ? BELOW_FLOOR : ABOVE_CEILING;
}
const UNCHANGED = { verdict: 'unchanged', level: 'pass' };
const IMPROVED = { verdict: 'improved', level: 'pass' };
const FAILED = { verdict: 'fail', level: 'fail' };
const WARNED = { verdict: 'warn', level: 'warn' };
const WITHIN = { verdict: 'within', level: 'pass' };
function thresholdVerdict(baseline, candidate, delta, rule, alpha) {
    const worse = rule.better === 'higher' ? -delta : delta;
    const eps = slack(baseline.value, candidate.value);
    if (Math.abs(delta) <= eps)
        return UNCHANGED;
    if (worse < 0)
        return IMPROVED;
    if (rule.fail !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.fail, baseline.value) + eps) {
        if (alpha === undefined)
            return FAILED;
        return significance(baseline, candidate, alpha);
    }
    if (rule.warn !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.warn, baseline.value) + eps)
        return WARNED;
    return WITHIN;
}
/** A failure, unless it is inside the measurement noise of a large enough production sample. */
function significance(baseline, candidate, alpha) {
    const p = pValueOfDifference(baseline, candidate);
    if (p === undefined)
        return FAILED;
    if (p <= alpha)
        return { verdict: 'fail', level: 'fail', pValue: p };
    if (baseline.n === undefined || baseline.n < MIN_SIGNIFICANCE_SAMPLE) {
        const why = baseline.n === undefined
            ? `production states no sample size n (at least ${MIN_SIGNIFICANCE_SAMPLE} needed)`
            : `production's sample n=${baseline.n} is below ${MIN_SIGNIFICANCE_SAMPLE}`;
        return { verdict: 'fail', level: 'fail', pValue: p, noiseIgnored: why };
    }
    return { verdict: 'warn', level: 'warn', pValue: p, insideNoise: true };
}
function boundsVerdict(value, rule) {
    if (rule.min !== undefined && value < rule.min)
        return 'below-floor';
    if (rule.max !== undefined && value > rule.max)
        return 'above-ceiling';
    return undefined;
}
/** How the evaluation data moved between two versions, or undefined when it did not (or is not declared). */
function evaluationDataChange(before, after) {
    if (!before.evaluationDataset || !after.evaluationDataset)
        return undefined;
    const a = before.data.find((d) => d.name === before.evaluationDataset);
    const b = after.data.find((d) => d.name === after.evaluationDataset);
    if (!a || !b)
        return undefined;
    if (a.name !== b.name)
        return `evaluation.dataset ${a.name} → ${b.name}`;
    const moved = ['uri', ...manifest/* ARTIFACT_PINS */.Y1].filter((pin) => (a[pin] ?? '') !== (b[pin] ?? ''));
    if (moved.length === 0)
        return undefined;
    return moved.map((pin) => `${b.name}.${pin} ${a[pin] ?? '(none)'} → ${b[pin] ?? '(none)'}`).join(', ');
}


/***/ }),

/***/ 4797:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ countEffects),
/* harmony export */   kh: () => (/* binding */ withPolicyChanges),
/* harmony export */   wR: () => (/* binding */ diffPolicies)
/* harmony export */ });
/* unused harmony exports POLICY_DIFF_MAX_RULES, toleranceChange, boundChange, significanceChanges, limitChanges, policyDiffLevel */
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7588);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6085);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2721);
/**
 * What a proposed policy changes, rule by rule, compared with the policy in force: each difference is looser
 * (the gate lets more through), tighter, or neutral. Pure: two parsed policies in, a list of changes out.
 *
 * Rules are compared as they resolve, at four levels: the defaults; each metric the policy names, for every
 * model; each model override's defaults; and each metric a model override names, for that model. A change is
 * listed at the most general level where it shows, so one edit of `defaults` is one row, not one per metric.
 */



/** Past this many rules in one policy the diff is not computed rule by rule: one looser row says so. */
const POLICY_DIFF_MAX_RULES = 1000;
const TIERS = ['warn', 'fail'];
const BOUNDS = ['min', 'max'];
function diffPolicies(before, after) {
    const out = { before: before.source, after: after.source };
    const size = Math.max(ruleCount(before), ruleCount(after));
    if (size > POLICY_DIFF_MAX_RULES) {
        const note = `${size} rules, over the ${POLICY_DIFF_MAX_RULES} compared one by one: review it by hand`;
        return { ...out, changes: [change('policy', 'rules', 'in force', 'proposed', 'looser', note)] };
    }
    const changes = [];
    const base = ruleAt(before, after, undefined, undefined);
    changes.push(...ruleChanges('defaults', base));
    for (const metric of metricNames(before, after)) {
        const at = ruleAt(before, after, undefined, metric);
        const scope = `metrics.${metric}`;
        const rows = ruleChanges(scope, at, [base]);
        changes.push(...(rows.length ? rows : presence(scope, hasMetric(before, metric), hasMetric(after, metric))));
    }
    changes.push(...requireChanges('require', before.require, after.require));
    changes.push(...significanceChanges(before, after));
    changes.push(...limitChanges(before, after));
    for (const model of modelPatterns(before, after))
        changes.push(...modelChanges(before, after, model, base));
    return { ...out, changes };
}
function modelChanges(before, after, model, base) {
    const scope = `models.${model}`;
    const own = ruleAt(before, after, model, undefined);
    const changes = ruleChanges(`${scope}.defaults`, own, [base]);
    for (const metric of modelMetricNames(before, after, model)) {
        const parents = [ruleAt(before, after, undefined, metric), own];
        changes.push(...ruleChanges(`${scope}.metrics.${metric}`, ruleAt(before, after, model, metric), parents));
    }
    const global = new Set([...before.require, ...after.require]);
    const required = (p) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredMetrics */ .$F)(p, model).filter((m) => !global.has(m));
    changes.push(...requireChanges(`${scope}.require`, required(before), required(after)));
    if (changes.length === 0) {
        const has = (p) => p.models.some((o) => o.pattern === model);
        changes.push(...presence(scope, has(before), has(after)));
    }
    return changes;
}
/**
 * The rule both policies resolve to for a model and a metric; an undefined model means "a model no override
 * names", an undefined metric "a metric no rule names".
 */
function ruleAt(before, after, model, metric) {
    const at = (p) => {
        const metrics = metric === undefined ? [] : p.metrics;
        const models = model === undefined ? [] : p.models.map((o) => (metric === undefined ? { ...o, metrics: [] } : o));
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRule */ .rj)({ ...p, metrics, models }, model ?? '', metric ?? '');
    };
    return [at(before), at(after)];
}
/** The settings that differ between a pair, unless a parent level shows the very same difference. */
function ruleChanges(scope, [a, b], parents = []) {
    const out = [];
    const shownAbove = (key) => parents.some(([pa, pb]) => same(pa[key], a[key]) && same(pb[key], b[key]));
    if (a.better !== b.better && !shownAbove('better')) {
        out.push(change(scope, 'better', a.better, b.better, 'looser', 'a worse value now counts as better'));
    }
    for (const tier of TIERS) {
        if (same(a[tier], b[tier]) || shownAbove(tier))
            continue;
        out.push(toleranceChange(scope, tier, a[tier], b[tier]));
    }
    for (const bound of BOUNDS) {
        if (a[bound] === b[bound] || shownAbove(bound))
            continue;
        out.push(boundChange(scope, bound, a[bound], b[bound]));
    }
    return out;
}
function same(x, y) {
    if (typeof x === 'object' && typeof y === 'object')
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(x) === (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(y);
    return x === y;
}
/**
 * A larger tolerance is looser, a removed one looser, an added one tighter. A percentage and an absolute
 * amount cannot be compared without a baseline value, so a change of kind counts as looser unless the new
 * tolerance is zero (nothing is stricter than zero).
 */
function toleranceChange(scope, tier, a, b) {
    const show = (t) => (t ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(t) : 'none');
    const row = (effect, note) => change(scope, tier, show(a), show(b), effect, note);
    if (!a)
        return row('tighter');
    if (!b)
        return row('looser');
    const size = (t) => (t.kind === 'absolute' ? t.amount : t.percent);
    if (a.kind === b.kind)
        return row(size(b) > size(a) ? 'looser' : 'tighter');
    if (size(b) === 0)
        return row(size(a) === 0 ? 'neutral' : 'tighter', 'changed kind');
    return row('looser', 'changed kind: which is wider depends on the baseline value');
}
/** A lower floor or a higher ceiling is looser; a removed bound looser, an added one tighter. */
function boundChange(scope, bound, a, b) {
    const show = (n) => (n === undefined ? 'none' : String(n));
    const row = (effect) => change(scope, bound, show(a), show(b), effect);
    if (a === undefined)
        return row('tighter');
    if (b === undefined)
        return row('looser');
    const higher = b > a;
    return row(higher === (bound === 'max') ? 'looser' : 'tighter');
}
function requireChanges(scope, a, b) {
    const removed = a.filter((m) => !b.includes(m));
    const added = b.filter((m) => !a.includes(m));
    return [
        ...removed.map((m) => change(scope, m, 'required', 'not required', 'looser')),
        ...added.map((m) => change(scope, m, 'not required', 'required', 'tighter')),
    ];
}
/**
 * With significance on, a failure whose p-value is above alpha becomes a warning: turning it on, or lowering
 * alpha, lets more failures through; turning it off, or raising alpha, fewer.
 */
function significanceChanges(before, after) {
    const a = before.significance?.alpha;
    const b = after.significance?.alpha;
    if (a === b)
        return [];
    const show = (x) => (x === undefined ? 'off' : String(x));
    const effect = a === undefined ? 'looser' : b === undefined ? 'tighter' : b < a ? 'looser' : 'tighter';
    return [change('significance', 'alpha', show(a), show(b), effect)];
}
/** A higher metric bound lets a run compare more (and refuse fewer models): looser; a lower one, tighter. */
function limitChanges(before, after) {
    const a = before.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    const b = after.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    if (a === b)
        return [];
    return [change('limits', 'metrics_per_run', String(a), String(b), b > a ? 'looser' : 'tighter')];
}
function presence(scope, a, b) {
    if (a === b)
        return [];
    return [
        change(scope, 'rule', a ? 'set' : 'none', b ? 'set' : 'none', 'neutral', 'same as what it inherits'),
    ];
}
function change(scope, setting, before, after, effect, note) {
    return { scope, setting, before, after, effect, ...(note ? { note } : {}) };
}
function metricNames(before, after) {
    return sortedUnion([...before.metrics, ...after.metrics].map((r) => r.pattern));
}
function hasMetric(p, metric) {
    return p.metrics.some((r) => r.pattern === metric);
}
function modelPatterns(before, after) {
    return sortedUnion([...before.models, ...after.models].map((o) => o.pattern));
}
function modelMetricNames(before, after, model) {
    const own = [...before.models, ...after.models].filter((o) => o.pattern === model);
    return sortedUnion(own.flatMap((o) => o.metrics.map((r) => r.pattern)));
}
function sortedUnion(names) {
    return [...new Set(names)].sort((x, y) => ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) === (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(y) ? (x < y ? -1 : 1) : (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) ? -1 : 1));
}
function ruleCount(p) {
    return p.metrics.length + p.require.length + p.models.reduce((n, o) => n + 1 + o.metrics.length, 0);
}
function countEffects(diff) {
    const counts = { looser: 0, tighter: 0, neutral: 0 };
    for (const c of diff?.changes ?? [])
        counts[c.effect]++;
    return counts;
}
/** Loosening the gate is a warning (so `fail-on: warn` blocks it); tightening it is not. */
function policyDiffLevel(diff) {
    return diff?.changes.some((c) => c.effect === 'looser') ? 'warn' : 'pass';
}
/** The run's verdict once the proposed policy is counted: a policy change alone is checked, not skipped. */
function withPolicyChanges(verdict, diff) {
    if (!diff)
        return verdict;
    const level = policyDiffLevel(diff);
    return verdict === 'skip' ? level : (0,_levels_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .Q)([verdict, level]);
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


/***/ }),

/***/ 8606:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/core/reason.ts
var reason = __webpack_require__(4179);
// EXTERNAL MODULE: ./src/core/report/chart.ts
var chart = __webpack_require__(4134);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/policy-section.ts
var policy_section = __webpack_require__(1100);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/report/html-text.ts
/**
 * Untrusted text inside raw HTML (a `<summary>`): markdown is not processed there, so markdown escapes
 * would show as backslashes. HTML-escaped instead, one line, bounded, with mentions, issue references and
 * autolinks broken by a zero-width space, as in escapeMarkdown.
 */

const ZWSP = '&#8203;';
function escapeHtmlText(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const s = (0,core_text/* clip */.$Q)(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), max);
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/#(?=\d)/g, `#${ZWSP}`) // before any ZWSP is written: its own '#' is followed by digits
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

// EXTERNAL MODULE: ./src/core/report/marks.ts
var report_marks = __webpack_require__(900);
// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __webpack_require__(7327);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __webpack_require__(3089);
;// CONCATENATED MODULE: ./src/core/report/markdown.ts
/** The pull-request comment, the check summary and the job summary: GitHub-flavoured markdown, as a string. */












/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeMarkdown */.FV)(text, 40);
const TABLE = { alignDelimiters: false };
function renderMarkdown(report, options = {}) {
    const render = (mode) => assemble(options, sectionsOf(report, mode, options.now));
    const full = render('full');
    const max = options.maxLength;
    if (max === undefined || full.length <= max)
        return full;
    // The charts go first: they never push a failing row out.
    const plain = render('no-charts');
    if (plain.length <= max)
        return plain;
    return compact(report, options, max, full.length);
}
/**
 * The sections of a report in a mode, rendered once for every renderMarkdown of the same report at the same
 * time: the action renders the check summary, the comment and the job summary from one report, each with its
 * own header, footer and length. A report is not changed once made (its types are read-only).
 */
const rendered = new WeakMap();
function sectionsOf(report, mode, now) {
    const byKey = rendered.get(report) ?? new Map();
    rendered.set(report, byKey);
    const key = `${mode} ${now?.getTime() ?? ''}`;
    let sections = byKey.get(key);
    if (!sections) {
        sections = [
            headline(report),
            ...policySection(report),
            ...report.models.map((m) => modelSection(m, mode, { now })),
        ];
        byKey.set(key, sections);
    }
    return sections;
}
function assemble(options, sections) {
    return ([options.header, ...sections, options.footer].filter((s) => s !== undefined && s !== '').join('\n\n') +
        '\n');
}
function headline(report) {
    const lines = [`## ${(0,format/* levelIcon */.M7)(report.verdict)} ${format/* RUN_TITLE */.xD[report.verdict]}`, '', (0,format/* summaryLine */.dC)(report)];
    if (report.errors?.length) {
        lines.push('', report.errors
            .map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.detail, 300)}`)
            .join('\n'));
    }
    if (report.registryMissing) {
        const { branch, level } = report.registryMissing;
        lines.push('', `- ${level === 'fail' ? '❌' : '⚠️'} ${(0,report_escape/* escapeMarkdown */.FV)((0,fail_on/* registryMissingMessage */.Fs)(branch), 300)}`);
    }
    if (report.models.length > 0) {
        lines.push('', `Policy: ${(0,report_escape/* escapeMarkdown */.FV)(report.policySource)}.`);
        const rows = report.models.map((m) => [
            `${(0,report_marks/* markIcon */.z$)(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}`,
            m.candidateVersion ? `\`${m.candidateVersion}\`` : '',
            m.baselineVersion ? `\`${m.baselineVersion}\`` : m.status === 'new' ? 'none (new model)' : '',
            (0,format/* modelVerdictLabel */.bO)(m),
        ]);
        lines.push('', (0,markdown_table/* markdownTable */.Q)([['Model', 'Candidate', 'Production', 'Verdict'], ...rows], TABLE));
        const marks = (0,report_marks/* legend */.o1)(report.models);
        if (marks)
            lines.push('', `<sub>${marks}</sub>`);
    }
    return lines.join('\n');
}
/** What a proposed policy loosens and tightens: kept whole in the compact report too. */
function policySection(report) {
    return report.policyChanges ? [(0,policy_section/* policySectionMarkdown */.Ff)(report.policyChanges)] : [];
}
function modelTitle(m) {
    const versions = m.baselineVersion && m.candidateVersion
        ? ` \`${m.baselineVersion}\` → \`${m.candidateVersion}\``
        : m.candidateVersion
            ? ` \`${m.candidateVersion}\``
            : '';
    return `### ${(0,report_marks/* markIcon */.z$)(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}${versions}`;
}
/** "production from model-registry: promoted by Demo 2026-12-02 13:38 UTC (3 days ago)" */
function productionLine(m, now) {
    if (!m.baselineSource)
        return '';
    const p = m.baselinePromoted;
    const how = p
        ? `: ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeMarkdown */.FV)(p.actor, 60)} ${(0,time/* formatTimeAgo */.ak)(p.at, now, when)}`
        : '';
    return `, production from ${(0,report_escape/* escapeMarkdown */.FV)(m.baselineSource)}${how}`;
}
function modelSection(m, mode, options = {}) {
    const parts = [modelTitle(m)];
    const source = productionLine(m, options.now);
    parts.push(`${(0,report_escape/* escapeMarkdown */.FV)(m.path)}${m.status === 'new' ? ', new model: no production version yet' : source}`);
    if (m.errors.length) {
        parts.push(m.errors.map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.detail, 300)}`).join('\n'));
    }
    const because = (0,format/* checkedBecauseLine */.iO)(m);
    if (because)
        parts.push(`${(0,report_escape/* escapeMarkdown */.FV)(because.charAt(0).toUpperCase() + because.slice(1), 600)}.`);
    const measured = (0,format/* measuredInRunLine */.F6)(m);
    if (measured)
        parts.push(`🧪 ${(0,report_escape/* escapeMarkdown */.FV)(measured.charAt(0).toUpperCase() + measured.slice(1), 600)}.`);
    if (m.accepted) {
        parts.push(`Accepted by ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.actor, 60)} ${(0,time/* formatTime */.fU)(m.accepted.at, when)}: ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.reason, reason/* REASON_SHOWN */.LQ)}`);
    }
    if (m.acceptanceLapsed)
        parts.push(`- ❌ Acceptance lapsed: ${(0,report_escape/* escapeMarkdown */.FV)(m.acceptanceLapsed, 400)}`);
    if (m.warnings?.length)
        parts.push(m.warnings.map((w) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(w, 400)}`).join('\n'));
    if (m.notes.length)
        parts.push(m.notes.map((n) => `- ${(0,report_escape/* escapeMarkdown */.FV)(n, 300)}`).join('\n'));
    const skipped = (0,format/* skippedLine */.Bo)(m);
    if (mode !== 'problems' && skipped)
        parts.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(skipped, 1200)}`);
    const shown = mode === 'problems' ? m.metrics.filter((x) => x.level === 'fail') : m.metrics;
    if (shown.length) {
        const table = metricTable(shown);
        const open = mode === 'problems' || m.verdict !== 'pass';
        parts.push(open ? table : details(`Metrics (${shown.length})`, table));
    }
    if (mode === 'full' && m.trend?.series.length) {
        const names = m.trend.series.map((s) => s.metric).join(', ');
        parts.push(details(`Trend: ${escapeHtmlText(names, 200)}`, (0,chart/* renderTrend */.eE)(m.trend)));
    }
    if (mode !== 'problems' && m.changes.length) {
        const sections = [...new Set(m.changes.map((c) => c.section))]
            .map((s) => escapeHtmlText(s, 60))
            .join(', ');
        const count = `${m.changes.length} change${m.changes.length === 1 ? '' : 's'}`;
        parts.push(details(`What changed: ${count} in ${sections}`, changeTable(m.changes)));
    }
    return parts.join('\n\n');
}
function metricTable(metrics) {
    const rows = metrics.map((x) => [
        (0,report_escape/* escapeMarkdown */.FV)((0,format/* metricLabel */.B)(x)),
        x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '',
        x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '',
        (0,format/* formatDelta */.CW)(x.delta),
        (0,format/* formatPercent */.l9)(x.deltaPercent),
        (0,format/* formatRule */.UT)(x.rule),
        `${(0,format/* metricIcon */.Yd)(x)} ${(0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeMarkdown */.FV)(t, 300))}`,
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['Metric', 'Production', 'Candidate', 'Δ', 'Δ %', 'Rule', 'Verdict'], ...rows], TABLE);
}
function changeTable(changes) {
    const rows = changes.map((c) => [
        (0,report_escape/* escapeMarkdown */.FV)(c.section),
        (0,report_escape/* escapeMarkdown */.FV)(c.key),
        c.kind,
        (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.before)), 80),
        (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.after)), 80),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['Section', 'Key', 'Change', 'Production', 'Candidate'], ...rows], TABLE);
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The report cut to fit: the headline, then every failing row; what was left out is said. */
function compact(report, options, max, fullLength) {
    const where = options.fullReportLink ? `: ${options.fullReportLink}` : ' in the job summary';
    const notice = `> [!NOTE]\n> The full report (${fullLength} characters) is too long for this place; it shows the headline and every failing metric. Read the full report${where}.`;
    const sections = [headline(report), notice, ...policySection(report)];
    const problems = report.models.filter((m) => m.verdict === 'fail');
    for (const m of problems)
        sections.push(modelSection(m, 'problems'));
    const text = assemble(options, sections);
    if (text.length <= max)
        return text;
    // Still too long: keep as many failing rows as fit, and count the rest.
    const rows = [];
    let omitted = 0;
    const base = assemble(options, [headline(report), notice, ...policySection(report)]);
    let budget = max - base.length - 200;
    for (const m of problems) {
        for (const x of m.metrics.filter((y) => y.level === 'fail')) {
            const line = `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}: ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* metricLabel */.B)(x))} ${x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '–'} → ${x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '–'} (${(0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeMarkdown */.FV)(t, 300))})`;
            if (line.length + 1 <= budget) {
                rows.push(line);
                budget -= line.length + 1;
            }
            else {
                omitted++;
            }
        }
        for (const e of m.errors) {
            const line = `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.message, 300)}`;
            if (line.length + 1 <= budget) {
                rows.push(line);
                budget -= line.length + 1;
            }
            else
                omitted++;
        }
    }
    if (omitted)
        rows.push(`- … and ${omitted} more failing rows, in the full report`);
    const fitted = assemble(options, [headline(report), notice, ...policySection(report), rows.join('\n')]);
    if (fitted.length <= max)
        return fitted;
    // Even the headline is too long (thousands of models): cut its middle, keep the header and footer whole,
    // since the footer carries the stamp that protects a newer result.
    const ends = assemble(options, ['…']);
    const middle = assemble({}, [headline(report), notice]).slice(0, Math.max(0, max - ends.length - 2));
    return assemble(options, [`${middle}…`]);
}


/***/ }),

/***/ 900:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mo: () => (/* binding */ markWord),
/* harmony export */   o1: () => (/* binding */ legend),
/* harmony export */   z$: () => (/* binding */ markIcon)
/* harmony export */ });
/* unused harmony exports markOf, notComparableIcon */
const ICON = {
    fail: '❌',
    warn: '⚠️',
    pass: '✅',
    new: '🆕',
    removed: '🗑️',
    renamed: '🏷️',
    'not-comparable': '❔',
    accepted: '☑️',
};
const WORD = {
    fail: 'FAIL',
    warn: 'WARN',
    pass: 'PASS',
    new: 'NEW',
    removed: 'REMOVED',
    renamed: 'RENAMED',
    'not-comparable': 'NOT COMPARABLE',
    accepted: 'ACCEPTED',
};
/** What the marks that are not a plain verdict mean, in legend order. */
const MEANING = {
    new: 'new model, no production version yet',
    removed: 'manifest removed',
    renamed: 'renamed',
    'not-comparable': 'not comparable: evaluation data changed',
    accepted: 'regression accepted',
};
/**
 * A failure always shows as one; then an accepted regression, a removal, a new model; then a model whose only
 * warnings are metrics that cannot be compared; then a warning, a rename, a pass.
 */
function markOf(m) {
    if (m.verdict === 'fail')
        return 'fail';
    if (m.accepted)
        return 'accepted';
    const identity = m.identity ?? (m.status === 'new' ? 'new' : m.status === 'removed' ? 'removed' : 'same');
    if (identity === 'removed' || identity === 'new')
        return identity;
    const warned = m.metrics.filter((x) => x.level === 'warn');
    if (warned.length && warned.every((x) => x.verdict === 'not-comparable'))
        return 'not-comparable';
    if (m.verdict === 'warn')
        return 'warn';
    return identity === 'renamed' ? 'renamed' : 'pass';
}
function markIcon(m) {
    return ICON[markOf(m)];
}
function markWord(m) {
    return WORD[markOf(m)];
}
function notComparableIcon() {
    return ICON['not-comparable'];
}
/** `🆕 new model, no production version yet · ☑️ regression accepted`, or undefined when no such mark appears. */
function legend(models) {
    const seen = new Set(models.map(markOf));
    const parts = Object.keys(MEANING)
        .filter((k) => seen.has(k))
        .map((k) => `${ICON[k]} ${MEANING[k]}`);
    return parts.length ? parts.join(' · ') : undefined;
}


/***/ }),

/***/ 1100:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ policySectionMarkdown),
/* harmony export */   Jy: () => (/* binding */ policySectionText),
/* harmony export */   T_: () => (/* binding */ policyDiffToJson)
/* harmony export */ });
/* unused harmony exports POLICY_ROWS_SHOWN, policyChangeLine, policyHeadline */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _policy_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4797);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8547);
/**
 * The policy a pull request proposes, rendered beside the one in force: a markdown section, text lines and
 * JSON. Every scope and value may come from the pull request, so all of it is escaped.
 */



/** Most rows in the markdown table; the rest are counted (the JSON report lists them all). */
const POLICY_ROWS_SHOWN = 100;
const ICON = { looser: '⚠️', tighter: '🔒', neutral: '➖' };
/** One change as a line: "metrics.accuracy: fail 0.01 -> 0.5, looser". Raw text: escape where it is shown. */
function policyChangeLine(c) {
    return `${c.scope}: ${c.setting} ${c.before} -> ${c.after}, ${c.effect}${c.note ? ` (${c.note})` : ''}`;
}
function policyHeadline(diff) {
    const { looser, tighter, neutral } = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff);
    if (diff.changes.length === 0)
        return 'the file changed, no rule did';
    const parts = [
        looser && `${looser} loosened`,
        tighter && `${tighter} tightened`,
        neutral && `${neutral} unchanged in effect`,
    ].filter(Boolean);
    return `${parts.join(', ')}`;
}
function whatChanged(diff, escape) {
    const after = diff.after === 'built-in defaults'
        ? 'deletes the policy file: after merge the built-in defaults apply'
        : `changes ${escape(diff.after)}`;
    return `This pull request ${after}. This check still uses the policy in force (${escape(diff.before)}); loosening a rule is a warning.`;
}
/** Looser first: when rows are cut, what lets more through is what stays. */
function ordered(diff) {
    const rank = { looser: 0, tighter: 1, neutral: 2 };
    return [...diff.changes].sort((a, b) => rank[a.effect] - rank[b.effect]);
}
function policySectionMarkdown(diff) {
    const icon = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff).looser ? '⚠️' : '✅';
    const parts = [`### ${icon} Proposed policy: ${policyHeadline(diff)}`, whatChanged(diff, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s))];
    const shown = ordered(diff).slice(0, POLICY_ROWS_SHOWN);
    if (shown.length) {
        const rows = shown.map((c) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.scope),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.setting),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.before, 80),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.after, 80),
            `${ICON[c.effect]} ${c.effect}${c.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.note)})` : ''}`,
        ]);
        const header = ['Rule', 'Setting', 'In force', 'Proposed', 'Effect'];
        parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([header, ...rows], { alignDelimiters: false }));
    }
    const hidden = diff.changes.length - shown.length;
    if (hidden > 0)
        parts.push(`… and ${hidden} more change${hidden === 1 ? '' : 's'}, in the JSON report.`);
    return parts.join('\n\n');
}
function policySectionText(diff) {
    return [
        `Proposed policy: ${policyHeadline(diff)}`,
        `  ${whatChanged(diff, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(s))}`,
        ...ordered(diff).map((c) => `  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(policyChangeLine(c), 400)}`),
    ];
}
function policyDiffToJson(diff) {
    if (!diff)
        return null;
    const { looser, tighter } = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff);
    return {
        in_force: diff.before,
        proposed: diff.after,
        loosened: looser,
        tightened: tighter,
        changes: diff.changes.map((c) => ({
            rule: c.scope,
            setting: c.setting,
            in_force: c.before,
            proposed: c.after,
            effect: c.effect,
            note: c.note ?? null,
        })),
    };
}


/***/ }),

/***/ 7327:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ shortenValue)
/* harmony export */ });
/* unused harmony exports DIGEST_CHARS, URI_WIDTH, shortenDigests, shortenMiddle */
/**
 * Values that fit a 900-pixel column: digests shown as their first DIGEST_CHARS characters (the JSON report
 * keeps them whole), and URIs longer than URI_WIDTH cut in the middle, keeping the scheme, the host and the
 * file name.
 */
const DIGEST_CHARS = 12;
const URI_WIDTH = 40;
/** A run of 32 or more hex digits: an md5, sha1, sha256 or sha512 digest, or a full git object id. */
const DIGEST = /\b[0-9a-f]{32,}\b/gi;
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
function shortenDigests(text) {
    return text.replace(DIGEST, (d) => d.slice(0, DIGEST_CHARS));
}
/** text cut to width by an ellipsis in its middle: the start and the end are what tell URIs apart. */
function shortenMiddle(text, width) {
    const chars = [...text];
    if (chars.length <= width)
        return text;
    const tail = Math.floor((width - 1) / 2);
    const head = width - 1 - tail;
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/** A value for display: digests shortened, and a URI past URI_WIDTH cut in the middle. */
function shortenValue(text) {
    const short = shortenDigests(text);
    return URI.test(short) ? shortenMiddle(short, URI_WIDTH) : short;
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


/***/ })

};

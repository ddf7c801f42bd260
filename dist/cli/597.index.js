export const id = 597;
export const ids = [597];
export const modules = {

/***/ 4134:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ renderTrend)
/* harmony export */ });
/* unused harmony exports xyChart, distinct, thresholdWords, mermaidText, mermaidNumber, axisRange */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8547);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** Blue for the metric, red for the threshold (GitHub's palette). */
const PALETTE = '#0969da, #cf222e';
/** Wide and low: several charts stack in a 900-pixel column. */
const SIZE = { width: 760, height: 320 };
/** Every chart of the trend, then one caption that says how to read them. */
function renderTrend(trend) {
    const blocks = trend.series.map((s) => mermaidBlock(trend, s));
    return [...blocks, caption(trend)].join('\n\n');
}
function mermaidBlock(trend, s) {
    return ['```mermaid', ...xyChart(trend, s), '```'].join('\n');
}
/** The lines of one chart; versions with no value for the metric are left out of it. */
function xyChart(trend, s) {
    const last = trend.labels.length - 1;
    const points = distinct(trend.labels)
        .map((label, i) => ({
        label: trend.candidate && i === last ? `${label} (candidate)` : label,
        value: s.values[i],
    }))
        .filter((p) => p.value !== undefined);
    const values = points.map((p) => p.value);
    const [lo, hi] = axisRange([...values, ...(s.threshold ? [s.threshold.value] : [])]);
    const lines = [
        '---',
        'config:',
        '  xyChart:',
        `    width: ${SIZE.width}`,
        `    height: ${SIZE.height}`,
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${PALETTE}"`,
        '---',
        'xychart-beta',
        `  title "${mermaidText(title(s))}"`,
        `  x-axis [${points.map((p) => `"${mermaidText(p.label, 40)}"`).join(', ')}]`,
        `  y-axis "${s.better} is better" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
    ];
    if (s.threshold) {
        const t = mermaidNumber(s.threshold.value);
        lines.push(`  line [${points.map(() => t).join(', ')}]`);
    }
    return lines;
}
/**
 * Labels a chart can tell apart: a version that comes back (a rollback, a promotion again) is marked ↩, then
 * counted, since Mermaid draws equal labels on one spot.
 */
function distinct(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return n === 1 ? label : `${label} ↩${n === 2 ? '' : n - 1}`;
    });
}
function title(s) {
    return s.threshold ? `${s.metric}: ${thresholdWords(s)}` : s.metric;
}
/** "fails below 0.902", "fails above 100 (ceiling)". */
function thresholdWords(s) {
    const t = s.threshold;
    if (!t)
        return '';
    const side = s.better === 'higher' ? 'below' : 'above';
    const bound = t.kind === 'min' ? ' (floor)' : t.kind === 'max' ? ' (ceiling)' : '';
    return `fails ${side} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(t.value)}${bound}`;
}
function caption(trend) {
    const what = trend.candidate
        ? 'production versions, oldest first, then this candidate'
        : 'production versions, oldest first';
    const parts = [`Each chart: ${what}.`];
    if (trend.series.some((s) => s.threshold))
        parts.push('The flat line is where a candidate fails.');
    if (trend.omitted) {
        parts.push(`The ${trend.omitted} oldest production version${trend.omitted === 1 ? ' is' : 's are'} left out.`);
    }
    for (const s of trend.series) {
        const missing = trend.labels.filter((_, i) => s.values[i] === undefined);
        if (missing.length)
            parts.push(`No ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.metric, 60)} for ${missing.map((m) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m, 40)).join(', ')}.`);
    }
    return `<sub>${parts.join(' ')}</sub>`;
}
/** Text inside a Mermaid string: one line, no quote to end it, no comment marker, bounded. */
function mermaidText(text, max = 80) {
    // eslint-disable-next-line no-control-regex
    let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    s = s.replace(/"/g, "'").replace(/`/g, "'").replace(/%%+/g, '%').replace(/[<>]/g, ' ');
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clipChars */ .uk)(s, max);
}
/**
 * Mermaid's numbers have no exponent: plain decimals, 12 significant digits at most and 20 fraction digits at
 * most (rounded half away from zero; a negative that rounds to nothing is "-0"). Written out by hand: the
 * same text through Intl (toLocaleString) costs tens of milliseconds to load ICU on first use.
 */
function mermaidNumber(value) {
    const s = String(Number(value.toPrecision(12)));
    const e = s.indexOf('e');
    if (e < 0)
        return s;
    const negative = s.startsWith('-');
    const digits = s.slice(negative ? 1 : 0, e).replace('.', '');
    const point = 1 + Number(s.slice(e + 1)); // where the decimal point falls in digits
    const sign = negative ? '-' : '';
    if (point >= digits.length)
        return sign + digits + '0'.repeat(point - digits.length);
    return sign + roundedFraction('0'.repeat(-point) + digits, 20);
}
/** "0." and a fraction's digits rounded half up to at most max digits, without trailing zeros; "0" when none remain. */
function roundedFraction(fraction, max) {
    let kept = fraction.slice(0, max);
    if (fraction.length > max && fraction.charCodeAt(max) >= 53 /* '5' */) {
        // A fraction here has at least six leading zeros (exponent -7 or lower), so the carry stays inside it.
        const end = kept.search(/9*$/);
        kept = `${kept.slice(0, end - 1)}${Number(kept[end - 1]) + 1}`;
    }
    kept = kept.replace(/0+$/, '');
    return kept === '' ? '0' : `0.${kept}`;
}
/** A y-axis range around the values with a little room, on round numbers; never empty. */
function axisRange(values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min || Math.abs(max) * 0.02 || 1;
    const step = 10 ** (Math.floor(Math.log10(span)) - 1);
    const lo = Math.floor((min - span * 0.1) / step) * step;
    const hi = Math.ceil((max + span * 0.1) / step) * step;
    return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
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

/***/ 7375:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   F6: () => (/* binding */ measuredInRunLine),
/* harmony export */   Id: () => (/* binding */ verdictLabel),
/* harmony export */   M7: () => (/* binding */ levelIcon),
/* harmony export */   UT: () => (/* binding */ formatRule),
/* harmony export */   WB: () => (/* binding */ formatPlain),
/* harmony export */   Yd: () => (/* binding */ metricIcon),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   bO: () => (/* binding */ modelVerdictLabel),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   iO: () => (/* binding */ checkedBecauseLine),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   xD: () => (/* binding */ RUN_TITLE)
/* harmony export */ });
/* unused harmony exports formatP, countModels */
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2721);

function formatNumber(value) {
    if (Number.isInteger(value))
        return String(value);
    const text = value.toPrecision(6);
    if (text.includes('e'))
        return String(Number(text));
    return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
function formatDelta(value) {
    if (value === undefined)
        return '';
    const text = formatNumber(value);
    return value > 0 ? `+${text}` : text;
}
function formatPercent(value) {
    if (value === undefined)
        return '';
    const text = value.toFixed(2);
    return value > 0 ? `+${text}%` : `${text}%`;
}
const VERDICT_LABEL = {
    improved: 'improved',
    unchanged: 'unchanged',
    within: 'within tolerance',
    warn: 'warn',
    fail: 'fail',
    'below-floor': 'below floor',
    'above-ceiling': 'above ceiling',
    new: 'new',
    missing: 'missing',
    'not-comparable': 'not comparable',
};
/** The verdict in words; `esc` is applied to the parts that come from input (what changed, and why). */
function verdictLabel(m, esc = (t) => t) {
    let label = VERDICT_LABEL[m.verdict];
    if (m.verdict === 'missing' && m.required)
        label = 'missing (required)';
    else if (m.verdict === 'missing' && m.level === 'fail')
        label = 'missing (named by the policy)';
    if (m.insideNoise && m.pValue !== undefined)
        label = `${label} (inside noise, ${formatP(m.pValue)})`;
    else if (m.noiseIgnored && m.pValue !== undefined)
        label = `${label} (${formatP(m.pValue)}, noise not trusted: ${esc(m.noiseIgnored)})`;
    else if (m.pValue !== undefined && m.verdict === 'fail')
        label = `${label} (${formatP(m.pValue)})`;
    if (m.evaluationChanged)
        label = `${label} (evaluation data changed: ${esc(m.evaluationChanged)})`;
    return label;
}
/** A metric's name as the report shows it: a declared rename says what it was called in production. */
function metricLabel(m) {
    return m.renamedFrom ? `${m.name} (renamed from ${m.renamedFrom})` : m.name;
}
/** "checked because eval/metrics.json changed": the referenced files that made a model part of the check. */
function checkedBecauseLine(m) {
    const files = m.checkedBecause ?? [];
    if (files.length === 0)
        return undefined;
    const shown = files.slice(0, 5).join(', ');
    const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
    return `checked because ${shown}${more} changed`;
}
/** "skipped (not numbers): eval/metrics.json:3 accuracy (string)". */
function skippedLine(m) {
    const skipped = m.skipped ?? [];
    if (skipped.length === 0)
        return undefined;
    const items = skipped
        .slice(0, 10)
        .map((x) => `${x.file}${x.line ? `:${x.line}` : ''} ${x.name || '(root)'} (${x.type})`);
    const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : '';
    return `metrics-file entries skipped because they are not numbers: ${items.join(', ')}${more}`;
}
function formatP(p) {
    return p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`;
}
function levelIcon(level) {
    return level === 'fail' ? '❌' : level === 'warn' ? '⚠️' : '✅';
}
function metricIcon(m) {
    if (m.verdict === 'new')
        return '🆕';
    if (m.verdict === 'not-comparable')
        return '❔';
    return levelIcon(m.level);
}
function formatRule(rule) {
    const parts = [`${rule.better} is better${rule.betterInferred ? ' (inferred)' : ''}`];
    const tiers = [];
    if (rule.warn)
        tiers.push(`warn ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTolerance */ .z9)(rule.warn)}`);
    if (rule.fail)
        tiers.push(`fail ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTolerance */ .z9)(rule.fail)}`);
    if (rule.min !== undefined)
        tiers.push(`min ${formatNumber(rule.min)}`);
    if (rule.max !== undefined)
        tiers.push(`max ${formatNumber(rule.max)}`);
    if (tiers.length)
        parts.push(tiers.join(', '));
    return parts.join('; ');
}
function formatPlain(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
const RUN_TITLE = {
    fail: 'Model Gate: failed',
    warn: 'Model Gate: passed with warnings',
    pass: 'Model Gate: passed',
    skip: 'Model Gate: no model changes',
};
function countModels(report) {
    const c = { failed: 0, warned: 0, passed: 0, new: 0, accepted: 0, removed: 0 };
    for (const m of report.models) {
        if (m.verdict === 'fail')
            c.failed++;
        else if (m.verdict === 'warn')
            c.warned++;
        else if (m.accepted)
            c.accepted++;
        else if (m.status === 'removed')
            c.removed++;
        else if (m.status === 'new')
            c.new++;
        else
            c.passed++;
    }
    return c;
}
function summaryLine(report) {
    const c = countModels(report);
    const n = report.models.length;
    if (n === 0)
        return 'No model manifest changed.';
    const parts = [
        c.failed && `${c.failed} failed`,
        c.warned && `${c.warned} warned`,
        c.accepted && `${c.accepted} accepted`,
        c.passed && `${c.passed} passed`,
        c.new && `${c.new} new`,
        c.removed && `${c.removed} removed`,
    ].filter(Boolean);
    return `${n} model${n === 1 ? '' : 's'} checked: ${parts.join(', ')}.`;
}
function modelVerdictLabel(m) {
    if (m.accepted)
        return `accepted (${m.gateVerdict})`;
    if (m.status === 'invalid')
        return 'invalid';
    if (m.status === 'removed')
        return 'removed';
    const what = m.verdict === 'fail' ? 'failed' : m.verdict === 'warn' ? 'warned' : m.status === 'new' ? 'new' : 'passed';
    if (m.verdict === 'pass')
        return what;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const metrics = m.metrics.filter((x) => x.level === m.verdict).length;
    const errors = m.verdict === 'fail' ? m.errors.length : 0;
    const warnings = m.verdict === 'warn' ? (m.warnings?.length ?? 0) : 0;
    const parts = [
        metrics && plural(metrics, 'metric'),
        errors && plural(errors, 'error'),
        warnings && plural(warnings, 'warning'),
    ].filter(Boolean);
    return parts.length ? `${what} (${parts.join(', ')})` : what;
}
/** "metrics measured in this run: eval/metrics.json, produced by the job and not in git". */
function measuredInRunLine(m) {
    const files = m.measuredInRun ?? [];
    if (!files.length)
        return undefined;
    const shown = files.slice(0, 5).join(', ');
    const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
    return `metrics measured in this run: ${shown}${more}, produced by the job and not in git`;
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

/***/ 5776:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ chartedByVerdict),
/* harmony export */   fF: () => (/* binding */ chartMetricNames),
/* harmony export */   mt: () => (/* binding */ buildTrend),
/* harmony export */   yl: () => (/* binding */ metricNamesOf)
/* harmony export */ });
/* unused harmony exports CHART_MAX_METRICS, CHART_MAX_POINTS, thresholdOf */
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6085);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);


/** At most this many metrics are charted per model. */
const CHART_MAX_METRICS = 4;
/** At most this many points per chart: the newest production versions, then the candidate. */
const CHART_MAX_POINTS = 20;
/** The trend of the given metrics; undefined when there is nothing to draw. */
function buildTrend(input) {
    const room = CHART_MAX_POINTS - (input.candidate ? 1 : 0);
    const history = input.history.slice(-room);
    const points = input.candidate ? [...history, input.candidate] : history;
    if (points.length === 0 || input.metrics.length === 0)
        return undefined;
    const production = input.production ?? input.history.at(-1)?.metrics;
    const series = input.metrics.map((metric) => {
        const rule = input.rule(metric);
        const threshold = thresholdOf(rule, production?.[metric]?.value);
        return {
            metric,
            better: rule.better,
            values: points.map((p) => p.metrics[metric]?.value),
            ...(threshold ? { threshold } : {}),
        };
    });
    return {
        labels: points.map((p) => p.version),
        candidate: input.candidate !== undefined,
        series,
        omitted: input.history.length - history.length,
    };
}
/** The value a candidate must stay on the right side of, given production's value. */
function thresholdOf(rule, production) {
    const higher = rule.better === 'higher';
    let out;
    if (production !== undefined && rule.fail) {
        const amount = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceAmount */ .Ev)(rule.fail, production);
        out = { value: higher ? production - amount : production + amount, kind: 'fail' };
    }
    const bound = higher ? rule.min : rule.max;
    if (bound !== undefined && (out === undefined || (higher ? bound > out.value : bound < out.value))) {
        out = { value: bound, kind: higher ? 'min' : 'max' };
    }
    return out;
}
/**
 * Which metrics to chart: the policy's `chart` list (names or globs) when it sets one, else the metrics that
 * failed, then those that warned, then the required ones; only metrics with a value somewhere, at most
 * CHART_MAX_METRICS. With neither a list nor a verdict (a history), the first metrics production reports.
 */
function chartMetricNames(input) {
    const { available, configured, comparisons } = input;
    const has = new Set(available);
    if (!configured && comparisons)
        return chartedByVerdict(comparisons, input.required, (m) => has.has(m));
    let wanted;
    if (configured) {
        wanted = configured.flatMap((p) => (has.has(p) ? [p] : available.filter((m) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchGlob */ .sB)(p, m, '.'))));
    }
    else {
        wanted = input.required.length ? [...input.required] : [...available];
    }
    return [...new Set(wanted)].filter((m) => has.has(m)).slice(0, CHART_MAX_METRICS);
}
/**
 * chartMetricNames without a configured list: the metrics that failed, then those that warned, then the
 * required ones; each once, only those `has` says have a value, at most CHART_MAX_METRICS. Stops reading
 * the comparisons once the chart is full.
 */
function chartedByVerdict(comparisons, required, has) {
    const out = [];
    const take = (m) => {
        if (!out.includes(m) && has(m))
            out.push(m);
    };
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'fail')
            take(c.name);
    }
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'warn')
            take(c.name);
    }
    for (let i = 0; i < required.length && out.length < CHART_MAX_METRICS; i++)
        take(required[i]);
    return out;
}
/** Every metric name with a value at some point, in first-seen order. */
function metricNamesOf(points) {
    return [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
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

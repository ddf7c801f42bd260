export const id = 443;
export const ids = [443];
export const modules = {

/***/ 5458:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ checkConclusion),
/* harmony export */   Tq: () => (/* binding */ checkTitle),
/* harmony export */   rh: () => (/* binding */ jobFails)
/* harmony export */ });
/* harmony import */ var _core_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4797);

function jobFails(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warn')
        return verdict === 'fail' || verdict === 'warn';
    return verdict === 'fail';
}
function checkConclusion(verdict, failOn) {
    if (jobFails(verdict, failOn))
        return 'failure';
    return verdict === 'pass' || verdict === 'skip' ? 'success' : 'neutral';
}
function checkTitle(verdict, counts, policy) {
    if (!policy)
        return modelsTitle(verdict, counts);
    const { looser } = (0,_core_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(policy);
    const what = looser
        ? `policy loosened (${looser} rule${looser === 1 ? '' : 's'})`
        : 'policy changed, nothing loosened';
    if (counts.total === 0)
        return `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
    return `${modelsTitle(verdict, counts)}; ${what}`;
}
function modelsTitle(verdict, counts) {
    if (verdict === 'skip')
        return 'No model changes';
    if (verdict === 'pass' && counts.accepted) {
        return `Passed: ${counts.accepted} regression${counts.accepted === 1 ? '' : 's'} accepted`;
    }
    if (verdict === 'fail')
        return `${counts.failed} of ${counts.total} model${counts.total === 1 ? '' : 's'} failed`;
    if (verdict === 'warn')
        return `Passed with warnings (${counts.warned} model${counts.warned === 1 ? '' : 's'})`;
    return `${counts.total} model${counts.total === 1 ? '' : 's'} passed`;
}


/***/ }),

/***/ 1443:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckRunStopped: () => (/* binding */ CheckRunStopped),
  m: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9542);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/policy-diff.ts
var policy_diff = __webpack_require__(4797);
;// CONCATENATED MODULE: ./src/core/report/policy-section.ts
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
    const { looser, tighter, neutral } = (0,policy_diff/* countEffects */._x)(diff);
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
    const icon = (0,policy_diff/* countEffects */._x)(diff).looser ? '⚠️' : '✅';
    const parts = [`### ${icon} Proposed policy: ${policyHeadline(diff)}`, whatChanged(diff, (s) => (0,report_escape/* escapeMarkdown */.FV)(s))];
    const shown = ordered(diff).slice(0, POLICY_ROWS_SHOWN);
    if (shown.length) {
        const rows = shown.map((c) => [
            (0,report_escape/* escapeMarkdown */.FV)(c.scope),
            (0,report_escape/* escapeMarkdown */.FV)(c.setting),
            (0,report_escape/* escapeMarkdown */.FV)(c.before, 80),
            (0,report_escape/* escapeMarkdown */.FV)(c.after, 80),
            `${ICON[c.effect]} ${c.effect}${c.note ? ` (${(0,report_escape/* escapeMarkdown */.FV)(c.note)})` : ''}`,
        ]);
        const header = ['Rule', 'Setting', 'In force', 'Proposed', 'Effect'];
        parts.push((0,markdown_table/* markdownTable */.Q)([header, ...rows], { alignDelimiters: false }));
    }
    const hidden = diff.changes.length - shown.length;
    if (hidden > 0)
        parts.push(`… and ${hidden} more change${hidden === 1 ? '' : 's'}, in the JSON report.`);
    return parts.join('\n\n');
}
function policySectionText(diff) {
    return [
        `Proposed policy: ${policyHeadline(diff)}`,
        `  ${whatChanged(diff, (s) => escapeTerminal(s))}`,
        ...ordered(diff).map((c) => `  ${escapeTerminal(policyChangeLine(c), 400)}`),
    ];
}
function policyDiffToJson(diff) {
    if (!diff)
        return null;
    const { looser, tighter } = (0,policy_diff/* countEffects */._x)(diff);
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
        policy_changes: policyDiffToJson(report.policyChanges),
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

;// CONCATENATED MODULE: ./src/core/report/bounded-json.ts

const bytes = (text) => Buffer.byteLength(text, 'utf8');
const STEPS = [
    { why: 'passing metrics and snapshot changes left out', keep: (m) => m.level !== 'pass', changes: false },
    { why: 'only failing metrics kept', keep: (m) => m.level === 'fail', changes: false },
    { why: 'metric rows left out', keep: () => false, changes: false },
];
function boundedReportJson(report, maxBytes, fullReport) {
    const full = reportToJson(report);
    const text = JSON.stringify(full);
    if (bytes(text) <= maxBytes)
        return text;
    const note = (why, omitted) => ({
        truncated: { reason: `over ${maxBytes} bytes: ${why}`, full_report: fullReport ?? null, omitted },
    });
    for (const step of STEPS) {
        let metrics = 0;
        let changes = 0;
        const models = full.models.map((m) => {
            const kept = m.metrics.filter(step.keep);
            metrics += m.metrics.length - kept.length;
            changes += m.changes.length;
            return { ...m, metrics: kept, changes: [] };
        });
        const compact = JSON.stringify({ ...full, ...note(step.why, { metrics, changes }), models });
        if (bytes(compact) <= maxBytes)
            return compact;
    }
    return fitModels(full, maxBytes, note);
}
/** The last step: models without metric rows, as many as fit, in report order. */
function fitModels(full, maxBytes, note) {
    const rows = full.models.map((m) => ({ ...m, metrics: [], changes: [] }));
    const metrics = full.models.reduce((n, m) => n + m.metrics.length, 0);
    const shell = { ...full, errors: full.errors.slice(0, 100), models: [] };
    let budget = maxBytes - bytes(JSON.stringify({ ...shell, ...note('x'.repeat(80), { metrics, models: 0 }) }));
    for (const m of rows) {
        const size = bytes(JSON.stringify(m)) + 1;
        if (size > budget)
            break;
        shell.models.push(m);
        budget -= size;
    }
    const omitted = { metrics, models: rows.length - shell.models.length };
    return JSON.stringify({ ...shell, ...note('only the models that fit, without metric rows', omitted) });
}
/** The `regressions` output within the bound: the first ones that fit, and how many were left out. */
function boundedRegressions(report, maxBytes) {
    const all = regressions(report);
    const text = JSON.stringify(all);
    if (bytes(text) <= maxBytes)
        return { json: text, omitted: 0 };
    const kept = [];
    let budget = maxBytes - 2;
    for (const r of all) {
        const size = bytes(JSON.stringify(r)) + 1;
        if (size > budget)
            break;
        kept.push(r);
        budget -= size;
    }
    return { json: JSON.stringify(kept), omitted: all.length - kept.length };
}

// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/core/reason.ts
var reason = __webpack_require__(4179);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/report/chart.ts



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
    return `fails ${side} ${(0,format/* formatNumber */.ZV)(t.value)}${bound}`;
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
            parts.push(`No ${(0,report_escape/* escapeMarkdown */.FV)(s.metric, 60)} for ${missing.map((m) => (0,report_escape/* escapeMarkdown */.FV)(m, 40)).join(', ')}.`);
    }
    return `<sub>${parts.join(' ')}</sub>`;
}
/** Text inside a Mermaid string: one line, no quote to end it, no comment marker, bounded. */
function mermaidText(text, max = 80) {
    // eslint-disable-next-line no-control-regex
    let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    s = s.replace(/"/g, "'").replace(/`/g, "'").replace(/%%+/g, '%').replace(/[<>]/g, ' ');
    return (0,core_text/* clipChars */.uk)(s, max);
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

;// CONCATENATED MODULE: ./src/core/report/marks.ts
const marks_ICON = {
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
    return marks_ICON[markOf(m)];
}
function markWord(m) {
    return WORD[markOf(m)];
}
function notComparableIcon() {
    return marks_ICON['not-comparable'];
}
/** `🆕 new model, no production version yet · ☑️ regression accepted`, or undefined when no such mark appears. */
function legend(models) {
    const seen = new Set(models.map(markOf));
    const parts = Object.keys(MEANING)
        .filter((k) => seen.has(k))
        .map((k) => `${marks_ICON[k]} ${MEANING[k]}`);
    return parts.length ? parts.join(' · ') : undefined;
}

// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __webpack_require__(7327);
;// CONCATENATED MODULE: ./src/core/report/time.ts
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
            `${markIcon(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}`,
            m.candidateVersion ? `\`${m.candidateVersion}\`` : '',
            m.baselineVersion ? `\`${m.baselineVersion}\`` : m.status === 'new' ? 'none (new model)' : '',
            (0,format/* modelVerdictLabel */.bO)(m),
        ]);
        lines.push('', (0,markdown_table/* markdownTable */.Q)([['Model', 'Candidate', 'Production', 'Verdict'], ...rows], TABLE));
        const marks = legend(report.models);
        if (marks)
            lines.push('', `<sub>${marks}</sub>`);
    }
    return lines.join('\n');
}
/** What a proposed policy loosens and tightens: kept whole in the compact report too. */
function policySection(report) {
    return report.policyChanges ? [policySectionMarkdown(report.policyChanges)] : [];
}
function modelTitle(m) {
    const versions = m.baselineVersion && m.candidateVersion
        ? ` \`${m.baselineVersion}\` → \`${m.candidateVersion}\``
        : m.candidateVersion
            ? ` \`${m.candidateVersion}\``
            : '';
    return `### ${markIcon(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}${versions}`;
}
/** "production from model-registry: promoted by Demo 2026-12-02 13:38 UTC (3 days ago)" */
function productionLine(m, now) {
    if (!m.baselineSource)
        return '';
    const p = m.baselinePromoted;
    const how = p
        ? `: ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeMarkdown */.FV)(p.actor, 60)} ${formatTimeAgo(p.at, now, when)}`
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
        parts.push(`Accepted by ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.actor, 60)} ${formatTime(m.accepted.at, when)}: ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.reason, reason/* REASON_SHOWN */.LQ)}`);
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
        parts.push(details(`Trend: ${escapeHtmlText(names, 200)}`, renderTrend(m.trend)));
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

// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __webpack_require__(5096);
;// CONCATENATED MODULE: ./src/action/annotations.ts



/** An implicit manifest (`dvc.yaml:NAME`) is annotated on its dvc.yaml. */
const fileOf = (path) => ((0,implicit_manifest/* isImplicitPath */.jf)(path) ? path.slice(0, path.lastIndexOf(':')) : path);
const MAX_MESSAGE = 4000;
function annotationsFor(report, inRepository) {
    const out = [];
    for (const e of report.errors ?? []) {
        if (!inRepository(e.position.file))
            continue;
        const line = e.position.line ?? 1;
        out.push({
            path: e.position.file,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: 'model-gate: invalid policy',
            message: (0,core_text/* clip */.$Q)(e.message, MAX_MESSAGE),
        });
    }
    for (const m of report.models) {
        for (const e of m.errors) {
            const onFile = inRepository(e.position.file);
            const line = onFile ? (e.position.line ?? 1) : 1;
            out.push({
                path: onFile ? e.position.file : fileOf(m.path),
                start_line: line,
                end_line: line,
                annotation_level: 'failure',
                title: (0,core_text/* clip */.$Q)(`model-gate: ${m.name} ${m.status === 'invalid' ? 'is invalid' : 'has an error'}`, 255),
                message: (0,core_text/* clip */.$Q)(e.message, MAX_MESSAGE),
            });
        }
        for (const x of m.metrics) {
            if (x.level === 'pass')
                continue;
            const path = x.file && inRepository(x.file) ? x.file : fileOf(m.path);
            const line = x.file === path ? (x.line ?? 1) : 1;
            const values = `${x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '–'} → ${x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '–'}`;
            const delta = x.delta !== undefined
                ? ` (${(0,format/* formatDelta */.CW)(x.delta)}${x.deltaPercent !== undefined ? `, ${(0,format/* formatPercent */.l9)(x.deltaPercent)}` : ''})`
                : '';
            out.push({
                path,
                start_line: line,
                end_line: line,
                annotation_level: x.level === 'fail' && !m.accepted ? 'failure' : 'warning',
                title: (0,core_text/* clip */.$Q)(`model-gate: ${m.name} ${x.name}: ${(0,format/* verdictLabel */.Id)(x)}`, 255),
                message: (0,core_text/* clip */.$Q)(`${x.name}: ${values}${delta}. Rule: ${(0,format/* formatRule */.UT)(x.rule)}.${m.accepted ? ` Accepted by ${m.accepted.actor}: ${m.accepted.reason}` : ''}`, MAX_MESSAGE),
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** Model Gate's own version: package.json's, the one place it is written (inlined into the bundles by the build). */

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/action/limits.ts
/** GitHub's size limits on what the action writes, in characters. */
const COMMENT_MAX = 65_536;
const CHECK_SUMMARY_MAX = 65_535;
/**
 * The job summary may hold 1 MiB of UTF-8; a UTF-16 code unit takes at most 3 bytes, so this many
 * characters always fit.
 */
const JOB_SUMMARY_MAX = 340_000;
/**
 * GitHub keeps at most 1 MB of outputs for a step's job, all outputs together, and counts their size in UTF-16
 * (docs.github.com, "Defining outputs for jobs"): two bytes a character. A UTF-8 byte is at most one UTF-16
 * code unit, so outputs of OUTPUTS_MAX_BYTES / 2 UTF-8 bytes in all always fit. They are shared: the
 * `regressions` output takes at most REGRESSIONS_MAX_BYTES, the `report` output REPORT_MAX_BYTES, and the
 * rest (10,000 bytes) is left for `verdict`, the names and the delimiters.
 */
const OUTPUTS_MAX_BYTES = 1_000_000;
const REPORT_MAX_BYTES = 390_000;
const REGRESSIONS_MAX_BYTES = 100_000;
/** Most annotations on one check run: 10 requests of 50. */
const ANNOTATIONS_MAX = 500;

// EXTERNAL MODULE: ./src/action/outcome.ts
var outcome = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/action/sticky-comment.ts + 1 modules
var sticky_comment = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/action/rendered-result.ts








function renderResult(report, inputs, ctx, pr, changedPaths, now = new Date()) {
    const footer = `<sub>Model Gate ${VERSION} checked ${pr.headSha.slice(0, 12)} · [run](${ctx.runUrl})</sub>\n${(0,sticky_comment/* headStamp */.Mu)(pr.headSha)}`;
    const counts = { ...(0,format/* countModels */.MI)(report), total: report.models.length };
    // All outputs of the step share GitHub's 1 MB (limits.ts): each takes its part of it.
    const regressions = boundedRegressions(report, REGRESSIONS_MAX_BYTES);
    const reportJson = boundedReportJson(report, REPORT_MAX_BYTES, ctx.runUrl);
    const notices = [];
    const annotations = boundedAnnotations(annotationsFor(report, (p) => changedPaths.has(p)), notices);
    if (regressions.omitted) {
        notices.push(`The regressions output holds the first ${JSON.parse(regressions.json).length} regressions; ${regressions.omitted} more did not fit in ${REGRESSIONS_MAX_BYTES} bytes (see the job summary).`);
    }
    return {
        check: {
            name: inputs.checkName,
            headSha: pr.headSha,
            title: (0,outcome/* checkTitle */.Tq)(report.verdict, counts, report.policyChanges),
            summary: renderMarkdown(report, { maxLength: CHECK_SUMMARY_MAX, fullReportLink: ctx.runUrl, now }),
            conclusion: (0,outcome/* checkConclusion */.Gc)(report.verdict, inputs.failOn),
            detailsUrl: ctx.runUrl,
            annotations,
        },
        comment: renderMarkdown(report, {
            header: sticky_comment/* COMMENT_MARKER */.JO,
            footer,
            maxLength: COMMENT_MAX,
            fullReportLink: ctx.runUrl,
            now,
        }),
        jobSummary: renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX, footer, now }),
        outputs: { verdict: report.verdict, report: reportJson, regressions: regressions.json },
        notices,
    };
}
/** Failures first, at most ANNOTATIONS_MAX (each 50 is one more request); the report holds every row. */
function boundedAnnotations(all, notices) {
    if (all.length <= ANNOTATIONS_MAX)
        return [...all];
    const failures = all.filter((a) => a.annotation_level === 'failure');
    const kept = [...failures, ...all.filter((a) => a.annotation_level !== 'failure')].slice(0, ANNOTATIONS_MAX);
    notices.push(`The check run carries the first ${ANNOTATIONS_MAX} of ${all.length} annotations, failures first; the report lists every metric.`);
    return kept;
}

// EXTERNAL MODULE: ./src/github/client.ts + 19 modules
var client = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/action/writes.ts
/**
 * Writes to GitHub that must not crash the run: a 403 (the read-only token of a fork's pull request on
 * `pull_request`) becomes one clear warning; any other failure is reported and fails the job, since a result
 * that could not be posted must not look like a pass.
 */



/** How the writes are named in a message, whatever order they were made in. */
const NAMED_ORDER = ['check run', 'comment', 'job summary'];
class Writes {
    ctx;
    pr;
    forbidden = [];
    failed = [];
    constructor(ctx, pr) {
        this.ctx = ctx;
        this.pr = pr;
    }
    async attempt(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            if ((0,client/* statusOf */.c2)(error) === 403) {
                add(this.forbidden, what);
                return undefined;
            }
            add(this.failed, what);
            runner/* error */.z3(`Model Gate could not write the ${what}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
    finish() {
        if (this.forbidden.length) {
            const fork = this.pr.fork && this.ctx.eventName === 'pull_request';
            runner/* warning */.$e(`Model Gate could not write the ${inNamedOrder(this.forbidden).join(' and the ')}: the token is read-only` +
                (fork ? ' (a pull request from a fork, on the pull_request event)' : '') +
                '. The result is in this job summary, and the job still fails when the gate fails. To comment and ' +
                'create the check on pull requests from forks, run Model Gate on pull_request_target: it reads files ' +
                'through the API and runs no code of the pull request, so it needs no checkout (see the README). ' +
                'Otherwise grant the job pull-requests: write and checks: write.');
        }
        if (this.failed.length) {
            runner/* setFailed */.C1(`Model Gate could not post its result (${inNamedOrder(this.failed).join(', ')})`);
        }
    }
}
/** Each write once: a check run that failed, then failed to be stopped, is one write that failed. */
function add(list, what) {
    if (!list.includes(what))
        list.push(what);
}
function inNamedOrder(list) {
    const rank = (what) => {
        const i = NAMED_ORDER.indexOf(what);
        return i < 0 ? NAMED_ORDER.length : i;
    };
    return [...list].sort((a, b) => rank(a) - rank(b));
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * Publishing a pull request's result: the sticky comment, the job summary, the outputs and the check run.
 * Everything is rendered first. The check run is written once, with its conclusion, after the job summary and
 * the outputs, so no error can follow a conclusion; an error on the way creates a failure check run that says
 * why instead. The comment is written side by side with them: its outcome changes neither the check run nor
 * the outputs (a comment that could not be written fails the job, as before any conclusion), so its two
 * requests need not wait for the others, nor the others for them.
 */







async function publish(api, ctx, inputs, pr, report, changedPaths) {
    const writes = new Writes(ctx, pr);
    // The head and the sticky comment are read while the result renders: the read the comment's write acts
    // on is then as old as the rendering, not older. A failure shows where the write awaits it. The rendering
    // waits one turn of the event loop, so that the request is on its way before it starts.
    const reading = inputs.comment
        ? (0,sticky_comment/* readSticky */.mB)(api, ctx.repo, { pull: pr.number, headSha: pr.headSha })
        : undefined;
    reading?.catch(() => undefined);
    if (reading)
        await new Promise((turn) => setImmediate(turn));
    try {
        const result = renderResult(report, inputs, ctx, pr, changedPaths);
        // Never rejects: writes.attempt reports what fails.
        const comment = reading
            ? writeComment(api, ctx, pr, writes, {
                body: result.comment,
                createIfMissing: report.verdict !== 'skip',
                reading,
            })
            : undefined;
        try {
            await writes.attempt('job summary', () => runner/* appendSummary */.fe(result.jobSummary));
            for (const [name, value] of Object.entries(result.outputs))
                runner/* setOutput */.uH(name, value);
            for (const notice of result.notices)
                runner/* notice */.lm(notice);
            await writeCheckRun(api, ctx, inputs, pr, writes, result.check);
        }
        finally {
            await comment;
        }
    }
    catch (error) {
        await stopCheckRun(api, ctx, inputs, pr, writes, undefined, error);
        throw new CheckRunStopped(error);
    }
    writes.finish();
    return writes;
}
async function writeComment(api, ctx, pr, writes, comment) {
    const { body, createIfMissing, reading } = comment;
    const outcome = await writes.attempt('comment', () => (0,sticky_comment/* upsertStickyComment */.qD)(api, ctx.repo, { pull: pr.number, headSha: pr.headSha, body, createIfMissing }, reading));
    if (outcome?.kind === 'stale') {
        runner/* notice */.lm(`The pull request's head is now ${outcome.currentHead.slice(0, 12)}; this run checked ${pr.headSha.slice(0, 12)}, so it leaves the comment to the newer run.`);
    }
}
/**
 * The check run, with its conclusion. Past 50 annotations it is created in progress and concluded with the
 * last 50: if a request in between fails, the run ends as a failure that says why.
 */
async function writeCheckRun(api, ctx, inputs, pr, writes, check) {
    let id;
    await writes.attempt('check run', async () => {
        try {
            await (0,checks/* createCheckRun */._U)(api, ctx.repo, check, (created) => (id = created));
        }
        catch (error) {
            if (id !== undefined)
                await stopCheckRun(api, ctx, inputs, pr, writes, id, error);
            throw error;
        }
    });
}
/** An error the check run already reports (a failure check run says why): not reported again. */
class CheckRunStopped extends Error {
    constructor(cause) {
        super((0,diagnostics/* errorMessage */.gJ)(cause), { cause });
        this.name = 'CheckRunStopped';
    }
}
/**
 * An error before the conclusion: a failure check run that says why, never a success. It completes the run
 * `checkId` when one is in progress, and creates one otherwise.
 */
async function stopCheckRun(api, ctx, inputs, pr, writes, checkId, error) {
    const output = {
        title: 'Model Gate stopped with an error',
        summary: `Model Gate stopped before it finished: ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* errorMessage */.gJ)(error), 1000)}. See the [run](${ctx.runUrl}).`,
    };
    await writes.attempt('check run', () => checkId !== undefined
        ? (0,checks/* completeCheckRun */.Fp)(api, ctx.repo, checkId, 'failure', output)
        : (0,checks/* createCheckRun */._U)(api, ctx.repo, {
            name: inputs.checkName,
            headSha: pr.headSha,
            conclusion: 'failure',
            ...output,
            detailsUrl: ctx.runUrl,
            annotations: [],
        }));
}


/***/ }),

/***/ 2860:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JO: () => (/* binding */ COMMENT_MARKER),
  Mu: () => (/* binding */ headStamp),
  mB: () => (/* binding */ readSticky),
  PO: () => (/* binding */ stampedHead),
  qD: () => (/* binding */ upsertStickyComment)
});

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/github/head-and-comment.ts

/** The most nodes GitHub's GraphQL API returns from a connection in one request. */
const COMMENTS_PER_PAGE = 100;
const QUERY = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      headRefOid
      comments(first: ${COMMENTS_PER_PAGE}, after: $after) {
        nodes { fullDatabaseId body updatedAt author { __typename } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/**
 * The head, and the oldest bot comment starting with `marker`: only a bot's comment counts (the workflow's
 * token is github-actions[bot] or a GitHub App), so a person quoting the marker cannot hijack the comment.
 * Stops at the first page whose head is not `head`: the caller leaves the comment alone then.
 */
async function readHeadAndComment(api, repo, pull, wanted) {
    let after = null;
    for (let requests = 1;; requests++) {
        const answer = await api.graphql(QUERY, {
            owner: repo.owner,
            name: repo.repo,
            number: pull,
            after,
        });
        const pr = answer.repository?.pullRequest;
        if (!pr)
            throw new Error(`GitHub's GraphQL API did not find pull request #${pull}`);
        const nodes = (pr.comments.nodes ?? []).filter((n) => n !== null);
        const hit = nodes.find((n) => (0,comments/* isSticky */.Oz)(n.author?.__typename === 'Bot', n.body, wanted.marker));
        const page = pr.comments.pageInfo;
        if (hit)
            return { head: pr.headRefOid, comment: found(hit), requests };
        if (pr.headRefOid !== wanted.head || !page.hasNextPage || !page.endCursor) {
            return { head: pr.headRefOid, requests };
        }
        after = page.endCursor;
    }
}
function found(node) {
    const id = Number(node.fullDatabaseId);
    if (!Number.isSafeInteger(id) || id <= 0) {
        throw new Error(`GitHub's GraphQL API gave the comment an id that is not one: ${String(node.fullDatabaseId)}`);
    }
    return { id, body: node.body, updatedAt: node.updatedAt };
}

;// CONCATENATED MODULE: ./src/action/sticky-comment.ts


const COMMENT_MARKER = '<!-- model-gate:comment -->';
function headStamp(sha) {
    return `<!-- model-gate:head=${sha} -->`;
}
function stampedHead(body) {
    return /<!-- model-gate:head=([0-9a-f]{7,64}) -->/.exec(body)?.[1];
}
/** The pull request's head and its sticky comment, as upsertStickyComment reads them before it writes. */
function readSticky(api, repo, request) {
    return readHeadAndComment(api, repo, request.pull, { marker: COMMENT_MARKER, head: request.headSha });
}
/**
 * reading: the read this write acts on, when the caller started it already (readSticky, while the comment
 * rendered); else it is made now.
 */
async function upsertStickyComment(api, repo, request, reading = readSticky(api, repo, request)) {
    const read = await reading;
    if (read.head !== request.headSha)
        return { kind: 'stale', currentHead: read.head };
    if (read.comment) {
        await (0,comments/* updateComment */.vv)(api, repo, read.comment.id, request.body);
        return { kind: 'updated', id: read.comment.id };
    }
    if (!request.createIfMissing)
        return { kind: 'skipped' };
    return { kind: 'created', id: await (0,comments/* createComment */.eT)(api, repo, request.pull, request.body) };
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

/***/ 7375:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   F6: () => (/* binding */ measuredInRunLine),
/* harmony export */   Id: () => (/* binding */ verdictLabel),
/* harmony export */   M7: () => (/* binding */ levelIcon),
/* harmony export */   MI: () => (/* binding */ countModels),
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
/* unused harmony export formatP */
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

/***/ 6645:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ isSticky),
/* harmony export */   eT: () => (/* binding */ createComment),
/* harmony export */   h1: () => (/* binding */ findComment),
/* harmony export */   vv: () => (/* binding */ updateComment)
/* harmony export */ });
/**
 * The sticky comment is a bot's comment that starts with the marker: a person quoting the marker cannot
 * hijack it. The REST search (findComment) and the GraphQL one (head-and-comment.ts) both ask this.
 */
function isSticky(byBot, body, marker) {
    return byBot && body?.startsWith(marker) === true;
}
async function findComment(api, repo, issue, marker) {
    for await (const page of api.paginate.iterator(api.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
    })) {
        const hit = page.data.find((c) => isSticky(c.user?.type === 'Bot', c.body, marker));
        if (hit)
            return { id: hit.id, body: hit.body ?? '', updatedAt: hit.updated_at };
    }
    return undefined;
}
async function createComment(api, repo, issue, body) {
    return (await api.rest.issues.createComment({ ...repo, issue_number: issue, body })).data.id;
}
async function updateComment(api, repo, id, body) {
    await api.rest.issues.updateComment({ ...repo, comment_id: id, body });
}


/***/ })

};

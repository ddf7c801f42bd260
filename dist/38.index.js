export const id = 38;
export const ids = [38];
export const modules = {

/***/ 7038:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackOnDispatch: () => (/* binding */ rollbackOnDispatch)
});

// UNUSED EXPORTS: DispatchError, dispatchInputs

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9542);
// EXTERNAL MODULE: ./src/core/compare.ts + 3 modules
var compare = __webpack_require__(3101);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/reason.ts
var core_reason = __webpack_require__(4179);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __webpack_require__(7327);
;// CONCATENATED MODULE: ./src/core/report/rollback.ts
/** The rollback's job summary: the version left and the version restored, side by side, and what else differs. */





function renderRollback(s) {
    const c = s.comparison;
    const parts = [
        `## ⏪ Model Gate: rolled back ${(0,report_escape/* escapeMarkdown */.FV)(s.name)} \`${s.from}\` → \`${s.to}\``,
        `By ${(0,report_escape/* escapeMarkdown */.FV)(s.actor, 60)}: ${(0,report_escape/* escapeMarkdown */.FV)(s.reason, core_reason/* REASON_SHOWN */.LQ)}${s.commit ? `\n\nProduction is now version \`${s.to}\` from commit \`${s.commit.slice(0, 12)}\`.` : ''}`,
    ];
    if (c.metrics.length) {
        const rows = c.metrics.map((m) => [
            (0,report_escape/* escapeMarkdown */.FV)(m.name),
            m.baseline ? (0,format/* formatNumber */.ZV)(m.baseline.value) : '',
            m.candidate ? (0,format/* formatNumber */.ZV)(m.candidate.value) : '',
            (0,format/* formatDelta */.CW)(m.delta),
            (0,format/* formatPercent */.l9)(m.deltaPercent),
        ]);
        parts.push(`### Metrics\n\n${(0,markdown_table/* markdownTable */.Q)([['Metric', `${s.from} (left)`, `${s.to} (restored)`, 'Δ', 'Δ %'], ...rows], { alignDelimiters: false })}`);
    }
    if (c.changes.length) {
        const rows = c.changes.map((x) => [
            (0,report_escape/* escapeMarkdown */.FV)(x.section),
            (0,report_escape/* escapeMarkdown */.FV)(x.key),
            x.kind,
            (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(x.before)), 80),
            (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(x.after)), 80),
        ]);
        parts.push(`### What else differs\n\n${(0,markdown_table/* markdownTable */.Q)([['Section', 'Key', 'Change', `${s.from} (left)`, `${s.to} (restored)`], ...rows], { alignDelimiters: false })}`);
    }
    return parts.join('\n\n') + '\n';
}
/**
 * The job summary of a rollback on workflow_dispatch. With a stage (GTO), what is written is a tag; else a
 * commit of the registry branch. comparison: the restored version against the version left, when readable.
 */
function renderRollbackResult(name, r, comparison, stage) {
    if (r.outcome === 'current') {
        const where = stage === undefined
            ? `Production is version \`${r.version}\`${r.commit ? ` from commit \`${r.commit.slice(0, 12)}\`` : ''}: nothing was written.`
            : `It holds stage ${(0,report_escape/* escapeMarkdown */.FV)(stage)} from commit \`${r.commit?.slice(0, 12) ?? ''}\`: no tag was written.`;
        return `## Model Gate: ${(0,report_escape/* escapeMarkdown */.FV)(name)} is already at \`${r.version}\`\n\n${where}\n`;
    }
    const summary = comparison
        ? renderRollback({
            name,
            from: r.from ?? '?',
            to: r.version,
            reason: r.reason,
            actor: r.actor,
            ...(r.commit ? { commit: r.commit } : {}),
            comparison,
        })
        : `## ⏪ Model Gate: rolled back ${name} to ${r.version}\n\nTag ${r.written.join(', ')}.\n`;
    if (r.outcome !== 'replayed')
        return summary;
    const when = stage === undefined ? ` at ${(0,report_escape/* escapeMarkdown */.FV)(r.at ?? '', 40)}` : '';
    const wrote = stage === undefined ? 'wrote nothing' : 'wrote no tag';
    return `${summary}\n> This run already rolled back ${(0,report_escape/* escapeMarkdown */.FV)(name)} (${r.from ?? '?'} → ${r.version})${when}; this attempt ${wrote} and reports that rollback.\n`;
}
/** The log line of a rollback on workflow_dispatch. */
function rollbackLogLine(name, r, stage) {
    const nothing = stage === undefined ? 'nothing was written' : 'no tag was written';
    if (r.outcome === 'current') {
        return stage === undefined
            ? `Model Gate: ${name} is already at ${r.version}; ${nothing}`
            : `Model Gate: ${name} ${r.version} is already in stage ${stage}; ${nothing}`;
    }
    if (r.outcome === 'replayed') {
        const when = stage === undefined ? ` at ${r.at}` : '';
        return `Model Gate: this run already rolled back ${name} from ${r.from} to ${r.version}${when}; ${nothing}`;
    }
    const what = stage === undefined ? (r.written[0]?.slice(0, 12) ?? '') : `tag ${r.written.join(', ')}`;
    return `Model Gate: rolled back ${name} from ${r.from} to ${r.version} (${what})`;
}

// EXTERNAL MODULE: ./src/github/source.ts + 2 modules
var source = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/action/production.ts + 12 modules
var action_production = __webpack_require__(2844);
;// CONCATENATED MODULE: ./src/action/rollback-on-dispatch.ts
/**
 * On workflow_dispatch: production of one model moves back to a version from its history. The job summary
 * shows the two versions side by side; the outputs feed a deploy step. Unknown model or version: a clear
 * error and the registry untouched.
 */








class DispatchError extends Error {
}
function dispatchInputs(ctx, inputs) {
    const fromForm = (ctx.payload.inputs ?? {});
    const pick = (name) => {
        const value = inputs[name] || (typeof fromForm[name] === 'string' ? fromForm[name].trim() : '');
        return value;
    };
    const model = pick('model');
    const version = pick('version');
    const reason = pick('reason');
    if (!model)
        throw new DispatchError('workflow_dispatch needs the model to roll back (input model)');
    const problem = (0,names/* nameProblem */.rH)(model);
    if (problem)
        throw new DispatchError(`model '${model}' ${problem}`);
    if (!reason)
        throw new DispatchError('workflow_dispatch needs a reason (input reason): the registry history records why production moved');
    const tooLong = (0,core_reason/* reasonProblem */.Ge)(reason);
    if (tooLong)
        throw new DispatchError(`${tooLong} (input reason): nothing was written`);
    return { model, version: version || undefined, reason };
}
async function rollbackOnDispatch(api, ctx, inputs) {
    const production = (0,action_production/* openProduction */.k)(api, ctx, inputs, new source/* GitHubSource */.Z(api, ctx.repo), ctx.sha);
    if (production.fixed) {
        throw new DispatchError("with registry 'base', production is the default branch itself: revert the commit instead of rolling back");
    }
    const { model, version, reason } = dispatchInputs(ctx, inputs);
    const result = await production.rollback(model, {
        ...(version ? { to: version } : {}),
        reason,
        actor: ctx.actor,
        at: new Date().toISOString(),
        run: ctx.runUrl,
    });
    const { restored, left } = await result.versions();
    const comparison = restored && result.outcome !== 'current'
        ? (0,compare/* compareModel */.l0)({ candidate: restored, ...(left ? { baseline: left } : {}), policy: policy/* DEFAULT_POLICY */.zj })
        : undefined;
    await runner/* appendSummary */.fe(renderRollbackResult(model, result, comparison, production.stage));
    runner/* info */.pq(rollbackLogLine(model, result, production.stage));
    setRollbackOutputs(model, result.version, result.snapshot ?? restored?.manifest.snapshot, result.commit);
}
function setRollbackOutputs(model, version, manifest, commit) {
    runner/* setOutput */.uH('model', model);
    runner/* setOutput */.uH('version', version);
    runner/* setOutput */.uH('manifest', manifest ? JSON.stringify(manifest) : '');
    runner/* setOutput */.uH('commit', commit ?? '');
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


/***/ })

};

export const id = 602;
export const ids = [602];
export const modules = {

/***/ 6602:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  history: () => (/* binding */ history_history)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/core/trend.ts
var core_trend = __webpack_require__(5776);
// EXTERNAL MODULE: ./src/core/report/chart.ts
var chart = __webpack_require__(4134);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __webpack_require__(3089);
;// CONCATENATED MODULE: ./src/core/report/history.ts
/** `model-gate history NAME --format markdown`: the model's trend across production, then every event. */







/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeMarkdown */.FV)(text, 40);
function renderHistoryMarkdown(entry, options) {
    const name = (0,report_escape/* escapeMarkdown */.FV)(entry.name);
    const p = entry.production;
    const parts = [`## ${name}: production history`];
    parts.push(p
        ? `Production is ${code(p.version)} since ${(0,time/* formatTimeAgo */.ak)(p.since, options.now, when)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeMarkdown */.FV)(p.actor, 60)}.`
        : 'No production version.');
    const points = (0,registry.productionHistory)(entry);
    const trend = (0,core_trend/* buildTrend */.mt)({
        history: points,
        metrics: (0,core_trend/* chartMetricNames */.fF)({
            available: (0,core_trend/* metricNamesOf */.yl)(points),
            configured: (0,policy/* chartedMetrics */.Pc)(options.policy, entry.name),
            required: (0,policy/* requiredMetrics */.$F)(options.policy, entry.name),
        }),
        rule: (m) => (0,policy/* resolveRule */.rj)(options.policy, entry.name, m),
    });
    if (trend?.series.length)
        parts.push(`### Trend\n\n${(0,chart/* renderTrend */.eE)(trend)}`);
    if (entry.history.length)
        parts.push(`### Events\n\n${eventTable(entry.history)}`);
    return parts.join('\n\n') + '\n';
}
function eventTable(history) {
    const rows = history.map((e) => [
        (0,time/* formatTime */.fU)(e.at, when),
        e.type,
        e.type === 'rollback' && e.from ? `${code(e.from)} → ${code(e.version)}` : code(e.version),
        (0,report_escape/* escapeMarkdown */.FV)(e.actor, 60),
        e.commit ? code(e.commit.slice(0, 12)) : e.sha ? code(e.sha.slice(0, 12)) : '',
        e.pr !== undefined ? `#${e.pr}` : '',
        (0,report_escape/* escapeMarkdown */.FV)(e.reason ?? '', 300),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['At', 'Event', 'Version', 'Actor', 'Commit', 'PR', 'Reason'], ...rows], {
        alignDelimiters: false,
    });
}
/** A version or SHA as code; the registry branch is not validated like a manifest, so anything else is escaped. */
function code(text) {
    return /^[0-9A-Za-z.+-]{1,80}$/.test(text) ? `\`${text}\`` : (0,report_escape/* escapeMarkdown */.FV)(text, 80);
}

// EXTERNAL MODULE: ./src/cli/production.ts + 5 modules
var cli_production = __webpack_require__(2481);
;// CONCATENATED MODULE: ./src/cli/registry-log.ts
/**
 * A model's whole history, from the registry branch's git log: the entry file keeps only its newest events
 * (compactEntry), and every write is a commit on the branch, so every event is in some earlier version of
 * the file. Each version holds its newest REGISTRY_KEEP events in a row; reading one version in every
 * REGISTRY_KEEP - 1 commits, and joining them where they overlap, recovers them all, oldest first.
 */


async function fullHistory(ctx, entry) {
    if (!entry.earlier)
        return { history: entry.history, missing: 0 };
    const store = (0,cli_production/* registryStore */.X)(ctx);
    const { parent } = await store.tip();
    const path = (0,registry.registryPath)(entry.name);
    const log = parent ? await ctx.git.text(['log', '--format=%H', parent, '--', `:(literal)${path}`]) : '';
    const commits = log.split('\n').filter(Boolean);
    const read = async (commit) => {
        const text = await store.readFile(commit, path);
        return text === undefined ? undefined : (0,registry.parseRegistryEntry)(text, `${commit.slice(0, 12)}:${path}`);
    };
    let known = entry.history.slice(-registry.REGISTRY_KEEP);
    let at = 0;
    let step = registry.REGISTRY_KEEP - 1;
    while (step > 0 && at + 1 < commits.length) {
        const next = Math.min(at + step, commits.length - 1);
        const version = await read(commits[next]);
        const older = version ? olderThan(version, known[0]) : undefined;
        if (older === undefined) {
            step = next === at + 1 ? 0 : Math.floor(step / 2);
            continue;
        }
        known = [...older.events, ...known];
        if (older.complete)
            return { history: known, missing: 0 };
        at = next;
        step = registry.REGISTRY_KEEP - 1;
    }
    return { history: known, missing: Math.max(0, entry.history.length + (entry.earlier ?? 0) - known.length) };
}
/**
 * The events of an older version of the file that come just before `first`, in a row; complete when that
 * version was never compacted (it holds everything before). Undefined when `first` is not in it.
 */
function olderThan(version, first) {
    const key = first ? JSON.stringify(first) : undefined;
    const events = version.history;
    const index = key === undefined ? events.length : events.findIndex((e) => JSON.stringify(e) === key);
    if (index < 0)
        return undefined;
    if (!version.earlier)
        return { events: events.slice(0, index), complete: true };
    const windowStart = Math.max(0, events.length - registry.REGISTRY_KEEP);
    if (index < windowStart)
        return undefined;
    return { events: events.slice(windowStart, index), complete: false };
}

// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __webpack_require__(7665);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/gate/policy-file.ts
var policy_file = __webpack_require__(6024);
;// CONCATENATED MODULE: ./src/cli/commands/history.ts
/** `model-gate history NAME`: which version was production, since when, and who decided. */













async function history_history(ctx) {
    const [name, ...rest] = ctx.options.positionals;
    if (name === undefined || rest.length)
        throw new args/* UsageError */.eb('history needs exactly one model NAME');
    const problem = (0,names/* nameProblem */.rH)(name);
    if (problem)
        throw new args/* UsageError */.eb(`model name '${name}' ${problem}`);
    const production = (0,cli_production/* openProduction */.k)(ctx);
    if (production.stage !== undefined && ctx.options.format === 'markdown') {
        throw new args/* UsageError */.eb('history --format markdown charts the branch registry; GTO tags keep no metrics');
    }
    if (production.fixed) {
        throw new args/* UsageError */.eb('with --registry base there is no production history: see git log of the manifest');
    }
    const history = await production.history(name);
    if (!history) {
        ctx.err(production.stage !== undefined
            ? `no GTO tags for '${name}'\n`
            : `no registry entry for '${name}' on ${ctx.options.registryBranch}\n`);
        return 1;
    }
    return history.kind === 'stages' ? gtoHistory(ctx, history.model) : entryHistory(ctx, name, history.entry);
}
/** The registry entry: production now, then every event (with --all, those compacted away too). */
async function entryHistory(ctx, name, read) {
    const full = ctx.options.all ? await fullHistory(ctx, read) : undefined;
    const entry = full ? (0,registry.entryOf)(name, full.history) : read;
    const now = new Date(ctx.now());
    if (ctx.options.format === 'json')
        ctx.out((0,registry.serializeEntry)(entry));
    else if (ctx.options.format === 'markdown') {
        ctx.out(renderHistoryMarkdown(entry, { policy: await headPolicy(ctx), now }));
    }
    else
        printHistory(ctx, entry, now);
    const left = full ? full.missing : (entry.earlier ?? 0);
    if (left > 0) {
        ctx.err(full
            ? `${left} older events are no longer in the git log of ${ctx.options.registryBranch} (a shallow clone?)\n`
            : `${left} older events are in the git log of ${ctx.options.registryBranch}: history ${name} --all lists them\n`);
    }
    return 0;
}
function printHistory(ctx, entry, now) {
    const p = entry.production;
    ctx.out(p
        ? `${entry.name}: production ${(0,report_escape/* escapeTerminal */.en)(p.version, 60)} since ${(0,report_escape/* escapeTerminal */.en)((0,time/* formatTimeAgo */.ak)(p.since, now), 80)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeTerminal */.en)(p.actor)}\n`
        : `${entry.name}: no production version\n`);
    const rows = entry.history.map((e) => [
        (0,report_escape/* escapeTerminal */.en)((0,time/* formatTime */.fU)(e.at), 40),
        e.type,
        (0,report_escape/* escapeTerminal */.en)(e.type === 'rollback' && e.from ? `${e.from} -> ${e.version}` : e.version, 80),
        (0,report_escape/* escapeTerminal */.en)(e.actor, 40),
        (0,report_escape/* escapeTerminal */.en)(e.commit ? e.commit.slice(0, 12) : e.sha ? e.sha.slice(0, 12) : ''),
        e.pr !== undefined ? `#${e.pr}` : '',
        (0,report_escape/* escapeTerminal */.en)(e.reason ?? '', 120),
    ]);
    const header = ['at', 'event', 'version', 'actor', 'commit', 'pr', 'reason'];
    for (const line of (0,columns/* alignColumns */.R)([header, ...rows]))
        ctx.out(`${line}\n`);
}
/** The policy at HEAD (it picks the charted metrics and their thresholds); the built-in one if none or invalid. */
async function headPolicy(ctx) {
    const head = await ctx.git.resolve('HEAD');
    try {
        const found = head ? await (0,policy_file/* findPolicy */.i)(ctx.source, head, ctx.options.policy) : undefined;
        if (found?.text === undefined)
            return policy/* DEFAULT_POLICY */.zj;
        return (0,policy/* parsePolicy */.ON)(found.text, found.path);
    }
    catch (error) {
        ctx.err(`model-gate: ${(0,diagnostics/* errorMessage */.gJ)(error)} (charting with the built-in policy)\n`);
        return policy/* DEFAULT_POLICY */.zj;
    }
}
/** The model as GTO's tags describe it: the stage's holder, then every version and stage event. */
function gtoHistory(ctx, model) {
    const stage = ctx.options.productionStage;
    if (ctx.options.format === 'json') {
        ctx.out(JSON.stringify(model, null, 2) + '\n');
        return 0;
    }
    const current = model.stages.find((s) => s.stage === stage)?.current;
    ctx.out(current
        ? `${model.model}: ${stage} ${current.version} since ${current.assignedAt} (${current.tag})\n`
        : `${model.model}: no version in stage ${stage}${model.deprecated ? ' (deprecated)' : ''}\n`);
    const rows = [];
    for (const v of model.versions) {
        if (v.registered)
            rows.push([v.createdAt, v.active ? 'register' : 'deregistered', v.version, '', v.commit.slice(0, 12)]);
    }
    for (const s of model.stages) {
        for (const e of s.events)
            rows.push([e.at, e.action, e.version, s.stage, e.commit.slice(0, 12)]);
    }
    rows.sort((a, b) => (0,core_text/* byText */.z4)(a[0] ?? '', b[0] ?? ''));
    const header = ['at', 'event', 'version', 'stage', 'commit'];
    for (const line of (0,columns/* alignColumns */.R)([header, ...rows.map((r) => r.map((c) => (0,report_escape/* escapeTerminal */.en)(c)))]))
        ctx.out(`${line}\n`);
    return 0;
}


/***/ }),

/***/ 6024:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ policyPaths),
/* harmony export */   i: () => (/* binding */ findPolicy)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/**
 * Where the policy is: the path given, and for the default location either spelling,
 * `.github/model-gate.yml` or `.github/model-gate.yaml`. Both present is an error naming both, never a guess.
 */

const SPELLINGS = ['.github/model-gate.yml', '.github/model-gate.yaml'];
/** The paths the policy may be at: both spellings for the default location, else the one given. */
function policyPaths(path) {
    return SPELLINGS.includes(path) ? SPELLINGS : [path];
}
/** The policy file at ref and its path; text undefined when there is none. */
async function findPolicy(source, ref, path) {
    const paths = policyPaths(path);
    const found = [];
    for (const p of paths) {
        const text = await source.readFile(ref, p);
        if (text !== undefined)
            found.push({ path: p, text });
    }
    if (found.length > 1) {
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: found[0]?.path ?? path }, `both ${found.map((f) => f.path).join(' and ')} exist: keep one policy file`);
    }
    return found[0] ?? { path };
}


/***/ })

};

export const id = 169;
export const ids = [169];
export const modules = {

/***/ 1693:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteOnPush: () => (/* binding */ promoteOnPush)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9542);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
;// CONCATENATED MODULE: ./src/core/report/promotion.ts
/** The promotion's job summary: per changed manifest, the version production was and is now, and why. */


function renderPromotions(promotions, commit, pr) {
    const head = `## Model Gate: promotion of ${commit.slice(0, 12)}${pr !== undefined ? ` (#${pr})` : ''}`;
    if (!promotions.length)
        return `${head}\n\nNo model manifest changed.\n`;
    const rows = promotions.map((p) => [
        (0,report_escape/* escapeMarkdown */.FV)(p.model),
        p.previous ? `\`${p.previous}\`` : '',
        p.version ? `\`${p.version}\`` : '',
        p.outcome,
        (0,report_escape/* escapeMarkdown */.FV)(p.detail, 300),
    ]);
    return `${head}\n\n${(0,markdown_table/* markdownTable */.Q)([['Model', 'Was', 'Now', 'Outcome', 'Detail'], ...rows], { alignDelimiters: false })}\n`;
}
/**
 * The detail of a promotion's row. With a stage (GTO), what was written are tags; else the registry branch's
 * commit, and how many compare-and-swap attempts it took when more than one.
 */
function promotionDetail(p, where) {
    if (p.superseded) {
        return `production ${p.superseded.version} comes from ${p.superseded.commit?.slice(0, 12) ?? '?'}, which already contains this commit`;
    }
    if (where.stage !== undefined) {
        return p.written.length ? `tags ${p.written.join(', ')}` : `already in stage ${where.stage}`;
    }
    const commit = p.written[0];
    if (commit === undefined)
        return 'already production from this commit';
    const attempts = p.attempts !== undefined && p.attempts > 1 ? ` (after ${p.attempts} attempts)` : '';
    return `${where.branch} ${commit.slice(0, 12)}${attempts}`;
}

// EXTERNAL MODULE: ./src/gate/check.ts + 3 modules
var check = __webpack_require__(5021);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/gate/concurrency.ts
var concurrency = __webpack_require__(6992);
;// CONCATENATED MODULE: ./src/gate/promotion.ts
/**
 * Promotion on a push, the same story for every backend: plan what each changed model gets (pure), then
 * promote the planned versions in one batch through the Production port.
 */


/**
 * What each changed model gets: a removed manifest leaves production alone, an invalid one is an error, a
 * failed gate without an acceptance is skipped (unless promoteFailed), everything else is promoted.
 */
function planPromotion(models, promoteFailed) {
    return models.map((m) => {
        const version = m.candidateVersion ?? '';
        if (m.status === 'removed') {
            const detail = 'manifest removed; production untouched';
            return settled(m, { model: m.name, version: m.baselineVersion ?? '', outcome: 'skipped', detail });
        }
        if (m.status === 'invalid') {
            const detail = m.errors.map((e) => e.message).join('; ');
            return settled(m, { model: m.name, version, outcome: 'error', detail });
        }
        if (m.verdict === 'fail' && !promoteFailed) {
            const detail = 'its gate failed and no acceptance was recorded; set promote-failed: true to promote such versions';
            return settled(m, { model: m.name, version, outcome: 'skipped', detail, gateFailed: true });
        }
        return { kind: 'promote', model: m };
    });
}
function settled(model, result) {
    return { kind: 'settled', model, result };
}
/**
 * Promote every planned version in one batch through the port (one registry commit for the push): each
 * model's result is its own row, in plan order; a model that cannot be loaded, or that the batch could not
 * write, is an error row and the others are still promoted.
 */
async function promotePlanned(production, plan, options) {
    const loaded = await (0,concurrency/* mapLimit */.s)(plan, 8, async (step) => {
        if (step.kind === 'settled')
            return step.result;
        return loadPlanned(step.model, options);
    });
    const batch = loaded.filter((l) => !isResult(l));
    const promoted = await promoteBatch(production, batch, options);
    let next = 0;
    return plan.map((step, i) => {
        const l = loaded[i];
        const result = isResult(l) ? l : rowOf(step.model, promoted[next++], options);
        const previous = step.model.baselineVersion;
        return previous && !result.previous ? { ...result, previous } : result;
    });
}
function isResult(l) {
    return 'outcome' in l;
}
async function loadPlanned(m, options) {
    const version = m.candidateVersion ?? '';
    try {
        const loaded = await options.load(m);
        if (loaded)
            return loaded;
        const detail = `${m.path} could not be read at ${options.head.slice(0, 12)}`;
        return { model: m.name, version, outcome: 'error', detail };
    }
    catch (error) {
        return { model: m.name, version, outcome: 'error', detail: (0,diagnostics/* errorMessage */.gJ)(error) };
    }
}
/** The batch's results; when the whole batch fails (the registry cannot be written), every model's error. */
async function promoteBatch(production, versions, options) {
    if (!versions.length)
        return [];
    try {
        return await production.promoteAll(versions, options.who, options.containedIn);
    }
    catch (error) {
        return versions.map((v) => ({ ok: false, model: v.manifest.name, version: v.manifest.version, error }));
    }
}
function rowOf(m, p, options) {
    const version = m.candidateVersion ?? '';
    if (!p)
        return { model: m.name, version, outcome: 'error', detail: 'not promoted' };
    if (!p.ok)
        return { model: m.name, version, outcome: 'error', detail: (0,diagnostics/* errorMessage */.gJ)(p.error) };
    const detail = options.describe(p);
    if (p.superseded) {
        return { model: m.name, version, outcome: 'skipped', detail, previous: p.superseded.version };
    }
    return { model: m.name, version, outcome: p.written.length ? 'promoted' : 'unchanged', detail };
}

;// CONCATENATED MODULE: ./src/github/commits.ts
async function pullForCommit(api, repo, sha) {
    const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha,
        per_page: 10,
    });
    // Only a merged pull request: a direct push must not borrow an open one's acceptances.
    const merged = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at);
    return merged ? { number: merged.number, headSha: merged.head.sha } : undefined;
}

// EXTERNAL MODULE: ./src/github/source.ts + 2 modules
var github_source = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/github/trees.ts
var trees = __webpack_require__(6862);
// EXTERNAL MODULE: ./src/action/production.ts + 12 modules
var action_production = __webpack_require__(2844);
;// CONCATENATED MODULE: ./src/action/promote-on-push.ts
/**
 * On a push to the default branch: every manifest the push changed is registered as production, unless its
 * gate failed and was not accepted (input promote-failed). The story: check the push as a pull request would
 * be checked, plan each model's promotion, promote through the backend, report in the job summary.
 */










async function promoteOnPush(api, ctx, inputs) {
    const push = pushToDefaultBranch(ctx);
    if (!push)
        return nothingToPromote();
    const source = new github_source/* GitHubSource */.Z(api, ctx.repo);
    const production = (0,action_production/* openProduction */.k)(api, ctx, inputs, source, push.before, source.blobs);
    if (production.fixed) {
        runner/* info */.pq("Model Gate: with registry 'base', production is the default branch itself; nothing to promote.");
        return nothingToPromote();
    }
    const { after } = push;
    const pull = await pullForCommit(api, ctx.repo, after).catch((error) => {
        runner/* warning */.$e(`Model Gate could not find the pull request of ${after.slice(0, 12)}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
    const { report } = await (0,check/* runCheck */.k)({ source, baselines: production, acceptances: production }, {
        base: push.before,
        head: after,
        manifests: inputs.manifests,
        policyPath: inputs.policy,
        acceptanceSha: pull?.headSha ?? after,
    });
    const promotions = await promotePlanned(production, planPromotion(report.models, inputs.promoteFailed), {
        head: after,
        // A manifest file, or a model a dvc.yaml declares (`dvc.yaml:NAME`, under the version the check gave it).
        load: async (m) => {
            const loaded = await (0,model_version/* versionAtPath */.xc)(source, after, m.path, m.candidateVersion);
            return loaded?.ok ? loaded.version : undefined;
        },
        who: {
            actor: ctx.actor,
            at: new Date().toISOString(),
            commit: after,
            run: ctx.runUrl,
            ...(pull ? { pr: pull.number } : {}),
        },
        containedIn: containedInOnce(api, ctx),
        describe: (p) => promotionDetail(p, {
            ...(production.stage ? { stage: production.stage } : {}),
            branch: inputs.registryBranch,
        }),
    });
    await reportPromotions(promotions, after, pull?.number, report.verdict);
    return { failed: promotions.some((p) => p.outcome === 'error' || p.gateFailed), promotions };
}
/** The push's commits, when it is a push to the default branch; undefined for any other push. */
function pushToDefaultBranch(ctx) {
    const payload = ctx.payload;
    const defaultBranch = payload.repository?.default_branch ?? payload.repository?.master_branch;
    if (!payload.after || !payload.before || payload.deleted || payload.ref !== `refs/heads/${defaultBranch}`) {
        runner/* info */.pq(`Model Gate: ${payload.ref ?? 'this push'} is not a push to the default branch (${defaultBranch}); nothing to promote.`);
        return undefined;
    }
    return { before: payload.before, after: payload.after };
}
function nothingToPromote() {
    runner/* setOutput */.uH('verdict', 'skip');
    runner/* setOutput */.uH('promoted', '[]');
    return { failed: false, promotions: [] };
}
/** Whether one commit contains another never changes: each pair is asked of the API once per run. */
function containedInOnce(api, ctx) {
    const known = new Map();
    return (commit, other) => {
        const key = `${commit}...${other}`;
        const answer = known.get(key) ?? (0,trees/* containedIn */.xK)(api, ctx.repo, commit, other);
        known.set(key, answer);
        return answer;
    };
}
/** One log line per model, the job summary, and the outputs. */
async function reportPromotions(promotions, after, pr, verdict) {
    for (const p of promotions) {
        const line = `${p.model} ${p.version}: ${p.outcome} (${p.detail})`;
        if (p.outcome === 'error')
            runner/* error */.z3(`Model Gate could not promote ${line}`);
        else if (p.gateFailed)
            runner/* warning */.$e(`Model Gate did not promote ${line}`);
        else
            runner/* info */.pq(line);
    }
    await runner/* appendSummary */.fe(renderPromotions(promotions, after, pr));
    runner/* setOutput */.uH('verdict', verdict);
    const promoted = promotions.filter((p) => p.outcome === 'promoted');
    runner/* setOutput */.uH('promoted', JSON.stringify(promoted.map((p) => ({ model: p.model, version: p.version }))));
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


/***/ })

};

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

// EXTERNAL MODULE: ./src/cli/production.ts + 2 modules
var cli_production = __webpack_require__(5770);
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
    const production = await (0,cli_production/* openProduction */.k)(ctx);
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

/***/ 5770:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ openProduction),
  X: () => (/* binding */ registryStore)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __webpack_require__(1823);
;// CONCATENATED MODULE: ./src/registry/base-baselines.ts
/**
 * The `base` backend: production is the manifest as it is on the base commit, found by the model's name. It
 * does not move (revert the commit instead), so it is never promoted or rolled back and keeps no history;
 * acceptances live on the registry branch.
 */



class BaseCommitBaselines {
    source;
    base;
    manifests;
    acceptances;
    description;
    fixed = true;
    constructor(source, base, manifests, acceptances) {
        this.source = source;
        this.base = base;
        this.manifests = manifests;
        this.acceptances = acceptances;
        this.description = `the base commit ${base.slice(0, 12)}`;
    }
    async baseline(name, candidatePath, previousPath) {
        const path = previousPath ?? candidatePath;
        try {
            // A model that moved to a new path is still compared with itself.
            const found = await (0,model_version/* findModelVersion */.XN)(this.source, this.base, name, this.manifests, path);
            if (!found)
                return { kind: 'none' };
            if (!found.ok) {
                const first = found.errors[0];
                return { kind: 'error', error: first ?? new diagnostics/* InputError */.dz({ file: path }, 'invalid manifest at base') };
            }
            return {
                kind: 'found',
                baseline: {
                    ...found.version,
                    source: `base ${this.base.slice(0, 12)}`,
                    commit: this.base,
                    path: found.version.manifest.file,
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
            return { kind: 'error', error: e };
        }
    }
    entry(name) {
        return this.acceptances.entry(name);
    }
    accept(request) {
        return this.acceptances.accept(request);
    }
    async history() {
        return undefined;
    }
    promoteAll() {
        return Promise.reject(new registry.RegistryError('production is the base commit itself: there is nothing to promote'));
    }
    rollback() {
        return Promise.reject(new registry.RegistryError('production is the base commit itself: revert the commit instead'));
    }
}

// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/registry/branch-production.ts



class BranchProduction {
    registry;
    description;
    constructor(registry) {
        this.registry = registry;
        this.description = registry.description;
    }
    get branch() {
        return this.registry.branch;
    }
    entry(name) {
        return this.registry.entry(name);
    }
    async missingRegistry() {
        return (await this.registry.exists()) ? undefined : this.registry.branch;
    }
    baseline(name) {
        return this.registry.baseline(name);
    }
    prefetch(names) {
        return this.registry.prefetch(names);
    }
    async history(name) {
        const entry = await this.registry.entry(name);
        return entry ? { kind: 'events', entry } : undefined;
    }
    /**
     * Every version in one commit of the registry branch: one compare-and-swap for the batch, in which each
     * model's decision (superseded by a newer production, already production from this commit, promoted) is
     * taken against its entry as that attempt reads it.
     */
    async promoteAll(versions, who, containedIn) {
        const superseded = new Map();
        const seen = new Set();
        const twice = new Set();
        const changes = [];
        for (const [i, version] of versions.entries()) {
            const { manifest } = version;
            if (seen.has(manifest.name))
                twice.add(i);
            else {
                seen.add(manifest.name);
                changes.push({
                    name: manifest.name,
                    change: (entry) => this.promotion(entry, version, who, superseded, containedIn),
                });
            }
        }
        const result = changes.length
            ? await this.registry.updateMany(changes, promotionMessage(versions, who))
            : { results: [], attempts: 0 };
        const byName = new Map(result.results.map((r) => [r.name, r]));
        return versions.map((version, i) => {
            const { name: model, version: v } = version.manifest;
            const outcome = byName.get(model);
            if (twice.has(i) || !outcome) {
                return {
                    ok: false,
                    model,
                    version: v,
                    error: new registry.RegistryError(`'${model}' is promoted twice in one batch`),
                };
            }
            if (!outcome.ok)
                return { ok: false, model, version: v, error: outcome.error };
            const held = superseded.get(model);
            return {
                ok: true,
                model,
                version: v,
                written: outcome.changed && result.commit ? [result.commit] : [],
                attempts: result.attempts,
                ...(held ? { superseded: { version: held.version, commit: held.commit } } : {}),
            };
        });
    }
    /** One model's promotion against its entry as an attempt reads it; the entry itself when nothing changes. */
    async promotion(entry, version, who, superseded, containedIn) {
        const { manifest } = version;
        superseded.delete(manifest.name);
        const production = entry?.production;
        if (entry && production?.commit && who.commit && production.commit !== who.commit) {
            if (await containedIn?.(who.commit, production.commit)) {
                superseded.set(manifest.name, production);
                return entry;
            }
        }
        const event = {
            type: 'promote',
            version: manifest.version,
            ...who,
            path: manifest.file,
            manifest: manifest.snapshot,
            metrics: (0,metrics/* metricValues */.tZ)(version.metrics),
        };
        return (0,registry.applyPromote)(entry, manifest.name, event);
    }
    /**
     * The default target is computed once, on the first attempt of the compare-and-swap loop, and kept for
     * the others; a re-run of the same workflow run finds the event it wrote and writes nothing.
     */
    async rollback(name, request) {
        let outcome = 'rolled-back';
        let target = request.to;
        let replayed;
        const result = await this.registry.update(name, (entry) => {
            replayed = (0,registry.rollbackByRun)(entry, request.run);
            outcome = replayed ? 'replayed' : 'rolled-back';
            if (replayed && entry)
                return entry;
            target ??= (0,registry.rollbackTarget)(entry, name);
            const next = (0,registry.applyRollback)(entry, name, { ...request, to: target });
            if (next === entry)
                outcome = 'current';
            return next;
        }, `rollback ${name}${request.to ? ` to ${request.to}` : ''}: ${request.reason}`);
        const production = result.entry.production;
        if (outcome === 'current' && production)
            return this.current(name, request, production);
        const event = replayed ?? (outcome === 'rolled-back' ? result.entry.history.at(-1) : undefined);
        if (!event?.manifest)
            throw new registry.RegistryError(`the rollback of '${name}' was not recorded`);
        const { history } = result.entry;
        return {
            model: name,
            outcome,
            version: event.version,
            ...(event.from ? { from: event.from } : {}),
            ...(event.commit ? { commit: event.commit } : {}),
            written: result.commit ? [result.commit] : [],
            actor: event.actor,
            reason: event.reason ?? '',
            at: event.at,
            snapshot: event.manifest,
            versions: async () => this.rollbackVersions(name, event, history),
        };
    }
    current(name, request, production) {
        return {
            model: name,
            outcome: 'current',
            version: production.version,
            ...(production.commit ? { commit: production.commit } : {}),
            written: [],
            actor: request.actor,
            reason: request.reason,
            snapshot: production.manifest,
            versions: async () => ({}),
        };
    }
    /** The version a rollback event restored, and the one it left, as the history recorded them. */
    rollbackVersions(name, event, history) {
        const at = history.indexOf(event);
        const left = history
            .slice(0, at < 0 ? history.length : at)
            .reverse()
            .find((e) => e.type !== 'accept' && e.manifest && e.version === event.from);
        const file = `${this.registry.branch}:${(0,registry.registryPath)(name)}`;
        const restored = {
            manifest: (0,model_version/* manifestFromSnapshot */.OG)(event.manifest ?? {}, file),
            metrics: (0,model_version/* metricsFromRecord */.pb)(event.metrics ?? {}, file),
        };
        if (!left?.manifest)
            return { restored };
        const baseline = {
            manifest: (0,model_version/* manifestFromSnapshot */.OG)(left.manifest, file),
            metrics: (0,model_version/* metricsFromRecord */.pb)(left.metrics ?? {}, file),
            source: 'registry',
        };
        return { restored, left: baseline };
    }
    async accept(request) {
        const { name, ...rest } = request;
        const event = { type: 'accept', ...rest };
        await this.registry.update(name, (entry) => (0,registry.applyAccept)(entry, name, event), `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`);
    }
}
/** The batch's commit message: the model and version when there is one, else how many. */
function promotionMessage(versions, who) {
    const [only] = versions;
    if (versions.length === 1 && only)
        return `promote ${only.manifest.name} ${only.manifest.version}`;
    const at = who.commit ? ` at ${who.commit.slice(0, 12)}` : '';
    const names = versions.map((v) => `${v.manifest.name} ${v.manifest.version}`).join('\n');
    return `promote ${versions.length} models${at}\n\n${names}`;
}

// EXTERNAL MODULE: ./src/registry/branch-registry.ts
var branch_registry = __webpack_require__(5479);
// EXTERNAL MODULE: ./src/registry/git-branch-store.ts
var git_branch_store = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/cli/production.ts




/**
 * The registry branch, local (else origin's), read through the source's open `git cat-file --batch`, not a
 * process per entry.
 */
function registryStore(ctx) {
    return new git_branch_store/* GitBranchStore */.S(ctx.git, ctx.options.registryBranch, 'origin', ctx.source);
}
/**
 * Production for this command. base: the commit `check` compares with; only the `base` backend reads it
 * (the other commands never read a baseline of it). Acceptances live on the registry branch. The GTO backend's
 * code is imported only when it is the one asked for: the others never load it.
 */
async function openProduction(ctx, base = 'HEAD') {
    const { options } = ctx;
    const branch = new BranchProduction(new branch_registry.BranchRegistry(registryStore(ctx)));
    if (options.registry === 'base')
        return new BaseCommitBaselines(ctx.source, base, options.manifests, branch);
    if (options.registry === 'gto') {
        const [{ GitTagStore }, { GtoProduction }, { GtoRegistry }] = await Promise.all([
            __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 6554)),
            __webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 339)),
            __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 4458)),
        ]);
        const tags = new GtoRegistry(new GitTagStore(ctx.git), ctx.source, options.productionStage, options.manifests);
        return new GtoProduction(tags, branch, ctx.source, options.manifests);
    }
    return branch;
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


/***/ }),

/***/ 2494:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ commitFiles),
  D: () => (/* binding */ identity)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/identity.ts
/** Who Model Gate writes as when no person is named: registry commits without a git identity, GTO tags by default. */
const BOT_IDENTITY = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' };

;// CONCATENATED MODULE: ./src/registry/git-branch-batch.ts
/**
 * Many files in one registry commit, with git plumbing and one process per step whatever the number of
 * files: the blobs written by one `hash-object --stdin-paths`, the tree by one `update-index --index-info` in a
 * private index. Like GitBranchStore.commitFile, it does not move the branch: swap does.
 */




async function commitFiles(git, parent, files, message) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-gate-batch-'));
    try {
        const paths = [...files.keys()];
        const local = paths.map((_, i) => (0,external_node_path_.join)(dir, `blob-${i}`));
        await Promise.all(paths.map((p, i) => (0,promises_.writeFile)(local[i], files.get(p) ?? '')));
        const blobs = (await git.text(['hash-object', '-w', '--stdin-paths'], { input: local.join('\n') + '\n' }))
            .split('\n')
            .filter(Boolean);
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        await git.run(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env });
        const info = paths.map((p, i) => `100644 ${blobs[i] ?? ''}\t${p}`).join('\n') + '\n';
        await git.run(['update-index', '--index-info'], { env, input: info });
        const tree = await git.line(['write-tree'], { env });
        const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
        return await git.line(args, { env: await identity(git) });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** git's identity when one is configured, else Model Gate's (CI machines often have none). */
async function identity(git) {
    const [committer, author] = await Promise.all([
        git.run(['var', 'GIT_COMMITTER_IDENT'], { okCodes: [128] }),
        git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] }),
    ]);
    if (committer.code === 0 && author.code === 0)
        return {};
    return {
        GIT_AUTHOR_NAME: BOT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
        GIT_COMMITTER_NAME: BOT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
    };
}


/***/ }),

/***/ 2088:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ GitBranchStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4692);
/* harmony import */ var _git_branch_batch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2494);
/**
 * The registry branch in a local repository, written with plumbing: a blob, a tree built in a private
 * index file, a commit, and `git update-ref` with the expected old value. The branch is never checked out,
 * and the work tree and the user's index are never touched.
 */





const ZERO = '0000000000000000000000000000000000000000';
class GitBranchStore {
    git;
    branch;
    remote;
    reader;
    identity;
    constructor(git, branch, remote = 'origin', 
    /** Without one, each read is its own `git cat-file blob`. */
    reader) {
        this.git = git;
        this.branch = branch;
        this.remote = remote;
        this.reader = reader;
    }
    /**
     * The local branch, else origin's: both asked at once (one round trip of the batch reader); origin's answer,
     * even a failure, counts only when there is no local branch.
     */
    async tip() {
        const tracking = this.git.refExists(`refs/remotes/${this.remote}/${this.branch}`);
        tracking.catch(() => undefined);
        const local = await this.git.refExists(`refs/heads/${this.branch}`);
        if (local)
            return { parent: local, expected: local };
        const remote = await tracking;
        return remote ? { parent: remote } : {};
    }
    /** Entries about to be read at a commit: the batch reader asks them together (by blob id). */
    prefetch(commit, paths) {
        return this.reader?.prefetchBlobs?.(commit, paths, _core_registry_js__WEBPACK_IMPORTED_MODULE_3__.REGISTRY_LIMITS.maxBytes) ?? Promise.resolve();
    }
    async readFile(commit, path) {
        if (this.reader) {
            return this.reader.readBlob(commit, path, _core_registry_js__WEBPACK_IMPORTED_MODULE_3__.REGISTRY_LIMITS.maxBytes, `${this.branch}:${path}`);
        }
        const r = await this.git.run(['cat-file', 'blob', `${commit}:${path}`], { okCodes: [128] });
        return r.code === 0 ? r.stdout.toString('utf8') : undefined;
    }
    async commitFile(parent, path, content, message) {
        const blob = await this.git.line(['hash-object', '-w', '--stdin'], { input: content });
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'model-gate-index-'));
        try {
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index') };
            if (parent)
                await this.git.run(['read-tree', parent], { env });
            else
                await this.git.run(['read-tree', '--empty'], { env });
            await this.git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
            const tree = await this.git.line(['write-tree'], { env });
            const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
            return await this.git.line(args, { env: await this.identityEnv() });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    commitFiles(parent, files, message) {
        return (0,_git_branch_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .commitFiles */ .z)(this.git, parent, files, message);
    }
    async swap(expected, next) {
        const r = await this.git.run(['update-ref', `refs/heads/${this.branch}`, next, expected ?? ZERO], {
            okCodes: [1, 128],
        });
        return r.code === 0;
    }
    async identityEnv() {
        this.identity ??= await (0,_git_branch_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .identity */ .D)(this.git);
        return this.identity;
    }
}


/***/ })

};

export const id = 891;
export const ids = [891];
export const modules = {

/***/ 4891:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/report/markdown.ts + 1 modules
var markdown = __webpack_require__(8606);
// EXTERNAL MODULE: ./src/core/compare.ts + 2 modules
var compare = __webpack_require__(9344);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/policy-diff.ts
var policy_diff = __webpack_require__(4797);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/gate/targets.ts + 1 modules
var gate_targets = __webpack_require__(8321);
// EXTERNAL MODULE: ./src/gate/concurrency.ts
var concurrency = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/gate/metric-budget.ts
var metric_budget = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/gate/policy-file.ts
var policy_file = __webpack_require__(6024);
;// CONCATENATED MODULE: ./src/gate/policy-change.ts




/** A policy file deleted (or moved away) at the head proposes the built-in defaults. */
async function proposedPolicy(source, at, changed, inForce) {
    const path = at.policyPath;
    const paths = (0,policy_file/* policyPaths */.f)(path);
    const touches = (p) => p !== undefined && paths.includes(p);
    if (!changed.some((f) => touches(f.path) || touches(f.previousPath)))
        return { errors: [] };
    try {
        const found = await (0,policy_file/* findPolicy */.i)(source, at.head, path);
        const proposed = found.text === undefined ? policy/* DEFAULT_POLICY */.zj : (0,policy/* parsePolicy */.ON)(found.text, found.path);
        return { diff: (0,policy_diff/* diffPolicies */.wR)(inForce, proposed), errors: [] };
    }
    catch (error) {
        return { errors: [error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz({ file: path }, (0,diagnostics/* errorMessage */.gJ)(error))] };
    }
}

// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/gate/params-drift.ts
var params_drift = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/gate/baseline-warning.ts
var baseline_warning = __webpack_require__(825);
// EXTERNAL MODULE: ./src/gate/resolve-references.ts
var resolve_references = __webpack_require__(7118);
;// CONCATENATED MODULE: ./src/gate/check.ts
/**
 * The check, as one story: which manifests changed, what policy the base sets, what production is, and how
 * each candidate compares. Everything from the head is untrusted; the policy comes from the base only.
 */
















async function runCheck(deps, options) {
    const { source } = deps;
    const isManifest = (0,glob/* pathMatcher */.kZ)(options.manifests);
    const limit = options.concurrency ?? 8;
    const all = await source.changedFiles(options.base, options.head);
    // The policy and the manifests of the head are read side by side: neither needs the other.
    const policyRead = readPolicies(source, options, all, isManifest);
    const { registeredVersion } = registrationsAt(deps.baselines, options.head);
    const headRead = (0,gate_targets/* manifestsTouched */.li)({
        source,
        base: options.base,
        head: options.head,
        changed: all,
        isManifest,
        limit,
        implicitModels: (files) => (0,implicit_manifest/* implicitModelsAt */.rT)(source, options.head, files, limit, registeredVersion),
    });
    const [policyState, headState] = await Promise.allSettled([policyRead, headRead]);
    // A failure of the policy's read comes first, as when it was read first.
    if (policyState.status === 'rejected')
        throw policyState.reason;
    if (headState.status === 'rejected')
        throw headState.reason;
    const { policy, errors: policyErrors, proposal } = policyState.value;
    const proposedErrors = proposal.errors;
    const head = headState.value;
    const targets = (0,gate_targets/* findTargets */.q8)(all, head, isManifest);
    const ctx = { deps, options, policy, head };
    await prefetchTargets(ctx, targets);
    const loaded = await loadTargets(ctx, targets, limit);
    const checked = await (0,concurrency/* mapLimit */.s)(loaded, limit, (item) => guard(item.target.path, async () => item.kind === 'version' ? compareCandidate(ctx, item) : item.report));
    const models = checked.filter((m) => m !== undefined);
    const errors = [...policyErrors, ...proposedErrors];
    const report = {
        // With no model to check, a broken policy is reported but does not block (a required check never hangs,
        // and the pull request that fixes the policy must be able to pass).
        verdict: (0,policy_diff/* withPolicyChanges */.kh)(models.length === 0 && proposedErrors.length === 0
            ? 'skip'
            : errors.length
                ? 'fail'
                : (0,compare/* runVerdict */.ZH)(models), proposal.diff),
        models,
        policySource: policyErrors.length
            ? `${options.policyPath} (invalid: built-in defaults used)`
            : policy.source,
        base: options.base,
        head: options.head,
        errors,
        ...(proposal.diff ? { policyChanges: proposal.diff } : {}),
    };
    return { report, policy, changed: all };
}
/**
 * The first read phase, announced at once: the policy at the base (and at the head, when the change touches
 * it) and every changed manifest at the head and, under its previous path, at the base.
 */
/**
 * The base's policy, which the check uses, and the one the head proposes: a pull request that changes the policy
 * cannot loosen its own gate, but it must not break every later one, and what it loosens is shown (and warned
 * about).
 */
async function readPolicies(source, options, all, isManifest) {
    await prefetchChanged(source, options, all, isManifest);
    const loaded = await loadPolicy(source, options.base, options.policyPath);
    return { ...loaded, proposal: await proposedPolicy(source, options, all, loaded.policy) };
}
async function prefetchChanged(source, options, all, isManifest) {
    if (!source.prefetch)
        return;
    const policy = (0,policy_file/* policyPaths */.f)(options.policyPath);
    const manifests = all.filter((f) => isManifest(f.path) || (f.previousPath && isManifest(f.previousPath)));
    const atHead = manifests.filter((f) => f.status !== 'removed').map((f) => f.path);
    if (all.some((f) => policy.includes(f.path)))
        atHead.push(...policy);
    const atBase = [...policy, ...manifests.map((f) => f.previousPath ?? f.path)];
    await Promise.all([source.prefetch(options.base, atBase), source.prefetch(options.head, atHead)]);
}
/** The second read phase, announced at once: every file the manifests point to, and production of each model. */
async function prefetchTargets(ctx, targets) {
    const { source, baselines } = ctx.deps;
    const manifests = targets.flatMap((t) => {
        const manifest = t.kind === 'removed' ? undefined : ctx.head.byPath.get(t.path)?.manifest;
        return manifest ? [manifest] : [];
    });
    if (!manifests.length)
        return;
    await Promise.all([
        source.prefetch?.(ctx.options.head, manifests.flatMap(resolve_references/* referencedFiles */.R)),
        baselines.prefetch?.([...new Set(manifests.map((m) => m.name))]),
    ]);
}
/**
 * The version GTO registered for a model at a commit (`NAME@vX.Y.Z` on it, not deregistered), with GTO
 * production; none with the other backends. The tags cannot be read: the commit label, the baseline lookup
 * then says what is wrong.
 */
function registrationsAt(baselines, commit) {
    const { history } = baselines;
    if (baselines.stage === undefined || !history)
        return {};
    const registeredVersion = async (name) => {
        const found = await history.call(baselines, name).catch(() => undefined);
        if (found?.kind !== 'stages')
            return undefined;
        return found.model.versions.find((v) => v.registered && v.active && v.commit === commit)?.version;
    };
    return { registeredVersion };
}
/** Any failure while handling one model becomes that model's error; the run goes on. */
async function guard(path, fn) {
    try {
        return await fn();
    }
    catch (error) {
        return failedModel(path, error);
    }
}
function failedModel(path, error) {
    const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
    return (0,compare/* invalidModel */.V8)(path, [e]);
}
async function loadPolicy(source, base, path) {
    try {
        const found = await (0,policy_file/* findPolicy */.i)(source, base, path);
        if (found.text === undefined)
            return { policy: policy/* DEFAULT_POLICY */.zj, errors: [] };
        return { policy: (0,policy/* parsePolicy */.ON)(found.text, found.path), errors: [] };
    }
    catch (error) {
        const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
        return { policy: policy/* DEFAULT_POLICY */.zj, errors: [e] };
    }
}
/**
 * Every target read, in path order, within the run's metric budget: a model past it is an error, and once the
 * budget is spent later models are refused without being read.
 */
async function loadTargets(ctx, targets, limit) {
    const budget = new metric_budget/* MetricBudget */.sl(ctx.policy.metricsPerRun);
    const refuse = (target, name) => ({
        kind: 'report',
        target,
        report: (0,compare/* invalidModel */.V8)(target.path, [budget.error(target.path)], name),
    });
    const loaded = await (0,concurrency/* mapLimit */.s)(targets, limit, async (target) => {
        if (budget.exhausted())
            return refuse(target);
        const item = await loadTarget(ctx, target).catch((error) => ({
            kind: 'report',
            target,
            report: failedModel(target.path, error),
        }));
        budget.record(metricCount(item));
        return item;
    });
    const refused = budget.refused(loaded.map(metricCount));
    return loaded.map((item, i) => refused[i]
        ? refuse(item.target, item.kind === 'version' ? item.version.manifest.name : item.report?.name)
        : item);
}
function metricCount(item) {
    return item.kind === 'version' ? item.version.metrics.size : 0;
}
async function loadTarget(ctx, target) {
    const report = (r) => ({ kind: 'report', target, report: r });
    if (target.kind === 'removed')
        return report(await removedTarget(ctx, target));
    const at = ctx.head.byPath.get(target.path);
    if (!at?.manifest) {
        const errors = at?.errors ?? [new diagnostics/* InputError */.dz({ file: target.path }, 'file not found at head')];
        return report((0,compare/* invalidModel */.V8)(target.path, errors, at?.name));
    }
    const manifest = at.manifest;
    const name = manifest.name;
    const renamedFrom = target.manifestChanged ? await previousName(ctx, target, name) : undefined;
    const problems = [
        ...duplicateErrors(ctx.head.byName.get(name) ?? [], manifest),
        ...target.deleted.map((r) => new diagnostics/* InputError */.dz({ file: target.path, ...(r.line ? { line: r.line } : {}) }, `${r.key} references ${r.path}, which this change deletes`)),
    ];
    if (problems.length)
        return report((0,compare/* invalidModel */.V8)(target.path, problems, name));
    const { head } = ctx.options;
    const read = (p) => ctx.deps.source.readFile(head, p);
    const loaded = await (0,model_version/* versionOf */.E4)(manifest, read);
    if (!loaded.ok)
        return report((0,compare/* invalidModel */.V8)(target.path, loaded.errors, name));
    const drift = at.recordedParams ? await (0,params_drift/* paramsDrift */.w)(at.recordedParams, read) : undefined;
    if (drift?.errors.length)
        return report((0,compare/* invalidModel */.V8)(target.path, drift.errors, name));
    return {
        kind: 'version',
        target,
        version: loaded.version,
        ...(renamedFrom ? { renamedFrom } : {}),
        ...(drift?.warnings.length ? { warnings: drift.warnings } : {}),
    };
}
/**
 * The model's name at the base, when the change renames it (same path, or a move, with another name). A base
 * manifest whose first line is `name: NAME` (the name at the head) is not parsed: its name is NAME or none at
 * all (a second `name` key is a duplicate, a continuation line puts a space in it, a number or null is not a
 * name, and nothing before the first line can change how it reads), so it is no rename either way.
 */
async function previousName(ctx, target, name) {
    const { source } = ctx.deps;
    const path = target.previousPath ?? target.path;
    const text = /^0+$/.test(ctx.options.base) ? undefined : await source.readFile(ctx.options.base, path);
    if (text === undefined || text.startsWith(`name: ${name}\n`))
        return undefined;
    const old = (0,gate_targets/* manifestAt */.ZG)(path, text).name;
    return old !== undefined && old !== name ? old : undefined;
}
/** Two manifests declaring one model: which one is the model is ambiguous, so neither is compared. */
function duplicateErrors(paths, manifest, where = 'head') {
    if (paths.length < 2)
        return [];
    const line = manifest.lineOf(['name']);
    return [
        new diagnostics/* InputError */.dz({ file: manifest.file, ...(line ? { line } : {}) }, `model '${manifest.name}' is declared by more than one manifest at the ${where}: ${paths.join(' and ')}`),
    ];
}
/**
 * Production's manifest still declaring the model at its own path, beside the candidate at another path:
 * a copy, not a move. Found through the path production records, so it costs one read.
 */
async function staleCopy(ctx, target, candidate, baseline) {
    const path = baseline.path;
    if (!path || (0,implicit_manifest/* isImplicitPath */.jf)(path) || path === target.path || path === target.previousPath)
        return [];
    const other = ctx.head.byPath.get(path) ?? (await (0,gate_targets/* readManifestAt */.HB)(ctx.deps.source, ctx.options.head, path));
    if (other?.name !== candidate.manifest.name)
        return [];
    return duplicateErrors([path, target.path].sort(), candidate.manifest);
}
/** A removed manifest: listed (with its production, if any), unless a changed manifest now declares it. */
async function removedTarget(ctx, target) {
    const at = await (0,gate_targets/* readManifestAt */.HB)(ctx.deps.source, ctx.options.base, target.path);
    const name = at?.name ?? target.path;
    if (at?.name !== undefined && ctx.head.byName.has(at.name))
        return undefined; // moved
    const lookup = at?.name ? await ctx.deps.baselines.baseline(at.name, target.path) : undefined;
    const production = lookup?.kind === 'found' ? lookup.baseline.manifest.version : undefined;
    return (0,compare/* removedModel */.Y5)(target.path, name, production ?? at?.manifest?.version, production !== undefined);
}
async function compareCandidate(ctx, { target, version: candidate, renamedFrom, warnings }) {
    const { baselines, acceptances } = ctx.deps;
    const name = candidate.manifest.name;
    const lookup = await baselines.baseline(renamedFrom ?? name, target.path, target.previousPath);
    if (lookup.kind === 'error')
        return (0,compare/* invalidModel */.V8)(target.path, [lookup.error], name);
    const baseline = lookup.kind === 'found' ? lookup.baseline : undefined;
    const baselineWarnings = baselineProblems(ctx, lookup, target.path);
    const copies = baseline ? await staleCopy(ctx, target, candidate, baseline) : [];
    if (copies.length)
        return (0,compare/* invalidModel */.V8)(target.path, copies, name);
    // Production's digest is hashed once: the acceptance lookup and the report share it.
    const digest = baseline ? (0,compare/* baselineDigest */.E8)(baseline) : undefined;
    const acceptance = acceptances
        ? (0,registry.acceptanceFor)(await acceptances.entry(name), ctx.options.acceptanceSha ?? ctx.options.head, candidate.manifest.version, digest ?? registry.NO_PRODUCTION)
        : undefined;
    return (0,compare/* compareModel */.l0)({
        candidate,
        ...(baseline && digest ? { baseline, baselineDigest: digest } : {}),
        policy: ctx.policy,
        ...(acceptance ? { acceptance } : {}),
        ...(renamedFrom ? { renamedFrom } : {}),
        checkedBecause: target.because,
        ...(baselineWarnings.length ? { baselineWarnings } : {}),
        ...(warnings?.length ? { candidateWarnings: warnings } : {}),
    });
}
/** Production that exists but cannot be compared: warned about, the candidate compared as new. */
function baselineProblems(ctx, lookup, path) {
    if (lookup.kind === 'none')
        return lookup.warning ? [lookup.warning] : [];
    if (lookup.kind !== 'found' || lookup.baseline.metrics.size > 0)
        return [];
    const { manifest, source } = lookup.baseline;
    return [(0,baseline_warning/* noRecordedMetrics */.l)(manifest.version, source, path, (0,baseline_warning/* backendOf */.E)(ctx.deps.baselines.description))];
}

// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
// EXTERNAL MODULE: ./src/cli/check-start.ts
var check_start = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/cli/production.ts + 2 modules
var cli_production = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/cli/render.ts + 2 modules
var render = __webpack_require__(289);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
;// CONCATENATED MODULE: ./src/cli/missing-registry.ts

async function saidOutLoud(ctx, production, report) {
    const branch = await production.missingRegistry?.();
    if (branch === undefined)
        return report;
    const said = (0,fail_on/* withMissingRegistry */.SS)(report, branch, ctx.options.failOn);
    if (said.registryMissing && ctx.options.format !== 'text') {
        ctx.err(`model-gate: ${(0,fail_on/* registryMissingMessage */.Fs)(branch)}\n`);
    }
    return said;
}

;// CONCATENATED MODULE: ./src/cli/commands/check.ts
/** `model-gate check`: the pull-request gate, over two refs of a local checkout. */










/** commits: what main started asking before this code loaded (startCheck), else asked now. */
async function check(ctx, commits = (0,check_start/* startCheck */.b)(ctx)) {
    const { options } = ctx;
    if (ctx.options.positionals.length)
        throw new args/* UsageError */.eb(`check takes no arguments (got '${options.positionals[0]}')`);
    const { head, base } = await commits;
    const production = await (0,cli_production/* openProduction */.k)(ctx, base);
    const checked = await runCheck({ source: ctx.source, baselines: production, acceptances: production }, { base, head, manifests: options.manifests, policyPath: options.policy });
    const report = await saidOutLoud(ctx, production, checked.report);
    const now = new Date(ctx.now());
    for (const part of (0,render/* renderParts */.R)(report, options.format, { color: ctx.color === true, now })) {
        ctx.out(part);
        await ctx.drained?.();
    }
    if (options.markdownFile !== undefined) {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(options.cwd, options.markdownFile), (0,markdown/* renderMarkdown */.G)(report, { now }));
    }
    return (0,fail_on/* failsOn */.Hu)(report.verdict, options.failOn.level) ? 1 : 0;
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

/***/ 825:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backendOf),
/* harmony export */   l: () => (/* binding */ noRecordedMetrics)
/* harmony export */ });
/* harmony import */ var _implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5096);
/**
 * Production that exists but has nothing to compare with (a repository adopting Model Gate: GTO's production
 * commit has no manifest, or a DVC project's metrics are not in git): a warning, with the command that fixes
 * it, never an error on the candidate.
 */

function backendOf(description) {
    if (description.startsWith('GTO'))
        return 'gto';
    if (description.startsWith('the base commit'))
        return 'base';
    return 'branch';
}
/** "production v3.0.0 has no recorded metrics (why): no metric is compared; how to fix it". */
function noRecordedMetrics(version, why, candidatePath, backend) {
    return `production ${version} has no recorded metrics (${why}): no metric is compared; ${fixFor(candidatePath, backend)}`;
}
function fixFor(path, backend) {
    if ((0,_implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .isImplicitPath */ .jf)(path)) {
        return `write a model.yaml for it beside ${path.slice(0, path.lastIndexOf(':'))} with its metrics (docs/dvc-and-gto.md), then promote it`;
    }
    if (backend === 'base')
        return `production gets metrics once ${path} with metrics is merged`;
    const registry = backend === 'gto' ? ' --registry gto' : '';
    return `after merging, \`model-gate promote ${path}${registry}\` records this version, with its metrics, as production`;
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

export const id = 533;
export const ids = [533];
export const modules = {

/***/ 4533:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/* harmony import */ var _core_reason_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4179);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(363);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4251);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5770);
/** `model-gate rollback NAME [--to VERSION] --reason TEXT`: production back to an earlier version. */





async function rollback(ctx) {
    const [name, ...rest] = ctx.options.positionals;
    if (name === undefined || rest.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('rollback needs exactly one model NAME');
    const problem = (0,_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(name);
    if (problem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model name '${name}' ${problem}`);
    const reason = ctx.options.reason?.trim();
    if (!reason)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('rollback needs --reason TEXT: the history records why');
    const tooLong = (0,_core_reason_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonProblem */ .Ge)(reason);
    if (tooLong)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${tooLong} (--reason)`);
    const production = await (0,_production_js__WEBPACK_IMPORTED_MODULE_4__/* .openProduction */ .k)(ctx);
    if (production.fixed) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('with --registry base, production is the base commit itself: revert the commit instead');
    }
    const result = await production.rollback(name, {
        ...(ctx.options.to ? { to: ctx.options.to } : {}),
        reason,
        actor: await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .actor */ .eN)(ctx),
        at: ctx.now(),
    });
    ctx.out(rolledBackLine(result, ctx.options.registryBranch, production.stage));
    return 0;
}
/** With a stage (GTO), the tag written; else the registry branch's commit. */
function rolledBackLine(r, branch, stage) {
    if (stage !== undefined) {
        return r.outcome === 'current'
            ? `${r.model} ${r.version} is already in stage ${stage}: no tag written\n`
            : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (tag ${r.written.join(', ')})\n`;
    }
    return r.outcome === 'current'
        ? `${r.model} ${r.version} is already production: nothing written\n`
        : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (${branch} ${r.written[0]?.slice(0, 12) ?? ''})\n`;
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

export const id = 771;
export const ids = [771,735];
export const modules = {

/***/ 2844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ openProduction)
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
        return Promise.reject(new registry/* RegistryError */.gl('production is the base commit itself: there is nothing to promote'));
    }
    rollback() {
        return Promise.reject(new registry/* RegistryError */.gl('production is the base commit itself: revert the commit instead'));
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
                    error: new registry/* RegistryError */.gl(`'${model}' is promoted twice in one batch`),
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
        return (0,registry/* applyPromote */.Zu)(entry, manifest.name, event);
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
            replayed = (0,registry/* rollbackByRun */.tu)(entry, request.run);
            outcome = replayed ? 'replayed' : 'rolled-back';
            if (replayed && entry)
                return entry;
            target ??= (0,registry/* rollbackTarget */.es)(entry, name);
            const next = (0,registry/* applyRollback */.Pw)(entry, name, { ...request, to: target });
            if (next === entry)
                outcome = 'current';
            return next;
        }, `rollback ${name}${request.to ? ` to ${request.to}` : ''}: ${request.reason}`);
        const production = result.entry.production;
        if (outcome === 'current' && production)
            return this.current(name, request, production);
        const event = replayed ?? (outcome === 'rolled-back' ? result.entry.history.at(-1) : undefined);
        if (!event?.manifest)
            throw new registry/* RegistryError */.gl(`the rollback of '${name}' was not recorded`);
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
        const file = `${this.registry.branch}:${(0,registry/* registryPath */.Tt)(name)}`;
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
        await this.registry.update(name, (entry) => (0,registry/* applyAccept */.tF)(entry, name, event), `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`);
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

// EXTERNAL MODULE: ./src/gate/concurrency.ts
var gate_concurrency = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/gate/retry.ts
var gate_retry = __webpack_require__(7229);
;// CONCATENATED MODULE: ./src/registry/branch-registry.ts
/**
 * The `branch` registry: `registry/<name>.json` files on the `model-registry` branch. Reads are plain
 * reads of the tip; every write is read-modify-write with a compare-and-swap of the branch ref, retried
 * with backoff and jitter, so concurrent promotions never lose an entry.
 */





class RegistryConflictError extends Error {
    constructor(branch, attempts) {
        super(`gave up after ${attempts} attempts: ${branch} kept moving under concurrent writes`);
        this.name = 'RegistryConflictError';
    }
}
class BranchRegistry {
    store;
    retry;
    description;
    branch;
    /** Reads within one run see one tip of the branch; writes always read it afresh. */
    readTip;
    /**
     * The entries read at readTip, each read and parsed once however often it is asked for (a check asks for
     * the baseline and the acceptances of every model). Dropped with readTip when a write moves the branch.
     */
    entries = new Map();
    constructor(store, retry = gate_retry/* COMPARE_AND_SWAP */.Ko) {
        this.store = store;
        this.retry = retry;
        this.branch = store.branch;
        this.description = `the ${store.branch} registry branch`;
    }
    /** Whether the branch exists (for the CLI, locally or as origin's), as this run reads it. */
    async exists() {
        this.readTip ??= this.store.tip();
        return (await this.readTip).parent !== undefined;
    }
    /** The model's entry at the tip; undefined when the model or the branch does not exist yet. */
    entry(name) {
        let entry = this.entries.get(name);
        if (!entry) {
            this.readTip ??= this.store.tip();
            const tip = this.readTip;
            entry = tip.then(({ parent }) => (parent ? this.readAt(parent, name) : undefined));
            this.entries.set(name, entry);
        }
        return entry;
    }
    /** The entries of these models are about to be read: the store fetches them together, if it can. */
    async prefetch(names) {
        if (!this.store.prefetch)
            return;
        this.readTip ??= this.store.tip();
        const parent = await this.readTip.then((t) => t.parent).catch(() => undefined);
        if (parent)
            await this.store.prefetch(parent, names.map(registry/* registryPath */.Tt));
    }
    async readAt(commit, name) {
        const path = (0,registry/* registryPath */.Tt)(name);
        const text = await this.store.readFile(commit, path);
        if (text === undefined)
            return undefined;
        return (0,registry/* parseRegistryEntry */.nJ)(text, `${this.store.branch}:${path}`);
    }
    async baseline(name) {
        const file = `${this.store.branch}:${(0,registry/* registryPath */.Tt)(name)}`;
        try {
            const entry = await this.entry(name);
            const production = entry?.production;
            if (!entry || !production)
                return { kind: 'none' };
            return {
                kind: 'found',
                baseline: {
                    manifest: (0,model_version/* manifestFromSnapshot */.OG)(production.manifest, file),
                    metrics: (0,model_version/* metricsFromRecord */.pb)(production.metrics, file),
                    source: this.store.branch,
                    promoted: { event: production.event, actor: production.actor, at: production.since },
                    history: (0,registry/* productionHistory */.mt)(entry),
                    ...(production.commit ? { commit: production.commit } : {}),
                    ...(production.path ? { path: production.path } : {}),
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file });
            return { kind: 'error', error: e };
        }
    }
    /**
     * Apply change to the model's entry and commit it. change is called again on every retry with the
     * entry as it is then, so every decision it takes is taken against the entry of that attempt (it may ask
     * questions, e.g. of commit ancestry, but must not depend on anything read before). Returning the same
     * object writes nothing.
     */
    async update(name, change, message) {
        return (0,gate_retry/* withBackoff */.Dc)(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const current = tip.parent ? await this.readAt(tip.parent, name) : undefined;
            const next = await change(current);
            if (next === current && current !== undefined)
                return { entry: current, attempts: attempt };
            // The file keeps the newest events (compactEntry); the older ones stay in the branch's git log.
            const text = (0,registry/* serializeEntry */.d$)((0,registry/* compactEntry */.ST)(next));
            if (Buffer.byteLength(text) > registry/* REGISTRY_LIMITS */.Vb.maxBytes) {
                throw new registry/* RegistryError */.gl(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${registry/* REGISTRY_LIMITS */.Vb.maxBytes}: nothing was written`);
            }
            const commit = await this.store.commitFile(tip.parent, (0,registry/* registryPath */.Tt)(name), text, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return gate_retry/* LOST */.Rj;
            this.readTip = undefined;
            this.entries = new Map();
            return { entry: next, commit, attempts: attempt };
        }, (attempts) => new RegistryConflictError(this.store.branch, attempts));
    }
    /**
     * update for many models in one commit: one compare-and-swap of the branch for them all. Each change is
     * called again on every attempt with its entry as that attempt reads it, as update does. A model whose
     * entry cannot be read, whose change throws or whose entry would be over the size limit gets its error and
     * is left out of the commit; the others are written. Nothing is written when no entry changed.
     */
    async updateMany(changes, message, concurrency = 8) {
        return (0,gate_retry/* withBackoff */.Dc)(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const read = await this.sameTipAsReads(tip);
            const outcomes = await (0,gate_concurrency/* mapLimit */.s)(changes, concurrency, async ({ name, change }) => {
                try {
                    const current = !tip.parent
                        ? undefined
                        : read
                            ? await this.entry(name)
                            : await this.readAt(tip.parent, name);
                    const next = await change(current);
                    if (next === current && current !== undefined)
                        return { name, entry: current, changed: false };
                    const text = (0,registry/* serializeEntry */.d$)((0,registry/* compactEntry */.ST)(next));
                    if (Buffer.byteLength(text) > registry/* REGISTRY_LIMITS */.Vb.maxBytes) {
                        throw new registry/* RegistryError */.gl(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${registry/* REGISTRY_LIMITS */.Vb.maxBytes}: nothing was written`);
                    }
                    return { name, entry: next, changed: true, text };
                }
                catch (error) {
                    return { name, error };
                }
            });
            const files = new Map();
            for (const o of outcomes)
                if ('text' in o && o.text !== undefined)
                    files.set((0,registry/* registryPath */.Tt)(o.name), o.text);
            const results = outcomes.map((o) => 'error' in o
                ? { ok: false, name: o.name, error: o.error }
                : { ok: true, name: o.name, entry: o.entry, changed: o.changed });
            if (!files.size)
                return { results, attempts: attempt };
            const commit = await this.store.commitFiles(tip.parent, files, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return gate_retry/* LOST */.Rj;
            this.readTip = undefined;
            this.entries = new Map();
            return { results, commit, attempts: attempt };
        }, (attempts) => new RegistryConflictError(this.store.branch, attempts));
    }
    /** True when tip is the one this run's reads see, so an entry read there is the entry at tip. */
    async sameTipAsReads(tip) {
        if (!this.readTip || !tip.parent)
            return false;
        const read = await this.readTip.catch(() => undefined);
        return read?.parent === tip.parent;
    }
}

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/github/git-data-batch.ts

/** Inline a file's content in the tree request up to this size, and up to this much in one request. */
const INLINE_LIMITS = { fileBytes: 1024 * 1024, requestBytes: 8 * 1024 * 1024 };
async function createFilesCommit(api, repo, parent, files, message) {
    const tree = [];
    let inline = 0;
    for (const [path, content] of files) {
        const bytes = Buffer.byteLength(content);
        if (bytes <= INLINE_LIMITS.fileBytes && inline + bytes <= INLINE_LIMITS.requestBytes) {
            inline += bytes;
            tree.push({ path, mode: '100644', type: 'blob', content });
        }
        else {
            const blob = await api.rest.git.createBlob({
                ...repo,
                content: Buffer.from(content).toString('base64'),
                encoding: 'base64',
            });
            tree.push({ path, mode: '100644', type: 'blob', sha: blob.data.sha });
        }
    }
    const baseTree = parent ? await (0,git_data/* commitTree */.SC)(api, repo, parent) : undefined;
    const created = await api.rest.git.createTree({
        ...repo,
        ...(baseTree ? { base_tree: baseTree } : {}),
        tree,
    });
    const commit = await api.rest.git.createCommit({
        ...repo,
        message,
        tree: created.data.sha,
        parents: parent ? [parent] : [],
    });
    return commit.data.sha;
}

;// CONCATENATED MODULE: ./src/registry/github-branch-store.ts
/**
 * The registry branch through the Git Data API: blob, tree, commit, then a ref update without force. A
 * non-fast-forward answer (422) means another writer won the race; the registry retries. With a BlobReader
 * (the pull-request check) entries are read in GraphQL batches, and the first tip comes with its first batch.
 */




class GitHubBranchStore {
    api;
    repo;
    branch;
    blobs;
    /** The tip read with the first GraphQL batch, used by the first tip() only (a write reads it afresh). */
    firstTip;
    constructor(api, repo, branch, blobs) {
        this.api = api;
        this.repo = repo;
        this.branch = branch;
        this.blobs = blobs;
        this.firstTip = blobs?.ref(`refs/heads/${branch}`, { lazy: true });
    }
    async tip() {
        const first = this.firstTip;
        this.firstTip = undefined;
        if (first)
            this.blobs?.schedule();
        const read = first ? await first : null;
        const sha = read === null ? await (0,git_data/* getRefSha */.I0)(this.api, this.repo, `heads/${this.branch}`) : read;
        return sha ? { parent: sha, expected: sha } : {};
    }
    prefetch(commit, paths) {
        return this.blobs ? this.blobs.prefetch(commit, paths, 'raw') : Promise.resolve();
    }
    async readFile(commit, path) {
        const text = this.blobs
            ? await this.blobs.raw(commit, path)
            : await (0,git_data/* getRawFile */.PB)(this.api, this.repo, commit, path);
        if (text !== undefined && text.length > registry/* REGISTRY_LIMITS */.Vb.maxBytes) {
            throw new diagnostics/* InputError */.dz({ file: `${this.branch}:${path}` }, `registry entry is over ${registry/* REGISTRY_LIMITS */.Vb.maxBytes} bytes`);
        }
        return text;
    }
    commitFile(parent, path, content, message) {
        return (0,git_data/* createFileCommit */.gq)(this.api, this.repo, parent, path, content, message);
    }
    commitFiles(parent, files, message) {
        return createFilesCommit(this.api, this.repo, parent, files, message);
    }
    swap(expected, next) {
        return (0,git_data/* swapRef */.jU)(this.api, this.repo, `heads/${this.branch}`, expected, next);
    }
}

// EXTERNAL MODULE: ./src/github/client.ts + 20 modules
var client = __webpack_require__(9308);
;// CONCATENATED MODULE: ./src/registry/github-tag-store.ts


class GitHubTagStore {
    api;
    repo;
    defaultTagger;
    constructor(api, repo, defaultTagger) {
        this.api = api;
        this.repo = repo;
        this.defaultTagger = defaultTagger;
    }
    async list(filter) {
        const refs = await this.api.paginate(this.api.rest.git.listMatchingRefs, { ...this.repo, ref: 'tags/' });
        const wanted = refs
            .map((ref) => ({ ref, name: ref.ref.replace(/^refs\/tags\//, '') }))
            .filter(({ name }) => filter(name));
        // One tag object per annotated tag: read a few at a time.
        const read = await (0,gate_concurrency/* mapLimit */.s)(wanted, 8, async ({ ref, name }) => {
            if (ref.object.type !== 'tag')
                return { name, commit: ref.object.sha, createdAt: '', annotated: false };
            const { data } = await this.api.rest.git.getTag({ ...this.repo, tag_sha: ref.object.sha });
            if (data.object.type !== 'commit')
                return undefined;
            return {
                name,
                commit: data.object.sha,
                createdAt: new Date(data.tagger.date).toISOString(),
                message: data.message.trim(),
                annotated: true,
            };
        });
        return read.filter((t) => t !== undefined);
    }
    async create(tag) {
        const tagger = tag.tagger ?? this.defaultTagger;
        const { data } = await this.api.rest.git.createTag({
            ...this.repo,
            tag: tag.name,
            message: tag.message,
            object: tag.commit,
            type: 'commit',
            tagger: { ...tagger, date: new Date().toISOString() },
        });
        try {
            await this.api.rest.git.createRef({ ...this.repo, ref: `refs/tags/${tag.name}`, sha: data.sha });
            return true;
        }
        catch (error) {
            if ((0,client/* statusOf */.c2)(error) === 422)
                return false;
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/gto-production.ts

class GtoProduction {
    tags;
    acceptances;
    source;
    manifests;
    tagger;
    description;
    stage;
    constructor(tags, acceptances, source, manifests, 
    /** Who the tags written are by; git's configured identity when undefined. */
    tagger) {
        this.tags = tags;
        this.acceptances = acceptances;
        this.source = source;
        this.manifests = manifests;
        this.tagger = tagger;
        this.description = tags.description;
        this.stage = tags.stage;
    }
    baseline(name, candidatePath, previousPath) {
        return this.tags.baseline(name, candidatePath, previousPath);
    }
    entry(name) {
        return this.acceptances.entry(name);
    }
    accept(request) {
        return this.acceptances.accept(request);
    }
    async history(name) {
        const model = await this.tags.model(name);
        return model ? { kind: 'stages', model } : undefined;
    }
    /**
     * GTO keeps production in tags, one compare-and-swap per model: the versions are tagged model by model
     * (GTO's own format has no batch), each with its ordering decision taken against the tags of its attempt.
     */
    async promoteAll(versions, who, containedIn) {
        const commit = who.commit;
        if (!commit)
            throw new Error('a GTO promotion needs the commit the version comes from');
        const results = [];
        for (const version of versions) {
            try {
                const change = await this.tags.promote(version, commit, this.tagger, containedIn);
                results.push({
                    ok: true,
                    model: change.model,
                    version: change.version,
                    written: change.created,
                    ...(change.superseded ? { superseded: change.superseded } : {}),
                });
            }
            catch (error) {
                results.push({ ok: false, model: version.manifest.name, version: version.manifest.version, error });
            }
        }
        return results;
    }
    async rollback(name, request) {
        const change = await this.tags.rollback(name, request.to, request.reason, this.tagger, request.run);
        return {
            model: change.model,
            outcome: change.outcome ?? 'rolled-back',
            version: change.version,
            ...(change.from ? { from: change.from } : {}),
            commit: change.commit,
            written: change.created,
            actor: request.actor,
            reason: request.reason,
            versions: () => this.rollbackVersions(name, change.commit, change.from),
        };
    }
    /** The version restored, read from the manifest at its commit, and the version left, at the commit GTO has for it. */
    async rollbackVersions(name, commit, from) {
        const restored = await this.manifestAt(commit, name);
        const state = from === undefined ? undefined : await this.tags.model(name);
        const leftCommit = state?.versions.find((v) => v.version === from)?.commit;
        const left = leftCommit === undefined ? undefined : await this.manifestAt(leftCommit, name);
        return { ...(restored ? { restored } : {}), ...(left ? { left: { ...left, source: 'gto' } } : {}) };
    }
    /** The model's manifest at a commit, wherever it lives there. */
    async manifestAt(commit, name) {
        const found = await (0,model_version/* findModelVersion */.XN)(this.source, commit, name, this.manifests);
        return found?.ok ? found.version : undefined;
    }
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/gto/tags.ts
/**
 * GTO's tag grammar (iterative/gto): what a tag name says, and GTO's spelling of names and versions.
 *
 * - Tag grammar (gto/constants.py `tag_re`, gto/tag.py `TagTemplates`, `parse_name`):
 *   register `name@vX.Y.Z`, deregister `name@vX.Y.Z!`, assign `name#stage`, unassign `name#stage!`,
 *   deprecate `name@deprecated`; every form may end in an optional `#N` counter. Versions are 'v' + SemVer.
 *   Names and stages match `[a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?`. `name@created` matches the grammar but
 *   carries no action, so GTO cannot index it.
 * - Monorepo names (gto/constants.py `name_to_tag`, `tag_to_name`): the artifact `dir:name` is written
 *   `dir=name` in tag names; `dir` may hold letters, digits, '-', '_', '.', '/'.
 *
 * The state these tags fold into is in state.ts; writing new tags like GTO does, in write.ts.
 */

const NAME = names/* GTO_NAME */.lV;
const DIRNAME = String.raw `[a-zA-Z0-9_./-]+`;
const TAG_RE = new RegExp(String.raw `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>v${names/* SEMVER */.HX}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const STAGE_RE = new RegExp(`^${NAME}$`);
const HEXSHA_RE = /^[0-9a-fA-F]{40}$/;
const MAX_TAG_LENGTH = 1024;
const SEPARATOR_IN_NAME = ':';
const SEPARATOR_IN_TAG = '=';
/** The artifact name as it appears in tag names: `dir:name` becomes `dir=name`. */
function tags_tagSafeName(model) {
    return model.split(SEPARATOR_IN_NAME).join(SEPARATOR_IN_TAG);
}
/** The artifact name from the part of a tag name before `@` or `#`: `dir=name` becomes `dir:name`. */
function modelFromTagName(tagPart) {
    return tagPart.split(SEPARATOR_IN_TAG).join(SEPARATOR_IN_NAME);
}
/** Whether GTO accepts this artifact name (`name` or `dir:name`). */
function isGtoModelName(model) {
    return FULLNAME_RE.test(model);
}
/** Whether GTO accepts this stage name. */
function isGtoStageName(stage) {
    return STAGE_RE.test(stage);
}
/** GTO's spelling of a version: `3.1.0` and `v3.1.0` both give `v3.1.0`. Throws on anything that is not SemVer. */
function tags_toGtoVersion(version) {
    if (!(0,names/* parseSemVer */.IX)(version))
        throw new Error(`'${version}' is not a SemVer version (like 1.2.3 or v1.2.3)`);
    return version.startsWith('v') ? version : `v${version}`;
}
/** The tag name's parts; `parsed` is undefined for `name@created`, which matches the grammar but carries no action. */
function matchTag(name) {
    if (name.length > MAX_TAG_LENGTH)
        return undefined;
    const m = TAG_RE.exec(name);
    const artifact = m?.groups?.artifact;
    if (!m?.groups || artifact === undefined)
        return undefined;
    const { stage, version, cancel, special, counter: counterText } = m.groups;
    const model = modelFromTagName(artifact);
    const common = counterText === undefined ? { model } : { model, counter: Number(counterText) };
    const raw = (parsed) => ({
        ...common,
        parsed,
        created: parsed === undefined,
    });
    if (special === 'created')
        return raw(undefined);
    if (special === 'deprecated')
        return raw({ ...common, action: 'deprecate' });
    if (version !== undefined)
        return raw({ ...common, action: cancel === '!' ? 'deregister' : 'register', version });
    if (stage !== undefined)
        return raw({ ...common, action: cancel === '!' ? 'unassign' : 'assign', stage });
    return undefined;
}
/** Parse a GTO tag name; undefined for tags that are not GTO's (and for `name@created`, which GTO cannot index). */
function parseGtoTag(name) {
    return matchTag(name)?.parsed;
}

;// CONCATENATED MODULE: ./src/core/gto/state.ts
/**
 * GTO (iterative/gto) registry state derived from git tags, as one fold: a pure model of what `gto show` prints.
 *
 * Rules reproduced here, with the GTO source each one comes from:
 * - Only annotated tags count (gto/tag.py `find`: lightweight tags are dropped). Tags are ordered by tagger
 *   time in whole seconds; equal times keep the tag listing order, which is by name (gto/tag.py `find`).
 * - Indexing order (gto/registry.py `get_state`): deprecations, then every register/deregister tag, then
 *   every assign/unassign tag. So an assignment maps to a version registered on its commit even when that
 *   registration tag is newer than the assignment.
 * - An assignment or unassignment tag maps to the version registered (or deregistered) on the commit it points
 *   to; with none, to a version named by the commit hash (gto/tag.py `index_tag`, gto/base.py
 *   `Artifact.find_version`). Two versions on one commit make GTO fail (ManyVersions).
 * - A version is active while its newest register/deregister event is a registration (gto/base.py
 *   `Version.is_active`); a stage is active on a version while its newest event there is an assignment
 *   (gto/base.py `VStage.is_active`). Deregistering keeps the assignment tags but hides the version, and so its
 *   stages, from `gto show` (gto/base.py `Artifact.get_versions`).
 * - What a stage shows (gto/base.py `Artifact.get_vstages` with gto/api.py `show` defaults: sort by timestamp,
 *   assignments_per_version=-1, versions_per_stage=1; gto/constants.py): among active versions, the active stage
 *   assignment whose newest assignment tag is newest wins. Older assignments stay active unless unassigned, so
 *   several versions may be in a stage at once and the previous holder reappears when the current one is
 *   unassigned or deregistered.
 * - An artifact is deprecated while its newest event is a deprecation; `gto show` then hides it (gto/base.py
 *   `Artifact.is_active`, gto/api.py `_show_registry`).
 * - The "latest" column is the greatest active registered SemVer (gto/base.py `get_latest_version`).
 */



const byName = core_text/* byText */.z4;
/** Python's `sorted(xs, key=...)[::-1]`: a stable ascending sort, then reversed (so ties come out last-first). */
function newestFirst(xs, key) {
    return [...xs].sort((a, b) => key(a) - key(b)).reverse();
}
const evTime = (e) => e.time;
function addSorted(list, e) {
    list.push(e);
    list.sort((a, b) => a.time - b.time);
}
const vstageEvents = (s) => newestFirst([...s.assignments, ...s.unassignments], evTime);
const vstageActive = (s) => vstageEvents(s)[0]?.action === 'assign';
/** GTO's authoring event of a stage on a version: its newest assignment. */
const vstageAuthor = (s) => vstageEvents(s).find((e) => e.action === 'assign');
const vstageAuthorTime = (s) => vstageAuthor(s)?.time ?? 0;
const discovered = (v) => v.registrations.length + v.deregistrations.length === 0;
const registered = (v) => v.registrations.length > 0;
const directEvents = (v) => newestFirst([...v.registrations, ...v.deregistrations], evTime);
const indirectEvents = (v) => newestFirst([...v.stages.values()].flatMap(vstageEvents), evTime);
const versionEvents = (v) => newestFirst([...v.registrations, ...v.deregistrations, ...[...v.stages.values()].flatMap(vstageEvents)], evTime);
function versionActive(v) {
    const direct = directEvents(v);
    if (direct.length > 0)
        return direct[0]?.action === 'register';
    return indirectEvents(v).length > 0;
}
/** GTO's authoring event of a version: its newest registration, else its newest stage event. */
function versionAuthor(v) {
    return directEvents(v).find((e) => e.action === 'register') ?? indirectEvents(v)[0];
}
function artifactActive(a) {
    const events = newestFirst([...a.deprecations, ...a.versions.flatMap(versionEvents)], evTime);
    return events.length > 0 && events[0]?.action !== 'deprecate';
}
/** gto/base.py `Artifact.get_versions` with active_only=True, include_discovered=False. */
function activeVersions(a, includeNonExplicit) {
    return a.versions.filter((v) => versionActive(v) && ((registered(v) && !discovered(v)) || (includeNonExplicit && !registered(v))));
}
/** gto/base.py `sort_versions` by SemVer, descending: SemVer names first, then the rest by name. */
function semverDescending(items, name) {
    const semver = [];
    const others = [];
    for (const x of items) {
        const parsed = name(x).startsWith('v') ? (0,names/* parseSemVer */.IX)(name(x)) : undefined;
        if (parsed)
            semver.push({ x, parsed });
        else
            others.push(x);
    }
    return [
        ...semver
            .sort((a, b) => (0,names/* compareSemVer */.Cg)(a.parsed, b.parsed))
            .reverse()
            .map((s) => s.x),
        ...others.sort((a, b) => byName(name(a), name(b))).reverse(),
    ];
}
/** gto/base.py `Artifact.get_vstages` with sort=timestamp and assignments_per_version=-1. */
function stageHolders(a, versionsPerStage) {
    const versions = newestFirst(activeVersions(a, true), (v) => versionAuthor(v)?.time ?? 0);
    const assignments = versions.flatMap((v) => [...v.stages.values()].filter(vstageActive).sort((x, y) => vstageAuthorTime(x) - vstageAuthorTime(y)));
    const stages = new Map();
    for (const s of newestFirst(assignments, vstageAuthorTime)) {
        const list = stages.get(s.stage) ?? [];
        stages.set(s.stage, list);
        if (versionsPerStage > -1 && list.length >= versionsPerStage)
            continue;
        if (!list.some((x) => x.owner.name === s.owner.name))
            list.push(s);
    }
    return stages;
}
function holderOf(s) {
    const author = vstageAuthor(s);
    if (!author)
        return undefined;
    return {
        version: s.owner.name,
        commit: s.owner.commit,
        assignedAt: author.at,
        tag: author.tag,
        registered: registered(s.owner),
    };
}
const newVersion = (name, commit) => ({
    name,
    commit,
    registrations: [],
    deregistrations: [],
    stages: new Map(),
});
function tagTime(iso) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
/** The events of GTO's tags: lightweight, '@created' and undated tags are ignored, and why is recorded. */
function tagEvents(tags, ignored) {
    const events = [];
    for (const tag of tags) {
        const raw = matchTag(tag.name);
        if (!raw)
            continue;
        if (!tag.annotated) {
            ignored.push({ tag: tag.name, reason: 'lightweight tag: GTO reads annotated tags only' });
            continue;
        }
        if (!raw.parsed) {
            ignored.push({ tag: tag.name, reason: "'@created' tags carry no action: gto show fails on them" });
            continue;
        }
        const time = tagTime(tag.createdAt);
        if (time === undefined) {
            ignored.push({ tag: tag.name, reason: `unreadable tag date '${tag.createdAt}'` });
            continue;
        }
        const p = raw.parsed;
        events.push({
            action: p.action,
            model: p.model,
            version: p.action === 'register' || p.action === 'deregister' ? p.version : undefined,
            stage: p.action === 'assign' || p.action === 'unassign' ? p.stage : undefined,
            commit: tag.commit,
            time,
            at: tag.createdAt,
            tag: tag.name,
        });
    }
    return events;
}
/** Versions GTO can match by name and commit: those with a register or deregister event (not "discovered"). */
function explicitVersions(a, name, commit) {
    return a.versions.filter((v) => (name === undefined || v.name === name) && v.commit === commit && !discovered(v));
}
function indexVersionEvent(a, e) {
    const name = e.version ?? '';
    let v = explicitVersions(a, name, e.commit)[0];
    if (!v) {
        v = newVersion(name, e.commit);
        a.versions.push(v);
    }
    addSorted(e.action === 'register' ? v.registrations : v.deregistrations, e);
}
/** File an assignment or unassignment under its version; a tag GTO would fail on is returned, not filed. */
function indexStageEvent(a, e) {
    const stage = e.stage ?? '';
    const onCommit = explicitVersions(a, undefined, e.commit);
    if (onCommit.length > 1) {
        const names = onCommit.map((v) => v.name).join(', ');
        return { tag: e.tag, reason: `versions ${names} share its commit: gto show fails (ManyVersions)` };
    }
    // GTO then files the event under a version of that name and commit that is not "discovered"; a version
    // named by its commit hash never is, so each stage tag on an unregistered commit gets a version of its own.
    let v = onCommit[0];
    if (!v) {
        v = newVersion(e.commit, e.commit);
        a.versions.push(v);
    }
    let s = v.stages.get(stage);
    if (!s) {
        s = { stage, owner: v, assignments: [], unassignments: [] };
        v.stages.set(stage, s);
    }
    addSorted(e.action === 'assign' ? s.assignments : s.unassignments, e);
    const action = e.action === 'assign' ? 'assign' : 'unassign';
    a.stageLog.push({ action, stage, version: v.name, commit: e.commit, at: e.at, tag: e.tag });
    return undefined;
}
function indexTags(tags) {
    const ignored = [];
    const events = tagEvents(tags, ignored);
    const inOrder = (actions) => events.filter((e) => actions.includes(e.action)).sort((a, b) => a.time - b.time || byName(a.tag, b.tag));
    const artifacts = new Map();
    const artifact = (name) => {
        let a = artifacts.get(name);
        if (!a) {
            a = { name, versions: [], deprecations: [], stageLog: [] };
            artifacts.set(name, a);
        }
        return a;
    };
    for (const e of inOrder(['deprecate']))
        addSorted(artifact(e.model).deprecations, e);
    for (const e of inOrder(['register', 'deregister']))
        indexVersionEvent(artifact(e.model), e);
    for (const e of inOrder(['assign', 'unassign'])) {
        const problem = indexStageEvent(artifact(e.model), e);
        if (problem)
            ignored.push(problem);
    }
    return { artifacts, ignored };
}
function modelState(a) {
    const current = stageHolders(a, 1);
    const all = stageHolders(a, -1);
    const stageNames = [...new Set(a.stageLog.map((e) => e.stage))].sort(byName);
    const stages = stageNames.map((stage) => {
        const first = current.get(stage)?.[0];
        const holder = first ? holderOf(first) : undefined;
        return {
            stage,
            ...(holder ? { current: holder } : {}),
            holders: (all.get(stage) ?? []).flatMap((s) => holderOf(s) ?? []),
            events: a.stageLog
                .filter((e) => e.stage === stage)
                .map(({ action, version, commit, at, tag }) => ({ action, version, commit, at, tag })),
        };
    });
    const groups = new Map();
    for (const v of a.versions) {
        if (versionEvents(v).length === 0)
            continue;
        const key = `${v.name}\u0000${v.commit}`;
        groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    const versions = [...groups.values()].flatMap((objs) => {
        const [head] = objs;
        if (!head)
            return [];
        const authors = objs.flatMap((v) => versionAuthor(v) ?? []);
        const author = newestFirst(authors, evTime)[0];
        const reg = objs.find(registered);
        const registration = reg ? directEvents(reg).find((e) => e.action === 'register') : undefined;
        return [
            {
                version: head.name,
                commit: head.commit,
                registered: reg !== undefined,
                active: reg ? versionActive(reg) : objs.some(versionActive),
                createdAt: author?.at ?? '',
                ...(registration ? { tag: registration.tag } : {}),
                stages: stages
                    .filter((s) => s.current?.version === head.name && s.current.commit === head.commit)
                    .map((s) => s.stage),
            },
        ];
    });
    const latest = semverDescending(activeVersions(a, false), (v) => v.name)[0];
    return {
        model: a.name,
        deprecated: !artifactActive(a),
        ...(latest ? { latest: latest.name } : {}),
        versions: semverDescending(versions, (v) => v.version),
        stages,
    };
}
/** States already folded, by the list of tags they were folded from, with the tags it held then. */
const folded = new WeakMap();
/**
 * Fold every tag of the repository into GTO's registry state. The fold runs once per list of tags: asking
 * again with the same, unchanged list (the model, then its stage's holder, then the previous holder) reuses it.
 */
function gtoState(tags) {
    const known = folded.get(tags);
    if (known && known.tags.length === tags.length && known.tags.every((t, i) => t === tags[i]))
        return known.state;
    const { artifacts, ignored } = indexTags(tags);
    const models = [...artifacts.values()].map(modelState).sort((a, b) => byName(a.model, b.model));
    const state = { models, ignored };
    folded.set(tags, { tags: [...tags], state });
    return state;
}
/** The state of one model, if any tag names it. */
function findGtoModel(state, model) {
    return state.models.find((m) => m.model === model);
}
function stageOf(tags, model, stage) {
    const m = findGtoModel(gtoState(tags), model);
    if (!m || m.deprecated)
        return undefined;
    return m.stages.find((s) => s.stage === stage);
}
/** What `gto show` prints for the model's stage; undefined when the stage is empty or the model deprecated. */
function productionVersion(tags, model, stage = 'prod') {
    return stageOf(tags, model, stage)?.current;
}
/**
 * The version that held the stage before the current one, for a rollback: the second version
 * `gto show <model>#<stage> --versions-per-stage -1` lists. Versions since unassigned from the stage or deregistered
 * are skipped, as GTO no longer counts them in the stage.
 */
function previousStageVersion(tags, model, stage) {
    return stageOf(tags, model, stage)?.holders[1];
}

;// CONCATENATED MODULE: ./src/core/gto/write.ts
/**
 * Writing tags like GTO does: names, counters and messages.
 *
 * - New tags (gto/tag.py `name_tag`, gto/api.py defaults, gto/registry.py messages): register, deregister and
 *   deprecate tags carry no counter; assign and unassign tags end in `#N`, N = 1 + the greatest counter among
 *   all tags of the artifact (every stage and action, lightweight tags included).

 */

function checkModel(model) {
    if (!isGtoModelName(model))
        throw new Error(`'${model}' is not a GTO artifact name`);
}
function checkStage(stage) {
    if (!isGtoStageName(stage))
        throw new Error(`'${stage}' is not a GTO stage name`);
}
function checkCounter(counter) {
    if (!Number.isSafeInteger(counter) || counter < 0)
        throw new Error(`'${counter}' is not a tag counter`);
}
/** `model@vX.Y.Z` (as `gto register` writes it: no counter). */
function registerTagName(model, version) {
    checkModel(model);
    return `${tags_tagSafeName(model)}@${tags_toGtoVersion(version)}`;
}
/** `model@vX.Y.Z!` (as `gto deprecate model vX.Y.Z` writes it: no counter). */
function deregisterTagName(model, version) {
    return `${registerTagName(model, version)}!`;
}
/** `model#stage#N`. */
function assignTagName(model, stage, counter) {
    checkModel(model);
    checkStage(stage);
    checkCounter(counter);
    return `${tags_tagSafeName(model)}#${stage}#${counter}`;
}
/** `model#stage!#N`. */
function unassignTagName(model, stage, counter) {
    checkModel(model);
    checkStage(stage);
    checkCounter(counter);
    return `${tagSafeName(model)}#${stage}!#${counter}`;
}
/** `model@deprecated` (as `gto deprecate model` writes it: no counter). */
function deprecateTagName(model) {
    checkModel(model);
    return `${tagSafeName(model)}@deprecated`;
}
/**
 * The `N` for a new `#N` tag: one more than the greatest counter on any tag of the model, whatever its stage or
 * action, lightweight tags included. GTO's counter is per artifact, so the stage does not matter.
 */
function nextCounter(tags, model, _stage) {
    let max = 0;
    for (const tag of tags) {
        const raw = matchTag(tag.name);
        if (raw && raw.model === model && raw.counter !== undefined && raw.counter > max)
            max = raw.counter;
    }
    return max + 1;
}
/** A version as GTO writes it in messages: SemVer gets its `v`; a commit hash (unregistered) stays as it is. */
function messageVersion(version) {
    return HEXSHA_RE.test(version) ? version : tags_toGtoVersion(version);
}
/** `Registering artifact <model> version <vX.Y.Z>` */
function registerTagMessage(model, version) {
    return `Registering artifact ${model} version ${tags_toGtoVersion(version)}`;
}
/** `Deregistering artifact <model> version <vX.Y.Z>` */
function deregisterTagMessage(model, version) {
    return `Deregistering artifact ${model} version ${toGtoVersion(version)}`;
}
/** `Assigning stage <stage> to artifact <model> version <vX.Y.Z>` */
function assignTagMessage(model, stage, version) {
    return `Assigning stage ${stage} to artifact ${model} version ${messageVersion(version)}`;
}
/** `Unassigning stage '<stage>' to artifact '<model>' version '<vX.Y.Z>'` (GTO's wording, quotes and all). */
function unassignTagMessage(model, stage, version) {
    return `Unassigning stage '${stage}' to artifact '${model}' version '${messageVersion(version)}'`;
}
/** `Deprecating artifact '<model>'` */
function deprecateTagMessage(model) {
    return `Deprecating artifact '${model}'`;
}

// EXTERNAL MODULE: ./src/gate/baseline-warning.ts
var baseline_warning = __webpack_require__(825);
;// CONCATENATED MODULE: ./src/registry/gto-registry.ts
/**
 * The `gto` registry: production is what GTO's tags say (the newest active assignment of the production
 * stage), read from the manifest at the tagged commit. Promotion and rollback write GTO-format annotated
 * tags, so `gto show` agrees with Model Gate. Acceptances still live on the registry branch.
 */








class GtoRegistry {
    tags;
    source;
    stage;
    manifests;
    retry;
    description;
    cached;
    constructor(tags, source, stage, manifests, retry = gate_retry/* COMPARE_AND_SWAP */.Ko) {
        this.tags = tags;
        this.source = source;
        this.stage = stage;
        this.manifests = manifests;
        this.retry = retry;
        this.description = `GTO tags (stage ${stage})`;
    }
    all(fresh = false) {
        if (fresh || !this.cached)
            this.cached = this.tags.list((name) => parseGtoTag(name) !== undefined);
        return this.cached;
    }
    /**
     * The GTO artifact name of a model: its manifest name, or a monorepo name `dir:name` whose `dir` holds the
     * manifest (GTO writes it `dir=name` in tags); without a manifest path, the only monorepo name that fits.
     */
    async artifactName(name, manifestPath, fresh = false) {
        const state = gtoState(await this.all(fresh));
        if (findGtoModel(state, name))
            return name;
        const candidates = state.models.map((m) => m.model).filter((m) => m.endsWith(`:${name}`));
        if (manifestPath === undefined)
            return candidates.length === 1 && candidates[0] ? candidates[0] : name;
        const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/')) : '';
        const monorepo = candidates
            .filter((m) => {
            const prefix = m.slice(0, m.length - name.length - 1);
            return dir === prefix || dir.startsWith(`${prefix}/`);
        })
            .sort((a, b) => b.length - a.length);
        return monorepo[0] ?? name;
    }
    async model(name, manifestPath) {
        return findGtoModel(gtoState(await this.all()), await this.artifactName(name, manifestPath));
    }
    async baseline(name, candidatePath, previousPath) {
        const path = previousPath ?? candidatePath;
        try {
            const artifact = await this.artifactName(name, path);
            const holder = productionVersion(await this.all(), artifact, this.stage);
            if (!holder)
                return { kind: 'none' };
            const where = { file: `${holder.tag} (${holder.commit.slice(0, 12)})` };
            const found = await (0,model_version/* findModelVersion */.XN)(this.source, holder.commit, name, this.manifests, path, holder.version);
            if (!found) {
                const why = `${holder.tag} (${holder.commit.slice(0, 12)}) has no manifest named ${(0,diagnostics/* quote */.hD)(name)}`;
                return { kind: 'none', warning: (0,baseline_warning/* noRecordedMetrics */.l)(holder.version, why, candidatePath, 'gto') };
            }
            if (!found.ok)
                return { kind: 'error', error: found.errors[0] ?? new diagnostics/* InputError */.dz(where, 'invalid manifest') };
            const loaded = found;
            if (tags_toGtoVersion(loaded.version.manifest.version) !== holder.version) {
                return {
                    kind: 'error',
                    error: new diagnostics/* InputError */.dz(where, `${holder.tag} names ${holder.version}, but the manifest at its commit says ${loaded.version.manifest.version}`),
                };
            }
            return {
                kind: 'found',
                baseline: {
                    ...loaded.version,
                    source: `GTO ${holder.tag} (${holder.version})`,
                    commit: holder.commit,
                    path: loaded.version.manifest.file,
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
            return { kind: 'error', error: e };
        }
    }
    /** Another writer took the tag this attempt meant to write: wait as the shared policy says, unless it was the last. */
    async lostSwap(attempt) {
        if (attempt < this.retry.attempts)
            await (this.retry.sleep ?? gate_retry/* realSleep */.uk)((0,gate_retry/* backoffDelay */.EY)(this.retry, attempt));
    }
    /**
     * Register the version at commit (unless GTO has it already) and assign the production stage to it. With
     * containedIn, a holder from a commit that already contains this one is kept: the decision is taken on
     * every attempt, against the tags read in that attempt.
     */
    async promote(version, commit, tagger, containedIn) {
        const { manifest } = version;
        const gtoVersion = tags_toGtoVersion(manifest.version);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(manifest.name, manifest.file);
            const model = findGtoModel(gtoState(tags), artifact);
            const existing = model?.versions.find((v) => v.registered && v.version === gtoVersion);
            if (existing && existing.commit !== commit) {
                throw new registry/* RegistryError */.gl(`${artifact} ${gtoVersion} is already registered at ${existing.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`);
            }
            const current = productionVersion(tags, artifact, this.stage);
            if (current?.version === gtoVersion && current.commit === commit) {
                return { model: artifact, version: gtoVersion, commit, created: [] };
            }
            if (current && current.commit !== commit && (await containedIn?.(commit, current.commit))) {
                const superseded = { version: current.version, commit: current.commit };
                return { model: artifact, version: gtoVersion, commit, created: [], superseded };
            }
            const created = [];
            if (!existing) {
                const name = registerTagName(artifact, gtoVersion);
                if (!(await this.tags.create({
                    name,
                    commit,
                    message: registerTagMessage(artifact, gtoVersion),
                    ...(tagger ? { tagger } : {}),
                }))) {
                    await this.lostSwap(attempt);
                    continue;
                }
                created.push(name);
            }
            const name = assignTagName(artifact, this.stage, nextCounter(tags, artifact));
            const message = assignTagMessage(artifact, this.stage, gtoVersion);
            if (await this.tags.create({ name, commit, message, ...(tagger ? { tagger } : {}) })) {
                return {
                    model: artifact,
                    version: gtoVersion,
                    commit,
                    created: [...created, name],
                    ...(current ? { from: current.version } : {}),
                };
            }
            await this.lostSwap(attempt);
        }
        throw new registry/* RegistryError */.gl(`gave up after ${this.retry.attempts} attempts: GTO tags of ${manifest.name} kept changing`);
    }
    /**
     * Assign the production stage again to an earlier version: by default the one that held it before,
     * computed once before the first attempt. With run, the tag message records the run, and a re-run of it
     * (a later attempt) finds that tag and writes nothing. A target that holds the stage already writes nothing.
     */
    async rollback(name, to, reason, tagger, run) {
        let target = to === undefined ? undefined : tags_toGtoVersion(to);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(name);
            const replayed = run ? rollbackOfRun(tags, artifact, run) : undefined;
            if (replayed)
                return { model: artifact, created: [], outcome: 'replayed', ...replayed };
            const model = findGtoModel(gtoState(tags), artifact);
            const current = productionVersion(tags, artifact, this.stage);
            if (!model || !current)
                throw new registry/* RegistryError */.gl(`model ${(0,diagnostics/* quote */.hD)(name)} has no version in stage ${(0,diagnostics/* quote */.hD)(this.stage)} to roll back`);
            target ??= previousStageVersion(tags, artifact, this.stage)?.version;
            if (target === undefined)
                throw new registry/* RegistryError */.gl(`model ${(0,diagnostics/* quote */.hD)(name)} has no earlier version in stage ${(0,diagnostics/* quote */.hD)(this.stage)}`);
            if (target === current.version)
                return { model: artifact, version: target, commit: current.commit, created: [], outcome: 'current' };
            const version = model.versions.find((v) => v.version === target && v.registered && v.active);
            if (!version) {
                const known = model.versions.filter((v) => v.registered && v.active).map((v) => v.version);
                throw new registry/* RegistryError */.gl(`version ${(0,diagnostics/* quote */.hD)(target)} of ${(0,diagnostics/* quote */.hD)(name)} is not a registered GTO version (known: ${known.join(', ') || 'none'})`);
            }
            const tag = assignTagName(artifact, this.stage, nextCounter(tags, artifact));
            const message = `${assignTagMessage(artifact, this.stage, target)}\n\nRollback from ${current.version}: ${reason}${run ? `\n${RUN_TRAILER}${(0,registry/* runOf */.ng)(run)}` : ''}`;
            if (await this.tags.create({ name: tag, commit: version.commit, message, ...(tagger ? { tagger } : {}) })) {
                return {
                    model: artifact,
                    version: target,
                    commit: version.commit,
                    created: [tag],
                    from: current.version,
                };
            }
            await this.lostSwap(attempt);
        }
        throw new registry/* RegistryError */.gl(`gave up after ${this.retry.attempts} attempts: GTO tags of ${name} kept changing`);
    }
}
const RUN_TRAILER = 'Model-Gate-Run: ';
/** The rollback a run wrote, found by the run recorded in its tag's message. */
function rollbackOfRun(tags, artifact, run) {
    const line = `${RUN_TRAILER}${(0,registry/* runOf */.ng)(run)}`;
    for (const tag of tags) {
        const message = tag.message ?? '';
        if (!message.split('\n').includes(line))
            continue;
        const parsed = parseGtoTag(tag.name);
        const version = / version (\S+)$/.exec(message.split('\n')[0] ?? '')?.[1];
        if (parsed?.model !== artifact || !version)
            continue;
        const from = /^Rollback from (\S+): /m.exec(message)?.[1];
        return { version, commit: tag.commit, ...(from ? { from } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/identity.ts
/** Who Model Gate writes as when no person is named: registry commits without a git identity, GTO tags by default. */
const BOT_IDENTITY = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' };

;// CONCATENATED MODULE: ./src/action/production.ts








/**
 * Production for this run. base: the commit the check compares with (the pull request's base, or the
 * commit before a push); only the `base` backend reads it. Acceptances live on the registry branch.
 */
function openProduction(api, ctx, inputs, source, base, 
/** Reads in GraphQL batches (the pull-request check): the registry branch's entries join them. */
blobs) {
    const branch = new BranchProduction(new BranchRegistry(new GitHubBranchStore(api, ctx.repo, inputs.registryBranch, blobs)));
    if (inputs.registry === 'base')
        return new BaseCommitBaselines(source, base, inputs.manifests, branch);
    if (inputs.registry === 'gto') {
        const tags = new GtoRegistry(new GitHubTagStore(api, ctx.repo, BOT_IDENTITY), source, inputs.productionStage, inputs.manifests);
        return new GtoProduction(tags, branch, source, inputs.manifests, taggerOf(ctx));
    }
    return branch;
}
/** Who a tag written for this run is by: the actor, with GitHub's no-reply address. */
function taggerOf(ctx) {
    return { name: ctx.actor, email: `${ctx.actor}@users.noreply.github.com` };
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ getRefSha),
/* harmony export */   PB: () => (/* binding */ getRawFile),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   gq: () => (/* binding */ createFileCommit),
/* harmony export */   jU: () => (/* binding */ swapRef)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9308);
/** The Git Data API calls the registry branch needs: refs, blobs, trees, commits. */

async function getRefSha(api, repo, ref) {
    return (await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .CA)(api.rest.git.getRef({ ...repo, ref })))?.data.object.sha;
}
async function getRawFile(api, repo, ref, path) {
    const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .CA)(api.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } }));
    return typeof response?.data === 'string' ? response.data : undefined;
}
async function commitTree(api, repo, commit) {
    return (await api.rest.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha;
}
async function createFileCommit(api, repo, parent, path, content, message) {
    const blob = (await api.rest.git.createBlob({
        ...repo,
        content: Buffer.from(content).toString('base64'),
        encoding: 'base64',
    })).data.sha;
    const baseTree = parent ? await commitTree(api, repo, parent) : undefined;
    const tree = (await api.rest.git.createTree({
        ...repo,
        ...(baseTree ? { base_tree: baseTree } : {}),
        tree: [{ path, mode: '100644', type: 'blob', sha: blob }],
    })).data.sha;
    return (await api.rest.git.createCommit({ ...repo, message, tree, parents: parent ? [parent] : [] })).data
        .sha;
}
/** Create the ref, or move it without force. False when someone else moved it first. */
async function swapRef(api, repo, ref, expected, next) {
    try {
        if (expected === undefined)
            await api.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha: next });
        else
            await api.rest.git.updateRef({ ...repo, ref, sha: next, force: false });
        return true;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 422 || (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 409)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   xi: () => (/* binding */ PULL_FILES_CAP)
/* harmony export */ });
/** GitHub's documented cap on the files the pull request files endpoint lists. */
const PULL_FILES_CAP = 3000;
async function getPull(api, repo, pull) {
    return (await api.rest.pulls.get({ ...repo, pull_number: pull })).data;
}
async function listPullFiles(api, repo, pull) {
    const files = [];
    for await (const page of api.paginate.iterator(api.rest.pulls.listFiles, {
        ...repo,
        pull_number: pull,
        per_page: 100,
    })) {
        for (const f of page.data) {
            files.push({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
            });
        }
    }
    return files;
}


/***/ }),

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ GitHubSource)
});

// EXTERNAL MODULE: ./src/core/document.ts + 11 modules
var core_document = __webpack_require__(9169);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/github/client.ts + 20 modules
var client = __webpack_require__(9308);
;// CONCATENATED MODULE: ./src/github/contents.ts
/** Read one file at an exact commit through the contents API. */



/** As many links in a row as Linux follows (MAXSYMLINKS) before calling it a loop. */
const MAX_LINKS = 40;
/**
 * The file's text, or undefined when there is no file at path. GitHub answers a symlink to a file inside
 * the repository with that file; any other symlink as `type: symlink` with its target, which is followed here
 * only while it stays inside the repository. One that leaves it, dangles or loops is an error naming it.
 */
async function getFileText(api, repo, ref, path, maxBytes, links = []) {
    const response = await (0,client/* unlessNotFound */.CA)(api.rest.repos.getContent({ ...repo, path, ref }));
    const data = response?.data;
    if (data && !Array.isArray(data) && data.type === 'symlink' && 'target' in data) {
        const first = links[0] ?? path;
        const next = linkTarget(path, String(data.target));
        if (next === undefined)
            throw new diagnostics/* InputError */.dz({ file: path }, 'is a symlink that leaves the repository: it is not read');
        if (links.length >= MAX_LINKS || links.includes(next) || next === path) {
            throw new diagnostics/* InputError */.dz({ file: first }, 'is a symlink that loops (or has too many levels of links)');
        }
        const text = await getFileText(api, repo, ref, next, maxBytes, [...links, path]);
        if (text === undefined)
            throw new diagnostics/* InputError */.dz({ file: first }, 'is a symlink to a path that does not exist in the commit');
        return text;
    }
    if (!data || Array.isArray(data) || data.type !== 'file')
        return undefined;
    if (data.size > maxBytes)
        throw (0,core_document/* oversizeError */.Aj)(path, data.size, maxBytes);
    if (!('content' in data) || typeof data.content !== 'string')
        return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
}
/** The repository path a link at `path` names, or undefined when it leaves the repository. */
function linkTarget(path, target) {
    if (target.startsWith('/'))
        return undefined;
    const parts = path.split('/').slice(0, -1);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            parts.push(part);
        else if (parts.pop() === undefined)
            return undefined;
    }
    return parts.length ? parts.join('/') : undefined;
}

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/github/blobs.ts
/**
 * Files at exact commits through GraphQL, many per request: `repository { a0: object(expression: "SHA:path")
 * { ... on Blob { text } } ... }`. Reads asked for in the same turn of the event loop (or announced with
 * prefetch) go out together, BATCH_SIZE aliases a request; each answer is kept, so a blob is fetched once per
 * run. What GraphQL cannot say as the contents API would is read through REST instead, as before: a blob it
 * truncates or calls binary, a symlink (its Blob is the link's target: the contents API follows a link inside
 * the repository, see contents.ts), and any alias, or request, that fails.
 *
 * Sizing: GitHub's documented GraphQL limits (docs.github.com/en/graphql/overview/rate-limits-and-query-limits-
 * for-the-graphql-api) bound a call at 500,000 nodes and count nodes through connections (`first`/`last`,
 * 1-100). These queries have no connection: each alias is one object (a tree's `entries` is a list, not a
 * connection), so a request of BATCH_SIZE aliases is far below the node limit and costs one point of the
 * GITHUB_TOKEN's 1,000 points an hour. BATCH_SIZE also bounds a response: blobs are documents, at most
 * DOCUMENT_LIMITS.maxBytes each, and are usually a few KB.
 */




/** Aliases (objects and refs) in one GraphQL request. */
const BATCH_SIZE = 500;
/** A tree entry's mode, as GraphQL's TreeEntry.mode gives it (the octal git mode as a number). */
const SYMLINK_MODE = 0o120000;
const BLOB_FIELDS = '__typename ... on Blob { text isTruncated isBinary byteSize }';
const TREE_FIELDS = '__typename ... on Tree { entries { name mode } } ... on Commit { tree { entries { name mode } } }';
const keyOf = (item) => (item.kind === 'ref' ? `ref\0${item.name}` : `${item.kind}\0${item.expression}`);
class BlobReader {
    api;
    repo;
    batchSize;
    answers = new Map();
    queue = [];
    scheduled = false;
    /** GraphQL requests sent, for the log and the tests. */
    requests = 0;
    constructor(api, repo, batchSize = BATCH_SIZE) {
        this.api = api;
        this.repo = repo;
        this.batchSize = batchSize;
    }
    /**
     * The file's text as the contents API gives it (see getFileText): undefined when there is no file, a
     * symlink inside the repository followed, a file over maxBytes an error.
     */
    async file(ref, path, maxBytes) {
        const [blob, tree] = await Promise.all([this.blob(ref, path), this.tree(ref, external_node_path_.posix.dirname(path))]);
        const rest = () => getFileText(this.api, this.repo, ref, path, maxBytes);
        if (!blob.ok || !tree.ok)
            return rest();
        const name = external_node_path_.posix.basename(path);
        const entries = tree.value?.entries ?? tree.value?.tree?.entries;
        const entry = entries?.find((e) => e.name === name);
        if (entry?.mode === SYMLINK_MODE)
            return rest();
        const b = blob.value;
        if (!b || b.__typename !== 'Blob' || !entry)
            return undefined;
        if ((b.byteSize ?? 0) > maxBytes)
            throw (0,core_document/* oversizeError */.Aj)(path, b.byteSize ?? 0, maxBytes);
        if (b.isBinary || b.isTruncated || typeof b.text !== 'string')
            return rest();
        return b.text;
    }
    /** The blob's text as the raw contents API gives it (a symlink is its target): undefined when none. */
    async raw(ref, path) {
        const blob = await this.blob(ref, path);
        const rest = () => (0,git_data/* getRawFile */.PB)(this.api, this.repo, ref, path);
        if (!blob.ok)
            return rest();
        const b = blob.value;
        if (!b || b.__typename !== 'Blob')
            return undefined;
        if (b.isBinary || b.isTruncated || typeof b.text !== 'string')
            return rest();
        return b.text;
    }
    /** The commit a ref (`refs/heads/x`) points to, undefined when it does not exist; null when GraphQL failed. */
    async ref(name, options = {}) {
        const answer = (await this.load({ kind: 'ref', name }, options.lazy));
        if (!answer.ok)
            return null;
        return answer.value?.target?.oid ?? undefined;
    }
    /** Announce files read soon, so they go out in as few requests as they can: resolves once they are in. */
    async prefetch(ref, paths, how = 'file') {
        const loads = [];
        for (const path of new Set(paths)) {
            loads.push(this.blob(ref, path));
            if (how === 'file')
                loads.push(this.tree(ref, external_node_path_.posix.dirname(path)));
        }
        await Promise.all(loads);
    }
    blob(ref, path) {
        return this.load({ kind: 'blob', expression: `${ref}:${path}` });
    }
    /** The folder's entries (names and modes): the commit's own tree for the root. */
    tree(ref, dir) {
        const expression = dir === '.' || dir === '' ? ref : `${ref}:${dir}`;
        return this.load({ kind: 'tree', expression });
    }
    /** A lazy item waits for the next request instead of starting one. */
    load(item, lazy = false) {
        const key = keyOf(item);
        let hit = this.answers.get(key);
        if (!hit) {
            hit = new Promise((resolve) => this.queue.push({ item, resolve }));
            this.answers.set(key, hit);
            if (!lazy)
                this.schedule();
        }
        return hit;
    }
    /** Send what is waiting (lazy items included) in the next request. */
    schedule() {
        if (this.scheduled || !this.queue.length)
            return;
        this.scheduled = true;
        // After this turn's promise jobs: everything asked for meanwhile joins the same requests.
        setImmediate(() => {
            this.scheduled = false;
            void this.flush();
        });
    }
    async flush() {
        while (this.queue.length) {
            const batch = this.queue.splice(0, this.batchSize);
            const answers = await this.send(batch.map((p) => p.item));
            batch.forEach((p, i) => p.resolve(answers[i] ?? { ok: false }));
        }
    }
    async send(items) {
        const variables = { owner: this.repo.owner, name: this.repo.repo };
        const declarations = ['$owner: String!', '$name: String!'];
        const fields = items.map((item, i) => {
            const alias = `a${i}`;
            declarations.push(`$${alias}: String!`);
            if (item.kind === 'ref') {
                variables[alias] = item.name;
                return `${alias}: ref(qualifiedName: $${alias}) { target { oid } }`;
            }
            variables[alias] = item.expression;
            return `${alias}: object(expression: $${alias}) { ${item.kind === 'blob' ? BLOB_FIELDS : TREE_FIELDS} }`;
        });
        const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
        this.requests++;
        let body;
        try {
            body = (await this.api.request('POST /graphql', { query, variables })).data;
        }
        catch {
            return items.map(() => ({ ok: false }));
        }
        const repository = body.data?.repository;
        if (!repository)
            return items.map(() => ({ ok: false }));
        const failed = new Set();
        for (const e of body.errors ?? []) {
            const path = e.path;
            if (Array.isArray(path) && typeof path[1] === 'string')
                failed.add(path[1]);
            else
                return items.map(() => ({ ok: false }));
        }
        return items.map((_, i) => {
            const alias = `a${i}`;
            if (failed.has(alias) || !(alias in repository))
                return { ok: false };
            return { ok: true, value: (repository[alias] ?? null) };
        });
    }
}

// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/github/trees.ts
var trees = __webpack_require__(6862);
;// CONCATENATED MODULE: ./src/github/source.ts
/**
 * The gate's view of a repository through the API, at exact commits: no checkout, no code of the pull
 * request runs. Changed files come from the pull request's files endpoint; past the 3,000 files it lists,
 * from comparing the merge base's tree with the head's. Files are read in GraphQL batches (blobs.ts), announced
 * a phase at a time with prefetch.
 */




class GitHubSource {
    api;
    repo;
    pull;
    blobs;
    cache = new Map();
    /** How the changed files were found, for the log. */
    listing;
    constructor(api, repo, pull, 
    /** Shared with the registry branch's reads, so they join the same requests. */
    blobs = new BlobReader(api, repo)) {
        this.api = api;
        this.repo = repo;
        this.pull = pull;
        this.blobs = blobs;
    }
    readFile(ref, path) {
        const key = `${ref}\0${path}`;
        let hit = this.cache.get(key);
        if (!hit) {
            hit = this.blobs.file(ref, path, core_document/* DOCUMENT_LIMITS */.PJ.maxBytes);
            this.cache.set(key, hit);
        }
        return hit;
    }
    prefetch(ref, paths) {
        // A push that creates a branch has an all-zero "before": nothing to read there.
        if (/^0+$/.test(ref))
            return Promise.resolve();
        return this.blobs.prefetch(ref, paths);
    }
    async listFiles(ref) {
        return [...(await (0,trees/* treeBlobs */.hx)(this.api, this.repo, ref)).keys()];
    }
    async changedFiles(base, head) {
        if (this.pull !== undefined) {
            const files = await (0,pulls/* listPullFiles */.pG)(this.api, this.repo, this.pull);
            if (files.length < pulls/* PULL_FILES_CAP */.xi) {
                this.listing = 'pull-files';
                return files.map((f) => ({
                    path: f.filename,
                    status: statusOf(f.status),
                    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
                }));
            }
        }
        this.listing = 'trees';
        // A push that creates a branch has no "before": every file of the head is new.
        const from = /^0+$/.test(base) ? undefined : await (0,trees/* mergeBase */.wu)(this.api, this.repo, base, head);
        const [before, after] = await Promise.all([
            from ? (0,trees/* treeBlobs */.hx)(this.api, this.repo, from) : new Map(),
            (0,trees/* treeBlobs */.hx)(this.api, this.repo, head),
        ]);
        const out = [];
        for (const [path, sha] of after) {
            const old = before.get(path);
            if (old === undefined)
                out.push({ path, status: 'added' });
            else if (old !== sha)
                out.push({ path, status: 'modified' });
        }
        for (const path of before.keys())
            if (!after.has(path))
                out.push({ path, status: 'removed' });
        return out;
    }
}
function statusOf(status) {
    if (status === 'added' || status === 'removed' || status === 'renamed')
        return status;
    return 'modified';
}


/***/ }),

/***/ 6862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hx: () => (/* binding */ treeBlobs),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
async function mergeBase(api, repo, base, head) {
    const { data } = await api.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 1,
    });
    return data.merge_base_commit.sha;
}
/**
 * path -> blob SHA of every file in the commit's tree. The trees endpoint takes any tree-ish, a commit's SHA
 * too (it lists the commit's tree): one request, not the commit's and then its tree's.
 */
async function treeBlobs(api, repo, commit) {
    const { data } = await api.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' });
    if (data.truncated)
        throw new Error(`the tree of ${commit} is too large for the GitHub API to list`);
    const out = new Map();
    for (const entry of data.tree)
        if (entry.type === 'blob' && entry.path && entry.sha)
            out.set(entry.path, entry.sha);
    return out;
}
/** True when `commit` is already contained in `other` (an ancestor of it, or the same commit). */
async function containedIn(api, repo, commit, other) {
    const { data } = await api.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${commit}...${other}`,
        per_page: 1,
    });
    return data.status === 'ahead' || data.status === 'identical';
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

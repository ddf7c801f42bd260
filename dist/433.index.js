export const id = 433;
export const ids = [433];
export const modules = {

/***/ 2844:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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

// EXTERNAL MODULE: ./src/github/client.ts + 19 modules
var client = __webpack_require__(865);
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

/***/ 3101:
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

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
;// CONCATENATED MODULE: ./src/core/trend.ts


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
        const amount = (0,core_policy/* toleranceAmount */.Ev)(rule.fail, production);
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
        wanted = configured.flatMap((p) => (has.has(p) ? [p] : available.filter((m) => (0,glob/* matchGlob */.sB)(p, m, '.'))));
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
        ? chartMetricNames({
            // Globs are matched over every name, in first-seen order.
            available: metricNamesOf([
                ...(history ?? [{ metrics: (0,metrics/* metricValues */.tZ)(baseline.metrics) }]),
                { metrics: (0,metrics/* metricValues */.tZ)(candidate.metrics) },
            ]),
            configured: rules.chart,
            comparisons,
            required: rules.required,
        })
        : chartedByVerdict(comparisons, rules.required, (m) => {
            if (candidate.metrics.has(m))
                return true;
            if (!history)
                return baseline.metrics.has(m);
            return history.some((p) => Object.prototype.propertyIsEnumerable.call(p.metrics, m));
        });
    // The points need the values of the charted metrics only.
    const production = valuesOf(baseline.metrics, chosen);
    return buildTrend({
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

/***/ 4692:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ NO_PRODUCTION),
/* harmony export */   Pw: () => (/* binding */ applyRollback),
/* harmony export */   ST: () => (/* binding */ compactEntry),
/* harmony export */   Tt: () => (/* binding */ registryPath),
/* harmony export */   Vb: () => (/* binding */ REGISTRY_LIMITS),
/* harmony export */   Zu: () => (/* binding */ applyPromote),
/* harmony export */   d$: () => (/* binding */ serializeEntry),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   mt: () => (/* binding */ productionHistory),
/* harmony export */   nJ: () => (/* binding */ parseRegistryEntry),
/* harmony export */   ng: () => (/* binding */ runOf),
/* harmony export */   tF: () => (/* binding */ applyAccept),
/* harmony export */   tW: () => (/* binding */ acceptanceFor),
/* harmony export */   tu: () => (/* binding */ rollbackByRun)
/* harmony export */ });
/* unused harmony exports REGISTRY_SCHEMA, REGISTRY_DIR, REGISTRY_KEEP, productionOf, entryOf, previousProductionVersion */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2483);
/**
 * The registry's record of one model: an append-only history of events (promotions, rollbacks, accepted
 * regressions), from which production is derived by a fold, as GTO derives stages from its tags.
 * Pure: serialization, validation and the state transitions; the stores live in src/registry/.
 */




const REGISTRY_SCHEMA = 1;
const REGISTRY_DIR = 'registry';
/** Registry entries grow with their history; they get a larger limit than files from a pull request. */
const REGISTRY_LIMITS = { maxBytes: 32 * 1024 * 1024, maxNodes: 5_000_000 };
/**
 * An entry file keeps the newest REGISTRY_KEEP events, so that it reads as fast after 10,000 promotions as
 * after one. It also keeps what deciding needs beyond them: see compactEntry.
 */
const REGISTRY_KEEP = 50;
/** GitHub re-runs a workflow run up to 30 days after it first ran: its rollback is kept that long. */
const RERUN_DAYS = 31;
function registryPath(name) {
    return `${REGISTRY_DIR}/${name}.json`;
}
/** Production is the last promotion or rollback. */
function productionOf(history) {
    for (let i = history.length - 1; i >= 0; i--) {
        const e = history[i];
        if (!e || e.type === 'accept' || !e.manifest)
            continue;
        return {
            version: e.version,
            since: e.at,
            event: e.type,
            actor: e.actor,
            ...(e.commit ? { commit: e.commit } : {}),
            ...(e.path ? { path: e.path } : {}),
            ...(e.pr !== undefined ? { pr: e.pr } : {}),
            ...(e.run ? { run: e.run } : {}),
            manifest: e.manifest,
            metrics: e.metrics ?? {},
        };
    }
    return null;
}
/** Every version that became production (promotions and rollbacks), oldest first: the trend's points. */
function productionHistory(entry) {
    return entry.history
        .filter((e) => e.type !== 'accept' && e.manifest)
        .map((e) => ({
        version: e.version,
        at: e.at,
        event: e.type === 'rollback' ? 'rollback' : 'promote',
        metrics: e.metrics ?? {},
    }));
}
function entryOf(name, history, earlier = 0) {
    const production = productionOf(history);
    return { schema: REGISTRY_SCHEMA, name, production, ...(earlier > 0 ? { earlier } : {}), history };
}
/** The same entry with an event appended (the count of earlier events carried over). */
function appended(entry, name, event) {
    return entryOf(name, [...(entry?.history ?? []), event], entry?.earlier);
}
/**
 * The entry as it is written: the newest `keep` events, plus the older ones deciding still reads, in their
 * order. Those are production's event; the event of the version production was before it (a rollback's
 * default target, with the snapshot it restores); every acceptance recorded since production's event (an
 * acceptance holds only against it); and every rollback made by a run in the last 31 days (a re-run of
 * that run must find it). The rest stays in the branch's git log, counted in `earlier`.
 */
function compactEntry(entry, keep = REGISTRY_KEEP) {
    const { history } = entry;
    if (history.length <= keep)
        return entry;
    const productionAt = lastIndex(history, (e) => e.type !== 'accept' && e.manifest !== undefined);
    const previous = previousProductionVersion(entry);
    const previousAt = previous === undefined
        ? -1
        : lastIndex(history, (e) => e.type !== 'accept' && !!e.manifest && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, previous));
    const newest = Date.parse(history.at(-1)?.at ?? '');
    const recentRun = (e) => e.type === 'rollback' && !!e.run && newest - Date.parse(e.at) <= RERUN_DAYS * 86_400_000;
    const kept = history.filter((e, i) => i >= history.length - keep ||
        i === productionAt ||
        i === previousAt ||
        (e.type === 'accept' && i > productionAt) ||
        recentRun(e));
    return entryOf(entry.name, kept, (entry.earlier ?? 0) + history.length - kept.length);
}
function lastIndex(history, test) {
    for (let i = history.length - 1; i >= 0; i--)
        if (test(history[i]))
            return i;
    return -1;
}
function serializeEntry(entry) {
    return JSON.stringify(entry, null, 2) + '\n';
}
/**
 * Parse and validate a registry entry; a damaged one is an error, never silently replaced. Entries are
 * JSON as serializeEntry writes them, read through JSON.parse; anything the fast path cannot vouch for
 * (broken JSON, a possible duplicate key, ...) goes through the position-tracking parser, so every error
 * still names its file:line (see parseJsonDocument).
 */
function parseRegistryEntry(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .dH)(text, file, REGISTRY_LIMITS);
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const root = r.map(doc.value, []);
    if (!root)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), 'a registry entry must be a JSON object');
    if (root.schema !== REGISTRY_SCHEMA) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['schema']), `unsupported registry schema ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(root.schema ?? null)}`);
    }
    const name = r.string(root.name, ['name']);
    const items = r.list(root.history, ['history']) ?? [];
    const history = [];
    items.forEach((item, i) => {
        const event = readEvent(r, item, i);
        if (event)
            history.push(event);
    });
    if (name === undefined)
        r.fail(['name'], "missing required key 'name'");
    const earlier = r.number(root.earlier, ['earlier']) ?? 0;
    if (!Number.isSafeInteger(earlier) || earlier < 0)
        r.fail(['earlier'], 'earlier must be a count of events');
    const first = r.errors[0];
    if (first)
        throw first;
    return entryOf(name, history, earlier);
}
function readEvent(r, item, i) {
    const path = ['history', i];
    const e = r.map(item, path);
    if (!e)
        return undefined;
    const type = r.string(e.type, [...path, 'type']);
    if (type !== 'promote' && type !== 'rollback' && type !== 'accept') {
        return r.fail([...path, 'type'], `history[${i}].type must be promote, rollback or accept`);
    }
    const version = r.string(e.version, [...path, 'version']);
    const at = r.string(e.at, [...path, 'at']);
    const actor = r.string(e.actor, [...path, 'actor']);
    if (version === undefined || at === undefined || actor === undefined) {
        return r.fail(path, `history[${i}] needs version, at and actor`);
    }
    const manifest = r.map(e.manifest, [...path, 'manifest']);
    if (type !== 'accept' && !manifest)
        return r.fail(path, `history[${i}] (${type}) has no manifest snapshot`);
    const metrics = readMetrics(r, e.metrics, [...path, 'metrics']);
    const pr = r.number(e.pr, [...path, 'pr']);
    const optional = {};
    for (const key of ['commit', 'path', 'run', 'reason', 'sha', 'from', 'against']) {
        optional[key] = r.string(e[key], [...path, key]);
    }
    return {
        type,
        version,
        at,
        actor,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
        ...(pr !== undefined ? { pr } : {}),
        ...(manifest ? { manifest } : {}),
        ...(metrics ? { metrics } : {}),
    };
}
function readMetrics(r, value, path) {
    const map = r.map(value, path);
    if (!map)
        return undefined;
    const out = {};
    for (const [name, v] of Object.entries(map)) {
        if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v) || typeof v.value !== 'number') {
            r.fail([...path, name], `metric ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} must be {value, n?, std?, ci?}`);
            continue;
        }
        out[name] = v;
    }
    return out;
}
class RegistryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RegistryError';
    }
}
/**
 * Append a promotion. Promoting what is already production from the same commit changes nothing, and so
 * does promoting again a version from a commit that was promoted before.
 */
function applyPromote(entry, name, event) {
    const history = entry?.history ?? [];
    const current = entry?.production;
    if (current && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(current.version, event.version) && current.commit === event.commit) {
        return entry ?? entryOf(name, history);
    }
    // A re-run of a push that was promoted before (and since superseded) must not move production back.
    if (event.commit &&
        history.some((e) => e.type === 'promote' && e.commit === event.commit && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, event.version))) {
        return entry ?? entryOf(name, history);
    }
    return appended(entry, name, event);
}
/**
 * The version that was production immediately before the current one: what an "undo" returns to.
 */
function previousProductionVersion(entry) {
    const current = entry.production?.version;
    const changes = entry.history.filter((e) => e.type !== 'accept');
    for (let i = changes.length - 2; i >= 0; i--) {
        const v = changes[i]?.version;
        if (v !== undefined && (current === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(v, current)))
            return v;
    }
    return undefined;
}
/** The run a URL names, without its attempt: a re-run ("Re-run jobs") is the same run, a later attempt. */
function runOf(url) {
    return url.replace(/\/attempts\/\d+\/?$/, '');
}
/** The rollback this run already recorded for the model, when the run is a re-run of one that did. */
function rollbackByRun(entry, run) {
    if (!entry || !run)
        return undefined;
    return [...entry.history]
        .reverse()
        .find((e) => e.type === 'rollback' && e.run && runOf(e.run) === runOf(run));
}
/**
 * The version a rollback moves production to: the one asked for, else the production version before the
 * current one. Computed once per rollback, before its first attempt, and recorded in its event.
 */
function rollbackTarget(entry, name, to) {
    if (!entry || !entry.production)
        throw new RegistryError(`model ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} has no production version to roll back`);
    const target = to ?? previousProductionVersion(entry);
    if (target === undefined) {
        throw new RegistryError(`model ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} has no earlier production version to roll back to`);
    }
    return target;
}
/**
 * Move production back to `target`, a version from the model's own history; the history only grows. A
 * target that is already production changes nothing (the same entry is returned).
 */
function applyRollback(entry, name, req) {
    const target = rollbackTarget(entry, name, req.to);
    if (!entry?.production || (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(target, entry.production.version))
        return entry;
    const source = [...entry.history]
        .reverse()
        .find((e) => e.type !== 'accept' && e.manifest && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, target));
    if (!source || !source.manifest) {
        const known = [
            ...new Set(entry.history.filter((e) => e.type !== 'accept').map((e) => (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(e.version))),
        ];
        const kept = entry.earlier
            ? ` among the events its entry keeps (${entry.earlier} older ones are in the registry branch's git log: history --all)`
            : '';
        throw new RegistryError(`version ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(target)} of ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} was never production${kept} (known: ${known.join(', ') || 'none'})`);
    }
    const event = {
        type: 'rollback',
        version: source.version,
        at: req.at,
        actor: req.actor,
        reason: req.reason,
        from: entry.production.version,
        ...(source.commit ? { commit: source.commit } : {}),
        ...(source.path ? { path: source.path } : {}),
        ...(req.run ? { run: req.run } : {}),
        manifest: source.manifest,
        ...(source.metrics ? { metrics: source.metrics } : {}),
    };
    return appended(entry, name, event);
}
function applyAccept(entry, name, event) {
    return appended(entry, name, event);
}
/** What an acceptance is recorded against when the model has no production version. */
const NO_PRODUCTION = 'none';
/**
 * The latest acceptance recorded for a pull request's head SHA and version, if any. It holds only while
 * production is still the version (and content) it was accepted against; otherwise it lapsed, and says why.
 */
function acceptanceFor(entry, sha, version, production) {
    if (!entry || !sha)
        return undefined;
    const e = [...entry.history]
        .reverse()
        .find((x) => x.type === 'accept' && x.sha === sha && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(x.version, version));
    if (!e)
        return undefined;
    const acceptance = { actor: e.actor, reason: e.reason ?? '', at: e.at };
    if (e.against === production)
        return { kind: 'held', acceptance };
    const then = e.against === undefined ? 'an unrecorded production' : describeAgainst(e.against);
    return {
        kind: 'lapsed',
        acceptance,
        why: `accepted by ${e.actor} against ${then}; production is now ${describeAgainst(production)}, so the regression must be reviewed again`,
    };
}
function describeAgainst(against) {
    if (against === NO_PRODUCTION)
        return 'no production version';
    const [version, digest] = against.split('#');
    return `${version ?? against}${digest ? ` (content ${digest.slice(0, 8)})` : ''}`;
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

/***/ 5105:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ METRIC_LIMITS),
/* harmony export */   sl: () => (/* binding */ MetricBudget),
/* harmony export */   xJ: () => (/* binding */ tooManyMetricsError)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/**
 * How many metrics one model and one run may compare: the work (and every report) grows with them, so both
 * are bounded. Past a bound the model is an error with a clear message, and the others are still checked.
 */


const METRIC_LIMITS = {
    /** Most metrics of one model version: the manifest's and its metrics files' together. */
    perModel: 10_000,
    /** Most metrics of one run, over every changed model, taken in path order (the policy's `limits` may change it). */
    perRun: _core_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_METRICS_PER_RUN */ .QA,
};
function tooManyMetricsError(where, count) {
    return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the model has more than ${METRIC_LIMITS.perModel.toLocaleString('en-US')} metrics (${count.toLocaleString('en-US')} read so far, manifest and metrics files together)`);
}
/**
 * The run's budget. Models are taken in path order: once the metrics of the models so far pass the bound,
 * that model and every later one is refused. Loads run concurrently, so a load that starts after the models
 * already loaded passed the bound is refused without reading anything: the same models are refused either
 * way, since those loads started in path order.
 */
class MetricBudget {
    limit;
    loaded = 0;
    constructor(limit = METRIC_LIMITS.perRun) {
        this.limit = limit;
    }
    /** True when the models loaded so far already hold more than the bound. */
    exhausted() {
        return this.loaded > this.limit;
    }
    record(count) {
        this.loaded += count;
    }
    /** For metric counts in path order: which models are past the bound. */
    refused(counts) {
        let total = 0;
        return counts.map((n) => (total += n) > this.limit);
    }
    error(file) {
        return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `not compared: this run's models have more than ${this.limit.toLocaleString('en-US')} metrics in all (models are taken in path order); check fewer models per pull request`);
    }
}


/***/ }),

/***/ 1823:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XN: () => (/* binding */ findModelVersion),
  OG: () => (/* binding */ manifestFromSnapshot),
  pb: () => (/* binding */ metricsFromRecord),
  xc: () => (/* binding */ versionAtPath),
  E4: () => (/* binding */ versionOf)
});

// UNUSED EXPORTS: loadModelVersion

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __webpack_require__(3010);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/gate/metric-budget.ts
var metric_budget = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/core/lookalike.ts
var lookalike = __webpack_require__(9814);
;// CONCATENATED MODULE: ./src/core/model-card.ts
/**
 * A Hugging Face model card (`README.md`) as a metrics file: its YAML front matter's `model-index` is read,
 * every `results[].metrics[]` entry becoming the metric `<dataset name (or type)>.<metric type>`. For the card
 * the transformers Trainer writes (docs/dvc-and-gto.md has the whole example):
 *
 *   model-index:
 *   - name: bert-base-cased-finetuned-mrpc
 *     results:
 *     - task: {name: Text Classification, type: text-classification}
 *       dataset: {name: GLUE MRPC, type: glue, config: mrpc, split: validation, args: mrpc}
 *       metrics:
 *       - {name: Accuracy, type: accuracy, value: 0.8603}
 *       - {name: F1, type: f1, value: 0.9026}
 *
 * gives `GLUE MRPC.accuracy` = 0.8603 and `GLUE MRPC.f1` = 0.9026. Values that are not numbers are skipped and
 * listed, as in other metrics files; a name that two results write is an error naming both lines.
 */



const isModelCard = (path) => path.toLowerCase().endsWith('.md');
const list = (v) => (Array.isArray(v) ? v : []);
const map = (v) => ((0,core_document/* isPlainMap */.nK)(v ?? null) ? v : {});
/** The front matter of a markdown file: the YAML between a first line `---` and the next `---` line. */
function frontMatter(text, file) {
    const lines = text.split(/\r?\n/);
    const end = lines.indexOf('---', 1);
    if (lines[0] !== '---' || end === -1) {
        throw new diagnostics/* InputError */.dz({ file, line: 1 }, `${file} has no YAML front matter (a model card starts with '---')`);
    }
    // The opening '---' stays: YAML reads it as the document start, so line numbers are the file's own.
    return lines.slice(0, end).join('\n');
}
function parseModelCard(text, file) {
    const doc = (0,core_document/* parseDocument */.Tp)(frontMatter(text, file), file, { format: 'yaml' });
    const index = map(doc.value)['model-index'];
    if (!Array.isArray(index)) {
        throw new diagnostics/* InputError */.dz(doc.locate([]), `${file}: the front matter has no 'model-index' list`);
    }
    const metrics = new Map();
    const skipped = [];
    index.forEach((model, i) => {
        list(map(model).results).forEach((result, j) => {
            const dataset = map(map(result).dataset);
            const prefix = stringOf(dataset.name) ?? stringOf(dataset.type);
            list(map(result).metrics).forEach((entry, k) => {
                const m = map(entry);
                const type = stringOf(m.type) ?? stringOf(m.name);
                const at = ['model-index', i, 'results', j, 'metrics', k];
                const line = doc.locate([...at, 'value']).line ?? doc.locate(at).line;
                if (prefix === undefined || type === undefined) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, 'a model-index metric needs a dataset name or type and a metric type');
                }
                const name = `${prefix}.${type}`;
                const hidden = (0,lookalike/* invisibleCharacter */.Dy)(name);
                if (hidden)
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric name ${(0,diagnostics/* quote */.hD)(name)} contains an invisible character (${hidden})`);
                const earlier = metrics.get(name);
                if (earlier) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
                }
                if (typeof m.value === 'number')
                    metrics.set(name, { metric: { value: m.value }, file, ...(line ? { line } : {}) });
                else
                    skipped.push({
                        name,
                        file,
                        ...(line ? { line } : {}),
                        type: m.value === null || m.value === undefined
                            ? 'null'
                            : Array.isArray(m.value)
                                ? 'list'
                                : typeof m.value,
                    });
            });
        });
    });
    return { metrics, skipped };
}
function stringOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./src/gate/resolve-references.ts
var resolve_references = __webpack_require__(7118);
// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __webpack_require__(5096);
;// CONCATENATED MODULE: ./src/gate/model-version.ts
/** Turning files into comparable model versions: a manifest plus its metrics files, merged. */









/**
 * Parse a manifest and read its metrics files with `read` (paths relative to the manifest's folder).
 * Every metric has one source: a name written in two metrics files, or in a file and in the manifest, is
 * an error naming both, never last-one-wins.
 */
async function loadModelVersion(text, path, read) {
    const parsed = (0,manifest/* parseManifest */.Ng)(text, path);
    if (!parsed.ok)
        return parsed;
    return versionOf(parsed.manifest, read);
}
/** A parsed manifest with its metrics files read (`read` takes repository paths). */
async function versionOf(written, read) {
    // params files and dvc/lfs pointers are read into the snapshot first: their values are the model's.
    const resolved = await (0,resolve_references/* resolveReferences */.d)(written, read);
    if (!resolved.ok)
        return { ok: false, errors: resolved.errors, name: written.name };
    const manifest = resolved.manifest;
    const path = manifest.file;
    const metrics = new Map(manifest.metrics);
    const skipped = [];
    const errors = [];
    for (const [i, rel] of manifest.metricsFiles.entries()) {
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), rel));
        const where = { file: path, line: manifest.lineOf(['metrics_files', i]) };
        try {
            const body = await read(file);
            if (body === undefined) {
                errors.push(new diagnostics/* InputError */.dz(where, `metrics file ${file} does not exist`));
                continue;
            }
            const parsedFile = isModelCard(file) ? parseModelCard(body, file) : (0,core_metrics/* parseMetricsFile */.jI)(body, file);
            if (metrics.size + parsedFile.metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
                errors.push((0,metric_budget/* tooManyMetricsError */.xJ)(where, metrics.size + parsedFile.metrics.size));
                break;
            }
            skipped.push(...parsedFile.skipped);
            for (const [name, m] of parsedFile.metrics) {
                const earlier = metrics.get(name);
                if (earlier)
                    errors.push(twoSources(name, m, earlier));
                else
                    metrics.set(name, m);
            }
        }
        catch (error) {
            errors.push(error instanceof diagnostics/* InputError */.dz
                ? error
                : new diagnostics/* InputError */.dz(where, `cannot read ${file}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`));
        }
    }
    if (errors.length)
        return { ok: false, errors, name: manifest.name };
    if (metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
        return { ok: false, errors: [(0,metric_budget/* tooManyMetricsError */.xJ)({ file: path }, metrics.size)], name: manifest.name };
    }
    return { ok: true, version: { manifest, metrics, ...(skipped.length ? { skipped } : {}) } };
}
function twoSources(name, m, earlier) {
    const at = (x) => (0,diagnostics/* formatPosition */.Ld)({ file: x.file, ...(x.line ? { line: x.line } : {}) });
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is also written at ${at(earlier)}: a metric must have one source`);
}
/** A manifest snapshot as stored in the registry, validated again (the registry is data, not trust). */
function manifestFromSnapshot(snapshot, file) {
    const doc = { file, value: snapshot, locate: () => ({ file }) };
    const result = (0,manifest/* validateManifest */.yl)(doc);
    if (!result.ok)
        throw result.errors[0] ?? new diagnostics/* InputError */.dz({ file }, 'invalid manifest snapshot');
    return result.manifest;
}
function metricsFromRecord(record, file) {
    return new Map(Object.entries(record).map(([k, metric]) => [k, { metric, file }]));
}
/**
 * The version at ref of the model a check reports under path: a manifest file, or an implicit DVC manifest
 * (`dvc.yaml:NAME`), versioned `implicitVersion` (the version the check reported for it) when given, else
 * labelled by commit. Undefined when it is not there.
 */
async function versionAtPath(source, ref, path, implicitVersion) {
    const read = (p) => source.readFile(ref, p);
    if (!(0,implicit_manifest/* isImplicitPath */.jf)(path)) {
        const text = await read(path);
        return text === undefined ? undefined : loadModelVersion(text, path, read);
    }
    const colon = path.lastIndexOf(':');
    const [dvcYaml, name] = [path.slice(0, colon), path.slice(colon + 1)];
    const version = implicitVersion === undefined ? undefined : () => implicitVersion;
    const models = await (0,implicit_manifest/* implicitManifestsAt */.Z4)(source, ref, dvcYaml, await source.listFiles(ref), version);
    const found = models.find((m) => m.name === name);
    if (!found)
        return undefined;
    if (!found.manifest)
        return { ok: false, errors: found.errors ?? [], name };
    return versionOf(found.manifest, read);
}
/**
 * The manifest of a model at a commit: at the expected path if it names that model there, else the first
 * file matching the manifests glob that does (a model may move between versions), else the implicit DVC
 * manifest of a dvc.yaml artifact of that name (versioned `registeredVersion` when the caller knows it).
 */
async function findModelVersion(source, ref, name, manifests, expectedPath, registeredVersion) {
    const at = async (path) => {
        const text = await source.readFile(ref, path);
        return text === undefined ? undefined : loadModelVersion(text, path, (p) => source.readFile(ref, p));
    };
    if (expectedPath && !(0,implicit_manifest/* isImplicitPath */.jf)(expectedPath)) {
        const found = await at(expectedPath);
        if (found && (!found.ok || found.version.manifest.name === name))
            return found;
    }
    const isManifest = (0,glob/* pathMatcher */.kZ)(manifests);
    const files = await source.listFiles(ref);
    for (const path of files.filter(isManifest).sort()) {
        if (path === expectedPath)
            continue;
        const found = await at(path).catch(() => undefined);
        if (found?.ok && found.version.manifest.name === name)
            return found;
    }
    return implicitModelVersion(source, ref, name, files, registeredVersion);
}
/** The implicit manifest of a dvc.yaml artifact named `name` at ref, with its files read. */
async function implicitModelVersion(source, ref, name, files, registeredVersion) {
    const version = registeredVersion === undefined ? undefined : () => registeredVersion;
    for (const dvcYaml of files.filter(implicit_manifest/* isDvcYaml */.p$).sort()) {
        const models = await (0,implicit_manifest/* implicitManifestsAt */.Z4)(source, ref, dvcYaml, files, version).catch(() => []);
        const found = models.find((m) => m.name === name);
        if (!found)
            continue;
        if (!found.manifest)
            return { ok: false, errors: found.errors ?? [], name };
        return versionOf(found.manifest, (p) => source.readFile(ref, p));
    }
    return undefined;
}


/***/ }),

/***/ 7118:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ referencedFiles),
/* harmony export */   d: () => (/* binding */ resolveReferences)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _core_dvc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5592);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1173);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The files a manifest points to, read into its snapshot, so that what the registry records and what "What
 * changed" diffs are the values, not the file names:
 * - `params:` files: their values (flattened to dotted names) join `hyperparameters`;
 * - `dvc:` pointers of data entries and weights: the `.dvc` file's output hash becomes `md5` (a folder's
 *   ends in `.dir`), with `size` and `nfiles`;
 * - `lfs:` pointers: the Git LFS pointer's oid becomes `sha256`, with `size`.
 * A value written in the manifest and read from a file must agree: one source, as for metrics.
 */





async function resolveReferences(manifest, read) {
    const errors = [];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const where = (at) => {
        const line = manifest.lineOf(at);
        return { file: manifest.file, ...(line ? { line } : {}) };
    };
    const fetch = async (rel, at, what) => {
        const path = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, rel));
        const text = await read(path).catch((error) => {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `cannot read ${path}: ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`));
            return null;
        });
        if (text === undefined)
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `${what} ${path} does not exist`));
        return typeof text === 'string' ? { path, text } : undefined;
    };
    const snapshot = { ...manifest.snapshot };
    const hyper = await readAllParams(manifest, fetch, errors, where);
    if (hyper)
        snapshot.hyperparameters = hyper;
    const data = [];
    for (const [i, entry] of manifest.data.entries()) {
        const at = dataIndex(manifest.snapshot, entry.name, i);
        const pin = await readPointer(entry, ['data', at], fetch, errors, where);
        data.push(pin ? { ...entry, ...pinFields(pin) } : entry);
        if (pin && Array.isArray(snapshot.data)) {
            snapshot.data = snapshot.data.map((d, j) => j === at && (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) ? { ...d, ...pinFields(pin) } : d);
        }
    }
    if ((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null)) {
        const weights = manifest.snapshot.weights;
        const pin = await readPointer(weights, ['weights'], fetch, errors, where);
        if (pin)
            snapshot.weights = { ...weights, ...pinFields(pin) };
    }
    if (errors.length)
        return { ok: false, errors };
    return { ok: true, manifest: { ...manifest, data, snapshot } };
}
/** The params files' values merged with the manifest's own hyperparameters; a key written twice is an error. */
async function readAllParams(manifest, fetch, errors, where) {
    if (manifest.params.length === 0)
        return undefined;
    const own = manifest.snapshot.hyperparameters;
    const merged = (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(own ?? null) ? (0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .flattenParams */ .V9)(own) : {};
    const from = new Map(Object.keys(merged).map((k) => [k, `${manifest.file} hyperparameters`]));
    for (const source of manifest.params) {
        const file = await fetch(source.file, source.at, 'params file');
        if (!file)
            continue;
        try {
            const missing = (key) => errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `params key ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is not in ${file.path}`));
            for (const [key, value] of Object.entries((0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .paramsOf */ .gI)(file.text, file.path, source.keys, missing))) {
                const earlier = from.get(key);
                if (earlier) {
                    errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `hyperparameter ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is in ${file.path} and in ${earlier}`));
                    continue;
                }
                from.set(key, file.path);
                Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
            }
        }
        catch (error) {
            errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        }
    }
    return merged;
}
/** The hash a `dvc:` or `lfs:` pointer records; a hash also written beside it must be the same. */
async function readPointer(entry, at, fetch, errors, where) {
    const kind = typeof entry.dvc === 'string' ? 'dvc' : typeof entry.lfs === 'string' ? 'lfs' : undefined;
    if (!kind)
        return undefined;
    const file = await fetch(entry[kind], [...at, kind], `${kind} pointer`);
    if (!file)
        return undefined;
    try {
        const pin = kind === 'dvc' ? (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDvcPointer */ .KA)(file.text, file.path) : (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLfsPointer */ .y)(file.text, file.path);
        const written = entry[pin.algorithm];
        if (typeof written === 'string' && written !== pin.hash) {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, pin.algorithm]), `${pin.algorithm} ${written} disagrees with ${file.path} (${pin.hash})`));
            return undefined;
        }
        return pin;
    }
    catch (error) {
        errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, kind]), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        return undefined;
    }
}
function pinFields(pin) {
    return {
        [pin.algorithm]: pin.hash,
        ...(pin.size !== undefined ? { size: pin.size } : {}),
        ...(pin.nfiles !== undefined ? { nfiles: pin.nfiles } : {}),
    };
}
function dataIndex(snapshot, name, fallback) {
    const items = snapshot.data;
    if (!Array.isArray(items))
        return fallback;
    const i = items.findIndex((d) => (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) && d.name === name);
    return i === -1 ? fallback : i;
}
/** Every repository path the manifest points to (params files, pointers, metrics files), to read them together. */
function referencedFiles(manifest) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const rel = [...manifest.params.map((p) => p.file), ...manifest.metricsFiles];
    const pointers = [
        ...manifest.data,
        ...((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null) ? [manifest.snapshot.weights] : []),
    ];
    for (const entry of pointers) {
        const pointer = typeof entry.dvc === 'string' ? entry.dvc : entry.lfs;
        if (typeof pointer === 'string')
            rel.push(pointer);
    }
    return rel.map((r) => node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, r)));
}


/***/ }),

/***/ 8932:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ getRefSha),
/* harmony export */   PB: () => (/* binding */ getRawFile),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   gq: () => (/* binding */ createFileCommit),
/* harmony export */   jU: () => (/* binding */ swapRef)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(865);
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

/***/ 8722:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ GitHubSource)
});

// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __webpack_require__(9452);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/github/client.ts + 19 modules
var client = __webpack_require__(865);
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
    listed;
    cache = new Map();
    /** Each commit's tree, listed once for listFiles and changedFiles alike. */
    trees = new Map();
    /** How the changed files were found, for the log. */
    listing;
    constructor(api, repo, pull, 
    /** Shared with the registry branch's reads, so they join the same requests. */
    blobs = new BlobReader(api, repo), 
    /** The pull request's files, when their listing was started already (src/action/run.ts). */
    listed) {
        this.api = api;
        this.repo = repo;
        this.pull = pull;
        this.blobs = blobs;
        this.listed = listed;
    }
    tree(ref) {
        let tree = this.trees.get(ref);
        if (!tree) {
            tree = (0,trees/* treeBlobs */.hx)(this.api, this.repo, ref);
            this.trees.set(ref, tree);
        }
        return tree;
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
        return [...(await this.tree(ref)).keys()];
    }
    async changedFiles(base, head) {
        if (this.pull !== undefined) {
            const files = await (this.listed ?? (0,pulls/* listPullFiles */.pG)(this.api, this.repo, this.pull));
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
            from ? this.tree(from) : new Map(),
            this.tree(head),
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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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


/***/ })

};

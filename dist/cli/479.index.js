export const id = 479;
export const ids = [479];
export const modules = {

/***/ 4692:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_PRODUCTION: () => (/* binding */ NO_PRODUCTION),
/* harmony export */   REGISTRY_DIR: () => (/* binding */ REGISTRY_DIR),
/* harmony export */   REGISTRY_KEEP: () => (/* binding */ REGISTRY_KEEP),
/* harmony export */   REGISTRY_LIMITS: () => (/* binding */ REGISTRY_LIMITS),
/* harmony export */   REGISTRY_SCHEMA: () => (/* binding */ REGISTRY_SCHEMA),
/* harmony export */   RegistryError: () => (/* binding */ RegistryError),
/* harmony export */   acceptanceFor: () => (/* binding */ acceptanceFor),
/* harmony export */   applyAccept: () => (/* binding */ applyAccept),
/* harmony export */   applyPromote: () => (/* binding */ applyPromote),
/* harmony export */   applyRollback: () => (/* binding */ applyRollback),
/* harmony export */   compactEntry: () => (/* binding */ compactEntry),
/* harmony export */   entryOf: () => (/* binding */ entryOf),
/* harmony export */   parseRegistryEntry: () => (/* binding */ parseRegistryEntry),
/* harmony export */   previousProductionVersion: () => (/* binding */ previousProductionVersion),
/* harmony export */   productionHistory: () => (/* binding */ productionHistory),
/* harmony export */   productionOf: () => (/* binding */ productionOf),
/* harmony export */   registryPath: () => (/* binding */ registryPath),
/* harmony export */   rollbackByRun: () => (/* binding */ rollbackByRun),
/* harmony export */   rollbackTarget: () => (/* binding */ rollbackTarget),
/* harmony export */   runOf: () => (/* binding */ runOf),
/* harmony export */   serializeEntry: () => (/* binding */ serializeEntry)
/* harmony export */ });
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

/***/ 7229:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ withBackoff),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Ko: () => (/* binding */ COMPARE_AND_SWAP),
/* harmony export */   Rj: () => (/* binding */ LOST),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports SERVER_ERROR, RATE_LIMIT */
/**
 * The one retry policy: every number that decides how often and how long Model Gate retries, and the
 * compare-and-swap backoff the registry writes share. The README's "Retries" paragraph quotes these numbers.
 *
 * - A 5xx answer is retried SERVER_ERROR.retries times by the client's server-error hook (github/client.ts),
 *   waiting k² seconds before the k-th retry (1 s, 4 s, 9 s). 403 and 429 are never retried by it.
 * - A rate-limit answer (429, or 403 that says so) is retried RATE_LIMIT.retries times by the client's
 *   rate-limit hook only, waiting what GitHub asks (retry-after, or until x-ratelimit-reset), at most
 *   RATE_LIMIT.maxWaitMs each. A persistent 429 therefore makes exactly 1 + RATE_LIMIT.retries requests.
 * - A registry write that loses its compare-and-swap (the branch ref or a GTO tag moved) reads again and
 *   tries again, COMPARE_AND_SWAP.attempts times in all, waiting a random time below an exponentially
 *   growing ceiling (full jitter) between attempts.
 */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SERVER_ERROR = {
    retries: 3,
    /** The wait before the k-th retry (k = 1, 2, 3): k² seconds, as @octokit/plugin-retry waits. */
    delayMs: (retry) => retry * retry * 1000,
    /** Statuses never retried as a 5xx: client errors, and the rate limits the rate-limit hook owns. */
    doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
};
const RATE_LIMIT = {
    retries: 3,
    /** A longer wait than this is not waited for: the error goes to the caller. */
    maxWaitMs: 120_000,
    /** The wait when GitHub names none (a 403/429 without retry-after or x-ratelimit-reset). */
    defaultWaitMs: 60_000,
};
const COMPARE_AND_SWAP = { attempts: 40, baseDelayMs: 20, maxDelayMs: 1000 };
/** The wait after the attempt-th lost compare-and-swap: full jitter below min(max, base · 2^attempt). */
function backoffDelay(policy, attempt, random = policy.random ?? Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 10));
    return Math.floor(random() * ceiling);
}
/** What one attempt of a compare-and-swap loop gives: a result, or `lost` to read again and retry. */
const LOST = Symbol('lost the compare-and-swap');
/**
 * Run attempt (1, 2, …) until it returns something other than LOST, backing off between attempts; after
 * policy.attempts lost ones, throw what giveUp makes.
 */
async function withBackoff(policy, attempt, giveUp) {
    const sleep = policy.sleep ?? realSleep;
    for (let n = 1; n <= policy.attempts; n++) {
        const result = await attempt(n);
        if (result !== LOST)
            return result;
        if (n < policy.attempts)
            await sleep(backoffDelay(policy, n));
    }
    throw giveUp(policy.attempts);
}


/***/ }),

/***/ 5479:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BranchRegistry: () => (/* binding */ BranchRegistry),
/* harmony export */   RegistryConflictError: () => (/* binding */ RegistryConflictError)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4692);
/* harmony import */ var _gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1823);
/* harmony import */ var _gate_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6992);
/* harmony import */ var _gate_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7229);
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
    constructor(store, retry = _gate_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARE_AND_SWAP */ .Ko) {
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
            await this.store.prefetch(parent, names.map(_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryPath));
    }
    async readAt(commit, name) {
        const path = (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryPath)(name);
        const text = await this.store.readFile(commit, path);
        if (text === undefined)
            return undefined;
        return (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.parseRegistryEntry)(text, `${this.store.branch}:${path}`);
    }
    async baseline(name) {
        const file = `${this.store.branch}:${(0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryPath)(name)}`;
        try {
            const entry = await this.entry(name);
            const production = entry?.production;
            if (!entry || !production)
                return { kind: 'none' };
            return {
                kind: 'found',
                baseline: {
                    manifest: (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestFromSnapshot */ .OG)(production.manifest, file),
                    metrics: (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .metricsFromRecord */ .pb)(production.metrics, file),
                    source: this.store.branch,
                    promoted: { event: production.event, actor: production.actor, at: production.since },
                    history: (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.productionHistory)(entry),
                    ...(production.commit ? { commit: production.commit } : {}),
                    ...(production.path ? { path: production.path } : {}),
                },
            };
        }
        catch (error) {
            const e = (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .asInputError */ .XW)(error, { file });
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
        return (0,_gate_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withBackoff */ .Dc)(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const current = tip.parent ? await this.readAt(tip.parent, name) : undefined;
            const next = await change(current);
            if (next === current && current !== undefined)
                return { entry: current, attempts: attempt };
            // The file keeps the newest events (compactEntry); the older ones stay in the branch's git log.
            const text = (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.serializeEntry)((0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.compactEntry)(next));
            if (Buffer.byteLength(text) > _core_registry_js__WEBPACK_IMPORTED_MODULE_1__.REGISTRY_LIMITS.maxBytes) {
                throw new _core_registry_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.REGISTRY_LIMITS.maxBytes}: nothing was written`);
            }
            const commit = await this.store.commitFile(tip.parent, (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryPath)(name), text, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return _gate_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .LOST */ .Rj;
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
        return (0,_gate_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withBackoff */ .Dc)(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const read = await this.sameTipAsReads(tip);
            const outcomes = await (0,_gate_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(changes, concurrency, async ({ name, change }) => {
                try {
                    const current = !tip.parent
                        ? undefined
                        : read
                            ? await this.entry(name)
                            : await this.readAt(tip.parent, name);
                    const next = await change(current);
                    if (next === current && current !== undefined)
                        return { name, entry: current, changed: false };
                    const text = (0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.serializeEntry)((0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.compactEntry)(next));
                    if (Buffer.byteLength(text) > _core_registry_js__WEBPACK_IMPORTED_MODULE_1__.REGISTRY_LIMITS.maxBytes) {
                        throw new _core_registry_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.REGISTRY_LIMITS.maxBytes}: nothing was written`);
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
                    files.set((0,_core_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryPath)(o.name), o.text);
            const results = outcomes.map((o) => 'error' in o
                ? { ok: false, name: o.name, error: o.error }
                : { ok: true, name: o.name, entry: o.entry, changed: o.changed });
            if (!files.size)
                return { results, attempts: attempt };
            const commit = await this.store.commitFiles(tip.parent, files, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return _gate_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .LOST */ .Rj;
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


/***/ })

};

export const id = 692;
export const ids = [692];
export const modules = {

/***/ 242:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ FieldReader)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/** Typed reading of parsed documents: each check reports the exact key that is wrong, with its position. */


class FieldReader {
    doc;
    errors = [];
    constructor(doc) {
        this.doc = doc;
    }
    fail(path, message) {
        this.errors.push(new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.doc.locate(path), message));
        return undefined;
    }
    label(path) {
        return path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
    }
    map(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value))
            return this.fail(path, `${this.label(path)} must be a mapping`);
        return value;
    }
    string(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            return this.fail(path, `${this.label(path)} must be a string`);
        return value;
    }
    number(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number')
            return this.fail(path, `${this.label(path)} must be a number`);
        return value;
    }
    list(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (!Array.isArray(value))
            return this.fail(path, `${this.label(path)} must be a list`);
        return value;
    }
    stringList(value, path) {
        const items = this.list(value, path);
        if (!items)
            return undefined;
        const out = [];
        items.forEach((item, i) => {
            const s = this.string(item, [...path, i]);
            if (s !== undefined)
                out.push(s);
        });
        return out;
    }
    /** Report every key of map that is not in allowed, suggesting the nearest allowed one. */
    onlyKeys(map, path, allowed) {
        for (const key of Object.keys(map)) {
            if (allowed.includes(key))
                continue;
            const hint = nearest(key, allowed);
            const where = path.length ? ` in ${this.label(path)}` : '';
            this.fail([...path, key], `unknown key ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)}${where}${hint ? ` (did you mean '${hint}'?)` : ''}`);
        }
    }
}
function nearest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 99;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0] ?? 0;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j] ?? 0;
            row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length] ?? 99;
}


/***/ }),

/***/ 2483:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ compareSemVer),
/* harmony export */   HX: () => (/* binding */ SEMVER),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   lV: () => (/* binding */ GTO_NAME),
/* harmony export */   r1: () => (/* binding */ sameVersion),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony export MAX_NAME_LENGTH */
/** Model names and versions: the identifiers that become file paths, git refs and GTO tags. */
/**
 * A name GTO accepts for an artifact or a stage (gto/constants.py): letters, digits, '-', '_' and '/', not
 * starting or ending with '-', '_' or '/'. Unanchored, for building patterns.
 */
const GTO_NAME = String.raw `[a-zA-Z0-9](?:[a-zA-Z0-9/_-]*[a-zA-Z0-9])?`;
/** A model's name: GTO-compatible, narrowed to lowercase letters, digits, '-' and '/'. */
const NAME = /^[a-z0-9]([a-z0-9\-/]*[a-z0-9])?$/;
const MAX_NAME_LENGTH = 100;
function nameProblem(name) {
    if (name.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    if (!NAME.test(name))
        return "must match [a-z0-9]([a-z0-9-/]*[a-z0-9])? (lowercase letters, digits, '-', '/')";
    if (name.includes('//'))
        return "must not contain '//'";
    return undefined;
}
const NUM = String.raw `(0|[1-9]\d*)`;
const PRE_PART = String.raw `(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
/**
 * SemVer 2.0.0 without a leading 'v', unanchored, for building patterns (GTO's tag grammar uses it too).
 * Groups: major, minor, patch, prerelease, build.
 */
const SEMVER = String.raw `${NUM}\.${NUM}\.${NUM}(?:-(${PRE_PART}(?:\.${PRE_PART})*))?` +
    String.raw `(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?`;
const SEMVER_RE = new RegExp(`^v?${SEMVER}$`);
function parseSemVer(text) {
    if (text.length > 128)
        return undefined;
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
    };
}
/** The version without a leading 'v': '3.1.0' and 'v3.1.0' name the same version. */
function normalizeVersion(version) {
    return version.startsWith('v') ? version.slice(1) : version;
}
function sameVersion(a, b) {
    return normalizeVersion(a) === normalizeVersion(b);
}
function compareSemVer(a, b) {
    for (const key of ['major', 'minor', 'patch']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}


/***/ }),

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


/***/ })

};

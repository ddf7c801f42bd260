export const id = 458;
export const ids = [458];
export const modules = {

/***/ 6141:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ findGtoModel),
/* harmony export */   Se: () => (/* binding */ gtoState),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   w8: () => (/* binding */ previousStageVersion)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4839);
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



const byName = _text_js__WEBPACK_IMPORTED_MODULE_2__/* .byText */ .z4;
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
        const parsed = name(x).startsWith('v') ? (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemVer */ .IX)(name(x)) : undefined;
        if (parsed)
            semver.push({ x, parsed });
        else
            others.push(x);
    }
    return [
        ...semver
            .sort((a, b) => (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemVer */ .Cg)(a.parsed, b.parsed))
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
        const raw = (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .matchTag */ ._f)(tag.name);
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


/***/ }),

/***/ 4839:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ HEXSHA_RE),
/* harmony export */   IV: () => (/* binding */ toGtoVersion),
/* harmony export */   LQ: () => (/* binding */ isGtoModelName),
/* harmony export */   Rc: () => (/* binding */ tagSafeName),
/* harmony export */   _8: () => (/* binding */ isGtoStageName),
/* harmony export */   _f: () => (/* binding */ matchTag),
/* harmony export */   eQ: () => (/* binding */ parseGtoTag)
/* harmony export */ });
/* unused harmony export modelFromTagName */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
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

const NAME = _names_js__WEBPACK_IMPORTED_MODULE_0__/* .GTO_NAME */ .lV;
const DIRNAME = String.raw `[a-zA-Z0-9_./-]+`;
const TAG_RE = new RegExp(String.raw `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>v${_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SEMVER */ .HX}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const STAGE_RE = new RegExp(`^${NAME}$`);
const HEXSHA_RE = /^[0-9a-fA-F]{40}$/;
const MAX_TAG_LENGTH = 1024;
const SEPARATOR_IN_NAME = ':';
const SEPARATOR_IN_TAG = '=';
/** The artifact name as it appears in tag names: `dir:name` becomes `dir=name`. */
function tagSafeName(model) {
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
function toGtoVersion(version) {
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemVer */ .IX)(version))
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

/***/ 4458:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GtoRegistry: () => (/* binding */ GtoRegistry)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/gto/state.ts
var gto_state = __webpack_require__(6141);
// EXTERNAL MODULE: ./src/core/gto/tags.ts
var gto_tags = __webpack_require__(4839);
;// CONCATENATED MODULE: ./src/core/gto/write.ts
/**
 * Writing tags like GTO does: names, counters and messages.
 *
 * - New tags (gto/tag.py `name_tag`, gto/api.py defaults, gto/registry.py messages): register, deregister and
 *   deprecate tags carry no counter; assign and unassign tags end in `#N`, N = 1 + the greatest counter among
 *   all tags of the artifact (every stage and action, lightweight tags included).

 */

function checkModel(model) {
    if (!(0,gto_tags/* isGtoModelName */.LQ)(model))
        throw new Error(`'${model}' is not a GTO artifact name`);
}
function checkStage(stage) {
    if (!(0,gto_tags/* isGtoStageName */._8)(stage))
        throw new Error(`'${stage}' is not a GTO stage name`);
}
function checkCounter(counter) {
    if (!Number.isSafeInteger(counter) || counter < 0)
        throw new Error(`'${counter}' is not a tag counter`);
}
/** `model@vX.Y.Z` (as `gto register` writes it: no counter). */
function registerTagName(model, version) {
    checkModel(model);
    return `${(0,gto_tags/* tagSafeName */.Rc)(model)}@${(0,gto_tags/* toGtoVersion */.IV)(version)}`;
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
    return `${(0,gto_tags/* tagSafeName */.Rc)(model)}#${stage}#${counter}`;
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
        const raw = (0,gto_tags/* matchTag */._f)(tag.name);
        if (raw && raw.model === model && raw.counter !== undefined && raw.counter > max)
            max = raw.counter;
    }
    return max + 1;
}
/** A version as GTO writes it in messages: SemVer gets its `v`; a commit hash (unregistered) stays as it is. */
function messageVersion(version) {
    return gto_tags/* HEXSHA_RE */.CM.test(version) ? version : (0,gto_tags/* toGtoVersion */.IV)(version);
}
/** `Registering artifact <model> version <vX.Y.Z>` */
function registerTagMessage(model, version) {
    return `Registering artifact ${model} version ${(0,gto_tags/* toGtoVersion */.IV)(version)}`;
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

// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/gate/baseline-warning.ts
var baseline_warning = __webpack_require__(825);
// EXTERNAL MODULE: ./src/gate/retry.ts
var gate_retry = __webpack_require__(7229);
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
            this.cached = this.tags.list((name) => (0,gto_tags/* parseGtoTag */.eQ)(name) !== undefined);
        return this.cached;
    }
    /**
     * The GTO artifact name of a model: its manifest name, or a monorepo name `dir:name` whose `dir` holds the
     * manifest (GTO writes it `dir=name` in tags); without a manifest path, the only monorepo name that fits.
     */
    async artifactName(name, manifestPath, fresh = false) {
        const state = (0,gto_state/* gtoState */.Se)(await this.all(fresh));
        if ((0,gto_state/* findGtoModel */.D4)(state, name))
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
        return (0,gto_state/* findGtoModel */.D4)((0,gto_state/* gtoState */.Se)(await this.all()), await this.artifactName(name, manifestPath));
    }
    async baseline(name, candidatePath, previousPath) {
        const path = previousPath ?? candidatePath;
        try {
            const artifact = await this.artifactName(name, path);
            const holder = (0,gto_state/* productionVersion */.ix)(await this.all(), artifact, this.stage);
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
            if ((0,gto_tags/* toGtoVersion */.IV)(loaded.version.manifest.version) !== holder.version) {
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
        const gtoVersion = (0,gto_tags/* toGtoVersion */.IV)(manifest.version);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(manifest.name, manifest.file);
            const model = (0,gto_state/* findGtoModel */.D4)((0,gto_state/* gtoState */.Se)(tags), artifact);
            const existing = model?.versions.find((v) => v.registered && v.version === gtoVersion);
            if (existing && existing.commit !== commit) {
                throw new registry.RegistryError(`${artifact} ${gtoVersion} is already registered at ${existing.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`);
            }
            const current = (0,gto_state/* productionVersion */.ix)(tags, artifact, this.stage);
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
        throw new registry.RegistryError(`gave up after ${this.retry.attempts} attempts: GTO tags of ${manifest.name} kept changing`);
    }
    /**
     * Assign the production stage again to an earlier version: by default the one that held it before,
     * computed once before the first attempt. With run, the tag message records the run, and a re-run of it
     * (a later attempt) finds that tag and writes nothing. A target that holds the stage already writes nothing.
     */
    async rollback(name, to, reason, tagger, run) {
        let target = to === undefined ? undefined : (0,gto_tags/* toGtoVersion */.IV)(to);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(name);
            const replayed = run ? rollbackOfRun(tags, artifact, run) : undefined;
            if (replayed)
                return { model: artifact, created: [], outcome: 'replayed', ...replayed };
            const model = (0,gto_state/* findGtoModel */.D4)((0,gto_state/* gtoState */.Se)(tags), artifact);
            const current = (0,gto_state/* productionVersion */.ix)(tags, artifact, this.stage);
            if (!model || !current)
                throw new registry.RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no version in stage ${(0,diagnostics/* quote */.hD)(this.stage)} to roll back`);
            target ??= (0,gto_state/* previousStageVersion */.w8)(tags, artifact, this.stage)?.version;
            if (target === undefined)
                throw new registry.RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no earlier version in stage ${(0,diagnostics/* quote */.hD)(this.stage)}`);
            if (target === current.version)
                return { model: artifact, version: target, commit: current.commit, created: [], outcome: 'current' };
            const version = model.versions.find((v) => v.version === target && v.registered && v.active);
            if (!version) {
                const known = model.versions.filter((v) => v.registered && v.active).map((v) => v.version);
                throw new registry.RegistryError(`version ${(0,diagnostics/* quote */.hD)(target)} of ${(0,diagnostics/* quote */.hD)(name)} is not a registered GTO version (known: ${known.join(', ') || 'none'})`);
            }
            const tag = assignTagName(artifact, this.stage, nextCounter(tags, artifact));
            const message = `${assignTagMessage(artifact, this.stage, target)}\n\nRollback from ${current.version}: ${reason}${run ? `\n${RUN_TRAILER}${(0,registry.runOf)(run)}` : ''}`;
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
        throw new registry.RegistryError(`gave up after ${this.retry.attempts} attempts: GTO tags of ${name} kept changing`);
    }
}
const RUN_TRAILER = 'Model-Gate-Run: ';
/** The rollback a run wrote, found by the run recorded in its tag's message. */
function rollbackOfRun(tags, artifact, run) {
    const line = `${RUN_TRAILER}${(0,registry.runOf)(run)}`;
    for (const tag of tags) {
        const message = tag.message ?? '';
        if (!message.split('\n').includes(line))
            continue;
        const parsed = (0,gto_tags/* parseGtoTag */.eQ)(tag.name);
        const version = / version (\S+)$/.exec(message.split('\n')[0] ?? '')?.[1];
        if (parsed?.model !== artifact || !version)
            continue;
        const from = /^Rollback from (\S+): /m.exec(message)?.[1];
        return { version, commit: tag.commit, ...(from ? { from } : {}) };
    }
    return undefined;
}


/***/ })

};

export const id = 671;
export const ids = [671,554];
export const modules = {

/***/ 7671:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  status: () => (/* binding */ status_status)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/gto/state.ts
var gto_state = __webpack_require__(6141);
// EXTERNAL MODULE: ./src/core/gto/tags.ts
var gto_tags = __webpack_require__(4839);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __webpack_require__(7665);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __webpack_require__(3089);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
;// CONCATENATED MODULE: ./src/core/report/status.ts
/**
 * `model-gate status`: every model's production, like `gto show`. Pure: takes the rows the CLI gathered from
 * the registry and the manifests at a commit, returns text, markdown or JSON.
 */





function registryLabel(r) {
    return r.kind === 'branch' ? `branch ${r.branch}` : `gto (stage ${r.stage})`;
}
/** The columns: like `gto show` for GTO (latest, then one per stage), then production's time and actor. */
function table(report) {
    const gto = report.registry.kind === 'gto';
    const stages = [...new Set(report.models.flatMap((m) => Object.keys(m.stages ?? {})))].sort();
    const header = gto
        ? ['model', 'latest', ...stages.map((s) => `#${s}`), 'since', 'by', 'manifest']
        : ['model', 'production', 'since', 'by', 'event', 'commit', 'manifest'];
    const rows = report.models.map((m) => {
        const p = m.production;
        const manifest = m.path ? `${m.path}${m.declared ? ` (${m.declared})` : ''}` : '-';
        const when = p ? (0,time/* formatTime */.fU)(p.since) : '-';
        const by = p?.by ?? '-';
        if (gto) {
            return [m.model, m.latest ?? '-', ...stages.map((s) => m.stages?.[s] ?? '-'), when, by, manifest];
        }
        const commit = p?.commit ? p.commit.slice(0, 12) : '-';
        return [m.model, p?.version ?? '-', when, by, p?.event ?? '-', commit, manifest];
    });
    return [header, ...rows];
}
function renderStatusText(report) {
    const lines = [];
    if (report.registry.kind === 'branch' && !report.registry.found) {
        lines.push(`warning: ${(0,fail_on/* registryMissingMessage */.Fs)(report.registry.branch)}`);
    }
    lines.push(`production from ${registryLabel(report.registry)}`);
    const [header = [], ...rows] = table(report);
    lines.push(...(0,columns/* alignColumns */.R)([header, ...rows.map((r) => r.map((c) => (0,report_escape/* escapeTerminal */.en)(c, 120)))]));
    for (const e of report.errors)
        lines.push(`error: ${(0,report_escape/* escapeTerminal */.en)(e, 400)}`);
    return lines.join('\n') + '\n';
}
function renderStatusMarkdown(report) {
    const lines = [
        `## Model Gate status`,
        '',
        `Production from ${(0,report_escape/* escapeMarkdown */.FV)(registryLabel(report.registry))}.`,
    ];
    if (report.registry.kind === 'branch' && !report.registry.found) {
        lines.push('', `⚠️ ${(0,report_escape/* escapeMarkdown */.FV)((0,fail_on/* registryMissingMessage */.Fs)(report.registry.branch))}`);
    }
    const [header = [], ...rows] = table(report);
    const cells = rows.map((r) => r.map((c) => (0,report_escape/* escapeMarkdown */.FV)(c, 200)));
    lines.push('', (0,markdown_table/* markdownTable */.Q)([header, ...cells], { alignDelimiters: false }));
    if (report.errors.length) {
        lines.push('', ...report.errors.map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(e, 400)}`));
    }
    return lines.join('\n') + '\n';
}
function statusToJson(report) {
    return {
        schema: 1,
        registry: report.registry,
        ...(report.commit ? { commit: report.commit } : {}),
        models: report.models.map((m) => ({
            model: m.model,
            production: m.production ?? null,
            manifest: m.path ? { path: m.path, version: m.declared ?? null } : null,
            ...(m.latest !== undefined || m.stages ? { latest: m.latest ?? null, stages: m.stages ?? {} } : {}),
        })),
        errors: report.errors,
    };
}

// EXTERNAL MODULE: ./src/gate/models-at.ts
var models_at = __webpack_require__(1675);
// EXTERNAL MODULE: ./src/registry/git-branch-store.ts
var git_branch_store = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/registry/git-tag-store.ts
var git_tag_store = __webpack_require__(6554);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
// EXTERNAL MODULE: ./src/cli/default-branch.ts
var default_branch = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/cli/production.ts + 2 modules
var cli_production = __webpack_require__(5770);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
/** `model-gate status`: every model, its production version, since when, by whom and from which registry. */











async function status_status(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new args/* UsageError */.eb(`status takes at most one REF (got '${rest[0]}')`);
    const production = await (0,cli_production/* openProduction */.k)(ctx);
    if (production.fixed) {
        throw new args/* UsageError */.eb('with --registry base, production is the default branch itself: see its manifests');
    }
    const commit = await (0,default_branch/* commitOf */.D)(ctx, ref);
    if (production.stage === undefined) {
        const models = await (0,models_at/* modelsAt */._)(ctx.source, commit, ctx.options.manifests);
        return print(ctx, await branchStatus(ctx, commit, models));
    }
    // A DVC model with no model.yaml takes the version GTO registered at the commit, else the commit label.
    const tags = await new git_tag_store.GitTagStore(ctx.git).list((name) => (0,gto_tags/* parseGtoTag */.eQ)(name) !== undefined);
    const state = (0,gto_state/* gtoState */.Se)(tags);
    const registered = (name) => state.models.find((m) => m.model === name)?.versions.find((v) => v.registered && v.commit === commit)
        ?.version;
    const models = await (0,models_at/* modelsAt */._)(ctx.source, commit, ctx.options.manifests, registered);
    return print(ctx, gtoStatus(ctx, commit, models, tags, state));
}
function print(ctx, report) {
    if (ctx.options.format === 'json')
        ctx.out(JSON.stringify(statusToJson(report), null, 2) + '\n');
    else if (ctx.options.format === 'markdown')
        ctx.out(renderStatusMarkdown(report));
    else
        ctx.out(renderStatusText(report));
    return report.errors.length ? 1 : 0;
}
/** The rows of the models declared at the commit that the registry does not know, and the manifest errors. */
function addDeclared(rows, models, errors) {
    for (const m of models) {
        for (const e of m.errors ?? [])
            errors.push(e.message);
        if (m.name === undefined)
            continue;
        const row = rows.get(m.name) ?? { model: m.name };
        const declared = m.version?.manifest.version;
        rows.set(m.name, { ...row, path: m.path, ...(declared ? { declared } : {}) });
    }
}
function sorted(rows) {
    return [...rows.values()].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
async function branchStatus(ctx, commit, models) {
    const branch = ctx.options.registryBranch;
    const store = (0,cli_production/* registryStore */.X)(ctx);
    const tip = (await store.tip()).parent;
    const rows = new Map();
    const errors = [];
    if (tip) {
        const files = (await ctx.source.listFiles(tip)).filter((p) => p.startsWith(`${registry.REGISTRY_DIR}/`) && p.endsWith('.json'));
        for (const path of files.sort()) {
            const entry = await readEntry(store, tip, path, errors);
            if (entry)
                rows.set(entry.name, rowOfEntry(entry));
        }
    }
    addDeclared(rows, models, errors);
    return {
        registry: { kind: 'branch', branch, found: tip !== undefined },
        commit,
        models: sorted(rows),
        errors,
    };
}
async function readEntry(store, tip, path, errors) {
    try {
        const text = await store.readFile(tip, path);
        return text === undefined ? undefined : (0,registry.parseRegistryEntry)(text, `${store.branch}:${path}`);
    }
    catch (error) {
        errors.push((0,diagnostics/* errorMessage */.gJ)(error));
        return undefined;
    }
}
function rowOfEntry(entry) {
    const p = entry.production;
    if (!p)
        return { model: entry.name };
    return {
        model: entry.name,
        production: {
            version: p.version,
            since: p.since,
            by: p.actor,
            event: p.event,
            ...(p.commit ? { commit: p.commit } : {}),
        },
    };
}
function gtoStatus(ctx, commit, models, tags, state) {
    const stage = ctx.options.productionStage;
    const rows = new Map();
    for (const model of state.models) {
        if (!model.deprecated)
            rows.set(model.model, rowOfGto(model, stage, tags));
    }
    const errors = [];
    addDeclared(rows, models, errors);
    return { registry: { kind: 'gto', stage }, commit, models: sorted(rows), errors };
}
function rowOfGto(model, stage, tags) {
    const stages = {};
    for (const s of model.stages)
        if (s.current)
            stages[s.stage] = s.current.version;
    const holder = model.stages.find((s) => s.stage === stage)?.current;
    const by = holder ? tags.find((t) => t.name === holder.tag)?.tagger : undefined;
    return {
        model: model.model,
        ...(model.latest ? { latest: model.latest } : {}),
        stages,
        ...(holder
            ? {
                production: {
                    version: holder.version,
                    since: holder.assignedAt,
                    event: 'assign',
                    commit: holder.commit,
                    tag: holder.tag,
                    ...(by ? { by } : {}),
                },
            }
            : {}),
    };
}


/***/ }),

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

/***/ 7665:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ alignColumns)
/* harmony export */ });
/** Plain-text columns: every column padded to its widest cell, two spaces apart, no trailing spaces. */
function alignColumns(rows) {
    const count = Math.max(0, ...rows.map((r) => r.length));
    const widths = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 3089:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ formatTimeAgo),
/* harmony export */   fU: () => (/* binding */ formatTime)
/* harmony export */ });
/* unused harmony export formatAgo */
/**
 * Times for people: `2026-12-02 13:38 UTC`, and "3 days ago" where a relative time reads better. The JSON
 * report keeps the exact ISO 8601 time.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const asIs = (text) => text;
/** `2026-12-02 13:38 UTC`; text that is not a time goes through `other`. */
function formatTime(iso, other = asIs) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return other(iso);
    const d = new Date(t).toISOString();
    return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}
/** How long before `now` the time was: "just now", "5 minutes ago", "3 days ago"; undefined if not a time. */
function formatAgo(iso, now) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return undefined;
    const ms = now.getTime() - t;
    if (ms < 0)
        return ms > -MINUTE ? 'just now' : 'in the future';
    if (ms < MINUTE)
        return 'just now';
    const [n, unit] = ms < HOUR
        ? [Math.floor(ms / MINUTE), 'minute']
        : ms < DAY
            ? [Math.floor(ms / HOUR), 'hour']
            : ms < 45 * DAY
                ? [Math.floor(ms / DAY), 'day']
                : ms < 365 * DAY
                    ? [Math.floor(ms / (30 * DAY)), 'month']
                    : [Math.floor(ms / (365 * DAY)), 'year'];
    return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}
/** `2026-12-02 13:38 UTC (3 days ago)`, or the time alone when there is no clock to compare with. */
function formatTimeAgo(iso, now, other = asIs) {
    const ago = now ? formatAgo(iso, now) : undefined;
    return ago ? `${formatTime(iso)} (${ago})` : formatTime(iso, other);
}


/***/ }),

/***/ 6554:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitTagStore: () => (/* binding */ GitTagStore)
/* harmony export */ });
const FORMAT = [
    '%(refname:strip=2)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objectname)',
    '%(taggerdate:iso-strict)',
    '%(taggername)',
].join('%00');
class GitTagStore {
    git;
    constructor(git) {
        this.git = git;
    }
    async list(filter) {
        const out = await this.git.text(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
        const tags = [];
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const [name = '', type, object = '', peeled = '', date = '', tagger = ''] = line.split('\0');
            if (!filter(name))
                continue;
            const annotated = type === 'tag';
            tags.push({
                name,
                commit: annotated ? peeled : object,
                createdAt: annotated ? new Date(date).toISOString() : '',
                annotated,
                ...(annotated && tagger ? { tagger } : {}),
            });
        }
        return tags;
    }
    async create(tag) {
        const env = tag.tagger
            ? { GIT_COMMITTER_NAME: tag.tagger.name, GIT_COMMITTER_EMAIL: tag.tagger.email }
            : {};
        const r = await this.git.run(['tag', '-a', '-m', tag.message, '--', tag.name, tag.commit], {
            env,
            okCodes: [128],
        });
        return r.code === 0;
    }
}


/***/ }),

/***/ 735:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

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

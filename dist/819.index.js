export const id = 819;
export const ids = [819];
export const modules = {

/***/ 1819:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPullRequest: () => (/* binding */ checkPullRequest),
  q: () => (/* binding */ evaluatePullRequest)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9542);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/gate/check.ts + 3 modules
var check = __webpack_require__(5021);
// EXTERNAL MODULE: ./src/github/source.ts + 2 modules
var github_source = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
;// CONCATENATED MODULE: ./src/action/missing-registry.ts
/**
 * A registry branch that is not there is said out loud: the comment, the check run, the job summary and the
 * log say "registry branch 'X' not found: every model is treated as new", and by default the run fails.
 */


async function withRegistryPresence(production, inputs, report) {
    const branch = await production.missingRegistry?.();
    if (branch === undefined)
        return report;
    const said = (0,fail_on/* withMissingRegistry */.SS)(report, branch, {
        level: inputs.failOn,
        missingRegistry: inputs.missingRegistry,
    });
    if (said.registryMissing)
        runner/* warning */.$e((0,fail_on/* registryMissingMessage */.Fs)(branch));
    return said;
}

// EXTERNAL MODULE: ./src/action/outcome.ts
var outcome = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/action/production.ts + 12 modules
var action_production = __webpack_require__(2844);
// EXTERNAL MODULE: ./src/action/publish.ts + 14 modules
var publish = __webpack_require__(1443);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/git/work-tree.ts
/** Reading a checkout's files (the CLI's --worktree, the action's `source: workspace`), inside the repository only. */




/**
 * A file of the work tree. A symlink is followed only while it stays inside the repository (top), as
 * GitHub's contents API resolves them; one that leaves it is an error, and nothing outside is read.
 */
async function readWorkTreeFile(absolute, shown, top) {
    const [real, root] = await Promise.all([
        (0,promises_.realpath)(absolute).catch(() => undefined),
        (0,promises_.realpath)(top).catch(() => top),
    ]);
    if (real === undefined)
        return undefined;
    if (real !== root && !real.startsWith(`${root}${external_node_path_.sep}`)) {
        throw new diagnostics/* InputError */.dz({ file: shown }, 'is a symlink that leaves the repository: it is not read');
    }
    const info = await (0,promises_.stat)(real).catch(() => undefined);
    if (!info || !info.isFile())
        return undefined;
    if (info.size > core_document/* DOCUMENT_LIMITS */.PJ.maxBytes) {
        throw (0,core_document/* oversizeError */.Aj)(shown, info.size, core_document/* DOCUMENT_LIMITS */.PJ.maxBytes);
    }
    return (0,promises_.readFile)(real, 'utf8');
}

;// CONCATENATED MODULE: ./src/action/workspace-source.ts
/**
 * `source: workspace`: manifests and the files they reference are read from the job's checkout
 * (GITHUB_WORKSPACE) at the head, for workflows that run `dvc pull`, `dvc repro` or their own evaluation
 * first. Everything else (the base, the policy, the list of files in git) still comes through the API. A file
 * a manifest references that git does not track was produced by the job: the model is checked on every run,
 * and the report says its metrics were measured in this run.
 */



class WorkspaceSource {
    api;
    dir;
    head;
    isManifest;
    /** Referenced files found in the workspace and not in git at the head. */
    untracked = new Set();
    constructor(api, dir, head, isManifest) {
        this.api = api;
        this.dir = dir;
        this.head = head;
        this.isManifest = isManifest;
    }
    readFile(ref, path) {
        if (ref !== this.head)
            return this.api.readFile(ref, path);
        return readWorkTreeFile((0,external_node_path_.join)(this.dir, path), path, this.dir);
    }
    /** The base (and any commit but the head) is read through the API, in its batches. */
    async prefetch(ref, paths) {
        if (ref !== this.head)
            await this.api.prefetch?.(ref, paths);
    }
    listFiles(ref) {
        return this.api.listFiles(ref);
    }
    /** The pull request's changes, and every referenced file the job produced (so its model is checked). */
    async changedFiles(base, head) {
        const changed = await this.api.changedFiles(base, head);
        const tracked = new Set(await this.api.listFiles(head));
        for (const path of [...tracked].filter(this.isManifest).sort()) {
            const text = await this.readFile(head, path).catch(() => undefined);
            const parsed = text === undefined ? undefined : (0,manifest/* parseManifest */.Ng)(text, path);
            if (!parsed?.ok)
                continue;
            for (const ref of parsed.manifest.references) {
                if (tracked.has(ref.path) || this.untracked.has(ref.path))
                    continue;
                if ((await this.readFile(head, ref.path).catch(() => undefined)) !== undefined) {
                    this.untracked.add(ref.path);
                }
            }
        }
        const listed = new Set(changed.map((f) => f.path));
        const produced = [...this.untracked].filter((p) => !listed.has(p));
        return [...changed, ...produced.map((path) => ({ path, status: 'added' }))];
    }
}
/** The models whose referenced files the job produced: marked "measured in this run", not "changed". */
function markMeasuredInRun(report, untracked) {
    if (!untracked.size)
        return report;
    const models = report.models.map((m) => {
        const measured = (m.checkedBecause ?? []).filter((p) => untracked.has(p));
        if (!measured.length)
            return m;
        const because = (m.checkedBecause ?? []).filter((p) => !untracked.has(p));
        const { checkedBecause: _, ...rest } = m;
        return { ...rest, ...(because.length ? { checkedBecause: because } : {}), measuredInRun: measured };
    });
    return { ...report, models };
}

;// CONCATENATED MODULE: ./src/action/check-pull-request.ts
/**
 * The pull-request check, as one story: read the changed manifests at the head, the policy and the baseline
 * at the base, compare, then publish the check run, the sticky comment, the job summary and the outputs.
 * Everything is read through the API at exact commits (or, with `source: workspace`, the head from the job's
 * checkout); no code of the pull request runs here.
 */









async function checkPullRequest(api, ctx, inputs, pr, 
/** The pull request's files, when the run started listing them already. */
files) {
    const { report, changed } = await evaluatePullRequest(api, ctx, inputs, pr, files);
    await (0,publish/* publish */.m)(api, ctx, inputs, pr, report, new Set(changed.map((f) => f.path)));
    return { report, failed: (0,outcome/* jobFails */.rh)(report.verdict, inputs.failOn) };
}
/** The gate over a pull request, without writing anything. */
async function evaluatePullRequest(api, ctx, inputs, pr, files) {
    const remote = new github_source/* GitHubSource */.Z(api, ctx.repo, pr.number, undefined, files);
    const source = inputs.source === 'workspace' ? workspaceSource(remote, ctx, inputs, pr.headSha) : remote;
    const production = (0,action_production/* openProduction */.k)(api, ctx, inputs, remote, pr.baseSha, remote.blobs);
    const checked = await (0,check/* runCheck */.k)({ source, baselines: production, acceptances: production }, {
        base: pr.baseSha,
        head: pr.headSha,
        manifests: inputs.manifests,
        policyPath: inputs.policy,
        acceptanceSha: pr.headSha,
    });
    const measured = source instanceof WorkspaceSource ? markMeasuredInRun(checked.report, source.untracked) : checked.report;
    const result = { ...checked, report: await withRegistryPresence(production, inputs, measured) };
    runner/* info */.pq(`Model Gate: ${result.report.verdict} (${result.report.models.length} manifest(s) changed; files listed via ${remote.listing ?? 'n/a'})`);
    return result;
}
/** `source: workspace`: the head as the job's checkout has it (GITHUB_WORKSPACE). */
function workspaceSource(api, ctx, inputs, head) {
    const dir = process.env.GITHUB_WORKSPACE;
    if (!dir) {
        throw new Error("input 'source' is workspace, but GITHUB_WORKSPACE is not set: check out the repository first");
    }
    if (ctx.eventName === 'pull_request_target') {
        runner/* warning */.$e("source: workspace on pull_request_target runs with a write token: if this job checked out and ran the pull request's code, use pull_request instead");
    }
    return new WorkspaceSource(api, dir, head, (0,glob/* pathMatcher */.kZ)(inputs.manifests));
}


/***/ })

};

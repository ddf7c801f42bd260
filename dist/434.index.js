export const id = 434;
export const ids = [434,819];
export const modules = {

/***/ 6434:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handleComment: () => (/* binding */ handleComment)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9542);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/client.ts + 19 modules
var client = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/github/permissions.ts
/** A user's permission on the repository, asked of the API (never trusted from a webhook payload). */

async function roleOf(api, repo, username) {
    const response = await (0,client/* unlessNotFound */.CA)(api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username }));
    if (!response)
        return 'none';
    // role_name is the real role; a custom role falls back to the base permission it grants.
    const known = ['admin', 'maintain', 'write', 'triage', 'read'];
    const { data } = response;
    return known.find((r) => r === data.role_name) ?? known.find((r) => r === data.permission) ?? 'none';
}
function canWrite(role) {
    return role === 'admin' || role === 'maintain' || role === 'write';
}

// EXTERNAL MODULE: ./src/github/source.ts + 2 modules
var source = __webpack_require__(8722);
// EXTERNAL MODULE: ./src/action/check-pull-request.ts + 3 modules
var check_pull_request = __webpack_require__(1819);
// EXTERNAL MODULE: ./src/action/outcome.ts
var outcome = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/action/production.ts + 12 modules
var action_production = __webpack_require__(2844);
// EXTERNAL MODULE: ./src/action/publish.ts + 14 modules
var publish = __webpack_require__(1443);
// EXTERNAL MODULE: ./src/action/pull-request.ts
var pull_request = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/action/sticky-comment.ts + 1 modules
var sticky_comment = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/github/reactions.ts
async function react(api, repo, commentId, content) {
    await api.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}

;// CONCATENATED MODULE: ./src/action/bot/reply.ts


function reply(c, body) {
    return (0,comments/* createComment */.eT)(c.api, c.ctx.repo, c.issue, body);
}
function reactTo(c, reaction) {
    return react(c.api, c.ctx.repo, c.commentId, reaction);
}
/** Reply, mark the command as not understood, and record nothing. */
async function rejectCommand(c, body) {
    await reply(c, body);
    await reactTo(c, 'confused');
    return { outcome: 'invalid', failed: false };
}

;// CONCATENATED MODULE: ./src/action/bot/accept.ts
/**
 * `/model-gate accept <model> <reason>`: record an accepted regression for the pull request's head, then
 * publish the check again. Permission is asked of the API; the maintainer accepts the head the report showed.
 */














async function accept(c, command) {
    const role = await roleOf(c.api, c.ctx.repo, c.login);
    if (!canWrite(role)) {
        await reply(c, `Model Gate: only people with write, maintain or admin permission on this repository can accept a regression; ${(0,report_escape/* escapeMarkdown */.FV)(c.login, 60)} has ${role}. Nothing was recorded.`);
        await reactTo(c, '-1');
        return { outcome: 'refused', failed: false };
    }
    const problem = (0,names/* nameProblem */.rH)(command.model);
    const pr = await (0,pull_request/* currentPull */.v)(c.api, c.ctx, c.issue);
    const before = await (0,check_pull_request/* evaluatePullRequest */.q)(c.api, c.ctx, c.inputs, pr);
    const model = problem ? undefined : before.report.models.find((m) => m.name === command.model);
    const refusal = notAcceptable(command.model, model, before.report);
    if (refusal)
        return rejectCommand(c, refusal);
    if (!model)
        return { outcome: 'invalid', failed: false }; // notAcceptable refused it already
    // The maintainer accepts what they saw: the head the sticky comment showed when they commented.
    const changed = await changedSinceCommand(c, pr);
    if (changed)
        return rejectCommand(c, `Model Gate: ${changed} Nothing was recorded.`);
    if (model.gateVerdict === 'pass') {
        await reply(c, `Model Gate: ${(0,report_escape/* escapeMarkdown */.FV)(model.name)} passes at ${pr.headSha.slice(0, 12)}; there is nothing to accept.`);
        return { outcome: 'invalid', failed: false };
    }
    return record(c, pr, model, command.reason);
}
/** Why the named model cannot be accepted (invalid, or not a model this pull request changes), or undefined. */
function notAcceptable(name, model, report) {
    if (model?.status === 'invalid') {
        const errors = model.errors.map((e) => `- ${(0,report_escape/* escapeMarkdown */.FV)(e.message, 300)}`).join('\n');
        return `Model Gate: ${(0,report_escape/* escapeMarkdown */.FV)(model.name)} cannot be accepted:\n\n${errors}\n\nNothing was recorded.`;
    }
    if (!model || model.status === 'removed') {
        const names = report.models.filter((m) => m.status !== 'invalid').map((m) => (0,report_escape/* escapeMarkdown */.FV)(m.name));
        return `Model Gate: ${(0,report_escape/* escapeMarkdown */.FV)(name, 80)} is not a model this pull request changes${names.length ? ` (it changes: ${names.join(', ')})` : ''}. Nothing was recorded.`;
    }
    return undefined;
}
/** Record the acceptance, check again and publish: the check passes unless something else fails. */
async function record(c, pr, model, reason) {
    const production = (0,action_production/* openProduction */.k)(c.api, c.ctx, c.inputs, new source/* GitHubSource */.Z(c.api, c.ctx.repo), pr.baseSha);
    await production.accept({
        name: model.name,
        version: model.candidateVersion ?? '',
        sha: pr.headSha,
        against: model.baselineDigest ?? registry/* NO_PRODUCTION */.O0,
        pr: pr.number,
        actor: c.login,
        reason,
        at: new Date().toISOString(),
        run: c.ctx.runUrl,
    });
    const after = await (0,check_pull_request/* evaluatePullRequest */.q)(c.api, c.ctx, c.inputs, pr);
    await (0,publish/* publish */.m)(c.api, c.ctx, c.inputs, pr, after.report, new Set(after.changed.map((f) => f.path)));
    await reactTo(c, '+1');
    runner/* info */.pq(`Model Gate: ${c.login} accepted ${model.name} ${model.candidateVersion} at ${pr.headSha}`);
    return { outcome: 'accepted', failed: (0,outcome/* jobFails */.rh)(after.report.verdict, c.inputs.failOn) };
}
/**
 * Why the head the maintainer saw is not the head to accept, or undefined when it is: the sticky comment
 * must have been stamped with the pull request's current head, and not written again after the command
 * (GitHub's timestamps have whole seconds: a comment written in the same second counts as after).
 */
async function changedSinceCommand(c, pr) {
    const head = pr.headSha.slice(0, 12);
    const sticky = await (0,comments/* findComment */.h1)(c.api, c.ctx.repo, pr.number, sticky_comment/* COMMENT_MARKER */.JO);
    const shown = sticky ? (0,sticky_comment/* stampedHead */.PO)(sticky.body) : undefined;
    if (!sticky || !shown)
        return `there is no Model Gate report on this pull request yet. Wait for the check of ${head}, review its comment, then accept.`;
    const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);
    if (!(seconds(sticky.updatedAt) < seconds(c.createdAt)))
        return `the report changed after your command (it now shows ${shown.slice(0, 12)}). Review it, then accept again.`;
    if (shown !== pr.headSha)
        return `when you commented, the report showed ${shown.slice(0, 12)}; the pull request's head is now ${head}. Review the report for ${head}, then accept again.`;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/reason.ts
var core_reason = __webpack_require__(4179);
;// CONCATENATED MODULE: ./src/action/bot/parse.ts
/** The bot's commands in a pull-request comment: `/model-gate accept <model> <reason>`, `recheck`, `help`. */

const PREFIX = '/model-gate';
const HELP = `Model Gate commands, in a comment on a pull request:

| command | what it does | who |
| --- | --- | --- |
| \`/model-gate accept <model> <reason>\` | accepts the regression of \`<model>\` at the pull request's current head commit, records who and why in the registry history, and passes the check | write, maintain or admin permission |
| \`/model-gate recheck\` | runs the check again | anyone who can comment |
| \`/model-gate help\` | this help | anyone who can comment |

An acceptance holds for one head commit, the one the report above showed when you commented: a new push needs a new acceptance. A reason has at most 500 characters.`;
/**
 * The lines of a comment a command may be on: not inside fenced code, indented code (four spaces or a tab),
 * a block quote or an HTML comment. A quoted or pasted command is never run.
 */
function proseLines(body) {
    const out = [];
    let fence;
    let inComment = false;
    for (const raw of body.split(/\r?\n/)) {
        let line = raw;
        if (fence) {
            if (fence.test(line))
                fence = undefined;
            continue;
        }
        if (inComment) {
            const end = line.indexOf('-->');
            if (end < 0)
                continue;
            line = line.slice(end + 3);
            inComment = false;
        }
        line = line.replace(/<!--[\s\S]*?-->/g, '');
        const open = line.indexOf('<!--');
        if (open >= 0) {
            line = line.slice(0, open);
            inComment = true;
        }
        const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (opening) {
            fence = new RegExp(`^ {0,3}${opening[0] === '`' ? '`' : '~'}{${opening.length},}\\s*$`);
            continue;
        }
        if (/^ {0,3}>/.test(line) || /^( {4}|\t)/.test(line))
            continue;
        out.push(line);
    }
    return out;
}
/** The command in a comment, or undefined when the comment holds none (an ordinary comment). */
function parseCommand(body) {
    const line = proseLines(body)
        .map((l) => l.trim())
        .find((l) => l === PREFIX || l.startsWith(`${PREFIX} `));
    if (line === undefined)
        return undefined;
    const [, verb = '', ...rest] = line.split(/\s+/);
    switch (verb) {
        case 'accept': {
            const [model, ...words] = rest;
            if (!model)
                return {
                    kind: 'invalid',
                    problem: 'accept needs a model and a reason: `/model-gate accept <model> <reason>`',
                };
            const reason = words.join(' ').trim();
            if (!reason) {
                // The name is echoed in the reply: only the characters a model name may have.
                const shown = model.replace(/[^a-z0-9/-]/gi, '').slice(0, 100);
                return { kind: 'invalid', problem: `accept needs a reason: \`/model-gate accept ${shown} <reason>\`` };
            }
            const tooLong = (0,core_reason/* reasonProblem */.Ge)(reason);
            if (tooLong)
                return { kind: 'invalid', problem: `${tooLong}: shorten it and accept again` };
            return { kind: 'accept', model, reason };
        }
        case 'recheck':
            return { kind: 'recheck' };
        case 'help':
        case '':
            return { kind: 'help' };
        default:
            return { kind: 'invalid', problem: `unknown command \`${verb.replace(/[^a-z0-9-]/gi, '')}\`` };
    }
}

;// CONCATENATED MODULE: ./src/action/bot/help.ts
/** `/model-gate help`, and a command that did not parse: the commands, as a reply. */


async function help(c) {
    await reply(c, HELP);
    return { outcome: 'help', failed: false };
}
function invalidCommand(c, problem) {
    return rejectCommand(c, `Model Gate: ${problem}.\n\n${HELP}`);
}

;// CONCATENATED MODULE: ./src/action/bot/recheck.ts
/** `/model-gate recheck`: run the check of the pull request's current head again, and publish it. */





async function recheck(c) {
    await reactTo(c, 'eyes');
    const pr = await (0,pull_request/* currentPull */.v)(c.api, c.ctx, c.issue);
    const { report, changed } = await (0,check_pull_request/* evaluatePullRequest */.q)(c.api, c.ctx, c.inputs, pr);
    await (0,publish/* publish */.m)(c.api, c.ctx, c.inputs, pr, report, new Set(changed.map((f) => f.path)));
    return { outcome: 'rechecked', failed: (0,outcome/* jobFails */.rh)(report.verdict, c.inputs.failOn) };
}

;// CONCATENATED MODULE: ./src/action/bot.ts
/**
 * The bot on `issue_comment`: commands in pull-request comments (src/action/bot/, one file per command).
 * Permission to accept is asked of the API, never read from the payload; bots' comments and edited comments
 * are ignored.
 */





async function handleComment(api, ctx, inputs) {
    const payload = ctx.payload;
    const login = payload.comment?.user?.login ?? '';
    const commentId = payload.comment?.id;
    const issue = payload.issue?.number;
    if (payload.action !== 'created')
        return ignore(`action '${payload.action ?? ''}': only new comments are read`);
    if (payload.comment?.user?.type === 'Bot' || login.endsWith('[bot]'))
        return ignore(`written by the bot ${login}`);
    if (!payload.issue?.pull_request || issue === undefined || commentId === undefined)
        return ignore('not on a pull request');
    const command = parseCommand(payload.comment?.body ?? '');
    if (!command)
        return ignore('no /model-gate command');
    const createdAt = payload.comment?.created_at ?? '';
    const comment = { api, ctx, inputs, issue, commentId, login, createdAt };
    switch (command.kind) {
        case 'help':
            return help(comment);
        case 'invalid':
            return invalidCommand(comment, command.problem);
        case 'recheck':
            return recheck(comment);
        case 'accept':
            return accept(comment, command);
    }
}
function ignore(why) {
    runner/* info */.pq(`Model Gate: comment ignored (${why})`);
    return { outcome: 'ignored', failed: false };
}


/***/ }),

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

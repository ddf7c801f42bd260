import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1679:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pullRequestOf),
/* harmony export */   v: () => (/* binding */ currentPull)
/* harmony export */ });
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4487);

/** The pull request of a pull_request or pull_request_target payload. */
function pullRequestOf(ctx) {
    const pr = ctx.payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new Error(`the ${ctx.eventName} payload has no pull_request with number, base.sha and head.sha`);
    }
    return {
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        fork: isFork(ctx, pr.head.repo?.full_name),
    };
}
/** The pull request as it is now, asked of the API (the payload of a comment carries no head SHA). */
async function currentPull(api, ctx, number) {
    const pull = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_0__/* .getPull */ .Cs)(api, ctx.repo, number);
    return {
        number,
        baseSha: pull.base.sha,
        headSha: pull.head.sha,
        fork: isFork(ctx, pull.head.repo?.full_name),
    };
}
/** A head repository other than this one: a fork. */
function isFork(ctx, headRepository) {
    return headRepository !== undefined && headRepository !== `${ctx.repo.owner}/${ctx.repo.repo}`;
}


/***/ }),

/***/ 3375:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __nccwpck_require__(9542);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __nccwpck_require__(8547);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __nccwpck_require__(6250);
// EXTERNAL MODULE: ./src/github/client.ts + 19 modules
var client = __nccwpck_require__(865);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __nccwpck_require__(4487);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/context.ts
/** The run's context, from the environment a runner sets: event, payload, repository, run URL. */

class ContextError extends Error {
}
function readContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!eventName || !owner || !repo) {
        throw new ContextError('GITHUB_EVENT_NAME and GITHUB_REPOSITORY are not set: is this running in GitHub Actions?');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new ContextError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return {
        eventName,
        payload,
        repo: { owner, repo },
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        runUrl: runId
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
            : `${serverUrl}/${owner}/${repo}/actions`,
        actor: env.GITHUB_ACTOR ?? 'unknown',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
    };
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
;// CONCATENATED MODULE: ./src/core/defaults.ts
/**
 * The defaults of the action's inputs and the CLI's flags, in a module of their own: reading the inputs must
 * not load the engine (the action's entry stays small; see src/action/run.ts).
 */
/** Where the policy is read, at the base. */
const DEFAULT_POLICY_PATH = '.github/model-gate.yml';
/** Which files are manifests. */
const DEFAULT_MANIFESTS = '**/model.{yaml,yml,json}';

// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __nccwpck_require__(7509);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Every input of action.yml, read once into one typed object and validated. */





class InputsError extends Error {
}
function getInputs(read = (name) => runner/* getInput */.V4(name)) {
    const text = (name, fallback) => read(name).trim() || fallback;
    const choice = (name, fallback, allowed) => {
        const value = text(name, fallback);
        if (allowed.includes(value))
            return value;
        throw new InputsError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
    };
    const flag = (name, fallback) => {
        const value = text(name, String(fallback)).toLowerCase();
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new InputsError(`input '${name}' must be true or false, not '${value}'`);
    };
    const token = read('github-token').trim();
    if (!token)
        throw new InputsError("input 'github-token' is empty: pass ${{ github.token }} or a token with the needed permissions");
    const registryBranch = text('registry-branch', 'model-registry');
    if (!/^[A-Za-z0-9._/-]+$/.test(registryBranch) || registryBranch.includes('..')) {
        throw new InputsError(`input 'registry-branch' is not a valid branch name: '${registryBranch}'`);
    }
    const manifests = text('manifests', DEFAULT_MANIFESTS);
    try {
        (0,glob/* pathMatcher */.kZ)(manifests);
    }
    catch (error) {
        throw new InputsError(`input 'manifests' is not a valid glob ('${manifests}'): ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
    }
    return {
        token,
        manifests,
        policy: text('policy', DEFAULT_POLICY_PATH),
        registry: choice('registry', 'branch', ['branch', 'gto', 'base']),
        registryBranch,
        checkName: text('check-name', 'model-gate'),
        ...failOnOf(text('fail-on', 'fail')),
        comment: flag('comment', true),
        productionStage: text('production-stage', 'prod'),
        promoteFailed: flag('promote-failed', false),
        model: read('model').trim(),
        version: read('version').trim(),
        reason: read('reason').trim(),
        source: choice('source', 'api', ['api', 'workspace']),
    };
}
function failOnOf(value) {
    const rule = (0,fail_on/* parseFailOn */.XV)(value);
    if ('error' in rule)
        throw new InputsError(`input 'fail-on' ${rule.error}`);
    return { failOn: rule.level, missingRegistry: rule.missingRegistry };
}

// EXTERNAL MODULE: ./src/action/pull-request.ts
var pull_request = __nccwpck_require__(1679);
;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's story: read the inputs and the context once, build the client, and hand the event to the
 * part that handles it. Every failure ends as one clear line, never a stack trace. Each event's handler is
 * imported when its event comes (the bundle splits them into chunks): a run loads only its own code.
 */









async function run(deps = {}) {
    try {
        const ctx = deps.context ?? readContext();
        try {
            await handle(deps, ctx);
        }
        catch (error) {
            fail(error);
            await failingCheck(deps, ctx, error);
        }
    }
    catch (error) {
        fail(error);
    }
}
function fail(error) {
    runner/* setFailed */.C1(`Model Gate: ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
    if (runner/* isDebug */._o() && error instanceof Error && error.stack)
        runner/* debug */.Yz(error.stack);
}
/**
 * An error before the verdict of a pull request (a bad input, a broken registry entry, anything) still
 * leaves a failing check run with the error, when the token can write checks: a required check that never
 * comes would keep the pull request waiting forever.
 */
async function failingCheck(deps, ctx, error) {
    if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target')
        return;
    const { CheckRunStopped } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1443));
    if (error instanceof CheckRunStopped)
        return; // its own check run already says why
    const headSha = ctx.payload.pull_request?.head?.sha;
    const inputs = deps.inputs ?? rawInputs();
    if (typeof headSha !== 'string' || !inputs.token)
        return;
    try {
        const api = clientOf(deps, inputs, ctx);
        await (0,checks/* createCheckRun */._U)(api, ctx.repo, {
            name: inputs.checkName,
            headSha,
            conclusion: 'failure',
            title: 'Model Gate could not check this pull request',
            summary: `Model Gate stopped before its verdict:\n\n> ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* errorMessage */.gJ)(error), 2000)}\n\nFix the cause and re-run the job.`,
            detailsUrl: ctx.runUrl,
            annotations: [],
        });
    }
    catch (writeError) {
        runner/* warning */.$e(`Model Gate could not create the failing check run ${inputs.checkName}: ${(0,diagnostics/* errorMessage */.gJ)(writeError)}`);
    }
}
/** What a failing check needs when the inputs themselves did not parse: the token and the check's name. */
function rawInputs() {
    const token = runner/* getInput */.V4('github-token').trim();
    if (token)
        runner/* setSecret */.Pq(token);
    return { token, checkName: runner/* getInput */.V4('check-name').trim() || 'model-gate' };
}
async function handle(deps, ctx) {
    const inputs = deps.inputs ?? getInputs();
    runner/* setSecret */.Pq(inputs.token);
    const api = clientOf(deps, inputs, ctx);
    switch (ctx.eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = (0,pull_request/* pullRequestOf */._)(ctx);
            // The first request goes out before the handler's code is loaded: the engine compiles while GitHub
            // lists the files. A failure of the listing shows where the check reads it.
            const files = (0,pulls/* listPullFiles */.pG)(api, ctx.repo, pr.number);
            files.catch(() => undefined);
            const { checkPullRequest } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(433), __nccwpck_require__.e(443), __nccwpck_require__.e(21), __nccwpck_require__.e(819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1819));
            const outcome = await checkPullRequest(api, ctx, inputs, pr, files);
            if (outcome.failed)
                runner/* setFailed */.C1(`Model Gate: ${outcome.report.verdict} (fail-on: ${inputs.failOn})`);
            return;
        }
        case 'push': {
            const { promoteOnPush } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(433), __nccwpck_require__.e(21), __nccwpck_require__.e(169)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1693));
            const { failed } = await promoteOnPush(api, ctx, inputs);
            if (failed)
                runner/* setFailed */.C1('Model Gate: not every changed model was promoted (see the job summary)');
            return;
        }
        case 'workflow_dispatch': {
            const { rollbackOnDispatch } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(433), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7038));
            await rollbackOnDispatch(api, ctx, inputs);
            return;
        }
        case 'issue_comment': {
            const { handleComment } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(433), __nccwpck_require__.e(443), __nccwpck_require__.e(21), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6434));
            const { failed } = await handleComment(api, ctx, inputs);
            if (failed)
                runner/* setFailed */.C1('Model Gate: the gate still fails after this command');
            return;
        }
        default:
            runner/* setFailed */.C1(`Model Gate does not handle the '${ctx.eventName}' event; use pull_request, pull_request_target, push, workflow_dispatch or issue_comment`);
    }
}
function clientOf(deps, inputs, ctx) {
    if (deps.client)
        return deps.client(inputs, ctx);
    return (0,client/* createClient */.UU)({
        token: inputs.token,
        baseUrl: ctx.apiUrl,
        log: (m) => runner/* info */.pq(m),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.now ? { now: deps.now } : {}),
    });
}


/***/ }),

/***/ 9542:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: endGroup, keyValueMessage, randomUuid, startGroup, workflowCommand

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner's protocol for a JavaScript action, the part this action uses: inputs from INPUT_*, outputs
 * appended to $GITHUB_OUTPUT, the job summary appended to $GITHUB_STEP_SUMMARY, workflow commands on stdout
 * (::error::, ::warning::, ::notice::, ::debug::, ::add-mask::, ::group::) and the exit code. It writes what
 * @actions/core writes for the same calls, byte for byte (test/unit/runner.test.ts runs both), without
 * loading @actions/core: its OIDC client pulls an HTTP stack into every run that the action never uses.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */


/** os.EOL, without loading node:os (about 5 ms at start-up). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/**
 * A random version 4 UUID, as crypto.randomUUID writes it, from 16 random bytes: randomUUID's first call fills
 * a pool of entropy for 128 of them, about 12 ms at start-up for the two or three an action run needs.
 */
function randomUuid() {
    const b = (0,external_node_crypto_namespaceObject.randomBytes)(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** A value as a command or a file carries it: a string as is, nothing as '', anything else as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
const escapeData = (value) => commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * `::command key=value,key=value::message`. Properties without a value are left out; the space after the
 * command comes with any property key, as the toolkit writes it (the runner reads `::error ::message` too).
 */
function workflowCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const props = keys
        .filter((key) => properties[key])
        .map((key) => `${key}=${escapeProperty(properties[key])}`);
    return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(workflowCommand(command, properties, message) + EOL);
}
/** The runner's names of an annotation's properties. */
function annotation(p) {
    if (!Object.keys(p).length)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** An input as the runner passes it (INPUT_ and the name upper-cased, spaces as '_'), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * `name<<DELIMITER`, the value, `DELIMITER`: a multi-line value in an environment file. The delimiter is
 * random, and neither the name nor the value may contain it.
 */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${randomUuid()}`) {
    const text = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}
/** A step output: appended to $GITHUB_OUTPUT (or, without one, the old ::set-output:: command). */
function setOutput(name, value) {
    const path = process.env.GITHUB_OUTPUT || '';
    if (!path) {
        process.stdout.write(EOL);
        issue('set-output', { name }, commandValue(value));
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
}
/** Markdown appended to the job summary ($GITHUB_STEP_SUMMARY), which must exist and be writable. */
async function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(path, markdown, { encoding: 'utf8' });
}
/** The runner masks this value in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issue('debug', {}, message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
/** An error annotation, and the step fails (exit code 1) when the run ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issue('group', {}, name);
}
function endGroup() {
    issue('endgroup', {}, '');
}


/***/ }),

/***/ 7135:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XW: () => (/* binding */ asInputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2020);
/**
 * Errors about user input. Every one carries where it came from (file:line:col) so that a person can
 * jump straight to it; none of them is ever shown with a stack trace.
 */

function formatPosition(pos) {
    if (pos.line === undefined)
        return pos.file;
    return pos.col === undefined ? `${pos.file}:${pos.line}` : `${pos.file}:${pos.line}:${pos.col}`;
}
/** A problem with input that the user can fix. Its message is one line, prefixed with file:line:col. */
class InputError extends Error {
    position;
    detail;
    constructor(position, detail) {
        super(`${formatPosition(position)}: ${oneLine(detail)}`);
        this.name = 'InputError';
        this.position = position;
        this.detail = oneLine(detail);
    }
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Quote a user-supplied token for an error message: bounded length, no control characters. */
function quote(value, max = 60) {
    let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    // eslint-disable-next-line no-control-regex
    text = text.replace(/[\u0000-\u001f\u007f]/g, '?');
    return `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(text, max)}'`;
}
/** The message of anything thrown, without a stack trace. */
function errorMessage(error) {
    if (error instanceof Error)
        return oneLine(error.message);
    return oneLine(String(error));
}
/** Any error as an input error about a file: an InputError as it is, anything else with its message. */
function asInputError(error, where) {
    return error instanceof InputError ? error : new InputError(where, errorMessage(error));
}


/***/ }),

/***/ 7509:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ registryMissingMessage),
/* harmony export */   SS: () => (/* binding */ withMissingRegistry),
/* harmony export */   XV: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* unused harmony exports DEFAULT_FAIL_ON, failsOn */
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7588);

const DEFAULT_FAIL_ON = { level: 'fail', missingRegistry: 'fail' };
/** The rule, or the one-line reason it is not one. */
function parseFailOn(text) {
    const [first = '', ...rest] = text.split(',').map((s) => s.trim());
    const level = first === '' ? 'fail' : first;
    if (level !== 'fail' && level !== 'warn' && level !== 'never') {
        return { error: `must be one of fail, warn, never, not '${first}'` };
    }
    let missingRegistry = 'fail';
    for (const item of rest) {
        const m = /^missing-registry\s*:\s*(fail|warn)$/.exec(item);
        if (!m)
            return { error: `'${item}' is not 'missing-registry:warn' or 'missing-registry:fail'` };
        missingRegistry = m[1];
    }
    return { level, missingRegistry };
}
function failsOn(verdict, level) {
    if (level === 'never')
        return false;
    if (level === 'warn')
        return verdict === 'fail' || verdict === 'warn';
    return verdict === 'fail';
}
function registryMissingMessage(branch) {
    return `registry branch '${branch}' not found: every model is treated as new`;
}
/**
 * The report, said out loud: the registry branch is not there. When a model is compared the run is at least
 * as bad as the rule's level for it; when none is (no model changed, or only removed ones), the registry was
 * not asked and nothing is said.
 */
function withMissingRegistry(report, branch, rule) {
    if (!report.models.some((m) => m.status !== 'removed'))
        return report;
    const level = rule.missingRegistry;
    const verdict = report.verdict === 'skip' ? level : (0,_levels_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .Q)([report.verdict, level]);
    return { ...report, verdict, registryMissing: { branch, level } };
}


/***/ }),

/***/ 6085:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   sB: () => (/* binding */ matchGlob)
/* harmony export */ });
/* unused harmony exports STRICT_OPTIONS, PRECOMPILED */
/* harmony import */ var _lazy_libs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7823);

const OPTIONS = {
    dot: true,
    noextglob: true,
    nonegate: true,
    strictSlashes: true,
};
const cache = new Map();
function compiled(pattern) {
    let match = cache.get(pattern);
    if (!match) {
        match = (0,_lazy_libs_js__WEBPACK_IMPORTED_MODULE_0__/* .picomatchLib */ .mW)()(pattern, OPTIONS);
        cache.set(pattern, match);
    }
    return match;
}
/** '.'-separated names are matched as paths: '.' and '/' trade places in both the pattern and the name. */
function asPath(text, separator) {
    return separator === '/' ? text : text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}
/**
 * A character every glob has one of (with these options: no extglobs, no negation), so that a pattern without
 * any is a plain name, decided without loading picomatch. test/unit/glob.test.ts holds this to picomatch.scan.
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
function isGlob(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return false;
    return (0,_lazy_libs_js__WEBPACK_IMPORTED_MODULE_0__/* .picomatchLib */ .mW)().scan(pattern, OPTIONS).isGlob;
}
function matchGlob(pattern, name, separator) {
    if (!isGlob(pattern))
        return pattern === name;
    return compiled(asPath(pattern, separator))(asPath(name, separator));
}
/** matchGlob(pattern, name, separator) as a function of the name, the pattern scanned and compiled once. */
function globMatcher(pattern, separator) {
    if (!isGlob(pattern))
        return (name) => name === pattern;
    const match = compiled(asPath(pattern, separator));
    return (name) => match(asPath(name, separator));
}
/** How manifest globs are compiled: strictly (see strict). */
const STRICT_OPTIONS = { ...OPTIONS, strictBrackets: true };
/**
 * What picomatch compiles the default manifest glob to with STRICT_OPTIONS, written out: nearly every run
 * compiles that glob and nothing else, and picomatch's parser costs about 10 ms to compile on its first call.
 * test/unit/glob-precompiled.test.ts asserts that picomatch still compiles each pattern to this expression.
 */
const PRECOMPILED = new Map([
    [
        '**/model.{yaml,yml,json}',
        /^(?:(?:^|\/|(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)model\.(yaml|yml|json))$/,
    ],
]);
/**
 * A manifest glob, strictly: an unclosed brace, bracket or parenthesis is an error, as it was when these
 * globs were compiled to a regular expression by hand (it almost always is a typo, not a literal).
 */
function strict(pattern) {
    const known = PRECOMPILED.get(pattern);
    // picomatch's matcher with these options: an empty path never matches, the pattern itself always does.
    if (known)
        return (path) => path !== '' && (path === pattern || known.test(path));
    try {
        return (0,_lazy_libs_js__WEBPACK_IMPORTED_MODULE_0__/* .picomatchLib */ .mW)()(pattern, STRICT_OPTIONS);
    }
    catch (error) {
        throw new SyntaxError(`Invalid regular expression: ${error.message}`);
    }
}
/** Patterns one per line; a leading '!' excludes. Throws on a pattern picomatch cannot compile. */
function pathMatcher(patterns) {
    const lines = patterns
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const include = lines.filter((l) => !l.startsWith('!')).map(strict);
    const exclude = lines.filter((l) => l.startsWith('!')).map((l) => strict(l.slice(1)));
    return (path) => include.some((match) => match(path)) && !exclude.some((match) => match(path));
}


/***/ }),

/***/ 7823:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mW: () => (/* binding */ picomatchLib),
  mC: () => (/* binding */ tomlLib),
  xG: () => (/* binding */ yamlLib)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/core/lazy-libs.ts
/**
 * Libraries most runs never need, loaded on first use and synchronously (the core is synchronous). The full
 * YAML parser: yaml-fast.ts parses plain manifests and policies and parseJsonDocument the JSON, so only a
 * document the fast path gives up on, a `format: json` document's full parse, and stringify need it. The TOML
 * parser: only a TOML file does. The glob compiler (picomatch): only a glob other than the default manifest
 * glob (core/glob.ts PRECOMPILED) does, such as a policy rule's. The YAML one alone was a third of a bundle, so
 * the bundles leave them out: the build writes each as its own CommonJS file beside each bundle (dist/yaml.cjs,
 * dist/toml.cjs, dist/picomatch.cjs; the ones in dist/cli/ require those), required from here. Run from the
 * sources (the tests), this module is a .ts file and requires the packages from node_modules.
 */
// Through the namespace: webpack (ncc) rewrites a call of a named import of createRequire to undefined.

const fromSources = import.meta.url.endsWith('.ts');
/**
 * The library, required on the first call and kept: the package when this module runs from the sources, else
 * the bundle's copy beside it.
 */
function onFirstUse(pkg, bundled) {
    let lib;
    return () => (lib ??= external_node_module_namespaceObject.createRequire(import.meta.url)(fromSources ? pkg : bundled));
}
const yamlLib = onFirstUse('yaml', './yaml.cjs');
const tomlLib = onFirstUse('smol-toml', './toml.cjs');
const picomatchLib = onFirstUse('picomatch', './picomatch.cjs');


/***/ }),

/***/ 7588:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ worst),
/* harmony export */   Y: () => (/* binding */ LEVEL_RANK)
/* harmony export */ });
const LEVEL_RANK = { pass: 0, warn: 1, fail: 2 };
function worst(levels) {
    let out = 'pass';
    for (const l of levels)
        if (LEVEL_RANK[l] > LEVEL_RANK[out])
            out = l;
    return out;
}


/***/ }),

/***/ 8547:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony exports visibleText, escapeTerminal */
/**
 * Untrusted text (names, paths, values, reasons, error messages from a pull request) made inert and
 * visible: one line, bounded, invisible and direction-changing characters shown as `\uXXXX`, and truncation
 * only between whole graphemes. For GitHub markdown, also HTML and markdown escaped, no @mentions, no issue
 * references (`#12`, `GH-12`), no autolinks, and a `|` that cannot break a table.
 */
const ZWSP = '&#8203;';
/**
 * C0 and C1 controls, DEL, zero-width characters, bidi marks, embeddings, overrides and isolates (U+202E
 * "Trojan Source"), Arabic letter mark, Mongolian vowel separator, invisible operators and the BOM.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Made on first use: making one loads ICU's break rules, about 45 ms, which printable ASCII never needs. */
let segmenter;
const graphemes = (text) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
function visible(grapheme) {
    // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture; anywhere else it is hidden text.
    const keepJoiner = EMOJI.test(grapheme);
    return grapheme.replace(INVISIBLE, (c) => keepJoiner && c === '\u200d' ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
/** One line, invisible characters shown, at most max UTF-16 units, cut only between graphemes. */
function visibleText(text, max = 200) {
    // Printable ASCII is one grapheme a character, none of them invisible: shown as it is.
    if (PRINTABLE_ASCII.test(text))
        return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
    const parts = [];
    let length = 0;
    for (const { segment } of graphemes(text.replace(BREAKS, ' '))) {
        const shown = visible(segment);
        parts.push(shown);
        length += shown.length;
    }
    if (length <= max)
        return parts.join('');
    let out = '';
    for (const part of parts) {
        if (out.length + part.length > max - 1)
            break;
        out += part;
    }
    return `${out}…`;
}
function escapeMarkdown(text, max = 200) {
    return visibleText(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]()|~!#$]/g, '\\$&')
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`);
}
/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
function escapeTerminal(text, max = 200) {
    return visibleText(text, max);
}


/***/ }),

/***/ 2020:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   uk: () => (/* binding */ clipChars),
/* harmony export */   z4: () => (/* binding */ byText)
/* harmony export */ });
/** Small pieces of text handling used across the code, written once. */
/** Strings in code-unit order (not the locale's): the same order on every machine. */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** text cut to at most max UTF-16 code units, the cut marked by '…'. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** text cut to at most max code points (no surrogate pair split), the cut marked by '…'. */
function clipChars(text, max) {
    const chars = [...text];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}


/***/ }),

/***/ 7229:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ withBackoff),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Ko: () => (/* binding */ COMPARE_AND_SWAP),
/* harmony export */   Rj: () => (/* binding */ LOST),
/* harmony export */   fO: () => (/* binding */ SERVER_ERROR),
/* harmony export */   jS: () => (/* binding */ RATE_LIMIT),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
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

/***/ 6250:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ completeCheckRun),
/* harmony export */   _U: () => (/* binding */ createCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, listCheckRuns */
/** GitHub accepts at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates the run and returns its id: ceil(annotations / 50) requests, at least one. `created` learns the id
 * as soon as the run exists, so that a caller can still conclude a run whose later annotations failed.
 */
async function createCheckRun(api, repo, run, created = () => undefined) {
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (annotations) => ({
        title: run.title,
        summary: run.summary,
        ...(annotations ? { annotations } : {}),
    });
    const completed = () => ({
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: new Date().toISOString(),
    });
    const { data } = await api.rest.checks.create({
        ...repo,
        name: run.name,
        head_sha: run.headSha,
        ...(batches.length > 1 ? { status: 'in_progress' } : completed()),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        output: output(batches[0]),
    });
    created(data.id);
    for (const [i, batch] of batches.entries()) {
        if (i === 0)
            continue;
        const last = i === batches.length - 1;
        await api.rest.checks.update({
            ...repo,
            check_run_id: data.id,
            ...(last ? completed() : {}),
            output: output(batch),
        });
    }
    return data.id;
}
/** Ends a run that is still in progress: its conclusion, and (when given) a new title and summary. */
async function completeCheckRun(api, repo, id, conclusion, output) {
    await api.rest.checks.update({
        ...repo,
        check_run_id: id,
        status: 'completed',
        conclusion,
        completed_at: new Date().toISOString(),
        ...(output ? { output } : {}),
    });
}
/** The check runs of this name on a commit, newest first as GitHub lists them. */
async function listCheckRuns(api, repo, ref, name) {
    const { data } = await api.rest.checks.listForRef({ ...repo, ref, check_name: name, per_page: 100 });
    return data.check_runs.map((r) => ({ id: r.id, conclusion: r.conclusion, completedAt: r.completed_at }));
}


/***/ }),

/***/ 865:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  UU: () => (/* binding */ createClient),
  c2: () => (/* binding */ statusOf),
  CA: () => (/* binding */ unlessNotFound)
});

// UNUSED EXPORTS: GitHubClient, rateLimitWait

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const dist_src_version_VERSION = "6.0.0";


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = dist_src_version_VERSION;


// EXTERNAL MODULE: ./src/gate/retry.ts
var gate_retry = __nccwpck_require__(7229);
;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/** undici's: what Node's fetch would wait. */
const FETCH_TIMEOUTS = { connectMs: 10_000, headersMs: 300_000, bodyMs: 300_000 };
/** The headers of an answer: names lower-case, repeated ones joined by ', ', iterated in name order. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (let i = 0; i + 1 < raw.length; i += 2) {
            const name = raw[i].toLowerCase();
            const known = this.map.get(name);
            this.map.set(name, known === undefined ? raw[i + 1] : `${known}, ${raw[i + 1]}`);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return [...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
/** An answer, its body already read (or being read) into memory. */
class FetchResponse {
    status;
    statusText;
    url;
    headers;
    bytes;
    constructor(status, statusText, url, headers, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.bytes = bytes;
        bytes.catch(() => undefined); // read or not, a failed body is no unhandled rejection
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    /**
     * What Octokit hands on as the data of a success answer when it is told not to parse it
     * (`request.parseSuccessResponseBody: false`): this answer, for client.ts's successBody to read.
     */
    get body() {
        return this;
    }
    /** The body as UTF-8, a byte order mark dropped, as fetch decodes it. */
    async text() {
        return (await this.bytes).toString('utf8').replace(/^\uFEFF/, '');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const b = await this.bytes;
        return new Uint8Array(b).buffer;
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type'];
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie', 'host'];
/** Octokit's fetch over node:http(s). */
function httpFetch(timeouts = FETCH_TIMEOUTS) {
    return async (input, init = {}) => {
        init.signal?.throwIfAborted();
        let attempt = firstAttempt(input, init);
        for (let redirects = 0;; redirects++) {
            const res = await send(attempt, init.signal ?? undefined, timeouts);
            const location = res.headers.location;
            if (!REDIRECTS.has(res.statusCode ?? 0) || !location || init.redirect === 'manual')
                return answer(attempt, res, timeouts, init.signal ?? undefined);
            void drained(res);
            if (init.redirect === 'error')
                throw failed(new Error('unexpected redirect'));
            if (redirects >= MAX_REDIRECTS)
                throw failed(new Error('redirect count exceeded'));
            attempt = redirected(attempt, res.statusCode, new URL(location, attempt.url));
        }
    };
}
function firstAttempt(input, init) {
    const url = new URL(input);
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    headers['accept-encoding'] ??= url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate';
    const body = init.body == null ? undefined : bodyBytes(init.body);
    return { url, method: (init.method ?? 'GET').toUpperCase(), headers, body };
}
function bodyBytes(body) {
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
/** The request after a redirect: GET without a body after 303 (and 301/302 of a POST), no credentials across origins. */
function redirected(previous, status, url) {
    const headers = { ...previous.headers };
    let { method, body } = previous;
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        for (const name of BODY_HEADERS)
            delete headers[name];
    }
    if (url.origin !== previous.url.origin)
        for (const name of CREDENTIALS)
            delete headers[name];
    return { url, method, headers, body };
}
const agents = new Map();
/** node:http or node:https, loaded when a URL first asks for it, with a keep-alive agent. */
function transport(protocol) {
    let loaded = agents.get(protocol);
    if (!loaded) {
        if (protocol !== 'http:' && protocol !== 'https:')
            throw failed(new Error(`unsupported protocol ${protocol}`));
        loaded = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23))).then((lib) => ({
            request: lib.request,
            agent: new lib.Agent({ keepAlive: true }),
        }));
        agents.set(protocol, loaded);
    }
    return loaded;
}
/** One request: its answer's head, or a TypeError whose cause says what failed. */
async function send(attempt, signal, timeouts) {
    const { request, agent } = await transport(attempt.url.protocol);
    const headers = { ...attempt.headers };
    if (attempt.body)
        headers['content-length'] = String(attempt.body.length);
    else if (attempt.method !== 'GET' && attempt.method !== 'HEAD')
        headers['content-length'] = '0';
    const options = { method: attempt.method, headers, agent };
    return new Promise((resolve, reject) => {
        const req = request(attempt.url, options);
        const stop = guard(req, signal, timeouts, reject);
        req.once('response', (res) => {
            stop();
            resolve(res);
        });
        req.end(attempt.body);
    });
}
/**
 * The request's deadlines and its abort signal: connecting, then the answer's head. Returns what ends
 * them once the head has come; the body has its own deadline (readBody).
 */
function guard(req, signal, timeouts, reject) {
    let done = false;
    const fail = (error) => {
        if (done)
            return;
        done = true;
        clear();
        reject(error);
        req.destroy();
    };
    const timer = (ms, message) => setTimeout(() => fail(failed(timeoutError(message))), ms);
    let deadline = timer(timeouts.connectMs, 'Connect Timeout Error');
    req.once('socket', (socket) => {
        const connected = () => {
            clearTimeout(deadline);
            deadline = timer(timeouts.headersMs, 'Headers Timeout Error');
        };
        // A TLS socket is connected once its handshake is done.
        if (socket.connecting)
            socket.once('encrypted' in socket ? 'secureConnect' : 'connect', connected);
        else
            connected();
    });
    const onAbort = () => fail(abortError(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error) => fail(failed(error))); // on, not once: a later error must not crash the run
    const clear = () => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
    };
    return () => {
        done = true;
        clear();
    };
}
/** The answer Octokit reads: the body decoded and read with the body deadline and the abort signal. */
function answer(attempt, res, timeouts, signal) {
    const status = res.statusCode ?? 0;
    const headers = new ResponseHeaders(res.rawHeaders);
    const empty = attempt.method === 'HEAD' || status === 204 || status === 304;
    const encoding = headers.get('content-encoding');
    const body = () => whenDecodable(res, encoding, () => readBody(res, decoded(res, encoding), timeouts, signal));
    const bytes = empty ? drained(res) : body();
    return new FetchResponse(status, res.statusMessage ?? '', attempt.url.href, headers, bytes);
}
/**
 * A body nobody reads (a redirect's, a 204's): read to its end so that its connection is reused. It resolves
 * once the end has come, when the connection is free again: a request sent right after reading it reuses it.
 */
function drained(res) {
    const empty = Buffer.alloc(0);
    return new Promise((resolve) => {
        res.on('error', () => resolve(empty));
        res.once('close', () => resolve(empty));
        res.once('end', () => resolve(empty));
        res.resume();
    });
}
/** The body through zlib when the server compressed it (the codings undone last first). */
function decoded(res, encoding) {
    const codings = (encoding ?? '')
        .toLowerCase()
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c && c !== 'identity');
    let stream = res;
    for (const coding of codings.reverse()) {
        const next = decoder(coding);
        if (!next)
            return stream;
        stream.on('error', (error) => next.destroy(error));
        stream = stream.pipe(next);
    }
    return stream;
}
/** node:zlib, loaded when an answer first comes compressed: loading it at start-up cost about 19 ms. */
let zlib;
let zlibLoading;
const ZLIB_CODINGS = /\b(?:x-gzip|gzip|deflate|br)\b/i;
/** The body, once node:zlib is loaded if it is needed; an error of the answer meanwhile is kept, not thrown. */
function whenDecodable(res, encoding, read) {
    if (zlib || !ZLIB_CODINGS.test(encoding ?? ''))
        return read();
    const early = [];
    const keep = (error) => early.push(error);
    res.on('error', keep);
    zlibLoading ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23)).then((m) => (zlib = m));
    return zlibLoading.then(() => {
        res.off('error', keep);
        return early.length ? Promise.reject(failed(early[0])) : read();
    });
}
function decoder(coding) {
    if (!zlib)
        return undefined; // not a coding of ZLIB_CODINGS
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'gzip' || coding === 'x-gzip')
        return zlib.createGunzip(lenient);
    if (coding === 'deflate')
        return zlib.createInflate(lenient);
    if (coding === 'br')
        return zlib.createBrotliDecompress();
    return undefined;
}
/** The whole body; a failure, a pause longer than bodyMs or the abort signal rejects with a TypeError. */
function readBody(res, body, timeouts, signal) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let timer;
        const finish = (error) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (error === undefined)
                resolve(Buffer.concat(chunks));
            else {
                reject(error);
                res.destroy();
            }
        };
        const idle = () => {
            clearTimeout(timer);
            timer = setTimeout(() => finish(failed(timeoutError('Body Timeout Error'))), timeouts.bodyMs);
        };
        const onAbort = () => finish(abortError(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        idle();
        body.on('data', (chunk) => {
            chunks.push(chunk);
            idle();
        });
        body.once('end', () => finish());
        body.on('error', (error) => finish(failed(error)));
        res.once('aborted', () => finish(failed(new Error('terminated'))));
    });
}
/** A network failure as fetch reports one: a TypeError whose cause is what failed. */
function failed(cause) {
    return new TypeError('fetch failed', { cause });
}
function timeoutError(message) {
    return Object.assign(new Error(message), { name: message.replace(/ /g, '') });
}
/** What fetch rejects with on abort: the signal's reason, or an AbortError. */
function abortError(signal) {
    const reason = signal?.reason;
    if (reason instanceof Error && reason.name === 'AbortError')
        return reason;
    return Object.assign(new Error('This operation was aborted'), { name: 'AbortError', cause: reason });
}

;// CONCATENATED MODULE: ./src/github/rest.ts
const ROUTES = {
    checks: {
        create: 'POST /repos/{owner}/{repo}/check-runs',
        listForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    },
    git: {
        createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
        createCommit: 'POST /repos/{owner}/{repo}/git/commits',
        createRef: 'POST /repos/{owner}/{repo}/git/refs',
        createTag: 'POST /repos/{owner}/{repo}/git/tags',
        createTree: 'POST /repos/{owner}/{repo}/git/trees',
        getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
        getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
        getTag: 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
        getTree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        listMatchingRefs: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
        updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    },
    issues: {
        createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    },
    pulls: {
        get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    },
    reactions: {
        createForIssueComment: 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    },
    repos: {
        compareCommitsWithBasehead: 'GET /repos/{owner}/{repo}/compare/{basehead}',
        getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
        listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    },
};
/** An Octokit plugin: `octokit.rest` with the listed endpoints. */
function restEndpoints(octokit) {
    const rest = {};
    for (const [scope, methods] of Object.entries(ROUTES)) {
        const made = {};
        for (const [name, route] of Object.entries(methods)) {
            const [method, url] = route.split(' ');
            made[name] = octokit.request.defaults({ method, url });
        }
        rest[scope] = made;
    }
    return { rest: rest };
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The Octokit client: @octokit/core with @octokit/rest's plugins (its endpoint methods trimmed to the ones
 * used, rest.ts) and the bounded retries of gate/retry.ts: 5xx answers by the server-error hook, rate limits
 * (403/429) only by the rate-limit hook, so a persistent 429 makes 1 + RATE_LIMIT.retries requests. Every wait
 * goes through one sleep, which tests replace. Requests go over node:http(s) (http-fetch.ts). Built by the
 * entry point and passed in.
 */







/** GitHub's answer (status 200) to a GraphQL query that failed on its side: retried as a 5xx. */
const GRAPHQL_SERVER_TROUBLE = /Something went wrong while executing your query/;
/**
 * An answer worth asking again: a request error of status 400 or more that SERVER_ERROR does not exclude
 * (a failed connection is a request error of status 500).
 */
function retriable(error) {
    const e = error;
    return (e?.request !== undefined &&
        typeof e.status === 'number' &&
        e.status >= 400 &&
        !gate_retry/* SERVER_ERROR */.fO.doNotRetry.includes(e.status));
}
/**
 * 5xx answers (and GraphQL's "something went wrong", which comes with status 200) are asked again
 * SERVER_ERROR.retries times, waiting SERVER_ERROR.delayMs(k) before the k-th retry: what @octokit/plugin-retry
 * did here, without its scheduler (a Bottleneck limiter and a timer turn for every request). Registered
 * first, so its hook is the innermost: the rate-limit hook outside it starts a fresh count for each of its
 * own retries.
 */
function serverErrorRetry(octokit, options) {
    const sleep = options.sleep ?? gate_retry/* realSleep */.uk;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let retry = 0;; retry++) {
            try {
                const response = await request(requestOptions);
                const errors = response.data?.errors;
                const first = Array.isArray(errors) ? errors[0]?.message : undefined;
                if (typeof first === 'string' && GRAPHQL_SERVER_TROUBLE.test(first))
                    throw new RequestError(first, 500, { request: requestOptions, response });
                return response;
            }
            catch (error) {
                if (retry >= gate_retry/* SERVER_ERROR */.fO.retries || !retriable(error))
                    throw error;
                await sleep(gate_retry/* SERVER_ERROR */.fO.delayMs(retry + 1));
            }
        }
    });
}
/**
 * A success answer's body read as @octokit/request reads it, but a JSON body parsed by JSON.parse: Octokit
 * parses JSON with json-with-bigint, which calls a reviver for every value of the answer (and on Node 20
 * first rewrites the whole text), several times JSON.parse's cost: a monorepo's recursive tree is tens of
 * thousands of values. What that buys, a BigInt for an integer past 2^53, no answer this action reads has:
 * GitHub's REST ids are far below it, and the GraphQL comment ids it could overflow are asked for as strings
 * (head-and-comment.ts). Error answers are still Octokit's to read: they are few and small. createClient sets
 * `request.parseSuccessResponseBody: false`, so that Octokit hands the answer on unread (http-fetch.ts's
 * FetchResponse.body); this hook reads it. A hook cannot set that option for the requests it wraps: each
 * hook but the innermost calls the next with the options it was given, whatever it passes.
 */
function successBodies(octokit) {
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const response = await request(requestOptions);
        if (response.data instanceof FetchResponse)
            response.data = await successBody(response.data);
        return response;
    });
}
/** @octokit/request's getResponseData, with JSON.parse: JSON as a value (its text if it does not parse), text, or bytes. */
async function successBody(answer) {
    const contentType = answer.headers.get('content-type');
    if (contentType === null)
        return answer.text().catch(() => '');
    const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
    if (type === 'application/json' || type === 'application/scim+json') {
        const text = await answer.text();
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    const utf8 = parameters.some((p) => p.replace(/\s+/g, '') === 'charset=utf-8' || p === 'charset="utf-8"');
    if (type.startsWith('text/') || (utf8 && type !== 'application/octet-stream'))
        return answer.text().catch(() => '');
    return answer.arrayBuffer().catch(() => new ArrayBuffer(0));
}
/** @octokit/rest's plugins, with `rest` holding only the endpoints Model Gate calls (rest.ts). */
const RestClient = Octokit.plugin(requestLog, restEndpoints, paginateRest);
/** Hooks wrap in the order they are registered, the first innermost: the bodies are read before a retry looks. */
const GitHubClient = RestClient.plugin(successBodies, serverErrorRetry);
function createClient(options) {
    const sleep = options.sleep ?? gate_retry/* realSleep */.uk;
    const now = options.now ?? Date.now;
    const log = options.log ?? (() => undefined);
    const octokit = new GitHubClient({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: options.userAgent ?? 'model-gate',
        log: { debug: () => undefined, info: () => undefined, warn: log, error: () => undefined },
        // node:http(s), not the global fetch: see http-fetch.ts. Success bodies are read by successBodies.
        request: { fetch: httpFetch(), parseSuccessResponseBody: false },
        sleep,
    });
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const wait = rateLimitWait(error, now());
                if (wait === undefined || attempt >= gate_retry/* RATE_LIMIT */.jS.retries)
                    throw error;
                log(`GitHub rate limit on ${requestOptions.method} ${requestOptions.url}: retrying in ${Math.ceil(wait / 1000)} s`);
                await sleep(wait);
            }
        }
    });
    return octokit;
}
/** How long GitHub asks us to wait, for a rate-limit answer; undefined for any other error or a too-long wait. */
function rateLimitWait(error, now = Date.now()) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return undefined;
    const headers = e.response?.headers ?? {};
    const limited = e.status === 429 ||
        /secondary rate limit|abuse detection|rate limit exceeded/i.test(e.message ?? '') ||
        String(headers['x-ratelimit-remaining'] ?? '') === '0' ||
        headers['retry-after'] !== undefined;
    if (!limited)
        return undefined;
    let wait = gate_retry/* RATE_LIMIT */.jS.defaultWaitMs;
    const after = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(after) && headers['retry-after'] !== undefined)
        wait = after * 1000;
    else if (Number.isFinite(reset) && headers['x-ratelimit-reset'] !== undefined)
        wait = reset * 1000 - now;
    wait = Math.max(0, wait);
    return wait > gate_retry/* RATE_LIMIT */.jS.maxWaitMs ? undefined : wait;
}
/** The HTTP status of an Octokit error, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The response, or undefined when GitHub answers 404 (no such file, ref or user); other errors pass through. */
async function unlessNotFound(request) {
    try {
        return await request;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4487:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1730:
/***/ (function(module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3375);

await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4573:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 3024:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8522:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

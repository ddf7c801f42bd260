#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ (function(module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7820);
/* harmony import */ var _cli_output_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6657);


const color = (0,_cli_output_js__WEBPACK_IMPORTED_MODULE_1__/* .wantsColor */ .z)(process.stdout.isTTY, process.env);
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    ...(0,_cli_output_js__WEBPACK_IMPORTED_MODULE_1__/* .pipeOutput */ .G)(process.stdout, process.stderr),
    color,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 363:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ USAGE),
  eb: () => (/* binding */ UsageError),
  wE: () => (/* binding */ parseCli)
});

// UNUSED EXPORTS: FORMATS, REGISTRIES

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
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
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/cli/command-flags.ts
var command_flags = __nccwpck_require__(8457);
;// CONCATENATED MODULE: ./src/cli/args.ts
/** Command-line flags, parsed once into a typed object. Flags mirror the action's inputs. */






class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const REGISTRIES = ['branch', 'base', 'gto'];
const FORMATS = ['text', 'markdown', 'json'];
const OPTIONS = {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', short: 'f' },
    registry: { type: 'string' },
    'registry-branch': { type: 'string' },
    policy: { type: 'string' },
    manifests: { type: 'string' },
    'production-stage': { type: 'string' },
    'fail-on': { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string' },
    markdown: { type: 'string' },
    directory: { type: 'string', short: 'C' },
    worktree: { type: 'boolean' },
    all: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
};
function parseCli(argv, cwd) {
    checkFlags(argv);
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new UsageError(message.split('\n')[0] ?? message);
    }
    const v = parsed.values;
    const [command = '', ...positionals] = parsed.positionals;
    const format = oneOf('--format', v.format ?? 'text', FORMATS);
    const registry = oneOf('--registry', v.registry ?? 'branch', REGISTRIES);
    return {
        command,
        positionals,
        cwd: v.directory ?? cwd,
        ...(v.base !== undefined ? { base: v.base } : {}),
        ...(v.head !== undefined ? { head: v.head } : {}),
        format,
        registry,
        registryBranch: v['registry-branch'] ?? 'model-registry',
        policy: v.policy ?? DEFAULT_POLICY_PATH,
        manifests: v.manifests === undefined ? DEFAULT_MANIFESTS : manifestGlob(v.manifests),
        productionStage: v['production-stage'] ?? 'prod',
        failOn: failOnRule(v['fail-on']),
        ...(v.to !== undefined ? { to: v.to } : {}),
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        ...(v.markdown !== undefined ? { markdownFile: v.markdown } : {}),
        worktree: v.worktree ?? false,
        all: v.all ?? false,
        help: v.help ?? false,
        version: v.version ?? false,
    };
}
/** --manifests, compiled once here: a glob that does not compile is a usage error, as the action's input is. */
function manifestGlob(text) {
    try {
        (0,glob/* pathMatcher */.kZ)(text);
    }
    catch (error) {
        throw new UsageError(`--manifests is not a valid glob ('${text}'): ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
    }
    return text;
}
/**
 * Our own one-line messages for flags no command knows, flags the command does not take, and flags given
 * twice (parseArgs would keep the last one silently).
 */
function checkFlags(argv) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: false,
        tokens: true,
        options: OPTIONS,
    });
    const command = tokens.find((t) => t.kind === 'positional')?.value ?? '';
    const spec = Object.hasOwn(command_flags/* COMMAND_SPECS */.fH, command) ? command_flags/* COMMAND_SPECS */.fH[command] : undefined;
    const seen = new Set();
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        if (!Object.hasOwn(OPTIONS, t.name))
            throw new UsageError(`unknown flag '${t.rawName}'`);
        const flag = `--${t.name}`;
        if (seen.has(t.name))
            throw new UsageError(`${flag} is given twice: give it once`);
        seen.add(t.name);
        if (spec && !command_flags/* GLOBAL_FLAGS */.an.includes(t.name) && !spec.flags.includes(t.name)) {
            const why = t.name === 'format'
                ? `: ${command} prints one line per result, with no other format`
                : t.name === 'worktree'
                    ? `: ${command} reads committed files only`
                    : '';
            throw new UsageError(`${flag} is not a flag of '${command}'${why} (see model-gate ${command} --help)`);
        }
    }
}
function failOnRule(text) {
    if (text === undefined)
        return fail_on/* DEFAULT_FAIL_ON */.VQ;
    const rule = (0,fail_on/* parseFailOn */.XV)(text);
    if ('error' in rule)
        throw new UsageError(`--fail-on ${rule.error}`);
    return rule;
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
}
const USAGE = `Usage: model-gate <command> [options]

Commands:
  check [--base REF] [--head REF] [--markdown FILE]
                                        compare the manifests changed between two refs with production
  diff A B [--head REF | --worktree]    compare two manifests (paths at --head, or git's REF:path)
  validate FILE... [--head REF | --worktree]
                                        validate manifests (and a policy file) without comparing
  promote FILE... [--reason TEXT]       register manifests as production in the registry (one commit)
  rollback NAME [--to VERSION] --reason TEXT
                                        move production back to an earlier version
  history NAME [--all]                  show the model's production history (markdown: with its trend)
  status [REF]                          every model's production version, since when, by whom (like gto show)
  adopt [REF] [--reason TEXT]           register today's production of every model at REF in one commit

Options:
  --base REF               base of the comparison (default: origin/HEAD, else main, else master)
  --head REF               head of the comparison; validate, diff: the commit paths are read at
                           (default: HEAD)
  --worktree               validate, diff: read paths from the work tree, unsaved edits included,
                           instead of the commit (promote and check always read commits)
  --all                    history: every event, from the registry branch's git log (an entry keeps
                           the newest 50)
  --format FORMAT          text | markdown | json (default: text; text is in colour on a terminal
                           unless NO_COLOR is set)
  --markdown FILE          check: also write the markdown report (the pull-request comment) to FILE
  --registry KIND          branch | base | gto (default: branch)
  --registry-branch NAME   registry branch (default: model-registry)
  --policy PATH            policy file, read at the base ref (default: .github/model-gate.yml)
  --manifests GLOB         manifest glob, newline-separated, '!' excludes
                           (default: **/model.{yaml,yml,json})
  --production-stage NAME  the gto backend's production stage (default: prod)
  --fail-on LEVEL          check: fail (default) | warn | never, optionally ",missing-registry:warn"
  -C, --directory DIR      run in DIR instead of the current directory
  -h, --help               show this help
  -V, --version            show the version

'model-gate <command> --help' shows the flags of one command.

Exit status: 0 pass or warn; 1 fail (or an invalid manifest); 2 usage error or no readable repository.
`;


/***/ }),

/***/ 2403:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ startCheck)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(363);
/* harmony import */ var _default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1916);
/**
 * What `check` asks git first, asked by main while the check's own code loads: the head and base commits,
 * then the diff between them (GitSource.prefetchChanges). Its own module, small, so that main holds it without
 * holding the check.
 */


/**
 * The two commits, as check takes them: both asked at once (one round trip of the batch reader), an unknown
 * head reported before a base problem. A rejection is left to the check to report, after its own usage checks.
 */
function startCheck(ctx) {
    const commits = resolveBoth(ctx);
    commits.catch(() => undefined);
    return commits;
}
async function resolveBoth(ctx) {
    const { options, git } = ctx;
    const [headState, baseState] = await Promise.allSettled([
        git.resolve(options.head ?? 'HEAD'),
        (0,_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .commitOf */ .D)(ctx, options.base, '--base'),
    ]);
    const head = settled(headState);
    if (!head)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown revision '${options.head ?? 'HEAD'}'`);
    const base = settled(baseState);
    // The diff runs while the rest loads and the registry and the check are set up.
    ctx.source.prefetchChanges(base, head);
    return { head, base };
}
function settled(state) {
    if (state.status === 'rejected')
        throw state.reason;
    return state.value;
}


/***/ }),

/***/ 8457:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ GLOBAL_FLAGS),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   fH: () => (/* binding */ COMMAND_SPECS)
/* harmony export */ });
/* unused harmony export FLAG_HELP */
/**
 * Which flags each command takes, and its help. A flag a command does not take is refused with one line
 * (`--to is not a flag of check`), and so is a flag given twice: nothing is silently ignored or overridden.
 */
const GLOBAL_FLAGS = ['directory', 'help', 'version'];
const REGISTRY = ['registry', 'registry-branch', 'manifests', 'production-stage'];
const COMMAND_SPECS = {
    check: {
        synopsis: 'check [--base REF] [--head REF] [--format text|markdown|json] [--markdown FILE]',
        summary: 'compare the manifests changed between two refs with production',
        flags: ['base', 'head', 'format', 'markdown', 'policy', 'fail-on', ...REGISTRY],
    },
    diff: {
        synopsis: 'diff A B [--head REF | --worktree] [--format text|markdown|json]',
        summary: 'compare two manifests (paths at --head, default HEAD, or git REF:path)',
        flags: ['head', 'worktree', 'format', 'policy'],
    },
    validate: {
        synopsis: 'validate FILE... [--head REF | --worktree]',
        summary: 'validate manifests (and a policy file) as committed at --head (default HEAD), without comparing',
        flags: ['head', 'worktree', 'policy'],
    },
    promote: {
        synopsis: 'promote FILE... [--head REF] [--reason TEXT]',
        summary: 'register manifests, as committed at --head (default HEAD), as production in the registry, in one commit',
        flags: ['head', 'reason', ...REGISTRY],
    },
    rollback: {
        synopsis: 'rollback NAME [--to VERSION] --reason TEXT',
        summary: 'move production back to an earlier version',
        flags: ['to', 'reason', ...REGISTRY],
    },
    history: {
        synopsis: 'history NAME [--all] [--format text|markdown|json]',
        summary: "show the model's production history (markdown: with its trend)",
        flags: ['all', 'format', 'policy', ...REGISTRY],
    },
    status: {
        synopsis: 'status [REF] [--format text|markdown|json]',
        summary: "every model's production version, since when, by whom (like gto show)",
        flags: ['format', ...REGISTRY],
    },
    adopt: {
        synopsis: 'adopt [REF] [--reason TEXT]',
        summary: "register today's production of every model at REF (default: the default branch) in one commit",
        flags: ['reason', 'registry', 'registry-branch', 'manifests'],
    },
};
/** One line per flag, for the help of the commands that take it. */
const FLAG_HELP = {
    base: '--base REF               base of the comparison (default: origin/HEAD, else main, else master)',
    head: '--head REF               the commit read (default: HEAD); check: head of the comparison',
    worktree: '--worktree               read paths from the work tree, unsaved edits included, instead of a commit',
    all: "--all                    every event, from the registry branch's git log (an entry keeps the newest 50)",
    format: '--format FORMAT          text | markdown | json (default: text; colour on a terminal unless NO_COLOR)',
    markdown: '--markdown FILE          also write the markdown report (the pull-request comment) to FILE',
    policy: '--policy PATH            policy file (default: .github/model-gate.yml, or .github/model-gate.yaml)',
    'fail-on': '--fail-on LEVEL          fail (default) | warn | never, optionally ",missing-registry:warn"',
    registry: '--registry KIND          branch | base | gto (default: branch)',
    'registry-branch': '--registry-branch NAME   registry branch (default: model-registry)',
    manifests: "--manifests GLOB         manifest glob, newline-separated, '!' excludes (default: **/model.{yaml,yml,json})",
    'production-stage': "--production-stage NAME  the gto backend's production stage (default: prod)",
    to: '--to VERSION             the version to roll back to (default: the production before the current one)',
    reason: '--reason TEXT            why: recorded in the registry history',
    directory: '-C, --directory DIR      run in DIR instead of the current directory',
    help: '-h, --help               show this help',
    version: '-V, --version            show the version',
};
function commandHelp(command) {
    const spec = Object.hasOwn(COMMAND_SPECS, command) ? COMMAND_SPECS[command] : undefined;
    if (!spec)
        return undefined;
    const flags = [...spec.flags, 'directory', 'help'].map((f) => `  ${FLAG_HELP[f] ?? `--${f}`}`);
    return `Usage: model-gate ${spec.synopsis}\n\n${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.\n\nOptions:\n${flags.join('\n')}\n`;
}


/***/ }),

/***/ 1916:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ commitOf)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(363);
/** The commit the default branch points at: origin/HEAD, else main, else master (as `check` picks its base). */

const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master'];
/** what: how the missing argument is named in the error (`REF`, `--base`). */
async function commitOf(ctx, given, what = 'REF') {
    if (given !== undefined) {
        const sha = await ctx.git.resolve(given);
        if (!sha)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown revision '${given}'`);
        return sha;
    }
    // Asked together (one round trip of the batch reader), the first that resolves taken.
    const shas = await Promise.all(DEFAULT_BRANCHES.map((candidate) => ctx.git.resolve(candidate)));
    const sha = shas.find((s) => s !== undefined);
    if (sha)
        return sha;
    throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no ${what} given and none of origin/HEAD, main, master exists`);
}


/***/ }),

/***/ 7820:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** Model Gate's own version: package.json's, the one place it is written (inlined into the bundles by the build). */

const VERSION = package_namespaceObject.rE;

// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __nccwpck_require__(363);
// EXTERNAL MODULE: ./src/cli/command-flags.ts
var command_flags = __nccwpck_require__(8457);
// EXTERNAL MODULE: ./src/cli/check-start.ts
var check_start = __nccwpck_require__(2403);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `model-gate` command line: parse flags once, open the repository, run one command, map to an exit code. */





/**
 * Each command is imported when it runs (the bundle gives each its own chunk): a run loads its own command's
 * code only, and `--version` or `--help` none.
 */
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(597), __nccwpck_require__.e(632), __nccwpck_require__.e(891)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4891))).check,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(251), __nccwpck_require__.e(597), __nccwpck_require__.e(632), __nccwpck_require__.e(670)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8670))).diff,
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(251), __nccwpck_require__.e(259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7259))).validate,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(251), __nccwpck_require__.e(309)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8309))).promote,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(251), __nccwpck_require__.e(533)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4533))).rollback,
    history: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(597), __nccwpck_require__.e(602)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6602))).history,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(590), __nccwpck_require__.e(671)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7671))).status,
    adopt: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479), __nccwpck_require__.e(251), __nccwpck_require__.e(590), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3779))).adopt,
};
async function main(argv, output, cwd = process.cwd()) {
    try {
        const options = (0,args/* parseCli */.wE)(argv, cwd);
        if (options.version) {
            output.out(`model-gate ${VERSION}\n`);
            return 0;
        }
        if (options.help || options.command === 'help') {
            const topic = options.command === 'help' ? options.positionals[0] : options.command;
            output.out((topic !== undefined && (0,command_flags/* commandHelp */.bD)(topic)) || args/* USAGE */.u_);
            return 0;
        }
        // Own properties only: `model-gate constructor` or `toString` is an unknown command, not Object's.
        const load = Object.hasOwn(COMMANDS, options.command) ? COMMANDS[options.command] : undefined;
        if (!load) {
            throw new args/* UsageError */.eb(options.command ? `unknown command '${options.command}'` : 'no command given');
        }
        if (options.worktree && options.head !== undefined) {
            throw new args/* UsageError */.eb('--worktree reads the work tree, --head a commit: give one of them');
        }
        // The repository's reader starts, and the command's first questions to git go out, while its code loads.
        const { openContext } = await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(251)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4251));
        const loading = load();
        loading.catch(() => undefined); // a failure shows where it is awaited
        const ctx = await openContext(options, output, () => new Date().toISOString());
        try {
            // The check's first questions: the two commits, then the diff.
            const started = options.command === 'check' ? (0,check_start/* startCheck */.b)(ctx) : undefined;
            const command = await loading;
            return await command(ctx, started);
        }
        finally {
            ctx.source.close();
        }
    }
    catch (error) {
        return await reported(error, output);
    }
}
/**
 * The error's message on stderr and the exit status: 2 for usage and git errors, 1 for the others. The classes
 * of the errors a command's code throws are imported here, not up front: when a command threw one, its module is
 * loaded already.
 */
async function reported(error, output) {
    if (error instanceof args/* UsageError */.eb) {
        output.err(`model-gate: ${error.message}\nRun 'model-gate --help' for usage.\n`);
        return 2;
    }
    if (error instanceof diagnostics/* InputError */.dz) {
        output.err(`model-gate: ${error.message}\n`);
        return 1;
    }
    const [{ RegistryError }, { RegistryConflictError }, { GitError }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(692)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4692)),
        Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(823), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5479)),
        __nccwpck_require__.e(/* import() */ 399).then(__nccwpck_require__.bind(__nccwpck_require__, 1399)),
    ]);
    if (error instanceof RegistryError || error instanceof RegistryConflictError) {
        output.err(`model-gate: ${error.message}\n`);
        return 1;
    }
    if (error instanceof GitError) {
        output.err(`model-gate: ${error.message}\n`);
        return 2;
    }
    output.err(`model-gate: internal error: ${(0,diagnostics/* errorMessage */.gJ)(error)}\n`);
    if (process.env.MODEL_GATE_DEBUG && error instanceof Error && error.stack)
        output.err(`${error.stack}\n`);
    return 1;
}


/***/ }),

/***/ 6657:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pipeOutput),
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
function pipeOutput(stdout, stderr) {
    let outClosed = false;
    let errClosed = false;
    stdout.on('error', () => {
        outClosed = true;
    });
    stderr.on('error', () => {
        errClosed = true;
    });
    return {
        out: (text) => {
            if (!outClosed)
                stdout.write(text);
        },
        err: (text) => {
            if (!errClosed)
                stderr.write(text);
        },
        // A pipe takes writes without blocking: what the reader has not taken yet waits in memory, so a large
        // output waits for it part by part. A closed pipe waits for nothing.
        drained: () => outClosed || !stdout.writableNeedDrain
            ? Promise.resolve()
            : new Promise((resolve) => {
                const done = () => {
                    stdout.off('drain', done).off('error', done).off('close', done);
                    resolve();
                };
                stdout.on('drain', done).on('error', done).on('close', done);
            }),
    };
}
/** Colour on a terminal, unless NO_COLOR is set to anything but the empty string (https://no-color.org). */
function wantsColor(isTTY, env) {
    return isTTY === true && !env.NO_COLOR;
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
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   SS: () => (/* binding */ withMissingRegistry),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   XV: () => (/* binding */ parseFailOn)
/* harmony export */ });
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

/***/ 4573:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

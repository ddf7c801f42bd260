export const id = 251;
export const ids = [251,399];
export const modules = {

/***/ 4251:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tA: () => (/* binding */ FileArgError),
  eN: () => (/* binding */ actor),
  openContext: () => (/* binding */ openContext),
  V_: () => (/* binding */ readFileArg)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git_git = __webpack_require__(1399);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/git/history-plain.ts
/**
 * Whether the commits of the repository at cwd have the parents their objects say, so that the merge base of
 * two commits can be found by reading commit objects (git/tree-diff.ts). Git itself reads some commits with
 * other parents: a shallow clone's boundary commits with none (`shallow`), and any commit a grafts file names
 * (`info/grafts`). Answered from the repository's git folder, found as git finds it from cwd: the nearest
 * `.git` folder, or a `.git` file naming one (a worktree or a submodule; its `commondir` names the shared
 * folder). Anything else (GIT_DIR and the variables that move what git reads, a layout not understood) answers
 * false, and the caller leaves the question to git.
 */


const MOVED_BY = [
    'GIT_DIR',
    'GIT_COMMON_DIR',
    'GIT_GRAFT_FILE',
    'GIT_SHALLOW_FILE',
    'GIT_CEILING_DIRECTORIES',
];
function plainHistory(cwd, env = process.env) {
    if (MOVED_BY.some((name) => env[name] !== undefined))
        return false;
    const common = commonDir(cwd);
    if (common === undefined)
        return false;
    return !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'shallow')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'info', 'grafts'));
}
/** The shared git folder of the repository at cwd, or undefined when it is not found as expected. */
function commonDir(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const dotGit = (0,external_node_path_.join)(dir, '.git');
        const kind = kindOf(dotGit);
        if (kind === 'dir')
            return dotGit;
        if (kind === 'file')
            return linkedCommonDir(dotGit);
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function kindOf(path) {
    try {
        const s = (0,external_node_fs_.statSync)(path);
        return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
    }
    catch {
        return undefined;
    }
}
/** A `.git` file: `gitdir: PATH`; that folder's `commondir` (relative to it), if any, is the shared one. */
function linkedCommonDir(dotGit) {
    const match = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'));
    if (!match?.[1])
        return undefined;
    const gitDir = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(dotGit), match[1].trim());
    const commondir = (0,external_node_path_.join)(gitDir, 'commondir');
    if (!(0,external_node_fs_.existsSync)(commondir))
        return kindOf(gitDir) === 'dir' ? gitDir : undefined;
    const common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)(commondir, 'utf8').trim());
    return kindOf(common) === 'dir' ? common : undefined;
}

;// CONCATENATED MODULE: ./src/git/tree-walk.ts
/**
 * The listing of commit (a full object id), or undefined when the walk gives up: more trees than the
 * limits allow, a tree too large, or a commit the batch does not find (ls-tree then says what is wrong).
 */
async function walkTree(batch, commit, limits) {
    const root = await batch.read(`${commit}^{tree}`, limits.treeBytes);
    if (!root?.content || root.type !== 'tree' || !root.oid)
        return undefined;
    const idBytes = root.oid.length / 2;
    const entries = new Map([['', parseTree(root.content, idBytes)]]);
    let read = 1;
    // Level by level, every folder of a level asked at once.
    for (let level = [''], next = []; level.length; level = next, next = []) {
        const folders = level.flatMap((dir) => (entries.get(dir) ?? [])
            .filter((e) => e.mode === '40000')
            .map((e) => ({ path: join(dir, e.name), id: e.id })));
        read += folders.length;
        if (read > limits.trees)
            return undefined;
        const trees = await Promise.all(folders.map((f) => batch.read(f.id, limits.treeBytes)));
        for (const [i, tree] of trees.entries()) {
            const folder = folders[i];
            if (!tree?.content || tree.type !== 'tree')
                return undefined;
            entries.set(folder.path, parseTree(tree.content, idBytes));
            next.push(folder.path);
        }
    }
    return flatten(entries);
}
/** Depth first in each tree's order, as ls-tree -r lists: files, symlinks and submodules, not folders. */
function flatten(entries) {
    const paths = [];
    const regular = new Map();
    const visit = (dir) => {
        for (const e of entries.get(dir) ?? []) {
            const path = join(dir, e.name);
            if (e.mode === '40000') {
                visit(path);
                continue;
            }
            paths.push(path);
            if (e.mode === '100644' || e.mode === '100755')
                regular.set(path, e.id);
        }
    };
    visit('');
    return { paths, regular };
}
/** A tree entry's path: its folder's path, then its name. */
function join(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** A tree object's entries, in its order. */
function parseTree(content, idBytes) {
    const entries = [];
    for (let at = 0; at < content.length;) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0, space + 1);
        if (space < 0 || nul < 0)
            break;
        const mode = content.toString('latin1', at, space);
        const name = content.toString('utf8', space + 1, nul);
        const key = content.toString('latin1', space + 1, nul);
        const id = content.toString('hex', nul + 1, nul + 1 + idBytes);
        entries.push({ mode, name, key, id });
        at = nul + 1 + idBytes;
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/git/tree-diff.ts

/** Thrown inside the walk to give up; never escapes it. */
const GIVE_UP = new Error('the diff is left to git');
const TREE = '40000';
const GITLINK = '160000';
const MODES = new Set(['100644', '100755', '120000', GITLINK, TREE]);
async function diffTrees(batch, base, head, limits) {
    try {
        if (base === head)
            return [];
        if (!(await isAncestor(batch, base, head, limits)))
            return undefined;
        const walk = new Walk(batch, limits);
        const [left, right] = await Promise.all([walk.tree(`${base}^{tree}`), walk.tree(`${head}^{tree}`)]);
        const changes = await walk.compare(left, right, '');
        const statuses = new Set(changes.map((c) => c.status));
        return statuses.has('added') && statuses.has('removed') ? undefined : changes;
    }
    catch {
        // GIVE_UP, or a read that failed: git diff says what is wrong, if anything is.
        return undefined;
    }
}
/** Whether base is head or one of its ancestors within limits.commits commits, level by level. */
async function isAncestor(batch, base, head, limits) {
    const seen = new Set([head]);
    for (let level = [head]; level.length;) {
        const commits = await Promise.all(level.map((sha) => batch.read(sha, limits.objectBytes)));
        const next = [];
        for (const commit of commits) {
            if (commit?.type !== 'commit' || !commit.content)
                return false;
            for (const parent of parents(commit.content)) {
                if (parent === base)
                    return true;
                if (seen.has(parent))
                    continue;
                seen.add(parent);
                next.push(parent);
            }
        }
        if (seen.size > limits.commits)
            return false;
        level = next;
    }
    return false;
}
/**
 * The parents of a commit object, as git reads them: the `parent` lines right after its `tree` line (git
 * ignores one anywhere else). A header not shaped so gives up.
 */
function parents(content) {
    const end = content.indexOf('\n\n');
    const lines = content.toString('latin1', 0, end < 0 ? content.length : end).split('\n');
    if (!lines[0]?.startsWith('tree '))
        throw GIVE_UP;
    const out = [];
    for (const line of lines.slice(1)) {
        if (!line.startsWith('parent '))
            break;
        out.push(line.slice(7));
    }
    return out;
}
class Walk {
    batch;
    limits;
    read = 0;
    constructor(batch, limits) {
        this.batch = batch;
        this.limits = limits;
    }
    async tree(name) {
        if (++this.read > this.limits.trees)
            throw GIVE_UP;
        const tree = await this.batch.read(name, this.limits.objectBytes);
        if (tree?.type !== 'tree' || !tree.content || !tree.oid)
            throw GIVE_UP;
        const entries = parseTree(tree.content, tree.oid.length / 2);
        if (entries.some((e) => !MODES.has(e.mode)))
            throw GIVE_UP;
        return entries;
    }
    /** The changes under dir, in git's order: both entry lists are in it, and merged in it. */
    async compare(left, right, dir) {
        const parts = [];
        let i = 0;
        let j = 0;
        while (i < left.length || j < right.length) {
            const a = left[i];
            const b = right[j];
            const order = !a ? 1 : !b ? -1 : compareEntries(a, b);
            if (order < 0 && a) {
                parts.push(this.all(a, dir, 'removed'));
                i++;
            }
            else if (order > 0 && b) {
                parts.push(this.all(b, dir, 'added'));
                j++;
            }
            else if (a && b) {
                parts.push(this.changed(a, b, dir));
                i++;
                j++;
            }
        }
        return (await Promise.all(parts)).flat();
    }
    /** One name on both sides, both folders or both not. */
    async changed(a, b, dir) {
        if (a.id === b.id && a.mode === b.mode)
            return [];
        if (a.mode === GITLINK || b.mode === GITLINK)
            throw GIVE_UP;
        const path = join(dir, b.name);
        if (b.mode !== TREE)
            return [{ path, status: 'modified' }];
        const [left, right] = await Promise.all([this.tree(a.id), this.tree(b.id)]);
        return this.compare(left, right, path);
    }
    /** Every file under an entry only one side has, added or removed. */
    async all(entry, dir, status) {
        const path = join(dir, entry.name);
        if (entry.mode === GITLINK)
            throw GIVE_UP;
        if (entry.mode !== TREE)
            return [{ path, status }];
        const entries = await this.tree(entry.id);
        return (await Promise.all(entries.map((e) => this.all(e, path, status)))).flat();
    }
}
/**
 * Git's order of tree entries: by the bytes of their names, a folder's name read as if it ended with '/'.
 * The keys are the names read as latin1, one character a byte, so that comparing them compares the bytes.
 */
function compareEntries(a, b) {
    const x = a.mode === TREE ? `${a.key}/` : a.key;
    const y = b.mode === TREE ? `${b.key}/` : b.key;
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/git/source.ts





class GitSource {
    git;
    maxBytes;
    /** The repository's batch reader (Git's: revisions resolve through it too). */
    batch;
    /** Reads announced by prefetch, by `ref:path`, not taken yet. */
    ahead = new Map();
    /** Reads announced by prefetchBlobs, by `ref:path`, with the most each keeps. */
    aheadBlobs = new Map();
    /** Diffs started by prefetchChanges, by `base...head`, not taken yet. */
    changes = new Map();
    /** The listings of commits (full object ids), each made once for listFiles and prefetch alike. */
    trees = new Map();
    /** Whether commits have the parents their objects say (history-plain.ts), asked once. */
    plain;
    constructor(git, maxBytes = core_document/* DOCUMENT_LIMITS */.PJ.maxBytes) {
        this.git = git;
        this.maxBytes = maxBytes;
        this.batch = git.batch;
    }
    /**
     * The file at a commit. A symlink is followed only inside the commit's tree, as GitHub's contents API
     * does; one that leaves the repository, dangles or loops is an error naming the path, and nothing outside
     * is read.
     */
    async readFile(ref, path) {
        const name = `${ref}:${path}`;
        const ahead = this.ahead.get(name);
        this.ahead.delete(name);
        const object = /[\n\r\0]/.test(path) ? undefined : await (ahead ?? this.batch.read(name, this.maxBytes));
        if (object)
            symlinkProblem(object, path);
        if (!object || object.type !== 'blob')
            return undefined;
        if (object.size > this.maxBytes || !object.content) {
            throw (0,core_document/* oversizeError */.Aj)(path, object.size, this.maxBytes);
        }
        return object.content.toString('utf8');
    }
    /**
     * A blob of a commit the tool itself writes (the registry branch), through the same batch reader, kept up
     * to maxBytes: undefined when it does not exist or is not a file; larger is the usual oversize error,
     * named as file.
     */
    async readBlob(ref, path, maxBytes, file) {
        const name = `${ref}:${path}`;
        const ahead = this.aheadBlobs.get(name);
        this.aheadBlobs.delete(name);
        const read = () => (ahead?.maxBytes === maxBytes ? ahead.read : this.batch.read(name, maxBytes));
        const object = /[\n\r\0]/.test(path) ? undefined : await read();
        if (object)
            symlinkProblem(object, file);
        if (!object || object.type !== 'blob')
            return undefined;
        if (!object.content)
            throw (0,core_document/* oversizeError */.Aj)(file, object.size, maxBytes);
        return object.content.toString('utf8');
    }
    /**
     * Files about to be read at a commit (a full object id: what it names never changes), asked of the batch
     * reader all at once instead of a few at a time: each is kept until its first read takes it. A regular
     * file is asked by its blob id, from one listing of the commit's tree: git resolves `commit:path` by
     * reading every tree on the path again, which costs about ten times the blob itself in a large folder.
     * A path the listing does not show as a regular file (a symlink, a path through one, a missing path) is
     * asked as `commit:path`, so symlinks are followed as before.
     */
    prefetch(ref, paths) {
        return this.announce(ref, paths, this.ahead, (object) => {
            const read = this.batch.read(object, this.maxBytes);
            return { read, kept: read };
        });
    }
    /** As prefetch, for readBlob: blobs of a commit the tool writes, each kept up to maxBytes. */
    prefetchBlobs(ref, paths, maxBytes) {
        return this.announce(ref, paths, this.aheadBlobs, (object) => {
            const read = this.batch.read(object, maxBytes);
            return { read, kept: { read, maxBytes } };
        });
    }
    /**
     * The reads of prefetch and prefetchBlobs: each path not announced yet is asked (by blob id when the commit's
     * listing has it as a regular file) and kept in `ahead` by `ref:path` until its first read takes it.
     */
    async announce(ref, paths, ahead, ask) {
        if (!FULL_ID.test(ref))
            return;
        const blobs = paths.length >= BLOB_IDS_FROM ? await this.blobIds(ref) : undefined;
        for (const path of paths) {
            const name = `${ref}:${path}`;
            if (/[\n\r\0]/.test(path) || ahead.has(name))
                continue;
            const { read, kept } = ask(blobs?.get(path) ?? name);
            read.catch(() => undefined); // a failure shows on the read itself
            ahead.set(name, kept);
        }
    }
    /** The blob id of every regular file of a commit, by path (none when it cannot be listed). */
    blobIds(commit) {
        return this.listing(commit).then((l) => l.regular, () => new Map());
    }
    /** A commit's listing, as `git ls-tree -r --full-tree` lists it: kept per commit named by its full id. */
    listing(ref) {
        if (!FULL_ID.test(ref))
            return this.list(ref);
        let listing = this.trees.get(ref);
        if (!listing) {
            listing = this.list(ref);
            this.trees.set(ref, listing);
        }
        return listing;
    }
    /** Through the batch reader while the tree is small (a process less), else one ls-tree. */
    async list(ref) {
        const walked = FULL_ID.test(ref) ? await walkTree(this.batch, ref, WALK_LIMITS) : undefined;
        if (walked)
            return walked;
        const out = await this.git.run(['ls-tree', '-r', '-z', '--full-tree', ref, '--']);
        return parseListing(out.stdout.toString('utf8'));
    }
    /** Ends the batch reader; reads after this fail, and a diff under way gives up instead of running git. */
    close() {
        this.git.close();
        this.ahead.clear();
        this.aheadBlobs.clear();
        this.trees.clear();
        this.changes.clear();
    }
    /** Every path of a commit's tree (files, symlinks, submodules), from the top of the repository. */
    async listFiles(ref) {
        return [...(await this.listing(ref)).paths];
    }
    /**
     * The changes between two commits (full object ids) are about to be asked: the diff starts now, while the
     * caller sets up the rest, and the first changedFiles of the same two takes it.
     */
    prefetchChanges(base, head) {
        if (!FULL_ID.test(base) || !FULL_ID.test(head))
            return;
        const diff = this.diff(base, head);
        diff.catch(() => undefined); // a failure shows on changedFiles itself
        this.changes.set(`${base}...${head}`, diff);
    }
    changedFiles(base, head) {
        const name = `${base}...${head}`;
        const ahead = this.changes.get(name);
        this.changes.delete(name);
        return ahead ?? this.diff(base, head);
    }
    /** Through the batch reader when that is certain to be the same (tree-diff.ts), else by git diff. */
    async diff(base, head) {
        if (FULL_ID.test(base) && FULL_ID.test(head) && (this.plain ??= plainHistory(this.git.cwd))) {
            const walked = await diffTrees(this.batch, base, head, DIFF_LIMITS);
            if (walked)
                return walked;
            if (this.batch.closed)
                throw new Error('the repository was closed before its diff was read');
        }
        const out = await this.git.run([
            'diff',
            '--name-status',
            '-z',
            '--find-renames',
            // Paths from the top and in git's own order, whatever diff.relative and diff.orderFile say.
            '--no-relative',
            '-O/dev/null',
            `${base}...${head}`,
            '--',
        ]);
        return parseNameStatus(out.stdout.toString('utf8'));
    }
}
/** Prefetches of fewer paths ask them by path: a listing of the whole tree would cost more. */
const BLOB_IDS_FROM = 32;
/** A full object id (SHA-1 or SHA-256): what it names never changes. */
const FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * A tree of up to this many folders is listed through the batch reader; a larger one by ls-tree. Measured
 * (a warm batch, /tmp medians): 4 trees 0.95 ms walked vs 5.7 ms by ls-tree, 18 trees 2.9 vs 9.6 ms, 66
 * trees 9.9 vs 11.7 ms, 130 trees 16.2 vs 13.0 ms; the walk's time is the main thread's, ls-tree's mostly
 * waiting, so the walk stops well before the two meet.
 */
const WALK_LIMITS = { trees: 32, treeBytes: 1 << 20 };
/**
 * A diff is read through the batch reader when base is at most this many commits behind head and the trees
 * differ in at most this many folders, as the listing's walk (WALK_LIMITS); else git diff, which a large
 * change needs anyway.
 */
const DIFF_LIMITS = { commits: 16, trees: WALK_LIMITS.trees, objectBytes: WALK_LIMITS.treeBytes };
/** `<mode> <type> <id>\t<path>` records of `git ls-tree -r -z`; regular files are 100644 and 100755 blobs. */
function parseListing(listing) {
    const paths = [];
    const regular = new Map();
    for (const record of listing.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const path = record.slice(tab + 1);
        const [mode, type, id] = record.slice(0, tab).split(' ');
        paths.push(path);
        if (type === 'blob' && id && (mode === '100644' || mode === '100755'))
            regular.set(path, id);
    }
    return { paths, regular };
}
const LINK_PROBLEMS = {
    symlink: 'is a symlink that leaves the repository: it is not read',
    dangling: 'is a symlink to a path that does not exist in the commit',
    loop: 'is a symlink that loops (or has too many levels of links)',
};
function symlinkProblem(object, path) {
    const problem = LINK_PROBLEMS[object.type];
    if (problem)
        throw new diagnostics/* InputError */.dz({ file: path }, problem);
}
function parseNameStatus(raw) {
    const parts = raw.split('\0');
    const files = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        if (!code)
            continue;
        const letter = code[0];
        if (letter === 'R' || letter === 'C') {
            const previous = parts[i++] ?? '';
            const path = parts[i++] ?? '';
            files.push(letter === 'R' ? { path, status: 'renamed', previousPath: previous } : { path, status: 'added' });
            continue;
        }
        const path = parts[i++] ?? '';
        const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified';
        files.push({ path, status });
    }
    return files;
}

// EXTERNAL MODULE: ./src/git/work-tree.ts
var work_tree = __webpack_require__(6516);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var args = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/cli/context.ts
/** What every command is handed: parsed options, the repository, output streams and the clock. */






/**
 * The repository is checked by starting its batch reader (which every command then uses to resolve revisions
 * and read files), not by a process of its own.
 */
async function openContext(options, output, now) {
    const git = new git_git.Git(options.cwd);
    if (!(await git.isRepository())) {
        git.close();
        throw new args/* UsageError */.eb(`${options.cwd} is not inside a git repository`);
    }
    return { ...output, options, git, source: new GitSource(git), now };
}
/** Who is acting: git's author name (config or GIT_AUTHOR_NAME), else the OS user. */
async function actor(ctx) {
    const r = await ctx.git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
    const name = r.code === 0
        ? r.stdout
            .toString('utf8')
            .replace(/\s*<.*$/s, '')
            .trim()
        : '';
    return name || process.env.USER || process.env.USERNAME || 'unknown';
}
/** A file named on the command line that cannot be read: a usage error, its message led by the path. */
class FileArgError extends args/* UsageError */.eb {
    constructor(path, detail) {
        super(`${path}: ${detail}`);
    }
}
/**
 * A file named on the command line: git's REF:path, or a path read at --head (default HEAD), or with
 * --worktree from the work tree, unsaved edits included. Committed reads follow symlinks only inside the
 * commit, as GitHub does.
 */
async function readFileArg(ctx, arg) {
    const colon = arg.indexOf(':');
    if (colon > 0 && !(await exists((0,external_node_path_.join)(ctx.options.cwd, arg)))) {
        const ref = arg.slice(0, colon);
        const path = arg.slice(colon + 1);
        const sha = await ctx.git.resolve(ref);
        if (!sha)
            throw new args/* UsageError */.eb(`unknown revision '${ref}' in '${arg}'`);
        return { ...(await readCommitted(ctx, sha, path, ref)), ref: sha };
    }
    // The top and the prefix (a relative path's) are asked side by side; each is awaited where it was.
    const asking = once(ctx, 'top', () => ctx.git.line(['rev-parse', '--show-toplevel']));
    if (!(0,external_node_path_.isAbsolute)(arg))
        askPrefix(ctx).catch(() => undefined);
    const top = (await asking) || ctx.options.cwd;
    const absolute = (0,external_node_path_.isAbsolute)(arg) ? arg : (0,external_node_path_.join)(ctx.options.cwd, arg);
    const path = await repositoryPath(ctx, arg, top);
    if (!ctx.options.worktree) {
        const name = ctx.options.head ?? 'HEAD';
        const sha = await once(ctx, `resolve ${name}`, () => ctx.git.resolve(name));
        const hint = ctx.options.command === 'promote' ? '' : ' (no commit yet? --worktree reads the work tree)';
        if (!sha)
            throw new args/* UsageError */.eb(`unknown revision '${name}'${hint}`);
        return readCommitted(ctx, sha, path, name, absolute);
    }
    const text = await (0,work_tree/* readWorkTreeFile */.y)(absolute, arg, top);
    if (text === undefined)
        throw new args/* UsageError */.eb(`cannot read '${arg}'`);
    return { path, text, read: (p) => (0,work_tree/* readWorkTreeFile */.y)((0,external_node_path_.join)(top, p), p, top) };
}
/**
 * What one command asks git about the repository (its top, the current directory's prefix, the commit a
 * name resolves to) does not change while it runs: asked once, for a command given many files.
 */
const asked = new WeakMap();
function once(ctx, key, ask) {
    const known = asked.get(ctx) ?? new Map();
    asked.set(ctx, known);
    const answer = known.get(key) ?? ask();
    known.set(key, answer);
    return answer;
}
function askPrefix(ctx) {
    return once(ctx, 'prefix', () => ctx.git.line(['rev-parse', '--show-prefix']));
}
/** A command-line path (relative to the current directory, or absolute) as a path in the repository. */
async function repositoryPath(ctx, arg, top) {
    const given = arg.split(external_node_path_.sep).join('/');
    const path = (0,external_node_path_.isAbsolute)(arg)
        ? (0,external_node_path_.relative)(top, arg).split(external_node_path_.sep).join('/')
        : external_node_path_.posix.normalize(`${await askPrefix(ctx)}${given}`);
    if (path === '' || path === '.' || path === '..' || path.startsWith('../') || (0,external_node_path_.isAbsolute)(path)) {
        throw new args/* UsageError */.eb(`'${arg}' is not a file inside the repository`);
    }
    return path;
}
async function readCommitted(ctx, sha, path, name, onDiskAt) {
    const text = await ctx.source.readFile(sha, path);
    if (text === undefined) {
        const onDisk = onDiskAt !== undefined && (await exists(onDiskAt));
        const hint = onDisk ? ': commit it, or read the work tree with --worktree' : '';
        throw new FileArgError(path, `does not exist at ${name}${hint}`);
    }
    return { path, text, commit: sha, read: (p) => ctx.source.readFile(sha, p) };
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}


/***/ }),

/***/ 1399:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Git: () => (/* binding */ Git),
  GitError: () => (/* binding */ GitError)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/cat-file.ts
/**
 * One long-lived `git cat-file --batch` process: many object reads without a process each. Requests are
 * answered in order; a name git cannot resolve answers `missing`. Objects over `maxBytes` are streamed past
 * without being kept, so an oversized file costs no memory.
 */

class CatFileBatch {
    cwd;
    maxBytes;
    followSymlinks;
    process;
    isClosed = false;
    constructor(cwd, maxBytes, 
    /** Follow symlinks inside the commit (`--follow-symlinks`), as GitHub's contents API does. */
    followSymlinks = false) {
        this.cwd = cwd;
        this.maxBytes = maxBytes;
        this.followSymlinks = followSymlinks;
    }
    /**
     * The object named (e.g. `<sha>:<path>`), or undefined when it does not exist. maxBytes: the most this
     * read keeps (by default the reader's).
     */
    read(name, maxBytes = this.maxBytes) {
        if (/[\n\r\0]/.test(name))
            return Promise.reject(new Error('object names with line breaks cannot be read in batch'));
        if (this.isClosed)
            return Promise.reject(new Error('the batch reader is closed'));
        const args = ['cat-file', '--batch', ...(this.followSymlinks ? ['--follow-symlinks'] : [])];
        this.process ??= new BatchProcess(this.cwd, args, this.maxBytes);
        return this.process.read(name, maxBytes);
    }
    /** Whether close() was called: every read since fails. */
    get closed() {
        return this.isClosed;
    }
    /**
     * Ends the process once it has answered what it was asked. A read after this fails: a read still on its
     * way when a command ends (the next level of a tree walk, say) must not start a process that nothing would
     * end, which would keep the CLI from exiting.
     */
    close() {
        this.isClosed = true;
        this.process?.end();
        this.process = undefined;
    }
}
/** One `git cat-file --batch` process and the reads it has not answered yet, in order. */
class BatchProcess {
    maxBytes;
    child;
    header = [];
    body;
    pending = [];
    /** Once the process failed, every read fails with its error. */
    failed;
    constructor(cwd, args, maxBytes) {
        this.maxBytes = maxBytes;
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
        child.stdout.on('data', (chunk) => this.consume(chunk));
        // Not read (a failure shows as the exit), but drained: warnings (an ambiguous name) must not fill the pipe.
        child.stderr.resume();
        const fail = (error) => {
            this.failed = error;
            for (const p of this.pending.splice(0))
                p.reject(error);
        };
        child.on('error', fail);
        child.on('exit', (code) => {
            if (this.pending.length)
                fail(new Error(`git cat-file --batch exited (${code ?? 'signal'})`));
        });
        child.stdin.on('error', () => undefined);
        this.child = child;
    }
    read(name, maxBytes) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.pending.push({ maxBytes, resolve, reject });
            this.child.stdin.write(`${name}\n`);
        });
    }
    end() {
        this.child.stdin.end();
    }
    consume(chunk) {
        let rest = chunk;
        while (rest.length > 0) {
            if (this.body) {
                const body = this.body;
                const take = Math.min(body.remaining, rest.length);
                if (body.keep)
                    body.chunks.push(rest.subarray(0, take));
                body.remaining -= take;
                rest = rest.subarray(take);
                if (body.remaining === 0) {
                    this.body = undefined;
                    const content = body.keep ? Buffer.concat(body.chunks).subarray(0, body.size) : undefined;
                    const { oid, type, size } = body;
                    this.pending
                        .shift()
                        ?.resolve({ ...(oid ? { oid } : {}), type, size, ...(content ? { content } : {}) });
                }
                continue;
            }
            const eol = rest.indexOf(10);
            if (eol < 0) {
                this.header.push(rest);
                return;
            }
            this.header.push(rest.subarray(0, eol));
            rest = rest.subarray(eol + 1);
            const line = Buffer.concat(this.header).toString('utf8');
            this.header = [];
            if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
                this.pending.shift()?.resolve(undefined);
                continue;
            }
            const fields = line.split(' ');
            // `<sha> <type> <size>`, or `<symlink|dangling|loop|notdir> <size>` with --follow-symlinks.
            const [oid, type = '', sizeText = '0'] = fields.length === 2 ? [undefined, ...fields] : fields;
            const size = Number(sizeText);
            const keep = size <= (this.pending[0]?.maxBytes ?? this.maxBytes);
            this.body = { ...(oid ? { oid } : {}), type, size, keep, chunks: [], remaining: size + 1 };
        }
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts
/** The one place that runs the `git` executable. Arguments are passed as an array: no shell, no quoting. */


class GitError extends Error {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').at(-1) ?? `exit ${String(code)}`}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
class Git {
    cwd;
    /**
     * The repository's one long-lived `git cat-file --batch --follow-symlinks`, started at its first read:
     * revisions and refs resolve through it, and GitSource reads files through it. Reads pass the most they keep.
     */
    batch;
    constructor(cwd) {
        this.cwd = cwd;
        this.batch = new CatFileBatch(cwd, 0, true);
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)('git', ['-c', 'core.quotepath=off', ...args], {
                cwd: this.cwd,
                encoding: 'buffer',
                maxBuffer: 256 * 1024 * 1024,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
                if (error && !(options.okCodes ?? []).includes(code)) {
                    reject(new GitError(args, error.code ?? null, stderr.toString('utf8')));
                    return;
                }
                resolve({ stdout, code });
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    async line(args, options = {}) {
        return (await this.text(args, options)).trim();
    }
    /**
     * The full SHA a ref names, or undefined when it does not resolve (nor peel to a commit: a tree or a blob
     * does not resolve), as `git rev-parse --verify <ref>^{commit}` answers.
     */
    resolve(ref) {
        return this.objectId(`${ref}^{commit}`, ['--end-of-options']);
    }
    /** The object id a ref points at (not peeled), or undefined when it does not exist. */
    refExists(ref) {
        return this.objectId(ref, []);
    }
    /** Ends the batch reader (GitSource.close does); a read after this starts a new one. */
    close() {
        this.batch.close();
    }
    /**
     * What `git rev-parse --verify --quiet <name>` prints, asked of the batch reader: both look the name up the
     * same way (get_oid). Names the batch must not be asked are asked of rev-parse itself: a name with a path in
     * it (`tree-ish:path`, `:path`, a date with a colon), which the batch would resolve following symlinks
     * inside the commit; `@{…}` (upstream, reflog), which can end git instead of answering (no upstream, a
     * reflog too short) and with it every read in flight; a line break (a line of the batch) or NUL.
     */
    async objectId(name, options) {
        if (/[:\n\r\0]|@\{/.test(name)) {
            const r = await this.run(['rev-parse', '--verify', '--quiet', ...options, name], { okCodes: [1, 128] });
            return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
        }
        return (await this.batch.read(name, 0))?.oid;
    }
    /**
     * Whether cwd is inside a git repository (or its git folder), asked by starting the batch reader, which
     * fails to start outside one (as `git rev-parse --git-dir` does), instead of a process of its own.
     */
    async isRepository() {
        return this.batch.read('HEAD', 0).then(() => true, () => false);
    }
}


/***/ }),

/***/ 6516:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readWorkTreeFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _core_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9452);
/** Reading a checkout's files (the CLI's --worktree, the action's `source: workspace`), inside the repository only. */




/**
 * A file of the work tree. A symlink is followed only while it stays inside the repository (top), as
 * GitHub's contents API resolves them; one that leaves it is an error, and nothing outside is read.
 */
async function readWorkTreeFile(absolute, shown, top) {
    const [real, root] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(top).catch(() => top),
    ]);
    if (real === undefined)
        return undefined;
    if (real !== root && !real.startsWith(`${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`)) {
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: shown }, 'is a symlink that leaves the repository: it is not read');
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real).catch(() => undefined);
    if (!info || !info.isFile())
        return undefined;
    if (info.size > _core_document_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCUMENT_LIMITS */ .PJ.maxBytes) {
        throw (0,_core_document_js__WEBPACK_IMPORTED_MODULE_3__/* .oversizeError */ .Aj)(shown, info.size, _core_document_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCUMENT_LIMITS */ .PJ.maxBytes);
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, 'utf8');
}


/***/ })

};

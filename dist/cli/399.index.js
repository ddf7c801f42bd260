export const id = 399;
export const ids = [399];
export const modules = {

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


/***/ })

};

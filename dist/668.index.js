export const id = 668;
export const ids = [668];
export const modules = {

/***/ 9452:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PJ: () => (/* binding */ DOCUMENT_LIMITS),
  be: () => (/* binding */ formatOf),
  nK: () => (/* binding */ isPlainMap),
  Aj: () => (/* binding */ oversizeError),
  Tp: () => (/* binding */ parseDocument),
  dH: () => (/* binding */ parseJsonDocument)
});

// UNUSED EXPORTS: tomlDeepLine

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/lazy-libs.ts + 1 modules
var lazy_libs = __webpack_require__(7823);
;// CONCATENATED MODULE: ./src/core/nesting.ts

/** The offset where nesting passes maxDepth, thrown as this error. */
class TooDeep extends Error {
    offset;
    constructor(offset) {
        super('too deep');
        this.offset = offset;
    }
}
function parseYamlWithinDepth(text, maxDepth) {
    const { LineCounter, Parser, Lexer } = (0,lazy_libs/* yamlLib */.xG)();
    const lineCounter = new LineCounter();
    const parser = new Parser(lineCounter.addNewLine);
    const tokens = [];
    lineCounter.addNewLine(0);
    let flow = 0;
    for (const lexeme of new Lexer().lex(text)) {
        if (lexeme === '[' || lexeme === '{') {
            if (++flow > maxDepth)
                throw new TooDeep(parser.offset);
        }
        else if (lexeme === ']' || lexeme === '}')
            flow = Math.max(0, flow - 1);
        for (const token of parser.next(lexeme))
            tokens.push(token);
    }
    for (const token of parser.end())
        tokens.push(token);
    const deep = deepestOffset(tokens, maxDepth);
    if (deep !== undefined)
        throw new TooDeep(deep);
    return { doc: compose(tokens, text.length), lineCounter };
}
/** The first token nested deeper than maxDepth (the document's value is at depth 0), walked with a stack. */
function deepestOffset(tokens, maxDepth) {
    const stack = [];
    for (const t of tokens)
        if (t.type === 'document')
            stack.push([t.value, 0]);
    while (stack.length) {
        const [token, depth] = stack.pop() ?? [undefined, 0];
        if (!token)
            continue;
        if (depth > maxDepth)
            return token.offset;
        if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            for (const item of token.items) {
                if ('key' in item)
                    stack.push([item.key, depth + 1]);
                stack.push([item.value, depth + 1]);
            }
        }
    }
    return undefined;
}
/** As yaml's parseDocument: the first document, and an error when there are more. */
function compose(tokens, length) {
    const { Composer, YAMLParseError } = (0,lazy_libs/* yamlLib */.xG)();
    const composer = new Composer({ uniqueKeys: false, strict: true });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first)
            first = doc;
        else {
            const at = [doc.range[0], doc.range[1]];
            first.errors.push(new YAMLParseError(at, 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    return first;
}

;// CONCATENATED MODULE: ./src/core/yaml-fast.ts
/** Thrown inside the parser to give up; never escapes it. */
const GIVE_UP = new Error('outside the fast YAML subset');
/**
 * Characters no document of the subset holds: controls, tabs, CR, NEL, Unicode spaces and line separators,
 * BOM, surrogates.
 */
const UNSUPPORTED_CHARS = 
// eslint-disable-next-line no-control-regex
/[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ud800-\udfff\ufeff\ufffe\uffff]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Longest key source accepted here (the yaml library refuses implicit keys over 1024 characters). */
const MAX_KEY = 1000;
/** Nesting accepted here, well inside document.ts's limit of 64 so that the edge is the full parser's. */
const MAX_DEPTH = 48;
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
/**
 * The document as the full parser would give it, or undefined when the text is outside the subset (or might
 * be refused). maxNodes counts nodes as the full parser's walk does: the root, each mapping value, each item.
 */
function parseYamlFast(text, file, maxNodes) {
    if (UNSUPPORTED_CHARS.test(text))
        return undefined;
    const parser = new FastParser(text, file, maxNodes);
    try {
        return { value: parser.document(), positions: parser.positions };
    }
    catch (error) {
        if (error === GIVE_UP)
            return undefined;
        throw error;
    }
}
class FastParser {
    text;
    file;
    maxNodes;
    positions = new Map();
    /** Offset of the current character. */
    pos = 0;
    /** Current line (1-based) and the offset where it starts. */
    line = 1;
    lineStart = 0;
    /** Indent of the content line the cursor is on (its first character), -1 at the end of the text. */
    indent = 0;
    nodes = 0;
    /** keyEnd's last answer (the lookahead and then the mapping ask it for the same key). */
    keyAt = -1;
    keyColon = -1;
    constructor(text, file, maxNodes) {
        this.text = text;
        this.file = file;
        this.maxNodes = maxNodes;
        this.positions.set('', { file, line: 1, col: 1 });
    }
    document() {
        this.count();
        this.nextContent();
        if (this.indent < 0)
            return null;
        const value = this.blockNode(0, undefined);
        if (this.indent >= 0)
            throw GIVE_UP;
        return value;
    }
    count() {
        if (++this.nodes > this.maxNodes)
            throw GIVE_UP;
    }
    col() {
        return this.pos - this.lineStart;
    }
    mark(path, at) {
        this.positions.set(path, { file: this.file, line: this.line, col: at - this.lineStart + 1 });
    }
    /**
     * From the cursor (at the start of a line, or where the rest of a line is only spaces and a comment already
     * checked), past blank and comment lines to the first character of the next content line; sets indent.
     */
    nextContent() {
        const text = this.text;
        for (;;) {
            let i = this.pos;
            while (text.charCodeAt(i) === SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length) {
                this.pos = i;
                this.indent = -1;
                return;
            }
            if (c === NEWLINE || c === HASH) {
                const end = text.indexOf('\n', i);
                if (end < 0) {
                    this.pos = text.length;
                    this.indent = -1;
                    return;
                }
                this.newLine(end + 1);
                continue;
            }
            this.pos = i;
            this.indent = i - this.lineStart;
            if (this.indent === 0 && markerAt(text, i))
                throw GIVE_UP;
            return;
        }
    }
    newLine(start) {
        this.pos = start;
        this.lineStart = start;
        this.line++;
    }
    /** After a value on its line: spaces, an optional comment after a space, the line's end; then nextContent. */
    endLine() {
        const text = this.text;
        const start = this.pos;
        let i = start;
        while (text.charCodeAt(i) === SPACE)
            i++;
        if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
            if (text.charCodeAt(i) !== HASH || i === start)
                throw GIVE_UP;
            i = text.indexOf('\n', i);
            if (i < 0)
                i = text.length;
        }
        if (i >= text.length) {
            this.pos = text.length;
            this.indent = -1;
            return;
        }
        this.newLine(i + 1);
        this.nextContent();
    }
    /** A block node starting at the cursor, at column col: a block sequence or a block mapping. */
    blockNode(depth, path) {
        if (depth > MAX_DEPTH)
            throw GIVE_UP;
        if (this.dashAt(this.pos))
            return this.blockSeq(this.col(), depth, path);
        if (this.keyEnd(this.pos) >= 0)
            return this.blockMap(this.col(), depth, path);
        throw GIVE_UP;
    }
    /** Whether a `-` item indicator (a dash then a space or the line's end) is at offset i. */
    dashAt(i) {
        if (this.text.charCodeAt(i) !== DASH)
            return false;
        const next = this.text.charCodeAt(i + 1);
        return next === SPACE || next === NEWLINE || i + 1 >= this.text.length;
    }
    blockSeq(col, depth, path) {
        const out = [];
        const text = this.text;
        for (;;) {
            // At a `-` of this sequence.
            let i = this.pos + 1;
            while (text.charCodeAt(i) === SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length || c === NEWLINE || c === HASH)
                throw GIVE_UP;
            const itemPath = join(path, out.length);
            this.mark(itemPath, i);
            this.count();
            this.pos = i;
            out.push(this.inlineOrBlock(depth + 1, itemPath));
            if (this.indent > col)
                throw GIVE_UP;
            if (this.indent < col || !this.dashAt(this.pos))
                return out;
        }
    }
    /**
     * The value that starts on the current line at the cursor: a block collection starting there (a sequence
     * item's compact mapping or sequence), or a value ending on this line, after which the cursor is on the
     * next content line.
     */
    inlineOrBlock(depth, path) {
        if (this.dashAt(this.pos) || this.keyEnd(this.pos) >= 0)
            return this.blockNode(depth, path);
        const value = this.inlineValue(depth, path);
        this.endLine();
        return value;
    }
    blockMap(col, depth, path) {
        const out = {};
        for (;;) {
            // At a key of this mapping.
            const keyAt = this.pos;
            const colon = this.keyEnd(keyAt);
            if (colon < 0)
                throw GIVE_UP;
            const key = this.keyText(keyAt, colon);
            if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key))
                throw GIVE_UP;
            const keyPath = join(path, key);
            this.mark(keyPath, keyAt);
            this.count();
            this.pos = colon + 1;
            out[key] = this.mapValue(col, depth + 1, keyPath);
            if (this.indent > col)
                throw GIVE_UP;
            if (this.indent < col)
                return out;
            if (this.dashAt(this.pos))
                throw GIVE_UP;
        }
    }
    /** The value after a key's colon: on the same line, or on the lines below (more indented, or a sequence). */
    mapValue(col, depth, path) {
        const text = this.text;
        let i = this.pos;
        while (text.charCodeAt(i) === SPACE)
            i++;
        const c = text.charCodeAt(i);
        if (i < text.length && c !== NEWLINE && c !== HASH) {
            // A `- ` or a `: ` in the value (outside the subset) gives up as it is read.
            this.pos = i;
            const value = this.inlineValue(depth, path);
            this.endLine();
            return value;
        }
        this.endLine();
        if (this.indent > col)
            return this.blockNode(depth, path);
        if (this.indent === col && this.dashAt(this.pos))
            return this.blockSeq(col, depth, path);
        return null;
    }
    /** A value that ends on its line: a flow collection, a quoted scalar or a plain scalar. */
    inlineValue(depth, path) {
        const c = this.text.charCodeAt(this.pos);
        if (c === 123 || c === 91)
            return this.flow(depth, path);
        if (c === 34 || c === 39)
            return this.quoted();
        return resolvePlain(this.plain('block'));
    }
    /**
     * The offset of the colon ending the implicit key at i (a plain or quoted scalar, then `:` and a space or
     * the line's end), or -1 when what is at i is not such a key.
     */
    keyEnd(i) {
        if (i === this.keyAt)
            return this.keyColon;
        const text = this.text;
        const c = text.charCodeAt(i);
        let end;
        if (c === 34 || c === 39) {
            end = quotedEnd(text, i);
            if (end < 0)
                return -1;
        }
        else {
            if (!plainStart(text, i, false))
                return -1;
            // Read as a key: a character in doubt gives up here already (it would as a value too).
            const pos = this.pos;
            this.pos = i;
            this.plain('key');
            end = this.pos;
            this.pos = pos;
        }
        const colon = text.charCodeAt(end) === COLON && isBlank(text, end + 1) ? end : -1;
        if (colon >= 0 && end - i > MAX_KEY)
            throw GIVE_UP;
        this.keyAt = i;
        this.keyColon = colon;
        return colon;
    }
    keyText(at, colon) {
        this.pos = at;
        const c = this.text.charCodeAt(at);
        if (c === 34 || c === 39)
            return this.quoted();
        const key = resolvePlain(this.text.slice(at, colon));
        if (typeof key !== 'string')
            throw GIVE_UP;
        return key;
    }
    /**
     * A plain scalar at the cursor, on one line: its text, the cursor after it. It ends at ` #` or the line's
     * end; a key's also at `: `, and in a flow collection also at `,`, `]` and `}` (a block value holding `: `
     * gives up). Characters in doubt give up.
     */
    plain(mode) {
        const text = this.text;
        const start = this.pos;
        if (!plainStart(text, start, mode === 'flow'))
            throw GIVE_UP;
        let i = start;
        let end = start;
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === NEWLINE)
                break;
            if (c === SPACE)
                continue;
            if (c === HASH) {
                if (text.charCodeAt(i - 1) === SPACE)
                    break;
                throw GIVE_UP;
            }
            if (c === COLON) {
                const next = text.charCodeAt(i + 1);
                if (isBlank(text, i + 1)) {
                    if (mode !== 'block')
                        break;
                    throw GIVE_UP;
                }
                if (next === 44 || next === 91 || next === 93 || next === 123 || next === 125)
                    throw GIVE_UP;
            }
            else if (c === 44 || c === 93 || c === 125) {
                if (mode === 'flow')
                    break;
                if (c !== 44)
                    throw GIVE_UP;
            }
            else if (c === 91 || c === 123 || c === 96)
                throw GIVE_UP;
            end = i + 1;
        }
        this.pos = end;
        return text.slice(start, end);
    }
    /** A quoted scalar at the cursor, closed on its line: its value, the cursor after the closing quote. */
    quoted() {
        const text = this.text;
        const start = this.pos;
        const end = quotedEnd(text, start);
        if (end < 0)
            throw GIVE_UP;
        this.pos = end;
        const body = text.slice(start + 1, end - 1);
        if (text.charCodeAt(start) === 39)
            return body.includes("''") ? body.replaceAll("''", "'") : body;
        return body.includes('\\') ? unescapeDouble(body) : body;
    }
    /** A flow mapping or sequence at the cursor, closed on its line. */
    flow(depth, path) {
        if (depth > MAX_DEPTH)
            throw GIVE_UP;
        const text = this.text;
        const map = text.charCodeAt(this.pos) === 123;
        const close = map ? 125 : 93;
        const out = map ? {} : [];
        this.pos++;
        this.skipSpaces();
        if (text.charCodeAt(this.pos) === close) {
            this.pos++;
            return out;
        }
        for (let index = 0;; index++) {
            if (map)
                this.flowPair(out, depth, path);
            else {
                const itemPath = join(path, index);
                this.mark(itemPath, this.pos);
                this.count();
                out.push(this.flowValue(depth + 1, itemPath));
            }
            this.skipSpaces();
            const c = text.charCodeAt(this.pos++);
            if (c === close)
                return out;
            if (c !== 44)
                throw GIVE_UP;
            this.skipSpaces();
            const next = text.charCodeAt(this.pos);
            if (next === close || next === 44)
                throw GIVE_UP;
        }
    }
    flowPair(out, depth, path) {
        const text = this.text;
        const keyAt = this.pos;
        const c = text.charCodeAt(keyAt);
        let key;
        if (c === 34 || c === 39)
            key = this.quoted();
        else {
            key = resolvePlain(this.plain('flow'));
            if (typeof key !== 'string')
                throw GIVE_UP;
        }
        if (this.pos - keyAt > MAX_KEY)
            throw GIVE_UP;
        if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE)
            throw GIVE_UP;
        if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key))
            throw GIVE_UP;
        const keyPath = join(path, key);
        this.mark(keyPath, keyAt);
        this.count();
        this.pos += 2;
        this.skipSpaces();
        out[key] = this.flowValue(depth + 1, keyPath);
    }
    flowValue(depth, path) {
        const c = this.text.charCodeAt(this.pos);
        if (c === 123 || c === 91)
            return this.flow(depth, path);
        if (c === 34 || c === 39)
            return this.quoted();
        return resolvePlain(this.plain('flow'));
    }
    skipSpaces() {
        while (this.text.charCodeAt(this.pos) === SPACE)
            this.pos++;
    }
}
function join(path, segment) {
    return path === undefined ? String(segment) : `${path}\u0000${segment}`;
}
/** A space, a line break or the end of the text at offset i. */
function isBlank(text, i) {
    const c = text.charCodeAt(i);
    return c === SPACE || c === NEWLINE || i >= text.length;
}
/** `---`, `...` (then a blank) or `%` at the start of a line: a document marker or a directive. */
function markerAt(text, i) {
    const c = text.charCodeAt(i);
    if (c === 37)
        return true;
    if (c !== DASH && c !== 46)
        return false;
    return text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && isBlank(text, i + 3);
}
/**
 * Whether a plain scalar may start at i: not a blank, not an indicator; `-` only before a character that
 * is not a blank. Indicators that may start one in YAML (`?`, `:`) give up instead.
 */
function plainStart(text, i, flow) {
    const c = text.charCodeAt(i);
    if (i >= text.length || c === SPACE || c === NEWLINE)
        return false;
    if (c === DASH)
        return !isBlank(text, i + 1) && !(flow && ',[]{}'.includes(text[i + 1]));
    return !'?:,[]{}#&*!|>\'"%@`'.includes(text[i]);
}
/** The offset after the closing quote of the quoted scalar at i, or -1 when it does not close on its line. */
function quotedEnd(text, i) {
    const q = text.charCodeAt(i);
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === NEWLINE)
            return -1;
        if (q === 34 && c === 92) {
            if (text.charCodeAt(j + 1) === NEWLINE)
                return -1;
            j++;
        }
        else if (c === q) {
            if (q === 39 && text.charCodeAt(j + 1) === 39)
                j++;
            else
                return j + 1;
        }
    }
    return -1;
}
const ESCAPES = {
    '\\': '\\',
    '"': '"',
    '/': '/',
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
};
/** The escapes of a double-quoted scalar that are sure to mean the same to the yaml library; others give up. */
function unescapeDouble(body) {
    return body.replace(/\\(u[0-9a-fA-F]{4}|.?)/g, (_, e) => {
        const simple = ESCAPES[e];
        if (simple !== undefined)
            return simple;
        if (e.length === 5) {
            const code = parseInt(e.slice(1), 16);
            if (code >= 0xd800 && code <= 0xdfff)
                throw GIVE_UP;
            return String.fromCharCode(code);
        }
        throw GIVE_UP;
    });
}
/**
 * A plain scalar's value by the YAML 1.2 core schema, tested in the yaml library's order: null, bool, octal,
 * decimal and hex integers, then floats. A number that is not finite gives up (the full parser refuses it).
 */
function resolvePlain(s) {
    const c = s.charCodeAt(0);
    // Most strings start with a letter that starts no null, bool or number.
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !'nNtTfF'.includes(s[0]))
        return s;
    if (/^(?:~|[Nn]ull|NULL)?$/.test(s))
        return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s))
        return c === 116 || c === 84;
    let n;
    if (/^0o[0-7]+$/.test(s))
        n = parseInt(s.substring(2), 8);
    else if (/^[-+]?[0-9]+$/.test(s))
        n = parseInt(s, 10);
    else if (/^0x[0-9a-fA-F]+$/.test(s))
        n = parseInt(s.substring(2), 16);
    else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
        throw GIVE_UP;
    else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        n = parseFloat(s);
    else if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        n = parseFloat(s);
    else
        return s;
    if (!Number.isFinite(n))
        throw GIVE_UP;
    return n;
}

;// CONCATENATED MODULE: ./src/core/document.ts




const DOCUMENT_LIMITS = {
    /** Largest manifest, policy or metrics file accepted. */
    maxBytes: 1024 * 1024,
    /** Most nodes one document may expand to, aliases included. */
    maxNodes: 100_000,
    /** Deepest nesting of mappings and sequences. */
    maxDepth: 64,
};
const document_FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The error for a file over a size limit: the same words wherever the size is first known. */
function oversizeError(file, bytes, maxBytes) {
    return new diagnostics/* InputError */.dz({ file }, `file is ${bytes} bytes, over the limit of ${maxBytes} bytes`);
}
function formatOf(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.toml'))
        return 'toml';
    return 'yaml';
}
function parseDocument(text, file, options = {}) {
    const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) {
        throw oversizeError(file, bytes, maxBytes);
    }
    const format = options.format ?? formatOf(file);
    const maxNodes = options.maxNodes ?? DOCUMENT_LIMITS.maxNodes;
    if (format === 'toml')
        return parseTomlText(text, file, maxNodes);
    if (format === 'json')
        checkJsonSyntax(text, file);
    else if (options.fast !== false) {
        const fast = parseYamlFast(text, file, maxNodes);
        if (fast)
            return { file, value: fast.value, locate: locator(file, fast.positions) };
    }
    return parseYamlText(text, file, maxNodes, maxBytes, format === 'json' ? 'JSON' : 'YAML');
}
function keyOf(path) {
    return path.join('\u0000');
}
function locator(file, positions) {
    return (path) => {
        for (let n = path.length; n >= 0; n--) {
            const found = positions.get(keyOf(path.slice(0, n)));
            if (found)
                return found;
        }
        return { file, line: 1, col: 1 };
    };
}
function parseYamlText(text, file, maxNodes, maxBytes, label) {
    // Duplicate keys are found by the walk below, in linear time (the parser's own check is quadratic).
    let parsed;
    try {
        parsed = withPlainEnv(() => parseYamlWithinDepth(text, DOCUMENT_LIMITS.maxDepth));
    }
    catch (error) {
        if (!(error instanceof TooDeep))
            throw error;
        throw new diagnostics/* InputError */.dz(positionIn(text, file, error.offset), `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
    }
    const { doc, lineCounter } = parsed;
    const where = (offset) => {
        if (offset === undefined)
            return { file };
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, col };
    };
    const firstError = doc.errors[0];
    if (firstError) {
        const message = firstError.message.split('\n')[0];
        throw new diagnostics/* InputError */.dz(where(firstError.pos[0]), `invalid ${label}: ${(0,diagnostics/* oneLine */.TN)(message ?? firstError.code)}`);
    }
    const walker = new YamlWalker(file, where, maxNodes, maxBytes);
    const { value } = walker.visit(doc.contents, [], 0);
    return { file, value, locate: locator(file, walker.positions) };
}
/**
 * The yaml library looks up process.env.LOG_TOKENS for every token and LOG_STREAM for every node (debug
 * output); process.env is a host object whose every read costs about a microsecond, a good part of parsing a
 * manifest. While one document is parsed, synchronously (no other code runs meanwhile), process.env is a plain
 * object holding those two variables as they are, then the real one again.
 */
function withPlainEnv(parse) {
    const env = process.env;
    const plain = {};
    for (const name of ['LOG_TOKENS', 'LOG_STREAM'])
        if (env[name] !== undefined)
            plain[name] = env[name];
    process.env = plain;
    try {
        return parse();
    }
    finally {
        process.env = env;
    }
}
/** The walk of a parsed YAML document into plain values, with positions, and bounded as it expands. */
class YamlWalker {
    where;
    maxNodes;
    maxBytes;
    positions = new Map();
    yaml = (0,lazy_libs/* yamlLib */.xG)();
    // What the document expands to, aliases included: nodes, and characters of keys and strings.
    nodes = 0;
    chars = 0;
    // Anchors seen so far, in document order (a later anchor of the same name replaces an earlier one).
    anchors = new Map();
    constructor(file, where, maxNodes, maxBytes) {
        this.where = where;
        this.maxNodes = maxNodes;
        this.maxBytes = maxBytes;
        this.positions.set('', { file, line: 1, col: 1 });
    }
    charge(addNodes, addChars, at) {
        this.nodes += addNodes;
        this.chars += addChars;
        if (this.nodes > this.maxNodes) {
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(at)), `document expands to more than ${this.maxNodes} nodes (an alias bomb?)`);
        }
        if (this.chars > this.maxBytes) {
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(at)), `document expands to more than ${this.maxBytes} characters (an alias bomb?)`);
        }
    }
    tooDeep(node) {
        return new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
    }
    visit(node, path, depth) {
        if (depth > DOCUMENT_LIMITS.maxDepth)
            throw this.tooDeep(node);
        if (this.yaml.isAlias(node))
            return this.visitAlias(node, depth);
        const anchorName = node?.anchor;
        if (anchorName)
            this.anchors.set(anchorName, 'open');
        const before = { nodes: this.nodes, chars: this.chars };
        const result = this.visitNode(node, path, depth);
        if (anchorName) {
            this.anchors.set(anchorName, {
                value: result.value,
                nodes: this.nodes - before.nodes,
                chars: this.chars - before.chars,
                height: result.height,
            });
        }
        return result;
    }
    visitAlias(node, depth) {
        const anchor = this.anchors.get(node.source);
        if (anchor === undefined)
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `unknown alias ${(0,diagnostics/* quote */.hD)(node.source)}`);
        if (anchor === 'open')
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `alias ${(0,diagnostics/* quote */.hD)(node.source)} refers to itself`);
        if (depth + anchor.height > DOCUMENT_LIMITS.maxDepth)
            throw this.tooDeep(node);
        this.charge(anchor.nodes, anchor.chars, node);
        return { value: anchor.value, height: anchor.height };
    }
    visitNode(node, path, depth) {
        this.charge(1, 0, node);
        if (node === null || node === undefined)
            return { value: null, height: 0 };
        if (this.yaml.isScalar(node)) {
            const value = scalarValue(node.value, this.where(rangeStart(node)));
            if (typeof value === 'string')
                this.charge(0, value.length, node);
            return { value, height: 0 };
        }
        if (this.yaml.isMap(node))
            return this.visitMap(node.items, path, depth);
        if (this.yaml.isSeq(node)) {
            let height = 0;
            const value = node.items.map((item, index) => {
                const childPath = [...path, index];
                this.positions.set(keyOf(childPath), this.where(rangeStart(item)));
                const child = this.visit(item, childPath, depth + 1);
                height = Math.max(height, child.height + 1);
                return child.value;
            });
            return { value, height };
        }
        throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), 'unsupported YAML node');
    }
    visitMap(items, path, depth) {
        const out = {};
        let height = 0;
        for (const item of items) {
            if (!this.yaml.isPair(item))
                continue;
            const keyNode = item.key;
            const keyPos = this.where(rangeStart(keyNode));
            const rawKey = this.yaml.isScalar(keyNode) ? keyNode.value : undefined;
            if (typeof rawKey !== 'string' && typeof rawKey !== 'number') {
                throw new diagnostics/* InputError */.dz(keyPos, 'mapping keys must be plain strings');
            }
            const key = String(rawKey);
            if (document_FORBIDDEN_KEYS.has(key))
                throw new diagnostics/* InputError */.dz(keyPos, `key ${(0,diagnostics/* quote */.hD)(key)} is not allowed`);
            if (Object.prototype.hasOwnProperty.call(out, key))
                throw new diagnostics/* InputError */.dz(keyPos, `duplicate key ${(0,diagnostics/* quote */.hD)(key)}`);
            this.charge(0, key.length, keyNode);
            const childPath = [...path, key];
            this.positions.set(keyOf(childPath), keyPos);
            const child = this.visit(item.value, childPath, depth + 1);
            height = Math.max(height, child.height + 1);
            defineKey(out, key, child.value);
        }
        return { value: out, height };
    }
}
function positionIn(text, file, offset) {
    const before = text.slice(0, offset).split('\n');
    return { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
function scalarValue(value, pos) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new diagnostics/* InputError */.dz(pos, `number ${String(value)} is not finite`);
        return value;
    }
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'bigint') {
        throw new diagnostics/* InputError */.dz(pos, 'integer is too large');
    }
    if (value instanceof Date)
        return value.toISOString();
    throw new diagnostics/* InputError */.dz(pos, 'unsupported scalar value');
}
function defineKey(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function checkJsonSyntax(text, file) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        const offset = at?.[1] ? Number(at[1]) : /end of JSON/i.test(message) ? text.length : undefined;
        let pos = { file };
        if (offset !== undefined) {
            const before = text.slice(0, offset).split('\n');
            pos = { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
        }
        throw new diagnostics/* InputError */.dz(pos, `invalid JSON: ${(0,diagnostics/* oneLine */.TN)(message.replace(/ in JSON at position \d+.*$/, ''))}`);
    }
}
function parseTomlText(text, file, maxNodes) {
    let raw;
    try {
        raw = (0,lazy_libs/* tomlLib */.mC)().parse(text, { maxDepth: DOCUMENT_LIMITS.maxDepth });
    }
    catch (error) {
        const e = error;
        const pos = e.line ? { file, line: e.line, col: e.column } : { file };
        const message = String(e.message ?? error);
        if (/excessively nested/.test(message))
            throw tooDeep(pos);
        throw new diagnostics/* InputError */.dz(pos, `invalid TOML: ${(0,diagnostics/* oneLine */.TN)(message.split('\n')[0] ?? '')}`);
    }
    let nodes = 0;
    const pos = { file };
    const visit = (value, depth) => {
        if (++nodes > maxNodes)
            throw new diagnostics/* InputError */.dz(pos, 'document has too many nodes');
        if (depth > DOCUMENT_LIMITS.maxDepth)
            throw tooDeep({ file, line: tomlDeepLine(text) });
        if (Array.isArray(value))
            return value.map((item) => visit(item, depth + 1));
        if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
            const out = {};
            for (const [key, child] of Object.entries(value)) {
                if (document_FORBIDDEN_KEYS.has(key))
                    throw new diagnostics/* InputError */.dz(pos, `key ${(0,diagnostics/* quote */.hD)(key)} is not allowed`);
                defineKey(out, key, visit(child, depth + 1));
            }
            return out;
        }
        return scalarValue(value, pos);
    };
    return { file, value: visit(raw, 0), locate: () => pos };
}
function tooDeep(pos) {
    return new diagnostics/* InputError */.dz(pos, `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
}
/**
 * The first line of a TOML document whose table header and dotted key reach past the depth limit (TOML
 * nests through `[a.b.c]` headers and `a.b.c = ` keys without brackets); undefined when none does alone.
 */
function tomlDeepLine(text) {
    const segments = (key) => key.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, 'q').split('.').length;
    let table = 0;
    const lines = text.split('\n');
    for (const [i, raw] of lines.entries()) {
        const line = raw.trim();
        const header = /^\[(\[?)([^\]]*)\]/.exec(line);
        if (header)
            table = segments(header[2] ?? '') + (header[1] ? 1 : 0);
        const key = header ? undefined : /^([^=#]+)=/.exec(line)?.[1];
        const depth = table + (key ? segments(key.trim()) : 0);
        if (depth > DOCUMENT_LIMITS.maxDepth)
            return i + 1;
    }
    return undefined;
}
function isPlainMap(value) {
    return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}
/**
 * A JSON document through JSON.parse, for files this tool writes (registry entries, from serializeEntry):
 * the position-tracking parser costs several times more and is needed only to say where a problem is.
 *
 * The fast path only ever accepts, and only a document the full parser would accept with the same value:
 * plain JSON.parse, then one walk that bounds nodes and nesting, refuses keys that could reach a
 * prototype, numbers that are not finite and keys too long for a YAML implicit key, and proves there is no
 * duplicate key (JSON.parse would keep the last silently): the key tokens of the text are counted and must
 * equal the keys of the parsed objects. Text with a raw tab (YAML's rules on tabs are not JSON's) or
 * anything else in doubt goes to parseDocument, so every rejection and its message, with
 * file:line, is the full parser's. A document accepted here locates paths lazily: the first locate (an
 * error of the caller's validation) parses the text again with positions.
 */
function parseJsonDocument(text, file, options = {}) {
    const full = () => parseDocument(text, file, { ...options, format: 'json' });
    const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
    if (text.length > maxBytes || text.includes('\t'))
        return full();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return full();
    }
    const shape = jsonShape(value, options.maxNodes ?? DOCUMENT_LIMITS.maxNodes);
    if (shape === undefined || shape.keys !== countKeyTokens(text) || Buffer.byteLength(text) > maxBytes) {
        return full();
    }
    let locate;
    return {
        file,
        value: value,
        locate: (path) => (locate ??= text.includes('\r') ? full().locate : jsonLocator(text, file))(path),
    };
}
/**
 * The positions the YAML walker records for a JSON text that JSON.parse accepted (with no tab or carriage
 * return: a line is what ends in '\n'), found in one scan: each key at its opening quote, each sequence item
 * where its value starts, the root at 1:1.
 */
function jsonLocator(text, file) {
    const positions = new Map([['', { file, line: 1, col: 1 }]]);
    /**
     * Open collections: the key of each in positions (its path as keyOf joins it; undefined for the root), with
     * its current key or item index.
     */
    const open = [];
    let line = 1;
    let lineStart = 0;
    const mark = (key, offset) => positions.set(key, { file, line, col: offset - lineStart + 1 });
    /** The path of the value starting at offset (undefined for the root), recorded when it is an item. */
    const valueAt = (offset) => {
        const top = open[open.length - 1];
        if (!top)
            return undefined;
        const path = childKey(top.path, top.at);
        if (!top.map)
            mark(path, offset);
        return path;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
        else if (c === 123 || c === 91) {
            open.push({ path: valueAt(i), at: 0, map: c === 123, key: c === 123 });
        }
        else if (c === 125 || c === 93) {
            open.pop();
        }
        else if (c === 44) {
            const top = open[open.length - 1];
            if (top?.map)
                top.key = true;
            else if (top)
                top.at = top.at + 1;
        }
        else if (c === 34) {
            let end = i + 1;
            while (text.charCodeAt(end) !== 34)
                end += text.charCodeAt(end) === 92 ? 2 : 1;
            const top = open[open.length - 1];
            if (top?.map && top.key) {
                const raw = text.slice(i + 1, end);
                top.at = raw.includes('\\') ? JSON.parse(text.slice(i, end + 1)) : raw;
                top.key = false;
                mark(childKey(top.path, top.at), i);
            }
            else
                valueAt(i);
            i = end;
        }
        else if (c !== 32 && c !== 58) {
            valueAt(i);
            // A literal (number, true, false, null) runs to JSON whitespace, a comma or a closing bracket.
            while (i + 1 < text.length && !endsLiteral(text.charCodeAt(i + 1)))
                i++;
        }
    }
    return locator(file, positions);
}
/** keyOf of a path extended by one segment, from the parent's key (undefined for the root). */
function childKey(parent, segment) {
    return parent === undefined ? String(segment) : `${parent}\u0000${segment}`;
}
/** Space, tab, line feed, carriage return, `,`, `]` or `}`. */
function endsLiteral(c) {
    return c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 93 || c === 125;
}
/** YAML's limit on an implicit key, which every JSON key is to the YAML parser. */
const MAX_IMPLICIT_KEY = 1024;
/**
 * Nodes and object keys of a JSON.parse value, or undefined when the full parser might refuse it (too many
 * nodes, too deep, a forbidden or overlong key, a number that is not finite). Walked recursively: the walk
 * stops short of the depth limit, so the recursion is bounded by it.
 */
function jsonShape(root, maxNodes) {
    let nodes = 0;
    let keys = 0;
    // The full parser counts nesting from 0 and refuses past maxDepth; stay clear of the edge.
    const deepest = DOCUMENT_LIMITS.maxDepth - 1;
    const fits = (value, depth) => {
        if (++nodes > maxNodes)
            return false;
        if (typeof value === 'number')
            return Number.isFinite(value);
        if (value === null || typeof value !== 'object')
            return true;
        if (depth >= deepest)
            return false;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++)
                if (!fits(value[i], depth + 1))
                    return false;
            return true;
        }
        for (const key in value) {
            if (document_FORBIDDEN_KEYS.has(key) || key.length > MAX_IMPLICIT_KEY)
                return false;
            keys++;
            if (!fits(value[key], depth + 1))
                return false;
        }
        return true;
    };
    return fits(root, 0) ? { keys } : undefined;
}
/** The keys written in a valid JSON text: every string followed by a colon. */
function countKeyTokens(text) {
    let keys = 0;
    let i = text.indexOf('"');
    while (i >= 0) {
        // The closing quote: the next one not escaped by an odd run of backslashes.
        let end = text.indexOf('"', i + 1);
        while (end > 0 && escaped(text, end))
            end = text.indexOf('"', end + 1);
        if (end < 0)
            break;
        let j = end + 1;
        let c = text.charCodeAt(j);
        while (c === 32 || c === 10 || c === 13)
            c = text.charCodeAt(++j);
        if (c === 58)
            keys++;
        i = text.indexOf('"', j);
    }
    return keys;
}
function escaped(text, quoteAt) {
    let n = 0;
    for (let k = quoteAt - 1; k >= 0 && text.charCodeAt(k) === 92; k--)
        n++;
    return n % 2 === 1;
}


/***/ }),

/***/ 5592:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ parseDvcPointer),
/* harmony export */   U1: () => (/* binding */ parseDvcLock),
/* harmony export */   dF: () => (/* binding */ producingStages),
/* harmony export */   g1: () => (/* binding */ parseDvcYaml),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The DVC files a project already keeps, read as untrusted data: `dvc.yaml` (artifacts, stages, metrics),
 * `dvc.lock` (what each stage last ran with: params values, dependency and output hashes) and `.dvc`
 * pointer files; and Git LFS pointer files. Only what Model Gate uses is read; everything else is ignored.
 */



const map = (v) => ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v ?? null) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
/** A dvc.yaml: its artifacts, its stages' deps and outs, its metrics files. */
function parseDvcYaml(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const root = map(doc.value);
    const artifacts = [];
    for (const [name, value] of Object.entries(map(root.artifacts))) {
        const a = map(value);
        if (typeof a.path !== 'string')
            continue;
        const line = doc.locate(['artifacts', name]).line;
        artifacts.push({
            name,
            path: a.path,
            ...(typeof a.type === 'string' ? { type: a.type } : {}),
            ...(line ? { line } : {}),
        });
    }
    const stages = Object.entries(map(root.stages)).map(([name, value]) => {
        const s = map(value);
        return { name, deps: list(s.deps).flatMap(pathOf), outs: list(s.outs).flatMap(pathOf) };
    });
    return { file, artifacts, stages, metrics: list(root.metrics).flatMap(pathOf) };
}
/** `- path` or `- path: {options}` in a deps, outs or metrics list. */
function pathOf(item) {
    if (typeof item === 'string')
        return [item];
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(item))
        return Object.keys(item).slice(0, 1);
    return [];
}
/** A dvc.lock: per stage, the hash of every dependency and output and the params values it ran with. */
function parseDvcLock(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const out = new Map();
    for (const [name, value] of Object.entries(map(map(doc.value).stages))) {
        const s = map(value);
        const pins = (items) => new Map(list(items)
            .map(map)
            .filter((o) => typeof o.path === 'string')
            .map((o) => [o.path, pinOf(o)]));
        const params = new Map(Object.entries(map(s.params)).map(([f, v]) => [f, map(v)]));
        out.set(name, { deps: pins(s.deps), outs: pins(s.outs), params });
    }
    return out;
}
function pinOf(o) {
    const hash = typeof o.md5 === 'string' ? o.md5 : undefined;
    if (hash === undefined)
        return undefined;
    return {
        hash,
        algorithm: 'md5',
        ...(typeof o.size === 'number' ? { size: o.size } : {}),
        ...(typeof o.nfiles === 'number' ? { nfiles: o.nfiles } : {}),
    };
}
/** A `.dvc` pointer file: the hash of its one output (`outs[0].md5`; a folder's ends in `.dir`). */
function parseDvcPointer(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const outs = list(map(doc.value).outs);
    if (outs.length !== 1) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs']), `a .dvc pointer must list exactly one output under 'outs' (it lists ${outs.length})`);
    }
    const first = map(outs[0]);
    if (first.hash !== undefined && first.hash !== 'md5') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs', 0, 'hash']), `hash ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(first.hash))} is not md5`);
    }
    const pin = pinOf(first);
    if (!pin)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs', 0]), 'outs[0] has no md5 (a hex string)');
    return pin;
}
const LFS_VERSION = 'version https://git-lfs.github.com/spec/v1';
/** A Git LFS pointer file: `oid sha256:<hex>` and `size`. */
function parseLfsPointer(text, file) {
    const lines = text.split('\n');
    if (text.length > 1024 || lines[0] !== LFS_VERSION) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line: 1 }, `not a Git LFS pointer (no '${LFS_VERSION}' line)`);
    }
    const oidLine = lines.findIndex((l) => l.startsWith('oid '));
    const oid = /^oid sha256:([0-9a-f]{64})$/.exec(lines[oidLine] ?? '')?.[1];
    if (!oid)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line: oidLine + 1 || 1 }, "no 'oid sha256:<64 hex digits>' line");
    const size = /^size (\d+)$/.exec(lines.find((l) => l.startsWith('size ')) ?? '')?.[1];
    return { hash: oid, algorithm: 'sha256', ...(size ? { size: Number(size) } : {}) };
}
/**
 * The stages that make `path` (an output, or a file inside an output folder) and every stage upstream of
 * them, in dvc.yaml order.
 */
function producingStages(project, path) {
    const within = (p, out) => p === out || p.startsWith(`${out.replace(/\/$/, '')}/`);
    const chosen = new Set();
    const visit = (p) => {
        for (const stage of project.stages) {
            if (chosen.has(stage.name) || !stage.outs.some((o) => within(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p), node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(o))))
                continue;
            chosen.add(stage.name);
            stage.deps.forEach(visit);
        }
    };
    visit(path);
    return project.stages.filter((s) => chosen.has(s.name));
}


/***/ }),

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

/***/ 9814:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ invisibleCharacter),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   qV: () => (/* binding */ skeleton)
/* harmony export */ });
/* unused harmony exports codePoint, looksLike */
/**
 * Names people read: a metric or model name with an invisible character, or one that only looks like
 * another, is a way to make a rule stop applying without anyone noticing. Pure functions.
 */
/**
 * Characters a reader cannot see: controls (Cc), format characters (Cf: zero-width spaces and joiners,
 * bidi controls, soft hyphen, word joiner, BOM), line and paragraph separators, and the blank letters
 * (Hangul fillers, braille blank) that render as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;
/** The first invisible character of text, as `U+200B`, or undefined. */
function invisibleCharacter(text) {
    const m = INVISIBLE.exec(text);
    return m ? codePoint(m[0]) : undefined;
}
function codePoint(ch) {
    return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Text with every character outside printable ASCII shown as \uXXXX, for messages about look-alikes. */
function visible(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        out += cp >= 0x20 && cp < 0x7f ? ch : `\\u{${cp.toString(16).toUpperCase()}}`;
    }
    return out;
}
/**
 * Letters of other scripts that look like Latin ones (from Unicode's confusables for the letters metric
 * names are made of). Compatibility forms (fullwidth, mathematical letters) are folded by NFKC first.
 */
const LOOKALIKES = {
    // Cyrillic
    а: 'a',
    в: 'b',
    с: 'c',
    ԁ: 'd',
    е: 'e',
    ё: 'e',
    һ: 'h',
    і: 'i',
    ї: 'i',
    ј: 'j',
    к: 'k',
    ӏ: 'l',
    м: 'm',
    н: 'h',
    о: 'o',
    р: 'p',
    ԛ: 'q',
    ѕ: 's',
    т: 't',
    у: 'y',
    х: 'x',
    ԝ: 'w',
    ь: 'b',
    А: 'a',
    В: 'b',
    С: 'c',
    Е: 'e',
    Н: 'h',
    І: 'i',
    Ј: 'j',
    К: 'k',
    М: 'm',
    О: 'o',
    Р: 'p',
    Ѕ: 's',
    Т: 't',
    Х: 'x',
    У: 'y',
    // Greek
    α: 'a',
    β: 'b',
    ε: 'e',
    ι: 'i',
    κ: 'k',
    ν: 'v',
    ο: 'o',
    ρ: 'p',
    τ: 't',
    υ: 'u',
    χ: 'x',
    Α: 'a',
    Β: 'b',
    Ε: 'e',
    Η: 'h',
    Ι: 'i',
    Κ: 'k',
    Μ: 'm',
    Ν: 'n',
    Ο: 'o',
    Ρ: 'p',
    Τ: 't',
    Χ: 'x',
    Υ: 'y',
    Ζ: 'z',
    // Latin look-alikes and digits
    ı: 'i',
    ɑ: 'a',
    ɡ: 'g',
    ℓ: 'l',
    '0': 'o',
    '1': 'l',
};
/** What a name looks like: compatibility forms and accents folded, look-alike letters replaced, lower case. */
function skeleton(name) {
    let out = '';
    for (const ch of name.normalize('NFKD').replace(/\p{M}/gu, ''))
        out += LOOKALIKES[ch] ?? ch;
    return out.toLowerCase();
}
/** True when a and b are different names that a reader would take for the same one. */
function looksLike(a, b) {
    return a !== b && skeleton(a) === skeleton(b);
}


/***/ }),

/***/ 4414:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Y1: () => (/* binding */ ARTIFACT_PINS),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony exports DATA_ROLES, ARTIFACT_SIZES, MANIFEST_KEYS, MAX_METRICS_FILES, insideRepository */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9452);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3010);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2483);
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1173);
/** The model manifest (`model.yaml`): parse, validate, and hold the snapshot of one model version. */







const DATA_ROLES = ['train', 'eval', 'test', 'other'];
/** Ways an artifact (a data set, the weights) is pinned: a content hash, or a DVC / Git LFS pointer. */
const ARTIFACT_PINS = ['sha256', 'md5', 'dvc', 'lfs'];
/** What a pointer file also records, written into the snapshot when the pointer is read. */
const ARTIFACT_SIZES = ['size', 'nfiles'];
const MANIFEST_KEYS = [
    'name',
    'version',
    'description',
    'architecture',
    'hyperparameters',
    'data',
    'weights',
    'metrics',
    'metrics_files',
    'params',
    'evaluation',
    'deployment',
];
/** Most metrics files one manifest may list: each is a read (an API call in the action). */
const MAX_METRICS_FILES = 16;
function parseManifest(text, file) {
    let doc;
    try {
        doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, file);
    }
    catch (error) {
        if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            return { ok: false, errors: [error] };
        throw error;
    }
    return validateManifest(doc);
}
function validateManifest(doc) {
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .FieldReader */ .U(doc);
    const root = doc.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        return { ok: false, errors: [new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), 'a manifest must be a mapping')] };
    }
    r.onlyKeys(root, [], MANIFEST_KEYS);
    const name = readName(r, root);
    const rawVersion = readVersion(r, root);
    const description = r.string(root.description, ['description']);
    r.map(root.architecture, ['architecture']);
    r.map(root.hyperparameters, ['hyperparameters']);
    r.map(root.deployment, ['deployment']);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(doc.file);
    const data = readData(r, root.data, dir);
    const weights = readArtifact(r, root.weights, ['weights'], dir);
    const metricsFiles = readMetricsFiles(r, root.metrics_files, dir);
    const params = (0,_params_js__WEBPACK_IMPORTED_MODULE_6__/* .readParams */ .LE)(r, root.params);
    params.forEach((p) => {
        if (!insideRepository(p.file, dir))
            r.fail(p.at, leavesMessage('params file', p.file, dir));
    });
    const evaluationDataset = readEvaluation(r, root.evaluation, data);
    const metrics = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_4__/* .flattenMetrics */ .g8)(r, root.metrics, ['metrics'], 'strict');
    if (r.errors.length > 0 || name === undefined || rawVersion === undefined) {
        return { ok: false, errors: r.errors, ...(name && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(name) ? { name } : {}) };
    }
    return {
        ok: true,
        manifest: {
            file: doc.file,
            name,
            version: rawVersion,
            ...(description !== undefined ? { description } : {}),
            data,
            metricsFiles,
            params,
            references: [
                ...referencesOf(doc, metricsFiles, data, weights),
                ...params.map((p) => ({ path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, p.file)), key: `params[${p.file}]` })),
            ],
            ...(evaluationDataset !== undefined ? { evaluationDataset } : {}),
            metrics,
            snapshot: root,
            lineOf: (path) => doc.locate(path).line,
        },
    };
}
function readName(r, root) {
    const name = r.string(root.name, ['name']);
    if (root.name === undefined || root.name === null)
        r.fail([], "missing required key 'name'");
    else if (name !== undefined) {
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(name);
        if (problem)
            r.fail(['name'], `name ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} ${problem}`);
    }
    return name;
}
function readVersion(r, root) {
    const rawVersion = typeof root.version === 'number' ? undefined : r.string(root.version, ['version']);
    if (root.version === undefined || root.version === null)
        r.fail([], "missing required key 'version'");
    else if (typeof root.version === 'number') {
        r.fail(['version'], `version must be a SemVer string such as '1.2.0' (quote it in YAML)`);
    }
    else if (rawVersion !== undefined && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSemVer */ .IX)(rawVersion)) {
        r.fail(['version'], `version ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(rawVersion)} is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)`);
    }
    return rawVersion;
}
/** The evaluation section: its dataset must name a data entry. Returns that dataset's name. */
function readEvaluation(r, value, data) {
    const evaluation = r.map(value, ['evaluation']);
    if (!evaluation)
        return undefined;
    r.onlyKeys(evaluation, ['evaluation'], ['dataset', 'environment']);
    const dataset = r.string(evaluation.dataset, ['evaluation', 'dataset']);
    r.map(evaluation.environment, ['evaluation', 'environment']);
    if (dataset !== undefined && !data.some((d) => d.name === dataset)) {
        r.fail(['evaluation', 'dataset'], `evaluation.dataset ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(dataset)} names no data entry`);
    }
    return dataset;
}
function readMetricsFiles(r, value, dir) {
    const metricsFiles = r.stringList(value, ['metrics_files']) ?? [];
    if (metricsFiles.length > MAX_METRICS_FILES) {
        r.fail(['metrics_files'], `metrics_files lists ${metricsFiles.length} files; at most ${MAX_METRICS_FILES} are read`);
    }
    metricsFiles.forEach((path, i) => {
        if (!insideRepository(path, dir)) {
            r.fail(['metrics_files', i], leavesMessage('metrics file', path, dir));
        }
        else if (metricsFiles.indexOf(path) !== i) {
            r.fail(['metrics_files', i], `metrics file ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} is listed twice`);
        }
    });
    return metricsFiles;
}
function readData(r, value, dir) {
    const items = r.list(value, ['data']);
    if (!items)
        return [];
    const out = [];
    const seen = new Set();
    items.forEach((item, i) => {
        const path = ['data', i];
        const entry = r.map(item, path);
        if (!entry) {
            if (item === null)
                r.fail(path, `data[${i}] must be a mapping`);
            return;
        }
        r.onlyKeys(entry, path, ['name', 'role', 'uri', ...ARTIFACT_PINS, ...ARTIFACT_SIZES]);
        for (const key of ARTIFACT_SIZES)
            r.number(entry[key], [...path, key]);
        const name = r.string(entry.name, [...path, 'name']);
        if (entry.name === undefined)
            r.fail(path, `data[${i}] is missing required key 'name'`);
        const role = r.string(entry.role, [...path, 'role']) ?? 'other';
        if (!DATA_ROLES.includes(role)) {
            r.fail([...path, 'role'], `data[${i}].role ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(role)} must be one of ${DATA_ROLES.join(', ')}`);
        }
        const pins = {};
        for (const key of ['uri', ...ARTIFACT_PINS]) {
            const v = r.string(entry[key], [...path, key]);
            if (v !== undefined)
                pins[key] = v;
        }
        checkPointers(r, pins, path, dir);
        if (name !== undefined) {
            if (seen.has(name))
                r.fail([...path, 'name'], `duplicate data entry ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)}`);
            seen.add(name);
            out.push({ name, role: role, ...pins });
        }
    });
    return out;
}
function readArtifact(r, value, path, dir) {
    const map = r.map(value, path);
    const pins = {};
    if (!map)
        return pins;
    for (const key of ARTIFACT_SIZES)
        r.number(map[key], [...path, key]);
    for (const key of ['uri', ...ARTIFACT_PINS]) {
        const v = r.string(map[key], [...path, key]);
        if (v !== undefined)
            pins[key] = v;
    }
    checkPointers(r, pins, path, dir);
    return pins;
}
/** Pointer files are read from the repository: they must be relative paths inside it. */
function checkPointers(r, pins, path, dir) {
    for (const key of POINTERS) {
        const p = pins[key];
        if (p !== undefined && !insideRepository(p, dir)) {
            r.fail([...path, key], leavesMessage(`${key} pointer`, p, dir));
        }
    }
}
const POINTERS = ['dvc', 'lfs'];
/**
 * A relative path that, resolved against the manifest's folder `dir`, stays inside the repository: '..' is
 * allowed as long as the normalized path does not climb out. No leading '/', no backslash, no NUL.
 */
function insideRepository(path, dir = '.') {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, path));
    return resolved !== '..' && !resolved.startsWith('../') && resolved !== '.';
}
function leavesMessage(what, path, dir) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return `${what} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} must be a relative path inside the repository`;
    const from = dir === '.' ? 'the repository root' : `${dir}/`;
    return `${what} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} leaves the repository (resolved from ${from})`;
}
/** Every file the manifest references, resolved against its folder: metrics files and pointer files. */
function referencesOf(doc, metricsFiles, data, weights) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(doc.file);
    const out = [];
    const add = (rel, key, at) => {
        if (!insideRepository(rel, dir))
            return;
        const line = doc.locate(at).line;
        out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, rel)), key, ...(line ? { line } : {}) });
    };
    metricsFiles.forEach((p, i) => add(p, `metrics_files[${i}]`, ['metrics_files', i]));
    const items = Array.isArray(doc.value) ? [] : doc.value.data;
    data.forEach((d) => {
        const i = Array.isArray(items) ? items.findIndex((x) => (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(x) && x.name === d.name) : -1;
        for (const key of POINTERS) {
            const p = d[key];
            if (p !== undefined)
                add(p, `data[${d.name}].${key}`, ['data', i, key]);
        }
    });
    for (const key of POINTERS) {
        const p = weights[key];
        if (p !== undefined)
            add(p, `weights.${key}`, ['weights', key]);
    }
    return out;
}


/***/ }),

/***/ 3010:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ flattenMetrics),
/* harmony export */   jI: () => (/* binding */ parseMetricsFile),
/* harmony export */   tZ: () => (/* binding */ metricValues)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
/* harmony import */ var _lookalike_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9814);
/** Metric values: a number, or {value, n, std, ci}; nested mappings flatten to dotted names. */




/** The values of located metrics, as the registry stores them and the reports chart them. */
function metricValues(metrics) {
    return Object.fromEntries([...metrics].map(([name, m]) => [name, m.metric]));
}
const METRIC_OBJECT_KEYS = ['value', 'n', 'std', 'ci'];
/**
 * Flatten a metrics mapping. In a manifest every leaf must be a metric (strict) and may declare
 * `renamed_from`; in a metrics file (DVC-style, lenient) leaves that are not numbers are skipped, as DVC
 * does, and collected in `skipped`. Either way a name with an invisible character, or one flattened name
 * written twice (`{"a.b": 1, "a": {"b": 2}}`), is an error.
 */
function flattenMetrics(reader, value, path, mode, skipped = []) {
    const out = new Map();
    const put = (name, at, metric) => {
        const earlier = out.get(name);
        if (earlier) {
            reader.fail(at, `metric ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
        }
        else
            out.set(name, metric);
    };
    const walk = (node, at, name) => {
        const pos = reader.doc.locate(at);
        if (typeof node === 'number') {
            put(name, at, { metric: { value: node }, file: pos.file, line: pos.line });
            return;
        }
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(node) && 'value' in node) {
            const read = readMetricObject(reader, node, at, mode);
            if (read)
                put(name, at, {
                    metric: read.metric,
                    file: pos.file,
                    line: pos.line,
                    ...(read.renamedFrom ? { renamedFrom: read.renamedFrom } : {}),
                });
            return;
        }
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(node)) {
            for (const [key, child] of Object.entries(node)) {
                const hidden = (0,_lookalike_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleCharacter */ .Dy)(key);
                if (hidden) {
                    reader.fail([...at, key], `metric name ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} contains an invisible character (${hidden})`);
                    continue;
                }
                walk(child, [...at, key], name ? `${name}.${key}` : key);
            }
            return;
        }
        if (mode === 'strict') {
            reader.fail(at, `metric ${name || reader.label(at)} must be a number or {value, n, std, ci}`);
        }
        else {
            skipped.push({ name, file: pos.file, line: pos.line, type: typeOf(node) });
        }
    };
    if (value === undefined || value === null)
        return out;
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        reader.fail(path, `${reader.label(path) || 'metrics'} must be a mapping of metric names`);
        return out;
    }
    walk(value, path, '');
    return out;
}
function typeOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if (Array.isArray(node))
        return 'list';
    return typeof node;
}
function readMetricObject(reader, node, at, mode) {
    reader.onlyKeys(node, at, mode === 'strict' ? [...METRIC_OBJECT_KEYS, 'renamed_from'] : METRIC_OBJECT_KEYS);
    const renamedFrom = mode === 'strict' ? readRenamedFrom(reader, node.renamed_from, at) : undefined;
    const value = reader.number(node.value, [...at, 'value']);
    if (value === undefined) {
        reader.fail([...at, 'value'], `${reader.label([...at, 'value'])} must be a number`);
        return undefined;
    }
    const n = reader.number(node.n, [...at, 'n']);
    if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
        reader.fail([...at, 'n'], `${reader.label([...at, 'n'])} must be a positive integer`);
    }
    const std = reader.number(node.std, [...at, 'std']);
    if (std !== undefined && std < 0)
        reader.fail([...at, 'std'], `${reader.label([...at, 'std'])} must be >= 0`);
    let ci;
    const ciList = reader.list(node.ci, [...at, 'ci']);
    if (ciList) {
        const [lo, hi] = ciList;
        if (ciList.length !== 2 || typeof lo !== 'number' || typeof hi !== 'number' || lo > hi) {
            reader.fail([...at, 'ci'], `${reader.label([...at, 'ci'])} must be [low, high] with low <= high`);
        }
        else {
            ci = [lo, hi];
        }
    }
    const metric = {
        value,
        ...(n !== undefined ? { n } : {}),
        ...(std !== undefined ? { std } : {}),
        ...(ci ? { ci } : {}),
    };
    return renamedFrom ? { metric, renamedFrom } : { metric };
}
function readRenamedFrom(reader, value, at) {
    const path = [...at, 'renamed_from'];
    const old = reader.string(value, path);
    if (old === undefined)
        return undefined;
    const hidden = (0,_lookalike_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleCharacter */ .Dy)(old);
    if (hidden || old === '') {
        reader.fail(path, `renamed_from ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(old)} must be a metric name without invisible characters`);
        return undefined;
    }
    return old;
}
/**
 * A DVC-style metrics file (JSON, YAML or TOML), flattened to dotted names; non-numbers skipped. JSON goes
 * through JSON.parse when it can (parseJsonDocument: the same value, positions, and errors).
 */
function parseMetricsFile(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(file) === 'json' ? (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .dH)(text, file) : (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    const reader = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const skipped = [];
    const metrics = flattenMetrics(reader, doc.value, [], 'lenient', skipped);
    const first = reader.errors[0];
    if (first)
        throw first;
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(doc.value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, 'a metrics file must hold a mapping');
    return { metrics, skipped };
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

/***/ 1173:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ readParams),
/* harmony export */   V9: () => (/* binding */ flattenParams),
/* harmony export */   gI: () => (/* binding */ paramsOf)
/* harmony export */ });
/* unused harmony export MAX_PARAMS_FILES */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/**
 * `params:` in a manifest: hyperparameters read from the params files a project already keeps (DVC's
 * `params.yaml`, JSON, TOML), all their keys or a selection, flattened to dotted names.
 *
 *   params: [params.yaml]                                   # every key
 *   params: {params.yaml: [train.n_est, train.seed]}        # a selection (a section selects all under it)
 */


/** Most params files one manifest may list: each is a read. */
const MAX_PARAMS_FILES = 16;
/** The `params:` key: a list of files, or a mapping of file to a list of keys (null: all keys). */
function readParams(r, value) {
    if (value === undefined || value === null)
        return [];
    const out = [];
    if (Array.isArray(value)) {
        r.stringList(value, ['params'])?.forEach((file, i) => out.push({ file, at: ['params', i] }));
    }
    else if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        for (const [file, keys] of Object.entries(value)) {
            const at = ['params', file];
            const list = keys === null ? undefined : r.stringList(keys, at);
            out.push({ file, ...(list ? { keys: list } : {}), at });
        }
    }
    else {
        r.fail(['params'], 'params must be a list of files or a mapping of file to a list of keys');
    }
    if (out.length > MAX_PARAMS_FILES) {
        r.fail(['params'], `params lists ${out.length} files; at most ${MAX_PARAMS_FILES} are read`);
    }
    return out;
}
/** Nested mappings flattened to dotted names; lists and scalars are values. */
function flattenParams(value, prefix = '', out = {}) {
    for (const [k, v] of Object.entries(value)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v))
            flattenParams(v, key, out);
        else
            Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
/**
 * A params file's values, flattened, restricted to the selected keys (a section selects all below it). A
 * selected key the file lacks is reported through `missing`.
 */
function paramsOf(text, file, keys, missing = (key) => {
    throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `params key ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is not in ${file}`);
}) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(doc.value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), `params file ${file} must be a mapping`);
    const all = flattenParams(doc.value);
    if (keys === undefined)
        return all;
    const out = {};
    for (const key of keys) {
        const under = Object.keys(all).filter((k) => k === key || k.startsWith(`${key}.`));
        if (under.length === 0)
            missing(key);
        for (const k of under) {
            Object.defineProperty(out, k, { value: all[k], enumerable: true, writable: true, configurable: true });
        }
    }
    return out;
}


/***/ }),

/***/ 2721:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ requiredMetrics),
/* harmony export */   Ev: () => (/* binding */ toleranceAmount),
/* harmony export */   KV: () => (/* binding */ policyFor),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   QA: () => (/* binding */ DEFAULT_METRICS_PER_RUN),
/* harmony export */   rj: () => (/* binding */ resolveRule),
/* harmony export */   z9: () => (/* binding */ formatTolerance),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports MAX_METRICS_PER_RUN, BUILT_IN_DEFAULTS, inferDirection, namesMetric, chartedMetrics */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6085);
/**
 * The gate's policy (`.github/model-gate.yml`): how far each metric may get worse before it warns or fails,
 * absolute bounds, required metrics, significance, and per-model overrides. Always read from the base.
 */




/** How many metrics one run compares, over every changed model, unless the policy says otherwise. */
const DEFAULT_METRICS_PER_RUN = 50_000;
/** The most a policy may raise that bound to: the work and the reports grow with it. */
const MAX_METRICS_PER_RUN = 1_000_000;
/** Applies where there is no policy file, and under every key a policy file does not set. */
const BUILT_IN_DEFAULTS = {
    warn: { kind: 'percent', percent: 0.5 },
    fail: { kind: 'percent', percent: 1 },
};
const DEFAULT_POLICY = {
    source: 'built-in defaults',
    defaults: BUILT_IN_DEFAULTS,
    metrics: [],
    require: [],
    models: [],
};
const RULE_KEYS = ['better', 'warn', 'fail', 'min', 'max'];
function parsePolicy(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const root = doc.value === null ? {} : (r.map(doc.value, []) ?? {});
    r.onlyKeys(root, [], ['defaults', 'metrics', 'require', 'significance', 'comparability', 'models', 'chart', 'limits']);
    const defaults = readRule(r, root.defaults, ['defaults']);
    const metrics = readPatternRules(r, root.metrics, ['metrics']);
    const require = readRequire(r, root.require, ['require']);
    const chart = r.stringList(root.chart, ['chart']);
    const significance = readSignificance(r, root.significance);
    const comparability = r.string(root.comparability, ['comparability']);
    if (comparability !== undefined && comparability !== 'strict' && comparability !== 'warn') {
        r.fail(['comparability'], `comparability must be 'strict' or 'warn', not ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(comparability)}`);
    }
    const metricsPerRun = readLimits(r, root.limits);
    const models = [];
    const modelMap = r.map(root.models, ['models']);
    for (const [pattern, value] of Object.entries(modelMap ?? {})) {
        const path = ['models', pattern];
        const override = r.map(value, path);
        if (!override)
            continue;
        r.onlyKeys(override, path, ['defaults', 'metrics', 'require', 'chart']);
        const modelChart = r.stringList(override.chart, [...path, 'chart']);
        models.push({
            pattern,
            defaults: readRule(r, override.defaults, [...path, 'defaults']),
            metrics: readPatternRules(r, override.metrics, [...path, 'metrics']),
            require: readRequire(r, override.require, [...path, 'require']),
            ...(modelChart ? { chart: modelChart } : {}),
        });
    }
    const first = r.errors[0];
    if (first)
        throw first;
    return {
        source: file,
        defaults: { ...BUILT_IN_DEFAULTS, ...defaults },
        metrics,
        require,
        ...(significance ? { significance } : {}),
        ...(comparability === 'warn' ? { comparability: 'warn' } : {}),
        models,
        ...(chart ? { chart } : {}),
        ...(metricsPerRun !== undefined ? { metricsPerRun } : {}),
    };
}
function readSignificance(r, value) {
    const sig = r.map(value, ['significance']);
    if (!sig)
        return undefined;
    r.onlyKeys(sig, ['significance'], ['alpha']);
    const alpha = r.number(sig.alpha, ['significance', 'alpha']);
    if (alpha === undefined || alpha <= 0 || alpha >= 1) {
        r.fail(['significance', 'alpha'], 'significance.alpha must be a number between 0 and 1');
        return undefined;
    }
    return { alpha };
}
/** `limits: {metrics_per_run: N}`: a whole number from 1 to MAX_METRICS_PER_RUN. */
function readLimits(r, value) {
    const limits = r.map(value, ['limits']);
    if (!limits)
        return undefined;
    r.onlyKeys(limits, ['limits'], ['metrics_per_run']);
    const n = r.number(limits.metrics_per_run, ['limits', 'metrics_per_run']);
    if (n === undefined)
        return undefined;
    if (!Number.isInteger(n) || n < 1 || n > MAX_METRICS_PER_RUN) {
        r.fail(['limits', 'metrics_per_run'], `limits.metrics_per_run must be a whole number from 1 to ${MAX_METRICS_PER_RUN.toLocaleString('en-US')}`);
        return undefined;
    }
    return n;
}
function readRequire(r, value, path) {
    return r.stringList(value, path) ?? [];
}
function readPatternRules(r, value, path) {
    const map = r.map(value, path);
    if (!map)
        return [];
    return Object.entries(map).map(([pattern, rule]) => ({
        pattern,
        rule: readRule(r, rule, [...path, pattern]),
    }));
}
function readRule(r, value, path) {
    if (value === undefined || value === null)
        return {};
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        r.fail(path, `${r.label(path)} must be a mapping of ${RULE_KEYS.join(', ')}`);
        return {};
    }
    r.onlyKeys(value, path, RULE_KEYS);
    const rule = {};
    const better = r.string(value.better, [...path, 'better']);
    if (better !== undefined) {
        if (better === 'higher' || better === 'lower')
            rule.better = better;
        else
            r.fail([...path, 'better'], `${r.label([...path, 'better'])} must be 'higher' or 'lower', not ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(better)}`);
    }
    for (const tier of ['warn', 'fail']) {
        const tolerance = readTolerance(r, value[tier], [...path, tier]);
        if (tolerance)
            rule[tier] = tolerance;
    }
    for (const bound of ['min', 'max']) {
        const n = r.number(value[bound], [...path, bound]);
        if (n !== undefined)
            rule[bound] = n;
    }
    return rule;
}
const PERCENT = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/;
function readTolerance(r, value, path) {
    if (value === undefined || value === null)
        return undefined;
    const label = r.label(path);
    if (typeof value === 'number') {
        if (value < 0)
            return r.fail(path, `${label} must not be negative`);
        return { kind: 'absolute', amount: value };
    }
    if (typeof value === 'string') {
        const m = PERCENT.exec(value);
        if (m?.[1])
            return { kind: 'percent', percent: Number(m[1]) };
        return r.fail(path, `${label} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)} is not a percentage like '1%' or '0.5%', nor an absolute number`);
    }
    return r.fail(path, `${label} must be an absolute number or a percentage like '1%'`);
}
const LOWER_IS_BETTER = new Set([
    'loss',
    'error',
    'err',
    'errors',
    'latency',
    'rmse',
    'mse',
    'mae',
    'mape',
    'smape',
    'rmsle',
    'perplexity',
    'ppl',
    'wer',
    'cer',
    'ter',
    'size',
    'cost',
    'time',
    'duration',
    'seconds',
    'ms',
    'memory',
    'mem',
    'bytes',
    'mb',
    'gb',
    'fpr',
    'fnr',
    'far',
    'frr',
    'eer',
    'brier',
    'logloss',
    'nll',
    'bpc',
    'bpd',
    'distance',
    'drift',
    'p50',
    'p90',
    'p95',
    'p99',
]);
/** Guess the better direction from the last segment of a metric's name. */
function inferDirection(metric) {
    const last = metric.split('.').at(-1) ?? metric;
    const tokens = last
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    return tokens.some((t) => LOWER_IS_BETTER.has(t)) ? 'lower' : 'higher';
}
/**
 * The rule for one metric of one model. Layers, each setting only what it sets: built-in defaults, the
 * policy's defaults, the global metric rules (globs in file order, then the exact name), the model's
 * defaults, then the model's metric rules (globs, then the exact name).
 */
function resolveRule(policy, model, metric) {
    return resolveWith(policy, modelsMatching(policy, model), metric);
}
function resolveWith(policy, overrides, metric) {
    const layers = [BUILT_IN_DEFAULTS, policy.defaults, ...matching(policy.metrics, metric)];
    for (const override of overrides)
        layers.push(override.defaults, ...matching(override.metrics, metric));
    const merged = {};
    for (const layer of layers) {
        for (const key of RULE_KEYS) {
            const v = layer[key];
            if (v !== undefined)
                merged[key] = v;
        }
    }
    const { better, ...rest } = merged;
    return better
        ? { better, betterInferred: false, ...rest }
        : { better: inferDirection(metric), betterInferred: true, ...rest };
}
/** The model overrides that apply to a model, in file order. */
function modelsMatching(policy, model) {
    return policy.models.filter((o) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(o.pattern, model, '/'));
}
function matching(rules, metric) {
    const globs = rules.filter((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(p.pattern, metric, '.'));
    const exact = rules.filter((p) => !(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) && p.pattern === metric);
    return [...globs, ...exact].map((p) => p.rule);
}
/**
 * Does the policy name this metric of this model: a rule (exact or glob, global or the model's), or
 * `require`? A named metric that production has may not disappear from a candidate.
 */
function namesMetric(policy, model, metric) {
    return namesWith(policy, modelsMatching(policy, model), metric);
}
function namesWith(policy, overrides, metric) {
    const matches = (rules) => rules.some((p) => ((0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) ? (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(p.pattern, metric, '.') : p.pattern === metric));
    if (matches(policy.metrics) || policy.require.includes(metric))
        return true;
    if (policy.defaults.min !== undefined || policy.defaults.max !== undefined)
        return true;
    return overrides.some((o) => matches(o.metrics) || o.require.includes(metric));
}
/**
 * Per policy, then per set of matching model overrides (models that match the same overrides share it):
 * each metric name's rule, resolved once. A policy is immutable once parsed, so a resolution never goes
 * stale; the memo lives as long as the policy does.
 */
const resolvedByPolicy = new WeakMap();
/**
 * Compile the policy for one model: the model overrides are matched once, and every metric name's rule and
 * whether the policy names it are resolved once (globs included) and remembered, so comparing a metric is
 * a lookup and arithmetic. Gives the same answers as resolveRule, namesMetric, requiredMetrics and
 * chartedMetrics.
 */
function policyFor(policy, model) {
    const overrides = [];
    const matchers = overrideMatchers(policy);
    let key = '';
    for (let i = 0; i < policy.models.length; i++) {
        const o = policy.models[i];
        if (!matchers[i](model))
            continue;
        overrides.push(o);
        key = key ? `${key},${i}` : String(i);
    }
    let byOverrides = resolvedByPolicy.get(policy);
    if (!byOverrides)
        resolvedByPolicy.set(policy, (byOverrides = new Map()));
    let memo = byOverrides.get(key);
    if (!memo)
        byOverrides.set(key, (memo = new Map()));
    const resolved = memo;
    const resolve = (metric) => {
        let r = resolved.get(metric);
        if (!r) {
            r = { rule: resolveWith(policy, overrides, metric), named: namesWith(policy, overrides, metric) };
            resolved.set(metric, r);
        }
        return r;
    };
    return {
        rule: (metric) => resolve(metric).rule,
        names: (metric) => resolve(metric).named,
        resolve,
        required: requiredOf(policy, overrides),
        chart: chartOf(policy, overrides),
    };
}
/** Each model override's pattern as a matcher, scanned and compiled once per policy. */
const matchersByPolicy = new WeakMap();
function overrideMatchers(policy) {
    let matchers = matchersByPolicy.get(policy);
    if (!matchers) {
        matchers = policy.models.map((o) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatcher */ .fU)(o.pattern, '/'));
        matchersByPolicy.set(policy, matchers);
    }
    return matchers;
}
/** Metrics every checked model must report: the global list plus each matching model's list. */
function requiredMetrics(policy, model) {
    return requiredOf(policy, modelsMatching(policy, model));
}
function requiredOf(policy, overrides) {
    if (overrides.length === 0 && policy.require.length === 0)
        return [];
    const out = new Set(policy.require);
    for (const override of overrides)
        override.require.forEach((m) => out.add(m));
    return [...out];
}
/** The metrics to chart for a model, as the policy sets them: the last matching model's list, else the global one. */
function chartedMetrics(policy, model) {
    return chartOf(policy, modelsMatching(policy, model));
}
function chartOf(policy, overrides) {
    let out = policy.chart;
    for (const override of overrides)
        if (override.chart)
            out = override.chart;
    return out;
}
function formatTolerance(t) {
    return t.kind === 'percent' ? `${t.percent}%` : String(t.amount);
}
/** The tolerance in the metric's own units, for a given baseline value. */
function toleranceAmount(t, baseline) {
    return t.kind === 'absolute' ? t.amount : (Math.abs(baseline) * t.percent) / 100;
}


/***/ }),

/***/ 6992:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run an async function over items with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 5096:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ implicitManifestsAt),
/* harmony export */   jf: () => (/* binding */ isImplicitPath),
/* harmony export */   p$: () => (/* binding */ isDvcYaml),
/* harmony export */   rT: () => (/* binding */ implicitModelsAt)
/* harmony export */ });
/* unused harmony exports implicitPath, findModelsAt, implicitManifestsOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7135);
/* harmony import */ var _core_dvc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5592);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6085);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4414);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1173);
/* harmony import */ var _core_lazy_libs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7823);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6992);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8321);
/**
 * DVC projects without a model.yaml: each `artifacts:` entry of `type: model` in a `dvc.yaml` is an implicit
 * manifest (docs/dvc-and-gto.md documents the mapping):
 * - name: the artifact's name; path `dvc.yaml:NAME` (GTO's own notation for an artifact of a dvc.yaml);
 * - hyperparameters: the params dvc.lock records for the stages that make the artifact's path and the stages
 *   upstream of them;
 * - data: those stages' dependencies, each with its hash from dvc.lock (or its `.dvc` pointer, when it has one);
 * - weights: the artifact's path, with its output hash from dvc.lock (or its `.dvc` pointer); weights committed
 *   to git as they are count as a reference (a change to them checks the model) but have no hash here;
 * - metrics_files: the dvc.yaml's `metrics:` files that are in git at that commit;
 * - version: the GTO registration of that commit when the caller knows it (status, and the check with GTO
 *   production), else labelled by commit;
 * The check also compares the params files with what dvc.lock records (params-drift.ts).
 * An explicit manifest of the same name wins: the implicit one is not listed.
 */









/** The path an implicit manifest is reported under: `dvc.yaml:churn`, `models/dvc.yaml:segment`. */
function implicitPath(dvcYaml, name) {
    return `${dvcYaml}:${name}`;
}
/** True for the path of an implicit manifest (no file of that name exists to read). */
function isImplicitPath(path) {
    return /(^|\/)dvc\.yaml:[^/]+$/.test(path);
}
const isDvcYaml = (path) => path === 'dvc.yaml' || path.endsWith('/dvc.yaml');
/**
 * Every model at a commit: the explicit manifests matching the glob, and the implicit DVC manifests of every
 * dvc.yaml (those whose name no explicit manifest declares), in path order. Invalid files are listed with
 * their errors. Used by the check (every model a change may touch) and by `adopt` / `status`.
 */
async function findModelsAt(source, ref, options) {
    const files = await source.listFiles(ref);
    const isManifest = pathMatcher(options.manifests);
    const limit = options.concurrency ?? 8;
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(ref, manifests);
    const explicit = await mapLimit(manifests, limit, (p) => readManifestAt(source, ref, p));
    const found = explicit.filter((m) => m !== undefined);
    const implicit = await implicitModelsAt(source, ref, files, limit, options.registeredVersion);
    return [...found, ...notOverridden(found, implicit)].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
/**
 * The implicit manifests of every dvc.yaml at a commit (files: every path there), in path order, those an
 * explicit manifest of the same name overrides included.
 */
async function implicitModelsAt(source, ref, files, limit, registeredVersion) {
    const known = new Set(files);
    const implicit = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(files.filter(isDvcYaml).sort(), limit, (p) => implicitManifestsAt(source, ref, p, known, registeredVersion));
    return implicit.flat();
}
/** The implicit manifests of one dvc.yaml at a commit (one per `type: model` artifact). */
async function implicitManifestsAt(source, ref, dvcYaml, files, registeredVersion) {
    const text = await source.readFile(ref, dvcYaml);
    if (text === undefined)
        return [];
    const label = `0.0.0+commit.${ref.slice(0, 12).replace(/[^0-9a-zA-Z-]/g, '-')}`;
    const known = files instanceof Set ? files : new Set(files);
    const io = { read: (p) => source.readFile(ref, p), exists: (p) => known.has(p) };
    return implicitManifestsOf(text, dvcYaml, io, async (name) => (await registeredVersion?.(name)) ?? label);
}
/** The implicit manifests of a dvc.yaml's text; a broken file is one entry with its error. */
async function implicitManifestsOf(text, dvcYaml, io, versionOf) {
    try {
        const project = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDvcYaml */ .g1)(text, dvcYaml);
        const models = project.artifacts.filter((a) => a.type === 'model');
        if (models.length === 0)
            return [];
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dvcYaml);
        const lockPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'dvc.lock');
        const lockText = (await io.exists(lockPath)) ? await io.read(lockPath) : undefined;
        const lock = lockText === undefined ? new Map() : (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDvcLock */ .U1)(lockText, lockPath);
        const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, rel));
        const wanted = [
            ...project.metrics,
            ...project.stages.flatMap((s) => s.deps.map((d) => `${d}.dvc`)),
            ...models.flatMap((a) => [a.path, `${a.path}.dvc`]),
        ];
        const present = new Set();
        for (const rel of new Set(wanted))
            if (await io.exists(repo(rel)))
                present.add(repo(rel));
        const p = { project, lock, dir, present, hasLock: lockText !== undefined };
        const out = [];
        for (const a of models)
            out.push(deriveOne(p, a, await versionOf(a.name)));
        return out;
    }
    catch (error) {
        const e = error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: dvcYaml }, (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        return [{ path: dvcYaml, text, errors: [e] }];
    }
}
/** One artifact as a manifest, validated like a written one, with the DVC files it comes from as references. */
function deriveOne(p, artifact, version) {
    const snapshot = implicitSnapshot(p, artifact, version);
    const file = implicitPath(p.project.file, artifact.name);
    const where = { file: p.project.file, ...(artifact.line ? { line: artifact.line } : {}) };
    const doc = { file, value: snapshot, locate: () => where };
    const result = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .validateManifest */ .yl)(doc);
    const text = (0,_core_lazy_libs_js__WEBPACK_IMPORTED_MODULE_6__/* .yamlLib */ .xG)().stringify(snapshot);
    if (!result.ok)
        return { path: file, text, errors: result.errors, name: artifact.name };
    const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(p.dir, rel));
    const stages = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .producingStages */ .dF)(p.project, artifact.path);
    const extra = [
        { path: p.project.file, key: 'dvc.yaml', ...(artifact.line ? { line: artifact.line } : {}) },
        ...(p.hasLock ? [{ path: repo('dvc.lock'), key: 'dvc.lock' }] : []),
        ...paramsFiles(p, stages).map((f) => ({ path: repo(f), key: `params ${f}` })),
        // Weights committed to git as they are (no dvc.lock, no pointer): a new file is a new model.
        ...(p.present.has(repo(artifact.path)) ? [{ path: repo(artifact.path), key: 'weights' }] : []),
    ];
    const manifest = { ...result.manifest, references: [...result.manifest.references, ...extra] };
    const recordedParams = recordedParamsOf(p, stages);
    return {
        path: file,
        text,
        manifest,
        name: artifact.name,
        ...(recordedParams.length ? { recordedParams } : {}),
    };
}
/** What each producing stage ran with, per params file (repository paths), for paramsDrift. */
function recordedParamsOf(p, stages) {
    const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(p.dir, rel));
    const inside = (path) => path !== '..' && !path.startsWith('../');
    return stages.flatMap((s) => [...(p.lock.get(s.name)?.params ?? [])]
        .map(([file, values]) => ({ stage: s.name, path: repo(file), values: (0,_core_params_js__WEBPACK_IMPORTED_MODULE_5__/* .flattenParams */ .V9)(values) }))
        .filter((r) => inside(r.path)));
}
function paramsFiles(p, stages) {
    return [...new Set(stages.flatMap((s) => [...(p.lock.get(s.name)?.params.keys() ?? [])]))].sort();
}
/** The manifest document an artifact stands for (what `validate dvc.yaml` prints). */
function implicitSnapshot(p, artifact, version) {
    const stages = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .producingStages */ .dF)(p.project, artifact.path);
    const hyperparameters = {};
    for (const s of stages) {
        for (const values of p.lock.get(s.name)?.params.values() ?? [])
            Object.assign(hyperparameters, values);
    }
    const deps = [...new Set(stages.flatMap((s) => s.deps))];
    const data = deps.map((dep) => ({
        name: dep,
        role: 'train',
        ...pinned(p, dep, stages.map((s) => p.lock.get(s.name)?.deps.get(dep)).find(Boolean)),
    }));
    const out = stages.map((s) => p.lock.get(s.name)?.outs.get(artifact.path)).find(Boolean);
    const weights = { uri: artifact.path, ...pinned(p, artifact.path, out) };
    const metrics = p.project.metrics.filter((m) => p.present.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(p.dir, m))));
    return {
        name: artifact.name,
        version,
        ...(Object.keys(hyperparameters).length ? { hyperparameters } : {}),
        ...(data.length ? { data } : {}),
        weights,
        ...(metrics.length ? { metrics_files: metrics } : {}),
    };
}
/** A `.dvc` pointer when the path has one in git, else the hash dvc.lock records. */
function pinned(p, path, lock) {
    const pointer = `${path}.dvc`;
    if (p.present.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(p.dir, pointer))))
        return { dvc: pointer };
    if (!lock)
        return {};
    return {
        md5: lock.hash,
        ...(lock.size !== undefined ? { size: lock.size } : {}),
        ...(lock.nfiles !== undefined ? { nfiles: lock.nfiles } : {}),
    };
}


/***/ }),

/***/ 8321:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q8: () => (/* binding */ findTargets),
  ZG: () => (/* binding */ manifestAt),
  li: () => (/* binding */ manifestsTouched),
  HB: () => (/* binding */ readManifestAt)
});

// UNUSED EXPORTS: notOverridden

// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/gate/concurrency.ts
var concurrency = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/mentions.ts
/**
 * Which texts may hold a given string (a file name, a model name) as a YAML, JSON or TOML string value or
 * key, decided on the text alone: to skip parsing documents that cannot concern a change.
 *
 * A string of letters, digits, '.', '_', '/' and '-' that is not a number's spelling is written in such a
 * document only as itself, whatever the style of its scalar: folding a line break inserts a space, single
 * quotes escape only a quote, block scalars only drop indentation, and an alias repeats an anchor written in
 * the same text. What could spell it otherwise is a backslash escape (`"metrics\x2ejson"`, `\u002e`, a
 * line-continuation backslash): a text with a backslash always counts; or a number read as a mapping key
 * (`params: {0x10: ...}` names the file `16`; `.nan`, `.inf`, YAML 1.1's `1_000` likewise), hence the
 * exclusion of whatever Number() reads; or a YAML 1.1 timestamp read as a string (it holds ':'). A string
 * outside that alphabet, or a number's spelling, is never ruled out: every text counts.
 */
const LITERAL = /^[A-Za-z0-9._/-]+$/;
/** Maximal runs of the literal alphabet in a text: a literal string is a substring of one of them. */
const RUNS = /[A-Za-z0-9._/-]+/g;
/** Up to this many needles a text is searched once per needle; past it, run by run. */
const FEW = 4;
/** True when a document can only spell this string as itself (see above). */
function spelledAsWritten(needle) {
    return LITERAL.test(needle) && needle !== 'NaN' && Number.isNaN(Number(needle));
}
/** A test of texts against a set of needles: may the text hold one of them? */
class Mentions {
    needles;
    anything;
    exact;
    shortest;
    /** Whether a run of the alphabet holds a needle, per distinct run seen. */
    runs = new Map();
    constructor(needles) {
        this.exact = new Set(needles);
        this.needles = [...this.exact];
        this.anything = !this.needles.every(spelledAsWritten);
        this.shortest = Math.min(...this.needles.map((n) => n.length));
    }
    /** True when the text may hold one of the needles (always, for a text with a backslash). */
    in(text) {
        if (this.anything)
            return true;
        if (this.needles.length === 0)
            return false;
        if (text.includes('\\'))
            return true;
        if (this.needles.length <= FEW)
            return this.needles.some((n) => text.includes(n));
        for (const [run] of text.matchAll(RUNS))
            if (run.length >= this.shortest && this.holds(run))
                return true;
        return false;
    }
    holds(run) {
        let found = this.runs.get(run);
        if (found === undefined) {
            found = this.exact.has(run) || (run.length > this.shortest && this.needles.some((n) => run.includes(n)));
            this.runs.set(run, found);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/gate/targets.ts





/** Read and parse one manifest at a commit; undefined when the file is not there. */
async function readManifestAt(source, ref, path) {
    // A push that creates the branch has an all-zero "before": nothing existed there.
    if (/^0+$/.test(ref))
        return undefined;
    const text = await source.readFile(ref, path);
    return text === undefined ? undefined : manifestAt(path, text);
}
/** One manifest's text, parsed. */
function manifestAt(path, text) {
    const parsed = (0,manifest/* parseManifest */.Ng)(text, path);
    if (parsed.ok)
        return { path, text, manifest: parsed.manifest, name: parsed.manifest.name };
    return { path, text, errors: parsed.errors, ...(parsed.name ? { name: parsed.name } : {}) };
}
/**
 * The manifests at the head that a change can touch. A change of manifests only reads those manifests. A
 * change to any other file may touch a model anywhere (a reference may climb with '..'), so every manifest of
 * the head is read and every implicit DVC model derived, but only some manifests are parsed (parsing is the
 * cost, and grows with the repository, not with the change):
 * - the changed manifests, and every manifest whose text may reference a changed path (`mayReference`);
 * - then every manifest whose text may spell the name of one of those models, of an implicit model, or of a
 *   removed manifest's model, so that `byName` lists every manifest of the head declaring any name the check
 *   asks about (two manifests declaring one model, a move, an implicit model an explicit one overrides).
 * A manifest left unparsed references no changed file and declares none of those names: it is no target.
 */
async function manifestsTouched(scan) {
    const { source, head, changed, isManifest, limit } = scan;
    const atHead = new Set(changed.filter((f) => f.status !== 'removed' && isManifest(f.path)).map((f) => f.path));
    const paths = changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    if (paths.every(isManifest)) {
        return indexOf(await (0,concurrency/* mapLimit */.s)([...atHead].sort(), limit, (p) => readManifestAt(source, head, p)));
    }
    const files = await source.listFiles(head);
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(head, manifests);
    // The changed manifests and those that may reference a changed path are parsed as each text arrives, while
    // git reads the next ones; they are indexed in path order all the same.
    const referencing = mayReference(paths);
    const early = [];
    const texts = await (0,concurrency/* mapLimit */.s)(manifests, limit, async (p, i) => {
        const text = await source.readFile(head, p);
        if (text !== undefined && (atHead.has(p) || referencing(p, text)))
            early[i] = manifestAt(p, text);
        return text;
    });
    const implicit = await scan.implicitModels(files);
    const parsed = new Map();
    early.forEach((m, i) => {
        if (m)
            parsed.set(i, m);
    });
    const parse = (wanted) => manifests.forEach((path, i) => {
        const text = texts[i];
        if (text !== undefined && !parsed.has(i) && wanted(path, text))
            parsed.set(i, manifestAt(path, text));
    });
    const names = [...parsed.values(), ...implicit].flatMap((m) => (m.name === undefined ? [] : [m.name]));
    const declaring = new Mentions([...names, ...(await removedNames(scan))]);
    parse((_, text) => declaring.in(text));
    const explicit = [...parsed.values()];
    return indexOf([...explicit, ...notOverridden(explicit, implicit)]);
}
/**
 * Whether a manifest (path, text) may reference one of the changed paths. A reference is a path written in
 * the manifest, resolved against its folder. It reaches a file outside that folder only through a '..'
 * component, which the text then holds (or spells with a backslash escape). The file's own name is one of
 * its components, written as it is (core/mentions.ts): components cancelled by a later '..' leave a path
 * whose last name is the file's, or one of the folders above the manifest, which for a manifest the change
 * does not touch are folders at both ends of the change, never a changed file. So the text must hold the
 * changed file's name, and unless it holds '..', the file must be inside the manifest's folder.
 */
function mayReference(changed) {
    const anywhere = new Mentions(changed.map((p) => external_node_path_.posix.basename(p)));
    const inside = new Map();
    for (const p of changed) {
        for (let dir = external_node_path_.posix.dirname(p);; dir = external_node_path_.posix.dirname(dir)) {
            const names = inside.get(dir) ?? [];
            names.push(external_node_path_.posix.basename(p));
            inside.set(dir, names);
            if (dir === '.' || dir === '/')
                break;
        }
    }
    const folders = new Map();
    return (path, text) => {
        if (text.includes('\\'))
            return true;
        if (text.includes('..'))
            return anywhere.in(text);
        const dir = external_node_path_.posix.dirname(path);
        let here = folders.get(dir);
        if (!here)
            folders.set(dir, (here = new Mentions(inside.get(dir) ?? [])));
        return here.in(text);
    };
}
/** The models of the manifests the change removes (or moves) at the base: a move is found by name. */
async function removedNames(scan) {
    const old = scan.changed.flatMap((f) => {
        const path = f.status === 'removed' ? f.path : f.previousPath;
        return path !== undefined && scan.isManifest(path) ? [path] : [];
    });
    const read = await (0,concurrency/* mapLimit */.s)(old, scan.limit, (p) => readManifestAt(scan.source, scan.base, p));
    return read.flatMap((m) => (m?.name === undefined ? [] : [m.name]));
}
/** The implicit models whose name no explicit manifest declares: an explicit manifest overrides its model. */
function notOverridden(explicit, implicit) {
    const declared = new Set(explicit.map((m) => m.name));
    return implicit.filter((m) => m.name === undefined || !declared.has(m.name));
}
function indexOf(read) {
    const byPath = new Map();
    const byName = new Map();
    const found = read.filter((m) => m !== undefined);
    for (const item of found.sort((a, b) => (0,core_text/* byText */.z4)(a.path, b.path))) {
        byPath.set(item.path, item);
        if (item.name !== undefined)
            byName.set(item.name, [...(byName.get(item.name) ?? []), item.path]);
    }
    return { byPath, byName };
}
/**
 * The models a change touches, in path order: changed manifests, manifests whose references changed, and
 * removed manifests (one whose model a changed manifest now declares is a move: see check.ts).
 */
function findTargets(changed, head, isManifest) {
    const touched = new Map();
    const gone = new Set();
    for (const f of changed) {
        touched.set(f.path, f);
        if (f.status === 'removed')
            gone.add(f.path);
        if (f.previousPath !== undefined) {
            touched.set(f.previousPath, f);
            gone.add(f.previousPath);
        }
    }
    const targets = [];
    for (const [path, at] of head.byPath) {
        const own = touched.get(path);
        const manifestChanged = own !== undefined && own.path === path;
        const refs = at.manifest?.references ?? [];
        const because = [...new Set(refs.filter((r) => touched.has(r.path)).map((r) => r.path))];
        if (!manifestChanged && because.length === 0)
            continue;
        targets.push({
            path,
            kind: 'candidate',
            ...(manifestChanged && own.previousPath !== undefined ? { previousPath: own.previousPath } : {}),
            manifestChanged,
            because,
            deleted: refs.filter((r) => gone.has(r.path) && !existsAtHead(r.path, changed)),
        });
    }
    for (const f of changed) {
        const old = f.status === 'removed' ? f.path : f.previousPath;
        if (old === undefined || !isManifest(old) || head.byPath.has(old))
            continue;
        if (f.status !== 'removed' && isManifest(f.path))
            continue; // moved: checked at its new path
        targets.push({ path: old, kind: 'removed', manifestChanged: true, because: [], deleted: [] });
    }
    return targets.sort((a, b) => (0,core_text/* byText */.z4)(a.path, b.path));
}
/** A path some changed file occupies at the head (added, modified, or the new path of a move). */
function existsAtHead(path, changed) {
    return changed.some((f) => f.path === path && f.status !== 'removed');
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

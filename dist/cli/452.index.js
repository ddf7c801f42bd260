export const id = 452;
export const ids = [452];
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


/***/ })

};

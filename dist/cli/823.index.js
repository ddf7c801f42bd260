export const id = 823;
export const ids = [823];
export const modules = {

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
/* harmony export */   Pc: () => (/* binding */ chartedMetrics),
/* harmony export */   QA: () => (/* binding */ DEFAULT_METRICS_PER_RUN),
/* harmony export */   rj: () => (/* binding */ resolveRule),
/* harmony export */   z9: () => (/* binding */ formatTolerance),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports MAX_METRICS_PER_RUN, BUILT_IN_DEFAULTS, inferDirection, namesMetric */
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
/* harmony export */   nZ: () => (/* binding */ implicitManifestsOf),
/* harmony export */   p$: () => (/* binding */ isDvcYaml),
/* harmony export */   rT: () => (/* binding */ implicitModelsAt),
/* harmony export */   t0: () => (/* binding */ findModelsAt)
/* harmony export */ });
/* unused harmony export implicitPath */
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
    const isManifest = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .pathMatcher */ .kZ)(options.manifests);
    const limit = options.concurrency ?? 8;
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(ref, manifests);
    const explicit = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(manifests, limit, (p) => (0,_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifestAt */ .HB)(source, ref, p));
    const found = explicit.filter((m) => m !== undefined);
    const implicit = await implicitModelsAt(source, ref, files, limit, options.registeredVersion);
    return [...found, ...(0,_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .notOverridden */ .ml)(found, implicit)].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
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

/***/ 5105:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ METRIC_LIMITS),
/* harmony export */   sl: () => (/* binding */ MetricBudget),
/* harmony export */   xJ: () => (/* binding */ tooManyMetricsError)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/**
 * How many metrics one model and one run may compare: the work (and every report) grows with them, so both
 * are bounded. Past a bound the model is an error with a clear message, and the others are still checked.
 */


const METRIC_LIMITS = {
    /** Most metrics of one model version: the manifest's and its metrics files' together. */
    perModel: 10_000,
    /** Most metrics of one run, over every changed model, taken in path order (the policy's `limits` may change it). */
    perRun: _core_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_METRICS_PER_RUN */ .QA,
};
function tooManyMetricsError(where, count) {
    return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the model has more than ${METRIC_LIMITS.perModel.toLocaleString('en-US')} metrics (${count.toLocaleString('en-US')} read so far, manifest and metrics files together)`);
}
/**
 * The run's budget. Models are taken in path order: once the metrics of the models so far pass the bound,
 * that model and every later one is refused. Loads run concurrently, so a load that starts after the models
 * already loaded passed the bound is refused without reading anything: the same models are refused either
 * way, since those loads started in path order.
 */
class MetricBudget {
    limit;
    loaded = 0;
    constructor(limit = METRIC_LIMITS.perRun) {
        this.limit = limit;
    }
    /** True when the models loaded so far already hold more than the bound. */
    exhausted() {
        return this.loaded > this.limit;
    }
    record(count) {
        this.loaded += count;
    }
    /** For metric counts in path order: which models are past the bound. */
    refused(counts) {
        let total = 0;
        return counts.map((n) => (total += n) > this.limit);
    }
    error(file) {
        return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `not compared: this run's models have more than ${this.limit.toLocaleString('en-US')} metrics in all (models are taken in path order); check fewer models per pull request`);
    }
}


/***/ }),

/***/ 1823:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XN: () => (/* binding */ findModelVersion),
  mV: () => (/* binding */ loadModelVersion),
  OG: () => (/* binding */ manifestFromSnapshot),
  pb: () => (/* binding */ metricsFromRecord),
  E4: () => (/* binding */ versionOf)
});

// UNUSED EXPORTS: versionAtPath

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __webpack_require__(3010);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/gate/metric-budget.ts
var metric_budget = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/core/lookalike.ts
var lookalike = __webpack_require__(9814);
;// CONCATENATED MODULE: ./src/core/model-card.ts
/**
 * A Hugging Face model card (`README.md`) as a metrics file: its YAML front matter's `model-index` is read,
 * every `results[].metrics[]` entry becoming the metric `<dataset name (or type)>.<metric type>`. For the card
 * the transformers Trainer writes (docs/dvc-and-gto.md has the whole example):
 *
 *   model-index:
 *   - name: bert-base-cased-finetuned-mrpc
 *     results:
 *     - task: {name: Text Classification, type: text-classification}
 *       dataset: {name: GLUE MRPC, type: glue, config: mrpc, split: validation, args: mrpc}
 *       metrics:
 *       - {name: Accuracy, type: accuracy, value: 0.8603}
 *       - {name: F1, type: f1, value: 0.9026}
 *
 * gives `GLUE MRPC.accuracy` = 0.8603 and `GLUE MRPC.f1` = 0.9026. Values that are not numbers are skipped and
 * listed, as in other metrics files; a name that two results write is an error naming both lines.
 */



const isModelCard = (path) => path.toLowerCase().endsWith('.md');
const list = (v) => (Array.isArray(v) ? v : []);
const map = (v) => ((0,core_document/* isPlainMap */.nK)(v ?? null) ? v : {});
/** The front matter of a markdown file: the YAML between a first line `---` and the next `---` line. */
function frontMatter(text, file) {
    const lines = text.split(/\r?\n/);
    const end = lines.indexOf('---', 1);
    if (lines[0] !== '---' || end === -1) {
        throw new diagnostics/* InputError */.dz({ file, line: 1 }, `${file} has no YAML front matter (a model card starts with '---')`);
    }
    // The opening '---' stays: YAML reads it as the document start, so line numbers are the file's own.
    return lines.slice(0, end).join('\n');
}
function parseModelCard(text, file) {
    const doc = (0,core_document/* parseDocument */.Tp)(frontMatter(text, file), file, { format: 'yaml' });
    const index = map(doc.value)['model-index'];
    if (!Array.isArray(index)) {
        throw new diagnostics/* InputError */.dz(doc.locate([]), `${file}: the front matter has no 'model-index' list`);
    }
    const metrics = new Map();
    const skipped = [];
    index.forEach((model, i) => {
        list(map(model).results).forEach((result, j) => {
            const dataset = map(map(result).dataset);
            const prefix = stringOf(dataset.name) ?? stringOf(dataset.type);
            list(map(result).metrics).forEach((entry, k) => {
                const m = map(entry);
                const type = stringOf(m.type) ?? stringOf(m.name);
                const at = ['model-index', i, 'results', j, 'metrics', k];
                const line = doc.locate([...at, 'value']).line ?? doc.locate(at).line;
                if (prefix === undefined || type === undefined) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, 'a model-index metric needs a dataset name or type and a metric type');
                }
                const name = `${prefix}.${type}`;
                const hidden = (0,lookalike/* invisibleCharacter */.Dy)(name);
                if (hidden)
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric name ${(0,diagnostics/* quote */.hD)(name)} contains an invisible character (${hidden})`);
                const earlier = metrics.get(name);
                if (earlier) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
                }
                if (typeof m.value === 'number')
                    metrics.set(name, { metric: { value: m.value }, file, ...(line ? { line } : {}) });
                else
                    skipped.push({
                        name,
                        file,
                        ...(line ? { line } : {}),
                        type: m.value === null || m.value === undefined
                            ? 'null'
                            : Array.isArray(m.value)
                                ? 'list'
                                : typeof m.value,
                    });
            });
        });
    });
    return { metrics, skipped };
}
function stringOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./src/gate/resolve-references.ts
var resolve_references = __webpack_require__(7118);
// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __webpack_require__(5096);
;// CONCATENATED MODULE: ./src/gate/model-version.ts
/** Turning files into comparable model versions: a manifest plus its metrics files, merged. */









/**
 * Parse a manifest and read its metrics files with `read` (paths relative to the manifest's folder).
 * Every metric has one source: a name written in two metrics files, or in a file and in the manifest, is
 * an error naming both, never last-one-wins.
 */
async function loadModelVersion(text, path, read) {
    const parsed = (0,manifest/* parseManifest */.Ng)(text, path);
    if (!parsed.ok)
        return parsed;
    return versionOf(parsed.manifest, read);
}
/** A parsed manifest with its metrics files read (`read` takes repository paths). */
async function versionOf(written, read) {
    // params files and dvc/lfs pointers are read into the snapshot first: their values are the model's.
    const resolved = await (0,resolve_references/* resolveReferences */.d)(written, read);
    if (!resolved.ok)
        return { ok: false, errors: resolved.errors, name: written.name };
    const manifest = resolved.manifest;
    const path = manifest.file;
    const metrics = new Map(manifest.metrics);
    const skipped = [];
    const errors = [];
    for (const [i, rel] of manifest.metricsFiles.entries()) {
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), rel));
        const where = { file: path, line: manifest.lineOf(['metrics_files', i]) };
        try {
            const body = await read(file);
            if (body === undefined) {
                errors.push(new diagnostics/* InputError */.dz(where, `metrics file ${file} does not exist`));
                continue;
            }
            const parsedFile = isModelCard(file) ? parseModelCard(body, file) : (0,core_metrics/* parseMetricsFile */.jI)(body, file);
            if (metrics.size + parsedFile.metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
                errors.push((0,metric_budget/* tooManyMetricsError */.xJ)(where, metrics.size + parsedFile.metrics.size));
                break;
            }
            skipped.push(...parsedFile.skipped);
            for (const [name, m] of parsedFile.metrics) {
                const earlier = metrics.get(name);
                if (earlier)
                    errors.push(twoSources(name, m, earlier));
                else
                    metrics.set(name, m);
            }
        }
        catch (error) {
            errors.push(error instanceof diagnostics/* InputError */.dz
                ? error
                : new diagnostics/* InputError */.dz(where, `cannot read ${file}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`));
        }
    }
    if (errors.length)
        return { ok: false, errors, name: manifest.name };
    if (metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
        return { ok: false, errors: [(0,metric_budget/* tooManyMetricsError */.xJ)({ file: path }, metrics.size)], name: manifest.name };
    }
    return { ok: true, version: { manifest, metrics, ...(skipped.length ? { skipped } : {}) } };
}
function twoSources(name, m, earlier) {
    const at = (x) => (0,diagnostics/* formatPosition */.Ld)({ file: x.file, ...(x.line ? { line: x.line } : {}) });
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is also written at ${at(earlier)}: a metric must have one source`);
}
/** A manifest snapshot as stored in the registry, validated again (the registry is data, not trust). */
function manifestFromSnapshot(snapshot, file) {
    const doc = { file, value: snapshot, locate: () => ({ file }) };
    const result = (0,manifest/* validateManifest */.yl)(doc);
    if (!result.ok)
        throw result.errors[0] ?? new diagnostics/* InputError */.dz({ file }, 'invalid manifest snapshot');
    return result.manifest;
}
function metricsFromRecord(record, file) {
    return new Map(Object.entries(record).map(([k, metric]) => [k, { metric, file }]));
}
/**
 * The version at ref of the model a check reports under path: a manifest file, or an implicit DVC manifest
 * (`dvc.yaml:NAME`), versioned `implicitVersion` (the version the check reported for it) when given, else
 * labelled by commit. Undefined when it is not there.
 */
async function versionAtPath(source, ref, path, implicitVersion) {
    const read = (p) => source.readFile(ref, p);
    if (!isImplicitPath(path)) {
        const text = await read(path);
        return text === undefined ? undefined : loadModelVersion(text, path, read);
    }
    const colon = path.lastIndexOf(':');
    const [dvcYaml, name] = [path.slice(0, colon), path.slice(colon + 1)];
    const version = implicitVersion === undefined ? undefined : () => implicitVersion;
    const models = await implicitManifestsAt(source, ref, dvcYaml, await source.listFiles(ref), version);
    const found = models.find((m) => m.name === name);
    if (!found)
        return undefined;
    if (!found.manifest)
        return { ok: false, errors: found.errors ?? [], name };
    return versionOf(found.manifest, read);
}
/**
 * The manifest of a model at a commit: at the expected path if it names that model there, else the first
 * file matching the manifests glob that does (a model may move between versions), else the implicit DVC
 * manifest of a dvc.yaml artifact of that name (versioned `registeredVersion` when the caller knows it).
 */
async function findModelVersion(source, ref, name, manifests, expectedPath, registeredVersion) {
    const at = async (path) => {
        const text = await source.readFile(ref, path);
        return text === undefined ? undefined : loadModelVersion(text, path, (p) => source.readFile(ref, p));
    };
    if (expectedPath && !(0,implicit_manifest/* isImplicitPath */.jf)(expectedPath)) {
        const found = await at(expectedPath);
        if (found && (!found.ok || found.version.manifest.name === name))
            return found;
    }
    const isManifest = (0,glob/* pathMatcher */.kZ)(manifests);
    const files = await source.listFiles(ref);
    for (const path of files.filter(isManifest).sort()) {
        if (path === expectedPath)
            continue;
        const found = await at(path).catch(() => undefined);
        if (found?.ok && found.version.manifest.name === name)
            return found;
    }
    return implicitModelVersion(source, ref, name, files, registeredVersion);
}
/** The implicit manifest of a dvc.yaml artifact named `name` at ref, with its files read. */
async function implicitModelVersion(source, ref, name, files, registeredVersion) {
    const version = registeredVersion === undefined ? undefined : () => registeredVersion;
    for (const dvcYaml of files.filter(implicit_manifest/* isDvcYaml */.p$).sort()) {
        const models = await (0,implicit_manifest/* implicitManifestsAt */.Z4)(source, ref, dvcYaml, files, version).catch(() => []);
        const found = models.find((m) => m.name === name);
        if (!found)
            continue;
        if (!found.manifest)
            return { ok: false, errors: found.errors ?? [], name };
        return versionOf(found.manifest, (p) => source.readFile(ref, p));
    }
    return undefined;
}


/***/ }),

/***/ 7118:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ referencedFiles),
/* harmony export */   d: () => (/* binding */ resolveReferences)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _core_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _core_dvc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5592);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1173);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The files a manifest points to, read into its snapshot, so that what the registry records and what "What
 * changed" diffs are the values, not the file names:
 * - `params:` files: their values (flattened to dotted names) join `hyperparameters`;
 * - `dvc:` pointers of data entries and weights: the `.dvc` file's output hash becomes `md5` (a folder's
 *   ends in `.dir`), with `size` and `nfiles`;
 * - `lfs:` pointers: the Git LFS pointer's oid becomes `sha256`, with `size`.
 * A value written in the manifest and read from a file must agree: one source, as for metrics.
 */





async function resolveReferences(manifest, read) {
    const errors = [];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const where = (at) => {
        const line = manifest.lineOf(at);
        return { file: manifest.file, ...(line ? { line } : {}) };
    };
    const fetch = async (rel, at, what) => {
        const path = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, rel));
        const text = await read(path).catch((error) => {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `cannot read ${path}: ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`));
            return null;
        });
        if (text === undefined)
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `${what} ${path} does not exist`));
        return typeof text === 'string' ? { path, text } : undefined;
    };
    const snapshot = { ...manifest.snapshot };
    const hyper = await readAllParams(manifest, fetch, errors, where);
    if (hyper)
        snapshot.hyperparameters = hyper;
    const data = [];
    for (const [i, entry] of manifest.data.entries()) {
        const at = dataIndex(manifest.snapshot, entry.name, i);
        const pin = await readPointer(entry, ['data', at], fetch, errors, where);
        data.push(pin ? { ...entry, ...pinFields(pin) } : entry);
        if (pin && Array.isArray(snapshot.data)) {
            snapshot.data = snapshot.data.map((d, j) => j === at && (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) ? { ...d, ...pinFields(pin) } : d);
        }
    }
    if ((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null)) {
        const weights = manifest.snapshot.weights;
        const pin = await readPointer(weights, ['weights'], fetch, errors, where);
        if (pin)
            snapshot.weights = { ...weights, ...pinFields(pin) };
    }
    if (errors.length)
        return { ok: false, errors };
    return { ok: true, manifest: { ...manifest, data, snapshot } };
}
/** The params files' values merged with the manifest's own hyperparameters; a key written twice is an error. */
async function readAllParams(manifest, fetch, errors, where) {
    if (manifest.params.length === 0)
        return undefined;
    const own = manifest.snapshot.hyperparameters;
    const merged = (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(own ?? null) ? (0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .flattenParams */ .V9)(own) : {};
    const from = new Map(Object.keys(merged).map((k) => [k, `${manifest.file} hyperparameters`]));
    for (const source of manifest.params) {
        const file = await fetch(source.file, source.at, 'params file');
        if (!file)
            continue;
        try {
            const missing = (key) => errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `params key ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is not in ${file.path}`));
            for (const [key, value] of Object.entries((0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .paramsOf */ .gI)(file.text, file.path, source.keys, missing))) {
                const earlier = from.get(key);
                if (earlier) {
                    errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `hyperparameter ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is in ${file.path} and in ${earlier}`));
                    continue;
                }
                from.set(key, file.path);
                Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
            }
        }
        catch (error) {
            errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        }
    }
    return merged;
}
/** The hash a `dvc:` or `lfs:` pointer records; a hash also written beside it must be the same. */
async function readPointer(entry, at, fetch, errors, where) {
    const kind = typeof entry.dvc === 'string' ? 'dvc' : typeof entry.lfs === 'string' ? 'lfs' : undefined;
    if (!kind)
        return undefined;
    const file = await fetch(entry[kind], [...at, kind], `${kind} pointer`);
    if (!file)
        return undefined;
    try {
        const pin = kind === 'dvc' ? (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDvcPointer */ .KA)(file.text, file.path) : (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLfsPointer */ .y)(file.text, file.path);
        const written = entry[pin.algorithm];
        if (typeof written === 'string' && written !== pin.hash) {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, pin.algorithm]), `${pin.algorithm} ${written} disagrees with ${file.path} (${pin.hash})`));
            return undefined;
        }
        return pin;
    }
    catch (error) {
        errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, kind]), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        return undefined;
    }
}
function pinFields(pin) {
    return {
        [pin.algorithm]: pin.hash,
        ...(pin.size !== undefined ? { size: pin.size } : {}),
        ...(pin.nfiles !== undefined ? { nfiles: pin.nfiles } : {}),
    };
}
function dataIndex(snapshot, name, fallback) {
    const items = snapshot.data;
    if (!Array.isArray(items))
        return fallback;
    const i = items.findIndex((d) => (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) && d.name === name);
    return i === -1 ? fallback : i;
}
/** Every repository path the manifest points to (params files, pointers, metrics files), to read them together. */
function referencedFiles(manifest) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const rel = [...manifest.params.map((p) => p.file), ...manifest.metricsFiles];
    const pointers = [
        ...manifest.data,
        ...((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null) ? [manifest.snapshot.weights] : []),
    ];
    for (const entry of pointers) {
        const pointer = typeof entry.dvc === 'string' ? entry.dvc : entry.lfs;
        if (typeof pointer === 'string')
            rel.push(pointer);
    }
    return rel.map((r) => node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, r)));
}


/***/ }),

/***/ 8321:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q8: () => (/* binding */ findTargets),
  ZG: () => (/* binding */ manifestAt),
  li: () => (/* binding */ manifestsTouched),
  ml: () => (/* binding */ notOverridden),
  HB: () => (/* binding */ readManifestAt)
});

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


/***/ })

};

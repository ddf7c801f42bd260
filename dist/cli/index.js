#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6310:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(3936);
const utils = __nccwpck_require__(3211);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 667:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 3721:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(667);
const utils = __nccwpck_require__(3211);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 3936:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(117);
const parse = __nccwpck_require__(3721);
const utils = __nccwpck_require__(3211);
const constants = __nccwpck_require__(667);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(3211);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(667);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 3211:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(667);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5187:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2293);
/* harmony import */ var _cli_output_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6251);
/* harmony import */ var _cli_render_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(459);



const color = (0,_cli_render_js__WEBPACK_IMPORTED_MODULE_1__/* .wantsColor */ .zK)(process.stdout.isTTY, process.env);
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    ...(0,_cli_output_js__WEBPACK_IMPORTED_MODULE_2__/* .pipeOutput */ .G)(process.stdout, process.stderr),
    color,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7213);
// EXTERNAL MODULE: ./src/core/document.ts + 11 modules
var core_document = __nccwpck_require__(2244);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __nccwpck_require__(9244);
;// CONCATENATED MODULE: ./src/core/names.ts
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

;// CONCATENATED MODULE: ./src/core/registry.ts
/**
 * The registry's record of one model: an append-only history of events (promotions, rollbacks, accepted
 * regressions), from which production is derived by a fold, as GTO derives stages from its tags.
 * Pure: serialization, validation and the state transitions; the stores live in src/registry/.
 */




const REGISTRY_SCHEMA = 1;
const REGISTRY_DIR = 'registry';
/** Registry entries grow with their history; they get a larger limit than files from a pull request. */
const REGISTRY_LIMITS = { maxBytes: 32 * 1024 * 1024, maxNodes: 5_000_000 };
/**
 * An entry file keeps the newest REGISTRY_KEEP events, so that it reads as fast after 10,000 promotions as
 * after one. It also keeps what deciding needs beyond them: see compactEntry.
 */
const REGISTRY_KEEP = 50;
/** GitHub re-runs a workflow run up to 30 days after it first ran: its rollback is kept that long. */
const RERUN_DAYS = 31;
function registryPath(name) {
    return `${REGISTRY_DIR}/${name}.json`;
}
/** Production is the last promotion or rollback. */
function productionOf(history) {
    for (let i = history.length - 1; i >= 0; i--) {
        const e = history[i];
        if (!e || e.type === 'accept' || !e.manifest)
            continue;
        return {
            version: e.version,
            since: e.at,
            event: e.type,
            actor: e.actor,
            ...(e.commit ? { commit: e.commit } : {}),
            ...(e.path ? { path: e.path } : {}),
            ...(e.pr !== undefined ? { pr: e.pr } : {}),
            ...(e.run ? { run: e.run } : {}),
            manifest: e.manifest,
            metrics: e.metrics ?? {},
        };
    }
    return null;
}
/** Every version that became production (promotions and rollbacks), oldest first: the trend's points. */
function productionHistory(entry) {
    return entry.history
        .filter((e) => e.type !== 'accept' && e.manifest)
        .map((e) => ({
        version: e.version,
        at: e.at,
        event: e.type === 'rollback' ? 'rollback' : 'promote',
        metrics: e.metrics ?? {},
    }));
}
function entryOf(name, history, earlier = 0) {
    const production = productionOf(history);
    return { schema: REGISTRY_SCHEMA, name, production, ...(earlier > 0 ? { earlier } : {}), history };
}
/** The same entry with an event appended (the count of earlier events carried over). */
function appended(entry, name, event) {
    return entryOf(name, [...(entry?.history ?? []), event], entry?.earlier);
}
/**
 * The entry as it is written: the newest `keep` events, plus the older ones deciding still reads, in their
 * order. Those are production's event; the event of the version production was before it (a rollback's
 * default target, with the snapshot it restores); every acceptance recorded since production's event (an
 * acceptance holds only against it); and every rollback made by a run in the last 31 days (a re-run of
 * that run must find it). The rest stays in the branch's git log, counted in `earlier`.
 */
function compactEntry(entry, keep = REGISTRY_KEEP) {
    const { history } = entry;
    if (history.length <= keep)
        return entry;
    const productionAt = lastIndex(history, (e) => e.type !== 'accept' && e.manifest !== undefined);
    const previous = previousProductionVersion(entry);
    const previousAt = previous === undefined
        ? -1
        : lastIndex(history, (e) => e.type !== 'accept' && !!e.manifest && sameVersion(e.version, previous));
    const newest = Date.parse(history.at(-1)?.at ?? '');
    const recentRun = (e) => e.type === 'rollback' && !!e.run && newest - Date.parse(e.at) <= RERUN_DAYS * 86_400_000;
    const kept = history.filter((e, i) => i >= history.length - keep ||
        i === productionAt ||
        i === previousAt ||
        (e.type === 'accept' && i > productionAt) ||
        recentRun(e));
    return entryOf(entry.name, kept, (entry.earlier ?? 0) + history.length - kept.length);
}
function lastIndex(history, test) {
    for (let i = history.length - 1; i >= 0; i--)
        if (test(history[i]))
            return i;
    return -1;
}
function serializeEntry(entry) {
    return JSON.stringify(entry, null, 2) + '\n';
}
/**
 * Parse and validate a registry entry; a damaged one is an error, never silently replaced. Entries are
 * JSON as serializeEntry writes them, read through JSON.parse; anything the fast path cannot vouch for
 * (broken JSON, a possible duplicate key, ...) goes through the position-tracking parser, so every error
 * still names its file:line (see parseJsonDocument).
 */
function parseRegistryEntry(text, file) {
    const doc = (0,core_document/* parseJsonDocument */.dH)(text, file, REGISTRY_LIMITS);
    const r = new fields/* FieldReader */.U(doc);
    const root = r.map(doc.value, []);
    if (!root)
        throw new diagnostics/* InputError */.dz(doc.locate([]), 'a registry entry must be a JSON object');
    if (root.schema !== REGISTRY_SCHEMA) {
        throw new diagnostics/* InputError */.dz(doc.locate(['schema']), `unsupported registry schema ${(0,diagnostics/* quote */.hD)(root.schema ?? null)}`);
    }
    const name = r.string(root.name, ['name']);
    const items = r.list(root.history, ['history']) ?? [];
    const history = [];
    items.forEach((item, i) => {
        const event = readEvent(r, item, i);
        if (event)
            history.push(event);
    });
    if (name === undefined)
        r.fail(['name'], "missing required key 'name'");
    const earlier = r.number(root.earlier, ['earlier']) ?? 0;
    if (!Number.isSafeInteger(earlier) || earlier < 0)
        r.fail(['earlier'], 'earlier must be a count of events');
    const first = r.errors[0];
    if (first)
        throw first;
    return entryOf(name, history, earlier);
}
function readEvent(r, item, i) {
    const path = ['history', i];
    const e = r.map(item, path);
    if (!e)
        return undefined;
    const type = r.string(e.type, [...path, 'type']);
    if (type !== 'promote' && type !== 'rollback' && type !== 'accept') {
        return r.fail([...path, 'type'], `history[${i}].type must be promote, rollback or accept`);
    }
    const version = r.string(e.version, [...path, 'version']);
    const at = r.string(e.at, [...path, 'at']);
    const actor = r.string(e.actor, [...path, 'actor']);
    if (version === undefined || at === undefined || actor === undefined) {
        return r.fail(path, `history[${i}] needs version, at and actor`);
    }
    const manifest = r.map(e.manifest, [...path, 'manifest']);
    if (type !== 'accept' && !manifest)
        return r.fail(path, `history[${i}] (${type}) has no manifest snapshot`);
    const metrics = readMetrics(r, e.metrics, [...path, 'metrics']);
    const pr = r.number(e.pr, [...path, 'pr']);
    const optional = {};
    for (const key of ['commit', 'path', 'run', 'reason', 'sha', 'from', 'against']) {
        optional[key] = r.string(e[key], [...path, key]);
    }
    return {
        type,
        version,
        at,
        actor,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
        ...(pr !== undefined ? { pr } : {}),
        ...(manifest ? { manifest } : {}),
        ...(metrics ? { metrics } : {}),
    };
}
function readMetrics(r, value, path) {
    const map = r.map(value, path);
    if (!map)
        return undefined;
    const out = {};
    for (const [name, v] of Object.entries(map)) {
        if (!(0,core_document/* isPlainMap */.nK)(v) || typeof v.value !== 'number') {
            r.fail([...path, name], `metric ${(0,diagnostics/* quote */.hD)(name)} must be {value, n?, std?, ci?}`);
            continue;
        }
        out[name] = v;
    }
    return out;
}
class RegistryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RegistryError';
    }
}
/**
 * Append a promotion. Promoting what is already production from the same commit changes nothing, and so
 * does promoting again a version from a commit that was promoted before.
 */
function applyPromote(entry, name, event) {
    const history = entry?.history ?? [];
    const current = entry?.production;
    if (current && sameVersion(current.version, event.version) && current.commit === event.commit) {
        return entry ?? entryOf(name, history);
    }
    // A re-run of a push that was promoted before (and since superseded) must not move production back.
    if (event.commit &&
        history.some((e) => e.type === 'promote' && e.commit === event.commit && sameVersion(e.version, event.version))) {
        return entry ?? entryOf(name, history);
    }
    return appended(entry, name, event);
}
/**
 * The version that was production immediately before the current one: what an "undo" returns to.
 */
function previousProductionVersion(entry) {
    const current = entry.production?.version;
    const changes = entry.history.filter((e) => e.type !== 'accept');
    for (let i = changes.length - 2; i >= 0; i--) {
        const v = changes[i]?.version;
        if (v !== undefined && (current === undefined || !sameVersion(v, current)))
            return v;
    }
    return undefined;
}
/** The run a URL names, without its attempt: a re-run ("Re-run jobs") is the same run, a later attempt. */
function runOf(url) {
    return url.replace(/\/attempts\/\d+\/?$/, '');
}
/** The rollback this run already recorded for the model, when the run is a re-run of one that did. */
function rollbackByRun(entry, run) {
    if (!entry || !run)
        return undefined;
    return [...entry.history]
        .reverse()
        .find((e) => e.type === 'rollback' && e.run && runOf(e.run) === runOf(run));
}
/**
 * The version a rollback moves production to: the one asked for, else the production version before the
 * current one. Computed once per rollback, before its first attempt, and recorded in its event.
 */
function rollbackTarget(entry, name, to) {
    if (!entry || !entry.production)
        throw new RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no production version to roll back`);
    const target = to ?? previousProductionVersion(entry);
    if (target === undefined) {
        throw new RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no earlier production version to roll back to`);
    }
    return target;
}
/**
 * Move production back to `target`, a version from the model's own history; the history only grows. A
 * target that is already production changes nothing (the same entry is returned).
 */
function applyRollback(entry, name, req) {
    const target = rollbackTarget(entry, name, req.to);
    if (!entry?.production || sameVersion(target, entry.production.version))
        return entry;
    const source = [...entry.history]
        .reverse()
        .find((e) => e.type !== 'accept' && e.manifest && sameVersion(e.version, target));
    if (!source || !source.manifest) {
        const known = [
            ...new Set(entry.history.filter((e) => e.type !== 'accept').map((e) => normalizeVersion(e.version))),
        ];
        const kept = entry.earlier
            ? ` among the events its entry keeps (${entry.earlier} older ones are in the registry branch's git log: history --all)`
            : '';
        throw new RegistryError(`version ${(0,diagnostics/* quote */.hD)(target)} of ${(0,diagnostics/* quote */.hD)(name)} was never production${kept} (known: ${known.join(', ') || 'none'})`);
    }
    const event = {
        type: 'rollback',
        version: source.version,
        at: req.at,
        actor: req.actor,
        reason: req.reason,
        from: entry.production.version,
        ...(source.commit ? { commit: source.commit } : {}),
        ...(source.path ? { path: source.path } : {}),
        ...(req.run ? { run: req.run } : {}),
        manifest: source.manifest,
        ...(source.metrics ? { metrics: source.metrics } : {}),
    };
    return appended(entry, name, event);
}
function applyAccept(entry, name, event) {
    return appended(entry, name, event);
}
/** What an acceptance is recorded against when the model has no production version. */
const NO_PRODUCTION = 'none';
/**
 * The latest acceptance recorded for a pull request's head SHA and version, if any. It holds only while
 * production is still the version (and content) it was accepted against; otherwise it lapsed, and says why.
 */
function acceptanceFor(entry, sha, version, production) {
    if (!entry || !sha)
        return undefined;
    const e = [...entry.history]
        .reverse()
        .find((x) => x.type === 'accept' && x.sha === sha && sameVersion(x.version, version));
    if (!e)
        return undefined;
    const acceptance = { actor: e.actor, reason: e.reason ?? '', at: e.at };
    if (e.against === production)
        return { kind: 'held', acceptance };
    const then = e.against === undefined ? 'an unrecorded production' : describeAgainst(e.against);
    return {
        kind: 'lapsed',
        acceptance,
        why: `accepted by ${e.actor} against ${then}; production is now ${describeAgainst(production)}, so the regression must be reviewed again`,
    };
}
function describeAgainst(against) {
    if (against === NO_PRODUCTION)
        return 'no production version';
    const [version, digest] = against.split('#');
    return `${version ?? against}${digest ? ` (content ${digest.slice(0, 8)})` : ''}`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
    constructor(cwd) {
        this.cwd = cwd;
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.execFile)('git', ['-c', 'core.quotepath=off', ...args], {
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
    /** The full SHA a ref names, or undefined when it does not resolve. */
    async resolve(ref) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            okCodes: [1, 128],
        });
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    }
    async refExists(ref) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', ref], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    }
}
async function isRepository(cwd) {
    const r = await new Git(cwd).run(['rev-parse', '--git-dir'], { okCodes: [128] }).catch(() => undefined);
    return r?.code === 0;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/lookalike.ts
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

;// CONCATENATED MODULE: ./src/core/metrics.ts
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
            reader.fail(at, `metric ${(0,diagnostics/* quote */.hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
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
        if ((0,core_document/* isPlainMap */.nK)(node) && 'value' in node) {
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
        if ((0,core_document/* isPlainMap */.nK)(node)) {
            for (const [key, child] of Object.entries(node)) {
                const hidden = invisibleCharacter(key);
                if (hidden) {
                    reader.fail([...at, key], `metric name ${(0,diagnostics/* quote */.hD)(key)} contains an invisible character (${hidden})`);
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
    if (!(0,core_document/* isPlainMap */.nK)(value)) {
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
    const hidden = invisibleCharacter(old);
    if (hidden || old === '') {
        reader.fail(path, `renamed_from ${(0,diagnostics/* quote */.hD)(old)} must be a metric name without invisible characters`);
        return undefined;
    }
    return old;
}
/**
 * A DVC-style metrics file (JSON, YAML or TOML), flattened to dotted names; non-numbers skipped. JSON goes
 * through JSON.parse when it can (parseJsonDocument: the same value, positions, and errors).
 */
function parseMetricsFile(text, file) {
    const doc = (0,core_document/* formatOf */.be)(file) === 'json' ? (0,core_document/* parseJsonDocument */.dH)(text, file) : (0,core_document/* parseDocument */.Tp)(text, file);
    const reader = new fields/* FieldReader */.U(doc);
    const skipped = [];
    const metrics = flattenMetrics(reader, doc.value, [], 'lenient', skipped);
    const first = reader.errors[0];
    if (first)
        throw first;
    if (!(0,core_document/* isPlainMap */.nK)(doc.value))
        throw new diagnostics/* InputError */.dz({ file }, 'a metrics file must hold a mapping');
    return { metrics, skipped };
}

;// CONCATENATED MODULE: ./src/core/params.ts
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
    else if ((0,core_document/* isPlainMap */.nK)(value)) {
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
        if ((0,core_document/* isPlainMap */.nK)(v))
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
    throw new diagnostics/* InputError */.dz({ file }, `params key ${(0,diagnostics/* quote */.hD)(key)} is not in ${file}`);
}) {
    const doc = (0,core_document/* parseDocument */.Tp)(text, file);
    if (!(0,core_document/* isPlainMap */.nK)(doc.value))
        throw new diagnostics/* InputError */.dz(doc.locate([]), `params file ${file} must be a mapping`);
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

;// CONCATENATED MODULE: ./src/core/manifest.ts
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
        doc = (0,core_document/* parseDocument */.Tp)(text, file);
    }
    catch (error) {
        if (error instanceof diagnostics/* InputError */.dz)
            return { ok: false, errors: [error] };
        throw error;
    }
    return validateManifest(doc);
}
function validateManifest(doc) {
    const r = new fields/* FieldReader */.U(doc);
    const root = doc.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        return { ok: false, errors: [new diagnostics/* InputError */.dz(doc.locate([]), 'a manifest must be a mapping')] };
    }
    r.onlyKeys(root, [], MANIFEST_KEYS);
    const name = readName(r, root);
    const rawVersion = readVersion(r, root);
    const description = r.string(root.description, ['description']);
    r.map(root.architecture, ['architecture']);
    r.map(root.hyperparameters, ['hyperparameters']);
    r.map(root.deployment, ['deployment']);
    const dir = external_node_path_namespaceObject.posix.dirname(doc.file);
    const data = readData(r, root.data, dir);
    const weights = readArtifact(r, root.weights, ['weights'], dir);
    const metricsFiles = readMetricsFiles(r, root.metrics_files, dir);
    const params = readParams(r, root.params);
    params.forEach((p) => {
        if (!insideRepository(p.file, dir))
            r.fail(p.at, leavesMessage('params file', p.file, dir));
    });
    const evaluationDataset = readEvaluation(r, root.evaluation, data);
    const metrics = flattenMetrics(r, root.metrics, ['metrics'], 'strict');
    if (r.errors.length > 0 || name === undefined || rawVersion === undefined) {
        return { ok: false, errors: r.errors, ...(name && !nameProblem(name) ? { name } : {}) };
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
                ...params.map((p) => ({ path: external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, p.file)), key: `params[${p.file}]` })),
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
        const problem = nameProblem(name);
        if (problem)
            r.fail(['name'], `name ${(0,diagnostics/* quote */.hD)(name)} ${problem}`);
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
    else if (rawVersion !== undefined && !parseSemVer(rawVersion)) {
        r.fail(['version'], `version ${(0,diagnostics/* quote */.hD)(rawVersion)} is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)`);
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
        r.fail(['evaluation', 'dataset'], `evaluation.dataset ${(0,diagnostics/* quote */.hD)(dataset)} names no data entry`);
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
            r.fail(['metrics_files', i], `metrics file ${(0,diagnostics/* quote */.hD)(path)} is listed twice`);
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
            r.fail([...path, 'role'], `data[${i}].role ${(0,diagnostics/* quote */.hD)(role)} must be one of ${DATA_ROLES.join(', ')}`);
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
                r.fail([...path, 'name'], `duplicate data entry ${(0,diagnostics/* quote */.hD)(name)}`);
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
    const resolved = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, path));
    return resolved !== '..' && !resolved.startsWith('../') && resolved !== '.';
}
function leavesMessage(what, path, dir) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return `${what} ${(0,diagnostics/* quote */.hD)(path)} must be a relative path inside the repository`;
    const from = dir === '.' ? 'the repository root' : `${dir}/`;
    return `${what} ${(0,diagnostics/* quote */.hD)(path)} leaves the repository (resolved from ${from})`;
}
/** Every file the manifest references, resolved against its folder: metrics files and pointer files. */
function referencesOf(doc, metricsFiles, data, weights) {
    const dir = external_node_path_namespaceObject.posix.dirname(doc.file);
    const out = [];
    const add = (rel, key, at) => {
        if (!insideRepository(rel, dir))
            return;
        const line = doc.locate(at).line;
        out.push({ path: external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, rel)), key, ...(line ? { line } : {}) });
    };
    metricsFiles.forEach((p, i) => add(p, `metrics_files[${i}]`, ['metrics_files', i]));
    const items = Array.isArray(doc.value) ? [] : doc.value.data;
    data.forEach((d) => {
        const i = Array.isArray(items) ? items.findIndex((x) => (0,core_document/* isPlainMap */.nK)(x) && x.name === d.name) : -1;
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

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(1355);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __nccwpck_require__(3579);
;// CONCATENATED MODULE: ./src/gate/metric-budget.ts
/**
 * How many metrics one model and one run may compare: the work (and every report) grows with them, so both
 * are bounded. Past a bound the model is an error with a clear message, and the others are still checked.
 */


const METRIC_LIMITS = {
    /** Most metrics of one model version: the manifest's and its metrics files' together. */
    perModel: 10_000,
    /** Most metrics of one run, over every changed model, taken in path order (the policy's `limits` may change it). */
    perRun: core_policy/* DEFAULT_METRICS_PER_RUN */.QA,
};
function tooManyMetricsError(where, count) {
    return new diagnostics/* InputError */.dz(where, `the model has more than ${METRIC_LIMITS.perModel.toLocaleString('en-US')} metrics (${count.toLocaleString('en-US')} read so far, manifest and metrics files together)`);
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
        return new diagnostics/* InputError */.dz({ file }, `not compared: this run's models have more than ${this.limit.toLocaleString('en-US')} metrics in all (models are taken in path order); check fewer models per pull request`);
    }
}

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
                const hidden = invisibleCharacter(name);
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

;// CONCATENATED MODULE: ./src/core/dvc.ts
/**
 * The DVC files a project already keeps, read as untrusted data: `dvc.yaml` (artifacts, stages, metrics),
 * `dvc.lock` (what each stage last ran with: params values, dependency and output hashes) and `.dvc`
 * pointer files; and Git LFS pointer files. Only what Model Gate uses is read; everything else is ignored.
 */



const dvc_map = (v) => ((0,core_document/* isPlainMap */.nK)(v ?? null) ? v : {});
const dvc_list = (v) => (Array.isArray(v) ? v : []);
/** A dvc.yaml: its artifacts, its stages' deps and outs, its metrics files. */
function parseDvcYaml(text, file) {
    const doc = (0,core_document/* parseDocument */.Tp)(text, file, { format: 'yaml' });
    const root = dvc_map(doc.value);
    const artifacts = [];
    for (const [name, value] of Object.entries(dvc_map(root.artifacts))) {
        const a = dvc_map(value);
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
    const stages = Object.entries(dvc_map(root.stages)).map(([name, value]) => {
        const s = dvc_map(value);
        return { name, deps: dvc_list(s.deps).flatMap(pathOf), outs: dvc_list(s.outs).flatMap(pathOf) };
    });
    return { file, artifacts, stages, metrics: dvc_list(root.metrics).flatMap(pathOf) };
}
/** `- path` or `- path: {options}` in a deps, outs or metrics list. */
function pathOf(item) {
    if (typeof item === 'string')
        return [item];
    if ((0,core_document/* isPlainMap */.nK)(item))
        return Object.keys(item).slice(0, 1);
    return [];
}
/** A dvc.lock: per stage, the hash of every dependency and output and the params values it ran with. */
function parseDvcLock(text, file) {
    const doc = (0,core_document/* parseDocument */.Tp)(text, file, { format: 'yaml' });
    const out = new Map();
    for (const [name, value] of Object.entries(dvc_map(dvc_map(doc.value).stages))) {
        const s = dvc_map(value);
        const pins = (items) => new Map(dvc_list(items)
            .map(dvc_map)
            .filter((o) => typeof o.path === 'string')
            .map((o) => [o.path, pinOf(o)]));
        const params = new Map(Object.entries(dvc_map(s.params)).map(([f, v]) => [f, dvc_map(v)]));
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
    const doc = (0,core_document/* parseDocument */.Tp)(text, file, { format: 'yaml' });
    const outs = dvc_list(dvc_map(doc.value).outs);
    if (outs.length !== 1) {
        throw new diagnostics/* InputError */.dz(doc.locate(['outs']), `a .dvc pointer must list exactly one output under 'outs' (it lists ${outs.length})`);
    }
    const first = dvc_map(outs[0]);
    if (first.hash !== undefined && first.hash !== 'md5') {
        throw new diagnostics/* InputError */.dz(doc.locate(['outs', 0, 'hash']), `hash ${(0,diagnostics/* quote */.hD)(String(first.hash))} is not md5`);
    }
    const pin = pinOf(first);
    if (!pin)
        throw new diagnostics/* InputError */.dz(doc.locate(['outs', 0]), 'outs[0] has no md5 (a hex string)');
    return pin;
}
const LFS_VERSION = 'version https://git-lfs.github.com/spec/v1';
/** A Git LFS pointer file: `oid sha256:<hex>` and `size`. */
function parseLfsPointer(text, file) {
    const lines = text.split('\n');
    if (text.length > 1024 || lines[0] !== LFS_VERSION) {
        throw new diagnostics/* InputError */.dz({ file, line: 1 }, `not a Git LFS pointer (no '${LFS_VERSION}' line)`);
    }
    const oidLine = lines.findIndex((l) => l.startsWith('oid '));
    const oid = /^oid sha256:([0-9a-f]{64})$/.exec(lines[oidLine] ?? '')?.[1];
    if (!oid)
        throw new diagnostics/* InputError */.dz({ file, line: oidLine + 1 || 1 }, "no 'oid sha256:<64 hex digits>' line");
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
            if (chosen.has(stage.name) || !stage.outs.some((o) => within(external_node_path_namespaceObject.posix.normalize(p), external_node_path_namespaceObject.posix.normalize(o))))
                continue;
            chosen.add(stage.name);
            stage.deps.forEach(visit);
        }
    };
    visit(path);
    return project.stages.filter((s) => chosen.has(s.name));
}

;// CONCATENATED MODULE: ./src/gate/resolve-references.ts
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
    const dir = external_node_path_namespaceObject.posix.dirname(manifest.file);
    const where = (at) => {
        const line = manifest.lineOf(at);
        return { file: manifest.file, ...(line ? { line } : {}) };
    };
    const fetch = async (rel, at, what) => {
        const path = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, rel));
        const text = await read(path).catch((error) => {
            errors.push(new diagnostics/* InputError */.dz(where(at), `cannot read ${path}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`));
            return null;
        });
        if (text === undefined)
            errors.push(new diagnostics/* InputError */.dz(where(at), `${what} ${path} does not exist`));
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
            snapshot.data = snapshot.data.map((d, j) => j === at && (0,core_document/* isPlainMap */.nK)(d) ? { ...d, ...pinFields(pin) } : d);
        }
    }
    if ((0,core_document/* isPlainMap */.nK)(manifest.snapshot.weights ?? null)) {
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
    const merged = (0,core_document/* isPlainMap */.nK)(own ?? null) ? flattenParams(own) : {};
    const from = new Map(Object.keys(merged).map((k) => [k, `${manifest.file} hyperparameters`]));
    for (const source of manifest.params) {
        const file = await fetch(source.file, source.at, 'params file');
        if (!file)
            continue;
        try {
            const missing = (key) => errors.push(new diagnostics/* InputError */.dz(where(source.at), `params key ${(0,diagnostics/* quote */.hD)(key)} is not in ${file.path}`));
            for (const [key, value] of Object.entries(paramsOf(file.text, file.path, source.keys, missing))) {
                const earlier = from.get(key);
                if (earlier) {
                    errors.push(new diagnostics/* InputError */.dz(where(source.at), `hyperparameter ${(0,diagnostics/* quote */.hD)(key)} is in ${file.path} and in ${earlier}`));
                    continue;
                }
                from.set(key, file.path);
                Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
            }
        }
        catch (error) {
            errors.push(error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz(where(source.at), (0,diagnostics/* errorMessage */.gJ)(error)));
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
        const pin = kind === 'dvc' ? parseDvcPointer(file.text, file.path) : parseLfsPointer(file.text, file.path);
        const written = entry[pin.algorithm];
        if (typeof written === 'string' && written !== pin.hash) {
            errors.push(new diagnostics/* InputError */.dz(where([...at, pin.algorithm]), `${pin.algorithm} ${written} disagrees with ${file.path} (${pin.hash})`));
            return undefined;
        }
        return pin;
    }
    catch (error) {
        errors.push(error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz(where([...at, kind]), (0,diagnostics/* errorMessage */.gJ)(error)));
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
    const i = items.findIndex((d) => (0,core_document/* isPlainMap */.nK)(d) && d.name === name);
    return i === -1 ? fallback : i;
}
/** Every repository path the manifest points to (params files, pointers, metrics files), to read them together. */
function referencedFiles(manifest) {
    const dir = external_node_path_namespaceObject.posix.dirname(manifest.file);
    const rel = [...manifest.params.map((p) => p.file), ...manifest.metricsFiles];
    const pointers = [
        ...manifest.data,
        ...((0,core_document/* isPlainMap */.nK)(manifest.snapshot.weights ?? null) ? [manifest.snapshot.weights] : []),
    ];
    for (const entry of pointers) {
        const pointer = typeof entry.dvc === 'string' ? entry.dvc : entry.lfs;
        if (typeof pointer === 'string')
            rel.push(pointer);
    }
    return rel.map((r) => external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, r)));
}

// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(3439);
;// CONCATENATED MODULE: ./src/gate/concurrency.ts
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

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(1542);
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
    const parsed = parseManifest(text, path);
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
        return indexOf(await mapLimit([...atHead].sort(), limit, (p) => readManifestAt(source, head, p)));
    }
    const files = await source.listFiles(head);
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(head, manifests);
    // The changed manifests and those that may reference a changed path are parsed as each text arrives, while
    // git reads the next ones; they are indexed in path order all the same.
    const referencing = mayReference(paths);
    const early = [];
    const texts = await mapLimit(manifests, limit, async (p, i) => {
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
    const anywhere = new Mentions(changed.map((p) => external_node_path_namespaceObject.posix.basename(p)));
    const inside = new Map();
    for (const p of changed) {
        for (let dir = external_node_path_namespaceObject.posix.dirname(p);; dir = external_node_path_namespaceObject.posix.dirname(dir)) {
            const names = inside.get(dir) ?? [];
            names.push(external_node_path_namespaceObject.posix.basename(p));
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
        const dir = external_node_path_namespaceObject.posix.dirname(path);
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
    const read = await mapLimit(old, scan.limit, (p) => readManifestAt(scan.source, scan.base, p));
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

;// CONCATENATED MODULE: ./src/gate/implicit-manifest.ts
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
function implicit_manifest_isImplicitPath(path) {
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
    const isManifest = (0,glob/* pathMatcher */.kZ)(options.manifests);
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
    const implicit = await mapLimit(files.filter(isDvcYaml).sort(), limit, (p) => implicit_manifest_implicitManifestsAt(source, ref, p, known, registeredVersion));
    return implicit.flat();
}
/** The implicit manifests of one dvc.yaml at a commit (one per `type: model` artifact). */
async function implicit_manifest_implicitManifestsAt(source, ref, dvcYaml, files, registeredVersion) {
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
        const project = parseDvcYaml(text, dvcYaml);
        const models = project.artifacts.filter((a) => a.type === 'model');
        if (models.length === 0)
            return [];
        const dir = external_node_path_namespaceObject.posix.dirname(dvcYaml);
        const lockPath = external_node_path_namespaceObject.posix.join(dir, 'dvc.lock');
        const lockText = (await io.exists(lockPath)) ? await io.read(lockPath) : undefined;
        const lock = lockText === undefined ? new Map() : parseDvcLock(lockText, lockPath);
        const repo = (rel) => external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, rel));
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
        const e = error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz({ file: dvcYaml }, (0,diagnostics/* errorMessage */.gJ)(error));
        return [{ path: dvcYaml, text, errors: [e] }];
    }
}
/** One artifact as a manifest, validated like a written one, with the DVC files it comes from as references. */
function deriveOne(p, artifact, version) {
    const snapshot = implicitSnapshot(p, artifact, version);
    const file = implicitPath(p.project.file, artifact.name);
    const where = { file: p.project.file, ...(artifact.line ? { line: artifact.line } : {}) };
    const doc = { file, value: snapshot, locate: () => where };
    const result = validateManifest(doc);
    const text = (0,dist/* stringify */.As)(snapshot);
    if (!result.ok)
        return { path: file, text, errors: result.errors, name: artifact.name };
    const repo = (rel) => external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(p.dir, rel));
    const stages = producingStages(p.project, artifact.path);
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
    const repo = (rel) => external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(p.dir, rel));
    const inside = (path) => path !== '..' && !path.startsWith('../');
    return stages.flatMap((s) => [...(p.lock.get(s.name)?.params ?? [])]
        .map(([file, values]) => ({ stage: s.name, path: repo(file), values: flattenParams(values) }))
        .filter((r) => inside(r.path)));
}
function paramsFiles(p, stages) {
    return [...new Set(stages.flatMap((s) => [...(p.lock.get(s.name)?.params.keys() ?? [])]))].sort();
}
/** The manifest document an artifact stands for (what `validate dvc.yaml` prints). */
function implicitSnapshot(p, artifact, version) {
    const stages = producingStages(p.project, artifact.path);
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
    const metrics = p.project.metrics.filter((m) => p.present.has(external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(p.dir, m))));
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
    if (p.present.has(external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(p.dir, pointer))))
        return { dvc: pointer };
    if (!lock)
        return {};
    return {
        md5: lock.hash,
        ...(lock.size !== undefined ? { size: lock.size } : {}),
        ...(lock.nfiles !== undefined ? { nfiles: lock.nfiles } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gate/model-version.ts
/** Turning files into comparable model versions: a manifest plus its metrics files, merged. */









/**
 * Parse a manifest and read its metrics files with `read` (paths relative to the manifest's folder).
 * Every metric has one source: a name written in two metrics files, or in a file and in the manifest, is
 * an error naming both, never last-one-wins.
 */
async function loadModelVersion(text, path, read) {
    const parsed = parseManifest(text, path);
    if (!parsed.ok)
        return parsed;
    return versionOf(parsed.manifest, read);
}
/** A parsed manifest with its metrics files read (`read` takes repository paths). */
async function versionOf(written, read) {
    // params files and dvc/lfs pointers are read into the snapshot first: their values are the model's.
    const resolved = await resolveReferences(written, read);
    if (!resolved.ok)
        return { ok: false, errors: resolved.errors, name: written.name };
    const manifest = resolved.manifest;
    const path = manifest.file;
    const metrics = new Map(manifest.metrics);
    const skipped = [];
    const errors = [];
    for (const [i, rel] of manifest.metricsFiles.entries()) {
        const file = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(path), rel));
        const where = { file: path, line: manifest.lineOf(['metrics_files', i]) };
        try {
            const body = await read(file);
            if (body === undefined) {
                errors.push(new diagnostics/* InputError */.dz(where, `metrics file ${file} does not exist`));
                continue;
            }
            const parsedFile = isModelCard(file) ? parseModelCard(body, file) : parseMetricsFile(body, file);
            if (metrics.size + parsedFile.metrics.size > METRIC_LIMITS.perModel) {
                errors.push(tooManyMetricsError(where, metrics.size + parsedFile.metrics.size));
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
    if (metrics.size > METRIC_LIMITS.perModel) {
        return { ok: false, errors: [tooManyMetricsError({ file: path }, metrics.size)], name: manifest.name };
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
    const result = validateManifest(doc);
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
    if (expectedPath && !implicit_manifest_isImplicitPath(expectedPath)) {
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
    for (const dvcYaml of files.filter(isDvcYaml).sort()) {
        const models = await implicit_manifest_implicitManifestsAt(source, ref, dvcYaml, files, version).catch(() => []);
        const found = models.find((m) => m.name === name);
        if (!found)
            continue;
        if (!found.manifest)
            return { ok: false, errors: found.errors ?? [], name };
        return versionOf(found.manifest, (p) => source.readFile(ref, p));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gate/retry.ts
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

;// CONCATENATED MODULE: ./src/registry/branch-registry.ts
/**
 * The `branch` registry: `registry/<name>.json` files on the `model-registry` branch. Reads are plain
 * reads of the tip; every write is read-modify-write with a compare-and-swap of the branch ref, retried
 * with backoff and jitter, so concurrent promotions never lose an entry.
 */





class RegistryConflictError extends Error {
    constructor(branch, attempts) {
        super(`gave up after ${attempts} attempts: ${branch} kept moving under concurrent writes`);
        this.name = 'RegistryConflictError';
    }
}
class BranchRegistry {
    store;
    retry;
    description;
    branch;
    /** Reads within one run see one tip of the branch; writes always read it afresh. */
    readTip;
    /**
     * The entries read at readTip, each read and parsed once however often it is asked for (a check asks for
     * the baseline and the acceptances of every model). Dropped with readTip when a write moves the branch.
     */
    entries = new Map();
    constructor(store, retry = COMPARE_AND_SWAP) {
        this.store = store;
        this.retry = retry;
        this.branch = store.branch;
        this.description = `the ${store.branch} registry branch`;
    }
    /** Whether the branch exists (for the CLI, locally or as origin's), as this run reads it. */
    async exists() {
        this.readTip ??= this.store.tip();
        return (await this.readTip).parent !== undefined;
    }
    /** The model's entry at the tip; undefined when the model or the branch does not exist yet. */
    entry(name) {
        let entry = this.entries.get(name);
        if (!entry) {
            this.readTip ??= this.store.tip();
            const tip = this.readTip;
            entry = tip.then(({ parent }) => (parent ? this.readAt(parent, name) : undefined));
            this.entries.set(name, entry);
        }
        return entry;
    }
    /** The entries of these models are about to be read: the store fetches them together, if it can. */
    async prefetch(names) {
        if (!this.store.prefetch)
            return;
        this.readTip ??= this.store.tip();
        const parent = await this.readTip.then((t) => t.parent).catch(() => undefined);
        if (parent)
            await this.store.prefetch(parent, names.map(registryPath));
    }
    async readAt(commit, name) {
        const path = registryPath(name);
        const text = await this.store.readFile(commit, path);
        if (text === undefined)
            return undefined;
        return parseRegistryEntry(text, `${this.store.branch}:${path}`);
    }
    async baseline(name) {
        const file = `${this.store.branch}:${registryPath(name)}`;
        try {
            const entry = await this.entry(name);
            const production = entry?.production;
            if (!entry || !production)
                return { kind: 'none' };
            return {
                kind: 'found',
                baseline: {
                    manifest: manifestFromSnapshot(production.manifest, file),
                    metrics: metricsFromRecord(production.metrics, file),
                    source: this.store.branch,
                    promoted: { event: production.event, actor: production.actor, at: production.since },
                    history: productionHistory(entry),
                    ...(production.commit ? { commit: production.commit } : {}),
                    ...(production.path ? { path: production.path } : {}),
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file });
            return { kind: 'error', error: e };
        }
    }
    /**
     * Apply change to the model's entry and commit it. change is called again on every retry with the
     * entry as it is then, so every decision it takes is taken against the entry of that attempt (it may ask
     * questions, e.g. of commit ancestry, but must not depend on anything read before). Returning the same
     * object writes nothing.
     */
    async update(name, change, message) {
        return withBackoff(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const current = tip.parent ? await this.readAt(tip.parent, name) : undefined;
            const next = await change(current);
            if (next === current && current !== undefined)
                return { entry: current, attempts: attempt };
            // The file keeps the newest events (compactEntry); the older ones stay in the branch's git log.
            const text = serializeEntry(compactEntry(next));
            if (Buffer.byteLength(text) > REGISTRY_LIMITS.maxBytes) {
                throw new RegistryError(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${REGISTRY_LIMITS.maxBytes}: nothing was written`);
            }
            const commit = await this.store.commitFile(tip.parent, registryPath(name), text, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return LOST;
            this.readTip = undefined;
            this.entries = new Map();
            return { entry: next, commit, attempts: attempt };
        }, (attempts) => new RegistryConflictError(this.store.branch, attempts));
    }
    /**
     * update for many models in one commit: one compare-and-swap of the branch for them all. Each change is
     * called again on every attempt with its entry as that attempt reads it, as update does. A model whose
     * entry cannot be read, whose change throws or whose entry would be over the size limit gets its error and
     * is left out of the commit; the others are written. Nothing is written when no entry changed.
     */
    async updateMany(changes, message, concurrency = 8) {
        return withBackoff(this.retry, async (attempt) => {
            const tip = await this.store.tip();
            const read = await this.sameTipAsReads(tip);
            const outcomes = await mapLimit(changes, concurrency, async ({ name, change }) => {
                try {
                    const current = !tip.parent
                        ? undefined
                        : read
                            ? await this.entry(name)
                            : await this.readAt(tip.parent, name);
                    const next = await change(current);
                    if (next === current && current !== undefined)
                        return { name, entry: current, changed: false };
                    const text = serializeEntry(compactEntry(next));
                    if (Buffer.byteLength(text) > REGISTRY_LIMITS.maxBytes) {
                        throw new RegistryError(`the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${REGISTRY_LIMITS.maxBytes}: nothing was written`);
                    }
                    return { name, entry: next, changed: true, text };
                }
                catch (error) {
                    return { name, error };
                }
            });
            const files = new Map();
            for (const o of outcomes)
                if ('text' in o && o.text !== undefined)
                    files.set(registryPath(o.name), o.text);
            const results = outcomes.map((o) => 'error' in o
                ? { ok: false, name: o.name, error: o.error }
                : { ok: true, name: o.name, entry: o.entry, changed: o.changed });
            if (!files.size)
                return { results, attempts: attempt };
            const commit = await this.store.commitFiles(tip.parent, files, message);
            if (!(await this.store.swap(tip.expected, commit)))
                return LOST;
            this.readTip = undefined;
            this.entries = new Map();
            return { results, commit, attempts: attempt };
        }, (attempts) => new RegistryConflictError(this.store.branch, attempts));
    }
    /** True when tip is the one this run's reads see, so an entry read there is the entry at tip. */
    async sameTipAsReads(tip) {
        if (!this.readTip || !tip.parent)
            return false;
        const read = await this.readTip.catch(() => undefined);
        return read?.parent === tip.parent;
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** Model Gate's own version: package.json's, the one place it is written (inlined into the bundles by the build). */

const VERSION = package_namespaceObject.rE;

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
var fail_on = __nccwpck_require__(5815);
;// CONCATENATED MODULE: ./src/cli/command-flags.ts
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
        manifests: v.manifests ?? DEFAULT_MANIFESTS,
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
    const spec = Object.hasOwn(COMMAND_SPECS, command) ? COMMAND_SPECS[command] : undefined;
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
        if (spec && !GLOBAL_FLAGS.includes(t.name) && !spec.flags.includes(t.name)) {
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

// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __nccwpck_require__(281);
;// CONCATENATED MODULE: ./src/gate/models-at.ts



/** The models at ref, in path order. */
async function modelsAt(source, ref, manifests, 
/** The version GTO registered for a model at ref: an implicit DVC manifest's version. */
registeredVersion, concurrency = 8) {
    const found = await findModelsAt(source, ref, {
        manifests,
        concurrency,
        ...(registeredVersion ? { registeredVersion } : {}),
    });
    return mapLimit(found, concurrency, async (m) => {
        const name = m.name !== undefined ? { name: m.name } : {};
        if (!m.manifest)
            return { path: m.path, errors: m.errors ?? [], ...name };
        const loaded = await versionOf(m.manifest, (p) => source.readFile(ref, p));
        if (loaded.ok)
            return { path: m.path, name: loaded.version.manifest.name, version: loaded.version };
        return { path: m.path, errors: loaded.errors, ...name };
    });
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/registry/git-branch-batch.ts
/**
 * Many files in one registry commit, with git plumbing and one process per step whatever the number of
 * files: the blobs written by one `hash-object --stdin-paths`, the tree by one `update-index --index-info` in a
 * private index. Like GitBranchStore.commitFile, it does not move the branch: swap does.
 */



const FALLBACK = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' };
async function commitFiles(git, parent, files, message) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'model-gate-batch-'));
    try {
        const paths = [...files.keys()];
        const local = paths.map((_, i) => (0,external_node_path_namespaceObject.join)(dir, `blob-${i}`));
        await Promise.all(paths.map((p, i) => (0,promises_namespaceObject.writeFile)(local[i], files.get(p) ?? '')));
        const blobs = (await git.text(['hash-object', '-w', '--stdin-paths'], { input: local.join('\n') + '\n' }))
            .split('\n')
            .filter(Boolean);
        const env = { GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(dir, 'index') };
        await git.run(parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env });
        const info = paths.map((p, i) => `100644 ${blobs[i] ?? ''}\t${p}`).join('\n') + '\n';
        await git.run(['update-index', '--index-info'], { env, input: info });
        const tree = await git.line(['write-tree'], { env });
        const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
        return await git.line(args, { env: await identity(git) });
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/** git's identity when one is configured, else Model Gate's (CI machines often have none). */
async function identity(git) {
    const committer = await git.run(['var', 'GIT_COMMITTER_IDENT'], { okCodes: [128] });
    const author = await git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
    if (committer.code === 0 && author.code === 0)
        return {};
    return {
        GIT_AUTHOR_NAME: FALLBACK.name,
        GIT_AUTHOR_EMAIL: FALLBACK.email,
        GIT_COMMITTER_NAME: FALLBACK.name,
        GIT_COMMITTER_EMAIL: FALLBACK.email,
    };
}

;// CONCATENATED MODULE: ./src/core/identity.ts
/** Who Model Gate writes as when no person is named: registry commits without a git identity, GTO tags by default. */
const BOT_IDENTITY = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' };

;// CONCATENATED MODULE: ./src/registry/git-branch-store.ts
/**
 * The registry branch in a local repository, written with plumbing: a blob, a tree built in a private
 * index file, a commit, and `git update-ref` with the expected old value. The branch is never checked out,
 * and the work tree and the user's index are never touched.
 */






const ZERO = '0000000000000000000000000000000000000000';
class GitBranchStore {
    git;
    branch;
    remote;
    reader;
    identity;
    constructor(git, branch, remote = 'origin', 
    /** Without one, each read is its own `git cat-file blob`. */
    reader) {
        this.git = git;
        this.branch = branch;
        this.remote = remote;
        this.reader = reader;
    }
    async tip() {
        const local = await this.git.refExists(`refs/heads/${this.branch}`);
        if (local)
            return { parent: local, expected: local };
        const tracking = await this.git.refExists(`refs/remotes/${this.remote}/${this.branch}`);
        return tracking ? { parent: tracking } : {};
    }
    /** Entries about to be read at a commit: the batch reader asks them together (by blob id). */
    prefetch(commit, paths) {
        return this.reader?.prefetchBlobs?.(commit, paths, REGISTRY_LIMITS.maxBytes) ?? Promise.resolve();
    }
    async readFile(commit, path) {
        if (this.reader) {
            return this.reader.readBlob(commit, path, REGISTRY_LIMITS.maxBytes, `${this.branch}:${path}`);
        }
        const r = await this.git.run(['cat-file', 'blob', `${commit}:${path}`], { okCodes: [128] });
        return r.code === 0 ? r.stdout.toString('utf8') : undefined;
    }
    async commitFile(parent, path, content, message) {
        const blob = await this.git.line(['hash-object', '-w', '--stdin'], { input: content });
        const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'model-gate-index-'));
        try {
            const env = { GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(dir, 'index') };
            if (parent)
                await this.git.run(['read-tree', parent], { env });
            else
                await this.git.run(['read-tree', '--empty'], { env });
            await this.git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
            const tree = await this.git.line(['write-tree'], { env });
            const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
            return await this.git.line(args, { env: await this.identityEnv() });
        }
        finally {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
    commitFiles(parent, files, message) {
        return commitFiles(this.git, parent, files, message);
    }
    async swap(expected, next) {
        const r = await this.git.run(['update-ref', `refs/heads/${this.branch}`, next, expected ?? ZERO], {
            okCodes: [1, 128],
        });
        return r.code === 0;
    }
    async identityEnv() {
        if (this.identity)
            return this.identity;
        const r = await this.git.run(['var', 'GIT_COMMITTER_IDENT'], { okCodes: [128] });
        const a = await this.git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
        this.identity =
            r.code === 0 && a.code === 0
                ? {}
                : {
                    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
                    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
                    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
                    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
                };
        return this.identity;
    }
}

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
    child;
    header = [];
    body;
    pending = [];
    failed;
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
        if (this.failed)
            return Promise.reject(this.failed);
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ maxBytes, resolve, reject });
            child.stdin.write(`${name}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const args = ['cat-file', '--batch', ...(this.followSymlinks ? ['--follow-symlinks'] : [])];
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        child.stdout.on('data', (chunk) => this.consume(chunk));
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
        return child;
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
                    this.pending.shift()?.resolve({ type: body.type, size: body.size, ...(content ? { content } : {}) });
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
            const [type = '', sizeText = '0'] = fields.length === 2 ? fields : fields.slice(1);
            const size = Number(sizeText);
            const keep = size <= (this.pending[0]?.maxBytes ?? this.maxBytes);
            this.body = { type, size, keep, chunks: [], remaining: size + 1 };
        }
    }
}

;// CONCATENATED MODULE: ./src/git/source.ts



class GitSource {
    git;
    maxBytes;
    batch;
    /** Reads announced by prefetch, by `ref:path`, not taken yet. */
    ahead = new Map();
    /** Reads announced by prefetchBlobs, by `ref:path`, with the most each keeps. */
    aheadBlobs = new Map();
    /** Blob ids of the regular files of commits that prefetch listed, by path. */
    trees = new Map();
    constructor(git, maxBytes = core_document/* DOCUMENT_LIMITS */.PJ.maxBytes) {
        this.git = git;
        this.maxBytes = maxBytes;
        this.batch = new CatFileBatch(git.cwd, maxBytes, true);
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
        const object = /[\n\r\0]/.test(path) ? undefined : await (ahead ?? this.batch.read(name));
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
            const read = this.batch.read(object);
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
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(ref))
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
    /** The blob id of every regular file of a commit, by path, from one `git ls-tree -r` (kept per commit). */
    blobIds(commit) {
        let ids = this.trees.get(commit);
        if (!ids) {
            ids = this.git.run(['ls-tree', '-r', '-z', '--full-tree', commit]).then((r) => regularFiles(r.stdout.toString('utf8')), () => new Map());
            this.trees.set(commit, ids);
        }
        return ids;
    }
    /** Ends the batch reader; reads after this start a new one. */
    close() {
        this.batch.close();
        this.ahead.clear();
        this.aheadBlobs.clear();
        this.trees.clear();
    }
    async listFiles(ref) {
        const out = await this.git.text(['ls-tree', '-r', '--name-only', '-z', ref, '--']);
        return out.split('\0').filter(Boolean);
    }
    async changedFiles(base, head) {
        const out = await this.git.run([
            'diff',
            '--name-status',
            '-z',
            '--find-renames',
            `${base}...${head}`,
            '--',
        ]);
        return parseNameStatus(out.stdout.toString('utf8'));
    }
}
/** Prefetches of fewer paths ask them by path: a listing of the whole tree would cost more. */
const BLOB_IDS_FROM = 32;
/** `<mode> blob <id>\t<path>` records of `git ls-tree -r -z`: the regular files (100644, 100755). */
function regularFiles(listing) {
    const ids = new Map();
    for (const record of listing.split('\0')) {
        const tab = record.indexOf('\t');
        const [mode, type, id] = record.slice(0, tab).split(' ');
        if (tab > 0 && type === 'blob' && id && (mode === '100644' || mode === '100755'))
            ids.set(record.slice(tab + 1), id);
    }
    return ids;
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

;// CONCATENATED MODULE: ./src/git/work-tree.ts
/** Reading a checkout's files (the CLI's --worktree, the action's `source: workspace`), inside the repository only. */




/**
 * A file of the work tree. A symlink is followed only while it stays inside the repository (top), as
 * GitHub's contents API resolves them; one that leaves it is an error, and nothing outside is read.
 */
async function readWorkTreeFile(absolute, shown, top) {
    const [real, root] = await Promise.all([
        (0,promises_namespaceObject.realpath)(absolute).catch(() => undefined),
        (0,promises_namespaceObject.realpath)(top).catch(() => top),
    ]);
    if (real === undefined)
        return undefined;
    if (real !== root && !real.startsWith(`${root}${external_node_path_namespaceObject.sep}`)) {
        throw new diagnostics/* InputError */.dz({ file: shown }, 'is a symlink that leaves the repository: it is not read');
    }
    const info = await (0,promises_namespaceObject.stat)(real).catch(() => undefined);
    if (!info || !info.isFile())
        return undefined;
    if (info.size > core_document/* DOCUMENT_LIMITS */.PJ.maxBytes) {
        throw (0,core_document/* oversizeError */.Aj)(shown, info.size, core_document/* DOCUMENT_LIMITS */.PJ.maxBytes);
    }
    return (0,promises_namespaceObject.readFile)(real, 'utf8');
}

;// CONCATENATED MODULE: ./src/cli/context.ts
/** What every command is handed: parsed options, the repository, output streams and the clock. */






async function openContext(options, output, now) {
    if (!(await isRepository(options.cwd))) {
        throw new UsageError(`${options.cwd} is not inside a git repository`);
    }
    const git = new Git(options.cwd);
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
class FileArgError extends UsageError {
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
    if (colon > 0 && !(await exists((0,external_node_path_namespaceObject.join)(ctx.options.cwd, arg)))) {
        const ref = arg.slice(0, colon);
        const path = arg.slice(colon + 1);
        const sha = await ctx.git.resolve(ref);
        if (!sha)
            throw new UsageError(`unknown revision '${ref}' in '${arg}'`);
        return { ...(await readCommitted(ctx, sha, path, ref)), ref: sha };
    }
    const top = (await once(ctx, 'top', () => ctx.git.line(['rev-parse', '--show-toplevel']))) || ctx.options.cwd;
    const absolute = (0,external_node_path_namespaceObject.isAbsolute)(arg) ? arg : (0,external_node_path_namespaceObject.join)(ctx.options.cwd, arg);
    const path = await repositoryPath(ctx, arg, top);
    if (!ctx.options.worktree) {
        const name = ctx.options.head ?? 'HEAD';
        const sha = await once(ctx, `resolve ${name}`, () => ctx.git.resolve(name));
        const hint = ctx.options.command === 'promote' ? '' : ' (no commit yet? --worktree reads the work tree)';
        if (!sha)
            throw new UsageError(`unknown revision '${name}'${hint}`);
        return readCommitted(ctx, sha, path, name, absolute);
    }
    const text = await readWorkTreeFile(absolute, arg, top);
    if (text === undefined)
        throw new UsageError(`cannot read '${arg}'`);
    return { path, text, read: (p) => readWorkTreeFile((0,external_node_path_namespaceObject.join)(top, p), p, top) };
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
/** A command-line path (relative to the current directory, or absolute) as a path in the repository. */
async function repositoryPath(ctx, arg, top) {
    const given = arg.split(external_node_path_namespaceObject.sep).join('/');
    const path = (0,external_node_path_namespaceObject.isAbsolute)(arg)
        ? (0,external_node_path_namespaceObject.relative)(top, arg).split(external_node_path_namespaceObject.sep).join('/')
        : external_node_path_namespaceObject.posix.normalize(`${await once(ctx, 'prefix', () => ctx.git.line(['rev-parse', '--show-prefix']))}${given}`);
    if (path === '' || path === '.' || path === '..' || path.startsWith('../') || (0,external_node_path_namespaceObject.isAbsolute)(path)) {
        throw new UsageError(`'${arg}' is not a file inside the repository`);
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
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/cli/default-branch.ts
/** The commit the default branch points at: origin/HEAD, else main, else master (as `check` picks its base). */

/** what: how the missing argument is named in the error (`REF`, `--base`). */
async function commitOf(ctx, given, what = 'REF') {
    if (given !== undefined) {
        const sha = await ctx.git.resolve(given);
        if (!sha)
            throw new UsageError(`unknown revision '${given}'`);
        return sha;
    }
    for (const candidate of ['origin/HEAD', 'main', 'master']) {
        const sha = await ctx.git.resolve(candidate);
        if (sha)
            return sha;
    }
    throw new UsageError(`no ${what} given and none of origin/HEAD, main, master exists`);
}

;// CONCATENATED MODULE: ./src/registry/base-baselines.ts
/**
 * The `base` backend: production is the manifest as it is on the base commit, found by the model's name. It
 * does not move (revert the commit instead), so it is never promoted or rolled back and keeps no history;
 * acceptances live on the registry branch.
 */



class BaseCommitBaselines {
    source;
    base;
    manifests;
    acceptances;
    description;
    fixed = true;
    constructor(source, base, manifests, acceptances) {
        this.source = source;
        this.base = base;
        this.manifests = manifests;
        this.acceptances = acceptances;
        this.description = `the base commit ${base.slice(0, 12)}`;
    }
    async baseline(name, candidatePath, previousPath) {
        const path = previousPath ?? candidatePath;
        try {
            // A model that moved to a new path is still compared with itself.
            const found = await findModelVersion(this.source, this.base, name, this.manifests, path);
            if (!found)
                return { kind: 'none' };
            if (!found.ok) {
                const first = found.errors[0];
                return { kind: 'error', error: first ?? new diagnostics/* InputError */.dz({ file: path }, 'invalid manifest at base') };
            }
            return {
                kind: 'found',
                baseline: {
                    ...found.version,
                    source: `base ${this.base.slice(0, 12)}`,
                    commit: this.base,
                    path: found.version.manifest.file,
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
            return { kind: 'error', error: e };
        }
    }
    entry(name) {
        return this.acceptances.entry(name);
    }
    accept(request) {
        return this.acceptances.accept(request);
    }
    async history() {
        return undefined;
    }
    promoteAll() {
        return Promise.reject(new RegistryError('production is the base commit itself: there is nothing to promote'));
    }
    rollback() {
        return Promise.reject(new RegistryError('production is the base commit itself: revert the commit instead'));
    }
}

;// CONCATENATED MODULE: ./src/registry/branch-production.ts



class BranchProduction {
    registry;
    description;
    constructor(registry) {
        this.registry = registry;
        this.description = registry.description;
    }
    get branch() {
        return this.registry.branch;
    }
    entry(name) {
        return this.registry.entry(name);
    }
    async missingRegistry() {
        return (await this.registry.exists()) ? undefined : this.registry.branch;
    }
    baseline(name) {
        return this.registry.baseline(name);
    }
    prefetch(names) {
        return this.registry.prefetch(names);
    }
    async history(name) {
        const entry = await this.registry.entry(name);
        return entry ? { kind: 'events', entry } : undefined;
    }
    /**
     * Every version in one commit of the registry branch: one compare-and-swap for the batch, in which each
     * model's decision (superseded by a newer production, already production from this commit, promoted) is
     * taken against its entry as that attempt reads it.
     */
    async promoteAll(versions, who, containedIn) {
        const superseded = new Map();
        const seen = new Set();
        const twice = new Set();
        const changes = [];
        for (const [i, version] of versions.entries()) {
            const { manifest } = version;
            if (seen.has(manifest.name))
                twice.add(i);
            else {
                seen.add(manifest.name);
                changes.push({
                    name: manifest.name,
                    change: (entry) => this.promotion(entry, version, who, superseded, containedIn),
                });
            }
        }
        const result = changes.length
            ? await this.registry.updateMany(changes, promotionMessage(versions, who))
            : { results: [], attempts: 0 };
        const byName = new Map(result.results.map((r) => [r.name, r]));
        return versions.map((version, i) => {
            const { name: model, version: v } = version.manifest;
            const outcome = byName.get(model);
            if (twice.has(i) || !outcome) {
                return {
                    ok: false,
                    model,
                    version: v,
                    error: new RegistryError(`'${model}' is promoted twice in one batch`),
                };
            }
            if (!outcome.ok)
                return { ok: false, model, version: v, error: outcome.error };
            const held = superseded.get(model);
            return {
                ok: true,
                model,
                version: v,
                written: outcome.changed && result.commit ? [result.commit] : [],
                attempts: result.attempts,
                ...(held ? { superseded: { version: held.version, commit: held.commit } } : {}),
            };
        });
    }
    /** One model's promotion against its entry as an attempt reads it; the entry itself when nothing changes. */
    async promotion(entry, version, who, superseded, containedIn) {
        const { manifest } = version;
        superseded.delete(manifest.name);
        const production = entry?.production;
        if (entry && production?.commit && who.commit && production.commit !== who.commit) {
            if (await containedIn?.(who.commit, production.commit)) {
                superseded.set(manifest.name, production);
                return entry;
            }
        }
        const event = {
            type: 'promote',
            version: manifest.version,
            ...who,
            path: manifest.file,
            manifest: manifest.snapshot,
            metrics: metricValues(version.metrics),
        };
        return applyPromote(entry, manifest.name, event);
    }
    /**
     * The default target is computed once, on the first attempt of the compare-and-swap loop, and kept for
     * the others; a re-run of the same workflow run finds the event it wrote and writes nothing.
     */
    async rollback(name, request) {
        let outcome = 'rolled-back';
        let target = request.to;
        let replayed;
        const result = await this.registry.update(name, (entry) => {
            replayed = rollbackByRun(entry, request.run);
            outcome = replayed ? 'replayed' : 'rolled-back';
            if (replayed && entry)
                return entry;
            target ??= rollbackTarget(entry, name);
            const next = applyRollback(entry, name, { ...request, to: target });
            if (next === entry)
                outcome = 'current';
            return next;
        }, `rollback ${name}${request.to ? ` to ${request.to}` : ''}: ${request.reason}`);
        const production = result.entry.production;
        if (outcome === 'current' && production)
            return this.current(name, request, production);
        const event = replayed ?? (outcome === 'rolled-back' ? result.entry.history.at(-1) : undefined);
        if (!event?.manifest)
            throw new RegistryError(`the rollback of '${name}' was not recorded`);
        const { history } = result.entry;
        return {
            model: name,
            outcome,
            version: event.version,
            ...(event.from ? { from: event.from } : {}),
            ...(event.commit ? { commit: event.commit } : {}),
            written: result.commit ? [result.commit] : [],
            actor: event.actor,
            reason: event.reason ?? '',
            at: event.at,
            snapshot: event.manifest,
            versions: async () => this.rollbackVersions(name, event, history),
        };
    }
    current(name, request, production) {
        return {
            model: name,
            outcome: 'current',
            version: production.version,
            ...(production.commit ? { commit: production.commit } : {}),
            written: [],
            actor: request.actor,
            reason: request.reason,
            snapshot: production.manifest,
            versions: async () => ({}),
        };
    }
    /** The version a rollback event restored, and the one it left, as the history recorded them. */
    rollbackVersions(name, event, history) {
        const at = history.indexOf(event);
        const left = history
            .slice(0, at < 0 ? history.length : at)
            .reverse()
            .find((e) => e.type !== 'accept' && e.manifest && e.version === event.from);
        const file = `${this.registry.branch}:${registryPath(name)}`;
        const restored = {
            manifest: manifestFromSnapshot(event.manifest ?? {}, file),
            metrics: metricsFromRecord(event.metrics ?? {}, file),
        };
        if (!left?.manifest)
            return { restored };
        const baseline = {
            manifest: manifestFromSnapshot(left.manifest, file),
            metrics: metricsFromRecord(left.metrics ?? {}, file),
            source: 'registry',
        };
        return { restored, left: baseline };
    }
    async accept(request) {
        const { name, ...rest } = request;
        const event = { type: 'accept', ...rest };
        await this.registry.update(name, (entry) => applyAccept(entry, name, event), `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`);
    }
}
/** The batch's commit message: the model and version when there is one, else how many. */
function promotionMessage(versions, who) {
    const [only] = versions;
    if (versions.length === 1 && only)
        return `promote ${only.manifest.name} ${only.manifest.version}`;
    const at = who.commit ? ` at ${who.commit.slice(0, 12)}` : '';
    const names = versions.map((v) => `${v.manifest.name} ${v.manifest.version}`).join('\n');
    return `promote ${versions.length} models${at}\n\n${names}`;
}

;// CONCATENATED MODULE: ./src/registry/git-tag-store.ts
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

;// CONCATENATED MODULE: ./src/registry/gto-production.ts

class GtoProduction {
    tags;
    acceptances;
    source;
    manifests;
    tagger;
    description;
    stage;
    constructor(tags, acceptances, source, manifests, 
    /** Who the tags written are by; git's configured identity when undefined. */
    tagger) {
        this.tags = tags;
        this.acceptances = acceptances;
        this.source = source;
        this.manifests = manifests;
        this.tagger = tagger;
        this.description = tags.description;
        this.stage = tags.stage;
    }
    baseline(name, candidatePath, previousPath) {
        return this.tags.baseline(name, candidatePath, previousPath);
    }
    entry(name) {
        return this.acceptances.entry(name);
    }
    accept(request) {
        return this.acceptances.accept(request);
    }
    async history(name) {
        const model = await this.tags.model(name);
        return model ? { kind: 'stages', model } : undefined;
    }
    /**
     * GTO keeps production in tags, one compare-and-swap per model: the versions are tagged model by model
     * (GTO's own format has no batch), each with its ordering decision taken against the tags of its attempt.
     */
    async promoteAll(versions, who, containedIn) {
        const commit = who.commit;
        if (!commit)
            throw new Error('a GTO promotion needs the commit the version comes from');
        const results = [];
        for (const version of versions) {
            try {
                const change = await this.tags.promote(version, commit, this.tagger, containedIn);
                results.push({
                    ok: true,
                    model: change.model,
                    version: change.version,
                    written: change.created,
                    ...(change.superseded ? { superseded: change.superseded } : {}),
                });
            }
            catch (error) {
                results.push({ ok: false, model: version.manifest.name, version: version.manifest.version, error });
            }
        }
        return results;
    }
    async rollback(name, request) {
        const change = await this.tags.rollback(name, request.to, request.reason, this.tagger, request.run);
        return {
            model: change.model,
            outcome: change.outcome ?? 'rolled-back',
            version: change.version,
            ...(change.from ? { from: change.from } : {}),
            commit: change.commit,
            written: change.created,
            actor: request.actor,
            reason: request.reason,
            versions: () => this.rollbackVersions(name, change.commit, change.from),
        };
    }
    /** The version restored, read from the manifest at its commit, and the version left, at the commit GTO has for it. */
    async rollbackVersions(name, commit, from) {
        const restored = await this.manifestAt(commit, name);
        const state = from === undefined ? undefined : await this.tags.model(name);
        const leftCommit = state?.versions.find((v) => v.version === from)?.commit;
        const left = leftCommit === undefined ? undefined : await this.manifestAt(leftCommit, name);
        return { ...(restored ? { restored } : {}), ...(left ? { left: { ...left, source: 'gto' } } : {}) };
    }
    /** The model's manifest at a commit, wherever it lives there. */
    async manifestAt(commit, name) {
        const found = await findModelVersion(this.source, commit, name, this.manifests);
        return found?.ok ? found.version : undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/gto/tags.ts
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

const tags_NAME = GTO_NAME;
const DIRNAME = String.raw `[a-zA-Z0-9_./-]+`;
const TAG_RE = new RegExp(String.raw `^(?<artifact>(?:${DIRNAME}=)?${tags_NAME})(?:(?:#(?<stage>${tags_NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${tags_NAME}$`);
const STAGE_RE = new RegExp(`^${tags_NAME}$`);
const HEXSHA_RE = /^[0-9a-fA-F]{40}$/;
const MAX_TAG_LENGTH = 1024;
const SEPARATOR_IN_NAME = ':';
const SEPARATOR_IN_TAG = '=';
/** The artifact name as it appears in tag names: `dir:name` becomes `dir=name`. */
function tags_tagSafeName(model) {
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
function tags_toGtoVersion(version) {
    if (!parseSemVer(version))
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

;// CONCATENATED MODULE: ./src/core/gto/state.ts
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



const byName = core_text/* byText */.z4;
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
        const parsed = name(x).startsWith('v') ? parseSemVer(name(x)) : undefined;
        if (parsed)
            semver.push({ x, parsed });
        else
            others.push(x);
    }
    return [
        ...semver
            .sort((a, b) => compareSemVer(a.parsed, b.parsed))
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
        const raw = matchTag(tag.name);
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

;// CONCATENATED MODULE: ./src/core/gto/write.ts
/**
 * Writing tags like GTO does: names, counters and messages.
 *
 * - New tags (gto/tag.py `name_tag`, gto/api.py defaults, gto/registry.py messages): register, deregister and
 *   deprecate tags carry no counter; assign and unassign tags end in `#N`, N = 1 + the greatest counter among
 *   all tags of the artifact (every stage and action, lightweight tags included).

 */

function checkModel(model) {
    if (!isGtoModelName(model))
        throw new Error(`'${model}' is not a GTO artifact name`);
}
function checkStage(stage) {
    if (!isGtoStageName(stage))
        throw new Error(`'${stage}' is not a GTO stage name`);
}
function checkCounter(counter) {
    if (!Number.isSafeInteger(counter) || counter < 0)
        throw new Error(`'${counter}' is not a tag counter`);
}
/** `model@vX.Y.Z` (as `gto register` writes it: no counter). */
function registerTagName(model, version) {
    checkModel(model);
    return `${tags_tagSafeName(model)}@${tags_toGtoVersion(version)}`;
}
/** `model@vX.Y.Z!` (as `gto deprecate model vX.Y.Z` writes it: no counter). */
function deregisterTagName(model, version) {
    return `${registerTagName(model, version)}!`;
}
/** `model#stage#N`. */
function assignTagName(model, stage, counter) {
    checkModel(model);
    checkStage(stage);
    checkCounter(counter);
    return `${tags_tagSafeName(model)}#${stage}#${counter}`;
}
/** `model#stage!#N`. */
function unassignTagName(model, stage, counter) {
    checkModel(model);
    checkStage(stage);
    checkCounter(counter);
    return `${tagSafeName(model)}#${stage}!#${counter}`;
}
/** `model@deprecated` (as `gto deprecate model` writes it: no counter). */
function deprecateTagName(model) {
    checkModel(model);
    return `${tagSafeName(model)}@deprecated`;
}
/**
 * The `N` for a new `#N` tag: one more than the greatest counter on any tag of the model, whatever its stage or
 * action, lightweight tags included. GTO's counter is per artifact, so the stage does not matter.
 */
function nextCounter(tags, model, _stage) {
    let max = 0;
    for (const tag of tags) {
        const raw = matchTag(tag.name);
        if (raw && raw.model === model && raw.counter !== undefined && raw.counter > max)
            max = raw.counter;
    }
    return max + 1;
}
/** A version as GTO writes it in messages: SemVer gets its `v`; a commit hash (unregistered) stays as it is. */
function messageVersion(version) {
    return HEXSHA_RE.test(version) ? version : tags_toGtoVersion(version);
}
/** `Registering artifact <model> version <vX.Y.Z>` */
function registerTagMessage(model, version) {
    return `Registering artifact ${model} version ${tags_toGtoVersion(version)}`;
}
/** `Deregistering artifact <model> version <vX.Y.Z>` */
function deregisterTagMessage(model, version) {
    return `Deregistering artifact ${model} version ${toGtoVersion(version)}`;
}
/** `Assigning stage <stage> to artifact <model> version <vX.Y.Z>` */
function assignTagMessage(model, stage, version) {
    return `Assigning stage ${stage} to artifact ${model} version ${messageVersion(version)}`;
}
/** `Unassigning stage '<stage>' to artifact '<model>' version '<vX.Y.Z>'` (GTO's wording, quotes and all). */
function unassignTagMessage(model, stage, version) {
    return `Unassigning stage '${stage}' to artifact '${model}' version '${messageVersion(version)}'`;
}
/** `Deprecating artifact '<model>'` */
function deprecateTagMessage(model) {
    return `Deprecating artifact '${model}'`;
}

;// CONCATENATED MODULE: ./src/gate/baseline-warning.ts
/**
 * Production that exists but has nothing to compare with (a repository adopting Model Gate: GTO's production
 * commit has no manifest, or a DVC project's metrics are not in git): a warning, with the command that fixes
 * it, never an error on the candidate.
 */

function backendOf(description) {
    if (description.startsWith('GTO'))
        return 'gto';
    if (description.startsWith('the base commit'))
        return 'base';
    return 'branch';
}
/** "production v3.0.0 has no recorded metrics (why): no metric is compared; how to fix it". */
function noRecordedMetrics(version, why, candidatePath, backend) {
    return `production ${version} has no recorded metrics (${why}): no metric is compared; ${fixFor(candidatePath, backend)}`;
}
function fixFor(path, backend) {
    if (implicit_manifest_isImplicitPath(path)) {
        return `write a model.yaml for it beside ${path.slice(0, path.lastIndexOf(':'))} with its metrics (docs/dvc-and-gto.md), then promote it`;
    }
    if (backend === 'base')
        return `production gets metrics once ${path} with metrics is merged`;
    const registry = backend === 'gto' ? ' --registry gto' : '';
    return `after merging, \`model-gate promote ${path}${registry}\` records this version, with its metrics, as production`;
}

;// CONCATENATED MODULE: ./src/registry/gto-registry.ts
/**
 * The `gto` registry: production is what GTO's tags say (the newest active assignment of the production
 * stage), read from the manifest at the tagged commit. Promotion and rollback write GTO-format annotated
 * tags, so `gto show` agrees with Model Gate. Acceptances still live on the registry branch.
 */








class GtoRegistry {
    tags;
    source;
    stage;
    manifests;
    retry;
    description;
    cached;
    constructor(tags, source, stage, manifests, retry = COMPARE_AND_SWAP) {
        this.tags = tags;
        this.source = source;
        this.stage = stage;
        this.manifests = manifests;
        this.retry = retry;
        this.description = `GTO tags (stage ${stage})`;
    }
    all(fresh = false) {
        if (fresh || !this.cached)
            this.cached = this.tags.list((name) => parseGtoTag(name) !== undefined);
        return this.cached;
    }
    /**
     * The GTO artifact name of a model: its manifest name, or a monorepo name `dir:name` whose `dir` holds the
     * manifest (GTO writes it `dir=name` in tags); without a manifest path, the only monorepo name that fits.
     */
    async artifactName(name, manifestPath, fresh = false) {
        const state = gtoState(await this.all(fresh));
        if (findGtoModel(state, name))
            return name;
        const candidates = state.models.map((m) => m.model).filter((m) => m.endsWith(`:${name}`));
        if (manifestPath === undefined)
            return candidates.length === 1 && candidates[0] ? candidates[0] : name;
        const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/')) : '';
        const monorepo = candidates
            .filter((m) => {
            const prefix = m.slice(0, m.length - name.length - 1);
            return dir === prefix || dir.startsWith(`${prefix}/`);
        })
            .sort((a, b) => b.length - a.length);
        return monorepo[0] ?? name;
    }
    async model(name, manifestPath) {
        return findGtoModel(gtoState(await this.all()), await this.artifactName(name, manifestPath));
    }
    async baseline(name, candidatePath, previousPath) {
        const path = previousPath ?? candidatePath;
        try {
            const artifact = await this.artifactName(name, path);
            const holder = productionVersion(await this.all(), artifact, this.stage);
            if (!holder)
                return { kind: 'none' };
            const where = { file: `${holder.tag} (${holder.commit.slice(0, 12)})` };
            const found = await findModelVersion(this.source, holder.commit, name, this.manifests, path, holder.version);
            if (!found) {
                const why = `${holder.tag} (${holder.commit.slice(0, 12)}) has no manifest named ${(0,diagnostics/* quote */.hD)(name)}`;
                return { kind: 'none', warning: noRecordedMetrics(holder.version, why, candidatePath, 'gto') };
            }
            if (!found.ok)
                return { kind: 'error', error: found.errors[0] ?? new diagnostics/* InputError */.dz(where, 'invalid manifest') };
            const loaded = found;
            if (tags_toGtoVersion(loaded.version.manifest.version) !== holder.version) {
                return {
                    kind: 'error',
                    error: new diagnostics/* InputError */.dz(where, `${holder.tag} names ${holder.version}, but the manifest at its commit says ${loaded.version.manifest.version}`),
                };
            }
            return {
                kind: 'found',
                baseline: {
                    ...loaded.version,
                    source: `GTO ${holder.tag} (${holder.version})`,
                    commit: holder.commit,
                    path: loaded.version.manifest.file,
                },
            };
        }
        catch (error) {
            const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
            return { kind: 'error', error: e };
        }
    }
    /** Another writer took the tag this attempt meant to write: wait as the shared policy says, unless it was the last. */
    async lostSwap(attempt) {
        if (attempt < this.retry.attempts)
            await (this.retry.sleep ?? realSleep)(backoffDelay(this.retry, attempt));
    }
    /**
     * Register the version at commit (unless GTO has it already) and assign the production stage to it. With
     * containedIn, a holder from a commit that already contains this one is kept: the decision is taken on
     * every attempt, against the tags read in that attempt.
     */
    async promote(version, commit, tagger, containedIn) {
        const { manifest } = version;
        const gtoVersion = tags_toGtoVersion(manifest.version);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(manifest.name, manifest.file);
            const model = findGtoModel(gtoState(tags), artifact);
            const existing = model?.versions.find((v) => v.registered && v.version === gtoVersion);
            if (existing && existing.commit !== commit) {
                throw new RegistryError(`${artifact} ${gtoVersion} is already registered at ${existing.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`);
            }
            const current = productionVersion(tags, artifact, this.stage);
            if (current?.version === gtoVersion && current.commit === commit) {
                return { model: artifact, version: gtoVersion, commit, created: [] };
            }
            if (current && current.commit !== commit && (await containedIn?.(commit, current.commit))) {
                const superseded = { version: current.version, commit: current.commit };
                return { model: artifact, version: gtoVersion, commit, created: [], superseded };
            }
            const created = [];
            if (!existing) {
                const name = registerTagName(artifact, gtoVersion);
                if (!(await this.tags.create({
                    name,
                    commit,
                    message: registerTagMessage(artifact, gtoVersion),
                    ...(tagger ? { tagger } : {}),
                }))) {
                    await this.lostSwap(attempt);
                    continue;
                }
                created.push(name);
            }
            const name = assignTagName(artifact, this.stage, nextCounter(tags, artifact));
            const message = assignTagMessage(artifact, this.stage, gtoVersion);
            if (await this.tags.create({ name, commit, message, ...(tagger ? { tagger } : {}) })) {
                return {
                    model: artifact,
                    version: gtoVersion,
                    commit,
                    created: [...created, name],
                    ...(current ? { from: current.version } : {}),
                };
            }
            await this.lostSwap(attempt);
        }
        throw new RegistryError(`gave up after ${this.retry.attempts} attempts: GTO tags of ${manifest.name} kept changing`);
    }
    /**
     * Assign the production stage again to an earlier version: by default the one that held it before,
     * computed once before the first attempt. With run, the tag message records the run, and a re-run of it
     * (a later attempt) finds that tag and writes nothing. A target that holds the stage already writes nothing.
     */
    async rollback(name, to, reason, tagger, run) {
        let target = to === undefined ? undefined : tags_toGtoVersion(to);
        for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
            const tags = await this.all(true);
            const artifact = await this.artifactName(name);
            const replayed = run ? rollbackOfRun(tags, artifact, run) : undefined;
            if (replayed)
                return { model: artifact, created: [], outcome: 'replayed', ...replayed };
            const model = findGtoModel(gtoState(tags), artifact);
            const current = productionVersion(tags, artifact, this.stage);
            if (!model || !current)
                throw new RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no version in stage ${(0,diagnostics/* quote */.hD)(this.stage)} to roll back`);
            target ??= previousStageVersion(tags, artifact, this.stage)?.version;
            if (target === undefined)
                throw new RegistryError(`model ${(0,diagnostics/* quote */.hD)(name)} has no earlier version in stage ${(0,diagnostics/* quote */.hD)(this.stage)}`);
            if (target === current.version)
                return { model: artifact, version: target, commit: current.commit, created: [], outcome: 'current' };
            const version = model.versions.find((v) => v.version === target && v.registered && v.active);
            if (!version) {
                const known = model.versions.filter((v) => v.registered && v.active).map((v) => v.version);
                throw new RegistryError(`version ${(0,diagnostics/* quote */.hD)(target)} of ${(0,diagnostics/* quote */.hD)(name)} is not a registered GTO version (known: ${known.join(', ') || 'none'})`);
            }
            const tag = assignTagName(artifact, this.stage, nextCounter(tags, artifact));
            const message = `${assignTagMessage(artifact, this.stage, target)}\n\nRollback from ${current.version}: ${reason}${run ? `\n${RUN_TRAILER}${runOf(run)}` : ''}`;
            if (await this.tags.create({ name: tag, commit: version.commit, message, ...(tagger ? { tagger } : {}) })) {
                return {
                    model: artifact,
                    version: target,
                    commit: version.commit,
                    created: [tag],
                    from: current.version,
                };
            }
            await this.lostSwap(attempt);
        }
        throw new RegistryError(`gave up after ${this.retry.attempts} attempts: GTO tags of ${name} kept changing`);
    }
}
const RUN_TRAILER = 'Model-Gate-Run: ';
/** The rollback a run wrote, found by the run recorded in its tag's message. */
function rollbackOfRun(tags, artifact, run) {
    const line = `${RUN_TRAILER}${runOf(run)}`;
    for (const tag of tags) {
        const message = tag.message ?? '';
        if (!message.split('\n').includes(line))
            continue;
        const parsed = parseGtoTag(tag.name);
        const version = / version (\S+)$/.exec(message.split('\n')[0] ?? '')?.[1];
        if (parsed?.model !== artifact || !version)
            continue;
        const from = /^Rollback from (\S+): /m.exec(message)?.[1];
        return { version, commit: tag.commit, ...(from ? { from } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cli/production.ts







/**
 * The registry branch, local (else origin's), read through the source's open `git cat-file --batch`, not a
 * process per entry.
 */
function registryStore(ctx) {
    return new GitBranchStore(ctx.git, ctx.options.registryBranch, 'origin', ctx.source);
}
/**
 * Production for this command. base: the commit `check` compares with; only the `base` backend reads it
 * (the other commands never read a baseline of it). Acceptances live on the registry branch.
 */
function openProduction(ctx, base = 'HEAD') {
    const { options } = ctx;
    const branch = new BranchProduction(new BranchRegistry(registryStore(ctx)));
    if (options.registry === 'base')
        return new BaseCommitBaselines(ctx.source, base, options.manifests, branch);
    if (options.registry === 'gto') {
        const tags = new GtoRegistry(new GitTagStore(ctx.git), ctx.source, options.productionStage, options.manifests);
        return new GtoProduction(tags, branch, ctx.source, options.manifests);
    }
    return branch;
}

;// CONCATENATED MODULE: ./src/cli/commands/adopt.ts
/**
 * `model-gate adopt [REF]`: register today's production of every model declared at a commit (default: the
 * default branch) in one commit of the registry branch, then say how to publish it. It never overwrites a
 * production: a model the registry already has in production stops the whole adoption, and nothing is written.
 */













async function adopt(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new UsageError(`adopt takes at most one REF (got '${rest[0]}')`);
    const production = openProduction(ctx);
    if (production.fixed || production.stage !== undefined) {
        throw new UsageError(`adopt writes the branch registry; with --registry ${ctx.options.registry} production is already recorded`);
    }
    const commit = await commitOf(ctx, ref);
    const versions = await readVersions(ctx, commit);
    if (!versions)
        return 1;
    const store = registryStore(ctx);
    const who = {
        actor: await actor(ctx),
        at: ctx.now(),
        commit,
        reason: ctx.options.reason ?? 'adopted by model-gate adopt',
    };
    const outcome = await withBackoff(COMPARE_AND_SWAP, async () => {
        const tip = await store.tip();
        const existing = tip.parent ? await adopt_registered(ctx, tip.parent) : new Set();
        const files = new Map();
        const refused = [];
        for (const v of versions) {
            const name = v.manifest.name;
            const entry = existing.has(name) && tip.parent ? await readEntry(store, tip.parent, name) : undefined;
            if (entry?.production)
                refused.push(`${name} (production ${entry.production.version})`);
            else
                files.set(registryPath(name), serializeEntry(applyPromote(entry, name, eventOf(v, who))));
        }
        if (refused.length)
            return { refused };
        const message = `adopt ${versions.length} model${versions.length === 1 ? '' : 's'} at ${commit.slice(0, 12)}`;
        const next = await commitFiles(ctx.git, tip.parent, files, message);
        return (await store.swap(tip.expected, next)) ? { next } : LOST;
    }, (attempts) => new RegistryConflictError(store.branch, attempts));
    if ('refused' in outcome) {
        ctx.err(`model-gate: ${store.branch} already has a production for ${outcome.refused.map((r) => (0,report_escape/* escapeTerminal */.en)(r)).join(', ')}: adopt never overwrites one (use promote); nothing was written\n`);
        return 1;
    }
    return done(ctx, versions, commit, outcome.next);
}
/** Every model at the commit; undefined (after saying why) when one is invalid or declared twice. */
async function readVersions(ctx, commit) {
    const models = await modelsAt(ctx.source, commit, ctx.options.manifests);
    const problems = models.flatMap((m) => (m.errors ?? []).map((e) => e.message));
    const byName = new Map();
    for (const m of models)
        if (m.name)
            byName.set(m.name, [...(byName.get(m.name) ?? []), m.path]);
    for (const [name, paths] of byName) {
        if (paths.length > 1)
            problems.push(`model '${name}' is declared by more than one manifest: ${paths.join(' and ')}`);
    }
    if (problems.length) {
        for (const p of problems)
            ctx.err(`${(0,report_escape/* escapeTerminal */.en)(p, 400)}\n`);
        ctx.err(`model-gate: nothing was adopted: fix the manifests above at ${commit.slice(0, 12)} first\n`);
        return undefined;
    }
    const versions = models.flatMap((m) => (m.version ? [m.version] : []));
    if (!versions.length) {
        ctx.err(`model-gate: no model at ${commit.slice(0, 12)} (manifests: ${(0,report_escape/* escapeTerminal */.en)(ctx.options.manifests)}): nothing to adopt\n`);
        return undefined;
    }
    return versions;
}
function eventOf(v, who) {
    return {
        type: 'promote',
        version: v.manifest.version,
        ...who,
        path: v.manifest.file,
        manifest: v.manifest.snapshot,
        metrics: metricValues(v.metrics),
    };
}
/** The model names the registry has an entry for at the tip. */
async function adopt_registered(ctx, tip) {
    const names = new Set();
    const dir = `${REGISTRY_DIR}/`;
    for (const p of await ctx.source.listFiles(tip)) {
        if (p.startsWith(dir) && p.endsWith('.json'))
            names.add(p.slice(dir.length, -'.json'.length));
    }
    return names;
}
async function readEntry(store, tip, name) {
    const text = await store.readFile(tip, registryPath(name));
    return text === undefined ? undefined : parseRegistryEntry(text, `${store.branch}:${registryPath(name)}`);
}
async function done(ctx, versions, commit, next) {
    const branch = ctx.options.registryBranch;
    for (const v of versions)
        ctx.out(`adopted ${(0,report_escape/* escapeTerminal */.en)(v.manifest.name)} ${(0,report_escape/* escapeTerminal */.en)(v.manifest.version, 60)} (${(0,report_escape/* escapeTerminal */.en)(v.manifest.file)})\n`);
    ctx.out(`${versions.length} model${versions.length === 1 ? '' : 's'} from ${commit.slice(0, 12)} registered in one commit on ${branch} (${next.slice(0, 12)}). Publish it:\n`);
    const remotes = (await ctx.git.text(['remote'])).split('\n').filter(Boolean);
    const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? '<remote>');
    ctx.out(`  git push ${remote} ${branch}\n`);
    return 0;
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts + 1 modules
var markdown = __nccwpck_require__(698);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/core/digest.ts
/**
 * The digest of a production version (see baselineDigest in compare.ts): the 64-bit FNV-1a of
 * JSON.stringify([version, snapshot, metrics]), metrics an object of the values by name in code-unit order.
 * Acceptances store it, so the text hashed may never change. That text is never built: the hash is fed
 * what JSON.stringify would write, piece by piece, as the values are walked. Anything that is not plain
 * data (a toJSON method, a class instance, a boxed value, a nesting deeper than MAX_DEPTH) is handed to
 * JSON.stringify itself, and its text is fed instead.
 */

/** The digest of a production version: fnv1a(JSON.stringify([version, snapshot, metrics])), as 16 hex digits. */
function digest(version, snapshot, metrics) {
    const hash = new Fnv1a();
    hash.add('[');
    hash.add(jsonText(version) ?? 'null');
    hash.add(',');
    hash.value(snapshot);
    hash.add(',');
    hash.metrics(metrics);
    hash.add(']');
    return hash.hex();
}
/** 64-bit FNV-1a of the UTF-16 code units of text, as 16 hex digits. */
function fnv1a(text) {
    const hash = new Fnv1a();
    hash.add(text);
    return hash.hex();
}
/** Beyond this nesting, a value goes to JSON.stringify (which also reports a cycle as it always has). */
const MAX_DEPTH = 200;
/** From this length on, a text is copied into `units` at once and hashed from there: charCodeAt costs more. */
const LONG = 32;
let units = new Uint16Array(4096);
let unitBytes = external_node_buffer_namespaceObject.Buffer.from(units.buffer);
/** Constant texts as their code units: a typed array reads faster than charCodeAt. */
const codesOf = (text) => Uint16Array.from(text, (c) => c.charCodeAt(0));
/** What comes before a member's name: the first, a next one, a next one after a metric {value: number}. */
const FIRST = codesOf('{"');
const NEXT = codesOf(',"');
const NEXT_AFTER_VALUE = codesOf('},"');
/** What comes after a member's name: its value, or a metric's {value: number}. */
const COLON = codesOf('":');
const VALUE_KEY = codesOf('":{"value":');
/**
 * 64-bit FNV-1a over UTF-16 code units, fed piece by piece: a content fingerprint (not a security
 * boundary: the base is trusted). The state is three limbs, every product exact in 32 bits: lo and mid of
 * 16 bits, hi of 32 (its product by Math.imul, mod 2^32). The prime is 2^40 + 0x1b3, so h * prime is
 * h * 0x1b3 plus h shifted up by 40 bits, mod 2^64: lo lands 8 bits up in hi, mid 24 bits up, hi beyond.
 */
class Fnv1a {
    lo = 0x2325;
    mid = 0x8422;
    hi = 0xcbf29ce4 | 0;
    /** Feeds every code unit of text. */
    add(text) {
        if (text.length >= LONG)
            return this.addLong(text);
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < text.length; i++) {
            lo ^= text.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a long text: its code units copied into `units` by one native write (lone surrogates kept). */
    addLong(text) {
        const n = text.length;
        if (n > units.length) {
            units = new Uint16Array(Math.max(n, 2 * units.length));
            unitBytes = external_node_buffer_namespaceObject.Buffer.from(units.buffer);
        }
        unitBytes.write(text, 0, 'utf16le');
        const codes = units;
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < n; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /**
     * Feeds JSON.stringify(text): the quotes and the code units as they are, or, for a string with a quote,
     * a backslash, a control character or a surrogate (what JSON.stringify may escape), its JSON text.
     */
    quoted(text) {
        if (text.length >= LONG) {
            if (NEEDS_ESCAPE.test(text))
                return this.addLong(JSON.stringify(text));
            this.add('"');
            this.addLong(text);
            this.add('"');
            return;
        }
        let lo = this.lo ^ 0x22; // the opening quote
        let mid = this.mid;
        let hi = this.hi;
        for (let i = -1; i < text.length; i++) {
            if (i >= 0) {
                const c = text.charCodeAt(i);
                if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800) {
                    this.add(JSON.stringify(text)); // the state is still what it was before the string
                    return;
                }
                lo ^= c;
            }
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add('"');
    }
    /** Feeds JSON.stringify(value) ?? 'null'. */
    value(value) {
        const { lo, mid, hi } = this;
        if (this.plain(value, 0))
            return;
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add(JSON.stringify(value) ?? 'null');
    }
    /**
     * Feeds JSON.stringify(value) if value is plain data (value is not undefined, a function or a symbol):
     * false, the state then undefined, when it is not.
     */
    plain(value, depth) {
        switch (typeof value) {
            case 'number':
                this.add(Number.isFinite(value) ? String(value) : 'null');
                return true;
            case 'string':
                this.quoted(value);
                return true;
            case 'boolean':
                this.add(value ? 'true' : 'false');
                return true;
            case 'object':
                if (value === null) {
                    this.add('null');
                    return true;
                }
                if (depth >= MAX_DEPTH || typeof value.toJSON === 'function')
                    return false;
                if (Array.isArray(value))
                    return this.array(value, depth);
                return isPlainObject(value) && this.object(value, depth);
            default:
                return false;
        }
    }
    array(items, depth) {
        this.add('[');
        for (let i = 0; i < items.length; i++) {
            if (i)
                this.add(',');
            const item = items[i];
            if (isSkipped(item))
                this.add('null');
            else if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(']');
        return true;
    }
    /**
     * The names and the values in two native calls, both in the order JSON.stringify lists them (own
     * enumerable string keys), not one property lookup per name: a mapping of hundreds of names is a
     * dictionary. The parsers make data properties only; a getter that removed a name would show here as
     * lists of two lengths, and the object then goes to JSON.stringify.
     */
    object(map, depth) {
        const keys = Object.keys(map);
        const values = Object.values(map);
        if (keys.length !== values.length)
            return false;
        let before = FIRST;
        for (let i = 0; i < keys.length; i++) {
            const item = values[i];
            if (isSkipped(item))
                continue;
            this.member(before, keys[i], COLON);
            before = NEXT;
            if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(before === FIRST ? '{}' : '}');
        return true;
    }
    /**
     * Feeds JSON.stringify of an object holding each metric's value under its name, names added in code-unit
     * order (what Array.prototype.sort does without a comparator). Like any object, it lists its array-index
     * names ('0', '17', ...) first, in numeric order. Names already in that order are not sorted again.
     */
    metrics(metrics) {
        // With no enumerable name on Object.prototype, for-in over a metric lists its own enumerable names.
        let clean = true;
        for (const _ in Object.prototype)
            clean = false;
        let before = FIRST;
        const names = jsonOrder(metrics);
        if (names === undefined) {
            for (const [name, located] of metrics)
                before = this.metric(before, name, located.metric, clean);
        }
        else {
            for (const name of names)
                before = this.metric(before, name, metrics.get(name).metric, clean);
        }
        this.add(before === FIRST ? '{}' : before === NEXT ? '}' : '}}');
    }
    /** Feeds one metric of metrics() with what comes before it: returns what comes before the next one. */
    metric(before, name, metric, clean) {
        const value = clean ? onlyValue(metric) : undefined;
        if (value !== undefined) {
            this.member(before, name, VALUE_KEY);
            this.add(Number.isFinite(value) ? String(value) : 'null');
            return NEXT_AFTER_VALUE; // the closing brace of {"value": ...} is fed with what follows
        }
        const text = jsonText(metric);
        if (text === undefined)
            return before;
        this.member(before, name, COLON);
        this.add(text);
        return NEXT;
    }
    /**
     * Feeds before, name and after: before ends with a quote and after starts with one, so this is a member's
     * name as JSON.stringify writes it. A name with what JSON.stringify may escape (see quoted) is written
     * by JSON.stringify, without its quotes; a long one is fed by add (from a copy).
     */
    member(before, name, after) {
        const n = name.length;
        for (let i = 0; i < n; i++) {
            const c = name.charCodeAt(i);
            if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800 || n >= LONG) {
                this.codes(before);
                this.add(NEEDS_ESCAPE.test(name) ? JSON.stringify(name).slice(1, -1) : name);
                this.codes(after);
                return;
            }
        }
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < before.length; i++) {
            lo ^= before[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < n; i++) {
            lo ^= name.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < after.length; i++) {
            lo ^= after[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a text given as its code units (a constant: a typed array reads faster than charCodeAt). */
    codes(codes) {
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < codes.length; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    hex() {
        return hex8(this.hi) + hex8((this.mid << 16) | this.lo);
    }
}
/**
 * The names of metrics in code-unit order, array indexes first in numeric order, as an object lists them;
 * undefined when the map's own order is that already (sorted names, none an array index): checked in one pass.
 */
function jsonOrder(metrics) {
    let previous;
    let ordered = true;
    for (const name of metrics.keys()) {
        if ((previous !== undefined && previous >= name) || isArrayIndex(name)) {
            ordered = false;
            break;
        }
        previous = name;
    }
    if (ordered)
        return undefined;
    const names = [...metrics.keys()].sort();
    if (!names.some(isArrayIndex))
        return names;
    const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    return [...indexes, ...names.filter((n) => !isArrayIndex(n))];
}
function hex8(word) {
    return (word >>> 0).toString(16).padStart(8, '0');
}
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isSkipped(value) {
    const type = typeof value;
    return type === 'undefined' || type === 'function' || type === 'symbol';
}
/**
 * The value of the usual metric {value: number}, when that is all JSON.stringify would see of it: a plain
 * object whose only enumerable name is value (for-in lists no inherited name: see metrics()), no toJSON.
 */
function onlyValue(metric) {
    if (Object.getPrototypeOf(metric) !== Object.prototype)
        return undefined;
    let count = 0;
    for (const key in metric)
        if (key !== 'value' || ++count > 1)
            return undefined;
    const value = metric.value;
    if (count !== 1 || typeof value !== 'number' || 'toJSON' in metric)
        return undefined;
    return value;
}
/** A canonical array index, '0' to '4294967294': the property names an object lists first. */
function isArrayIndex(name) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57 || name.length > 10)
        return false;
    if (!/^(?:0|[1-9][0-9]*)$/.test(name))
        return false;
    return Number(name) < 4294967295;
}
/** What JSON.stringify quotes or escapes: a quote, a backslash, a control character, a surrogate. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quoted(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/**
 * JSON.stringify(value), byte for byte. Numbers, strings, booleans, null, arrays and objects of plain
 * data are written here; anything else (a toJSON method, a class instance, a boxed value) goes to
 * JSON.stringify itself.
 */
function jsonText(value) {
    switch (typeof value) {
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'string':
            return quoted(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            if (value === null)
                return 'null';
            if (typeof value.toJSON === 'function')
                return JSON.stringify(value);
            if (Array.isArray(value))
                return arrayText(value);
            if (isPlainObject(value))
                return objectText(value);
            return JSON.stringify(value);
        default:
            return JSON.stringify(value);
    }
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function arrayText(items) {
    let text = '';
    for (let i = 0; i < items.length; i++)
        text += `${i ? ',' : ''}${jsonText(items[i]) ?? 'null'}`;
    return `[${text}]`;
}
function objectText(map) {
    let text = '';
    for (const key of Object.keys(map)) {
        const value = jsonText(map[key]);
        if (value === undefined)
            continue;
        text += `${text ? ',' : ''}${quoted(key)}:${value}`;
    }
    return `{${text}}`;
}

;// CONCATENATED MODULE: ./src/core/snapshot-diff.ts
/**
 * "What changed" besides the metrics: every key of the snapshot that was added, removed or changed, by
 * section. Data entries are matched by name, so a reordered list is not a change.
 */


/** Sections compared elsewhere (identity and metrics) are left out of the snapshot diff. */
const NOT_DIFFED = new Set(['name', 'version', 'metrics']);
/** Order in which sections appear in a report; anything else follows alphabetically. */
const SECTION_ORDER = ['data', 'weights', 'architecture', 'hyperparameters', 'evaluation', 'deployment'];
function diffSnapshots(before, after) {
    const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((s) => !NOT_DIFFED.has(s))
        .sort((a, b) => rank(a) - rank(b) || (0,core_text/* byText */.z4)(a, b));
    const changes = [];
    for (const section of sections) {
        const a = section === 'data' ? keyByName(before[section]) : before[section];
        const b = section === 'data' ? keyByName(after[section]) : after[section];
        diffValue(section, '', a, b, changes);
    }
    return changes;
}
function rank(section) {
    const i = SECTION_ORDER.indexOf(section);
    return i === -1 ? SECTION_ORDER.length : i;
}
/** data: [{name: train, ...}] becomes {train: {...}} so entries are compared by name. */
function keyByName(value) {
    if (!Array.isArray(value))
        return value;
    const out = {};
    value.forEach((item, i) => {
        const name = (0,core_document/* isPlainMap */.nK)(item) && typeof item.name === 'string' ? item.name : `#${i}`;
        if ((0,core_document/* isPlainMap */.nK)(item)) {
            const rest = {};
            for (const [k, v] of Object.entries(item))
                if (k !== 'name')
                    rest[k] = v;
            Object.defineProperty(out, name, { value: rest, enumerable: true, writable: true, configurable: true });
        }
        else {
            Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
        }
    });
    return out;
}
function diffValue(section, key, a, b, out) {
    if (a === undefined && b === undefined)
        return;
    const aMap = (0,core_document/* isPlainMap */.nK)(a ?? null);
    const bMap = (0,core_document/* isPlainMap */.nK)(b ?? null);
    // A mapping added or removed whole is listed key by key, so its contents can be read.
    if ((aMap && (bMap || b === undefined)) || (bMap && a === undefined)) {
        const am = (a ?? {});
        const bm = (b ?? {});
        const keys = [...new Set([...Object.keys(am), ...Object.keys(bm)])];
        for (const k of keys)
            diffValue(section, key ? `${key}.${k}` : k, am[k], bm[k], out);
        return;
    }
    if (a === undefined) {
        out.push({ section, key, kind: 'added', after: b });
    }
    else if (b === undefined) {
        out.push({ section, key, kind: 'removed', before: a });
    }
    else if (!deepEqual(a, b)) {
        out.push({ section, key, kind: 'changed', before: a, after: b });
    }
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if ((0,core_document/* isPlainMap */.nK)(a ?? null) && (0,core_document/* isPlainMap */.nK)(b ?? null)) {
        const am = a;
        const bm = b;
        const ak = Object.keys(am);
        return ak.length === Object.keys(bm).length && ak.every((k) => k in bm && deepEqual(am[k], bm[k]));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/stats.ts
const Z_95 = 1.959963984540054;
/**
 * Standard error of a measured value: from std and n, else from a 95% confidence interval, else, for a
 * proportion in [0, 1] with a sample size, from the binomial variance. Undefined when the value carries
 * no noise information.
 */
function standardError(m) {
    if (m.std !== undefined && m.n !== undefined)
        return m.std / Math.sqrt(m.n);
    if (m.ci)
        return (m.ci[1] - m.ci[0]) / (2 * Z_95);
    if (m.std !== undefined)
        return m.std;
    if (m.n !== undefined && m.value >= 0 && m.value <= 1)
        return Math.sqrt((m.value * (1 - m.value)) / m.n);
    return undefined;
}
/**
 * Two-sided p-value that the candidate differs from the baseline, or undefined when the baseline has no noise
 * information. The baseline's noise is trusted; the candidate's comes from the pull request, so it may never
 * claim more noise than the baseline (a huge `std` must not turn a failure into a warning).
 */
function pValueOfDifference(baseline, candidate) {
    const sa = standardError(baseline);
    if (sa === undefined)
        return undefined;
    const sb = Math.min(standardError(candidate) ?? sa, sa);
    const a = baseline;
    const b = candidate;
    const se = Math.sqrt(sa * sa + sb * sb);
    if (se === 0)
        return a.value === b.value ? 1 : 0;
    const z = Math.abs(a.value - b.value) / se;
    return 2 * (1 - normalCdf(z));
}
/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erf = 1 - poly * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

;// CONCATENATED MODULE: ./src/core/trend.ts


/** At most this many metrics are charted per model. */
const CHART_MAX_METRICS = 4;
/** At most this many points per chart: the newest production versions, then the candidate. */
const CHART_MAX_POINTS = 20;
/** The trend of the given metrics; undefined when there is nothing to draw. */
function buildTrend(input) {
    const room = CHART_MAX_POINTS - (input.candidate ? 1 : 0);
    const history = input.history.slice(-room);
    const points = input.candidate ? [...history, input.candidate] : history;
    if (points.length === 0 || input.metrics.length === 0)
        return undefined;
    const production = input.production ?? input.history.at(-1)?.metrics;
    const series = input.metrics.map((metric) => {
        const rule = input.rule(metric);
        const threshold = thresholdOf(rule, production?.[metric]?.value);
        return {
            metric,
            better: rule.better,
            values: points.map((p) => p.metrics[metric]?.value),
            ...(threshold ? { threshold } : {}),
        };
    });
    return {
        labels: points.map((p) => p.version),
        candidate: input.candidate !== undefined,
        series,
        omitted: input.history.length - history.length,
    };
}
/** The value a candidate must stay on the right side of, given production's value. */
function thresholdOf(rule, production) {
    const higher = rule.better === 'higher';
    let out;
    if (production !== undefined && rule.fail) {
        const amount = (0,core_policy/* toleranceAmount */.Ev)(rule.fail, production);
        out = { value: higher ? production - amount : production + amount, kind: 'fail' };
    }
    const bound = higher ? rule.min : rule.max;
    if (bound !== undefined && (out === undefined || (higher ? bound > out.value : bound < out.value))) {
        out = { value: bound, kind: higher ? 'min' : 'max' };
    }
    return out;
}
/**
 * Which metrics to chart: the policy's `chart` list (names or globs) when it sets one, else the metrics that
 * failed, then those that warned, then the required ones; only metrics with a value somewhere, at most
 * CHART_MAX_METRICS. With neither a list nor a verdict (a history), the first metrics production reports.
 */
function chartMetricNames(input) {
    const { available, configured, comparisons } = input;
    const has = new Set(available);
    if (!configured && comparisons)
        return chartedByVerdict(comparisons, input.required, (m) => has.has(m));
    let wanted;
    if (configured) {
        wanted = configured.flatMap((p) => (has.has(p) ? [p] : available.filter((m) => (0,glob/* matchGlob */.sB)(p, m, '.'))));
    }
    else {
        wanted = input.required.length ? [...input.required] : [...available];
    }
    return [...new Set(wanted)].filter((m) => has.has(m)).slice(0, CHART_MAX_METRICS);
}
/**
 * chartMetricNames without a configured list: the metrics that failed, then those that warned, then the
 * required ones; each once, only those `has` says have a value, at most CHART_MAX_METRICS. Stops reading
 * the comparisons once the chart is full.
 */
function chartedByVerdict(comparisons, required, has) {
    const out = [];
    const take = (m) => {
        if (!out.includes(m) && has(m))
            out.push(m);
    };
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'fail')
            take(c.name);
    }
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'warn')
            take(c.name);
    }
    for (let i = 0; i < required.length && out.length < CHART_MAX_METRICS; i++)
        take(required[i]);
    return out;
}
/** Every metric name with a value at some point, in first-seen order. */
function metricNamesOf(points) {
    return [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
}

// EXTERNAL MODULE: ./src/core/levels.ts
var levels = __nccwpck_require__(1326);
;// CONCATENATED MODULE: ./src/core/compare.ts
/**
 * The comparison: a verdict per metric, per model and per run, and the snapshot diff of everything else.
 * Pure: takes validated manifests and a policy, returns data for the renderers.
 */











/** Relative slack so that 0.912 - 0.902 is not "more than 0.01". */
function slack(a, b) {
    return 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
/**
 * Below this many samples a baseline's noise is not trusted to soften a failure: a production version
 * measured on a handful of examples says little about how noisy the metric is.
 */
const MIN_SIGNIFICANCE_SAMPLE = 30;
function compareModel(input) {
    const { candidate, baseline, policy } = input;
    const notes = [];
    const warnings = [...(input.baselineWarnings ?? []), ...(input.candidateWarnings ?? [])];
    const evalChange = baseline ? evaluationDataChange(baseline.manifest, candidate.manifest) : undefined;
    if (evalChange)
        notes.push(evaluationNote(evalChange, policy));
    if (input.renamedFrom) {
        warnings.push(`renamed from ${input.renamedFrom}: compared with ${input.renamedFrom}'s production; the new name starts its own history when promoted`);
    }
    // Compiled once for the model: each metric's rule is resolved once, so a comparison is arithmetic.
    const rules = (0,core_policy/* policyFor */.KV)(policy, candidate.manifest.name);
    const plan = new Comparisons(candidate, baseline, rules, {
        evaluationChanged: evalChange || undefined,
        comparability: policy.comparability,
        alpha: policy.significance?.alpha,
    });
    for (const note of plan.notes)
        notes.push(note);
    const { metrics, noise } = plan;
    for (const warning of noise.warnings)
        warnings.push(warning);
    const changes = baseline ? diffSnapshots(baseline.manifest.snapshot, candidate.manifest.snapshot) : [];
    if (baseline && changes.length && sameVersion(baseline.manifest.version, candidate.manifest.version))
        notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`);
    let gateVerdict = plan.errors.length ? 'fail' : warnings.length ? 'warn' : 'pass';
    for (let i = 0; i < metrics.length && gateVerdict !== 'fail'; i++) {
        const level = metrics[i].level;
        if (levels/* LEVEL_RANK */.Y[level] > levels/* LEVEL_RANK */.Y[gateVerdict])
            gateVerdict = level;
    }
    const acceptance = gateVerdict === 'pass' ? undefined : input.acceptance;
    const trend = baseline ? trendOf(candidate, baseline, rules, metrics) : undefined;
    return {
        ...compare_identity(input),
        metrics,
        changes: [...changes, ...noise.changes],
        errors: plan.errors,
        ...(warnings.length ? { warnings } : {}),
        notes,
        ...(candidate.skipped?.length ? { skipped: candidate.skipped } : {}),
        ...(acceptance?.kind === 'held' ? { accepted: acceptance.acceptance } : {}),
        ...(acceptance?.kind === 'lapsed' ? { acceptanceLapsed: acceptance.why } : {}),
        gateVerdict,
        verdict: acceptance?.kind === 'held' ? 'pass' : gateVerdict,
        ...(trend ? { trend } : {}),
    };
}
/** Which model, against which production, and why it was checked. */
function compare_identity({ candidate, baseline, renamedFrom, checkedBecause, ...given }) {
    return {
        name: candidate.manifest.name,
        path: candidate.manifest.file,
        status: baseline ? 'changed' : 'new',
        candidateVersion: candidate.manifest.version,
        ...(baseline
            ? {
                baselineVersion: baseline.manifest.version,
                baselineSource: baseline.source,
                baselineDigest: given.baselineDigest ?? baselineDigest(baseline),
            }
            : {}),
        ...(baseline?.promoted ? { baselinePromoted: baseline.promoted } : {}),
        ...(renamedFrom ? { renamedFrom, identity: 'renamed' } : {}),
        ...(checkedBecause?.length ? { checkedBecause } : {}),
    };
}
function evaluationNote(change, policy) {
    return policy.comparability === 'warn'
        ? `evaluation data changed (${change}): metrics are not comparable (comparability: warn)`
        : `evaluation data changed (${change}): a metric that crosses its fail threshold still fails; the others are not comparable`;
}
/**
 * What the production version is, for an acceptance: its version and a digest of its snapshot and
 * metrics, whatever backend it came from. An acceptance holds only while production is still this.
 * The text hashed is JSON.stringify([version, snapshot, metrics]), metrics an object of the values by
 * name in code-unit order; it is stored in acceptances, so it may never change.
 */
function baselineDigest(baseline) {
    const { version, snapshot } = baseline.manifest;
    return `${normalizeVersion(version)}#${digest(version, snapshot, baseline.metrics)}`;
}
/**
 * One model's comparisons, in one pass over the candidate's metrics and one over production's: every
 * candidate metric; every production metric the candidate lacks; every required metric. A declared rename
 * adds a comparison with the old name's production value under the old name's rule, and covers the old
 * name's "missing". A new name that only looks like a missing production metric is an error naming both.
 * The pass over the candidate also collects how each metric's noise moved (see noiseChanges).
 */
class Comparisons {
    candidate;
    baseline;
    rules;
    settings;
    metrics = [];
    errors = [];
    notes = [];
    noise = { changes: [], warnings: [] };
    covered = new Set();
    required;
    constructor(candidate, baseline, rules, settings) {
        this.candidate = candidate;
        this.baseline = baseline;
        this.rules = rules;
        this.settings = settings;
        this.required = new Set(rules.required);
        const found = this.candidateMetrics();
        const missing = this.missingMetrics(found);
        for (const name of this.required) {
            if (!candidate.metrics.has(name) && !baseline?.metrics.has(name) && !this.covered.has(name))
                this.compare(name, undefined, undefined, name, true, undefined);
        }
        for (const error of lookalikeErrors(candidate, baseline, missing))
            this.errors.push(error);
    }
    /** A comparison per candidate metric (two for a rename); how many of them production has. */
    candidateMetrics() {
        const before = this.baseline?.metrics;
        const anyRequired = this.required.size > 0;
        let found = 0;
        for (const [name, m] of this.candidate.metrics) {
            if (m.renamedFrom !== undefined && this.renamed(name, m, m.renamedFrom))
                continue;
            const value = before?.get(name)?.metric;
            if (value) {
                found++;
                noiseOf(name, value, m.metric, this.noise.changes, this.noise.warnings);
            }
            this.compare(name, m, value, name, anyRequired && this.required.has(name), undefined);
        }
        return found;
    }
    /** The comparison a declared rename adds, if production has the old name; true when the new name needs no other. */
    renamed(name, m, old) {
        const oldValue = this.baseline?.metrics.get(old)?.metric;
        if (this.candidate.metrics.has(old)) {
            this.errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)(name)} declares renamed_from ${(0,diagnostics/* quote */.hD)(old)}, but ${(0,diagnostics/* quote */.hD)(old)} is still reported`));
        }
        if (oldValue) {
            this.covered.add(old);
            this.compare(name, m, oldValue, old, this.required.has(old) || this.required.has(name), old);
            return !this.baseline?.metrics.has(name);
        }
        if (this.baseline)
            this.notes.push(`${name} declares renamed_from ${old}, but production has no metric ${old}`);
        return false;
    }
    /** Production's metrics the candidate lacks, each compared as missing; none when the candidate had them all. */
    missingMetrics(found) {
        const missing = [];
        const baseline = this.baseline;
        if (!baseline || found === baseline.metrics.size)
            return missing;
        for (const [name, m] of baseline.metrics) {
            if (this.candidate.metrics.has(name) || this.covered.has(name))
                continue;
            missing.push(name);
            this.compare(name, undefined, m.metric, name, this.required.has(name), undefined);
        }
        return missing;
    }
    compare(name, located, baseline, ruleName, required, renamedFrom) {
        const { rule, named } = this.rules.resolve(ruleName);
        this.metrics.push(comparison(name, located, baseline, rule, required, named, renamedFrom, this.settings));
    }
}
function at(m, message) {
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, message);
}
/** A new metric that reads like a production metric the candidate lacks: a rename no reader would see. */
function lookalikeErrors(candidate, baseline, missing) {
    if (!baseline || missing.length === 0)
        return [];
    const bySkeleton = new Map(missing.map((name) => [skeleton(name), name]));
    const errors = [];
    for (const [name, m] of candidate.metrics) {
        if (baseline.metrics.has(name))
            continue;
        const twin = bySkeleton.get(skeleton(name));
        if (twin !== undefined && twin !== name) {
            errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)(visible(name))} looks like production's ${(0,diagnostics/* quote */.hD)(twin)} but is a different name: write ${(0,diagnostics/* quote */.hD)(twin)}, or declare renamed_from: ${twin}`));
        }
    }
    return errors;
}
/** How the noise a metric carries moved: every change to n, std and ci, and a warning when it widened. */
function noiseChanges(before, after) {
    const changes = [];
    const warnings = [];
    for (const [name, b] of after) {
        const a = before.get(name)?.metric;
        if (a)
            noiseOf(name, a, b.metric, changes, warnings);
    }
    return { changes, warnings };
}
/** How one metric's noise moved between production (a) and the candidate (c). */
function noiseOf(name, a, c, changes, warnings) {
    if (a.n !== c.n || a.std !== c.std || a.ci !== c.ci) {
        for (const key of NOISE_KEYS)
            noiseChange(name, key, a[key], c[key], changes);
    }
    if (a.n === undefined && a.std === undefined && a.ci === undefined)
        return;
    const widened = widening(a, c);
    if (widened)
        warnings.push(`${name}: ${widened}: significance tests will treat the metric as noisier`);
}
const NOISE_KEYS = ['n', 'std', 'ci'];
function noiseChange(name, key, x, y, changes) {
    if (sameJson(x, y))
        return;
    const change = {
        section: 'metrics',
        key: `${name}.${key}`,
        kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
    };
    if (x !== undefined)
        change.before = x;
    if (y !== undefined)
        change.after = y;
    changes.push(change);
}
/** JSON.stringify(x) === JSON.stringify(y), without the text for the usual cases: the same number, equal [lo, hi]. */
function sameJson(x, y) {
    if (x === y)
        return true;
    if (Array.isArray(x) &&
        Array.isArray(y) &&
        x.length === 2 &&
        y.length === 2 &&
        x[0] === y[0] &&
        x[1] === y[1])
        return true;
    return JSON.stringify(x) === JSON.stringify(y);
}
function widening(a, c) {
    if (a.n !== undefined && c.n !== undefined && c.n < a.n / 2)
        return `sample size n ${a.n} → ${c.n} shrank by more than half`;
    const sa = standardError(a);
    const sc = standardError(c);
    if (sa !== undefined && sc !== undefined && sc > 2 * sa)
        return `standard error ${sa.toPrecision(3)} → ${sc.toPrecision(3)} grew more than 2x`;
    return undefined;
}
/** The chart's data: production's history (or production alone), then the candidate. */
function trendOf(candidate, baseline, rules, comparisons) {
    const history = baseline.history?.length ? baseline.history : undefined;
    const chosen = rules.chart
        ? chartMetricNames({
            // Globs are matched over every name, in first-seen order.
            available: metricNamesOf([
                ...(history ?? [{ metrics: metricValues(baseline.metrics) }]),
                { metrics: metricValues(candidate.metrics) },
            ]),
            configured: rules.chart,
            comparisons,
            required: rules.required,
        })
        : chartedByVerdict(comparisons, rules.required, (m) => {
            if (candidate.metrics.has(m))
                return true;
            if (!history)
                return baseline.metrics.has(m);
            return history.some((p) => Object.prototype.propertyIsEnumerable.call(p.metrics, m));
        });
    // The points need the values of the charted metrics only.
    const production = valuesOf(baseline.metrics, chosen);
    return buildTrend({
        history: history ?? [{ version: baseline.manifest.version, metrics: production }],
        candidate: { version: candidate.manifest.version, metrics: valuesOf(candidate.metrics, chosen) },
        production,
        metrics: chosen,
        rule: chartRules(comparisons, chosen, rules),
    });
}
/** metricValues restricted to some names. */
function valuesOf(metrics, names) {
    const out = {};
    for (const name of names) {
        const m = metrics.get(name);
        if (!m)
            continue;
        // An own property even for '__proto__', as Object.fromEntries makes it.
        if (name === '__proto__')
            Object.defineProperty(out, name, {
                value: m.metric,
                enumerable: true,
                writable: true,
                configurable: true,
            });
        else
            out[name] = m.metric;
    }
    return out;
}
/** Each charted metric's rule: that of its last comparison, else the model's rule for the name. */
function chartRules(comparisons, chosen, rules) {
    const byName = new Map();
    for (const name of chosen) {
        for (let i = comparisons.length - 1; i >= 0; i--) {
            const c = comparisons[i];
            if (c.name !== name)
                continue;
            byName.set(name, c.rule);
            break;
        }
    }
    return (m) => byName.get(m) ?? rules.rule(m);
}
/** A model whose manifest (or production entry) could not be read: it fails, the others are still checked. */
function invalidModel(path, errors, name) {
    return {
        name: name ?? path,
        path,
        status: 'invalid',
        metrics: [],
        changes: [],
        errors,
        notes: [],
        gateVerdict: 'fail',
        verdict: 'fail',
    };
}
function removedModel(path, name, version, inProduction = false) {
    return {
        name,
        path,
        status: 'removed',
        ...(version ? { baselineVersion: version } : {}),
        metrics: [],
        changes: [],
        errors: [],
        notes: [
            inProduction
                ? `manifest removed in this change; production ${version ?? ''} stays until it is rolled back or retired`
                : 'manifest removed in this change; production is not touched',
        ],
        gateVerdict: 'pass',
        verdict: 'pass',
    };
}
function runVerdict(models) {
    return models.length === 0 ? 'skip' : (0,levels/* worst */.Q)(models.map((m) => m.verdict));
}
function compareMetric(input) {
    const { name, candidate, baseline, rule, required } = input;
    return comparison(name, candidate, baseline, rule, required, input.named === true, input.renamedFrom, {
        evaluationChanged: input.evaluationChanged,
        comparability: input.comparability,
        alpha: input.alpha,
    });
}
/**
 * One metric's comparison. The keys are always in the same order, and only those that are set: name,
 * rule, required, named, renamedFrom, baseline, candidate, file, line, delta, deltaPercent, verdict, level,
 * pValue, noiseIgnored or insideNoise, evaluationChanged.
 */
function comparison(name, located, baseline, rule, required, named, renamedFrom, settings) {
    if (located && baseline)
        return measured(name, located, baseline, rule, required, named, renamedFrom, settings);
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    if (!located) {
        // A metric the policy names may not disappear to escape its rule.
        out.verdict = 'missing';
        out.level = required || (baseline !== undefined && named) ? 'fail' : 'warn';
        return out;
    }
    const bounded = boundsVerdict(located.metric.value, rule);
    out.verdict = bounded ?? 'new';
    out.level = bounded ? 'fail' : 'pass';
    return out;
}
/** The keys every comparison starts with, built key by key. */
function head(name, located, baseline, rule, required, named, renamedFrom) {
    const out = { name, rule, required };
    if (named)
        out.named = true;
    if (renamedFrom)
        out.renamedFrom = renamedFrom;
    if (baseline)
        out.baseline = baseline;
    if (located) {
        out.candidate = located.metric;
        out.file = located.file;
        out.line = located.line;
    }
    return out;
}
/**
 * A metric both versions report. The usual result (no rename, a percentage, no p-value, no evaluation
 * label) is written as a literal: a fixed shape, allocated whole; the others are built key by key.
 */
function measured(name, located, baseline, rule, required, named, renamedFrom, settings) {
    const candidate = located.metric;
    const bounded = boundsVerdict(candidate.value, rule);
    const delta = candidate.value - baseline.value;
    const judged = bounded ? boundsJudged(bounded) : judge(baseline, candidate, delta, rule, settings);
    const { verdict, level, pValue, noiseIgnored, insideNoise, evaluationChanged } = judged;
    const extras = pValue !== undefined || noiseIgnored !== undefined || insideNoise !== undefined;
    if (!extras && evaluationChanged === undefined && !renamedFrom && baseline.value !== 0) {
        const deltaPercent = (delta / Math.abs(baseline.value)) * 100;
        const { file, line } = located;
        return named
            ? { name, rule, required, named, baseline, candidate, file, line, delta, deltaPercent, verdict, level }
            : { name, rule, required, baseline, candidate, file, line, delta, deltaPercent, verdict, level };
    }
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    out.delta = delta;
    if (baseline.value !== 0)
        out.deltaPercent = (delta / Math.abs(baseline.value)) * 100;
    out.verdict = verdict;
    out.level = level;
    if (pValue !== undefined)
        out.pValue = pValue;
    if (noiseIgnored !== undefined)
        out.noiseIgnored = noiseIgnored;
    if (insideNoise !== undefined)
        out.insideNoise = insideNoise;
    if (evaluationChanged !== undefined)
        out.evaluationChanged = evaluationChanged;
    return out;
}
/** The verdict on a measured difference, on changed evaluation data too. */
function judge(baseline, candidate, delta, rule, settings) {
    const judged = thresholdVerdict(baseline, candidate, delta, rule, settings.alpha);
    const changed = settings.evaluationChanged;
    if (changed === undefined)
        return judged;
    // On changed evaluation data a crossed fail threshold still fails, labelled with what changed.
    if (judged.level === 'fail' && settings.comparability !== 'warn')
        return { ...judged, evaluationChanged: changed };
    return NOT_COMPARABLE;
}
const NOT_COMPARABLE = { verdict: 'not-comparable', level: 'warn' };
const BELOW_FLOOR = { verdict: 'below-floor', level: 'fail' };
const ABOVE_CEILING = { verdict: 'above-ceiling', level: 'fail' };
function boundsJudged(bounded) {
    return bounded === 'below-floor' ? BELOW_FLOOR : ABOVE_CEILING;
}
const UNCHANGED = { verdict: 'unchanged', level: 'pass' };
const IMPROVED = { verdict: 'improved', level: 'pass' };
const FAILED = { verdict: 'fail', level: 'fail' };
const WARNED = { verdict: 'warn', level: 'warn' };
const WITHIN = { verdict: 'within', level: 'pass' };
function thresholdVerdict(baseline, candidate, delta, rule, alpha) {
    const worse = rule.better === 'higher' ? -delta : delta;
    const eps = slack(baseline.value, candidate.value);
    if (Math.abs(delta) <= eps)
        return UNCHANGED;
    if (worse < 0)
        return IMPROVED;
    if (rule.fail !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.fail, baseline.value) + eps) {
        if (alpha === undefined)
            return FAILED;
        return significance(baseline, candidate, alpha);
    }
    if (rule.warn !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.warn, baseline.value) + eps)
        return WARNED;
    return WITHIN;
}
/** A failure, unless it is inside the measurement noise of a large enough production sample. */
function significance(baseline, candidate, alpha) {
    const p = pValueOfDifference(baseline, candidate);
    if (p === undefined)
        return FAILED;
    if (p <= alpha)
        return { verdict: 'fail', level: 'fail', pValue: p };
    if (baseline.n === undefined || baseline.n < MIN_SIGNIFICANCE_SAMPLE) {
        const why = baseline.n === undefined
            ? `production states no sample size n (at least ${MIN_SIGNIFICANCE_SAMPLE} needed)`
            : `production's sample n=${baseline.n} is below ${MIN_SIGNIFICANCE_SAMPLE}`;
        return { verdict: 'fail', level: 'fail', pValue: p, noiseIgnored: why };
    }
    return { verdict: 'warn', level: 'warn', pValue: p, insideNoise: true };
}
function boundsVerdict(value, rule) {
    if (rule.min !== undefined && value < rule.min)
        return 'below-floor';
    if (rule.max !== undefined && value > rule.max)
        return 'above-ceiling';
    return undefined;
}
/** How the evaluation data moved between two versions, or undefined when it did not (or is not declared). */
function evaluationDataChange(before, after) {
    if (!before.evaluationDataset || !after.evaluationDataset)
        return undefined;
    const a = before.data.find((d) => d.name === before.evaluationDataset);
    const b = after.data.find((d) => d.name === after.evaluationDataset);
    if (!a || !b)
        return undefined;
    if (a.name !== b.name)
        return `evaluation.dataset ${a.name} → ${b.name}`;
    const moved = ['uri', ...ARTIFACT_PINS].filter((pin) => (a[pin] ?? '') !== (b[pin] ?? ''));
    if (moved.length === 0)
        return undefined;
    return moved.map((pin) => `${b.name}.${pin} ${a[pin] ?? '(none)'} → ${b[pin] ?? '(none)'}`).join(', ');
}

// EXTERNAL MODULE: ./src/core/policy-diff.ts
var policy_diff = __nccwpck_require__(5307);
;// CONCATENATED MODULE: ./src/gate/policy-file.ts
/**
 * Where the policy is: the path given, and for the default location either spelling,
 * `.github/model-gate.yml` or `.github/model-gate.yaml`. Both present is an error naming both, never a guess.
 */

const SPELLINGS = ['.github/model-gate.yml', '.github/model-gate.yaml'];
/** The paths the policy may be at: both spellings for the default location, else the one given. */
function policyPaths(path) {
    return SPELLINGS.includes(path) ? SPELLINGS : [path];
}
/** The policy file at ref and its path; text undefined when there is none. */
async function findPolicy(source, ref, path) {
    const paths = policyPaths(path);
    const found = [];
    for (const p of paths) {
        const text = await source.readFile(ref, p);
        if (text !== undefined)
            found.push({ path: p, text });
    }
    if (found.length > 1) {
        throw new diagnostics/* InputError */.dz({ file: found[0]?.path ?? path }, `both ${found.map((f) => f.path).join(' and ')} exist: keep one policy file`);
    }
    return found[0] ?? { path };
}

;// CONCATENATED MODULE: ./src/gate/policy-change.ts




/** A policy file deleted (or moved away) at the head proposes the built-in defaults. */
async function proposedPolicy(source, at, changed, inForce) {
    const path = at.policyPath;
    const paths = policyPaths(path);
    const touches = (p) => p !== undefined && paths.includes(p);
    if (!changed.some((f) => touches(f.path) || touches(f.previousPath)))
        return { errors: [] };
    try {
        const found = await findPolicy(source, at.head, path);
        const proposed = found.text === undefined ? core_policy/* DEFAULT_POLICY */.zj : (0,core_policy/* parsePolicy */.ON)(found.text, found.path);
        return { diff: (0,policy_diff/* diffPolicies */.wR)(inForce, proposed), errors: [] };
    }
    catch (error) {
        return { errors: [error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz({ file: path }, (0,diagnostics/* errorMessage */.gJ)(error))] };
    }
}

;// CONCATENATED MODULE: ./src/gate/params-drift.ts
/**
 * A DVC project's params files against what its dvc.lock records. The implicit manifest of a dvc.yaml
 * artifact takes its hyperparameters from dvc.lock: the params the model was trained with. A params file that
 * now says otherwise (a pull request that edits params.yaml and did not run `dvc repro`) is shown as a
 * warning per key, since the weights and the metrics then describe a model trained with other params. Only
 * the keys the producing stages use are compared, as dvc.lock records them per stage.
 */




/** At most this many keys are listed one by one; the rest are counted in one more warning. */
const MAX_DRIFT_WARNINGS = 10;
const REPRO = 'the model was not reproduced with these params (run dvc repro)';
/** The keys whose current value differs from dvc.lock's, one warning each, in stage and dvc.lock order. */
async function paramsDrift(recorded, read) {
    const files = new Map();
    const errors = [];
    // One warning per file, key and pair of values; the stages that share it are listed together.
    const found = new Map();
    const add = (id, text, stage) => {
        const earlier = found.get(id);
        if (earlier)
            earlier.stages.push(stage);
        else
            found.set(id, { text, stages: [stage] });
    };
    for (const r of recorded) {
        let current = files.get(r.path);
        if (current === undefined) {
            current = await currentParams(r.path, read, errors);
            files.set(r.path, current);
        }
        if (current === 'invalid')
            continue;
        if (current === 'missing') {
            add(`${r.path}\u0000`, `${r.path} does not exist but dvc.lock records params from it`, r.stage);
            continue;
        }
        for (const [key, value] of Object.entries(r.values)) {
            const now = current.get(key);
            if (now !== undefined && deepEqual(now, value))
                continue;
            const id = JSON.stringify([r.path, key, now ?? null, value]);
            const text = now === undefined
                ? `${r.path} has no ${key} but dvc.lock records ${shown(value)}`
                : `${r.path} ${key} is ${shown(now)} but dvc.lock records ${shown(value)}`;
            add(id, text, r.stage);
        }
    }
    const all = [...found.values()].map((f) => `${f.text} (${f.stages.length > 1 ? 'stages' : 'stage'} ${f.stages.join(', ')}): ${REPRO}`);
    const warnings = all.length > MAX_DRIFT_WARNINGS
        ? [
            ...all.slice(0, MAX_DRIFT_WARNINGS - 1),
            `${all.length - MAX_DRIFT_WARNINGS + 1} more params differ from what dvc.lock records: ${REPRO}`,
        ]
        : all;
    return { warnings, errors };
}
async function currentParams(path, read, errors) {
    try {
        const text = await read(path);
        if (text === undefined)
            return 'missing';
        return new Map(Object.entries(paramsOf(text, path, undefined)));
    }
    catch (error) {
        errors.push((0,diagnostics/* asInputError */.XW)(error, { file: path }));
        return 'invalid';
    }
}
/** A value as the warning shows it: strings quoted, the rest as JSON, both clipped. */
function shown(value) {
    return typeof value === 'string' ? (0,diagnostics/* quote */.hD)(value, 40) : (0,core_text/* clip */.$Q)(JSON.stringify(value), 40);
}

;// CONCATENATED MODULE: ./src/gate/check.ts
/**
 * The check, as one story: which manifests changed, what policy the base sets, what production is, and how
 * each candidate compares. Everything from the head is untrusted; the policy comes from the base only.
 */
















async function runCheck(deps, options) {
    const { source } = deps;
    const isManifest = (0,glob/* pathMatcher */.kZ)(options.manifests);
    const limit = options.concurrency ?? 8;
    const all = await source.changedFiles(options.base, options.head);
    // The policy and the manifests of the head are read side by side: neither needs the other.
    const policyRead = readPolicies(source, options, all, isManifest);
    const { registeredVersion } = registrationsAt(deps.baselines, options.head);
    const headRead = manifestsTouched({
        source,
        base: options.base,
        head: options.head,
        changed: all,
        isManifest,
        limit,
        implicitModels: (files) => implicitModelsAt(source, options.head, files, limit, registeredVersion),
    });
    const [policyState, headState] = await Promise.allSettled([policyRead, headRead]);
    // A failure of the policy's read comes first, as when it was read first.
    if (policyState.status === 'rejected')
        throw policyState.reason;
    if (headState.status === 'rejected')
        throw headState.reason;
    const { policy, errors: policyErrors, proposal } = policyState.value;
    const proposedErrors = proposal.errors;
    const head = headState.value;
    const targets = findTargets(all, head, isManifest);
    const ctx = { deps, options, policy, head };
    await prefetchTargets(ctx, targets);
    const loaded = await loadTargets(ctx, targets, limit);
    const checked = await mapLimit(loaded, limit, (item) => guard(item.target.path, async () => item.kind === 'version' ? compareCandidate(ctx, item) : item.report));
    const models = checked.filter((m) => m !== undefined);
    const errors = [...policyErrors, ...proposedErrors];
    const report = {
        // With no model to check, a broken policy is reported but does not block (a required check never hangs,
        // and the pull request that fixes the policy must be able to pass).
        verdict: (0,policy_diff/* withPolicyChanges */.kh)(models.length === 0 && proposedErrors.length === 0
            ? 'skip'
            : errors.length
                ? 'fail'
                : runVerdict(models), proposal.diff),
        models,
        policySource: policyErrors.length
            ? `${options.policyPath} (invalid: built-in defaults used)`
            : policy.source,
        base: options.base,
        head: options.head,
        errors,
        ...(proposal.diff ? { policyChanges: proposal.diff } : {}),
    };
    return { report, policy, changed: all };
}
/**
 * The first read phase, announced at once: the policy at the base (and at the head, when the change touches
 * it) and every changed manifest at the head and, under its previous path, at the base.
 */
/**
 * The base's policy, which the check uses, and the one the head proposes: a pull request that changes the policy
 * cannot loosen its own gate, but it must not break every later one, and what it loosens is shown (and warned
 * about).
 */
async function readPolicies(source, options, all, isManifest) {
    await prefetchChanged(source, options, all, isManifest);
    const loaded = await loadPolicy(source, options.base, options.policyPath);
    return { ...loaded, proposal: await proposedPolicy(source, options, all, loaded.policy) };
}
async function prefetchChanged(source, options, all, isManifest) {
    if (!source.prefetch)
        return;
    const policy = policyPaths(options.policyPath);
    const manifests = all.filter((f) => isManifest(f.path) || (f.previousPath && isManifest(f.previousPath)));
    const atHead = manifests.filter((f) => f.status !== 'removed').map((f) => f.path);
    if (all.some((f) => policy.includes(f.path)))
        atHead.push(...policy);
    const atBase = [...policy, ...manifests.map((f) => f.previousPath ?? f.path)];
    await Promise.all([source.prefetch(options.base, atBase), source.prefetch(options.head, atHead)]);
}
/** The second read phase, announced at once: every file the manifests point to, and production of each model. */
async function prefetchTargets(ctx, targets) {
    const { source, baselines } = ctx.deps;
    const manifests = targets.flatMap((t) => {
        const manifest = t.kind === 'removed' ? undefined : ctx.head.byPath.get(t.path)?.manifest;
        return manifest ? [manifest] : [];
    });
    if (!manifests.length)
        return;
    await Promise.all([
        source.prefetch?.(ctx.options.head, manifests.flatMap(referencedFiles)),
        baselines.prefetch?.([...new Set(manifests.map((m) => m.name))]),
    ]);
}
/**
 * The version GTO registered for a model at a commit (`NAME@vX.Y.Z` on it, not deregistered), with GTO
 * production; none with the other backends. The tags cannot be read: the commit label, the baseline lookup
 * then says what is wrong.
 */
function registrationsAt(baselines, commit) {
    const { history } = baselines;
    if (baselines.stage === undefined || !history)
        return {};
    const registeredVersion = async (name) => {
        const found = await history.call(baselines, name).catch(() => undefined);
        if (found?.kind !== 'stages')
            return undefined;
        return found.model.versions.find((v) => v.registered && v.active && v.commit === commit)?.version;
    };
    return { registeredVersion };
}
/** Any failure while handling one model becomes that model's error; the run goes on. */
async function guard(path, fn) {
    try {
        return await fn();
    }
    catch (error) {
        return failedModel(path, error);
    }
}
function failedModel(path, error) {
    const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
    return invalidModel(path, [e]);
}
async function loadPolicy(source, base, path) {
    try {
        const found = await findPolicy(source, base, path);
        if (found.text === undefined)
            return { policy: core_policy/* DEFAULT_POLICY */.zj, errors: [] };
        return { policy: (0,core_policy/* parsePolicy */.ON)(found.text, found.path), errors: [] };
    }
    catch (error) {
        const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
        return { policy: core_policy/* DEFAULT_POLICY */.zj, errors: [e] };
    }
}
/**
 * Every target read, in path order, within the run's metric budget: a model past it is an error, and once the
 * budget is spent later models are refused without being read.
 */
async function loadTargets(ctx, targets, limit) {
    const budget = new MetricBudget(ctx.policy.metricsPerRun);
    const refuse = (target, name) => ({
        kind: 'report',
        target,
        report: invalidModel(target.path, [budget.error(target.path)], name),
    });
    const loaded = await mapLimit(targets, limit, async (target) => {
        if (budget.exhausted())
            return refuse(target);
        const item = await loadTarget(ctx, target).catch((error) => ({
            kind: 'report',
            target,
            report: failedModel(target.path, error),
        }));
        budget.record(metricCount(item));
        return item;
    });
    const refused = budget.refused(loaded.map(metricCount));
    return loaded.map((item, i) => refused[i]
        ? refuse(item.target, item.kind === 'version' ? item.version.manifest.name : item.report?.name)
        : item);
}
function metricCount(item) {
    return item.kind === 'version' ? item.version.metrics.size : 0;
}
async function loadTarget(ctx, target) {
    const report = (r) => ({ kind: 'report', target, report: r });
    if (target.kind === 'removed')
        return report(await removedTarget(ctx, target));
    const at = ctx.head.byPath.get(target.path);
    if (!at?.manifest) {
        const errors = at?.errors ?? [new diagnostics/* InputError */.dz({ file: target.path }, 'file not found at head')];
        return report(invalidModel(target.path, errors, at?.name));
    }
    const manifest = at.manifest;
    const name = manifest.name;
    const renamedFrom = target.manifestChanged ? await previousName(ctx, target, name) : undefined;
    const problems = [
        ...duplicateErrors(ctx.head.byName.get(name) ?? [], manifest),
        ...target.deleted.map((r) => new diagnostics/* InputError */.dz({ file: target.path, ...(r.line ? { line: r.line } : {}) }, `${r.key} references ${r.path}, which this change deletes`)),
    ];
    if (problems.length)
        return report(invalidModel(target.path, problems, name));
    const { head } = ctx.options;
    const read = (p) => ctx.deps.source.readFile(head, p);
    const loaded = await versionOf(manifest, read);
    if (!loaded.ok)
        return report(invalidModel(target.path, loaded.errors, name));
    const drift = at.recordedParams ? await paramsDrift(at.recordedParams, read) : undefined;
    if (drift?.errors.length)
        return report(invalidModel(target.path, drift.errors, name));
    return {
        kind: 'version',
        target,
        version: loaded.version,
        ...(renamedFrom ? { renamedFrom } : {}),
        ...(drift?.warnings.length ? { warnings: drift.warnings } : {}),
    };
}
/**
 * The model's name at the base, when the change renames it (same path, or a move, with another name). A base
 * manifest whose first line is `name: NAME` (the name at the head) is not parsed: its name is NAME or none at
 * all (a second `name` key is a duplicate, a continuation line puts a space in it, a number or null is not a
 * name, and nothing before the first line can change how it reads), so it is no rename either way.
 */
async function previousName(ctx, target, name) {
    const { source } = ctx.deps;
    const path = target.previousPath ?? target.path;
    const text = /^0+$/.test(ctx.options.base) ? undefined : await source.readFile(ctx.options.base, path);
    if (text === undefined || text.startsWith(`name: ${name}\n`))
        return undefined;
    const old = manifestAt(path, text).name;
    return old !== undefined && old !== name ? old : undefined;
}
/** Two manifests declaring one model: which one is the model is ambiguous, so neither is compared. */
function duplicateErrors(paths, manifest, where = 'head') {
    if (paths.length < 2)
        return [];
    const line = manifest.lineOf(['name']);
    return [
        new diagnostics/* InputError */.dz({ file: manifest.file, ...(line ? { line } : {}) }, `model '${manifest.name}' is declared by more than one manifest at the ${where}: ${paths.join(' and ')}`),
    ];
}
/**
 * Production's manifest still declaring the model at its own path, beside the candidate at another path:
 * a copy, not a move. Found through the path production records, so it costs one read.
 */
async function staleCopy(ctx, target, candidate, baseline) {
    const path = baseline.path;
    if (!path || implicit_manifest_isImplicitPath(path) || path === target.path || path === target.previousPath)
        return [];
    const other = ctx.head.byPath.get(path) ?? (await readManifestAt(ctx.deps.source, ctx.options.head, path));
    if (other?.name !== candidate.manifest.name)
        return [];
    return duplicateErrors([path, target.path].sort(), candidate.manifest);
}
/** A removed manifest: listed (with its production, if any), unless a changed manifest now declares it. */
async function removedTarget(ctx, target) {
    const at = await readManifestAt(ctx.deps.source, ctx.options.base, target.path);
    const name = at?.name ?? target.path;
    if (at?.name !== undefined && ctx.head.byName.has(at.name))
        return undefined; // moved
    const lookup = at?.name ? await ctx.deps.baselines.baseline(at.name, target.path) : undefined;
    const production = lookup?.kind === 'found' ? lookup.baseline.manifest.version : undefined;
    return removedModel(target.path, name, production ?? at?.manifest?.version, production !== undefined);
}
async function compareCandidate(ctx, { target, version: candidate, renamedFrom, warnings }) {
    const { baselines, acceptances } = ctx.deps;
    const name = candidate.manifest.name;
    const lookup = await baselines.baseline(renamedFrom ?? name, target.path, target.previousPath);
    if (lookup.kind === 'error')
        return invalidModel(target.path, [lookup.error], name);
    const baseline = lookup.kind === 'found' ? lookup.baseline : undefined;
    const baselineWarnings = baselineProblems(ctx, lookup, target.path);
    const copies = baseline ? await staleCopy(ctx, target, candidate, baseline) : [];
    if (copies.length)
        return invalidModel(target.path, copies, name);
    // Production's digest is hashed once: the acceptance lookup and the report share it.
    const digest = baseline ? baselineDigest(baseline) : undefined;
    const acceptance = acceptances
        ? acceptanceFor(await acceptances.entry(name), ctx.options.acceptanceSha ?? ctx.options.head, candidate.manifest.version, digest ?? NO_PRODUCTION)
        : undefined;
    return compareModel({
        candidate,
        ...(baseline && digest ? { baseline, baselineDigest: digest } : {}),
        policy: ctx.policy,
        ...(acceptance ? { acceptance } : {}),
        ...(renamedFrom ? { renamedFrom } : {}),
        checkedBecause: target.because,
        ...(baselineWarnings.length ? { baselineWarnings } : {}),
        ...(warnings?.length ? { candidateWarnings: warnings } : {}),
    });
}
/** Production that exists but cannot be compared: warned about, the candidate compared as new. */
function baselineProblems(ctx, lookup, path) {
    if (lookup.kind === 'none')
        return lookup.warning ? [lookup.warning] : [];
    if (lookup.kind !== 'found' || lookup.baseline.metrics.size > 0)
        return [];
    const { manifest, source } = lookup.baseline;
    return [noRecordedMetrics(manifest.version, source, path, backendOf(ctx.deps.baselines.description))];
}

// EXTERNAL MODULE: ./src/cli/render.ts + 2 modules
var render = __nccwpck_require__(459);
;// CONCATENATED MODULE: ./src/cli/missing-registry.ts

async function saidOutLoud(ctx, production, report) {
    const branch = await production.missingRegistry?.();
    if (branch === undefined)
        return report;
    const said = (0,fail_on/* withMissingRegistry */.SS)(report, branch, ctx.options.failOn);
    if (said.registryMissing && ctx.options.format !== 'text') {
        ctx.err(`model-gate: ${(0,fail_on/* registryMissingMessage */.Fs)(branch)}\n`);
    }
    return said;
}

;// CONCATENATED MODULE: ./src/cli/commands/check.ts
/** `model-gate check`: the pull-request gate, over two refs of a local checkout. */










async function check(ctx) {
    const { options, git } = ctx;
    if (ctx.options.positionals.length)
        throw new UsageError(`check takes no arguments (got '${options.positionals[0]}')`);
    const head = await git.resolve(options.head ?? 'HEAD');
    if (!head)
        throw new UsageError(`unknown revision '${options.head ?? 'HEAD'}'`);
    const base = await resolveBase(ctx);
    const production = openProduction(ctx, base);
    const checked = await runCheck({ source: ctx.source, baselines: production, acceptances: production }, { base, head, manifests: options.manifests, policyPath: options.policy });
    const report = await saidOutLoud(ctx, production, checked.report);
    const now = new Date(ctx.now());
    for (const part of (0,render/* renderParts */.Rs)(report, options.format, { color: ctx.color === true, now })) {
        ctx.out(part);
        await ctx.drained?.();
    }
    if (options.markdownFile !== undefined) {
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(options.cwd, options.markdownFile), (0,markdown/* renderMarkdown */.G)(report, { now }));
    }
    return (0,fail_on/* failsOn */.Hu)(report.verdict, options.failOn.level) ? 1 : 0;
}
function resolveBase(ctx) {
    return commitOf(ctx, ctx.options.base, '--base');
}

;// CONCATENATED MODULE: ./src/cli/commands/diff.ts
/** `model-gate diff A B`: two manifests compared as the gate would, with what changed between them. */








async function diff(ctx) {
    const [a, b, ...rest] = ctx.options.positionals;
    if (a === undefined || b === undefined || rest.length)
        throw new UsageError('diff needs exactly two manifests: A B');
    // One after the other: a read still running when the first fails would outlive the command's close.
    const left = await readFileArg(ctx, a);
    const right = await readFileArg(ctx, b);
    const [before, after] = await Promise.all([
        loadModelVersion(left.text, left.path, left.read),
        loadModelVersion(right.text, right.path, right.read),
    ]);
    const policy = await localPolicy(ctx);
    let model;
    if (!before.ok)
        model = invalidModel(left.path, before.errors, before.name);
    else if (!after.ok)
        model = invalidModel(right.path, after.errors, after.name);
    else {
        model = compareModel({
            candidate: after.version,
            baseline: {
                ...before.version,
                source: left.ref ? `${left.path} at ${left.ref.slice(0, 12)}` : left.path,
            },
            policy,
        });
    }
    const report = { verdict: runVerdict([model]), models: [model], policySource: policy.source };
    ctx.out((0,render/* render */.XX)(report, ctx.options.format));
    return model.status === 'invalid' ? 1 : 0;
}
/** The policy where the paths are read: at --head (default HEAD), or with --worktree from the work tree. */
async function localPolicy(ctx) {
    const path = ctx.options.policy;
    let text;
    if (ctx.options.worktree) {
        const top = await ctx.git.line(['rev-parse', '--show-toplevel']);
        text = await readWorkTreeFile((0,external_node_path_namespaceObject.join)(top, path), path, top);
    }
    else {
        const head = await ctx.git.resolve(ctx.options.head ?? 'HEAD');
        text = head ? await ctx.source.readFile(head, path) : undefined;
    }
    return text === undefined ? core_policy/* DEFAULT_POLICY */.zj : (0,core_policy/* parsePolicy */.ON)(text, path);
}

// EXTERNAL MODULE: ../main/node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(6463);
// EXTERNAL MODULE: ./src/core/report/chart.ts
var chart = __nccwpck_require__(2888);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __nccwpck_require__(895);
;// CONCATENATED MODULE: ./src/core/report/history.ts
/** `model-gate history NAME --format markdown`: the model's trend across production, then every event. */







/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeMarkdown */.FV)(text, 40);
function renderHistoryMarkdown(entry, options) {
    const name = (0,report_escape/* escapeMarkdown */.FV)(entry.name);
    const p = entry.production;
    const parts = [`## ${name}: production history`];
    parts.push(p
        ? `Production is ${code(p.version)} since ${(0,time/* formatTimeAgo */.ak)(p.since, options.now, when)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeMarkdown */.FV)(p.actor, 60)}.`
        : 'No production version.');
    const points = productionHistory(entry);
    const trend = buildTrend({
        history: points,
        metrics: chartMetricNames({
            available: metricNamesOf(points),
            configured: (0,core_policy/* chartedMetrics */.Pc)(options.policy, entry.name),
            required: (0,core_policy/* requiredMetrics */.$F)(options.policy, entry.name),
        }),
        rule: (m) => (0,core_policy/* resolveRule */.rj)(options.policy, entry.name, m),
    });
    if (trend?.series.length)
        parts.push(`### Trend\n\n${(0,chart/* renderTrend */.eE)(trend)}`);
    if (entry.history.length)
        parts.push(`### Events\n\n${eventTable(entry.history)}`);
    return parts.join('\n\n') + '\n';
}
function eventTable(history) {
    const rows = history.map((e) => [
        (0,time/* formatTime */.fU)(e.at, when),
        e.type,
        e.type === 'rollback' && e.from ? `${code(e.from)} → ${code(e.version)}` : code(e.version),
        (0,report_escape/* escapeMarkdown */.FV)(e.actor, 60),
        e.commit ? code(e.commit.slice(0, 12)) : e.sha ? code(e.sha.slice(0, 12)) : '',
        e.pr !== undefined ? `#${e.pr}` : '',
        (0,report_escape/* escapeMarkdown */.FV)(e.reason ?? '', 300),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['At', 'Event', 'Version', 'Actor', 'Commit', 'PR', 'Reason'], ...rows], {
        alignDelimiters: false,
    });
}
/** A version or SHA as code; the registry branch is not validated like a manifest, so anything else is escaped. */
function code(text) {
    return /^[0-9A-Za-z.+-]{1,80}$/.test(text) ? `\`${text}\`` : (0,report_escape/* escapeMarkdown */.FV)(text, 80);
}

;// CONCATENATED MODULE: ./src/cli/registry-log.ts
/**
 * A model's whole history, from the registry branch's git log: the entry file keeps only its newest events
 * (compactEntry), and every write is a commit on the branch, so every event is in some earlier version of
 * the file. Each version holds its newest REGISTRY_KEEP events in a row; reading one version in every
 * REGISTRY_KEEP - 1 commits, and joining them where they overlap, recovers them all, oldest first.
 */


async function fullHistory(ctx, entry) {
    if (!entry.earlier)
        return { history: entry.history, missing: 0 };
    const store = registryStore(ctx);
    const { parent } = await store.tip();
    const path = registryPath(entry.name);
    const log = parent ? await ctx.git.text(['log', '--format=%H', parent, '--', `:(literal)${path}`]) : '';
    const commits = log.split('\n').filter(Boolean);
    const read = async (commit) => {
        const text = await store.readFile(commit, path);
        return text === undefined ? undefined : parseRegistryEntry(text, `${commit.slice(0, 12)}:${path}`);
    };
    let known = entry.history.slice(-REGISTRY_KEEP);
    let at = 0;
    let step = REGISTRY_KEEP - 1;
    while (step > 0 && at + 1 < commits.length) {
        const next = Math.min(at + step, commits.length - 1);
        const version = await read(commits[next]);
        const older = version ? olderThan(version, known[0]) : undefined;
        if (older === undefined) {
            step = next === at + 1 ? 0 : Math.floor(step / 2);
            continue;
        }
        known = [...older.events, ...known];
        if (older.complete)
            return { history: known, missing: 0 };
        at = next;
        step = REGISTRY_KEEP - 1;
    }
    return { history: known, missing: Math.max(0, entry.history.length + (entry.earlier ?? 0) - known.length) };
}
/**
 * The events of an older version of the file that come just before `first`, in a row; complete when that
 * version was never compacted (it holds everything before). Undefined when `first` is not in it.
 */
function olderThan(version, first) {
    const key = first ? JSON.stringify(first) : undefined;
    const events = version.history;
    const index = key === undefined ? events.length : events.findIndex((e) => JSON.stringify(e) === key);
    if (index < 0)
        return undefined;
    if (!version.earlier)
        return { events: events.slice(0, index), complete: true };
    const windowStart = Math.max(0, events.length - REGISTRY_KEEP);
    if (index < windowStart)
        return undefined;
    return { events: events.slice(windowStart, index), complete: false };
}

// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __nccwpck_require__(3483);
;// CONCATENATED MODULE: ./src/cli/commands/history.ts
/** `model-gate history NAME`: which version was production, since when, and who decided. */













async function history_history(ctx) {
    const [name, ...rest] = ctx.options.positionals;
    if (name === undefined || rest.length)
        throw new UsageError('history needs exactly one model NAME');
    const problem = nameProblem(name);
    if (problem)
        throw new UsageError(`model name '${name}' ${problem}`);
    const production = openProduction(ctx);
    if (production.stage !== undefined && ctx.options.format === 'markdown') {
        throw new UsageError('history --format markdown charts the branch registry; GTO tags keep no metrics');
    }
    if (production.fixed) {
        throw new UsageError('with --registry base there is no production history: see git log of the manifest');
    }
    const history = await production.history(name);
    if (!history) {
        ctx.err(production.stage !== undefined
            ? `no GTO tags for '${name}'\n`
            : `no registry entry for '${name}' on ${ctx.options.registryBranch}\n`);
        return 1;
    }
    return history.kind === 'stages' ? gtoHistory(ctx, history.model) : entryHistory(ctx, name, history.entry);
}
/** The registry entry: production now, then every event (with --all, those compacted away too). */
async function entryHistory(ctx, name, read) {
    const full = ctx.options.all ? await fullHistory(ctx, read) : undefined;
    const entry = full ? entryOf(name, full.history) : read;
    const now = new Date(ctx.now());
    if (ctx.options.format === 'json')
        ctx.out(serializeEntry(entry));
    else if (ctx.options.format === 'markdown') {
        ctx.out(renderHistoryMarkdown(entry, { policy: await headPolicy(ctx), now }));
    }
    else
        printHistory(ctx, entry, now);
    const left = full ? full.missing : (entry.earlier ?? 0);
    if (left > 0) {
        ctx.err(full
            ? `${left} older events are no longer in the git log of ${ctx.options.registryBranch} (a shallow clone?)\n`
            : `${left} older events are in the git log of ${ctx.options.registryBranch}: history ${name} --all lists them\n`);
    }
    return 0;
}
function printHistory(ctx, entry, now) {
    const p = entry.production;
    ctx.out(p
        ? `${entry.name}: production ${(0,report_escape/* escapeTerminal */.en)(p.version, 60)} since ${(0,report_escape/* escapeTerminal */.en)((0,time/* formatTimeAgo */.ak)(p.since, now), 80)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeTerminal */.en)(p.actor)}\n`
        : `${entry.name}: no production version\n`);
    const rows = entry.history.map((e) => [
        (0,report_escape/* escapeTerminal */.en)((0,time/* formatTime */.fU)(e.at), 40),
        e.type,
        (0,report_escape/* escapeTerminal */.en)(e.type === 'rollback' && e.from ? `${e.from} -> ${e.version}` : e.version, 80),
        (0,report_escape/* escapeTerminal */.en)(e.actor, 40),
        (0,report_escape/* escapeTerminal */.en)(e.commit ? e.commit.slice(0, 12) : e.sha ? e.sha.slice(0, 12) : ''),
        e.pr !== undefined ? `#${e.pr}` : '',
        (0,report_escape/* escapeTerminal */.en)(e.reason ?? '', 120),
    ]);
    const header = ['at', 'event', 'version', 'actor', 'commit', 'pr', 'reason'];
    for (const line of (0,columns/* alignColumns */.R)([header, ...rows]))
        ctx.out(`${line}\n`);
}
/** The policy at HEAD (it picks the charted metrics and their thresholds); the built-in one if none or invalid. */
async function headPolicy(ctx) {
    const head = await ctx.git.resolve('HEAD');
    try {
        const found = head ? await findPolicy(ctx.source, head, ctx.options.policy) : undefined;
        if (found?.text === undefined)
            return core_policy/* DEFAULT_POLICY */.zj;
        return (0,core_policy/* parsePolicy */.ON)(found.text, found.path);
    }
    catch (error) {
        ctx.err(`model-gate: ${(0,diagnostics/* errorMessage */.gJ)(error)} (charting with the built-in policy)\n`);
        return core_policy/* DEFAULT_POLICY */.zj;
    }
}
/** The model as GTO's tags describe it: the stage's holder, then every version and stage event. */
function gtoHistory(ctx, model) {
    const stage = ctx.options.productionStage;
    if (ctx.options.format === 'json') {
        ctx.out(JSON.stringify(model, null, 2) + '\n');
        return 0;
    }
    const current = model.stages.find((s) => s.stage === stage)?.current;
    ctx.out(current
        ? `${model.model}: ${stage} ${current.version} since ${current.assignedAt} (${current.tag})\n`
        : `${model.model}: no version in stage ${stage}${model.deprecated ? ' (deprecated)' : ''}\n`);
    const rows = [];
    for (const v of model.versions) {
        if (v.registered)
            rows.push([v.createdAt, v.active ? 'register' : 'deregistered', v.version, '', v.commit.slice(0, 12)]);
    }
    for (const s of model.stages) {
        for (const e of s.events)
            rows.push([e.at, e.action, e.version, s.stage, e.commit.slice(0, 12)]);
    }
    rows.sort((a, b) => (0,core_text/* byText */.z4)(a[0] ?? '', b[0] ?? ''));
    const header = ['at', 'event', 'version', 'stage', 'commit'];
    for (const line of (0,columns/* alignColumns */.R)([header, ...rows.map((r) => r.map((c) => (0,report_escape/* escapeTerminal */.en)(c)))]))
        ctx.out(`${line}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/promote.ts






async function promote(ctx) {
    const args = ctx.options.positionals;
    if (!args.length)
        throw new UsageError('promote needs at least one manifest FILE');
    const production = openProduction(ctx);
    if (production.fixed) {
        throw new UsageError('with --registry base, production is the base commit itself: there is nothing to promote');
    }
    const loaded = await loadAll(ctx, args);
    if (!loaded)
        return 1;
    const results = await production.promoteAll(loaded.versions, {
        actor: await actor(ctx),
        at: ctx.now(),
        commit: loaded.commit,
        ...(ctx.options.reason ? { reason: ctx.options.reason } : {}),
    });
    // One file: its failure is the command's, as main reports it. Several: one line per model not promoted.
    const [only] = results;
    if (results.length === 1 && only && !only.ok)
        throw only.error;
    let failed = false;
    for (const p of results) {
        if (p.ok)
            ctx.out(promotedLine(p, ctx.options.registryBranch, production.stage));
        else {
            failed = true;
            ctx.err(`model-gate: ${(0,report_escape/* escapeTerminal */.en)((0,diagnostics/* errorMessage */.gJ)(p.error), 400)}\n`);
        }
    }
    return failed ? 1 : 0;
}
/**
 * Every FILE's version, all from one commit; undefined (after printing every problem) when one does not
 * validate: then nothing is promoted.
 */
async function loadAll(ctx, args) {
    const versions = [];
    const commits = new Set();
    const byName = new Map();
    /** The files read from HEAD through a work-tree path: each must be as committed (one git diff for all). */
    const committed = [];
    let invalid = false;
    for (const arg of args) {
        const file = await readFileArg(ctx, arg);
        const referenced = [];
        const result = await loadModelVersion(file.text, file.path, (p) => {
            referenced.push(p);
            return file.read(p);
        });
        if (!result.ok) {
            for (const e of result.errors)
                ctx.err(`${(0,report_escape/* escapeTerminal */.en)(e.message, 400)}\n`);
            invalid = true;
            continue;
        }
        if (!file.commit)
            throw new UsageError('promote reads committed files only');
        commits.add(file.commit);
        if (!file.ref && ctx.options.head === undefined)
            committed.push([file.path, ...referenced]);
        const name = result.version.manifest.name;
        const earlier = byName.get(name);
        if (earlier !== undefined) {
            throw new UsageError(`model '${name}' is declared by both ${earlier} and ${file.path}: promote one of them`);
        }
        byName.set(name, file.path);
        versions.push(result.version);
    }
    if (commits.size > 1) {
        throw new UsageError(`promote reads every FILE from one commit; these come from ${[...commits].map((c) => c.slice(0, 12)).join(' and ')}`);
    }
    const [commit] = commits;
    if (invalid || commit === undefined) {
        if (args.length > 1)
            ctx.err('model-gate: nothing was promoted: fix the manifests above first\n');
        return undefined;
    }
    if (committed.length)
        await refuseEdited(ctx, committed);
    return { versions, commit };
}
/** With a stage (GTO), the tags written; else the registry branch's commit. */
function promotedLine(p, branch, stage) {
    if (stage !== undefined) {
        const what = p.written.length ? `tags ${p.written.join(', ')}` : 'already in stage';
        return `promoted ${p.model} ${p.version} to ${stage} (${what})\n`;
    }
    const commit = p.written[0];
    return commit === undefined
        ? `already production: ${p.model} ${p.version}\n`
        : `promoted ${p.model} ${p.version} (${branch} ${commit.slice(0, 12)})\n`;
}
/**
 * What promote records is read from HEAD; an edit of a manifest or a file it references (metrics files)
 * not committed yet would be silently left out, so it is refused. git compares, once for every file: the work
 * tree is not read. Each group is a manifest's path, then the files it references.
 */
async function refuseEdited(ctx, groups) {
    const top = await ctx.git.line(['rev-parse', '--show-toplevel']);
    const paths = [...new Set(groups.flat())];
    const out = await ctx.git.text([
        '-C',
        top,
        'diff',
        '--name-only',
        '-z',
        'HEAD',
        '--',
        ...paths.map(literal),
    ]);
    const edited = out.split('\0').filter(Boolean)[0];
    if (edited !== undefined) {
        const manifest = groups.find((g) => g.includes(edited))?.[0] ?? edited;
        throw new UsageError(`${edited} differs from HEAD: commit it first, or promote REF:${manifest}`);
    }
}
/** A path as git's literal pathspec: no glob, whatever it contains. */
function literal(path) {
    return `:(literal)${path}`;
}

// EXTERNAL MODULE: ./src/core/reason.ts
var core_reason = __nccwpck_require__(1093);
;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts
/** `model-gate rollback NAME [--to VERSION] --reason TEXT`: production back to an earlier version. */





async function rollback(ctx) {
    const [name, ...rest] = ctx.options.positionals;
    if (name === undefined || rest.length)
        throw new UsageError('rollback needs exactly one model NAME');
    const problem = nameProblem(name);
    if (problem)
        throw new UsageError(`model name '${name}' ${problem}`);
    const reason = ctx.options.reason?.trim();
    if (!reason)
        throw new UsageError('rollback needs --reason TEXT: the history records why');
    const tooLong = (0,core_reason/* reasonProblem */.Ge)(reason);
    if (tooLong)
        throw new UsageError(`${tooLong} (--reason)`);
    const production = openProduction(ctx);
    if (production.fixed) {
        throw new UsageError('with --registry base, production is the base commit itself: revert the commit instead');
    }
    const result = await production.rollback(name, {
        ...(ctx.options.to ? { to: ctx.options.to } : {}),
        reason,
        actor: await actor(ctx),
        at: ctx.now(),
    });
    ctx.out(rolledBackLine(result, ctx.options.registryBranch, production.stage));
    return 0;
}
/** With a stage (GTO), the tag written; else the registry branch's commit. */
function rolledBackLine(r, branch, stage) {
    if (stage !== undefined) {
        return r.outcome === 'current'
            ? `${r.model} ${r.version} is already in stage ${stage}: no tag written\n`
            : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (tag ${r.written.join(', ')})\n`;
    }
    return r.outcome === 'current'
        ? `${r.model} ${r.version} is already production: nothing written\n`
        : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (${branch} ${r.written[0]?.slice(0, 12) ?? ''})\n`;
}

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

;// CONCATENATED MODULE: ./src/cli/commands/status.ts
/** `model-gate status`: every model, its production version, since when, by whom and from which registry. */











async function status_status(ctx) {
    const [ref, ...rest] = ctx.options.positionals;
    if (rest.length)
        throw new UsageError(`status takes at most one REF (got '${rest[0]}')`);
    const production = openProduction(ctx);
    if (production.fixed) {
        throw new UsageError('with --registry base, production is the default branch itself: see its manifests');
    }
    const commit = await commitOf(ctx, ref);
    if (production.stage === undefined) {
        const models = await modelsAt(ctx.source, commit, ctx.options.manifests);
        return print(ctx, await branchStatus(ctx, commit, models));
    }
    // A DVC model with no model.yaml takes the version GTO registered at the commit, else the commit label.
    const tags = await new GitTagStore(ctx.git).list((name) => parseGtoTag(name) !== undefined);
    const state = gtoState(tags);
    const registered = (name) => state.models.find((m) => m.model === name)?.versions.find((v) => v.registered && v.commit === commit)
        ?.version;
    const models = await modelsAt(ctx.source, commit, ctx.options.manifests, registered);
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
    const store = registryStore(ctx);
    const tip = (await store.tip()).parent;
    const rows = new Map();
    const errors = [];
    if (tip) {
        const files = (await ctx.source.listFiles(tip)).filter((p) => p.startsWith(`${REGISTRY_DIR}/`) && p.endsWith('.json'));
        for (const path of files.sort()) {
            const entry = await status_readEntry(store, tip, path, errors);
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
async function status_readEntry(store, tip, path, errors) {
    try {
        const text = await store.readFile(tip, path);
        return text === undefined ? undefined : parseRegistryEntry(text, `${store.branch}:${path}`);
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

;// CONCATENATED MODULE: ./src/cli/commands/validate-dvc.ts
/** `model-gate validate dvc.yaml`: the implicit manifest of each `type: model` artifact, derived and printed. */





/**
 * Errors of every derived manifest; for each valid one, its summary line, the manifest it stands for, and a
 * warning per params key that says otherwise than dvc.lock (what `check` warns about).
 */
async function validateDvcYaml(ctx, file) {
    const exists = async (p) => (await file.read(p).catch(() => undefined)) !== undefined;
    const label = file.ref ? `0.0.0+commit.${file.ref.slice(0, 12)}` : '0.0.0+workspace';
    const models = await implicitManifestsOf(file.text, file.path, { read: file.read, exists }, () => label);
    if (models.length === 0) {
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (no artifact of type model: no implicit manifest)\n`);
        return [];
    }
    const errors = [];
    for (const m of models) {
        if (!m.manifest) {
            errors.push(...(m.errors ?? []).map((e) => e.message));
            continue;
        }
        const loaded = await versionOf(m.manifest, file.read);
        if (!loaded.ok) {
            errors.push(...loaded.errors.map((e) => e.message));
            continue;
        }
        const { name, version } = loaded.version.manifest;
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(m.path)} (${name} ${version}, ${loaded.version.metrics.size} metrics): the implicit manifest\n`);
        const derived = (0,dist/* stringify */.As)(loaded.version.manifest.snapshot);
        for (const line of derived.trimEnd().split('\n'))
            ctx.out(`  ${(0,report_escape/* escapeTerminal */.en)(line, 400)}\n`);
        const drift = m.recordedParams ? await paramsDrift(m.recordedParams, file.read) : undefined;
        for (const w of drift?.warnings ?? [])
            ctx.out(`warning: ${(0,report_escape/* escapeTerminal */.en)(w, 400)}\n`);
        errors.push(...(drift?.errors ?? []).map((e) => e.message));
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** `model-gate validate FILE...`: every error of every file, each with file:line:col. */









async function validate(ctx) {
    const files = ctx.options.positionals;
    if (files.length === 0)
        throw new UsageError('validate needs at least one FILE');
    let failed = 0;
    for (const arg of files) {
        const errors = await validateOne(ctx, arg);
        if (errors.length === 0)
            continue;
        failed++;
        for (const e of errors)
            ctx.err(`${(0,report_escape/* escapeTerminal */.en)(e, 400)}\n`);
    }
    ctx.out(`${files.length - failed} valid, ${failed} invalid\n`);
    return failed ? 1 : 0;
}
async function validateOne(ctx, arg) {
    try {
        const file = await readFileArg(ctx, arg);
        if (isPolicyFile(file.path, ctx.options.policy)) {
            (0,core_policy/* parsePolicy */.ON)(file.text, file.path);
            ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (policy)\n`);
            return [];
        }
        if (isDvcYaml(file.path))
            return await validateDvcYaml(ctx, file);
        const loaded = await loadModelVersion(file.text, file.path, file.read);
        if (!loaded.ok)
            return loaded.errors.map((e) => e.message);
        const m = loaded.version.manifest;
        ctx.out(`ok ${(0,report_escape/* escapeTerminal */.en)(file.path)} (${m.name} ${m.version}, ${loaded.version.metrics.size} metrics)\n`);
        return [];
    }
    catch (error) {
        if (error instanceof FileArgError)
            return [error.message];
        if (error instanceof UsageError)
            return [`${arg}: ${error.message}`];
        if (error instanceof diagnostics/* InputError */.dz)
            return [error.message];
        return [`${arg}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`];
    }
}
function isPolicyFile(path, policyPath) {
    return path === policyPath || /^model-gate\.ya?ml$/.test((0,external_node_path_namespaceObject.basename)(path));
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `model-gate` command line: parse flags once, open the repository, run one command, map to an exit code. */
















const COMMANDS = {
    check: check,
    diff: diff,
    validate: validate,
    promote: promote,
    rollback: rollback,
    history: history_history,
    status: status_status,
    adopt: adopt,
};
async function main(argv, output, cwd = process.cwd()) {
    try {
        const options = parseCli(argv, cwd);
        if (options.version) {
            output.out(`model-gate ${VERSION}\n`);
            return 0;
        }
        if (options.help || options.command === 'help') {
            const topic = options.command === 'help' ? options.positionals[0] : options.command;
            output.out((topic !== undefined && commandHelp(topic)) || USAGE);
            return 0;
        }
        // Own properties only: `model-gate constructor` or `toString` is an unknown command, not Object's.
        const command = Object.hasOwn(COMMANDS, options.command) ? COMMANDS[options.command] : undefined;
        if (!command) {
            throw new UsageError(options.command ? `unknown command '${options.command}'` : 'no command given');
        }
        if (options.worktree && options.head !== undefined) {
            throw new UsageError('--worktree reads the work tree, --head a commit: give one of them');
        }
        const ctx = await openContext(options, output, () => new Date().toISOString());
        try {
            return await command(ctx);
        }
        finally {
            ctx.source.close();
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            output.err(`model-gate: ${error.message}\nRun 'model-gate --help' for usage.\n`);
            return 2;
        }
        if (error instanceof diagnostics/* InputError */.dz ||
            error instanceof RegistryError ||
            error instanceof RegistryConflictError) {
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
}


/***/ }),

/***/ 6251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pipeOutput)
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


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XX: () => (/* binding */ render),
  Rs: () => (/* binding */ renderParts),
  zK: () => (/* binding */ wantsColor)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7213);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __nccwpck_require__(5815);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __nccwpck_require__(3579);
// EXTERNAL MODULE: ./src/core/report/policy-section.ts
var policy_section = __nccwpck_require__(8642);
;// CONCATENATED MODULE: ./src/core/report/json.ts




const REPORT_SCHEMA_VERSION = 1;
function reportToJson(report) {
    return {
        schema: REPORT_SCHEMA_VERSION,
        verdict: report.verdict,
        policy: report.policySource,
        ...(report.base ? { base: report.base } : {}),
        ...(report.head ? { head: report.head } : {}),
        errors: (report.errors ?? []).map((e) => ({ location: (0,diagnostics/* formatPosition */.Ld)(e.position), message: e.detail })),
        policy_changes: (0,policy_section/* policyDiffToJson */.T_)(report.policyChanges),
        ...(report.registryMissing
            ? {
                registry_missing: {
                    ...report.registryMissing,
                    message: (0,fail_on/* registryMissingMessage */.Fs)(report.registryMissing.branch),
                },
            }
            : {}),
        models: report.models.map(modelToJson),
    };
}
function modelToJson(m) {
    return {
        name: m.name,
        path: m.path,
        status: m.status,
        verdict: m.verdict,
        gate_verdict: m.gateVerdict,
        candidate_version: m.candidateVersion ?? null,
        production_version: m.baselineVersion ?? null,
        production_source: m.baselineSource ?? null,
        production_digest: m.baselineDigest ?? null,
        renamed_from: m.renamedFrom ?? null,
        checked_because: m.checkedBecause ?? [],
        ...(m.measuredInRun?.length ? { measured_in_run: m.measuredInRun } : {}),
        // exact ISO 8601 time; the other reports show it for people
        production_promoted: m.baselinePromoted ?? null,
        identity: m.identity ?? (m.status === 'new' || m.status === 'removed' ? m.status : 'same'),
        accepted: m.accepted ?? null,
        acceptance_lapsed: m.acceptanceLapsed ?? null,
        warnings: m.warnings ?? [],
        skipped: (m.skipped ?? []).map((x) => ({
            name: x.name,
            type: x.type,
            location: (0,diagnostics/* formatPosition */.Ld)({ file: x.file, line: x.line }),
        })),
        errors: m.errors.map((e) => ({ location: (0,diagnostics/* formatPosition */.Ld)(e.position), message: e.detail })),
        notes: m.notes,
        metrics: m.metrics.map((x) => ({
            name: x.name,
            verdict: x.verdict,
            level: x.level,
            production: x.baseline?.value ?? null,
            candidate: x.candidate?.value ?? null,
            delta: x.delta ?? null,
            delta_percent: x.deltaPercent ?? null,
            better: x.rule.better,
            better_inferred: x.rule.betterInferred,
            warn: x.rule.warn ? (0,policy/* formatTolerance */.z9)(x.rule.warn) : null,
            fail: x.rule.fail ? (0,policy/* formatTolerance */.z9)(x.rule.fail) : null,
            min: x.rule.min ?? null,
            max: x.rule.max ?? null,
            required: x.required,
            named_by_policy: x.named ?? false,
            renamed_from: x.renamedFrom ?? null,
            evaluation_changed: x.evaluationChanged ?? null,
            noise_ignored: x.noiseIgnored ?? null,
            p_value: x.pValue ?? null,
            location: x.file ? (0,diagnostics/* formatPosition */.Ld)({ file: x.file, line: x.line }) : null,
        })),
        changes: m.changes,
        trend: m.trend ? trendToJson(m.trend) : null,
    };
}
function trendToJson(t) {
    return {
        versions: t.labels,
        candidate: t.candidate,
        omitted: t.omitted,
        metrics: t.series.map((s) => ({
            name: s.metric,
            better: s.better,
            values: s.values.map((v) => v ?? null),
            threshold: s.threshold ?? null,
        })),
    };
}
function renderJson(report) {
    return JSON.stringify(reportToJson(report), null, 2) + '\n';
}
/**
 * renderJson's text in parts, one per model (the CLI writes them as they come: the whole text of a large
 * run need not be held at once). Joined, the parts are renderJson's text exactly.
 */
function* renderJsonParts(report) {
    const text = renderJson({ ...report, models: [] });
    if (report.models.length === 0) {
        yield text;
        return;
    }
    const empty = '"models": []\n}\n';
    yield `${text.slice(0, text.length - empty.length)}"models": [`;
    const [before, after] = ['{\n  "models": [\n    ', '\n  ]\n}'];
    for (const [i, m] of report.models.entries()) {
        // The model as it is indented in the whole report: inside {"models": [...]}.
        const model = JSON.stringify({ models: [modelToJson(m)] }, null, 2);
        yield `${i ? ',' : ''}\n    ${model.slice(before.length, model.length - after.length)}`;
    }
    yield '\n  ]\n}\n';
}
/** Regressions for the action's `regressions` output: every metric that warned or failed. */
function regressions(report) {
    return report.models.flatMap((m) => m.metrics
        .filter((x) => x.level !== 'pass')
        .map((x) => ({
        model: m.name,
        metric: x.name,
        verdict: x.verdict,
        level: x.level,
        production: x.baseline?.value ?? null,
        candidate: x.candidate?.value ?? null,
        delta: x.delta ?? null,
        accepted: m.accepted !== undefined,
    })));
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts + 1 modules
var markdown = __nccwpck_require__(698);
// EXTERNAL MODULE: ./src/core/reason.ts
var reason = __nccwpck_require__(1093);
// EXTERNAL MODULE: ./src/core/report/columns.ts
var columns = __nccwpck_require__(3483);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __nccwpck_require__(281);
// EXTERNAL MODULE: ./src/core/report/marks.ts
var marks = __nccwpck_require__(6746);
// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __nccwpck_require__(1297);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __nccwpck_require__(895);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __nccwpck_require__(3617);
;// CONCATENATED MODULE: ./src/core/report/text.ts
/** The report for a terminal: plain text, aligned columns, no markup, no control characters. */










/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeTerminal */.en)(text, 40);
const ANSI = { fail: '31', warn: '33', pass: '32', bold: '1', dim: '2' };
function renderText(report, options = {}) {
    const paint = options.color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_, t) => t;
    const verdict = report.verdict === 'skip' ? 'pass' : report.verdict;
    const out = [paint('bold', paint(verdict, format/* RUN_TITLE */.xD[report.verdict])), (0,format/* summaryLine */.dC)(report)];
    for (const e of report.errors ?? [])
        out.push(paint('fail', `error: ${(0,report_escape/* escapeTerminal */.en)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeTerminal */.en)(e.detail, 300)}`));
    if (report.registryMissing) {
        const { branch, level } = report.registryMissing;
        out.push(paint(level, `${level === 'fail' ? 'error' : 'warning'}: ${(0,report_escape/* escapeTerminal */.en)((0,fail_on/* registryMissingMessage */.Fs)(branch), 300)}`));
    }
    if (report.models.length)
        out.push(`Policy: ${(0,report_escape/* escapeTerminal */.en)(report.policySource)}`);
    if (report.policyChanges)
        out.push('', ...(0,policy_section/* policySectionText */.Jy)(report.policyChanges));
    for (const m of report.models)
        out.push('', ...modelLines(m, paint, options.now));
    return out.join('\n') + '\n';
}
function production(m, now) {
    const p = m.baselinePromoted;
    if (!m.baselineSource || !p)
        return undefined;
    const how = p.event === 'rollback' ? 'rolled back' : 'promoted';
    return `  production from ${(0,report_escape/* escapeTerminal */.en)(m.baselineSource)}: ${how} by ${(0,report_escape/* escapeTerminal */.en)(p.actor)} ${(0,time/* formatTimeAgo */.ak)(p.at, now, when)}`;
}
function modelLines(m, paint, now) {
    const versions = m.baselineVersion && m.candidateVersion
        ? ` ${m.baselineVersion} -> ${m.candidateVersion}`
        : m.candidateVersion
            ? ` ${m.candidateVersion}`
            : '';
    const mark = paint(m.verdict, `[${(0,marks/* markWord */.mo)(m)}]`);
    const lines = [
        `${mark} ${paint('bold', (0,report_escape/* escapeTerminal */.en)(m.name))}${versions}: ${(0,format/* modelVerdictLabel */.bO)(m)}  (${(0,report_escape/* escapeTerminal */.en)(m.path)})`,
    ];
    const from = production(m, now);
    if (from)
        lines.push(paint('dim', from));
    for (const e of m.errors)
        lines.push(paint('fail', `  error: ${(0,report_escape/* escapeTerminal */.en)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeTerminal */.en)(e.detail, 300)}`));
    const because = (0,format/* checkedBecauseLine */.iO)(m);
    if (because)
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(because, 600)}`);
    const measured = (0,format/* measuredInRunLine */.F6)(m);
    if (measured)
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(measured, 600)}`);
    if (m.accepted)
        lines.push(`  accepted by ${(0,report_escape/* escapeTerminal */.en)(m.accepted.actor)} ${(0,time/* formatTimeAgo */.ak)(m.accepted.at, now, when)}: ${(0,report_escape/* escapeTerminal */.en)(m.accepted.reason, reason/* REASON_SHOWN */.LQ)}`);
    if (m.acceptanceLapsed)
        lines.push(paint('fail', `  error: acceptance lapsed: ${(0,report_escape/* escapeTerminal */.en)(m.acceptanceLapsed, 400)}`));
    for (const w of m.warnings ?? [])
        lines.push(paint('warn', `  warning: ${(0,report_escape/* escapeTerminal */.en)(w, 400)}`));
    for (const n of m.notes)
        lines.push(`  note: ${(0,report_escape/* escapeTerminal */.en)(n, 300)}`);
    const skipped = (0,format/* skippedLine */.Bo)(m);
    if (skipped)
        lines.push(`  note: ${(0,report_escape/* escapeTerminal */.en)(skipped, 1200)}`);
    if (m.metrics.length)
        lines.push(...table(m.metrics, paint).map((l) => `  ${l}`));
    if (m.changes.length) {
        lines.push('  what changed:');
        for (const c of m.changes) {
            const key = c.key ? `${c.section}.${c.key}` : c.section;
            const before = (0,report_escape/* escapeTerminal */.en)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.before)), 80);
            const after = (0,report_escape/* escapeTerminal */.en)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.after)), 80);
            const what = c.kind === 'added'
                ? `added ${after}`
                : c.kind === 'removed'
                    ? `removed (was ${before})`
                    : `${before} -> ${after}`;
            lines.push(`    ${(0,report_escape/* escapeTerminal */.en)(key)}: ${what}`);
        }
    }
    return lines;
}
function table(metrics, paint) {
    const rows = [
        ['metric', 'production', 'candidate', 'delta', 'delta %', 'verdict', 'rule'],
        ...metrics.map((x) => [
            (0,report_escape/* escapeTerminal */.en)((0,format/* metricLabel */.B)(x)),
            x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '-',
            x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '-',
            (0,format/* formatDelta */.CW)(x.delta) || '-',
            (0,format/* formatPercent */.l9)(x.deltaPercent) || '-',
            (0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeTerminal */.en)(t, 300)),
            (0,format/* formatRule */.UT)(x.rule),
        ]),
    ];
    // Colour after aligning: escape sequences have no width on screen.
    return (0,columns/* alignColumns */.R)(rows).map((line, i) => {
        const level = i === 0 ? undefined : metrics[i - 1]?.level;
        return i === 0 ? paint('dim', line) : level && level !== 'pass' ? paint(level, line) : line;
    });
}

;// CONCATENATED MODULE: ./src/cli/render.ts



/** The report as render gives it, in parts to write one after the other (JSON: one per model). */
function renderParts(report, format, options = {}) {
    return format === 'json' ? renderJsonParts(report) : [render(report, format, options)];
}
function render(report, format, options = {}) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'markdown')
        return (0,markdown/* renderMarkdown */.G)(report, options.now ? { now: options.now } : {});
    return renderText(report, options);
}
/** Colour on a terminal, unless NO_COLOR is set to anything but the empty string (https://no-color.org). */
function wantsColor(isTTY, env) {
    return isTTY === true && !env.NO_COLOR;
}


/***/ }),

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XW: () => (/* binding */ asInputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1542);
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

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PJ: () => (/* binding */ DOCUMENT_LIMITS),
  be: () => (/* binding */ formatOf),
  nK: () => (/* binding */ isPlainMap),
  Aj: () => (/* binding */ oversizeError),
  Tp: () => (/* binding */ parseDocument),
  dH: () => (/* binding */ parseJsonDocument)
});

// UNUSED EXPORTS: tomlDeepLine

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ../main/node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(3439);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7213);
;// CONCATENATED MODULE: ./src/core/nesting.ts
/**
 * Nesting depth, checked while parsing and before anything recurses. The YAML parser slows down
 * quadratically on deep flow collections (`[[[[...`) and its composer recurses once per level, so a deep
 * document used to end in a stack overflow after seconds. Here flow brackets are counted token by token as
 * the lexer produces them (stopping at the first one too deep), then the parsed token tree is measured
 * without recursion, and only a document within the limit is composed.
 */

/** The offset where nesting passes maxDepth, thrown as this error. */
class TooDeep extends Error {
    offset;
    constructor(offset) {
        super('too deep');
        this.offset = offset;
    }
}
function parseYamlWithinDepth(text, maxDepth) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const parser = new yaml_dist/* Parser */.iX(lineCounter.addNewLine);
    const tokens = [];
    lineCounter.addNewLine(0);
    let flow = 0;
    for (const lexeme of new yaml_dist/* Lexer */.JG().lex(text)) {
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
    const composer = new yaml_dist/* Composer */.Dk({ uniqueKeys: false, strict: true });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first)
            first = doc;
        else {
            const at = [doc.range[0], doc.range[1]];
            first.errors.push(new yaml_dist/* YAMLParseError */.XT(at, 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
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
/**
 * Safe parsing of untrusted YAML, JSON and TOML into plain data, with the source position of every key.
 *
 * Defences, each a documented limit: size (bytes), total nodes visited (aliases counted each time they are
 * expanded, so an alias bomb fails fast), nesting depth, duplicate keys, keys that could reach an object's
 * prototype, and numbers that are not finite.
 */





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
        if ((0,yaml_dist/* isAlias */.Vj)(node))
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
        if ((0,yaml_dist/* isScalar */.jn)(node)) {
            const value = scalarValue(node.value, this.where(rangeStart(node)));
            if (typeof value === 'string')
                this.charge(0, value.length, node);
            return { value, height: 0 };
        }
        if ((0,yaml_dist/* isMap */.jh)(node))
            return this.visitMap(node.items, path, depth);
        if ((0,yaml_dist/* isSeq */.oP)(node)) {
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
            if (!(0,yaml_dist/* isPair */.tO)(item))
                continue;
            const keyNode = item.key;
            const keyPos = this.where(rangeStart(keyNode));
            const rawKey = (0,yaml_dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
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
        raw = parse(text, { maxDepth: DOCUMENT_LIMITS.maxDepth });
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

/***/ 5815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ registryMissingMessage),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   SS: () => (/* binding */ withMissingRegistry),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   XV: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1326);

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

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ FieldReader)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7213);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2244);
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

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   sB: () => (/* binding */ matchGlob)
/* harmony export */ });
/* unused harmony exports STRICT_OPTIONS, PRECOMPILED */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Globs, with picomatch and GitHub's semantics for workflow path filters: `*` and `?` stay inside one
 * segment, `**` spans segments, `[ab]` is a class, `{a,b}` is either. File paths use '/' as the separator,
 * metric names '.', model names '/'. A leading '!' excludes, in the list of manifest globs only.
 */

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
        match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, OPTIONS);
        cache.set(pattern, match);
    }
    return match;
}
/** '.'-separated names are matched as paths: '.' and '/' trade places in both the pattern and the name. */
function asPath(text, separator) {
    return separator === '/' ? text : text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}
function isGlob(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern, OPTIONS).isGlob;
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
        return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, STRICT_OPTIONS);
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

/***/ 1326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ countEffects),
/* harmony export */   kh: () => (/* binding */ withPolicyChanges),
/* harmony export */   wR: () => (/* binding */ diffPolicies)
/* harmony export */ });
/* unused harmony exports POLICY_DIFF_MAX_RULES, toleranceChange, boundChange, significanceChanges, limitChanges, policyDiffLevel */
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1326);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1355);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3579);
/**
 * What a proposed policy changes, rule by rule, compared with the policy in force: each difference is looser
 * (the gate lets more through), tighter, or neutral. Pure: two parsed policies in, a list of changes out.
 *
 * Rules are compared as they resolve, at four levels: the defaults; each metric the policy names, for every
 * model; each model override's defaults; and each metric a model override names, for that model. A change is
 * listed at the most general level where it shows, so one edit of `defaults` is one row, not one per metric.
 */



/** Past this many rules in one policy the diff is not computed rule by rule: one looser row says so. */
const POLICY_DIFF_MAX_RULES = 1000;
const TIERS = ['warn', 'fail'];
const BOUNDS = ['min', 'max'];
function diffPolicies(before, after) {
    const out = { before: before.source, after: after.source };
    const size = Math.max(ruleCount(before), ruleCount(after));
    if (size > POLICY_DIFF_MAX_RULES) {
        const note = `${size} rules, over the ${POLICY_DIFF_MAX_RULES} compared one by one: review it by hand`;
        return { ...out, changes: [change('policy', 'rules', 'in force', 'proposed', 'looser', note)] };
    }
    const changes = [];
    const base = ruleAt(before, after, undefined, undefined);
    changes.push(...ruleChanges('defaults', base));
    for (const metric of metricNames(before, after)) {
        const at = ruleAt(before, after, undefined, metric);
        const scope = `metrics.${metric}`;
        const rows = ruleChanges(scope, at, [base]);
        changes.push(...(rows.length ? rows : presence(scope, hasMetric(before, metric), hasMetric(after, metric))));
    }
    changes.push(...requireChanges('require', before.require, after.require));
    changes.push(...significanceChanges(before, after));
    changes.push(...limitChanges(before, after));
    for (const model of modelPatterns(before, after))
        changes.push(...modelChanges(before, after, model, base));
    return { ...out, changes };
}
function modelChanges(before, after, model, base) {
    const scope = `models.${model}`;
    const own = ruleAt(before, after, model, undefined);
    const changes = ruleChanges(`${scope}.defaults`, own, [base]);
    for (const metric of modelMetricNames(before, after, model)) {
        const parents = [ruleAt(before, after, undefined, metric), own];
        changes.push(...ruleChanges(`${scope}.metrics.${metric}`, ruleAt(before, after, model, metric), parents));
    }
    const global = new Set([...before.require, ...after.require]);
    const required = (p) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredMetrics */ .$F)(p, model).filter((m) => !global.has(m));
    changes.push(...requireChanges(`${scope}.require`, required(before), required(after)));
    if (changes.length === 0) {
        const has = (p) => p.models.some((o) => o.pattern === model);
        changes.push(...presence(scope, has(before), has(after)));
    }
    return changes;
}
/**
 * The rule both policies resolve to for a model and a metric; an undefined model means "a model no override
 * names", an undefined metric "a metric no rule names".
 */
function ruleAt(before, after, model, metric) {
    const at = (p) => {
        const metrics = metric === undefined ? [] : p.metrics;
        const models = model === undefined ? [] : p.models.map((o) => (metric === undefined ? { ...o, metrics: [] } : o));
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRule */ .rj)({ ...p, metrics, models }, model ?? '', metric ?? '');
    };
    return [at(before), at(after)];
}
/** The settings that differ between a pair, unless a parent level shows the very same difference. */
function ruleChanges(scope, [a, b], parents = []) {
    const out = [];
    const shownAbove = (key) => parents.some(([pa, pb]) => same(pa[key], a[key]) && same(pb[key], b[key]));
    if (a.better !== b.better && !shownAbove('better')) {
        out.push(change(scope, 'better', a.better, b.better, 'looser', 'a worse value now counts as better'));
    }
    for (const tier of TIERS) {
        if (same(a[tier], b[tier]) || shownAbove(tier))
            continue;
        out.push(toleranceChange(scope, tier, a[tier], b[tier]));
    }
    for (const bound of BOUNDS) {
        if (a[bound] === b[bound] || shownAbove(bound))
            continue;
        out.push(boundChange(scope, bound, a[bound], b[bound]));
    }
    return out;
}
function same(x, y) {
    if (typeof x === 'object' && typeof y === 'object')
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(x) === (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(y);
    return x === y;
}
/**
 * A larger tolerance is looser, a removed one looser, an added one tighter. A percentage and an absolute
 * amount cannot be compared without a baseline value, so a change of kind counts as looser unless the new
 * tolerance is zero (nothing is stricter than zero).
 */
function toleranceChange(scope, tier, a, b) {
    const show = (t) => (t ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(t) : 'none');
    const row = (effect, note) => change(scope, tier, show(a), show(b), effect, note);
    if (!a)
        return row('tighter');
    if (!b)
        return row('looser');
    const size = (t) => (t.kind === 'absolute' ? t.amount : t.percent);
    if (a.kind === b.kind)
        return row(size(b) > size(a) ? 'looser' : 'tighter');
    if (size(b) === 0)
        return row(size(a) === 0 ? 'neutral' : 'tighter', 'changed kind');
    return row('looser', 'changed kind: which is wider depends on the baseline value');
}
/** A lower floor or a higher ceiling is looser; a removed bound looser, an added one tighter. */
function boundChange(scope, bound, a, b) {
    const show = (n) => (n === undefined ? 'none' : String(n));
    const row = (effect) => change(scope, bound, show(a), show(b), effect);
    if (a === undefined)
        return row('tighter');
    if (b === undefined)
        return row('looser');
    const higher = b > a;
    return row(higher === (bound === 'max') ? 'looser' : 'tighter');
}
function requireChanges(scope, a, b) {
    const removed = a.filter((m) => !b.includes(m));
    const added = b.filter((m) => !a.includes(m));
    return [
        ...removed.map((m) => change(scope, m, 'required', 'not required', 'looser')),
        ...added.map((m) => change(scope, m, 'not required', 'required', 'tighter')),
    ];
}
/**
 * With significance on, a failure whose p-value is above alpha becomes a warning: turning it on, or lowering
 * alpha, lets more failures through; turning it off, or raising alpha, fewer.
 */
function significanceChanges(before, after) {
    const a = before.significance?.alpha;
    const b = after.significance?.alpha;
    if (a === b)
        return [];
    const show = (x) => (x === undefined ? 'off' : String(x));
    const effect = a === undefined ? 'looser' : b === undefined ? 'tighter' : b < a ? 'looser' : 'tighter';
    return [change('significance', 'alpha', show(a), show(b), effect)];
}
/** A higher metric bound lets a run compare more (and refuse fewer models): looser; a lower one, tighter. */
function limitChanges(before, after) {
    const a = before.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    const b = after.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    if (a === b)
        return [];
    return [change('limits', 'metrics_per_run', String(a), String(b), b > a ? 'looser' : 'tighter')];
}
function presence(scope, a, b) {
    if (a === b)
        return [];
    return [
        change(scope, 'rule', a ? 'set' : 'none', b ? 'set' : 'none', 'neutral', 'same as what it inherits'),
    ];
}
function change(scope, setting, before, after, effect, note) {
    return { scope, setting, before, after, effect, ...(note ? { note } : {}) };
}
function metricNames(before, after) {
    return sortedUnion([...before.metrics, ...after.metrics].map((r) => r.pattern));
}
function hasMetric(p, metric) {
    return p.metrics.some((r) => r.pattern === metric);
}
function modelPatterns(before, after) {
    return sortedUnion([...before.models, ...after.models].map((o) => o.pattern));
}
function modelMetricNames(before, after, model) {
    const own = [...before.models, ...after.models].filter((o) => o.pattern === model);
    return sortedUnion(own.flatMap((o) => o.metrics.map((r) => r.pattern)));
}
function sortedUnion(names) {
    return [...new Set(names)].sort((x, y) => ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) === (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(y) ? (x < y ? -1 : 1) : (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) ? -1 : 1));
}
function ruleCount(p) {
    return p.metrics.length + p.require.length + p.models.reduce((n, o) => n + 1 + o.metrics.length, 0);
}
function countEffects(diff) {
    const counts = { looser: 0, tighter: 0, neutral: 0 };
    for (const c of diff?.changes ?? [])
        counts[c.effect]++;
    return counts;
}
/** Loosening the gate is a warning (so `fail-on: warn` blocks it); tightening it is not. */
function policyDiffLevel(diff) {
    return diff?.changes.some((c) => c.effect === 'looser') ? 'warn' : 'pass';
}
/** The run's verdict once the proposed policy is counted: a policy change alone is checked, not skipped. */
function withPolicyChanges(verdict, diff) {
    if (!diff)
        return verdict;
    const level = policyDiffLevel(diff);
    return verdict === 'skip' ? level : (0,_levels_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .Q)([verdict, level]);
}


/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7213);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2244);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9244);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1355);
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

/***/ 1093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ reasonProblem),
/* harmony export */   LQ: () => (/* binding */ REASON_SHOWN)
/* harmony export */ });
/* unused harmony export MAX_REASON */
/** The reasons people give for changing production or accepting a regression. */
/**
 * The one length limit of a reason a person writes (a rollback's, an acceptance's), in characters (Unicode
 * code points). A longer reason is refused, never cut: the history records what was written.
 */
const MAX_REASON = 500;
/** Why a reason cannot be recorded, or undefined when it can. */
function reasonProblem(reason) {
    const length = [...reason].length;
    return length > MAX_REASON
        ? `the reason is ${length} characters, over the limit of ${MAX_REASON}`
        : undefined;
}
/** Room to show any reason within the limit whole, even one whose every character is shown as `\uXXXX`. */
const REASON_SHOWN = MAX_REASON * 6;


/***/ }),

/***/ 2888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ renderTrend)
/* harmony export */ });
/* unused harmony exports xyChart, distinct, thresholdWords, mermaidText, mermaidNumber, axisRange */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3617);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1542);



/** Blue for the metric, red for the threshold (GitHub's palette). */
const PALETTE = '#0969da, #cf222e';
/** Wide and low: several charts stack in a 900-pixel column. */
const SIZE = { width: 760, height: 320 };
/** Every chart of the trend, then one caption that says how to read them. */
function renderTrend(trend) {
    const blocks = trend.series.map((s) => mermaidBlock(trend, s));
    return [...blocks, caption(trend)].join('\n\n');
}
function mermaidBlock(trend, s) {
    return ['```mermaid', ...xyChart(trend, s), '```'].join('\n');
}
/** The lines of one chart; versions with no value for the metric are left out of it. */
function xyChart(trend, s) {
    const last = trend.labels.length - 1;
    const points = distinct(trend.labels)
        .map((label, i) => ({
        label: trend.candidate && i === last ? `${label} (candidate)` : label,
        value: s.values[i],
    }))
        .filter((p) => p.value !== undefined);
    const values = points.map((p) => p.value);
    const [lo, hi] = axisRange([...values, ...(s.threshold ? [s.threshold.value] : [])]);
    const lines = [
        '---',
        'config:',
        '  xyChart:',
        `    width: ${SIZE.width}`,
        `    height: ${SIZE.height}`,
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${PALETTE}"`,
        '---',
        'xychart-beta',
        `  title "${mermaidText(title(s))}"`,
        `  x-axis [${points.map((p) => `"${mermaidText(p.label, 40)}"`).join(', ')}]`,
        `  y-axis "${s.better} is better" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
    ];
    if (s.threshold) {
        const t = mermaidNumber(s.threshold.value);
        lines.push(`  line [${points.map(() => t).join(', ')}]`);
    }
    return lines;
}
/**
 * Labels a chart can tell apart: a version that comes back (a rollback, a promotion again) is marked ↩, then
 * counted, since Mermaid draws equal labels on one spot.
 */
function distinct(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return n === 1 ? label : `${label} ↩${n === 2 ? '' : n - 1}`;
    });
}
function title(s) {
    return s.threshold ? `${s.metric}: ${thresholdWords(s)}` : s.metric;
}
/** "fails below 0.902", "fails above 100 (ceiling)". */
function thresholdWords(s) {
    const t = s.threshold;
    if (!t)
        return '';
    const side = s.better === 'higher' ? 'below' : 'above';
    const bound = t.kind === 'min' ? ' (floor)' : t.kind === 'max' ? ' (ceiling)' : '';
    return `fails ${side} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(t.value)}${bound}`;
}
function caption(trend) {
    const what = trend.candidate
        ? 'production versions, oldest first, then this candidate'
        : 'production versions, oldest first';
    const parts = [`Each chart: ${what}.`];
    if (trend.series.some((s) => s.threshold))
        parts.push('The flat line is where a candidate fails.');
    if (trend.omitted) {
        parts.push(`The ${trend.omitted} oldest production version${trend.omitted === 1 ? ' is' : 's are'} left out.`);
    }
    for (const s of trend.series) {
        const missing = trend.labels.filter((_, i) => s.values[i] === undefined);
        if (missing.length)
            parts.push(`No ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.metric, 60)} for ${missing.map((m) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m, 40)).join(', ')}.`);
    }
    return `<sub>${parts.join(' ')}</sub>`;
}
/** Text inside a Mermaid string: one line, no quote to end it, no comment marker, bounded. */
function mermaidText(text, max = 80) {
    // eslint-disable-next-line no-control-regex
    let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    s = s.replace(/"/g, "'").replace(/`/g, "'").replace(/%%+/g, '%').replace(/[<>]/g, ' ');
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clipChars */ .uk)(s, max);
}
/**
 * Mermaid's numbers have no exponent: plain decimals, 12 significant digits at most and 20 fraction digits at
 * most (rounded half away from zero; a negative that rounds to nothing is "-0"). Written out by hand: the
 * same text through Intl (toLocaleString) costs tens of milliseconds to load ICU on first use.
 */
function mermaidNumber(value) {
    const s = String(Number(value.toPrecision(12)));
    const e = s.indexOf('e');
    if (e < 0)
        return s;
    const negative = s.startsWith('-');
    const digits = s.slice(negative ? 1 : 0, e).replace('.', '');
    const point = 1 + Number(s.slice(e + 1)); // where the decimal point falls in digits
    const sign = negative ? '-' : '';
    if (point >= digits.length)
        return sign + digits + '0'.repeat(point - digits.length);
    return sign + roundedFraction('0'.repeat(-point) + digits, 20);
}
/** "0." and a fraction's digits rounded half up to at most max digits, without trailing zeros; "0" when none remain. */
function roundedFraction(fraction, max) {
    let kept = fraction.slice(0, max);
    if (fraction.length > max && fraction.charCodeAt(max) >= 53 /* '5' */) {
        // A fraction here has at least six leading zeros (exponent -7 or lower), so the carry stays inside it.
        const end = kept.search(/9*$/);
        kept = `${kept.slice(0, end - 1)}${Number(kept[end - 1]) + 1}`;
    }
    kept = kept.replace(/0+$/, '');
    return kept === '' ? '0' : `0.${kept}`;
}
/** A y-axis range around the values with a little room, on round numbers; never empty. */
function axisRange(values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min || Math.abs(max) * 0.02 || 1;
    const step = 10 ** (Math.floor(Math.log10(span)) - 1);
    const lo = Math.floor((min - span * 0.1) / step) * step;
    const hi = Math.ceil((max + span * 0.1) / step) * step;
    return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   en: () => (/* binding */ escapeTerminal)
/* harmony export */ });
/* unused harmony export visibleText */
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

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   F6: () => (/* binding */ measuredInRunLine),
/* harmony export */   Id: () => (/* binding */ verdictLabel),
/* harmony export */   M7: () => (/* binding */ levelIcon),
/* harmony export */   UT: () => (/* binding */ formatRule),
/* harmony export */   WB: () => (/* binding */ formatPlain),
/* harmony export */   Yd: () => (/* binding */ metricIcon),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   bO: () => (/* binding */ modelVerdictLabel),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   iO: () => (/* binding */ checkedBecauseLine),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   xD: () => (/* binding */ RUN_TITLE)
/* harmony export */ });
/* unused harmony exports formatP, countModels */
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3579);

function formatNumber(value) {
    if (Number.isInteger(value))
        return String(value);
    const text = value.toPrecision(6);
    if (text.includes('e'))
        return String(Number(text));
    return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
function formatDelta(value) {
    if (value === undefined)
        return '';
    const text = formatNumber(value);
    return value > 0 ? `+${text}` : text;
}
function formatPercent(value) {
    if (value === undefined)
        return '';
    const text = value.toFixed(2);
    return value > 0 ? `+${text}%` : `${text}%`;
}
const VERDICT_LABEL = {
    improved: 'improved',
    unchanged: 'unchanged',
    within: 'within tolerance',
    warn: 'warn',
    fail: 'fail',
    'below-floor': 'below floor',
    'above-ceiling': 'above ceiling',
    new: 'new',
    missing: 'missing',
    'not-comparable': 'not comparable',
};
/** The verdict in words; `esc` is applied to the parts that come from input (what changed, and why). */
function verdictLabel(m, esc = (t) => t) {
    let label = VERDICT_LABEL[m.verdict];
    if (m.verdict === 'missing' && m.required)
        label = 'missing (required)';
    else if (m.verdict === 'missing' && m.level === 'fail')
        label = 'missing (named by the policy)';
    if (m.insideNoise && m.pValue !== undefined)
        label = `${label} (inside noise, ${formatP(m.pValue)})`;
    else if (m.noiseIgnored && m.pValue !== undefined)
        label = `${label} (${formatP(m.pValue)}, noise not trusted: ${esc(m.noiseIgnored)})`;
    else if (m.pValue !== undefined && m.verdict === 'fail')
        label = `${label} (${formatP(m.pValue)})`;
    if (m.evaluationChanged)
        label = `${label} (evaluation data changed: ${esc(m.evaluationChanged)})`;
    return label;
}
/** A metric's name as the report shows it: a declared rename says what it was called in production. */
function metricLabel(m) {
    return m.renamedFrom ? `${m.name} (renamed from ${m.renamedFrom})` : m.name;
}
/** "checked because eval/metrics.json changed": the referenced files that made a model part of the check. */
function checkedBecauseLine(m) {
    const files = m.checkedBecause ?? [];
    if (files.length === 0)
        return undefined;
    const shown = files.slice(0, 5).join(', ');
    const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
    return `checked because ${shown}${more} changed`;
}
/** "skipped (not numbers): eval/metrics.json:3 accuracy (string)". */
function skippedLine(m) {
    const skipped = m.skipped ?? [];
    if (skipped.length === 0)
        return undefined;
    const items = skipped
        .slice(0, 10)
        .map((x) => `${x.file}${x.line ? `:${x.line}` : ''} ${x.name || '(root)'} (${x.type})`);
    const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : '';
    return `metrics-file entries skipped because they are not numbers: ${items.join(', ')}${more}`;
}
function formatP(p) {
    return p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`;
}
function levelIcon(level) {
    return level === 'fail' ? '❌' : level === 'warn' ? '⚠️' : '✅';
}
function metricIcon(m) {
    if (m.verdict === 'new')
        return '🆕';
    if (m.verdict === 'not-comparable')
        return '❔';
    return levelIcon(m.level);
}
function formatRule(rule) {
    const parts = [`${rule.better} is better${rule.betterInferred ? ' (inferred)' : ''}`];
    const tiers = [];
    if (rule.warn)
        tiers.push(`warn ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTolerance */ .z9)(rule.warn)}`);
    if (rule.fail)
        tiers.push(`fail ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTolerance */ .z9)(rule.fail)}`);
    if (rule.min !== undefined)
        tiers.push(`min ${formatNumber(rule.min)}`);
    if (rule.max !== undefined)
        tiers.push(`max ${formatNumber(rule.max)}`);
    if (tiers.length)
        parts.push(tiers.join(', '));
    return parts.join('; ');
}
function formatPlain(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
const RUN_TITLE = {
    fail: 'Model Gate: failed',
    warn: 'Model Gate: passed with warnings',
    pass: 'Model Gate: passed',
    skip: 'Model Gate: no model changes',
};
function countModels(report) {
    const c = { failed: 0, warned: 0, passed: 0, new: 0, accepted: 0, removed: 0 };
    for (const m of report.models) {
        if (m.verdict === 'fail')
            c.failed++;
        else if (m.verdict === 'warn')
            c.warned++;
        else if (m.accepted)
            c.accepted++;
        else if (m.status === 'removed')
            c.removed++;
        else if (m.status === 'new')
            c.new++;
        else
            c.passed++;
    }
    return c;
}
function summaryLine(report) {
    const c = countModels(report);
    const n = report.models.length;
    if (n === 0)
        return 'No model manifest changed.';
    const parts = [
        c.failed && `${c.failed} failed`,
        c.warned && `${c.warned} warned`,
        c.accepted && `${c.accepted} accepted`,
        c.passed && `${c.passed} passed`,
        c.new && `${c.new} new`,
        c.removed && `${c.removed} removed`,
    ].filter(Boolean);
    return `${n} model${n === 1 ? '' : 's'} checked: ${parts.join(', ')}.`;
}
function modelVerdictLabel(m) {
    if (m.accepted)
        return `accepted (${m.gateVerdict})`;
    if (m.status === 'invalid')
        return 'invalid';
    if (m.status === 'removed')
        return 'removed';
    const what = m.verdict === 'fail' ? 'failed' : m.verdict === 'warn' ? 'warned' : m.status === 'new' ? 'new' : 'passed';
    if (m.verdict === 'pass')
        return what;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const metrics = m.metrics.filter((x) => x.level === m.verdict).length;
    const errors = m.verdict === 'fail' ? m.errors.length : 0;
    const warnings = m.verdict === 'warn' ? (m.warnings?.length ?? 0) : 0;
    const parts = [
        metrics && plural(metrics, 'metric'),
        errors && plural(errors, 'error'),
        warnings && plural(warnings, 'warning'),
    ].filter(Boolean);
    return parts.length ? `${what} (${parts.join(', ')})` : what;
}
/** "metrics measured in this run: eval/metrics.json, produced by the job and not in git". */
function measuredInRunLine(m) {
    const files = m.measuredInRun ?? [];
    if (!files.length)
        return undefined;
    const shown = files.slice(0, 5).join(', ');
    const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
    return `metrics measured in this run: ${shown}${more}, produced by the job and not in git`;
}


/***/ }),

/***/ 698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ../main/node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(6463);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7213);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __nccwpck_require__(5815);
// EXTERNAL MODULE: ./src/core/reason.ts
var reason = __nccwpck_require__(1093);
// EXTERNAL MODULE: ./src/core/report/chart.ts
var chart = __nccwpck_require__(2888);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __nccwpck_require__(281);
// EXTERNAL MODULE: ./src/core/report/policy-section.ts
var policy_section = __nccwpck_require__(8642);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __nccwpck_require__(3617);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(1542);
;// CONCATENATED MODULE: ./src/core/report/html-text.ts
/**
 * Untrusted text inside raw HTML (a `<summary>`): markdown is not processed there, so markdown escapes
 * would show as backslashes. HTML-escaped instead, one line, bounded, with mentions, issue references and
 * autolinks broken by a zero-width space, as in escapeMarkdown.
 */

const ZWSP = '&#8203;';
function escapeHtmlText(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const s = (0,core_text/* clip */.$Q)(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), max);
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/#(?=\d)/g, `#${ZWSP}`) // before any ZWSP is written: its own '#' is followed by digits
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

// EXTERNAL MODULE: ./src/core/report/marks.ts
var report_marks = __nccwpck_require__(6746);
// EXTERNAL MODULE: ./src/core/report/shorten.ts
var shorten = __nccwpck_require__(1297);
// EXTERNAL MODULE: ./src/core/report/time.ts
var time = __nccwpck_require__(895);
;// CONCATENATED MODULE: ./src/core/report/markdown.ts
/** The pull-request comment, the check summary and the job summary: GitHub-flavoured markdown, as a string. */












/** A time that does not parse is shown escaped. */
const when = (text) => (0,report_escape/* escapeMarkdown */.FV)(text, 40);
const TABLE = { alignDelimiters: false };
function renderMarkdown(report, options = {}) {
    const render = (mode) => assemble(options, [
        headline(report),
        ...policySection(report),
        ...report.models.map((m) => modelSection(m, mode, options)),
    ]);
    const full = render('full');
    const max = options.maxLength;
    if (max === undefined || full.length <= max)
        return full;
    // The charts go first: they never push a failing row out.
    const plain = render('no-charts');
    if (plain.length <= max)
        return plain;
    return compact(report, options, max, full.length);
}
function assemble(options, sections) {
    return ([options.header, ...sections, options.footer].filter((s) => s !== undefined && s !== '').join('\n\n') +
        '\n');
}
function headline(report) {
    const lines = [`## ${(0,format/* levelIcon */.M7)(report.verdict)} ${format/* RUN_TITLE */.xD[report.verdict]}`, '', (0,format/* summaryLine */.dC)(report)];
    if (report.errors?.length) {
        lines.push('', report.errors
            .map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.detail, 300)}`)
            .join('\n'));
    }
    if (report.registryMissing) {
        const { branch, level } = report.registryMissing;
        lines.push('', `- ${level === 'fail' ? '❌' : '⚠️'} ${(0,report_escape/* escapeMarkdown */.FV)((0,fail_on/* registryMissingMessage */.Fs)(branch), 300)}`);
    }
    if (report.models.length > 0) {
        lines.push('', `Policy: ${(0,report_escape/* escapeMarkdown */.FV)(report.policySource)}.`);
        const rows = report.models.map((m) => [
            `${(0,report_marks/* markIcon */.z$)(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}`,
            m.candidateVersion ? `\`${m.candidateVersion}\`` : '',
            m.baselineVersion ? `\`${m.baselineVersion}\`` : m.status === 'new' ? 'none (new model)' : '',
            (0,format/* modelVerdictLabel */.bO)(m),
        ]);
        lines.push('', (0,markdown_table/* markdownTable */.Q)([['Model', 'Candidate', 'Production', 'Verdict'], ...rows], TABLE));
        const marks = (0,report_marks/* legend */.o1)(report.models);
        if (marks)
            lines.push('', `<sub>${marks}</sub>`);
    }
    return lines.join('\n');
}
/** What a proposed policy loosens and tightens: kept whole in the compact report too. */
function policySection(report) {
    return report.policyChanges ? [(0,policy_section/* policySectionMarkdown */.Ff)(report.policyChanges)] : [];
}
function modelTitle(m) {
    const versions = m.baselineVersion && m.candidateVersion
        ? ` \`${m.baselineVersion}\` → \`${m.candidateVersion}\``
        : m.candidateVersion
            ? ` \`${m.candidateVersion}\``
            : '';
    return `### ${(0,report_marks/* markIcon */.z$)(m)} ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}${versions}`;
}
/** "production from model-registry: promoted by Demo 2026-12-02 13:38 UTC (3 days ago)" */
function productionLine(m, now) {
    if (!m.baselineSource)
        return '';
    const p = m.baselinePromoted;
    const how = p
        ? `: ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${(0,report_escape/* escapeMarkdown */.FV)(p.actor, 60)} ${(0,time/* formatTimeAgo */.ak)(p.at, now, when)}`
        : '';
    return `, production from ${(0,report_escape/* escapeMarkdown */.FV)(m.baselineSource)}${how}`;
}
function modelSection(m, mode, options = {}) {
    const parts = [modelTitle(m)];
    const source = productionLine(m, options.now);
    parts.push(`${(0,report_escape/* escapeMarkdown */.FV)(m.path)}${m.status === 'new' ? ', new model: no production version yet' : source}`);
    if (m.errors.length) {
        parts.push(m.errors.map((e) => `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* formatPosition */.Ld)(e.position), 300)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.detail, 300)}`).join('\n'));
    }
    const because = (0,format/* checkedBecauseLine */.iO)(m);
    if (because)
        parts.push(`${(0,report_escape/* escapeMarkdown */.FV)(because.charAt(0).toUpperCase() + because.slice(1), 600)}.`);
    const measured = (0,format/* measuredInRunLine */.F6)(m);
    if (measured)
        parts.push(`🧪 ${(0,report_escape/* escapeMarkdown */.FV)(measured.charAt(0).toUpperCase() + measured.slice(1), 600)}.`);
    if (m.accepted) {
        parts.push(`Accepted by ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.actor, 60)} ${(0,time/* formatTime */.fU)(m.accepted.at, when)}: ${(0,report_escape/* escapeMarkdown */.FV)(m.accepted.reason, reason/* REASON_SHOWN */.LQ)}`);
    }
    if (m.acceptanceLapsed)
        parts.push(`- ❌ Acceptance lapsed: ${(0,report_escape/* escapeMarkdown */.FV)(m.acceptanceLapsed, 400)}`);
    if (m.warnings?.length)
        parts.push(m.warnings.map((w) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(w, 400)}`).join('\n'));
    if (m.notes.length)
        parts.push(m.notes.map((n) => `- ${(0,report_escape/* escapeMarkdown */.FV)(n, 300)}`).join('\n'));
    const skipped = (0,format/* skippedLine */.Bo)(m);
    if (mode !== 'problems' && skipped)
        parts.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(skipped, 1200)}`);
    const shown = mode === 'problems' ? m.metrics.filter((x) => x.level === 'fail') : m.metrics;
    if (shown.length) {
        const table = metricTable(shown);
        const open = mode === 'problems' || m.verdict !== 'pass';
        parts.push(open ? table : details(`Metrics (${shown.length})`, table));
    }
    if (mode === 'full' && m.trend?.series.length) {
        const names = m.trend.series.map((s) => s.metric).join(', ');
        parts.push(details(`Trend: ${escapeHtmlText(names, 200)}`, (0,chart/* renderTrend */.eE)(m.trend)));
    }
    if (mode !== 'problems' && m.changes.length) {
        const sections = [...new Set(m.changes.map((c) => c.section))]
            .map((s) => escapeHtmlText(s, 60))
            .join(', ');
        const count = `${m.changes.length} change${m.changes.length === 1 ? '' : 's'}`;
        parts.push(details(`What changed: ${count} in ${sections}`, changeTable(m.changes)));
    }
    return parts.join('\n\n');
}
function metricTable(metrics) {
    const rows = metrics.map((x) => [
        (0,report_escape/* escapeMarkdown */.FV)((0,format/* metricLabel */.B)(x)),
        x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '',
        x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '',
        (0,format/* formatDelta */.CW)(x.delta),
        (0,format/* formatPercent */.l9)(x.deltaPercent),
        (0,format/* formatRule */.UT)(x.rule),
        `${(0,format/* metricIcon */.Yd)(x)} ${(0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeMarkdown */.FV)(t, 300))}`,
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['Metric', 'Production', 'Candidate', 'Δ', 'Δ %', 'Rule', 'Verdict'], ...rows], TABLE);
}
function changeTable(changes) {
    const rows = changes.map((c) => [
        (0,report_escape/* escapeMarkdown */.FV)(c.section),
        (0,report_escape/* escapeMarkdown */.FV)(c.key),
        c.kind,
        (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.before)), 80),
        (0,report_escape/* escapeMarkdown */.FV)((0,shorten/* shortenValue */.Vx)((0,format/* formatPlain */.WB)(c.after)), 80),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['Section', 'Key', 'Change', 'Production', 'Candidate'], ...rows], TABLE);
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The report cut to fit: the headline, then every failing row; what was left out is said. */
function compact(report, options, max, fullLength) {
    const where = options.fullReportLink ? `: ${options.fullReportLink}` : ' in the job summary';
    const notice = `> [!NOTE]\n> The full report (${fullLength} characters) is too long for this place; it shows the headline and every failing metric. Read the full report${where}.`;
    const sections = [headline(report), notice, ...policySection(report)];
    const problems = report.models.filter((m) => m.verdict === 'fail');
    for (const m of problems)
        sections.push(modelSection(m, 'problems'));
    const text = assemble(options, sections);
    if (text.length <= max)
        return text;
    // Still too long: keep as many failing rows as fit, and count the rest.
    const rows = [];
    let omitted = 0;
    const base = assemble(options, [headline(report), notice, ...policySection(report)]);
    let budget = max - base.length - 200;
    for (const m of problems) {
        for (const x of m.metrics.filter((y) => y.level === 'fail')) {
            const line = `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}: ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* metricLabel */.B)(x))} ${x.baseline ? (0,format/* formatNumber */.ZV)(x.baseline.value) : '–'} → ${x.candidate ? (0,format/* formatNumber */.ZV)(x.candidate.value) : '–'} (${(0,format/* verdictLabel */.Id)(x, (t) => (0,report_escape/* escapeMarkdown */.FV)(t, 300))})`;
            if (line.length + 1 <= budget) {
                rows.push(line);
                budget -= line.length + 1;
            }
            else {
                omitted++;
            }
        }
        for (const e of m.errors) {
            const line = `- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(m.name)}: ${(0,report_escape/* escapeMarkdown */.FV)(e.message, 300)}`;
            if (line.length + 1 <= budget) {
                rows.push(line);
                budget -= line.length + 1;
            }
            else
                omitted++;
        }
    }
    if (omitted)
        rows.push(`- … and ${omitted} more failing rows, in the full report`);
    const fitted = assemble(options, [headline(report), notice, ...policySection(report), rows.join('\n')]);
    if (fitted.length <= max)
        return fitted;
    // Even the headline is too long (thousands of models): cut its middle, keep the header and footer whole,
    // since the footer carries the stamp that protects a newer result.
    const ends = assemble(options, ['…']);
    const middle = assemble({}, [headline(report), notice]).slice(0, Math.max(0, max - ends.length - 2));
    return assemble(options, [`${middle}…`]);
}


/***/ }),

/***/ 6746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mo: () => (/* binding */ markWord),
/* harmony export */   o1: () => (/* binding */ legend),
/* harmony export */   z$: () => (/* binding */ markIcon)
/* harmony export */ });
/* unused harmony exports markOf, notComparableIcon */
const ICON = {
    fail: '❌',
    warn: '⚠️',
    pass: '✅',
    new: '🆕',
    removed: '🗑️',
    renamed: '🏷️',
    'not-comparable': '❔',
    accepted: '☑️',
};
const WORD = {
    fail: 'FAIL',
    warn: 'WARN',
    pass: 'PASS',
    new: 'NEW',
    removed: 'REMOVED',
    renamed: 'RENAMED',
    'not-comparable': 'NOT COMPARABLE',
    accepted: 'ACCEPTED',
};
/** What the marks that are not a plain verdict mean, in legend order. */
const MEANING = {
    new: 'new model, no production version yet',
    removed: 'manifest removed',
    renamed: 'renamed',
    'not-comparable': 'not comparable: evaluation data changed',
    accepted: 'regression accepted',
};
/**
 * A failure always shows as one; then an accepted regression, a removal, a new model; then a model whose only
 * warnings are metrics that cannot be compared; then a warning, a rename, a pass.
 */
function markOf(m) {
    if (m.verdict === 'fail')
        return 'fail';
    if (m.accepted)
        return 'accepted';
    const identity = m.identity ?? (m.status === 'new' ? 'new' : m.status === 'removed' ? 'removed' : 'same');
    if (identity === 'removed' || identity === 'new')
        return identity;
    const warned = m.metrics.filter((x) => x.level === 'warn');
    if (warned.length && warned.every((x) => x.verdict === 'not-comparable'))
        return 'not-comparable';
    if (m.verdict === 'warn')
        return 'warn';
    return identity === 'renamed' ? 'renamed' : 'pass';
}
function markIcon(m) {
    return ICON[markOf(m)];
}
function markWord(m) {
    return WORD[markOf(m)];
}
function notComparableIcon() {
    return ICON['not-comparable'];
}
/** `🆕 new model, no production version yet · ☑️ regression accepted`, or undefined when no such mark appears. */
function legend(models) {
    const seen = new Set(models.map(markOf));
    const parts = Object.keys(MEANING)
        .filter((k) => seen.has(k))
        .map((k) => `${ICON[k]} ${MEANING[k]}`);
    return parts.length ? parts.join(' · ') : undefined;
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ policySectionMarkdown),
/* harmony export */   Jy: () => (/* binding */ policySectionText),
/* harmony export */   T_: () => (/* binding */ policyDiffToJson)
/* harmony export */ });
/* unused harmony exports POLICY_ROWS_SHOWN, policyChangeLine, policyHeadline */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6463);
/* harmony import */ var _policy_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5307);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);
/**
 * The policy a pull request proposes, rendered beside the one in force: a markdown section, text lines and
 * JSON. Every scope and value may come from the pull request, so all of it is escaped.
 */



/** Most rows in the markdown table; the rest are counted (the JSON report lists them all). */
const POLICY_ROWS_SHOWN = 100;
const ICON = { looser: '⚠️', tighter: '🔒', neutral: '➖' };
/** One change as a line: "metrics.accuracy: fail 0.01 -> 0.5, looser". Raw text: escape where it is shown. */
function policyChangeLine(c) {
    return `${c.scope}: ${c.setting} ${c.before} -> ${c.after}, ${c.effect}${c.note ? ` (${c.note})` : ''}`;
}
function policyHeadline(diff) {
    const { looser, tighter, neutral } = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff);
    if (diff.changes.length === 0)
        return 'the file changed, no rule did';
    const parts = [
        looser && `${looser} loosened`,
        tighter && `${tighter} tightened`,
        neutral && `${neutral} unchanged in effect`,
    ].filter(Boolean);
    return `${parts.join(', ')}`;
}
function whatChanged(diff, escape) {
    const after = diff.after === 'built-in defaults'
        ? 'deletes the policy file: after merge the built-in defaults apply'
        : `changes ${escape(diff.after)}`;
    return `This pull request ${after}. This check still uses the policy in force (${escape(diff.before)}); loosening a rule is a warning.`;
}
/** Looser first: when rows are cut, what lets more through is what stays. */
function ordered(diff) {
    const rank = { looser: 0, tighter: 1, neutral: 2 };
    return [...diff.changes].sort((a, b) => rank[a.effect] - rank[b.effect]);
}
function policySectionMarkdown(diff) {
    const icon = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff).looser ? '⚠️' : '✅';
    const parts = [`### ${icon} Proposed policy: ${policyHeadline(diff)}`, whatChanged(diff, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s))];
    const shown = ordered(diff).slice(0, POLICY_ROWS_SHOWN);
    if (shown.length) {
        const rows = shown.map((c) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.scope),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.setting),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.before, 80),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.after, 80),
            `${ICON[c.effect]} ${c.effect}${c.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.note)})` : ''}`,
        ]);
        const header = ['Rule', 'Setting', 'In force', 'Proposed', 'Effect'];
        parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([header, ...rows], { alignDelimiters: false }));
    }
    const hidden = diff.changes.length - shown.length;
    if (hidden > 0)
        parts.push(`… and ${hidden} more change${hidden === 1 ? '' : 's'}, in the JSON report.`);
    return parts.join('\n\n');
}
function policySectionText(diff) {
    return [
        `Proposed policy: ${policyHeadline(diff)}`,
        `  ${whatChanged(diff, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(s))}`,
        ...ordered(diff).map((c) => `  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(policyChangeLine(c), 400)}`),
    ];
}
function policyDiffToJson(diff) {
    if (!diff)
        return null;
    const { looser, tighter } = (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countEffects */ ._x)(diff);
    return {
        in_force: diff.before,
        proposed: diff.after,
        loosened: looser,
        tightened: tighter,
        changes: diff.changes.map((c) => ({
            rule: c.scope,
            setting: c.setting,
            in_force: c.before,
            proposed: c.after,
            effect: c.effect,
            note: c.note ?? null,
        })),
    };
}


/***/ }),

/***/ 1297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ shortenValue)
/* harmony export */ });
/* unused harmony exports DIGEST_CHARS, URI_WIDTH, shortenDigests, shortenMiddle */
/**
 * Values that fit a 900-pixel column: digests shown as their first DIGEST_CHARS characters (the JSON report
 * keeps them whole), and URIs longer than URI_WIDTH cut in the middle, keeping the scheme, the host and the
 * file name.
 */
const DIGEST_CHARS = 12;
const URI_WIDTH = 40;
/** A run of 32 or more hex digits: an md5, sha1, sha256 or sha512 digest, or a full git object id. */
const DIGEST = /\b[0-9a-f]{32,}\b/gi;
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
function shortenDigests(text) {
    return text.replace(DIGEST, (d) => d.slice(0, DIGEST_CHARS));
}
/** text cut to width by an ellipsis in its middle: the start and the end are what tell URIs apart. */
function shortenMiddle(text, width) {
    const chars = [...text];
    if (chars.length <= width)
        return text;
    const tail = Math.floor((width - 1) / 2);
    const head = width - 1 - tail;
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/** A value for display: digests shortened, and a URI past URI_WIDTH cut in the middle. */
function shortenValue(text) {
    const short = shortenDigests(text);
    return URI.test(short) ? shortenMiddle(short, URI_WIDTH) : short;
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2197:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var resolveBlockMap = __nccwpck_require__(143);
var resolveBlockSeq = __nccwpck_require__(1854);
var resolveFlowCollection = __nccwpck_require__(9030);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(573);
var composeNode = __nccwpck_require__(4961);
var resolveEnd = __nccwpck_require__(1020);
var resolveProps = __nccwpck_require__(775);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 4961:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var composeCollection = __nccwpck_require__(2197);
var composeScalar = __nccwpck_require__(3573);
var resolveEnd = __nccwpck_require__(1020);
var utilEmptyScalarPosition = __nccwpck_require__(8407);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 3573:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var resolveBlockScalar = __nccwpck_require__(5089);
var resolveFlowScalar = __nccwpck_require__(5882);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 3104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2606);
var Document = __nccwpck_require__(573);
var errors = __nccwpck_require__(152);
var identity = __nccwpck_require__(4919);
var composeDoc = __nccwpck_require__(83);
var resolveEnd = __nccwpck_require__(1020);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);
var resolveProps = __nccwpck_require__(775);
var utilContainsNewline = __nccwpck_require__(4283);
var utilFlowIndentCheck = __nccwpck_require__(1795);
var utilMapIncludes = __nccwpck_require__(1091);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 5089:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 1854:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(6831);
var resolveProps = __nccwpck_require__(775);
var utilFlowIndentCheck = __nccwpck_require__(1795);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var resolveEnd = __nccwpck_require__(1020);
var resolveProps = __nccwpck_require__(775);
var utilContainsNewline = __nccwpck_require__(4283);
var utilMapIncludes = __nccwpck_require__(1091);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var resolveEnd = __nccwpck_require__(1020);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 775:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 8407:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 1795:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(4283);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var toJS = __nccwpck_require__(3899);
var Schema = __nccwpck_require__(8224);
var stringifyDocument = __nccwpck_require__(2285);
var anchors = __nccwpck_require__(9196);
var applyReviver = __nccwpck_require__(909);
var createNode = __nccwpck_require__(1732);
var directives = __nccwpck_require__(2606);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var visit = __nccwpck_require__(2588);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 1732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2606:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var visit = __nccwpck_require__(2588);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 152:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(3104);
var Document = __nccwpck_require__(573);
var Schema = __nccwpck_require__(8224);
var errors = __nccwpck_require__(152);
var Alias = __nccwpck_require__(7105);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var cst = __nccwpck_require__(9877);
var lexer = __nccwpck_require__(5145);
var lineCounter = __nccwpck_require__(1460);
var parser = __nccwpck_require__(2064);
var publicApi = __nccwpck_require__(4543);
var visit = __nccwpck_require__(2588);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9196);
var visit = __nccwpck_require__(2588);
var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);
var toJS = __nccwpck_require__(3899);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 4833:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(909);
var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 5773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var stringifyPair = __nccwpck_require__(7764);
var addPairToJSMap = __nccwpck_require__(8768);
var identity = __nccwpck_require__(4919);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Node = __nccwpck_require__(4833);
var toJS = __nccwpck_require__(3899);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 5462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(4156);
var addPairToJSMap = __nccwpck_require__(8768);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 6831:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(1732);
var stringifyCollection = __nccwpck_require__(4156);
var Collection = __nccwpck_require__(4661);
var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var toJS = __nccwpck_require__(3899);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7297);
var merge = __nccwpck_require__(9380);
var stringify = __nccwpck_require__(9300);
var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 4919:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 3899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(5089);
var resolveFlowScalar = __nccwpck_require__(5882);
var errors = __nccwpck_require__(152);
var stringifyString = __nccwpck_require__(1773);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(334);
var cstStringify = __nccwpck_require__(3701);
var cstVisit = __nccwpck_require__(5235);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 5145:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(9877);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 1460:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 2064:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(9877);
var lexer = __nccwpck_require__(5145);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(3104);
var Document = __nccwpck_require__(573);
var errors = __nccwpck_require__(152);
var log = __nccwpck_require__(7297);
var identity = __nccwpck_require__(4919);
var lineCounter = __nccwpck_require__(1460);
var parser = __nccwpck_require__(2064);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var map = __nccwpck_require__(4043);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var tags = __nccwpck_require__(6178);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var YAMLMap = __nccwpck_require__(5462);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 5632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 7562:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var YAMLSeq = __nccwpck_require__(6831);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 4704:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(1773);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 4359:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6229:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var stringifyNumber = __nccwpck_require__(3569);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 7602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 7904:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var bool = __nccwpck_require__(4359);
var float = __nccwpck_require__(6229);
var int = __nccwpck_require__(7602);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 8647:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var map = __nccwpck_require__(4043);
var seq = __nccwpck_require__(7562);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var bool = __nccwpck_require__(4359);
var float = __nccwpck_require__(6229);
var int = __nccwpck_require__(7602);
var schema = __nccwpck_require__(7904);
var schema$1 = __nccwpck_require__(8647);
var binary = __nccwpck_require__(4355);
var merge = __nccwpck_require__(9380);
var omap = __nccwpck_require__(6431);
var pairs = __nccwpck_require__(9281);
var schema$2 = __nccwpck_require__(3081);
var set = __nccwpck_require__(2504);
var timestamp = __nccwpck_require__(4960);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 4355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(389);
var stringifyString = __nccwpck_require__(1773);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 838:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var stringifyNumber = __nccwpck_require__(3569);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5609:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 6431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var toJS = __nccwpck_require__(3899);
var YAMLMap = __nccwpck_require__(5462);
var YAMLSeq = __nccwpck_require__(6831);
var pairs = __nccwpck_require__(9281);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var Scalar = __nccwpck_require__(389);
var YAMLSeq = __nccwpck_require__(6831);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 3081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(4043);
var _null = __nccwpck_require__(5632);
var seq = __nccwpck_require__(7562);
var string = __nccwpck_require__(4704);
var binary = __nccwpck_require__(4355);
var bool = __nccwpck_require__(6158);
var float = __nccwpck_require__(838);
var int = __nccwpck_require__(5609);
var merge = __nccwpck_require__(9380);
var omap = __nccwpck_require__(6431);
var pairs = __nccwpck_require__(9281);
var set = __nccwpck_require__(2504);
var timestamp = __nccwpck_require__(4960);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 2504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Pair = __nccwpck_require__(5773);
var YAMLMap = __nccwpck_require__(5462);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 4960:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3569);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 9915:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9196);
var identity = __nccwpck_require__(4919);
var stringifyComment = __nccwpck_require__(6599);
var stringifyString = __nccwpck_require__(1773);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 4156:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 2285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 3569:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 7764:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);
var Scalar = __nccwpck_require__(389);
var stringify = __nccwpck_require__(9300);
var stringifyComment = __nccwpck_require__(6599);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 1773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(389);
var foldFlowLines = __nccwpck_require__(9915);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(4919);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5187);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

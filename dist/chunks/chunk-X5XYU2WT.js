import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  resolveTarget
} from "./chunk-GZQFANC4.js";
import {
  UsageError,
  loadKnowledge
} from "./chunk-RRJEZCB6.js";
import {
  noMask,
  oneLine
} from "./chunk-DXXIN37Z.js";
import {
  require_dist
} from "./chunk-AZDEMNB5.js";
import {
  MAX_CONFIG_BYTES,
  MAX_INTERPOLATED_LENGTH,
  buildEffectiveConfig,
  decodeConfigBytes,
  envVarName,
  interpolateOption,
  optionNamed,
  parseConfig,
  parseEnvVarName,
  positionInValue,
  pythonRstrip,
  sectionNamed,
  splitPythonLines,
  valueSpanOf
} from "./chunk-FVMEH7UH.js";
import {
  InvalidVersionError,
  SecretRegistry,
  compareVersions,
  looksLikeSecretName,
  maskUrlPasswords,
  parseVersion,
  urlPassword,
  versionAtLeast
} from "./chunk-EHIJUM37.js";
import {
  escapeRegExp,
  replaceDollarReferences,
  trimTrailing
} from "./chunk-RSDSUM7C.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XS2MS7GF.js";

// node_modules/dotenv/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/dotenv/dist/index.cjs"(exports, module) {
    var j = (e, n) => () => {
      try {
        return n || e((n = { exports: {} }).exports, n), n.exports;
      } catch (t) {
        throw n = 0, t;
      }
    };
    var R = j((Z, N) => {
      function T(e) {
        return typeof e == "string" ? !["false", "0", "no", "off", ""].includes(e.toLowerCase()) : !!e;
      }
      function U(e = process.env) {
        let n = {};
        for (let t of ["ENCODING", "PATH", "QUIET", "DEBUG", "OVERRIDE", "FAST"]) {
          let r = e[`DOTENV_${t}`] != null ? e[`DOTENV_${t}`] : e[`DOTENV_CONFIG_${t}`];
          r != null && (n[t.toLowerCase()] = t === "ENCODING" || t === "PATH" ? r : T(r));
        }
        return n;
      }
      N.exports = { parseBoolean: T, optionsFromEnv: U };
    });
    var P = j((ee, b) => {
      var F = __require("fs"), _ = __require("path"), B = __require("os"), { URL: L, fileURLToPath: Q } = __require("url"), { parseBoolean: $, optionsFromEnv: I } = R(), G = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg, y = new Uint8Array(256);
      for (let e = 48; e <= 57; e++) y[e] = 1;
      for (let e = 65; e <= 90; e++) y[e] = 1;
      for (let e = 97; e <= 122; e++) y[e] = 1;
      y[45] = 1;
      y[46] = 1;
      y[95] = 1;
      function H(e) {
        let n = {}, t = e.toString();
        t = t.replace(/\r\n?/mg, `
`);
        let r;
        for (; (r = G.exec(t)) != null; ) {
          let o = r[1], i = r[2] || "";
          i = i.trim();
          let c = i[0];
          i = i.replace(/^(['"`])([\s\S]*)\1$/mg, "$2"), c === '"' && (i = i.replace(/\\n/g, `
`), i = i.replace(/\\r/g, "\r")), n[o] = i;
        }
        return n;
      }
      function g(e) {
        return e <= 32 ? e === 32 || e >= 9 && e <= 13 : e >= 160 && (e === 160 || e === 5760 || e >= 8192 && e <= 8202 || e === 8232 || e === 8233 || e === 8239 || e === 8287 || e === 12288 || e === 65279);
      }
      function O(e) {
        return e === 10 || e === 8232 || e === 8233;
      }
      function V(e) {
        let n = {}, t = typeof e == "string" ? e : e.toString();
        t.indexOf("\r") !== -1 && (t = t.replace(/\r\n?/g, `
`));
        let r = t.length, o = 0;
        for (; o < r; ) {
          let i = t.charCodeAt(o);
          for (; o < r && g(i); ) o++, i = t.charCodeAt(o);
          if (o >= r) break;
          if (i === 35) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let c = -1;
          if (i === 101 && o + 6 < r && t.charCodeAt(o + 1) === 120 && t.charCodeAt(o + 2) === 112 && t.charCodeAt(o + 3) === 111 && t.charCodeAt(o + 4) === 114 && t.charCodeAt(o + 5) === 116) {
            let u = t.charCodeAt(o + 6);
            if (g(u)) {
              let s = o + 7;
              for (; s < r && g(t.charCodeAt(s)); ) s++;
              y[t.charCodeAt(s)] && (c = o + 6, o = s);
            } else i = t.charCodeAt(o);
          }
          let E = o, p = 0;
          for (; o < r && (p = t.charCodeAt(o), y[p]); ) o++;
          if (o === E) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let k = t.slice(E, o), D = o;
          if (o >= r && (p = 0), g(p)) do
            o++, p = o < r ? t.charCodeAt(o) : 0;
          while (g(p));
          if (p === 61) o++;
          else if (p === 58 && o === D && o + 1 < r && g(t.charCodeAt(o + 1))) o += 2;
          else {
            for (o = c === -1 ? D : c; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let d = o, l = o;
          for (; l < r && g(t.charCodeAt(l)); ) l++;
          let C = t.charCodeAt(l), a, q = false;
          if (C === 39 || C === 34 || C === 96) {
            let u = t[l], s = t.indexOf(u, l + 1), f = -1, h = -1;
            for (; s !== -1; ) {
              let x = t.charCodeAt(s - 1) === 92, w = s + 1;
              for (; w < r && !O(t.charCodeAt(w)) && g(t.charCodeAt(w)); ) w++;
              if ((w === r || O(t.charCodeAt(w)) || t.charCodeAt(w) === 35) && (f = s, h = w), !x) break;
              s = t.indexOf(u, s + 1);
            }
            if (f !== -1) {
              if (a = t.slice(l + 1, f), o = h, t.charCodeAt(o) === 35) for (; o < r && !O(t.charCodeAt(o)); ) o++;
              q = true;
            }
          }
          if (!q) {
            let u = t.indexOf(`
`, d);
            u === -1 && (u = r);
            let s;
            if (r < 4096) s = t.indexOf("#", d), (s === -1 || s > u) && (s = u);
            else for (s = d; s < u && t.charCodeAt(s) !== 35; ) s++;
            let f = d, h = s;
            for (; f < h && g(t.charCodeAt(f)); ) f++;
            for (; h > f && g(t.charCodeAt(h - 1)); ) h--;
            let x = t.charCodeAt(f);
            if (a = t.slice(f, h), a.includes("\u2028") || a.includes("\u2029") ? a = a.replace(/^(['"`])([\s\S]*)\1$/mg, "$2") : h - f >= 2 && (x === 39 || x === 34 || x === 96) && t.charCodeAt(h - 1) === x && (a = t.slice(f + 1, h - 1)), o = s, s < u) for (; o < r && !O(t.charCodeAt(o)); ) o++;
          }
          C === 34 && (q || l < o) && a.indexOf("\\") !== -1 && (a = a.replace(/\\n/g, `
`).replace(/\\r/g, "\r")), n[k] = a;
        }
        return n;
      }
      function J(e, n) {
        return n && $(n.fast) ? V(e) : H(e);
      }
      function v(e) {
        console.log(`\u2506 ${e}`);
      }
      function W(e) {
        console.error(`\u25C7 ${e}`);
      }
      function S(e) {
        return e[0] === "~" ? _.join(B.homedir(), e.slice(1)) : e;
      }
      function K(e = {}) {
        let n = { ...e };
        for (let t of Object.keys(n)) n[t] === void 0 && delete n[t];
        return { ...I(), ...n };
      }
      function M(e) {
        e = K(e);
        let n = _.resolve(process.cwd(), ".env"), t = "utf8", r = process.env;
        e && e.processEnv != null && (r = e.processEnv);
        let o = $(e && e.debug);
        e && e.encoding ? t = e.encoding : o && v("no encoding is specified (UTF-8 is used by default)");
        let i = [n];
        if (e && e.path) if (!Array.isArray(e.path)) i = [S(e.path)];
        else {
          i = [];
          for (let d of e.path) i.push(S(d));
        }
        let c, E = {}, p = { fast: e.fast };
        for (let d of i) try {
          let l = A.parse(F.readFileSync(d, { encoding: t }), p);
          A.populate(E, l, e);
        } catch (l) {
          o && v(`failed to load ${d} ${l.message}`), c = l;
        }
        let k = A.populate(r, E, e), D = $(Object.prototype.hasOwnProperty.call(e, "quiet") ? e.quiet : I(r).quiet);
        if (o || !D) {
          let d = Object.keys(k).length, l = [];
          for (let C of i) try {
            let a = _.relative(process.cwd(), C instanceof L ? Q(C) : C);
            l.push(a);
          } catch (a) {
            o && v(`failed to load ${C} ${a.message}`), c = a;
          }
          W(`injected env (${d}) from ${l.join(",")}`);
        }
        return c ? { parsed: E, error: c } : { parsed: E };
      }
      function Y(e) {
        return A.configDotenv(e);
      }
      function z(e, n, t = {}) {
        let r = $(t && t.debug), o = $(t && t.override), i = {};
        if (e === null || typeof e != "object" || n === null || typeof n != "object") {
          let c = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
          throw c.code = "OBJECT_REQUIRED", c;
        }
        for (let c of Object.keys(n)) Object.prototype.hasOwnProperty.call(e, c) ? (o === true && (e[c] = n[c], i[c] = n[c]), r && v(o === true ? `"${c}" is already defined and WAS overwritten` : `"${c}" is already defined and was NOT overwritten`)) : (e[c] = n[c], i[c] = n[c]);
        return i;
      }
      var A = { configDotenv: M, config: Y, parse: J, populate: z };
      b.exports.configDotenv = A.configDotenv;
      b.exports.config = A.config;
      b.exports.parse = A.parse;
      b.exports.populate = A.populate;
      b.exports = A;
    });
    var m = P();
    module.exports = m;
    module.exports.config = m.config;
    module.exports.configDotenv = m.configDotenv;
    module.exports.parse = m.parse;
    module.exports.populate = m.populate;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
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
    var WINDOWS_CHARS = {
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
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
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
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
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
      let token = { value: "", depth: 0, isGlob: false };
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
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
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
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
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
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
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
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH: MAX_LENGTH2,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
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
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
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
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
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
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
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
        if (ch === "\\") {
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
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
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
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
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
    var repeatedExtglobRecursion = (pattern) => {
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
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
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
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
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
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
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
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
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
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
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
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
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
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
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
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
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
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
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
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix5 });
        const result = { glob: glob2, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix5 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/rules/apf001-configparser-error.ts
var FIXES = {
  MissingSectionHeaderError: "Start the file with a section header such as [core]; if the first line already is one, save the file as UTF-8 without a byte order mark.",
  DuplicateSectionError: "Merge the two sections into one: Airflow refuses a file that repeats a section.",
  DuplicateOptionError: "Keep one of the two lines: Airflow refuses a file that sets an option twice in one section.",
  ParsingError: "Write the line as `key = value`, indent it deeper than its option to continue a value, or start it with # to make it a comment."
};
var configparserError = {
  meta: {
    id: "APF001",
    alias: "configparser-error",
    description: "The file cannot be read by Airflow's configuration parser (Python configparser), so Airflow refuses to start.",
    severity: "error",
    tags: ["syntax"],
    versions: "all",
    messages: {
      failed: "Airflow cannot read this file: configparser raises {{kind}} here ({{detail}})."
    }
  },
  runsOnUnreadableFile: true,
  check(context) {
    const error = context.parseError;
    if (!error) return;
    context.report({
      messageId: "failed",
      data: { kind: error.kind, detail: describe(error) },
      span: error.span,
      fix: FIXES[error.kind]
    });
  }
};
function describe(error) {
  switch (error.kind) {
    case "MissingSectionHeaderError":
      return "no [section] header before the first option";
    case "DuplicateSectionError":
      return "this section already appeared earlier in the file";
    case "DuplicateOptionError":
      return "this option is already set earlier in the same section";
    case "ParsingError":
      return "the line is neither a section header, an option, a comment, nor an indented continuation";
  }
}

// src/rules/apf002-interpolation-error.ts
var EXPLANATIONS = {
  InterpolationSyntaxError: "a '%' that is not followed by '%' or '('",
  InterpolationMissingOptionError: "a %(name)s reference to an option that is not set in this section or in [DEFAULT]",
  InterpolationDepthError: "references nested more than 10 deep (probably a loop)"
};
var FIXES2 = {
  InterpolationSyntaxError: "Write a literal '%' as '%%' (a URL-encoded password p%40ss becomes p%%40ss).",
  InterpolationMissingOptionError: "Set the referenced option in the same section or in [DEFAULT], or write '%%(' for a literal '%('.",
  InterpolationDepthError: "Break the chain of %(name)s references so that it ends in a plain value."
};
var interpolationError = {
  meta: {
    id: "APF002",
    alias: "interpolation-error",
    description: "A value that Airflow's configparser cannot interpolate: reading the option raises an Interpolation error.",
    severity: "error",
    tags: ["syntax"],
    versions: "all",
    messages: {
      failed: "Airflow raises {{kind}} when it reads [{{section}}] {{option}}: the value has {{explanation}}."
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      for (const option of section.options) {
        const result = interpolateOption(document, section.name, option.key);
        if (result.ok || result.kind === "InterpolationTooLarge") continue;
        context.report({
          messageId: "failed",
          data: { kind: result.kind, section: section.name, option: option.key, explanation: EXPLANATIONS[result.kind] },
          span: result.position ? pointSpan(result.position) : option.span,
          fix: FIXES2[result.kind]
        });
      }
    }
  }
};
function pointSpan(position) {
  return { start: position, end: { line: position.line, column: position.column + 1 } };
}

// src/engine/collect-secrets.ts
function collectSecrets(secrets, document, env, knowledge) {
  const secretOptions = secretOptionsOf(document, (section, option) => isSecretOption(section, option, knowledge));
  for (const option of allOptions(document)) {
    secrets.addValue(option.value, { name: option.key, secret: secretOptions.has(option) });
  }
  for (const entry of env) {
    const parsed = parseEnvVarName(entry.name);
    const secret = parsed ? isSecretOption(parsed.section, parsed.option, knowledge) : looksLikeSecretName(entry.name);
    secrets.addValue(entry.value, { name: parsed?.option ?? entry.name, secret });
  }
}
function isSecretOption(section, option, knowledge) {
  if (knowledge.sections[section]?.options[option]?.sensitive === true) return true;
  return looksLikeSecretName(option);
}
function allOptions(document) {
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  return sections.flatMap((section) => section.options);
}
function secretOptionsOf(document, isSecret) {
  const secret = /* @__PURE__ */ new Set();
  const pending = [];
  const mark = (option) => {
    if (option === void 0 || secret.has(option)) return;
    secret.add(option);
    pending.push(option);
  };
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const section of sections) for (const option of section.options) if (isSecret(section.name, option.key)) mark(option);
  while (pending.length > 0) {
    const option = pending.pop();
    if (!option.value.includes("%(")) continue;
    const section = sectionNamed(document, option.section);
    for (const name of referencedNames(option.value)) {
      mark((section && optionNamed(section, name)) ?? (document.defaults && optionNamed(document.defaults, name)));
    }
  }
  return secret;
}
function collectLineSecrets(secrets, line, isSecretKey) {
  const equals = line.indexOf("=");
  const colon = line.indexOf(":");
  const delimiter = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  if (delimiter > 0) {
    const key = line.slice(0, delimiter).trim().toLowerCase();
    secrets.addValue(line.slice(delimiter + 1), { name: key, secret: isSecretKey(key) });
  }
  secrets.addValue(line, {});
}
function referencedNames(value) {
  const names = [];
  let close = -1;
  for (let open = value.indexOf("%("); open >= 0; open = value.indexOf("%(", open + 1)) {
    if (close < open) close = value.indexOf(")", open + 2);
    if (close < 0) break;
    if (value[close + 1] === "s") names.push(value.slice(open + 2, close).toLowerCase());
  }
  return names;
}

// src/rules/support/fix-edits.ts
function lastTextLine(option) {
  const withText = option.valueLines.filter((line) => line.text !== "");
  return withText.at(-1)?.span.start.line ?? option.keySpan.start.line;
}
function endOfLine(lines, line) {
  return { line, column: (lines[line - 1] ?? "").length + 1 };
}
function removeOptionEdit(option, lines) {
  const first = option.keySpan.start.line;
  const last = lastTextLine(option);
  const removed = lines.slice(first - 1, last).join("\n");
  if (last < lines.length) return { span: { start: { line: first, column: 1 }, end: { line: last + 1, column: 1 } }, text: "", expected: `${removed}
` };
  if (first > 1) return { span: { start: endOfLine(lines, first - 1), end: endOfLine(lines, last) }, text: "", expected: `
${removed}` };
  return { span: { start: { line: first, column: 1 }, end: endOfLine(lines, last) }, text: "", expected: removed };
}
function textAfterKey(option, lines) {
  const first = option.keySpan.start.line;
  const last = lastTextLine(option);
  const parts = [(lines[first - 1] ?? "").slice(option.keySpan.end.column - 1)];
  for (let line = first + 1; line <= last; line += 1) parts.push(lines[line - 1] ?? "");
  return parts.join("\n");
}
function insertIntoSectionEdit(document, lines, sectionName, optionText) {
  const section = document.sections.find((candidate) => candidate.name === sectionName);
  if (section) {
    const lastOption = section.options.at(-1);
    const anchor = lastOption ? lastTextLine(lastOption) : section.headerSpan.start.line;
    const at2 = endOfLine(lines, anchor);
    return { span: { start: at2, end: at2 }, text: `
${optionText}` };
  }
  const at = endOfLine(lines, lines.length);
  const separator = lines.length === 0 ? "" : (lines.at(-1) ?? "") === "" ? "\n" : "\n\n";
  return { span: { start: at, end: at }, text: `${separator}[${sectionName}]
${optionText}` };
}
function isInterpolated(document, key) {
  const needle = `%(${key})`;
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  return sections.some((section) => section.options.some((option) => option.value.includes(needle)));
}
function moveOptionEdits(document, lines, option, newSection, newKey) {
  if (option.value.includes("%(") || isInterpolated(document, option.key)) return void 0;
  const target = document.sections.find((candidate) => candidate.name === newSection);
  if (target?.options.some((candidate) => candidate.key === newKey)) return void 0;
  if (newSection === option.section) {
    return [{ span: option.keySpan, text: newKey, expected: (lines[option.keySpan.start.line - 1] ?? "").slice(option.keySpan.start.column - 1, option.keySpan.end.column - 1) }];
  }
  return [removeOptionEdit(option, lines), insertIntoSectionEdit(document, lines, newSection, `${newKey}${textAfterKey(option, lines)}`)];
}
function deleteOptionEdits(document, lines, option) {
  if (isInterpolated(document, option.key)) return void 0;
  return [removeOptionEdit(option, lines)];
}
function inlineCommentEdit(lines, comment) {
  const line = lines[comment.line - 1];
  if (line === void 0) return void 0;
  const before = pythonRstrip(line.slice(0, comment.column - 1));
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  const note = pythonRstrip(line.slice(comment.column - 1));
  return { span: { start: { line: comment.line, column: 1 }, end: endOfLine(lines, comment.line) }, text: `${indent}${note}
${before}`, expected: line };
}
function movedOptionEdits(context, option, to) {
  if (!context.documentIsFile || !context.document) return void 0;
  if (to === void 0) return deleteOptionEdits(context.document, context.lines, option);
  return moveOptionEdits(context.document, context.lines, option, to.section, to.key);
}
function renameKeyEdits(context, option, newKey, sameValue2 = false) {
  const { document, lines } = context;
  if (!context.documentIsFile || !document || isInterpolated(document, option.key)) return void 0;
  const section = document.sections.find((candidate) => candidate.name === option.section);
  if (section?.options.some((candidate) => candidate.key === newKey)) return sameValue2 ? [removeOptionEdit(option, lines)] : void 0;
  const expected = (lines[option.keySpan.start.line - 1] ?? "").slice(option.keySpan.start.column - 1, option.keySpan.end.column - 1);
  return [{ span: option.keySpan, text: newKey, expected }];
}
function renameVariableEdits(context, value, newName) {
  const { variable, location: location2 } = value;
  if (!newName || !variable || !location2 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(newName)) return void 0;
  if (context.config.explicit().some((other) => other.variable?.toUpperCase() === newName.toUpperCase())) return void 0;
  const start = location2.span.start;
  return [{ span: { start, end: { line: start.line, column: start.column + variable.length } }, text: newName, expected: variable }];
}

// src/rules/apf003-inline-comment.ts
var INLINE_COMMENT = /\s([#;])/;
var URL_WITHOUT_SPACE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
var inlineComment = {
  meta: {
    id: "APF003",
    alias: "inline-comment",
    description: "A `#` or `;` comment after a value: configparser keeps it as part of the value.",
    severity: "warning",
    tags: ["syntax"],
    versions: "all",
    messages: {
      kept: `[{{section}}] {{option}} is read as "{{value}}": configparser keeps the '{{prefix}}' comment as part of the value (only options read as booleans cut it off).`,
      keptSecret: "[{{section}}] {{option}} keeps the '{{prefix}}' comment as part of the value: Airflow reads the secret with the comment text appended."
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
    for (const section of sections) {
      for (const option of section.options) {
        if (section.name === "core" && option.key === "executor") continue;
        checkOption(option, section.name, isSecretOption(section.name, option.key, context.knowledge), context);
      }
    }
  }
};
function checkOption(option, section, secret, context) {
  const firstLine = option.valueLines[0]?.text ?? "";
  const match = INLINE_COMMENT.exec(firstLine);
  if (!match || !match[1]) return;
  const start = positionInValue(option, match.index + 1);
  const line = option.valueLines[0];
  if (!line) return;
  const keepsSecret = secret || urlPassword(firstLine) !== void 0;
  const cuttable = !keepsSecret || URL_WITHOUT_SPACE.test(firstLine.slice(0, match.index).trimEnd());
  const edit = cuttable && context.documentIsFile ? inlineCommentEdit(context.lines, start) : void 0;
  context.report({
    messageId: keepsSecret ? "keptSecret" : "kept",
    data: { section, option: option.key, value: shorten(firstLine), prefix: match[1] },
    span: { start, end: line.span.end },
    fix: "Move the comment to its own line above the option.",
    edits: edit ? [edit] : void 0
  });
}
function shorten(text) {
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
}

// src/rules/apf004-indented-option.ts
var LOOKS_LIKE_OPTION = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]/;
var indentedOption = {
  meta: {
    id: "APF004",
    alias: "indented-option",
    description: "An indented `key = value` line is read as a continuation of the option above, not as an option.",
    severity: "warning",
    tags: ["syntax"],
    versions: "all",
    messages: {
      swallowed: '"{{key}}" is indented, so configparser reads this line as part of [{{section}}] {{option}} above: {{key}} is not set, and {{option}} gets a second line.'
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      const known = context.knowledge.sections[section.name]?.options ?? {};
      for (const option of section.options) {
        for (const line of continuationLines(option)) {
          const key = LOOKS_LIKE_OPTION.exec(line.text)?.[1]?.toLowerCase();
          if (!key || !Object.hasOwn(known, key)) continue;
          context.report({
            messageId: "swallowed",
            data: { key, section: section.name, option: option.key },
            span: line.span,
            fix: `Remove the indentation in front of ${key}.`
          });
        }
      }
    }
  }
};
function continuationLines(option) {
  return option.valueLines.slice(1).filter((line) => line.text !== "");
}

// src/rules/support/expand.ts
var NAME = /^\w+$/;
var MAX_ROUNDS = 20;
var MAX_LENGTH = 1e6;
function expandEnvVar(value, lookup2) {
  const unresolved = /* @__PURE__ */ new Set();
  let text = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = expandVars(text, lookup2, unresolved);
    if (next === text || next.length > MAX_LENGTH) break;
    text = next;
  }
  if (text.startsWith("~")) unresolved.add("~");
  return { text, unresolved: [...unresolved] };
}
function expandVars(text, lookup2, unresolved) {
  return replaceDollarReferences(text, (name, _braced, whole) => {
    if (!NAME.test(name)) return whole;
    const known = lookup2(name);
    if (known === void 0) {
      unresolved.add(name);
      return whole;
    }
    return known;
  });
}

// src/rules/support/value.ts
function resolveValue(context, value) {
  if (value.variant === "cmd") return { known: false, why: `it is the output of the command in ${settingName(value)}` };
  if (value.variant === "secret") return { known: false, why: `it is read from the secrets backend (${settingName(value)})` };
  if (value.value === void 0) return { known: false, why: value.reference ?? "it is resolved at run time" };
  const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
  if (expansion.unresolved.length > 0) {
    const names = expansion.unresolved.map((name) => name === "~" ? "~" : `$${name}`).join(", ");
    return { known: false, why: `it uses ${names}, resolved at run time` };
  }
  return { known: true, text: expansion.text };
}
function effectiveOption(context, section, option) {
  if (!optionExists(context, section, option)) return void 0;
  return context.config.get(section, option);
}
function optionExists(context, section, option) {
  return context.knowledge.sections[section]?.options[option] !== void 0;
}
function settingName(value) {
  const key = value.variant === "value" ? value.option : `${value.option}_${value.variant}`;
  if (value.origin === "env" && value.variable) return value.variable;
  return `[${value.section}] ${key}`;
}
function locateValue(context, value) {
  if (value.origin === "default" || !value.location) {
    const note = value.provider === "chart" ? " (not set in the values file, so the chart's default applies)" : " (not set, so Airflow uses its default)";
    return { file: context.file, span: sectionSpan(context, value.section), related: void 0, note };
  }
  const span = value.node ? valueSpanOf(value.node) : value.valueSpan ?? value.location.span;
  const hidden = value.overridden.filter((other) => other.origin !== "default" && other.location);
  if (value.origin !== "env" || hidden.length === 0) {
    return { file: value.location.file, span, related: void 0, note: "" };
  }
  const related = hidden.map((other) => ({
    file: other.location?.file ?? context.file,
    span: other.node ? other.node.span : other.location?.span ?? span,
    message: `${settingName(other)} here is overridden by ${settingName(value)}`
  }));
  const lines = related.map((other) => `${other.file}:${other.span.start.line}`).join(", ");
  return { file: value.location.file, span, related, note: ` (${settingName(value)} overrides ${lines})` };
}
function sectionSpan(context, section) {
  const sections = context.document?.sections ?? [];
  const header = (context.document && sectionNamed(context.document, section))?.headerSpan ?? context.anchorSpan ?? sections[0]?.headerSpan;
  return header ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
function reportValue(context, value, descriptor) {
  const where2 = locateValue(context, value);
  context.report({
    ...descriptor,
    data: { setting: settingName(value), ...descriptor.data, note: where2.note },
    file: where2.file,
    span: descriptor.span ?? where2.span,
    related: where2.related
  });
}
function pythonInt(text) {
  const trimmed = text.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) return void 0;
  return Number(trimmed.replace(/_/g, ""));
}
function airflowBoolean(text) {
  let value = text.toLowerCase().trim();
  if (value.includes("#")) value = (value.split("#")[0] ?? "").trim();
  if (["t", "true", "1"].includes(value)) return true;
  if (["f", "false", "0"].includes(value)) return false;
  return void 0;
}
function spanInValue(value, offset, length) {
  if (!value.node) return void 0;
  const start = positionInValue(value.node, offset);
  const end = positionInValue(value.node, offset + Math.max(length, 1));
  return end.line === start.line ? { start, end } : { start, end: { line: start.line, column: start.column + 1 } };
}
function unsetValue(section, option) {
  return { section, option, variant: "value", origin: "default", value: "", overridden: [] };
}
function writtenLiterally(context, value) {
  if (value.origin !== "env" || !value.location || value.value === void 0) return false;
  if (value.provider === "chart") return value.variable !== void 0 && !/SQL_ALCHEMY_CONN|AIRFLOW_CONN_/.test(value.variable);
  const span = value.valueSpan;
  if (value.location.file !== context.file || !span || span.start.line !== span.end.line) return !value.value.includes("$") && value.location.file !== context.file;
  const line = context.lines[span.start.line - 1] ?? "";
  return !line.slice(span.start.column - 1, span.end.column - 1).includes("$");
}

// src/rules/apf005-resolved-at-run-time.ts
var resolvedAtRunTime = {
  meta: {
    id: "APF005",
    alias: "resolved-at-run-time",
    description: "A value refers to environment variables the check was not given; Airflow expands them at run time.",
    severity: "notice",
    tags: ["syntax"],
    versions: "all",
    messages: {
      runtime: "{{setting}} uses {{names}}, which Airflow expands from the environment at run time; the checks could not see its value{{note}}."
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      if (value.value === void 0 || !value.value.includes("$")) continue;
      const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
      const names = expansion.unresolved.filter((name) => name !== "~");
      if (names.length === 0) continue;
      reportValue(context, value, {
        messageId: "runtime",
        data: { setting: settingName(value), names: names.map((name) => `$${name}`).join(", ") },
        fix: "Pass the variables with --env-file to check the value Airflow will use."
      });
    }
  }
};

// src/rules/apf020-interpolation-too-large.ts
var interpolationTooLarge = {
  meta: {
    id: "APF020",
    alias: "interpolation-too-large",
    description: "A value whose nested %(name)s references expand to more than a megabyte: Airflow would stall or run out of memory reading it.",
    severity: "error",
    tags: ["syntax"],
    versions: "all",
    messages: {
      tooLarge: "Reading [{{section}}] {{option}} makes configparser build a value of more than {{limit}} characters: its %(name)s references repeat other values that repeat others in turn. Airflow would stall or run out of memory at start-up."
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      for (const option of section.options) {
        if (!option.value.includes("%(")) continue;
        const result = interpolateOption(document, section.name, option.key);
        if (result.ok || result.kind !== "InterpolationTooLarge") continue;
        context.report({
          messageId: "tooLarge",
          data: { section: section.name, option: option.key, limit: MAX_INTERPOLATED_LENGTH.toLocaleString("en-US") },
          span: result.position ? pointSpan(result.position) : option.span,
          fix: "Reference each value once, or write the value out: no configuration needs a value of this size."
        });
      }
    }
  }
};

// src/rules/apf021-yaml-too-costly.ts
var yamlTooCostly = {
  meta: {
    id: "APF021",
    alias: "yaml-too-costly",
    description: "A compose or Helm values file whose aliases and merge keys expand past the limit docker compose and helm (go-yaml) enforce, or that nests collections more than 1,000 levels deep: none of its settings are checked.",
    severity: "error",
    tags: ["syntax", "deployment"],
    versions: "all",
    messages: {
      aliasing: 'docker compose and helm refuse this file with "yaml: document contains excessive aliasing" ({{detail}}; go-yaml allows at most 99%). Its Airflow settings were not checked.',
      depth: "This file {{detail}}; airflow-preflight does not read YAML that deep (no compose or values file needs it) and its Airflow settings were not checked."
    }
  },
  // The engine reports it while reading the file; there is nothing left to check here.
  scope: "repository",
  check() {
  }
};

// src/rules/support/did-you-mean.ts
function editDistance(a, b, max = Number.POSITIVE_INFINITY) {
  let previous = new Uint32Array(b.length + 1).map((_unused, index) => index);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
var MAX_WORD = 256;
function nearest(word, candidates, ignoreCase = false, maxDistance = Number.POSITIVE_INFINITY) {
  if (word.length > MAX_WORD) return void 0;
  const key = ignoreCase ? word.toLowerCase() : word;
  let best;
  for (const candidate of candidates) {
    if (candidate.length > MAX_WORD || Math.abs(candidate.length - key.length) > maxDistance) continue;
    const distance = editDistance(key, ignoreCase ? candidate.toLowerCase() : candidate, Math.min(maxDistance, best?.distance ?? maxDistance));
    if (distance > maxDistance) continue;
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best;
}

// src/rules/support/split.ts
function splitWithOffsets(text, separator) {
  const parts = [];
  let offset = 0;
  for (const part of text.split(separator)) {
    parts.push({ text: part, offset });
    offset += part.length + separator.length;
  }
  return parts;
}

// src/rules/support/executor.ts
var INLINE_COMMENT2 = /\s[#;]/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseExecutorSetting(value, facts) {
  const problems = [];
  if (value.includes("\n")) problems.push({ kind: "multiline" });
  const comment = INLINE_COMMENT2.exec(value);
  if (comment) problems.push({ kind: "inline-comment", offset: comment.index + 1 });
  const parts = facts.acceptsList ? splitWithOffsets(value, ",") : [{ text: value, offset: 0 }];
  if (!facts.acceptsList && value.includes(",")) problems.push({ kind: "list-not-accepted", offset: value.indexOf(",") });
  const entries = [];
  for (const part of parts) {
    const name = part.text.trim();
    const offset = part.offset + (part.text.length - part.text.trimStart().length);
    if (name === "") {
      if (parts.length > 1) problems.push({ kind: "empty-entry", offset: part.offset });
      continue;
    }
    const entry = { name, offset, coreAlias: Object.hasOwn(facts.coreExecutors, name) ? name : void 0 };
    entries.push(entry);
  }
  if (comment || value.includes("\n") || !facts.acceptsList && value.includes(",")) return { entries, problems };
  for (const entry of entries) {
    const problem = entryProblem(entry, facts);
    if (problem) problems.push(problem);
  }
  problems.push(...duplicates(entries, facts));
  return { entries, problems };
}
function entryProblem(entry, facts) {
  if (entry.coreAlias) return void 0;
  const path = facts.acceptsList ? aliasedPath(entry.name) : entry.name;
  if (path === void 0) return { kind: "malformed-path", entry };
  if (!path.includes(".")) {
    if (path !== entry.name) return { kind: "malformed-path", entry };
    return { kind: "unknown-alias", entry, suggestion: suggestAlias(entry.name, facts) };
  }
  if (!path.split(".").every((segment) => IDENTIFIER.test(segment))) return { kind: "malformed-path", entry };
  return void 0;
}
function aliasedPath(name) {
  const pieces = name.split(":");
  if (pieces.length === 1) return name;
  if (pieces.length > 2) return void 0;
  const [alias, path] = pieces;
  if (alias === "" || path === "") return void 0;
  return path;
}
function duplicates(entries, facts) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const entry of entries) {
    const module = entry.coreAlias ? facts.coreExecutors[entry.coreAlias] : entry.name.split(":").at(-1);
    if (module === void 0) continue;
    if (seen.has(module)) problems.push({ kind: "duplicate", entry });
    seen.add(module);
  }
  return problems;
}
function suggestAlias(name, facts) {
  const aliases = Object.keys(facts.coreExecutors);
  const lower = name.toLowerCase();
  const sameCase = aliases.find((alias) => alias.toLowerCase() === lower);
  if (sameCase) return sameCase;
  return nearest(lower, aliases, true, 3)?.candidate;
}
function configuredExecutor(context) {
  const value = effectiveOption(context, "core", "executor");
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  return { value, text: resolved.text, setting: parseExecutorSetting(resolved.text, context.knowledge.executors) };
}

// src/rules/support/no-parallelism.ts
var NO_PARALLELISM_EXECUTORS = ["SequentialExecutor", "DebugExecutor"];

// src/rules/apf101-executor-unloadable.ts
var executorUnloadable = {
  meta: {
    id: "APF101",
    alias: "executor-unloadable",
    description: "`[core] executor` names an executor that Airflow cannot load, so the scheduler refuses to start.",
    severity: "error",
    tags: ["production"],
    versions: "all; the list and `alias:module.path` forms from the release whose knowledge says executors accept lists (2.10)",
    messages: {
      multiline: "{{setting}} continues on an indented line, so Airflow reads the executor name with a line break in it and cannot load it{{note}}.",
      inlineComment: "{{setting}} ends with an inline comment: configparser keeps ' {{comment}}\u2026' as part of the value, so Airflow cannot load the executor{{note}}.",
      listNotAccepted: 'Airflow {{version}} accepts one executor only: it tries to import "{{value}}" as a single name and fails{{note}}.',
      emptyEntry: "{{setting}} has an empty entry in its list (a stray comma); Airflow cannot load an executor with no name{{note}}.",
      unknownAlias: 'Airflow {{version}} has no executor called "{{name}}"{{suggestion}}; the scheduler fails at start-up{{note}}.',
      malformedPath: '"{{name}}" is not an importable module path (`package.module.ClassName`), so Airflow cannot load the executor{{note}}.',
      duplicate: '"{{name}}" is listed twice; Airflow refuses duplicate executors ("At least one executor was configured twice"){{note}}.'
    }
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    for (const problem of executor.setting.problems) reportProblem(context, executor.value, executor.text, problem);
  }
};
function reportProblem(context, value, text, problem) {
  const version = context.target.knowledgeVersion;
  const aliases = Object.keys(context.knowledge.executors.coreExecutors).join(", ");
  switch (problem.kind) {
    case "multiline":
      return reportValue(context, value, { messageId: "multiline", fix: "Write the executor on one line; indent nothing under it." });
    case "inline-comment": {
      const span = spanInValue(value, problem.offset, text.length - problem.offset);
      const edit = span && value.origin === "cfg" && context.documentIsFile ? inlineCommentEdit(context.lines, span.start) : void 0;
      return reportValue(context, value, {
        messageId: "inlineComment",
        data: { comment: text.slice(problem.offset, problem.offset + 1) },
        span,
        fix: "Move the comment to its own line above the option (a line starting with #).",
        edits: edit ? [edit] : void 0
      });
    }
    case "list-not-accepted":
      return reportValue(context, value, {
        messageId: "listNotAccepted",
        data: { version, value: text },
        fix: "Keep one executor (for example CeleryExecutor): this release runs a single executor."
      });
    case "empty-entry":
      return reportValue(context, value, {
        messageId: "emptyEntry",
        span: spanInValue(value, problem.offset, 1),
        fix: "Remove the extra comma."
      });
    case "unknown-alias":
      if (NO_PARALLELISM_EXECUTORS.includes(problem.entry.name)) return;
      return reportValue(context, value, {
        messageId: "unknownAlias",
        data: { version, name: problem.entry.name, suggestion: problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : "" },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or the full import path of a custom executor class.`
      });
    case "malformed-path":
      return reportValue(context, value, {
        messageId: "malformedPath",
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or a dotted import path such as my_company.executors.MyExecutor.`
      });
    case "duplicate":
      return reportValue(context, value, {
        messageId: "duplicate",
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: "List each executor once."
      });
  }
}

// src/rules/apf102-executor-no-parallelism.ts
var FIX = "Set `executor = LocalExecutor` (one machine) or CeleryExecutor / KubernetesExecutor, with a PostgreSQL metastore.";
var executorNoParallelism = {
  meta: {
    id: "APF102",
    alias: "executor-no-parallelism",
    description: "The SequentialExecutor or DebugExecutor runs one task at a time; Airflow 3 no longer has them.",
    severity: "error",
    tags: ["production"],
    versions: "all: on releases that have them (2.x) they run one task at a time; on releases without them (3.x) the value is rewritten or fails",
    messages: {
      serial: "{{setting}} is {{name}}, which runs one task at a time inside the scheduler: no parallelism, not for production{{note}}.",
      rewritten: 'Airflow {{version}} has no {{name}}: it rewrites the value to "{{replacement}}" with a FutureWarning at every start{{note}}.',
      removed: "Airflow {{version}} has no {{name}}, so the scheduler cannot load the executor and fails at start-up{{note}}."
    }
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    const { value } = executor;
    const facts = context.knowledge.executors;
    for (const entry of executor.setting.entries) {
      const name = entry.name.split(/[:.]/).at(-1) ?? entry.name;
      if (!NO_PARALLELISM_EXECUTORS.includes(name)) continue;
      const span = spanInValue(value, entry.offset, entry.name.length);
      const version = context.target.knowledgeVersion;
      if (Object.hasOwn(facts.coreExecutors, name)) {
        reportValue(context, value, { messageId: "serial", data: { name }, span, fix: FIX });
        continue;
      }
      const replacement = rewrite(context, entry.name);
      reportValue(context, value, {
        messageId: replacement === void 0 ? "removed" : "rewritten",
        data: { name, version, replacement: replacement ?? "" },
        span,
        fix: FIX
      });
    }
  }
};
function rewrite(context, entry) {
  const rule = context.knowledge.deprecatedValues.find((value) => value.section === "core" && value.option === "executor");
  if (!rule) return void 0;
  const pattern = pythonPattern(rule.pattern);
  if (!pattern?.test(entry)) return void 0;
  return entry.replace(pattern, rule.replacement);
}
function pythonPattern(source) {
  try {
    return new RegExp(source.replace(/\\A/g, "^").replace(/\\z/g, "$").replace(/^\(\?i\)/, ""));
  } catch {
    return void 0;
  }
}

// src/sources/substitute.ts
var REFERENCE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+)((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function substitute(raw, variables) {
  const substitutions = [];
  const value = raw.replace(REFERENCE, (whole, braced, operator, argument, bare, offset) => {
    if (whole === "$$") return "$";
    const name = braced ?? bare ?? "";
    const set = variables.get(name);
    const { text, resolution } = resolve(set, operator, argument ?? "", variables);
    substitutions.push({ name, operator, argument, start: offset, end: offset + whole.length, resolution });
    return text;
  });
  return { value, substitutions };
}
function resolve(set, operator, argument, variables) {
  const nested = () => substitute(argument, variables).value;
  switch (operator) {
    case ":-":
      return set !== void 0 && set !== "" ? { text: set, resolution: "variable" } : { text: nested(), resolution: "fallback" };
    case "-":
      return set !== void 0 ? { text: set, resolution: "variable" } : { text: nested(), resolution: "fallback" };
    case ":?":
    case "?":
      return set !== void 0 && (operator === "?" || set !== "") ? { text: set, resolution: "variable" } : { text: "", resolution: "required-unset" };
    case ":+":
      return set !== void 0 && set !== "" ? { text: nested(), resolution: "variable" } : { text: "", resolution: "empty" };
    case "+":
      return set !== void 0 ? { text: nested(), resolution: "variable" } : { text: "", resolution: "empty" };
    default:
      return set !== void 0 ? { text: set, resolution: "variable" } : { text: "", resolution: "empty" };
  }
}

// src/sources/dockerfile.ts
function parseDockerfileEnv(file, text) {
  const variables = /* @__PURE__ */ new Map();
  const entries = [];
  for (const instruction of instructions(text)) {
    const match = /^\s*(ENV|ARG)\s+/i.exec(instruction.text);
    if (!match?.[1]) continue;
    const keyword = match[1].toUpperCase();
    const assignments = parseAssignments(instruction, match[0].length, keyword === "ENV");
    for (const assignment of assignments) {
      if (keyword === "ARG") {
        if (assignment.value !== void 0 && !variables.has(assignment.name)) variables.set(assignment.name, assignment.value);
        continue;
      }
      const value = substitute(assignment.value ?? "", variables).value;
      variables.set(assignment.name, value);
      entries.push({ name: assignment.name, value, location: { file, span: assignment.span }, valueSpan: assignment.valueSpan });
    }
  }
  return entries;
}
function instructions(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const result = [];
  let current;
  lines.forEach((line, index) => {
    if (current === void 0 && /^\s*(#|$)/.test(line)) return;
    if (current !== void 0 && /^\s*#/.test(line)) return;
    const continued = /\\\s*$/.test(line);
    const body = continued ? line.replace(/\\\s*$/, "") : line;
    current ??= { text: "", positions: [] };
    for (let column = 0; column < body.length; column += 1) current.positions.push({ line: index + 1, column: column + 1 });
    current.text += body;
    current.positions.push({ line: index + 1, column: body.length + 1 });
    current.text += continued ? " " : "";
    if (!continued) {
      result.push(current);
      current = void 0;
    }
  });
  if (current) result.push(current);
  return result;
}
function parseAssignments(instruction, from, isEnv) {
  const rest = instruction.text.slice(from);
  const at = (offset2) => instruction.positions[Math.min(offset2, instruction.positions.length - 1)] ?? { line: 1, column: 1 };
  const span = (start, end) => ({ start: at(start), end: at(end) });
  const legacy = isEnv ? legacyEnv(rest) : void 0;
  if (legacy?.[1] && legacy[2]) {
    const valueStart = from + rest.indexOf(legacy[2], legacy[1].length);
    const valueEnd = valueStart + legacy[2].length;
    return [{ name: legacy[1], value: legacy[2], span: span(from, valueEnd), valueSpan: span(valueStart, valueEnd) }];
  }
  const assignments = [];
  const token = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)*))?/y;
  let offset = 0;
  while (offset < rest.length) {
    while (offset < rest.length && /\s/.test(rest[offset] ?? "")) offset += 1;
    if (offset >= rest.length) break;
    token.lastIndex = offset;
    const match = token.exec(rest);
    if (!match?.[1]) break;
    const start = from + offset;
    const end = start + match[0].length;
    const raw = match[2];
    const valueStart = start + match[1].length + 1;
    assignments.push({
      name: match[1],
      value: raw === void 0 ? void 0 : unquote(raw),
      span: span(start, end),
      valueSpan: raw === void 0 ? void 0 : span(valueStart, end)
    });
    offset = token.lastIndex;
  }
  return assignments;
}
function unquote(raw) {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1).replace(/\\(.)/g, "$1");
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1);
  return raw.replace(/\\(.)/g, "$1");
}
function legacyEnv(rest) {
  const name = /^([A-Za-z_][A-Za-z0-9_]*)\s+/.exec(rest);
  if (!name?.[1]) return void 0;
  const value = rest.slice(name[0].length).trimEnd();
  if (value === "" || /[\n\r\u2028\u2029=]/.test(value)) return void 0;
  return [rest, name[1], value];
}

// src/sources/pip-install.ts
var PIP_INSTALL = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b/;
var AIRFLOW = /^apache[-_.]airflow(?:\[([^\]]*)\])?(?:\s*[=<>!~;@].*)?$/i;
var PROVIDER = /^(apache[-_.]airflow[-_.]providers[-_.][A-Za-z0-9._-]+?)(?:\[[^\]]*\])?(?:[=<>!~;@].*)?$/i;
function readImageInstalls(text) {
  const result = { baseImage: void 0, airflow: [], providers: /* @__PURE__ */ new Set(), usesRequirementFiles: false };
  for (const instruction of instructions(text)) {
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(instruction.text);
    if (from?.[1]) {
      result.baseImage = from[1].toLowerCase();
      continue;
    }
    if (!/^\s*RUN\s/i.test(instruction.text)) continue;
    for (const command of instruction.text.split(/&&|;|\|\|/)) {
      const install = PIP_INSTALL.exec(command);
      if (!install) continue;
      const offset = instruction.text.indexOf(command) + install.index + install[0].length;
      readArguments(instruction, offset, command.slice(install.index + install[0].length), result);
    }
  }
  return result;
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function readArguments(instruction, start, args, result) {
  const token = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = token.exec(args); match; match = token.exec(args)) {
    const word = match[1] ?? match[2] ?? match[3] ?? "";
    if (/^(-r|--requirement|-e|--editable|\.|\.\/.*|\/.*)$/.test(word) || /^--requirement=/.test(word) || /^-r\S/.test(word)) {
      result.usesRequirementFiles = true;
      continue;
    }
    const provider = PROVIDER.exec(word);
    if (provider?.[1]) {
      result.providers.add(normalizeName(provider[1]));
      continue;
    }
    const airflow = AIRFLOW.exec(word);
    if (!airflow) continue;
    const begin = start + match.index;
    const at = (offset) => instruction.positions[Math.min(offset, instruction.positions.length - 1)] ?? { line: 1, column: 1 };
    result.airflow.push({
      text: word,
      extras: (airflow[1] ?? "").split(",").map((extra) => normalizeName(extra.trim())).filter((extra) => extra !== ""),
      span: { start: at(begin), end: at(begin + match[0].length) }
    });
  }
}

// src/rules/apf103-executor-provider-missing.ts
var OFFICIAL_IMAGE = /(^|\/)apache\/airflow(:|@|$)/;
var executorProviderMissing = {
  meta: {
    id: "APF103",
    alias: "executor-provider-missing",
    description: "The image installs Airflow without the provider package of the configured executor (Celery, Kubernetes).",
    severity: "error",
    tags: ["production"],
    versions: "all (which executor lives in which provider, and which extras install it, come from the knowledge data)",
    messages: {
      missing: `{{requirement}} installs neither the {{extras}} extra nor {{distribution}}, but {{where}} runs the {{executor}}, which lives in that provider: the scheduler stops with "ModuleNotFoundError: No module named '{{module}}'".`
    }
  },
  scope: "repository",
  check(context) {
    const dockerfiles = context.repository?.dockerfiles ?? [];
    for (const dockerfile of dockerfiles) {
      const installs = readImageInstalls(dockerfile.text);
      if (installs.airflow.length === 0 || installs.usesRequirementFiles) continue;
      if (installs.baseImage !== void 0 && OFFICIAL_IMAGE.test(installs.baseImage)) continue;
      for (const need of neededProviders(context, componentsBuiltFrom(context, dockerfile))) reportMissing(context, dockerfile, installs, need);
    }
  }
};
function componentsBuiltFrom(context, dockerfile) {
  const components = context.repository?.components ?? [];
  if ((context.repository?.compose.length ?? 0) > 0) {
    return components.filter((component) => component.kind === "compose" && component.service?.dockerfile === dockerfile.path);
  }
  return components.filter((component) => component.kind === "cfg");
}
function neededProviders(context, components) {
  const needed = /* @__PURE__ */ new Map();
  const providers = Object.entries(context.knowledge.executorProviders ?? {});
  for (const component of components) {
    const executor = configuredExecutor({ ...context, config: component.config, file: component.file });
    for (const entry of executor?.setting.entries ?? []) {
      const alias = entry.coreAlias;
      const found = alias ? providers.find(([, provider]) => provider.executors.includes(alias)) : void 0;
      const path = alias ? context.knowledge.executors.coreExecutors[alias] : void 0;
      if (!alias || !found || !path || needed.has(found[0])) continue;
      const module = path.split(".").slice(0, 3).join(".");
      needed.set(found[0], { distribution: found[0], executor: alias, extras: found[1].extras, module, where: component.name });
    }
  }
  return [...needed.values()];
}
function reportMissing(context, dockerfile, installs, need) {
  if (installs.providers.has(normalizeName(need.distribution))) return;
  const extras = new Set(need.extras.map(normalizeName));
  const requirement = installs.airflow.find((candidate) => !candidate.extras.some((extra2) => extras.has(extra2)));
  if (!requirement || installs.airflow.some((candidate) => candidate.extras.some((extra2) => extras.has(extra2)))) return;
  const extra = need.extras[0] ?? "";
  context.report({
    messageId: "missing",
    data: {
      requirement: requirement.text,
      extras: need.extras.map((name) => `[${name}]`).join(" / "),
      distribution: need.distribution,
      where: need.where,
      executor: need.executor,
      module: need.module
    },
    file: dockerfile.path,
    span: requirement.span,
    fix: `Install apache-airflow[${[...requirement.extras, extra].filter(Boolean).join(",")}] (or add ${need.distribution}), with the constraints file of your Airflow release.`
  });
}

// src/rules/support/db-url.ts
var SQLALCHEMY_URL = new RegExp(
  [
    "^(?<name>[\\w+]+)://",
    "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?",
    "(?:(?:\\[(?<ipv6host>[^/?]+)\\]|(?<ipv4host>[^/:?]+))?(?::(?<port>[^/?]*))?)?",
    "(?:/(?<database>[^?]*))?",
    "(?:\\?(?<query>.*))?$"
  ].join(""),
  "s"
);
function parseDatabaseUrl(text) {
  const match = SQLALCHEMY_URL.exec(text.trim());
  const groups = match?.groups;
  if (!groups?.["name"]) return void 0;
  const scheme = groups["name"];
  const plus = scheme.indexOf("+");
  return {
    scheme,
    dialect: plus === -1 ? scheme : scheme.slice(0, plus),
    driver: plus === -1 ? void 0 : scheme.slice(plus + 1),
    username: groups["username"],
    password: groups["password"],
    host: groups["ipv6host"] ?? groups["ipv4host"],
    port: groups["port"],
    database: groups["database"],
    query: groups["query"]
  };
}

// src/rules/support/metastore.ts
var POSTGRES_MAX_CONNECTIONS = 100;
var POSTGRES_RESERVED_CONNECTIONS = 3;
function metastoreOf(context) {
  const value = effectiveOption(context, "database", "sql_alchemy_conn");
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  return { value, text: resolved.text, url: parseDatabaseUrl(resolved.text) };
}
function poolEnabled(context) {
  const value = effectiveOption(context, "database", "sql_alchemy_pool_enabled");
  if (!value) return true;
  const resolved = resolveValue(context, value);
  return !resolved.known || airflowBoolean(resolved.text) !== false;
}
function isSqlite(metastore) {
  return metastore.url ? metastore.url.dialect === "sqlite" : metastore.text.trim().startsWith("sqlite");
}
var POSTGRES_ALIASES = ["postgres", "postgres+psycopg2"];

// src/rules/apf110-sqlite-metastore.ts
var FIX2 = "Use PostgreSQL: set sql_alchemy_conn_cmd / sql_alchemy_conn_secret or AIRFLOW__DATABASE__SQL_ALCHEMY_CONN to postgresql+psycopg2://user:password@host:5432/airflow, then run `airflow db migrate`.";
var sqliteMetastore = {
  meta: {
    id: "APF110",
    alias: "sqlite-metastore",
    description: "The metastore is a SQLite database: not for production, and refused with parallel executors on releases that say so.",
    severity: "error",
    tags: ["production"],
    versions: "all; the start-up refusal where the knowledge lists the executor as SQLite-incompatible (2.x)",
    messages: {
      refused: '{{setting}} is a SQLite database: Airflow {{version}} refuses to start with it ("cannot use SQLite with the {{executor}}"){{note}}.',
      notProduction: "{{setting}} is a SQLite database: one writer at a time, one machine, no parallel executor \u2014 not a production metastore{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || !isSqlite(metastore)) return;
    const executor = sqliteIncompatibleExecutor(context);
    reportValue(context, metastore.value, {
      messageId: executor ? "refused" : "notProduction",
      data: { version: context.target.knowledgeVersion, executor: executor ?? "" },
      fix: FIX2
    });
  }
};
function sqliteIncompatibleExecutor(context) {
  const facts = context.knowledge.executors;
  const entries = configuredExecutor(context)?.setting.entries ?? [];
  return entries.find((entry) => entry.coreAlias && facts.sqliteIncompatible.includes(entry.coreAlias))?.coreAlias;
}

// src/rules/apf111-postgres-scheme.ts
var postgresScheme = {
  meta: {
    id: "APF111",
    alias: "postgres-scheme",
    description: "The metastore URL uses the `postgres://` scheme, which SQLAlchemy 1.4 and later no longer know.",
    severity: "warning",
    tags: ["production"],
    versions: "all",
    messages: {
      scheme: 'SQLAlchemy {{sqlalchemy}} has no "{{scheme}}" dialect: Airflow rewrites the URL with a FutureWarning at every start, and any other tool given this URL fails with NoSuchModuleError{{note}}.'
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    const scheme = metastore?.url?.scheme;
    if (!metastore || !scheme || !POSTGRES_ALIASES.includes(scheme)) return;
    const replacement = scheme === "postgres" ? "postgresql" : "postgresql+psycopg2";
    const corrected = metastore.text.trim().replace(/^[^:]+:\/\//, `${replacement}://`);
    const edit = schemeEdit(context, metastore.value, scheme, replacement);
    reportValue(context, metastore.value, {
      messageId: "scheme",
      data: { scheme, sqlalchemy: context.knowledge.libraries.sqlalchemy },
      fix: `Write the URL as ${maskUrlPasswords(corrected)}`,
      edits: edit ? [edit] : void 0
    });
  }
};
function schemeEdit(context, value, scheme, replacement) {
  if (!value.value?.startsWith(`${scheme}://`)) return void 0;
  let start;
  if (value.origin === "cfg" && value.node) {
    if (!context.documentIsFile) return void 0;
    start = positionInValue(value.node, 0);
  } else if (value.origin === "env" && value.valueSpan) start = value.valueSpan.start;
  else return void 0;
  return { span: { start, end: { line: start.line, column: start.column + scheme.length } }, text: replacement, expected: scheme };
}

// src/rules/apf112-sqlite-relative-path.ts
var ABSOLUTE_PREFIX = "sqlite:///";
var sqliteRelativePath = {
  meta: {
    id: "APF112",
    alias: "sqlite-relative-path",
    description: "The SQLite metastore URL is relative or in-memory, so components do not share one database.",
    severity: "error",
    tags: ["production"],
    versions: "all; whether the release refuses a relative path comes from its knowledge data",
    messages: {
      relative: '{{setting}} is a relative SQLite path: Airflow {{version}} refuses it when any component starts ("Cannot use relative path \u2026 to connect to sqlite"){{note}}.',
      relativeOpened: "{{setting}} is a relative SQLite path: Airflow {{version}} opens it relative to each process's working directory, so components started from different directories use different databases{{note}}.",
      relativeUnknown: `{{setting}} is a relative SQLite path: recent releases refuse it at start-up ("Cannot use relative path \u2026 to connect to sqlite"), older ones open it relative to each process's working directory{{note}}.`,
      memory: "{{setting}} is an in-memory SQLite database: each process gets its own empty database, and everything is lost when it exits{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === "default" || !isSqlite(metastore)) return;
    const text = metastore.text.trim();
    const path = text.startsWith(ABSOLUTE_PREFIX) ? text.slice(ABSOLUTE_PREFIX.length) : void 0;
    const memory = text === "sqlite://" || path === ":memory:" || path === "";
    if (!memory && path?.startsWith("/")) return;
    reportValue(context, metastore.value, {
      messageId: memory ? "memory" : relativeMessage(context.knowledge.metastore.refusesRelativeSqlite),
      data: { version: context.target.knowledgeVersion },
      fix: "Use PostgreSQL for production; for a local trial use an absolute path such as sqlite:////opt/airflow/airflow.db."
    });
  }
};
function relativeMessage(refuses) {
  if (refuses === void 0) return "relativeUnknown";
  return refuses ? "relative" : "relativeOpened";
}

// src/rules/support/compat-knowledge.ts
var FALLBACK_OWNER = "core:provider-fallback-defaults";
var VARIANT_SUFFIXES = ["_cmd", "_secret"];
function placedOptions(document) {
  if (!document) return [];
  return document.sections.flatMap((section) => section.options.map((node) => ({ section, node })));
}
function sectionFact(knowledge, section) {
  return Object.hasOwn(knowledge.sections, section) ? knowledge.sections[section] : void 0;
}
function optionFact(knowledge, section, option) {
  const options = sectionFact(knowledge, section)?.options;
  return options && Object.hasOwn(options, option) ? options[option] : void 0;
}
function hasCompleteOptionList(knowledge, section) {
  const fact = sectionFact(knowledge, section);
  return fact !== void 0 && fact.owner !== FALLBACK_OWNER;
}
function splitVariant(knowledge, section, key, isSensitive2 = (s, o) => optionFact(knowledge, s, o)?.sensitive === true) {
  for (const suffix of VARIANT_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const option = key.slice(0, -suffix.length);
    if (isSensitive2(section, option)) return { option, suffix };
  }
  return { option: key, suffix: "" };
}
function isKnownOption(knowledge, section, key) {
  return optionFact(knowledge, section, splitVariant(knowledge, section, key).option) !== void 0;
}
function stillReadMove(knowledge, section, option) {
  const index = indexOf(knowledge);
  const entry = index.deprecatedOptions.get(placeKey(section, option));
  if (entry && index.deprecatedOptions.has(placeKey(entry.newSection, entry.newOption))) return void 0;
  if (entry) return { newSection: entry.newSection, newOption: entry.newOption, since: entry.since };
  const renamed = knowledge.deprecatedSections.find((candidate) => candidate.section === section);
  if (renamed) return { newSection: renamed.newSection, newOption: option, since: renamed.since };
  return void 0;
}
function isSensitiveOldOption(knowledge, section, option) {
  const move = stillReadMove(knowledge, section, option) ?? renameOf(knowledge, section, option);
  const target = move ? { section: move.newSection, option: move.newOption } : { section, option };
  return optionFact(knowledge, target.section, target.option)?.sensitive === true;
}
function changesAt(knowledge, section, option) {
  return indexOf(knowledge).configChanges.get(placeKey(section, option)) ?? [];
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(knowledge) {
  let index = indexes.get(knowledge);
  if (index) return index;
  index = { deprecatedOptions: /* @__PURE__ */ new Map(), configChanges: /* @__PURE__ */ new Map() };
  for (const entry of knowledge.deprecatedOptions) {
    const key = placeKey(entry.section, entry.option);
    if (!index.deprecatedOptions.has(key)) index.deprecatedOptions.set(key, entry);
  }
  for (const change of knowledge.configChanges) {
    const key = placeKey(change.section, change.option);
    const list = index.configChanges.get(key);
    if (list) list.push(change);
    else index.configChanges.set(key, [change]);
  }
  indexes.set(knowledge, index);
  return index;
}
function placeKey(section, option) {
  return `${section}\0${option}`;
}
function renameOf(knowledge, section, option) {
  const change = changesAt(knowledge, section, option).find((candidate) => candidate.kind === "renamed");
  if (!change?.renamedTo) return void 0;
  return { newSection: change.renamedTo.section, newOption: change.renamedTo.option };
}
function newHomeSections(knowledge) {
  const homes = /* @__PURE__ */ new Set();
  for (const entry of knowledge.deprecatedOptions) homes.add(entry.newSection);
  for (const entry of knowledge.deprecatedSections) homes.add(entry.newSection);
  for (const change of knowledge.configChanges) if (change.renamedTo) homes.add(change.renamedTo.section);
  return homes;
}
function oldPlaceSections(knowledge) {
  const old = /* @__PURE__ */ new Set();
  for (const entry of knowledge.deprecatedOptions) old.add(entry.section);
  for (const entry of knowledge.deprecatedSections) old.add(entry.section);
  for (const change of knowledge.configChanges) old.add(change.section);
  for (const entry of knowledge.formerOptions ?? []) old.add(entry.section);
  return old;
}
function formerOption(knowledge, section, option) {
  return knowledge.formerOptions?.find((entry) => entry.section === section && entry.option === option);
}
function isDescribedChange(knowledge, section, option) {
  return stillReadMove(knowledge, section, option) !== void 0 || changesAt(knowledge, section, option).length > 0 || formerOption(knowledge, section, option) !== void 0;
}
function equalsDefault(value, fact) {
  if (!fact || fact.default === null) return false;
  const variables = fact.defaultVariables ?? [];
  if (variables.length === 0) return value === fact.default;
  const parts = splitOnMarkers(fact.default, variables.map((name) => `{${name}}`));
  return matchesWithGaps(value, parts);
}
function splitOnMarkers(text, markers) {
  const parts = [];
  let from = 0;
  for (let at = 0; at < text.length; ) {
    const marker = markers.find((candidate) => text.startsWith(candidate, at));
    if (marker === void 0) {
      at += 1;
      continue;
    }
    parts.push(text.slice(from, at));
    at += marker.length;
    from = at;
  }
  parts.push(text.slice(from));
  return parts;
}
function matchesWithGaps(value, parts) {
  const first = parts[0] ?? "";
  if (parts.length === 1) return value === first;
  const last = parts[parts.length - 1] ?? "";
  if (!value.startsWith(first)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at + 1);
    if (found < 0) return false;
    at = found + part.length;
  }
  return value.endsWith(last) && value.length - last.length >= at + 1;
}
function closestName(name, candidates) {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  const others = sortedNames(candidates).filter((candidate) => candidate !== name);
  return nearest(name, others, true, limit)?.candidate;
}
var sortedCache = /* @__PURE__ */ new WeakMap();
function sortedNames(candidates) {
  const cached = sortedCache.get(candidates);
  if (cached) return cached;
  const sorted = [...candidates].sort();
  if (Array.isArray(candidates)) sortedCache.set(candidates, sorted);
  return sorted;
}
function didYouMean(suggestion) {
  return suggestion ? ` Did you mean ${suggestion}?` : "";
}
function oldKeyBase(knowledge, section, key) {
  return splitVariant(knowledge, section, key, (s, o) => isSensitiveOldOption(knowledge, s, o)).option;
}
function place(section, option) {
  return `[${section}] ${option}`;
}
function unknownPlaceOptions(knowledge, document) {
  return placedOptions(document).filter(({ node }) => isLowerCaseName(node.key)).filter(({ section, node }) => !isKnownOption(knowledge, section.name, node.key)).map((placed) => {
    const option = oldKeyBase(knowledge, placed.section.name, placed.node.key);
    return { ...placed, option, suffix: placed.node.key.slice(option.length) };
  });
}
function isLowerCaseName(key) {
  return key === key.toLowerCase();
}
function unfollowedRenames(knowledge, section, option) {
  const index = indexOf(knowledge);
  const chain = [];
  let entry = index.deprecatedOptions.get(placeKey(section, option));
  while (entry && chain.length < 10 && !chain.includes(entry)) {
    chain.push(entry);
    entry = index.deprecatedOptions.get(placeKey(entry.newSection, entry.newOption));
  }
  return chain.length > 1 ? chain : [];
}
function valueAfterRewrite(knowledge, section, option, value) {
  for (const entry of knowledge.deprecatedValues) {
    if (entry.section !== section || entry.option !== option) continue;
    try {
      const source = entry.pattern.replace(/\\A/g, "^").replace(/\\z/g, "$");
      const pattern = new RegExp(source.replace(/^\(\?i\)/, ""), source.startsWith("(?i)") ? "gi" : "g");
      if (pattern.test(value)) return value.replace(pattern, entry.replacement);
    } catch {
      continue;
    }
  }
  return value;
}

// src/rules/apf113-metastore-dialect-unsupported.ts
var metastoreDialectUnsupported = {
  meta: {
    id: "APF113",
    alias: "metastore-dialect-unsupported",
    description: "The metastore URL names a database Airflow does not support on the target release, a driver its SQLAlchemy does not have, or is not a URL at all.",
    severity: "error",
    tags: ["production"],
    versions: "all; the supported databases and the drivers of its SQLAlchemy come from the knowledge data of the target release",
    messages: {
      unsupported: 'Airflow {{version}} does not support "{{dialect}}" as a metastore (supported: {{supported}}); `airflow db migrate` and every component fail{{note}}.',
      unknownDriver: `SQLAlchemy {{sqlalchemy}}, which Airflow {{version}} installs, has no "{{driver}}" driver for {{dialect}}{{suggestion}}: every component fails with "Can't load plugin: sqlalchemy.dialects:{{dialect}}.{{driver}}"{{note}}.`,
      unparseable: "SQLAlchemy cannot parse {{setting}} as a database URL (`dialect+driver://user:password@host:port/database`), so no component can connect{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === "default") return;
    const supported = context.knowledge.metastore.supportedDialects;
    const url = metastore.url;
    if (!url) {
      reportValue(context, metastore.value, {
        messageId: "unparseable",
        fix: "Write a URL such as postgresql+psycopg2://user:password@host:5432/airflow."
      });
      return;
    }
    if (POSTGRES_ALIASES.includes(url.scheme)) return;
    if (supported.includes(url.dialect)) {
      checkDriver(context, metastore, url);
      return;
    }
    reportValue(context, metastore.value, {
      messageId: "unsupported",
      data: { version: context.target.knowledgeVersion, dialect: url.dialect, supported: supported.join(", ") },
      fix: "Move the metastore to PostgreSQL (postgresql+psycopg2://\u2026) and run `airflow db migrate`."
    });
  }
};
function checkDriver(context, metastore, url) {
  const known = context.knowledge.metastore.dialectDrivers?.[url.dialect];
  if (!known || url.driver === void 0 || known.drivers.includes(url.driver)) return;
  const suggestion = closestName(url.driver, known.drivers);
  const replacement = `${url.dialect}+${suggestion ?? known.default}`;
  reportValue(context, metastore.value, {
    messageId: "unknownDriver",
    data: {
      sqlalchemy: context.knowledge.libraries.sqlalchemy,
      version: context.target.knowledgeVersion,
      driver: url.driver,
      dialect: url.dialect,
      suggestion: suggestion ? ` (did you mean ${replacement}?)` : ""
    },
    fix: `Write the URL as ${replacement}://\u2026 (the drivers it has for ${url.dialect}: ${known.drivers.filter((name) => name !== "base").join(", ")}).`
  });
}

// src/rules/apf114-metastore-url-incomplete.ts
var metastoreUrlIncomplete = {
  meta: {
    id: "APF114",
    alias: "metastore-url-incomplete",
    description: "The metastore URL has no host or no database name, so the driver falls back to its own defaults.",
    severity: "warning",
    tags: ["production"],
    versions: "all",
    messages: {
      noHost: "{{setting}} names no host: the driver connects to a local socket on the machine each component runs on, not a shared database server{{note}}.",
      noDatabase: "{{setting}} names no database: the driver connects to the user's default database, so Airflow's tables land wherever that is{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    const url = metastore?.url;
    if (!metastore || !url || metastore.value.origin === "default" || isSqlite(metastore)) return;
    const query = new URLSearchParams(url.query ?? "");
    const fix = "Write the full URL: dialect+driver://user:password@host:port/database.";
    if (!url.host && !query.has("host")) reportValue(context, metastore.value, { messageId: "noHost", fix });
    if (!url.database && !query.has("dbname")) reportValue(context, metastore.value, { messageId: "noDatabase", fix });
  }
};

// src/rules/apf115-metastore-password-in-file.ts
var metastorePasswordInFile = {
  meta: {
    id: "APF115",
    alias: "metastore-password-in-file",
    description: "The metastore password is written into the configuration file, a compose file or a .env file.",
    severity: "warning",
    tags: ["security"],
    versions: "all",
    messages: {
      password: "{{setting}} contains the database password in plain text: everyone who can read the repository or the image can reach the metastore{{note}}."
    }
  },
  check(context) {
    const value = effectiveOption(context, "database", "sql_alchemy_conn");
    if (!value || value.value === void 0) return;
    if (value.origin !== "cfg" && !writtenLiterally(context, value)) return;
    const password = parseDatabaseUrl(value.value)?.password;
    if (!password || password.includes("$")) return;
    const variable = envVarName(value.section, value.option);
    reportValue(context, value, {
      messageId: "password",
      fix: `Remove the URL from the file and set ${value.option}_cmd, ${value.option}_secret or the ${variable} variable instead.`
    });
  }
};

// src/rules/support/provider-option.ts
function providerOptionFact(context, section, option) {
  for (const provider of Object.values(context.knowledge.executorProviders ?? {})) {
    const fact = provider.sections[section]?.options[option];
    if (fact) return fact;
  }
  return void 0;
}
function providerOption(context, section, option) {
  if (!providerOptionFact(context, section, option)) return void 0;
  const value = context.config.get(section, option);
  return value && value.origin !== "default" ? value : void 0;
}
function sectionProvider(context, section) {
  return Object.entries(context.knowledge.executorProviders ?? {}).find(([, provider]) => provider.sections[section])?.[0];
}
function usesProviderExecutor(context, distribution) {
  const shipped = context.knowledge.executorProviders?.[distribution]?.executors ?? [];
  const executor = configuredExecutor(context);
  return executor?.setting.entries.some((entry) => entry.coreAlias !== void 0 && shipped.includes(entry.coreAlias)) ?? false;
}

// src/rules/support/url-authority.ts
var HOST_PORT = /^[A-Za-z0-9._-]+(?::\d*)?$/;
function sqlalchemyBreak(text) {
  const url = parseDatabaseUrl(text);
  if (!url?.host?.includes("@")) return void 0;
  const start = text.indexOf("://") + 3;
  return { kind: "sqlalchemy-at", offset: text.indexOf("@", start) };
}
function urllibBreak(text) {
  const schemeEnd = text.indexOf("://");
  if (schemeEnd === -1) return void 0;
  const start = schemeEnd + 3;
  const rest = text.slice(start);
  const cut = rest.search(/[/?#]/);
  const netloc = cut === -1 ? rest : rest.slice(0, cut);
  const open = netloc.indexOf("[");
  const close = netloc.indexOf("]");
  if (open === -1 !== (close === -1)) {
    const at2 = open === -1 ? close : open;
    return { kind: "urllib-bracket", offset: start + at2, char: netloc[at2] ?? "[" };
  }
  if (cut === -1 || netloc.includes("@")) return void 0;
  const at = rest.indexOf("@", cut);
  if (at === -1) return void 0;
  const after = rest.slice(at + 1);
  const hostEnd = after.search(/[/?#]/);
  const host = hostEnd === -1 ? after : after.slice(0, hostEnd);
  if (!HOST_PORT.test(host) || HOST_PORT.test(netloc)) return void 0;
  return { kind: "urllib-cut", offset: start + cut, char: rest[cut] ?? "/" };
}

// src/rules/apf116-url-password-unescaped.ts
var ENCODED = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", "[": "%5B", "]": "%5D" };
var urlPasswordUnescaped = {
  meta: {
    id: "APF116",
    alias: "url-password-unescaped",
    description: "A metastore, Celery broker or result backend URL has a password with `@`, `/`, `?`, `#`, `[` or `]` written as is, so the URL splits in the wrong place.",
    severity: "error",
    tags: ["production"],
    versions: "all",
    messages: {
      "sqlalchemy-at": '{{setting}} has an "@" inside its password: SQLAlchemy ends the password at the first "@" and takes the rest of it as part of the host name, so connecting fails ("could not translate host name"){{note}}.',
      "urllib-bracket": `{{setting}} has an unbalanced "{{char}}" in its password: Python's URL parser refuses it with "ValueError: Invalid IPv6 URL" {{when}}{{note}}.`,
      "urllib-cut": `{{setting}} has "{{char}}" inside its password: {{reader}} parses it with Python's urllib, which ends the host part at "{{char}}", so the Celery worker fails at start ("ValueError: Port could not be cast to integer value") or connects to the wrong host{{note}}.`
    }
  },
  check(context) {
    const celery = celeryProvider(context);
    const metastore = metastoreOf(context);
    const resultBackend = celery ? providerOption(context, "celery", "result_backend") : void 0;
    if (metastore) {
      const workerReadsIt = celery !== void 0 && usesProviderExecutor(context, celery) && resultBackend === void 0;
      const problem = sqlalchemyBreak(metastore.text) ?? urllibBreak(metastore.text);
      if (problem && (problem.kind !== "urllib-cut" || workerReadsIt)) {
        report(context, metastore.value, metastore.text, problem, "when Airflow reads its configuration at start", "the Celery worker (its result backend is `db+` this URL, as [celery] result_backend is not set)");
      }
    }
    if (!celery) return;
    if (resultBackend) checkCeleryUrl(context, resultBackend, true);
    const broker = providerOption(context, "celery", "broker_url");
    if (broker) checkCeleryUrl(context, broker, false);
  }
};
function celeryProvider(context) {
  return sectionProvider(context, "celery");
}
function checkCeleryUrl(context, value, sqlalchemy) {
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const text = resolved.text.trim();
  const problem = (sqlalchemy && /^db\+/i.test(text) ? sqlalchemyBreak(text.slice(3)) : void 0) ?? urllibBreak(text);
  if (!problem) return;
  const shifted = problem.kind === "sqlalchemy-at" && /^db\+/i.test(text) ? { ...problem, offset: problem.offset + 3 } : problem;
  report(context, value, text, shifted, "when the Celery worker starts", "Celery (through kombu)");
}
function report(context, value, text, problem, when, reader) {
  const char = problem.kind === "sqlalchemy-at" ? "@" : problem.char;
  const encoded = ENCODED[char] ?? "";
  const written = value.origin === "cfg" ? encoded.replace("%", "%%") : encoded;
  reportValue(context, value, {
    messageId: problem.kind,
    data: { char, when, reader },
    // Offsets are in the text after `$VAR` expansion: they point into the written value only when nothing was expanded.
    span: value.value?.startsWith(text) ? spanInValue(value, problem.offset, 1) : void 0,
    fix: `Percent-encode the password: write "${char}" as ${written}${value.origin === "cfg" ? " (the % doubled, as configparser requires in airflow.cfg)" : ""}, and the same for any other reserved character in it.`
  });
}

// src/rules/apf120-fernet-key-empty.ts
var fernetKeyEmpty = {
  meta: {
    id: "APF120",
    alias: "fernet-key-empty",
    description: "No Fernet key: Airflow stores connection passwords and variables unencrypted in the metastore.",
    severity: "warning",
    tags: ["security"],
    versions: "all",
    messages: {
      empty: "[core] fernet_key is empty: Airflow stores connection passwords and variables unencrypted in the metastore{{note}}."
    }
  },
  check(context) {
    if (!optionExists(context, "core", "fernet_key")) return;
    const value = effectiveOption(context, "core", "fernet_key") ?? unsetValue("core", "fernet_key");
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() !== "") return;
    reportValue(context, value, {
      messageId: "empty",
      fix: 'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"` and provide it through fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY.'
    });
  }
};

// src/rules/support/keys.ts
var PUBLISHED_FERNET_KEYS = ["46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho="];
var PUBLISHED_SECRETS = [
  "temporary_key",
  "airflow_jwt_secret",
  "secret",
  "secret_key",
  "changeme",
  "change_me",
  "airflow",
  "password"
];
var BRACKETED = /^(?:\{[^}]*\}|<[^>]*>|\$\{[^}]*\})$/;
var PLACEHOLDER_WORD = /your|change[_-]?me|replace|placeholder|example|xxxx|todo|fixme/i;
var LINE_BREAK = /[\n\r\u2028\u2029]/;
function isPlaceholder(text) {
  const trimmed = text.trim();
  return BRACKETED.test(trimmed) || PLACEHOLDER_WORD.test(trimmed) && !LINE_BREAK.test(trimmed);
}
function isPublishedFernetKey(text) {
  return PUBLISHED_FERNET_KEYS.includes(text.trim());
}
function isPublishedSecret(text) {
  return PUBLISHED_SECRETS.includes(text.trim().toLowerCase());
}
var FERNET_KEY = /^[A-Za-z0-9_-]{43}=$/;
function isFernetKey(part) {
  return FERNET_KEY.test(part.trim());
}
function fernetParts(text) {
  return splitWithOffsets(text, ",").map((part) => ({ key: part.text, offset: part.offset }));
}

// src/rules/apf121-fernet-key-invalid.ts
var FIX3 = 'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`, keep it out of the repository (fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY), and list old keys after it, comma-separated, while rotating.';
var fernetKeyInvalid = {
  meta: {
    id: "APF121",
    alias: "fernet-key-invalid",
    description: "A Fernet key that is not 32 bytes of URL-safe base64, a placeholder, or a key published on the internet.",
    severity: "error",
    tags: ["security"],
    versions: "all",
    messages: {
      malformed: '{{which}}{{setting}} is not 32 URL-safe base64-encoded bytes: Airflow fails with "Fernet key must be 32 url-safe base64-encoded bytes" when it reads or writes a connection or variable{{note}}.',
      placeholder: "{{which}}{{setting}} is a placeholder, not a key: Airflow cannot encrypt or decrypt with it{{note}}.",
      published: "{{which}}{{setting}} is a key published in public examples: anyone can decrypt the connections and variables in the metastore{{note}}."
    }
  },
  check(context) {
    const value = effectiveOption(context, "core", "fernet_key");
    if (!value) return;
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() === "") return;
    const parts = fernetParts(resolved.text);
    parts.forEach((part, index) => {
      const messageId = isPublishedFernetKey(part.key) ? "published" : isPlaceholder(part.key) ? "placeholder" : isFernetKey(part.key) ? void 0 : "malformed";
      if (!messageId) return;
      reportValue(context, value, {
        messageId,
        data: { which: parts.length > 1 ? `Key ${index + 1} of ${parts.length} in ` : "" },
        span: parts.length > 1 ? spanInValue(value, part.offset, part.key.length) : void 0,
        fix: FIX3
      });
    });
  }
};

// src/rules/support/key-options.ts
var SIGNING_KEYS = [
  { section: "webserver", option: "secret_key" },
  { section: "api", option: "secret_key" },
  { section: "api_auth", option: "jwt_secret" }
];
function signingKeys(context) {
  return SIGNING_KEYS.filter((key) => optionExists(context, key.section, key.option));
}
function secretKeys(context) {
  const fernet = optionExists(context, "core", "fernet_key") ? [{ section: "core", option: "fernet_key" }] : [];
  return [...fernet, ...signingKeys(context)];
}

// src/rules/apf122-secret-in-file.ts
var secretInFile = {
  meta: {
    id: "APF122",
    alias: "secret-in-file",
    description: "A Fernet key, secret key or JWT secret written as a literal into the configuration file, a compose file, a .env file or Helm values.",
    severity: "warning",
    tags: ["security"],
    versions: "all; the options checked are those the target release has",
    messages: {
      literal: "{{setting}} is written into the file: everyone who can read the repository or the image has the key{{note}}."
    }
  },
  check(context) {
    for (const key of secretKeys(context)) {
      const value = effectiveOption(context, key.section, key.option);
      if (!value || value.value === void 0) continue;
      if (value.origin !== "cfg" && !writtenLiterally(context, value)) continue;
      const text = value.value.trim();
      if (text === "" || /^(\$\w+|\$\{\w+\})$/.test(text)) continue;
      reportValue(context, value, {
        messageId: "literal",
        fix: `Remove it from the file and provide it through ${value.option}_cmd, ${value.option}_secret or the ${envVarName(value.section, value.option)} variable.`
      });
    }
  }
};

// src/rules/apf123-secret-key-weak.ts
var MIN_LENGTH = 16;
var FIX4 = 'Generate one value (`python -c "import secrets; print(secrets.token_urlsafe(32))"`), give the same value to every component through {{option}}_cmd, {{option}}_secret or {{variable}}, and keep it out of the repository.';
var secretKeyWeak = {
  meta: {
    id: "APF123",
    alias: "secret-key-weak",
    description: "A signing key (secret_key, jwt_secret) that is missing, a published default, or too short.",
    severity: "warning",
    tags: ["security"],
    versions: "2.x: [webserver] secret_key; 3.x: [api] secret_key and [api_auth] jwt_secret (from the knowledge data)",
    messages: {
      unsetSecretKey: "{{setting}} is empty: every component generates its own key, so signed requests between them fail (403 FORBIDDEN when the UI fetches task logs) and sessions break across processes{{note}}.",
      unsetJwtSecret: '{{setting}} is empty: every component generates its own ("jwt_secret was empty, using a generated one"), so tokens from one are rejected by the others ("Signature verification failed"){{note}}.',
      published: "{{setting}} is a well-known value: anyone can forge sessions or tokens and act as any user{{note}}.",
      short: "{{setting}} is only {{length}} characters long: short keys can be guessed, and with them sessions or tokens forged{{note}}."
    }
  },
  check(context) {
    for (const key of signingKeys(context)) checkKey(context, key);
  }
};
function checkKey(context, key) {
  if (key.option === "jwt_secret" && usesPrivateKey(context)) return;
  const value = effectiveOption(context, key.section, key.option) ?? unsetValue(key.section, key.option);
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const text = resolved.text.trim();
  const fix = FIX4.replaceAll("{{option}}", key.option).replace("{{variable}}", envVarName(key.section, key.option));
  if (text === "") {
    const messageId = key.option === "jwt_secret" ? "unsetJwtSecret" : "unsetSecretKey";
    reportValue(context, value, { messageId, fix });
  } else if (isPublishedSecret(text) || isPlaceholder(text)) {
    reportValue(context, value, { messageId: "published", severity: "error", fix });
  } else if (text.length < MIN_LENGTH) {
    reportValue(context, value, { messageId: "short", data: { length: text.length }, fix });
  }
}
function usesPrivateKey(context) {
  const path = effectiveOption(context, "api_auth", "jwt_private_key_path");
  if (!path) return false;
  const resolved = resolveValue(context, path);
  return !resolved.known || resolved.text.trim() !== "";
}

// src/rules/support/exposure.ts
function exposureRule(spec) {
  const { message, ...meta } = spec.meta;
  return {
    meta: { ...meta, severity: "warning", tags: ["exposure", "security"], messages: { unsafe: message } },
    check(context) {
      const place2 = spec.places.find((candidate) => context.knowledge.sections[candidate.section]?.options[candidate.option]);
      if (!place2) return;
      const value = effectiveOption(context, place2.section, place2.option);
      if (!value) return;
      const resolved = resolveValue(context, value);
      if (!resolved.known || !spec.unsafe(resolved.text)) return;
      reportValue(context, value, { messageId: "unsafe", data: { value: resolved.text.trim() }, fix: spec.fix });
    }
  };
}

// src/rules/apf130-load-examples.ts
var loadExamples = exposureRule({
  meta: {
    id: "APF130",
    alias: "load-examples",
    description: "Example DAGs are loaded into the production instance.",
    versions: "all",
    message: "{{setting}} is {{value}}: Airflow loads its example DAGs, which anyone with UI access can trigger, and which clutter the DAG list{{note}}."
  },
  places: [{ section: "core", option: "load_examples" }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: "Set `load_examples = False` under [core] (or AIRFLOW__CORE__LOAD_EXAMPLES=False)."
});

// src/rules/apf131-expose-config.ts
var EXPOSING = /* @__PURE__ */ new Set(["true", "t", "1", "non-sensitive-only"]);
var exposeConfig = exposureRule({
  meta: {
    id: "APF131",
    alias: "expose-config",
    description: "The configuration is shown in the UI and the REST API.",
    versions: "2.x: [webserver] expose_config; 3.x: [api] expose_config (from the knowledge data)",
    message: "{{setting}} is {{value}}: every logged-in user can read the running configuration in the UI and through the API, including hosts, paths and settings an attacker can use{{note}}."
  },
  places: [
    { section: "api", option: "expose_config" },
    { section: "webserver", option: "expose_config" }
  ],
  unsafe: (text) => EXPOSING.has(text.trim().toLowerCase()),
  fix: "Set expose_config = False."
});

// src/rules/apf132-test-connection.ts
var testConnection = exposureRule({
  meta: {
    id: "APF132",
    alias: "test-connection",
    description: 'The "Test connection" button is enabled in the UI, the API and the CLI.',
    versions: "all releases that have [core] test_connection",
    message: "{{setting}} is {{value}}: any user who may edit connections can make the workers connect to hosts of their choice and run driver code{{note}}."
  },
  places: [{ section: "core", option: "test_connection" }],
  unsafe: (text) => text.trim().toLowerCase() === "enabled",
  fix: "Set `test_connection = Disabled` (or Hidden) under [core]."
});

// src/rules/apf133-xcom-pickling.ts
var xcomPickling = exposureRule({
  meta: {
    id: "APF133",
    alias: "xcom-pickling",
    description: "XCom values are pickled, so reading one can run arbitrary code.",
    versions: "releases that have [core] enable_xcom_pickling (2.x)",
    message: "{{setting}} is {{value}}: XCom values are unpickled when read, so anyone who can write an XCom can run code in the scheduler, workers and webserver{{note}}."
  },
  places: [{ section: "core", option: "enable_xcom_pickling" }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: "Set `enable_xcom_pickling = False` and pass JSON-serialisable values between tasks."
});

// src/rules/apf134-sensitive-fields-visible.ts
var sensitiveFieldsVisible = exposureRule({
  meta: {
    id: "APF134",
    alias: "sensitive-fields-visible",
    description: "Sensitive connection and variable fields are shown in clear in the UI and logs.",
    versions: "all releases that have [core] hide_sensitive_var_conn_fields",
    message: "{{setting}} is {{value}}: passwords, tokens and keys in connections and variables are shown in the UI and written to task logs unmasked{{note}}."
  },
  places: [{ section: "core", option: "hide_sensitive_var_conn_fields" }],
  unsafe: (text) => airflowBoolean(text) === false,
  fix: "Set `hide_sensitive_var_conn_fields = True` under [core]."
});

// src/rules/apf135-cookie-not-secure.ts
var cookieNotSecure = exposureRule({
  meta: {
    id: "APF135",
    alias: "cookie-not-secure",
    description: "The session cookie is sent without the Secure flag.",
    versions: "releases that have [webserver] cookie_secure (2.x)",
    message: "{{setting}} is {{value}}: browsers also send the session cookie over plain HTTP, where it can be read and replayed{{note}}."
  },
  places: [{ section: "webserver", option: "cookie_secure" }],
  unsafe: (text) => airflowBoolean(text) !== true,
  fix: "Serve the UI over HTTPS and set `cookie_secure = True` under [webserver]."
});

// src/rules/apf136-api-anonymous-access.ts
var apiAnonymousAccess = {
  meta: {
    id: "APF136",
    alias: "api-anonymous-access",
    description: "The REST API lets requests without credentials in.",
    severity: "warning",
    tags: ["exposure", "security"],
    versions: "2.x: [api] auth_backends, backends the release's own check lets anonymous requests through; 3.x: the auth manager's settings that hand out tokens without credentials (from the knowledge data)",
    messages: {
      backend: "{{setting}} lists {{backend}}, which lets every request in without credentials: the REST API accepts a request as soon as one of its backends does, so anyone who reaches the webserver can call it{{note}}.",
      manager: "{{setting}} is {{value}}: the {{manager}} auth manager ({{managerSetting}}) hands a token to any caller without asking for credentials, so anyone who reaches the API server or the UI acts as admin{{note}}."
    }
  },
  check(context) {
    const api = context.knowledge.api;
    if (!api) return;
    if (api.authBackends) checkBackends(context, api);
    if (api.authManagers) checkManager(context, api);
  }
};
function checkBackends(context, api) {
  const value = effectiveOption(context, "api", "auth_backends");
  if (!value) return;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const sameText = resolved.text === value.value;
  const safe = (api.defaultAuthBackends ?? []).filter((name) => api.authBackends?.[name]?.anonymous !== "allowed");
  for (const part of splitWithOffsets(resolved.text, ",")) {
    const name = part.text.trim();
    if (api.authBackends?.[name]?.anonymous !== "allowed") continue;
    const offset = part.offset + part.text.indexOf(name);
    reportValue(context, value, {
      messageId: "backend",
      data: { backend: name },
      span: sameText ? spanInValue(value, offset, name.length) : void 0,
      fix: `Remove ${name} from [api] auth_backends${safe.length > 0 ? `; this release's default is \`${safe.join(",")}\`` : ""}, and give API clients credentials.`
    });
  }
}
function checkManager(context, api) {
  const managerValue = effectiveOption(context, "core", "auth_manager");
  if (!managerValue) return;
  const manager = resolveValue(context, managerValue);
  if (!manager.known) return;
  const path = manager.text.trim();
  const fact = api.authManagers?.[path];
  if (!fact) return;
  for (const setting2 of fact.anonymousAccessWhen) {
    const value = effectiveOption(context, setting2.section, setting2.option);
    if (!value) continue;
    const resolved = resolveValue(context, value);
    if (!resolved.known || airflowBoolean(resolved.text) !== true) continue;
    reportValue(context, value, {
      messageId: "manager",
      data: { value: resolved.text.trim(), manager: className(path), managerSetting: describeManager(managerValue) },
      fix: `Set \`${setting2.option} = False\` under [${setting2.section}] and give users accounts (or configure an auth manager with a login).`
    });
  }
}
function className(path) {
  return path.slice(path.lastIndexOf(".") + 1);
}
function describeManager(value) {
  return value.origin === "default" ? "the release's default" : settingName(value);
}

// src/rules/support/integer.ts
var DIGITS = String.raw`\d+(?:_\d+)*`;
var PYTHON_FLOAT = new RegExp(
  String.raw`^\s*[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)\s*$`,
  "i"
);
function isPythonFloat(text) {
  return PYTHON_FLOAT.test(text);
}
function airflowInteger(knowledge, text) {
  const integer = pythonInt(text);
  if (integer !== void 0 || !knowledge.integerValues?.acceptsWholeFloats || !isPythonFloat(text)) return integer;
  const number = Number(text.trim().replace(/_/g, ""));
  return Number.isFinite(number) && Number.isInteger(number) ? number : void 0;
}
function integerOption(context, section, option) {
  const value = effectiveOption(context, section, option);
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  const number = airflowInteger(context.knowledge, resolved.text);
  return number === void 0 ? void 0 : { value, number };
}

// src/rules/apf140-parallelism-invalid.ts
var parallelismInvalid = {
  meta: {
    id: "APF140",
    alias: "parallelism-invalid",
    description: "`[core] parallelism` is zero or negative.",
    severity: "error",
    tags: ["capacity"],
    versions: "all",
    messages: {
      negative: "{{setting}} is {{number}}: the executor never has a free slot, so no task ever starts{{note}}.",
      zero: '{{setting}} is 0: older executors read it as "no limit" while newer ones refuse to start ("parallelism is set to 0 or lower"){{note}}.'
    }
  },
  check(context) {
    const setting2 = integerOption(context, "core", "parallelism");
    if (!setting2 || setting2.number > 0) return;
    if (rejectedByChangeList(context.knowledge, String(setting2.number))) return;
    const zero = setting2.number === 0;
    reportValue(context, setting2.value, {
      messageId: zero ? "zero" : "negative",
      severity: zero ? "warning" : "error",
      data: { number: setting2.number },
      fix: "Set parallelism to the number of task instances one scheduler may run at once, for example 32."
    });
  }
};
function rejectedByChangeList(knowledge, value) {
  return knowledge.configChanges.some(
    (change) => change.kind === "invalid-value" && change.section === "core" && change.option === "parallelism" && (change.invalidValues ?? []).includes(value)
  );
}

// src/rules/apf141-dag-tasks-above-parallelism.ts
var dagTasksAboveParallelism = {
  meta: {
    id: "APF141",
    alias: "dag-tasks-above-parallelism",
    description: "`max_active_tasks_per_dag` is larger than `parallelism`, so the per-DAG limit can never be reached.",
    severity: "warning",
    tags: ["capacity"],
    versions: "all (the option was `dag_concurrency` before 2.2; the old name is followed)",
    messages: {
      above: "{{perDagName}} is {{perDag}} but {{parallelismName}} is {{parallelism}}: one scheduler runs at most {{parallelism}} tasks at once, so a DAG never reaches {{perDag}} and the rest stay queued{{note}}."
    }
  },
  check(context) {
    const perDag = integerOption(context, "core", "max_active_tasks_per_dag");
    const parallelism = integerOption(context, "core", "parallelism");
    if (!perDag || !parallelism || parallelism.number <= 0 || perDag.number <= parallelism.number) return;
    if (perDag.value.origin === "default" && parallelism.value.origin === "default") return;
    const target = perDag.value.origin === "default" ? parallelism.value : perDag.value;
    reportValue(context, target, {
      messageId: "above",
      data: {
        perDagName: settingName(perDag.value),
        perDag: perDag.number,
        parallelismName: settingName(parallelism.value),
        parallelism: parallelism.number
      },
      fix: "Raise parallelism (per scheduler) or lower max_active_tasks_per_dag to at most parallelism."
    });
  }
};

// src/rules/apf142-pool-exhausts-connections.ts
var HANDFUL_OF_PROCESSES = 5;
var poolExhaustsConnections = {
  meta: {
    id: "APF142",
    alias: "pool-exhausts-connections",
    description: "The metastore connection pool is so large that a few Airflow processes exhaust PostgreSQL's default 100 connections.",
    severity: "warning",
    tags: ["capacity"],
    versions: "all",
    messages: {
      exhausts: `Each Airflow process may open sql_alchemy_pool_size + sql_alchemy_max_overflow = {{size}} + {{overflow}} = {{perProcess}} metastore connections, so {{processes}} processes need {{total}}, more than PostgreSQL's default max_connections of {{max}} ("FATAL: sorry, too many clients already"){{note}}.`,
      unlimited: '{{setting}} is 0, which SQLAlchemy reads as "no limit": every process may open as many metastore connections as it likes, until PostgreSQL refuses them{{note}}.'
    }
  },
  check(context) {
    if (!poolEnabled(context) || !postgresOrUnknown(context)) return;
    const size = integerOption(context, "database", "sql_alchemy_pool_size");
    const overflow = integerOption(context, "database", "sql_alchemy_max_overflow");
    if (!size || !overflow || size.value.origin === "default" && overflow.value.origin === "default") return;
    const fix = "Keep sql_alchemy_pool_size + sql_alchemy_max_overflow small (the defaults are 5 + 10), or put PgBouncer in front of PostgreSQL.";
    if (size.number === 0) {
      reportValue(context, size.value, { messageId: "unlimited", fix });
      return;
    }
    const perProcess = size.number + Math.max(overflow.number, 0);
    const processes = Math.floor(POSTGRES_MAX_CONNECTIONS / perProcess) + 1;
    if (processes > HANDFUL_OF_PROCESSES) return;
    const target = size.value.origin === "default" ? overflow.value : size.value;
    reportValue(context, target, {
      messageId: "exhausts",
      data: {
        size: size.number,
        overflow: overflow.number,
        perProcess,
        processes,
        total: processes * perProcess,
        max: POSTGRES_MAX_CONNECTIONS
      },
      fix
    });
  }
};
function postgresOrUnknown(context) {
  const metastore = metastoreOf(context);
  if (!metastore || metastore.value.origin === "default") return true;
  const dialect = metastore.url?.dialect;
  return dialect === void 0 || dialect.startsWith("postgres");
}

// src/sources/helm-chart/data/chart-1.15.0.json
var chart_1_15_0_default = {
  chart: "1.15.0",
  appVersion: "2.9.3",
  source: {
    repository: "apache/airflow",
    commit: "1819c858ce048adab8745b59a448d17b75f9213f"
  },
  topLevelKeys: [
    "_rpcServer",
    "affinity",
    "airflowConfigAnnotations",
    "airflowHome",
    "airflowLocalSettings",
    "airflowPodAnnotations",
    "airflowVersion",
    "allowPodLaunching",
    "cleanup",
    "config",
    "containerLifecycleHooks",
    "createUserJob",
    "dagProcessor",
    "dags",
    "data",
    "defaultAirflowDigest",
    "defaultAirflowRepository",
    "defaultAirflowTag",
    "elasticsearch",
    "enableBuiltInSecretEnvVars",
    "env",
    "executor",
    "extraConfigMaps",
    "extraEnv",
    "extraEnvFrom",
    "extraSecrets",
    "fernetKey",
    "fernetKeySecretName",
    "flower",
    "fullnameOverride",
    "gid",
    "images",
    "ingress",
    "kerberos",
    "labels",
    "limits",
    "logs",
    "migrateDatabaseJob",
    "multiNamespaceMode",
    "nameOverride",
    "networkPolicies",
    "nodeSelector",
    "pgbouncer",
    "podTemplate",
    "ports",
    "postgresql",
    "priorityClasses",
    "quotas",
    "rbac",
    "redis",
    "registry",
    "revisionHistoryLimit",
    "scheduler",
    "schedulerName",
    "secret",
    "securityContext",
    "securityContexts",
    "statsd",
    "tolerations",
    "topologySpreadConstraints",
    "triggerer",
    "uid",
    "useStandardNaming",
    "volumeMounts",
    "volumes",
    "webserver",
    "webserverSecretKey",
    "webserverSecretKeySecretName",
    "workers"
  ],
  configTemplated: true,
  secretVariables: [
    {
      variable: "AIRFLOW__CORE__FERNET_KEY",
      secret: "fernet_key_secret",
      key: "fernet-key",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CORE__FERNET_KEY"
      ]
    },
    {
      variable: "AIRFLOW__CORE__SQL_ALCHEMY_CONN",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CORE__SQL_ALCHEMY_CONN"
      ]
    },
    {
      variable: "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"
      ]
    },
    {
      variable: "AIRFLOW_CONN_AIRFLOW_DB",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW_CONN_AIRFLOW_DB"
      ]
    },
    {
      variable: "KEDA_DB_CONN",
      secret: "airflow_metadata_secret",
      key: "kedaConnection",
      conditions: [
        'and .Values.workers.keda.enabled (or (eq .Values.data.metadataConnection.protocol "mysql") (and .Values.pgbouncer.enabled (not .Values.workers.keda.usePgbouncer)))'
      ]
    },
    {
      variable: "AIRFLOW__WEBSERVER__SECRET_KEY",
      secret: "webserver_secret_key_secret",
      key: "webserver-secret-key",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__WEBSERVER__SECRET_KEY"
      ]
    },
    {
      variable: "AIRFLOW__CELERY__CELERY_RESULT_BACKEND",
      secret: "airflow_result_backend_secret",
      key: "connection",
      conditions: [
        'or (eq .Values.executor "CeleryExecutor") (eq .Values.executor "CeleryKubernetesExecutor")',
        'or (semverCompare "<2.4.0" .Values.airflowVersion) (.Values.data.resultBackendSecretName) (.Values.data.resultBackendConnection)',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__CELERY_RESULT_BACKEND"
      ]
    },
    {
      variable: "AIRFLOW__CELERY__RESULT_BACKEND",
      secret: "airflow_result_backend_secret",
      key: "connection",
      conditions: [
        'or (eq .Values.executor "CeleryExecutor") (eq .Values.executor "CeleryKubernetesExecutor")',
        'or (semverCompare "<2.4.0" .Values.airflowVersion) (.Values.data.resultBackendSecretName) (.Values.data.resultBackendConnection)',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__RESULT_BACKEND"
      ]
    },
    {
      variable: "AIRFLOW__CELERY__BROKER_URL",
      secret: "release-broker-url",
      secretNameValue: "data.brokerUrlSecretName",
      key: "connection",
      conditions: [
        'or (eq .Values.executor "CeleryExecutor") (eq .Values.executor "CeleryKubernetesExecutor")',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__BROKER_URL"
      ]
    },
    {
      variable: "AIRFLOW__ELASTICSEARCH__HOST",
      secret: "elasticsearch_secret",
      key: "connection",
      conditions: [
        ".Values.elasticsearch.enabled",
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__ELASTICSEARCH__HOST"
      ]
    },
    {
      variable: "AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST",
      secret: "elasticsearch_secret",
      key: "connection",
      conditions: [
        ".Values.elasticsearch.enabled",
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST"
      ]
    }
  ],
  secretNames: {
    fernet_key_secret: {
      suffix: "fernet-key",
      nameValue: "fernetKeySecretName"
    },
    webserver_secret_key_secret: {
      suffix: "webserver-secret-key",
      nameValue: "webserverSecretKeySecretName"
    },
    redis_password_secret: {
      suffix: "redis-password",
      nameValue: "redis.passwordSecretName"
    },
    airflow_metadata_secret: {
      suffix: "metadata",
      nameValue: "data.metadataSecretName"
    },
    airflow_result_backend_secret: {
      suffix: "result-backend",
      nameValue: "data.resultBackendSecretName"
    },
    pgbouncer_config_secret: {
      suffix: "pgbouncer-config",
      nameValue: "pgbouncer.configSecretName"
    },
    pgbouncer_stats_secret: {
      suffix: "pgbouncer-stats",
      nameValue: "pgbouncer.metricsExporterSidecar.statsSecretName"
    },
    registry_secret: {
      suffix: "registry",
      nameValue: "registry.secretName"
    },
    elasticsearch_secret: {
      suffix: "elasticsearch",
      nameValue: "elasticsearch.secretName"
    },
    flower_secret: {
      suffix: "flower",
      nameValue: "flower.secretName"
    },
    git_sync_ssh_key: {
      suffix: "ssh-secret",
      nameValue: "dags.gitSync.sshKeySecret"
    },
    airflow_webserver_config_configmap_name: {
      suffix: "webserver-config",
      nameValue: "webserver.webserverConfigConfigMapName"
    }
  },
  secrets: {
    "fernet-key": {
      value: "fernetKey",
      generated: "once"
    },
    gitSshKey: {
      value: "dags.gitSync.sshKey",
      generated: "never"
    },
    password: {
      value: "redis.password",
      generated: "once"
    },
    "webserver-secret-key": {
      value: "webserverSecretKey",
      generated: "every-render"
    }
  },
  metadataConnection: {
    skippedWhen: "data.metadataSecretName",
    assignments: {
      defaultMetadataHost: '.Values.postgresql.nameOverride | default (printf "%s-%s.%s" .Release.Name "postgresql" .Release.Namespace)',
      metadataHost: ".Values.data.metadataConnection.host | default $defaultMetadataHost",
      pgbouncerHost: '(printf "%s-%s.%s" ( include "airflow.fullname" . ) "pgbouncer" .Release.Namespace)',
      host: "ternary $pgbouncerHost $metadataHost .Values.pgbouncer.enabled",
      metadataPort: ".Values.data.metadataConnection.port | toString",
      port: "((ternary .Values.ports.pgbouncer $metadataPort .Values.pgbouncer.enabled) | toString)",
      metadataDatabase: ".Values.data.metadataConnection.db",
      database: '(ternary (printf "%s-%s" .Release.Name "metadata") $metadataDatabase .Values.pgbouncer.enabled)',
      query: 'ternary (printf "sslmode=%s" .Values.data.metadataConnection.sslmode) "" (eq .Values.data.metadataConnection.protocol "postgresql")'
    },
    connection: 'urlJoin (dict "scheme" .protocol "userinfo" (printf "%s:%s" (.user | urlquery) (.pass | urlquery) ) "host" (printf "%s:%s" $host $port) "path" (printf "/%s" $database) "query" $query) | b64enc | quote'
  },
  defaults: {
    fullnameOverride: "",
    nameOverride: "",
    useStandardNaming: false,
    revisionHistoryLimit: null,
    uid: 5e4,
    gid: 0,
    securityContext: {},
    securityContexts: {
      pod: {},
      containers: {}
    },
    containerLifecycleHooks: {},
    airflowHome: "/opt/airflow",
    defaultAirflowRepository: "apache/airflow",
    defaultAirflowTag: "2.9.3",
    defaultAirflowDigest: null,
    airflowVersion: "2.9.3",
    images: {
      airflow: {
        repository: null,
        tag: null,
        digest: null,
        pullPolicy: "IfNotPresent"
      },
      useDefaultImageForMigration: false,
      migrationsWaitTimeout: 60,
      pod_template: {
        repository: null,
        tag: null,
        pullPolicy: "IfNotPresent"
      },
      flower: {
        repository: null,
        tag: null,
        pullPolicy: "IfNotPresent"
      },
      statsd: {
        repository: "quay.io/prometheus/statsd-exporter",
        tag: "v0.26.1",
        pullPolicy: "IfNotPresent"
      },
      redis: {
        repository: "redis",
        tag: "7.2-bookworm",
        pullPolicy: "IfNotPresent"
      },
      pgbouncer: {
        repository: "apache/airflow",
        tag: "airflow-pgbouncer-2024.01.19-1.21.0",
        pullPolicy: "IfNotPresent"
      },
      pgbouncerExporter: {
        repository: "apache/airflow",
        tag: "airflow-pgbouncer-exporter-2024.06.18-0.17.0",
        pullPolicy: "IfNotPresent"
      },
      gitSync: {
        repository: "registry.k8s.io/git-sync/git-sync",
        tag: "v4.1.0",
        pullPolicy: "IfNotPresent"
      }
    },
    nodeSelector: {},
    affinity: {},
    tolerations: [],
    topologySpreadConstraints: [],
    schedulerName: null,
    labels: {},
    ingress: {
      enabled: null,
      web: {
        enabled: false,
        annotations: {},
        path: "/",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: "",
        tls: {
          enabled: false,
          secretName: ""
        },
        precedingPaths: [],
        succeedingPaths: []
      },
      flower: {
        enabled: false,
        annotations: {},
        path: "/",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: "",
        tls: {
          enabled: false,
          secretName: ""
        }
      }
    },
    networkPolicies: {
      enabled: false
    },
    airflowPodAnnotations: {},
    airflowConfigAnnotations: {},
    airflowLocalSettings: `{{- if semverCompare ">=2.2.0" .Values.airflowVersion }}
{{- if not (or .Values.webserverSecretKey .Values.webserverSecretKeySecretName) }}
from airflow.www.utils import UIAlert

DASHBOARD_UIALERTS = [
  UIAlert(
    'Usage of a dynamic webserver secret key detected. We recommend a static webserver secret key instead.'
    ' See the <a href='
    '"https://airflow.apache.org/docs/helm-chart/stable/production-guide.html#webserver-secret-key" '
    'target="_blank" rel="noopener noreferrer">'
    'Helm Chart Production Guide</a> for more details.',
    category="warning",
    roles=["Admin"],
    html=True,
  )
]
{{- end }}
{{- end }}`,
    rbac: {
      create: true,
      createSCCRoleBinding: false
    },
    executor: "CeleryExecutor",
    allowPodLaunching: true,
    env: [],
    volumes: [],
    volumeMounts: [],
    secret: [],
    enableBuiltInSecretEnvVars: {
      AIRFLOW__CORE__FERNET_KEY: true,
      AIRFLOW__CORE__SQL_ALCHEMY_CONN: true,
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: true,
      AIRFLOW_CONN_AIRFLOW_DB: true,
      AIRFLOW__WEBSERVER__SECRET_KEY: true,
      AIRFLOW__CELERY__CELERY_RESULT_BACKEND: true,
      AIRFLOW__CELERY__RESULT_BACKEND: true,
      AIRFLOW__CELERY__BROKER_URL: true,
      AIRFLOW__ELASTICSEARCH__HOST: true,
      AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST: true
    },
    priorityClasses: [],
    extraSecrets: {},
    extraConfigMaps: {},
    extraEnv: null,
    extraEnvFrom: null,
    data: {
      metadataSecretName: null,
      resultBackendSecretName: null,
      brokerUrlSecretName: null,
      metadataConnection: {
        user: "postgres",
        pass: "postgres",
        protocol: "postgresql",
        host: null,
        port: 5432,
        db: "postgres",
        sslmode: "disable"
      },
      resultBackendConnection: null,
      brokerUrl: null
    },
    fernetKey: null,
    fernetKeySecretName: null,
    webserverSecretKey: null,
    webserverSecretKeySecretName: null,
    kerberos: {
      enabled: false,
      ccacheMountPath: "/var/kerberos-ccache",
      ccacheFileName: "cache",
      configPath: "/etc/krb5.conf",
      keytabBase64Content: null,
      keytabPath: "/etc/airflow.keytab",
      principal: "airflow@FOO.COM",
      reinitFrequency: 3600,
      config: '# This is an example config showing how you can use templating and how "example" config\n# might look like. It works with the test kerberos server that we are using during integration\n# testing at Apache Airflow (see `scripts/ci/docker-compose/integration-kerberos.yml` but in\n# order to make it production-ready you must replace it with your own configuration that\n# Matches your kerberos deployment. Administrators of your Kerberos instance should\n# provide the right configuration.\n\n[logging]\ndefault = "FILE:{{ template "airflow_logs_no_quote" . }}/kerberos_libs.log"\nkdc = "FILE:{{ template "airflow_logs_no_quote" . }}/kerberos_kdc.log"\nadmin_server = "FILE:{{ template "airflow_logs_no_quote" . }}/kadmind.log"\n\n[libdefaults]\ndefault_realm = FOO.COM\nticket_lifetime = 10h\nrenew_lifetime = 7d\nforwardable = true\n\n[realms]\nFOO.COM = {\n  kdc = kdc-server.foo.com\n  admin_server = admin_server.foo.com\n}\n'
    },
    workers: {
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "celery worker" "worker" }}'
      ],
      livenessProbe: {
        enabled: true,
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      updateStrategy: null,
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      keda: {
        enabled: false,
        namespaceLabels: {},
        pollingInterval: 5,
        cooldownPeriod: 30,
        minReplicaCount: 0,
        maxReplicaCount: 10,
        advanced: {},
        query: `SELECT ceil(COUNT(*)::decimal / {{ .Values.config.celery.worker_concurrency }}) FROM task_instance WHERE (state='running' OR state='queued') {{- if eq .Values.executor "CeleryKubernetesExecutor" }} AND queue != '{{ .Values.config.celery_kubernetes_executor.kubernetes_queue }}' {{- end }}`,
        usePgbouncer: true
      },
      hpa: {
        enabled: false,
        minReplicaCount: 0,
        maxReplicaCount: 5,
        metrics: [
          {
            type: "Resource",
            resource: {
              name: "cpu",
              target: {
                type: "Utilization",
                averageUtilization: 80
              }
            }
          }
        ],
        behavior: {}
      },
      persistence: {
        enabled: true,
        persistentVolumeClaimRetentionPolicy: null,
        size: "100Gi",
        storageClassName: null,
        fixPermissions: false,
        annotations: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      kerberosSidecar: {
        enabled: false,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      kerberosInitContainer: {
        enabled: false,
        resources: {}
      },
      resources: {},
      terminationGracePeriodSeconds: 600,
      safeToEvict: false,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      runtimeClassName: null,
      priorityClassName: null,
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      hostAliases: [],
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        resources: {},
        securityContexts: {
          container: {}
        }
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: [],
      volumeClaimTemplates: []
    },
    scheduler: {
      enabled: true,
      hostAliases: [],
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      startupProbe: {
        failureThreshold: 6,
        periodSeconds: 10,
        timeoutSeconds: 20,
        command: null
      },
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow scheduler"
      ],
      updateStrategy: null,
      strategy: null,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      resources: {},
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    createUserJob: {
      ttlSecondsAfterFinished: 300,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "users create" "create_user" }} "$@"',
        "--",
        "-r",
        "{{ .Values.webserver.defaultUser.role }}",
        "-u",
        "{{ .Values.webserver.defaultUser.username }}",
        "-e",
        "{{ .Values.webserver.defaultUser.email }}",
        "-f",
        "{{ .Values.webserver.defaultUser.firstName }}",
        "-l",
        "{{ .Values.webserver.defaultUser.lastName }}",
        "-p",
        "{{ .Values.webserver.defaultUser.password }}"
      ],
      annotations: {},
      jobAnnotations: {},
      labels: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      useHelmHooks: true,
      applyCustomEnv: true,
      env: [],
      resources: {}
    },
    migrateDatabaseJob: {
      enabled: true,
      ttlSecondsAfterFinished: 300,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.7.0" .Values.airflowVersion | ternary "db migrate" (semverCompare ">=2.0.0" .Values.airflowVersion | ternary "db upgrade" "upgradedb") }}'
      ],
      annotations: {},
      jobAnnotations: {},
      labels: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      resources: {},
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      useHelmHooks: true,
      applyCustomEnv: true
    },
    _rpcServer: {
      enabled: false,
      labels: {},
      command: [
        "bash"
      ],
      args: [
        "-c",
        "exec airflow internal-api"
      ],
      env: [],
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "rpc-server",
            port: "{{ .Values.ports._rpcServer }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      securityContexts: {
        pod: {},
        container: {}
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      extraContainers: [],
      extraNetworkPolicies: [],
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports._rpcServer }}"
            }
          ]
        }
      },
      resources: {},
      livenessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      readinessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      startupProbe: {
        timeoutSeconds: 20,
        failureThreshold: 6,
        periodSeconds: 10,
        scheme: "HTTP"
      }
    },
    webserver: {
      enabled: true,
      configMapAnnotations: {},
      hostAliases: [],
      allowPodLogReading: true,
      livenessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      readinessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      startupProbe: {
        timeoutSeconds: 20,
        failureThreshold: 6,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow webserver"
      ],
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      strategy: null,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      extraNetworkPolicies: [],
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports.airflowUI }}"
            }
          ]
        }
      },
      resources: {},
      defaultUser: {
        enabled: true,
        role: "Admin",
        username: "admin",
        email: "admin@example.com",
        firstName: "admin",
        lastName: "user",
        password: "admin"
      },
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      webserverConfig: null,
      webserverConfigConfigMapName: null,
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "airflow-ui",
            port: "{{ .Values.ports.airflowUI }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      nodeSelector: {},
      priorityClassName: null,
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      annotations: {},
      podAnnotations: {},
      labels: {},
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    triggerer: {
      enabled: true,
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow triggerer"
      ],
      updateStrategy: null,
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      persistence: {
        enabled: true,
        persistentVolumeClaimRetentionPolicy: null,
        size: "100Gi",
        storageClassName: null,
        fixPermissions: false,
        annotations: {}
      },
      resources: {},
      terminationGracePeriodSeconds: 60,
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: [],
      keda: {
        enabled: false,
        namespaceLabels: {},
        pollingInterval: 5,
        cooldownPeriod: 30,
        minReplicaCount: 0,
        maxReplicaCount: 10,
        advanced: {},
        query: "SELECT ceil(COUNT(*)::decimal / {{ .Values.config.triggerer.default_capacity }}) FROM trigger",
        usePgbouncer: false
      }
    },
    dagProcessor: {
      enabled: false,
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow dag-processor"
      ],
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      resources: {},
      terminationGracePeriodSeconds: 60,
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        resources: {},
        securityContexts: {
          container: {}
        }
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    flower: {
      enabled: false,
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 5,
        failureThreshold: 10,
        periodSeconds: 5
      },
      readinessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 5,
        failureThreshold: 10,
        periodSeconds: 5
      },
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "celery flower" "flower" }}'
      ],
      extraNetworkPolicies: [],
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports.flowerUI }}"
            }
          ]
        }
      },
      resources: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      secretName: null,
      username: null,
      password: null,
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "flower-ui",
            port: "{{ .Values.ports.flowerUI }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      extraContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      env: []
    },
    statsd: {
      configMapAnnotations: {},
      enabled: true,
      revisionHistoryLimit: null,
      args: [
        "--statsd.mapping-config=/etc/statsd-exporter/mappings.yml"
      ],
      annotations: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      uid: 65534,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      extraNetworkPolicies: [],
      resources: {},
      service: {
        extraAnnotations: {}
      },
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      extraMappings: [],
      overrideMappings: [],
      podAnnotations: {},
      env: []
    },
    pgbouncer: {
      enabled: false,
      replicas: 1,
      revisionHistoryLimit: null,
      command: [
        "pgbouncer",
        "-u",
        "nobody",
        "/etc/pgbouncer/pgbouncer.ini"
      ],
      args: null,
      auth_type: "scram-sha-256",
      auth_file: "/etc/pgbouncer/users.txt",
      annotations: {},
      podAnnotations: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      extraNetworkPolicies: [],
      metadataPoolSize: 10,
      resultBackendPoolSize: 5,
      maxClientConn: 100,
      configSecretName: null,
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      resources: {},
      service: {
        extraAnnotations: {}
      },
      verbose: 0,
      logDisconnections: 0,
      logConnections: 0,
      sslmode: "prefer",
      ciphers: "normal",
      ssl: {
        ca: null,
        cert: null,
        key: null
      },
      extraIniMetadata: null,
      extraIniResultBackend: null,
      extraIni: null,
      extraVolumes: [],
      extraVolumeMounts: [],
      extraContainers: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      uid: 65534,
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {
        preStop: {
          exec: {
            command: [
              "/bin/sh",
              "-c",
              "killall -INT pgbouncer && sleep 120"
            ]
          }
        }
      },
      metricsExporterSidecar: {
        resources: {},
        sslmode: "disable",
        statsSecretName: null,
        statsSecretKey: null,
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        livenessProbe: {
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 1
        },
        readinessProbe: {
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 1
        }
      },
      env: []
    },
    redis: {
      enabled: true,
      terminationGracePeriodSeconds: 600,
      annotations: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      persistence: {
        enabled: true,
        size: "1Gi",
        storageClassName: null,
        annotations: {}
      },
      resources: {},
      passwordSecretName: null,
      password: null,
      safeToEvict: true,
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      uid: 0,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      podAnnotations: {}
    },
    registry: {
      secretName: null,
      connection: {}
    },
    elasticsearch: {
      enabled: false,
      secretName: null,
      connection: {}
    },
    ports: {
      flowerUI: 5555,
      airflowUI: 8080,
      workerLogs: 8793,
      triggererLogs: 8794,
      redisDB: 6379,
      statsdIngest: 9125,
      statsdScrape: 9102,
      pgbouncer: 6543,
      pgbouncerScrape: 9127,
      _rpcServer: 9080
    },
    quotas: {},
    limits: [],
    cleanup: {
      enabled: false,
      schedule: "*/15 * * * *",
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow kubernetes cleanup-pods --namespace={{ .Release.Namespace }}"
      ],
      jobAnnotations: {},
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      podAnnotations: {},
      labels: {},
      resources: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      env: [],
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      failedJobsHistoryLimit: null,
      successfulJobsHistoryLimit: null
    },
    postgresql: {
      enabled: true,
      auth: {
        enablePostgresUser: true,
        postgresPassword: "postgres",
        username: "",
        password: ""
      }
    },
    config: {
      core: {
        dags_folder: '{{ include "airflow_dags" . }}',
        load_examples: "False",
        executor: "{{ .Values.executor }}",
        colored_console_log: "False",
        remote_logging: '{{- ternary "True" "False" .Values.elasticsearch.enabled }}'
      },
      logging: {
        remote_logging: '{{- ternary "True" "False" .Values.elasticsearch.enabled }}',
        colored_console_log: "False"
      },
      metrics: {
        statsd_on: '{{ ternary "True" "False" .Values.statsd.enabled }}',
        statsd_port: 9125,
        statsd_prefix: "airflow",
        statsd_host: '{{ printf "%s-statsd" (include "airflow.fullname" .) }}'
      },
      webserver: {
        enable_proxy_fix: "True",
        rbac: "True"
      },
      celery: {
        flower_url_prefix: '{{ ternary "" .Values.ingress.flower.path (eq .Values.ingress.flower.path "/") }}',
        worker_concurrency: 16
      },
      scheduler: {
        standalone_dag_processor: '{{ ternary "True" "False" .Values.dagProcessor.enabled }}',
        statsd_on: '{{ ternary "True" "False" .Values.statsd.enabled }}',
        statsd_port: 9125,
        statsd_prefix: "airflow",
        statsd_host: '{{ printf "%s-statsd" (include "airflow.fullname" .) }}',
        run_duration: 41460
      },
      elasticsearch: {
        json_format: "True",
        log_id_template: "{dag_id}_{task_id}_{execution_date}_{try_number}"
      },
      elasticsearch_configs: {
        max_retries: 3,
        timeout: 30,
        retry_timeout: "True"
      },
      kerberos: {
        keytab: "{{ .Values.kerberos.keytabPath }}",
        reinit_frequency: "{{ .Values.kerberos.reinitFrequency }}",
        principal: "{{ .Values.kerberos.principal }}",
        ccache: "{{ .Values.kerberos.ccacheMountPath }}/{{ .Values.kerberos.ccacheFileName }}"
      },
      celery_kubernetes_executor: {
        kubernetes_queue: "kubernetes"
      },
      kubernetes: {
        namespace: "{{ .Release.Namespace }}",
        airflow_configmap: '{{ include "airflow_config" . }}',
        airflow_local_settings_configmap: '{{ include "airflow_config" . }}',
        pod_template_file: '{{ include "airflow_pod_template_file" . }}/pod_template_file.yaml',
        worker_container_repository: "{{ .Values.images.airflow.repository | default .Values.defaultAirflowRepository }}",
        worker_container_tag: "{{ .Values.images.airflow.tag | default .Values.defaultAirflowTag }}",
        multi_namespace_mode: '{{ ternary "True" "False" .Values.multiNamespaceMode }}'
      },
      kubernetes_executor: {
        namespace: "{{ .Release.Namespace }}",
        pod_template_file: '{{ include "airflow_pod_template_file" . }}/pod_template_file.yaml',
        worker_container_repository: "{{ .Values.images.airflow.repository | default .Values.defaultAirflowRepository }}",
        worker_container_tag: "{{ .Values.images.airflow.tag | default .Values.defaultAirflowTag }}",
        multi_namespace_mode: '{{ ternary "True" "False" .Values.multiNamespaceMode }}'
      },
      triggerer: {
        default_capacity: 1e3
      }
    },
    multiNamespaceMode: false,
    podTemplate: null,
    dags: {
      mountPath: null,
      persistence: {
        annotations: {},
        enabled: false,
        size: "1Gi",
        storageClassName: null,
        accessMode: "ReadWriteOnce",
        existingClaim: null,
        subPath: null
      },
      gitSync: {
        enabled: false,
        repo: "https://github.com/apache/airflow.git",
        branch: "v2-2-stable",
        rev: "HEAD",
        ref: "v2-2-stable",
        depth: 1,
        maxFailures: 0,
        subPath: "tests/dags",
        period: "5s",
        wait: null,
        containerName: "git-sync",
        uid: 65533,
        securityContext: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        extraVolumeMounts: [],
        env: [],
        resources: {}
      }
    },
    logs: {
      persistence: {
        enabled: false,
        size: "100Gi",
        annotations: {},
        storageClassName: null,
        existingClaim: null
      }
    }
  }
};

// src/sources/helm-chart/data/chart-1.18.0.json
var chart_1_18_0_default = {
  chart: "1.18.0",
  appVersion: "3.0.2",
  source: {
    repository: "apache/airflow",
    commit: "48ae6af196270e51ee9e9af853cacf474633c60b"
  },
  topLevelKeys: [
    "affinity",
    "airflowConfigAnnotations",
    "airflowHome",
    "airflowLocalSettings",
    "airflowPodAnnotations",
    "airflowVersion",
    "allowPodLaunching",
    "apiSecretAnnotations",
    "apiSecretKey",
    "apiSecretKeySecretName",
    "apiServer",
    "cleanup",
    "config",
    "containerLifecycleHooks",
    "createUserJob",
    "dagProcessor",
    "dags",
    "data",
    "defaultAirflowDigest",
    "defaultAirflowRepository",
    "defaultAirflowTag",
    "elasticsearch",
    "enableBuiltInSecretEnvVars",
    "env",
    "executor",
    "extraConfigMaps",
    "extraEnv",
    "extraEnvFrom",
    "extraSecrets",
    "fernetKey",
    "fernetKeySecretAnnotations",
    "fernetKeySecretName",
    "flower",
    "fullnameOverride",
    "gid",
    "images",
    "ingress",
    "jwtSecret",
    "jwtSecretAnnotations",
    "jwtSecretName",
    "kerberos",
    "labels",
    "limits",
    "logs",
    "migrateDatabaseJob",
    "multiNamespaceMode",
    "nameOverride",
    "networkPolicies",
    "nodeSelector",
    "opensearch",
    "pgbouncer",
    "podTemplate",
    "ports",
    "postgresql",
    "priorityClasses",
    "quotas",
    "rbac",
    "redis",
    "registry",
    "revisionHistoryLimit",
    "scheduler",
    "schedulerName",
    "secret",
    "securityContext",
    "securityContexts",
    "statsd",
    "tolerations",
    "topologySpreadConstraints",
    "triggerer",
    "uid",
    "useStandardNaming",
    "volumeMounts",
    "volumes",
    "webserver",
    "webserverSecretAnnotations",
    "webserverSecretKey",
    "webserverSecretKeySecretName",
    "workers"
  ],
  configTemplated: true,
  defaultExecutionApiServerUrl: "http://%s-api-server:%d%s/execution/",
  secretVariables: [
    {
      variable: "AIRFLOW__CORE__FERNET_KEY",
      secret: "fernet_key_secret",
      key: "fernet-key",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CORE__FERNET_KEY"
      ]
    },
    {
      variable: "AIRFLOW__CORE__SQL_ALCHEMY_CONN",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CORE__SQL_ALCHEMY_CONN"
      ]
    },
    {
      variable: "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"
      ]
    },
    {
      variable: "AIRFLOW_CONN_AIRFLOW_DB",
      secret: "airflow_metadata_secret",
      key: "connection",
      conditions: [
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW_CONN_AIRFLOW_DB"
      ]
    },
    {
      variable: "KEDA_DB_CONN",
      secret: "airflow_metadata_secret",
      key: "kedaConnection",
      conditions: [
        'and .Values.workers.keda.enabled (or (eq .Values.data.metadataConnection.protocol "mysql") (and .Values.pgbouncer.enabled (not .Values.workers.keda.usePgbouncer)))'
      ]
    },
    {
      variable: "AIRFLOW__WEBSERVER__SECRET_KEY",
      secret: "webserver_secret_key_secret",
      key: "webserver-secret-key",
      conditions: [
        'and (semverCompare "<3.0.0" .Values.airflowVersion) .Values.enableBuiltInSecretEnvVars.AIRFLOW__WEBSERVER__SECRET_KEY'
      ]
    },
    {
      variable: "AIRFLOW__API__SECRET_KEY",
      secret: "api_secret_key_secret",
      key: "api-secret-key",
      conditions: [
        'and (semverCompare ">=3.0.0" .Values.airflowVersion) .Values.enableBuiltInSecretEnvVars.AIRFLOW__API__SECRET_KEY'
      ]
    },
    {
      variable: "AIRFLOW__API_AUTH__JWT_SECRET",
      secret: "jwt_secret",
      key: "jwt-secret",
      conditions: [
        'and (semverCompare ">=3.0.0" .Values.airflowVersion) .Values.enableBuiltInSecretEnvVars.AIRFLOW__API_AUTH__JWT_SECRET'
      ]
    },
    {
      variable: "AIRFLOW__CELERY__CELERY_RESULT_BACKEND",
      secret: "airflow_result_backend_secret",
      key: "connection",
      conditions: [
        'or (contains "CeleryExecutor" .Values.executor) (contains "CeleryKubernetesExecutor" .Values.executor)',
        'or (semverCompare "<2.4.0" .Values.airflowVersion) (.Values.data.resultBackendSecretName) (.Values.data.resultBackendConnection)',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__CELERY_RESULT_BACKEND"
      ]
    },
    {
      variable: "AIRFLOW__CELERY__RESULT_BACKEND",
      secret: "airflow_result_backend_secret",
      key: "connection",
      conditions: [
        'or (contains "CeleryExecutor" .Values.executor) (contains "CeleryKubernetesExecutor" .Values.executor)',
        'or (semverCompare "<2.4.0" .Values.airflowVersion) (.Values.data.resultBackendSecretName) (.Values.data.resultBackendConnection)',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__RESULT_BACKEND"
      ]
    },
    {
      variable: "AIRFLOW__CELERY__BROKER_URL",
      secret: "release-broker-url",
      secretNameValue: "data.brokerUrlSecretName",
      key: "connection",
      conditions: [
        'or (contains "CeleryExecutor" .Values.executor) (contains "CeleryKubernetesExecutor" .Values.executor)',
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__CELERY__BROKER_URL"
      ]
    },
    {
      variable: "AIRFLOW__ELASTICSEARCH__HOST",
      secret: "elasticsearch_secret",
      key: "connection",
      conditions: [
        ".Values.elasticsearch.enabled",
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__ELASTICSEARCH__HOST"
      ]
    },
    {
      variable: "AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST",
      secret: "elasticsearch_secret",
      key: "connection",
      conditions: [
        ".Values.elasticsearch.enabled",
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST"
      ]
    },
    {
      variable: "AIRFLOW__OPENSEARCH__HOST",
      secret: "opensearch_secret",
      key: "connection",
      conditions: [
        ".Values.opensearch.enabled",
        ".Values.enableBuiltInSecretEnvVars.AIRFLOW__OPENSEARCH__HOST"
      ]
    }
  ],
  secretNames: {
    fernet_key_secret: {
      suffix: "fernet-key",
      nameValue: "fernetKeySecretName"
    },
    jwt_secret: {
      suffix: "jwt-secret",
      nameValue: "jwtSecretName"
    },
    webserver_secret_key_secret: {
      suffix: "webserver-secret-key",
      nameValue: "webserverSecretKeySecretName"
    },
    api_secret_key_secret: {
      suffix: "api-secret-key",
      nameValue: "apiSecretKeySecretName"
    },
    redis_password_secret: {
      suffix: "redis-password",
      nameValue: "redis.passwordSecretName"
    },
    airflow_metadata_secret: {
      suffix: "metadata",
      nameValue: "data.metadataSecretName"
    },
    airflow_result_backend_secret: {
      suffix: "result-backend",
      nameValue: "data.resultBackendSecretName"
    },
    pgbouncer_config_secret: {
      suffix: "pgbouncer-config",
      nameValue: "pgbouncer.configSecretName"
    },
    pgbouncer_stats_secret: {
      suffix: "pgbouncer-stats",
      nameValue: "pgbouncer.metricsExporterSidecar.statsSecretName"
    },
    registry_secret: {
      suffix: "registry",
      nameValue: "registry.secretName"
    },
    elasticsearch_secret: {
      suffix: "elasticsearch",
      nameValue: "elasticsearch.secretName"
    },
    opensearch_secret: {
      suffix: "opensearch",
      nameValue: "opensearch.secretName"
    },
    flower_secret: {
      suffix: "flower",
      nameValue: "flower.secretName"
    },
    git_sync_ssh_key: {
      suffix: "ssh-secret",
      nameValue: "dags.gitSync.sshKeySecret"
    },
    airflow_webserver_config_configmap_name: {
      suffix: "webserver-config",
      nameValue: "webserver.webserverConfigConfigMapName"
    },
    airflow_api_server_config_configmap_name: {
      suffix: "api-server-config",
      nameValue: "webserver.webserverConfigConfigMapName"
    }
  },
  secrets: {
    "api-secret-key": {
      value: "apiSecretKey",
      generated: "every-render"
    },
    "fernet-key": {
      value: "fernetKey",
      generated: "once"
    },
    gitSshKey: {
      value: "dags.gitSync.sshKey",
      generated: "never"
    },
    "jwt-secret": {
      value: "jwtSecret",
      generated: "every-render"
    },
    password: {
      value: "redis.password",
      generated: "once"
    },
    "webserver-secret-key": {
      value: "webserverSecretKey",
      generated: "every-render"
    }
  },
  metadataConnection: {
    skippedWhen: "data.metadataSecretName",
    assignments: {
      defaultMetadataHost: '.Values.postgresql.nameOverride | default (printf "%s-%s.%s" .Release.Name "postgresql" .Release.Namespace)',
      metadataHost: ".Values.data.metadataConnection.host | default $defaultMetadataHost",
      pgbouncerHost: '(printf "%s-%s.%s" ( include "airflow.fullname" . ) "pgbouncer" .Release.Namespace)',
      host: "ternary $pgbouncerHost $metadataHost .Values.pgbouncer.enabled",
      metadataPort: ".Values.data.metadataConnection.port | toString",
      port: "((ternary .Values.ports.pgbouncer $metadataPort .Values.pgbouncer.enabled) | toString)",
      metadataDatabase: ".Values.data.metadataConnection.db",
      database: '(ternary (printf "%s-%s" .Release.Name "metadata") $metadataDatabase .Values.pgbouncer.enabled)',
      query: 'ternary (printf "sslmode=%s" .Values.data.metadataConnection.sslmode) "" (eq .Values.data.metadataConnection.protocol "postgresql")'
    },
    connection: 'urlJoin (dict "scheme" .protocol "userinfo" (printf "%s:%s" (.user | urlquery) (.pass | urlquery) ) "host" (printf "%s:%s" $host $port) "path" (printf "/%s" $database) "query" $query) | b64enc | quote'
  },
  defaults: {
    fullnameOverride: "",
    nameOverride: "",
    useStandardNaming: false,
    revisionHistoryLimit: null,
    uid: 5e4,
    gid: 0,
    securityContext: {},
    securityContexts: {
      pod: {},
      containers: {}
    },
    containerLifecycleHooks: {},
    airflowHome: "/opt/airflow",
    defaultAirflowRepository: "apache/airflow",
    defaultAirflowTag: "3.0.2",
    defaultAirflowDigest: null,
    airflowVersion: "3.0.2",
    images: {
      airflow: {
        repository: null,
        tag: null,
        digest: null,
        pullPolicy: "IfNotPresent"
      },
      useDefaultImageForMigration: false,
      migrationsWaitTimeout: 60,
      pod_template: {
        repository: null,
        tag: null,
        pullPolicy: "IfNotPresent"
      },
      flower: {
        repository: null,
        tag: null,
        pullPolicy: "IfNotPresent"
      },
      statsd: {
        repository: "quay.io/prometheus/statsd-exporter",
        tag: "v0.28.0",
        pullPolicy: "IfNotPresent"
      },
      redis: {
        repository: "redis",
        tag: "7.2-bookworm",
        pullPolicy: "IfNotPresent"
      },
      pgbouncer: {
        repository: "apache/airflow",
        tag: "airflow-pgbouncer-2025.03.05-1.23.1",
        pullPolicy: "IfNotPresent"
      },
      pgbouncerExporter: {
        repository: "apache/airflow",
        tag: "airflow-pgbouncer-exporter-2025.03.05-0.18.0",
        pullPolicy: "IfNotPresent"
      },
      gitSync: {
        repository: "registry.k8s.io/git-sync/git-sync",
        tag: "v4.3.0",
        pullPolicy: "IfNotPresent"
      }
    },
    nodeSelector: {},
    affinity: {},
    tolerations: [],
    topologySpreadConstraints: [],
    schedulerName: null,
    labels: {},
    ingress: {
      enabled: null,
      apiServer: {
        enabled: false,
        annotations: {},
        path: "/",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: "",
        tls: {
          enabled: false,
          secretName: ""
        },
        precedingPaths: [],
        succeedingPaths: []
      },
      web: {
        enabled: false,
        annotations: {},
        path: "/",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: "",
        tls: {
          enabled: false,
          secretName: ""
        },
        precedingPaths: [],
        succeedingPaths: []
      },
      flower: {
        enabled: false,
        annotations: {},
        path: "/",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: "",
        tls: {
          enabled: false,
          secretName: ""
        }
      },
      statsd: {
        enabled: false,
        annotations: {},
        path: "/metrics",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: ""
      },
      pgbouncer: {
        enabled: false,
        annotations: {},
        path: "/metrics",
        pathType: "ImplementationSpecific",
        host: "",
        hosts: [],
        ingressClassName: ""
      }
    },
    networkPolicies: {
      enabled: false
    },
    airflowPodAnnotations: {},
    airflowConfigAnnotations: {},
    airflowLocalSettings: `{{- if semverCompare ">=2.2.0 <3.0.0" .Values.airflowVersion }}
{{- if not (or .Values.webserverSecretKey .Values.webserverSecretKeySecretName) }}
from airflow.www.utils import UIAlert

DASHBOARD_UIALERTS = [
  UIAlert(
    'Usage of a dynamic webserver secret key detected. We recommend a static webserver secret key instead.'
    ' See the <a href='
    '"https://airflow.apache.org/docs/helm-chart/stable/production-guide.html#webserver-secret-key" '
    'target="_blank" rel="noopener noreferrer">'
    'Helm Chart Production Guide</a> for more details.',
    category="warning",
    roles=["Admin"],
    html=True,
  )
]
{{- end }}
{{- end }}`,
    rbac: {
      create: true,
      createSCCRoleBinding: false
    },
    executor: "CeleryExecutor",
    allowPodLaunching: true,
    env: [],
    volumes: [],
    volumeMounts: [],
    secret: [],
    enableBuiltInSecretEnvVars: {
      AIRFLOW__CORE__FERNET_KEY: true,
      AIRFLOW__CORE__SQL_ALCHEMY_CONN: true,
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: true,
      AIRFLOW_CONN_AIRFLOW_DB: true,
      AIRFLOW__API__SECRET_KEY: true,
      AIRFLOW__API_AUTH__JWT_SECRET: true,
      AIRFLOW__WEBSERVER__SECRET_KEY: true,
      AIRFLOW__CELERY__CELERY_RESULT_BACKEND: true,
      AIRFLOW__CELERY__RESULT_BACKEND: true,
      AIRFLOW__CELERY__BROKER_URL: true,
      AIRFLOW__ELASTICSEARCH__HOST: true,
      AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST: true,
      AIRFLOW__OPENSEARCH__HOST: true
    },
    priorityClasses: [],
    extraSecrets: {},
    extraConfigMaps: {},
    extraEnv: null,
    extraEnvFrom: null,
    data: {
      metadataSecretName: null,
      resultBackendSecretName: null,
      brokerUrlSecretName: null,
      metadataConnection: {
        user: "postgres",
        pass: "postgres",
        protocol: "postgresql",
        host: null,
        port: 5432,
        db: "postgres",
        sslmode: "disable",
        secretAnnotations: {}
      },
      resultBackendConnection: null,
      resultBackendConnectionSecretAnnotations: {},
      brokerUrl: null,
      brokerUrlSecretAnnotations: {}
    },
    fernetKey: null,
    fernetKeySecretName: null,
    fernetKeySecretAnnotations: {},
    apiSecretKey: null,
    apiSecretAnnotations: {},
    apiSecretKeySecretName: null,
    jwtSecret: null,
    jwtSecretAnnotations: {},
    jwtSecretName: null,
    webserverSecretKey: null,
    webserverSecretAnnotations: {},
    webserverSecretKeySecretName: null,
    kerberos: {
      enabled: false,
      ccacheMountPath: "/var/kerberos-ccache",
      ccacheFileName: "cache",
      configPath: "/etc/krb5.conf",
      keytabBase64Content: null,
      keytabPath: "/etc/airflow.keytab",
      principal: "airflow@FOO.COM",
      reinitFrequency: 3600,
      config: '# This is an example config showing how you can use templating and how "example" config\n# might look like. It works with the test kerberos server that we are using during integration\n# testing at Apache Airflow (see `scripts/ci/docker-compose/integration-kerberos.yml` but in\n# order to make it production-ready you must replace it with your own configuration that\n# Matches your kerberos deployment. Administrators of your Kerberos instance should\n# provide the right configuration.\n\n[logging]\ndefault = "FILE:{{ template "airflow_logs_no_quote" . }}/kerberos_libs.log"\nkdc = "FILE:{{ template "airflow_logs_no_quote" . }}/kerberos_kdc.log"\nadmin_server = "FILE:{{ template "airflow_logs_no_quote" . }}/kadmind.log"\n\n[libdefaults]\ndefault_realm = FOO.COM\nticket_lifetime = 10h\nrenew_lifetime = 7d\nforwardable = true\n\n[realms]\nFOO.COM = {\n  kdc = kdc-server.foo.com\n  admin_server = admin_server.foo.com\n}\n'
    },
    workers: {
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "celery worker" "worker" }}'
      ],
      livenessProbe: {
        enabled: true,
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      updateStrategy: null,
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      keda: {
        enabled: false,
        namespaceLabels: {},
        pollingInterval: 5,
        cooldownPeriod: 30,
        minReplicaCount: 0,
        maxReplicaCount: 10,
        advanced: {},
        query: `SELECT ceil(COUNT(*)::decimal / {{ .Values.config.celery.worker_concurrency }}) FROM task_instance WHERE (state='running' OR state='queued') {{- if or (contains "CeleryKubernetesExecutor" .Values.executor) (contains "KubernetesExecutor" .Values.executor) }} AND queue != '{{ .Values.config.celery_kubernetes_executor.kubernetes_queue }}' {{- end }}`,
        usePgbouncer: true
      },
      hpa: {
        enabled: false,
        minReplicaCount: 0,
        maxReplicaCount: 5,
        metrics: [
          {
            type: "Resource",
            resource: {
              name: "cpu",
              target: {
                type: "Utilization",
                averageUtilization: 80
              }
            }
          }
        ],
        behavior: {}
      },
      persistence: {
        enabled: true,
        persistentVolumeClaimRetentionPolicy: null,
        size: "100Gi",
        storageClassName: null,
        fixPermissions: false,
        annotations: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      kerberosSidecar: {
        enabled: false,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      kerberosInitContainer: {
        enabled: false,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {}
      },
      resources: {},
      terminationGracePeriodSeconds: 600,
      safeToEvict: false,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      extraPorts: [],
      nodeSelector: {},
      runtimeClassName: null,
      priorityClassName: null,
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      hostAliases: [],
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        frequencyMinutes: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        env: []
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: [],
      volumeClaimTemplates: []
    },
    scheduler: {
      enabled: true,
      hostAliases: [],
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      startupProbe: {
        initialDelaySeconds: 0,
        failureThreshold: 6,
        periodSeconds: 10,
        timeoutSeconds: 20,
        command: null
      },
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow scheduler"
      ],
      updateStrategy: null,
      strategy: null,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      terminationGracePeriodSeconds: 10,
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      resources: {},
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        frequencyMinutes: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        env: []
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    createUserJob: {
      ttlSecondsAfterFinished: 300,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "users create" "create_user" }} "$@"',
        "--",
        "-r",
        "{{ .Values.webserver.defaultUser.role }}",
        "-u",
        "{{ .Values.webserver.defaultUser.username }}",
        "-e",
        "{{ .Values.webserver.defaultUser.email }}",
        "-f",
        "{{ .Values.webserver.defaultUser.firstName }}",
        "-l",
        "{{ .Values.webserver.defaultUser.lastName }}",
        "-p",
        "{{ .Values.webserver.defaultUser.password }}"
      ],
      annotations: {},
      jobAnnotations: {},
      labels: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      useHelmHooks: true,
      applyCustomEnv: true,
      env: [],
      resources: {}
    },
    migrateDatabaseJob: {
      enabled: true,
      ttlSecondsAfterFinished: 300,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.7.0" .Values.airflowVersion | ternary "db migrate" (semverCompare ">=2.0.0" .Values.airflowVersion | ternary "db upgrade" "upgradedb") }}'
      ],
      annotations: {},
      jobAnnotations: {},
      labels: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      resources: {},
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      useHelmHooks: true,
      applyCustomEnv: true,
      env: []
    },
    apiServer: {
      replicas: 1,
      revisionHistoryLimit: null,
      labels: {},
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow api-server"
      ],
      allowPodLogReading: true,
      env: [],
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "api-server",
            port: "{{ .Values.ports.apiServer }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      strategy: null,
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      hostAliases: [],
      annotations: {},
      podAnnotations: {},
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports.apiServer }}"
            }
          ]
        }
      },
      resources: {},
      configMapAnnotations: {},
      apiServerConfig: null,
      apiServerConfigConfigMapName: null,
      livenessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      readinessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      startupProbe: {
        initialDelaySeconds: 0,
        timeoutSeconds: 20,
        failureThreshold: 6,
        periodSeconds: 10,
        scheme: "HTTP"
      }
    },
    webserver: {
      enabled: true,
      configMapAnnotations: {},
      hostAliases: [],
      allowPodLogReading: true,
      livenessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      readinessProbe: {
        initialDelaySeconds: 15,
        timeoutSeconds: 5,
        failureThreshold: 5,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      startupProbe: {
        initialDelaySeconds: 0,
        timeoutSeconds: 20,
        failureThreshold: 6,
        periodSeconds: 10,
        scheme: "HTTP"
      },
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow webserver"
      ],
      terminationGracePeriodSeconds: 30,
      hpa: {
        enabled: false,
        minReplicaCount: 1,
        maxReplicaCount: 5,
        metrics: [
          {
            type: "Resource",
            resource: {
              name: "cpu",
              target: {
                type: "Utilization",
                averageUtilization: 80
              }
            }
          }
        ],
        behavior: {}
      },
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      strategy: null,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      extraNetworkPolicies: [],
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports.airflowUI }}"
            }
          ]
        }
      },
      resources: {},
      defaultUser: {
        enabled: true,
        role: "Admin",
        username: "admin",
        email: "admin@example.com",
        firstName: "admin",
        lastName: "user",
        password: "admin"
      },
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      webserverConfig: null,
      webserverConfigConfigMapName: null,
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "airflow-ui",
            port: "{{ .Values.ports.airflowUI }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      nodeSelector: {},
      priorityClassName: null,
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      annotations: {},
      podAnnotations: {},
      labels: {},
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    triggerer: {
      enabled: true,
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow triggerer"
      ],
      updateStrategy: null,
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      persistence: {
        enabled: true,
        persistentVolumeClaimRetentionPolicy: null,
        size: "100Gi",
        storageClassName: null,
        fixPermissions: false,
        annotations: {}
      },
      resources: {},
      terminationGracePeriodSeconds: 60,
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      hostAliases: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        frequencyMinutes: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        env: []
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: [],
      keda: {
        enabled: false,
        namespaceLabels: {},
        pollingInterval: 5,
        cooldownPeriod: 30,
        minReplicaCount: 0,
        maxReplicaCount: 10,
        advanced: {},
        query: 'SELECT ceil(COUNT(*)::decimal / {{ include "triggerer.capacity" . }}) FROM trigger',
        usePgbouncer: false
      }
    },
    dagProcessor: {
      enabled: null,
      replicas: 1,
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow dag-processor"
      ],
      strategy: {
        rollingUpdate: {
          maxSurge: "100%",
          maxUnavailable: "50%"
        }
      },
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 20,
        failureThreshold: 5,
        periodSeconds: 60,
        command: null
      },
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      resources: {},
      terminationGracePeriodSeconds: 60,
      safeToEvict: true,
      extraContainers: [],
      extraInitContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      logGroomerSidecar: {
        enabled: true,
        command: null,
        args: [
          "bash",
          "/clean-logs"
        ],
        retentionDays: 15,
        frequencyMinutes: 15,
        resources: {},
        securityContexts: {
          container: {}
        },
        env: []
      },
      waitForMigrations: {
        enabled: true,
        env: [],
        securityContexts: {
          container: {}
        }
      },
      env: []
    },
    flower: {
      enabled: false,
      livenessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 5,
        failureThreshold: 10,
        periodSeconds: 5
      },
      readinessProbe: {
        initialDelaySeconds: 10,
        timeoutSeconds: 5,
        failureThreshold: 10,
        periodSeconds: 5
      },
      startupProbe: {
        initialDelaySeconds: 0,
        timeoutSeconds: 20,
        failureThreshold: 6,
        periodSeconds: 10
      },
      revisionHistoryLimit: null,
      command: null,
      args: [
        "bash",
        "-c",
        'exec \\\nairflow {{ semverCompare ">=2.0.0" .Values.airflowVersion | ternary "celery flower" "flower" }}'
      ],
      extraNetworkPolicies: [],
      networkPolicy: {
        ingress: {
          from: [],
          ports: [
            {
              port: "{{ .Values.ports.flowerUI }}"
            }
          ]
        }
      },
      resources: {},
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      secretName: null,
      secretAnnotations: {},
      username: null,
      password: null,
      service: {
        type: "ClusterIP",
        annotations: {},
        ports: [
          {
            name: "flower-ui",
            port: "{{ .Values.ports.flowerUI }}"
          }
        ],
        loadBalancerIP: null,
        loadBalancerSourceRanges: []
      },
      extraContainers: [],
      extraVolumes: [],
      extraVolumeMounts: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      annotations: {},
      podAnnotations: {},
      labels: {},
      env: []
    },
    statsd: {
      configMapAnnotations: {},
      enabled: true,
      revisionHistoryLimit: null,
      args: [
        "--statsd.mapping-config=/etc/statsd-exporter/mappings.yml"
      ],
      annotations: {},
      terminationGracePeriodSeconds: 30,
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      uid: 65534,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      extraNetworkPolicies: [],
      resources: {},
      service: {
        extraAnnotations: {}
      },
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      extraMappings: [],
      overrideMappings: [],
      podAnnotations: {},
      env: []
    },
    pgbouncer: {
      enabled: false,
      replicas: 1,
      revisionHistoryLimit: null,
      command: [
        "pgbouncer",
        "-u",
        "nobody",
        "/etc/pgbouncer/pgbouncer.ini"
      ],
      args: null,
      auth_type: "scram-sha-256",
      auth_file: "/etc/pgbouncer/users.txt",
      mountConfigSecret: true,
      annotations: {},
      podAnnotations: {},
      certificatesSecretAnnotations: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      extraNetworkPolicies: [],
      metadataPoolSize: 10,
      resultBackendPoolSize: 5,
      maxClientConn: 100,
      configSecretName: null,
      configSecretAnnotations: {},
      podDisruptionBudget: {
        enabled: false,
        config: {
          maxUnavailable: 1
        }
      },
      resources: {},
      service: {
        extraAnnotations: {},
        clusterIp: null
      },
      verbose: 0,
      logDisconnections: 0,
      logConnections: 0,
      sslmode: "prefer",
      ciphers: "normal",
      ssl: {
        ca: null,
        cert: null,
        key: null
      },
      extraIniMetadata: null,
      extraIniResultBackend: null,
      extraIni: null,
      extraVolumes: [],
      extraVolumeMounts: [],
      extraContainers: [],
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      uid: 65534,
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {
        preStop: {
          exec: {
            command: [
              "/bin/sh",
              "-c",
              "killall -INT pgbouncer && sleep 120"
            ]
          }
        }
      },
      metricsExporterSidecar: {
        resources: {},
        sslmode: "disable",
        statsSecretName: null,
        statsSecretKey: null,
        statsSecretAnnotations: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        livenessProbe: {
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 1
        },
        readinessProbe: {
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 1
        },
        extraVolumeMounts: []
      },
      labels: {},
      env: []
    },
    redis: {
      enabled: true,
      terminationGracePeriodSeconds: 600,
      annotations: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      service: {
        type: "ClusterIP",
        clusterIP: null,
        nodePort: null
      },
      persistence: {
        enabled: true,
        size: "1Gi",
        storageClassName: null,
        annotations: {},
        existingClaim: null
      },
      resources: {},
      passwordSecretName: null,
      password: null,
      passwordSecretAnnotations: {},
      safeToEvict: true,
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      uid: 0,
      securityContext: {},
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      podAnnotations: {}
    },
    registry: {
      secretName: null,
      connection: {}
    },
    elasticsearch: {
      enabled: false,
      secretName: null,
      secretAnnotations: {},
      connection: {}
    },
    opensearch: {
      enabled: false,
      secretName: null,
      connection: {}
    },
    ports: {
      flowerUI: 5555,
      airflowUI: 8080,
      workerLogs: 8793,
      triggererLogs: 8794,
      redisDB: 6379,
      statsdIngest: 9125,
      statsdScrape: 9102,
      pgbouncer: 6543,
      pgbouncerScrape: 9127,
      apiServer: 8080
    },
    quotas: {},
    limits: [],
    cleanup: {
      enabled: false,
      schedule: "*/15 * * * *",
      command: null,
      args: [
        "bash",
        "-c",
        "exec airflow kubernetes cleanup-pods --namespace={{ .Release.Namespace }}"
      ],
      jobAnnotations: {},
      nodeSelector: {},
      affinity: {},
      tolerations: [],
      topologySpreadConstraints: [],
      priorityClassName: null,
      podAnnotations: {},
      labels: {},
      resources: {},
      serviceAccount: {
        automountServiceAccountToken: true,
        create: true,
        name: null,
        annotations: {}
      },
      securityContext: {},
      env: [],
      securityContexts: {
        pod: {},
        container: {}
      },
      containerLifecycleHooks: {},
      failedJobsHistoryLimit: null,
      successfulJobsHistoryLimit: null
    },
    postgresql: {
      enabled: true,
      auth: {
        enablePostgresUser: true,
        postgresPassword: "postgres",
        username: "",
        password: ""
      }
    },
    config: {
      core: {
        dags_folder: '{{ include "airflow_dags" . }}',
        load_examples: "False",
        executor: "{{ .Values.executor }}",
        colored_console_log: "False",
        remote_logging: '{{- ternary "True" "False" (or .Values.elasticsearch.enabled .Values.opensearch.enabled) }}',
        auth_manager: "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
      },
      logging: {
        remote_logging: '{{- ternary "True" "False" (or .Values.elasticsearch.enabled .Values.opensearch.enabled) }}',
        colored_console_log: "False"
      },
      metrics: {
        statsd_on: '{{ ternary "True" "False" .Values.statsd.enabled }}',
        statsd_port: 9125,
        statsd_prefix: "airflow",
        statsd_host: '{{ printf "%s-statsd" (include "airflow.fullname" .) }}'
      },
      fab: {
        enable_proxy_fix: "True"
      },
      webserver: {
        enable_proxy_fix: "True",
        rbac: "True"
      },
      celery: {
        flower_url_prefix: '{{ ternary "" .Values.ingress.flower.path (eq .Values.ingress.flower.path "/") }}',
        worker_concurrency: 16
      },
      scheduler: {
        standalone_dag_processor: '{{ ternary "True" "False" (or (semverCompare ">=3.0.0" .Values.airflowVersion) (.Values.dagProcessor.enabled | default false)) }}',
        statsd_on: '{{ ternary "True" "False" .Values.statsd.enabled }}',
        statsd_port: 9125,
        statsd_prefix: "airflow",
        statsd_host: '{{ printf "%s-statsd" (include "airflow.fullname" .) }}',
        run_duration: 41460
      },
      elasticsearch: {
        json_format: "True",
        log_id_template: "{dag_id}_{task_id}_{execution_date}_{try_number}"
      },
      elasticsearch_configs: {
        max_retries: 3,
        timeout: 30,
        retry_timeout: "True"
      },
      kerberos: {
        keytab: "{{ .Values.kerberos.keytabPath }}",
        reinit_frequency: "{{ .Values.kerberos.reinitFrequency }}",
        principal: "{{ .Values.kerberos.principal }}",
        ccache: "{{ .Values.kerberos.ccacheMountPath }}/{{ .Values.kerberos.ccacheFileName }}"
      },
      celery_kubernetes_executor: {
        kubernetes_queue: "kubernetes"
      },
      kubernetes: {
        namespace: "{{ .Release.Namespace }}",
        airflow_configmap: '{{ include "airflow_config" . }}',
        airflow_local_settings_configmap: '{{ include "airflow_config" . }}',
        pod_template_file: '{{ include "airflow_pod_template_file" . }}/pod_template_file.yaml',
        worker_container_repository: "{{ .Values.images.airflow.repository | default .Values.defaultAirflowRepository }}",
        worker_container_tag: "{{ .Values.images.airflow.tag | default .Values.defaultAirflowTag }}",
        multi_namespace_mode: '{{ ternary "True" "False" .Values.multiNamespaceMode }}'
      },
      kubernetes_executor: {
        namespace: "{{ .Release.Namespace }}",
        pod_template_file: '{{ include "airflow_pod_template_file" . }}/pod_template_file.yaml',
        worker_container_repository: "{{ .Values.images.airflow.repository | default .Values.defaultAirflowRepository }}",
        worker_container_tag: "{{ .Values.images.airflow.tag | default .Values.defaultAirflowTag }}",
        multi_namespace_mode: '{{ ternary "True" "False" .Values.multiNamespaceMode }}'
      }
    },
    multiNamespaceMode: false,
    podTemplate: null,
    dags: {
      mountPath: null,
      persistence: {
        annotations: {},
        enabled: false,
        size: "1Gi",
        storageClassName: null,
        accessMode: "ReadWriteOnce",
        existingClaim: null,
        subPath: null
      },
      gitSync: {
        enabled: false,
        repo: "https://github.com/apache/airflow.git",
        branch: "v2-2-stable",
        rev: "HEAD",
        ref: "v2-2-stable",
        depth: 1,
        maxFailures: 0,
        subPath: "tests/dags",
        period: "5s",
        wait: null,
        envFrom: null,
        containerName: "git-sync",
        uid: 65533,
        securityContext: {},
        securityContexts: {
          container: {}
        },
        containerLifecycleHooks: {},
        extraVolumeMounts: [],
        env: [],
        resources: {}
      }
    },
    logs: {
      persistence: {
        enabled: false,
        size: "100Gi",
        annotations: {},
        storageClassName: null,
        existingClaim: null
      }
    }
  }
};

// src/sources/helm-chart/data/index.ts
var helmCharts = {
  "1.15.0": chart_1_15_0_default,
  "1.18.0": chart_1_18_0_default
};

// src/sources/helm-chart/template.ts
var RELEASE_NAME = "RELEASE";
var RELEASE_NAMESPACE = "NAMESPACE";
var TemplateUnsupported = class extends Error {
};
function* actions(text) {
  for (let open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", open)) {
    const close = text.indexOf("}}", open + 2);
    if (close < 0) return;
    let inner = text.slice(open + 2, close);
    const trimBefore = inner.startsWith("-");
    if (trimBefore) inner = inner.slice(1);
    inner = inner.trimStart();
    const trimAfter = inner.endsWith("-");
    if (trimAfter) inner = inner.slice(0, -1);
    yield { index: open, end: close + 2, trimBefore, body: inner.trimEnd(), trimAfter };
    open = close + 2;
  }
}
function renderTemplate(text, scope) {
  let out = "";
  let last = 0;
  for (const action of actions(text)) {
    let before = text.slice(last, action.index);
    if (action.trimBefore) before = before.trimEnd();
    out += before;
    if (!action.body.startsWith("/*")) out += toText(evaluate(action.body, scope));
    last = action.end;
    if (action.trimAfter) {
      const rest = text.slice(last);
      last += rest.length - rest.trimStart().length;
    }
  }
  return out + text.slice(last);
}
function evaluate(source, scope) {
  const parser = new Parser(tokenize(source), scope);
  const value = parser.pipeline();
  parser.expectEnd();
  return value;
}
function truthy(value) {
  if (value === void 0 || value === null || value === false || value === "" || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
function toText(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new TemplateUnsupported("a structured value");
}
function tokenize(source) {
  const tokens = [];
  const pattern = /\s*(?:("(?:[^"\\]|\\.)*"|`[^`]*`)|(-?\d+(?:\.\d+)?)|(\$\w*(?:\.\w+)*)|(\.(?:\w+(?:\.\w+)*)?)|([A-Za-z_]\w*)|(\()|(\))|(\|))/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) {
      if (source.slice(index).trim() === "") break;
      throw new TemplateUnsupported(`cannot read "${source.slice(index)}"`);
    }
    index = pattern.lastIndex;
    if (match[1] !== void 0) tokens.push({ kind: "string", text: match[1].startsWith("`") ? match[1].slice(1, -1) : JSON.parse(match[1]) });
    else if (match[2] !== void 0) tokens.push({ kind: "number", text: match[2] });
    else if (match[3] !== void 0) tokens.push({ kind: "variable", text: match[3] });
    else if (match[4] !== void 0) tokens.push({ kind: "field", text: match[4] });
    else if (match[5] !== void 0) tokens.push({ kind: "ident", text: match[5] });
    else if (match[6] !== void 0) tokens.push({ kind: "open", text: "(" });
    else if (match[7] !== void 0) tokens.push({ kind: "close", text: ")" });
    else if (match[8] !== void 0) tokens.push({ kind: "pipe", text: "|" });
  }
  return tokens;
}
var Parser = class {
  constructor(tokens, scope) {
    this.tokens = tokens;
    this.scope = scope;
  }
  tokens;
  scope;
  index = 0;
  expectEnd() {
    if (this.index < this.tokens.length) throw new TemplateUnsupported("unexpected text");
  }
  pipeline() {
    let value = this.command(void 0, false);
    while (this.tokens[this.index]?.kind === "pipe") {
      this.index += 1;
      value = this.command(value, true);
    }
    return value;
  }
  command(piped, hasPiped) {
    const first = this.tokens[this.index];
    if (!first) throw new TemplateUnsupported("empty command");
    if (first.kind === "ident" && !["true", "false", "nil"].includes(first.text)) {
      this.index += 1;
      const args = [];
      while (this.startsTerm()) args.push(this.term());
      if (hasPiped) args.push(piped);
      return callFunction(first.text, args, this.scope);
    }
    const value = this.term();
    if (hasPiped) throw new TemplateUnsupported("a value piped into a value");
    return value;
  }
  startsTerm() {
    const token = this.tokens[this.index];
    return token !== void 0 && token.kind !== "close" && token.kind !== "pipe";
  }
  term() {
    const token = this.tokens[this.index];
    if (!token) throw new TemplateUnsupported("missing value");
    this.index += 1;
    switch (token.kind) {
      case "string":
        return token.text;
      case "number":
        return Number(token.text);
      case "field":
        return this.field(token.text);
      case "variable":
        return this.variable(token.text);
      case "ident":
        if (token.text === "true") return true;
        if (token.text === "false") return false;
        if (token.text === "nil") return null;
        return callFunction(token.text, [], this.scope);
      case "open": {
        const value = this.pipeline();
        if (this.tokens[this.index]?.kind !== "close") throw new TemplateUnsupported("unclosed parenthesis");
        this.index += 1;
        return value;
      }
      default:
        throw new TemplateUnsupported(`unexpected ${token.text}`);
    }
  }
  field(path) {
    if (path === ".") return this.scope.dot ?? ROOT;
    const parts = path.slice(1).split(".");
    if (this.scope.dot !== void 0) return lookup(this.scope.dot, parts);
    return rootLookup(parts, this.scope);
  }
  variable(text) {
    const [name, ...parts] = text.split(".");
    if (name === "$") return parts.length === 0 ? ROOT : rootLookup(parts, this.scope);
    const variables = this.scope.variables;
    if (!variables?.has(name ?? "")) throw new TemplateUnsupported(`unknown variable ${name}`);
    return lookup(variables.get(name ?? ""), parts);
  }
};
var ROOT = /* @__PURE__ */ Symbol("root");
function rootLookup(parts, scope) {
  const [head, ...rest] = parts;
  if (head === "Values") return lookup(scope.values, rest);
  if (head === "Release") {
    const release = { Name: RELEASE_NAME, Namespace: RELEASE_NAMESPACE, Service: "Helm" };
    return lookup(release, rest);
  }
  if (head === "Chart") return lookup({ Name: "airflow" }, rest);
  throw new TemplateUnsupported(`.${parts.join(".")}`);
}
function lookup(value, parts) {
  let current = value;
  for (const part of parts) {
    if (current === void 0 || current === null) return void 0;
    if (typeof current !== "object") throw new TemplateUnsupported(`field ${part} of a scalar`);
    current = current[part];
  }
  return current;
}
function callFunction(name, args, scope) {
  const text = (index) => toText(args[index]);
  switch (name) {
    case "printf":
      return printf(text(0), args.slice(1));
    case "ternary":
      return truthy(args[2]) ? args[0] : args[1];
    case "or":
      return args.find(truthy) ?? args.at(-1);
    case "and":
      return args.find((arg) => !truthy(arg)) ?? args.at(-1);
    case "not":
      return !truthy(args[0]);
    case "eq":
      return args.slice(1).some((arg) => arg === args[0]);
    case "ne":
      return args[0] !== args[1];
    case "default":
      return truthy(args[1]) ? args[1] : args[0];
    case "toString":
      return toText(args[0]);
    case "int":
      return Math.trunc(Number(args[0]));
    case "contains":
      return text(1).includes(text(0));
    case "trimSuffix":
      return text(1).endsWith(text(0)) ? text(1).slice(0, text(1).length - text(0).length) : text(1);
    case "trim":
      return text(0).trim();
    case "lower":
      return text(0).toLowerCase();
    case "upper":
      return text(0).toUpperCase();
    case "quote":
      return JSON.stringify(text(0));
    case "urlquery":
      return encodeURIComponent(text(0)).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    case "semverCompare":
      return semverCompare(text(0), text(1));
    case "dict":
      return dict(args);
    case "urlJoin":
      return urlJoin(args[0]);
    case "include":
    case "template":
      return include(text(0), scope);
    default:
      throw new TemplateUnsupported(`function ${name}`);
  }
}
function printf(format, args) {
  let index = 0;
  return format.replace(/%([sdvq%])/g, (_whole, verb) => {
    if (verb === "%") return "%";
    const arg = args[index];
    index += 1;
    if (verb === "d") return String(Math.trunc(Number(arg)));
    if (verb === "q") return JSON.stringify(toText(arg));
    return toText(arg);
  });
}
function semverCompare(constraint, version) {
  const bare = version.replace(/^v/, "");
  if (!parseVersion(bare)) throw new TemplateUnsupported(`version ${version}`);
  return constraint.split(/[\s,]+/).filter(Boolean).every((part) => {
    const match = /^(>=|<=|>|<|=|!=)?\s*v?([\d.]+)$/.exec(part);
    if (!match?.[2] || !parseVersion(match[2])) throw new TemplateUnsupported(`constraint ${constraint}`);
    const order = compareVersions(bare, match[2]);
    switch (match[1]) {
      case ">=":
        return order >= 0;
      case "<=":
        return order <= 0;
      case ">":
        return order > 0;
      case "<":
        return order < 0;
      case "!=":
        return order !== 0;
      default:
        return order === 0;
    }
  });
}
function dict(args) {
  const result = {};
  for (let index = 0; index + 1 < args.length; index += 2) result[toText(args[index])] = args[index + 1];
  return result;
}
function urlJoin(parts) {
  const get = (key) => toText(parts[key]);
  const scheme = get("scheme");
  const userinfo = get("userinfo");
  const query = get("query");
  return `${scheme ? `${scheme}:` : ""}//${userinfo ? `${userinfo}@` : ""}${get("host")}${get("path")}${query ? `?${query}` : ""}`;
}
function include(name, scope) {
  const value = (path) => lookup(scope.values, path.split("."));
  const fullname = () => {
    if (!truthy(value("useStandardNaming"))) return RELEASE_NAME;
    if (truthy(value("fullnameOverride"))) return toText(value("fullnameOverride"));
    return `${RELEASE_NAME}-${toText(value("nameOverride")) || "airflow"}`;
  };
  const home = toText(value("airflowHome"));
  switch (name) {
    case "airflow.fullname":
      return fullname();
    case "airflow_config":
      return `${fullname()}-config`;
    case "airflow_pod_template_file":
      return `${home}/pod_templates`;
    case "airflow_dags": {
      const mount = toText(value("dags.mountPath"));
      const gitSync = truthy(value("dags.gitSync.enabled"));
      const subPath = toText(value("dags.gitSync.subPath"));
      if (mount) return gitSync ? `${mount}/repo/${subPath}` : mount;
      return gitSync ? `${home}/dags/repo/${subPath}` : `${home}/dags`;
    }
    default:
      throw new TemplateUnsupported(`template ${name}`);
  }
}

// src/sources/helm-chart/chart.ts
function chartReleases() {
  return Object.values(helmCharts);
}
function chartFor(airflowVersion) {
  const releases = chartReleases();
  const major = versionAtLeast(airflowVersion, "3.0.0");
  const fitting = releases.filter((release) => versionAtLeast(release.appVersion, "3.0.0") === major);
  const chosen = fitting.at(-1) ?? releases.at(-1);
  if (!chosen) throw new Error("No Helm chart knowledge data.");
  return chosen;
}
function mergeValues(defaults, overrides2) {
  if (!isMap(defaults) || !isMap(overrides2)) return overrides2 === void 0 ? defaults : overrides2;
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(overrides2)) {
    if (value === null) delete merged[key];
    else merged[key] = mergeValues(defaults[key], value);
  }
  return merged;
}
function isMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(values, path) {
  let current = values;
  for (const part of path.split(".")) {
    if (!isMap(current)) return void 0;
    current = current[part];
  }
  return current;
}
function renderConfig(merged, chart) {
  const config = { ...isMap(merged.config) ? merged.config : {} };
  const rendered = [];
  const scope = { values: merged };
  for (const [section, options] of Object.entries(config)) {
    if (!isMap(options)) continue;
    for (const [option, raw] of Object.entries(options)) {
      if (raw === null || raw === void 0 || typeof raw === "object") continue;
      rendered.push(renderOne(section, option, toText(raw), scope, chart));
    }
  }
  const core = isMap(config.core) ? config.core : {};
  const airflowVersion = toText(merged.airflowVersion);
  if (chart.defaultExecutionApiServerUrl && !("execution_api_server_url" in core) && isVersion(airflowVersion) && versionAtLeast(airflowVersion, "3.0.0")) {
    rendered.push({ section: "core", option: "execution_api_server_url", template: "", value: executionApiUrl(merged, chart) });
  }
  return rendered;
}
function renderOne(section, option, text, scope, chart) {
  if (!chart.configTemplated) return { section, option, template: text, value: text };
  try {
    return { section, option, template: text, value: renderTemplate(text, scope) };
  } catch (error) {
    if (!(error instanceof TemplateUnsupported)) throw error;
    return { section, option, template: text, value: void 0, why: `the chart renders it from a template this check does not evaluate (${error.message})` };
  }
}
function executionApiUrl(merged, chart) {
  const baseUrl = toText(valueAt(merged, "config.api.base_url"));
  let basePath = "";
  if (baseUrl) {
    try {
      basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
    } catch {
      basePath = "";
    }
  }
  const fullname = evaluate('include "airflow.fullname" .', { values: merged });
  let index = 0;
  const args = [fullname, String(Math.trunc(Number(valueAt(merged, "ports.apiServer") ?? 8080))), basePath];
  return (chart.defaultExecutionApiServerUrl ?? "").replace(/%[sd]/g, () => args[index++] ?? "");
}
function isVersion(text) {
  return /^\d+\.\d+(\.\d+)?$/.test(text);
}
function chartVariables(merged, chart) {
  const scope = { values: merged };
  const variables = [];
  for (const entry of chart.secretVariables) {
    if (!conditionsHold(entry, scope)) continue;
    variables.push(secretVariable(entry, merged, chart));
  }
  return variables;
}
function conditionsHold(entry, scope) {
  try {
    return entry.conditions.every((condition) => truthy(evaluate(condition, scope)));
  } catch (error) {
    if (error instanceof TemplateUnsupported) return true;
    throw error;
  }
}
function secretVariable(entry, merged, chart) {
  const named = entry.secret ? chart.secretNames[entry.secret] : void 0;
  const nameValue = named?.nameValue ?? entry.secretNameValue;
  const secretName = nameValue ? toText(valueAt(merged, nameValue)) : "";
  if (nameValue && secretName) {
    return { name: entry.variable, value: void 0, why: `it is read from the Kubernetes secret named by ${nameValue}`, from: nameValue };
  }
  if (entry.secret === "airflow_metadata_secret" && entry.key === "connection") {
    const url = metadataUrl(merged, chart);
    return url === void 0 ? { name: entry.variable, value: void 0, why: "the chart builds it from data.metadataConnection", from: "data.metadataConnection" } : { name: entry.variable, value: url, why: "", from: "data.metadataConnection" };
  }
  const filled = entry.key ? chart.secrets[entry.key] : void 0;
  if (!filled) return { name: entry.variable, value: void 0, why: "it is read from a secret the chart creates", from: void 0 };
  const text = toText(valueAt(merged, filled.value));
  if (text !== "") return { name: entry.variable, value: text, why: "", from: filled.value };
  const why = filled.generated === "once" ? "the chart generates a random value once, at install" : filled.generated === "every-render" ? "the chart generates a random value on every install and upgrade" : "the chart leaves it empty";
  return { name: entry.variable, value: filled.generated === "never" ? "" : void 0, why, from: filled.value };
}
function metadataUrl(merged, chart) {
  const template = chart.metadataConnection.connection;
  if (!template) return void 0;
  const variables = /* @__PURE__ */ new Map();
  try {
    for (const [name, expression2] of Object.entries(chart.metadataConnection.assignments)) {
      variables.set(`$${name}`, evaluate(expression2, { values: merged, variables }));
    }
    const encoding = /\|\s*b64enc\s*\|\s*quote$/.exec(template.trimEnd());
    const expression = encoding ? template.slice(0, encoding.index).trimEnd() : template;
    return toText(evaluate(expression, { values: merged, dot: valueAt(merged, "data.metadataConnection") ?? {}, variables }));
  } catch (error) {
    if (error instanceof TemplateUnsupported) return void 0;
    throw error;
  }
}

// src/sources/helm.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/sources/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const deep = tooDeepAt(text);
  if (deep !== void 0) {
    const span = offsetSpan(indexText(text), deep, deep + 1);
    return { ok: false, file, message: `nests collections more than ${MAX_YAML_DEPTH.toLocaleString("en-US")} levels deep`, span, limit: "depth" };
  }
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const yaml = { file, text, doc, lineCounter };
  const error = doc.errors[0];
  if (error) {
    const [start, end] = error.pos;
    return { ok: false, file, message: error.message.split("\n")[0] ?? "invalid YAML", span: offsetSpan(yaml, start, end) };
  }
  const aliasing = excessiveAliasing(doc);
  if (aliasing) {
    const range = aliasing.node.range ?? [0, 0];
    return { ok: false, file, message: aliasing.message, span: offsetSpan(yaml, range[0], range[1]), limit: "aliasing" };
  }
  return { ok: true, yaml };
}
var MAX_YAML_DEPTH = 1e3;
function tooDeepAt(text) {
  let flow = 0;
  let block = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\n") {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart && flow === 0) {
      if (char === " " || char === "	") continue;
      if ((char === "-" || char === "?") && (text[i + 1] === " " || text[i + 1] === "	")) {
        block += 1;
        if (block > MAX_YAML_DEPTH) return i;
        i += 1;
        continue;
      }
      lineStart = false;
    }
    const before = i === 0 ? " " : text[i - 1];
    if (char === "#" && (before === " " || before === "	")) {
      i = endOfLine2(text, i) - 1;
    } else if ((char === '"' || char === "'") && " 	[{,:".includes(before)) {
      i = endOfQuoted(text, i);
    } else if (char === "[" || char === "{") {
      flow += 1;
      if (flow + block > MAX_YAML_DEPTH) return i;
    } else if ((char === "]" || char === "}") && flow > 0) {
      flow -= 1;
    }
  }
  return void 0;
}
function endOfLine2(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function endOfQuoted(text, open) {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === "\\") i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return text.length;
}
function excessiveAliasing(doc) {
  const size = /* @__PURE__ */ new Map();
  let decoded = 0;
  let aliased = 0;
  const stack = [{ node: doc.contents, children: void 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.children === void 0) {
      if ((0, import_yaml.isAlias)(top.node)) {
        const target = top.node.resolve(doc);
        const targetSize = target === void 0 ? 0 : size.get(target);
        if (targetSize === void 0) return { node: top.node, message: `the alias *${top.node.source} refers to a value that contains it` };
        decoded += 1 + targetSize;
        aliased += targetSize;
        size.set(top.node, 1 + targetSize);
        stack.pop();
        if (aliased > 100 && decoded > 1e3 && aliased / decoded > allowedAliasRatio(decoded)) {
          return { node: top.node, message: `${aliased.toLocaleString("en-US")} of the ${decoded.toLocaleString("en-US")} values it decodes come through aliases and merge keys` };
        }
        continue;
      }
      decoded += 1;
      top.children = childrenOf(top.node);
      for (const child of [...top.children].reverse()) stack.push({ node: child, children: void 0 });
      continue;
    }
    stack.pop();
    let total = 1;
    for (const child of top.children) total += size.get(child) ?? 0;
    size.set(top.node, total);
  }
  return void 0;
}
function childrenOf(node) {
  if ((0, import_yaml.isMap)(node)) return node.items.flatMap((pair) => [pair.key, pair.value]).filter((child) => child !== null && child !== void 0);
  if ((0, import_yaml.isSeq)(node)) return node.items.filter((child) => child !== null && child !== void 0);
  return [];
}
function allowedAliasRatio(decoded) {
  if (decoded <= 4e5) return 0.99;
  if (decoded >= 4e6) return 0.1;
  return 0.99 - 0.89 * ((decoded - 4e5) / 36e5);
}
function indexText(text) {
  const lineCounter = new import_yaml.LineCounter();
  lineCounter.addNewLine(0);
  for (let offset = text.indexOf("\n"); offset !== -1; offset = text.indexOf("\n", offset + 1)) lineCounter.addNewLine(offset + 1);
  return { text, lineCounter };
}
function offsetSpan(yaml, start, end) {
  const from = yaml.lineCounter.linePos(start);
  const to = yaml.lineCounter.linePos(Math.max(start, end));
  return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
}
function nodeSpan(yaml, node) {
  const range = node?.range;
  return range ? offsetSpan(yaml, range[0], range[1]) : void 0;
}
function resolveAlias(yaml, node) {
  let current = node;
  for (let depth = 0; depth < 20 && (0, import_yaml.isAlias)(current); depth += 1) current = current.resolve(yaml.doc);
  return current;
}
function mapEntries(yaml, node, depth = 0) {
  const map = resolveAlias(yaml, node);
  if (!(0, import_yaml.isMap)(map) || depth > 20) return [];
  let known = entriesCache.get(yaml);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    entriesCache.set(yaml, known);
  }
  const cached = known.get(map);
  if (cached) return cached;
  const entries = mergedEntries(yaml, map, depth);
  known.set(map, entries);
  return entries;
}
var entriesCache = /* @__PURE__ */ new WeakMap();
function mergedEntries(yaml, map, depth) {
  const merged = /* @__PURE__ */ new Map();
  const own = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === void 0) continue;
    if (key === "<<") {
      const sources = (0, import_yaml.isSeq)(resolveAlias(yaml, pair.value)) ? resolveAlias(yaml, pair.value).items : [pair.value];
      for (const source of [...sources].reverse()) {
        for (const entry of mapEntries(yaml, source, depth + 1)) merged.set(entry.key, entry);
      }
      continue;
    }
    own.delete(key);
    own.set(key, { key, keyNode: pair.key, value: pair.value });
  }
  for (const key of own.keys()) merged.delete(key);
  return [...merged.values(), ...own.values()];
}
function mapGet(yaml, node, key) {
  return mapEntries(yaml, node).find((entry) => entry.key === key);
}
function seqItems(yaml, node) {
  const seq = resolveAlias(yaml, node);
  return (0, import_yaml.isSeq)(seq) ? seq.items : [];
}
function scalarText(yaml, node) {
  const scalar = resolveAlias(yaml, node);
  if (!(0, import_yaml.isScalar)(scalar) || scalar.value === null || scalar.value === void 0) return void 0;
  if (typeof scalar.value === "string") return scalar.value;
  const range = scalar.range;
  return range ? yaml.text.slice(range[0], range[1]).trim() : String(scalar.value);
}
function isMapNode(yaml, node) {
  return (0, import_yaml.isMap)(resolveAlias(yaml, node));
}

// src/sources/helm.ts
var HELM_COMPONENT_KEYS = ["scheduler", "webserver", "apiServer", "workers", "triggerer", "dagProcessor"];
var CHART_KEYS = ["executor", "defaultAirflowTag", "airflowVersion", "fernetKey", "fernetKeySecretName", "webserverSecretKey", "webserverSecretKeySecretName", "apiSecretKey", "jwtSecret", "config", "extraEnv", "dagProcessor", "triggerer", "workers", "scheduler", "apiServer", "createUserJob", "migrateDatabaseJob"];
var COMMON_KEYS = /* @__PURE__ */ new Set(["config", "workers", "scheduler"]);
function parseHelmValues(file, text, airflowVersion = "2.9.3") {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const found = chartRoot(yaml);
  const root = found?.node ?? yaml.doc.contents;
  const prefix = found?.key ? `${found.key}.` : "";
  const user = toPlain(yaml, root);
  const chart = chartFor(pinnedVersion(user) ?? airflowVersion);
  const merged = mergeValues(chart.defaults, user);
  const rendered = renderConfig(merged, chart);
  const document = writtenConfig(yaml, root, rendered);
  const written = new Set(document.sections.flatMap((section) => section.options.map((option) => `${section.name}\0${option.key}`)));
  return {
    ok: true,
    values: {
      file,
      yaml,
      root,
      prefix,
      chart,
      document,
      chartDefaults: rendered.filter((option) => !written.has(`${option.section}\0${option.option}`)).map((option) => ({ section: option.section, option: option.option, value: option.value, why: option.value === void 0 ? option.why : "" })),
      env: [...secretVariables(yaml, root, merged, chart), ...envList(yaml, mapGet(yaml, root, "env")?.value), ...extraEnv(yaml, mapGet(yaml, root, "extraEnv")?.value)],
      components: HELM_COMPONENT_KEYS.map((key) => ({ key, env: envList(yaml, mapGet(yaml, mapGet(yaml, root, key)?.value, "env")?.value) }))
    }
  };
}
function looksLikeAirflowValues(text) {
  const parsed = parseYaml("values.yaml", text);
  if (!parsed.ok) return /^(executor|defaultAirflowTag|airflowVersion|fernetKey)\s*:/m.test(text);
  return chartRoot(parsed.yaml) !== void 0;
}
function hasChartKeys(yaml, node) {
  const keys = new Set(mapEntries(yaml, node).map((entry) => entry.key));
  const distinctive = CHART_KEYS.filter((key) => !COMMON_KEYS.has(key) && keys.has(key)).length;
  const common = CHART_KEYS.filter((key) => COMMON_KEYS.has(key) && keys.has(key)).length;
  return distinctive > 0 || common >= 2;
}
function chartRoot(yaml) {
  const top = yaml.doc.contents;
  if (hasChartKeys(yaml, top)) return { node: top, key: void 0 };
  const entries = [...mapEntries(yaml, top)].sort((a, b) => Number(b.key === "airflow") - Number(a.key === "airflow"));
  const nested = entries.find((entry) => hasChartKeys(yaml, entry.value));
  return nested ? { node: nested.value, key: nested.key } : void 0;
}
function toPlain(yaml, node) {
  const resolved = resolveAlias(yaml, node);
  if (!(0, import_yaml2.isNode)(resolved)) return {};
  const value = resolved.toJS(yaml.doc, { maxAliasCount: -1 });
  return isMap(value) ? value : {};
}
function pinnedVersion(user) {
  for (const key of ["airflowVersion", "defaultAirflowTag"]) {
    const match = /^(\d+\.\d+\.\d+)/.exec(String(user[key] ?? ""));
    if (match?.[1]) return match[1];
  }
  return void 0;
}
function writtenConfig(yaml, root, rendered) {
  const sections = [];
  const byName = /* @__PURE__ */ new Map();
  const add = (name, headerSpan, node) => {
    let section = byName.get(name);
    if (!section) {
      section = { name, headerSpan, nameSpan: headerSpan, options: [] };
      byName.set(name, section);
      sections.push(section);
    }
    section.options.push(node);
  };
  const find = (section, option) => rendered.find((entry) => entry.section === section && entry.option === option);
  const config = mapGet(yaml, root, "config");
  for (const section of mapEntries(yaml, config?.value)) {
    const headerSpan = nodeSpan(yaml, section.keyNode);
    if (!headerSpan) continue;
    if (!byName.has(section.key)) {
      const node = { name: section.key, headerSpan, nameSpan: headerSpan, options: [] };
      byName.set(section.key, node);
      sections.push(node);
    }
    for (const entry of mapEntries(yaml, section.value)) {
      const output = find(section.key, entry.key);
      if (output && output.value === void 0) continue;
      if (isChartDefault(section.key, entry.key, scalarText(yaml, entry.value))) continue;
      const node = optionNode(yaml, section.key, entry.key, entry.keyNode, entry.value, output?.value);
      if (node) add(section.key, headerSpan, node);
    }
  }
  for (const output of rendered) {
    if (byName.get(output.section)?.options.some((option) => option.key === output.option)) continue;
    const path = /^\{\{-?\s*\.Values\.([\w.]+)\s*-?\}\}$/.exec(output.template.trim())?.[1];
    if (!path || output.value === void 0) continue;
    const entry = entryAt(yaml, root, path);
    if (!entry) continue;
    const node = optionNode(yaml, output.section, output.option, entry.keyNode, entry.value, output.value);
    const span = nodeSpan(yaml, entry.keyNode);
    if (node && span) add(output.section, span, node);
  }
  return { defaults: void 0, sections, comments: [], lineCount: yaml.lineCounter.lineStarts.length };
}
function isChartDefault(section, option, text) {
  if (text === void 0) return false;
  return chartReleases().some((release) => {
    const value = valueAt(release.defaults, `config.${section}.${option}`);
    return value !== void 0 && value !== null && String(value) === text;
  });
}
function entryAt(yaml, root, path) {
  let node = root;
  let entry;
  for (const part of path.split(".")) {
    entry = mapGet(yaml, node, part);
    if (!entry) return void 0;
    node = entry.value;
  }
  return entry;
}
function optionNode(yaml, section, key, keyNode, valueNode, rendered) {
  const written = scalarText(yaml, valueNode);
  const value = rendered ?? written;
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  if (value === void 0 || !keySpan || !valueSpan) return void 0;
  return {
    rawKey: key,
    key: key.toLowerCase(),
    keySpan,
    delimiter: ":",
    value,
    valueLines: [{ text: value, span: valueSpan }],
    span: { start: keySpan.start, end: valueSpan.end },
    section
  };
}
function secretVariables(yaml, root, merged, chart) {
  return chartVariables(merged, chart).map((variable) => {
    const entry = variable.from ? entryAt(yaml, root, variable.from) : void 0;
    const base = entry ? located(yaml, variable.name, variable.value ?? "", entry.keyNode, entry.value) : { name: variable.name, value: variable.value ?? "" };
    return { ...base, provider: "chart", runtime: variable.value === void 0 ? variable.why : void 0 };
  });
}
function envList(yaml, node) {
  return seqItems(yaml, node).flatMap((item) => {
    const name = scalarText(yaml, mapGet(yaml, item, "name")?.value);
    const value = mapGet(yaml, item, "value");
    const text = scalarText(yaml, value?.value);
    if (!name || !value || text === void 0) return [];
    const itemSpan = nodeSpan(yaml, item);
    const valueSpan = nodeSpan(yaml, resolveAlias(yaml, value.value));
    const span = itemSpan && valueSpan ? { start: itemSpan.start, end: valueSpan.end } : itemSpan;
    return [{ name, value: text, location: span ? { file: yaml.file, span } : void 0, valueSpan }];
  });
}
function extraEnv(yaml, node) {
  const scalar = resolveAlias(yaml, node);
  const text = scalarText(yaml, scalar);
  const range = (0, import_yaml2.isScalar)(scalar) ? scalar.range : void 0;
  if (text === void 0 || !range) return [];
  const lineCounter = new import_yaml2.LineCounter();
  const inner = { file: yaml.file, text, doc: (0, import_yaml2.parseDocument)(text, { lineCounter }), lineCounter };
  if (inner.doc.errors.length > 0) return [];
  const whole = nodeSpan(yaml, scalar);
  const block = /^[|>]/.test(yaml.text.slice(range[0], range[0] + 1));
  const headerLine = yaml.lineCounter.linePos(range[0]).line;
  const indent = blockIndent(yaml.text.slice(range[0], range[1]));
  const move = (span) => {
    if (!block || !span) return whole;
    return {
      start: { line: headerLine + span.start.line, column: span.start.column + indent },
      end: { line: headerLine + span.end.line, column: span.end.column + indent }
    };
  };
  return envList(inner, inner.doc.contents).map((entry) => ({
    ...entry,
    location: entry.location ? { file: yaml.file, span: move(entry.location.span) ?? entry.location.span } : void 0,
    valueSpan: move(entry.valueSpan)
  }));
}
function blockIndent(source) {
  const lines = source.split("\n").slice(1);
  const first = lines.find((line) => line.trim() !== "");
  return first === void 0 ? 0 : first.length - first.trimStart().length;
}
function located(yaml, name, value, keyNode, valueNode) {
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  const span = keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan;
  return { name, value, location: span ? { file: yaml.file, span } : void 0, valueSpan };
}
function mergedChartValues(values) {
  return mergeValues(values.chart.defaults, toPlain(values.yaml, values.root));
}

// src/rules/support/topology.ts
var HELM_ROLES = {
  apiServer: "api-server",
  webserver: "webserver",
  scheduler: "scheduler",
  workers: "worker",
  triggerer: "triggerer",
  dagProcessor: "dag-processor"
};
var COMMAND_ROLES = [
  [/(?:^|[\s"',[])(?:api-server|api_server)(?:$|[\s"',\]])/, "api-server"],
  [/(?:^|[\s"',[])webserver(?:$|[\s"',\]])/, "webserver"],
  [/(?:^|[\s"',[])scheduler(?:$|[\s"',\]])/, "scheduler"],
  [/(?:^|[\s"',[])celery["',\s]+worker(?:$|[\s"',\]])/, "worker"],
  [/(?:^|[\s"',[])triggerer(?:$|[\s"',\]])/, "triggerer"],
  [/(?:^|[\s"',[])dag-processor(?:$|[\s"',\]])/, "dag-processor"],
  [/(?:^|[\s"',[])standalone(?:$|[\s"',\]])/, "standalone"]
];
function currentComponent(context) {
  return context.repository?.components.find((component) => component.config === context.config);
}
function rolesOf(component) {
  if (component.kind === "helm") {
    const role = HELM_ROLES[component.name.split(" (")[0] ?? ""];
    return new Set(role ? [role] : []);
  }
  if (component.kind === "compose" && component.service) return serviceRoles(component.service);
  return /* @__PURE__ */ new Set();
}
function serviceRoles(service) {
  const roles = /* @__PURE__ */ new Set();
  const command = service.commands.find((candidate) => candidate.key === "command") ?? service.commands[0];
  if (!command) return roles;
  for (const [pattern, role] of COMMAND_ROLES) if (pattern.test(command.text)) roles.add(role);
  return roles;
}
function runsInContainer(component) {
  return component?.kind === "compose" || component?.kind === "helm";
}
function isLoopbackHost(host) {
  if (host === void 0) return false;
  const lower = host.toLowerCase().replace(/^\[|\]$/g, "");
  return lower === "localhost" || lower.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(lower) || lower === "::1" || lower === "0.0.0.0";
}
function urlHost(text) {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(text.trim());
  if (!match) return void 0;
  const netloc = match[1] ?? "";
  const hostPort = netloc.slice(netloc.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) return hostPort.slice(0, hostPort.indexOf("]") + 1);
  return hostPort.split(":")[0];
}

// src/rules/apf143-connections-exceed-max.ts
var POSTGRES_IMAGE = /(?:^|\/)postgres(?:ql)?(?:[:@]|$)/i;
var SERVER_SETTING = (name) => new RegExp(`(?:^|[\\s"',\\[])(?:-c\\s*|--)${name}\\s*=\\s*(\\d{1,7})(?=$|[\\s"',\\]])`);
var connectionsExceedMax = {
  meta: {
    id: "APF143",
    alias: "connections-exceed-max",
    description: "The Airflow processes a compose file or Helm values file starts can open more metastore connections than the PostgreSQL server it defines accepts (max_connections).",
    severity: "warning",
    tags: ["capacity"],
    versions: "all (Airflow 2 counts task processes of Celery and Local executors; on Airflow 3 tasks reach the metastore through the API server)",
    messages: {
      steady: 'The Airflow {{what}} keep up to {{steady}} metastore connections open ({{breakdown}}), more than the {{limit}} that {{server}} accepts (max_connections {{max}} minus {{reserved}} reserved for superusers): processes fail with "FATAL: sorry, too many clients already".',
      peak: 'At peak the Airflow {{what}} can open {{peak}} metastore connections ({{breakdown}}; pool_size + max_overflow per pooled process), more than the {{limit}} that {{server}} accepts (max_connections {{max}} minus {{reserved}} reserved): under load processes fail with "FATAL: sorry, too many clients already". PgBouncer in front of PostgreSQL is the usual fix at this scale.'
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) checkCompose(context, compose);
    for (const values of context.repository?.helm ?? []) checkHelm(context, values);
  }
};
function checkCompose(context, compose) {
  const servers = compose.services.filter((service) => POSTGRES_IMAGE.test(service.image ?? "")).map((service) => serverOf(compose, service));
  if (servers.length === 0) return;
  const counts = /* @__PURE__ */ new Map();
  for (const component of context.repository?.components ?? []) {
    if (component.kind !== "compose" || component.file !== compose.file || !component.service) continue;
    const server = metastoreServer(context, component, servers);
    const count = server && processCount(context, component, replicasOf(compose, component.service));
    if (!server || !count) continue;
    counts.set(server, [...counts.get(server) ?? [], count]);
  }
  for (const [server, processes] of counts) report2(context, compose.file, "services of this compose file", server, processes);
}
function checkHelm(context, values) {
  const merged = mergedChartValues(values);
  if (valueAt(merged, "pgbouncer.enabled") === true || valueAt(merged, "postgresql.enabled") === false) return;
  if (valueAt(merged, "data.metadataSecretName") || hostOf(valueAt(merged, "data.metadataConnection"))) return;
  const server = helmServer(values, merged);
  const processes = [];
  for (const component of context.repository?.components ?? []) {
    if (component.kind !== "helm" || component.file !== values.file) continue;
    const key = component.name.split(" (")[0] ?? "";
    if (valueAt(merged, `${key}.enabled`) === false) continue;
    if (key === "workers" && !String(valueAt(merged, "executor") ?? "").includes("Celery")) continue;
    const count = processCount(context, component, helmReplicas(values, merged, key));
    if (count) processes.push({ ...count, component: key });
  }
  const span = server.explicit ? server.span : explicitSpan(values, processes);
  if (span) report2(context, values.file, "components of this values file", { ...server, span }, processes);
}
function helmServer(values, merged) {
  const configuration = [valueAt(merged, "postgresql.primary.extendedConfiguration"), valueAt(merged, "postgresql.primary.configuration")].filter((text) => typeof text === "string").join("\n");
  const setting2 = (name) => {
    const match = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*'?(\\d{1,7})'?[ \\t]*(?:#.*)?$`, "m").exec(configuration);
    return match ? Number(match[1]) : void 0;
  };
  const max = setting2("max_connections");
  const postgresql = mapGet(values.yaml, values.root, "postgresql");
  const primary = mapGet(values.yaml, postgresql?.value, "primary");
  const configNode = mapGet(values.yaml, primary?.value, "extendedConfiguration") ?? mapGet(values.yaml, primary?.value, "configuration");
  const span = (max !== void 0 && configNode ? settingSpan(values.yaml, configNode.value, "max_connections") : void 0) ?? nodeSpan(values.yaml, postgresql?.keyNode);
  return {
    name: "the chart's postgresql",
    maxConnections: max ?? POSTGRES_MAX_CONNECTIONS,
    reserved: setting2("superuser_reserved_connections") ?? POSTGRES_RESERVED_CONNECTIONS,
    span: span ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    explicit: max !== void 0 && span !== void 0
  };
}
function explicitSpan(values, processes) {
  for (const process2 of processes) {
    if (process2.replicas <= 1) continue;
    const key = mapGet(values.yaml, mapGet(values.yaml, values.root, process2.component)?.value, "replicas");
    const span = key ? nodeSpan(values.yaml, key.value) : void 0;
    if (span) return span;
  }
  return void 0;
}
function helmReplicas(values, merged, key) {
  const count = valueAt(merged, `${key}.replicas`);
  const written = mapGet(values.yaml, mapGet(values.yaml, values.root, key)?.value, "replicas") !== void 0;
  return typeof count === "number" && Number.isInteger(count) && count >= 0 ? { count, explicit: written } : { count: 1, explicit: false };
}
function hostOf(connection) {
  return isMap(connection) && typeof connection.host === "string" && connection.host !== "" ? connection.host : void 0;
}
function report2(context, file, what, server, processes) {
  const limit = server.maxConnections - server.reserved;
  const steady = sum(processes, (p) => p.replicas * (p.pooled * perPool(p.pool, "steady") + p.tasks));
  const peak = sum(processes, (p) => p.replicas * (p.pooled * perPool(p.pool, "peak") + p.tasks));
  const data = { what, limit, server: server.name, max: server.maxConnections, reserved: server.reserved };
  const fix = `Put PgBouncer between Airflow and PostgreSQL (the official chart's pgbouncer.enabled), lower [database] sql_alchemy_pool_size / sql_alchemy_max_overflow, or raise max_connections of ${server.name}.`;
  if (steady > limit) {
    context.report({ messageId: "steady", data: { ...data, steady, breakdown: breakdown(processes, "steady") }, file, span: server.span, fix });
    return;
  }
  if (peak > limit && (server.explicit || processes.some((p) => p.scaled))) {
    context.report({ messageId: "peak", severity: "notice", data: { ...data, peak, breakdown: breakdown(processes, "peak") }, file, span: server.span, fix });
  }
}
function perPool(pool, kind) {
  if (!pool.enabled) return 1;
  return kind === "steady" ? pool.size : pool.size + pool.overflow;
}
function breakdown(processes, kind) {
  return processes.filter((p) => p.pooled + p.tasks > 0).map((p) => {
    const parts = [p.pooled > 0 ? `${p.pooled}\xD7${perPool(p.pool, kind)}` : "", p.tasks > 0 ? `${p.tasks} tasks` : ""].filter(Boolean).join(" + ");
    return `${p.component} ${p.replicas > 1 ? `${p.replicas}\xD7(${parts})` : parts}`;
  }).join(", ");
}
function serverOf(compose, service) {
  const command = service.commands.find((candidate) => candidate.key === "command");
  const setting2 = (name) => {
    const match = command ? SERVER_SETTING(name).exec(command.text) : null;
    return match ? Number(match[1]) : void 0;
  };
  const fromEnv = service.environment.find((entry) => entry.name === "POSTGRESQL_MAX_CONNECTIONS");
  const envMax = fromEnv ? pythonInt(fromEnv.value) : void 0;
  const max = setting2("max_connections") ?? envMax;
  const span = max === void 0 ? service.nameSpan : settingSpan(compose.yaml, command?.node, "max_connections") ?? fromEnv?.valueSpan ?? service.nameSpan;
  return {
    name: service.name,
    maxConnections: max ?? POSTGRES_MAX_CONNECTIONS,
    reserved: setting2("superuser_reserved_connections") ?? POSTGRES_RESERVED_CONNECTIONS,
    span,
    explicit: max !== void 0
  };
}
function settingSpan(yaml, node, name) {
  const range = node?.range;
  if (!range) return void 0;
  const at = yaml.text.slice(range[0], range[1]).indexOf(name);
  return at < 0 ? void 0 : offsetSpan(yaml, range[0] + at, range[0] + at + name.length);
}
function metastoreServer(context, component, servers) {
  const url = metastoreOf({ ...context, config: component.config })?.url;
  if (!url?.dialect.startsWith("postgres")) return void 0;
  return servers.find((server) => server.name === url.host);
}
function processCount(context, component, replicas) {
  const scoped = { ...context, config: component.config, file: component.file };
  const roles = rolesOf(component);
  const airflow3 = versionAtLeast(context.target.knowledgeVersion, "3.0.0");
  let pooled = 0;
  let tasks = 0;
  let scaled = replicas.explicit && replicas.count > 1;
  const add = (role, count) => roles.has(role) ? count : 0;
  const webWorkers = setting(scoped, airflow3 ? "api" : "webserver", "workers");
  pooled += add(airflow3 ? "api-server" : "webserver", webWorkers?.number ?? 0);
  pooled += add("scheduler", 1) + add("triggerer", 1) + add("dag-processor", 1);
  if (!airflow3 && roles.has("worker")) {
    const concurrency = setting(scoped, "celery", "worker_concurrency");
    tasks += concurrency?.number ?? 0;
    scaled ||= concurrency?.explicit ?? false;
  }
  if (!airflow3 && roles.has("scheduler") && localExecutor(scoped)) {
    const parallelism = setting(scoped, "core", "parallelism");
    tasks += parallelism && parallelism.number > 0 ? parallelism.number : 0;
    scaled ||= parallelism?.explicit ?? false;
  }
  scaled ||= (webWorkers?.explicit ?? false) && roles.has(airflow3 ? "api-server" : "webserver");
  if (pooled + tasks === 0) return void 0;
  const pool = poolSize(scoped);
  if (!pool) return void 0;
  return { component: component.service?.name ?? component.name, replicas: replicas.count, pooled, tasks, scaled: scaled || pool.explicit, pool };
}
function setting(context, section, option) {
  const read = integerOption(context, section, option);
  if (read) return { number: read.number, explicit: read.value.origin !== "default" };
  const fact = providerOptionFact(context, section, option);
  const value = context.config.get(section, option);
  const resolved = value && value.origin !== "default" ? resolveValue(context, value) : void 0;
  const text = resolved ? resolved.known ? resolved.text : void 0 : fact?.default;
  const number = text === void 0 || text === null ? void 0 : pythonInt(text);
  return number === void 0 ? void 0 : { number, explicit: value !== void 0 && value.origin !== "default" };
}
function poolSize(context) {
  const size = integerOption(context, "database", "sql_alchemy_pool_size");
  const overflow = integerOption(context, "database", "sql_alchemy_max_overflow");
  if (!size || !overflow || size.number <= 0) return void 0;
  return {
    size: size.number,
    overflow: Math.max(overflow.number, 0),
    enabled: poolEnabled(context),
    explicit: size.value.origin !== "default" || overflow.value.origin !== "default"
  };
}
function localExecutor(context) {
  return configuredExecutor(context)?.setting.entries[0]?.coreAlias === "LocalExecutor";
}
function replicasOf(compose, service) {
  if (!service) return { count: 1, explicit: false };
  const yaml = compose.yaml;
  const node = mapGet(yaml, mapGet(yaml, yaml.doc.contents, "services")?.value, service.name)?.value;
  const text = scalarText(yaml, mapGet(yaml, mapGet(yaml, node, "deploy")?.value, "replicas")?.value) ?? scalarText(yaml, mapGet(yaml, node, "scale")?.value);
  const count = text === void 0 ? void 0 : pythonInt(text);
  return count === void 0 || count < 0 ? { count: 1, explicit: false } : { count, explicit: true };
}
function sum(items, of) {
  return items.reduce((total, item) => total + of(item), 0);
}

// src/rules/apf150-execution-api-local.ts
var executionApiLocal = {
  meta: {
    id: "APF150",
    alias: "execution-api-local",
    description: "Airflow 3 task processes would call the Execution API on localhost while they run in another container or on another host than the API server.",
    severity: "error",
    tags: ["deployment"],
    versions: "3.0 and later (the Execution API and `[core] execution_api_server_url` are new in 3.0)",
    messages: {
      set: '{{setting}} is {{url}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused"{{note}}.',
      derived: '[core] execution_api_server_url is not set, so Airflow {{version}} derives {{url}} from {{setting}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused"{{note}}.',
      default: '[core] execution_api_server_url and [api] base_url are not set, so Airflow {{version}} sends task processes to {{url}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused".'
    }
  },
  check(context) {
    const facts = context.knowledge.executionApi;
    if (!facts) return;
    const component = currentComponent(context);
    const runner = taskRunner(context, component);
    if (!runner) return;
    const severity = runner.certain ? "error" : "warning";
    const target = executionApiUrl2(context, facts.defaultServerUrl, facts.serverUrlForBaseUrl);
    if (!target) return;
    const host = urlHost(target.url);
    if (!isLoopbackHost(host)) return;
    if (component?.kind === "helm" && target.how === "default") return;
    const data = { url: target.url, host: host ?? "", runner: runner.text, version: context.knowledge.airflowVersion };
    const fix = fixFor(context, component);
    if (target.how === "default") {
      const anchor = defaultAnchor(context, component);
      if (anchor) context.report({ messageId: "default", data, file: anchor.file, span: anchor.span, fix, severity });
      return;
    }
    reportValue(context, target.value, { messageId: target.how, data, fix, severity });
  }
};
function taskRunner(context, component) {
  if (component && runsInContainer(component)) {
    const roles = rolesOf(component);
    const unit = component.kind === "compose" ? "service" : "pod";
    const place2 = component.kind === "compose" ? "its own container" : "its own pod";
    if (roles.has("standalone") || roles.has("api-server")) return void 0;
    if (roles.has("worker")) return { text: `the Celery worker ${unit} runs tasks in ${place2}`, certain: true };
    if (roles.has("scheduler") && localExecutorOnly(context)) return { text: `the scheduler ${unit} runs tasks (LocalExecutor) in ${place2}`, certain: true };
    return void 0;
  }
  const remote = distributedExecutors(context);
  if (remote.length === 0) return void 0;
  const text = `${remote.join(" and ")} ${remote.length > 1 ? "run" : "runs"} tasks in worker processes on other hosts or pods`;
  return { text, certain: remote.some((alias) => alias !== "CeleryExecutor") };
}
function localExecutorOnly(context) {
  const executor = configuredExecutor(context);
  return executor !== void 0 && executor.setting.entries.length > 0 && executor.setting.entries.every((entry) => entry.coreAlias === "LocalExecutor");
}
function distributedExecutors(context) {
  const executor = configuredExecutor(context);
  if (!executor) return [];
  const shipped = new Set(Object.values(context.knowledge.executorProviders ?? {}).flatMap((provider) => provider.executors));
  return executor.setting.entries.flatMap((entry) => entry.coreAlias && shipped.has(entry.coreAlias) ? [entry.coreAlias] : []);
}
function executionApiUrl2(context, defaultUrl, derived) {
  const value = effectiveOption(context, "core", "execution_api_server_url");
  if (value && value.origin !== "default") {
    const resolved = resolveValue(context, value);
    return resolved.known && resolved.text.trim() !== "" ? { url: resolved.text.trim(), value, how: "set" } : void 0;
  }
  const base = effectiveOption(context, "api", "base_url");
  if (base && base.origin !== "default") {
    const resolved = resolveValue(context, base);
    if (!resolved.known) return void 0;
    const url = deriveFromBaseUrl(resolved.text.trim(), derived);
    return url ? { url, value: base, how: "derived" } : void 0;
  }
  return { url: defaultUrl, value: unsetValue("core", "execution_api_server_url"), how: "default" };
}
function deriveFromBaseUrl(base, derived) {
  const relative4 = base.startsWith("/");
  for (const [probe, result] of Object.entries(derived)) {
    if (probe.startsWith("/") !== relative4) continue;
    const at = result.indexOf(probe);
    if (at === -1) return void 0;
    const suffix = result.slice(at + probe.length);
    return `${result.slice(0, at)}${trimTrailing(base, "/")}${suffix}`;
  }
  return void 0;
}
function defaultAnchor(context, component) {
  const command = component?.service?.commands.find((candidate) => candidate.key === "command");
  if (component?.kind === "compose" && command) return { file: component.file, span: command.span };
  const executor = configuredExecutor(context);
  if (executor?.value.location) return { file: executor.value.location.file, span: executor.value.location.span };
  return void 0;
}
function fixFor(context, component) {
  const apiServer = component?.kind === "compose" ? apiServerService(context, component.file) : void 0;
  const port = effectiveOption(context, "api", "port");
  const portText = port?.value && /^\d+$/.test(port.value.trim()) ? port.value.trim() : "8080";
  const example = apiServer ? `http://${apiServer}:${portText}/execution/` : "the API server's address as workers reach it, ending in /execution/";
  return `Set AIRFLOW__CORE__EXECUTION_API_SERVER_URL for every component that runs tasks to ${example}.`;
}
function apiServerService(context, file) {
  const services = context.repository?.components.filter((candidate) => candidate.kind === "compose" && candidate.file === file) ?? [];
  return services.find((candidate) => rolesOf(candidate).has("api-server"))?.service?.name;
}

// src/rules/apf151-base-url-invalid.ts
var TRAILING_SLASH_PROBE = "https://airflow.example.com/prefix/";
var NO_SCHEME_PROBE = "airflow.example.com/prefix";
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
var baseUrlInvalid = {
  meta: {
    id: "APF151",
    alias: "base-url-invalid",
    description: "The UI's base URL (`[webserver] base_url` on 2.x, `[api] base_url` on 3.x) has no scheme, a trailing slash the release refuses, or points at localhost behind a proxy.",
    severity: "error",
    tags: ["deployment"],
    versions: "all (which option, and what the release does with each form, come from the knowledge data)",
    messages: {
      "no-scheme": '{{setting}} "{{url}}" has no scheme: Airflow {{version}} takes the whole text as the path the UI is served under ({{root}}) instead of a host name, so the UI is not found where users open it and links built from the base URL (log links, e-mail and alert links) are broken{{note}}.',
      "trailing-slash": '{{setting}} ends with "/": Airflow {{version}} refuses it and the webserver does not start ("webserver.base_url conf cannot have a trailing slash."){{note}}.',
      "localhost-behind-proxy": "{{setting}} is on {{host}}, but the UI is served behind a proxy ([webserver] enable_proxy_fix is True): links Airflow builds from the base URL \u2014 log links, e-mail and alert links, login redirects \u2014 point at {{host}}, which users cannot reach{{note}}."
    }
  },
  check(context) {
    const facts = context.knowledge.baseUrl;
    if (!facts) return;
    const value = effectiveOption(context, facts.section, facts.option);
    if (!value || value.origin === "default") return;
    const resolved = resolveValue(context, value);
    if (!resolved.known) return;
    const url = resolved.text.trim();
    if (url === "") return;
    const version = context.knowledge.airflowVersion;
    if (url.endsWith("/") && facts.rootPathFor[TRAILING_SLASH_PROBE] === null) {
      reportValue(context, value, { messageId: "trailing-slash", data: { version }, fix: `Write it without the trailing slash: ${trimTrailing(url, "/")}` });
      return;
    }
    if (!SCHEME.test(url) && !url.startsWith("/")) {
      const root = facts.rootPathFor[NO_SCHEME_PROBE];
      if (!root?.startsWith(NO_SCHEME_PROBE)) return;
      reportValue(context, value, {
        messageId: "no-scheme",
        data: { url, version, root: `"${trimTrailing(url, "/")}/"` },
        fix: `Write the full URL users open, with its scheme: https://${trimTrailing(url, "/")}`
      });
      return;
    }
    const host = urlHost(url);
    if (facts.section === "webserver" && isLoopbackHost(host) && behindProxy(context)) {
      reportValue(context, value, {
        messageId: "localhost-behind-proxy",
        data: { host: host ?? "" },
        severity: "warning",
        fix: "Set the base URL to the public address of the proxy, with the path prefix the proxy serves Airflow under (https://airflow.example.com/airflow)."
      });
    }
  }
};
function behindProxy(context) {
  const value = effectiveOption(context, "webserver", "enable_proxy_fix");
  if (!value || value.origin === "default") return false;
  const resolved = resolveValue(context, value);
  return resolved.known && airflowBoolean(resolved.text) === true;
}

// src/rules/apf160-celery-result-backend-url.ts
var SCHEME2 = /^\s*([A-Za-z][\w+.-]*):\/\//;
var celeryResultBackendUrl = {
  meta: {
    id: "APF160",
    alias: "celery-result-backend-url",
    description: "`[celery] result_backend` is a database URL without the `db+` prefix, or uses the `postgres` dialect name SQLAlchemy no longer knows.",
    severity: "error",
    tags: ["production"],
    versions: "all (with the Celery provider's options, from the provider release each Airflow release installs)",
    messages: {
      "missing-db-prefix": `{{setting}} starts with "{{scheme}}://", which Celery reads as the name of a result backend, not a database: the worker stops with "ModuleNotFoundError: No module named '{{backend}}'"{{note}}.`,
      "postgres-alias": `{{setting}} uses the "{{dialect}}" dialect, which SQLAlchemy {{sqlalchemy}} does not know: Airflow rewrites that name only in the metastore URL and hands the result backend to Celery as written, so storing a result fails with "NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres"{{note}}.`
    }
  },
  check(context) {
    const provider = sectionProvider(context, "celery");
    const value = provider ? providerOption(context, "celery", "result_backend") : void 0;
    if (!provider || !value) return;
    const resolved = resolveValue(context, value);
    if (!resolved.known) return;
    const match = SCHEME2.exec(resolved.text);
    const scheme = match?.[1];
    if (!match || !scheme) return;
    const offset = match[0].length - scheme.length - 3;
    const span = value.value === resolved.text ? spanInValue(value, offset, scheme.length) : void 0;
    const lower = scheme.toLowerCase();
    if (lower.startsWith("db+")) {
      const dialect2 = lower.slice(3);
      const keptAsWritten = context.knowledge.executorProviders?.[provider]?.celery?.resultBackendKeptAsWritten === true;
      if (!POSTGRES_ALIASES.includes(dialect2) || !keptAsWritten) return;
      reportValue(context, value, {
        messageId: "postgres-alias",
        data: { dialect: dialect2, sqlalchemy: context.knowledge.libraries.sqlalchemy },
        span,
        fix: `Write "db+postgresql${dialect2.slice("postgres".length)}://" instead of "db+${dialect2}://".`
      });
      return;
    }
    const dialect = lower.split("+")[0] ?? lower;
    if (!isDatabaseDialect(context, dialect)) return;
    reportValue(context, value, {
      messageId: "missing-db-prefix",
      data: { scheme, backend: scheme.split("+")[0] ?? scheme },
      span,
      fix: `Prefix the URL with "db+" (db+${POSTGRES_ALIASES.includes(lower) ? "postgresql" : lower}://\u2026), the form Celery's database result backend takes.`
    });
  }
};
function isDatabaseDialect(context, dialect) {
  const metastore = context.knowledge.metastore;
  const known = /* @__PURE__ */ new Set([...metastore.supportedDialects, ...Object.keys(metastore.dialectDrivers ?? {}), ...POSTGRES_ALIASES]);
  return known.has(dialect);
}

// src/rules/apf161-celery-broker-local.ts
var OPTIONS = [
  { option: "broker_url", what: "broker" },
  { option: "result_backend", what: "result backend" }
];
var celeryBrokerLocal = {
  meta: {
    id: "APF161",
    alias: "celery-broker-local",
    description: "A Celery broker or result backend on localhost for Airflow components that run in containers.",
    severity: "error",
    tags: ["deployment"],
    versions: "all",
    messages: {
      local: '{{setting}} points the Celery {{what}} at {{host}}, but this runs in a container{{unit}}, where {{host}} is the container itself: the scheduler cannot queue tasks and the workers cannot fetch them ("Error 111 connecting to {{host}}. Connection refused"){{note}}.'
    }
  },
  check(context) {
    const component = currentComponent(context);
    if (!component || !runsInContainer(component)) return;
    const provider = sectionProvider(context, "celery");
    if (!provider) return;
    if (!usesProviderExecutor(context, provider) && !rolesOf(component).has("worker")) return;
    for (const { option, what } of OPTIONS) {
      const value = providerOption(context, "celery", option);
      if (!value) continue;
      const resolved = resolveValue(context, value);
      if (!resolved.known) continue;
      const text = resolved.text.trim().replace(/^db\+/i, "");
      const host = urlHost(text);
      if (!isLoopbackHost(host)) continue;
      reportValue(context, value, {
        messageId: "local",
        data: { what, host: host ?? "", unit: component.kind === "helm" ? " (a Kubernetes pod)" : " (a compose service)" },
        fix: fixFor2(context, what)
      });
    }
  }
};
function fixFor2(context, what) {
  const service = context.repository?.compose.flatMap((file) => file.services).find((candidate) => what === "broker" ? /(^|\/)(redis|rabbitmq|valkey)(:|@|$)/.test(candidate.image ?? "") : /(^|\/)(postgres|mysql|mariadb)(:|@|$)/.test(candidate.image ?? ""));
  const where2 = service ? `the ${service.name} service's name as the host (as the official docker-compose file does)` : "the service name (compose) or Service DNS name (Kubernetes) of the " + what + " as the host";
  return `Use ${where2}, which every container can resolve.`;
}

// src/rules/apf162-celery-visibility-timeout.ts
var celeryVisibilityTimeout = {
  meta: {
    id: "APF162",
    alias: "celery-visibility-timeout",
    description: "A Celery `visibility_timeout` shorter than the one Airflow sets by default, so long tasks may be delivered to a second worker.",
    severity: "notice",
    tags: ["production"],
    versions: "all (the default comes from the Celery provider release each Airflow release installs)",
    messages: {
      short: "{{setting}} is {{seconds}} seconds ({{human}}): with a {{scheme}} broker, a task still running after that long is delivered to another worker and runs twice. Without this line Airflow sets {{default}} seconds{{note}}."
    }
  },
  check(context) {
    const provider = sectionProvider(context, "celery");
    const facts = provider ? context.knowledge.executorProviders?.[provider]?.celery : void 0;
    if (!facts || facts.defaultVisibilityTimeout === null) return;
    const value = providerOption(context, "celery_broker_transport_options", "visibility_timeout");
    if (!value) return;
    const resolved = resolveValue(context, value);
    const seconds = resolved.known ? pythonInt(resolved.text) : void 0;
    if (seconds === void 0 || seconds <= 0 || seconds >= facts.defaultVisibilityTimeout) return;
    const scheme = brokerScheme(context);
    if (!scheme || !facts.visibilityTimeoutSchemes.includes(scheme)) return;
    reportValue(context, value, {
      messageId: "short",
      data: { seconds, human: duration(seconds), scheme, default: facts.defaultVisibilityTimeout },
      fix: "Set it above the runtime of your longest task, or remove the line to take Airflow's default."
    });
  }
};
function brokerScheme(context) {
  const broker = context.config.get("celery", "broker_url");
  if (!broker) return void 0;
  const resolved = resolveValue(context, broker);
  if (!resolved.known || urlHost(resolved.text) === void 0) return void 0;
  return /^\s*([A-Za-z][\w+.-]*):\/\//.exec(resolved.text)?.[1]?.toLowerCase();
}
function duration(seconds) {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

// src/rules/apf170-remote-logging-incomplete.ts
var remoteLoggingIncomplete = {
  meta: {
    id: "APF170",
    alias: "remote-logging-incomplete",
    description: "Remote logging half configured: switched on without a target Airflow recognises, with a connection id nothing defines, or remote-only options set while it is off.",
    severity: "error",
    tags: ["production"],
    versions: "all (the targets and options come from each release's own logging config)",
    messages: {
      "no-target": '[logging] remote_logging is on, but {{why}}: Airflow {{version}} refuses to load its logging configuration, so every command (scheduler, workers, `airflow db migrate`) fails at start with "Incorrect remote log configuration"{{note}}.',
      "unknown-connection": '{{setting}} is "{{connection}}", but this service defines connections {{defined}} and none named "{{connection}}": unless the metastore or a secrets backend holds it, task logs are not uploaded ({{variable}} would define it){{note}}.',
      "remote-only": "{{setting}} is set, but [logging] remote_logging is off: Airflow {{version}} reads it only for remote logging, so it has no effect{{note}}."
    }
  },
  check(context) {
    const facts = context.knowledge.remoteLogging;
    const enabled = effectiveOption(context, "logging", "remote_logging");
    if (!facts || !enabled || customLoggingConfig(context)) return;
    const resolved = resolveValue(context, enabled);
    if (!resolved.known) return;
    if (airflowBoolean(resolved.text) === true) {
      checkTarget(context, enabled);
      checkConnection(context);
      return;
    }
    if (airflowBoolean(resolved.text) === false) checkRemoteOnly(context);
  }
};
function customLoggingConfig(context) {
  const value = effectiveOption(context, "logging", "logging_config_class");
  return value !== void 0 && (value.variant !== "value" || (value.value ?? "").trim() !== "");
}
function checkTarget(context, enabled) {
  const facts = context.knowledge.remoteLogging;
  if (!facts?.refusesWithoutTarget) return;
  for (const { section, option } of facts.hostOptions) {
    const host = context.config.get(section, option);
    if (!host) continue;
    const text2 = resolveValue(context, host);
    if (!text2.known || text2.text.trim() !== "") return;
  }
  const folder = effectiveOption(context, "logging", "remote_base_log_folder");
  const text = folder ? resolveValue(context, folder) : void 0;
  if (folder && (folder.variant !== "value" || !text?.known)) return;
  const written = text?.known ? text.text.trim() : "";
  if (facts.folderPrefixes.some((prefix) => written.startsWith(prefix))) return;
  const targets = `${facts.folderPrefixes.join(", ")}${facts.hostOptions.map((h) => `, [${h.section}] ${h.option}`).join("")}`;
  const why = written === "" ? `neither [logging] remote_base_log_folder nor ${facts.hostOptions.map((h) => `[${h.section}] ${h.option}`).join(" or ")} is set` : `[logging] remote_base_log_folder "${written}" starts with none of the prefixes Airflow knows`;
  const anchor = folder && folder.origin !== "default" ? folder : enabled;
  reportValue(context, anchor, {
    messageId: "no-target",
    data: { why, version: context.knowledge.airflowVersion },
    fix: `Set [logging] remote_base_log_folder to a location with one of ${targets}, or turn remote logging off.`
  });
}
function checkConnection(context) {
  const value = effectiveOption(context, "logging", "remote_log_conn_id");
  if (!value || value.origin === "default") return;
  const resolved = resolveValue(context, value);
  if (!resolved.known || resolved.text.trim() === "" || secretsBackend(context)) return;
  const connection = resolved.text.trim();
  const names = (currentComponent(context)?.service?.environment ?? []).map((entry) => entry.name).filter((name) => name.startsWith("AIRFLOW_CONN_"));
  const variable = `AIRFLOW_CONN_${connection.toUpperCase()}`;
  if (names.length === 0 || names.includes(variable)) return;
  reportValue(context, value, {
    messageId: "unknown-connection",
    data: { connection, defined: names.map((name) => name.slice("AIRFLOW_CONN_".length).toLowerCase()).join(", "), variable },
    severity: "warning",
    fix: `Define the connection (${variable}, the metastore or a secrets backend), or set remote_log_conn_id to one that exists.`
  });
}
function secretsBackend(context) {
  const backend = effectiveOption(context, "secrets", "backend");
  if (!backend) return false;
  const resolved = resolveValue(context, backend);
  return !resolved.known || resolved.text.trim() !== "";
}
function checkRemoteOnly(context) {
  for (const { section, option } of context.knowledge.remoteLogging?.optionsReadOnlyWhenRemote ?? []) {
    if (section !== "logging") continue;
    const value = effectiveOption(context, section, option);
    if (!value || value.origin === "default") continue;
    const resolved = resolveValue(context, value);
    if (resolved.known && (resolved.text.trim() === "" || airflowBoolean(resolved.text) === false)) continue;
    reportValue(context, value, {
      messageId: "remote-only",
      data: { version: context.knowledge.airflowVersion },
      severity: "notice",
      fix: "Remove the line, or turn remote logging on with a remote_base_log_folder if the logs should leave the machine."
    });
  }
}

// src/rules/apf201-option-moved.ts
var optionMoved = {
  meta: {
    id: "APF201",
    alias: "option-moved",
    description: "An option written at its old place (renamed or moved to another section); the target release still reads it there.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "every release with a deprecated-options map; the moves are those of the target release's own map",
    messages: {
      moved: "{{old}} is now {{new}}{{since}}. Airflow {{version}} still reads the old place with a deprecation warning, but a later release ignores it.",
      movedVariable: "{{variable}} names {{old}}, which is now {{new}}{{since}}. Airflow {{version}} still reads the old name with a deprecation warning, but a later release ignores it."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const restatesDefault = suffix === "" && equalsDefault(node.value, optionFact(knowledge, move.newSection, move.newOption));
      context.report({
        edits: movedOptionEdits(context, node, restatesDefault ? void 0 : { section: move.newSection, key: newKey }),
        messageId: "moved",
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          since: move.since ? ` since Airflow ${move.since}` : "",
          version: knowledge.airflowVersion
        },
        span: node.keySpan,
        // A line that only restates the new place's default changes nothing today: a notice is enough.
        severity: restatesDefault ? "notice" : void 0,
        fix: restatesDefault ? `Delete the line: it restates the default of ${place(move.newSection, move.newOption)}.` : `Write it as \`${newKey} = \u2026\` under [${move.newSection}] and delete this line.`
      });
    }
    checkVariables(context);
  }
};
function checkVariables(context) {
  const { knowledge } = context;
  for (const value of context.config.explicit()) {
    if (value.origin !== "env" || value.variable === void 0 || !value.location || value.provider === "chart") continue;
    const suffix = /_(cmd|secret)$/.exec(value.option)?.[0] ?? "";
    const base = suffix && !stillReadMove(knowledge, value.section, value.option) ? value.option.slice(0, -suffix.length) : value.option;
    const move = stillReadMove(knowledge, value.section, base);
    if (!move) continue;
    const newOption = base === value.option ? move.newOption : move.newOption + suffix;
    const newName = envVarName(move.newSection, newOption);
    context.report({
      messageId: "movedVariable",
      data: {
        variable: value.variable,
        old: place(value.section, value.option),
        new: place(move.newSection, newOption),
        since: move.since ? ` since Airflow ${move.since}` : "",
        version: knowledge.airflowVersion
      },
      file: value.location.file,
      span: value.location.span,
      fix: `Rename the variable to ${newName}.`,
      edits: renameVariableEdits(context, value, newName)
    });
  }
}

// src/rules/apf202-option-not-read.ts
var optionNotRead = {
  meta: {
    id: "APF202",
    alias: "option-not-read",
    description: "An option written at an old place that the target release no longer reads, or that an earlier release had and the target dropped without notice, so its value is silently ignored.",
    severity: "error",
    tags: ["compatibility"],
    versions: "3.0 and later (the renames in the target release's `airflow config lint` list whose old place it no longer reads, and options earlier releases of the knowledge matrix had)",
    messages: {
      ignored: "Airflow {{version}} does not read {{old}} any more: it moved to {{new}}, so this value is silently ignored and {{new}} keeps its default.",
      ignoredDefault: "Airflow {{version}} does not read {{old}} any more: it moved to {{new}}. The value equals the default there, so nothing changes, but the line is dead.",
      unfollowed: "Airflow {{version}} does not read {{old}}: it was renamed to {{steps}}, and Airflow follows a rename one step only, so this value is silently ignored and {{new}} keeps its default.",
      unfollowedDefault: "Airflow {{version}} does not read {{old}}: it was renamed to {{steps}}, and Airflow follows a rename one step only. The value equals the default of {{new}}, so nothing changes, but the line is dead.",
      dropped: "{{old}} was last read by Airflow {{last}} and is ignored by Airflow {{version}}, so this value has no effect.",
      droppedDefault: "{{old}} was last read by Airflow {{last}} and is ignored by Airflow {{version}}. The value equals its default in {{last}}, so nothing changes, but the line is dead."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      if (stillReadMove(knowledge, section.name, option)) continue;
      const chain = unfollowedRenames(knowledge, section.name, option);
      const rename = chain.at(-1) ?? renameOf(knowledge, section.name, option);
      if (!rename) {
        reportDropped(context, knowledge, { section, node, option, suffix });
        continue;
      }
      const restatesDefault = suffix === "" && equalsDefault(node.value, optionFact(knowledge, rename.newSection, rename.newOption));
      context.report({
        edits: movedOptionEdits(context, node, restatesDefault ? void 0 : { section: rename.newSection, key: rename.newOption + suffix }),
        messageId: chain.length > 0 ? restatesDefault ? "unfollowedDefault" : "unfollowed" : restatesDefault ? "ignoredDefault" : "ignored",
        data: {
          version: knowledge.airflowVersion,
          old: place(section.name, node.key),
          new: place(rename.newSection, rename.newOption + suffix),
          steps: chain.map((entry) => place(entry.newSection, entry.newOption + suffix)).join(" and then ")
        },
        span: node.keySpan,
        severity: restatesDefault ? "warning" : void 0,
        fix: restatesDefault ? "Delete the line." : `Write it as \`${rename.newOption + suffix} = \u2026\` under [${rename.newSection}] and delete this line.`
      });
    }
  }
};
function reportDropped(context, knowledge, placed) {
  const { section, node, option, suffix } = placed;
  const former = formerOption(knowledge, section.name, option);
  if (!former) return;
  const fact = { default: former.lastDefault, defaultVariables: former.lastDefaultVariables };
  const restatesDefault = suffix === "" && equalsDefault(node.value, fact);
  context.report({
    // Only a dead line that restates the last default is deleted: any other value may matter to someone.
    edits: restatesDefault ? movedOptionEdits(context, node, void 0) : void 0,
    messageId: restatesDefault ? "droppedDefault" : "dropped",
    data: { version: knowledge.airflowVersion, old: place(section.name, node.key), last: former.lastRelease },
    span: node.keySpan,
    severity: restatesDefault ? "warning" : void 0,
    fix: restatesDefault ? "Delete the line." : `Delete the line; if you relied on it, look up what replaced it in the release notes after Airflow ${former.lastRelease}.`
  });
}

// src/rules/apf203-moved-option-conflict.ts
var movedOptionConflict = {
  meta: {
    id: "APF203",
    alias: "moved-option-conflict",
    description: "An option set at both its old and its new place with different values; Airflow uses the new place.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "every release with a deprecated-options map; the pairs are those of the target release's own map",
    messages: {
      conflict: "{{old}} and {{new}} (line {{newLine}}) are both set, to different values. Airflow {{version}} reads {{new}} first, so this line is ignored."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const current = findOption(context, move.newSection, newKey);
      if (!current || current.value === node.value) continue;
      context.report({
        messageId: "conflict",
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          newLine: current.keySpan.start.line,
          version: knowledge.airflowVersion
        },
        span: node.keySpan,
        fix: `Delete this line and keep the value you want in ${place(move.newSection, newKey)}.`,
        related: [{ file: context.file, span: current.keySpan, message: `${place(move.newSection, newKey)}: the value Airflow uses` }]
      });
    }
  }
};
function findOption(context, section, key) {
  const node = context.document && sectionNamed(context.document, section);
  return node && optionNamed(node, key);
}

// src/rules/apf204-option-removed.ts
var optionRemoved = {
  meta: {
    id: "APF204",
    alias: "option-removed",
    description: "An option, or an option value, that the target release removed; an error when the removal changes what Airflow does.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "3.0 and later (the target release's `airflow config lint` list)",
    messages: {
      removed: "Airflow {{version}} no longer has {{old}}, so this value is ignored. Airflow says: {{airflow}}",
      removedValue: "Airflow {{version}} drops this value of {{old}}: `airflow config update` deletes the line so that the default applies.",
      staleValue: "Airflow {{version}} still reads this value of {{old}}; it is the default of an earlier release, which `airflow config update` deletes so that the current default applies.",
      invalidValue: "Airflow {{version}} does not accept this value of {{old}}. Airflow says: {{airflow}}"
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const placed of placedOptions(context.document)) {
      const { section, node } = placed;
      const option = isKnownOption(knowledge, section.name, node.key) ? node.key : oldKeyBase(knowledge, section.name, node.key);
      for (const change of changesAt(knowledge, section.name, option)) reportChange(context, placed, change);
    }
  }
};
function reportChange(context, { section, node }, change) {
  const data = { version: context.knowledge.airflowVersion, old: place(section.name, node.key), airflow: airflowText(change) };
  const severity = change.breaking ? "error" : void 0;
  if (change.kind === "removed" && change.removeIfEquals === void 0) {
    if (isKnownOption(context.knowledge, section.name, node.key)) return;
    context.report({ messageId: "removed", data, span: node.keySpan, severity, fix: "Delete the line." });
    return;
  }
  if (change.kind === "removed" && change.removeIfEquals === node.value && isKnownOption(context.knowledge, section.name, node.key)) {
    context.report({ messageId: "staleValue", data, span: valueSpanOf(node), severity: "notice", fix: "Delete the line to take the current default, or keep it if you rely on this value." });
    return;
  }
  if (change.kind === "removed" && change.removeIfEquals === node.value) {
    context.report({ messageId: "removedValue", data, span: valueSpanOf(node), severity, fix: "Delete the line, or set a value the release documents." });
    return;
  }
  if (change.kind === "invalid-value" && change.invalidValues?.includes(node.value.trim())) {
    context.report({ messageId: "invalidValue", data, span: valueSpanOf(node), severity: "error", fix: "Set a value the release accepts." });
  }
}
function airflowText(change) {
  const text = change.message || change.suggestion || "";
  return text.replace(/`([^`]*)`/g, "$1").trim() || "the option was removed.";
}

// src/rules/apf205-default-changed.ts
var defaultChanged = {
  meta: {
    id: "APF205",
    alias: "default-changed",
    description: "An option this file sets explicitly although the target release changed its default; the file's value still applies.",
    severity: "notice",
    tags: ["compatibility"],
    versions: "3.0 and later (the default changes in the target release's `airflow config lint` list)",
    messages: {
      changed: "Airflow {{version}} changed the default of {{option}} from `{{oldDefault}}` to `{{newDefault}}`; this file sets {{setTo}}, so the new default does not apply here."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      for (const change of changesAt(knowledge, section.name, node.key)) {
        if (change.kind !== "default-changed" || node.value === change.newDefault) continue;
        if (valueAfterRewrite(knowledge, section.name, node.key, node.value) === change.newDefault) continue;
        const sensitive = optionFact(knowledge, section.name, node.key)?.sensitive === true;
        context.report({
          messageId: "changed",
          data: {
            version: knowledge.airflowVersion,
            option: place(section.name, node.key),
            oldDefault: change.oldDefault ?? "",
            newDefault: change.newDefault ?? "",
            setTo: sensitive ? "its own value" : `\`${node.value}\``
          },
          span: valueSpanOf(node),
          fix: `Keep the line if you want this value on Airflow ${knowledge.airflowVersion}; delete it to take the new default.`
        });
      }
    }
  }
};

// src/rules/apf206-unknown-option.ts
var unknownOption = {
  meta: {
    id: "APF206",
    alias: "unknown-option",
    description: "An option that the target release does not have in a section it knows, so Airflow never reads the value.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      unknown: "Airflow {{version}} has no option {{option}}, so this value is never read.{{suggestion}}"
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      if (!hasCompleteOptionList(knowledge, section.name)) continue;
      if (!isLowerCaseName(node.key)) continue;
      if (isKnownOption(knowledge, section.name, node.key)) continue;
      if (isDescribedChange(knowledge, section.name, oldKeyBase(knowledge, section.name, node.key))) continue;
      context.report({
        messageId: "unknown",
        data: {
          version: knowledge.airflowVersion,
          option: place(section.name, node.key),
          suggestion: didYouMean(suggest(knowledge, section.name, node.key))
        },
        span: node.keySpan,
        fix: "Correct the name, move it to the section that has it, or delete the line."
      });
    }
  }
};
function suggest(knowledge, section, key) {
  const own = closestName(key, Object.keys(sectionFact(knowledge, section)?.options ?? {}));
  if (own) return place(section, own);
  const elsewhere = Object.entries(knowledge.sections).find(([, fact]) => Object.hasOwn(fact.options, key));
  return elsewhere ? place(elsewhere[0], key) : void 0;
}

// src/rules/apf207-unknown-section.ts
var unknownSection = {
  meta: {
    id: "APF207",
    alias: "unknown-section",
    description: "A section that neither Airflow core nor the providers installed with apache-airflow[postgres] declare in the target release.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      misspelled: "Airflow {{version}} has no section [{{section}}], so nothing in it is read. Did you mean [{{suggestion}}]?",
      former: "Airflow {{version}} no longer declares a [{{section}}] section: the options it still reads from here are reported as moved, and any other option in it is ignored.",
      unknown: "[{{section}}] is not known to Airflow {{version}} core or the providers installed with apache-airflow[postgres]. That is fine for a section another provider or your own code reads; otherwise Airflow ignores it."
    }
  },
  check(context) {
    const { knowledge } = context;
    const known = Object.keys(knowledge.sections);
    const homes = newHomeSections(knowledge);
    const oldPlaces = oldPlaceSections(knowledge);
    const changedSections = new Set(knowledge.configChanges.map((change) => change.section));
    for (const section of context.document?.sections ?? []) {
      if (context.documentIsFile === false && section.options.length === 0) continue;
      const name = section.name;
      if (sectionFact(knowledge, name) || homes.has(name)) continue;
      const data = { version: knowledge.airflowVersion, section: name };
      const lowerCase = known.includes(name.toLowerCase()) ? name.toLowerCase() : void 0;
      if (!lowerCase && changedSections.has(name)) {
        context.report({ messageId: "former", data, span: section.nameSpan, fix: "Move the options you still need to their new sections, then delete the section." });
        continue;
      }
      if (!lowerCase && oldPlaces.has(name)) continue;
      const suggestion = lowerCase ?? closestName(name, known);
      if (suggestion) {
        context.report({ messageId: "misspelled", data: { ...data, suggestion }, span: section.nameSpan, fix: `Rename the section to [${suggestion}].` });
      } else {
        context.report({ messageId: "unknown", data, span: section.nameSpan, severity: "notice" });
      }
    }
  }
};

// src/rules/apf208-invalid-value.ts
var PYTHON_CONSTANTS = ["-Infinity", "Infinity", "NaN"];
var invalidValue = {
  meta: {
    id: "APF208",
    alias: "invalid-value",
    description: "A value Airflow cannot convert to the option's type (boolean, integer, float, JSON) or that is not one of its allowed values.",
    severity: "error",
    tags: ["compatibility"],
    versions: "all (types and allowed values of the target release)",
    messages: {
      notInteger: 'Airflow {{version}} reads {{option}} as an integer and `{{value}}` is not a whole number, so the components that read it stop with AirflowConfigException ("Failed to convert value to int").',
      notFloat: 'Airflow {{version}} reads {{option}} as a number and `{{value}}` is not one, so the components that read it stop with AirflowConfigException ("Failed to convert value to float").',
      notBoolean: 'Airflow {{version}} reads {{option}} as a boolean and `{{value}}` is not one of {{accepted}}, so the components that read it stop with AirflowConfigException ("Failed to convert value to bool").',
      notJson: 'Airflow {{version}} reads {{option}} as JSON and this value is not valid JSON, so the components that read it stop with AirflowConfigException ("Unable to parse \u2026 as valid json").',
      notAllowed: "Airflow {{version}} does not accept `{{value}}` for {{option}} and refuses to start; allowed values: {{allowed}}.",
      notDocumented: "Airflow {{version}} documents only these values for {{option}}: {{allowed}}. It does not check `{{value}}` at start-up, so what happens depends on the component that reads it."
    }
  },
  check(context) {
    const { knowledge, document } = context;
    if (!document) return;
    for (const { section, node } of placedOptions(document)) {
      const fact = optionFact(knowledge, section.name, node.key);
      if (!fact || equalsDefault(node.value, fact)) continue;
      if (context.config.get(section.name, node.key)?.node !== node) continue;
      const interpolated = interpolateOption(document, section.name, node.key);
      if (!interpolated.ok || /[$~]/.test(interpolated.value)) continue;
      const problem = fact.sensitive ? jsonProblem(fact, interpolated.value) : problemOf(knowledge, fact, interpolated.value);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: {
          version: knowledge.airflowVersion,
          option: place(section.name, node.key),
          value: fact.sensitive ? "" : interpolated.value,
          ...problem.data
        },
        span: valueSpanOf(node),
        fix: problem.fix,
        severity: problem.severity
      });
    }
  }
};
function problemOf(knowledge, fact, value) {
  if (fact.allowedValues && value !== "" && !fact.allowedValues.includes(value)) {
    const allowed = fact.allowedValues.filter((v) => v !== "").join(", ");
    if (fact.validatedAtStartup === false) {
      return { messageId: "notDocumented", data: { allowed }, fix: `Set one of: ${allowed}.`, severity: "warning" };
    }
    return { messageId: "notAllowed", data: { allowed }, fix: `Set one of: ${allowed}.` };
  }
  const json = jsonProblem(fact, value);
  if (json) return json;
  for (const type of readTypes(fact)) {
    const problem = typeProblem(knowledge, type, value);
    if (problem) return problem;
  }
  return void 0;
}
function readTypes(fact) {
  const types = /* @__PURE__ */ new Set();
  for (const kind of [...fact.readAs ?? [], fact.type]) {
    if (kind === "integer" || kind === "float" || kind === "boolean") types.add(kind);
  }
  return [...types];
}
function typeProblem(knowledge, type, value) {
  switch (type) {
    case "integer":
      return airflowInteger(knowledge, value) !== void 0 ? void 0 : { messageId: "notInteger", fix: "Write a whole number such as 16, without units or comments." };
    case "float":
      return isPythonFloat(value) ? void 0 : { messageId: "notFloat", fix: "Write a number such as 30 or 2.5, without units or comments." };
    case "boolean":
      return booleanProblem(knowledge, value);
  }
}
function booleanProblem(knowledge, value) {
  const facts = knowledge.booleanValues;
  if (!facts) return void 0;
  let text = value.toLowerCase().trim();
  if (facts.stripsInlineComment && text.includes("#")) text = (text.split("#")[0] ?? "").trim();
  if (facts.true.includes(text) || facts.false.includes(text)) return void 0;
  const accepted = [...facts.true, ...facts.false].join(", ");
  return { messageId: "notBoolean", data: { accepted }, fix: `Write ${facts.true[0] ?? "true"} or ${facts.false[0] ?? "false"}.` };
}
function jsonProblem(fact, value) {
  if (!fact.readAs?.includes("json") || value.trim() === "" || isPythonJson(value)) return void 0;
  return {
    messageId: "notJson",
    fix: "Write JSON: double-quoted keys and strings, true/false/null in lower case (it may continue on indented lines)."
  };
}
function isPythonJson(text) {
  const asJson = withoutPythonConstants(text);
  try {
    JSON.parse(asJson);
    return true;
  } catch {
    return false;
  }
}
function withoutPythonConstants(text) {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '"') {
      const end = endOfJsonString(text, at);
      out += text.slice(at, end);
      at = end;
      continue;
    }
    const constant = PYTHON_CONSTANTS.find((word) => text.startsWith(word, at));
    if (constant !== void 0) {
      out += "0";
      at += constant.length;
      continue;
    }
    out += char;
    at += 1;
  }
  return out;
}
function endOfJsonString(text, start) {
  for (let at = start + 1; at < text.length; at += 1) {
    if (text[at] === "\\") at += 1;
    else if (text[at] === '"') return at + 1;
  }
  return text.length;
}

// src/rules/apf209-restates-defaults.ts
var FULL_DUMP_SHARE = 0.5;
var restatesDefaults = {
  meta: {
    id: "APF209",
    alias: "restates-defaults",
    description: "A full dump of Airflow's defaults: most of the file only restates the target release's defaults.",
    severity: "notice",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      dump: "This file is a full dump of defaults: {{restated}} of its {{written}} options only restate the defaults of Airflow {{version}}, and {{differ}} differ. Keeping only the options you changed makes upgrades reviewable and lets new defaults apply."
    }
  },
  check(context) {
    const { knowledge, document } = context;
    const first = document?.sections[0];
    if (!first) return;
    const placed = placedOptions(document);
    const known = placed.filter(({ section, node }) => optionFact(knowledge, section.name, node.key));
    if (known.length < FULL_DUMP_SHARE * coreOptionCount(knowledge)) return;
    const restated = known.filter(({ section, node }) => equalsDefault(node.value, optionFact(knowledge, section.name, node.key))).length;
    context.report({
      messageId: "dump",
      data: { restated, written: placed.length, differ: placed.length - restated, version: knowledge.airflowVersion },
      span: first.nameSpan,
      fix: "Delete the lines that restate defaults (or generate the file with only your changes)."
    });
  }
};
function coreOptionCount(knowledge) {
  return Object.values(knowledge.sections).filter((section) => section.owner === "core").reduce((sum2, section) => sum2 + Object.keys(section.options).length, 0);
}

// src/rules/apf210-option-name-not-lower-case.ts
var optionNameNotLowerCase = {
  meta: {
    id: "APF210",
    alias: "option-name-not-lower-case",
    description: "An option name with upper-case letters: Airflow keeps option names as written and looks them up in lower case, so the value is never read.",
    severity: "error",
    tags: ["compatibility"],
    versions: "all (AirflowConfigParser.optionxform keeps case in every 2.x and 3.x release)",
    messages: {
      changes: "Airflow looks options up in lower case, so {{written}} is never read: Airflow uses {{fallback}} for {{option}} instead of this value.",
      same: "Airflow looks options up in lower case, so {{written}} is never read. {{option}} has this value anyway ({{fallback}}), so nothing changes, but the line is dead.",
      unknown: "Airflow looks options up in lower case, so {{written}} is never read by Airflow; only code that reads the whole section as written could see it."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      if (isLowerCaseName(node.key)) continue;
      const lower = node.key.toLowerCase();
      const readWhole = knowledge.sectionsReadWhole?.includes(section.name) === true;
      const target = readPlace(knowledge, section.name, lower);
      if (readWhole && !target) continue;
      const fix = `Write the name in lower case: \`${lower} = \u2026\`.`;
      if (!target) {
        const edits2 = renameKeyEdits(context, node, lower);
        context.report({ messageId: "unknown", data: { written: place(section.name, node.key) }, span: node.keySpan, severity: "warning", fix, edits: edits2 });
        continue;
      }
      const effective = context.config.get(target.section, target.option);
      const same = sameValue(node, lower.slice(target.base.length), effective);
      const edits = renameKeyEdits(context, node, lower, same);
      context.report({
        messageId: same ? "same" : "changes",
        data: {
          written: place(section.name, node.key),
          option: place(target.section, target.option),
          fallback: describeFallback(knowledge, target, effective)
        },
        span: node.keySpan,
        severity: same ? "warning" : void 0,
        fix,
        edits
      });
    }
  }
};
function readPlace(knowledge, section, lower) {
  const base = oldKeyBase(knowledge, section, lower);
  if (isKnownOption(knowledge, section, lower)) return { section, option: base, base };
  const move = stillReadMove(knowledge, section, base);
  if (move && optionFact(knowledge, move.newSection, move.newOption)) return { section: move.newSection, option: move.newOption, base };
  return void 0;
}
function sameValue(node, suffix, effective) {
  if (!effective) return false;
  const variant = suffix === "" ? "value" : suffix.slice(1);
  if (effective.variant !== variant) return false;
  return (variant === "value" ? effective.value : effective.reference) === node.value;
}
function describeFallback(knowledge, target, effective) {
  if (!effective) return "no value";
  if (effective.origin === "env") return `the value of ${effective.variable ?? "its environment variable"}`;
  if (effective.origin === "cfg") {
    const line = effective.location?.span.start.line;
    return line === void 0 ? "the value written elsewhere" : `the value on line ${line}`;
  }
  if (optionFact(knowledge, target.section, target.option)?.sensitive) return "its default";
  return `its default \`${effective.value ?? ""}\``;
}

// src/rules/apf301-source-unreadable.ts
var sourceUnreadable = {
  meta: {
    id: "APF301",
    alias: "source-unreadable",
    description: "A compose file or Helm values file that is not valid YAML: Compose and Helm refuse it, and none of its settings are checked.",
    severity: "error",
    tags: ["syntax", "deployment"],
    versions: "all",
    messages: {
      invalidYaml: "This file is not valid YAML ({{detail}}): docker compose and helm refuse it, and its Airflow settings were not checked."
    }
  },
  // The engine reports it while reading the file; there is nothing left to check here.
  scope: "repository",
  check() {
  }
};

// src/rules/apf3-support.ts
function closest(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 4));
  return nearest(word, candidates, false, limit)?.candidate;
}
function where(location2) {
  return location2 ? `${location2.file}:${location2.span.start.line}` : "the default";
}
function relatedAt(location2, message) {
  return { file: location2.file, span: location2.span, message };
}
function isSensitive(knowledge, section, option) {
  return knowledge.sections[section]?.options[option]?.sensitive === true;
}
function deployments(repository) {
  const groups = /* @__PURE__ */ new Map();
  for (const component of repository.components) {
    if (component.kind === "cfg") continue;
    groups.set(component.file, [...groups.get(component.file) ?? [], component]);
  }
  return [...groups.values()];
}

// src/rules/apf302-ignored-variable.ts
var VARIANT = /_(cmd|secret)$/;
var ignoredVariable = {
  meta: {
    id: "APF302",
    alias: "ignored-variable",
    description: "An AIRFLOW__SECTION__KEY variable that names no option of the target release, so Airflow ignores it.",
    severity: "warning",
    tags: ["compatibility", "deployment"],
    versions: "all; names removed in Airflow 3 are reported on 3.x",
    messages: {
      unknownOption: "Airflow {{version}} ignores {{variable}}: [{{section}}] has no option `{{option}}`.{{suggestion}}",
      extraSeparator: "Airflow {{version}} ignores {{variable}}: Airflow splits the name at the first two `__` only, so it reads option `{{option}}` of [{{section}}], which does not exist.{{suggestion}}",
      unknownSection: "Airflow {{version}} ignores {{variable}}: there is no section [{{section}}].{{suggestion}}",
      removed: "Airflow {{version}} no longer reads {{variable}}: [{{section}}] {{option}} {{change}}.{{suggestion}}"
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      if (value.origin !== "env" || value.variable === void 0 || !value.location || value.provider === "chart") continue;
      const problem = diagnose(value, context.knowledge);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: {
          version: context.target.knowledgeVersion,
          variable: value.variable,
          section: value.section,
          option: value.option,
          change: problem.change ?? "",
          suggestion: problem.suggestion ? ` Did you mean ${problem.suggestion}?` : ""
        },
        file: value.location.file,
        span: value.location.span,
        fix: problem.suggestion ? `Rename the variable to ${problem.suggestion}.` : "Remove the variable, or correct its name to an option of this release.",
        edits: problem.messageId === "removed" ? renameVariableEdits(context, value, problem.suggestion) : void 0
      });
    }
  }
};
function diagnose(value, knowledge) {
  const section = knowledge.deprecatedSections.find((s) => s.section === value.section)?.newSection ?? value.section;
  const suffix = VARIANT.exec(value.option);
  const option = suffix && isSensitive(knowledge, section, value.option.replace(VARIANT, "")) ? value.option.replace(VARIANT, "") : value.option;
  const variantSuffix = option === value.option ? "" : `_${suffix?.[1]?.toUpperCase() ?? ""}`;
  const facts = knowledge.sections[section];
  if (facts?.options[option]) return void 0;
  if (knowledge.deprecatedOptions.some((d) => d.section === value.section && d.option === option)) return void 0;
  const change = knowledge.configChanges.find((c) => c.section === value.section && c.option === option && (c.kind === "removed" || c.kind === "renamed"));
  if (change) {
    const target = change.renamedTo;
    return {
      messageId: "removed",
      change: target ? `moved to [${target.section}] ${target.option}` : "was removed",
      suggestion: target ? envVarName(target.section, target.option) + variantSuffix : void 0
    };
  }
  if (!facts) {
    const guess2 = closest(section, Object.keys(knowledge.sections));
    if (guess2 === void 0) return void 0;
    const suggestion2 = knowledge.sections[guess2]?.options[option] ? envVarName(guess2, option) + variantSuffix : `a variable of [${guess2}]`;
    return { messageId: "unknownSection", suggestion: suggestion2 };
  }
  if (!isComplete(facts.owner, knowledge)) return void 0;
  const options = Object.keys(facts.options);
  if (option.includes("__")) {
    const joined = option.replace(/__+/g, "_");
    const guess2 = facts.options[joined] ? joined : closest(joined, options);
    return { messageId: "extraSeparator", suggestion: guess2 ? envVarName(section, guess2) + variantSuffix : void 0 };
  }
  const guess = closest(option, options);
  const elsewhere = Object.entries(knowledge.sections).find(([, other]) => other.options[option])?.[0];
  const suggestion = guess ? envVarName(section, guess) : elsewhere ? envVarName(elsewhere, option) : void 0;
  return { messageId: "unknownOption", suggestion: suggestion ? suggestion + variantSuffix : void 0 };
}
function isComplete(owner, knowledge) {
  return owner === "core" || Object.hasOwn(knowledge.providers ?? {}, owner);
}

// src/rules/apf303-override-conflict.ts
var WATCHED = [
  { section: "core", option: "executor", what: "executor" },
  { section: "database", option: "sql_alchemy_conn", what: "metastore" }
];
var overrideConflict = {
  meta: {
    id: "APF303",
    alias: "override-conflict",
    description: "The cfg file and a variable set different executors or metastores: the variable wins, and the cfg line is dead.",
    severity: "notice",
    tags: ["deployment"],
    versions: "all",
    messages: {
      overridden: "The {{what}} set here ({{cfgValue}}) is not the one that runs: {{variable}} at {{where}} overrides it with {{envValue}}, and variables win over the cfg file."
    }
  },
  check(context) {
    for (const watched of WATCHED) {
      const winner = context.config.get(watched.section, watched.option);
      if (!winner || winner.origin !== "env" || winner.value === void 0 || !winner.location) continue;
      for (const loser of winner.overridden) {
        if (loser.origin !== "cfg" || !loser.location || loser.value === void 0 || loser.value === winner.value) continue;
        context.report({
          messageId: "overridden",
          data: { what: watched.what, cfgValue: shown(loser), variable: winner.variable ?? "", where: where(winner.location), envValue: shown(winner) },
          file: loser.location.file,
          span: loser.location.span,
          fix: `Write the value that runs in the cfg too, or remove the line, so that readers of the file are not misled.`,
          related: [relatedAt(winner.location, `${winner.variable ?? "the variable"} sets the ${watched.what} that runs`)]
        });
      }
    }
  }
};
function shown(value) {
  return `\`${maskUrlPasswords(value.value ?? "")}\``;
}

// src/rules/apf304-shared-value-mismatch.ts
var SHARED = [
  { section: "webserver", option: "secret_key", why: "log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN" },
  { section: "api", option: "secret_key", why: "log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN" },
  { section: "api_auth", option: "jwt_secret", why: "tokens issued by one component are refused by another ('Signature verification failed')" },
  { section: "core", option: "fernet_key", why: "connections and variables encrypted by one component cannot be decrypted by another (InvalidToken)" },
  { section: "database", option: "sql_alchemy_conn", why: "the components do not share one metastore, so they do not see each other\u2019s work" }
];
var sharedValueMismatch = {
  meta: {
    id: "APF304",
    alias: "shared-value-mismatch",
    description: "Components of one installation get different values (or none) for a value they must share: secret_key, jwt_secret, fernet_key, the metastore URL.",
    severity: "error",
    tags: ["deployment", "security"],
    versions: "all; the option names follow the target release ([webserver] secret_key on 2.x, [api] secret_key on 3.x)",
    messages: {
      differs: "[{{section}}] {{option}} set here reaches {{components}}, but {{others}} get a different value: {{why}}.",
      missing: "{{component}} gets no [{{section}}] {{option}}, so Airflow generates a random one in it, while {{others}} get one from {{where}}: {{why}}."
    }
  },
  scope: "repository",
  check(context) {
    for (const group of deployments(context.repository ?? { components: [], compose: [], helm: [], scripts: [] })) {
      if (group.length < 2) continue;
      for (const shared of SHARED) {
        const fact = context.knowledge.sections[shared.section]?.options[shared.option];
        if (!fact) continue;
        checkGroup(context, group, shared, fact.generated === true && fact.default === null);
      }
    }
  }
};
function checkGroup(context, group, shared, generated) {
  const received = group.map((component) => ({ component, value: component.config.get(shared.section, shared.option) }));
  const set = received.filter((r) => r.value !== void 0 && r.value.origin !== "default");
  const distinct = new Set(set.map((r) => identity(r.value)));
  const data = { section: shared.section, option: shared.option, why: shared.why };
  if (distinct.size > 1) {
    const byLocation = /* @__PURE__ */ new Map();
    for (const r of set) {
      const location2 = r.value?.location;
      if (!location2) continue;
      const key = `${location2.file}:${location2.span.start.line}:${location2.span.start.column}`;
      const entry = byLocation.get(key) ?? { location: location2, components: [] };
      entry.components.push(serviceName(r.component));
      byLocation.set(key, entry);
    }
    const entries = [...byLocation.values()];
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).flatMap((other) => other.components);
      context.report({
        messageId: "differs",
        data: { ...data, components: entry.components.join(", "), others: others.join(", ") },
        file: entry.location.file,
        span: entry.location.span,
        fix: `Set one [${shared.section}] ${shared.option} for every component (for example once in the shared environment block), from the same secret.`,
        related: entries.filter((other) => other !== entry).map((other) => relatedAt(other.location, `another value for ${other.components.join(", ")}`))
      });
    }
  }
  const source = set[0]?.value?.location;
  if (!generated || !source) return;
  for (const r of received.filter((r2) => !set.includes(r2))) {
    const service = r.component.service;
    if (!service) continue;
    context.report({
      messageId: "missing",
      data: { ...data, component: service.name, others: set.map((s) => serviceName(s.component)).join(", "), where: where(source) },
      file: r.component.file,
      span: service.nameSpan,
      fix: `Give ${service.name} the same [${shared.section}] ${shared.option} as the other components.`,
      related: [relatedAt(source, "the value the other components get")]
    });
  }
}
function identity(value) {
  return `${value?.variant ?? ""}\0${value?.value ?? value?.reference ?? ""}`;
}
function serviceName(component) {
  return component.service?.name ?? withoutParenthesis(component.name);
}
function withoutParenthesis(name) {
  const open = name.indexOf(" (");
  return open >= 0 && name.endsWith(")") ? name.slice(0, open) : name;
}

// src/rules/apf305-value-and-command.ts
var VARIANT2 = /_(cmd|secret)$/;
var valueAndCommand = {
  meta: {
    id: "APF305",
    alias: "value-and-command",
    description: "An option set both directly and through its _cmd or _secret form in the same place: Airflow uses one and silently ignores the other.",
    severity: "warning",
    tags: ["deployment", "security"],
    versions: "all",
    messages: {
      ignored: "{{name}} is ignored: {{winner}} at {{where}} is read first (Airflow reads the value, then `_cmd`, then `_secret`)."
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      const base = value.option.replace(VARIANT2, "");
      if (base === value.option || !isSensitive(context.knowledge, value.section, base) || !value.location) continue;
      const variant = value.option.endsWith("_cmd") ? "cmd" : "secret";
      const winner = context.config.get(value.section, base);
      if (!winner?.location || winner.origin !== value.origin || winner.variant === variant) continue;
      report4(value, winner);
    }
    function report4(ignored, winner) {
      if (!ignored.location || !winner.location) return;
      context.report({
        messageId: "ignored",
        data: { name: nameOf(ignored), winner: nameOf(winner), where: where(winner.location) },
        file: ignored.location.file,
        span: ignored.location.span,
        fix: `Keep one form of [${winner.section}] ${winner.option}: remove ${nameOf(ignored)}, or remove ${nameOf(winner)} to read it from the command or secret.`,
        related: [relatedAt(winner.location, `${nameOf(winner)} is the value Airflow uses`)]
      });
    }
  }
};
function nameOf(value) {
  if (value.origin === "env") return value.variable ?? "";
  const suffix = value.variant === "value" ? "" : `_${value.variant}`;
  const option = value.option.endsWith("_cmd") || value.option.endsWith("_secret") ? value.option : `${value.option}${suffix}`;
  return `[${value.section}] ${option}`;
}

// src/rules/apf306-db-command.ts
var OLD_COMMAND = /\bairflow["',\s\-]+(?:(initdb|upgradedb)|db["',\s\-]+(init|upgrade))\b/g;
var dbCommand = {
  meta: {
    id: "APF306",
    alias: "db-command",
    description: "A script or compose command creates or upgrades the metastore with a command the target release does not have (error) or deprecates (warning).",
    severity: "warning",
    tags: ["compatibility", "deployment"],
    versions: "all; the release's CLI commands (which exist, which are deprecated and their replacement) come from the knowledge data",
    messages: {
      removed: "Airflow {{version}} has no `airflow {{command}}` command: the CLI stops with \"invalid choice: '{{word}}'\", so the metastore is never created or upgraded and what runs after it does not start.",
      deprecated: "`airflow {{command}}` is deprecated in Airflow {{version}}: it still runs but warns, and a release that drops it stops the container; the release uses `airflow {{replacement}}`.",
      oldCommand: "`airflow {{command}}` is not how Airflow {{version}} creates or upgrades the metastore: it uses `airflow {{migrate}}`."
    }
  },
  scope: "repository",
  check(context) {
    const migrate = context.knowledge.metastore.migrateCommand.join(" ");
    const version = context.target.knowledgeVersion;
    const commands = context.knowledge.cli?.commands;
    for (const match of oldCommands(context)) {
      if (match.command === migrate) continue;
      const fact = commands?.[match.command];
      const where2 = { file: match.file, span: match.span };
      if (commands && !fact) {
        context.report({
          ...where2,
          messageId: "removed",
          severity: "error",
          data: { command: match.command, version, word: match.command.split(" ").at(-1) ?? match.command },
          fix: runInstead(migrate, migrate)
        });
      } else if (fact?.deprecated) {
        const replacement = fact.replacement ?? migrate;
        context.report({ ...where2, messageId: "deprecated", data: { command: match.command, version, replacement }, fix: runInstead(replacement, migrate) });
      } else {
        context.report({ ...where2, messageId: "oldCommand", data: { command: match.command, version, migrate }, fix: runInstead(migrate, migrate) });
      }
    }
  }
};
function runInstead(command, migrate) {
  const why = command === migrate ? ": it creates the metastore when it is empty and upgrades it otherwise" : "";
  return `Run \`airflow ${command}\` instead${why}.`;
}
function oldCommands(context) {
  const repository = context.repository;
  if (!repository) return [];
  const found = [];
  for (const compose of repository.compose) {
    for (const service of compose.services.filter((s) => s.runsAirflow)) {
      for (const command of service.commands) {
        const range = command.node.range;
        if (range) found.push(...matchText(compose.yaml, range[0], range[1]).map((m) => ({ ...m, file: compose.file })));
      }
    }
  }
  for (const script of repository.scripts) {
    found.push(...matchText(indexText(script.text), 0, script.text.length).filter((m) => !isCommentLine(script.text, m.span.start.line)).map((m) => ({ ...m, file: script.path })));
  }
  const seen = /* @__PURE__ */ new Set();
  return found.filter((m) => {
    const key = `${m.file}:${m.span.start.line}:${m.span.start.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function matchText(yaml, start, end) {
  const text = yaml.text.slice(start, end);
  const matches = [];
  for (const match of text.matchAll(OLD_COMMAND)) {
    const command = match[1] ?? `db ${match[2] ?? ""}`;
    const offset = start + (match.index ?? 0);
    matches.push({ command, span: offsetSpan(yaml, offset, offset + match[0].length) });
  }
  return matches;
}
function isCommentLine(text, line) {
  return /^\s*#/.test(text.split("\n")[line - 1] ?? "");
}

// src/rules/apf307-concurrent-migrations.ts
var MIGRATION = /\bairflow["',\s\-]+(?:initdb|upgradedb|db["',\s\-]+(?:migrate|upgrade|init))\b/;
var IMAGE_MIGRATION_VARIABLES = ["_AIRFLOW_DB_MIGRATE", "_AIRFLOW_DB_UPGRADE"];
var concurrentMigrations = {
  meta: {
    id: "APF307",
    alias: "concurrent-migrations",
    description: "Several services of one compose file migrate the metastore when they start, so their migrations race.",
    severity: "warning",
    tags: ["deployment"],
    versions: "all",
    messages: {
      several: "{{services}} migrate the metastore when they start, and so do {{others}}: started together, the migrations race (`relation \u2026 already exists`, `duplicate key`)."
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const migrators = compose.services.filter((s) => s.runsAirflow).flatMap((service) => {
        const span = migrationSpan(service, compose.yaml);
        return span ? [{ service: service.name, span }] : [];
      });
      if (migrators.length < 2) continue;
      const byLine = /* @__PURE__ */ new Map();
      for (const migrator of migrators) {
        const key = `${migrator.span.start.line}:${migrator.span.start.column}`;
        const entry = byLine.get(key) ?? { span: migrator.span, services: [] };
        entry.services.push(migrator.service);
        byLine.set(key, entry);
      }
      for (const entry of byLine.values()) {
        const others = migrators.map((m) => m.service).filter((name) => !entry.services.includes(name));
        context.report({
          messageId: "several",
          data: { services: entry.services.join(", "), others: others.length > 0 ? others.join(", ") : "each other" },
          file: compose.file,
          span: entry.span,
          fix: "Migrate from one service only (an init service that the others depend on with `condition: service_completed_successfully`)."
        });
      }
    }
  }
};
function migrationSpan(service, yaml) {
  for (const command of service.commands) {
    const range = command.node.range;
    if (!range) continue;
    const match = MIGRATION.exec(yaml.text.slice(range[0], range[1]));
    if (match) return offsetSpan(yaml, range[0] + match.index, range[0] + match.index + match[0].length);
  }
  const variable = service.environment.findLast((entry) => IMAGE_MIGRATION_VARIABLES.includes(entry.name));
  return variable && /^true$/i.test(variable.value.trim()) ? variable.location?.span : void 0;
}

// src/rules/apf308-weak-substitution.ts
var weakSubstitution = {
  meta: {
    id: "APF308",
    alias: "weak-substitution",
    description: "A secret variable in a compose file that falls back to a value written in the file, or to nothing, when the substituted variable is unset.",
    severity: "warning",
    tags: ["security", "deployment"],
    versions: "all",
    messages: {
      fallback: "{{variable}} falls back to a value written in this file because no .env of the project sets {{name}}: everyone who can read the repository knows this secret, and every installation shares it.",
      empty: "{{variable}} is empty unless the shell that runs `docker compose` sets {{name}}: no .env of the project sets it, so Airflow gets an empty secret."
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const seen = /* @__PURE__ */ new Set();
      for (const service of compose.services.filter((s) => s.runsAirflow)) {
        for (const entry of service.environment) {
          if (seen.has(entry) || !isSecretVariable(entry.name, context.knowledge)) continue;
          seen.add(entry);
          for (const substitution of entry.substitutions) {
            const secretPart = substitution.start === 0 && substitution.end === entry.raw.length ? true : looksLikeSecretName(substitution.name);
            if (!secretPart) continue;
            const weak2 = substitution.resolution === "fallback" && (substitution.argument ?? "") !== "";
            const empty2 = entry.value === "" && (substitution.resolution === "empty" || substitution.resolution === "fallback");
            if (!weak2 && !empty2) continue;
            const start = entry.rawStart + substitution.start;
            context.report({
              messageId: weak2 ? "fallback" : "empty",
              data: { variable: entry.name, name: substitution.name },
              file: compose.file,
              span: offsetSpan(compose.yaml, start, entry.rawStart + substitution.end),
              fix: `Write \${${substitution.name}:?${substitution.name} must be set} so that Compose refuses to start without it, and set ${substitution.name} in an untracked .env or a secret store.`
            });
          }
        }
      }
    }
  }
};
function isSecretVariable(name, knowledge) {
  const parsed = parseEnvVarName(name);
  if (parsed && isSensitive(knowledge, parsed.section, parsed.option)) return true;
  return looksLikeSecretName(name);
}

// src/rules/apf309-missing-components.ts
var missingComponents = {
  meta: {
    id: "APF309",
    alias: "missing-components",
    description: "A compose file or Helm values run a component the release does not have (`webserver` on Airflow 3), or leave out one it needs (the DAG processor, a triggerer for deferrable operators).",
    severity: "error",
    tags: ["deployment"],
    versions: "all; the webserver and DAG-processor checks matter from 3.0 (see the doc)",
    messages: {
      "no-such-command": '{{service}} runs `airflow {{command}}`, which Airflow {{version}} no longer has: the command stops with "airflow command error" and the service exits at once. The UI and REST API are served by `airflow {{replacement}}`.',
      "no-dag-processor": "{{service}} runs the scheduler, but no service runs `airflow dag-processor`: {{why}}, so no DAG file is ever parsed and no DAG shows up in the UI.",
      "dag-processor-disabled": "dagProcessor.enabled is false, but {{why}}: no DAG file is ever parsed and no DAG shows up in the UI.",
      "no-triggerer": '{{setting}} makes operators deferrable by default, but {{where}} runs no triggerer: deferred tasks never resume and stay in the "deferred" state until they time out.'
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) checkCompose2(context, compose);
    for (const values of context.repository?.helm ?? []) checkHelm2(context, values);
  }
};
function checkCompose2(context, compose) {
  const services = compose.services.filter((service) => service.runsAirflow).map((service) => ({ service, roles: serviceRoles(service) }));
  const commands = context.knowledge.cli?.commands;
  const version = context.knowledge.airflowVersion;
  if (commands && !commands["webserver"] && commands["api-server"]) {
    for (const { service } of services.filter((entry) => entry.roles.has("webserver"))) {
      context.report({
        messageId: "no-such-command",
        data: { service: service.name, command: "webserver", version, replacement: "api-server" },
        file: compose.file,
        span: wordSpan(compose, service, /webserver/) ?? service.nameSpan,
        fix: "Run `api-server` instead (command: api-server), on the port it serves (8080 by default)."
      });
    }
  }
  if (services.some((entry) => entry.roles.has("standalone"))) return;
  const has = (role) => services.some((entry) => entry.roles.has(role));
  const scheduler = services.find((entry) => entry.roles.has("scheduler"));
  const schedulerComponent = scheduler && componentOf(context, compose.file, scheduler.service);
  if (scheduler && schedulerComponent && !has("dag-processor")) {
    const why = dagProcessorNeeded(context, schedulerComponent);
    if (why) {
      context.report({
        messageId: "no-dag-processor",
        data: { service: scheduler.service.name, why },
        file: compose.file,
        span: wordSpan(compose, scheduler.service, /scheduler/) ?? scheduler.service.nameSpan,
        fix: "Add a service that runs `airflow dag-processor` with the same image, configuration and DAG folder as the scheduler."
      });
    }
  }
  if (scheduler && schedulerComponent && !has("triggerer")) reportNoTriggerer(context, schedulerComponent, "this compose file");
}
function checkHelm2(context, values) {
  const component = context.repository?.components.find((candidate) => candidate.kind === "helm" && candidate.file === values.file);
  if (!component) return;
  const root = values.root;
  const dagProcessor = enabledFlag(values, mapGet(values.yaml, root, "dagProcessor")?.value);
  if (dagProcessor?.enabled === false) {
    const why = dagProcessorNeeded(context, component);
    if (why) {
      context.report({
        messageId: "dag-processor-disabled",
        data: { why },
        file: values.file,
        span: dagProcessor.span,
        fix: "Remove `enabled: false` under dagProcessor (the chart enables it for Airflow 3)."
      });
    }
  }
  const triggerer = enabledFlag(values, mapGet(values.yaml, root, "triggerer")?.value);
  if (triggerer?.enabled === false) reportNoTriggerer(context, component, "these values (triggerer.enabled is false)");
}
function dagProcessorNeeded(context, component) {
  const version = context.knowledge.airflowVersion;
  if (!context.knowledge.cli?.commands["dag-processor"]) return void 0;
  const option = context.knowledge.sections["scheduler"]?.options["standalone_dag_processor"];
  if (!option) return `Airflow ${version} has no [scheduler] standalone_dag_processor: its scheduler never parses DAG files, the DAG processor does`;
  const value = component.config.get("scheduler", "standalone_dag_processor");
  if (!value || value.origin === "default") return void 0;
  const resolved = resolveValue(contextFor(context, component), value);
  return resolved.known && airflowBoolean(resolved.text) === true ? "[scheduler] standalone_dag_processor is True, so the scheduler leaves DAG parsing to it" : void 0;
}
function reportNoTriggerer(context, component, where2) {
  const value = component.config.get("operators", "default_deferrable");
  if (!value || value.origin === "default" || !context.knowledge.sections["operators"]?.options["default_deferrable"]) return;
  const scoped = contextFor(context, component);
  const resolved = resolveValue(scoped, value);
  if (!resolved.known || airflowBoolean(resolved.text) !== true) return;
  const location2 = locateValue(scoped, value);
  context.report({
    messageId: "no-triggerer",
    data: { setting: "[operators] default_deferrable", where: where2 },
    file: location2.file,
    span: location2.span,
    severity: "warning",
    fix: "Run a triggerer (`airflow triggerer`, or triggerer.enabled: true in the chart), or set default_deferrable back to False."
  });
}
function contextFor(context, component) {
  return { ...context, config: component.config, file: component.file };
}
function componentOf(context, file, service) {
  return context.repository?.components.find((candidate) => candidate.kind === "compose" && candidate.file === file && candidate.service?.name === service.name);
}
function enabledFlag(values, node) {
  const entry = mapGet(values.yaml, node, "enabled");
  const text = scalarText(values.yaml, entry?.value);
  const span = nodeSpan(values.yaml, entry?.keyNode);
  if (text === void 0 || !span) return void 0;
  const enabled = airflowBoolean(text);
  return enabled === void 0 ? void 0 : { enabled, span };
}
function wordSpan(compose, service, word) {
  for (const command of service.commands) {
    const range = command.node.range;
    if (!range) continue;
    const match = word.exec(compose.yaml.text.slice(range[0], range[1]));
    if (match) return offsetSpan(compose.yaml, range[0] + match.index, range[0] + match.index + match[0].length);
  }
  return void 0;
}

// src/rules/apf310-health-check-disabled.ts
var PORT_HEALTH = /[\w.\]-]:(\d{1,5})\/health\b/;
var HOST_CHAR = /[\w.-]/;
var IPV6_CHAR = /[0-9a-fA-F:]/;
function healthUrl(text) {
  const match = PORT_HEALTH.exec(text);
  if (!match?.[1]) return void 0;
  const colon = match.index + 1;
  let start = colon;
  if (text[colon - 1] === "]") {
    start = colon - 1;
    while (start > 0 && IPV6_CHAR.test(text[start - 1])) start -= 1;
    if (text[start - 1] !== "[" || start === colon - 1) return void 0;
    start -= 1;
  } else {
    while (start > 0 && HOST_CHAR.test(text[start - 1])) start -= 1;
  }
  const scheme = ["https://", "http://"].find((prefix) => text.endsWith(prefix, start));
  if (scheme) start -= scheme.length;
  const end = colon + match[0].length - 1;
  return [text.slice(start, end), match[1]];
}
var healthCheckDisabled = {
  meta: {
    id: "APF310",
    alias: "health-check-disabled",
    description: "A compose healthcheck probes the scheduler's HTTP health endpoint while the scheduler does not serve it (health check off, or another port).",
    severity: "error",
    tags: ["deployment"],
    versions: "all (the option names, defaults and port come from the knowledge data of the target release)",
    messages: {
      disabled: 'The healthcheck of {{service}} requests :{{port}}/health, but [scheduler] enable_health_check is {{state}} for it, so nothing listens there: the container stays "unhealthy", and services that wait for it with `condition: service_healthy` never start.',
      "wrong-port": 'The healthcheck of {{service}} requests :{{port}}/health, but the scheduler serves its health check on port {{configured}} ([scheduler] scheduler_health_check_server_port): the container stays "unhealthy".'
    }
  },
  scope: "repository",
  check(context) {
    const facts = context.knowledge.sections["scheduler"]?.options;
    if (!facts?.["enable_health_check"] || !facts["scheduler_health_check_server_port"]) return;
    for (const compose of context.repository?.compose ?? []) {
      for (const service of compose.services.filter((candidate) => candidate.runsAirflow && serviceRoles(candidate).has("scheduler"))) {
        const probe = healthProbe(compose, service);
        const component = context.repository?.components.find((c) => c.kind === "compose" && c.file === compose.file && c.service?.name === service.name);
        if (probe && component) checkProbe(context, compose, service, component, probe);
      }
    }
  }
};
function checkProbe(context, compose, service, component, probe) {
  const scoped = { ...context, config: component.config, file: component.file };
  const enabled = booleanOf(scoped, "enable_health_check");
  const data = { service: service.name, port: probe.port };
  if (enabled === false) {
    const value = component.config.get("scheduler", "enable_health_check");
    const state = value?.origin === "default" ? "off by default and not switched on" : "False";
    context.report({
      messageId: "disabled",
      data: { ...data, state },
      file: compose.file,
      span: probe.span,
      fix: "Set AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK: 'true' for the scheduler (the official docker-compose file does), or probe with `airflow jobs check --job-type SchedulerJob --local`."
    });
    return;
  }
  const port = integerOf(scoped, "scheduler_health_check_server_port");
  if (enabled === true && port !== void 0 && port !== probe.port) {
    context.report({
      messageId: "wrong-port",
      data: { ...data, configured: port },
      file: compose.file,
      span: probe.span,
      fix: `Probe port ${port}, or set scheduler_health_check_server_port to ${probe.port}.`
    });
  }
}
function booleanOf(context, option) {
  const value = context.config.get("scheduler", option);
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  return resolved.known ? airflowBoolean(resolved.text) : void 0;
}
function integerOf(context, option) {
  const value = context.config.get("scheduler", option);
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  return resolved.known ? pythonInt(resolved.text) : void 0;
}
function healthProbe(compose, service) {
  const services = mapGet(compose.yaml, compose.yaml.doc.contents, "services")?.value;
  const test = mapGet(compose.yaml, mapGet(compose.yaml, mapGet(compose.yaml, services, service.name)?.value, "healthcheck")?.value, "test")?.value;
  const nodes = seqItems(compose.yaml, test);
  for (const node of nodes.length > 0 ? nodes : [test]) {
    const text = scalarText(compose.yaml, node);
    const range = node?.range;
    const match = text === void 0 ? void 0 : healthUrl(text);
    if (!match || !range) continue;
    const source = compose.yaml.text.slice(range[0], range[1]);
    const at = source.indexOf(match[0]);
    const start = range[0] + Math.max(at, 0);
    return { port: Number(match[1]), span: offsetSpan(compose.yaml, start, at >= 0 ? start + match[0].length : range[1]) };
  }
  return void 0;
}

// src/sources/dotenv.ts
var import_dotenv = __toESM(require_dist2(), 1);
function parseDotenv(file, text) {
  const values = import_dotenv.default.parse(text);
  const lines = splitPythonLines(text);
  const entries = [];
  for (const [name, value] of Object.entries(values)) {
    const where2 = lastAssignment(lines, name);
    entries.push({
      name,
      value,
      location: where2 ? { file, span: where2.line } : void 0,
      valueSpan: where2?.value
    });
  }
  return entries;
}
function lastAssignment(lines, name) {
  const pattern = new RegExp(`^(\\s*(?:export\\s+)?)${escapeRegExp(name)}(\\s*[=:]\\s*)`);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = lines[index] ?? "";
    const match = pattern.exec(text);
    if (!match) continue;
    const lineNo = index + 1;
    const keyStart = (match[1] ?? "").length;
    const valueStart = match[0].length;
    return {
      line: { start: { line: lineNo, column: keyStart + 1 }, end: { line: lineNo, column: text.length + 1 } },
      value: { start: { line: lineNo, column: valueStart + 1 }, end: { line: lineNo, column: text.trimEnd().length + 1 } }
    };
  }
  return void 0;
}

// src/rules/apf311-default-admin-password.ts
var WELL_KNOWN = /* @__PURE__ */ new Set(["admin", "airflow", "password", "changeme", "change-me", "admin123", "secret", "123456"]);
function words(text) {
  return [...text.matchAll(/[^\s"',[\]=;&|]+|[;&|]/g)].map((match) => ({ text: match[0], start: match.index ?? 0 }));
}
function createdPasswords(text) {
  const found = [];
  const list = words(text);
  for (let index = 0; index + 1 < list.length; index += 1) {
    if (list[index]?.text !== "users" || list[index + 1]?.text !== "create") continue;
    for (let next = index + 2; next + 1 < list.length; next += 1) {
      const word = list[next]?.text ?? "";
      if (word === ";" || word === "&" || word === "|") break;
      const value = list[next + 1];
      if ((word === "--password" || word === "-p") && value) found.push(value);
    }
  }
  return found;
}
var defaultAdminPassword = {
  meta: {
    id: "APF311",
    alias: "default-admin-password",
    description: "The UI's admin account is created with a well-known password (the official compose file's or chart's default, or admin).",
    severity: "warning",
    tags: ["security", "deployment"],
    versions: "all",
    messages: {
      composeVariable: "{{variable}} makes the admin account's password `{{password}}`, a published default: anyone who reaches the UI can log in as Admin.",
      command: "`airflow users create` gives the account the password `{{password}}`: anyone who reaches the UI can log in with it.",
      chart: "webserver.defaultUser creates the chart's {{role}} account with the password `{{password}}`, the chart's published default: anyone who reaches the UI can log in with it."
    }
  },
  scope: "repository",
  check(context) {
    checkComposeVariables(context);
    checkCommands(context);
    checkDotenvFiles(context);
    for (const values of context.repository?.helm ?? []) checkChart(context, values.yaml, values.root);
  }
};
function weak(password) {
  return password !== void 0 && WELL_KNOWN.has(password.trim().toLowerCase());
}
var FIX5 = "Set the password from a secret that is not in the repository, and change it on running installations.";
function checkComposeVariables(context) {
  for (const compose of context.repository?.compose ?? []) {
    const seen = /* @__PURE__ */ new Set();
    for (const service of compose.services) {
      for (const entry of service.environment) {
        if (entry.name !== "_AIRFLOW_WWW_USER_PASSWORD" || seen.has(entry) || !entry.location) continue;
        seen.add(entry);
        if (!weak(entry.value)) continue;
        const fallback = entry.substitutions.find((substitution) => substitution.resolution === "fallback");
        const span = fallback ? offsetSpan(compose.yaml, entry.rawStart + fallback.start, entry.rawStart + fallback.end) : entry.valueSpan ?? entry.location.span;
        context.report({ messageId: "composeVariable", data: { variable: entry.name, password: entry.value }, file: compose.file, span, fix: FIX5 });
      }
    }
  }
}
function checkDotenvFiles(context) {
  for (const file of context.repository?.files ?? []) {
    if (file.kind !== "env") continue;
    for (const entry of parseDotenv(file.path, file.text)) {
      if (entry.name !== "_AIRFLOW_WWW_USER_PASSWORD" || !weak(entry.value) || !entry.location) continue;
      context.report({
        messageId: "composeVariable",
        data: { variable: entry.name, password: entry.value },
        file: file.path,
        span: entry.valueSpan ?? entry.location.span,
        fix: FIX5
      });
    }
  }
}
function checkCommands(context) {
  for (const compose of context.repository?.compose ?? []) {
    for (const service of compose.services) {
      for (const command of service.commands) {
        const range = command.node.range;
        if (!range) continue;
        reportCommands(context, compose.file, compose.yaml, compose.yaml.text.slice(range[0], range[1]), range[0]);
      }
    }
  }
  for (const script of context.repository?.scripts ?? []) reportCommands(context, script.path, indexText(script.text), script.text, 0);
}
function reportCommands(context, file, indexed, text, offset) {
  for (const word of createdPasswords(text)) {
    if (!weak(word.text)) continue;
    const start = offset + word.start;
    context.report({ messageId: "command", data: { password: word.text }, file, span: offsetSpan(indexed, start, start + word.text.length), fix: FIX5 });
  }
}
function checkChart(context, yaml, root) {
  const user = mapGet(yaml, mapGet(yaml, root, "webserver")?.value, "defaultUser");
  if (!user) return;
  const enabled = scalarText(yaml, mapGet(yaml, user.value, "enabled")?.value);
  if (enabled !== void 0 && /^(false|no|off)$/i.test(enabled)) return;
  const passwordEntry = mapGet(yaml, user.value, "password");
  const password = passwordEntry ? scalarText(yaml, passwordEntry.value) : "admin";
  if (!weak(password) || password === void 0) return;
  const span = nodeSpan(yaml, passwordEntry?.value ?? user.keyNode);
  if (!span) return;
  const role = scalarText(yaml, mapGet(yaml, user.value, "role")?.value) ?? "Admin";
  context.report({ messageId: "chart", data: { role, password }, file: yaml.file, span, fix: FIX5 });
}

// src/suppress/rules.ts
var SUPPRESSION_WITHOUT_REASON = {
  id: "APF901",
  alias: "suppression-without-reason",
  description: "A suppression comment does not say why the finding is acceptable.",
  severity: "warning",
  tags: ["suppression"],
  versions: "all",
  messages: {
    missingReason: 'The suppression of {{rules}} gives no reason; add one after "--".'
  }
};
var UNKNOWN_RULE_IN_SUPPRESSION = {
  id: "APF902",
  alias: "unknown-rule-in-suppression",
  description: "A suppression comment names a rule that does not exist, or cannot be read.",
  severity: "warning",
  tags: ["suppression"],
  versions: "all",
  messages: {
    unknownRule: '"{{ref}}" is not a rule id or alias, so this suppression does not suppress it.',
    malformed: 'This airflow-preflight comment is not a valid suppression; write "# airflow-preflight: disable=RULE[,RULE] -- reason" or "disable-file=\u2026".'
  }
};
var UNUSED_SUPPRESSION = {
  id: "APF903",
  alias: "unused-suppression",
  description: "A suppression comment suppresses nothing.",
  severity: "notice",
  tags: ["suppression"],
  versions: "all",
  messages: {
    unusedInline: "The suppression of {{rule}} is unused: there is no {{rule}} finding on line {{line}}.",
    unusedFile: "The file-wide suppression of {{rule}} is unused: this file has no {{rule}} finding.",
    noTarget: "This suppression applies to no line; put it directly above the line it is for.",
    misplaced: "disable-file works only in the comment block at the top of the file; move it there, or use disable= above the line."
  }
};
var SUPPRESSION_RULES = [
  SUPPRESSION_WITHOUT_REASON,
  UNKNOWN_RULE_IN_SUPPRESSION,
  UNUSED_SUPPRESSION
];

// src/rules/registry.ts
var RULES = [
  configparserError,
  interpolationError,
  inlineComment,
  indentedOption,
  resolvedAtRunTime,
  interpolationTooLarge,
  yamlTooCostly,
  executorUnloadable,
  executorNoParallelism,
  executorProviderMissing,
  sqliteMetastore,
  postgresScheme,
  sqliteRelativePath,
  metastoreDialectUnsupported,
  metastoreUrlIncomplete,
  metastorePasswordInFile,
  urlPasswordUnescaped,
  fernetKeyEmpty,
  fernetKeyInvalid,
  secretInFile,
  secretKeyWeak,
  loadExamples,
  exposeConfig,
  testConnection,
  xcomPickling,
  sensitiveFieldsVisible,
  cookieNotSecure,
  apiAnonymousAccess,
  parallelismInvalid,
  dagTasksAboveParallelism,
  poolExhaustsConnections,
  connectionsExceedMax,
  executionApiLocal,
  baseUrlInvalid,
  celeryResultBackendUrl,
  celeryBrokerLocal,
  celeryVisibilityTimeout,
  remoteLoggingIncomplete,
  optionMoved,
  optionNotRead,
  movedOptionConflict,
  optionRemoved,
  defaultChanged,
  unknownOption,
  unknownSection,
  invalidValue,
  restatesDefaults,
  optionNameNotLowerCase,
  sourceUnreadable,
  ignoredVariable,
  overrideConflict,
  sharedValueMismatch,
  valueAndCommand,
  dbCommand,
  concurrentMigrations,
  weakSubstitution,
  missingComponents,
  healthCheckDisabled,
  defaultAdminPassword
];
var ALL_RULE_METAS = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];

// src/engine/types.ts
var FAIL_ON_LEVELS = ["error", "warning", "notice", "never"];
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function reachesFailLevel(severity, failOn) {
  if (failOn === "never") return false;
  const rank = { notice: 1, warning: 2, error: 3 };
  return rank[severity] >= rank[failOn];
}

// src/io/confine.ts
import { realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { sep } from "node:path";
var workspace;
function confineReadsTo(root) {
  workspace = realpathSync(root);
}
async function assertInsideWorkspace(path) {
  if (workspace === void 0) return;
  let real;
  try {
    real = await realpath(path);
  } catch {
    return;
  }
  if (real === workspace || real.startsWith(workspace.endsWith(sep) ? workspace : `${workspace}${sep}`)) return;
  throw new UsageError(
    `${path}: not read, because it is outside the workspace (it resolves to ${real}); the action reads only files inside GITHUB_WORKSPACE`
  );
}

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function findingAt(base, span) {
  return {
    ...base,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column
  };
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId);
}
function compareText(a, b) {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// src/suppress/apply.ts
function resolveRuleList(refs, resolveRule) {
  const ids = [];
  const unknown = [];
  for (const ref of refs.map((r) => r.trim()).filter((r) => r !== "")) {
    const id = resolveRule(ref);
    if (id === void 0) unknown.push(ref);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
function applySuppressions(findings, suppressions, options) {
  const disabled = new Set(resolveRuleList(options.disable, options.resolveRule).ids);
  const active = options.strictSuppressions ? [] : suppressions.filter((s) => s.problem === void 0);
  const entries = active.flatMap((suppression2) => resolvedEntries(suppression2, options.resolveRule));
  const reported = [];
  const suppressed = [];
  for (const finding of findings) {
    const entry = matchingEntry(finding, entries);
    if (entry) entry.used = true;
    if (disabled.has(finding.ruleId)) {
      suppressed.push({ finding, kind: "disable", reason: void 0 });
    } else if (entry) {
      const { suppression: suppression2 } = entry;
      suppressed.push({ finding, kind: suppression2.kind, reason: suppression2.reason, file: suppression2.file, line: suppression2.line });
    } else {
      reported.push(finding);
    }
  }
  const commentFindings = options.strictSuppressions ? [] : suppressionFindings(suppressions, entries, options.resolveRule);
  const suppressionReported = [];
  for (const finding of commentFindings) {
    if (disabled.has(finding.ruleId)) suppressed.push({ finding, kind: "disable", reason: void 0 });
    else suppressionReported.push(finding);
  }
  return {
    reported: [...reported, ...suppressionReported].sort(compareFindings),
    suppressed,
    suppressionFindings: suppressionReported
  };
}
function resolvedEntries(suppression2, resolveRule) {
  return suppression2.rules.flatMap((reference) => {
    const ruleId = resolveRule(reference.ref);
    return ruleId === void 0 ? [] : [{ suppression: suppression2, reference, ruleId, used: false }];
  });
}
function matchingEntry(finding, entries) {
  const candidates = entries.filter((e) => e.ruleId === finding.ruleId && e.suppression.file === finding.file);
  const inline = candidates.find(({ suppression: suppression2 }) => {
    const covers = suppression2.kind === "inline" ? suppression2.covers : void 0;
    return covers !== void 0 && finding.line >= covers.from && finding.line <= covers.to;
  });
  return inline ?? candidates.find(({ suppression: suppression2 }) => suppression2.kind === "file");
}
function suppressionFindings(suppressions, entries, resolveRule) {
  const out = [];
  for (const suppression2 of suppressions) {
    if (suppression2.problem === "malformed") {
      out.push(commentFinding(suppression2, UNKNOWN_RULE_IN_SUPPRESSION, "malformed", {}));
      continue;
    }
    if (suppression2.reason === void 0) {
      const rules = suppression2.rules.map((r) => r.ref).join(",");
      out.push(commentFinding(suppression2, SUPPRESSION_WITHOUT_REASON, "missingReason", { rules }));
    }
    for (const reference of suppression2.rules) {
      if (resolveRule(reference.ref) === void 0) {
        out.push(referenceFinding(suppression2, reference, UNKNOWN_RULE_IN_SUPPRESSION, "unknownRule", { ref: reference.ref }));
      }
    }
    out.push(...unusedFindings(suppression2, entries));
  }
  return out;
}
function unusedFindings(suppression2, entries) {
  if (suppression2.problem === "misplaced") return [commentFinding(suppression2, UNUSED_SUPPRESSION, "misplaced", {})];
  const own = entries.filter((entry) => entry.suppression === suppression2);
  if (suppression2.kind === "inline" && suppression2.covers === void 0) {
    return own.length > 0 ? [commentFinding(suppression2, UNUSED_SUPPRESSION, "noTarget", {})] : [];
  }
  const messageId = suppression2.kind === "file" ? "unusedFile" : "unusedInline";
  const line = suppression2.covers?.from ?? suppression2.line;
  return own.filter((entry) => !entry.used).map((entry) => referenceFinding(suppression2, entry.reference, UNUSED_SUPPRESSION, messageId, { rule: entry.reference.ref, line }));
}
function commentFinding(suppression2, rule, messageId, data) {
  return {
    file: suppression2.file,
    ruleId: rule.id,
    severity: rule.severity,
    line: suppression2.line,
    column: suppression2.column,
    endLine: suppression2.line,
    endColumn: suppression2.endColumn,
    message: fill(rule.messages[messageId] ?? rule.description, data)
  };
}
function referenceFinding(suppression2, reference, rule, messageId, data) {
  return {
    ...commentFinding(suppression2, rule, messageId, data),
    column: reference.column,
    endColumn: reference.endColumn
  };
}
function fill(template, data) {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name) => name in data ? String(data[name]) : all);
}

// src/suppress/parse.ts
var DIRECTIVE = /^(\s*)[#;]\s*airflow-preflight\s*:(.*)$/i;
var BODY = /^\s*(disable-file|disable)\s*=(.*)$/i;
var RULE_REF = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function parseSuppressions(file, lines, options = {}) {
  const multiLine = options.multiLineValues ?? true;
  const headerEnd = leadingCommentBlockEnd(lines);
  const suppressions = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    const indent = match[1] ?? "";
    const base = { file, line, column: indent.length + 1, endColumn: text.length + 1 };
    const parsed = parseBody(text, text.length - (match[2] ?? "").length);
    if (!parsed) {
      suppressions.push({ ...base, kind: "inline", rules: [], reason: void 0, problem: "malformed" });
      return;
    }
    if (parsed.kind === "file") {
      suppressions.push({ ...base, ...parsed, problem: line <= headerEnd ? void 0 : "misplaced" });
      return;
    }
    suppressions.push({ ...base, ...parsed, covers: coveredLines(lines, line, multiLine) });
  });
  return suppressions;
}
function parseBody(text, offset) {
  const body = text.slice(offset);
  const separator = body.indexOf("--");
  const directive = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? void 0 : body.slice(separator + 2).trim() || void 0;
  const match = BODY.exec(directive);
  if (!match) return void 0;
  const list = match[2] ?? "";
  let cursor = offset + directive.length - list.length;
  const rules = [];
  for (const part of list.split(",")) {
    const ref = part.trim();
    const start = cursor + part.indexOf(ref);
    cursor += part.length + 1;
    if (!RULE_REF.test(ref)) return void 0;
    rules.push({ ref, column: start + 1, endColumn: start + ref.length + 1 });
  }
  return { kind: match[1]?.toLowerCase() === "disable-file" ? "file" : "inline", rules, reason };
}
function leadingCommentBlockEnd(lines) {
  let end = 0;
  for (const text of lines) {
    if (!isBlank(text) && !isComment(text)) break;
    end += 1;
  }
  return end;
}
function coveredLines(lines, commentLine, multiLine) {
  let target = commentLine + 1;
  while (target <= lines.length && isComment(lines[target - 1] ?? "")) target += 1;
  const targetText = lines[target - 1];
  if (targetText === void 0 || isBlank(targetText)) return void 0;
  if (!multiLine || targetText.trimStart().startsWith("[")) return { from: target, to: target };
  const indent = indentOf(targetText);
  let to = target;
  for (let line = target + 1; line <= lines.length; line += 1) {
    const text = lines[line - 1] ?? "";
    if (isBlank(text) || isComment(text)) continue;
    if (indentOf(text) <= indent) break;
    to = line;
  }
  return { from: target, to };
}
function isBlank(text) {
  return text.trim() === "";
}
function isComment(text) {
  const trimmed = text.trimStart();
  return trimmed.startsWith("#") || trimmed.startsWith(";");
}
function indentOf(text) {
  return text.length - text.trimStart().length;
}

// src/components/build.ts
import { posix as posix2 } from "node:path";

// src/sources/compose.ts
import { posix } from "node:path";
function parseCompose(file, text, variables) {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const dir = posix.dirname(file);
  const services = [];
  const servicesNode = mapGet(yaml, yaml.doc.contents, "services");
  for (const entry of servicesNode ? mapEntries(yaml, servicesNode.value) : []) {
    services.push(readService(yaml, entry.key, entry.keyNode, entry.value, dir, variables));
  }
  return { ok: true, compose: { file, yaml, services } };
}
function readService(yaml, name, keyNode, node, dir, variables) {
  const text = (key) => {
    const value = scalarText(yaml, mapGet(yaml, node, key)?.value);
    return value === void 0 ? void 0 : substitute(value, variables).value;
  };
  const image = text("image");
  const environment = readEnvironment(yaml, mapGet(yaml, node, "environment")?.value, variables);
  return {
    name,
    nameSpan: nodeSpan(yaml, keyNode) ?? zeroSpan(),
    environmentSpan: environment[0]?.location?.span,
    image,
    environment,
    envFiles: readEnvFiles(yaml, mapGet(yaml, node, "env_file")?.value, dir, variables),
    volumes: readVolumes(yaml, mapGet(yaml, node, "volumes")?.value, dir, variables),
    commands: readCommands(yaml, node),
    dockerfile: readBuild(yaml, mapGet(yaml, node, "build")?.value, dir, variables),
    runsAirflow: /(^|\/)apache\/airflow(:|@|$)/.test(image ?? "") || environment.some((entry) => entry.name.startsWith("AIRFLOW__") || entry.name === "AIRFLOW_CONFIG")
  };
}
function readEnvironment(yaml, node, variables) {
  if (isMapNode(yaml, node)) {
    const entries = [];
    for (const entry of mapEntries(yaml, node)) {
      const raw = scalarText(yaml, entry.value);
      if (raw === void 0) continue;
      const keySpan = nodeSpan(yaml, entry.keyNode);
      const valueRange = rangeOf(entry.value);
      const valueSpan = nodeSpan(yaml, resolveAlias(yaml, entry.value));
      entries.push(envEntry(yaml, entry.key, raw, variables, keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan, valueSpan, contentStart(yaml, valueRange)));
    }
    return entries;
  }
  return seqItems(yaml, node).flatMap((item) => {
    const text = scalarText(yaml, item);
    const range = rangeOf(item);
    if (text === void 0 || !range) return [];
    const equals = text.indexOf("=");
    if (equals <= 0) return [];
    const start = contentStart(yaml, range);
    const source = yaml.text.slice(start, range[1]);
    const valueOffset = start + source.indexOf("=") + 1;
    const quoted = start !== range[0];
    const valueSpan = offsetSpan(yaml, valueOffset, quoted ? range[1] - 1 : range[1]);
    return [envEntry(yaml, text.slice(0, equals).trim(), text.slice(equals + 1), variables, nodeSpan(yaml, item), valueSpan, valueOffset)];
  });
}
function envEntry(yaml, name, raw, variables, span, valueSpan, rawStart) {
  const { value, substitutions } = substitute(raw, variables);
  const required = substitutions.find((substitution) => substitution.resolution === "required-unset");
  return {
    name,
    value,
    runtime: required ? `Compose requires ${required.name} to be set when it starts (\${${required.name}:?\u2026})` : void 0,
    raw,
    substitutions,
    rawStart,
    location: span ? { file: yaml.file, span } : void 0,
    valueSpan
  };
}
function readEnvFiles(yaml, node, dir, variables) {
  const items = isSeqOrScalar(yaml, node);
  return items.flatMap((item) => {
    const path = scalarText(yaml, item) ?? scalarText(yaml, mapGet(yaml, item, "path")?.value);
    if (path === void 0) return [];
    const required = scalarText(yaml, mapGet(yaml, item, "required")?.value) !== "false";
    return [{ path: relative(dir, substitute(path, variables).value), span: nodeSpan(yaml, item) ?? zeroSpan(), required }];
  });
}
function readVolumes(yaml, node, dir, variables) {
  return seqItems(yaml, node).flatMap((item) => {
    const span = nodeSpan(yaml, item) ?? zeroSpan();
    const short = scalarText(yaml, item);
    let source;
    let target;
    if (short !== void 0) {
      [source, target] = substitute(short, variables).value.split(":");
    } else {
      source = scalarText(yaml, mapGet(yaml, item, "source")?.value);
      target = scalarText(yaml, mapGet(yaml, item, "target")?.value);
      source = source === void 0 ? void 0 : substitute(source, variables).value;
    }
    if (!source || !target || !/^[./~]/.test(source) || source.startsWith("~")) return [];
    return [{ source: relative(dir, source), target: posix.normalize(target), span }];
  });
}
function readCommands(yaml, node) {
  const commands = [];
  for (const key of ["entrypoint", "command"]) {
    const value = mapGet(yaml, node, key)?.value;
    const resolved = resolveAlias(yaml, value);
    const span = nodeSpan(yaml, resolved);
    if (!span) continue;
    const words2 = seqItems(yaml, value).map((item) => scalarText(yaml, item) ?? "");
    const text = words2.length > 0 ? words2.join(" ") : scalarText(yaml, value) ?? "";
    commands.push({ key, text, node: resolved, span });
  }
  return commands;
}
function readBuild(yaml, node, dir, variables) {
  if (node === void 0 || node === null) return void 0;
  const short = scalarText(yaml, node);
  const context = short ?? scalarText(yaml, mapGet(yaml, node, "context")?.value) ?? ".";
  const dockerfile = scalarText(yaml, mapGet(yaml, node, "dockerfile")?.value) ?? "Dockerfile";
  const contextDir = relative(dir, substitute(context, variables).value);
  return relative(contextDir, substitute(dockerfile, variables).value);
}
function isSeqOrScalar(yaml, node) {
  const items = seqItems(yaml, node);
  return items.length > 0 ? items : node === void 0 || node === null ? [] : [node];
}
function rangeOf(node) {
  return node?.range ?? void 0;
}
function contentStart(yaml, range) {
  if (!range) return 0;
  const first = yaml.text[range[0]];
  return first === '"' || first === "'" ? range[0] + 1 : range[0];
}
function relative(dir, path) {
  if (path.startsWith("/")) return posix.normalize(path);
  const joined = posix.normalize(posix.join(dir, path));
  return joined === "" ? "." : joined;
}
function zeroSpan() {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

// src/components/build.ts
var IMAGE_AIRFLOW_HOME = "/opt/airflow";
function buildRepository(input) {
  const globalEnv = [...input.env ?? []];
  const byPath = new Map(input.sources.map((file) => [file.path, file]));
  const unreadable = [];
  const used = /* @__PURE__ */ new Set();
  const compose = parseComposeFiles(input.sources, byPath, unreadable);
  const helm = [];
  for (const file of input.sources.filter((f) => f.kind === "helm" && (f.selected === true || looksLikeAirflowValues(f.text)))) {
    const parsed = parseHelmValues(file.path, file.text, input.target.knowledgeVersion);
    if (parsed.ok) helm.push(parsed.values);
    else unreadable.push(parsed);
  }
  const components = [];
  for (const file of compose) {
    for (const service of mergedServices(file, compose)) {
      if (!service.runsAirflow) continue;
      const cfgPath = mountedCfg(service, input.cfgPaths);
      if (cfgPath) used.add(cfgPath);
      const host = mountedCfgHostPath(service);
      components.push({
        generatedCfg: cfgPath === void 0 && host !== void 0 ? host : void 0,
        name: `${service.name} (${file.file})`,
        kind: "compose",
        file: file.file,
        cfgPath,
        env: [...globalEnv, ...dockerfileEnv(service, byPath), ...envFileEntries(service, byPath), ...service.environment],
        service
      });
    }
  }
  for (const values of helm) components.push(...helmComponents(values, globalEnv, input.target));
  for (const cfgPath of input.cfgPaths) {
    if (used.has(cfgPath)) continue;
    components.push({ name: cfgPath, kind: "cfg", file: cfgPath, cfgPath, env: [...globalEnv, ...ambientEnv(cfgPath, input.sources, compose)] });
  }
  return {
    components,
    compose,
    helm,
    scripts: input.sources.filter((file) => file.kind === "script"),
    dockerfiles: input.sources.filter((file) => file.kind === "dockerfile"),
    unreadable,
    files: input.sources.filter((file) => file.kind !== "cfg")
  };
}
function parseComposeFiles(sources, byPath, unreadable) {
  const files = [];
  for (const file of sources.filter((f) => f.kind === "compose")) {
    const parsed = parseCompose(file.path, file.text, projectVariables(file.path, byPath));
    if (parsed.ok) files.push(parsed.compose);
    else unreadable.push(parsed);
  }
  return files;
}
function projectVariables(composePath, byPath) {
  const dotenv2 = byPath.get(join(posix2.dirname(composePath), ".env"));
  return new Map(dotenv2 ? parseDotenv(dotenv2.path, dotenv2.text).map((entry) => [entry.name, entry.value]) : []);
}
function mergedServices(file, all) {
  if (isOverride(file.file)) {
    const base = all.find((other) => other.file === baseOf(file.file));
    return base ? file.services.filter((service) => !base.services.some((s) => s.name === service.name)) : file.services;
  }
  const override = all.find((other) => isOverride(other.file) && baseOf(other.file) === file.file);
  if (!override) return file.services;
  return file.services.map((service) => {
    const extra = override.services.find((s) => s.name === service.name);
    if (!extra) return service;
    return {
      ...service,
      image: extra.image ?? service.image,
      environment: [...service.environment, ...extra.environment],
      envFiles: [...service.envFiles, ...extra.envFiles],
      volumes: [...service.volumes, ...extra.volumes],
      commands: extra.commands.length > 0 ? extra.commands : service.commands,
      dockerfile: extra.dockerfile ?? service.dockerfile,
      runsAirflow: service.runsAirflow || extra.runsAirflow
    };
  });
}
function isOverride(path) {
  return /\.override\.ya?ml$/i.test(path);
}
function baseOf(overridePath) {
  return overridePath.replace(/\.override(\.ya?ml)$/i, "$1");
}
function mountedCfg(service, cfgPaths) {
  const host = mountedCfgHostPath(service);
  if (host !== void 0) return cfgPaths.find((path) => posix2.normalize(path) === host);
  return cfgPaths.length === 1 ? cfgPaths[0] : void 0;
}
function mountedCfgHostPath(service) {
  const variable = (name) => [...service.environment].reverse().find((entry) => entry.name === name)?.value;
  const inContainer = posix2.normalize(variable("AIRFLOW_CONFIG") ?? `${variable("AIRFLOW_HOME") ?? IMAGE_AIRFLOW_HOME}/airflow.cfg`);
  const volumes = [...service.volumes].sort((a, b) => b.target.length - a.target.length);
  for (const volume of volumes) {
    const target = volume.target.replace(/\/$/, "");
    if (inContainer === volume.target) return volume.source;
    if (inContainer.startsWith(`${target}/`)) return join(volume.source, inContainer.slice(target.length + 1));
  }
  return void 0;
}
function envFileEntries(service, byPath) {
  return service.envFiles.flatMap((envFile) => {
    const file = byPath.get(envFile.path);
    return file ? parseDotenv(file.path, file.text) : [];
  });
}
function dockerfileEnv(service, byPath) {
  const file = service.dockerfile === void 0 ? void 0 : byPath.get(service.dockerfile);
  return file ? parseDockerfileEnv(file.path, file.text) : [];
}
function ambientEnv(cfgPath, sources, compose) {
  const composeDirs = new Set(compose.map((file) => posix2.dirname(file.file)));
  const applies = (file) => isAncestor(posix2.dirname(file.path), posix2.dirname(cfgPath));
  const dockerfiles = sources.filter((file) => file.kind === "dockerfile" && applies(file));
  const dotenvs = sources.filter((file) => file.kind === "env" && posix2.basename(file.path) === ".env" && applies(file) && !composeDirs.has(posix2.dirname(file.path)));
  return [
    ...dockerfiles.flatMap((file) => parseDockerfileEnv(file.path, file.text)),
    ...dotenvs.flatMap((file) => parseDotenv(file.path, file.text))
  ];
}
function helmComponents(values, globalEnv, target) {
  const skip = versionAtLeast(target.knowledgeVersion, "3.0.0") ? "webserver" : "apiServer";
  return values.components.filter((component) => component.key !== skip).map((component) => ({
    name: `${component.key} (${values.file})`,
    kind: "helm",
    file: values.file,
    renderedConfig: values.document,
    providedDefaults: values.chartDefaults,
    env: [...globalEnv, ...values.env, ...component.env]
  }));
}
function isAncestor(dir, of) {
  return dir === "." || of === dir || of.startsWith(`${dir}/`);
}
function join(dir, path) {
  return dir === "." || dir === "" ? posix2.normalize(path) : posix2.normalize(posix2.join(dir, path));
}

// src/components/resolve.ts
function collectRepositorySecrets(resolved, knowledge, secrets = new SecretRegistry()) {
  for (const cfg of resolved.cfgs.values()) collectSecrets(secrets, cfg.partial, [], knowledge);
  for (const component of resolved.repository.components) {
    collectSecrets(secrets, component.renderedConfig ?? EMPTY_DOCUMENT, component.env, knowledge);
  }
  return secrets;
}
var EMPTY_DOCUMENT = { defaults: void 0, sections: [], comments: [], lineCount: 0 };
function resolveComponents(input) {
  const cfgs = new Map(input.cfgFiles.map((source) => [source.path, readCfg(source)]));
  const repository = buildRepository({
    cfgPaths: input.cfgFiles.map((source) => source.path),
    sources: input.sources ?? [],
    env: input.env,
    target: input.target
  });
  const components = repository.components.map((component) => resolveComponent(component, cfgs, input));
  return { repository, cfgs, components };
}
function readCfg(source) {
  const parsed = parseConfig(source.text, source.path);
  return parsed.ok ? { source, document: parsed.document, parseError: void 0, partial: parsed.document } : { source, document: void 0, parseError: parsed.error, partial: parsed.partial };
}
function generatedKeys(hostPath, knowledge) {
  if (hostPath === void 0) return void 0;
  const why = `Airflow writes a generated value into ${hostPath} at first start, and every service mounting it reads the same file`;
  return Object.entries(knowledge.sections).flatMap(
    ([section, fact]) => Object.entries(fact.options).filter(([, option]) => option.sensitive === true && option.default === null).map(([option]) => ({ section, option, value: void 0, why }))
  );
}
function resolveComponent(component, cfgs, input) {
  const cfg = component.cfgPath === void 0 ? void 0 : cfgs.get(component.cfgPath);
  const document = cfg ? cfg.document : component.renderedConfig;
  const file = cfg ? cfg.source.path : component.file;
  const text = cfg ? cfg.source.text : input.sources?.find((source) => source.path === component.file)?.text ?? "";
  const providedDefaults = cfg ? void 0 : component.providedDefaults ?? generatedKeys(component.generatedCfg, input.knowledge);
  const config = buildEffectiveConfig({ component: component.name, file, document, env: component.env, providedDefaults, knowledge: input.knowledge });
  return {
    view: { name: component.name, kind: component.kind, file: component.file, cfgFile: cfg?.source.path, config, service: component.service },
    file,
    document,
    parseError: cfg?.parseError,
    lines: splitPythonLines(text)
  };
}

// src/version/detect.ts
var VERSION_FILE_PATTERNS = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/docker-compose*.yml",
  "**/docker-compose*.yaml",
  "**/compose*.yml",
  "**/compose*.yaml",
  "**/*values*.yml",
  "**/*values*.yaml",
  "**/.env",
  "**/requirements*.txt",
  "**/requirements*.in",
  "**/constraints*.txt",
  "**/pyproject.toml"
];
var PRECEDENCE = {
  dockerfile: { rank: 0, label: "Dockerfile FROM lines" },
  // A .env image name overrides the `${AIRFLOW_IMAGE_NAME:-…}` default of a compose file.
  env: { rank: 1, label: ".env image names" },
  compose: { rank: 2, label: "compose images" },
  helm: { rank: 3, label: "Helm values" },
  requirements: { rank: 4, label: "requirements/constraints pins" },
  pyproject: { rank: 5, label: "pyproject.toml pins" }
};
function versionSourceKind(path) {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  if (/^(Dockerfile(\..+)?|.+\.dockerfile|Containerfile)$/i.test(name)) return "dockerfile";
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return "compose";
  if (isValuesFile(name)) return "helm";
  if (name === ".env") return "env";
  if (/^(requirements.*\.(txt|in)|constraints.*\.txt)$/i.test(name)) return "requirements";
  if (name === "pyproject.toml") return "pyproject";
  return void 0;
}
function detectAirflowVersion(files) {
  const candidates = files.flatMap(findCandidates).sort((a, b) => a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
  const chosen = choose(candidates);
  if (!chosen) return void 0;
  return {
    version: chosen.version,
    file: chosen.file,
    line: chosen.line,
    reason: explain(chosen, candidates),
    candidates
  };
}
function findCandidates(file) {
  const kind = versionSourceKind(file.path);
  if (!kind) return [];
  const lines = file.text.split(/\r?\n/);
  const found = [];
  const args = /* @__PURE__ */ new Map();
  lines.forEach((raw, index) => {
    const version = matchLine(kind, raw, args);
    if (version) found.push({ version, file: file.path, line: index + 1, kind, evidence: evidenceOf(raw) });
  });
  return found;
}
function matchLine(kind, raw, args) {
  const line = stripComment(raw).trim();
  if (!line) return void 0;
  switch (kind) {
    case "dockerfile":
      return matchDockerfile(line, args);
    case "compose":
      return /^-?\s*image\s*:/.test(line) ? imageVersion(expand(line.replace(/^-?\s*image\s*:/, ""), args)) : void 0;
    case "env":
      return /^(export\s+)?\w+\s*=/.test(line) ? imageVersion(line.replace(/^(export\s+)?\w+\s*=/, "")) : void 0;
    case "helm":
      return matchHelm(line);
    case "requirements":
      return matchPin(line);
    case "pyproject":
      return matchPyproject(line);
  }
}
function matchDockerfile(line, args) {
  const arg = /^ARG\s+(\w+)(?:=(.*))?$/i.exec(line);
  if (arg?.[1] !== void 0) {
    if (arg[2] !== void 0) args.set(arg[1], unquote2(arg[2].trim()));
    return void 0;
  }
  const from = /^FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
  return from?.[1] === void 0 ? void 0 : imageVersion(expand(from[1], args));
}
function matchHelm(line) {
  const match = /^(?:defaultAirflowTag|airflowVersion)\s*:\s*(\S+)/.exec(line);
  return match?.[1] === void 0 ? void 0 : releaseOf(unquote2(match[1]));
}
function matchPin(text) {
  const match = /(?:^|["'\s,])apache[-_.]airflow\s*(?:\[[^\][]*\]\s*)?===?\s*([0-9][^\s;,"'#]*)/i.exec(text);
  return match?.[1] === void 0 ? void 0 : releaseOf(match[1]);
}
function matchPyproject(line) {
  const pin = matchPin(line);
  if (pin) return pin;
  const poetry = /^["']?apache[-_.]airflow["']?\s*=\s*(\S.*)$/i.exec(line);
  if (poetry?.[1] === void 0) return void 0;
  const value = /version\s*=\s*["']([^"']+)["']/.exec(poetry[1])?.[1] ?? unquote2(poetry[1].trim());
  return releaseOf(value.replace(/^==?/, ""));
}
function imageVersion(text) {
  const match = /(?:^|[\s"'/=:-])apache\/airflow:([\w.-]+)/.exec(` ${unquote2(text.trim())}`);
  if (match?.[1] === void 0) return void 0;
  const tag = match[1].replace(/^slim-/, "").replace(/-python\d+(?:\.\d+)?$/, "");
  return releaseOf(tag);
}
function releaseOf(text) {
  const parsed = parseVersion(text);
  return parsed?.patch === void 0 ? void 0 : text;
}
function expand(text, values) {
  return replaceDollarReferences(text, (inner, braced, whole) => {
    const reference = braced ? /^(\w+)(?::?-(.*))?$/s.exec(inner) : [inner, inner];
    if (!reference) return void 0;
    return values.get(reference[1] ?? "") ?? reference[2] ?? whole;
  });
}
function stripComment(line) {
  if (/^\s*#/.test(line)) return "";
  const comment = /\s#/.exec(line);
  return comment ? line.slice(0, comment.index).trimEnd() : line;
}
function unquote2(text) {
  return text.replace(/^["']|["']$/g, "");
}
function evidenceOf(raw) {
  const text = raw.trim().replace(/\s+/g, " ");
  return text.length > 100 ? `${text.slice(0, 99)}\u2026` : text;
}
function choose(candidates) {
  const bestRank = Math.min(...candidates.map((c) => PRECEDENCE[c.kind].rank));
  const top = candidates.filter((c) => PRECEDENCE[c.kind].rank === bestRank);
  const counts = /* @__PURE__ */ new Map();
  for (const c of top) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  const versions = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareVersions(b, a)
  );
  return top.find((c) => c.version === versions[0]);
}
function explain(chosen, candidates) {
  const base = `detected from ${chosen.file}:${chosen.line} (${chosen.evidence})`;
  const others = candidates.filter((c) => c.version !== chosen.version);
  if (others.length === 0) return base;
  const listed = others.slice(0, 3).map((c) => `${c.version} at ${c.file}:${c.line}`).join(", ");
  const more = others.length > 3 ? ` and ${others.length - 3} more` : "";
  const sameKind = others.every((c) => c.kind === chosen.kind);
  const rule = sameKind ? "the version named most often wins, then the newest" : `${PRECEDENCE[chosen.kind].label} take precedence, then the version named most often, then the newest`;
  return `${base}; other files name ${listed}${more}, and ${rule}`;
}
function isValuesFile(name) {
  const at = name.toLowerCase().indexOf("values");
  return at >= 0 && /\.ya?ml$/i.test(name.slice(at + "values".length));
}

// src/sources/kinds.ts
var SOURCE_PATTERNS = [
  // Python pins only name a version; every other version source also configures Airflow.
  ...VERSION_FILE_PATTERNS.filter((pattern) => !/requirements|constraints|pyproject/.test(pattern)),
  "**/*.env",
  "**/*.sh"
];
function sourceKindOf(path) {
  const name = path.split("/").at(-1) ?? path;
  if (name.endsWith(".cfg")) return "cfg";
  if (name.endsWith(".env")) return "env";
  if (name.endsWith(".sh")) return "script";
  const kind = versionSourceKind(name);
  return kind === "compose" || kind === "helm" || kind === "dockerfile" ? kind : void 0;
}

// src/engine/lint.ts
function lint(input) {
  const rules = input.rules ?? RULES;
  const resolved = resolveComponents(input);
  const { repository, components: runs } = resolved;
  const secrets = collectRepositorySecrets(resolved, input.knowledge);
  const view = {
    components: runs.map((run) => run.view),
    compose: repository.compose,
    helm: repository.helm,
    scripts: repository.scripts,
    dockerfiles: repository.dockerfiles,
    files: repository.files
  };
  const raw = [];
  for (const run of runs) raw.push(...runRules(rules.filter((rule) => rule.scope !== "repository"), run, view, input, secrets));
  const repositoryRules = rules.filter((rule) => rule.scope === "repository");
  if (repositoryRules.length > 0) raw.push(...runRules(repositoryRules, runs[0] ?? emptyRun(input), view, input, secrets));
  raw.push(...repository.unreadable.map(unreadableFinding));
  const texts = /* @__PURE__ */ new Map();
  for (const source of input.cfgFiles) texts.set(source.path, { text: source.text, kind: "cfg" });
  for (const file of repository.files) texts.set(file.path, { text: file.text, kind: file.kind });
  const byFile = groupByFile(dedupe(raw).map((finding) => maskFinding(finding, secrets)));
  const files = [];
  const suppressed = [];
  for (const path of /* @__PURE__ */ new Set([...texts.keys(), ...byFile.keys()])) {
    const known = texts.get(path);
    const kind = known?.kind ?? sourceKindOf(path) ?? "cfg";
    const lines = splitPythonLines(known?.text ?? "");
    const applied = applySuppressions(byFile.get(path) ?? [], parseSuppressions(path, lines, { multiLineValues: kind === "cfg" }), {
      disable: input.disable ?? [],
      strictSuppressions: input.strictSuppressions ?? false,
      resolveRule: (ref) => resolveRuleRef(ref, ALL_RULE_METAS)
    });
    files.push({ file: path, kind, findings: applied.reported, suppressed: applied.suppressed });
    suppressed.push(...applied.suppressed);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  return { target: input.target, files, findings, suppressed, counts: countBySeverity(findings), secrets };
}
function emptyRun(input) {
  const config = buildEffectiveConfig({ component: "", env: [], knowledge: input.knowledge });
  return { view: { name: "", kind: "cfg", file: "", config }, file: "", document: void 0, parseError: void 0, lines: [] };
}
var MAX_FINDINGS_PER_RULE = 1e3;
function runRules(rules, run, repository, input, secrets) {
  const findings = [];
  for (const rule of rules) {
    if (run.parseError && !rule.runsOnUnreadableFile) continue;
    const listed = /* @__PURE__ */ new Map();
    const unlisted = /* @__PURE__ */ new Map();
    const report4 = (descriptor) => {
      const file = descriptor.file ?? run.file;
      const count = listed.get(file) ?? 0;
      if (count < MAX_FINDINGS_PER_RULE) {
        listed.set(file, count + 1);
        findings.push(toFinding(rule, maskReportData(descriptor, secrets), run.file));
        return;
      }
      unlisted.set(file, { count: (unlisted.get(file)?.count ?? 0) + 1, span: descriptor.span });
    };
    const context = {
      file: run.file,
      document: run.document,
      parseError: run.parseError,
      lines: run.lines,
      documentIsFile: run.document !== void 0 && run.view.cfgFile !== void 0 && run.file === run.view.cfgFile,
      config: run.view.config,
      anchorSpan: run.view.service && run.file === run.view.file ? run.view.service.environmentSpan ?? run.view.service.nameSpan : void 0,
      knowledge: input.knowledge,
      target: input.target,
      repository,
      report: report4
    };
    rule.check(context);
    for (const [file, { count, span }] of unlisted) findings.push(unlistedFinding(rule, file, count, span));
  }
  return findings;
}
function unlistedFinding(rule, file, count, span) {
  const { id, alias, severity } = rule.meta;
  const message = `${count.toLocaleString("en-US")} more ${id} (${alias}) finding(s) in this file are not listed: one rule lists at most ${MAX_FINDINGS_PER_RULE.toLocaleString("en-US")} per file.`;
  return findingAt({ file, ruleId: id, severity, message }, span);
}
function unreadableFinding(source) {
  const rule = source.limit ? yamlTooCostly : sourceUnreadable;
  const messageId = source.limit ?? "invalidYaml";
  return toFinding(rule, { messageId, data: { detail: source.message }, span: source.span, file: source.file }, source.file);
}
function groupByFile(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}
function toFinding(rule, descriptor, defaultFile) {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} has no message '${descriptor.messageId}'`);
  return findingAt(
    {
      file: descriptor.file ?? defaultFile,
      ruleId: rule.meta.id,
      severity: descriptor.severity ?? rule.meta.severity,
      message: fillTemplate(template, descriptor.data ?? {}),
      fix: descriptor.fix,
      related: descriptor.related,
      ...descriptor.edits && descriptor.edits.length > 0 ? { edits: descriptor.edits } : {}
    },
    descriptor.span
  );
}
function fillTemplate(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole
  );
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = findings.filter((finding) => {
    const key = [finding.file, finding.ruleId, finding.line, finding.column, finding.message].join("\0");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return oneSecretFindingPerValue(unique);
}
var SAME_VALUE_RULES = ["APF311", "APF308", "APF123", "APF120", "APF121", "APF122", "APF115"];
function oneSecretFindingPerValue(findings) {
  const rank = { error: 3, warning: 2, notice: 1 };
  const keyOf = (finding) => [finding.file, finding.line, finding.column].join("\0");
  const anchored = new Set(findings.filter((finding) => finding.ruleId === "APF308").map(keyOf));
  const best = /* @__PURE__ */ new Map();
  const better = (a, b) => rank[a.severity] !== rank[b.severity] ? rank[a.severity] > rank[b.severity] : SAME_VALUE_RULES.indexOf(a.ruleId) < SAME_VALUE_RULES.indexOf(b.ruleId);
  for (const finding of findings) {
    if (!SAME_VALUE_RULES.includes(finding.ruleId) || !anchored.has(keyOf(finding))) continue;
    const current = best.get(keyOf(finding));
    if (!current || better(finding, current)) best.set(keyOf(finding), finding);
  }
  return findings.filter((finding) => !best.has(keyOf(finding)) || !SAME_VALUE_RULES.includes(finding.ruleId) || best.get(keyOf(finding)) === finding);
}
function maskReportData(descriptor, secrets) {
  if (descriptor.data === void 0) return descriptor;
  const data = {};
  for (const [name, value] of Object.entries(descriptor.data)) data[name] = typeof value === "string" ? secrets.maskField(value) : value;
  return { ...descriptor, data };
}
function maskFinding(finding, secrets) {
  return {
    ...finding,
    message: secrets.mask(finding.message),
    fix: finding.fix === void 0 ? void 0 : secrets.mask(finding.fix),
    related: finding.related?.map((related) => ({ ...related, message: secrets.mask(related.message) }))
  };
}
function resolveRuleRef(ref, metas) {
  const wanted = ref.trim().toLowerCase();
  return metas.find((meta) => meta.id.toLowerCase() === wanted || meta.alias === wanted)?.id;
}

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath as realpath2, realpathSync as realpathSync2, stat, statSync } from "fs";
import { isAbsolute, posix as posix3, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative as relative2, resolve as resolve2, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report3(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report3(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report3(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report3(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report3(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix3.relative(cwd, p) || ".";
  return (p) => posix3.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix3.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix3.relative(escapedCwd, result) : posix3.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix3.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix3.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath2,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative4) : [];
}

// src/io/discover.ts
var IGNORED = ["**/node_modules/**", "**/.git/**"];
async function discoverFiles(root, patterns) {
  const found = await glob([...patterns], { cwd: root, ignore: IGNORED, dot: true, onlyFiles: true, followSymbolicLinks: false });
  return [...new Set(found)].sort();
}

// src/io/read-source.ts
import { readFile, stat as stat2 } from "node:fs/promises";
async function readSource(path) {
  const fail = (reason) => ({ ok: false, path, message: `${path}: ${reason}` });
  await assertInsideWorkspace(path);
  let size;
  try {
    const info = await stat2(path);
    if (info.isDirectory()) return fail("is a directory, not a file (give the path of an airflow.cfg, or a glob such as 'config/**/airflow.cfg')");
    if (!info.isFile()) return fail("is not a regular file");
    size = info.size;
  } catch (error) {
    return fail(describeFsError(error));
  }
  if (size > MAX_CONFIG_BYTES) {
    return fail(`is larger than 10 MB (${size} bytes); an airflow.cfg is a text file of a few hundred KB at most`);
  }
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFsError(error));
  }
  const decoded = decodeConfigBytes(bytes);
  return decoded.ok ? { ok: true, path, text: decoded.text } : fail(decoded.reason);
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied: the file cannot be read";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "is a symbolic link that loops";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

// src/io/env-file.ts
async function readEnvTexts(paths) {
  const texts = [];
  for (const path of paths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    texts.push({ path, text: source.text });
  }
  return texts;
}
function parseEnvTexts(texts) {
  return texts.flatMap((source) => parseDotenv(source.path, source.text));
}

// src/io/read-sources.ts
async function readSources(selection) {
  const files = /* @__PURE__ */ new Map();
  const selected = [
    ...(selection.compose ?? []).map((path) => [path, "compose"]),
    ...(selection.helmValues ?? []).map((path) => [path, "helm"]),
    ...(selection.dockerfiles ?? []).map((path) => [path, "dockerfile"])
  ];
  for (const [path, kind] of selected) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    files.set(normalise(path), { path: normalise(path), text: source.text, kind, selected: true });
  }
  if (selection.discover) {
    for (const found of await discoverFiles(selection.root, SOURCE_PATTERNS)) {
      const path = normalise(joinPath2(selection.root, found));
      const kind = sourceKindOf(path);
      if (kind === void 0 || kind === "cfg" || files.has(path)) continue;
      const source = await readSource(path);
      if (!source.ok) continue;
      if (kind === "script" && !/\bairflow\b/.test(source.text)) continue;
      files.set(path, { path, text: source.text, kind });
    }
  }
  for (const file of [...files.values()].filter((f) => f.kind === "compose" && f.selected)) {
    const dotenv2 = joinPath2(file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".", ".env");
    if (files.has(dotenv2)) continue;
    const source = await readSource(dotenv2);
    if (source.ok) files.set(dotenv2, { path: dotenv2, text: source.text, kind: "env" });
  }
  return [...files.values()];
}
function joinPath2(root, path) {
  return root === "." || root === "" ? path : `${trimTrailing(root, "/")}/${path}`;
}
function normalise(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

// src/app/load-target.ts
async function loadTarget(requested, root, extra = []) {
  const detected = requested ? void 0 : detectAirflowVersion(await readVersionSources(root, extra));
  let target;
  try {
    target = resolveTarget(requested, detected);
  } catch (error) {
    if (error instanceof InvalidVersionError) throw new UsageError(error.message);
    throw error;
  }
  return { knowledge: await loadKnowledge(target.knowledgeVersion), target };
}
async function readVersionSources(root, extra) {
  const paths = await discoverFiles(root, VERSION_FILE_PATTERNS);
  const files = [...extra];
  for (const path of paths) {
    const onDisk = joinPath2(root, path);
    if (extra.some((file) => file.path === onDisk || file.path === path)) continue;
    const source = await readSource(onDisk);
    if (source.ok) files.push({ path, text: source.text });
  }
  return files;
}

// src/project-config/apply.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { posix as posix4, relative as relative3, resolve as resolve4, sep as sep3 } from "node:path";
function globMatcher(globs, root) {
  if (globs.length === 0) return () => false;
  const matches = (0, import_picomatch2.default)([...globs], { dot: true });
  return (path) => matches(relativeToRoot(path, root));
}
function relativeToRoot(path, root) {
  return relative3(resolve4(root), resolve4(path)).split(sep3).join(posix4.sep);
}
function ruleSettingFor(config, root, file, ruleId) {
  for (let index = config.overrides.length - 1; index >= 0; index -= 1) {
    const override = config.overrides[index];
    if (!override || !override.rules.has(ruleId)) continue;
    if (globMatcher(override.files, root)(file)) return override.rules.get(ruleId);
  }
  return config.rules.get(ruleId);
}
function applyProjectConfig(result, config, options) {
  if (config.rules.size === 0 && config.overrides.length === 0 && config.ignore.length === 0) return result;
  const ignored = globMatcher(config.ignore, options.root);
  const files = [];
  const suppressed = [];
  for (const report4 of result.files) {
    if (ignored(report4.file)) continue;
    const kept = [];
    const off = [];
    for (const finding of report4.findings) {
      const setting2 = ruleSettingFor(config, options.root, report4.file, finding.ruleId);
      if (setting2 === "off") off.push({ finding, kind: "disable", reason: `off in ${config.path ?? "the configuration file"}` });
      else kept.push(setting2 === void 0 ? finding : { ...finding, severity: setting2 });
    }
    files.push({ ...report4, findings: kept, suppressed: [...report4.suppressed, ...off] });
    suppressed.push(...off);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  const allSuppressed = [...result.suppressed.filter((entry) => !ignored(entry.finding.file)), ...suppressed];
  return { ...result, files, findings, suppressed: allSuppressed, counts: countBySeverity(findings) };
}

// src/project-config/types.ts
var RULE_SETTINGS = ["off", "error", "warning", "notice"];
var EMPTY_PROJECT_CONFIG = { path: void 0, rules: /* @__PURE__ */ new Map(), ignore: [], overrides: [] };

// src/app/run-lint.ts
async function runLint(options) {
  const project = options.project ?? EMPTY_PROJECT_CONFIG;
  const inputs = await loadInputs({ ...options, airflowVersion: options.airflowVersion ?? project.airflowVersion });
  return { ...lintInputs(inputs, options), inputs };
}
function lintInputs(inputs, options) {
  const linted = lint({
    cfgFiles: inputs.cfgFiles,
    sources: inputs.sources,
    env: inputs.env,
    knowledge: inputs.knowledge,
    target: inputs.target,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions
  });
  const result = applyProjectConfig(linted, options.project ?? EMPTY_PROJECT_CONFIG, { root: options.root });
  return { result, sources: [...inputs.cfgFiles, ...inputs.sources, ...inputs.envFiles] };
}
function withTexts(inputs, texts) {
  const replace = (file) => {
    const text = texts.get(file.path);
    return text === void 0 ? file : { ...file, text };
  };
  const envFiles = inputs.envFiles.map(replace);
  return { ...inputs, cfgFiles: inputs.cfgFiles.map(replace), sources: inputs.sources.map(replace), envFiles, env: parseEnvTexts(envFiles) };
}
async function loadInputs(options) {
  const discover = options.discover ?? options.paths.length === 0;
  const ignored = globMatcher(options.project?.ignore ?? [], options.root);
  const named = byKind((await resolveNamedPaths(options.paths, options.root)).filter((path) => !ignored(path)));
  const read = await readSources({
    root: options.root,
    discover,
    compose: [...options.compose ?? [], ...named.compose],
    helmValues: [...options.helmValues ?? [], ...named.helm],
    dockerfiles: [...options.dockerfiles ?? [], ...named.dockerfile]
  });
  const sources = read.filter((source) => !ignored(source.path));
  const hasComponents = sources.some((source) => source.kind === "compose" || source.kind === "helm");
  const cfgPaths = options.paths.length > 0 ? named.cfg : (await discoverCfgFiles(options.root, discover, hasComponents)).filter((path) => !ignored(path));
  const cfgFiles = [];
  for (const path of cfgPaths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    cfgFiles.push({ path: source.path, text: source.text });
  }
  const envFiles = await readEnvTexts([...options.envFiles, ...named.env]);
  const env = parseEnvTexts(envFiles);
  const versionFiles = sources.map((source) => ({ path: source.path, text: source.text }));
  const { knowledge, target } = await loadTarget(options.airflowVersion, options.root, versionFiles);
  return { cfgFiles, sources, env, envFiles, knowledge, target };
}
async function discoverCfgFiles(root, discover, hasComponents) {
  const found = discover ? await discoverFiles(root, ["**/airflow.cfg"]) : [];
  if (found.length === 0 && !hasComponents) {
    throw new UsageError(`no airflow.cfg found under ${root}; give the path of the file to lint`);
  }
  return found.map((path) => joinPath2(root, path));
}
async function resolveNamedPaths(paths, root) {
  const files = [];
  for (const path of paths) {
    if (!isDynamicPattern(path)) {
      files.push(path);
      continue;
    }
    const matched = await discoverFiles(root, [path]);
    if (matched.length === 0) throw new UsageError(`${path}: the pattern matches no file`);
    files.push(...matched.map((match) => joinPath2(root, match)));
  }
  return [...new Set(files)];
}
function byKind(paths) {
  const named = { cfg: [], compose: [], helm: [], dockerfile: [], env: [] };
  for (const path of paths) {
    const kind = sourceKindOf(path);
    if (kind === "compose" || kind === "helm" || kind === "dockerfile" || kind === "env") named[kind].push(path);
    else named.cfg.push(path);
  }
  return named;
}
function splitList(value) {
  return (value ?? "").split(/[\n,]+/).map((item) => item.trim()).filter((item) => item !== "");
}

// src/app/source-lines.ts
function sourceLines(sources) {
  return new Map(sources.map((source) => [source.path, splitPythonLines(source.text)]));
}

// src/report/docs-url.ts
var DOCS_BASE_URL = "https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/";
function ruleDocUrl(id, baseUrl = DOCS_BASE_URL) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return `${base}${encodeURIComponent(id)}.md`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/flagged-text.ts
function flaggedText(finding, lines, mask) {
  if (!lines) return `message:${normalize2(finding.message)}`;
  const last = finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine;
  const flagged = lines.slice(finding.line - 1, Math.max(finding.line, last));
  return flagged.map((line) => normalize2(mask(line))).join("\n");
}
function normalize2(text) {
  return text.trim().replace(/\s+/g, " ");
}

// src/report/sarif.ts
var MAX_SARIF_RESULTS = 25e3;
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "airflowPreflightLineHash/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.5", notice: "3.0" };
function toSarif(result, rules, tool, options = {}) {
  const mask = options.mask ?? noMask;
  const descriptors = ruleDescriptors(rules, [...result.findings, ...result.suppressed.map((s) => s.finding)], tool);
  const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const fingerprints = new FingerprintCounter(options.sources, mask);
  const entries = [
    ...result.findings.map((finding) => ({ finding })),
    ...result.suppressed.map((suppressed) => ({ finding: suppressed.finding, suppressed }))
  ];
  entries.sort((a, b) => compareFindings(a.finding, b.finding));
  const results = entries.map(({ finding, suppressed }) => {
    const sarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: indexById.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding, mask) },
      locations: [location(finding.file, finding, mask)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.next(finding) }
    };
    if (finding.related && finding.related.length > 0) {
      sarifResult.relatedLocations = finding.related.map((related, index) => ({
        id: index + 1,
        ...location(related.file, spanRegion(related.span), mask),
        message: { text: sentence(oneLine(mask(related.message))) }
      }));
    }
    if (suppressed) sarifResult.suppressions = [suppression(suppressed, mask)];
    return sarifResult;
  });
  const run = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: tool.informationUri,
        rules: descriptors
      }
    },
    columnKind: "utf16CodeUnits",
    results
  };
  if (options.srcRoot !== void 0) run.originalUriBaseIds = { [SRCROOT]: { uri: options.srcRoot } };
  limitResults(run, options.maxResults ?? MAX_SARIF_RESULTS);
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function limitResults(run, max) {
  const omitted = run.results.length - max;
  if (omitted <= 0) return;
  const order = run.results.map((result, index) => ({ result, index }));
  order.sort((a, b) => LEVEL_RANK[a.result.level] - LEVEL_RANK[b.result.level] || a.index - b.index);
  const kept = new Set(order.slice(0, max).map((entry) => entry.index));
  run.results = run.results.filter((_result, index) => kept.has(index));
  run.properties = { omittedResults: omitted };
  run.invocations = [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: "warning", message: { text: omittedResultsText(omitted, max) } }]
    }
  ];
}
function omittedResultsText(omitted, kept) {
  return `${omitted.toLocaleString("en-US")} result(s) were left out of this SARIF run: GitHub code scanning accepts at most 25,000 results per run and 10 MB gzipped, so only the ${kept.toLocaleString("en-US")} most severe are included. The findings file and the text report list all of them.`;
}
function omittedResults(log2) {
  return log2.runs.reduce((total, run) => total + (run.properties?.omittedResults ?? 0), 0);
}
function ruleDescriptors(rules, findings, tool) {
  const seen = /* @__PURE__ */ new Set();
  const descriptors = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(ruleDescriptor(rule, tool));
  }
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    descriptors.push(ruleDescriptor(unknownRule(finding), tool));
  }
  return descriptors;
}
function unknownRule(finding) {
  return {
    id: finding.ruleId,
    alias: finding.ruleId.toLowerCase(),
    description: `Findings reported under ${finding.ruleId}.`,
    severity: finding.severity,
    tags: [],
    versions: "all",
    messages: {}
  };
}
function ruleDescriptor(rule, tool) {
  const helpUri = ruleDocUrl(rule.id, tool.docsBaseUrl);
  const short = sentence(rule.description);
  const full = `${short} Applies to Airflow versions: ${rule.versions}.`;
  const descriptor = {
    id: rule.id,
    name: rule.alias,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: {
      text: `${full} Documentation: ${helpUri}`,
      markdown: `**${rule.id} (${rule.alias})**: ${full}

See [${rule.id}](${helpUri}) for why it matters, how to fix it and examples.`
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [...rule.tags], precision: "high" }
  };
  if (rule.tags.includes("security")) descriptor.properties["security-severity"] = SECURITY_SEVERITY[rule.severity];
  return descriptor;
}
function messageText(finding, mask) {
  const message = sentence(oneLine(mask(finding.message)));
  return finding.fix ? `${message} ${sentence(oneLine(mask(finding.fix)))}` : message;
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function location(file, range, mask) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(mask(file)), uriBaseId: SRCROOT },
      region: region(range)
    }
  };
}
function spanRegion(span) {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
function artifactUri(file) {
  const relative4 = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return relative4.split("/").map(encodeURIComponent).join("/");
}
function region(range) {
  const startLine = Math.max(1, range.line);
  const startColumn = Math.max(1, range.column);
  const endLine = Math.max(startLine, range.endLine);
  let endColumn = Math.max(1, range.endColumn);
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}
function suppression(entry, mask) {
  const kind = entry.kind === "disable" || entry.kind === "baseline" ? "external" : "inSource";
  const justification = entry.reason ?? (entry.kind === "disable" ? "Disabled by the disable option." : void 0);
  return justification === void 0 ? { kind } : { kind, justification: mask(justification) };
}
var FingerprintCounter = class {
  constructor(sources, mask) {
    this.sources = sources;
    this.mask = mask;
  }
  sources;
  mask;
  occurrences = /* @__PURE__ */ new Map();
  next(finding) {
    const text = this.flaggedText(finding);
    const hash = createHash("sha256").update(`${finding.ruleId}\0${finding.file}\0${text}`).digest("hex").slice(0, 32);
    const occurrence = (this.occurrences.get(hash) ?? 0) + 1;
    this.occurrences.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }
  flaggedText(finding) {
    return flaggedText(finding, this.sources?.get(finding.file), this.mask);
  }
};

// package.json
var package_default = {
  name: "airflow-preflight",
  version: "0.1.0",
  description: "Lint airflow.cfg for production readiness the way Airflow reads it, and verify it against a real metastore.",
  license: "MIT",
  type: "module",
  bin: {
    "airflow-preflight": "dist/cli.js"
  },
  files: [
    "dist/",
    "docs/rules/",
    "action.yml",
    "README.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc --noEmit -p tsconfig.json && node scripts/bundle.mjs",
    bundle: "node scripts/bundle.mjs",
    "docs:rules": "node scripts/rule-docs.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "vitest run",
    "test:unit": "vitest run --exclude '**/*.integration.test.ts' --exclude '**/node_modules/**'",
    "node-version": "node --version",
    pretest: "node scripts/bundle.mjs",
    knowledge: "node scripts/knowledge/generate.mjs",
    "bench:ini": "node bench/ini-vs-configparser.mjs",
    bench: "node bench/all.mjs",
    "bench:lint": "node bench/lint.mjs",
    "bench:scale": "node bench/scale.mjs",
    "bench:startup": "node bench/startup.mjs",
    "bench:verify": "node bench/verify.mjs",
    "bench:parallel": "node bench/parallel.mjs",
    "bench:precommit": "node bench/precommit.mjs",
    "knowledge:helm": "node scripts/helm-knowledge/generate.mjs",
    "bench:hostile": "node bench/hostile.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@testcontainers/postgresql": "^12.2.0",
    "@types/ini": "^4.1.1",
    "@types/node": "^24.19.2",
    "@types/pg": "^8.23.1",
    "@types/picomatch": "^4.0.3",
    commander: "^14.0.3",
    diff: "^9.0.0",
    dotenv: "^18.0.10",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    ini: "^6.0.0",
    node: "^24.21.0",
    pg: "^8.23.1",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    recheck: "^4.5.0",
    testcontainers: "^12.2.0",
    tinyglobby: "^0.2.17",
    typescript: "^5.9.3",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    protobufjs: true,
    "cpu-features": false,
    ssh2: false,
    "@microsoft/sarif-multitool-linux": true
  }
};

// src/tool.ts
var TOOL_NAME = "airflow-preflight";
var TOOL_VERSION = package_default.version;
var TOOL_URI = "https://github.com/airflow-preflight/airflow-preflight";

// src/app/sarif.ts
import { gzipSync } from "node:zlib";
var MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
function buildSarif(result, sources, mask) {
  const lines = sourceLines(sources);
  const build2 = (maxResults2) => toSarif(result, ALL_RULE_METAS, { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI, docsBaseUrl: DOCS_BASE_URL }, { sources: lines, mask, maxResults: maxResults2 });
  let maxResults = MAX_SARIF_RESULTS;
  for (; ; ) {
    const log2 = build2(maxResults);
    const size = gzipSync(JSON.stringify(log2)).length;
    const count = log2.runs[0]?.results.length ?? 0;
    if (size <= MAX_GZIPPED_BYTES || count === 0) return log2;
    maxResults = Math.floor(count * MAX_GZIPPED_BYTES * 0.9 / size);
  }
}

// src/report/json.ts
function toJson(result, options = {}) {
  const mask = options.mask ?? noMask;
  const report4 = {
    findings: result.findings.map((finding) => jsonFinding(finding, mask)),
    summary: {
      errors: result.counts.error,
      warnings: result.counts.warning,
      notices: result.counts.notice,
      suppressed: result.suppressed.length,
      files: result.files.length,
      targetAirflowVersion: targetVersion(result.target),
      knowledgeVersion: result.target.knowledgeVersion,
      targetReason: mask(result.target.reason)
    },
    suppressed: result.suppressed.map((entry) => jsonSuppressed(entry, mask))
  };
  if (result.verify) report4.verify = maskVerify(result.verify, mask);
  if (result.baseline) {
    report4.baseline = {
      file: mask(result.baseline.file),
      hidden: result.baseline.hidden,
      stale: result.baseline.stale.map((entry) => ({ ...entry, file: mask(entry.file), message: mask(entry.message) }))
    };
  }
  return report4;
}
function targetVersion(target) {
  return target.requested === "" ? target.knowledgeVersion : target.requested;
}
function jsonFinding(finding, mask) {
  const out = {
    file: mask(finding.file),
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: mask(finding.message)
  };
  if (finding.fix !== void 0) out.fix = mask(finding.fix);
  if (finding.edits && finding.edits.length > 0) out.fixable = true;
  return out;
}
function jsonSuppressed(entry, mask) {
  const suppression2 = {
    kind: entry.kind,
    reason: entry.reason === void 0 ? null : mask(entry.reason)
  };
  if (entry.file !== void 0) suppression2.file = mask(entry.file);
  if (entry.line !== void 0) suppression2.line = entry.line;
  return { ...jsonFinding(entry.finding, mask), suppression: suppression2 };
}
function maskVerify(verify, mask) {
  return {
    ...verify,
    migrateCommand: mask(verify.migrateCommand),
    checks: verify.checks.map((check) => ({ ...check, detail: mask(check.detail) })),
    errorLines: verify.errorLines.map(mask)
  };
}

// src/project-config/load.ts
import { readFile as readFile2 } from "node:fs/promises";
var import_yaml13 = __toESM(require_dist(), 1);
var PROJECT_CONFIG_NAMES = [".airflow-preflight.yaml", ".airflow-preflight.yml"];
var TOP_LEVEL_KEYS = ["airflow-version", "fail-on", "rules", "ignore", "overrides"];
var OVERRIDE_KEYS = ["files", "rules"];
async function loadProjectConfig(explicit, root) {
  if (explicit !== void 0 && explicit !== "") {
    const text = await readConfigText(explicit);
    if (text === void 0) throw new UsageError(`${explicit}: no such file (given as the configuration file)`);
    return parseProjectConfig(explicit, text);
  }
  for (const name of PROJECT_CONFIG_NAMES) {
    const path = joinPath2(root, name);
    const text = await readConfigText(path);
    if (text !== void 0) return parseProjectConfig(path, text);
  }
  return EMPTY_PROJECT_CONFIG;
}
async function readConfigText(path) {
  await assertInsideWorkspace(path);
  try {
    return await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}
function parseProjectConfig(path, text) {
  const lineCounter = new import_yaml13.LineCounter();
  const doc = (0, import_yaml13.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fail = (node, message) => {
    const offset = nodeOffset(node);
    const line = offset === void 0 ? 1 : lineCounter.linePos(offset).line;
    throw new UsageError(`${path}:${line}: ${message}`);
  };
  const syntax = doc.errors[0];
  if (syntax) throw new UsageError(`${path}:${lineCounter.linePos(syntax.pos[0]).line}: not valid YAML (${syntax.message.split("\n")[0]})`);
  const config = { path, rules: /* @__PURE__ */ new Map(), ignore: [], overrides: [] };
  if (doc.contents === null || (0, import_yaml13.isScalar)(doc.contents) && doc.contents.value === null) return config;
  if (!(0, import_yaml13.isMap)(doc.contents)) return fail(doc.contents, "the configuration must be a mapping (airflow-version, fail-on, rules, ignore, overrides)");
  for (const pair of doc.contents.items) {
    const key = scalarText2(pair.key);
    const value = pair.value;
    if (key === "airflow-version") config.airflowVersion = versionText(value, fail);
    else if (key === "fail-on") config.failOn = failOnValue(value, fail);
    else if (key === "rules") config.rules = ruleSettings(value, fail);
    else if (key === "ignore") config.ignore = globList(value, "ignore", fail);
    else if (key === "overrides") config.overrides = overrides(value, fail);
    else fail(pair, `unknown key '${printable(key)}'; expected one of ${TOP_LEVEL_KEYS.join(", ")}`);
  }
  return config;
}
function versionText(node, fail) {
  const value = (0, import_yaml13.isScalar)(node) ? node.value : void 0;
  const text = (0, import_yaml13.isScalar)(node) && node.source !== void 0 ? String(node.source) : String(value ?? "");
  if (typeof value !== "string" && typeof value !== "number" || !/^\d+\.\d+(\.\d+)?$/.test(text.trim())) {
    return fail(node, "airflow-version must be a version such as '2.10' or '3.1.2' (quote it)");
  }
  return text.trim();
}
function failOnValue(node, fail) {
  const value = scalarText2(node)?.trim().toLowerCase();
  if (value !== void 0 && FAIL_ON_LEVELS.includes(value)) return value;
  return fail(node, `fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}`);
}
function ruleSettings(node, fail) {
  const settings = /* @__PURE__ */ new Map();
  if (node === null) return settings;
  if (!(0, import_yaml13.isMap)(node)) return fail(node, "rules must be a mapping of rule id or alias to off, error, warning or notice");
  for (const pair of node.items) {
    const ref = scalarText2(pair.key) ?? "";
    const id = resolveRuleRef(ref, ALL_RULE_METAS);
    if (id === void 0) fail(pair, `rules: '${printable(ref)}' names no rule (see docs/rules/README.md)`);
    const raw = (0, import_yaml13.isScalar)(pair.value) && pair.value.value === false ? "off" : scalarText2(pair.value)?.trim().toLowerCase();
    if (raw === void 0 || !RULE_SETTINGS.includes(raw)) {
      fail(pair.value, `rules: ${printable(ref)} must be one of ${RULE_SETTINGS.join(", ")}`);
    }
    settings.set(id, raw);
  }
  return settings;
}
function globList(node, name, fail) {
  if (node === null) return [];
  if ((0, import_yaml13.isScalar)(node) && typeof node.value === "string") return [node.value];
  if (!(0, import_yaml13.isSeq)(node)) return fail(node, `${name} must be a list of globs such as 'legacy/**'`);
  return node.items.map((item) => {
    const text = scalarText2(item);
    if (text === void 0 || text.trim() === "") return fail(item, `${name} must be a list of globs such as 'legacy/**'`);
    return text.trim();
  });
}
function overrides(node, fail) {
  if (node === null) return [];
  if (!(0, import_yaml13.isSeq)(node)) return fail(node, "overrides must be a list of { files: [globs], rules: { ID: severity } }");
  return node.items.map((item) => {
    if (!(0, import_yaml13.isMap)(item)) return fail(item, "each override must be a mapping with 'files' and 'rules'");
    const override = { files: [], rules: /* @__PURE__ */ new Map() };
    for (const pair of item.items) {
      const key = scalarText2(pair.key);
      if (key === "files") override.files = globList(pair.value, "files", fail);
      else if (key === "rules") override.rules = ruleSettings(pair.value, fail);
      else fail(pair, `unknown key '${printable(key)}' in an override; expected ${OVERRIDE_KEYS.join(", ")}`);
    }
    if (override.files.length === 0) fail(item, "an override needs 'files': the globs it applies to");
    return override;
  });
}
function scalarText2(node) {
  if (!(0, import_yaml13.isScalar)(node)) return void 0;
  const value = node.value;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
}
function nodeOffset(node) {
  if (!node) return void 0;
  if ("range" in node && node.range) return node.range[0];
  if ("key" in node) return nodeOffset(node.key);
  return void 0;
}
function printable(text) {
  const flat = (text ?? "").replace(/[\u0000-\u001f\u007f]/g, "?");
  return flat.length > 60 ? `${flat.slice(0, 57)}\u2026` : flat;
}

// src/baseline/baseline.ts
import { createHash as createHash2 } from "node:crypto";
var BASELINE_VERSION = 1;
function baselineEntry(finding, context) {
  const file = relativeToRoot(finding.file, context.root);
  const text = flaggedText(finding, context.lines.get(finding.file), context.mask);
  const fingerprint = createHash2("sha256").update(`${finding.ruleId}\0${file}\0${text}`).digest("hex");
  return { ruleId: finding.ruleId, file, fingerprint, line: finding.line, message: context.mask(finding.message) };
}
function buildBaseline(result, context) {
  return { version: BASELINE_VERSION, tool: "airflow-preflight", entries: result.findings.map((finding) => baselineEntry(finding, context)) };
}
function formatBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
function parseBaseline(path, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not a baseline file (not valid JSON); write one with --write-baseline`);
  }
  const file = data;
  if (!file || typeof file !== "object" || file.tool !== "airflow-preflight" || !Array.isArray(file.entries)) {
    throw new Error(`${path}: not an airflow-preflight baseline file; write one with --write-baseline`);
  }
  if (file.version !== BASELINE_VERSION) throw new Error(`${path}: baseline version ${String(file.version)} is not supported (expected ${BASELINE_VERSION}); write it again with --write-baseline`);
  const entries = file.entries.filter(isEntry);
  if (entries.length !== file.entries.length) throw new Error(`${path}: a baseline entry lacks ruleId, file or fingerprint; write it again with --write-baseline`);
  return { version: BASELINE_VERSION, tool: "airflow-preflight", entries };
}
function isEntry(entry) {
  const candidate = entry;
  return typeof candidate === "object" && candidate !== null && typeof candidate.ruleId === "string" && typeof candidate.file === "string" && typeof candidate.fingerprint === "string" && typeof candidate.line === "number" && typeof candidate.message === "string";
}
function applyBaseline(result, baseline, path, context) {
  const unmatched = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const list = unmatched.get(entry.fingerprint);
    if (list) list.push(entry);
    else unmatched.set(entry.fingerprint, [entry]);
  }
  const hidden = [];
  const files = result.files.map((report4) => {
    const kept = [];
    const baselined = [];
    for (const finding of report4.findings) {
      const candidates = unmatched.get(baselineEntry(finding, context).fingerprint);
      if (candidates && candidates.length > 0) {
        candidates.shift();
        baselined.push({ finding, kind: "baseline", reason: `recorded in the baseline ${path}` });
      } else kept.push(finding);
    }
    hidden.push(...baselined);
    return { ...report4, findings: kept, suppressed: [...report4.suppressed, ...baselined] };
  });
  const stale = [...unmatched.values()].flat().map(({ ruleId, file, line, message }) => ({ ruleId, file, line, message })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  const findings = files.flatMap((report4) => report4.findings).sort(compareFindings);
  return {
    ...result,
    files,
    findings,
    suppressed: [...result.suppressed, ...hidden],
    counts: countBySeverity(findings),
    baseline: { file: path, hidden: hidden.length, stale }
  };
}

// src/baseline/read.ts
import { readFile as readFile3 } from "node:fs/promises";
async function readBaselineFile(path) {
  let text;
  await assertInsideWorkspace(path);
  try {
    text = await readFile3(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)} (given as the baseline; write one with --write-baseline)`);
  }
  try {
    return parseBaseline(path, text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export {
  SEVERITY_RANK,
  compareFindings,
  collectSecrets,
  isSecretOption,
  secretOptionsOf,
  collectLineSecrets,
  ALL_RULE_METAS,
  collectRepositorySecrets,
  resolveComponents,
  FAIL_ON_LEVELS,
  countBySeverity,
  reachesFailLevel,
  confineReadsTo,
  assertInsideWorkspace,
  readSource,
  describeFsError,
  loadTarget,
  runLint,
  lintInputs,
  withTexts,
  loadInputs,
  splitList,
  sourceLines,
  DOCS_BASE_URL,
  ruleDocUrl,
  omittedResultsText,
  omittedResults,
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_URI,
  buildSarif,
  toJson,
  loadProjectConfig,
  buildBaseline,
  formatBaseline,
  applyBaseline,
  readBaselineFile
};

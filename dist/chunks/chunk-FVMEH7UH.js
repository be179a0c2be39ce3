import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/reader/python-text.ts
var PYTHON_WHITESPACE = /* @__PURE__ */ new Set([
  9,
  10,
  11,
  12,
  13,
  28,
  29,
  30,
  31,
  32,
  133,
  160,
  5760,
  8192,
  8193,
  8194,
  8195,
  8196,
  8197,
  8198,
  8199,
  8200,
  8201,
  8202,
  8232,
  8233,
  8239,
  8287,
  12288
]);
function isPythonSpace(code) {
  return PYTHON_WHITESPACE.has(code);
}
function firstNonSpace(text, from = 0) {
  let i = from;
  while (i < text.length && isPythonSpace(text.charCodeAt(i))) i += 1;
  return i;
}
function lastNonSpaceEnd(text, from = 0) {
  let end = text.length;
  while (end > from && isPythonSpace(text.charCodeAt(end - 1))) end -= 1;
  return end;
}
function pythonStrip(text) {
  const start = firstNonSpace(text);
  const end = lastNonSpaceEnd(text, start);
  return { text: text.slice(start, end), start, end };
}
function pythonRstrip(text) {
  return text.slice(0, lastNonSpaceEnd(text));
}
function splitPythonLines(text) {
  if (text === "") return [];
  const lines = text.split(LINE_BREAK);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
var LINE_BREAK = /\r\n|\r|\n/;
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "	") out += "\\t";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return out + quote;
}

// src/reader/parse.ts
var DEFAULT_SECTION = "DEFAULT";
var COMMENT_PREFIXES = ["#", ";"];
function parseConfig(text, fileName = "<string>") {
  return new Reader(fileName).read(splitPythonLines(text));
}
var Reader = class {
  constructor(fileName) {
    this.fileName = fileName;
  }
  fileName;
  sections = /* @__PURE__ */ new Map();
  document = { defaults: void 0, sections: [], comments: [], lineCount: 0 };
  /** configparser's `elements_added`: section names and `section\0option` pairs seen in this file. */
  added = /* @__PURE__ */ new Set();
  current;
  currentOption;
  indentLevel = 0;
  firstBadLine;
  read(lines) {
    this.document.lineCount = lines.length;
    for (let index = 0; index < lines.length; index += 1) {
      const error = this.readLine(lines[index] ?? "", index + 1);
      if (error) return { ok: false, error, partial: this.finish() };
    }
    const document = this.finish();
    if (this.firstBadLine) {
      return { ok: false, error: this.parsingError(this.firstBadLine), partial: document };
    }
    return { ok: true, document };
  }
  readLine(line, lineNo) {
    const stripped = pythonStrip(line);
    if (COMMENT_PREFIXES.some((prefix) => stripped.text.startsWith(prefix))) {
      this.document.comments.push({
        text: stripped.text.slice(1),
        span: lineSpan(lineNo, stripped.start, stripped.end)
      });
      return void 0;
    }
    if (stripped.text === "") {
      this.currentOption?.node.valueLines.push({ text: "", span: lineSpan(lineNo, 0, 0) });
      return void 0;
    }
    const indent = firstNonSpace(line);
    if (this.current && this.currentOption && indent > this.indentLevel) {
      this.currentOption.node.valueLines.push({ text: stripped.text, span: lineSpan(lineNo, stripped.start, stripped.end) });
      return void 0;
    }
    this.indentLevel = indent;
    const header = matchSectionHeader(stripped.text);
    if (header !== void 0) return this.startSection(header, lineNo, stripped.start);
    if (!this.current) return this.missingHeader(line, lineNo, stripped.start, stripped.end);
    return this.readOption(line, lineNo, stripped.text, stripped.start);
  }
  startSection(name, lineNo, start) {
    const nameStart = start + 1;
    const headerEnd = nameStart + name.length + 1;
    const headerSpan = lineSpan(lineNo, start, headerEnd);
    const nameSpan = lineSpan(lineNo, nameStart, nameStart + name.length);
    this.currentOption = void 0;
    if (name === DEFAULT_SECTION) {
      this.document.defaults ??= { name, headerSpan, nameSpan, options: [] };
      this.current = this.document.defaults;
      return void 0;
    }
    if (this.added.has(name)) {
      return {
        kind: "DuplicateSectionError",
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: section ${pythonRepr(name)} already exists`,
        span: headerSpan
      };
    }
    this.added.add(name);
    const section = { name, headerSpan, nameSpan, options: [] };
    this.sections.set(name, section);
    this.document.sections.push(section);
    this.current = section;
    return void 0;
  }
  readOption(line, lineNo, text, start) {
    const section = this.current;
    if (!section) return void 0;
    const delimiterAt = findDelimiter(text);
    if (delimiterAt < 0) {
      this.recordBadLine(lineNo, line);
      return void 0;
    }
    const rawKey = text.slice(0, delimiterAt);
    const keyText = pythonStrip(rawKey).text;
    if (keyText === "") this.recordBadLine(lineNo, line);
    const key = keyText;
    const valueStart = firstNonSpace(text, delimiterAt + 1);
    const valueText = text.slice(valueStart);
    const keyEnd = start + keyText.length;
    const node = {
      rawKey: keyText,
      key,
      keySpan: lineSpan(lineNo, start, keyEnd),
      delimiter: text[delimiterAt] === ":" ? ":" : "=",
      value: "",
      valueLines: [{ text: valueText, span: lineSpan(lineNo, start + valueStart, start + text.length) }],
      span: lineSpan(lineNo, start, start + text.length),
      section: section.name
    };
    const pairKey = `${section.name}\0${key}`;
    if (this.added.has(pairKey)) {
      return {
        kind: "DuplicateOptionError",
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: option ${pythonRepr(key)} in section ${pythonRepr(section.name)} already exists`,
        span: node.keySpan
      };
    }
    this.added.add(pairKey);
    section.options.push(node);
    this.currentOption = key === "" ? void 0 : { node };
    return void 0;
  }
  missingHeader(line, lineNo, start, end) {
    return {
      kind: "MissingSectionHeaderError",
      line: lineNo,
      message: `File contains no section headers. file: ${pythonRepr(this.fileName)}, line: ${lineNo} ${pythonRepr(`${line}
`)}`,
      span: lineSpan(lineNo, start, end)
    };
  }
  recordBadLine(lineNo, line) {
    this.firstBadLine ??= { line: lineNo, text: line };
  }
  parsingError(bad) {
    const stripped = pythonStrip(bad.text);
    return {
      kind: "ParsingError",
      line: bad.line,
      message: `Source contains parsing errors: ${pythonRepr(this.fileName)} [line ${pad2(bad.line)}]: ${pythonRepr(`${bad.text}
`)}`,
      span: lineSpan(bad.line, stripped.start, stripped.end)
    };
  }
  finish() {
    const all = this.document.defaults ? [this.document.defaults, ...this.document.sections] : this.document.sections;
    for (const section of all) {
      for (const option of section.options) finishOption(option);
    }
    return this.document;
  }
};
function finishOption(option) {
  while (option.valueLines.length > 1 && option.valueLines.at(-1)?.text === "") option.valueLines.pop();
  option.value = option.valueLines.map((valueLine) => valueLine.text).join("\n");
  const last = option.valueLines.at(-1);
  if (last && last.text !== "") option.span = { start: option.span.start, end: last.span.end };
}
function matchSectionHeader(text) {
  if (!text.startsWith("[")) return void 0;
  const close = text.lastIndexOf("]");
  if (close < 2) return void 0;
  return text.slice(1, close);
}
function findDelimiter(text) {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "=" || char === ":") return i;
  }
  return -1;
}
function lineSpan(line, startIndex, endIndex) {
  return { start: { line, column: startIndex + 1 }, end: { line, column: endIndex + 1 } };
}
function pad2(n) {
  return String(n).padStart(2, " ");
}

// src/reader/find.ts
var sectionIndex = /* @__PURE__ */ new WeakMap();
var optionIndex = /* @__PURE__ */ new WeakMap();
function sectionNamed(document, name) {
  return indexed(sectionIndex, document, document.sections, (section) => section.name).get(name);
}
function optionNamed(section, key) {
  return indexed(optionIndex, section, section.options, (option) => option.key).get(key);
}
function indexed(cache, owner, items, nameOf) {
  let index = cache.get(owner);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const item of items) if (!index.has(nameOf(item))) index.set(nameOf(item), item);
    cache.set(owner, index);
  }
  return index;
}

// src/config/effective.ts
var ENV_PREFIX = "AIRFLOW__";
function envVarName(section, option) {
  return `${ENV_PREFIX}${section.replace(/\./g, "_").toUpperCase()}__${option.toUpperCase()}`;
}
function parseEnvVarName(name) {
  if (!name.startsWith(ENV_PREFIX)) return void 0;
  const rest = name.slice(ENV_PREFIX.length);
  const split = rest.indexOf("__");
  if (split <= 0 || split + 2 >= rest.length) return void 0;
  return { section: rest.slice(0, split).toLowerCase(), option: rest.slice(split + 2).toLowerCase() };
}
function buildEffectiveConfig(input) {
  return new ResolvedConfig(input);
}
var ResolvedConfig = class {
  component;
  envByName = /* @__PURE__ */ new Map();
  knowledge;
  document;
  file;
  provided;
  constructor(input) {
    this.component = input.component;
    this.provided = input.providedDefaults ?? [];
    this.knowledge = input.knowledge;
    this.document = input.document;
    this.file = input.file;
    for (const entry of input.env) this.envByName.set(entry.name, entry);
  }
  get(section, option) {
    const candidates = this.candidates(section, option);
    const [winner, ...rest] = candidates;
    if (!winner) return void 0;
    return { ...winner, overridden: rest };
  }
  variable(name) {
    return this.envByName.get(name)?.value;
  }
  explicit() {
    const values = [];
    for (const section of this.allSections()) {
      for (const node of section.options) values.push(this.fromNode(node, section.name, node.key, "value"));
    }
    for (const entry of this.envByName.values()) {
      const parsed = parseEnvVarName(entry.name);
      if (parsed) values.push(this.fromEnv(entry, parsed.section, parsed.option, "value"));
    }
    return values;
  }
  /** Every value that could answer for the option, highest precedence first. */
  candidates(section, option) {
    const locations = [{ section, option }, ...this.oldLocations(section, option)];
    const sensitive = this.isSensitive(section, option);
    const found = [];
    for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "value");
    if (sensitive) {
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "cmd");
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "secret");
    }
    for (const loc of locations) this.pushFile(found, loc.section, loc.option, "value");
    if (sensitive) {
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, "cmd");
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, "secret");
    }
    for (const loc of locations) {
      const provided = this.provided.find((entry) => entry.section === loc.section && entry.option === loc.option);
      if (provided) found.push(this.fromProvided(provided, section, option));
    }
    const fact = this.knowledge.sections[section]?.options[option];
    if (fact && fact.default !== null) {
      found.push({ section, option, variant: "value", origin: "default", value: fact.default, overridden: [] });
    }
    return found;
  }
  oldLocations(section, option) {
    const old = this.knowledge.deprecatedOptions.filter((entry) => entry.newSection === section && entry.newOption === option).map((entry) => ({ section: entry.section, option: entry.option }));
    for (const renamed of this.knowledge.deprecatedSections) {
      if (renamed.newSection === section) old.push({ section: renamed.section, option });
    }
    return old;
  }
  isSensitive(section, option) {
    return this.knowledge.sections[section]?.options[option]?.sensitive === true;
  }
  pushEnv(found, section, option, variant) {
    const suffix = variant === "cmd" ? "_CMD" : variant === "secret" ? "_SECRET" : "";
    const entry = this.envByName.get(envVarName(section, option) + suffix);
    if (entry) found.push(this.fromEnv(entry, section, option, variant));
  }
  pushFile(found, section, option, variant) {
    const key = variant === "value" ? option : `${option}_${variant}`;
    const node = this.optionNode(section, key);
    if (node) found.push(this.fromNode(node, section, option, variant));
  }
  /** configparser's lookup: the section's own option, else the [DEFAULT] one. */
  optionNode(section, key) {
    if (!this.document) return void 0;
    const node = sectionNamed(this.document, section);
    if (!node) return void 0;
    const own = optionNamed(node, key);
    if (own) return own;
    return this.document.defaults ? optionNamed(this.document.defaults, key) : void 0;
  }
  allSections() {
    if (!this.document) return [];
    const sections = [...this.document.sections];
    return this.document.defaults ? [this.document.defaults, ...sections] : sections;
  }
  fromNode(node, section, option, variant) {
    const location = this.file ? { file: this.file, span: node.span } : void 0;
    const valueSpan = valueSpanOf(node);
    return {
      section: node.section === DEFAULT_SECTION ? section : node.section,
      option,
      variant,
      origin: "cfg",
      value: variant === "value" ? node.value : void 0,
      reference: variant === "value" ? void 0 : node.value,
      location,
      valueSpan,
      node,
      overridden: []
    };
  }
  fromProvided(entry, section, option) {
    return { section, option, variant: "value", origin: "default", provider: "chart", value: entry.value, reference: entry.value === void 0 ? entry.why : void 0, overridden: [] };
  }
  fromEnv(entry, section, option, variant) {
    const known = entry.runtime === void 0;
    return {
      section,
      option,
      variant,
      origin: "env",
      provider: entry.provider,
      value: variant === "value" && known ? entry.value : void 0,
      reference: variant === "value" ? entry.runtime : entry.value,
      variable: entry.name,
      location: entry.location,
      valueSpan: entry.valueSpan,
      overridden: []
    };
  }
};
function valueSpanOf(node) {
  const first = node.valueLines[0];
  const last = node.valueLines.at(-1);
  if (!first || !last || node.value === "") return node.span;
  return { start: first.span.start, end: last.span.end };
}

// src/reader/interpolation.ts
var MAX_INTERPOLATION_DEPTH = 10;
var MAX_INTERPOLATED_LENGTH = 1e6;
var REFERENCE = /^%\(([^)]+)\)s/;
function interpolateOption(document, section, option) {
  const lookup = optionsVisibleIn(document, section);
  const node = lookup.get(option);
  if (!node) return { ok: true, value: "" };
  return interpolateValue(node.value, lookup, node);
}
var expandedCache = /* @__PURE__ */ new WeakMap();
function interpolateValue(raw, lookup, owner) {
  let known = expandedCache.get(lookup);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    expandedCache.set(lookup, known);
  }
  const state = { accumulated: [], length: 0, known, root: owner };
  try {
    expand(raw, lookup, state, 1, owner, owner?.key ?? "");
    return { ok: true, value: state.accumulated.join("") };
  } catch (error) {
    if (error instanceof InterpolationFailure) {
      const { kind, message, position } = error;
      return { ok: false, kind, message, position };
    }
    throw error;
  }
}
var visibleCache = /* @__PURE__ */ new WeakMap();
function optionsVisibleIn(document, section) {
  let bySection = visibleCache.get(document);
  if (!bySection) {
    bySection = /* @__PURE__ */ new Map();
    visibleCache.set(document, bySection);
  }
  let lookup = bySection.get(section);
  if (!lookup) {
    lookup = buildLookup(document, section);
    bySection.set(section, lookup);
  }
  return lookup;
}
function buildLookup(document, section) {
  const lookup = /* @__PURE__ */ new Map();
  for (const option of document.defaults?.options ?? []) lookup.set(option.key, option);
  if (section !== DEFAULT_SECTION) {
    const node = sectionNamed(document, section);
    for (const option of node?.options ?? []) lookup.set(option.key, option);
  }
  return lookup;
}
var InterpolationFailure = class extends Error {
  constructor(kind, message, position) {
    super(message);
    this.kind = kind;
    this.position = position;
  }
  kind;
  position;
};
function expand(value, lookup, state, depth, node, optionName) {
  if (depth > MAX_INTERPOLATION_DEPTH) {
    throw new InterpolationFailure(
      "InterpolationDepthError",
      `Recursion limit exceeded in value substitution: option '${optionName}' contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps`,
      node ? positionInValue(node, 0) : void 0
    );
  }
  let deepest = depth;
  let offset = 0;
  while (offset < value.length) {
    const percent = value.indexOf("%", offset);
    if (percent < 0) {
      emit(state, value.slice(offset));
      return deepest;
    }
    emit(state, value.slice(offset, percent));
    const rest = value.slice(percent);
    const next = rest[1];
    if (next === "%") {
      emit(state, "%");
      offset = percent + 2;
      continue;
    }
    const where = node ? positionInValue(node, percent) : void 0;
    if (next !== "(") {
      throw new InterpolationFailure("InterpolationSyntaxError", `'%' must be followed by '%' or '(', found: ${JSON.stringify(rest)}`, where);
    }
    const match = REFERENCE.exec(rest);
    if (!match) {
      throw new InterpolationFailure("InterpolationSyntaxError", `bad interpolation variable reference ${JSON.stringify(rest)}`, where);
    }
    const name = match[1] ?? "";
    offset = percent + match[0].length;
    const target = lookup.get(name);
    if (!target) {
      throw new InterpolationFailure(
        "InterpolationMissingOptionError",
        `Bad value substitution: option '${optionName}' references '${name}', which is not set in its section or in [DEFAULT]`,
        where
      );
    }
    if (!target.value.includes("%")) {
      emit(state, target.value);
      continue;
    }
    deepest = Math.max(deepest, expandReference(target, name, lookup, state, depth + 1));
  }
  return deepest;
}
function expandReference(target, name, lookup, state, depth) {
  const known = state.known.get(target);
  if (known && depth + known.levels <= MAX_INTERPOLATION_DEPTH) {
    emit(state, known.value);
    return depth + known.levels;
  }
  const from = state.accumulated.length;
  const deepest = expand(target.value, lookup, state, depth, target, name);
  state.known.set(target, { value: state.accumulated.slice(from).join(""), levels: deepest - depth });
  return deepest;
}
function emit(state, text) {
  state.length += text.length;
  if (state.length > MAX_INTERPOLATED_LENGTH) {
    throw new InterpolationFailure(
      "InterpolationTooLarge",
      `the value expands to more than ${MAX_INTERPOLATED_LENGTH.toLocaleString("en-US")} characters through nested %(name)s references`,
      state.root ? positionInValue(state.root, 0) : void 0
    );
  }
  state.accumulated.push(text);
}
function positionInValue(node, index) {
  let remaining = index;
  for (const line of node.valueLines) {
    if (remaining <= line.text.length) {
      return { line: line.span.start.line, column: line.span.start.column + remaining };
    }
    remaining -= line.text.length + 1;
  }
  const last = node.valueLines.at(-1);
  return last ? last.span.end : node.keySpan.start;
}

// src/verify/parallel/overlap.ts
function taskIntervals(tasks) {
  const intervals = [];
  for (const task of tasks) {
    const start = parseTime(task.start);
    if (start === void 0) continue;
    intervals.push({ start, end: parseTime(task.end) ?? Number.POSITIVE_INFINITY });
  }
  return intervals;
}
function maxConcurrency(intervals) {
  const events = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 }
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let most = 0;
  for (const event of events) {
    open += event.delta;
    most = Math.max(most, open);
  }
  return most;
}
function parseTime(value) {
  if (value === void 0) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}
function secondsFromFirstStart(tasks) {
  const origin = Math.min(...taskIntervals(tasks).map((i) => i.start));
  return (time) => {
    const at = parseTime(time);
    return at === void 0 || !Number.isFinite(origin) ? void 0 : (at - origin) / 1e3;
  };
}

// src/reader/decode.ts
var MAX_CONFIG_BYTES = 10 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeConfigBytes(bytes) {
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, reason: `is larger than 10 MB (${bytes.length} bytes); an airflow.cfg is a text file of a few hundred KB at most` };
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, reason: utf16 };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `contains a NUL byte at line ${lineOfOffset(bytes, nul)}; it looks like a binary file, not an airflow.cfg` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `is not valid UTF-8 (first bad byte at line ${lineOfOffset(bytes, offset)}); Airflow reads airflow.cfg as UTF-8 and would fail with UnicodeDecodeError: save it as UTF-8`
    };
  }
}
function utf16Kind(bytes) {
  const fix = "save it as UTF-8";
  if (bytes[0] === 255 && bytes[1] === 254) {
    return `is UTF-16 (little-endian, with a byte order mark); Airflow reads airflow.cfg as UTF-8 and fails with "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte": ${fix}`;
  }
  if (bytes[0] === 254 && bytes[1] === 255) {
    return `is UTF-16 (big-endian, with a byte order mark); Airflow reads airflow.cfg as UTF-8 and fails with "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfe in position 0: invalid start byte": ${fix}`;
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  if (sample.length < 4) return void 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul += 1;
    else oddNul += 1;
  }
  const half = Math.floor(sample.length / 2);
  const order = oddNul >= half * 0.9 && evenNul === 0 ? "little-endian" : evenNul >= half * 0.9 && oddNul === 0 ? "big-endian" : void 0;
  if (!order) return void 0;
  return `looks like UTF-16 (${order}, without a byte order mark: a NUL byte beside every character); Airflow reads airflow.cfg as UTF-8 and would see a NUL in every name, so none of its options would be read: ${fix}`;
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i];
    if (byte === 10) line += 1;
    else if (byte === 13 && bytes[i + 1] !== 10) line += 1;
  }
  return line;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}
function sequenceLength(bytes, i) {
  const lead = bytes[i] ?? 0;
  let length;
  if (lead < 128) return 1;
  if (lead >= 194 && lead <= 223) length = 2;
  else if (lead >= 224 && lead <= 239) length = 3;
  else if (lead >= 240 && lead <= 244) length = 4;
  else return 0;
  try {
    utf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

export {
  pythonRstrip,
  splitPythonLines,
  parseConfig,
  sectionNamed,
  optionNamed,
  envVarName,
  parseEnvVarName,
  buildEffectiveConfig,
  valueSpanOf,
  MAX_INTERPOLATED_LENGTH,
  interpolateOption,
  positionInValue,
  MAX_CONFIG_BYTES,
  decodeConfigBytes,
  taskIntervals,
  maxConcurrency,
  secondsFromFirstStart
};

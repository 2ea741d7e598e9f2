// generator/cli.ts
import path7 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { parseArgs } from "node:util";

// generator/assets.ts
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
var CANDIDATES = [new URL("../runtime/", import.meta.url), new URL("../.build/runtime/", import.meta.url)];
async function loadAssets() {
  const folder = CANDIDATES.map((url) => fileURLToPath(url)).find((dir) => existsSync(`${dir}index.js`));
  if (folder === void 0) throw new Error("the compiled runtime is missing: run `npm run build` (npm ci runs it)");
  const names2 = (await readdir(folder)).filter((name) => name.endsWith(".js") || name.endsWith(".d.ts")).sort();
  const runtime = await Promise.all(
    names2.map(async (name) => ({ path: `dist/runtime/${name}`, contents: await readFile(folder + name, "utf8") }))
  );
  return { runtime };
}

// generator/load/limits.ts
var DEFAULT_LOAD_LIMITS = Object.freeze({
  maxBytes: 128 * 1024 * 1024,
  maxNodes: 1e7,
  maxDepth: 512,
  maxAliasNodes: 1e6,
  aliasRatio: 10
});
function withDefaults(limits = {}) {
  return { ...DEFAULT_LOAD_LIMITS, ...limits };
}
function raiseLimit(name) {
  return `raise the ${name} load limit to accept it`;
}
function formatCount(count2) {
  return Number.isFinite(count2) && count2 < 1e21 ? Math.round(count2).toLocaleString("en-US") : "more than 10^21";
}
function formatBytes(bytes) {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${formatCount(bytes)} bytes`;
}
function tooLargeIssue(displayName, bytes, maxBytes) {
  return {
    code: "spec_too_large",
    severity: "error",
    message: `the spec is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)}: ${raiseLimit("maxBytes")}`,
    at: { file: displayName, pointer: "", line: 1, column: 1 }
  };
}

// generator/util/issue-list.ts
var SpecProblems = class extends Error {
  issues;
  constructor(issues) {
    const sorted = [...issues].sort(byPlace);
    super(`${sorted.filter((issue) => issue.severity === "error").length} problems in the spec`);
    this.name = "SpecProblems";
    this.issues = sorted;
  }
};
function byPlace(a, b) {
  return a.at.line - b.at.line || a.at.column - b.at.column;
}
var IssueList = class {
  #issues = [];
  error(code, at2, message, extra = {}) {
    this.#issues.push({ code, severity: "error", message, at: at2, ...extra });
  }
  warn(code, at2, message, extra = {}) {
    this.#issues.push({ code, severity: "warning", message, at: at2, ...extra });
  }
  add(issue) {
    this.#issues.push(issue);
  }
  get hasErrors() {
    return this.#issues.some((issue) => issue.severity === "error");
  }
  /** Every issue so far, in the order found. */
  get all() {
    return this.#issues;
  }
  get warnings() {
    return this.#issues.filter((issue) => issue.severity === "warning");
  }
  /** Throws every collected issue (warnings ride along) when there is at least one error. */
  throwIfErrors() {
    if (this.hasErrors) throw new SpecProblems(this.#issues);
  }
};

// generator/load/at.ts
function lazyAt(file, pointer, place) {
  const at2 = {
    file,
    pointer,
    get line() {
      return settle(at2, place).line;
    },
    get column() {
      return settle(at2, place).column;
    }
  };
  return at2;
}
function settle(at2, place) {
  const position = place();
  Object.defineProperties(at2, {
    line: { value: position.line, enumerable: true, writable: false, configurable: false },
    column: { value: position.column, enumerable: true, writable: false, configurable: false }
  });
  return position;
}
function fixedAt(file, pointer, position) {
  return { file, pointer, line: position.line, column: position.column };
}

// generator/load/lines.ts
var LineIndex = class {
  text;
  #starts;
  constructor(text2) {
    this.text = text2;
  }
  /** Offset of the first character of every line. */
  get starts() {
    return this.#starts ??= lineStarts(this.text);
  }
  get lineCount() {
    return this.starts.length;
  }
  position(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line2) {
    const start = this.starts[line2 - 1];
    if (start === void 0) return "";
    const next = this.starts[line2];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  lineStart(line2) {
    return this.starts[line2 - 1] ?? this.text.length;
  }
};
function lineStarts(text2) {
  let count2 = 1;
  for (let index = text2.indexOf("\n"); index !== -1; index = text2.indexOf("\n", index + 1)) count2++;
  const starts = new Int32Array(count2);
  let line2 = 1;
  for (let index = text2.indexOf("\n"); index !== -1; index = text2.indexOf("\n", index + 1)) starts[line2++] = index + 1;
  return starts;
}
var EXCERPT_WIDTH = 100;
function excerpt(lines, { line: line2, column }) {
  const last = Math.min(line2 + 1, lines.lineCount);
  const width = String(last).length;
  const window = windowAround(lines.lineText(line2), column);
  const rows = [];
  for (let number = Math.max(1, line2 - 2); number <= last; number++) {
    const text2 = number === line2 ? window.text : cut(lines.lineText(number), window.from);
    rows.push(`${String(number).padStart(width)} | ${visible(text2)}`.trimEnd());
    if (number === line2) rows.push(`${" ".repeat(width)} | ${" ".repeat(window.caret)}^`);
  }
  return rows.join("\n");
}
function windowAround(text2, column) {
  if (text2.length <= EXCERPT_WIDTH) return { text: text2, from: 0, caret: column - 1 };
  const from = Math.max(0, Math.min(column - 1 - EXCERPT_WIDTH / 2, text2.length - EXCERPT_WIDTH));
  const prefix = from > 0 ? "\u2026" : "";
  return { text: prefix + cut(text2, from), from, caret: column - 1 - from + prefix.length };
}
function cut(text2, from) {
  const part = text2.slice(from, from + EXCERPT_WIDTH);
  return from + EXCERPT_WIDTH < text2.length ? `${part}\u2026` : part;
}
function visible(text2) {
  return text2.replace(/\t/g, "\u2192");
}

// generator/load/issues.ts
function textIssue(file, lines, problem, severity = "error") {
  const position = lines.position(problem.offset);
  const at2 = fixedAt(file, problem.pointer ?? "", position);
  const issue = problem.bare ? { code: problem.code, severity, message: problem.message, at: at2 } : { code: problem.code, severity, message: problem.message, at: at2, excerpt: excerpt(lines, position) };
  return problem.hint === void 0 ? issue : { ...issue, hint: problem.hint };
}

// generator/util/pointer.ts
function escapeToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function joinPointer(base, ...tokens) {
  return base + tokens.map((token) => `/${escapeToken(String(token))}`).join("");
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapeToken);
}
function getAtPointer(root, pointer) {
  let node = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9]\d*)$/.test(token) ? node[Number(token)] : void 0;
    else if (isRecord(node)) node = Object.hasOwn(node, token) ? node[token] : void 0;
    else return void 0;
    if (node === void 0) return void 0;
  }
  return node;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// generator/load/json-keys.ts
function readJsonKey(text2, offset) {
  let escaped = false;
  for (let index = offset + 1; index < text2.length; index++) {
    const char = text2.charCodeAt(index);
    if (char === 34) {
      const raw = text2.slice(offset + 1, index);
      return escaped ? JSON.parse(text2.slice(offset, index + 1)) : raw;
    }
    if (char === 92) {
      escaped = true;
      index++;
    }
  }
  return text2.slice(offset + 1);
}

// generator/load/json-scan.ts
var LITERALS = ["true", "false", "null"];
var Failure = class {
  constructor(offset, message, reason = "syntax") {
    this.offset = offset;
    this.message = message;
    this.reason = reason;
  }
  offset;
  message;
  reason;
};
function scanJson(text2, limits, sink) {
  try {
    return new Scanner(text2, limits, sink).run();
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ok: false, offset: error.offset, reason: error.reason, message: error.message };
  }
}
var Scanner = class {
  constructor(text2, limits, sink) {
    this.text = text2;
    this.limits = limits;
    this.sink = sink;
    this.#objects = new Uint8Array(limits.maxDepth + 2);
  }
  text;
  limits;
  sink;
  #at = 0;
  #depth = 0;
  #nodes = 0;
  #keys = 0;
  /** For each open container: true for an object. */
  #objects;
  run() {
    let keyOffset = -1;
    for (; ; ) {
      const opened = this.#value(keyOffset);
      if (opened !== void 0) {
        keyOffset = opened;
        continue;
      }
      const next = this.#afterValue();
      if (next === void 0) return { ok: true, nodes: this.#nodes, keys: this.#keys };
      keyOffset = next;
    }
  }
  /** Scans one value; for a non-empty container, returns the key offset of its first value. */
  #value(keyOffset) {
    const text2 = this.text;
    const at2 = this.#skipSpace(this.#at);
    this.sink?.value(at2, keyOffset);
    if (++this.#nodes > this.limits.maxNodes) throw new Failure(at2, "too many values", "nodes");
    const char = text2.charCodeAt(at2);
    if (char === 123 /* OpenBrace */ || char === 91 /* OpenBracket */) return this.#open(at2, char === 123 /* OpenBrace */);
    if (char === 34 /* Quote */) this.#at = this.#string(at2);
    else if (char === 45 /* Minus */ || char >= 48 /* Zero */ && char <= 57 /* Nine */) this.#at = this.#number(at2);
    else this.#at = this.#literal(at2);
    return void 0;
  }
  #open(at2, isObject2) {
    if (this.#depth >= this.limits.maxDepth) throw new Failure(at2, "nested too deeply", "depth");
    this.#objects[++this.#depth] = isObject2 ? 1 : 0;
    const next = this.#skipSpace(at2 + 1);
    const char = this.text.charCodeAt(next);
    if (char === (isObject2 ? 125 /* CloseBrace */ : 93 /* CloseBracket */)) {
      this.#at = next + 1;
      this.#depth--;
      this.sink?.close();
      return void 0;
    }
    if (!isObject2) {
      this.#at = next;
      return -1;
    }
    return this.#key(next, "a key in double quotes or '}'");
  }
  /** Reads `"key" :` at `at` and returns the key's offset. */
  #key(at2, expected) {
    if (this.text.charCodeAt(at2) !== 34 /* Quote */) throw this.#unexpected(at2, expected);
    const end = this.#skipSpace(this.#string(at2));
    if (this.text.charCodeAt(end) !== 58 /* Colon */) throw this.#unexpected(end, "':' after the key");
    this.#keys++;
    this.#at = end + 1;
    return at2;
  }
  /** Returns the key offset of the next value (-1 in an array), or undefined at the end of the document. */
  #afterValue() {
    const text2 = this.text;
    for (; ; ) {
      const at2 = this.#skipSpace(this.#at);
      if (this.#depth === 0) {
        if (at2 < text2.length) throw new Failure(at2, "unexpected text after the end of the document");
        return void 0;
      }
      const isObject2 = this.#objects[this.#depth] === 1;
      const char = text2.charCodeAt(at2);
      if (char === (isObject2 ? 125 /* CloseBrace */ : 93 /* CloseBracket */)) {
        this.#at = at2 + 1;
        this.#depth--;
        this.sink?.close();
        continue;
      }
      if (char !== 44 /* Comma */) throw this.#missingComma(at2, isObject2);
      const next = this.#skipSpace(at2 + 1);
      const after = text2.charCodeAt(next);
      if (after === 125 /* CloseBrace */ || after === 93 /* CloseBracket */) {
        throw new Failure(at2, `trailing comma: JSON allows no ',' before '${String.fromCharCode(after)}'`);
      }
      if (!isObject2) {
        this.#at = next;
        return -1;
      }
      return this.#key(next, "a key in double quotes");
    }
  }
  #missingComma(at2, isObject2) {
    const close = isObject2 ? "}" : "]";
    if (at2 >= this.text.length) return new Failure(at2, `unexpected end of the file: expected '${close}'`);
    const char = this.text.charCodeAt(at2);
    const startsValue = char === 34 /* Quote */ || char === 123 /* OpenBrace */ || char === 91 /* OpenBracket */;
    if (startsValue) return new Failure(at2, `missing ',' between ${isObject2 ? "members" : "items"}`);
    return this.#unexpected(at2, `',' or '${close}'`);
  }
  /** Returns the offset after the closing quote. */
  #string(at2) {
    const text2 = this.text;
    for (let index = at2 + 1; index < text2.length; index++) {
      const char = text2.charCodeAt(index);
      if (char === 34 /* Quote */) return index + 1;
      if (char === 92 /* Backslash */) index = this.#escape(index);
      else if (char < 32 /* Space */) {
        if (char === 10 /* LineFeed */ || char === 13 /* Return */) throw new Failure(at2, "unterminated string");
        throw new Failure(index, "control character in a string: write it as an escape such as \\t");
      }
    }
    throw new Failure(at2, "unterminated string");
  }
  /** Returns the offset of the escape's last character. */
  #escape(at2) {
    const char = this.text[at2 + 1];
    if (char !== void 0 && '"\\/bfnrt'.includes(char)) return at2 + 1;
    if (char === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(at2 + 2, at2 + 6))) return at2 + 5;
    throw new Failure(at2, `invalid escape '\\${char ?? ""}' in a string`);
  }
  #number(at2) {
    const text2 = this.text;
    let index = at2;
    if (text2.charCodeAt(index) === 45 /* Minus */) index++;
    const first = text2.charCodeAt(index);
    if (first === 48 /* Zero */) index++;
    else if (first > 48 /* Zero */ && first <= 57 /* Nine */) index = this.#digits(index);
    else throw new Failure(at2, "invalid number");
    if (text2.charCodeAt(index) === 46 /* Dot */) index = this.#requiredDigits(index + 1, at2);
    const exponent = text2.charCodeAt(index);
    if (exponent === 101 /* LowerE */ || exponent === 69 /* UpperE */) {
      index++;
      const sign = text2.charCodeAt(index);
      if (sign === 43 /* Plus */ || sign === 45 /* Minus */) index++;
      index = this.#requiredDigits(index, at2);
    }
    return index;
  }
  #requiredDigits(index, start) {
    const end = this.#digits(index);
    if (end === index) throw new Failure(start, "invalid number");
    return end;
  }
  #digits(index) {
    const text2 = this.text;
    let at2 = index;
    while (at2 < text2.length && text2.charCodeAt(at2) >= 48 /* Zero */ && text2.charCodeAt(at2) <= 57 /* Nine */) at2++;
    return at2;
  }
  #literal(at2) {
    for (const word of LITERALS) {
      if (this.text.startsWith(word, at2)) return at2 + word.length;
    }
    throw this.#unexpected(at2, "a value");
  }
  #unexpected(at2, expected) {
    if (at2 >= this.text.length) return new Failure(at2, `unexpected end of the file: expected ${expected}`);
    return new Failure(at2, `expected ${expected}, found ${describe(this.text, at2)}`);
  }
  #skipSpace(at2) {
    const text2 = this.text;
    let index = at2;
    for (; ; ) {
      const char = text2.charCodeAt(index);
      if (char !== 32 /* Space */ && char !== 10 /* LineFeed */ && char !== 13 /* Return */ && char !== 9 /* Tab */) return index;
      index++;
    }
  }
};
function describe(text2, at2) {
  const char = text2[at2] ?? "";
  if (char === "/" && (text2[at2 + 1] === "/" || text2[at2 + 1] === "*")) return "a comment (JSON has none)";
  if (char === "'") return "a single quote (JSON strings take double quotes)";
  const word = /^[A-Za-z_$][\w$]*/.exec(text2.slice(at2, at2 + 40))?.[0];
  if (word !== void 0) return `'${word}'`;
  return `'${char}'`;
}

// generator/load/json-paths.ts
var PathTracker = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  #frames = [];
  duplicates = [];
  value(offset, keyOffset) {
    const parent = this.#frames.at(-1);
    if (parent !== void 0) this.#enter(parent, keyOffset);
    const char = this.text.charCodeAt(offset);
    if (char === 123 || char === 91)
      this.#frames.push({ keys: char === 123 ? /* @__PURE__ */ new Map() : void 0, count: 0, token: void 0 });
  }
  close() {
    this.#frames.pop();
  }
  /** The value being scanned: the innermost container, or its current member or item. */
  get pointer() {
    const tokens = this.#frames.flatMap((frame) => frame.token === void 0 ? [] : [frame.token]);
    return joinPointer("", ...tokens);
  }
  #enter(parent, keyOffset) {
    const token = keyOffset >= 0 ? readJsonKey(this.text, keyOffset) : String(parent.count);
    parent.count++;
    parent.token = token;
    if (parent.keys === void 0) return;
    const first = parent.keys.get(token);
    if (first === void 0) parent.keys.set(token, keyOffset);
    else this.duplicates.push({ key: token, offset: keyOffset, firstOffset: first, pointer: this.pointer });
  }
};
function findDuplicateKeys(text2, limits) {
  const tracker = new PathTracker(text2);
  scanJson(text2, limits, tracker);
  return tracker.duplicates;
}
function pointerWhereScanStops(text2, limits) {
  const tracker = new PathTracker(text2);
  scanJson(text2, limits, tracker);
  return tracker.pointer;
}

// generator/load/json-positions.ts
var JsonPositions = class {
  #text;
  #valueStart;
  #keyStart;
  /** One past the last value inside: a container's contents are the values between it and its end. */
  #end;
  #members = /* @__PURE__ */ new Map();
  #items = /* @__PURE__ */ new Map();
  /** `nodes` and `maxDepth` are what the checking scan found, so the arrays are sized exactly. */
  constructor(text2, nodes2, maxDepth) {
    this.#text = text2;
    this.#valueStart = new Int32Array(nodes2);
    this.#keyStart = new Int32Array(nodes2);
    this.#end = new Int32Array(nodes2);
    scanJson(text2, { maxDepth, maxNodes: nodes2 }, this.#recorder());
  }
  /** The offset of the node's key (a member) or of the value (an item, the root); a missing tail stops at the deepest node found. */
  offsetOf(pointer) {
    let node = 0;
    for (const token of splitPointer(pointer)) {
      const child = this.#child(node, token);
      if (child === -1) break;
      node = child;
    }
    const key = this.#keyStart[node] ?? -1;
    return key >= 0 ? key : this.#valueStart[node] ?? 0;
  }
  #recorder() {
    const open2 = [];
    let count2 = 0;
    const valueStart = this.#valueStart;
    const keyStart = this.#keyStart;
    const end = this.#end;
    const text2 = this.#text;
    return {
      value(offset, keyOffset) {
        const node = count2++;
        valueStart[node] = offset;
        keyStart[node] = keyOffset;
        const char = text2.charCodeAt(offset);
        if (char === 123 || char === 91) open2.push(node);
        else end[node] = count2;
      },
      close() {
        end[open2.pop() ?? 0] = count2;
      }
    };
  }
  #child(node, token) {
    const char = this.#text.charCodeAt(this.#valueStart[node] ?? 0);
    if (char === 123) return this.#membersOf(node).get(token) ?? -1;
    if (char !== 91 || !/^(0|[1-9]\d*)$/.test(token)) return -1;
    return this.#itemsOf(node)[Number(token)] ?? -1;
  }
  #membersOf(node) {
    let members = this.#members.get(node);
    if (members === void 0) {
      members = /* @__PURE__ */ new Map();
      for (const child of this.#childrenOf(node))
        members.set(readJsonKey(this.#text, this.#keyStart[child] ?? 0), child);
      this.#members.set(node, members);
    }
    return members;
  }
  #itemsOf(node) {
    let items = this.#items.get(node);
    if (items === void 0) {
      items = Int32Array.from(this.#childrenOf(node));
      this.#items.set(node, items);
    }
    return items;
  }
  *#childrenOf(node) {
    const end = this.#end[node] ?? 0;
    for (let child = node + 1; child < end; child = this.#end[child] ?? end) yield child;
  }
};

// generator/load/json.ts
function parseJson(text2, file, limits) {
  const lines = new LineIndex(text2);
  const scan2 = scanJson(text2, limits);
  if (!scan2.ok) throw new SpecProblems([textIssue(file, lines, scanProblem(text2, scan2, limits))]);
  const document = parseChecked(text2, file, lines);
  if (countKeys(document) !== scan2.keys) throw duplicateKeys(text2, file, lines, limits);
  let positions;
  const offsetOf = (pointer) => (positions ??= new JsonPositions(text2, scan2.nodes, limits.maxDepth)).offsetOf(pointer);
  const locate = (pointer) => lazyAt(file, pointer, () => lines.position(offsetOf(pointer)));
  return { document, locate, warnings: [] };
}
function scanProblem(text2, scan2, limits) {
  const { offset, message } = scan2;
  if (scan2.reason === "syntax") return { code: "json_syntax", offset, message };
  const pointer = pointerWhereScanStops(text2, limits);
  if (scan2.reason === "depth") {
    const nesting = `objects and arrays nest more than ${limits.maxDepth} deep here`;
    return { code: "nesting_limit", offset, pointer, message: `${nesting}: ${raiseLimit("maxDepth")}` };
  }
  const count2 = `the spec has more than ${formatCount(limits.maxNodes)} values`;
  return { code: "spec_too_large", offset, pointer, message: `${count2}: ${raiseLimit("maxNodes")}` };
}
function parseChecked(text2, file, lines) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
    const message = error.message.replace(/ in JSON at position \d+.*$/, "");
    throw new SpecProblems([textIssue(file, lines, { code: "json_syntax", offset, message })]);
  }
}
function countKeys(document) {
  let count2 = 0;
  const pending = [document];
  for (let value = pending.pop(); value !== void 0; value = pending.pop()) {
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null) pending.push(item);
      continue;
    }
    const record = value;
    for (const key in record) {
      count2++;
      const member2 = record[key];
      if (typeof member2 === "object" && member2 !== null) pending.push(member2);
    }
  }
  return count2;
}
function duplicateKeys(text2, file, lines, limits) {
  const issues = findDuplicateKeys(text2, limits).map(({ key, offset, firstOffset, pointer }) => {
    const first = lines.position(firstOffset).line;
    const message = `duplicate key ${JSON.stringify(key)}: already defined on line ${first}`;
    return textIssue(file, lines, { code: "json_duplicate_key", offset, pointer, message });
  });
  return new SpecProblems(issues);
}

// generator/load/read.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
var SpecFileError = class extends Error {
  /** The system error code, such as `ENOENT` or `EISDIR`. */
  code;
  constructor(displayName, code) {
    super(`${displayName}: cannot read the spec (${code})`);
    this.name = "SpecFileError";
    this.code = code;
  }
};
async function readSpecFile(file, displayName, maxBytes) {
  let handle;
  try {
    handle = await open(file, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(displayName, size, maxBytes);
    return await readAtMost(handle, size, displayName, maxBytes);
  } catch (error) {
    if (error instanceof SpecProblems) throw error;
    throw new SpecFileError(displayName, error.code ?? "unknown error");
  } finally {
    await handle?.close();
  }
}
async function readAtMost(handle, size, displayName, maxBytes) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const buffer = Buffer.allocUnsafe(Math.max(size + 1 - total, 64 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(displayName, total, maxBytes);
    chunks.push(buffer.subarray(0, bytesRead));
  }
  return chunks.length === 1 && chunks[0] !== void 0 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(displayName, size, maxBytes) {
  return new SpecProblems([tooLargeIssue(displayName, size, maxBytes)]);
}
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

// generator/load/yaml.ts
import { Composer, isScalar as isScalar4, Parser, YAMLParseError } from "yaml";

// generator/load/yaml-aliases.ts
import { isAlias as isAlias2, isMap, isScalar as isScalar2, isSeq } from "yaml";

// generator/load/yaml-keys.ts
import { isAlias, isScalar } from "yaml";
function keyString(key, targets) {
  const node = isAlias(key) ? targets.get(key) : key;
  if (!isScalar(node) || node.value === null || node.value === void 0) return "";
  return String(node.value);
}

// generator/load/yaml-aliases.ts
function measureAliases(root, limits) {
  const walk = new AliasWalk(limits);
  const { size } = walk.measure(root, 0);
  walk.checkExpansion(size);
  return { targets: walk.targets, problems: walk.problems };
}
var AliasWalk = class {
  constructor(limits) {
    this.limits = limits;
  }
  limits;
  targets = /* @__PURE__ */ new Map();
  problems = [];
  #anchors = /* @__PURE__ */ new Map();
  #extents = /* @__PURE__ */ new Map();
  #open = /* @__PURE__ */ new Set();
  #path = [];
  #own = 0;
  #biggest;
  /** `depth` counts the collections around the node. */
  measure(node, depth) {
    if (isAlias2(node)) return this.#alias(node, depth);
    if (!isMap(node) && !isSeq(node) && !isScalar2(node)) return { size: 1, height: 0 };
    this.#own++;
    if (node.anchor) this.#anchor(node);
    let size = 1;
    let height = 0;
    if (isMap(node) || isSeq(node)) {
      node.items.forEach((item, index) => {
        const extent = isMap(node) ? this.#pair(item, depth + 1) : this.#item(item, index, depth + 1);
        size += extent.size;
        height = Math.max(height, extent.height);
      });
      height++;
    }
    if (node.anchor) this.#close(node, { size, height });
    return { size, height };
  }
  #pair(pair, depth) {
    this.#key(pair.key);
    this.#path.push(keyString(pair.key, this.targets));
    const extent = this.measure(pair.value, depth);
    this.#path.pop();
    return extent;
  }
  /** Keys are scalars (stringKeys): they add nothing, but may hold an anchor or be an alias. */
  #key(key) {
    if (isAlias2(key)) {
      const target = this.#anchors.get(key.source);
      if (target !== void 0) this.targets.set(key, target);
    } else if (isScalar2(key) && key.anchor) {
      this.#anchors.set(key.anchor, key);
      this.#extents.set(key, { size: 1, height: 0 });
    }
  }
  #item(item, index, depth) {
    this.#path.push(index);
    const extent = this.measure(item, depth);
    this.#path.pop();
    return extent;
  }
  #anchor(node) {
    this.#anchors.set(node.anchor ?? "", node);
    this.#open.add(node);
  }
  #close(node, extent) {
    this.#open.delete(node);
    this.#extents.set(node, extent);
  }
  #alias(alias2, depth) {
    this.#own++;
    const target = this.#anchors.get(alias2.source);
    const offset = alias2.range?.[0] ?? 0;
    const pointer = joinPointer("", ...this.#path);
    if (target === void 0) {
      const message = `alias *${alias2.source} has no anchor &${alias2.source} before it`;
      this.problems.push({ code: "yaml_syntax", offset, pointer, message });
      return { size: 1, height: 0 };
    }
    this.targets.set(alias2, target);
    const extent = this.#extents.get(target);
    if (extent === void 0 || this.#open.has(target)) {
      const message = `alias *${alias2.source} is inside the node it names (&${alias2.source}): it would expand forever`;
      this.problems.push({ code: "alias_expansion_limit", offset, pointer, message });
      return { size: 1, height: 0 };
    }
    if (this.#biggest === void 0 || extent.size > this.#biggest.size) {
      this.#biggest = { alias: alias2, size: extent.size, pointer };
    }
    if (depth + extent.height > this.limits.maxDepth && this.problems.length === 0) {
      const nesting = `alias *${alias2.source} makes mappings and sequences nest more than ${this.limits.maxDepth} deep`;
      this.problems.push({ code: "nesting_limit", offset, pointer, message: `${nesting}: ${raiseLimit("maxDepth")}` });
    }
    return extent;
  }
  /** Refuses a total out of proportion: over maxAliasNodes and aliasRatio times the document's own size, or over maxNodes. */
  checkExpansion(size) {
    const { maxAliasNodes, aliasRatio, maxNodes } = this.limits;
    const proportionate = Math.max(maxAliasNodes, aliasRatio * this.#own);
    const biggest = this.#biggest;
    if (size <= Math.min(maxNodes, proportionate) || biggest === void 0 || this.problems.length > 0) return;
    const [over, limit] = proportionate > maxNodes ? [`more than the ${formatCount(maxNodes)} allowed`, "maxNodes"] : [`more than ${formatCount(maxAliasNodes)} and ${aliasRatio} times its own size`, "maxAliasNodes"];
    const message = `YAML aliases expand the document from ${formatCount(this.#own)} to ${formatCount(size)} values, ${over}; *${biggest.alias.source} alone stands for ${formatCount(biggest.size)}: write the values out or use $ref, or ${raiseLimit(limit)}`;
    this.problems.push({
      code: "alias_expansion_limit",
      offset: biggest.alias.range?.[0] ?? 0,
      pointer: biggest.pointer,
      message
    });
  }
};

// generator/load/yaml-convert.ts
import { isAlias as isAlias3, isMap as isMap2, isScalar as isScalar3, isSeq as isSeq2 } from "yaml";
function yamlToJson(root, targets) {
  const anchored = /* @__PURE__ */ new Map();
  const convert = (node) => {
    if (isAlias3(node)) {
      const target = targets.get(node);
      return target === void 0 ? null : anchored.get(target) ?? convert(target);
    }
    if (isMap2(node)) {
      const record = {};
      if (node.anchor) anchored.set(node, record);
      for (const pair of node.items) setMember(record, keyString(pair.key, targets), convert(pair.value));
      return record;
    }
    if (isSeq2(node)) {
      const items = [];
      if (node.anchor) anchored.set(node, items);
      for (const item of node.items) items.push(convert(item));
      return items;
    }
    return isScalar3(node) ? scalarValue(node.value) : null;
  };
  return convert(root);
}
function setMember(record, key, value) {
  if (key === "__proto__")
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
function scalarValue(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  return String(value);
}

// generator/load/yaml-cst.ts
function eachValue(tokens, visit) {
  const stack = [];
  for (const token of [...tokens].reverse()) if (token.type === "document" && token.value) stack.push([token.value, 1]);
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const [token, depth] = next;
    if (!visit(token, depth)) return;
    if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      for (let index = token.items.length - 1; index >= 0; index--) {
        const value = token.items[index]?.value;
        if (value) stack.push([value, depth + 1]);
      }
    }
  }
}
function isCollection(token) {
  return token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
}
var YAML_MAX_DEPTH = 600;
function measureTokens(tokens, limits) {
  const maxDepth = Math.min(limits.maxDepth, YAML_MAX_DEPTH);
  let nodes2 = 0;
  let problem;
  eachValue(tokens, (token, depth) => {
    if (isCollection(token) && depth > maxDepth) {
      const nesting = `mappings and sequences nest more than ${maxDepth} deep here`;
      const remedy = maxDepth < limits.maxDepth ? ", more than the YAML parser can follow: convert the spec to JSON" : `: ${raiseLimit("maxDepth")}`;
      problem = { code: "nesting_limit", offset: token.offset, message: `${nesting}${remedy}` };
    } else if (++nodes2 > limits.maxNodes) {
      const count2 = `the spec has more than ${formatCount(limits.maxNodes)} values`;
      problem = { code: "spec_too_large", offset: token.offset, message: `${count2}: ${raiseLimit("maxNodes")}` };
    }
    return problem === void 0;
  });
  return problem;
}
function unclosedQuoteOffset(tokens) {
  let found;
  const check = (token) => {
    if (token && isQuoted(token) && !isClosed(token.source) && (found === void 0 || token.offset < found)) {
      found = token.offset;
    }
  };
  eachValue(tokens, (token) => {
    check(token);
    if (token.type === "block-map" || token.type === "flow-collection") for (const item of token.items) check(item.key);
    return true;
  });
  return found;
}
function isQuoted(token) {
  return token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar";
}
function isClosed(source) {
  const quote = source[0] ?? "";
  const rest = source.slice(1);
  if (!rest.endsWith(quote)) return false;
  if (quote === "'") return (/'*$/.exec(rest)?.[0].length ?? 0) % 2 === 1;
  return (/\\*"$/.exec(rest)?.[0].length ?? 1) % 2 === 1;
}

// generator/load/yaml-diagnose.ts
import { isMap as isMap3, isSeq as isSeq3 } from "yaml";

// generator/load/yaml-text.ts
function indentOf(text2) {
  return /^ */.exec(text2)?.[0].length ?? 0;
}
function isContentLine(lines, line2) {
  const text2 = lines.lineText(line2).trim();
  return text2 !== "" && !text2.startsWith("#");
}
function previousContentLine(lines, line2) {
  for (let number = line2 - 1; number >= 1; number--) if (isContentLine(lines, number)) return number;
  return void 0;
}
function nextContentLine(lines, line2) {
  for (let number = line2 + 1; number <= lines.lineCount; number++) if (isContentLine(lines, number)) return number;
  return void 0;
}
function firstNonSpace(lines, line2) {
  return lines.lineStart(line2) + indentOf(lines.lineText(line2));
}
function opensBlock(text2) {
  const code = text2.replace(/\s#.*$/, "").trimEnd();
  return code.endsWith(":") || /(^|\s)-$/.test(code) || /(:|^-)\s+[|>][-+0-9]*$/.test(code);
}
function columnsOf(text2) {
  const indent2 = indentOf(text2);
  const item = /^ *-( +)\S/.exec(text2);
  return item?.[1] === void 0 ? [indent2] : [indent2 + 1 + item[1].length, indent2];
}
function openLevels(lines, line2) {
  const levels = [];
  for (let number = previousContentLine(lines, line2); number !== void 0; number = previousContentLine(lines, number)) {
    const columns = columnsOf(lines.lineText(number));
    for (const column of columns) {
      const last = levels.at(-1);
      if (last === void 0 || column < last.indent) levels.push({ line: number, indent: column });
    }
    if (columns.includes(0)) break;
  }
  return levels;
}

// generator/load/yaml-diagnose.ts
function diagnose(error, fix, context) {
  const { lines } = context;
  const { line: line2 } = fix;
  const offset = error.pos[0];
  const onErrorLine = lines.position(offset).line === line2;
  if (error.code === "TAB_AS_INDENT") return tabIndent(offset);
  if (isStackOverflow(error)) return tooDeep(offset);
  if (error.code === "DUPLICATE_KEY") return duplicateKey(offset, context) ?? generic(error, offset);
  if (/^Missing closing .?quote/.test(error.message)) return unclosedQuote(error, context);
  if (fix.indent !== void 0) return reindent(lines, line2, fix.indent);
  if (/\bflow (sequence|map|mapping|collection)\b/i.test(error.message)) {
    const bracket = unclosedBracket(lines, line2);
    if (bracket !== void 0) return bracket;
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && onErrorLine) {
    const colon = colonInPlainValue(lines, offset);
    if (colon !== void 0) return colon;
  }
  return badIndentation(lines, line2) ?? generic(error, onErrorLine ? offset : firstNonSpace(lines, line2));
}
function isStackOverflow(error) {
  return error.message.startsWith("Maximum call stack size exceeded");
}
function tooDeep(offset) {
  const message = "mappings and sequences nest too deeply here for the YAML parser: lower the maxDepth load limit";
  return { code: "nesting_limit", offset, message };
}
function generic(error, offset) {
  return { code: "yaml_syntax", offset, message: error.message.split("\n")[0] ?? error.message };
}
function tabIndent(offset) {
  const message = "tabs are not allowed as indentation: YAML indents with spaces";
  return { code: "yaml_tab_indent", offset, message, hint: "replace the tab with spaces" };
}
var NO_ALIASES = /* @__PURE__ */ new Map();
function duplicateKey(offset, context) {
  const found = findPair(context.root, offset, []);
  if (found === void 0) return void 0;
  const { map, pair, path: path8 } = found;
  const key = keyString(pair.key, NO_ALIASES);
  const first = map.find((other) => other !== pair && keyString(other.key, NO_ALIASES) === key);
  const firstOffset = first?.key?.range?.[0];
  const where = firstOffset === void 0 ? "" : `: already defined on line ${context.lines.position(firstOffset).line}`;
  const pointer = joinPointer("", ...path8, key);
  return { code: "yaml_duplicate_key", offset, pointer, message: `duplicate key ${JSON.stringify(key)}${where}` };
}
function findPair(node, offset, path8) {
  if (isMap3(node)) {
    const pairs = node.items;
    const pair = pairs.find((item) => item.key?.range?.[0] === offset);
    if (pair !== void 0) return { map: pairs, pair, path: path8 };
    for (const item of pairs) {
      const found = findPair(item.value, offset, [...path8, keyString(item.key, NO_ALIASES)]);
      if (found !== void 0) return found;
    }
  } else if (isSeq3(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = findPair(item, offset, [...path8, index]);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function unclosedQuote(error, context) {
  const offset = unclosedQuoteOffset(context.tokens) ?? error.pos[0];
  const quote = context.lines.text[offset] === "'" ? "'" : '"';
  const message = `this quoted value is never closed: YAML reads on to the end of the file looking for its closing ${quote}`;
  return { code: "yaml_syntax", offset, message, hint: `add the closing ${quote}` };
}
function unclosedBracket(lines, line2) {
  const text2 = lines.lineText(line2);
  const open2 = [];
  let quote;
  for (let index = 0; index < text2.length; index++) {
    const char = text2[index];
    if (quote !== void 0) quote = char === quote ? void 0 : quote;
    else if ((char === '"' || char === "'") && /^$|[\s[{,:]$/.test(text2.slice(Math.max(0, index - 1), index)))
      quote = char;
    else if (char === "#" && (index === 0 || text2[index - 1] === " ")) break;
    else if (char === "[" || char === "{") open2.push(index);
    else if (char === "]" || char === "}") open2.pop();
  }
  const column = open2[0];
  if (column === void 0) return void 0;
  const bracket = text2[column] ?? "[";
  const close = bracket === "[" ? "]" : "}";
  const kind = bracket === "[" ? "sequence" : "mapping";
  return {
    code: "yaml_syntax",
    offset: lines.lineStart(line2) + column,
    message: `this flow ${kind} is never closed: '${close}' expected`,
    hint: `close it with '${close}'; if it goes on over several lines, indent them more than its key`
  };
}
function colonInPlainValue(lines, offset) {
  const { line: line2, column } = lines.position(offset);
  const text2 = lines.lineText(line2);
  const value = text2.slice(column - 1).replace(/\s#.*$/, "").trimEnd();
  const colon = /:(\s|$)/.exec(value);
  if (colon === null || value === "") return void 0;
  const key = text2.slice(0, column - 1).trim();
  const message = `a plain value cannot contain ': ' (a colon and a space): YAML reads it as a nested mapping`;
  return {
    code: "yaml_syntax",
    offset: offset + colon.index,
    message,
    hint: `quote the value: ${key} ${quoted(value)}`
  };
}
function quoted(value) {
  return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
}
function reindent(lines, line2, indent2) {
  const own2 = indentOf(lines.lineText(line2));
  return {
    code: "yaml_syntax",
    offset: firstNonSpace(lines, line2),
    message: `bad indentation: this line starts at column ${own2 + 1}, ${alignedWith(lines, line2, indent2)}`,
    hint: `indent it to column ${indent2 + 1}`
  };
}
function alignedWith(lines, line2, indent2) {
  const previous = previousContentLine(lines, line2);
  const next = nextContentLine(lines, line2);
  const column = `column ${indent2 + 1}`;
  const previousText = previous === void 0 ? "" : lines.lineText(previous);
  const above = previous !== void 0 && columnsOf(previousText).includes(indent2);
  const below = next !== void 0 && indentOf(lines.lineText(next)) === indent2;
  if (above && below) return `the lines around it at ${column}`;
  if (above) return `the line above at ${column}`;
  if (below) return `the line below at ${column}`;
  if (previous !== void 0 && opensBlock(previousText) && indent2 > indentOf(previousText)) {
    return `one level in from the line above is ${column}`;
  }
  const level = openLevels(lines, line2).find((open2) => open2.indent === indent2);
  return level === void 0 ? `not ${column}` : `line ${level.line} at ${column}`;
}
function badIndentation(lines, line2) {
  const own2 = indentOf(lines.lineText(line2));
  const previous = previousContentLine(lines, line2);
  const next = nextContentLine(lines, line2);
  const expected = previous === void 0 ? nextIndent(lines, next, own2) : expectedIndent(lines, line2, previous, next, own2);
  if (expected === void 0) return void 0;
  return {
    code: "yaml_syntax",
    offset: firstNonSpace(lines, line2),
    message: `bad indentation: this line starts at column ${own2 + 1}, ${expected.why}`,
    hint: `indent it to column ${expected.indent + 1}`
  };
}
function nextIndent(lines, next, own2) {
  if (next === void 0) return void 0;
  const indent2 = indentOf(lines.lineText(next));
  return indent2 === own2 ? void 0 : { indent: indent2, why: `the next line at column ${indent2 + 1}` };
}
function expectedIndent(lines, line2, previous, next, own2) {
  const above = lines.lineText(previous);
  const aboveIndent = indentOf(above);
  if (opensBlock(above)) return void 0;
  const nextIndent2 = next === void 0 ? void 0 : indentOf(lines.lineText(next));
  if (nextIndent2 === aboveIndent && own2 !== aboveIndent) {
    return { indent: aboveIndent, why: `the lines around it at column ${aboveIndent + 1}` };
  }
  const levels = openLevels(lines, line2);
  if (levels.some((level) => level.indent === own2)) return void 0;
  const closest = levels.reduce(
    (best, level) => Math.abs(level.indent - own2) < Math.abs(best.indent - own2) ? level : best
  );
  return { indent: closest.indent, why: `line ${closest.line} at column ${closest.indent + 1}` };
}

// generator/load/yaml-fixes.ts
var MAX_FIXES = 16;
var BLANK_COST = 2.5;
var ON_STEP_COST = 0.5;
function candidateFixes(lines, errorLine) {
  const unit = indentUnit(lines);
  const errorIndent = indentOf(lines.lineText(errorLine));
  const parent = lastLessIndented(lines, errorLine);
  const candidates = [
    errorLine,
    nextContentLine(lines, errorLine),
    previousContentLine(lines, errorLine),
    parent,
    // The first line of the block sets its column: when that line is off, yaml blames its siblings.
    parent === void 0 ? void 0 : nextContentLine(lines, parent)
  ];
  const unique2 = [...new Set(candidates.filter((line2) => line2 !== void 0))];
  const scored = unique2.flatMap((line2) => {
    const own2 = indentOf(lines.lineText(line2));
    const onStep = own2 % unit === 0 ? ON_STEP_COST : 0;
    const moves = indentsFor(lines, line2, errorIndent, unit).map((indent2) => ({
      fix: { line: line2, indent: indent2 },
      cost: Math.abs(indent2 - own2) + onStep
    }));
    return [...moves, { fix: { line: line2 }, cost: BLANK_COST + onStep }];
  });
  return scored.sort((a, b) => a.cost - b.cost).slice(0, MAX_FIXES).map(({ fix }) => fix);
}
function indentsFor(lines, line2, errorIndent, unit) {
  const text2 = lines.lineText(line2);
  const own2 = indentOf(text2);
  const previous = previousContentLine(lines, line2);
  const next = nextContentLine(lines, line2);
  const nextIndent2 = next === void 0 ? void 0 : indentOf(lines.lineText(next));
  const previousText = previous === void 0 ? "" : lines.lineText(previous);
  const [content = own2] = columnsOf(text2);
  const indents = [
    ...openLevels(lines, line2).map((level) => level.indent),
    nextIndent2,
    errorIndent,
    previous !== void 0 && opensBlock(previousText) ? indentOf(previousText) + unit : void 0,
    nextIndent2 === void 0 || content === own2 ? void 0 : nextIndent2 - (content - own2)
  ];
  return [...new Set(indents)].filter(
    (indent2) => indent2 !== void 0 && indent2 >= 0 && indent2 !== own2
  );
}
function lastLessIndented(lines, line2) {
  const indent2 = indentOf(lines.lineText(line2));
  for (let number = line2 - 1; number >= 1; number--) {
    if (isContentLine(lines, number) && indentOf(lines.lineText(number)) < indent2) return number;
  }
  return void 0;
}
function indentUnit(lines) {
  const counts = /* @__PURE__ */ new Map();
  let previous;
  for (let line2 = 1; line2 <= lines.lineCount; line2++) {
    if (!isContentLine(lines, line2)) continue;
    const indent2 = indentOf(lines.lineText(line2));
    if (previous !== void 0 && indent2 > previous && indent2 - previous <= 8) {
      counts.set(indent2 - previous, (counts.get(indent2 - previous) ?? 0) + 1);
    }
    previous = indent2;
  }
  let unit = 2;
  for (const [step, count2] of counts) if (count2 > (counts.get(unit) ?? 0)) unit = step;
  return unit;
}
function applyFix(lines, fix) {
  const { text: text2 } = lines;
  const start = lines.lineStart(fix.line);
  const content = lines.lineText(fix.line);
  const replacement = fix.indent === void 0 ? " ".repeat(content.length) : " ".repeat(fix.indent) + content.trimStart();
  return text2.slice(0, start) + replacement + text2.slice(start + content.length);
}

// generator/load/yaml-errors.ts
var MAX_PROBLEMS = 10;
var REPARSE_BUDGET_BYTES = 24 * 1024 * 1024;
var MAX_REPARSES = 64;
var STANDALONE = /* @__PURE__ */ new Set(["DUPLICATE_KEY", "MULTIPLE_DOCS", "NON_STRING_KEY"]);
function yamlSyntaxProblems(errors, context, reparse) {
  const { lines } = context;
  const lineOf = (error) => lines.position(error.pos[0]).line;
  const placeOf = (error) => identity(error, lines);
  let pending = firstPerLine(errors, lineOf);
  let current = lines;
  let budget = Math.min(MAX_REPARSES, Math.floor(REPARSE_BUDGET_BYTES / Math.max(1, lines.text.length)));
  const problems = [];
  for (let error = pending.shift(); error !== void 0 && problems.length < MAX_PROBLEMS; error = pending.shift()) {
    const line2 = lineOf(error);
    if (/^Missing closing .?quote/.test(error.message)) {
      problems.push(diagnose(error, { line: line2 }, context));
      break;
    }
    const standalone = STANDALONE.has(error.code) || isStackOverflow(error);
    const fixes = standalone ? [] : candidateFixes(current, line2);
    if (fixes.length === 0 || budget < fixes.length) {
      problems.push(diagnose(error, { line: line2 }, context));
      if (!standalone) pending = pending.filter((other) => lineOf(other) > line2 + 1);
      continue;
    }
    const traced = trace(current, fixes, reparse);
    budget -= traced.tries;
    problems.push(diagnose(error, traced.fix, context));
    current = traced.lines;
    const remaining = new Set(traced.errors.map((other) => identity(other, traced.lines)));
    pending = pending.filter((other) => remaining.has(placeOf(other)) && lineOf(other) !== traced.fix.line);
  }
  return problems;
}
function firstPerLine(errors, lineOf) {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  return sorted.filter((error, index) => index === 0 || lineOf(sorted[index - 1]) !== lineOf(error));
}
function identity(error, lines) {
  const { line: line2, column } = lines.position(error.pos[0]);
  return `${error.code}@${line2}:${column}`;
}
function trace(lines, fixes, reparse) {
  let best;
  let tries = 0;
  for (const fix of fixes) {
    const fixed = new LineIndex(applyFix(lines, fix));
    const errors = reparse(fixed.text);
    tries++;
    if (best === void 0 || errors.length < best.errors.length) best = { fix, lines: fixed, errors };
    if (errors.length === 0) break;
  }
  return { ...best, tries };
}

// generator/load/yaml-positions.ts
import { isAlias as isAlias4, isMap as isMap4, isSeq as isSeq4 } from "yaml";
var YamlPositions = class {
  constructor(root, targets) {
    this.root = root;
    this.targets = targets;
  }
  root;
  targets;
  #keyIndex = /* @__PURE__ */ new WeakMap();
  /** The offset of the node's key (a member) or of the node (an item, the root); a missing tail stops at the deepest node found. */
  offsetOf(pointer) {
    let node = this.root;
    let offset = rangeStart(node) ?? 0;
    for (const token of splitPointer(pointer)) {
      if (isAlias4(node)) node = this.targets.get(node);
      if (isMap4(node)) {
        const pair = this.#pairsOf(node).get(token);
        if (pair === void 0) break;
        offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
        node = pair.value;
      } else if (isSeq4(node) && /^(0|[1-9]\d*)$/.test(token)) {
        const item = node.items[Number(token)];
        if (item === void 0) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset;
  }
  #pairsOf(map) {
    let pairs = this.#keyIndex.get(map);
    if (pairs === void 0) {
      const built = /* @__PURE__ */ new Map();
      for (const pair of map.items) built.set(keyString(pair.key, this.targets), pair);
      this.#keyIndex.set(map, pairs = built);
    }
    return pairs;
  }
};
function rangeStart(node) {
  return node?.range?.[0];
}

// generator/load/yaml.ts
var OPTIONS = { strict: true, uniqueKeys: true, stringKeys: true };
function parseYaml(text2, file, limits) {
  const lines = new LineIndex(text2);
  const refuse = (problems) => new SpecProblems(problems.map((problem) => textIssue(file, lines, problem)));
  const tokens = Array.from(new Parser().parse(text2));
  const bound = measureTokens(tokens, limits);
  if (bound !== void 0) throw refuse([bound]);
  const doc = compose(tokens, text2);
  if (doc.errors.length > 0) {
    const context = { lines, tokens, root: doc.contents };
    throw refuse(
      yamlSyntaxProblems(
        doc.errors,
        context,
        (changed) => compose(Array.from(new Parser().parse(changed)), changed).errors
      )
    );
  }
  if (doc.contents === null || isScalar4(doc.contents) && (doc.contents.value ?? "") === "") {
    throw refuse([
      { code: "empty_document", offset: 0, message: "the spec is empty: expected an OpenAPI document", bare: true }
    ]);
  }
  const aliases = measureAliases(doc.contents, limits);
  if (aliases.problems.length > 0) throw refuse(aliases.problems);
  const document = yamlToJson(doc.contents, aliases.targets);
  const positions = new YamlPositions(doc.contents, aliases.targets);
  const locate = (pointer) => lazyAt(file, pointer, () => lines.position(positions.offsetOf(pointer)));
  const warnings = doc.warnings.map(
    (warning) => textIssue(file, lines, { code: "yaml_syntax", offset: warning.pos[0], message: warning.message }, "warning")
  );
  return { document, locate, warnings };
}
function compose(tokens, text2) {
  const [doc, second] = Array.from(new Composer(OPTIONS).compose(tokens, true, text2.length));
  if (doc === void 0) throw new Error("yaml composed no document");
  if (second !== void 0) {
    const offset = tokens.filter((token) => token.type === "document")[1]?.offset ?? second.range[0];
    const message = "the file holds more than one YAML document (a --- line): a spec is one document";
    doc.errors.push(new YAMLParseError([offset, offset + 1], "MULTIPLE_DOCS", message));
  }
  return doc;
}

// generator/load/parse.ts
function parseSpec(source, displayName, limits) {
  const bounds = withDefaults(limits);
  if (source.length > bounds.maxBytes)
    throw new SpecProblems([tooLargeIssue(displayName, source.length, bounds.maxBytes)]);
  const text2 = typeof source === "string" ? source : decode(source, displayName);
  const body = text2.startsWith("\uFEFF") ? text2.slice(1) : text2;
  const format2 = /^[ \t\r\n]*[{[]/.test(body) ? "json" : "yaml";
  const parsed = format2 === "json" ? parseJson(body, displayName, bounds) : parseYaml(body, displayName, bounds);
  return {
    file: displayName,
    document: parsed.document,
    sourceHash: sha256Hex(source),
    format: format2,
    locate: parsed.locate,
    warnings: parsed.warnings
  };
}
function decode(bytes, displayName) {
  const encoding = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new SpecProblems([
      {
        code: "spec_not_text",
        severity: "error",
        message: `the spec is not ${encoding.toUpperCase()} text: save it as UTF-8`,
        at: { file: displayName, pointer: "", line: 1, column: 1 }
      }
    ]);
  }
}

// generator/load/walk-kinds.ts
var one = (kind) => ({ kind });
var list = (kind) => ({ list: kind });
var names = (kind) => ({ names: kind });
var OPERATION = one("operation");
var SCHEMA = one("schema");
var SCHEMAS = list("schema");
var NAMED_SCHEMAS = names("schema");
var parameterLike = { schema: SCHEMA, content: names("mediaType"), examples: names("example") };
var STRUCTURE = {
  document: { paths: one("paths"), webhooks: names("pathItem"), components: one("components") },
  components: {
    schemas: NAMED_SCHEMAS,
    responses: names("response"),
    parameters: names("parameter"),
    examples: names("example"),
    requestBodies: names("requestBody"),
    headers: names("header"),
    securitySchemes: names("securityScheme"),
    links: names("link"),
    callbacks: names("callback"),
    pathItems: names("pathItem")
  },
  pathItem: {
    get: OPERATION,
    put: OPERATION,
    post: OPERATION,
    delete: OPERATION,
    options: OPERATION,
    head: OPERATION,
    patch: OPERATION,
    trace: OPERATION,
    query: OPERATION,
    parameters: list("parameter")
  },
  operation: {
    parameters: list("parameter"),
    requestBody: one("requestBody"),
    responses: one("responses"),
    callbacks: names("callback")
  },
  parameter: parameterLike,
  header: parameterLike,
  requestBody: { content: names("mediaType") },
  paths: {},
  responses: {},
  response: { headers: names("header"), content: names("mediaType"), links: names("link") },
  mediaType: {
    schema: SCHEMA,
    itemSchema: SCHEMA,
    examples: names("example"),
    encoding: names("encoding"),
    prefixEncoding: list("encoding"),
    itemEncoding: one("encoding")
  },
  encoding: { headers: names("header"), encoding: names("encoding") },
  example: {},
  link: {},
  callback: {},
  securityScheme: {},
  schema: {
    items: SCHEMA,
    additionalItems: SCHEMA,
    additionalProperties: SCHEMA,
    not: SCHEMA,
    if: SCHEMA,
    then: SCHEMA,
    else: SCHEMA,
    contains: SCHEMA,
    propertyNames: SCHEMA,
    unevaluatedItems: SCHEMA,
    unevaluatedProperties: SCHEMA,
    contentSchema: SCHEMA,
    allOf: SCHEMAS,
    anyOf: SCHEMAS,
    oneOf: SCHEMAS,
    prefixItems: SCHEMAS,
    properties: NAMED_SCHEMAS,
    patternProperties: NAMED_SCHEMAS,
    dependentSchemas: NAMED_SCHEMAS,
    // Draft-07 names, still common in 3.1 documents; `dependencies` values that are arrays are data.
    $defs: NAMED_SCHEMAS,
    definitions: NAMED_SCHEMAS,
    dependencies: NAMED_SCHEMAS
  }
};
var ENTRIES = {
  paths: "pathItem",
  responses: "response",
  callback: "pathItem"
};

// generator/load/walk.ts
function walkDocument(document, visit) {
  new Walker(visit).node(document, "document");
}
var Walker = class {
  constructor(visit) {
    this.visit = visit;
  }
  visit;
  tokens = [];
  get pointer() {
    let pointer = "";
    for (const token of this.tokens) pointer += `/${typeof token === "number" ? token : escape(token)}`;
    return pointer;
  }
  node(value, kind) {
    if (Array.isArray(value)) {
      this.items(value, kind);
      return;
    }
    if (!isRecord(value)) return;
    const node = value;
    if (this.visit(node, kind, this) === false) return;
    const structure = STRUCTURE[kind];
    const entries2 = ENTRIES[kind];
    const tokens = this.tokens;
    for (const key in node) {
      const child = Object.hasOwn(structure, key) ? structure[key] : void 0;
      if (child === void 0 && (entries2 === void 0 || key.startsWith("x-"))) continue;
      tokens.push(key);
      if (child === void 0) this.node(node[key], entries2);
      else this.child(node[key], child);
      tokens.pop();
    }
  }
  child(value, child) {
    if ("kind" in child) this.node(value, child.kind);
    else if ("list" in child) {
      if (Array.isArray(value)) this.items(value, child.list);
    } else if (isRecord(value)) {
      const named = value;
      const tokens = this.tokens;
      for (const name in named) {
        tokens.push(name);
        this.node(named[name], child.names);
        tokens.pop();
      }
    }
  }
  items(items, kind) {
    const tokens = this.tokens;
    for (let index = 0; index < items.length; index++) {
      tokens.push(index);
      this.node(items[index], kind);
      tokens.pop();
    }
  }
};
function escape(token) {
  return token.includes("~") || token.includes("/") ? escapeToken(token) : token;
}

// generator/load/refs.ts
function resolveRefs(spec) {
  const issues = new IssueList();
  const refs = /* @__PURE__ */ new Map();
  const kinds = [];
  const exists = memoized((target) => getAtPointer(spec.document, target) !== void 0);
  walkDocument(spec.document, (node, kind, path8) => {
    if (!Object.hasOwn(node, "$ref")) return;
    const site = path8.pointer;
    const checked = checkRef(node.$ref, exists);
    if ("target" in checked) {
      refs.set(site, checked.target);
      kinds.push({ site, ref: checked.ref, kind });
    } else {
      issues.error(checked.code, spec.locate(`${site}/$ref`), checked.message);
    }
  });
  const cyclic = refCycles(refs);
  for (const { site, ref, kind } of cyclic.size === 0 ? [] : kinds) {
    if (!cyclic.has(site)) continue;
    const message = `$ref '${ref}' is part of a cycle of references that never reaches a ${words(kind)}`;
    issues.error("ref_cycle", spec.locate(`${site}/$ref`), message);
  }
  issues.throwIfErrors();
  return { ...spec, refs };
}
function checkRef(ref, exists) {
  if (typeof ref !== "string") {
    return {
      code: "ref_invalid",
      message: `$ref must be a string such as '#/components/schemas/Name', not ${describe2(ref)}`
    };
  }
  if (ref === "")
    return { code: "ref_invalid", message: `$ref is empty: write a pointer such as '#/components/schemas/Name'` };
  if (!ref.startsWith("#")) return { code: "ref_external", message: externalMessage(ref) };
  if (ref !== "#" && !ref.startsWith("#/")) {
    const why = `names an anchor, which the generator does not follow: write a JSON pointer such as '#/components/schemas/Name'`;
    return { code: "ref_invalid", message: `$ref '${ref}' ${why}` };
  }
  const target = decodeFragment(ref);
  if (target === void 0) return { code: "ref_invalid", message: `$ref '${ref}' has a malformed %-escape` };
  if (!exists(target)) {
    return { code: "ref_not_found", message: `$ref '${ref}' points at nothing: no node at #${target}` };
  }
  return { ref, target };
}
function memoized(find) {
  const known = /* @__PURE__ */ new Map();
  return (target) => {
    let found = known.get(target);
    if (found === void 0) known.set(target, found = find(target));
    return found;
  };
}
function decodeFragment(ref) {
  if (!ref.includes("%")) return ref.slice(1);
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
}
function externalMessage(ref) {
  const resource = ref.split("#")[0] ?? ref;
  const bundle = "bundle it first (for example `redocly bundle`)";
  if (/^[a-z][a-z0-9+.-]+:/i.test(ref)) {
    return `$ref '${ref}' points at a URL (${resource}); the generator reads one document and fetches nothing: ${bundle}`;
  }
  return `$ref '${ref}' points into another file (${resource}); the generator reads one document: ${bundle}`;
}
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `the ${typeof value} ${JSON.stringify(value)}`;
}
function words(kind) {
  return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
function refCycles(refs) {
  const done = /* @__PURE__ */ new Set();
  const cyclic = /* @__PURE__ */ new Set();
  for (const [start, target] of refs) {
    if (!refs.has(target) || done.has(start)) continue;
    const chain2 = [];
    const onChain = /* @__PURE__ */ new Set();
    let current = start;
    while (current !== void 0 && refs.has(current) && !done.has(current) && !onChain.has(current)) {
      chain2.push(current);
      onChain.add(current);
      current = refs.get(current);
    }
    if (current !== void 0 && onChain.has(current))
      for (const site of chain2.slice(chain2.indexOf(current))) cyclic.add(site);
    for (const site of chain2) done.add(site);
  }
  return cyclic;
}

// generator/load/index.ts
async function loadSpec(file, displayName, limits) {
  const bytes = await readSpecFile(file, displayName, withDefaults(limits).maxBytes);
  return parseSpec(bytes, displayName, limits);
}

// generator/pipeline.ts
import path3 from "node:path";

// generator/build/context.ts
function at(ctx, pointer) {
  return ctx.spec.locate(pointer);
}
function deref(ctx, site) {
  let pointer = site;
  for (let target = ctx.spec.refs.get(pointer); target !== void 0; target = ctx.spec.refs.get(pointer)) {
    pointer = target;
  }
  return pointer;
}
function objectAt(ctx, site) {
  const pointer = deref(ctx, site);
  const node = nodeAt(ctx.spec.document, pointer);
  return isRecord(node) ? { pointer, node } : void 0;
}
var nodes = /* @__PURE__ */ new WeakMap();
function nodeAt(document, pointer) {
  if (document === null || typeof document !== "object") return getAtPointer(document, pointer);
  let cache = nodes.get(document);
  if (cache === void 0) nodes.set(document, cache = /* @__PURE__ */ new Map());
  if (cache.has(pointer)) return cache.get(pointer);
  const node = getAtPointer(document, pointer);
  cache.set(pointer, node);
  return node;
}
function text(node, key) {
  const value = node[key];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

// generator/build/identifiers.ts
var RESERVED_WORDS = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval".split(" ")
);
var TYPE_KEYWORDS = new Set(
  "any unknown never number bigint boolean string symbol object undefined void intrinsic".split(" ")
);
function words2(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
}
function camelCase(name) {
  const [first = "", ...rest] = words2(name);
  return first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalise).join("");
}
function pascalCase(name) {
  return words2(name).map(capitalise).join("");
}
function capitalise(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
function propertyName(name) {
  const camel = camelCase(name);
  return camel === "" || /^[0-9]/.test(camel) ? `_${camel}` : camel;
}
function typeIdentifier(name) {
  const pascal = pascalCase(name);
  if (pascal === "" || /^[0-9]/.test(pascal)) return `_${pascal}`;
  return RESERVED_WORDS.has(pascal) || TYPE_KEYWORDS.has(pascal) ? `${pascal}_` : pascal;
}

// generator/build/name-table.ts
var NameTable = class {
  constructor(issues, reserved) {
    this.issues = issues;
    for (const [name, owner] of reserved) this.#taken.set(name, owner);
  }
  issues;
  #taken = /* @__PURE__ */ new Map();
  /**
   * A unique stem such that `stem + suffix` is free for every suffix (`['']` for a plain name),
   * all claimed for `owner` (`schema 'BillingHistory'`). `at` locates the warning on a clash.
   */
  claim(stem, suffixes, owner, at2) {
    let chosen = stem;
    for (let n = 2; suffixes.some((suffix) => this.#taken.has(chosen + suffix)); n++) chosen = `${stem}${n}`;
    if (chosen !== stem) {
      const clash = suffixes.map((suffix) => stem + suffix).find((name) => this.#taken.has(name)) ?? stem;
      this.issues.warn(
        "name_collision",
        at2,
        `${owner} would be named ${clash}, which ${this.#taken.get(clash) ?? "something else"} already is; it is named ${chosen + (suffixes[0] ?? "")} instead`
      );
    }
    for (const suffix of suffixes) this.#taken.set(chosen + suffix, owner);
    return chosen;
  }
  /** Takes a name that cannot clash by construction (a prefix on a unique type name); a clash is a bug. */
  reserve(name, owner) {
    const holder = this.#taken.get(name);
    if (holder !== void 0) throw new Error(`names: ${name} is both ${holder} and ${owner}`);
    this.#taken.set(name, owner);
  }
  has(name) {
    return this.#taken.has(name);
  }
};

// generator/build/object-shape.ts
var PLAIN_OBJECT_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "allOf"
]);
function objectShape(schema, named, seen = /* @__PURE__ */ new Set()) {
  if (schema.kind === "ref") {
    if (seen.has(schema.target)) return void 0;
    const target = named(schema.target);
    return target === void 0 ? void 0 : objectShape(target, named, /* @__PURE__ */ new Set([...seen, schema.target]));
  }
  if (!isPlainObject(schema)) return void 0;
  const properties2 = /* @__PURE__ */ new Map();
  const required = new Set(schema.keywords.required ?? []);
  const extra = schema.keywords.additionalProperties;
  let additional = extra === void 0 ? "absent" : isClosed2(schema) ? "closed" : "other";
  for (const property2 of schema.keywords.properties ?? []) properties2.set(property2.name, [property2.schema]);
  for (const member2 of schema.keywords.allOf ?? []) {
    const shape = objectShape(member2, named, seen);
    if (shape === void 0) return void 0;
    for (const [name, schemas] of shape.properties) properties2.set(name, [...properties2.get(name) ?? [], ...schemas]);
    for (const name of shape.required) required.add(name);
    if (shape.additional !== "absent") additional = "other";
  }
  if (additional === "closed" && (schema.keywords.allOf?.length ?? 0) > 0) additional = "other";
  return { properties: properties2, required, additional };
}
function isPlainObject(schema) {
  const { keywords } = schema;
  const type = keywords.type;
  if (type !== void 0 && !(type.length === 1 && type[0] === "object")) return false;
  const names2 = Object.keys(keywords);
  if (!names2.every((name) => PLAIN_OBJECT_KEYWORDS.has(name))) return false;
  return type !== void 0 || keywords.properties !== void 0 || keywords.allOf !== void 0;
}
function isClosed2(schema) {
  const extra = schema.keywords.additionalProperties;
  if (extra === void 0 || extra.kind !== "schema") return false;
  const { type, not: not2, ...others } = extra.keywords;
  if (Object.keys(others).length > 0) return false;
  if (type !== void 0) return type.length === 0 && not2 === void 0;
  return not2 !== void 0 && isEmpty(not2);
}
function isEmpty(schema) {
  return schema.kind === "schema" && Object.keys(schema.keywords).length === 0;
}
function allOfSchemas(schemas, at2) {
  if (schemas.length === 1 && schemas[0] !== void 0) return schemas[0];
  return { kind: "schema", at: at2, keywords: { allOf: schemas }, annotations: {} };
}

// generator/build/inputs.ts
function falseSchema(at2) {
  return { kind: "schema", at: at2, keywords: { type: [] }, annotations: {} };
}
function buildInputs(operation, mediaSuffixes, named) {
  const { params, body, typeName, at: at2 } = operation;
  if (body === void 0 || body.media.length === 0)
    return [{ typeName: `${typeName}Params`, schema: inputSchema(params, void 0, false, named, at2) }];
  return body.media.map((media, index) => ({
    typeName: index === 0 ? `${typeName}Params` : `${typeName}${mediaSuffixes[index - 1] ?? `${index + 1}Params`}`,
    media,
    schema: inputSchema(params, media, body.required, named, at2)
  }));
}
function inputSchema(params, media, bodyRequired, named, at2) {
  const properties2 = params.map((param2) => ({ name: param2.key, schema: param2.schema }));
  const required = params.filter((param2) => param2.required).map((param2) => param2.key);
  let closed = true;
  const shape = media?.flat ? objectShape(media.schema, named) : void 0;
  if (media !== void 0 && shape !== void 0) {
    for (const [name, schemas] of shape.properties) properties2.push({ name, schema: allOfSchemas(schemas, at2) });
    required.push(...shape.required);
    closed = shape.additional === "closed";
  } else if (media !== void 0) {
    properties2.push({ name: media.bodyKey, schema: media.schema });
    if (bodyRequired) required.push(media.bodyKey);
  }
  return {
    kind: "schema",
    at: at2,
    keywords: {
      type: ["object"],
      properties: properties2,
      ...required.length > 0 ? { required } : {},
      ...closed ? { additionalProperties: falseSchema(at2) } : {}
    },
    annotations: {}
  };
}

// generator/build/examples.ts
function mediaExamples(ctx, pointer, node) {
  if (Object.hasOwn(node, "example")) return [{ name: "example", value: node.example }];
  if (!isRecord(node.examples)) return [];
  return Object.keys(node.examples).flatMap((name) => {
    const example = objectAt(ctx, joinPointer(pointer, "examples", name));
    if (example === void 0 || !Object.hasOwn(example.node, "value")) return [];
    const summary = text(example.node, "summary");
    return [{ name, ...summary === void 0 ? {} : { summary }, value: example.node.value }];
  });
}

// generator/build/body.ts
var JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
var TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:javascript|x-ndjson|x-yaml|yaml|xml|[\w.+-]+\+xml))$/i;
function bodyKind(mediaType) {
  const bare = mediaType.split(";")[0]?.trim() ?? "";
  if (JSON_TYPE.test(bare)) return "json";
  if (/^multipart\//i.test(bare)) return "multipart";
  if (/^application\/x-www-form-urlencoded$/i.test(bare)) return "form";
  if (TEXT_TYPE.test(bare)) return "text";
  return "binary";
}
function buildRequestBody(ctx, opPointer, params, named) {
  const site = joinPointer(opPointer, "requestBody");
  const found = objectAt(ctx, site);
  if (found === void 0) return void 0;
  const content = isRecord(found.node.content) ? found.node.content : {};
  const keys = new Set(params.map((param2) => param2.key));
  const bodyKey = freeKey("body", keys);
  const required = found.node.required === true;
  const media = Object.keys(content).map(
    (mediaType) => buildMedia(ctx, joinPointer(found.pointer, "content", mediaType), mediaType, { keys, bodyKey, required, named })
  );
  if (media.length === 0) {
    ctx.issues.warn(
      "media_type_without_schema",
      at(ctx, site),
      "the request body lists no media type; the operation sends none"
    );
    return void 0;
  }
  const description = text(found.node, "description");
  return {
    required,
    ...description === void 0 ? {} : { description },
    media: [...media.filter((m) => m.kind === "json"), ...media.filter((m) => m.kind !== "json")],
    at: at(ctx, site)
  };
}
function buildMedia(ctx, pointer, mediaType, media) {
  const { bodyKey } = media;
  const kind = bodyKind(mediaType);
  const node = objectAt(ctx, pointer)?.node ?? {};
  const schema = mediaSchema(ctx, pointer, node, kind, mediaType);
  return {
    mediaType,
    kind,
    schema,
    flat: flattens(kind, schema, media),
    bodyKey,
    partTypes: kind === "multipart" ? partTypes(node) : [],
    examples: mediaExamples(ctx, pointer, node),
    at: at(ctx, pointer)
  };
}
function flattens(kind, schema, media) {
  if (kind !== "json" && kind !== "multipart" && kind !== "form") return false;
  const shape = objectShape(schema, media.named);
  if (shape === void 0 || shape.properties.size === 0 || shape.additional === "other") return false;
  if (!media.required && shape.required.size > 0) return false;
  return ![...shape.properties.keys()].some((name) => media.keys.has(name));
}
function mediaSchema(ctx, pointer, node, kind, mediaType) {
  const where = at(ctx, pointer);
  if (kind === "binary")
    return { kind: "schema", at: where, keywords: { format: "binary" }, annotations: { format: "binary" } };
  if (node.schema !== void 0) return ctx.schema(joinPointer(pointer, "schema"));
  if (kind === "text") return { kind: "schema", at: where, keywords: { type: ["string"] }, annotations: {} };
  ctx.issues.warn(
    "media_type_without_schema",
    where,
    `media type ${mediaType} has no schema; the body is typed unknown`
  );
  return { kind: "schema", at: where, keywords: {}, annotations: {} };
}
function partTypes(node) {
  const encoding = isRecord(node.encoding) ? node.encoding : {};
  return Object.entries(encoding).flatMap(
    ([property2, value]) => isRecord(value) && typeof value.contentType === "string" ? [{ property: property2, contentType: value.contentType }] : []
  );
}
function freeKey(preferred, taken) {
  if (!taken.has(preferred)) return preferred;
  if (!taken.has("requestBody")) return "requestBody";
  let key = `${preferred}2`;
  for (let n = 3; taken.has(key); n++) key = `${preferred}${n}`;
  return key;
}

// generator/build/pagination.ts
function buildPagination(ctx, opPointer, node, params, success, named) {
  const declared = node["x-sdk-pagination"];
  if (declared !== void 0) return fromExtension(ctx, joinPointer(opPointer, "x-sdk-pagination"), declared, params);
  if (success.unwrap !== "page" || success.schema === void 0) return void 0;
  return detect(params, success.schema, named, success.at);
}
function fromExtension(ctx, pointer, declared, params) {
  const where = at(ctx, pointer);
  const problem = (message) => {
    ctx.issues.warn("invalid_pagination", where, `x-sdk-pagination: ${message}; the method returns one page`);
    return void 0;
  };
  if (!isRecord(declared)) return problem("must be an object");
  const query = (name) => typeof name === "string" ? params.find((param2) => param2.in === "query" && param2.name === name)?.key : void 0;
  const items = bodyPath(declared.items);
  if (items === void 0) return problem("items must be a JSON pointer into the response body, such as /result");
  if (declared.style === "cursor") {
    const cursorParam = query(declared.cursorParam);
    const next = bodyPath(declared.nextCursor);
    if (cursorParam === void 0) return problem(`cursorParam must name a query parameter of the operation`);
    if (next === void 0) return problem("nextCursor must be a JSON pointer into the response body");
    return { style: "cursor", cursorParam, items, next, source: "extension", at: where };
  }
  if (declared.style !== "page-number")
    return problem(`style ${JSON.stringify(declared.style)} is not 'page-number' or 'cursor'`);
  const pageParam = query(declared.pageParam);
  const perPageParam = declared.perPageParam === void 0 ? void 0 : query(declared.perPageParam);
  if (pageParam === void 0) return problem("pageParam must name a query parameter of the operation");
  if (declared.perPageParam !== void 0 && perPageParam === void 0)
    return problem("perPageParam must name a query parameter of the operation");
  const stops = { hasMore: declared.hasMore, totalCount: declared.totalCount, totalPages: declared.totalPages };
  const paths = {};
  for (const [key, value] of Object.entries(stops)) {
    if (value === void 0) continue;
    const path8 = bodyPath(value);
    if (path8 === void 0) return problem(`${key} must be a JSON pointer into the response body`);
    paths[key] = path8;
  }
  return {
    style: "page",
    pageParam,
    ...perPageParam === void 0 ? {} : { perPageParam },
    items,
    ...paths,
    source: "extension",
    at: where
  };
}
function bodyPath(value) {
  return typeof value === "string" && value.startsWith("/") ? splitPointer(value) : void 0;
}
function detect(params, schema, named, where) {
  const queryKey = (name) => params.find((param2) => param2.in === "query" && param2.name === name)?.key;
  const info = resultInfoShape(schema, named);
  if (info === void 0) return void 0;
  const cursorParam = queryKey("cursor");
  if (cursorParam !== void 0) {
    const next = info.has("cursor") ? ["result_info", "cursor"] : info.has("cursors") ? ["result_info", "cursors", "after"] : void 0;
    if (next !== void 0)
      return { style: "cursor", cursorParam, items: ["result"], next, source: "detected", at: where };
  }
  const pageParam = queryKey("page");
  if (pageParam === void 0) return void 0;
  const perPageParam = queryKey("per_page");
  return {
    style: "page",
    pageParam,
    ...perPageParam === void 0 ? {} : { perPageParam },
    items: ["result"],
    ...info.has("total_count") ? { totalCount: ["result_info", "total_count"] } : {},
    ...info.has("total_pages") ? { totalPages: ["result_info", "total_pages"] } : {},
    source: "detected",
    at: where
  };
}
function resultInfoShape(schema, named) {
  const info = objectShape(schema, named)?.properties.get("result_info");
  if (info === void 0) return void 0;
  const names2 = /* @__PURE__ */ new Set();
  for (const member2 of info) for (const name of objectShape(member2, named)?.properties.keys() ?? []) names2.add(name);
  return names2;
}

// generator/build/params.ts
var LOCATIONS = ["path", "query", "header", "cookie"];
var IGNORED_HEADERS = /* @__PURE__ */ new Set(["accept", "content-type", "authorization"]);
function buildParams(ctx, pathKey, pathPointer, opPointer) {
  const sites = /* @__PURE__ */ new Map();
  for (const site of listed(ctx, joinPointer(pathPointer, "parameters"))) sites.set(identity2(site.node), site);
  for (const site of listed(ctx, joinPointer(opPointer, "parameters"))) sites.set(identity2(site.node), site);
  const template = templateNames(pathKey);
  const built = [...sites.values()].flatMap((site) => buildParam(ctx, site, template, pathKey));
  for (const name of template) {
    if (!built.some((param2) => param2.in === "path" && param2.name === name))
      built.push(undeclaredPathParam(ctx, name, pathKey, pathPointer));
  }
  const path8 = [...new Set(template)].flatMap(
    (name) => built.filter((param2) => param2.in === "path" && param2.name === name)
  );
  return withUniqueKeys(ctx, [...path8, ...built.filter((param2) => param2.in !== "path")]);
}
function identity2(node) {
  return `${String(node.in)} ${String(node.name)}`;
}
function templateNames(pathKey) {
  return [...pathKey.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
}
function listed(ctx, listPointer) {
  const list2 = getAtPointer(ctx.spec.document, listPointer);
  if (list2 === void 0) return [];
  if (!Array.isArray(list2)) {
    ctx.issues.warn("unsupported_parameter", at(ctx, listPointer), "parameters must be an array; ignored");
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  const sites = [];
  list2.forEach((_, index) => {
    const site = joinPointer(listPointer, index);
    const found = objectAt(ctx, site);
    if (found === void 0)
      return ctx.issues.warn("unsupported_parameter", at(ctx, site), "a parameter must be an object; ignored");
    if (seen.has(identity2(found.node))) {
      return ctx.issues.warn(
        "duplicate_parameter",
        at(ctx, site),
        `parameter '${String(found.node.name)}' in ${String(found.node.in)} is declared twice; the first declaration is used`
      );
    }
    seen.add(identity2(found.node));
    sites.push({ site, ...found });
  });
  return sites;
}
function buildParam(ctx, { site, pointer, node }, template, pathKey) {
  const where = at(ctx, site);
  const name = node.name;
  const location = node.in;
  if (typeof name !== "string" || name === "" || !LOCATIONS.includes(location)) {
    ctx.issues.warn(
      "unsupported_parameter",
      where,
      `a parameter needs a name and a location (path, query, header or cookie); ignored`
    );
    return [];
  }
  const loc = location;
  if (loc === "header" && IGNORED_HEADERS.has(name.toLowerCase())) {
    ctx.issues.warn("unsupported_parameter", where, `header parameter '${name}' is set by the client itself; ignored`);
    return [];
  }
  if (loc === "path" && !template.includes(name)) {
    ctx.issues.warn(
      "path_param_not_in_path",
      where,
      `path parameter '${name}' does not appear in '${pathKey}'; ignored`
    );
    return [];
  }
  const schemaPointer = schemaPointerOf(ctx, pointer, node, name);
  warnReadOnly(ctx, schemaPointer, name);
  const style = styleOf(node, loc);
  const description = text(node, "description");
  return [
    {
      name,
      key: name,
      in: loc,
      required: requiredness(ctx, node, loc, name, site),
      ...description === void 0 ? {} : { description },
      deprecated: node.deprecated === true,
      schema: schemaPointer === void 0 ? unknownSchema(ctx, site) : ctx.schema(schemaPointer),
      style,
      explode: typeof node.explode === "boolean" ? node.explode : style === "form",
      json: node.schema === void 0 && isRecord(node.content),
      ...Object.hasOwn(node, "example") ? { example: { value: node.example } } : {},
      at: where
    }
  ];
}
function schemaPointerOf(ctx, pointer, node, name) {
  if (node.schema !== void 0) return joinPointer(pointer, "schema");
  if (isRecord(node.content)) {
    const [mediaType] = Object.keys(node.content);
    if (mediaType !== void 0 && isRecord(node.content[mediaType]) && node.content[mediaType].schema !== void 0)
      return joinPointer(pointer, "content", mediaType, "schema");
  }
  ctx.issues.warn("unsupported_parameter", at(ctx, pointer), `parameter '${name}' has no schema; it takes any value`);
  return void 0;
}
function unknownSchema(ctx, site) {
  return { kind: "schema", at: at(ctx, site), keywords: {}, annotations: {} };
}
function styleOf(node, location) {
  const declared = node.style;
  const styles = [
    "simple",
    "form",
    "spaceDelimited",
    "pipeDelimited",
    "deepObject",
    "label",
    "matrix"
  ];
  if (typeof declared === "string" && styles.includes(declared)) return declared;
  return location === "query" || location === "cookie" ? "form" : "simple";
}
function requiredness(ctx, node, location, name, site) {
  if (location !== "path" || node.required === true) return node.required === true;
  ctx.issues.warn(
    "path_param_optional",
    at(ctx, site),
    `path parameter '${name}' must be required; treated as required`
  );
  return true;
}
function warnReadOnly(ctx, schemaPointer, name) {
  if (schemaPointer === void 0) return;
  const schema = objectAt(ctx, schemaPointer);
  if (schema?.node.readOnly === true)
    ctx.issues.warn(
      "parameter_read_only",
      at(ctx, joinPointer(schema.pointer, "readOnly")),
      `readOnly on parameter '${name}' means nothing for a request; ignored`
    );
}
function undeclaredPathParam(ctx, name, pathKey, pathPointer) {
  const where = at(ctx, pathPointer);
  ctx.issues.warn(
    "path_param_undeclared",
    where,
    `path parameter '{${name}}' in '${pathKey}' is not declared in parameters; it is taken as a required string`
  );
  return {
    name,
    key: name,
    in: "path",
    required: true,
    deprecated: false,
    schema: { kind: "schema", at: where, keywords: { type: ["string"] }, annotations: {} },
    style: "simple",
    explode: false,
    json: false,
    at: where
  };
}
function withUniqueKeys(ctx, params) {
  const keys = /* @__PURE__ */ new Set();
  return params.map((param2) => {
    let key = param2.name;
    if (keys.has(key)) {
      key = `${param2.in}_${param2.name}`;
      for (let n = 2; keys.has(key); n++) key = `${param2.in}_${param2.name}${n}`;
      ctx.issues.warn(
        "duplicate_parameter",
        param2.at,
        `parameter '${param2.name}' in ${param2.in} has the name of another parameter of this operation; the SDK takes it as '${key}'`
      );
    }
    keys.add(key);
    return key === param2.key ? param2 : { ...param2, key };
  });
}

// generator/build/responses.ts
var SUCCESS = /^2(?:\d\d|XX)$/i;
function buildResponseEntries(ctx, opPointer) {
  const list2 = objectAt(ctx, joinPointer(opPointer, "responses"));
  if (list2 === void 0) return [];
  return Object.keys(list2.node).filter((status) => !status.startsWith("x-")).sort().flatMap((status) => {
    const site = joinPointer(list2.pointer, status);
    const response = objectAt(ctx, site);
    if (response === void 0) return [];
    const content = isRecord(response.node.content) ? response.node.content : {};
    const description = text(response.node, "description");
    return [
      {
        status,
        ...description === void 0 ? {} : { description },
        content: Object.keys(content).map((mediaType) => ({
          mediaType,
          schema: mediaSchemaOf(ctx, joinPointer(response.pointer, "content", mediaType))
        })),
        at: at(ctx, site)
      }
    ];
  });
}
function mediaSchemaOf(ctx, pointer) {
  const media = objectAt(ctx, pointer);
  if (media?.node.schema !== void 0) return ctx.schema(joinPointer(pointer, "schema"));
  return { kind: "schema", at: at(ctx, pointer), keywords: {}, annotations: {} };
}
function buildSuccess(ctx, opPointer, entries2, named) {
  const where = at(ctx, joinPointer(opPointer, "responses"));
  let chosen = entries2.find((entry) => SUCCESS.test(entry.status));
  if (chosen === void 0) {
    chosen = entries2.find((entry) => entry.status === "default");
    ctx.issues.warn(
      "no_success_response",
      where,
      chosen === void 0 ? "the operation declares no 2XX response: its method resolves to nothing (void)" : "the operation declares no 2XX response: its method resolves to the 'default' response's body"
    );
  }
  if (chosen === void 0) return { status: "200", kind: "empty", unwrap: "none", examples: [], at: where };
  const media = chosen.content.find((entry) => bodyKind(entry.mediaType) === "json") ?? chosen.content.find((entry) => bodyKind(entry.mediaType) === "text") ?? chosen.content[0];
  const description = chosen.description === void 0 ? {} : { description: chosen.description };
  if (media === void 0)
    return { status: chosen.status, kind: "empty", unwrap: "none", examples: [], ...description, at: chosen.at };
  const kind = responseKind(media.mediaType);
  const examples = examplesOf(ctx, opPointer, chosen.status, media.mediaType);
  const base = { status: chosen.status, kind, mediaType: media.mediaType, examples, ...description, at: chosen.at };
  if (kind === "binary") return { ...base, unwrap: "none" };
  if (kind === "text") return { ...base, schema: media.schema, unwrap: "none" };
  return { ...base, schema: media.schema, ...envelopeOf(media.schema, named) };
}
function responseKind(mediaType) {
  const kind = bodyKind(mediaType);
  return kind === "json" ? "json" : kind === "text" ? "text" : "binary";
}
function examplesOf(ctx, opPointer, status, mediaType) {
  const response = objectAt(ctx, joinPointer(opPointer, "responses", status));
  if (response === void 0) return [];
  const pointer = joinPointer(response.pointer, "content", mediaType);
  return mediaExamples(ctx, pointer, objectAt(ctx, pointer)?.node ?? {});
}
function envelopeOf(schema, named) {
  const shape = objectShape(schema, named);
  const result = shape?.properties.get("result");
  if (shape === void 0 || result === void 0 || !shape.properties.has("success")) return { unwrap: "none" };
  const resultSchema = allOfSchemas(result, result[0]?.at ?? schema.at);
  const paged = shape.properties.has("result_info") && isArraySchema(resultSchema, named);
  return { unwrap: paged ? "page" : "result", resultSchema };
}
function isArraySchema(schema, named, depth = 0) {
  if (depth > 16) return false;
  if (schema.kind === "ref") {
    const target = named(schema.target);
    return target !== void 0 && isArraySchema(target, named, depth + 1);
  }
  const { type, items, prefixItems, allOf } = schema.keywords;
  if (type !== void 0) return type.includes("array") && type.every((t) => t === "array" || t === "null");
  if (items !== void 0 || prefixItems !== void 0) return true;
  return (allOf ?? []).some((member2) => isArraySchema(member2, named, depth + 1));
}

// generator/build/operation.ts
var HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace"
];
function buildOperationDraft(ctx, pathKey, method, inputs) {
  const pathPointer = objectAt(ctx, joinPointer("/paths", pathKey))?.pointer ?? joinPointer("/paths", pathKey);
  const pointer = joinPointer(pathPointer, method);
  const found = objectAt(ctx, pointer);
  if (found === void 0) return void 0;
  const { node } = found;
  const params = buildParams(ctx, pathKey, pathPointer, pointer);
  const body = buildRequestBody(ctx, pointer, params, inputs.named);
  const responses = buildResponseEntries(ctx, pointer);
  const success = buildSuccess(ctx, pointer, responses, inputs.named);
  const pagination = buildPagination(ctx, pointer, node, params, success, inputs.named);
  return {
    operationId: operationIdOf(ctx, node, method, pathKey, pointer),
    method,
    path: pathKey,
    ...optional(node, "summary"),
    ...optional(node, "description"),
    tags: stringList(node.tags),
    deprecated: node.deprecated === true,
    params,
    ...body === void 0 ? {} : { body },
    success,
    responses,
    security: inputs.security(Object.hasOwn(node, "security") ? joinPointer(pointer, "security") : "/security"),
    permissions: permissionsOf(node),
    ...pagination === void 0 ? {} : { pagination },
    ...externalDocsOf(node),
    at: at(ctx, pointer),
    node,
    pointer,
    listLike: pagination !== void 0 || returnsList(success, inputs.named)
  };
}
function optional(node, key) {
  const value = text(node, key);
  return value === void 0 ? {} : { [key]: value };
}
function operationIdOf(ctx, node, method, pathKey, pointer) {
  const declared = text(node, "operationId");
  if (declared !== void 0) return declared;
  const derived = camelCase(`${method} ${pathKey.replace(/[{}]/g, " ")}`);
  ctx.issues.warn(
    "operation_id_sanitised",
    at(ctx, pointer),
    `the operation has no operationId; its types are named after ${derived}`
  );
  return derived;
}
function permissionsOf(node) {
  const own2 = stringList(node["x-permissions"]);
  if (own2.length > 0) return own2;
  const cloudflare = node["x-cfPermissionsRequired"];
  return isRecord(cloudflare) ? stringList(cloudflare.enum) : [];
}
function externalDocsOf(node) {
  const docs2 = node.externalDocs;
  if (!isRecord(docs2) || typeof docs2.url !== "string") return {};
  return {
    externalDocs: { url: docs2.url, ...typeof docs2.description === "string" ? { description: docs2.description } : {} }
  };
}
function returnsList(success, named) {
  const schema = success.unwrap === "none" ? success.schema : success.resultSchema;
  return schema !== void 0 && isArraySchema(schema, named);
}

// generator/build/namespaces.ts
function buildNamespaces(operations, types, values) {
  const nodes2 = /* @__PURE__ */ new Map();
  const node = (path8) => {
    const key = path8.join(".");
    let found = nodes2.get(key);
    if (found === void 0) nodes2.set(key, found = { path: [...path8], methods: [], children: /* @__PURE__ */ new Set() });
    return found;
  };
  node([]);
  for (const operation of operations) {
    const parent = operation.sdkPath.slice(0, -1);
    for (let depth = 0; depth < parent.length; depth++) node(parent.slice(0, depth)).children.add(parent[depth]);
    node(parent).methods.push({ name: operation.sdkPath[operation.sdkPath.length - 1], operation });
  }
  return [...nodes2.values()].filter((entry) => entry.path.length > 0).sort((a, b) => compare(a.path, b.path)).map((entry) => {
    const label2 = `namespace ${entry.path.join(".")}`;
    const at2 = entry.methods[0]?.operation.at ?? firstOperationUnder(operations, entry.path).at;
    const typeName = types.claim(typeIdentifier(entry.path.join("-")), [""], label2, at2);
    const resourceName = entry.methods.length === 0 ? void 0 : values.claim(camelCase(entry.path.join("-")), [""], label2, at2);
    return {
      path: entry.path,
      typeName,
      ...resourceName === void 0 ? {} : { resourceName },
      methods: [...entry.methods].sort((a, b) => compare([a.name], [b.name])),
      children: [...entry.children].sort()
    };
  });
}
function firstOperationUnder(operations, path8) {
  const found = operations.find((operation) => path8.every((segment, index) => operation.sdkPath[index] === segment));
  if (found === void 0) throw new Error(`namespaces: no operation under ${path8.join(".")}`);
  return found;
}
function compare(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// generator/build/reserved.ts
var RUNTIME_EXPORTS = [
  "APIConnectionError",
  "APIPromise",
  "APITimeoutError",
  "APIUserAbortError",
  "AuthenticationError",
  "BadRequestError",
  "BaseClientOptions",
  "CloudflareAPIError",
  "CloudflareError",
  "ConflictError",
  "InternalServerError",
  "InvalidResponseError",
  "Logger",
  "MissingCredentialsError",
  "NotFoundError",
  "PagePromise",
  "PaginationLimitError",
  "PermissionDeniedError",
  "RateLimitError",
  "RedirectError",
  "RequestOptions",
  "RequestValidationError",
  "ResponseValidationError",
  "UnprocessableEntityError",
  "ValidationError",
  "ValidationIssue",
  "ValidationResult",
  "components",
  "operations",
  "paths"
];
var USED_GLOBALS = [
  "Array",
  "ArrayBuffer",
  "ArrayBufferView",
  "Blob",
  "Date",
  "Error",
  "File",
  "FormData",
  "Map",
  "Object",
  "Promise",
  "PromiseLike",
  "ReadableStream",
  "Record",
  "Request",
  "RequestInit",
  "Response",
  "Set",
  "Uint8Array"
];
var CLIENT_OPTIONS = [
  "allowInsecureHttp",
  "auth",
  "baseUrl",
  "fetch",
  "headers",
  "logLevel",
  "logger",
  "maxPages",
  "maxResponseBytes",
  "maxRetries",
  "retryBaseDelayMs",
  "timeoutMs",
  "validateResponses",
  "warnOnDeprecated"
];
var MODULE_VALUES = [
  "API",
  "createClient",
  "resources",
  "responseChecks",
  "validator",
  "guard",
  "assertion"
];
var VALIDATOR_PREFIXES = ["check", "is", "validate", "assert"];

// generator/build/root.ts
function checkRoot(document, locate, issues) {
  if (!isRecord(document)) {
    issues.error("not_openapi", locate(""), "the document is not an object: expected an OpenAPI 3.0 or 3.1 document");
  } else if (document.swagger !== void 0) {
    issues.error(
      "unsupported_openapi_version",
      locate("/swagger"),
      `Swagger ${String(document.swagger)} is not supported: convert it to OpenAPI 3.x`
    );
  } else if (document.openapi === void 0) {
    issues.error("not_openapi", locate(""), "not an OpenAPI document: there is no 'openapi' version field");
  } else if (typeof document.openapi !== "string") {
    issues.error(
      "unsupported_openapi_version",
      locate("/openapi"),
      `openapi must be a version string such as '3.1.0', not the ${typeof document.openapi} ${JSON.stringify(document.openapi)}`
    );
  } else if (!/^3\.[01]\.\d+/.test(document.openapi)) {
    issues.error(
      "unsupported_openapi_version",
      locate("/openapi"),
      `OpenAPI ${document.openapi} is not supported: use 3.0.x or 3.1.x`
    );
  } else if (!isRecord(document.paths) && !isRecord(document.webhooks)) {
    issues.error("not_openapi", locate(""), "the document has no 'paths': there is nothing to generate");
  }
  issues.throwIfErrors();
  return document;
}

// generator/util/collections.ts
function append(map, key, value) {
  const list2 = map.get(key);
  if (list2 === void 0) map.set(key, [value]);
  else list2.push(value);
}

// generator/build/sdk-paths.ts
var SEGMENT = /^[a-z][a-zA-Z0-9]*$/;
var FORBIDDEN = /* @__PURE__ */ new Map([
  ["then", "then_"],
  ["__proto__", "proto"],
  ["constructor", "constructor_"],
  ["prototype", "prototype_"]
]);
function nameOperations(inputs, issues) {
  const names2 = inputs.map(
    (input) => declaredName(input, issues) ?? derivedName(input, false)
  );
  resolveDerivedCollisions(inputs, names2);
  return unique(inputs, names2.map(clean), issues);
}
function declaredName(input, issues) {
  const declared = input.node["x-sdk-method"];
  if (declared !== void 0) {
    const segments = typeof declared === "string" ? declared.split(".") : [];
    if (segments.length > 0 && segments.every((segment) => SEGMENT.test(segment)))
      return { sdkPath: segments, source: "x-sdk-method" };
    issues.warn(
      "invalid_sdk_method",
      input.locateKey("x-sdk-method"),
      `x-sdk-method ${JSON.stringify(declared)} must be dot-separated lower camelCase identifiers such as 'user.billing.history.list'; ignored`
    );
  }
  const group2 = input.node["x-fern-sdk-group-name"];
  const method = input.node["x-fern-sdk-method-name"];
  const groups = typeof group2 === "string" ? [group2] : Array.isArray(group2) ? group2.filter((g) => typeof g === "string") : [];
  if (typeof method === "string" && method !== "" && groups.length > 0)
    return { sdkPath: [...groups, method].map(propertyName), source: "x-fern" };
  return void 0;
}
var VERBS = {
  get: ["list", "get"],
  post: ["create", "create"],
  put: ["update", "update"],
  patch: ["edit", "edit"],
  delete: ["delete", "delete"],
  head: ["head", "head"],
  options: ["options", "options"],
  trace: ["trace", "trace"]
};
function isParam(segment) {
  return /^\{[^{}]+\}$/.test(segment);
}
function derivedName(input, keepScope) {
  const all = input.path.split("/").filter((segment) => segment !== "");
  const scoped = !keepScope && all.length > 2 && !isParam(all[0] ?? "") && isParam(all[1] ?? "");
  const dropped = scoped && all.slice(2).some((segment) => !isParam(segment));
  const segments = dropped ? all.slice(2) : all;
  const namespaces = segments.filter((segment) => !isParam(segment)).map(propertyName).filter((name) => name !== "");
  if (namespaces.length === 0) return { sdkPath: [propertyName(input.operationId)], source: "operationId" };
  const onItem = isParam(segments[segments.length - 1] ?? "");
  const [collectionVerb, itemVerb] = VERBS[input.method];
  const verb = onItem ? itemVerb : input.method === "get" && !input.listLike ? "get" : collectionVerb;
  return { sdkPath: [...namespaces, verb], source: "path", scope: dropped ? all[0] ?? "" : "", onItem };
}
var COLLECTION_VERBS = {
  get: "list",
  put: "bulkUpdate",
  patch: "bulkEdit",
  delete: "bulkDelete"
};
function resolveDerivedCollisions(inputs, names2) {
  for (const indexes of derivedGroups(names2)) {
    const scopes = new Set(indexes.map((index) => names2[index].scope));
    if (scopes.size > 1) for (const index of indexes) names2[index] = derivedName(inputs[index], true);
  }
  for (const indexes of derivedGroups(names2)) {
    const items = indexes.filter((index) => names2[index].onItem);
    if (items.length === 0 || items.length === indexes.length) continue;
    for (const index of indexes.filter((candidate) => !items.includes(candidate))) {
      const name = names2[index];
      const verb = COLLECTION_VERBS[inputs[index].method];
      if (verb !== void 0) names2[index] = { ...name, sdkPath: [...name.sdkPath.slice(0, -1), verb] };
    }
  }
}
function derivedGroups(names2) {
  const groups = /* @__PURE__ */ new Map();
  names2.forEach((name, index) => {
    if ("onItem" in name) append(groups, name.sdkPath.join("."), index);
  });
  return [...groups.values()].filter((indexes) => indexes.length > 1);
}
function clean(name) {
  const sdkPath = name.sdkPath.map(
    (segment, index) => index === 0 && segment === "raw" ? "raw_" : FORBIDDEN.get(segment) ?? segment
  );
  return { ...name, sdkPath };
}
function unique(inputs, names2, issues) {
  const methods = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Set();
  for (const name of names2)
    for (let n = 1; n < name.sdkPath.length; n++) namespaces.add(name.sdkPath.slice(0, n).join("."));
  return names2.map((name, index) => {
    const input = inputs[index];
    const stem = name.sdkPath.slice(0, -1);
    const last = name.sdkPath[name.sdkPath.length - 1] ?? "call";
    let candidate = name.sdkPath.join(".");
    let suffix = 1;
    while (methods.has(candidate) || namespaces.has(candidate)) candidate = [...stem, `${last}${++suffix}`].join(".");
    if (suffix > 1) {
      const other = methods.get(name.sdkPath.join("."));
      issues.warn(
        "sdk_method_collision",
        input.at,
        `${describe3(input)} would be the client method ${name.sdkPath.join(".")}, which ${other === void 0 ? "is a namespace of other methods" : `${describe3(inputs[other])} already is`}; it is ${candidate}`
      );
    }
    methods.set(candidate, index);
    return { sdkPath: candidate.split("."), source: name.source };
  });
}
function describe3(input) {
  return `${input.method.toUpperCase()} ${input.path}`;
}

// generator/build/security.ts
function buildSecuritySchemes(ctx, taken) {
  const declared = objectAt(ctx, "/components/securitySchemes");
  if (declared === void 0) return [];
  const options = new Set(taken);
  return Object.keys(declared.node).flatMap((name) => {
    const site = joinPointer("/components/securitySchemes", name);
    const scheme = objectAt(ctx, site);
    if (scheme === void 0) return [];
    const kind = schemeKind(scheme.node);
    if (kind === void 0) {
      ctx.issues.warn(
        "unsupported_security_scheme",
        at(ctx, site),
        `security scheme '${name}' (${describe4(scheme.node)}) is not supported: the client sends bearer tokens, basic credentials and API keys; operations that need it only are called without it`
      );
      return [];
    }
    const option = uniqueOption(propertyName(name), options);
    const description = text(scheme.node, "description");
    const env = text(scheme.node, "x-sdk-env");
    return [
      {
        name,
        option,
        ...kind,
        ...description === void 0 ? {} : { description },
        ...env === void 0 ? {} : { env },
        at: at(ctx, site)
      }
    ];
  });
}
function schemeKind(node) {
  const type = node.type;
  const httpScheme = typeof node.scheme === "string" ? node.scheme.toLowerCase() : "";
  if (type === "http" && httpScheme === "bearer") return { kind: "bearer" };
  if (type === "http" && httpScheme === "basic") return { kind: "basic" };
  if (type === "oauth2" || type === "openIdConnect") return { kind: "bearer" };
  const location = node.in;
  if (type === "apiKey" && typeof node.name === "string" && (location === "header" || location === "query" || location === "cookie"))
    return { kind: "apiKey", in: location, paramName: node.name };
  return void 0;
}
function describe4(node) {
  const parts = [String(node.type)];
  if (typeof node.scheme === "string") parts.push(node.scheme);
  if (typeof node.in === "string") parts.push(`in ${node.in}`);
  return parts.join(" ");
}
function uniqueOption(candidate, taken) {
  let option = candidate;
  for (let n = 2; taken.has(option); n++) option = `${candidate}${n}`;
  taken.add(option);
  return option;
}
function buildRequirements(ctx, listPointer, schemes, unsupported) {
  const list2 = objectListAt(ctx, listPointer);
  if (list2 === void 0) return [];
  const usable = [];
  list2.forEach((requirement, index) => {
    if (!isRecord(requirement)) return;
    const names2 = Object.keys(requirement);
    const undefinedName = names2.find((name) => !schemes.has(name) && !unsupported.has(name));
    if (undefinedName !== void 0) {
      ctx.issues.warn(
        "security_scheme_undefined",
        at(ctx, joinPointer(listPointer, index, undefinedName)),
        `security requirement names '${undefinedName}', which components.securitySchemes does not define; the requirement is ignored`
      );
      return;
    }
    if (names2.some((name) => unsupported.has(name))) return;
    usable.push(names2);
  });
  return usable.some((names2) => names2.length === 0) ? [] : usable;
}
function objectListAt(ctx, pointer) {
  const value = getAtPointer(ctx.spec.document, pointer);
  return Array.isArray(value) ? value : void 0;
}

// generator/build/settings.ts
var NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
var ENV_PREFIX = /^[A-Z][A-Z0-9_]*$/;
function buildSettings(ctx, root) {
  const info = isRecord(root.info) ? root.info : {};
  const declared = isRecord(info["x-sdk"]) ? info["x-sdk"] : {};
  const title = typeof info.title === "string" && words2(info.title).length > 0 ? info.title : "API";
  const setting = (key, rule, fallback, what) => {
    const value = declared[key];
    if (value === void 0) return fallback;
    if (typeof value === "string" && rule.test(value)) return value;
    warn(ctx.issues, ctx, key, `x-sdk.${key} ${JSON.stringify(value)} is not ${what}; '${fallback}' is used`);
    return fallback;
  };
  const infoVersion = typeof info.version === "string" && SEMVER.test(info.version) ? info.version : "0.1.0";
  const clientFactory = setting(
    "clientFactory",
    IDENTIFIER,
    `create${pascalCase(title)}Client`,
    "a camelCase identifier"
  );
  const clientType = pascalCase(clientFactory.replace(/^create/, "")) || "ApiClient";
  const envPrefix = declared.envPrefix === void 0 ? void 0 : setting("envPrefix", ENV_PREFIX, "", "an environment variable prefix such as CLOUDFLARE");
  return {
    packageName: setting("packageName", NPM_NAME, words2(title).join("-").toLowerCase(), "a valid npm package name"),
    declaredVersion: setting("packageVersion", SEMVER, infoVersion, "a semantic version such as 1.2.3"),
    clientFactory,
    liteClientFactory: `${clientFactory}Lite`,
    clientType,
    optionsType: `${clientType}Options`,
    license: licenseOf(info),
    baseUrl: baseUrlOf(ctx, root),
    ...envPrefix ? { envPrefix } : {}
  };
}
function warn(issues, ctx, key, message) {
  issues.warn("invalid_extension", at(ctx, `/info/x-sdk/${key}`), message);
}
function licenseOf(info) {
  const license = isRecord(info.license) ? info.license : {};
  if (typeof license.identifier === "string") return license.identifier;
  return typeof license.name === "string" ? license.name : "UNLICENSED";
}
function baseUrlOf(ctx, root) {
  const first = Array.isArray(root.servers) ? root.servers[0] : void 0;
  const server = isRecord(first) ? first : {};
  const variables = isRecord(server.variables) ? server.variables : {};
  const raw = typeof server.url === "string" ? server.url : "";
  const url = raw.replace(/\{([^{}]+)\}/g, (whole, name) => {
    const variable = variables[name];
    return isRecord(variable) && typeof variable.default === "string" ? variable.default : whole;
  });
  if (/^https?:\/\/[^{}\s]+$/.test(url)) return url.replace(/\/+$/, "");
  const why = raw === "" ? "the spec names no server" : `the server URL '${raw}' is not an absolute http(s) URL`;
  ctx.issues.warn(
    "no_server",
    at(ctx, raw === "" ? "/servers" : "/servers/0/url"),
    `${why}: the client has no default base URL, so callers must pass baseUrl`
  );
  return "";
}

// generator/emit/build.ts
var id = (name) => ({ kind: "identifier", name });
var str = (value) => ({ kind: "string", value });
var bool = (value) => ({ kind: "boolean", value });
var nul = { kind: "null" };
var undef = id("undefined");
function num(value) {
  if (!Number.isFinite(value)) throw new Error(`emit: ${value} has no literal`);
  return value < 0 || Object.is(value, -0) ? { kind: "unary", operator: "-", operand: { kind: "number", value: -value } } : { kind: "number", value };
}
function literal(value) {
  if (hasProtoKey(value)) return call(member(id("JSON"), "parse"), [str(JSON.stringify(value))]);
  return plainLiteral(value);
}
function plainLiteral(value) {
  if (value === null) return nul;
  if (typeof value === "string") return str(value);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return bool(value);
  if (Array.isArray(value)) return arr(value.map(plainLiteral));
  const entries2 = Object.entries(value);
  return obj(entries2.map(([key, item]) => prop(key, plainLiteral(item))));
}
function hasProtoKey(value) {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return Object.entries(value).some(([key, item]) => key === "__proto__" || hasProtoKey(item));
}
var arr = (items) => ({ kind: "array", items });
function obj(members, multiline = false) {
  return multiline ? { kind: "object", members, multiline } : { kind: "object", members };
}
function prop(key, value, doc) {
  return doc === void 0 ? { kind: "property", key, value } : { kind: "property", key, value, doc };
}
var member = (object, name) => ({ kind: "member", object, name });
var element = (object, index) => ({ kind: "element", object, index });
function call(callee, args = [], options = {}) {
  return options.pure ? { kind: "call", callee, args, pure: true } : { kind: "call", callee, args };
}
var newExpr = (callee, args = []) => ({ kind: "new", callee, args });
var binary = (operator, left, right) => ({
  kind: "binary",
  operator,
  left,
  right
});
var eq = (left, right) => binary("===", left, right);
var neq = (left, right) => binary("!==", left, right);
var lt = (left, right) => binary("<", left, right);
var gt = (left, right) => binary(">", left, right);
var not = (operand) => ({ kind: "unary", operator: "!", operand });
var typeOf = (operand) => ({ kind: "typeof", operand });
function chain(operator, operands) {
  const [first, ...rest] = operands;
  if (first === void 0) throw new Error(`emit: an empty ${operator} chain`);
  return rest.reduce((left, right) => binary(operator, left, right), first);
}
var and = (...operands) => chain("&&", operands);
var or = (...operands) => chain("||", operands);
var conditional = (test, then, otherwise) => ({
  kind: "conditional",
  test,
  then,
  else: otherwise
});
var as = (expr, type) => ({ kind: "as", expr, type });
function arrow(params, body, returns) {
  return returns === void 0 ? { kind: "arrow", params, body } : { kind: "arrow", params, body, returns };
}
function param(name, type, extra = {}) {
  return type === void 0 ? { name, ...extra } : { name, type, ...extra };
}
var ret = (value) => value === void 0 ? { kind: "return" } : { kind: "return", value };
function ifThen(test, then, otherwise) {
  if (otherwise !== void 0) return { kind: "if", test, then, else: otherwise };
  return then.length === 1 ? { kind: "if", test, then, bare: true } : { kind: "if", test, then };
}
function constDecl(name, init, options = {}) {
  return { kind: "variable", declare: "const", name, init, ...options };
}
function fn(name, params, body, options = {}) {
  return { kind: "function", name, params, body, ...options };
}
function importFrom(from, names2, typeOnly = false) {
  const specifiers = names2.map((name) => typeof name === "string" ? { name } : name);
  return typeOnly ? { kind: "import", from, names: specifiers, typeOnly } : { kind: "import", from, names: specifiers };
}
var kw = (name) => ({ kind: "keywordType", name });
function typeRef(name, args) {
  return args === void 0 || args.length === 0 ? { kind: "typeReference", name } : { kind: "typeReference", name, args };
}
var litType = (value) => ({ kind: "literalType", value });
function union(types) {
  const unique2 = dedupe(types.flatMap((type) => type.kind === "union" ? type.types : [type]));
  if (unique2.length === 0) return kw("never");
  return unique2.length === 1 ? unique2[0] : { kind: "union", types: unique2 };
}
function intersection(types) {
  const flat = types.flatMap((type) => type.kind === "intersection" ? type.types : [type]);
  if (flat.length === 0) return kw("unknown");
  return flat.length === 1 ? flat[0] : { kind: "intersection", types: flat };
}
function dedupe(types) {
  const seen = /* @__PURE__ */ new Set();
  return types.filter((type) => {
    const key = type.kind === "literalType" ? `lit:${typeof type.value}:${String(type.value)}` : type.kind === "keywordType" ? `kw:${type.name}` : type.kind === "typeReference" && type.args === void 0 ? `ref:${type.name}` : void 0;
    if (key === void 0) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function arrayType(element2, readonly = false) {
  return readonly ? { kind: "arrayType", element: element2, readonly } : { kind: "arrayType", element: element2 };
}
function objectType(members, multiline = false) {
  return multiline ? { kind: "objectType", members, multiline } : { kind: "objectType", members };
}
function propSig(name, type, options = {}) {
  return { kind: "propertySignature", name, type, ...options };
}
var indexed = (object, index) => ({
  kind: "indexedAccess",
  object,
  index
});

// generator/schema/code.ts
var IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function property(object, name) {
  return IDENTIFIER_NAME.test(name) ? member(object, name) : element(object, str(name));
}
function ownProperty(object, name) {
  if (!Object.hasOwn(Object.prototype, name)) return property(object, name);
  return conditional(call(member(id("Object"), "hasOwn"), [object, str(name)]), property(object, name), undef);
}
var isUndefined = (value) => eq(value, undef);
var isDefined = (value) => neq(value, undef);
function isType(type, data) {
  switch (type) {
    case "string":
    case "boolean":
      return eq(typeOf(data), str(type));
    case "number":
      return and(eq(typeOf(data), str("number")), call(member(id("Number"), "isFinite"), [data]));
    case "integer":
      return and(eq(typeOf(data), str("number")), call(member(id("Number"), "isInteger"), [data]));
    case "null":
      return eq(data, { kind: "null" });
    case "object":
      return and(eq(typeOf(data), str("object")), neq(data, { kind: "null" }), not(isArray(data)));
    case "array":
      return isArray(data);
  }
}
function notType(type, data) {
  switch (type) {
    case "string":
    case "boolean":
      return neq(typeOf(data), str(type));
    case "number":
      return or(neq(typeOf(data), str("number")), not(call(member(id("Number"), "isFinite"), [data])));
    case "integer":
      return or(neq(typeOf(data), str("number")), not(call(member(id("Number"), "isInteger"), [data])));
    case "null":
      return neq(data, { kind: "null" });
    case "object":
      return or(neq(typeOf(data), str("object")), eq(data, { kind: "null" }), isArray(data));
    case "array":
      return not(isArray(data));
  }
}
var isArray = (data) => call(member(id("Array"), "isArray"), [data]);
var keysOf = (object) => call(member(id("Object"), "keys"), [object]);
var lengthOf = (value) => member(value, "length");
function patternConstant(source, cx) {
  return cx.constant("PATTERN", `pattern:${source}`, () => newExpr(id("RegExp"), [str(source), str("u")]));
}
function patternTest(source, superLinear, text2, bound, cx) {
  const regexp = patternConstant(source, cx);
  if (!superLinear) return call(member(regexp, "test"), [text2]);
  return call(cx.helper("matchesBounded"), [regexp, text2, num(bound)]);
}
var COMPILED = /* @__PURE__ */ new Map();
function compiledPattern(source) {
  let regexp = COMPILED.get(source);
  if (regexp === void 0) COMPILED.set(source, regexp = new RegExp(source, "u"));
  return regexp;
}
function testPattern(source, superLinear, text2, bound) {
  return !(superLinear && text2.length > bound) && compiledPattern(source).test(text2);
}
function isFalseSchema(schema) {
  return schema.kind === "schema" && schema.keywords.type?.length === 0;
}
var DEFAULT_PATTERN_BOUND = 1e3;
function patternBound(maxLength) {
  return maxLength === void 0 ? DEFAULT_PATTERN_BOUND : maxLength * 2;
}

// generator/schema/json.ts
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
    case "boolean":
    case "object":
      return typeof value;
    case "number":
      return Number.isFinite(value) ? "number" : void 0;
    default:
      return void 0;
  }
}
function fitsType(value, type) {
  if (type === "integer") return Number.isInteger(value);
  return kindOf(value) === type;
}
function isPrimitive(value) {
  return value === null || typeof value !== "object";
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function show(value) {
  return JSON.stringify(value);
}

// generator/schema/messages.ts
var plural = (count2, one2, many) => count2 === 1 ? one2 : many;
var MESSAGES = {
  type: (types) => `must be ${types.join(",")}`,
  enum: () => "must be equal to one of the allowed values",
  const: () => "must be equal to constant",
  minLength: (limit) => `must NOT have fewer than ${limit} characters`,
  maxLength: (limit) => `must NOT have more than ${limit} characters`,
  pattern: (source) => `must match pattern "${source}"`,
  format: (name) => `must match format "${name}"`,
  minimum: (limit) => `must be >= ${limit}`,
  maximum: (limit) => `must be <= ${limit}`,
  exclusiveMinimum: (limit) => `must be > ${limit}`,
  exclusiveMaximum: (limit) => `must be < ${limit}`,
  multipleOf: (divisor) => `must be multiple of ${divisor}`,
  required: (name) => `must have required property '${name}'`,
  additionalProperties: () => "must NOT have additional properties",
  minProperties: (limit) => `must NOT have fewer than ${limit} properties`,
  maxProperties: (limit) => `must NOT have more than ${limit} properties`,
  dependentRequired: (property2, deps) => `must have ${plural(deps.length, "property", "properties")} ${deps.join(", ")} when property ${property2} is present`,
  minItems: (limit) => `must NOT have fewer than ${limit} items`,
  maxItems: (limit) => `must NOT have more than ${limit} items`,
  contains: (min, max) => max === void 0 ? `must contain at least ${min} valid item(s)` : `must contain at least ${min} and no more than ${max} valid item(s)`,
  anyOf: () => "must match a schema in anyOf",
  oneOf: () => "must match exactly one schema in oneOf",
  not: () => "must NOT be valid",
  falseSchema: () => "boolean schema is false",
  bounded: (limit, source) => `must NOT have more than ${limit} characters to be tested against pattern "${source}"`
};
var UNIQUE_ITEMS_PARTS = ["must NOT have duplicate items (items ## ", " and ", " are identical)"];
function uniqueItemsMessage(earlier, later) {
  const [before, between, after] = UNIQUE_ITEMS_PARTS;
  return `${before}${earlier}${between}${later}${after}`;
}

// generator/schema/read-values.ts
function readCount(raw, key, cx) {
  const value = raw[key];
  if (value === void 0) return void 0;
  if (Number.isInteger(value) && value >= 0) return value;
  cx.warn("invalid_schema", `${key} must be a non-negative integer, not ${JSON.stringify(value)}: ignored`, key);
  return void 0;
}
function readNumber(raw, key, cx) {
  const value = raw[key];
  if (value === void 0) return void 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  cx.warn("invalid_schema", `${key} must be a number, not ${JSON.stringify(value)}: ignored`, key);
  return void 0;
}
function readSchema(raw, key, cx) {
  const value = raw[key];
  if (value === void 0) return void 0;
  if (typeof value === "boolean" || isObject(value)) return cx.schema(key);
  cx.warn("invalid_schema", `${key} must be a schema (an object or a boolean): ignored`, key);
  return void 0;
}
function readSchemaList(raw, key, cx) {
  const value = raw[key];
  if (value === void 0) return void 0;
  if (!Array.isArray(value) || value.length === 0) {
    cx.warn("invalid_schema", `${key} must be a non-empty array of schemas: ignored`, key);
    return void 0;
  }
  const schemas = [];
  value.forEach((member2, index) => {
    if (typeof member2 === "boolean" || isObject(member2)) schemas.push(cx.schema(key, index));
    else cx.warn("invalid_schema", `${key}[${index}] must be a schema: ignored`, key, index);
  });
  return schemas.length > 0 ? schemas : void 0;
}
function readSchemaMap(raw, key, cx) {
  const value = raw[key];
  if (value === void 0) return void 0;
  if (!isObject(value)) {
    cx.warn("invalid_schema", `${key} must be an object of schemas: ignored`, key);
    return void 0;
  }
  const entries2 = [];
  for (const [name, member2] of Object.entries(value)) {
    if (typeof member2 === "boolean" || isObject(member2)) entries2.push({ name, schema: cx.schema(key, name) });
    else cx.warn("invalid_schema", `${key}.${name} must be a schema: ignored`, key, name);
  }
  return entries2;
}
function readNames(value, cx, ...at2) {
  if (Array.isArray(value) && value.every((name) => typeof name === "string")) return [...new Set(value)];
  cx.warn("invalid_schema", `${at2.join(".")} must be an array of property names: ignored`, ...at2);
  return void 0;
}
function warnOrder(low, high, keys, cx) {
  if (low === void 0 || high === void 0 || low <= high) return;
  cx.warn("min_gt_max", `${keys[0]} ${low} is greater than ${keys[1]} ${high}: no value can satisfy both`, keys[0]);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function regexpError(source) {
  try {
    new RegExp(source, "u");
    return void 0;
  } catch (error) {
    return error.message;
  }
}

// generator/schema/keywords/additional-properties.ts
var additionalPropertiesKeyword = {
  keyword: "additionalProperties",
  subschemas: (schema) => [schema],
  applies: "object",
  read: (raw, cx) => readSchema(raw, "additionalProperties", cx),
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const key = cx.fresh("key");
    const body = cx.collect(() => {
      const known = isKnown(id(key), cx.schema, cx);
      if (known !== void 0) cx.emit({ kind: "if", test: known, then: [{ kind: "continue" }], bare: true });
      if (isFalseSchema(schema))
        cx.failNow({ keyword: "additionalProperties", message: MESSAGES.additionalProperties() });
      else
        cx.sub(schema, cx.local("entry", element(cx.data, id(key)), kw("unknown")), {
          dynamic: call(cx.helper("pointerToken"), [id(key)])
        });
    });
    cx.emit({ kind: "forOf", declare: "const", name: key, iterable: keysOf(cx.data), body });
  },
  test(schema, data, cx) {
    const object = data;
    for (const key of Object.keys(object)) {
      if (isKnownKey(key, cx.schema)) continue;
      const issue = isFalseSchema(schema) ? cx.issue("additionalProperties", MESSAGES.additionalProperties()) : cx.sub(schema, object[key], key);
      if (issue !== void 0) return issue;
    }
    return void 0;
  },
  type: (schema, cx) => isFalseSchema(schema) ? void 0 : { kind: "index", type: cx.of(schema) }
};
function isKnown(key, node, cx) {
  const names2 = node.keywords.properties?.map((property2) => property2.name) ?? [];
  const tests = [];
  if (names2.length > 0 && names2.length <= 8) tests.push(...names2.map((name) => eq(key, str(name))));
  if (names2.length > 8) {
    const set = cx.constant("KEYS", `keys:${JSON.stringify(names2)}`, () => newExpr(id("Set"), [arr(names2.map(str))]));
    tests.push(call(member(set, "has"), [key]));
  }
  for (const { pattern, superLinear } of node.keywords.patternProperties ?? [])
    tests.push(patternTest(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND, cx));
  return tests.length === 0 ? void 0 : chain("||", tests);
}
function isKnownKey(key, node) {
  if (node.keywords.properties?.some((property2) => property2.name === key)) return true;
  const patterns = node.keywords.patternProperties ?? [];
  return patterns.some(
    ({ pattern, superLinear }) => testPattern(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND)
  );
}

// generator/schema/keywords/all-of.ts
var allOfKeyword = {
  keyword: "allOf",
  subschemas: (members) => members,
  applies: "any",
  read: (raw, cx) => readSchemaList(raw, "allOf", cx),
  trivial: (members, _node, cx) => members.every((member2) => cx.alwaysValid(member2)),
  check(members, cx) {
    for (const member2 of members) if (!cx.alwaysValid(member2)) cx.sub(member2, cx.data);
  },
  test(members, data, cx) {
    for (const member2 of members) {
      const issue = cx.sub(member2, data);
      if (issue !== void 0) return issue;
    }
    return void 0;
  },
  type: (members, cx, schema) => {
    const required = schema.keywords.required ?? [];
    return { kind: "intersection", types: members.map((member2) => cx.requiring(member2, required)) };
  }
};

// generator/schema/keywords/any-of.ts
var anyOfKeyword = {
  keyword: "anyOf",
  subschemas: (members) => members,
  applies: "any",
  read: (raw, cx) => readSchemaList(raw, "anyOf", cx),
  trivial: (members, _node, cx) => members.some((member2) => cx.alwaysValid(member2)),
  check(members, cx) {
    const matched = chain(
      "||",
      members.map((member2) => cx.matches(member2, cx.data, "anyOf"))
    );
    cx.fail(not(matched), { keyword: "anyOf", message: MESSAGES.anyOf() });
  },
  test: (members, data, cx) => members.some((member2) => cx.matches(member2, data)) ? void 0 : cx.issue("anyOf", MESSAGES.anyOf()),
  type: (members, cx) => ({ kind: "union", types: members.map((member2) => cx.of(member2)) })
};

// generator/schema/keywords/bounds.ts
var BROKEN = {
  minimum: "<",
  maximum: ">",
  exclusiveMinimum: "<=",
  exclusiveMaximum: ">="
};
var PHRASE = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<"
};
var EXCLUSIVE_OF = {
  minimum: "exclusiveMinimum",
  maximum: "exclusiveMaximum"
};
function broken(bound, data, limit) {
  return binary(BROKEN[bound], data, num(limit));
}
function isBroken(bound, data, limit) {
  switch (bound) {
    case "minimum":
      return data < limit;
    case "maximum":
      return data > limit;
    case "exclusiveMinimum":
      return data <= limit;
    case "exclusiveMaximum":
      return data >= limit;
  }
}
function readInclusive(bound, raw, cx) {
  if (raw[EXCLUSIVE_OF[bound]] === true) return void 0;
  return readNumber(raw, bound, cx);
}
function readExclusive(bound, raw, cx) {
  const value = raw[bound];
  if (typeof value !== "boolean") return readNumber(raw, bound, cx);
  if (!cx.openapi30)
    cx.warn("invalid_schema", `a boolean ${bound} is OpenAPI 3.0; in 3.1 write the bound itself (honoured)`, bound);
  const inclusive = bound === "exclusiveMinimum" ? "minimum" : "maximum";
  if (value && raw[inclusive] === void 0)
    cx.warn("invalid_schema", `${bound}: true without ${inclusive} has no effect`, bound);
  return value ? readNumber(raw, inclusive, cx) : void 0;
}
function definition(bound, read) {
  return {
    keyword: bound,
    applies: "number",
    read,
    check: (limit, cx) => cx.fail(broken(bound, cx.data, limit), { keyword: bound, message: MESSAGES[bound](limit), param: num(limit) }),
    test: (limit, data, cx) => isBroken(bound, data, limit) ? cx.issue(bound, MESSAGES[bound](limit)) : void 0,
    doc: (limit) => `${PHRASE[bound]} ${limit}`
  };
}
var minimumKeyword = definition(
  "minimum",
  (raw, cx) => readInclusive("minimum", raw, cx)
);
var maximumKeyword = definition(
  "maximum",
  (raw, cx) => readInclusive("maximum", raw, cx)
);
var exclusiveMinimumKeyword = definition(
  "exclusiveMinimum",
  (raw, cx) => readExclusive("exclusiveMinimum", raw, cx)
);
var exclusiveMaximumKeyword = definition("exclusiveMaximum", (raw, cx) => {
  const limit = readExclusive("exclusiveMaximum", raw, cx);
  const { minimum, maximum, exclusiveMinimum } = cx.sofar;
  const low = Math.max(minimum ?? -Infinity, exclusiveMinimum ?? -Infinity);
  const high = Math.min(maximum ?? Infinity, limit ?? Infinity);
  if (Number.isFinite(low) && Number.isFinite(high)) warnOrder(low, high, ["minimum", "maximum"], cx);
  return limit;
});

// generator/schema/keywords/conditional.ts
var ifKeyword = {
  keyword: "if",
  subschemas: (schema) => [schema],
  applies: "any",
  read: (raw, cx) => readSchema(raw, "if", cx),
  trivial: (_schema, node, cx) => alwaysValidOrAbsent(node.keywords.then, cx) && alwaysValidOrAbsent(node.keywords.else, cx),
  check(schema, cx) {
    const { then, else: otherwise } = cx.schema.keywords;
    const branch = (member2) => () => {
      if (member2 !== void 0 && !cx.alwaysValid(member2)) cx.sub(member2, cx.data);
    };
    const thenBody = cx.collect(branch(then));
    const elseBody = cx.collect(branch(otherwise));
    const test = cx.matches(schema, cx.data, "if");
    if (elseBody.length === 0) cx.emit({ kind: "if", test, then: thenBody });
    else if (thenBody.length === 0)
      cx.emit({ kind: "if", test: { kind: "unary", operator: "!", operand: test }, then: elseBody });
    else cx.emit({ kind: "if", test, then: thenBody, else: elseBody });
  },
  test(schema, data, cx) {
    const branch = cx.matches(schema, data) ? cx.schema.keywords.then : cx.schema.keywords.else;
    return branch === void 0 ? void 0 : cx.sub(branch, data);
  }
};
var thenKeyword = {
  keyword: "then",
  subschemas: (schema) => [schema],
  applies: "any",
  read: (raw, cx) => readBranch(raw, "then", cx)
};
var elseKeyword = {
  keyword: "else",
  subschemas: (schema) => [schema],
  applies: "any",
  read: (raw, cx) => readBranch(raw, "else", cx)
};
function readBranch(raw, key, cx) {
  if (raw.if !== void 0) return readSchema(raw, key, cx);
  if (raw[key] !== void 0) cx.warn("invalid_schema", `'${key}' without 'if' has no effect: ignored`, key);
  return void 0;
}
function alwaysValidOrAbsent(schema, cx) {
  return schema === void 0 || cx.alwaysValid(schema);
}

// generator/runtime/formats.ts
var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
var DATE_TIME_SEPARATOR = /t|\s/i;
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function matchesDate(str2) {
  const matches = DATE.exec(str2);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}
function time(str2, strictTimeZone) {
  const matches = TIME.exec(str2);
  if (!matches) return false;
  const hr = +matches[1];
  const min = +matches[2];
  const sec = +matches[3];
  const tz = matches[4];
  const tzSign = matches[5] === "-" ? -1 : 1;
  const tzH = +(matches[6] || 0);
  const tzM = +(matches[7] || 0);
  if (tzH > 23 || tzM > 59 || strictTimeZone && !tz) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function dateTime(str2, strictTimeZone) {
  const dateTime2 = str2.split(DATE_TIME_SEPARATOR);
  return dateTime2.length === 2 && matchesDate(dateTime2[0]) && time(dateTime2[1], strictTimeZone);
}
function matchesTime(str2) {
  return time(str2, true);
}
var CANONICAL_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function matchesDateTime(str2) {
  return CANONICAL_DATE_TIME.test(str2) || dateTime(str2, true);
}
function matchesIsoTime(str2) {
  return time(str2, false);
}
function matchesIsoDateTime(str2) {
  return dateTime(str2, false);
}
var DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
function matchesDuration(str2) {
  return DURATION.test(str2);
}
var URI_REFERENCE = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function matchesUriReference(str2) {
  return URI_REFERENCE.test(str2);
}
var URI_TEMPLATE = /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
function matchesUriTemplate(str2) {
  return URI_TEMPLATE.test(str2);
}
var URL2 = /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu;
function matchesUrl(str2) {
  return URL2.test(str2);
}
var EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function matchesEmail(str2) {
  return EMAIL.test(str2);
}
var HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
function matchesHostname(str2) {
  return HOSTNAME.test(str2);
}
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function matchesIpv4(str2) {
  return IPV4.test(str2);
}
var IPV6 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
function matchesIpv6(str2) {
  return IPV6.test(str2);
}
var UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
function matchesUuid(str2) {
  return UUID.test(str2);
}
var JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
function matchesJsonPointer(str2) {
  return JSON_POINTER.test(str2);
}
var JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i;
function matchesJsonPointerUriFragment(str2) {
  return JSON_POINTER_URI_FRAGMENT.test(str2);
}
var RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
function matchesRelativeJsonPointer(str2) {
  return RELATIVE_JSON_POINTER.test(str2);
}
var NOT_URI_FRAGMENT = /\/|:/;
var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function matchesUri(str2) {
  return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
}
var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function matchesByte(str2) {
  BYTE.lastIndex = 0;
  return BYTE.test(str2);
}
var Z_ANCHOR = /[^\\]\\Z/;
function matchesRegex(str2) {
  if (Z_ANCHOR.test(str2)) return false;
  try {
    new RegExp(str2);
    return true;
  } catch {
    return false;
  }
}
var MIN_INT32 = -(2 ** 31);
var MAX_INT32 = 2 ** 31 - 1;
function matchesInt32(value) {
  return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function matchesInt64(value) {
  return Number.isInteger(value);
}

// generator/runtime/keywords.ts
function codePointLength(text2) {
  const units = text2.length;
  let length = 0;
  for (let pos = 0; pos < units; length++) {
    const unit = text2.charCodeAt(pos++);
    if (unit >= 55296 && unit <= 56319 && pos < units && (text2.charCodeAt(pos) & 64512) === 56320) pos++;
  }
  return length;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && arraysEqual(a, b);
  if (Array.isArray(b)) return false;
  return objectsEqual(a, b);
}
function arraysEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
  return true;
}
function objectsEqual(a, b) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key])) return false;
  return true;
}
function duplicateItems(items) {
  let found;
  const last = /* @__PURE__ */ new Map();
  let objects;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === "object" && item !== null) {
      (objects ??= []).push(i);
      continue;
    }
    const seen = last.get(item);
    if (seen !== void 0) found = [seen, i];
    last.set(item, i);
  }
  const pair = objects && duplicateObjects(items, objects);
  return pair && (!found || pair[1] > found[1]) ? pair : found;
}
function duplicateObjects(items, indexes) {
  for (let later = indexes.length - 1; later > 0; later--) {
    for (let earlier = later - 1; earlier >= 0; earlier--) {
      const a = indexes[earlier];
      const b = indexes[later];
      if (deepEqual(items[a], items[b])) return [a, b];
    }
  }
  return void 0;
}
function matchesMultipleOf(value, divisor) {
  const quotient = value / divisor;
  return Number.isInteger(quotient) && Math.abs(quotient) < 1e21;
}
function isBinary(value) {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  const g = globalThis;
  return g.Blob !== void 0 && value instanceof g.Blob || g.ReadableStream !== void 0 && value instanceof g.ReadableStream;
}

// generator/schema/helpers.ts
var HELPERS = {
  reject: "reject",
  fail: "fail",
  codePointLength: "codePointLength",
  deepEqual: "deepEqual",
  duplicateItems: "duplicateItems",
  pointerToken: "pointerToken",
  matchesMultipleOf: "matchesMultipleOf",
  isBinary: "isBinary",
  matchesBounded: "matchesBounded",
  matchesDate: "matchesDate",
  matchesTime: "matchesTime",
  matchesDateTime: "matchesDateTime",
  matchesIsoTime: "matchesIsoTime",
  matchesIsoDateTime: "matchesIsoDateTime",
  matchesDuration: "matchesDuration",
  matchesUri: "matchesUri",
  matchesUriReference: "matchesUriReference",
  matchesUriTemplate: "matchesUriTemplate",
  matchesUrl: "matchesUrl",
  matchesEmail: "matchesEmail",
  matchesHostname: "matchesHostname",
  matchesIpv4: "matchesIpv4",
  matchesIpv6: "matchesIpv6",
  matchesRegex: "matchesRegex",
  matchesUuid: "matchesUuid",
  matchesJsonPointer: "matchesJsonPointer",
  matchesJsonPointerUriFragment: "matchesJsonPointerUriFragment",
  matchesRelativeJsonPointer: "matchesRelativeJsonPointer",
  matchesByte: "matchesByte",
  matchesInt32: "matchesInt32",
  matchesInt64: "matchesInt64"
};
var FAIL_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "required",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "pattern",
  "format",
  "uniqueItems",
  "enum",
  "const",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "not"
]);
var PARAMLESS_KEYWORDS = /* @__PURE__ */ new Set([
  "enum",
  "const",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "not"
]);
var ISSUE_SINK = "IssueSink";
var HELPER_NAMES = [...Object.values(HELPERS), ISSUE_SINK];
var string = (helper, test) => ({
  helper,
  applies: "string",
  test
});
var CHECKED_FORMATS = {
  date: string("matchesDate", matchesDate),
  time: string("matchesTime", matchesTime),
  "date-time": string("matchesDateTime", matchesDateTime),
  "iso-time": string("matchesIsoTime", matchesIsoTime),
  "iso-date-time": string("matchesIsoDateTime", matchesIsoDateTime),
  duration: string("matchesDuration", matchesDuration),
  uri: string("matchesUri", matchesUri),
  "uri-reference": string("matchesUriReference", matchesUriReference),
  "uri-template": string("matchesUriTemplate", matchesUriTemplate),
  url: string("matchesUrl", matchesUrl),
  email: string("matchesEmail", matchesEmail),
  hostname: string("matchesHostname", matchesHostname),
  ipv4: string("matchesIpv4", matchesIpv4),
  ipv6: string("matchesIpv6", matchesIpv6),
  regex: string("matchesRegex", matchesRegex),
  uuid: string("matchesUuid", matchesUuid),
  "json-pointer": string("matchesJsonPointer", matchesJsonPointer),
  "json-pointer-uri-fragment": string("matchesJsonPointerUriFragment", matchesJsonPointerUriFragment),
  "relative-json-pointer": string("matchesRelativeJsonPointer", matchesRelativeJsonPointer),
  byte: string("matchesByte", matchesByte),
  int32: { helper: "matchesInt32", applies: "number", test: matchesInt32 },
  int64: { helper: "matchesInt64", applies: "number", test: matchesInt64 }
};
var KNOWN_FORMATS = /* @__PURE__ */ new Set([
  ...Object.keys(CHECKED_FORMATS),
  "password",
  "binary",
  "float",
  "double"
]);
var RUNTIME = {
  codePointLength,
  deepEqual,
  duplicateItems,
  matchesMultipleOf,
  isBinary
};

// generator/schema/keywords/const.ts
var constKeyword = {
  keyword: "const",
  applies: "any",
  read(raw, cx) {
    if (!Object.hasOwn(raw, "const")) return void 0;
    const value = raw.const;
    const types = cx.sofar.type;
    if (types !== void 0 && !types.some((type) => fitsType(value, type)))
      cx.warn(
        "invalid_schema",
        `const ${show(value)} is not of the schema's type ${types.join(" | ")}: no value can match`,
        "const"
      );
    return { value };
  },
  check({ value }, cx) {
    const broken2 = isPrimitive(value) ? neq(cx.data, literal(value)) : not(
      call(cx.helper("deepEqual"), [
        cx.data,
        cx.constant("CONST", `const:${JSON.stringify(value)}`, () => literal(value))
      ])
    );
    cx.fail(broken2, { keyword: "const", message: MESSAGES.const() });
  },
  test: ({ value }, data, cx) => RUNTIME.deepEqual(value, data) ? void 0 : cx.issue("const", MESSAGES.const()),
  type: ({ value }) => ({ kind: "literals", values: [value] }),
  doc: ({ value }) => `always ${show(value)}`
};

// generator/schema/keywords/contains.ts
var containsKeyword = {
  keyword: "contains",
  subschemas: (schema) => [schema],
  applies: "array",
  read: (raw, cx) => readSchema(raw, "contains", cx),
  trivial: (schema, node, cx) => cx.alwaysValid(schema) && (node.keywords.minContains ?? 1) === 0 && node.keywords.maxContains === void 0,
  check(schema, cx) {
    const { minContains: min = 1, maxContains: max } = cx.schema.keywords;
    const count2 = cx.fresh("matched");
    const item = cx.fresh("item");
    cx.emit({ kind: "variable", declare: "let", name: count2, init: num(0) });
    const matches = cx.matches(schema, id(item), "contains");
    const increment = { kind: "expression", expr: { kind: "update", operator: "++", operand: id(count2) } };
    const body = [{ kind: "if", test: matches, then: [increment], bare: true }];
    cx.emit({ kind: "forOf", declare: "const", name: item, iterable: cx.data, body });
    const broken2 = max === void 0 ? lt(id(count2), num(min)) : or(lt(id(count2), num(min)), gt(id(count2), num(max)));
    cx.fail(broken2, { keyword: "contains", message: MESSAGES.contains(min, max) });
  },
  test(schema, data, cx) {
    const { minContains: min = 1, maxContains: max } = cx.schema.keywords;
    const count2 = data.filter((item) => cx.matches(schema, item)).length;
    return count2 < min || max !== void 0 && count2 > max ? cx.issue("contains", MESSAGES.contains(min, max)) : void 0;
  }
};
var minContainsKeyword = {
  keyword: "minContains",
  applies: "array",
  read: (raw, cx) => readCount(raw, "minContains", cx)
};
var maxContainsKeyword = {
  keyword: "maxContains",
  applies: "array",
  read(raw, cx) {
    const limit = readCount(raw, "maxContains", cx);
    warnOrder(cx.sofar.minContains, limit, ["minContains", "maxContains"], cx);
    return limit;
  }
};

// generator/schema/keywords/dependents.ts
var dependentRequiredKeyword = {
  keyword: "dependentRequired",
  applies: "object",
  alsoReads: ["dependencies"],
  read(raw, cx) {
    const found = [];
    for (const [key, property2, value] of entries(raw, "dependentRequired", cx)) {
      if (Array.isArray(value)) {
        const names2 = readNames(value, cx, key, property2);
        if (names2 !== void 0 && names2.length > 0) found.push({ property: property2, value: names2 });
      } else if (key === "dependentRequired")
        cx.warn("invalid_schema", "dependentRequired values must be arrays of names: ignored", key, property2);
    }
    return found.length > 0 ? found : void 0;
  },
  check(dependents, cx) {
    for (const { property: property2, value: names2 } of dependents) {
      const message = MESSAGES.dependentRequired(property2, names2);
      const body = cx.collect(() => {
        for (const name of names2)
          cx.fail(isUndefined(ownProperty(cx.data, name)), { keyword: "dependentRequired", message });
      });
      cx.emit({ kind: "if", test: isDefined(ownProperty(cx.data, property2)), then: body });
    }
  },
  test(dependents, data, cx) {
    const present = (name) => own(data, name) !== void 0;
    const broken2 = dependents.find(({ property: property2, value }) => present(property2) && !value.every(present));
    return broken2 && cx.issue("dependentRequired", MESSAGES.dependentRequired(broken2.property, broken2.value));
  }
};
var dependentSchemasKeyword = {
  keyword: "dependentSchemas",
  subschemas: (dependents) => dependents.map((entry) => entry.value),
  applies: "object",
  alsoReads: ["dependencies"],
  read(raw, cx) {
    const found = [];
    for (const [key, property2, value] of entries(raw, "dependentSchemas", cx)) {
      if (typeof value === "boolean" || isObject(value)) found.push({ property: property2, value: cx.schema(key, property2) });
      else if (key === "dependentSchemas")
        cx.warn("invalid_schema", "dependentSchemas values must be schemas: ignored", key, property2);
    }
    return found.length > 0 ? found : void 0;
  },
  trivial: (dependents, _schema, cx) => dependents.every(({ value }) => cx.alwaysValid(value)),
  check(dependents, cx) {
    for (const { property: property2, value } of dependents) {
      if (cx.alwaysValid(value)) continue;
      cx.emit({
        kind: "if",
        test: isDefined(ownProperty(cx.data, property2)),
        then: cx.collect(() => cx.sub(value, cx.data))
      });
    }
  },
  test(dependents, data, cx) {
    for (const { property: property2, value } of dependents) {
      const issue = own(data, property2) === void 0 ? void 0 : cx.sub(value, data);
      if (issue !== void 0) return issue;
    }
    return void 0;
  }
};
function entries(raw, key, cx) {
  const found = [];
  for (const source of [key, "dependencies"]) {
    const value = raw[source];
    if (value === void 0) continue;
    if (!isObject(value)) {
      if (source === key) cx.warn("invalid_schema", `${key} must be an object: ignored`, key);
      continue;
    }
    for (const [property2, member2] of Object.entries(value)) found.push([source, property2, member2]);
  }
  return found;
}
function own(data, name) {
  const object = data;
  return Object.hasOwn(object, name) ? object[name] : void 0;
}

// generator/schema/keywords/discriminator.ts
var COMPONENT = /^#\/components\/schemas\/([^/]+)$/;
var discriminatorKeyword = {
  keyword: "discriminator",
  applies: "any",
  read(raw, cx) {
    const value = raw.discriminator;
    if (value === void 0) return void 0;
    if (!isObject(value) || typeof value.propertyName !== "string") {
      cx.warn("invalid_schema", "discriminator must be an object with a propertyName: ignored", "discriminator");
      return void 0;
    }
    return { propertyName: value.propertyName, mapping: mappingOf(value.mapping, cx) };
  },
  doc: ({ propertyName: propertyName2 }) => `told apart by ${propertyName2}`
};
function mappingOf(mapping, cx) {
  const found = [];
  if (isObject(mapping)) {
    for (const [value, ref] of Object.entries(mapping)) {
      const target = typeof ref === "string" ? targetOf(ref) : void 0;
      if (target === void 0)
        cx.warn(
          "invalid_schema",
          `discriminator mapping ${JSON.stringify(value)} must name a component schema: ignored`,
          "discriminator",
          "mapping",
          value
        );
      else found.push({ value, target });
    }
  }
  const mapped = new Set(found.map((entry) => entry.target));
  for (const member2 of [...cx.sofar.oneOf ?? [], ...cx.sofar.anyOf ?? []]) {
    if (member2.kind === "ref" && !mapped.has(member2.target)) {
      mapped.add(member2.target);
      found.push({ value: member2.target, target: member2.target });
    }
  }
  return found;
}
function targetOf(ref) {
  const match = COMPONENT.exec(ref);
  if (match?.[1] !== void 0) return unescapeToken(match[1]);
  return ref.includes("/") || ref.includes("#") ? void 0 : ref;
}

// generator/schema/keywords/enum.ts
var enumKeyword = {
  keyword: "enum",
  applies: "any",
  read(raw, cx) {
    const members = raw.enum;
    if (members === void 0) return void 0;
    if (!Array.isArray(members) || members.length === 0) {
      cx.warn("invalid_schema", "enum must be a non-empty array: ignored", "enum");
      return void 0;
    }
    const types = cx.sofar.type;
    members.forEach((member2, index) => {
      if (types !== void 0 && !types.some((type) => fitsType(member2, type)))
        cx.warn(
          "invalid_schema",
          `enum member ${show(member2)} is not of the schema's type ${types.join(" | ")}: it can never be valid`,
          "enum",
          index
        );
    });
    return members;
  },
  check(members, cx) {
    cx.fail(notAmong(members, cx), { keyword: "enum", message: MESSAGES.enum() });
  },
  test: (members, data, cx) => members.some((member2) => RUNTIME.deepEqual(member2, data)) ? void 0 : cx.issue("enum", MESSAGES.enum()),
  type: (members) => ({ kind: "literals", values: members }),
  doc: (members) => `one of ${members.map(show).join(", ")}`
};
function notAmong(members, cx) {
  const { data } = cx;
  if (!members.every(isPrimitive)) {
    const list2 = cx.constant("ENUM", `enum:${JSON.stringify(members)}`, () => literal(members));
    const item = cx.fresh("member");
    const same = arrow([param(item)], call(cx.helper("deepEqual"), [id(item), data]));
    return not(call(member(list2, "some"), [same]));
  }
  if (members.length <= 4)
    return chain(
      "&&",
      members.map((value) => neq(data, literal(value)))
    );
  const set = cx.constant(
    "ENUM",
    `set:${JSON.stringify(members)}`,
    () => newExpr(id("Set"), [arr(members.map((value) => literal(value)))]),
    typeRef("ReadonlySet", [kw("unknown")])
  );
  return not(call(member(set, "has"), [data]));
}

// generator/schema/keywords/format.ts
var formatKeyword = {
  keyword: "format",
  applies: (name) => CHECKED_FORMATS[name]?.applies ?? "string",
  read(raw, cx) {
    const name = raw.format;
    if (name === void 0) return void 0;
    if (typeof name !== "string") {
      cx.warn("invalid_schema", "format must be a string: ignored", "format");
      return void 0;
    }
    if (!KNOWN_FORMATS.has(name) && cx.firstTime(`format:${name}`))
      cx.warn(
        "unknown_format",
        `unknown format ${JSON.stringify(name)}: not checked (known: those of ajv-formats)`,
        "format"
      );
    return Object.hasOwn(CHECKED_FORMATS, name) ? name : void 0;
  },
  check(name, cx) {
    const format2 = CHECKED_FORMATS[name];
    if (format2 === void 0) return;
    cx.fail(not(call(cx.helper(format2.helper), [cx.data])), {
      keyword: "format",
      message: MESSAGES.format(name),
      param: str(name)
    });
  },
  test(name, data, cx) {
    const format2 = CHECKED_FORMATS[name];
    if (format2 === void 0 || format2.test(data)) return void 0;
    return cx.issue("format", MESSAGES.format(name));
  },
  doc: (name) => FORMAT_PHRASES[name] ?? `format ${name}`
};
var FORMAT_PHRASES = {
  "date-time": "RFC 3339 date-time",
  date: "RFC 3339 date",
  time: "RFC 3339 time",
  email: "email address",
  uuid: "UUID",
  uri: "absolute URI",
  ipv4: "IPv4 address",
  ipv6: "IPv6 address",
  int32: "32-bit integer"
};

// generator/schema/keywords/items.ts
var prefixItemsKeyword = {
  keyword: "prefixItems",
  subschemas: (schemas) => schemas,
  applies: "array",
  read: (raw, cx) => readSchemaList(raw, "prefixItems", cx),
  trivial: (schemas, _node, cx) => schemas.every((schema) => cx.alwaysValid(schema)),
  check(schemas, cx) {
    schemas.forEach((schema, index) => {
      if (cx.alwaysValid(schema)) return;
      const then = cx.collect(
        () => cx.sub(schema, cx.local("item", element(cx.data, num(index)), kw("unknown")), String(index))
      );
      cx.emit({ kind: "if", test: gt(lengthOf(cx.data), num(index)), then });
    });
  },
  test(schemas, data, cx) {
    const items = data;
    for (let index = 0; index < Math.min(schemas.length, items.length); index++) {
      const issue = cx.sub(schemas[index], items[index], index);
      if (issue !== void 0) return issue;
    }
    return void 0;
  },
  type: (schemas, cx) => ({ kind: "prefix", types: schemas.map((schema) => cx.of(schema)) })
};
var itemsKeyword = {
  keyword: "items",
  subschemas: (schema) => [schema],
  applies: "array",
  read(raw, cx) {
    if (Array.isArray(raw.items)) {
      cx.warn(
        "unsupported_keyword",
        "an array of schemas under 'items' is draft 7's tuple form; in 2020-12 write prefixItems: not checked",
        "items"
      );
      return void 0;
    }
    return readSchema(raw, "items", cx);
  },
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const start = cx.schema.keywords.prefixItems?.length ?? 0;
    if (isFalseSchema(schema) && start > 0) {
      cx.fail(gt(lengthOf(cx.data), num(start)), { keyword: "items", message: MESSAGES.maxItems(start) });
      return;
    }
    cx.emit(
      loop(
        start,
        cx,
        (index) => cx.sub(schema, cx.local("item", element(cx.data, id(index)), kw("unknown")), { dynamic: id(index) })
      )
    );
  },
  test(schema, data, cx) {
    const items = data;
    const start = cx.schema.keywords.prefixItems?.length ?? 0;
    if (isFalseSchema(schema) && start > 0)
      return items.length > start ? cx.issue("items", MESSAGES.maxItems(start)) : void 0;
    for (let index = start; index < items.length; index++) {
      const issue = cx.sub(schema, items[index], index);
      if (issue !== void 0) return issue;
    }
    return void 0;
  },
  type: (schema, cx) => ({ kind: "items", type: isFalseSchema(schema) ? kw("never") : cx.of(schema) })
};
function loop(start, cx, body) {
  const index = cx.fresh("i");
  return {
    kind: "for",
    init: { kind: "variable", declare: "let", name: index, init: num(start) },
    test: lt(id(index), lengthOf(cx.data)),
    update: { kind: "update", operator: "++", operand: id(index) },
    body: cx.collect(() => body(index))
  };
}

// generator/schema/keywords/min-max-items.ts
var minItemsKeyword = {
  keyword: "minItems",
  applies: "array",
  read: (raw, cx) => readCount(raw, "minItems", cx),
  trivial: (limit) => limit === 0,
  check: (limit, cx) => cx.fail(lt(lengthOf(cx.data), num(limit)), {
    keyword: "minItems",
    message: MESSAGES.minItems(limit),
    param: num(limit)
  }),
  test: (limit, data, cx) => data.length < limit ? cx.issue("minItems", MESSAGES.minItems(limit)) : void 0,
  doc: (limit) => `at least ${limit} items`
};
var maxItemsKeyword = {
  keyword: "maxItems",
  applies: "array",
  read(raw, cx) {
    const limit = readCount(raw, "maxItems", cx);
    warnOrder(cx.sofar.minItems, limit, ["minItems", "maxItems"], cx);
    return limit;
  },
  check: (limit, cx) => cx.fail(gt(lengthOf(cx.data), num(limit)), {
    keyword: "maxItems",
    message: MESSAGES.maxItems(limit),
    param: num(limit)
  }),
  test: (limit, data, cx) => data.length > limit ? cx.issue("maxItems", MESSAGES.maxItems(limit)) : void 0,
  doc: (limit) => `at most ${limit} items`
};

// generator/schema/keywords/min-max-length.ts
var minLengthKeyword = {
  keyword: "minLength",
  applies: "string",
  read: (raw, cx) => readCount(raw, "minLength", cx),
  trivial: (limit) => limit === 0,
  check(limit, cx) {
    const broken2 = and(
      lt(lengthOf(cx.data), num(limit * 2)),
      lt(call(cx.helper("codePointLength"), [cx.data]), num(limit))
    );
    cx.fail(broken2, { keyword: "minLength", message: MESSAGES.minLength(limit), param: num(limit) });
  },
  test: (limit, data, cx) => RUNTIME.codePointLength(data) < limit ? cx.issue("minLength", MESSAGES.minLength(limit)) : void 0,
  doc: (limit) => `at least ${limit} characters`
};
var maxLengthKeyword = {
  keyword: "maxLength",
  applies: "string",
  read(raw, cx) {
    const limit = readCount(raw, "maxLength", cx);
    warnOrder(cx.sofar.minLength, limit, ["minLength", "maxLength"], cx);
    return limit;
  },
  check(limit, cx) {
    const broken2 = and(
      gt(lengthOf(cx.data), num(limit)),
      gt(call(cx.helper("codePointLength"), [cx.data]), num(limit))
    );
    cx.fail(broken2, { keyword: "maxLength", message: MESSAGES.maxLength(limit), param: num(limit) });
  },
  test: (limit, data, cx) => RUNTIME.codePointLength(data) > limit ? cx.issue("maxLength", MESSAGES.maxLength(limit)) : void 0,
  doc: (limit) => `at most ${limit} characters`
};

// generator/schema/keywords/min-max-properties.ts
var minPropertiesKeyword = {
  keyword: "minProperties",
  applies: "object",
  read: (raw, cx) => readCount(raw, "minProperties", cx),
  trivial: (limit) => limit === 0,
  check: (limit, cx) => cx.fail(lt(lengthOf(keysOf(cx.data)), num(limit)), {
    keyword: "minProperties",
    message: MESSAGES.minProperties(limit)
  }),
  test: (limit, data, cx) => Object.keys(data).length < limit ? cx.issue("minProperties", MESSAGES.minProperties(limit)) : void 0,
  doc: (limit) => `at least ${limit} properties`
};
var maxPropertiesKeyword = {
  keyword: "maxProperties",
  applies: "object",
  read(raw, cx) {
    const limit = readCount(raw, "maxProperties", cx);
    warnOrder(cx.sofar.minProperties, limit, ["minProperties", "maxProperties"], cx);
    return limit;
  },
  check: (limit, cx) => cx.fail(gt(lengthOf(keysOf(cx.data)), num(limit)), {
    keyword: "maxProperties",
    message: MESSAGES.maxProperties(limit)
  }),
  test: (limit, data, cx) => Object.keys(data).length > limit ? cx.issue("maxProperties", MESSAGES.maxProperties(limit)) : void 0,
  doc: (limit) => `at most ${limit} properties`
};

// generator/schema/keywords/multiple-of.ts
var multipleOfKeyword = {
  keyword: "multipleOf",
  applies: "number",
  read(raw, cx) {
    const divisor = readNumber(raw, "multipleOf", cx);
    if (divisor === void 0 || divisor > 0) return divisor;
    cx.warn("invalid_schema", `multipleOf must be greater than 0, not ${divisor}: not checked`, "multipleOf");
    return void 0;
  },
  check(divisor, cx) {
    const broken2 = not(call(cx.helper("matchesMultipleOf"), [cx.data, num(divisor)]));
    cx.fail(broken2, { keyword: "multipleOf", message: MESSAGES.multipleOf(divisor), param: num(divisor) });
  },
  test: (divisor, data, cx) => RUNTIME.matchesMultipleOf(data, divisor) ? void 0 : cx.issue("multipleOf", MESSAGES.multipleOf(divisor)),
  doc: (divisor) => `multiple of ${divisor}`
};

// generator/schema/keywords/not.ts
var notKeyword = {
  keyword: "not",
  subschemas: (schema) => [schema],
  applies: "any",
  read: (raw, cx) => readSchema(raw, "not", cx),
  check(schema, cx) {
    const failure = { keyword: "not", message: MESSAGES.not() };
    if (cx.alwaysValid(schema)) cx.failNow(failure);
    else cx.fail(cx.matches(schema, cx.data, "not"), failure);
  },
  test: (schema, data, cx) => cx.matches(schema, data) ? cx.issue("not", MESSAGES.not()) : void 0
};

// generator/schema/keywords/one-of.ts
var oneOfKeyword = {
  keyword: "oneOf",
  subschemas: (members) => members,
  applies: "any",
  read: (raw, cx) => readSchemaList(raw, "oneOf", cx),
  check(members, cx) {
    const counts = members.map(
      (member2) => cx.alwaysValid(member2) ? num(1) : conditional(cx.matches(member2, cx.data, "oneOf"), num(1), num(0))
    );
    const matched = cx.local("matched", chain("+", counts));
    cx.fail(neq(matched, num(1)), { keyword: "oneOf", message: MESSAGES.oneOf() });
  },
  test: (members, data, cx) => members.filter((member2) => cx.matches(member2, data)).length === 1 ? void 0 : cx.issue("oneOf", MESSAGES.oneOf()),
  type: (members, cx) => ({ kind: "union", types: members.map((member2) => cx.of(member2)) })
};

// generator/schema/keywords/pattern.ts
var patternKeyword = {
  keyword: "pattern",
  applies: "string",
  read(raw, cx) {
    const source = raw.pattern;
    if (source === void 0) return void 0;
    const error = typeof source === "string" ? regexpError(source) : "not a string";
    if (error !== void 0 || typeof source !== "string") {
      cx.warn("invalid_schema", `pattern is not a valid regular expression (${error}): not checked`, "pattern");
      return void 0;
    }
    const superLinear = cx.superLinear(source);
    if (superLinear)
      cx.warn(
        "super_linear_pattern",
        `pattern can backtrack super-linearly (a ReDoS risk): strings over ${patternBound(cx.sofar.maxLength)} UTF-16 units fail without being tested; set maxLength to choose the bound`,
        "pattern"
      );
    return { source, superLinear };
  },
  check({ source, superLinear }, cx) {
    const bound = patternBound(cx.schema.keywords.maxLength);
    const plain = MESSAGES.pattern(source);
    const message = superLinear ? conditional(gt(lengthOf(cx.data), num(bound)), str(MESSAGES.bounded(bound, source)), str(plain)) : plain;
    const param2 = superLinear ? void 0 : patternConstant(source, cx);
    cx.fail(not(patternTest(source, superLinear, cx.data, bound, cx)), {
      keyword: "pattern",
      message,
      ...param2 ? { param: param2 } : {}
    });
  },
  test(pattern, data, cx) {
    const bound = patternBound(cx.schema.keywords.maxLength);
    if (testPattern(pattern.source, pattern.superLinear, data, bound)) return void 0;
    return cx.issue(
      "pattern",
      data.length > bound && pattern.superLinear ? MESSAGES.bounded(bound, pattern.source) : MESSAGES.pattern(pattern.source)
    );
  },
  doc: (pattern) => `matches /${pattern.source}/`
};

// generator/schema/keywords/pattern-properties.ts
var patternPropertiesKeyword = {
  keyword: "patternProperties",
  subschemas: (patterns) => patterns.map((entry) => entry.schema),
  applies: "object",
  read(raw, cx) {
    const entries2 = readSchemaMap(raw, "patternProperties", cx);
    if (entries2 === void 0) return void 0;
    const patterns = [];
    for (const { name: pattern, schema } of entries2) {
      const error = regexpError(pattern);
      if (error !== void 0) {
        cx.warn(
          "invalid_schema",
          `patternProperties key is not a valid regular expression (${error}): not checked`,
          "patternProperties",
          pattern
        );
        continue;
      }
      const superLinear = cx.superLinear(pattern);
      if (superLinear)
        cx.warn(
          "super_linear_pattern",
          `pattern can backtrack super-linearly (a ReDoS risk): keys over ${DEFAULT_PATTERN_BOUND} UTF-16 units are not matched against it`,
          "patternProperties",
          pattern
        );
      patterns.push(superLinear ? { pattern, schema, superLinear } : { pattern, schema });
    }
    return patterns;
  },
  trivial: (patterns, _schema, cx) => patterns.every(({ schema }) => cx.alwaysValid(schema)),
  check(patterns, cx) {
    const key = cx.fresh("key");
    const body = cx.collect(() => {
      for (const { pattern, schema, superLinear } of patterns) {
        if (cx.alwaysValid(schema)) continue;
        const matched = patternTest(pattern, superLinear === true, id(key), DEFAULT_PATTERN_BOUND, cx);
        const at2 = { dynamic: call(cx.helper("pointerToken"), [id(key)]) };
        cx.emit({
          kind: "if",
          test: matched,
          then: cx.collect(() => cx.sub(schema, cx.local("entry", element(cx.data, id(key)), kw("unknown")), at2))
        });
      }
    });
    cx.emit({ kind: "forOf", declare: "const", name: key, iterable: keysOf(cx.data), body });
  },
  test(patterns, data, cx) {
    const object = data;
    for (const key of Object.keys(object)) {
      for (const { pattern, schema, superLinear } of patterns) {
        if (!testPattern(pattern, superLinear === true, key, DEFAULT_PATTERN_BOUND)) continue;
        const issue = cx.sub(schema, object[key], key);
        if (issue !== void 0) return issue;
      }
    }
    return void 0;
  },
  type: (patterns, cx) => ({
    kind: "index",
    type: { kind: "union", types: patterns.map(({ schema }) => cx.of(schema)) }
  })
};

// generator/schema/keywords/properties.ts
var propertiesKeyword = {
  keyword: "properties",
  subschemas: (properties2) => properties2.map((property2) => property2.schema),
  applies: "object",
  read: (raw, cx) => readSchemaMap(raw, "properties", cx),
  trivial: (properties2, schema, cx) => properties2.every(
    (property2) => cx.alwaysValid(property2.schema) && !schema.keywords.required?.includes(property2.name)
  ),
  check(properties2, cx) {
    const required = new Set(cx.schema.keywords.required ?? []);
    for (const property2 of properties2) checkProperty(property2, required.has(property2.name), cx);
  },
  test(properties2, data, cx) {
    const object = data;
    for (const { name, schema } of properties2) {
      const value = Object.hasOwn(object, name) ? object[name] : void 0;
      const issue = value === void 0 ? void 0 : cx.sub(schema, value, name);
      if (issue !== void 0) return issue;
    }
    return void 0;
  },
  type(properties2, cx, schema) {
    const required = new Set(schema.keywords.required ?? []);
    const members = properties2.map(({ name, schema: member2 }) => {
      const doc = cx.doc(member2);
      return propSig(name, cx.of(member2), {
        ...required.has(name) ? {} : { optional: true },
        ...doc === void 0 ? {} : { doc }
      });
    });
    return { kind: "members", members };
  }
};
function checkProperty({ name, schema }, required, cx) {
  const missing = { keyword: "required", message: MESSAGES.required(name), param: str(name) };
  if (cx.alwaysValid(schema)) {
    if (required) cx.fail(isUndefined(ownProperty(cx.data, name)), missing);
    return;
  }
  const value = cx.local(name, ownProperty(cx.data, name), kw("unknown"));
  if (required) cx.failElse(isUndefined(value), missing, () => cx.sub(schema, value, name));
  else cx.emit({ kind: "if", test: isDefined(value), then: cx.collect(() => cx.sub(schema, value, name)) });
}

// generator/schema/keywords/property-names.ts
var propertyNamesKeyword = {
  keyword: "propertyNames",
  subschemas: (schema) => [schema],
  applies: "object",
  read: (raw, cx) => readSchema(raw, "propertyNames", cx),
  trivial: (schema, _node, cx) => cx.alwaysValid(schema),
  check(schema, cx) {
    const key = cx.fresh("key");
    const body = cx.collect(() => {
      const name = cx.local("name", id(key), kw("unknown"));
      cx.sub(schema, name);
    });
    cx.emit({ kind: "forOf", declare: "const", name: key, iterable: keysOf(cx.data), body });
  },
  test(schema, data, cx) {
    for (const key of Object.keys(data)) {
      const issue = cx.sub(schema, key);
      if (issue !== void 0) return issue;
    }
    return void 0;
  }
};

// generator/schema/keywords/required.ts
var requiredKeyword = {
  keyword: "required",
  applies: "object",
  read: (raw, cx) => raw.required === void 0 ? void 0 : readNames(raw.required, cx, "required"),
  trivial: (names2, schema) => undeclared(names2, schema.keywords.properties).length === 0,
  check(names2, cx) {
    for (const name of undeclared(names2, cx.schema.keywords.properties))
      cx.fail(isUndefined(ownProperty(cx.data, name)), {
        keyword: "required",
        message: MESSAGES.required(name),
        param: str(name)
      });
  },
  test(names2, data, cx) {
    const object = data;
    const missing = names2.find((name) => !Object.hasOwn(object, name) || object[name] === void 0);
    return missing === void 0 ? void 0 : cx.issue("required", MESSAGES.required(missing));
  }
};
function undeclared(names2, properties2) {
  const declared = new Set(properties2?.map((property2) => property2.name));
  return names2.filter((name) => !declared.has(name));
}

// generator/schema/keywords/type.ts
var JSON_TYPES = ["string", "number", "integer", "boolean", "null", "object", "array"];
var typeKeyword = {
  keyword: "type",
  applies: "any",
  alsoReads: ["nullable"],
  read(raw, cx) {
    const types = declaredTypes(raw, cx);
    if (raw.nullable === true && types === void 0) {
      cx.warn("invalid_schema", "'nullable' without 'type' has no effect", "nullable");
      return void 0;
    }
    if (raw.nullable === true) {
      if (!cx.openapi30)
        cx.warn("invalid_schema", "'nullable' is OpenAPI 3.0; in 3.1 write type: [T, 'null'] (honoured)", "nullable");
      if (types !== void 0 && !types.includes("null")) types.push("null");
    }
    return types;
  },
  test(types, data, cx) {
    if (types.some((type) => fitsType(data, type))) return void 0;
    if (binaryAllowed(types, cx.direction, cx.schema.annotations.format) && RUNTIME.isBinary(data)) return void 0;
    return cx.issue("type", MESSAGES.type(types));
  },
  doc: (types) => types.includes("integer") && !types.includes("number") ? "integer" : void 0
};
function declaredTypes(raw, cx) {
  const declared = raw.type;
  if (declared === void 0) return void 0;
  const names2 = Array.isArray(declared) ? declared : [declared];
  const types = [];
  names2.forEach((name, index) => {
    const at2 = Array.isArray(declared) ? ["type", index] : ["type"];
    if (JSON_TYPES.includes(name)) {
      if (!types.includes(name)) types.push(name);
    } else
      cx.warn(
        "unsupported_type",
        `unknown type ${JSON.stringify(name)} (expected one of ${JSON_TYPES.join(", ")}): ignored`,
        ...at2
      );
  });
  return types.length > 0 ? types : void 0;
}
function binaryAllowed(types, direction, format2) {
  return direction === "request" && format2 === "binary" && types.includes("string");
}

// generator/schema/keywords/unique-items.ts
var uniqueItemsKeyword = {
  keyword: "uniqueItems",
  applies: "array",
  read(raw, cx) {
    const value = raw.uniqueItems;
    if (value === void 0 || value === true) return value;
    if (value !== false) cx.warn("invalid_schema", "uniqueItems must be a boolean: ignored", "uniqueItems");
    return void 0;
  },
  trivial: (unique2) => !unique2,
  check(_unique, cx) {
    const pair = cx.local("duplicate", call(cx.helper("duplicateItems"), [cx.data]));
    const [before, between, after] = UNIQUE_ITEMS_PARTS;
    const message = chain("+", [str(before), element(pair, num(0)), str(between), element(pair, num(1)), str(after)]);
    cx.fail(isDefined(pair), { keyword: "uniqueItems", message, param: pair });
  },
  test(_unique, data, cx) {
    const pair = RUNTIME.duplicateItems(data);
    return pair && cx.issue("uniqueItems", uniqueItemsMessage(pair[0], pair[1]));
  },
  doc: () => "unique items"
};

// generator/schema/keywords/index.ts
var KEYWORDS = {
  type: typeKeyword,
  enum: enumKeyword,
  const: constKeyword,
  minLength: minLengthKeyword,
  maxLength: maxLengthKeyword,
  pattern: patternKeyword,
  format: formatKeyword,
  minimum: minimumKeyword,
  maximum: maximumKeyword,
  exclusiveMinimum: exclusiveMinimumKeyword,
  exclusiveMaximum: exclusiveMaximumKeyword,
  multipleOf: multipleOfKeyword,
  properties: propertiesKeyword,
  required: requiredKeyword,
  additionalProperties: additionalPropertiesKeyword,
  patternProperties: patternPropertiesKeyword,
  propertyNames: propertyNamesKeyword,
  minProperties: minPropertiesKeyword,
  maxProperties: maxPropertiesKeyword,
  dependentRequired: dependentRequiredKeyword,
  dependentSchemas: dependentSchemasKeyword,
  prefixItems: prefixItemsKeyword,
  items: itemsKeyword,
  contains: containsKeyword,
  minContains: minContainsKeyword,
  maxContains: maxContainsKeyword,
  minItems: minItemsKeyword,
  maxItems: maxItemsKeyword,
  uniqueItems: uniqueItemsKeyword,
  allOf: allOfKeyword,
  anyOf: anyOfKeyword,
  oneOf: oneOfKeyword,
  not: notKeyword,
  if: ifKeyword,
  then: thenKeyword,
  else: elseKeyword,
  discriminator: discriminatorKeyword
};
var KEYWORD_NAMES = Object.keys(KEYWORDS);
function definitionOf(name) {
  return KEYWORDS[name];
}

// generator/schema/value-check.ts
var MAX_DEPTH = 500;
function checkValue(schema, value, named, direction = "json") {
  return new Interpreter(named, direction).at(schema, value, "", 0);
}
var Interpreter = class {
  constructor(named, direction) {
    this.named = named;
    this.direction = direction;
  }
  named;
  direction;
  at(schema, data, path8, depth) {
    if (depth > MAX_DEPTH) return void 0;
    if (schema.kind === "ref") return this.at(this.named(schema.target), data, path8, depth + 1);
    if (isFalseSchema(schema)) return { path: path8, keyword: "false schema", message: MESSAGES.falseSchema() };
    const cx = this.#context(schema, path8, depth);
    for (const name of KEYWORD_NAMES) {
      const value = schema.keywords[name];
      if (value === void 0) continue;
      const issue = applies(name, value, data) ? definitionOf(name).test?.(value, data, cx) : void 0;
      if (issue !== void 0) return issue;
    }
    return void 0;
  }
  #context(schema, path8, depth) {
    const below = (at2) => at2 === void 0 ? path8 : joinPointer(path8, at2);
    return {
      path: path8,
      schema,
      direction: this.direction,
      issue: (keyword, message, at2) => ({ path: below(at2), keyword, message }),
      sub: (child, data, at2) => this.at(child, data, below(at2), depth + 1),
      matches: (child, data) => this.at(child, data, path8, depth + 1) === void 0
    };
  }
};
function applies(name, value, data) {
  const declared = definitionOf(name).applies;
  const kind = typeof declared === "function" ? declared(value) : declared;
  switch (kind) {
    case "any":
      return true;
    case "string":
      return typeof data === "string";
    case "number":
      return typeof data === "number" && Number.isFinite(data);
    case "object":
      return isRecord2(data);
    case "array":
      return Array.isArray(data);
  }
}

// generator/build/values.ts
function checkExamples(ctx, operations, named) {
  const lookup = (id2) => named(id2) ?? { kind: "schema", at: ctx.spec.locate(""), keywords: {}, annotations: {} };
  for (const operation of operations) {
    for (const param2 of operation.params) {
      if (param2.example !== void 0)
        report(ctx, param2.schema, param2.example.value, joinPointer(param2.at.pointer, "example"), lookup);
    }
    for (const media of operation.body?.media ?? [])
      mediaExamples2(ctx, media.schema, media.examples, media.at.pointer, lookup);
    const { success } = operation;
    if (success.schema !== void 0 && success.mediaType !== void 0 && success.kind === "json")
      mediaExamples2(
        ctx,
        success.schema,
        success.examples,
        joinPointer(success.at.pointer, "content", success.mediaType),
        lookup
      );
  }
}
function mediaExamples2(ctx, schema, examples, mediaPointer, named) {
  for (const example of examples) {
    const pointer = example.name === "example" ? joinPointer(mediaPointer, "example") : joinPointer(mediaPointer, "examples", example.name, "value");
    report(ctx, schema, example.value, pointer, named);
  }
}
function report(ctx, schema, value, pointer, named) {
  const issue = checkValue(schema, value, named);
  if (issue === void 0) return;
  const where = issue.path === "" ? "" : ` at ${issue.path}`;
  ctx.issues.warn(
    "example_invalid",
    ctx.spec.locate(pointer),
    `example ${preview(value)} breaks its schema${where}: ${issue.message} (${issue.keyword})`
  );
}
function preview(value) {
  const text2 = JSON.stringify(value) ?? "null";
  return text2.length > 60 ? `${text2.slice(0, 57)}...` : text2;
}

// generator/build/index.ts
function buildModel(spec, options) {
  const issues = new IssueList();
  for (const warning of spec.warnings) issues.add(warning);
  const root = checkRoot(spec.document, spec.locate, issues);
  const openapi = String(root.openapi);
  const base = { spec, issues, openapi30: openapi.startsWith("3.0") };
  const reader = options.schemaReader(base);
  const ctx = { ...base, schema: (pointer) => reader.read(pointer) };
  const sdk = buildSettings(ctx, root);
  const securitySchemes = buildSecuritySchemes(ctx, new Set(CLIENT_OPTIONS));
  const names2 = new NameTable(
    issues,
    reservedNames(sdk.clientFactory, sdk.liteClientFactory, sdk.clientType, sdk.optionsType)
  );
  const schemas = buildNamedSchemas(ctx, names2);
  const byId = new Map(schemas.map((named) => [named.id, named.schema]));
  const security = securityResolver(ctx, securitySchemes);
  const drafts = operationDrafts(ctx, root, { named: (id2) => byId.get(id2), security });
  const values = valueNames(issues, schemas);
  const operations = finishOperations(ctx, drafts, { types: names2, values }, (id2) => byId.get(id2));
  const namespaces = buildNamespaces(operations, names2, values);
  reader.checkAnnotations();
  checkExamples(ctx, operations, (id2) => byId.get(id2));
  const info = isRecord(root.info) ? root.info : {};
  const description = text(info, "description");
  return {
    title: text(info, "title") ?? "API",
    version: text(info, "version") ?? "0.0.0",
    ...description === void 0 ? {} : { description },
    sourceName: options.sourceName,
    sourceHash: spec.sourceHash,
    openapi,
    sdk,
    securitySchemes,
    security: security("/security"),
    operations,
    namespaces,
    schemas,
    warnings: issues.warnings
  };
}
function reservedNames(...own2) {
  const reserved = /* @__PURE__ */ new Map();
  for (const name of RUNTIME_EXPORTS) reserved.set(name, "the runtime's export");
  for (const name of USED_GLOBALS) reserved.set(name, "a global the generated code uses");
  for (const name of own2) reserved.set(name, "the client");
  return reserved;
}
function buildNamedSchemas(ctx, names2) {
  const declared = objectAt(ctx, "/components/schemas");
  if (declared === void 0) return [];
  return Object.keys(declared.node).map((id2) => {
    const pointer = joinPointer("/components/schemas", id2);
    const where = at(ctx, pointer);
    const typeName = names2.claim(typeIdentifier(id2), [""], `schema '${id2}'`, where);
    return { id: id2, typeName, schema: ctx.schema(pointer), at: where };
  });
}
function securityResolver(ctx, schemes) {
  const byName = new Map(schemes.map((scheme) => [scheme.name, scheme]));
  const declared = objectAt(ctx, "/components/securitySchemes")?.node ?? {};
  const unsupported = new Set(Object.keys(declared).filter((name) => !byName.has(name)));
  const cache = /* @__PURE__ */ new Map();
  return (listPointer) => {
    let found = cache.get(listPointer);
    if (found === void 0)
      cache.set(listPointer, found = buildRequirements(ctx, listPointer, byName, unsupported).map((r) => [...r]));
    return found;
  };
}
function operationDrafts(ctx, root, inputs) {
  const paths = isRecord(root.paths) ? root.paths : {};
  const drafts = [];
  for (const pathKey of Object.keys(paths)) {
    if (pathKey.startsWith("x-")) continue;
    if (!pathKey.startsWith("/")) {
      ctx.issues.warn(
        "invalid_path",
        at(ctx, joinPointer("/paths", pathKey)),
        `path '${pathKey}' does not start with '/'; it is sent as '/${pathKey}'`
      );
    }
    const item = objectAt(ctx, joinPointer("/paths", pathKey));
    for (const method of HTTP_METHODS) {
      if (item === void 0 || !isRecord(item.node[method])) continue;
      const draft = buildOperationDraft(ctx, pathKey, method, inputs);
      if (draft !== void 0) drafts.push(draft);
    }
  }
  return drafts;
}
function valueNames(issues, schemas) {
  const values = new NameTable(issues, new Map(MODULE_VALUES.map((name) => [name, "the generated module"])));
  for (const { typeName } of schemas) reserveValidators(values, typeName);
  return values;
}
function reserveValidators(values, typeName) {
  for (const prefix of VALIDATOR_PREFIXES) values.reserve(`${prefix}${typeName}`, `the validators of ${typeName}`);
}
function finishOperations(ctx, drafts, names2, named) {
  const sdkNames = nameOperations(
    drafts.map((draft) => ({
      method: draft.method,
      path: draft.path,
      operationId: draft.operationId,
      node: draft.node,
      listLike: draft.listLike,
      at: draft.at,
      locateKey: (key) => at(ctx, joinPointer(draft.pointer, key))
    })),
    ctx.issues
  );
  warnDuplicateIds(ctx, drafts);
  const operations = drafts.map((draft, index) => {
    const { node: _node, pointer: _pointer, listLike: _listLike, ...operation } = draft;
    const sdkName = sdkNames[index];
    const media = extraMediaSuffixes(draft);
    const suffixes = ["Params", "Response", "Result", "Page", ...media];
    const typeName = names2.types.claim(
      typeIdentifier(draft.operationId),
      suffixes,
      `operation '${draft.operationId}'`,
      draft.at
    );
    const inputs = buildInputs({ ...draft, typeName }, media, named);
    for (const input of inputs) reserveValidators(names2.values, input.typeName);
    reserveValidators(names2.values, `${typeName}Response`);
    return {
      ...operation,
      sdkPath: sdkName.sdkPath,
      sdkPathSource: sdkName.source,
      typeName,
      descriptorName: "",
      inputs
    };
  });
  for (const [index, operation] of operations.entries()) {
    const descriptorName = names2.values.claim(
      camelCase(operation.typeName),
      [""],
      `the descriptor of ${operation.operationId}`,
      operation.at
    );
    operations[index] = { ...operation, descriptorName };
  }
  return operations.sort((a, b) => compare2(a.sdkPath.join("."), b.sdkPath.join(".")));
}
function extraMediaSuffixes(operation) {
  return (operation.body?.media ?? []).slice(1).map((media, index, rest) => {
    const kind = `${media.kind.charAt(0).toUpperCase()}${media.kind.slice(1)}`;
    const same = rest.filter((other) => other.kind === media.kind).length > 1;
    return `${kind}${same ? index + 2 : ""}Params`;
  });
}
function warnDuplicateIds(ctx, drafts) {
  const seen = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    const first = seen.get(draft.operationId);
    if (first === void 0) seen.set(draft.operationId, draft);
    else
      ctx.issues.warn(
        "duplicate_operation_id",
        at(ctx, joinPointer(draft.pointer, "operationId")),
        `operationId '${draft.operationId}' is also the id of ${first.method.toUpperCase()} ${first.path}; this operation's types get a suffix`
      );
  }
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// generator/plan/index.ts
import { createHash as createHash2 } from "node:crypto";

// generator/plan/references.ts
function directRefs(schema, found = /* @__PURE__ */ new Set(), seen = /* @__PURE__ */ new Set()) {
  if (schema.kind === "ref") {
    found.add(schema.target);
    return found;
  }
  if (seen.has(schema)) return found;
  seen.add(schema);
  const { keywords: k } = schema;
  const visit = (child) => {
    if (child !== void 0) directRefs(child, found, seen);
  };
  for (const property2 of k.properties ?? []) visit(property2.schema);
  for (const pattern of k.patternProperties ?? []) visit(pattern.schema);
  for (const dependent of k.dependentSchemas ?? []) visit(dependent.value);
  for (const child of [k.additionalProperties, k.propertyNames, k.items, k.contains, k.not, k.if, k.then, k.else])
    visit(child);
  for (const list2 of [k.prefixItems, k.allOf, k.anyOf, k.oneOf]) for (const child of list2 ?? []) visit(child);
  for (const entry of k.discriminator?.mapping ?? []) found.add(entry.target);
  return found;
}
function operationSchemas(operation) {
  const schemas = operation.inputs.map((input) => input.schema);
  for (const media of operation.body?.media ?? []) schemas.push(media.schema);
  if (operation.success.schema !== void 0) schemas.push(operation.success.schema);
  if (operation.success.resultSchema !== void 0) schemas.push(operation.success.resultSchema);
  return schemas;
}
function reachable(roots, graph) {
  const found = /* @__PURE__ */ new Set();
  const pending = [];
  for (const root of roots) for (const id2 of directRefs(root)) pending.push(id2);
  while (pending.length > 0) {
    const id2 = pending.pop();
    if (found.has(id2)) continue;
    found.add(id2);
    for (const next of graph.get(id2) ?? []) if (!found.has(next)) pending.push(next);
  }
  return found;
}

// generator/plan/index.ts
function planUnits(model) {
  const graph = new Map(model.schemas.map((named) => [named.id, directRefs(named.schema)]));
  const groups = groupByNamespace(model.operations);
  const uses = /* @__PURE__ */ new Map();
  for (const [namespace, operations] of groups)
    uses.set(namespace, reachable(operations.flatMap(operationSchemas), graph));
  const byId = new Map(model.schemas.map((named) => [named.id, named]));
  const files = fileNames([...groups.keys()]);
  const home = homes(model.schemas, uses, files);
  shareWhatSharedSchemasUse(home, graph);
  const byHome = /* @__PURE__ */ new Map();
  for (const named of model.schemas) append(byHome, home.get(named.id), named);
  const shared = byHome.get("") ?? [];
  const units = [...groups].map(([namespace, operations]) => {
    const file = files.get(namespace);
    const used = [...uses.get(namespace) ?? []];
    const schemas = byHome.get(file) ?? [];
    const sharedSchemas = used.filter((id2) => home.get(id2) === "").sort();
    const sharedNames = sharedSchemas.map((id2) => byId.get(id2)?.typeName);
    let digest;
    return {
      file,
      namespace,
      operations,
      schemas,
      sharedSchemas,
      get hash() {
        return digest ??= hash([settings(model), namespace, operations, schemas, sharedNames]);
      }
    };
  });
  return { model, units, shared: { schemas: shared }, home };
}
function groupByNamespace(operations) {
  const groups = /* @__PURE__ */ new Map();
  for (const operation of operations) {
    append(groups, operation.sdkPath[0], operation);
  }
  return groups;
}
function homes(schemas, uses, files) {
  const users = /* @__PURE__ */ new Map();
  for (const [namespace, ids] of uses) for (const id2 of ids) append(users, id2, namespace);
  return new Map(
    schemas.map((named) => {
      const owners = users.get(named.id) ?? [];
      return [named.id, owners.length === 1 ? files.get(owners[0]) : ""];
    })
  );
}
function shareWhatSharedSchemasUse(home, graph) {
  const pending = [...home].filter(([, file]) => file === "").map(([id2]) => id2);
  while (pending.length > 0) {
    for (const next of graph.get(pending.pop()) ?? []) {
      if (home.get(next) === "") continue;
      home.set(next, "");
      pending.push(next);
    }
  }
}
function fileNames(namespaces) {
  const taken = /* @__PURE__ */ new Set();
  return new Map(
    namespaces.map((namespace) => {
      const stem = namespace.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase() || "root";
      let file = stem;
      for (let n = 2; taken.has(file); n++) file = `${stem}-${n}`;
      taken.add(file);
      return [namespace, file];
    })
  );
}
function settings(model) {
  return [model.sourceName, model.title, model.sdk];
}
function hash(value) {
  return createHash2("sha256").update(JSON.stringify(value, (key, item) => key === "at" ? void 0 : item)).digest("hex").slice(0, 16);
}

// generator/emit/dts.ts
function declarationsOf(statement) {
  switch (statement.kind) {
    case "import":
      return typeImports(statement);
    case "exportFrom":
    case "exportNames":
    case "typeAlias":
    case "interface":
    case "comment":
    case "blank":
      return [statement];
    case "function":
      return statement.exported === true && statement.internal !== true ? functionSignatures(statement) : [];
    case "variable":
      return statement.exported === true && statement.internal !== true ? [ambientVariable(statement)] : [];
    case "class":
      return statement.exported === true ? [ambientClass(statement)] : [];
    default:
      return [];
  }
}
function typeImports(node) {
  if (node.typeOnly === true) return [node];
  if (node.names === void 0) return [];
  const types = node.names.filter((name) => name.typeOnly === true);
  return types.length === 0 ? [] : [{ ...node, names: types.map(({ typeOnly: _, ...name }) => name), typeOnly: true }];
}
function ambientParam(param2) {
  const { default: fallback, ...rest } = param2;
  return fallback === void 0 ? rest : { ...rest, optional: true };
}
function functionSignatures(node) {
  const signatures = node.overloads !== void 0 && node.overloads.length > 0 ? node.overloads : [node];
  return signatures.map((signature) => {
    if (signature.returns === void 0) throw new Error(`emit: exported function ${node.name} has no return type`);
    const declaration = {
      kind: "function",
      name: node.name,
      params: signature.params.map(ambientParam),
      returns: signature.returns,
      body: [],
      exported: true,
      ambient: true
    };
    return {
      ...declaration,
      ...signature.typeParams === void 0 ? {} : { typeParams: signature.typeParams },
      ...signature.doc === void 0 ? {} : { doc: signature.doc }
    };
  });
}
function isLiteralInitialiser(expr) {
  if (expr.kind === "unary" && expr.operator === "-") return expr.operand.kind === "number";
  return expr.kind === "string" || expr.kind === "number" || expr.kind === "boolean";
}
function ambientVariable(node) {
  const { init, ...rest } = node;
  if (node.type !== void 0) return { ...rest, ambient: true };
  if (node.declare === "const" && init !== void 0 && isLiteralInitialiser(init))
    return { ...rest, init, ambient: true };
  throw new Error(`emit: exported ${node.declare} ${node.name} needs a type for its declaration`);
}
function ambientMember(className, member2) {
  if (member2.returns === void 0) throw new Error(`emit: ${className}.${member2.name} has no return type`);
  if (member2.kind === "getter") return { ...member2, body: [] };
  const { async, ...rest } = member2;
  return { ...rest, params: rest.params.map(ambientParam), body: [] };
}
function ambientClass(node) {
  return { ...node, ambient: true, members: node.members.map((member2) => ambientMember(node.name, member2)) };
}

// generator/emit/erase.ts
var eraseStatements = (statements) => statements.flatMap(eraseStatement);
function eraseStatement(statement) {
  switch (statement.kind) {
    case "typeAlias":
    case "interface":
      return [];
    case "import":
    case "exportFrom":
    case "exportNames":
      return eraseModuleSyntax(statement);
    case "function": {
      const { typeParams, returns, overloads, ...rest } = statement;
      return [{ ...rest, params: rest.params.map(eraseParam), body: eraseStatements(rest.body) }];
    }
    case "variable":
      return [eraseVariable(statement)];
    case "class":
      return [eraseClass(statement)];
    default:
      return [eraseControl(statement)];
  }
}
function eraseModuleSyntax(statement) {
  if (statement.typeOnly === true) return [];
  if (statement.names === void 0) return [statement];
  const names2 = statement.names.filter((specifier) => specifier.typeOnly !== true);
  if (statement.names.length > 0 && names2.length === 0) return [];
  return [{ ...statement, names: names2 }];
}
function eraseVariable(node) {
  const { type, ...rest } = node;
  return rest.init === void 0 ? rest : { ...rest, init: eraseExpr(rest.init) };
}
function eraseClass(node) {
  const members = node.members.map(eraseMethod);
  return node.extends === void 0 ? { ...node, members } : { ...node, members, extends: eraseExpr(node.extends) };
}
function eraseMethod(member2) {
  if (member2.kind === "getter") {
    const { returns: returns2, ...rest2 } = member2;
    return { ...rest2, body: eraseStatements(rest2.body) };
  }
  const { returns, ...rest } = member2;
  return { ...rest, body: eraseStatements(rest.body), params: rest.params.map(eraseParam) };
}
function eraseParam(param2) {
  const { type, optional: optional2, ...rest } = param2;
  return rest.default === void 0 ? rest : { ...rest, default: eraseExpr(rest.default) };
}
var eraseStatementList = (statements) => statements === void 0 ? void 0 : eraseStatements(statements);
function eraseControl(statement) {
  switch (statement.kind) {
    case "if":
      return eraseIf(statement);
    case "for": {
      const { init, test, update, ...rest } = statement;
      const erased = { ...rest, body: eraseStatements(rest.body) };
      return {
        ...erased,
        ...init === void 0 ? {} : { init: eraseVariable(init) },
        ...test === void 0 ? {} : { test: eraseExpr(test) },
        ...update === void 0 ? {} : { update: eraseExpr(update) }
      };
    }
    case "forOf":
      return { ...statement, iterable: eraseExpr(statement.iterable), body: eraseStatements(statement.body) };
    case "forIn":
      return { ...statement, object: eraseExpr(statement.object), body: eraseStatements(statement.body) };
    case "while":
      return { ...statement, test: eraseExpr(statement.test), body: eraseStatements(statement.body) };
    case "return":
      return statement.value === void 0 ? statement : { kind: "return", value: eraseExpr(statement.value) };
    case "throw":
      return { kind: "throw", value: eraseExpr(statement.value) };
    case "expression":
      return { kind: "expression", expr: eraseExpr(statement.expr) };
    case "block":
      return { kind: "block", body: eraseStatements(statement.body) };
    case "try": {
      const { catchBody, finallyBody, ...rest } = statement;
      const catchErased = eraseStatementList(catchBody);
      const finallyErased = eraseStatementList(finallyBody);
      return {
        ...rest,
        body: eraseStatements(rest.body),
        ...catchErased === void 0 ? {} : { catchBody: catchErased },
        ...finallyErased === void 0 ? {} : { finallyBody: finallyErased }
      };
    }
    default:
      return statement;
  }
}
function eraseIf(node) {
  const erased = { ...node, test: eraseExpr(node.test), then: eraseStatements(node.then) };
  if (node.else === void 0) return erased;
  return {
    ...erased,
    else: Array.isArray(node.else) ? eraseStatements(node.else) : eraseIf(node.else)
  };
}
function eraseMember(member2) {
  switch (member2.kind) {
    case "property":
      return {
        ...member2,
        key: typeof member2.key === "string" ? member2.key : eraseExpr(member2.key),
        value: eraseExpr(member2.value)
      };
    case "spreadAssignment":
      return { kind: "spreadAssignment", expr: eraseExpr(member2.expr) };
    case "method":
    case "getter":
      return eraseMethod(member2);
    default:
      return member2;
  }
}
function eraseExpr(expr) {
  switch (expr.kind) {
    case "as":
    case "nonNull":
      return eraseExpr(expr.expr);
    case "array":
      return { kind: "array", items: expr.items.map(eraseExpr) };
    case "object":
      return { ...expr, members: expr.members.map(eraseMember) };
    case "member":
      return { ...expr, object: eraseExpr(expr.object) };
    case "element":
      return { ...expr, object: eraseExpr(expr.object), index: eraseExpr(expr.index) };
    case "call":
    case "new": {
      const { typeArgs, ...rest } = expr;
      return { ...rest, callee: eraseExpr(rest.callee), args: rest.args.map(eraseExpr) };
    }
    case "binary":
      return { ...expr, left: eraseExpr(expr.left), right: eraseExpr(expr.right) };
    case "conditional":
      return {
        kind: "conditional",
        test: eraseExpr(expr.test),
        then: eraseExpr(expr.then),
        else: eraseExpr(expr.else)
      };
    case "arrow": {
      const { typeParams, returns, ...rest } = expr;
      const body = Array.isArray(rest.body) ? eraseStatements(rest.body) : eraseExpr(rest.body);
      return { ...rest, params: rest.params.map(eraseParam), body };
    }
    case "functionExpr": {
      const { returns, ...rest } = expr;
      return { ...rest, params: rest.params.map(eraseParam), body: eraseStatements(rest.body) };
    }
    default:
      return eraseOperand(expr);
  }
}
function eraseOperand(expr) {
  switch (expr.kind) {
    case "unary":
    case "typeof":
    case "await":
    case "update":
      return { ...expr, operand: eraseExpr(expr.operand) };
    case "assign":
      return { ...expr, target: eraseExpr(expr.target), value: eraseExpr(expr.value) };
    case "spread":
      return { kind: "spread", expr: eraseExpr(expr.expr) };
    default:
      return expr;
  }
}

// generator/emit/fits.ts
var BREAK = 1;
var FLAT = 0;
var docs = [];
var modes = [];
function fits(layout2, doc, mode, remaining, mustBeFlat) {
  if (remaining === Number.POSITIVE_INFINITY) return true;
  docs[0] = doc;
  modes[0] = mode;
  let size = 1;
  let restIndex = mustBeFlat ? 0 : layout2.top;
  let pendingSpace = false;
  while (remaining >= 0) {
    if (size === 0) {
      if (restIndex === 0) return true;
      restIndex--;
      docs[0] = layout2.docs[restIndex];
      modes[0] = layout2.modes[restIndex];
      size = 1;
      continue;
    }
    size--;
    const current = docs[size];
    const currentMode = modes[size];
    if (typeof current === "string") {
      if (current.length > 0) {
        remaining -= layout2.widthOf(current) + (pendingSpace ? 1 : 0);
        pendingSpace = false;
      }
      continue;
    }
    if (Array.isArray(current)) {
      let first = 0;
      for (; first < current.length; first++) {
        const part = current[first];
        if (typeof part !== "string") break;
        if (part.length > 0) {
          remaining -= layout2.widthOf(part) + (pendingSpace ? 1 : 0);
          pendingSpace = false;
        }
      }
      for (let index = current.length - 1; index >= first; index--) {
        docs[size] = current[index];
        modes[size] = currentMode;
        size++;
      }
      continue;
    }
    const node = current;
    let next;
    let nextMode = currentMode;
    switch (node.type) {
      case "fill":
      case "fill-rest": {
        const parts = node.type === "fill" ? node.parts : node.fill.parts;
        const end = node.type === "fill" ? 0 : node.offset;
        for (let index = parts.length - 1; index >= end; index--) {
          docs[size] = parts[index];
          modes[size] = currentMode;
          size++;
        }
        break;
      }
      case "indent":
      case "align":
      case "indent-if-break":
      case "label":
        next = node.contents;
        break;
      case "group": {
        if (mustBeFlat && node.break !== false) return false;
        if (node.break !== false) nextMode = BREAK;
        const states = node.expandedStates;
        next = states !== void 0 && nextMode === BREAK ? states[states.length - 1] : node.contents;
        break;
      }
      case "if-break": {
        const groupMode = node.groupId === void 0 ? currentMode : layout2.groupModes.get(node.groupId) ?? FLAT;
        next = groupMode === BREAK ? node.breakContents : node.flatContents;
        break;
      }
      case "line":
        if (currentMode === BREAK || node.hard === true) return true;
        if (node.soft !== true) pendingSpace = true;
        break;
      default:
        break;
    }
    if (next !== void 0) {
      docs[size] = next;
      modes[size] = nextMode;
      size++;
    }
  }
  return false;
}

// generator/emit/layout.ts
var isSpaceOrTab = (code) => code === 32 || code === 9;
var indentCache = [];
function newlineAndIndent(width) {
  let text2 = indentCache[width];
  if (text2 === void 0) {
    text2 = "\n" + " ".repeat(width);
    indentCache[width] = text2;
  }
  return text2;
}
function layout(doc, width, onBreak, measure) {
  return new Layout(width, measure).run(doc, onBreak);
}
var Layout = class {
  constructor(width, measure) {
    this.width = width;
    this.measure = measure;
  }
  width;
  measure;
  // The command stack: entry i is docs[i] laid out at indents[i] columns in modes[i].
  docs = [];
  indents = [];
  modes = [];
  top = 0;
  groupModes = /* @__PURE__ */ new Map();
  /** Finished lines, each with its line break; the line being written is `current`. */
  lines = [];
  current = "";
  position = 0;
  shouldRemeasure = false;
  onBreak;
  widthOf(text2) {
    return this.measure === void 0 ? text2.length : this.measure(text2);
  }
  /** Lays `doc` out from column 0; `onBreak` hears marked lines that break (see `layout`). */
  run(doc, onBreak) {
    this.onBreak = onBreak;
    this.top = 0;
    this.lines.length = 0;
    this.current = "";
    this.position = 0;
    this.shouldRemeasure = false;
    this.groupModes.clear();
    this.push(doc, 0, BREAK);
    while (this.top > 0) {
      this.top--;
      const current = this.docs[this.top];
      const indentation = this.indents[this.top];
      const mode = this.modes[this.top];
      if (typeof current === "string") {
        this.current += current;
        this.position += this.widthOf(current);
      } else if (Array.isArray(current)) {
        this.array(current, indentation, mode);
      } else {
        this.node(current, indentation, mode);
      }
    }
    this.lines.push(this.current);
    return this.lines.join("");
  }
  /** Writes the strings an array starts with at once; stacks the rest, last first. */
  array(parts, indentation, mode) {
    let first = 0;
    for (; first < parts.length; first++) {
      const part = parts[first];
      if (typeof part !== "string") break;
      this.current += part;
      this.position += this.widthOf(part);
    }
    for (let index = parts.length - 1; index >= first; index--) this.push(parts[index], indentation, mode);
  }
  push(doc, indentation, mode) {
    const { top } = this;
    this.docs[top] = doc;
    this.indents[top] = indentation;
    this.modes[top] = mode;
    this.top = top + 1;
  }
  node(node, indentation, mode) {
    switch (node.type) {
      case "indent":
        return this.push(node.contents, indentation + 2, mode);
      case "align":
        return this.push(node.contents, indentation + node.n, mode);
      case "label":
        return this.push(node.contents, indentation, mode);
      case "group":
        return this.group(node, indentation, mode);
      case "fill":
        return this.fill(node, 0, indentation, mode);
      case "fill-rest":
        return this.fill(node.fill, node.offset, indentation, mode);
      case "if-break":
      case "indent-if-break":
        return this.ifBreak(node, indentation, mode);
      case "line":
        if (node.mark !== void 0 && (mode === BREAK || node.hard === true)) this.onBreak?.(node.mark);
        return this.line(node.hard === true, node.soft === true, indentation, mode);
      default:
        return;
    }
  }
  group(group2, indentation, mode) {
    let chosenMode = group2.break === false ? FLAT : BREAK;
    let contents = group2.contents;
    if (group2.inert === true && group2.id === void 0) {
      this.shouldRemeasure = false;
      this.push(contents, indentation, chosenMode);
      return;
    }
    if (mode !== FLAT || this.shouldRemeasure) {
      this.shouldRemeasure = false;
      const remaining = this.width - this.position;
      const states = group2.expandedStates;
      if (group2.break === false && fits(this, contents, FLAT, remaining, false)) {
        chosenMode = FLAT;
      } else if (states === void 0) {
        chosenMode = BREAK;
      } else {
        chosenMode = BREAK;
        contents = states[states.length - 1];
        for (let index = 1; group2.break === false && index < states.length - 1; index++) {
          if (fits(this, states[index], FLAT, remaining, false)) {
            chosenMode = FLAT;
            contents = states[index];
            break;
          }
        }
      }
    }
    if (group2.id !== void 0) this.groupModes.set(group2.id, chosenMode);
    if (chosenMode === FLAT && group2.simple === true && contents === group2.contents) this.writeFlat(contents);
    else this.push(contents, indentation, chosenMode);
  }
  /**
   * Writes a simple doc laid out flat, without the command stack: what the stack would print
   * (lines as spaces, soft lines as nothing, if-breaks their flat side, nested groups flat).
   */
  writeFlat(doc) {
    if (typeof doc === "string") {
      this.current += doc;
      this.position += this.widthOf(doc);
      return;
    }
    if (Array.isArray(doc)) {
      for (const part of doc) this.writeFlat(part);
      return;
    }
    const node = doc;
    switch (node.type) {
      case "line":
        if (node.soft !== true) {
          this.current += " ";
          this.position += 1;
        }
        return;
      case "group":
        if (node.id !== void 0) this.groupModes.set(node.id, FLAT);
        return this.writeFlat(node.contents);
      case "if-break":
        return this.writeFlat(node.flatContents);
      case "indent":
      case "align":
      case "label":
        return this.writeFlat(node.contents);
      default:
        return;
    }
  }
  fill(fill2, offset, indentation, mode) {
    const { parts } = fill2;
    const length = parts.length - offset;
    if (length === 0) return;
    const remaining = this.width - this.position;
    const content = parts[offset];
    const contentFits = fits(this, content, FLAT, remaining, true);
    if (length === 1) {
      this.push(content, indentation, contentFits ? FLAT : BREAK);
      return;
    }
    const whitespace = parts[offset + 1];
    if (length === 2) {
      this.push(whitespace, indentation, contentFits ? FLAT : BREAK);
      this.push(content, indentation, contentFits ? FLAT : BREAK);
      return;
    }
    const pair = [content, whitespace, parts[offset + 2]];
    const pairFits = fits(this, pair, FLAT, remaining, true);
    this.push({ type: "fill-rest", fill: fill2, offset: offset + 2 }, indentation, mode);
    this.push(whitespace, indentation, pairFits ? FLAT : BREAK);
    this.push(content, indentation, pairFits || contentFits ? FLAT : BREAK);
  }
  ifBreak(node, indentation, mode) {
    const groupMode = node.groupId === void 0 ? mode : this.groupModes.get(node.groupId);
    if (node.type === "if-break") {
      if (groupMode === BREAK) this.push(node.breakContents, indentation, mode);
      else if (groupMode === FLAT) this.push(node.flatContents, indentation, mode);
    } else if (groupMode !== void 0) {
      this.push(node.contents, groupMode === BREAK ? indentation + 2 : indentation, mode);
    }
  }
  line(hard, soft, indentation, mode) {
    if (mode === FLAT && !hard) {
      if (!soft) {
        this.current += " ";
        this.position += 1;
      }
      return;
    }
    if (mode === FLAT) this.shouldRemeasure = true;
    let end = this.current.length;
    while (end > 0 && isSpaceOrTab(this.current.charCodeAt(end - 1))) end--;
    this.lines.push(end === this.current.length ? this.current : this.current.slice(0, end));
    this.current = newlineAndIndent(indentation);
    this.position = indentation;
  }
};

// generator/emit/names.ts
var RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(" ")
);
var UNBINDABLE = /* @__PURE__ */ new Set(["arguments", "eval"]);
var PREDEFINED_TYPES = new Set(
  "any unknown never void undefined null object string number bigint boolean symbol".split(" ")
);
function isIdentifierName(name) {
  if (name.length === 0) return false;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    const isLetter = code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code === 36;
    if (!isLetter && !(index > 0 && code >= 48 && code <= 57)) return false;
  }
  return true;
}
function fail(name, role) {
  throw new Error(`emit: ${JSON.stringify(name)} is not a valid ${role}`);
}
function bindingName(name) {
  if (!isIdentifierName(name) || RESERVED.has(name) || UNBINDABLE.has(name)) fail(name, "binding name");
  return name;
}
function typeBindingName(name) {
  if (PREDEFINED_TYPES.has(name)) fail(name, "type name");
  return bindingName(name);
}
function referenceName(name) {
  if (name !== "this" && (!isIdentifierName(name) || RESERVED.has(name))) fail(name, "identifier");
  return name;
}
function dottedName(name) {
  const [first = "", ...rest] = name.split(".");
  referenceName(first);
  for (const part of rest) if (!isIdentifierName(part)) fail(name, "dotted name");
  return name;
}
function memberName(name) {
  if (!isIdentifierName(name)) fail(name, "member name");
  return name;
}

// generator/emit/kinds.ts
var EXPRESSION_KINDS = [
  "identifier",
  "string",
  "number",
  "boolean",
  "null",
  "regexp",
  "array",
  "object",
  "member",
  "element",
  "call",
  "new",
  "binary",
  "unary",
  "conditional",
  "arrow",
  "functionExpr",
  "as",
  "nonNull",
  "assign",
  "update",
  "spread",
  "typeof",
  "await"
];
var TYPE_KINDS = [
  "keywordType",
  "literalType",
  "typeReference",
  "union",
  "intersection",
  "arrayType",
  "tupleType",
  "objectType",
  "functionType",
  "indexedAccess",
  "typeQuery",
  "typePredicate",
  "keyof",
  "mappedType",
  "conditionalType",
  "inferType",
  "templateLiteralType"
];

// generator/emit/doc-queries.ts
function children(doc) {
  if (typeof doc === "string") return [];
  if (Array.isArray(doc)) return doc;
  const node = doc;
  switch (node.type) {
    case "fill":
      return node.parts;
    case "if-break":
      return [node.breakContents, node.flatContents];
    case "group":
    case "indent":
    case "align":
    case "indent-if-break":
    case "label":
      return [node.contents];
    default:
      return [];
  }
}
function some(doc, test) {
  const stack = [doc];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "object" && !Array.isArray(current) && test(current)) return true;
    const parts = children(current);
    for (let index = parts.length - 1; index >= 0; index--) stack.push(parts[index]);
  }
  return false;
}
function willBreak(doc) {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    for (const part of doc) if (typeof part !== "string" && willBreak(part)) return true;
    return false;
  }
  const node = doc;
  switch (node.type) {
    case "group":
      return node.break !== false || node.firstStateWillBreak === true;
    case "line":
      return node.hard === true;
    case "break-parent":
      return true;
    case "fill":
      return node.parts.some(willBreak);
    case "if-break":
      return willBreak(node.breakContents) || willBreak(node.flatContents);
    default:
      return willBreak(node.contents);
  }
}
function canBreak(doc) {
  return some(doc, (node) => node.type === "line");
}
function removeLines(doc) {
  if (typeof doc === "string") return doc;
  if (Array.isArray(doc)) return doc.map(removeLines);
  const node = doc;
  switch (node.type) {
    case "line":
      return node.hard === true ? node : node.soft === true ? "" : " ";
    case "if-break":
      return removeLines(node.flatContents);
    case "group":
      return node.expandedStates === void 0 ? { ...node, contents: removeLines(node.contents) } : {
        ...node,
        contents: removeLines(node.expandedStates[0]),
        expandedStates: node.expandedStates.map(removeLines)
      };
    case "fill":
      return { ...node, parts: node.parts.map(removeLines) };
    case "indent":
    case "align":
    case "indent-if-break":
    case "label":
      return { ...node, contents: removeLines(node.contents) };
    default:
      return node;
  }
}
function flatText(doc) {
  if (typeof doc === "string") return doc;
  if (!Array.isArray(doc)) return void 0;
  let text2 = "";
  for (const part of doc) {
    const partText = flatText(part);
    if (partText === void 0) return void 0;
    text2 += partText;
  }
  return text2;
}

// generator/emit/doc.ts
var line = { type: "line" };
var markedLine = (mark) => ({ type: "line", mark });
var softline = { type: "line", soft: true };
var breakParent = { type: "break-parent" };
var hardlineWithoutBreakParent = { type: "line", hard: true };
var hardline = [hardlineWithoutBreakParent, breakParent];
var HARD = 1;
var LIVE = 2;
var COMPLEX = 4;
var ALL = HARD | LIVE | COMPLEX;
function group(contents, options = {}) {
  const bits = scan(contents);
  const doc = { type: "group", contents, break: options.shouldBreak === true || (bits & HARD) !== 0 };
  if ((bits & LIVE) === 0) doc.inert = true;
  if ((bits & COMPLEX) === 0) doc.simple = true;
  if (options.id !== void 0) doc.id = options.id;
  return doc;
}
function scan(doc) {
  if (typeof doc === "string") return 0;
  if (Array.isArray(doc)) {
    let bits = 0;
    for (let index = 0; index < doc.length && bits !== ALL; index++) {
      const part = doc[index];
      if (typeof part === "string") continue;
      if (!Array.isArray(part) && part.type === "group") bits |= groupBits(part);
      else if (part === line || part === softline) bits |= LIVE;
      else bits |= scan(part);
    }
    return bits;
  }
  const node = doc;
  switch (node.type) {
    case "break-parent":
      return HARD;
    case "line":
      return node.hard === true ? LIVE | COMPLEX : LIVE;
    case "group":
      return groupBits(node);
    case "fill":
      return LIVE | COMPLEX | scan(node.parts) & HARD;
    case "if-break":
      return LIVE | (node.groupId === void 0 ? 0 : COMPLEX) | scan(node.breakContents) | scan(node.flatContents);
    case "indent-if-break":
      return LIVE | COMPLEX | scan(node.contents) & HARD;
    case "indent":
    case "align":
    case "label":
      return scan(node.contents);
  }
}
function groupBits(node) {
  return (node.break !== false ? HARD : 0) | (node.inert === true ? 0 : LIVE) | (node.simple === true && node.expandedStates === void 0 ? 0 : COMPLEX);
}
function conditionalGroup(states) {
  const doc = { type: "group", contents: states[0], break: false, expandedStates: states };
  if (willBreak(states[0])) doc.firstStateWillBreak = true;
  return doc;
}
var indent = (contents) => ({ type: "indent", contents });
var align = (n, contents) => ({ type: "align", contents, n });
function ifBreak(breakContents, flatContents = "", groupId) {
  const doc = { type: "if-break", breakContents, flatContents };
  return groupId === void 0 ? doc : { ...doc, groupId };
}
var indentIfBreak = (contents, groupId) => ({
  type: "indent-if-break",
  contents,
  groupId
});
var fill = (parts) => ({ type: "fill", parts });
var memberChainLabel = (contents) => ({
  type: "label",
  label: { memberChain: true },
  contents
});
function join(separator, docs2) {
  const parts = [];
  docs2.forEach((doc, index) => {
    if (index > 0) parts.push(separator);
    parts.push(doc);
  });
  return parts;
}
function isMemberChain(doc) {
  return typeof doc === "object" && "type" in doc && doc.type === "label";
}
function inheritLabel(doc, wrap) {
  return typeof doc === "object" && "type" in doc && doc.type === "label" ? memberChainLabel(wrap(doc.contents)) : wrap(doc);
}

// generator/emit/comments.ts
var LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/;
function docLines(doc) {
  const lines = [];
  for (const entry of doc) {
    for (const text2 of LINE_TERMINATOR.test(entry) ? entry.split(LINE_TERMINATOR) : [entry]) {
      lines.push((text2.includes("*/") ? text2.replaceAll("*/", "*\\/") : text2).trimEnd());
    }
  }
  return lines;
}
function printDocComment(doc) {
  const lines = docLines(doc);
  if (lines.length === 1) return `/** ${lines[0].trim()} */`;
  const parts = ["/**"];
  for (const text2 of lines) parts.push(hardline, text2 === "" ? " *" : ` * ${text2}`);
  parts.push(hardline, " */");
  return parts;
}
function withDoc(doc, printed) {
  return doc === void 0 ? printed : [printDocComment(doc), hardline, printed];
}

// generator/emit/literals.ts
var NARROW_RANGES = [
  [161, 172],
  [174, 767],
  [880, 887],
  [890, 895],
  [900, 906],
  [908, 908],
  [910, 929],
  [931, 1154],
  [1162, 1327],
  [8208, 8231],
  [8240, 8286],
  [8352, 8384]
];
var isNarrow = (code) => NARROW_RANGES.some(([low, high]) => code >= low && code <= high);
var NAMED_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\\": "\\\\" };
var hex4 = (code) => "\\u" + code.toString(16).padStart(4, "0");
function printString(value, asciiOnly = false) {
  const quote = value.includes("'") && count(value, "'") > count(value, '"') ? '"' : "'";
  let text2 = quote;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 32 && code < 127 && code !== 92 && value[index] !== quote) continue;
    const escaped = escapeAt(value, index, quote, asciiOnly);
    if (escaped === void 0) continue;
    text2 += value.slice(start, index) + escaped.text;
    index += escaped.length - 1;
    start = index + 1;
  }
  return text2 + value.slice(start) + quote;
}
function count(value, char) {
  let total = 0;
  for (let index = value.indexOf(char); index !== -1; index = value.indexOf(char, index + 1)) total++;
  return total;
}
function escapeAt(value, index, quote, asciiOnly) {
  const char = value[index];
  if (char === quote) return { text: "\\" + quote, length: 1 };
  const named = NAMED_ESCAPES[char];
  if (named !== void 0) return { text: named, length: 1 };
  const code = value.charCodeAt(index);
  if (code < 32 || code === 127) return { text: hex4(code), length: 1 };
  if (code < 127) return void 0;
  const point = value.codePointAt(index);
  if (point > 65535) return { text: `\\u{${point.toString(16)}}`, length: 2 };
  if (asciiOnly || !isNarrow(code)) return { text: hex4(code), length: 1 };
  return void 0;
}
function printNumber(value) {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) {
    throw new Error(`emit: ${value} is not a non-negative finite number (negatives are a unary minus)`);
  }
  return String(value).replace("e+", "e");
}
function printRegExp(source, flags) {
  let parsed;
  try {
    parsed = new RegExp(source, flags);
  } catch (error) {
    throw new Error(`emit: /${source}/${flags} is not a regular expression: ${error.message}`);
  }
  if (parsed.source !== source) throw new Error(`emit: /${source}/ must be written as /${parsed.source}/`);
  return `/${source}/${[...flags].sort().join("")}`;
}
var SIMPLE_NUMBER = /^(?:\d+|\d+\.\d+)$/;
function printKey(key, javascript) {
  if (isIdentifierName(key)) return key;
  if (javascript && SIMPLE_NUMBER.test(key) && String(Number(key)) === key) return key;
  return printString(key, true);
}
function printTemplateText(text2) {
  let printed = "";
  for (let index = 0; index < text2.length; index++) {
    const char = text2[index];
    if (char === "$" && text2[index + 1] === "{") printed += "\\$";
    else if (char === "`") printed += "\\`";
    else {
      const code = text2.charCodeAt(index);
      const escaped = code >= 32 && code < 127 && char !== "\\" ? void 0 : escapeAt(text2, index, "`", false);
      printed += escaped?.text ?? char;
      if (escaped !== void 0) index += escaped.length - 1;
    }
  }
  return printed;
}

// generator/emit/predicates.ts
var isLogicalOperator = (operator) => operator === "&&" || operator === "||" || operator === "??";
function estreeType(expr) {
  switch (expr.kind) {
    case "binary":
      return isLogicalOperator(expr.operator) ? "LogicalExpression" : "BinaryExpression";
    case "unary":
    case "typeof":
      return "UnaryExpression";
    default:
      return expr.kind;
  }
}
var PRECEDENCE = new Map(
  [
    ["??"],
    ["||"],
    ["&&"],
    ["|"],
    ["^"],
    ["&"],
    ["==", "===", "!=", "!=="],
    ["<", ">", "<=", ">=", "in", "instanceof"],
    [">>", "<<", ">>>"],
    ["+", "-"],
    ["*", "/", "%"],
    ["**"]
  ].flatMap((operators, index) => operators.map((operator) => [operator, index]))
);
var precedence = (operator) => PRECEDENCE.get(operator);
var EQUALITY = /* @__PURE__ */ new Set(["==", "!=", "===", "!=="]);
var MULTIPLICATIVE = /* @__PURE__ */ new Set(["*", "/", "%"]);
var BITSHIFT = /* @__PURE__ */ new Set([">>", ">>>", "<<"]);
var isBitwiseOperator = (operator) => BITSHIFT.has(operator) || operator === "|" || operator === "^" || operator === "&";
function shouldFlatten(parentOp, nodeOp) {
  if (precedence(nodeOp) !== precedence(parentOp)) return false;
  if (parentOp === "**") return false;
  if (EQUALITY.has(parentOp) && EQUALITY.has(nodeOp)) return false;
  if (nodeOp === "%" && MULTIPLICATIVE.has(parentOp) || parentOp === "%" && MULTIPLICATIVE.has(nodeOp))
    return false;
  if (nodeOp !== parentOp && MULTIPLICATIVE.has(nodeOp) && MULTIPLICATIVE.has(parentOp)) return false;
  if (BITSHIFT.has(parentOp) && BITSHIFT.has(nodeOp)) return false;
  return true;
}
var isMemberish = (expr) => expr.kind === "member" || expr.kind === "element";
var isObjectWithMembers = (expr) => expr.kind === "object" && expr.members.length > 0;
var isArrayWithItems = (expr) => expr.kind === "array" && expr.items.length > 0;
var isSignedNumber = (expr) => expr.kind === "unary" && (expr.operator === "-" || expr.operator === "+") && expr.operand.kind === "number";
var isLiteral = (expr) => expr.kind === "string" || expr.kind === "number" || expr.kind === "boolean" || expr.kind === "null" || expr.kind === "regexp";
function shouldInlineLogical(expr) {
  if (expr.kind !== "binary" || !isLogicalOperator(expr.operator)) return false;
  let right = expr.right;
  while (right.kind === "binary" && right.operator === expr.operator) right = right.right;
  return isObjectWithMembers(right) || isArrayWithItems(right);
}
var stripNonNull = (expr) => expr.kind === "nonNull" ? stripNonNull(expr.expr) : expr;
function isSimpleCallArgument(node, depth = 2) {
  if (depth <= 0) return false;
  const expr = stripNonNull(node);
  switch (expr.kind) {
    case "regexp":
      return expr.source.length <= 5;
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "identifier":
      return true;
    case "object":
      return expr.members.every(
        (member2) => member2.kind === "shorthand" || member2.kind === "property" && member2.computed !== true && isSimpleCallArgument(member2.value, depth - 1)
      );
    case "array":
      return expr.items.every((item) => isSimpleCallArgument(item, depth - 1));
    case "call":
    case "new":
      return isSimpleCallArgument(expr.callee, depth) && expr.args.length <= depth && expr.args.every((arg) => isSimpleCallArgument(arg, depth - 1));
    case "member":
      return isSimpleCallArgument(expr.object, depth);
    case "element":
      return isSimpleCallArgument(expr.object, depth) && isSimpleCallArgument(expr.index, depth);
    case "unary":
      return expr.operator !== "void" && isSimpleCallArgument(expr.operand, depth);
    case "update":
      return isSimpleCallArgument(expr.operand, depth);
    default:
      return false;
  }
}
var LONE_SHORT_ARGUMENT_THRESHOLD = 120 * 0.25;
function isLoneShortArgument(expr) {
  if (expr.kind === "call" && expr.pure === true) return false;
  switch (expr.kind) {
    case "identifier":
      return expr.name === "this" || expr.name.length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case "regexp":
      return expr.source.length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case "string":
      return printString(expr.value).length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case "unary":
    case "typeof":
      return isSignedNumber(expr) || isLoneShortArgument(expr.operand);
    case "call":
      return expr.optional !== true && expr.args.length === 0 && expr.callee.kind === "identifier" && expr.callee.name.length <= LONE_SHORT_ARGUMENT_THRESHOLD - 2;
    default:
      return isLiteral(expr);
  }
}
function startsWith(expr, test) {
  for (let current = expr; ; ) {
    const next = leftmostChild(current);
    if (next === null) return false;
    if (next === void 0) return test(current);
    current = next;
  }
}
function leftmostChild(expr) {
  switch (expr.kind) {
    case "binary":
      return expr.left;
    case "assign":
      return expr.target;
    case "member":
    case "element":
      return expr.object;
    case "call":
      return expr.callee.kind === "functionExpr" ? null : expr.callee;
    case "conditional":
      return expr.test;
    case "update":
      return expr.prefix === true ? null : expr.operand;
    case "nonNull":
    case "as":
      return expr.expr;
    default:
      return void 0;
  }
}
var isSimpleType = (type) => type.kind === "keywordType" || type.kind === "literalType" || type.kind === "templateLiteralType" || type.kind === "typeReference" && type.args === void 0;
var isObjectType = (type) => type.kind === "objectType" || type.kind === "mappedType";
function leftNestedLogical(node) {
  if (!isLogicalOperator(node.operator) || !hasRightNestedOperand(node)) return node;
  const operands = [];
  const collect = (expr) => {
    if (expr.kind === "binary" && expr.operator === node.operator) {
      collect(expr.left);
      collect(expr.right);
    } else operands.push(expr);
  };
  collect(node);
  const { operator } = node;
  let result = { kind: "binary", operator, left: operands[0], right: operands[1] };
  for (const operand of operands.slice(2)) result = { kind: "binary", operator, left: result, right: operand };
  return result;
}
function hasRightNestedOperand(node) {
  for (let current = node; current.kind === "binary" && current.operator === node.operator; current = current.left) {
    if (current.right.kind === "binary" && current.right.operator === node.operator) return true;
  }
  return false;
}

// generator/emit/member-chain-groups.ts
function chainNodes(call2) {
  const nodes2 = [call2];
  let node = call2.callee;
  for (; ; ) {
    nodes2.unshift(node);
    if (node.kind === "call" && (isMemberish(node.callee) || node.callee.kind === "call")) node = node.callee;
    else if (node.kind === "member" || node.kind === "element") node = node.object;
    else if (node.kind === "nonNull") node = node.expr;
    else return nodes2;
  }
}
var isNumericIndex = (node) => node.kind === "element" && node.index.kind === "number";
function groupChain(nodes2) {
  const first = [0];
  let index = 1;
  for (; index < nodes2.length; index++) {
    const node = nodes2[index];
    if (node.kind === "nonNull" || node.kind === "call" || isNumericIndex(node)) first.push(index);
    else break;
  }
  if (nodes2[0].kind !== "call") {
    for (; index + 1 < nodes2.length; index++) {
      if (isMemberish(nodes2[index]) && isMemberish(nodes2[index + 1])) first.push(index);
      else break;
    }
  }
  const groups = [first];
  let current = [];
  let hasSeenCall = false;
  for (; index < nodes2.length; index++) {
    const node = nodes2[index];
    if (hasSeenCall && isMemberish(node)) {
      if (isNumericIndex(node)) {
        current.push(index);
        continue;
      }
      groups.push(current);
      current = [];
      hasSeenCall = false;
    }
    if (node.kind === "call") hasSeenCall = true;
    current.push(index);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
var isFactory = (name) => /^[A-Z]|^[$_]+$/.test(name);
function shouldMergeFirstGroups(nodes2, groups, isExpressionStatement) {
  if (groups.length < 2) return false;
  const second = groups[1][0];
  const hasComputed = second !== void 0 && nodes2[second].kind === "element";
  const first = groups[0];
  if (first.length === 1) {
    const head = nodes2[first[0]];
    if (head.kind !== "identifier") return false;
    return head.name === "this" || isFactory(head.name) || isExpressionStatement && head.name.length <= 2 || hasComputed;
  }
  const last = nodes2[first[first.length - 1]];
  return last.kind === "member" && (isFactory(last.name) || hasComputed);
}
function isLongMemberChain(call2) {
  if (!isMemberish(call2.callee)) return false;
  const nodes2 = chainNodes(call2);
  const groups = groupChain(nodes2);
  const cutoff = shouldMergeFirstGroups(nodes2, groups, false) ? 3 : 2;
  return groups.length > cutoff;
}

// generator/emit/type-predicates.ts
function shouldHugUnionType(union2) {
  const objectType2 = union2.types.find((type) => type.kind === "objectType" || type.kind === "typeReference");
  if (objectType2 === void 0) return false;
  return union2.types.every(
    (type) => type === objectType2 || type.kind === "keywordType" && (type.name === "void" || type.name === "null")
  );
}
function shouldHugType(type) {
  if (isSimpleType(type) || type.kind === "objectType" || type.kind === "mappedType") return true;
  return type.kind === "union" && shouldHugUnionType(type);
}
function typeWillBreak(type, expanded) {
  if (childTypes(type).some((child) => typeWillBreak(child, expanded))) return true;
  if (type.kind === "mappedType") return expanded.has(type);
  if (type.kind !== "objectType" || type.members.length === 0) return false;
  return type.multiline === true || expanded.has(type) || type.members.some((member2) => member2.doc !== void 0);
}
var paramTypes = (params) => params.flatMap((param2) => param2.type === void 0 ? [] : [param2.type]);
function memberTypes(member2) {
  switch (member2.kind) {
    case "propertySignature":
      return [member2.type];
    case "indexSignature":
      return [member2.keyType, member2.type];
    default:
      return [...paramTypes(member2.params), member2.returns];
  }
}
function childTypes(type) {
  switch (type.kind) {
    case "typeReference":
      return [...type.args ?? []];
    case "union":
    case "intersection":
      return [...type.types];
    case "arrayType":
      return [type.element];
    case "tupleType":
      return type.elements.map((element2) => element2.type);
    case "objectType":
      return type.members.flatMap(memberTypes);
    case "functionType":
      return [...paramTypes(type.params), type.returns];
    case "indexedAccess":
      return [type.object, type.index];
    case "typePredicate":
    case "keyof":
      return [type.type];
    case "mappedType":
      return [type.constraint, type.type];
    case "conditionalType":
      return [type.check, type.extends, type.then, type.else];
    case "inferType":
      return type.constraint === void 0 ? [] : [type.constraint];
    case "templateLiteralType":
      return [...type.types];
    default:
      return [];
  }
}

// generator/emit/print-assign.ts
function printAssignment(p, leftDoc, operator, right) {
  const layout2 = chooseLayout(p, leftDoc, right?.node);
  const rightDoc = right === void 0 ? "" : p.print(right.node, right.key, { assignmentLayout: layout2 });
  switch (layout2) {
    case "break-after-operator":
      return group([group(leftDoc), operator, group(indent([line, rightDoc]))]);
    case "never-break-after-operator":
      return group([group(leftDoc), operator, " ", rightDoc]);
    case "fluid": {
      const id2 = /* @__PURE__ */ Symbol("assignment");
      return group([group(leftDoc), operator, group(indent(line), { id: id2 }), indentIfBreak(rightDoc, id2)]);
    }
    case "break-lhs":
      return group([leftDoc, operator, " ", group(rightDoc)]);
    case "chain":
      return [group(leftDoc), operator, line, rightDoc];
    case "chain-tail":
      return [group(leftDoc), operator, indent([line, rightDoc])];
    case "chain-tail-arrow-chain":
      return [group(leftDoc), operator, rightDoc];
    case "only-left":
      return leftDoc;
  }
}
function chooseLayout(p, leftDoc, right) {
  if (right === void 0) return "only-left";
  const isTail = right.kind !== "assign";
  if (usesChainFormatting(p, isTail)) {
    if (!isTail) return "chain";
    return right.kind === "arrow" && !Array.isArray(right.body) && right.body.kind === "arrow" ? "chain-tail-arrow-chain" : "chain-tail";
  }
  const isHeadOfLongChain = right.kind === "assign" && right.value.kind === "assign";
  if (isHeadOfLongChain || right.kind === "union" && !shouldHugUnionType(right)) return "break-after-operator";
  if (right.kind === "call" && right.callee.kind === "identifier" && right.callee.name === "require") {
    return "never-break-after-operator";
  }
  const canBreakLeftDoc = canBreak(leftDoc);
  if (hasComplexTypeAnnotation(p.node) || isArrowFunctionVariable(p.node) && canBreakLeftDoc) return "break-lhs";
  const hasShortKey = p.kind() === "property" && (flatText(leftDoc)?.length ?? Infinity) < 5;
  if (shouldBreakAfterOperator(right, hasShortKey, p.expanded)) return "break-after-operator";
  if (isComplexTypeAliasParams(p)) return "break-lhs";
  if (!canBreakLeftDoc && (hasShortKey || right.kind === "boolean" || right.kind === "number")) {
    return "never-break-after-operator";
  }
  return "fluid";
}
function usesChainFormatting(p, isTail) {
  if (p.kind() !== "assign") return false;
  const parentKind = p.kind(1);
  if (parentKind === "variable") return !isTail;
  return parentKind === "assign" && (!isTail || p.kind(2) !== "expression");
}
var isArrowFunctionVariable = (node) => node.kind === "variable" && node.init?.kind === "arrow";
function hasComplexTypeAnnotation(node) {
  const { kind, type } = node;
  if (kind !== "variable" || type?.kind !== "typeReference" || type.args === void 0) return false;
  return type.args.length > 1 && type.args.some((arg) => arg.kind === "typeReference" && arg.args !== void 0 || arg.kind === "conditionalType");
}
function isComplexTypeAliasParams(p) {
  if (p.kind() !== "typeAlias") return false;
  const params = p.node.typeParams ?? [];
  return params.length > 1 && params.some((param2) => param2.constraint !== void 0 || param2.default !== void 0);
}
var isGenericType = (type) => type.kind === "typeReference" && type.args !== void 0 || type.kind === "functionType" && type.typeParams !== void 0;
function shouldBreakAfterOperator(right, hasShortKey, expanded) {
  if (right.kind === "binary" && !shouldInlineLogical(right)) return true;
  if (right.kind === "conditionalType") return isGenericType(right.check) || isGenericType(right.extends);
  if (right.kind === "conditional") return right.test.kind === "binary" && !shouldInlineLogical(right.test);
  if (hasShortKey) return false;
  let node = right;
  while (node.kind === "unary" || node.kind === "typeof" || node.kind === "await" || node.kind === "nonNull") {
    node = node.kind === "nonNull" ? node.expr : node.operand;
  }
  return node.kind === "string" || isPoorlyBreakableMemberOrCallChain(node, false, expanded);
}
function isPoorlyBreakableMemberOrCallChain(node, deep, expanded) {
  if (node.kind === "call") {
    if (isLongMemberChain(node)) return false;
    const [first] = node.args;
    const isPoorlyBreakableCall = node.args.length === 0 || node.args.length === 1 && isLoneShortArgument(first);
    if (!isPoorlyBreakableCall || hasComplexTypeArguments(node.typeArgs, expanded)) return false;
    return isPoorlyBreakableMemberOrCallChain(node.callee, true, expanded);
  }
  if (node.kind === "member" || node.kind === "element")
    return isPoorlyBreakableMemberOrCallChain(node.object, true, expanded);
  return deep && node.kind === "identifier";
}
function hasComplexTypeArguments(typeArgs, expanded) {
  if (typeArgs === void 0 || typeArgs.length === 0) return false;
  if (typeArgs.length > 1) return true;
  const [first] = typeArgs;
  if (first.kind === "union" || first.kind === "intersection" || first.kind === "objectType") return true;
  return typeWillBreak(first, expanded);
}

// generator/emit/printer.ts
var NO_ARGS = Object.freeze({});
function kindOf2(node) {
  const { kind } = node;
  if (typeof kind !== "string") throw new Error("emit: a node without a kind needs one given");
  return kind;
}
var Printer = class {
  /**
   * `javascript`: the output is read by Prettier's babel parser, which unquotes numeric keys.
   * `expanded`: object literals and types to print expanded because an earlier layout expanded
   * them (Prettier keeps an object expanded when its text breaks after `{`; see print.ts).
   */
  constructor(javascript, dispatch) {
    this.javascript = javascript;
    this.dispatch = dispatch;
  }
  javascript;
  dispatch;
  // The ancestor chain as three parallel stacks: a node, its kind (pseudo-kinds for parameters
  // and the like), and the key it hangs from in its parent. Arrays, not frame objects, because
  // every printed node pushes one.
  nodes = [];
  kinds = [];
  keys = [];
  /** Docs a hugged argument's plain printing leaves for its expanded printing (print-function.ts). */
  expansions = /* @__PURE__ */ new WeakMap();
  expandedNodes = /* @__PURE__ */ new Set();
  get expanded() {
    return this.expandedNodes;
  }
  /** Marks object literals and types as expanded for the printing that follows. */
  expand(nodes2) {
    for (const node of nodes2) this.expandedNodes.add(node);
  }
  /** How many ancestors the current node has, itself included. */
  get depth() {
    return this.nodes.length;
  }
  get node() {
    return this.nodes[this.nodes.length - 1];
  }
  /** The key the current node (or the ancestor `depth` levels up) hangs from in its parent. */
  get key() {
    return this.keys[this.keys.length - 1];
  }
  keyAt(depth) {
    return this.keys[this.keys.length - 1 - depth] ?? "";
  }
  /** The kind of the ancestor `depth` levels up (0: the current node), or '' above the root. */
  kind(depth = 0) {
    return this.kinds[this.kinds.length - 1 - depth] ?? "";
  }
  parent(depth = 1) {
    return this.nodes[this.nodes.length - 1 - depth];
  }
  /** The depth of the nearest ancestor (parent first) whose kind `test` accepts, or -1. */
  ancestorWhere(test) {
    for (let depth = 1; depth < this.kinds.length; depth++) {
      if (test(this.kinds[this.kinds.length - 1 - depth])) return depth;
    }
    return -1;
  }
  print(node, key, args = NO_ARGS, kind = kindOf2(node)) {
    this.enter(node, key, kind);
    try {
      return this.dispatch(this, args);
    } finally {
      this.leave();
    }
  }
  /** Runs `fn` with `node` pushed as the current node, without printing it. */
  within(node, key, fn2, kind = kindOf2(node)) {
    this.enter(node, key, kind);
    try {
      return fn2();
    } finally {
      this.leave();
    }
  }
  /** Makes `node` the current node, as `within` does; every `enter` needs its `leave`. */
  enter(node, key, kind = kindOf2(node)) {
    this.nodes.push(node);
    this.kinds.push(kind);
    this.keys.push(key);
  }
  leave() {
    this.nodes.pop();
    this.kinds.pop();
    this.keys.pop();
  }
};

// generator/emit/print-params.ts
var ArgExpansionBailout = class extends Error {
};
function shouldHugTheOnlyParameter(params) {
  const [param2] = params;
  return params.length === 1 && param2.default === void 0 && param2.rest !== true && param2.type !== void 0 && isObjectType(param2.type);
}
var printParamDocs = (p, params) => params.map((param2) => p.print(param2, "params", NO_ARGS, "param"));
function printParams(params, paramDocs, typeParamsDoc, expand) {
  if (params.length === 0) return [typeParamsDoc, "(", ")"];
  const hug = shouldHugTheOnlyParameter(params);
  const printed = [];
  paramDocs.forEach((doc, index) => {
    printed.push(doc);
    if (index < paramDocs.length - 1) printed.push(",", hug ? " " : line);
  });
  if (expand) {
    if (willBreak(typeParamsDoc) || willBreak(printed)) throw new ArgExpansionBailout();
    return group([removeLines(typeParamsDoc), "(", removeLines(printed), ")"]);
  }
  if (hug) return [typeParamsDoc, "(", ...printed, ")"];
  const hasRest = params[params.length - 1].rest === true;
  return [typeParamsDoc, "(", indent([softline, ...printed]), hasRest ? "" : ifBreak(","), softline, ")"];
}
var printReturnType = (p, returns, key = "returns") => returns === void 0 ? "" : [": ", p.print(returns, key)];
function shouldGroupParameters(params, typeParams, returns, returnTypeDoc) {
  if (returns === void 0) return false;
  if (typeParams !== void 0) {
    if (typeParams.length > 1) return false;
    const [only] = typeParams;
    if (only !== void 0 && (only.constraint !== void 0 || only.default !== void 0)) return false;
  }
  return params.length === 1 && (isObjectType(returns) || willBreak(returnTypeDoc));
}
function printTypeParams(p, typeParams, forArrow = false) {
  if (typeParams === void 0 || typeParams.length === 0) return "";
  const printed = typeParams.map((param2) => p.print(param2, "typeParams", NO_ARGS, "typeParam"));
  const forceComma = forArrow && typeParams.length === 1 && typeParams[0].constraint === void 0;
  return group(["<", indent([softline, join([",", line], printed)]), forceComma ? "," : ifBreak(","), softline, ">"]);
}
function printTypeArgs(p, args, key) {
  if (args === void 0 || args.length === 0) return "";
  const printed = args.map((arg) => p.print(arg, key));
  const [only] = args;
  if (args.length === 1 && shouldHugType(only) && !isArrowVariableAnnotation(p, only)) {
    return ["<", printed[0], ">"];
  }
  return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
}
function isArrowVariableAnnotation(p, only) {
  if (p.kind() !== "typeReference" || p.kind(1) !== "variable" || p.key !== "type") return false;
  return !isObjectType(only) && (p.parent().init?.kind ?? "") === "arrow";
}

// generator/emit/print-function.ts
var isExpanded = (args) => args.expandLastArg === true || args.expandFirstArg === true;
function reused(p, key, args, compute) {
  if (isExpanded(args) && p.expansions.has(key)) return p.expansions.get(key);
  const value = compute();
  if (!isExpanded(args) && isCallArgument(p)) p.expansions.set(key, value);
  return value;
}
var isCallArgument = (p) => p.key === "args" && (p.kind(1) === "call" || p.kind(1) === "new");
function printPieces(p, node, args, forArrow) {
  return reused(p, node, args, () => ({
    params: printParamDocs(p, node.params),
    typeParams: printTypeParams(p, node.typeParams, forArrow),
    returns: printReturnType(p, node.returns)
  }));
}
function printFunctionBody(p, body) {
  return p.print(body, "body", NO_ARGS, "statements");
}
var isArrowBody = (body) => !Array.isArray(body) && body.kind === "arrow";
function printArrow(p, node, args) {
  const signatureDocs = [];
  let shouldBreakChain = false;
  const shouldPrintAsChain = args.expandLastArg !== true && isArrowBody(node.body);
  let bodyDoc = "";
  let functionBody = node.body;
  let arrow2 = node;
  let entered = 0;
  try {
    for (; ; ) {
      signatureDocs.push(printArrowSignature(p, arrow2, args));
      if (shouldPrintAsChain) {
        shouldBreakChain ||= arrow2.returns !== void 0 && arrow2.params.length > 0 || arrow2.typeParams !== void 0 || arrow2.params.some((param2) => param2.default !== void 0 || param2.rest === true);
      }
      if (shouldPrintAsChain && isArrowBody(arrow2.body)) {
        p.enter(arrow2.body, "body");
        entered++;
        arrow2 = arrow2.body;
        continue;
      }
      bodyDoc = printArrowBodyDoc(p, arrow2, args);
      functionBody = arrow2.body;
      break;
    }
  } finally {
    for (; entered > 0; entered--) p.leave();
  }
  return assembleArrow(p, args, { signatureDocs, shouldBreakChain, shouldPrintAsChain, bodyDoc, functionBody });
}
function printArrowBodyDoc(p, arrow2, args) {
  const { body } = arrow2;
  if (Array.isArray(body)) return reused(p, body, args, () => printFunctionBody(p, body));
  if (isArrowBody(body)) return p.print(body, "body", args);
  return reused(p, body, args, () => p.print(body, "body", args));
}
function assembleArrow(p, args, parts) {
  const { shouldPrintAsChain, functionBody } = parts;
  const body = Array.isArray(functionBody) ? void 0 : functionBody;
  const shouldPutBodyOnSameLine = body === void 0 || body.kind === "array" || body.kind === "object" || body.kind === "arrow" || !parts.shouldBreakChain && shouldAddParensIfNotBreak(body);
  const isCallee2 = p.key === "callee" && (p.kind(1) === "call" || p.kind(1) === "new");
  const chainGroupId = /* @__PURE__ */ Symbol("arrow-chain");
  const signaturesDoc = printSignatures(p, args, parts.signatureDocs, parts.shouldBreakChain);
  const indentSignatures = shouldPrintAsChain && (isCallee2 || args.assignmentLayout !== void 0);
  const shouldBreakSignatures = indentSignatures && (args.assignmentLayout === "chain-tail-arrow-chain" || isCallee2 && !shouldPutBodyOnSameLine);
  const bodyDoc = printArrowBody(args, parts.bodyDoc, body, shouldPutBodyOnSameLine);
  return group([
    group(indentSignatures ? indent([softline, signaturesDoc]) : signaturesDoc, {
      shouldBreak: shouldBreakSignatures,
      id: chainGroupId
    }),
    " =>",
    shouldPrintAsChain ? indentIfBreak(bodyDoc, chainGroupId) : group(bodyDoc),
    shouldPrintAsChain && isCallee2 ? ifBreak(softline, "", chainGroupId) : ""
  ]);
}
var shouldAddParensIfNotBreak = (body) => body.kind === "conditional" && !startsWith(body, (node) => node.kind === "object");
function printArrowSignature(p, arrow2, args) {
  const pieces = printPieces(p, arrow2, args, true);
  const expand = isExpanded(args);
  let returnsDoc = pieces.returns;
  if (expand) {
    if (willBreak(returnsDoc)) throw new ArgExpansionBailout();
    returnsDoc = group(removeLines(returnsDoc));
  }
  return [
    arrow2.async === true ? "async " : "",
    group([printParams(arrow2.params, pieces.params, pieces.typeParams, expand), returnsDoc])
  ];
}
function printSignatures(p, args, signatureDocs, shouldBreak) {
  if (signatureDocs.length === 1) return signatureDocs[0];
  const parentKind = p.kind(1);
  const isCallLikeParent = parentKind === "call" || parentKind === "new";
  if (p.key !== "callee" && isCallLikeParent || parentKind === "binary") {
    return group([signatureDocs[0], " =>", indent([line, join([" =>", line], signatureDocs.slice(1))])], {
      shouldBreak
    });
  }
  if (p.key === "callee" && isCallLikeParent || args.assignmentLayout !== void 0) {
    return group(join([" =>", line], signatureDocs), { shouldBreak });
  }
  return group(indent(join([" =>", line], signatureDocs)), { shouldBreak });
}
function printArrowBody(args, bodyDoc, body, sameLine) {
  const trailingComma = args.expandLastArg === true ? ifBreak(",") : "";
  const trailingSpace = args.expandLastArg === true ? softline : "";
  if (sameLine && body !== void 0 && shouldAddParensIfNotBreak(body)) {
    return [
      " ",
      group([ifBreak("", "("), indent([softline, bodyDoc]), ifBreak("", ")"), trailingComma, trailingSpace])
    ];
  }
  return sameLine ? [" ", bodyDoc] : [indent([line, bodyDoc]), trailingComma, trailingSpace];
}
function printFunctionExpr(p, node, args) {
  const parent = p.parent();
  const expand = args.expandLastArg === true && parent?.kind === "call" && (parent.args.length > 1 || node.params.every((param2) => param2.type === void 0 && param2.default === void 0 && param2.rest !== true));
  const pieces = printPieces(p, node, args, false);
  const paramsDoc = printParams(node.params, pieces.params, "", expand);
  const grouped = shouldGroupParameters(node.params, void 0, node.returns, pieces.returns);
  return [
    node.async === true ? "async " : "",
    "function",
    node.generator === true ? "*" : "",
    " ",
    node.name === void 0 ? "" : bindingName(node.name),
    group([grouped ? group(paramsDoc) : paramsDoc, pieces.returns]),
    " ",
    reused(p, node.body, args, () => printFunctionBody(p, node.body))
  ];
}

// generator/emit/call-arguments.ts
var printArgDocs = (p, node) => node.args.map((arg) => p.print(arg, "args"));
function printCallArguments(p, node) {
  const { args } = node;
  if (args.length === 0) return "()";
  const argDocs = printArgDocs(p, node);
  if (isReactHookCallWithDepsArray(args)) return ["(", join(", ", argDocs), ")"];
  const printed = argDocs.map((doc, index) => index < argDocs.length - 1 ? [doc, ",", line] : doc);
  if (isFunctionCompositionArguments(args)) return allArgsBrokenOut(printed);
  if (shouldExpandFirstArg(args)) return printHugged(p, argDocs, printed, "first");
  if (shouldExpandLastArg(args)) return printHugged(p, argDocs, printed, "last");
  const contents = ["(", indent([softline, ...printed]), ifBreak(","), softline, ")"];
  if (isLongCurriedCall(p)) return contents;
  return group(contents, { shouldBreak: printed.some(willBreak) });
}
function allArgsBrokenOut(printed) {
  return group(["(", indent([line, ...printed]), ifBreak(","), line, ")"], { shouldBreak: true });
}
function withHugged(which, arg, others) {
  return which === "first" ? ["(", arg, ", ", ...others, ")"] : ["(", ...others, arg, ")"];
}
function printHugged(p, argDocs, printed, which) {
  const node = p.node;
  const index = which === "first" ? 0 : printed.length - 1;
  const others = printed.filter((_, position) => position !== index);
  if (others.some(willBreak)) return allArgsBrokenOut(printed);
  const arg = node.args[index];
  let expanded;
  try {
    expanded = isFunction(arg) ? p.print(arg, "args", which === "first" ? EXPAND_FIRST : EXPAND_LAST) : argDocs[index];
  } catch (error) {
    if (error instanceof ArgExpansionBailout) return allArgsBrokenOut(printed);
    throw error;
  }
  const broken2 = withHugged(which, group(expanded, { shouldBreak: true }), others);
  if (willBreak(expanded)) return [breakParent, conditionalGroup([broken2, allArgsBrokenOut(printed)])];
  return conditionalGroup([withHugged(which, expanded, others), broken2, allArgsBrokenOut(printed)]);
}
var EXPAND_FIRST = { expandFirstArg: true };
var EXPAND_LAST = { expandLastArg: true };
function isLongCurriedCall(p) {
  const node = p.node;
  const parent = p.parent(1);
  return p.key === "callee" && node.kind === "call" && parent?.kind === "call" && parent.args.length > 0 && node.args.length > parent.args.length;
}
var isFunction = (expr) => expr.kind === "arrow" || expr.kind === "functionExpr";
function isFunctionCompositionArguments(args) {
  if (args.length <= 1) return false;
  let count2 = 0;
  for (const arg of args) {
    if (isFunction(arg)) {
      count2 += 1;
      if (count2 > 1) return true;
    } else {
      const call2 = arg.kind === "nonNull" ? arg.expr : arg;
      if (call2.kind === "call" && call2.args.some(isFunction)) return true;
    }
  }
  return false;
}
function isHookWithDeps(fn2, deps) {
  return fn2?.kind === "arrow" && fn2.params.length === 0 && Array.isArray(fn2.body) && deps?.kind === "array";
}
function isReactHookCallWithDepsArray(args) {
  if (args.length === 2) return isHookWithDeps(args[0], args[1]);
  return args.length === 3 && args[0].kind === "identifier" && isHookWithDeps(args[1], args[2]);
}
function couldExpandArg(arg, arrowChainRecursion = false) {
  switch (arg.kind) {
    case "object":
      return arg.members.length > 0;
    case "array":
      return arg.items.length > 0;
    case "as":
      return couldExpandArg(arg.expr);
    case "functionExpr":
      return true;
    case "arrow": {
      if (Array.isArray(arg.body)) return true;
      const body = arg.body;
      if (body.kind === "object" || body.kind === "array") return true;
      if (body.kind === "arrow" && couldExpandArg(body, true)) return true;
      if (arrowChainRecursion) return false;
      const inner = body.kind === "nonNull" ? body.expr : body;
      return body.kind === "conditional" || inner.kind === "call";
    }
    default:
      return false;
  }
}
var hasLeadingComment = (expr) => expr.kind === "call" && expr.pure === true;
function shouldExpandLastArg(args) {
  const last = args[args.length - 1];
  const penultimate = args[args.length - 2];
  return !hasLeadingComment(last) && couldExpandArg(last) && (penultimate === void 0 || estreeType(penultimate) !== estreeType(last)) && (args.length !== 2 || penultimate.kind !== "arrow" || last.kind !== "array") && !(args.length > 1 && isConciselyPrintedArray(last));
}
function shouldExpandFirstArg(args) {
  if (args.length !== 2) return false;
  const [first, second] = args;
  return !hasLeadingComment(first) && (first.kind === "functionExpr" || first.kind === "arrow" && Array.isArray(first.body)) && second.kind !== "functionExpr" && second.kind !== "arrow" && second.kind !== "conditional" && isHopefullyShortCallArgument(second) && !couldExpandArg(second);
}
function isHopefullyShortCallArgument(node) {
  if (node.kind === "as") {
    let type = node.type;
    if (type.kind === "arrayType") type = type.element.kind === "arrayType" ? type.element.element : type.element;
    if (type.kind === "typeReference" && type.args?.length === 1) type = type.args[0];
    return isSimpleType(type) && isSimpleCallArgument(node.expr, 1);
  }
  if ((node.kind === "call" || node.kind === "new") && node.args.length > 1) return false;
  if (node.kind === "binary") return isSimpleCallArgument(node.left, 1) && isSimpleCallArgument(node.right, 1);
  return node.kind === "regexp" || isSimpleCallArgument(node);
}
function isConciselyPrintedArray(expr) {
  return expr.kind === "array" && expr.items.length > 0 && expr.items.every(
    (item) => item.kind === "number" || item.kind === "unary" && (item.operator === "-" || item.operator === "+") && item.operand.kind === "number"
  );
}

// generator/emit/print-object.ts
function printObject(p, node) {
  if (node.members.length === 0) return "{}";
  const parts = node.members.map((member2, index) => {
    const printed = p.print(member2, "members");
    return index === 0 ? printed : [",", line, printed];
  });
  return group(["{", indent([node.multiline === true ? line : markedLine(node), ...parts]), ifBreak(","), line, "}"], {
    shouldBreak: node.multiline === true || p.expanded.has(node)
  });
}
function printPropertyKey(p, key, computed) {
  if (computed === true)
    return ["[", p.print(typeof key === "string" ? { kind: "string", value: key } : key, "key"), "]"];
  if (typeof key === "string") return printKey(key, p.javascript);
  if (key.kind !== "number") throw new Error(`emit: a ${key.kind} key must be computed`);
  return p.print(key, "key");
}
function printObjectMember(p, member2) {
  switch (member2.kind) {
    case "property":
      return withDoc(
        member2.doc,
        printAssignment(p, printPropertyKey(p, member2.key, member2.computed), ":", { node: member2.value, key: "value" })
      );
    case "shorthand":
      return bindingName(member2.name);
    case "spreadAssignment":
      return ["...", p.print(member2.expr, "expr")];
    case "method":
    case "getter":
      return withDoc(member2.doc, printMethod(p, member2));
  }
}
function printMethod(p, member2, signatureOnly = false) {
  const params = member2.kind === "method" ? member2.params : [];
  const returnsDoc = printReturnType(p, member2.returns);
  const paramsDoc = printParams(params, printParamDocs(p, params), "", false);
  const grouped = shouldGroupParameters(params, void 0, member2.returns, returnsDoc);
  return [
    member2.kind === "getter" ? "get " : member2.async === true && !signatureOnly ? "async " : "",
    printKey(member2.name, p.javascript),
    group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc]),
    signatureOnly ? ";" : [" ", printFunctionBody(p, member2.body)]
  ];
}
function printArray(p, node) {
  if (node.items.length === 0) return "[]";
  const id2 = /* @__PURE__ */ Symbol("array");
  const concise = isConciselyPrintedArray(node);
  const trailingComma = concise ? ifBreak(",", "", id2) : ifBreak(",");
  const items = concise ? printConcisely(p, node, trailingComma) : [printItems(p, node), trailingComma];
  return group(["[", indent([softline, items]), softline, "]"], { shouldBreak: shouldBreakArray(node), id: id2 });
}
function shouldBreakArray(node) {
  return node.items.length > 1 && node.items.every((item, index) => {
    const next = node.items[index + 1];
    if (item.kind === "object") return (next === void 0 || next.kind === "object") && item.members.length > 1;
    if (item.kind === "array") return (next === void 0 || next.kind === "array") && item.items.length > 1;
    return false;
  });
}
function printItems(p, node) {
  const parts = [];
  node.items.forEach((item, index) => {
    parts.push(group(p.print(item, "items")));
    if (index < node.items.length - 1) parts.push([",", line, ""]);
  });
  return parts;
}
function printConcisely(p, node, trailingComma) {
  const parts = [];
  node.items.forEach((item, index) => {
    const isLast = index === node.items.length - 1;
    parts.push([p.print(item, "items"), isLast ? trailingComma : ","]);
    if (!isLast) parts.push(line);
  });
  return fill(parts);
}

// generator/emit/print-type-members.ts
function printObjectType(p, node) {
  if (node.members.length === 0) return "{}";
  const parts = [];
  node.members.forEach((member2, index) => {
    const isLast = index === node.members.length - 1;
    parts.push(printMemberAt(p, member2, isLast ? ifBreak(";") : ";"));
    if (!isLast) parts.push(line);
  });
  const content = ["{", indent([node.multiline === true ? line : markedLine(node), ...parts]), line, "}"];
  const shouldBreak = node.multiline === true || p.expanded.has(node);
  return isHuggedParameterType(p) ? content : group(content, { shouldBreak });
}
function isHuggedParameterType(p) {
  if (p.kind(1) !== "param" || p.key !== "type" || p.keyAt(1) !== "params") return false;
  const owner = p.parent(2);
  return owner?.params !== void 0 && shouldHugTheOnlyParameter(owner.params);
}
function printInterfaceBody(p, node) {
  if (node.members.length === 0) return "{}";
  const parts = [];
  node.members.forEach((member2, index) => {
    if (index > 0) parts.push(hardline);
    parts.push(printMemberAt(p, member2, ";"));
  });
  return ["{", indent([hardline, parts]), hardline, "}"];
}
var printMemberAt = (p, member2, semicolon) => p.within(member2, "members", () => withDoc(member2.doc, [printTypeMember(p, member2), semicolon]));
function printTypeMember(p, member2) {
  switch (member2.kind) {
    case "propertySignature":
      return group([
        member2.readonly === true ? "readonly " : "",
        printKey(member2.name, false),
        member2.optional === true ? "?" : "",
        ": ",
        p.print(member2.type, "type")
      ]);
    case "indexSignature":
      return group([
        member2.readonly === true ? "readonly " : "",
        "[",
        group([indent([softline, bindingName(member2.keyName), ": ", p.print(member2.keyType, "keyType")]), softline]),
        "]",
        ": ",
        p.print(member2.type, "type")
      ]);
    case "methodSignature":
    case "callSignature":
      return printSignature(p, member2);
  }
}
function printSignature(p, member2) {
  const paramsDoc = printParams(
    member2.params,
    printParamDocs(p, member2.params),
    printTypeParams(p, member2.typeParams),
    false
  );
  const returnsDoc = printReturnType(p, member2.returns);
  const grouped = shouldGroupParameters(member2.params, member2.typeParams, member2.returns, returnsDoc);
  const params = grouped ? group(paramsDoc) : paramsDoc;
  if (member2.kind === "callSignature") return group([params, returnsDoc]);
  const name = member2.name === "new" ? printString("new") : printKey(member2.name, false);
  return group([name, member2.optional === true ? "?" : "", params, group(returnsDoc)]);
}

// generator/emit/print-decl.ts
var exportPrefix = (exported) => exported === true ? "export " : "";
function printDeclaration(p, node) {
  switch (node.kind) {
    case "import":
      return printImport(node);
    case "exportFrom":
      return printExportFrom(node);
    case "exportNames":
      return ["export", node.typeOnly === true ? " type" : "", " ", printSpecifiers(node.names, "export"), ";"];
    case "function":
      return printFunctionDeclaration(p, node);
    case "variable":
      return withDoc(node.doc, [exportPrefix(node.exported), printVariable(p, node)]);
    case "typeAlias":
      return withDoc(node.doc, [
        exportPrefix(node.exported),
        printAssignment(p, ["type ", typeBindingName(node.name), printTypeParams(p, node.typeParams)], " =", {
          node: node.type,
          key: "type"
        }),
        ";"
      ]);
    case "interface":
      return withDoc(node.doc, [exportPrefix(node.exported), printInterface(p, node)]);
    case "class":
      return withDoc(node.doc, [exportPrefix(node.exported), printClass(p, node)]);
    default:
      throw new Error(`emit: ${node.kind} is not a declaration`);
  }
}
function printSpecifier(specifier, role) {
  const { name, alias: alias2 } = specifier;
  const typeOnly = specifier.typeOnly === true ? "type " : "";
  if (alias2 === void 0 || alias2 === name) {
    return [typeOnly, role === "reexport" ? memberName(name) : bindingName(name)];
  }
  const left = role === "export" ? bindingName(name) : memberName(name);
  const right = role === "import" ? bindingName(alias2) : memberName(alias2);
  return [typeOnly, left, " as ", right];
}
function printSpecifiers(names2, role) {
  if (names2.length === 0) return "{}";
  const printed = names2.map((specifier) => printSpecifier(specifier, role));
  if (printed.length === 1) return ["{ ", printed[0], " }"];
  return group(["{", indent([line, join([",", line], printed)]), ifBreak(","), line, "}"]);
}
function printImport(node) {
  const kind = node.typeOnly === true ? " type" : "";
  const source = printString(node.from);
  if (node.namespace !== void 0) {
    if (node.names !== void 0) throw new Error("emit: an import has either a namespace or names");
    return ["import", kind, ` * as ${bindingName(node.namespace)} from `, source, ";"];
  }
  if (node.names === void 0) return ["import ", source, ";"];
  return ["import", kind, " ", printSpecifiers(node.names, "import"), " from ", source, ";"];
}
function printExportFrom(node) {
  const kind = node.typeOnly === true ? " type" : "";
  const source = printString(node.from);
  if (node.names === void 0) {
    const alias2 = node.namespace === void 0 ? "" : ` as ${memberName(node.namespace)}`;
    return ["export", kind, ` *${alias2} from `, source, ";"];
  }
  return ["export", kind, " ", printSpecifiers(node.names, "reexport"), " from ", source, ";"];
}
function printFunctionHead(p, node, signature) {
  const returnsDoc = printReturnType(p, signature.returns);
  const paramsDoc = printParams(signature.params, printParamDocs(p, signature.params), "", false);
  const grouped = shouldGroupParameters(signature.params, signature.typeParams, signature.returns, returnsDoc);
  return [
    node.async === true && node.ambient !== true ? "async " : "",
    "function",
    node.generator === true && node.ambient !== true ? "*" : "",
    " ",
    bindingName(node.name),
    printTypeParams(p, signature.typeParams),
    group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc])
  ];
}
function printFunctionDeclaration(p, node) {
  const prefix = [exportPrefix(node.exported), node.ambient === true ? "declare " : ""];
  const overloads = (node.overloads ?? []).map(
    (overload) => p.within(
      overload,
      "overloads",
      () => withDoc(overload.doc, [prefix, printFunctionHead(p, node, overload), ";"]),
      "overload"
    )
  );
  const body = node.ambient === true ? ";" : [" ", printFunctionBody(p, node.body)];
  const implementation = withDoc(node.doc, [prefix, printFunctionHead(p, node, node), body]);
  return overloads.length === 0 ? implementation : join(hardline, [...overloads, implementation]);
}
function printVariable(p, node) {
  const name = bindingName(node.name);
  const left = node.type === void 0 ? name : [name, ": ", p.print(node.type, "type")];
  const init = node.init === void 0 ? void 0 : { node: node.init, key: "init" };
  const inForHead = p.kind(1) === "for" && p.key === "init";
  return group([
    node.ambient === true ? "declare " : "",
    node.declare,
    " ",
    printAssignment(p, left, " =", init),
    inForHead ? "" : ";"
  ]);
}
function printInterface(p, node) {
  const head = [" ", typeBindingName(node.name), printTypeParams(p, node.typeParams)];
  const heritage = node.extends ?? [];
  for (const type of heritage) {
    if (type.kind !== "typeReference") throw new Error("emit: an interface extends type references only");
  }
  const printed = heritage.map((type) => p.print(type, "extends"));
  const isQualified = heritage.length === 1 && heritage[0].kind === "typeReference" && heritage[0].name.includes(".") && heritage[0].args === void 0;
  let parts;
  if (heritage.length === 0) parts = head;
  else if (heritage.length > 1) {
    parts = group([...head, indent([line, "extends", group(indent([line, join([",", line], printed)]))])]);
  } else if (isQualified) parts = group([...head, indent([line, group(["extends ", printed[0]])])]);
  else parts = [...head, " extends ", printed[0]];
  return ["interface", parts, " ", printInterfaceBody(p, node)];
}
function printClass(p, node) {
  const head = [" ", typeBindingName(node.name)];
  const body = printClassBody(p, node);
  const prefix = [node.ambient === true ? "declare " : "", "class"];
  if (node.extends === void 0) return [...prefix, head, " ", body];
  const superClass = p.print(node.extends, "extends");
  const isMember = node.extends.kind === "member" || node.extends.kind === "element";
  if (!isMember) return [...prefix, head, " extends ", superClass, " ", body];
  const id2 = /* @__PURE__ */ Symbol("heritageGroup");
  return [
    ...prefix,
    group([...head, indent([line, group(["extends ", superClass])])], { id: id2 }),
    node.members.length > 0 ? ifBreak(hardline, " ", id2) : " ",
    body
  ];
}
function printClassBody(p, node) {
  if (node.members.length === 0) return "{}";
  const members = node.members.map(
    (member2) => p.within(member2, "members", () => withDoc(member2.doc, printMethod(p, member2, node.ambient === true)))
  );
  return ["{", indent([hardline, join(hardline, members)]), hardline, "}"];
}

// generator/emit/parens.ts
var expressionNeedsParens = (p) => exprNeedsParens(p, p.node);
function isLeftmostEdge(p, depth) {
  const key = p.keyAt(depth);
  switch (p.kind(depth + 1)) {
    case "member":
    case "element":
      return key === "object";
    case "call":
      return key === "callee" && p.kind(depth) !== "functionExpr";
    case "binary":
      return key === "left";
    case "assign":
      return key === "target";
    case "conditional":
      return key === "test";
    case "as":
    case "nonNull":
      return key === "expr";
    case "update":
      return key === "operand" && p.parent(depth + 1).prefix !== true;
    default:
      return false;
  }
}
function startsStatementOrArrowBody(p, node) {
  if (node.kind !== "object" && node.kind !== "functionExpr") return false;
  let depth = 0;
  while (isLeftmostEdge(p, depth)) depth++;
  const parentKind = p.kind(depth + 1);
  if (parentKind === "expression") return true;
  return node.kind === "object" && parentKind === "arrow" && p.keyAt(depth) === "body" && p.kind(depth) !== "assign";
}
function exprNeedsParens(p, node) {
  if (startsStatementOrArrowBody(p, node)) return true;
  const parentKind = p.kind(1);
  const key = p.key;
  if (parentKind === "class" && key === "extends") return classHeritageNeedsParens(node);
  switch (node.kind) {
    case "update":
      if (parentKind === "unary") {
        const parent = p.parent();
        return node.prefix === true && (node.operator === "++" && parent.operator === "+" || node.operator === "--" && parent.operator === "-");
      }
      return unaryNeedsParens(p, node);
    case "unary":
    case "typeof":
      return unaryNeedsParens(p, node);
    case "binary":
      if (parentKind === "update") return true;
      if (node.operator === "in" && isInForInit(p)) return true;
      return binaryishNeedsParens(p, node);
    case "as":
      return binaryishNeedsParens(p, node);
    case "await":
      return awaitNeedsParens(p);
    case "conditional":
      return conditionalNeedsParens(p);
    case "functionExpr":
      return isCallee(p);
    case "arrow":
      return arrowNeedsParens(p);
    case "assign":
      return !(parentKind === "expression" && key === "expr" || parentKind === "assign" || parentKind === "for" && (key === "init" || key === "update"));
    case "string":
      return parentKind === "expression" && (p.kind(2) === "module" || p.kind(2) === "statements");
    case "number":
      return key === "object" && (parentKind === "member" || parentKind === "element");
    case "call":
    case "member":
    case "element":
    case "nonNull":
      return key === "callee" && parentKind === "new" && containsCall(node);
    default:
      return false;
  }
}
function classHeritageNeedsParens(node) {
  const heritage = node.kind === "nonNull" ? node.expr : node;
  return ["arrow", "assign", "await", "binary", "conditional", "new", "object", "unary", "typeof", "update"].includes(
    heritage.kind
  );
}
var isCallee = (p) => p.key === "callee" && (p.kind(1) === "call" || p.kind(1) === "new");
function unaryNeedsParens(p, node) {
  const parentKind = p.kind(1);
  switch (parentKind) {
    case "unary": {
      const parent = p.parent();
      return node.kind === "unary" && node.operator === parent.operator && (node.operator === "+" || node.operator === "-");
    }
    case "member":
    case "element":
      return p.key === "object";
    case "call":
    case "new":
      return p.key === "callee";
    case "binary": {
      const parent = p.parent();
      if (p.key === "left" && node.kind !== "update" && (parent.operator === "in" || parent.operator === "instanceof")) {
        return true;
      }
      return p.key === "left" && parent.operator === "**";
    }
    case "nonNull":
      return true;
    default:
      return false;
  }
}
function binaryishNeedsParens(p, node) {
  const parentKind = p.kind(1);
  switch (parentKind) {
    case "as":
      return node.kind !== "as";
    case "conditional":
      return node.kind === "as" || node.kind === "binary" && node.operator === "??";
    case "call":
    case "new":
      return p.key === "callee";
    case "spread":
    case "spreadAssignment":
    case "await":
    case "nonNull":
    case "update":
    case "unary":
    case "typeof":
      return true;
    case "member":
    case "element":
      return p.key === "object";
    case "assign":
      return p.key === "target" && node.kind === "as";
    case "binary":
      return binaryInBinaryNeedsParens(p, node);
    default:
      return false;
  }
}
function binaryInBinaryNeedsParens(p, node) {
  const parent = p.parent();
  if (node.kind === "as") return true;
  if (estreeType(node) === "LogicalExpression" && estreeType(parent) === "LogicalExpression") {
    return parent.operator !== node.operator;
  }
  const nodePrecedence = precedence(node.operator);
  const parentPrecedence = precedence(parent.operator);
  if (parentPrecedence > nodePrecedence) return true;
  if (p.key === "right" && parentPrecedence === nodePrecedence) return true;
  if (parentPrecedence === nodePrecedence && !shouldFlatten(parent.operator, node.operator)) return true;
  if (parentPrecedence < nodePrecedence && node.operator === "%" && (parent.operator === "+" || parent.operator === "-")) {
    return true;
  }
  return isBitwiseOperator(parent.operator);
}
function isInForInit(p) {
  for (let depth = 1; depth < p.depth; depth++) {
    if (p.kind(depth) === "for") return p.keyAt(depth - 1) === "init";
  }
  return false;
}
function awaitNeedsParens(p) {
  switch (p.kind(1)) {
    case "unary":
    case "typeof":
    case "spread":
    case "spreadAssignment":
    case "as":
    case "nonNull":
    case "binary":
      return true;
    case "member":
    case "element":
      return p.key === "object";
    case "call":
    case "new":
      return p.key === "callee";
    case "conditional":
      return p.key === "test";
    default:
      return false;
  }
}
function conditionalNeedsParens(p) {
  switch (p.kind(1)) {
    case "unary":
    case "typeof":
    case "spread":
    case "spreadAssignment":
    case "binary":
    case "await":
    case "as":
    case "nonNull":
      return true;
    case "call":
    case "new":
      return p.key === "callee";
    case "conditional":
      return p.key === "test";
    case "member":
    case "element":
      return p.key === "object";
    default:
      return false;
  }
}
function arrowNeedsParens(p) {
  switch (p.kind(1)) {
    case "binary":
    case "as":
    case "nonNull":
    case "unary":
    case "typeof":
    case "await":
      return true;
    case "call":
    case "new":
      return p.key === "callee";
    case "member":
    case "element":
      return p.key === "object";
    case "conditional":
      return p.key === "test";
    default:
      return false;
  }
}
function containsCall(node) {
  for (let current = node; current !== void 0; ) {
    switch (current.kind) {
      case "call":
        return true;
      case "member":
      case "element":
        current = current.object;
        break;
      case "nonNull":
        current = current.expr;
        break;
      default:
        return false;
    }
  }
  return false;
}

// generator/emit/print-binary.ts
function printBinaryish(p, node) {
  const parentKind = p.kind(1);
  const key = p.key;
  const isInsideParenthesis = key !== "body" && (parentKind === "if" || parentKind === "while");
  const parts = printBinaryishParts(p, node, isInsideParenthesis);
  if (isInsideParenthesis) return parts;
  if (key === "callee" && (parentKind === "call" || parentKind === "new") || parentKind === "unary" || parentKind === "typeof" || parentKind === "member") {
    return group([indent([softline, ...parts]), softline]);
  }
  if (shouldNotIndent(p) || isInlineChain(node) || !shouldInlineLogical(node) && shouldIndentIfInlining(p)) {
    return group(parts);
  }
  const firstGroupIndex = parts.findIndex(isGroup);
  const headParts = parts.slice(0, firstGroupIndex === -1 ? 1 : firstGroupIndex + 1);
  return group([...headParts, indent(parts.slice(headParts.length))], { id: /* @__PURE__ */ Symbol("logicalChain") });
}
function isInlineChain(node) {
  return flattenedSpine(node).every(shouldInlineLogical);
}
var isGroup = (part) => typeof part === "object" && !Array.isArray(part) && part.type === "group";
function shouldNotIndent(p) {
  const parentKind = p.kind(1);
  if (parentKind === "return" || parentKind === "throw") return true;
  if (parentKind === "arrow" && p.key === "body") return true;
  if (parentKind === "for" && p.key !== "body") return true;
  if (parentKind === "conditional") {
    const grandparentKind = p.kind(2);
    return !["return", "throw", "call", "new"].includes(grandparentKind);
  }
  if (p.key === "args" && parentKind === "call") {
    const call2 = p.parent();
    return call2.optional !== true && call2.args.length === 1 && call2.callee.kind === "identifier" && call2.callee.name === "Boolean";
  }
  return false;
}
function shouldIndentIfInlining(p) {
  const parentKind = p.kind(1);
  return parentKind === "assign" || parentKind === "variable" || parentKind === "property";
}
function flattenedSpine(node) {
  const spine = [node];
  for (let current = node; current.left.kind === "binary" && shouldFlatten(current.operator, current.left.operator); ) {
    current = current.left;
    spine.push(current);
  }
  return spine;
}
function printBinaryishParts(p, node, isInsideParenthesis) {
  const spine = flattenedSpine(node);
  const innermost = spine[spine.length - 1];
  for (let index = 1; index < spine.length; index++) p.enter(spine[index], "left");
  try {
    const parts = [group(p.print(innermost.left, "left"))];
    for (let index = spine.length - 1; index >= 0; index--) {
      parts.push(" ", printRight(p, spine[index], isInsideParenthesis));
      if (index > 0) p.leave();
    }
    return parts;
  } catch (error) {
    while (p.node !== node) p.leave();
    throw error;
  }
}
function printRight(p, node, isInsideParenthesis) {
  const rightDoc = p.print(node.right, "right");
  const right = shouldInlineLogical(node) ? [node.operator, " ", rightDoc] : [node.operator, line, rightDoc];
  const type = estreeType(node);
  const parentType = p.kind(1) === "binary" ? estreeType(p.parent()) : p.kind(1);
  const shouldGroup = !(isInsideParenthesis && type === "LogicalExpression") && parentType !== type && estreeType(node.left) !== type && estreeType(node.right) !== type;
  return shouldGroup ? group(right) : right;
}

// generator/emit/print-member-chain.ts
function printMemberLookup(p, node) {
  const optional2 = node.optional === true ? "?." : "";
  if (node.kind === "member") return [node.optional === true ? "?." : ".", memberName(node.name)];
  const index = p.print(node.index, "index");
  if (node.index.kind === "number") return [optional2, "[", index, "]"];
  return group([optional2, "[", indent([softline, index]), softline, "]"]);
}
var innerKey = (node) => node.kind === "call" ? "callee" : node.kind === "nonNull" ? "expr" : "object";
function printLink(p, node) {
  switch (node.kind) {
    case "call":
      return [
        node.optional === true ? "?." : "",
        printTypeArgs(p, node.typeArgs, "typeArgs"),
        printCallArguments(p, node)
      ];
    case "nonNull":
      return "!";
    default:
      return printMemberLookup(p, node);
  }
}
function printLinks(p, nodes2) {
  const printed = new Array(nodes2.length);
  let entered = 0;
  try {
    for (let index = nodes2.length - 1; index >= 1; index--) {
      const node = nodes2[index];
      printed[index] = printLink(p, node);
      if (index === 1) {
        printed[0] = p.print(nodes2[0], innerKey(node));
      } else {
        p.enter(nodes2[index - 1], innerKey(node));
        entered++;
      }
    }
  } finally {
    for (; entered > 0; entered--) p.leave();
  }
  return printed;
}
var isFunction2 = (expr) => expr.kind === "arrow" || expr.kind === "functionExpr";
function printMemberChain(p, call2) {
  const nodes2 = chainNodes(call2);
  const printed = printLinks(p, nodes2);
  const groups = groupChain(nodes2);
  const isExpressionStatement = p.kind(1) === "expression";
  const shouldMerge = shouldMergeFirstGroups(nodes2, groups, isExpressionStatement);
  const printedGroups = groups.map((indices) => indices.map((index) => printed[index]));
  const oneLine = printedGroups;
  const cutoff = shouldMerge ? 3 : 2;
  if (groups.length <= cutoff) return isLongCurriedCallee(p, call2) ? oneLine : group(oneLine);
  const rest = printedGroups.slice(shouldMerge ? 2 : 1);
  const expanded = [
    printedGroups[0],
    shouldMerge ? printedGroups[1] : "",
    indent([hardline, join(hardline, rest)])
  ];
  const calls = nodes2.filter((node) => node.kind === "call");
  const lastGroupWillBreakAndOtherCallsHaveFunctionArguments = nodes2[nodes2.length - 1].kind === "call" && willBreak(printedGroups[printedGroups.length - 1]) && calls.slice(0, -1).some((node) => node.args.some(isFunction2));
  if (calls.length > 2 && calls.some((node) => node.args.some((arg) => !isSimpleCallArgument(arg))) || printedGroups.slice(0, -1).some(willBreak) || lastGroupWillBreakAndOtherCallsHaveFunctionArguments) {
    return memberChainLabel(group(expanded));
  }
  return memberChainLabel([willBreak(oneLine) ? breakParent : "", conditionalGroup([oneLine, expanded])]);
}
function isLongCurriedCallee(p, call2) {
  const parent = p.parent();
  return p.key === "callee" && parent?.kind === "call" && parent.args.length > 0 && call2.args.length > parent.args.length;
}

// generator/emit/print-call.ts
function printCall(p, node) {
  if (node.kind === "call" && isRequireCall(node)) {
    return [p.print(node.callee, "callee"), "(", join(", ", printArgDocs(p, node)), ")"];
  }
  if (node.kind === "call" && isMemberish(node.callee)) return printMemberChain(p, node);
  const contents = [
    node.kind === "new" ? "new " : "",
    p.print(node.callee, "callee"),
    node.kind === "call" && node.optional === true ? "?." : "",
    printTypeArgs(p, node.typeArgs, "typeArgs"),
    printCallArguments(p, node)
  ];
  return node.callee.kind === "call" ? group(contents) : contents;
}
function isRequireCall(node) {
  if (node.optional === true || node.callee.kind !== "identifier" || node.callee.name !== "require") return false;
  const [first] = node.args;
  return node.args.length === 1 && first.kind === "string" || node.args.length > 1;
}

// generator/emit/print-ternary.ts
var testKeys = (node) => node.kind === "conditional" ? ["test"] : ["check", "extends"];
function printTernary(p, node) {
  const isExpression = node.kind === "conditional";
  const parentKind = p.kind(1);
  const isParentTest = parentKind === node.kind && testKeys(node).includes(p.key);
  const forceNoIndent = parentKind === node.kind && !isParentTest;
  const thenIsTernary = node.then.kind === node.kind;
  const part = [
    line,
    "? ",
    thenIsTernary ? ifBreak("", "(") : "",
    align(2, p.print(node.then, "then")),
    thenIsTernary ? ifBreak("", ")") : "",
    line,
    ": ",
    align(2, p.print(node.else, "else"))
  ];
  const parts = parentKind !== node.kind || p.key === "else" || isParentTest ? part : align(0, part);
  const breakClosingParen = isExpression && parentKind === "member";
  const shouldExtraIndent = isExpression && shouldExtraIndentForConditional(p);
  const doc = [
    printTest(p, node),
    forceNoIndent ? parts : indent(parts),
    breakClosingParen && !shouldExtraIndent ? softline : ""
  ];
  const result = parentKind === node.kind && !isParentTest ? doc : group(doc);
  return isParentTest || shouldExtraIndent ? group([indent([softline, result]), softline]) : result;
}
function printTest(p, node) {
  const printed = node.kind === "conditional" ? p.print(node.test, "test") : [p.print(node.check, "check"), " ", "extends", " ", p.print(node.extends, "extends")];
  return p.kind(1) === node.kind && p.key === "else" ? align(2, printed) : printed;
}
var ASSIGNMENT_LIKE = {
  assign: "value",
  variable: "init",
  return: "value",
  throw: "value",
  unary: "operand",
  typeof: "operand",
  await: "operand"
};
function shouldExtraIndentForConditional(p) {
  let childKey = p.key;
  let depth = 1;
  let moved = false;
  for (; ; ) {
    const kind2 = p.kind(depth);
    const continuesChain = kind2 === "nonNull" && childKey === "expr" || kind2 === "call" && childKey === "callee" || (kind2 === "member" || kind2 === "element") && childKey === "object";
    if (!continuesChain) break;
    childKey = p.keyAt(depth);
    depth++;
    moved = true;
  }
  const kind = p.kind(depth);
  if (kind === "new" && childKey === "callee" || kind === "as" && childKey === "expr") {
    childKey = p.keyAt(depth);
    depth++;
    moved = true;
  }
  if (!moved) return false;
  return ASSIGNMENT_LIKE[p.kind(depth)] === childKey;
}

// generator/emit/print-expr.ts
function printExpression(p, node, args) {
  let doc = printBare(p, node, args);
  if (expressionNeedsParens(p)) doc = inheritLabel(doc, (inner) => ["(", inner, ")"]);
  if (node.kind === "call" && node.pure === true) doc = inheritLabel(doc, (inner) => ["/* @__PURE__ */ ", inner]);
  return doc;
}
function printBare(p, node, args) {
  switch (node.kind) {
    case "identifier":
      return referenceName(node.name);
    case "string":
      return printString(node.value);
    case "number":
      return printNumber(node.value);
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    case "regexp":
      return printRegExp(node.source, node.flags);
    case "array":
      return printArray(p, node);
    case "object":
      return printObject(p, node);
    case "member":
    case "element":
      return printMemberExpression(p, node);
    case "call":
    case "new":
      return printCall(p, node);
    case "binary":
      return printBinaryish(p, leftNestedLogical(node));
    case "conditional":
      return printTernary(p, node);
    case "arrow":
      return printArrow(p, node, args);
    case "functionExpr":
      return printFunctionExpr(p, node, args);
    case "assign":
      return printAssignment(p, p.print(node.target, "target"), [" ", node.operator], {
        node: node.value,
        key: "value"
      });
    default:
      return printOperator(p, node);
  }
}
function printOperator(p, node) {
  switch (node.kind) {
    case "unary":
      return [node.operator, node.operator === "void" ? " " : "", p.print(node.operand, "operand")];
    case "typeof":
      return ["typeof ", p.print(node.operand, "operand")];
    case "update": {
      const operand = p.print(node.operand, "operand");
      return node.prefix === true ? [node.operator, operand] : [operand, node.operator];
    }
    case "await":
      return printAwait(p, node);
    case "as":
      return printBreakableInside(p, [p.print(node.expr, "expr"), " as ", p.print(node.type, "type")]);
    case "nonNull":
      return [p.print(node.expr, "expr"), "!"];
    case "spread":
      return ["...", p.print(node.expr, "expr")];
    default:
      throw new Error(`emit: unknown expression kind ${node.kind}`);
  }
}
var isCalleeOrObject = (p) => p.key === "callee" && (p.kind(1) === "call" || p.kind(1) === "new") || p.key === "object" && (p.kind(1) === "member" || p.kind(1) === "element");
function printBreakableInside(p, parts) {
  return isCalleeOrObject(p) ? group([indent([softline, ...parts]), softline]) : parts;
}
function printAwait(p, node) {
  const parts = ["await", " ", p.print(node.operand, "operand")];
  if (!isCalleeOrObject(p)) return parts;
  const wrapped = [indent([softline, ...parts]), softline];
  const enclosing = p.ancestorWhere(isAwaitOrBlock);
  if (enclosing !== -1 && p.kind(enclosing) === "await") {
    const outer = p.parent(enclosing);
    if (startsWith(outer.operand, (leftmost) => leftmost === node)) return wrapped;
  }
  return group(wrapped);
}
function printMemberExpression(p, node) {
  const objectDoc2 = p.print(node.object, "object");
  const lookupDoc = printMemberLookup(p, node);
  const shouldInline = shouldInlineMember(p, node, objectDoc2);
  const doc = [objectDoc2, shouldInline ? lookupDoc : group(indent([softline, lookupDoc]))];
  return isMemberChain(objectDoc2) ? memberChainLabel(doc) : doc;
}
var isAwaitOrBlock = (kind) => kind === "await" || kind === "statements";
var isNotMemberLink = (kind) => kind !== "member" && kind !== "element" && kind !== "nonNull";
var isNotNonNull = (kind) => kind !== "nonNull";
function shouldInlineMember(p, node, objectDoc2) {
  if (node.kind === "element") return true;
  const firstNonMember = p.ancestorWhere(isNotMemberLink);
  const isWrappedChain = !p.javascript && hasOptionalLink(p.parent(firstNonMember - 1));
  if (firstNonMember !== -1 && p.kind(firstNonMember) === "assign" && !isWrappedChain) {
    if (p.parent(firstNonMember).target.kind !== "identifier") return true;
  }
  if (isNewCallee(p)) return true;
  const wrapperKind = p.kind(p.ancestorWhere(isNotNonNull));
  if (node.object.kind === "identifier" && wrapperKind !== "member" && wrapperKind !== "element") return true;
  if (wrapperKind !== "assign" && wrapperKind !== "variable") return false;
  const object = node.object.kind === "nonNull" ? node.object.expr : node.object;
  return object.kind === "call" && object.args.length > 0 || isMemberChain(objectDoc2);
}
function hasOptionalLink(expr) {
  for (let current = expr; current !== void 0; ) {
    switch (current.kind) {
      case "member":
      case "element":
        if (current.optional === true) return true;
        current = current.object;
        break;
      case "call":
        if (current.optional === true) return true;
        current = current.callee;
        break;
      case "nonNull":
        current = current.expr;
        break;
      default:
        return false;
    }
  }
  return false;
}
function isNewCallee(p) {
  for (let depth = 1; depth < p.depth; depth++) {
    const kind = p.kind(depth);
    const childKey = p.keyAt(depth - 1);
    if ((kind === "member" || kind === "element") && childKey === "object" || kind === "nonNull" && childKey === "expr") {
      continue;
    }
    return kind === "new" && childKey === "callee";
  }
  return false;
}

// generator/emit/print-stmt.ts
function printStatements(p, statements, key) {
  const parts = [];
  let blankBefore = false;
  for (const statement of statements) {
    if (statement.kind === "blank") {
      blankBefore = parts.length > 0;
      continue;
    }
    if (parts.length > 0) parts.push(blankBefore ? [hardline, hardline] : hardline);
    parts.push(p.print(statement, key));
    blankBefore = false;
  }
  return parts;
}
var COMPACT_EMPTY_BLOCK_OWNERS = /* @__PURE__ */ new Set(["arrow", "functionExpr", "function", "method", "getter", "for", "while"]);
function printBlock(p, statements) {
  const body = printStatements(p, statements, "body");
  if (body.length > 0) return ["{", indent([hardline, body]), hardline, "}"];
  const owner = p.kind(1);
  const isCompact = COMPACT_EMPTY_BLOCK_OWNERS.has(owner) || owner === "try" && p.key === "catchBody" && p.parent().finallyBody === void 0;
  return isCompact ? "{}" : ["{", hardline, "}"];
}
var printBody = (p, statements, key) => p.print(statements, key, NO_ARGS, "statements");
function printStatement(p, node) {
  switch (node.kind) {
    case "if":
      return printIf(p, node);
    case "for":
      return printFor(p, node);
    case "forOf":
    case "forIn":
      return group([
        "for",
        node.kind === "forOf" && node.await === true ? " await" : "",
        ` (${node.declare} ${bindingName(node.name)} ${node.kind === "forOf" ? "of" : "in"} `,
        p.print(node.kind === "forOf" ? node.iterable : node.object, node.kind === "forOf" ? "iterable" : "object"),
        ") ",
        printBody(p, node.body, "body")
      ]);
    case "while":
      return group(["while (", printCondition(p, node.test), ") ", printBody(p, node.body, "body")]);
    case "return":
    case "throw":
      return [node.kind, node.value === void 0 ? "" : [" ", printReturnArgument(p, node.value)], ";"];
    case "expression":
      return [p.print(node.expr, "expr"), ";"];
    case "block":
      return printBody(p, node.body, "body");
    case "break":
    case "continue":
      return `${node.kind};`;
    case "try":
      return printTry(p, node);
    case "comment":
      return printDocComment(node.doc);
    default:
      throw new Error(`emit: ${node.kind} is not a statement printStatement handles`);
  }
}
function printCondition(p, test) {
  const printed = p.print(test, "test");
  let inner = test;
  if (inner.kind === "unary" && inner.operator === "!") {
    inner = inner.operand;
    if (inner.kind === "unary" && inner.operator === "!") inner = inner.operand;
    if (inner.kind === "binary" && (inner.operator === "&&" || inner.operator === "||" || inner.operator === "??")) {
      return printed;
    }
  }
  return group([indent([softline, printed]), softline]);
}
var NOT_BARE = /* @__PURE__ */ new Set([
  "blank",
  "comment",
  "variable",
  "function",
  "class",
  "typeAlias",
  "interface",
  "import",
  "exportFrom",
  "exportNames"
]);
function printIf(p, node) {
  const [only] = node.then;
  const bare = node.bare === true && node.else === void 0 && node.then.length === 1 && !NOT_BARE.has(only.kind);
  const consequent = !bare ? [" ", printBody(p, node.then, "then")] : only.kind === "block" ? [" ", p.print(only, "then")] : indent([line, p.print(only, "then")]);
  const opening = group(["if (", printCondition(p, node.test), ")", consequent]);
  if (node.else === void 0) return opening;
  const alternate = Array.isArray(node.else) ? printBody(p, node.else, "else") : p.print(node.else, "else");
  return [opening, " else", group([" ", alternate])];
}
function printFor(p, node) {
  const body = printBody(p, node.body, "body");
  if (node.init === void 0 && node.test === void 0 && node.update === void 0) {
    return group(["for (;;) ", body]);
  }
  return group([
    "for (",
    group([
      indent([
        softline,
        node.init === void 0 ? "" : p.print(node.init, "init"),
        ";",
        line,
        node.test === void 0 ? "" : p.print(node.test, "test"),
        ";",
        node.update === void 0 ? "" : [line, p.print(node.update, "update")]
      ]),
      softline
    ]),
    ") ",
    body
  ]);
}
function printReturnArgument(p, value) {
  const printed = p.print(value, "value");
  if (value.kind !== "binary") return printed;
  return group([ifBreak("("), indent([softline, printed]), softline, ifBreak(")")]);
}
function printTry(p, node) {
  if (node.catchBody === void 0 && node.finallyBody === void 0) {
    throw new Error("emit: a try statement needs a catch or a finally");
  }
  const handler = node.catchBody === void 0 ? "" : [
    " catch ",
    node.catchParam === void 0 ? "" : `(${bindingName(node.catchParam)}) `,
    printBody(p, node.catchBody, "catchBody")
  ];
  const finalizer = node.finallyBody === void 0 ? "" : [" finally ", printBody(p, node.finallyBody, "finallyBody")];
  return ["try ", printBody(p, node.body, "body"), handler, finalizer];
}

// generator/emit/type-parens.ts
var typeNeedsParentheses = (p) => typeNeedsParens(p, p.node);
function typeNeedsParens(p, node) {
  const parentKind = p.kind(1);
  const key = p.key;
  switch (node.kind) {
    case "functionType":
      if (parentKind === "arrow" && key === "returns") return true;
      return compositeTypeNeedsParens(p, node);
    case "conditionalType":
      if (key === "extends" && parentKind === "conditionalType") return true;
      if (key === "constraint" && (parentKind === "typeParam" || parentKind === "inferType")) return true;
      return compositeTypeNeedsParens(p, node);
    case "union":
    case "intersection":
      return parentKind === "union" || parentKind === "intersection" || typeOperandNeedsParens(p);
    case "inferType":
      if (node.constraint !== void 0 && (parentKind === "union" || parentKind === "intersection")) return true;
      return typeOperandNeedsParens(p);
    case "keyof":
      return typeOperandNeedsParens(p);
    case "arrayType":
      return node.readonly === true && typeOperandNeedsParens(p);
    case "tupleType":
      return node.readonly === true && typeOperandNeedsParens(p);
    case "typeQuery":
      return key === "object" && parentKind === "indexedAccess" || key === "element" && parentKind === "arrayType";
    default:
      return false;
  }
}
function compositeTypeNeedsParens(p, node) {
  const parentKind = p.kind(1);
  if (p.key === "check" && parentKind === "conditionalType") return true;
  if (node.kind === "functionType" && p.key === "extends" && parentKind === "conditionalType") {
    const returns = node.returns;
    const inner = returns.kind === "typePredicate" ? returns.type : returns;
    if (inner.kind === "inferType" && inner.constraint !== void 0) return true;
  }
  if (parentKind === "union" || parentKind === "intersection") return true;
  return typeOperandNeedsParens(p);
}
function typeOperandNeedsParens(p) {
  const parentKind = p.kind(1);
  return parentKind === "arrayType" && p.key === "element" || parentKind === "tupleElement" && isOptionalOrRestElement(p) || parentKind === "indexedAccess" && p.key === "object" || parentKind === "keyof";
}
function isOptionalOrRestElement(p) {
  const element2 = p.parent();
  return element2.name === void 0 && (element2.optional === true || element2.rest === true);
}

// generator/emit/print-types.ts
function printType(p, node, args) {
  const doc = printBareType(p, node, args);
  return typeNeedsParentheses(p) ? ["(", doc, ")"] : doc;
}
function printBareType(p, node, args) {
  switch (node.kind) {
    case "keywordType":
      return node.name;
    case "literalType":
      return printLiteralType(node.value);
    case "typeReference":
      return [dottedName(node.name), printTypeArgs(p, node.args, "args")];
    case "union":
      return printUnion(p, node, args);
    case "intersection":
      return printIntersection(p, node);
    case "arrayType":
      return [node.readonly === true ? "readonly " : "", p.print(node.element, "element"), "[]"];
    case "tupleType":
      return [node.readonly === true ? "readonly " : "", printTuple(p, node)];
    case "objectType":
      return printObjectType(p, node);
    case "functionType":
      return printFunctionType(p, node);
    case "indexedAccess":
      return [p.print(node.object, "object"), "[", p.print(node.index, "index"), "]"];
    case "typeQuery":
      return ["typeof ", dottedName(node.name)];
    case "typePredicate":
      return [node.asserts === true ? "asserts " : "", referenceName(node.param), " is ", p.print(node.type, "type")];
    case "keyof":
      return ["keyof ", p.print(node.type, "type")];
    case "mappedType":
      return printMappedType(p, node);
    case "conditionalType":
      return printTernary(p, node);
    case "inferType":
      return ["infer ", printTypeParamParts(p, node.name, node.constraint, void 0)];
    case "templateLiteralType":
      return printTemplateLiteralType(p, node);
  }
}
function printLiteralType(value) {
  if (typeof value === "string") return printString(value);
  if (typeof value === "boolean") return String(value);
  return value < 0 || Object.is(value, -0) ? ["-", printNumber(-value)] : printNumber(value);
}
function printTypeParamParts(p, name, constraint, fallback) {
  const parts = [typeBindingName(name)];
  if (constraint !== void 0) {
    const id2 = /* @__PURE__ */ Symbol("constraint");
    parts.push(" extends", group(indent(line), { id: id2 }), indentIfBreak(p.print(constraint, "constraint"), id2));
  }
  if (fallback !== void 0) {
    const id2 = /* @__PURE__ */ Symbol("default");
    parts.push(" =", group(indent(line), { id: id2 }), indentIfBreak(p.print(fallback, "default"), id2));
  }
  return group(parts);
}
var printTypeParam = (p, param2) => printTypeParamParts(p, param2.name, param2.constraint, param2.default);
function printUnion(p, node, args) {
  const printedTypes = node.types.map((type) => p.print(type, "types"));
  if (shouldHugUnionType(node)) return join(" | ", printedTypes);
  const printed = group(printedTypes.map((doc, index) => [index === 0 ? ifBreak("| ") : [line, "| "], align(2, doc)]));
  if (typeNeedsParentheses(p)) return group([indent([softline, printed]), softline]);
  if (isMultipleTupleTypeElement(p))
    return group([indent([ifBreak(["(", softline]), printed]), softline, ifBreak(")")]);
  if (args.assignmentLayout === "break-after-operator" || !shouldIndentUnion(p)) return printed;
  return group(indent([softline, printed]));
}
var isMultipleTupleTypeElement = (p) => p.kind(1) === "tupleType" && p.key === "elements" && p.parent().elements.length > 1;
function shouldIndentUnion(p) {
  const parentKind = p.kind(1);
  if (parentKind === "tupleType" && p.key === "elements") return false;
  if (parentKind === "conditionalType" && (p.key === "then" || p.key === "else")) return false;
  return !(p.key === "args" || p.key === "typeArgs");
}
function printIntersection(p, node) {
  let wasIndented = false;
  return group(
    node.types.map((type, index) => {
      const doc = p.print(type, "types");
      if (index === 0) return doc;
      const isObject2 = isObjectType(type);
      const previousIsObject = isObjectType(node.types[index - 1]);
      if (previousIsObject && isObject2) return [" & ", wasIndented ? indent(doc) : doc];
      if (!previousIsObject && !isObject2) return indent([" &", line, doc]);
      if (index > 1) wasIndented = true;
      return [" & ", index > 1 ? indent(doc) : doc];
    })
  );
}
function printTuple(p, node) {
  if (node.elements.length === 0) return "[]";
  const parts = [];
  node.elements.forEach((element2, index) => {
    parts.push(group(printTupleElement(p, element2)));
    if (index < node.elements.length - 1) parts.push([",", line, ""]);
  });
  return group(["[", indent([softline, parts, ifBreak(",")]), softline, "]"]);
}
function printTupleElement(p, element2) {
  if (element2.name === void 0 && element2.optional !== true && element2.rest !== true) {
    return p.print(element2.type, "elements");
  }
  return p.within(element2, "elements", () => printWrappedTupleElement(p, element2), "tupleElement");
}
function printWrappedTupleElement(p, element2) {
  const type = p.print(element2.type, "type");
  const rest = element2.rest === true ? "..." : "";
  if (element2.name === void 0) return element2.optional === true ? [type, "?"] : [rest, type];
  return [rest, typeBindingName(element2.name), element2.optional === true ? "?" : "", ": ", type];
}
function printFunctionType(p, node) {
  const paramsDoc = printParams(
    node.params,
    printParamDocs(p, node.params),
    printTypeParams(p, node.typeParams),
    false
  );
  const returnsDoc = [" ", ["=>", " ", p.print(node.returns, "returns")]];
  const grouped = shouldGroupParameters(node.params, node.typeParams, node.returns, returnsDoc);
  return group([grouped ? group(paramsDoc) : paramsDoc, returnsDoc]);
}
function printMappedType(p, node) {
  const optional2 = node.optional === "-" ? "-?" : node.optional === true ? "?" : "";
  const content = [
    "{",
    indent([
      markedLine(node),
      node.readonly === true ? "readonly " : "",
      group([
        "[",
        indent([softline, typeBindingName(node.param), " in ", p.print(node.constraint, "constraint")]),
        softline,
        "]"
      ]),
      optional2,
      ": ",
      p.print(node.type, "type"),
      ifBreak(";")
    ]),
    line,
    "}"
  ];
  return group(content, { shouldBreak: p.expanded.has(node) });
}
function printTemplateLiteralType(p, node) {
  if (node.texts.length !== node.types.length + 1) {
    throw new Error("emit: a template literal type needs one more text than types");
  }
  const parts = ["`"];
  node.texts.forEach((text2, index) => {
    parts.push(printTemplateText(text2));
    const type = node.types[index];
    if (type === void 0) return;
    const doc = p.print(type, "types");
    const flat = layout(doc, Number.POSITIVE_INFINITY);
    parts.push(group(["${", flat.includes("\n") ? doc : flat, "}"]));
  });
  parts.push("`");
  return parts;
}

// generator/emit/print-node.ts
var CATEGORIES = new Map([
  ...EXPRESSION_KINDS.map((kind) => [kind, "expression"]),
  ...TYPE_KINDS.map((kind) => [kind, "type"]),
  ...["import", "exportFrom", "exportNames", "function", "variable", "typeAlias", "interface", "class"].map(
    (kind) => [kind, "declaration"]
  ),
  ...["property", "shorthand", "spreadAssignment", "method", "getter"].map((kind) => [kind, "member"]),
  ["param", "param"],
  ["typeParam", "typeParam"],
  ["statements", "statements"]
]);
function printNode(p, args) {
  const node = p.node;
  switch (CATEGORIES.get(p.kind()) ?? "statement") {
    case "expression":
      return printExpression(p, node, args);
    case "type":
      return printType(p, node, args);
    case "declaration":
      return printDeclaration(p, node);
    case "member":
      return printObjectMember(p, node);
    case "param":
      return printParam(p, node);
    case "typeParam":
      return printTypeParam(p, node);
    case "statements":
      return printBlock(p, node);
    case "statement":
      return printStatement(p, node);
  }
}
function printParam(p, param2) {
  if (param2.rest === true && (param2.optional === true || param2.default !== void 0)) {
    throw new Error(`emit: rest parameter ${param2.name} cannot be optional or have a default`);
  }
  if (param2.optional === true && param2.default !== void 0) {
    throw new Error(`emit: parameter ${param2.name} cannot be both optional and defaulted`);
  }
  const left = [
    param2.rest === true ? "..." : "",
    bindingName(param2.name),
    param2.optional === true ? "?" : "",
    param2.type === void 0 ? "" : [": ", p.print(param2.type, "type")]
  ];
  return param2.default === void 0 ? left : [left, " = ", p.print(param2.default, "default")];
}

// generator/emit/width.ts
var PRINT_WIDTH = 120;

// generator/emit/print.ts
var VIEWS = {
  ts: (statement) => [statement],
  js: eraseStatement,
  dts: declarationsOf
};
function printModule(module, mode) {
  const view = VIEWS[mode];
  const printer = new Printer(mode === "js", printNode);
  const layout2 = new Layout(PRINT_WIDTH);
  const parts = [];
  let blankBefore = false;
  printer.within(
    module,
    "root",
    () => {
      for (const original of module.body) {
        for (const statement of view(original)) {
          if (statement.kind === "blank") {
            blankBefore = parts.length > 0;
            continue;
          }
          if (parts.length > 0) parts.push(blankBefore ? "\n\n" : "\n");
          parts.push(layoutStatement(printer, layout2, statement));
          blankBefore = false;
        }
      }
    },
    "module"
  );
  return parts.length === 0 ? "" : parts.join("") + "\n";
}
function layoutStatement(printer, layout2, statement) {
  for (; ; ) {
    const newlyExpanded = [];
    const text2 = layout2.run(printer.print(statement, "body"), (node) => {
      if (!printer.expanded.has(node)) newlyExpanded.push(node);
    });
    if (newlyExpanded.length === 0) return text2;
    printer.expand(newlyExpanded);
  }
}

// generator/render/header.ts
function header(model, ...what) {
  return {
    kind: "comment",
    doc: [...what, "", `Generated from ${model.sourceName} by cloudflare-billing-codegen; do not edit.`]
  };
}

// generator/schema/always-valid.ts
var VERDICTS = /* @__PURE__ */ new WeakMap();
function alwaysValid(schema) {
  if (schema.kind === "ref") return false;
  let verdict = VERDICTS.get(schema);
  if (verdict === void 0) {
    verdict = schema.keywords.type === void 0 && Object.entries(schema.keywords).every(([name, value]) => {
      const definition2 = definitionOf(name);
      return definition2.check === void 0 || definition2.trivial?.(value, schema, { alwaysValid }) === true;
    });
    VERDICTS.set(schema, verdict);
  }
  return verdict;
}

// generator/schema/check-path.ts
var PathExpr = class _PathExpr {
  constructor(parts) {
    this.parts = parts;
  }
  parts;
  static root = new _PathExpr([id("path")]);
  /** The path of a child, or this path when `at` is undefined. */
  below(at2) {
    if (at2 === void 0) return this;
    if (typeof at2 === "string") return this.#with(`/${escapeToken(at2)}`);
    return new _PathExpr([...this.#with("/").parts, at2.dynamic]);
  }
  get isRoot() {
    return this.parts.length === 1 && typeof this.parts[0] !== "string";
  }
  #with(text2) {
    const last = this.parts.at(-1);
    if (typeof last === "string") return new _PathExpr([...this.parts.slice(0, -1), last + text2]);
    return new _PathExpr([...this.parts, text2]);
  }
  toExpr() {
    return chain(
      "+",
      this.parts.map((part) => typeof part === "string" ? str(part) : part)
    );
  }
};

// generator/schema/namer.ts
var RESERVED_WORDS2 = [
  "arguments",
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "eval",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "implements",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "new",
  "null",
  "package",
  "private",
  "protected",
  "public",
  "return",
  "static",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "undefined",
  "NaN",
  "Infinity",
  "globalThis",
  "async",
  "of",
  "get",
  "set",
  "as",
  "any",
  "unknown",
  "never",
  "object",
  "string",
  "number",
  "boolean",
  "symbol",
  "bigint",
  "type",
  "declare",
  "readonly",
  "keyof",
  "infer"
];
var GLOBALS = [
  "Object",
  "Array",
  "Number",
  "String",
  "Set",
  "Map",
  "RegExp",
  "JSON",
  "Math",
  "Symbol",
  "Boolean",
  "Record",
  "IssueSink"
];
var RESERVED2 = /* @__PURE__ */ new Set([...RESERVED_WORDS2, ...GLOBALS]);
var MAX_HINT = 24;
var Namer = class {
  #taken = /* @__PURE__ */ new Set();
  #parent;
  constructor(reserved = [], parent) {
    this.#parent = parent;
    for (const name of reserved) this.#taken.add(name);
  }
  has(name) {
    return RESERVED2.has(name) || this.#taken.has(name) || (this.#parent?.has(name) ?? false);
  }
  /** Claims exactly `name` (a name the caller chose); throws when it cannot be had. */
  reserve(name) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || this.has(name))
      throw new Error(`codegen: the name ${JSON.stringify(name)} is not available`);
    this.#taken.add(name);
    return name;
  }
  /** A new name from `hint`: `prop`, `prop2`...; a hint with nothing usable in it gives `stem`. */
  fresh(hint, stem = "v") {
    const base = sanitise(hint) ?? stem;
    let name = RESERVED2.has(base) ? `${base}_` : base;
    for (let count2 = 2; this.has(name); count2++) name = `${base}${count2}`;
    this.#taken.add(name);
    return name;
  }
};
function sanitise(hint) {
  const cleaned = hint.replace(/[^A-Za-z0-9_$]+/g, "_").replace(/^_+|_+$/g, "").slice(0, MAX_HINT);
  if (cleaned === "") return void 0;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

// generator/schema/check-context.ts
var FunctionScope = class {
  constructor(module, owner, direction) {
    this.module = module;
    this.owner = owner;
    this.direction = direction;
    this.namer = new Namer(["value", "sink", "path"], module.namer);
  }
  module;
  owner;
  direction;
  namer;
  #blocks = [[]];
  /** Identifiers typed `unknown` that no check has narrowed for good: a subschema may test them as they are. */
  unknowns = /* @__PURE__ */ new Set(["value"]);
  emit(statements) {
    this.#blocks.at(-1).push(...statements);
  }
  collect(write) {
    this.#blocks.push([]);
    write();
    return this.#blocks.pop();
  }
  get body() {
    return this.#blocks[0];
  }
};
var NodeContext = class _NodeContext {
  constructor(fn2, data, path8, schema, emitNode2) {
    this.fn = fn2;
    this.data = data;
    this.path = path8;
    this.schema = schema;
    this.emitNode = emitNode2;
  }
  fn;
  data;
  path;
  schema;
  emitNode;
  get direction() {
    return this.fn.direction;
  }
  /** The same place, with the value in another variable (an alias narrowed to an object). */
  withData(data) {
    return new _NodeContext(this.fn, data, this.path, this.schema, this.emitNode);
  }
  emit(...statements) {
    this.fn.emit(statements);
  }
  collect(write) {
    return this.fn.collect(write);
  }
  fail(broken2, failure, at2) {
    this.emit(ifThen(and(broken2, this.#reject(failure, at2)), [ret(bool(false))]));
  }
  failNow(failure, at2) {
    this.emit(ifThen(this.#reject(failure, at2), [ret(bool(false))]));
  }
  failElse(broken2, failure, otherwise) {
    const rest = this.collect(otherwise);
    if (rest.length === 0) return this.fail(broken2, failure);
    const failed = this.collect(() => this.failNow(failure));
    this.emit({ kind: "if", test: broken2, then: failed, else: rest });
  }
  helper(name) {
    return this.fn.module.helper(name);
  }
  constant(hint, key, init, type) {
    return this.fn.module.constant(hint, key, init, type);
  }
  local(hint, init, type) {
    const name = this.fn.namer.fresh(hint);
    this.emit(constDecl(name, init, type === void 0 ? {} : { type }));
    if (type?.kind === "keywordType" && type.name === "unknown") this.fn.unknowns.add(name);
    return id(name);
  }
  fresh(hint) {
    return this.fn.namer.fresh(hint);
  }
  sub(schema, data, at2) {
    const path8 = this.path.below(at2);
    if (schema.kind === "ref") {
      const check = id(this.fn.module.functionOf(schema.target));
      this.emit(ifThen(not(call(check, [data, id("sink"), pathArgument(path8)])), [ret(bool(false))]));
      return;
    }
    if (alwaysValid(schema)) return;
    const value = data.kind === "identifier" && this.fn.unknowns.has(data.name) ? data : this.local("value", data, kw("unknown"));
    this.emitNode(schema, new _NodeContext(this.fn, value, path8, schema, this.emitNode));
  }
  matches(schema, data, keyword) {
    if (schema.kind === "ref") return call(id(this.fn.module.functionOf(schema.target)), [data]);
    if (alwaysValid(schema)) return bool(true);
    return call(id(this.fn.module.branch(schema, this.fn.owner, keyword, this.fn.direction)), [data]);
  }
  alwaysValid(schema) {
    return alwaysValid(schema);
  }
  /** `fail(sink, path, 'maximum', 50)` when the runtime knows the message, else `reject(..., message)`. */
  #reject(failure, at2) {
    const path8 = this.path.below(at2).toExpr();
    const { keyword, param: param2 } = failure;
    if (FAIL_KEYWORDS.has(keyword) && (param2 !== void 0 || PARAMLESS_KEYWORDS.has(keyword)))
      return call(this.helper("fail"), [id("sink"), path8, str(keyword), ...param2 === void 0 ? [] : [param2]]);
    const message = typeof failure.message === "string" ? str(failure.message) : failure.message;
    return call(this.helper("reject"), [id("sink"), path8, str(keyword), message]);
  }
};
function pathArgument(path8) {
  return path8.isRoot ? path8.toExpr() : and(id("sink"), path8.toExpr());
}

// generator/schema/check-node.ts
var KINDS = ["string", "number", "object", "array"];
function emitNode(node, cx) {
  if (isFalseSchema(node)) return cx.failNow({ keyword: "false schema", message: MESSAGES.falseSchema() });
  const plan = planOf(node, cx);
  for (const name of plan.first) checkKeyword(name, node, cx);
  emitTyped(node, plan.byKind, cx);
  for (const name of plan.last) checkKeyword(name, node, cx);
}
function planOf(node, cx) {
  const plan = { first: [], byKind: /* @__PURE__ */ new Map(), last: [] };
  for (const name of KEYWORD_NAMES) {
    const value = node.keywords[name];
    const definition2 = definitionOf(name);
    if (value === void 0 || definition2.check === void 0) continue;
    if (definition2.trivial?.(value, node, cx) === true) continue;
    const applies2 = typeof definition2.applies === "function" ? definition2.applies(value) : definition2.applies;
    if (applies2 !== "any") plan.byKind.set(applies2, [...plan.byKind.get(applies2) ?? [], name]);
    else if (name === "enum" || name === "const") plan.first.push(name);
    else plan.last.push(name);
  }
  return plan;
}
function checkKeyword(name, node, cx) {
  definitionOf(name).check?.(node.keywords[name], cx);
}
function emitTyped(node, byKind, cx) {
  const types = node.keywords.type;
  const present = KINDS.filter((kind) => byKind.has(kind));
  if (types === void 0) return emitGuarded(present, byKind, node, cx, true);
  const binary2 = binaryAllowed(types, cx.direction, node.annotations.format);
  const kinds = new Set(types.map((type) => type === "integer" ? "number" : type));
  const groups = present.filter((kind) => kinds.has(kind));
  const foreign = present.filter((kind) => !kinds.has(kind));
  const broken2 = typeBroken(types, cx, binary2);
  const failure = { keyword: "type", message: MESSAGES.type(types), param: str(types.join(",")) };
  const onBroken = () => {
    cx.failNow(failure);
    emitGuarded(foreign, byKind, node, cx, true);
  };
  if (types.includes("integer") && !types.includes("number") && groups.includes("number")) {
    cx.emit({ kind: "if", test: broken2, then: cx.collect(onBroken) });
    return emitGuarded(groups, byKind, node, cx, true);
  }
  const otherwise = cx.collect(() => {
    const [only] = groups;
    if (kinds.size === 1 && !binary2 && only !== void 0) emitGroup(only, byKind, node, cx);
    else emitGuarded(groups, byKind, node, cx, false);
  });
  if (foreign.length === 0 && otherwise.length === 0) return cx.fail(broken2, failure);
  if (foreign.length === 0) return cx.failElse(broken2, failure, () => cx.emit(...otherwise));
  cx.emit({
    kind: "if",
    test: broken2,
    then: cx.collect(onBroken),
    ...otherwise.length > 0 ? { else: otherwise } : {}
  });
}
function typeBroken(types, cx, binary2) {
  const effective = types.includes("number") ? types.filter((type) => type !== "integer") : types;
  const [only] = effective;
  const broken2 = effective.length === 1 && only !== void 0 ? notType(only, cx.data) : not(
    chain(
      "||",
      effective.map((type) => isType(type, cx.data))
    )
  );
  return binary2 ? chain("&&", [broken2, not(callIsBinary(cx))]) : broken2;
}
function callIsBinary(cx) {
  return { kind: "call", callee: cx.helper("isBinary"), args: [cx.data] };
}
function emitGuarded(groups, byKind, node, cx, untyped) {
  for (const kind of groups) {
    const guard = kind === "number" && !untyped ? narrowToNumber(cx.data) : isType(kind, cx.data);
    cx.emit({ kind: "if", test: guard, then: cx.collect(() => emitGroup(kind, byKind, node, cx)) });
  }
}
function narrowToNumber(data) {
  return {
    kind: "binary",
    operator: "===",
    left: { kind: "typeof", operand: data },
    right: { kind: "string", value: "number" }
  };
}
function emitGroup(kind, byKind, node, cx) {
  const data = kind === "object" ? cx.local("obj", as(cx.data, typeRef("Record", [kw("string"), kw("unknown")]))) : cx.data;
  const inner = cx.withData(data);
  for (const name of byKind.get(kind) ?? []) checkKeyword(name, node, inner);
}

// generator/schema/check-scope.ts
var CheckModuleScope = class {
  constructor(functionName, taken) {
    this.functionName = functionName;
    this.namer = new Namer([...HELPER_NAMES, ...taken]);
  }
  functionName;
  namer;
  helpers = /* @__PURE__ */ new Set();
  constants = [];
  #constantNames = /* @__PURE__ */ new Map();
  #branchNames = /* @__PURE__ */ new Map();
  #branchCounts = /* @__PURE__ */ new Map();
  /** Branch functions named but not yet written, in the order they were asked for. */
  pending = [];
  /** Named schema ids whose check functions the code calls. */
  called = /* @__PURE__ */ new Set();
  helper(name) {
    this.helpers.add(name);
    return id(HELPERS[name]);
  }
  functionOf(target) {
    this.called.add(target);
    return this.functionName(target);
  }
  /** A module-level constant, evaluated once at load; one per `key`. */
  constant(hint, key, init, type) {
    const existing = this.#constantNames.get(key);
    if (existing !== void 0) return existing;
    const name = id(this.namer.fresh(hint));
    this.constants.push(constDecl(name.name, init(), type === void 0 ? {} : { type }));
    this.#constantNames.set(key, name);
    return name;
  }
  /** The function for an inline member asked yes or no, written after its owner's function. */
  branch(schema, owner, keyword, direction) {
    const existing = this.#branchNames.get(schema);
    if (existing !== void 0) return existing;
    const count2 = (this.#branchCounts.get(owner) ?? 0) + 1;
    this.#branchCounts.set(owner, count2);
    const name = this.namer.fresh(`${owner}_${keyword}${count2}`);
    this.#branchNames.set(schema, name);
    this.pending.push({ name, schema, owner, direction });
    return name;
  }
};

// generator/schema/walk.ts
function subschemasOf(node) {
  const found = [];
  for (const [name, value] of Object.entries(node.keywords)) {
    const definition2 = definitionOf(name);
    if (value !== void 0 && definition2.subschemas !== void 0)
      found.push(...definition2.subschemas(value));
  }
  return found;
}
function referencedIds(schema, into = /* @__PURE__ */ new Set(), seen = /* @__PURE__ */ new Set()) {
  if (seen.has(schema)) return into;
  seen.add(schema);
  if (schema.kind === "ref") into.add(schema.target);
  else for (const child of subschemasOf(schema)) referencedIds(child, into, seen);
  return into;
}

// generator/schema/check.ts
var CheckModule = class {
  #options;
  #added = [];
  #built;
  constructor(options) {
    this.#options = options;
  }
  /** A check named `name` for `schema`: exported for the package's other modules unless told otherwise, `json` by default. */
  add(name, schema, options = {}) {
    if (this.#built !== void 0) throw new Error("CheckModule: add() after statements()");
    this.#added.push({ name, schema, exported: options.exported ?? true, direction: options.direction ?? "json" });
  }
  /** The import, the constants, then each check followed by its branch functions. */
  statements() {
    return this.#build().statements;
  }
  /** Named schema ids whose check functions (declared elsewhere) the caller must import. */
  get referencedSchemas() {
    return this.#build().referenced;
  }
  #build() {
    if (this.#built !== void 0) return this.#built;
    const own2 = new Set(this.#added.map((entry) => entry.name));
    const scope = new CheckModuleScope((target) => this.#options.functionOf(target), [...own2, ...this.#calledNames()]);
    const functions = [];
    for (const { name, schema, exported, direction } of this.#added) {
      functions.push(writeFunction(name, schema, { owner: name, scope, exported, direction }));
      for (let next = scope.pending.shift(); next !== void 0; next = scope.pending.shift())
        functions.push(
          writeFunction(next.name, next.schema, {
            owner: next.owner,
            scope,
            exported: false,
            direction: next.direction
          })
        );
    }
    const referenced = new Set([...scope.called].filter((target) => !own2.has(this.#options.functionOf(target))));
    this.#built = { statements: [...preamble(scope, this.#options.helpersFrom), ...functions], referenced };
    return this.#built;
  }
  /** Names of the named checks the added schemas may call: claimed before any local or constant is named. */
  #calledNames() {
    const ids = /* @__PURE__ */ new Set();
    for (const { schema } of this.#added) referencedIds(schema, ids);
    return [...ids].map((target) => this.#options.functionOf(target));
  }
};
function preamble(scope, from) {
  const helpers = [...scope.helpers].map((name) => HELPERS[name]).sort();
  return [importFrom(from, [...helpers, { name: ISSUE_SINK, typeOnly: true }]), ...scope.constants];
}
function writeFunction(name, schema, { owner, scope, exported, direction }) {
  const fn2 = new FunctionScope(scope, owner, direction);
  if (schema.kind === "ref")
    fn2.emit([ret(call(id(scope.functionOf(schema.target)), [id("value"), id("sink"), id("path")]))]);
  else {
    emitNode(schema, new NodeContext(fn2, id("value"), PathExpr.root, schema, emitNode));
    fn2.emit([ret(bool(true))]);
  }
  const used = identifiersIn(fn2.body);
  return {
    kind: "function",
    name,
    params: checkParams(used),
    returns: kw("boolean"),
    body: fn2.body,
    // Exported for the package's other modules (validators, other units), not part of its API.
    ...exported ? { exported, internal: true } : {}
  };
}
function checkParams(used) {
  const named = (name) => used.has(name) ? name : `_${name}`;
  return [
    param(named("value"), kw("unknown")),
    param(named("sink"), typeRef(ISSUE_SINK), { optional: true }),
    param(named("path"), kw("string"), { default: str("") })
  ];
}
function identifiersIn(nodes2, into = /* @__PURE__ */ new Set()) {
  if (Array.isArray(nodes2)) for (const node of nodes2) identifiersIn(node, into);
  else if (typeof nodes2 === "object" && nodes2 !== null) {
    const node = nodes2;
    if (node.kind === "identifier") into.add(node.name);
    else for (const value of Object.values(nodes2)) if (typeof value === "object") identifiersIn(value, into);
  }
  return into;
}

// generator/render/descriptor.ts
function checkName(typeName) {
  return `check${typeName}`;
}
var ENCODERS = {
  json: "jsonBody",
  multipart: "multipartBody",
  form: "formBody",
  binary: "binaryBody",
  text: "textBody"
};
function takesNothing(operation) {
  return operation.params.length === 0 && operation.body === void 0;
}
function descriptor(operation) {
  const byLocation = (location) => operation.params.filter((param2) => param2.in === location);
  const members = [
    prop("method", str(operation.method.toUpperCase())),
    prop("path", arr(pathParts(operation).map(str)))
  ];
  if (takesNothing(operation)) members.push(prop("noParams", bool(true)));
  for (const location of ["query", "header", "cookie"]) {
    const params = byLocation(location);
    if (params.length > 0) members.push(prop(location, arr(params.map(paramSpec))));
  }
  if (operation.body !== void 0) members.push(prop("body", bodySpec(operation)));
  members.push(prop("security", arr(operation.security.map((names2) => arr(names2.map(str))))));
  const [first] = operation.inputs;
  if (first !== void 0 && !takesNothing(operation)) members.push(prop("check", id(checkName(first.typeName))));
  members.push(prop("response", str(responseKind2(operation))));
  if (operation.deprecated) members.push(prop("deprecated", bool(true)));
  if (operation.pagination !== void 0) members.push(prop("pagination", paginationSpec(operation.pagination)));
  return obj(members, true);
}
function pathParts(operation) {
  const keys = new Map(operation.params.filter((param2) => param2.in === "path").map((param2) => [param2.name, param2.key]));
  const parts = [];
  let rest = operation.path.startsWith("/") ? operation.path : `/${operation.path}`;
  for (let match = /\{([^{}]+)\}/.exec(rest); match !== null; match = /\{([^{}]+)\}/.exec(rest)) {
    parts.push(rest.slice(0, match.index), keys.get(match[1]) ?? match[1]);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return parts;
}
function paramSpec(param2) {
  const defaultStyle = param2.in === "query" || param2.in === "cookie" ? "form" : "simple";
  const defaultExplode = param2.style === "form";
  const members = [];
  if (param2.key !== param2.name) members.push(prop("key", str(param2.key)));
  if (param2.style !== defaultStyle) members.push(prop("style", str(param2.style)));
  if (param2.explode !== defaultExplode) members.push(prop("explode", bool(param2.explode)));
  if (param2.json) members.push(prop("json", bool(true)));
  return members.length === 0 ? str(param2.name) : obj([prop("name", str(param2.name)), ...members]);
}
function bodySpec(operation) {
  const body = operation.body;
  const media = body.media.map((entry, index) => mediaSpec(entry, index === 0 ? void 0 : operation.inputs[index]));
  const members = [prop("media", arr(media))];
  if (body.required) members.push(prop("required", bool(true)));
  return obj(members);
}
function mediaSpec(media, input) {
  const members = [prop("type", str(media.mediaType)), prop("encode", id(ENCODERS[media.kind]))];
  if (!media.flat) members.push(prop("key", str(media.bodyKey)));
  if (media.partTypes.length > 0)
    members.push(prop("parts", obj(media.partTypes.map((part) => prop(part.property, str(part.contentType))))));
  if (input !== void 0) members.push(prop("check", id(checkName(input.typeName))));
  return obj(members);
}
function responseKind2(operation) {
  const { success } = operation;
  if (success.kind !== "json") return success.kind;
  return success.unwrap === "none" ? "json" : success.unwrap;
}
function paginationSpec(pagination) {
  const path8 = (keys) => arr(keys.map(str));
  if (pagination.style === "cursor")
    return obj([
      prop("style", str("cursor")),
      prop("cursor", str(pagination.cursorParam)),
      prop("items", path8(pagination.items)),
      prop("next", path8(pagination.next))
    ]);
  const members = [prop("style", str("page")), prop("page", str(pagination.pageParam))];
  if (pagination.perPageParam !== void 0) members.push(prop("perPage", str(pagination.perPageParam)));
  members.push(prop("items", path8(pagination.items)));
  if (pagination.hasMore !== void 0) members.push(prop("hasMore", path8(pagination.hasMore)));
  if (pagination.totalCount !== void 0) members.push(prop("totalCount", path8(pagination.totalCount)));
  if (pagination.totalPages !== void 0) members.push(prop("totalPages", path8(pagination.totalPages)));
  return obj(members);
}

// generator/render/named-types.ts
function namedTypeDeclaration(named, ctx) {
  const type = ctx.namedType(named);
  const doc = schemaDoc(named, ctx);
  if (type.kind === "objectType")
    return { kind: "interface", name: named.typeName, members: type.members, exported: true, doc };
  return { kind: "typeAlias", name: named.typeName, type, exported: true, doc };
}
function schemaDoc(named, ctx) {
  const own2 = named.schema.kind === "schema" ? named.schema.annotations : {};
  const lines = [`The \`${named.id}\` schema.`];
  const text2 = own2.description ?? own2.title;
  if (text2 !== void 0 && text2.trim() !== "") lines.push("", ...text2.trim().split(/\r?\n/));
  if (own2.deprecated === true) lines.push("", "@deprecated The spec marks this schema deprecated.");
  const rules = named.schema.kind === "schema" ? ctx.describe(named.schema) : [];
  if (rules.length > 0) lines.push("", `${rules.join("; ")}.`);
  return lines;
}

// generator/schema/type.ts
function discriminatorTargets(named) {
  const targets = /* @__PURE__ */ new Map();
  for (const [, schema] of named) {
    const discriminator = schema.kind === "schema" ? schema.keywords.discriminator : void 0;
    for (const { value, target } of discriminator?.mapping ?? []) {
      const entry = targets.get(target) ?? { propertyName: discriminator.propertyName, values: [] };
      entry.values.push(value);
      targets.set(target, entry);
    }
  }
  return targets;
}
function namedTypeOf(id2, schema, options, targets) {
  const type = typeOf2(schema, options);
  const mapped = targets?.get(id2);
  if (mapped === void 0) return type;
  const literal2 = objectType([propSig(mapped.propertyName, union(mapped.values.map((value) => litType(value))))]);
  return intersection([type, literal2]);
}
var BINARY_BODY_TYPE = union([
  typeRef("Blob"),
  typeRef("ArrayBuffer"),
  typeRef("ArrayBufferView"),
  typeRef("ReadableStream", [typeRef("Uint8Array")])
]);
function typeOf2(schema, options) {
  const cx = {
    direction: options.direction,
    of: (member2) => typeOf2(member2, options),
    requiring: (member2, names2) => requiring(member2, names2, options),
    doc: (member2) => docOf(member2)
  };
  if (schema.kind === "ref") return typeRef(options.typeName(schema.target));
  if (isFalseSchema(schema)) return kw("never");
  const effects = effectsOf(schema, cx);
  const literals = effects.get("literals");
  const composed = compositions(effects);
  const types = schema.keywords.type;
  if (literals !== void 0 || types === void 0) {
    const core = literals !== void 0 ? union(literals.flatMap((effect) => effect.kind === "literals" ? effect.values.map(literalType) : [])) : hasObjectShape(effects) ? objectShape2(effects) : void 0;
    const parts = core === void 0 ? composed : [core, ...composed];
    return parts.length === 0 ? kw("unknown") : intersection(parts);
  }
  const binary2 = binaryAllowed(types, cx.direction, schema.annotations.format);
  const distinct = types.filter((type) => type !== "integer" || !types.includes("number"));
  return union(
    distinct.map((type) => {
      if (type === "null") return kw("null");
      const bare = type === "object" && !hasObjectShape(effects) && composed.length > 0;
      const parts = bare ? composed : [baseType(type, effects, binary2), ...composed];
      return intersection(parts);
    })
  );
}
function requiring(schema, names2, options) {
  if (names2.length === 0) return typeOf2(schema, options);
  if (schema.kind === "schema") {
    const required = [.../* @__PURE__ */ new Set([...schema.keywords.required ?? [], ...names2])];
    return typeOf2({ ...schema, keywords: { ...schema.keywords, required } }, options);
  }
  const reference = typeOf2(schema, options);
  const target = options.named?.(schema.target);
  const declared = new Set(
    target?.kind === "schema" ? (target.keywords.properties ?? []).map((property2) => property2.name) : []
  );
  const keys = names2.filter((name) => declared.has(name));
  if (keys.length === 0) return reference;
  return intersection([
    reference,
    typeRef("Required", [typeRef("Pick", [reference, union(keys.map((key) => litType(key)))])])
  ]);
}
function effectsOf(schema, cx) {
  const effects = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(schema.keywords)) {
    const effect = definitionOf(name).type?.(value, cx, schema);
    if (effect !== void 0) effects.set(effect.kind, [...effects.get(effect.kind) ?? [], effect]);
  }
  return effects;
}
function compositions(effects) {
  const parts = [];
  for (const effect of effects.get("intersection") ?? [])
    if (effect.kind === "intersection") parts.push(intersection(effect.types));
  for (const effect of effects.get("union") ?? []) if (effect.kind === "union") parts.push(union(effect.types));
  return parts;
}
function baseType(type, effects, binary2) {
  switch (type) {
    case "string":
      return binary2 ? typeRef("Blob") : kw("string");
    case "number":
    case "integer":
      return kw("number");
    case "boolean":
    case "null":
      return kw(type);
    case "object":
      return objectShape2(effects);
    case "array":
      return arrayShape(effects);
  }
}
function hasObjectShape(effects) {
  return effects.has("members") || effects.has("index");
}
function objectShape2(effects) {
  const members = (effects.get("members") ?? []).flatMap(
    (effect) => effect.kind === "members" ? effect.members : []
  );
  const indexTypes = (effects.get("index") ?? []).flatMap((effect) => effect.kind === "index" ? [effect.type] : []);
  if (members.length === 0 && indexTypes.length === 0) return objectType([indexSignature(kw("unknown"))]);
  if (indexTypes.length === 0) return objectType(members);
  const index = union(indexTypes);
  const fits2 = members.every((member2) => member2.kind === "propertySignature" && sameType(member2, index));
  return objectType([...members, indexSignature(fits2 ? index : kw("unknown"))]);
}
function sameType(member2, index) {
  return index.kind === "keywordType" && index.name === "unknown" ? true : JSON.stringify(member2.type) === JSON.stringify(index);
}
function indexSignature(type) {
  return { kind: "indexSignature", keyName: "key", keyType: kw("string"), type };
}
function arrayShape(effects) {
  const items = (effects.get("items") ?? []).find((effect) => effect.kind === "items");
  const rest = items?.kind === "items" ? items.type : kw("unknown");
  const prefix = (effects.get("prefix") ?? []).find((effect) => effect.kind === "prefix");
  if (prefix?.kind !== "prefix") return arrayType(rest);
  const elements = prefix.types.map((type) => ({ type }));
  const closed = rest.kind === "keywordType" && rest.name === "never";
  return { kind: "tupleType", elements: closed ? elements : [...elements, { type: arrayType(rest), rest: true }] };
}
function literalType(value) {
  if (value === null) return kw("null");
  if (typeof value !== "object") return litType(value);
  if (Array.isArray(value))
    return { kind: "tupleType", elements: value.map((item) => ({ type: literalType(item) })) };
  return objectType(Object.entries(value).map(([key, item]) => propSig(key, literalType(item))));
}
function docOf(schema) {
  if (schema.kind === "ref") return void 0;
  const { description, title, deprecated } = schema.annotations;
  const text2 = (description ?? title)?.trim();
  const lines = [...text2 ? text2.split("\n") : [], ...deprecated ? ["@deprecated"] : []];
  return lines.length > 0 ? lines : void 0;
}

// generator/render/operation-shapes.ts
function operationShape(operation, ctx) {
  const declarations = takesNothing(operation) ? [] : operation.inputs.map((input) => paramsInterface(operation, input, ctx));
  const { success, typeName } = operation;
  if (success.kind === "json" && success.schema !== void 0) {
    declarations.push(
      alias(`${typeName}Response`, ctx.type(success.schema, "json"), [
        `The ${success.status} response body of \`${label(operation)}\`.`
      ])
    );
  }
  if (success.unwrap === "result" && success.resultSchema !== void 0 && success.resultSchema.kind !== "ref") {
    declarations.push(
      alias(`${typeName}Result`, ctx.type(success.resultSchema, "json"), [
        `The \`result\` of \`${label(operation)}\`.`
      ])
    );
  }
  if (success.unwrap === "page") {
    const pick = typeRef("Pick", [typeRef(`${typeName}Response`), union([litType("result"), litType("result_info")])]);
    declarations.push(
      alias(`${typeName}Page`, pick, [
        `What \`${operation.sdkPath.join(".")}()\` resolves to: one page, \`result\` and \`result_info\`.`
      ])
    );
  }
  const result = resultType(operation, ctx);
  const item = operation.pagination === void 0 ? void 0 : itemType(operation, ctx);
  return {
    operation,
    declarations,
    result,
    ...item === void 0 ? {} : { item },
    paramsOptional: !(operation.inputs[0]?.schema.keywords.required?.length ?? 0)
  };
}
function label(operation) {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
function alias(name, type, doc) {
  return { kind: "typeAlias", name, type, exported: true, doc };
}
function resultType(operation, ctx) {
  const { success, typeName } = operation;
  if (success.kind === "empty") return kw("void");
  if (success.kind === "binary") return typeRef("Blob");
  if (success.kind === "text") return kw("string");
  if (success.unwrap === "page") return typeRef(`${typeName}Page`);
  if (success.unwrap === "result") {
    const result = success.resultSchema;
    return result?.kind === "ref" ? ctx.type(result, "json") : typeRef(`${typeName}Result`);
  }
  return typeRef(`${typeName}Response`);
}
function itemType(operation, ctx) {
  const path8 = operation.pagination?.items ?? [];
  const schema = operation.success.schema;
  const items = schema === void 0 ? void 0 : itemsSchemaAt(schema, path8, ctx);
  if (items !== void 0) return ctx.type(items, "json");
  let type = typeRef(`${operation.typeName}Response`);
  for (const key of path8) type = indexed(typeRef("NonNullable", [type]), litType(key));
  return indexed(typeRef("NonNullable", [type]), kw("number"));
}
function itemsSchemaAt(schema, path8, ctx) {
  let current = schema;
  for (const key of path8) {
    current = propertyOf(current, key, ctx);
    if (current === void 0) return void 0;
  }
  const node = current.kind === "ref" ? ctx.named(current.target)?.schema : current;
  return node?.kind === "schema" ? node.keywords.items : void 0;
}
function propertyOf(schema, key, ctx) {
  for (let depth = 0; schema !== void 0 && depth < 32; depth++) {
    if (schema.kind === "ref") {
      schema = ctx.named(schema.target)?.schema;
      continue;
    }
    const own2 = schema.keywords.properties?.find((property2) => property2.name === key);
    if (own2 !== void 0) return own2.schema;
    const fromAllOf = (schema.keywords.allOf ?? []).map((member2) => propertyOf(member2, key, ctx)).filter((found) => found !== void 0);
    return fromAllOf.length === 1 ? fromAllOf[0] : void 0;
  }
  return void 0;
}
function paramsInterface(operation, input, ctx) {
  const required = new Set(input.schema.keywords.required ?? []);
  const params = new Map(operation.params.map((param2) => [param2.key, param2]));
  const members = (input.schema.keywords.properties ?? []).map((property2) => {
    const param2 = params.get(property2.name);
    const direction = input.media === void 0 || input.media.kind === "json" ? "json" : "request";
    const binaryBody = param2 === void 0 && input.media?.kind === "binary" && property2.name === input.media.bodyKey;
    const type = binaryBody ? BINARY_BODY_TYPE : ctx.type(property2.schema, param2 === void 0 ? direction : "request");
    const doc = param2 === void 0 ? propertyDoc(property2.schema, ctx) : paramDoc(param2, ctx);
    return propSig(property2.name, type, { optional: !required.has(property2.name), ...doc.length > 0 ? { doc } : {} });
  });
  const what = input.media === void 0 ? "" : ` (body as ${input.media.mediaType})`;
  return {
    kind: "interface",
    name: input.typeName,
    members,
    exported: true,
    doc: [
      `Parameters of \`${label(operation)}\`${what}: path, query and header parameters${input.media === void 0 ? "" : " and the body"} in one object.`
    ]
  };
}

// generator/render/method-doc.ts
function methodDoc(shape, ctx) {
  const { operation } = shape;
  const lines = [
    ...paragraphs(operation.summary, operation.description),
    "",
    `\`${label(operation)}\``,
    ...authLines(operation, ctx.model),
    "",
    ...takesNothing(operation) ? [] : [
      `@param params - ${shape.paramsOptional ? "Optional; t" : "T"}he parameters, documented on \`${operation.inputs[0]?.typeName ?? "params"}\`.`
    ],
    `@param options - Per-call \`signal\`, \`timeoutMs\`, \`maxRetries\` and \`headers\`${operation.inputs.length > 1 ? ", and `contentType` to send another media type" : ""}.`,
    `@returns ${returnsLine(operation)}`,
    "@throws {RequestValidationError} when `params` break the spec, before any request is sent.",
    "@throws {CloudflareAPIError} (or a subclass per status) when the API answers with an error.",
    ...operation.deprecated ? [`@deprecated ${label(operation)} is deprecated by the API. It still answers, but may be removed.`] : [],
    "@example",
    "```ts",
    ...exampleLines(operation, ctx),
    "```"
  ];
  return lines.filter((line2, position) => !(line2 === "" && lines[position - 1] === ""));
}
function paragraphs(...texts) {
  const lines = texts.filter((text2) => text2 !== void 0 && text2.trim() !== "").flatMap((text2) => ["", ...text2.trim().split(/\r?\n/)]);
  return lines.slice(1);
}
function authLines(operation, model) {
  const lines = [];
  const option = (scheme) => {
    const found = model.securitySchemes.find((candidate) => candidate.name === scheme);
    return found === void 0 ? scheme : `\`${found.option}\``;
  };
  if (operation.security.length > 0)
    lines.push(
      "",
      `Authentication: ${operation.security.map((names2) => names2.map(option).join(" + ")).join(", or ")}.`
    );
  const described = operation.permissions.every((permission) => operation.description?.includes(permission));
  if (operation.permissions.length > 0 && !described)
    lines.push(`Accepted permissions (at least one): ${operation.permissions.join(", ")}.`);
  return lines;
}
function returnsLine(operation) {
  const { success } = operation;
  const resolves = success.kind === "empty" ? "nothing (`undefined`) once the API has answered" : success.kind === "binary" ? "the body as a `Blob`" : success.kind === "text" ? "the body as a string" : {
    page: "the first page (`result` and `result_info`)",
    result: "the unwrapped `result`",
    none: "the response body"
  }[success.unwrap];
  const also = "`.withResponse()` adds the `Response`; `.asResponse()` gives it unread.";
  if (operation.pagination === void 0) return `A promise of ${resolves}. ${also}`;
  return `A promise of ${resolves}; also async-iterable over every item of every page (\`for await\`). ${also}`;
}
function paramDoc(param2, ctx) {
  const text2 = [param2.deprecated ? "Deprecated." : "", param2.description?.trim() ?? ""].filter((part) => part !== "").join(" ");
  return withRules(text2, param2.schema, ctx);
}
function propertyDoc(schema, ctx) {
  const own2 = schema.kind === "schema" ? schema : ctx.named(schema.target)?.schema;
  const text2 = own2?.kind === "schema" ? own2.annotations.description ?? own2.annotations.title ?? "" : "";
  return withRules(text2.trim(), schema, ctx);
}
function withRules(text2, schema, ctx) {
  const rules = ctx.describe(schema);
  const lines = text2 === "" ? [] : text2.split(/\r?\n/);
  if (rules.length > 0) lines.push(...lines.length > 0 ? [""] : [], `${capitalise2(rules.join("; "))}.`);
  return lines;
}
function capitalise2(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function exampleLines(operation, ctx) {
  const call2 = `client.${operation.sdkPath.join(".")}(${exampleArgs(operation, ctx)})`;
  const setup = `const client = ${ctx.model.sdk.clientFactory}(${credentialExample(ctx.model)});`;
  if (operation.pagination !== void 0)
    return [setup, `const first = await ${call2};`, `for await (const item of ${call2}) {`, "  console.log(item);", "}"];
  return [setup, operation.success.kind === "empty" ? `await ${call2};` : `const value = await ${call2};`];
}
function credentialExample(model) {
  const first = model.securitySchemes[0];
  if (first === void 0) return "";
  const variable = first.env ?? first.name.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  const value = first.kind === "basic" ? `{ username: process.env.${variable}_USERNAME, password: process.env.${variable}_PASSWORD }` : `process.env.${variable}`;
  return `{ ${first.option}: ${value} }`;
}
function exampleArgs(operation, ctx) {
  const input = operation.inputs[0];
  if (input === void 0) return "";
  const required = new Set(input.schema.keywords.required ?? []);
  const perPage = operation.pagination?.style === "page" ? operation.pagination.perPageParam : void 0;
  const shown = (input.schema.keywords.properties ?? []).filter(
    (property2) => required.has(property2.name) || property2.name === perPage
  );
  if (shown.length === 0) return "";
  const params = new Map(operation.params.map((param2) => [param2.key, param2]));
  const entries2 = shown.map((property2) => {
    const param2 = params.get(property2.name);
    const value = exampleValue(property2.name, param2?.example?.value, property2.schema, property2.name === perPage, ctx);
    return `${propertyKey(property2.name)}: ${exampleLiteral(value)}`;
  });
  return `{ ${entries2.join(", ")} }`;
}
function propertyKey(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : exampleLiteral(name);
}
function exampleLiteral(value) {
  if (typeof value !== "string") return JSON.stringify(value) ?? "null";
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
function exampleValue(name, declared, schema, isPageSize, ctx) {
  if (declared !== void 0) return declared;
  const node = schema.kind === "ref" ? ctx.named(schema.target)?.schema : schema;
  if (node === void 0 || node.kind === "ref") return name;
  const { keywords, annotations } = node;
  if (keywords.maximum !== void 0 && isPageSize) return keywords.maximum;
  if (annotations.examples?.[0] !== void 0) return annotations.examples[0];
  if (annotations.default !== void 0) return annotations.default.value;
  if (keywords.enum?.[0] !== void 0) return keywords.enum[0];
  if (keywords.const !== void 0) return keywords.const.value;
  if (keywords.type?.includes("integer") || keywords.type?.includes("number")) return keywords.minimum ?? 1;
  if (keywords.type?.includes("boolean")) return true;
  return name;
}

// generator/render/namespaces.ts
function namespaceInterfaces(namespaces, shapes, ctx) {
  const typeNameOf = new Map(namespaces.map((namespace) => [namespace.path.join("."), namespace.typeName]));
  return namespaces.map((namespace) => {
    const children2 = namespace.children.map((child) => {
      const typeName = typeNameOf.get([...namespace.path, child].join("."));
      if (typeName === void 0) throw new Error(`render: no namespace ${[...namespace.path, child].join(".")}`);
      return propSig(child, typeRef(typeName), { readonly: true });
    });
    const methods = namespace.methods.flatMap(({ name, operation }) => {
      const shape = shapes.get(operation.descriptorName);
      if (shape === void 0) throw new Error(`render: no shape for ${operation.operationId}`);
      return methodSignatures(name, shape, ctx);
    });
    return {
      kind: "interface",
      name: namespace.typeName,
      members: [...children2, ...methods],
      exported: true,
      doc: [`\`client.${namespace.path.join(".")}\``]
    };
  });
}
function returnType(shape) {
  return shape.item === void 0 ? typeRef("APIPromise", [shape.result]) : typeRef("PagePromise", [shape.result, shape.item]);
}
function methodSignatures(name, shape, ctx) {
  const doc = methodDoc(shape, ctx);
  const returns = returnType(shape);
  const { inputs } = shape.operation;
  if (takesNothing(shape.operation))
    return [
      {
        kind: "methodSignature",
        name,
        params: [param("options", typeRef("RequestOptions"), { optional: true })],
        returns,
        doc
      }
    ];
  return inputs.map((input, index) => {
    const required = (input.schema.keywords.required?.length ?? 0) > 0;
    const contentType = input.media === void 0 || inputs.length === 1 ? void 0 : input.media.mediaType;
    const options = contentType === void 0 ? param("options", typeRef("RequestOptions"), { optional: true }) : param(
      "options",
      intersection([
        typeRef("RequestOptions"),
        objectType([propSig("contentType", litType(contentType), { optional: index === 0 })])
      ]),
      { optional: index === 0 }
    );
    return {
      kind: "methodSignature",
      name,
      params: [param("params", typeRef(input.typeName), required || index > 0 ? {} : { optional: true }), options],
      returns,
      ...index === 0 ? { doc } : {}
    };
  });
}

// generator/render/unit.ts
var RUNTIME2 = "../runtime/index.js";
var SHARED = "../schemas.js";
function renderUnit(unit, ctx) {
  const module = unitModule(unit, ctx);
  const stem = `dist/units/${unit.file}`;
  return [
    { path: `${stem}.js`, contents: printModule(module, "js") },
    { path: `${stem}.d.ts`, contents: printModule(module, "dts") }
  ];
}
function unitModule(unit, ctx) {
  const shapes = new Map(
    unit.operations.map((operation) => [operation.descriptorName, operationShape(operation, ctx)])
  );
  const namespaces = ctx.model.namespaces.filter((namespace) => namespace.path[0] === unit.namespace);
  const checks = unitChecks(unit, ctx);
  const types = [
    ...unit.schemas.map((named) => namedTypeDeclaration(named, ctx)),
    ...[...shapes.values()].flatMap((shape) => shape.declarations),
    ...namespaceInterfaces(namespaces, shapes, ctx)
  ];
  const body = [
    header(
      ctx.model,
      `The \`${unit.namespace}\` part of the ${ctx.model.title} client: its types, checks and operations.`
    ),
    ...imports(unit, checks, ctx),
    ...spaced(types),
    ...spaced(checks.statements()),
    ...spaced(unit.operations.map(descriptorDeclaration)),
    ...spaced(resources(namespaces, unit))
  ];
  return { body };
}
function unitChecks(unit, ctx) {
  const checks = new CheckModule({
    functionOf: (target) => checkName(ctx.named(target)?.typeName ?? target),
    helpersFrom: RUNTIME2
  });
  for (const named of unit.schemas) checks.add(checkName(named.typeName), named.schema, { direction: "json" });
  for (const operation of unit.operations) {
    if (!takesNothing(operation))
      for (const input of operation.inputs)
        checks.add(checkName(input.typeName), input.schema, { direction: "request" });
    if (operation.success.kind === "json" && operation.success.schema !== void 0)
      checks.add(checkName(`${operation.typeName}Response`), operation.success.schema, { direction: "json" });
  }
  return checks;
}
function imports(unit, checks, ctx) {
  const runtimeTypes = ["APIPromise", "OperationSpec", "PagePromise", "RequestOptions", "Resource", "ResponseChecks"];
  const encoders = new Set(
    unit.operations.flatMap((operation) => (operation.body?.media ?? []).map((media) => ENCODERS[media.kind]))
  );
  const statements = [importFrom(RUNTIME2, runtimeTypes, true)];
  if (encoders.size > 0) statements.push(importFrom(RUNTIME2, [...encoders].sort()));
  const sharedIds = new Set(unit.sharedSchemas);
  const typeIds = /* @__PURE__ */ new Set();
  const roots = [...unit.schemas.map((named) => named.schema), ...unit.operations.flatMap(operationSchemas)];
  for (const root of roots) for (const target of directRefs(root)) if (sharedIds.has(target)) typeIds.add(target);
  const sharedTypes = [...typeIds].map((target) => ctx.named(target).typeName).sort();
  const sharedChecks = [...checks.referencedSchemas].filter((target) => sharedIds.has(target)).map((target) => checkName(ctx.named(target).typeName)).sort();
  if (sharedTypes.length > 0) statements.push(importFrom(SHARED, sharedTypes, true));
  if (sharedChecks.length > 0) statements.push(importFrom(SHARED, sharedChecks));
  return statements;
}
function descriptorDeclaration(operation) {
  return { ...constDecl(operation.descriptorName, descriptor(operation), { type: typeRef("OperationSpec") }) };
}
function resources(namespaces, unit) {
  const withMethods = namespaces.filter((namespace) => namespace.resourceName !== void 0);
  const statements = withMethods.map(
    (namespace) => constDecl(
      namespace.resourceName,
      obj([
        prop("at", arr(namespace.path.map(str))),
        prop("methods", obj(namespace.methods.map(({ name, operation }) => prop(name, id(operation.descriptorName)))))
      ]),
      {
        type: typeRef("Resource", [
          {
            kind: "tupleType",
            elements: namespace.path.map((segment) => ({ type: litType(segment) })),
            readonly: true
          },
          typeRef(namespace.typeName)
        ]),
        exported: true,
        doc: [
          `The methods of \`client.${namespace.path.join(".")}\`, for \`createClient({ resources: [...] })\` from the tree-shakable entry.`
        ]
      }
    )
  );
  statements.push({
    ...constDecl("resources", arr(withMethods.map((namespace) => id(namespace.resourceName))), {
      type: typeRef("ReadonlyArray", [typeRef("Resource")])
    }),
    exported: true,
    internal: true
  });
  const checked = unit.operations.filter(
    (operation) => operation.success.kind === "json" && operation.success.schema !== void 0
  );
  statements.push({
    ...constDecl(
      "responseChecks",
      arr(
        checked.map((operation) => arr([id(operation.descriptorName), id(checkName(`${operation.typeName}Response`))]))
      ),
      {
        type: typeRef("ResponseChecks")
      }
    ),
    exported: true,
    internal: true
  });
  return statements;
}
function spaced(statements) {
  return statements.flatMap((statement) => [{ kind: "blank" }, statement]);
}

// generator/render/api-module.ts
function renderApiModule(ctx, version) {
  const { model } = ctx;
  const body = [
    header(model, `What every ${model.title} client shares: base URL, credentials and options.`),
    importFrom("./runtime/index.js", ["ApiSpec", "BaseClientOptions"], true),
    ...spaced(
      [
        optionsInterface(model),
        constDecl("API", apiSpec(model, version), { type: typeRef("ApiSpec"), exported: true })
      ].map((statement) => statement.kind === "variable" ? { ...statement, internal: true } : statement)
    )
  ];
  const module = { body };
  return [
    { path: "dist/api.js", contents: printModule(module, "js") },
    { path: "dist/api.d.ts", contents: printModule(module, "dts") }
  ];
}
function apiSpec(model, version) {
  const credentials = model.securitySchemes.map((scheme) => {
    const members2 = [
      prop("scheme", str(scheme.name)),
      prop("option", str(scheme.option)),
      prop("kind", str(credentialKind(scheme)))
    ];
    if (scheme.paramName !== void 0) members2.push(prop("name", str(scheme.paramName)));
    if (scheme.env !== void 0) members2.push(prop("env", str(scheme.env)));
    return obj(members2);
  });
  const members = [
    prop("baseUrl", str(model.sdk.baseUrl)),
    prop("userAgent", str(`${model.sdk.packageName}/${version}`)),
    prop("credentials", arr(credentials)),
    prop("security", arr(model.security.map((names2) => arr(names2.map(str)))))
  ];
  if (model.sdk.envPrefix !== void 0) members.push(prop("envPrefix", str(model.sdk.envPrefix)));
  return obj(members, true);
}
function credentialKind(scheme) {
  return scheme.kind === "apiKey" ? scheme.in ?? "header" : scheme.kind;
}
function optionsInterface(model) {
  const members = model.securitySchemes.map(
    (scheme) => propSig(scheme.option, union([credentialType(scheme), kw("undefined")]), {
      optional: true,
      doc: credentialDoc(scheme)
    })
  );
  return {
    kind: "interface",
    name: model.sdk.optionsType,
    extends: [typeRef("BaseClientOptions")],
    members,
    exported: true,
    doc: [`Options of \`${model.sdk.clientFactory}\`: credentials, then the settings shared by every call.`]
  };
}
function credentialType(scheme) {
  if (scheme.kind !== "basic") return kw("string");
  return objectType([
    propSig("username", kw("string"), { readonly: true }),
    propSig("password", kw("string"), { readonly: true })
  ]);
}
function credentialDoc(scheme) {
  const how = scheme.kind === "bearer" ? "Sent as `Authorization: Bearer <value>`." : scheme.kind === "basic" ? "Sent as `Authorization: Basic <base64 of username:password>`." : `Sent in the \`${scheme.paramName ?? scheme.name}\` ${scheme.in === "query" ? "query parameter" : scheme.in === "cookie" ? "cookie" : "header"}.`;
  const lines = [how];
  if (scheme.description !== void 0) lines.push("", ...scheme.description.trim().split(/\r?\n/));
  if (scheme.env !== void 0)
    lines.push("", `Defaults to the \`${scheme.env}\` environment variable where \`process.env\` exists.`);
  return lines;
}

// generator/schema/doc.ts
function docPhrases(schema) {
  if (schema.kind === "ref") return [];
  const phrases = [];
  for (const name of KEYWORD_NAMES) {
    const value = schema.keywords[name];
    const phrase = value === void 0 ? void 0 : definitionOf(name).doc?.(value, schema);
    if (phrase !== void 0) phrases.push(phrase);
  }
  const { format: format2, default: fallback } = schema.annotations;
  if (format2 !== void 0 && schema.keywords.format === void 0) phrases.push(`format ${format2}`);
  if (fallback !== void 0) phrases.push(`default ${show(fallback.value)}`);
  return phrases;
}

// generator/render/context.ts
function renderContext(plan) {
  const byId = new Map(plan.model.schemas.map((named2) => [named2.id, named2]));
  const typeName = (id2) => {
    const found = byId.get(id2);
    if (found === void 0) throw new Error(`render: no schema named ${JSON.stringify(id2)}`);
    return found.typeName;
  };
  const named = (id2) => {
    const found = byId.get(id2);
    if (found === void 0) throw new Error(`render: no schema named ${JSON.stringify(id2)}`);
    return found.schema;
  };
  const options = (direction) => ({ typeName, direction, named });
  const targets = discriminatorTargets(plan.model.schemas.map((entry) => [entry.id, entry.schema]));
  return {
    plan,
    model: plan.model,
    named: (id2) => byId.get(id2),
    type: (schema, direction) => typeOf2(schema, options(direction)),
    namedType: (entry) => namedTypeOf(entry.id, entry.schema, options("json"), targets),
    describe: (schema) => docPhrases(schema)
  };
}

// generator/render/index-module.ts
var PUBLIC_RUNTIME_VALUES = [
  "APIConnectionError",
  "APITimeoutError",
  "APIUserAbortError",
  "AuthenticationError",
  "BadRequestError",
  "CloudflareAPIError",
  "CloudflareError",
  "ConflictError",
  "InternalServerError",
  "InvalidResponseError",
  "MissingCredentialsError",
  "NotFoundError",
  "PaginationLimitError",
  "PermissionDeniedError",
  "RateLimitError",
  "RedirectError",
  "RequestValidationError",
  "ResponseValidationError",
  "UnprocessableEntityError",
  "ValidationError"
];
var PUBLIC_RUNTIME_TYPES = [
  "APIPromise",
  "BaseClientOptions",
  "Logger",
  "PagePromise",
  "RequestOptions",
  "ValidationIssue",
  "ValidationResult"
];
function renderIndexModule(ctx) {
  const { model, plan } = ctx;
  const { sdk } = model;
  const units = plan.units.map((unit) => ({ unit, alias: unit.namespace }));
  const imports2 = [
    importFrom("./runtime/index.js", ["createClient", "rawNamespace"]),
    importFrom("./runtime/index.js", ["RawClient"], true),
    importFrom("./api.js", ["API"]),
    importFrom("./api.js", [sdk.optionsType], true),
    importFrom("./types.js", ["paths"], true),
    ...units.flatMap(({ unit, alias: alias2 }) => [
      importFrom(`./units/${unit.file}.js`, [
        { name: "resources", alias: `${alias2}Resources` },
        { name: "responseChecks", alias: `${alias2}Checks` }
      ]),
      importFrom(`./units/${unit.file}.js`, [topNamespaceType(ctx, unit.namespace)], true)
    ])
  ];
  const clientMembers = [
    propSig("raw", typeRef("RawClient", [typeRef("paths")]), {
      readonly: true,
      doc: [
        "Typed calls by path (`client.raw.GET('/path', { params })`) with openapi-fetch's API, on the same credentials, timeouts and retries."
      ]
    }),
    ...units.map(
      ({ unit }) => propSig(unit.namespace, typeRef(topNamespaceType(ctx, unit.namespace)), { readonly: true })
    )
  ];
  const resources2 = [
    id("rawNamespace"),
    ...units.map(({ alias: alias2 }) => ({ kind: "spread", expr: id(`${alias2}Resources`) }))
  ];
  const checks = units.map(({ alias: alias2 }) => ({ kind: "spread", expr: id(`${alias2}Checks`) }));
  const options = param("options", typeRef(sdk.optionsType), { default: obj([]) });
  const liteOptions = param(
    "options",
    typeRef("Omit", [typeRef(sdk.optionsType), { kind: "literalType", value: "validateResponses" }]),
    { default: obj([]) }
  );
  const body = [
    header(model, `${sdk.packageName}: a typed client for ${model.title}.`),
    ...imports2,
    ...reexports(ctx),
    ...spaced([
      {
        kind: "interface",
        name: sdk.clientType,
        members: clientMembers,
        exported: true,
        doc: [`A client for ${model.title}. Create one with \`${sdk.clientFactory}()\`.`]
      },
      constDecl("RESOURCES", arr(resources2)),
      fn(
        sdk.clientFactory,
        [options],
        [ret(call(id("createClient"), [id("API"), id("options"), id("RESOURCES"), arr(checks)]))],
        {
          returns: typeRef(sdk.clientType),
          exported: true,
          doc: factoryDoc(ctx)
        }
      ),
      fn(
        sdk.liteClientFactory,
        [liteOptions],
        [ret(call(id("createClient"), [id("API"), id("options"), id("RESOURCES")]))],
        {
          returns: typeRef(sdk.clientType),
          exported: true,
          doc: [
            `Creates the same client as \`${sdk.clientFactory}\`, without response validation.`,
            "",
            "Request parameters are still validated. Response validation (`validateResponses`) is the one feature left",
            "out, and with it the response validators' code: an app that imports only this factory bundles them not at all."
          ]
        }
      )
    ])
  ];
  const module = { body };
  return [
    { path: "dist/index.js", contents: printModule(module, "js") },
    { path: "dist/index.d.ts", contents: printModule(module, "dts") }
  ];
}
function topNamespaceType(ctx, namespace) {
  const found = ctx.model.namespaces.find(
    (candidate) => candidate.path.length === 1 && candidate.path[0] === namespace
  );
  if (found === void 0) throw new Error(`render: no namespace ${namespace}`);
  return found.typeName;
}
function reexports(ctx) {
  return [
    { kind: "exportFrom", from: "./runtime/index.js", names: PUBLIC_RUNTIME_VALUES.map((name) => ({ name })) },
    {
      kind: "exportFrom",
      from: "./runtime/index.js",
      names: PUBLIC_RUNTIME_TYPES.map((name) => ({ name })),
      typeOnly: true
    },
    { kind: "exportFrom", from: "./api.js", names: [{ name: ctx.model.sdk.optionsType }], typeOnly: true },
    { kind: "exportFrom", from: "./schemas.js", typeOnly: true },
    ...ctx.plan.units.map((unit) => ({ kind: "exportFrom", from: `./units/${unit.file}.js`, typeOnly: true })),
    {
      kind: "exportFrom",
      from: "./types.js",
      names: ["components", "operations", "paths"].map((name) => ({ name })),
      typeOnly: true
    }
  ];
}
function factoryDoc(ctx) {
  const { model } = ctx;
  const options = model.securitySchemes.map((scheme) => `\`${scheme.option}\``).join(", ");
  return [
    `Creates a {@link ${model.sdk.clientType}} for ${model.title}.`,
    "",
    ...options === "" ? [] : [`Credentials (${options}) come from the options or, where \`process.env\` exists, the environment.`],
    "Calls are validated against the spec before they are sent, retried on 408, 409, 429 and 5xx with",
    "backoff, and time out after `timeoutMs`; errors are typed (`CloudflareAPIError` and subclasses)."
  ];
}

// generator/emit/string-width-data.ts
var EMOJI = /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
var NARROW_EMOJI = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
var FULLWIDTH_RANGES = [12288, 12288, 65281, 65376, 65504, 65510];
var WIDE_RANGES = [
  4352,
  4447,
  8986,
  8987,
  9001,
  9002,
  9193,
  9196,
  9200,
  9200,
  9203,
  9203,
  9725,
  9726,
  9748,
  9749,
  9776,
  9783,
  9800,
  9811,
  9855,
  9855,
  9866,
  9871,
  9875,
  9875,
  9889,
  9889,
  9898,
  9899,
  9917,
  9918,
  9924,
  9925,
  9934,
  9934,
  9940,
  9940,
  9962,
  9962,
  9970,
  9971,
  9973,
  9973,
  9978,
  9978,
  9981,
  9981,
  9989,
  9989,
  9994,
  9995,
  10024,
  10024,
  10060,
  10060,
  10062,
  10062,
  10067,
  10069,
  10071,
  10071,
  10133,
  10135,
  10160,
  10160,
  10175,
  10175,
  11035,
  11036,
  11088,
  11088,
  11093,
  11093,
  11904,
  11929,
  11931,
  12019,
  12032,
  12245,
  12272,
  12287,
  12289,
  12350,
  12353,
  12438,
  12441,
  12543,
  12549,
  12591,
  12593,
  12686,
  12688,
  12773,
  12783,
  12830,
  12832,
  12871,
  12880,
  42124,
  42128,
  42182,
  43360,
  43388,
  44032,
  55203,
  63744,
  64255,
  65040,
  65049,
  65072,
  65106,
  65108,
  65126,
  65128,
  65131,
  94176,
  94180,
  94192,
  94198,
  94208,
  101594,
  101631,
  101664,
  101760,
  101874,
  101888,
  102801,
  102816,
  102866,
  110576,
  110579,
  110581,
  110587,
  110589,
  110590,
  110592,
  110888,
  110898,
  110898,
  110928,
  110930,
  110933,
  110933,
  110948,
  110952,
  110960,
  111355,
  119552,
  119638,
  119648,
  119670,
  126980,
  126980,
  127183,
  127183,
  127374,
  127374,
  127377,
  127386,
  127406,
  127406,
  127488,
  127490,
  127504,
  127547,
  127552,
  127560,
  127568,
  127569,
  127584,
  127589,
  127744,
  127776,
  127789,
  127797,
  127799,
  127868,
  127870,
  127891,
  127904,
  127946,
  127951,
  127955,
  127968,
  127984,
  127988,
  127988,
  127992,
  128062,
  128064,
  128064,
  128066,
  128252,
  128255,
  128317,
  128331,
  128334,
  128336,
  128359,
  128378,
  128378,
  128405,
  128406,
  128420,
  128420,
  128507,
  128591,
  128640,
  128709,
  128716,
  128716,
  128720,
  128722,
  128725,
  128729,
  128732,
  128735,
  128747,
  128748,
  128756,
  128764,
  128986,
  128986,
  128992,
  129003,
  129008,
  129008,
  129292,
  129338,
  129340,
  129349,
  129351,
  129535,
  129648,
  129660,
  129664,
  129734,
  129736,
  129736,
  129740,
  129757,
  129759,
  129771,
  129775,
  129786,
  131072,
  196605,
  196608,
  262141
];

// generator/emit/string-width.ts
var NOT_ASCII = /[^\x20-\x7F]/;
var ZERO_WIDTH_MARK = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
function isInRanges(ranges, code) {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (code < ranges[middle * 2]) high = middle - 1;
    else if (code > ranges[middle * 2 + 1]) low = middle + 1;
    else return true;
  }
  return false;
}
function stringWidth(text2) {
  if (!NOT_ASCII.test(text2)) return text2.length;
  let width = 0;
  const rest = text2.replace(EMOJI, (emoji) => {
    width += NARROW_EMOJI.test(emoji) ? 1 : 2;
    return "";
  });
  for (const char of rest) {
    const code = char.codePointAt(0);
    if (code <= 31 || code >= 127 && code <= 159 || ZERO_WIDTH_MARK.test(char)) continue;
    width += isInRanges(FULLWIDTH_RANGES, code) || isInRanges(WIDE_RANGES, code) ? 2 : 1;
  }
  return width;
}

// generator/emit/json.ts
function printJson(value) {
  const text2 = JSON.stringify(value);
  if (text2 === void 0) throw new Error("emit: the value has no JSON form");
  return layout([jsonDoc(JSON.parse(text2)), hardline], PRINT_WIDTH, void 0, stringWidth);
}
function jsonDoc(value) {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return numberDoc(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return arrayDoc(value);
  return objectDoc(value);
}
var numberDoc = (value) => value < 0 ? ["-", printNumber(-value)] : printNumber(Object.is(value, -0) ? 0 : value);
function objectDoc(value) {
  const entries2 = Object.entries(value);
  if (entries2.length === 0) return "{}";
  const members = entries2.map(([key, item]) => group([JSON.stringify(key), ": ", jsonDoc(item)]));
  return group(["{", indent([line, join([",", line], members)]), line, "}"], { shouldBreak: true });
}
var isNumber = (item) => typeof item === "number";
function arrayDoc(items) {
  if (items.length === 0) return "[]";
  const content = items.every(isNumber) ? numbersDoc(items) : join(
    [",", line],
    items.map((item) => group(jsonDoc(item)))
  );
  return group(["[", indent([softline, content]), softline, "]"], { shouldBreak: shouldBreakArray2(items) });
}
function numbersDoc(items) {
  const parts = [];
  items.forEach((item, index) => {
    if (index > 0) parts.push(line);
    parts.push([jsonDoc(item), index < items.length - 1 ? "," : ""]);
  });
  return fill(parts);
}
function shouldBreakArray2(items) {
  const kind = (item) => Array.isArray(item) ? "array" : item !== null && typeof item === "object" ? "object" : "other";
  return items.length > 1 && items.every((item, index) => {
    const next = items[index + 1];
    if (kind(item) === "other" || next !== void 0 && kind(next) !== kind(item)) return false;
    return (Array.isArray(item) ? item.length : Object.keys(item).length) > 1;
  });
}

// generator/render/package-json.ts
var OPENAPI_FETCH = "^0.17.0";
function renderPackageJson(ctx, version) {
  const { model } = ctx;
  const entry = (stem) => ({ types: `./dist/${stem}.d.ts`, default: `./dist/${stem}.js` });
  const manifest = {
    name: model.sdk.packageName,
    version,
    description: `Typed client for ${model.title}, generated from its OpenAPI spec.`,
    license: model.sdk.license,
    type: "module",
    sideEffects: false,
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": entry("index"),
      "./validators": entry("validators"),
      "./types": entry("types"),
      "./tree-shakable": entry("tree-shakable"),
      "./resources/*": entry("units/*"),
      "./package.json": "./package.json"
    },
    files: ["dist", "README.md"],
    engines: { node: ">=20" },
    dependencies: { "openapi-fetch": OPENAPI_FETCH }
  };
  return { path: "package.json", contents: printJson(manifest) };
}

// generator/render/readme.ts
function renderReadme(ctx, version) {
  return { path: "README.md", contents: `# ${ctx.model.sdk.packageName}

Version ${version}.
` };
}

// generator/render/shared-schemas.ts
function renderSharedSchemas(ctx) {
  const { schemas } = ctx.plan.shared;
  const checks = new CheckModule({
    functionOf: (target) => checkName(ctx.named(target)?.typeName ?? target),
    helpersFrom: "./runtime/index.js"
  });
  for (const named of schemas) checks.add(checkName(named.typeName), named.schema, { direction: "json" });
  const body = [
    header(
      ctx.model,
      `The schemas of ${ctx.model.title} that several parts of the client share: their types and checks.`
    ),
    ...spaced(schemas.map((named) => namedTypeDeclaration(named, ctx))),
    ...spaced(checks.statements())
  ];
  const module = { body };
  return [
    { path: "dist/schemas.js", contents: printModule(module, "js") },
    { path: "dist/schemas.d.ts", contents: printModule(module, "dts") }
  ];
}

// generator/surface/surface.ts
var SURFACE_FILE = "api-surface.json";
var SURFACE_VERSION = 2;
function deref2(schema, index) {
  let current = schema;
  for (let hops = 0; current?.kind === "ref" && hops < 32; hops++) current = index.get(current.target);
  return current?.kind === "schema" ? current : void 0;
}
var MAX_DEPTH2 = 8;
function buildApiSurface(model, version) {
  const index = new Map(model.schemas.map((named) => [named.id, named.schema]));
  const operations = model.operations.map(
    (operation) => [operation.sdkPath.join("."), operationSurface(operation, index)]
  );
  return {
    surfaceVersion: SURFACE_VERSION,
    title: model.title,
    version,
    apiVersion: model.version,
    operations: sortedRecord(operations)
  };
}
function parseApiSurface(text2) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (!isRecord3(parsed) || parsed["surfaceVersion"] !== SURFACE_VERSION || typeof parsed["version"] !== "string" || typeof parsed["apiVersion"] !== "string" || !isRecord3(parsed["operations"]))
    return void 0;
  return Object.values(parsed["operations"]).every(isOperationSurface) ? parsed : void 0;
}
function isOperationSurface(value) {
  if (!isRecord3(value) || !isRecord3(value["params"]) || !isRecord3(value["response"])) return false;
  const strings = ["operationId", "method", "path"].every((key) => typeof value[key] === "string") && Array.isArray(value["contentTypes"]);
  const values = [...Object.values(value["params"]), ...Object.values(value["response"])];
  return strings && values.every(
    (entry) => isRecord3(entry) && typeof entry["type"] === "string" && typeof entry["required"] === "boolean"
  );
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function operationSurface(operation, index) {
  const fields = [];
  if (operation.success.schema !== void 0) collectFields(operation.success.schema, "", index, [], fields);
  return {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    deprecated: operation.deprecated,
    paginated: operation.pagination !== void 0,
    contentTypes: (operation.body?.media ?? []).map((media) => media.mediaType),
    params: sortedRecord(paramSurfaces(operation, index)),
    response: sortedRecord(fields)
  };
}
function paramSurfaces(operation, index) {
  const input = operation.inputs[0];
  if (input === void 0) return [];
  const required = new Set(input.schema.keywords.required ?? []);
  const params = new Map(operation.params.map((param2) => [param2.key, param2]));
  return (input.schema.keywords.properties ?? []).map((property2) => {
    const param2 = params.get(property2.name);
    return [
      property2.name,
      {
        in: param2?.in ?? "body",
        required: required.has(property2.name),
        ...valueSurface(deref2(property2.schema, index), index),
        ...param2?.deprecated ? { deprecated: true } : {}
      }
    ];
  });
}
function collectFields(schema, at2, index, seen, out) {
  if (seen.length > MAX_DEPTH2) return;
  const object = deref2(schema, index);
  if (object === void 0) return;
  const trail = schema.kind === "ref" ? [...seen, schema.target] : seen;
  for (const property2 of properties(object, index)) {
    const path8 = at2 === "" ? property2.name : `${at2}.${property2.name}`;
    addField(property2.schema, path8, property2.required, index, trail, out);
  }
  const items = itemsOf(object, index);
  if (items !== void 0) addField(items, `${at2}[]`, true, index, trail, out);
}
function addField(schema, path8, required, index, seen, out) {
  const recursive = schema.kind === "ref" && seen.includes(schema.target) ? schema.target : void 0;
  out.push([path8, { required, ...valueSurface(deref2(schema, index), index), ...recursive ? { recursive } : {} }]);
  if (recursive === void 0) collectFields(schema, path8, index, seen, out);
}
function properties(object, index) {
  const required = new Set(object.keywords.required ?? []);
  const own2 = (object.keywords.properties ?? []).map((property2) => ({
    ...property2,
    required: required.has(property2.name)
  }));
  const merged = new Map(own2.map((property2) => [property2.name, property2]));
  for (const member2 of object.keywords.allOf ?? []) {
    const resolved = deref2(member2, index);
    for (const property2 of resolved ? properties(resolved, index) : []) {
      const existing = merged.get(property2.name);
      merged.set(
        property2.name,
        existing ? { ...existing, required: existing.required || property2.required } : property2
      );
    }
  }
  for (const variants of [object.keywords.anyOf, object.keywords.oneOf]) {
    if (variants === void 0) continue;
    const each = variants.map((variant) => {
      const resolved = deref2(variant, index);
      return resolved ? properties(resolved, index) : [];
    });
    for (const property2 of each.flat()) {
      if (merged.has(property2.name)) continue;
      const everywhere = each.every(
        (list2) => list2.some((candidate) => candidate.name === property2.name && candidate.required)
      );
      merged.set(property2.name, { ...property2, required: everywhere });
    }
  }
  return [...merged.values()];
}
function itemsOf(object, index) {
  if (object.keywords.items) return object.keywords.items;
  for (const member2 of object.keywords.allOf ?? []) {
    const resolved = deref2(member2, index);
    const items = resolved && itemsOf(resolved, index);
    if (items) return items;
  }
  return void 0;
}
var RULES = [
  "format",
  "pattern",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems"
];
function valueSurface(object, index) {
  if (object === void 0) return { type: "any" };
  return {
    type: typesOf(object, index).join("|") || "any",
    ...definedRules(object),
    ...object.keywords.uniqueItems ? { uniqueItems: true } : {},
    ...object.keywords.enum ? { enum: object.keywords.enum } : {},
    ...object.keywords.const ? { const: object.keywords.const.value } : {},
    ...object.annotations.default ? { default: object.annotations.default.value } : {},
    ...object.annotations.deprecated ? { deprecated: true } : {}
  };
}
function definedRules(object) {
  const { keywords } = object;
  const value = (key) => {
    if (key === "format") return object.annotations.format;
    if (key === "pattern") return keywords.pattern?.source;
    return keywords[key];
  };
  return Object.fromEntries(RULES.flatMap((key) => value(key) === void 0 ? [] : [[key, value(key)]]));
}
function typesOf(object, index, depth = 0) {
  if (depth > MAX_DEPTH2) return [];
  const memberTypes2 = (members) => members.map((member2) => {
    const resolved = deref2(member2, index);
    return resolved ? typesOf(resolved, index, depth + 1) : [];
  });
  let types = object.keywords.type ? [...object.keywords.type] : void 0;
  for (const member2 of memberTypes2(object.keywords.allOf ?? []))
    if (member2.length > 0) types = types ? types.filter((type) => member2.includes(type)) : member2;
  for (const variants of [object.keywords.anyOf, object.keywords.oneOf]) {
    if (variants === void 0) continue;
    const lists = memberTypes2(variants);
    const union2 = lists.some((list2) => list2.length === 0) ? [] : [...new Set(lists.flat())];
    if (union2.length > 0) types = types ? types.filter((type) => union2.includes(type)) : union2;
  }
  if (types === void 0 && object.keywords.const) types = [jsonType(object.keywords.const.value)];
  return [...new Set(types ?? [])].sort();
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function sortedRecord(entries2) {
  return Object.fromEntries([...entries2].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// generator/surface/diff.ts
function diffApiSurface(before, after) {
  const changes = [];
  if (before.apiVersion !== after.apiVersion)
    changes.push({
      breaking: false,
      operation: "",
      message: `API version ${before.apiVersion} -> ${after.apiVersion}`
    });
  for (const name of unionKeys(before.operations, after.operations)) {
    const old = before.operations[name];
    const now = after.operations[name];
    if (old && !now)
      changes.push({ breaking: true, operation: name, message: `operation removed (was ${old.method} ${old.path})` });
    else if (!old && now)
      changes.push({ breaking: false, operation: name, message: `operation added (${now.method} ${now.path})` });
    else if (old && now)
      changes.push(
        ...diffOperation(old, now).map((note) => ({ breaking: note.breaking, operation: name, message: note.text }))
      );
  }
  return changes;
}
function formatChanges(changes) {
  if (changes.length === 0) return [];
  const breaking = changes.filter((change) => change.breaking).length;
  const lines = changes.map(
    (change) => `${change.breaking ? "BREAKING" : "        "}  ${change.operation === "" ? "" : `${change.operation}: `}${change.message}`
  );
  const other = changes.length - breaking;
  return [...lines, `${breaking} breaking ${breaking === 1 ? "change" : "changes"}, ${other} other`];
}
function diffOperation(old, now) {
  const notes = [];
  if (old.operationId !== now.operationId)
    notes.push({
      breaking: true,
      text: `operationId ${old.operationId} -> ${now.operationId} (the exported type names follow it)`
    });
  if (old.method !== now.method || old.path !== now.path)
    notes.push({ breaking: false, text: `now ${now.method} ${now.path} (was ${old.method} ${old.path})` });
  if (old.deprecated !== now.deprecated)
    notes.push({ breaking: false, text: now.deprecated ? "now deprecated" : "no longer deprecated" });
  if (old.paginated && !now.paginated)
    notes.push({ breaking: true, text: "no longer paginated (for await and .pages() stop working)" });
  if (!old.paginated && now.paginated)
    notes.push({ breaking: false, text: "now paginated (for await walks every page)" });
  for (const type of old.contentTypes.filter((type2) => !now.contentTypes.includes(type2)))
    notes.push({ breaking: true, text: `no longer takes a ${type} body` });
  for (const type of now.contentTypes.filter((type2) => !old.contentTypes.includes(type2)))
    notes.push({ breaking: false, text: `now takes a ${type} body` });
  return [...notes, ...diffParams(old.params, now.params), ...diffFields(old.response, now.response)];
}
function diffParams(old, now) {
  return unionKeys(old, now).flatMap((name) => {
    const before = old[name];
    const after = now[name];
    if (before && !after) return [{ breaking: true, text: `parameter ${name} removed` }];
    if (!before && after) {
      const what = `${after.in}, ${describeValue(after)}`;
      return [
        after.required ? { breaking: true, text: `new required parameter ${name} (${what})` } : { breaking: false, text: `new optional parameter ${name} (${what})` }
      ];
    }
    if (!before || !after) return [];
    const notes = [];
    if (before.required !== after.required)
      notes.push({ breaking: after.required, text: after.required ? "now required" : "now optional" });
    if (before.in !== after.in) notes.push({ breaking: false, text: `moves from ${before.in} to ${after.in}` });
    notes.push(...diffValue(before, after, "input"));
    return notes.map((note) => ({ ...note, text: `parameter ${name}: ${note.text}` }));
  });
}
function diffFields(old, now) {
  const removed = Object.keys(old).filter((path8) => !(path8 in now));
  const added = Object.keys(now).filter((path8) => !(path8 in old));
  return unionKeys(old, now).flatMap((path8) => {
    const before = old[path8];
    const after = now[path8];
    if (before && !after)
      return underAny(path8, removed) ? [] : [{ breaking: true, text: `response field ${path8} removed` }];
    if (!before && after)
      return underAny(path8, added) ? [] : [
        {
          breaking: false,
          text: `response field ${path8} added (${describeValue(after)}, ${after.required ? "always present" : "optional"})`
        }
      ];
    if (!before || !after) return [];
    const notes = [];
    if (before.required !== after.required)
      notes.push({ breaking: before.required, text: after.required ? "now always present" : "may now be absent" });
    notes.push(...diffValue(before, after, "output"));
    return notes.map((note) => ({ ...note, text: `response field ${path8}: ${note.text}` }));
  });
}
function diffValue(before, after, direction) {
  const notes = [];
  const add = (narrowed, widened, text2) => {
    notes.push({ breaking: direction === "input" ? narrowed : widened, text: text2 });
  };
  const types = typeChange(typeList(before.type), typeList(after.type));
  if (types) add(types.narrowed, types.widened, `type ${before.type} -> ${after.type}`);
  enumChanges(before, after, add);
  for (const note of ruleNotes(before, after))
    notes.push({ breaking: direction === "input" && note.tightened, text: note.text });
  if (!sameJson(before.default, after.default))
    notes.push({ breaking: false, text: `default ${jsonText(before.default)} -> ${jsonText(after.default)}` });
  if (Boolean(before.deprecated) !== Boolean(after.deprecated))
    notes.push({ breaking: false, text: after.deprecated ? "now deprecated" : "no longer deprecated" });
  return notes;
}
function typeChange(before, after) {
  if (sameJson(before, after)) return void 0;
  const covers = (types, type) => types.length === 0 || types.includes(type) || type === "integer" && types.includes("number");
  const narrowed = before.length === 0 ? after.length > 0 : before.some((type) => !covers(after, type));
  const widened = after.length === 0 ? before.length > 0 : after.some((type) => !covers(before, type));
  return { narrowed, widened };
}
function enumChanges(before, after, add) {
  const old = before.enum ?? (before.const !== void 0 ? [before.const] : void 0);
  const now = after.enum ?? (after.const !== void 0 ? [after.const] : void 0);
  if (old === void 0 && now !== void 0) add(true, false, `now restricted to ${listText(now)}`);
  else if (old !== void 0 && now === void 0) add(false, true, `no longer restricted to ${listText(old)}`);
  else if (old !== void 0 && now !== void 0) {
    const lost = old.filter((value) => !now.some((candidate) => sameJson(candidate, value)));
    const gained = now.filter((value) => !old.some((candidate) => sameJson(candidate, value)));
    if (lost.length > 0) add(true, false, `allowed values lose ${listText(lost)}`);
    if (gained.length > 0) add(false, true, `allowed values gain ${listText(gained)}`);
  }
}
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems"];
var EXACT_RULES = ["format", "pattern", "multipleOf"];
function ruleNotes(before, after) {
  const notes = [];
  const bound = (key, lower) => {
    const old = before[key];
    const now = after[key];
    if (old === now) return;
    const tightened = now !== void 0 && (old === void 0 || (lower ? now > old : now < old));
    notes.push({ tightened, text: `${ruleText(key, old, now)} (${tightened ? "tightened" : "loosened"})` });
  };
  for (const key of LOWER_BOUNDS) bound(key, true);
  for (const key of UPPER_BOUNDS) bound(key, false);
  for (const key of EXACT_RULES) {
    const old = before[key];
    const now = after[key];
    if (old !== now)
      notes.push({
        tightened: now !== void 0,
        text: `${ruleText(key, old, now)} (${now !== void 0 ? "tightened" : "loosened"})`
      });
  }
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) {
    notes.push({
      tightened: Boolean(after.uniqueItems),
      text: after.uniqueItems ? "items must now be unique (tightened)" : "items need no longer be unique (loosened)"
    });
  }
  return notes;
}
function ruleText(key, old, now) {
  if (old === void 0) return `${key} ${jsonText(now)} added`;
  if (now === void 0) return `${key} ${jsonText(old)} removed`;
  return `${key} ${jsonText(old)} -> ${jsonText(now)}`;
}
function describeValue(value) {
  const rules = [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...EXACT_RULES].filter((key) => value[key] !== void 0).map((key) => `${key} ${jsonText(value[key])}`);
  const choice = value.enum ? [`one of ${value.enum.map(jsonText).join(", ")}`] : [];
  return [value.type, ...choice, ...rules].join(", ");
}
function typeList(type) {
  return type === "any" ? [] : type.split("|");
}
function listText(values) {
  return values.map(jsonText).join(", ");
}
function jsonText(value) {
  return value === void 0 ? "none" : JSON.stringify(value);
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function underAny(path8, parents) {
  return parents.some((parent) => parent !== path8 && (path8.startsWith(`${parent}.`) || path8.startsWith(`${parent}[]`)));
}
function unionKeys(a, b) {
  return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

// generator/surface/version.ts
function nextVersion(previous, changes, filesChanged, floor) {
  const current = parse(previous) ?? parse(floor) ?? [0, 1, 0];
  const breaking = changes.some((change) => change.breaking);
  const added = changes.some((change) => !change.breaking);
  const [major, minor, patch] = current;
  let next = current;
  if (major === 0) {
    if (breaking) next = [0, minor + 1, 0];
    else if (added || filesChanged) next = [0, minor, patch + 1];
  } else if (breaking) next = [major + 1, 0, 0];
  else if (added) next = [major, minor + 1, 0];
  else if (filesChanged) next = [major, minor, patch + 1];
  const declared = parse(floor);
  return format(declared !== void 0 && compare3(declared, next) > 0 ? declared : next);
}
function parse(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  return match === null ? void 0 : [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compare3(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function format(version) {
  return version.join(".");
}

// generator/render/surface-file.ts
function renderSurface(surface) {
  return { path: SURFACE_FILE, contents: printJson(surface) };
}

// generator/render/tree-shakable.ts
function renderTreeShakable(ctx) {
  const { model } = ctx;
  const { sdk } = model;
  const typeParam = { name: "R", constraint: typeRef("ReadonlyArray", [typeRef("ClientPart")]) };
  const options = param("options", {
    kind: "intersection",
    types: [
      typeRef(sdk.optionsType),
      {
        kind: "objectType",
        members: [{ kind: "propertySignature", name: "resources", type: typeRef("R"), readonly: true }]
      }
    ]
  });
  const body = [
    header(model, `The tree-shakable ${model.title} client: only the resources an app names are bundled.`),
    importFrom("./runtime/index.js", [{ name: "createClient", alias: "create" }]),
    importFrom("./runtime/index.js", ["ClientFrom", "ClientPart"], true),
    { kind: "exportFrom", from: "./runtime/index.js", names: [{ name: "rawNamespace" }] },
    importFrom("./api.js", ["API"]),
    importFrom("./api.js", [sdk.optionsType], true),
    ...spaced([
      fn(
        "createClient",
        [options],
        [
          ret(
            call(id("create"), [
              id("API"),
              id("options"),
              { kind: "member", object: id("options"), name: "resources" }
            ])
          )
        ],
        {
          typeParams: [typeParam],
          returns: typeRef("ClientFrom", [typeRef("R")]),
          exported: true,
          doc: [
            `Creates a ${model.title} client with only the given resources, each imported from its \`resources/...\` module.`,
            "",
            `Takes the options of \`${sdk.clientFactory}\`, plus \`resources\` (add \`rawNamespace\` for \`client.raw\`);`,
            "`validateResponses` is not available here."
          ]
        }
      )
    ])
  ];
  const module = { body };
  return [
    { path: "dist/tree-shakable.js", contents: printModule(module, "js") },
    { path: "dist/tree-shakable.d.ts", contents: printModule(module, "dts") }
  ];
}

// generator/render/types-module.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function renderTypesModule(ctx) {
  const { model, plan } = ctx;
  const byFile = /* @__PURE__ */ new Map();
  for (const named of model.schemas) append(byFile, plan.home.get(named.id) || "", named.typeName);
  const imports2 = [...byFile].sort(([a], [b]) => a < b ? -1 : 1).map(([file, names2]) => importFrom(file === "" ? "./schemas.js" : `./units/${file}.js`, names2.sort(), true));
  const unique2 = uniqueOperationIds(model.operations);
  const body = [
    header(model, `${model.title} in openapi-typescript's shape: \`paths\`, \`operations\` and \`components\`.`),
    ...imports2,
    ...spaced([
      { kind: "interface", name: "paths", members: pathMembers(model.operations, unique2, ctx), exported: true },
      { kind: "typeAlias", name: "webhooks", type: typeRef("Record", [kw("string"), kw("never")]), exported: true },
      { kind: "interface", name: "components", members: componentMembers(ctx), exported: true },
      { kind: "typeAlias", name: "$defs", type: typeRef("Record", [kw("string"), kw("never")]), exported: true },
      {
        kind: "interface",
        name: "operations",
        members: model.operations.filter((operation) => unique2.has(operation)).map((operation) => propSig(operation.operationId, operationType(operation, ctx))),
        exported: true
      }
    ])
  ];
  const module = { body };
  return [
    { path: "dist/types.js", contents: printModule(module, "js") },
    { path: "dist/types.d.ts", contents: printModule(module, "dts") }
  ];
}
function uniqueOperationIds(operations) {
  const counts = /* @__PURE__ */ new Map();
  for (const operation of operations) counts.set(operation.operationId, (counts.get(operation.operationId) ?? 0) + 1);
  return new Set(operations.filter((operation) => counts.get(operation.operationId) === 1));
}
function pathMembers(operations, unique2, ctx) {
  const byPath2 = /* @__PURE__ */ new Map();
  for (const operation of operations) append(byPath2, operation.path, operation);
  return [...byPath2].sort(([a], [b]) => a < b ? -1 : 1).map(([path8, list2]) => {
    const members = [propSig("parameters", emptyParameters())];
    for (const method of METHODS) {
      const operation = list2.find((candidate) => candidate.method === method);
      if (operation === void 0) members.push(propSig(method, kw("never"), { optional: true }));
      else {
        const type = unique2.has(operation) ? indexed(typeRef("operations"), litType(operation.operationId)) : operationType(operation, ctx);
        members.push(propSig(method, type, operation.summary === void 0 ? {} : { doc: [operation.summary] }));
      }
    }
    return propSig(path8, objectType(members, true));
  });
}
function emptyParameters() {
  return objectType(
    ["query", "header", "path", "cookie"].map(
      (location) => propSig(location, kw("never"), { optional: true })
    )
  );
}
function operationType(operation, ctx) {
  const members = [propSig("parameters", parametersType(operation.params, ctx))];
  const body = operation.body;
  if (body === void 0) members.push(propSig("requestBody", kw("never"), { optional: true }));
  else {
    const content = objectType(body.media.map((media) => propSig(media.mediaType, ctx.type(media.schema, "json"))));
    members.push(propSig("requestBody", objectType([propSig("content", content)]), { optional: !body.required }));
  }
  const responses = operation.responses.map((response) => {
    const headers = propSig(
      "headers",
      objectType([{ kind: "indexSignature", keyName: "name", keyType: kw("string"), type: kw("unknown") }])
    );
    const content = response.content.length === 0 ? propSig("content", kw("never"), { optional: true }) : propSig(
      "content",
      objectType(response.content.map((entry) => propSig(entry.mediaType, ctx.type(entry.schema, "json"))))
    );
    return propSig(
      response.status,
      objectType([headers, content], true),
      response.description === void 0 ? {} : { doc: [response.description] }
    );
  });
  members.push(propSig("responses", objectType(responses, true)));
  return objectType(members, true);
}
function parametersType(params, ctx) {
  return objectType(
    ["query", "header", "path", "cookie"].map((location) => {
      const here = params.filter((param2) => param2.in === location);
      if (here.length === 0) return propSig(location, kw("never"), { optional: true });
      const fields = here.map(
        (param2) => propSig(param2.name, ctx.type(param2.schema, "json"), { optional: !param2.required })
      );
      return propSig(location, objectType(fields), { optional: here.every((param2) => !param2.required) });
    })
  );
}
function componentMembers(ctx) {
  const schemas = objectType(
    ctx.model.schemas.map((named) => propSig(named.id, typeRef(named.typeName))),
    true
  );
  return [
    propSig("schemas", schemas),
    ...["responses", "parameters", "requestBodies", "headers", "pathItems"].map((name) => propSig(name, kw("never")))
  ];
}

// generator/render/validators.ts
function renderValidators(ctx) {
  const targets = validationTargets(ctx);
  const byModule = /* @__PURE__ */ new Map();
  for (const target of targets) append(byModule, target.from, target);
  const imports2 = [
    importFrom("./runtime/index.js", ["assertion", "guard", "validator"]),
    importFrom("./runtime/index.js", ["ValidationResult"], true)
  ];
  for (const [from, group2] of [...byModule].sort(([a], [b]) => a < b ? -1 : 1)) {
    imports2.push(importFrom(from, group2.map((target) => target.typeName).sort(), true));
    imports2.push(importFrom(from, group2.map((target) => checkName(target.typeName)).sort()));
  }
  const body = [
    header(
      ctx.model,
      `Validators for ${ctx.model.title}.`,
      "",
      "For every schema, and every operation's params and response body: `isX` (a type guard), `validateX` (every",
      "problem, each with a JSON pointer) and `assertX` (throws a ValidationError). No eval: they run under a strict CSP."
    ),
    ...imports2,
    ...spaced(targets.flatMap(wrappers))
  ];
  const module = { body };
  return [
    { path: "dist/validators.js", contents: printModule(module, "js") },
    { path: "dist/validators.d.ts", contents: printModule(module, "dts") }
  ];
}
function validationTargets(ctx) {
  const { plan } = ctx;
  const targets = plan.model.schemas.map((named) => {
    const home = plan.home.get(named.id) ?? "";
    return {
      typeName: named.typeName,
      from: home === "" ? "./schemas.js" : `./units/${home}.js`,
      what: `the \`${named.id}\` schema`
    };
  });
  for (const unit of plan.units) {
    const from = `./units/${unit.file}.js`;
    for (const operation of unit.operations) {
      const label2 = `\`${operation.method.toUpperCase()} ${operation.path}\``;
      if (!takesNothing(operation))
        for (const input of operation.inputs)
          targets.push({ typeName: input.typeName, from, what: `the params of ${label2}` });
      if (operation.success.kind === "json" && operation.success.schema !== void 0)
        targets.push({
          typeName: `${operation.typeName}Response`,
          from,
          what: `the ${operation.success.status} response body of ${label2}`
        });
    }
  }
  return targets;
}
function wrappers(target) {
  const { typeName, what } = target;
  const check = id(checkName(typeName));
  const value = param("value", kw("unknown"));
  const fnType = (returns) => ({ kind: "functionType", params: [value], returns });
  const predicate = (asserts) => ({
    kind: "typePredicate",
    param: "value",
    type: typeRef(typeName),
    asserts
  });
  return [
    constDecl(`is${typeName}`, call(id("guard"), [check], { pure: true }), {
      type: fnType(predicate(false)),
      exported: true,
      doc: [`Whether \`value\` matches ${what}. Stops at the first problem.`]
    }),
    constDecl(`validate${typeName}`, call(id("validator"), [check], { pure: true }), {
      type: fnType(typeRef("ValidationResult", [typeRef(typeName)])),
      exported: true,
      doc: [`Checks \`value\` against ${what}; reports every problem, each with a JSON pointer.`]
    }),
    constDecl(`assert${typeName}`, call(id("assertion"), [check, str(typeName)], { pure: true }), {
      type: fnType(predicate(true)),
      exported: true,
      doc: [`Throws a ValidationError listing every problem unless \`value\` matches ${what}.`]
    })
  ];
}

// generator/render/index.ts
function renderPackage(plan, assets, cache) {
  const ctx = renderContext(plan);
  return [
    ...plan.units.flatMap((unit) => cachedUnit(unit, cache, () => renderUnit(unit, ctx))),
    ...renderSharedSchemas(ctx),
    ...renderValidators(ctx),
    ...renderTypesModule(ctx),
    ...renderIndexModule(ctx),
    ...renderTreeShakable(ctx),
    ...assets.runtime
  ];
}
function cachedUnit(unit, cache, render) {
  const hit = cache?.get(unit.file);
  if (hit !== void 0 && hit.hash === unit.hash) return hit.files;
  const files = render();
  cache?.set(unit.file, { hash: unit.hash, files });
  return files;
}
function renderVersioned(plan, version, surface) {
  const ctx = renderContext(plan);
  return [
    ...renderApiModule(ctx, version),
    renderPackageJson(ctx, version),
    renderSurface(surface),
    renderReadme(ctx, version)
  ];
}

// generator/schema/annotations.ts
var ANNOTATION_KEYS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "examples",
  "example",
  "format",
  "nullable",
  "externalDocs",
  "xml",
  "$schema",
  "$id",
  "$anchor",
  "$dynamicAnchor",
  "$comment",
  "$defs",
  "definitions",
  "$vocabulary",
  "contentMediaType",
  "contentEncoding",
  "contentSchema"
]);
function readAnnotations(raw) {
  const annotations = {};
  if (typeof raw.title === "string") annotations.title = raw.title;
  if (typeof raw.description === "string") annotations.description = raw.description;
  if (raw.deprecated === true) annotations.deprecated = true;
  if (raw.readOnly === true) annotations.readOnly = true;
  if (raw.writeOnly === true) annotations.writeOnly = true;
  if (Object.hasOwn(raw, "default")) annotations.default = { value: raw.default };
  const examples = [...Array.isArray(raw.examples) ? raw.examples : []];
  if (Object.hasOwn(raw, "example")) examples.push(raw.example);
  if (examples.length > 0) annotations.examples = examples;
  if (typeof raw.format === "string") annotations.format = raw.format;
  return annotations;
}
var UNSUPPORTED_KEYS = /* @__PURE__ */ new Set([
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "$recursiveRef",
  "additionalItems"
]);

// generator/schema/redos.ts
import { createRequire } from "node:module";

// generator/schema/ambiguity.ts
function infinitelyAmbiguous(automaton) {
  return hasEda(automaton) || hasIda(automaton);
}
function overlaps(...sets) {
  const [first, ...rest] = sets;
  for (let word = 0; word < first.length; word++) {
    let bits = first[word];
    for (const set of rest) bits &= set[word];
    if (bits !== 0) return true;
  }
  return false;
}
function hasEda({ follow, symbols }) {
  const edges = follow.flatMap((targets, from) => targets.map((to) => ({ from, to })));
  const leaving = follow.map(() => []);
  edges.forEach((edge, index) => leaving[edge.from].push(index));
  const m = edges.length;
  const next = (node) => {
    const a = edges[Math.floor(node / m)];
    const b = edges[node % m];
    const out = [];
    for (const a2 of leaving[a.to])
      for (const b2 of leaving[b.to])
        if (overlaps(symbols[edges[a2].to], symbols[edges[b2].to])) out.push(a2 * m + b2);
    return out;
  };
  for (const component of components(m * m, next)) {
    const same = component.some((node) => Math.floor(node / m) === node % m);
    const different = component.some((node) => Math.floor(node / m) !== node % m);
    if (same && different) return true;
  }
  return false;
}
function hasIda({ follow, symbols }) {
  const n = follow.length;
  const looping = loopingStates(follow);
  const reach = follow.map((_, from) => reachable2(follow, from));
  for (const p of looping) {
    for (const q of looping) {
      if (p === q || !reach[p].has(q)) continue;
      if (tripleReaches(follow, symbols, n, [p, p, q], [p, q, q])) return true;
    }
  }
  return false;
}
function tripleReaches(follow, symbols, n, from, to) {
  const key = (a, b, c) => (a * n + b) * n + c;
  const target = key(to[0], to[1], to[2]);
  const seen = new Uint8Array(n * n * n);
  const queue = [[from[0], from[1], from[2]]];
  while (queue.length > 0) {
    const [a, b, c] = queue.pop();
    for (const a2 of follow[a])
      for (const b2 of follow[b]) {
        if (!overlaps(symbols[a2], symbols[b2])) continue;
        for (const c2 of follow[c]) {
          const node = key(a2, b2, c2);
          if (seen[node] === 1 || !overlaps(symbols[a2], symbols[b2], symbols[c2])) continue;
          if (node === target) return true;
          seen[node] = 1;
          queue.push([a2, b2, c2]);
        }
      }
  }
  return false;
}
function loopingStates(follow) {
  return follow.flatMap((_, state) => reachable2(follow, state).has(state) ? [state] : []);
}
function reachable2(follow, from) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...follow[from]];
  while (stack.length > 0) {
    const state = stack.pop();
    if (seen.has(state)) continue;
    seen.add(state);
    stack.push(...follow[state]);
  }
  return seen;
}
function components(size, next) {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = [];
  const found = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work = [{ node: root, edges: next(root), at: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work.at(-1);
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++];
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          work.push({ node: to, edges: next(to), at: 0 });
        } else if (onStack[to] === 1) low[frame.node] = Math.min(low[frame.node], index[to]);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent !== void 0) low[parent.node] = Math.min(low[parent.node], low[frame.node]);
      if (low[frame.node] === index[frame.node]) {
        const component = [];
        let node;
        do {
          node = stack.pop();
          onStack[node] = 0;
          component.push(node);
        } while (node !== frame.node);
        found.push(component);
      }
    }
  }
  return found;
}

// generator/schema/regex-alphabet.ts
function alphabetOf(scan2, source) {
  const texts = scan2.atoms.map((atom) => source.slice(atom.start, atom.end));
  if (texts.some((text2) => /\\[pPck1-9]|\\u\{?[dD][89a-fA-F]/.test(text2))) return void 0;
  const matchers = texts.map((text2) => new RegExp(`^(?:${text2})$`, "u"));
  const cells = cellsOf(edgesOf(texts), matchers);
  const words3 = Math.ceil(cells.length / 32) || 1;
  const ofAtom = texts.map(() => new Uint32Array(words3));
  cells.forEach((atoms, symbol) => {
    for (const atom of atoms) ofAtom[atom][symbol >>> 5] |= 1 << (symbol & 31);
  });
  const all = new Uint32Array(words3);
  for (let symbol = 0; symbol < cells.length; symbol++) all[symbol >>> 5] |= 1 << (symbol & 31);
  return { ofAtom, all };
}
var CLASS_EDGES = {
  d: [48, 58],
  w: [48, 58, 65, 91, 95, 96, 97, 123],
  s: [
    9,
    14,
    32,
    33,
    160,
    161,
    5760,
    5761,
    8192,
    8203,
    8232,
    8234,
    8239,
    8240,
    8287,
    8288,
    12288,
    12289,
    65279,
    65280
  ]
};
var DOT_EDGES = [10, 11, 13, 14, 8232, 8234];
var WRITTEN = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g;
function edgesOf(texts) {
  const edges = /* @__PURE__ */ new Set([0, 1, 1114112]);
  const add = (codePoint) => {
    edges.add(codePoint);
    edges.add(codePoint + 1);
  };
  for (const text2 of texts) {
    for (const char of text2) add(char.codePointAt(0));
    for (const match of text2.matchAll(WRITTEN)) add(parseInt(match[1] ?? match[2] ?? match[3], 16));
    for (const [name, list2] of Object.entries(CLASS_EDGES))
      if (new RegExp(`\\\\${name}`, "i").test(text2)) list2.forEach((edge) => edges.add(edge));
    if (text2 === ".") DOT_EDGES.forEach((edge) => edges.add(edge));
  }
  return [...edges].filter((edge) => edge <= 1114112).sort((a, b) => a - b);
}
function cellsOf(edges, matchers) {
  const seen = /* @__PURE__ */ new Map();
  for (const codePoint of edges.slice(0, -1)) {
    const char = String.fromCodePoint(codePoint);
    const atoms = matchers.flatMap((matcher, index) => matcher.test(char) ? [index] : []);
    seen.set(atoms.join(","), atoms);
  }
  return [...seen.values()];
}

// generator/schema/regex-nfa.ts
var EMPTY = { nullable: true, first: [], last: [] };
function automatonOf(source, scan2, symbolsOfAtom, all) {
  if (scan2.complex) return void 0;
  const atomAt = new Map(scan2.atoms.map((atom, index) => [atom.start, { ...atom, index }]));
  const follow = [];
  const symbols = [];
  const state = (set) => {
    follow.push([]);
    symbols.push(set);
    return follow.length - 1;
  };
  const link = (from, to) => {
    for (const p of from) for (const q of to) follow[p].push(q);
  };
  let at2 = 0;
  const disjunction = () => {
    let part = alternative();
    while (source[at2] === "|") {
      at2++;
      const other = alternative();
      part = {
        nullable: part.nullable || other.nullable,
        first: [...part.first, ...other.first],
        last: [...part.last, ...other.last]
      };
    }
    return part;
  };
  const alternative = () => {
    let part = EMPTY;
    while (at2 < source.length && source[at2] !== "|" && source[at2] !== ")") {
      const next = quantified(term());
      link(part.last, next.first);
      part = {
        nullable: part.nullable && next.nullable,
        first: part.nullable ? [...part.first, ...next.first] : part.first,
        last: next.nullable ? [...part.last, ...next.last] : next.last
      };
    }
    return part;
  };
  const term = () => {
    const atom = atomAt.get(at2);
    if (atom !== void 0) {
      at2 = atom.end;
      const id2 = state(symbolsOfAtom(atom.index));
      return { nullable: false, first: [id2], last: [id2] };
    }
    const char = source[at2];
    if (char === "(") {
      at2 = source.startsWith("(?<", at2) ? source.indexOf(">", at2) + 1 : source.startsWith("(?:", at2) ? at2 + 3 : at2 + 1;
      const inner = disjunction();
      at2++;
      return inner;
    }
    at2 += char === "\\" ? 2 : 1;
    return EMPTY;
  };
  const quantified = (part) => {
    const match = /^(?:[*+?]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(at2));
    if (match === null) return part;
    at2 += match[0].length;
    const min = match[0][0] === "+" ? 1 : match[1] !== void 0 ? Number(match[1]) : 0;
    const max = match[0][0] === "?" ? 1 : match[2] === void 0 && match[1] !== void 0 ? Number(match[1]) : Infinity;
    if (max > 1) link(part.last, part.first);
    return { ...part, nullable: part.nullable || min === 0 };
  };
  const whole = disjunction();
  if (!scan2.anchoredStart) {
    const loop2 = state(all);
    link([loop2], [loop2, ...whole.first]);
    return { initial: [loop2, ...whole.first], follow, symbols };
  }
  return { initial: whole.first, follow, symbols };
}

// generator/schema/regex-scan.ts
function scanRegex(source) {
  const quantifiers = [];
  const atoms = [];
  const groupStarts = [];
  let complex = false;
  let topLevelAlternation = false;
  let lastAtom;
  let at2 = 0;
  while (at2 < source.length) {
    const char = source[at2];
    if (char === "\\") {
      const escape2 = source[at2 + 1] ?? "";
      if (/[1-9k]/.test(escape2)) complex = true;
      const end = escapeEnd(source, at2);
      if (!/[bB]/.test(escape2)) atoms.push({ start: at2, end, kind: "escape" });
      at2 = end;
      lastAtom = { onGroup: false };
    } else if (char === "[") {
      const end = classEnd(source, at2);
      atoms.push({ start: at2, end, kind: "class" });
      at2 = end;
      lastAtom = { onGroup: false };
    } else if (char === "(") {
      if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(at2, at2 + 4))) complex = true;
      groupStarts.push(at2);
      at2 = source.startsWith("(?<", at2) && !/^\(\?<[=!]/.test(source.slice(at2, at2 + 4)) ? source.indexOf(">", at2) + 1 : source.startsWith("(?", at2) ? at2 + 3 : at2 + 1;
      lastAtom = void 0;
    } else if (char === ")") {
      groupStarts.pop();
      at2++;
      lastAtom = { onGroup: true };
    } else if (char === "|") {
      if (groupStarts.length === 0) topLevelAlternation = true;
      at2++;
      lastAtom = void 0;
    } else if (char === "*" || char === "+" || char === "?" || char === "{" && /^\{\d+(?:,\d*)?\}/.test(source.slice(at2))) {
      const quantifier = readQuantifier(source, at2, lastAtom?.onGroup ?? false);
      quantifiers.push(quantifier);
      at2 = quantifier.end;
      lastAtom = void 0;
    } else {
      const width = String.fromCodePoint(source.codePointAt(at2)).length;
      if (char !== "^" && char !== "$") atoms.push({ start: at2, end: at2 + width, kind: char === "." ? "dot" : "char" });
      at2 += width;
      lastAtom = char === "^" || char === "$" ? void 0 : { onGroup: false };
    }
  }
  return { quantifiers, atoms, anchoredStart: source.startsWith("^") && !topLevelAlternation, complex };
}
function readQuantifier(source, start, onGroup) {
  const char = source[start];
  let end = start + 1;
  let min = char === "+" ? 1 : 0;
  let max = char === "?" ? 1 : Infinity;
  if (char === "{") {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start));
    min = Number(match[1]);
    max = match[2] === void 0 ? min : match[3] === "" ? Infinity : Number(match[3]);
    end = start + match[0].length;
  }
  if (source[end] === "?") end++;
  return { start, end, min, max, onGroup };
}
function escapeEnd(source, at2) {
  const rest = source.slice(at2);
  const long = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|\d+)/.exec(rest);
  return at2 + (long ? long[0].length : Math.min(2, rest.length));
}
function classEnd(source, at2) {
  let index = at2 + 1;
  while (index < source.length && source[index] !== "]")
    index = source[index] === "\\" ? escapeEnd(source, index) : index + 1;
  return index + 1;
}

// generator/schema/redos.ts
var PatternAnalyser = class {
  #verdicts = /* @__PURE__ */ new Map();
  #analysed = 0;
  #recheck = 0;
  #analysisMs = 0;
  superLinear(source) {
    let verdict = this.#verdicts.get(source);
    if (verdict === void 0) {
      verdict = !provablyLinear(scanRegex(source)) && this.#analyse(source);
      this.#verdicts.set(source, verdict);
    }
    return verdict;
  }
  /** How many patterns needed the analyser, and the time it took: for `bench/`. */
  get stats() {
    return {
      patterns: this.#verdicts.size,
      analysed: this.#analysed,
      byRecheck: this.#recheck,
      analysisMs: this.#analysisMs
    };
  }
  #analyse(source) {
    const started = performance.now();
    this.#analysed++;
    try {
      const simplified = withUnboundedRepetition(source);
      const scan2 = scanRegex(simplified);
      const alphabet = alphabetOf(scan2, simplified);
      const automaton = alphabet && automatonOf(simplified, scan2, (atom) => alphabet.ofAtom[atom], alphabet.all);
      if (automaton !== void 0 && automaton.follow.length <= MAX_STATES) return infinitelyAmbiguous(automaton);
      this.#recheck++;
      return recheckSays(simplified);
    } finally {
      this.#analysisMs += performance.now() - started;
    }
  }
};
function provablyLinear(scan2) {
  if (scan2.complex) return false;
  if (scan2.quantifiers.some((quantifier) => quantifier.onGroup && quantifier.max > 1)) return false;
  const unbounded = scan2.quantifiers.filter((quantifier) => quantifier.max === Infinity);
  return unbounded.length === 0 || scan2.anchoredStart && unbounded.length === 1 && !unbounded[0].onGroup;
}
function withUnboundedRepetition(source) {
  let out = "";
  let from = 0;
  for (const { start, end, min, max } of scanRegex(source).quantifiers) {
    if (source[start] !== "{" || max === Infinity) continue;
    const lazy = source[end - 1] === "?" ? "?" : "";
    out += source.slice(from, start) + (min === 0 ? "*" : "+") + lazy;
    from = end;
  }
  return out + source.slice(from);
}
var MAX_STATES = 200;
var recheck;
function recheckSays(source) {
  recheck ??= createRequire(import.meta.url)("recheck");
  const before = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = "pure";
  try {
    return recheck.checkSync(source, "u", { checker: "automaton", timeout: 1e4 }).status !== "safe";
  } finally {
    if (before === void 0) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = before;
  }
}

// generator/schema/read.ts
var COMPONENT_SCHEMA = /^\/components\/schemas\/([^/]+)$/;
var KEYWORD_KEYS = new Set(
  KEYWORD_NAMES.flatMap((name) => [name, ...definitionOf(name).alsoReads ?? []])
);
var SchemaReader = class {
  #ctx;
  #cache = /* @__PURE__ */ new Map();
  /** Pointers being read right now: a `$ref` back into one of them is recursion outside the components. */
  #reading = /* @__PURE__ */ new Set();
  #said = /* @__PURE__ */ new Set();
  patterns = new PatternAnalyser();
  constructor(ctx) {
    this.#ctx = ctx;
  }
  read(pointer) {
    return this.#cache.get(pointer) ?? this.#readAt(pointer, getAtPointer(this.#ctx.spec.document, pointer));
  }
  /** `raw` is the value at `pointer`: a parent hands its children over without walking from the root. */
  #readAt(pointer, raw) {
    const cached = this.#cache.get(pointer);
    if (cached !== void 0) return cached;
    this.#reading.add(pointer);
    try {
      const schema = this.#readNode(pointer, raw);
      this.#cache.set(pointer, schema);
      return schema;
    } finally {
      this.#reading.delete(pointer);
    }
  }
  /**
   * Warns about every `default` and example (of a schema read so far) that its own schema
   * rejects: "a `default: 100` beside `maximum: 50`" is a located warning saying what is wrong.
   * Call it once reading is done; the generation-time interpreter decides, without ajv.
   */
  checkAnnotations() {
    const named = (id2) => this.read(joinPointer("/components/schemas", id2));
    for (const [pointer, schema] of [...this.#cache]) {
      if (schema.kind !== "schema" || schema.at.pointer !== pointer) continue;
      const raw = getAtPointer(this.#ctx.spec.document, pointer);
      if (schema.annotations.default !== void 0)
        this.#checkExample(schema, schema.annotations.default.value, [pointer, "default"], named);
      const listed2 = Array.isArray(raw.examples) ? raw.examples.length : 0;
      (schema.annotations.examples ?? []).forEach((example, index) => {
        const at2 = index < listed2 ? [pointer, "examples", index] : [pointer, "example"];
        this.#checkExample(schema, example, at2, named);
      });
    }
  }
  #checkExample(schema, value, [pointer, ...tokens], named) {
    const issue = checkValue(schema, value, named);
    if (issue === void 0) return;
    const what = tokens[0] === "default" ? "default" : "example";
    const where = issue.path === "" ? "" : ` at ${issue.path}`;
    const code = what === "default" ? "default_invalid" : "example_invalid";
    this.#warn(
      code,
      this.#ctx.spec.locate(joinPointer(pointer, ...tokens)),
      `${what} ${JSON.stringify(value)} breaks its schema${where}: ${issue.message} (${issue.keyword})`
    );
  }
  #readNode(pointer, raw) {
    const at2 = this.#ctx.spec.locate(pointer);
    if (typeof raw === "boolean") return raw ? emptyNode(at2) : falseNode(at2);
    if (!isObject(raw)) {
      this.#warn("invalid_schema", at2, "a schema must be an object or a boolean: read as {}");
      return emptyNode(at2);
    }
    const target = this.#ctx.spec.refs.get(pointer);
    return target === void 0 ? this.#readObject(pointer, raw, at2) : this.#readRef(pointer, target, raw, at2);
  }
  /**
   * A component schema stays a reference (recursion works through it, and each is checked and
   * typed once); anything else is read inline. In 3.1 keywords beside `$ref` apply too: an allOf.
   */
  #readRef(pointer, target, raw, at2) {
    const ref = this.#refTo(target, at2);
    const siblings = Object.keys(raw).filter((key) => key !== "$ref" && !key.startsWith("x-"));
    if (siblings.length === 0) return ref;
    if (this.#ctx.openapi30) {
      const ignored = siblings.filter((key) => !ANNOTATION_KEYS.has(key) || key === "nullable");
      if (ignored.length > 0)
        this.#warn("ref_sibling_ignored", at2, `keywords beside $ref are ignored in OpenAPI 3.0: ${ignored.join(", ")}`);
      return ref;
    }
    const { $ref: _ref, ...rest } = raw;
    const own2 = this.#readObject(pointer, rest, at2);
    return { ...own2, keywords: { ...own2.keywords, allOf: [ref, ...own2.keywords.allOf ?? []] } };
  }
  #refTo(target, at2) {
    const component = COMPONENT_SCHEMA.exec(target)?.[1];
    if (component !== void 0) return { kind: "ref", target: unescapeToken(component), at: at2 };
    if (this.#reading.has(target)) {
      this.#warn("ref_cycle", at2, `$ref to #${target} recurses outside #/components/schemas: read as {} (not checked)`);
      return emptyNode(at2);
    }
    return this.read(target);
  }
  #readObject(pointer, raw, at2) {
    this.#reportUnsupported(pointer, raw);
    const keywords = {};
    const cx = this.#context(pointer, raw, keywords);
    for (const name of KEYWORD_NAMES) {
      const value = definitionOf(name).read(raw, cx);
      if (value !== void 0) keywords[name] = value;
    }
    return { kind: "schema", at: at2, keywords, annotations: readAnnotations(raw) };
  }
  #context(pointer, raw, sofar) {
    return {
      pointer,
      openapi30: this.#ctx.openapi30,
      sofar,
      schema: (...tokens) => this.#readAt(joinPointer(pointer, ...tokens), childOf(raw, tokens)),
      warn: (code, message, ...tokens) => this.#warn(code, this.#ctx.spec.locate(joinPointer(pointer, ...tokens)), message),
      firstTime: (key) => this.#firstTime(key),
      superLinear: (source) => this.patterns.superLinear(source)
    };
  }
  #reportUnsupported(pointer, raw) {
    for (const key of Object.keys(raw)) {
      if (UNSUPPORTED_KEYS.has(key))
        this.#warn(
          "unsupported_keyword",
          this.#ctx.spec.locate(joinPointer(pointer, key)),
          `the schema keyword '${key}' is not supported: not checked`
        );
      else if (!KEYWORD_KEYS.has(key) && !ANNOTATION_KEYS.has(key) && !key.startsWith("x-") && key !== "$ref" && this.#firstTime(`key:${key}`))
        this.#warn(
          "unsupported_keyword",
          this.#ctx.spec.locate(joinPointer(pointer, key)),
          `unknown schema keyword '${key}': ignored`
        );
    }
  }
  #firstTime(key) {
    if (this.#said.has(key)) return false;
    this.#said.add(key);
    return true;
  }
  #warn(code, at2, message) {
    this.#ctx.issues.warn(code, at2, message);
  }
};
function childOf(raw, tokens) {
  let node = raw;
  for (const token of tokens)
    node = isObject(node) || Array.isArray(node) ? node[token] : void 0;
  return node;
}
function emptyNode(at2) {
  return { kind: "schema", at: at2, keywords: {}, annotations: {} };
}
function falseNode(at2) {
  return { kind: "schema", at: at2, keywords: { type: [] }, annotations: {} };
}

// generator/write/previous.ts
import { readFile as readFile3 } from "node:fs/promises";
import path2 from "node:path";

// generator/write/inspect.ts
import { lstat, readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import path from "node:path";

// generator/write/manifest.ts
import { createHash as createHash3 } from "node:crypto";
var MANIFEST = ".generated-files.json";
var GENERATOR = "cloudflare-billing-codegen";
var OWNED = /^(?:package\.json|README\.md|api-surface\.json|dist\/(?:[\w-]+\/)*[\w.-]+\.(?:js|d\.ts))$/;
function isOwnablePath(path8) {
  return OWNED.test(path8) && !path8.split("/").includes("..");
}
function sha256(contents) {
  return createHash3("sha256").update(contents).digest("hex");
}
function manifestFile(files, spec) {
  const manifest = {
    generator: GENERATOR,
    spec,
    files: Object.fromEntries(files.map((file) => [file.path, sha256(file.contents)]))
  };
  return { path: MANIFEST, contents: `${JSON.stringify(manifest, null, 2)}
` };
}
function parseManifest(text2) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const { generator, spec, files } = parsed;
  if (generator !== GENERATOR || typeof spec !== "object" || spec === null || typeof files !== "object" || files === null)
    return void 0;
  const { name, sha256: hash2 } = spec;
  if (typeof name !== "string" || typeof hash2 !== "string") return void 0;
  const entries2 = Object.entries(files);
  if (!entries2.every(
    ([path8, fileHash]) => isOwnablePath(path8) && typeof fileHash === "string" && /^[0-9a-f]{64}$/.test(fileHash)
  ))
    return void 0;
  return { generator, spec: { name, sha256: hash2 }, files: Object.fromEntries(entries2) };
}

// generator/write/inspect.ts
var UnsafeOutputError = class extends Error {
  name = "UnsafeOutputError";
};
async function inspectOutput(outDir) {
  let stat;
  try {
    stat = await lstat(outDir);
  } catch (error) {
    if (error.code === "ENOENT") return { fresh: true, topLevel: [] };
    throw error;
  }
  if (stat.isSymbolicLink())
    throw new UnsafeOutputError(`${outDir} is a symbolic link: the generator writes only into a real folder`);
  if (!stat.isDirectory()) throw new UnsafeOutputError(`${outDir} is not a folder`);
  const topLevel = (await readdir2(outDir)).sort();
  if (topLevel.length === 0) return { fresh: true, topLevel };
  const manifest = await readManifest(outDir);
  return { fresh: false, topLevel, ...manifest === void 0 ? {} : { manifest } };
}
async function readManifest(outDir) {
  const file = path.join(outDir, MANIFEST);
  try {
    const stat = await lstat(file);
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024) return void 0;
    return parseManifest(await readFile2(file, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function currentHash(outDir, relative) {
  await assertNoLinks(outDir, relative);
  try {
    return sha256(await readFile2(path.join(outDir, relative)));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function assertNoLinks(outDir, relative) {
  let current = outDir;
  for (const part of relative.split("/")) {
    current = path.join(current, part);
    let stat;
    try {
      stat = await lstat(current);
    } catch (error) {
      if (error.code === "ENOENT") return;
      throw error;
    }
    if (stat.isSymbolicLink())
      throw new UnsafeOutputError(`${current} is a symbolic link: the generator never writes through one`);
  }
}

// generator/write/previous.ts
async function readPrevious(outDir) {
  const state = await inspectOutput(outDir).catch(() => void 0);
  const manifest = state?.manifest;
  const hashes = new Map(Object.entries(manifest?.files ?? {}));
  let surface;
  if (hashes.has(SURFACE_FILE)) {
    const text2 = await readFile3(path2.join(outDir, SURFACE_FILE), "utf8").catch(() => void 0);
    surface = text2 === void 0 ? void 0 : parseApiSurface(text2);
  }
  return {
    ...surface === void 0 ? {} : { surface },
    hashes,
    ...manifest === void 0 ? {} : { specName: manifest.spec.name },
    hashOf: sha256
  };
}

// generator/pipeline.ts
async function generate(request, assets, cache) {
  const loaded = await loadSpec(request.spec, request.displayName);
  const resolved = resolveRefs(loaded);
  const model = buildModel(resolved, {
    sourceName: sourceName(request.spec, request.out),
    schemaReader: (ctx) => new SchemaReader(ctx)
  });
  if (request.strict && model.warnings.length > 0)
    throw new SpecProblems(model.warnings.map((warning) => ({ ...warning, severity: "error" })));
  const plan = planUnits(model);
  const previous = await readPrevious(request.out);
  const files = renderPackage(plan, assets, cache);
  const surface = (version2) => buildApiSurface(model, version2);
  const changes = previous.surface === void 0 ? [] : diffApiSurface(previous.surface, surface(previous.surface.version));
  const version = request.version ?? decideVersion(model, previous, changes, files);
  const versioned = renderVersioned(plan, version, surface(version));
  return { model, plan, files: [...files, ...versioned].sort(byPath), version, changes, previous };
}
function decideVersion(model, previous, changes, files) {
  const declared = model.sdk.declaredVersion;
  if (previous.surface === void 0) return declared;
  const filesChanged = files.some((file) => previous.hashes.get(file.path) !== previous.hashOf(file.contents));
  return nextVersion(previous.surface.version, changes, filesChanged, declared);
}
function sourceName(specPath, outDir) {
  return path3.relative(path3.dirname(path3.resolve(outDir)), path3.resolve(specPath)).split(path3.sep).join("/");
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// generator/report.ts
function formatIssue(issue) {
  const prefix = issue.severity === "warning" ? "warning: " : "";
  const lines = [`${formatAt(issue.at)}: ${prefix}${issue.message} [${issue.code}]`];
  if (issue.excerpt !== void 0) lines.push(issue.excerpt.replace(/\n+$/, ""));
  if (issue.hint !== void 0) lines.push(`  hint: ${issue.hint}`);
  return lines.join("\n");
}
function formatAt(at2) {
  return `${at2.file}:${at2.line}:${at2.column} (#${at2.pointer})`;
}
function warningLines(warnings, verbose) {
  if (warnings.length === 0) return [];
  if (verbose) return warnings.map(formatIssue);
  const byCode = /* @__PURE__ */ new Map();
  for (const warning of warnings) {
    const list2 = byCode.get(warning.code);
    if (list2 === void 0) byCode.set(warning.code, [warning]);
    else list2.push(warning);
  }
  const lines = [`${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"} (--verbose lists every one):`];
  for (const [code, list2] of [...byCode].sort(([a], [b]) => a < b ? -1 : 1)) {
    const first = list2[0];
    lines.push(`  ${code}: ${list2.length}, first at ${formatAt(first.at)}: ${first.message}`);
  }
  return lines;
}

// generator/verify.ts
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { tmpdir } from "node:os";
import path4 from "node:path";
var STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  skipLibCheck: false,
  noEmit: true
};
var VerifyError = class extends Error {
  name = "VerifyError";
};
async function verifyOutput(outDir) {
  const ts = (await import("typescript")).default;
  const app = await mkdtemp(path4.join(tmpdir(), "codegen-verify-"));
  try {
    await symlink(path4.resolve(outDir), path4.join(app, "package"), "dir");
    const entry = path4.join(app, "app.mts");
    await writeFile(
      entry,
      [
        "import * as client from './package/dist/index.js';",
        "import * as validators from './package/dist/validators.js';",
        "import type * as types from './package/dist/types.js';",
        "import * as shakable from './package/dist/tree-shakable.js';",
        "export { client, validators, shakable };",
        "export type { types };",
        ""
      ].join("\n")
    );
    const program = ts.createProgram([entry], {
      ...STRICT,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: [],
      // The package's one dependency is types-only (openapi-fetch, for `raw`): the generator's own
      // copy stands in, wherever the output folder is.
      paths: { "openapi-fetch": [openapiFetchTypes()] }
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
      const host = {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => app,
        getNewLine: () => "\n"
      };
      throw new VerifyError(`the generated package does not type-check:
${ts.formatDiagnostics(diagnostics, host)}`);
    }
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}
function openapiFetchTypes() {
  const require2 = createRequire2(import.meta.url);
  return path4.join(path4.dirname(require2.resolve("openapi-fetch/package.json")), "dist/index.d.mts");
}

// generator/watch.ts
import { watch } from "node:fs";
import path5 from "node:path";
function watchPaths(targets, onChange, debounceMs = 150) {
  const pending = /* @__PURE__ */ new Set();
  let timer;
  let running;
  let closed = false;
  const fire = () => {
    timer = void 0;
    if (running !== void 0 || closed) return;
    const changed = [...pending].sort();
    pending.clear();
    running = onChange(changed).finally(() => {
      running = void 0;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const note = (changed) => {
    pending.add(changed);
    schedule();
  };
  const watchers = targets.map((target) => watchTarget(target, note));
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
    }
  };
}
function watchTarget(target, note) {
  if (target.kind === "folder") {
    return watch(
      target.path,
      { recursive: true },
      (_event, name) => note(name ? path5.join(target.path, name.toString()) : target.path)
    );
  }
  const folder = path5.dirname(target.path);
  const file = path5.basename(target.path);
  return watch(folder, (_event, name) => {
    if (name?.toString() === file) note(target.path);
  });
}

// generator/write/index.ts
import { mkdir, mkdtemp as mkdtemp2, rename, rm as rm2, unlink, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";
var ForeignOutputError = class extends Error {
  constructor(message, files) {
    super(message);
    this.files = files;
  }
  files;
  name = "ForeignOutputError";
};
async function writeOutput(outDir, files, options) {
  const state = await inspectOutput(outDir);
  const plan = await planWrite(outDir, files, state, options);
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp2(path6.join(path6.dirname(path6.resolve(outDir)), `.${path6.basename(outDir)}.staging-`));
  try {
    for (const file of plan.changed) await writeNested(staging, file);
    for (const file of plan.changed) await moveInto(staging, outDir, file.path);
    for (const file of plan.removed) await unlink(path6.join(outDir, file));
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
  return {
    written: plan.changed.map((file) => file.path).filter((file) => file !== MANIFEST),
    unchanged: plan.unchanged.filter((file) => file !== MANIFEST),
    removed: plan.removed
  };
}
async function planWrite(outDir, files, state, options) {
  const all = [...files, manifestFile(files, options.spec)];
  if (!state.fresh && state.manifest === void 0 && !options.force)
    throw new ForeignOutputError(
      `${outDir} is not empty and was not written by this generator (it has no ${MANIFEST}): ${preview2(state.topLevel)}. Choose an empty or new folder, or pass --force to write into it anyway.`,
      state.topLevel
    );
  const owned = state.manifest?.files ?? {};
  const changed = [];
  const unchanged = [];
  const foreign = [];
  for (const file of all) {
    const hash2 = await currentHash(outDir, file.path);
    if (hash2 === sha256(file.contents)) unchanged.push(file.path);
    else {
      changed.push(file);
      if (hash2 !== void 0 && file.path !== MANIFEST && owned[file.path] !== hash2) foreign.push(file.path);
    }
  }
  const produced = new Set(all.map((file) => file.path));
  const removed = [];
  for (const [file, hash2] of Object.entries(owned)) {
    if (produced.has(file) || !isOwnablePath(file)) continue;
    const now = await currentHash(outDir, file);
    if (now === hash2) removed.push(file);
    else if (now !== void 0) foreign.push(file);
  }
  if (foreign.length > 0 && !options.force)
    throw new ForeignOutputError(
      `${outDir} has files this generator did not write, or that were changed since: ${preview2(foreign)}. Move them away, or pass --force to overwrite them.`,
      foreign
    );
  return { changed, unchanged, removed };
}
function preview2(files) {
  const shown = files.slice(0, 8).join(", ");
  return files.length > 8 ? `${shown} and ${files.length - 8} more` : shown;
}
async function checkOutput(outDir, files, spec) {
  const state = await inspectOutput(outDir);
  const all = [...files, manifestFile(files, spec)];
  const stale = [];
  const missing = [];
  for (const file of all) {
    const hash2 = await currentHash(outDir, file.path);
    if (hash2 === void 0) missing.push(file.path);
    else if (hash2 !== sha256(file.contents)) stale.push(file.path);
  }
  const produced = new Set(all.map((file) => file.path));
  const obsolete = [];
  for (const file of Object.keys(state.manifest?.files ?? {})) {
    if (!produced.has(file) && await currentHash(outDir, file) !== void 0) obsolete.push(file);
  }
  return { stale, missing, obsolete };
}
async function writeNested(root, file) {
  const target = path6.join(root, file.path);
  await mkdir(path6.dirname(target), { recursive: true });
  await writeFile2(target, file.contents);
}
async function moveInto(from, to, relative) {
  await assertNoLinks(to, relative);
  const target = path6.join(to, relative);
  await mkdir(path6.dirname(target), { recursive: true });
  await rename(path6.join(from, relative), target);
}

// generator/cli.ts
var USAGE = `Usage: cf-billing-codegen [--spec FILE] [--out DIR] [--check | --watch] [options]

  --spec FILE       the OpenAPI 3.0/3.1 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR         the package folder to write (default: generated)
  --check           write nothing; exit 1 listing every file that differs from what the spec gives
  --watch           regenerate whenever the spec changes, until Ctrl-C
  --strict          treat every warning as an error (CI does, for the built-in spec)
  --force           write into a folder that is not ours, or over files changed by hand
  --version SEMVER  the package version (default: the previous one, raised by what changed)
  --verify          type-check the output under strict TypeScript after writing it
  --verbose         list every warning, and print stack traces of unexpected errors
  --help            this text

When the output changes, the API changes are listed first; BREAKING marks those that can break
code written against the previous package, and decides its next version (major, minor, patch).

Exit codes: 0 success, 1 a problem with the spec, the flags or the output folder, or a stale
--check, 2 a generator bug.`;
var UsageError = class extends Error {
  name = "UsageError";
};
async function main(argv) {
  let options;
  try {
    options = parseOptions(argv);
    if (options === void 0) {
      console.log(USAGE);
      return 0;
    }
    return options.watch ? await watchAndRegenerate(options) : await run(options);
  } catch (error) {
    return report2(error, options?.verbose ?? argv.includes("--verbose"));
  }
}
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        spec: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        version: { type: "string" },
        verify: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false }
      },
      strict: true,
      allowPositionals: false
    });
  } catch (error) {
    throw new UsageError(`${error.message}

${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return void 0;
  if (values.check && values.watch)
    throw new UsageError(`--check and --watch do not go together: --check writes nothing.

${USAGE}`);
  if (values.version !== void 0 && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(values.version))
    throw new UsageError(`--version ${JSON.stringify(values.version)} is not a semantic version such as 1.2.3`);
  const spec = values.spec ?? "spec/openapi.yaml";
  return {
    spec,
    displayName: displayPath(path7.resolve(spec)),
    out: values.out ?? "generated",
    outGiven: values.out !== void 0,
    strict: values.strict,
    ...values.version === void 0 ? {} : { version: values.version },
    check: values.check,
    watch: values.watch,
    verbose: values.verbose,
    force: values.force,
    verify: values.verify
  };
}
async function run(options, cache) {
  const started = performance.now();
  const generation = await generate(options, await loadAssets(), cache);
  guardOtherSpec(options, generation);
  for (const line2 of warningLines(generation.model.warnings, options.verbose)) console.warn(line2);
  const changes = formatChanges(generation.changes);
  const spec = { name: generation.model.sourceName, sha256: generation.model.sourceHash };
  if (options.check) return runCheck(options.out, generation, changes, spec);
  const written = await writeOutput(options.out, generation.files, { spec, force: options.force });
  for (const file of written.removed) console.log(`removed ${path7.join(options.out, file)} (no longer generated)`);
  if (written.written.length > 0)
    for (const line2 of changes.length > 0 ? ["API changes:", ...changes.map((l) => `  ${l}`)] : []) console.log(line2);
  if (options.verify) await verifyOutput(options.out);
  const ms = Math.round(performance.now() - started);
  const { operations } = generation.model;
  console.log(
    `${options.out}: ${generation.files.length} files, ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} removed in ${ms} ms; ${operations.length} ${operations.length === 1 ? "operation" : "operations"}, version ${generation.version}`
  );
  return 0;
}
function guardOtherSpec(options, generation) {
  const before = generation.previous.specName;
  if (options.outGiven || before === void 0 || before === generation.model.sourceName) return;
  throw new UsageError(
    `${options.out} holds the package generated from ${before}; generating ${generation.model.sourceName} there would replace it. Pass --out DIR to generate ${options.displayName} into a folder of its own (or --out ${options.out} to replace it on purpose).`
  );
}
async function runCheck(outDir, generation, changes, spec) {
  const report3 = await checkOutput(outDir, generation.files, spec);
  const problems = [
    ...report3.stale.map((file) => `stale: ${path7.join(outDir, file)}`),
    ...report3.missing.map((file) => `missing: ${path7.join(outDir, file)}`),
    ...report3.obsolete.map((file) => `obsolete: ${path7.join(outDir, file)} (no longer generated)`)
  ];
  if (problems.length === 0) {
    console.log(`${outDir}: up to date (${generation.files.length} files)`);
    return 0;
  }
  console.error(
    `${outDir} does not match the spec; run \`npm run generate\`:
${problems.map((line2) => `  ${line2}`).join("\n")}`
  );
  for (const line2 of changes.length > 0 ? ["API changes:", ...changes.map((l) => `  ${l}`)] : []) console.error(line2);
  return 1;
}
async function watchAndRegenerate(options) {
  let stopping = false;
  const stopped = new Promise((resolve) => {
    const stop = () => {
      stopping = true;
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  const cache = /* @__PURE__ */ new Map();
  const once = async () => {
    try {
      await run(options, cache);
    } catch (error) {
      report2(error, options.verbose);
    }
  };
  await Promise.race([once(), stopped]);
  if (stopping) return 0;
  const spec = path7.resolve(options.spec);
  const watcher = watchPaths([{ path: spec, kind: "file" }], async (changed) => {
    console.log(`
changed: ${changed.map(displayPath).join(", ")}`);
    await once();
  });
  console.log(`watching ${displayPath(spec)} (Ctrl-C to stop)`);
  await stopped;
  await watcher.close();
  return 0;
}
function displayPath(file) {
  const relative = path7.relative(process.cwd(), file);
  return relative === "" || relative.startsWith("..") || path7.isAbsolute(relative) ? file : relative;
}
function report2(error, _verbose) {
  if (error instanceof SpecProblems) {
    const errors = error.issues.filter((issue) => issue.severity === "error");
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(
      `generation failed: ${errors.length} ${errors.length === 1 ? "problem" : "problems"} in the spec; nothing was written`
    );
    return 1;
  }
  if (error instanceof UsageError || error instanceof SpecFileError || error instanceof ForeignOutputError || error instanceof UnsafeOutputError) {
    console.error(error.message);
    return 1;
  }
  console.error("cf-billing-codegen: unexpected error (a bug; please report it with this trace):");
  console.error(error instanceof Error ? error.stack : String(error));
  return 2;
}
if (process.argv[1] !== void 0 && fileURLToPath2(import.meta.url) === path7.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
export {
  UsageError,
  main
};
//# sourceMappingURL=cli.mjs.map

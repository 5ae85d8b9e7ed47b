import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/terraform/json-positions.ts
var JsonPositionError = class extends Error {
  constructor(message, file, line) {
    super(message);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function readJsonEscape(text, i) {
  const e = text[i + 1];
  if (e !== void 0 && e in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[e], length: 2 };
  if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { text: String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), length: 6 };
  return void 0;
}
function characterLines(str2) {
  const n = str2.value.length;
  const files = [];
  const fileIndex = new Uint16Array(n + 1);
  const lines = new Int32Array(n + 1);
  const columns = new Int32Array(n + 1);
  const segment = new Int32Array(n + 1);
  const segments = str2.segments && str2.segments.length > 0 ? str2.segments : [{ start: 0, file: str2.loc.file, line: str2.loc.line, literal: false }];
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const end = s + 1 < segments.length ? segments[s + 1].start : n + 1;
    let fi = files.indexOf(seg.file);
    if (fi < 0) fi = files.push(seg.file) - 1;
    let line = seg.line;
    let column = seg.literal && seg.column !== void 0 ? seg.column : 0;
    for (let i = seg.start; i < end && i <= n; i++) {
      fileIndex[i] = fi;
      lines[i] = line;
      columns[i] = column;
      segment[i] = s;
      if (seg.literal && str2.value.charCodeAt(i) === 10) {
        line++;
        if (column > 0) column = 1;
      } else if (column > 0) {
        column++;
      }
    }
  }
  return { files, fileIndex, lines, columns, segment };
}
function parseJsonWithPositions(str2) {
  const text = str2.value;
  const map = characterLines(str2);
  let i = 0;
  const locAt = (start, end) => {
    const s = Math.min(start, text.length);
    const e = Math.min(Math.max(end - 1, start), text.length);
    const at = { file: map.files[map.fileIndex[s]], line: map.lines[s], endLine: map.lines[e] };
    if (map.columns[s] > 0 && map.segment[s] === map.segment[e] && e < text.length) {
      at.column = map.columns[s];
      at.endColumn = map.columns[e] + 1;
    }
    return at;
  };
  const fail = (what) => {
    const loc2 = locAt(i, i + 1);
    throw new JsonPositionError(`invalid JSON at line ${loc2.line}: ${what}`, loc2.file, loc2.line);
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const parseString = () => {
    i++;
    let out = "";
    let chunkStart = i;
    while (true) {
      if (i >= text.length) fail("unterminated string");
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail("control character in string");
      if (c === 92) {
        out += text.slice(chunkStart, i);
        const escape = readJsonEscape(text, i) ?? fail("invalid escape in string");
        out += escape.text;
        i += escape.length;
        chunkStart = i;
        continue;
      }
      i++;
    }
    out += text.slice(chunkStart, i);
    i++;
    return out;
  };
  const parseValue = () => {
    skipWhitespace();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const entries = /* @__PURE__ */ new Map();
      skipWhitespace();
      if (text[i] === "}") {
        i++;
        return { kind: "object", entries, loc: locAt(start, i) };
      }
      while (true) {
        skipWhitespace();
        if (text[i] !== '"') fail("expected a property name in double quotes");
        const keyStart = i;
        const key = parseString();
        const keyLoc = locAt(keyStart, i);
        skipWhitespace();
        if (text[i] !== ":") fail("expected ':' after a property name");
        i++;
        const value2 = parseValue();
        entries.set(key, { key, keyLoc, value: value2 });
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          break;
        }
        fail("expected ',' or '}' in object");
      }
      return { kind: "object", entries, loc: locAt(start, i) };
    }
    if (c === "[") {
      i++;
      const items = [];
      skipWhitespace();
      if (text[i] === "]") {
        i++;
        return { kind: "list", items, loc: locAt(start, i) };
      }
      while (true) {
        items.push(parseValue());
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          break;
        }
        fail("expected ',' or ']' in array");
      }
      return { kind: "list", items, loc: locAt(start, i) };
    }
    if (c === '"') {
      const value2 = parseString();
      const loc2 = i - start > 2 ? locAt(start + 1, i - 1) : locAt(start, i);
      return { kind: "string", value: value2, loc: loc2, sensitive: str2.sensitive };
    }
    if (text.startsWith("true", i)) {
      i += 4;
      return { kind: "bool", value: true, loc: locAt(start, i) };
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return { kind: "bool", value: false, loc: locAt(start, i) };
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return { kind: "null", loc: locAt(start, i) };
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return { kind: "number", value: Number(number[0]), loc: locAt(start, i) };
    }
    return fail(i >= text.length ? "unexpected end of input" : `unexpected character '${text[i]}'`);
  };
  const value = parseValue();
  skipWhitespace();
  if (i < text.length) fail("unexpected text after the JSON value");
  return value;
}

// src/terraform/evaluate.ts
import { posix } from "node:path";

// src/terraform/functions.ts
function requireKnown(args) {
  for (const a of args) {
    const u = findUnknownShallow(a);
    if (u) return u;
  }
  return void 0;
}
function findUnknownShallow(v) {
  if (v.kind === "unknown") return v;
  if (v.kind === "list") for (const i of v.items) {
    const u = findUnknownShallow(i);
    if (u) return u;
  }
  if (v.kind === "object") for (const e of v.entries.values()) {
    const u = findUnknownShallow(e.value);
    if (u) return u;
  }
  return void 0;
}
var stringFn = (f) => (args, at) => {
  const u = requireKnown(args);
  if (u) return u;
  const s = args[0] && scalarText(args[0]);
  if (s === void 0) return unknown("expected a string argument", at, true);
  return str(f(s, args.slice(1)), at);
};
function toJsonText(v) {
  const out = { text: "" };
  return writeJson(v, out) ? out.text : void 0;
}
function writeJson(v, out) {
  const mark = (at) => out.segments?.push({ start: out.text.length, file: at.file, line: at.line, literal: false });
  switch (v.kind) {
    case "unknown":
      return false;
    case "null":
      mark(v.loc);
      out.text += "null";
      return true;
    case "string":
    case "number":
    case "bool":
      mark(v.loc);
      out.text += JSON.stringify(v.value);
      return true;
    case "list": {
      out.text += "[";
      for (let i = 0; i < v.items.length; i++) {
        if (i > 0) out.text += ",";
        if (!writeJson(v.items[i], out)) return false;
      }
      out.text += "]";
      return true;
    }
    case "object": {
      out.text += "{";
      let first = true;
      for (const k of [...v.entries.keys()].sort()) {
        const entry = v.entries.get(k);
        if (!first) out.text += ",";
        first = false;
        mark(entry.keyLoc);
        out.text += `${JSON.stringify(k)}:`;
        if (!writeJson(entry.value, out)) return false;
      }
      out.text += "}";
      return true;
    }
  }
}
function decodeJson(s, ctx, at) {
  if (s.decoded) return s.decoded;
  try {
    return parseJsonWithPositions(s);
  } catch (e) {
    if (e instanceof JsonPositionError) {
      ctx.scope.reportError(e.file, e.message);
      return unknown(`invalid JSON: ${e.message}`, at, true);
    }
    throw e;
  }
}
function formatString(format, args, at) {
  let i = 0;
  let failed;
  const pad = (text, flags, width) => {
    const w = Number(width || 0);
    if (text.length >= w) return text;
    if (flags.includes("-")) return text.padEnd(w, " ");
    if (flags.includes("0") && /^-?\d/.test(text)) {
      const neg = text.startsWith("-");
      return (neg ? "-" : "") + text.slice(neg ? 1 : 0).padStart(w - (neg ? 1 : 0), "0");
    }
    return text.padStart(w, " ");
  };
  const out = format.replace(/%([-+0 #]*)(\d*)(?:\.(\d+))?([sdvqtf%])/g, (_m, flags, width, prec, verb) => {
    if (verb === "%") return "%";
    const a = args[i++];
    if (!a) {
      failed = unknown("format: not enough arguments", at, true);
      return "";
    }
    if (a.kind === "unknown") {
      failed = a;
      return "";
    }
    let text;
    if (verb === "q") text = JSON.stringify(scalarText(a) ?? "");
    else if (verb === "v") text = scalarText(a) ?? toJsonText(a) ?? "";
    else if (verb === "f") {
      const n = toNumber(a);
      text = n === void 0 ? "" : n.toFixed(prec ? Number(prec) : 6);
    } else if (verb === "d") {
      const n = toNumber(a);
      text = n === void 0 ? "" : String(Math.trunc(n));
    } else text = scalarText(a) ?? "";
    if (flags.includes("+") && (verb === "d" || verb === "f") && !text.startsWith("-")) text = `+${text}`;
    return pad(text, flags, width);
  });
  return failed ?? str(out, at);
}
function flattenList(v, out) {
  if (v.kind !== "list") return false;
  for (const item of v.items) {
    if (item.kind === "list") flattenList(item, out);
    else out.push(item);
  }
  return true;
}
function distinctValues(items) {
  const out = [];
  for (const item of items) if (!out.some((o) => sameValue(o, item))) out.push(item);
  return out;
}
var FUNCTIONS = {
  jsonencode: (args, at) => {
    const v = args[0];
    if (!v) return unknown("jsonencode needs an argument", at, true);
    if (v.kind === "unknown") return v;
    let text;
    const result = { kind: "string", loc: at, decoded: v };
    Object.defineProperty(result, "value", { enumerable: true, get: () => text ??= toJsonText(v) ?? "" });
    return result;
  },
  jsondecode: (args, at, ctx) => {
    const v = args[0];
    if (!v) return unknown("jsondecode needs an argument", at, true);
    if (v.kind === "unknown") return v;
    if (v.kind !== "string") return unknown("jsondecode needs a string", at, true);
    return decodeJson(v, ctx, at);
  },
  file: (args, at, ctx) => {
    const p = args[0];
    if (!p || p.kind !== "string") return p?.kind === "unknown" ? p : unknown("file() needs a path string", at, true);
    try {
      const { repoPath, content } = ctx.scope.readFile(p.value, at);
      const fileLoc = { file: repoPath, line: 1, endLine: Math.max(1, content.split("\n").length) };
      return str(content, fileLoc, { segments: [{ start: 0, file: repoPath, line: 1, literal: true, column: 1 }] });
    } catch (e) {
      const message = e.message;
      ctx.scope.reportError(at.file, message);
      return unknown(message, at, true);
    }
  },
  templatefile: (args, at, ctx) => {
    const p = args[0];
    const vars = args[1];
    if (!p || p.kind !== "string") return p?.kind === "unknown" ? p : unknown("templatefile() needs a path string", at, true);
    if (vars && vars.kind === "unknown") return vars;
    let parts;
    let repoPath;
    try {
      const read = ctx.scope.readFile(p.value, at);
      repoPath = read.repoPath;
      parts = ctx.scope.template(read.repoPath, read.content);
    } catch (e) {
      const message = e.message;
      ctx.scope.reportError(at.file, message);
      return unknown(message, at, true);
    }
    const templateVars = /* @__PURE__ */ new Map();
    if (vars?.kind === "object") for (const [k, e] of vars.entries) templateVars.set(k, e.value);
    return evaluateTemplate(parts, { scope: ctx.scope, file: repoPath, vars: templateVars }, { file: repoPath, line: 1, endLine: 1 }, true, 0);
  },
  fileexists: (args, at, ctx) => {
    const p = args[0];
    if (!p || p.kind !== "string") return p?.kind === "unknown" ? p : unknown("fileexists() needs a path", at, true);
    try {
      ctx.scope.readFile(p.value, at);
      return { kind: "bool", value: true, loc: at };
    } catch {
      return { kind: "bool", value: false, loc: at };
    }
  },
  merge: (args, at) => {
    const entries = /* @__PURE__ */ new Map();
    for (const a of args) {
      if (a.kind === "unknown") return a;
      if (a.kind === "null") continue;
      if (a.kind !== "object") return unknown("merge() needs objects", at, true);
      for (const [k, e] of a.entries) entries.set(k, e);
    }
    return { kind: "object", entries, loc: at };
  },
  concat: (args, at) => {
    const items = [];
    for (const a of args) {
      if (a.kind === "unknown") return a;
      if (a.kind !== "list") return unknown("concat() needs lists", at, true);
      items.push(...a.items);
    }
    return { kind: "list", items, loc: at };
  },
  flatten: (args, at) => {
    const u = args[0]?.kind === "unknown" ? args[0] : void 0;
    if (u) return u;
    const out = [];
    if (!args[0] || !flattenList(args[0], out)) return unknown("flatten() needs a list", at, true);
    return { kind: "list", items: out, loc: at };
  },
  lookup: (args, at) => {
    const [m, k, d] = args;
    if (!m || !k) return unknown("lookup() needs a map and a key", at, true);
    if (m.kind === "unknown") return m;
    if (k.kind === "unknown") return k;
    const key = scalarText(k);
    if (m.kind === "object" && key !== void 0) {
      const e = m.entries.get(key);
      if (e) return e.value;
    }
    return d ?? unknown(`lookup(): no key ${key}`, at, true);
  },
  element: (args, at) => {
    const [l, i] = args;
    if (!l || !i) return unknown("element() needs a list and an index", at, true);
    if (l.kind === "unknown") return l;
    if (i.kind === "unknown") return i;
    const n = toNumber(i);
    if (l.kind !== "list" || n === void 0 || l.items.length === 0) return unknown("element(): invalid arguments", at, true);
    return l.items[(Math.trunc(n) % l.items.length + l.items.length) % l.items.length];
  },
  coalesce: (args, at) => {
    for (const a of args) {
      if (a.kind === "unknown") return a;
      if (a.kind !== "null" && !(a.kind === "string" && a.value === "")) return a;
    }
    return unknown("coalesce(): no non-null argument", at, true);
  },
  coalescelist: (args, at) => {
    for (const a of args) {
      if (a.kind === "unknown") return a;
      if (a.kind === "list" && a.items.length > 0) return a;
    }
    return unknown("coalescelist(): no non-empty list", at, true);
  },
  try: () => {
    throw new Error("handled in callFunction");
  },
  can: () => {
    throw new Error("handled in callFunction");
  },
  format: (args, at) => {
    const f = args[0];
    if (!f) return unknown("format() needs a format", at, true);
    if (f.kind === "unknown") return f;
    return formatString(scalarText(f) ?? "", args.slice(1), at);
  },
  lower: stringFn((s) => s.toLowerCase()),
  upper: stringFn((s) => s.toUpperCase()),
  title: stringFn((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: stringFn((s) => s.trim()),
  chomp: stringFn((s) => s.replace(/[\r\n]+$/, "")),
  trimprefix: stringFn((s, [p]) => {
    const t = scalarText(p) ?? "";
    return s.startsWith(t) ? s.slice(t.length) : s;
  }),
  trimsuffix: stringFn((s, [p]) => {
    const t = scalarText(p) ?? "";
    return t && s.endsWith(t) ? s.slice(0, -t.length) : s;
  }),
  replace: stringFn((s, [a, b]) => {
    const from = scalarText(a) ?? "";
    const to = scalarText(b) ?? "";
    if (from.length > 2 && from.startsWith("/") && from.endsWith("/")) return s.replace(new RegExp(from.slice(1, -1), "g"), to.replace(/\$\{(\d+)\}/g, "$$$1"));
    return s.split(from).join(to);
  }),
  substr: stringFn((s, [o, l]) => {
    const off = toNumber(o) ?? 0;
    const len = toNumber(l) ?? -1;
    return len < 0 ? s.slice(off) : s.slice(off, off + len);
  }),
  basename: stringFn((s) => s.split("/").pop() ?? s),
  dirname: stringFn((s) => s.includes("/") ? s.slice(0, s.lastIndexOf("/")) || "/" : "."),
  tostring: (args, at) => {
    const v = args[0];
    if (!v) return unknown("tostring() needs an argument", at, true);
    if (v.kind === "unknown" || v.kind === "null") return v;
    const s = scalarText(v);
    return s === void 0 ? unknown("tostring(): not a primitive", at, true) : v.kind === "string" ? v : str(s, v.loc);
  },
  tonumber: (args, at) => {
    const v = args[0];
    if (!v) return unknown("tonumber() needs an argument", at, true);
    if (v.kind === "unknown" || v.kind === "null") return v;
    const n = toNumber(v);
    return n === void 0 ? unknown("tonumber(): not a number", at, true) : { kind: "number", value: n, loc: v.loc };
  },
  tobool: (args, at) => {
    const v = args[0];
    if (!v) return unknown("tobool() needs an argument", at, true);
    if (v.kind === "unknown" || v.kind === "null") return v;
    const t = truthy(v);
    return t === void 0 ? unknown("tobool(): not a boolean", at, true) : { kind: "bool", value: t, loc: v.loc };
  },
  tolist: (args, at) => args[0]?.kind === "list" || args[0]?.kind === "unknown" ? args[0] : unknown("tolist() needs a list", at, true),
  toset: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "list") return unknown("toset() needs a list", at, true);
    return { kind: "list", items: distinctValues(v.items), loc: v.loc };
  },
  tomap: (args, at) => args[0]?.kind === "object" || args[0]?.kind === "unknown" ? args[0] : unknown("tomap() needs a map", at, true),
  distinct: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "list") return unknown("distinct() needs a list", at, true);
    return { kind: "list", items: distinctValues(v.items), loc: v.loc };
  },
  compact: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "list") return unknown("compact() needs a list", at, true);
    return { kind: "list", items: v.items.filter((i) => !(i.kind === "null" || i.kind === "string" && i.value === "")), loc: v.loc };
  },
  length: (args, at) => {
    const v = args[0];
    if (!v) return unknown("length() needs an argument", at, true);
    if (v.kind === "unknown") return v;
    if (v.kind === "list") return { kind: "number", value: v.items.length, loc: at };
    if (v.kind === "object") return { kind: "number", value: v.entries.size, loc: at };
    if (v.kind === "string") return { kind: "number", value: [...v.value].length, loc: at };
    return unknown("length() of a non-collection", at, true);
  },
  keys: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "object") return unknown("keys() needs a map", at, true);
    return { kind: "list", items: [...v.entries.values()].sort((a, b) => a.key < b.key ? -1 : 1).map((e) => str(e.key, e.keyLoc)), loc: at };
  },
  values: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "object") return unknown("values() needs a map", at, true);
    return { kind: "list", items: [...v.entries.values()].sort((a, b) => a.key < b.key ? -1 : 1).map((e) => e.value), loc: at };
  },
  contains: (args, at) => {
    const [l, x] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (l?.kind !== "list" || !x) return unknown("contains() needs a list", at, true);
    return { kind: "bool", value: l.items.some((i) => sameValue(i, x)), loc: at };
  },
  join: (args, at) => {
    const [sep, ...lists] = args;
    const u = requireKnown(args);
    if (u) return u;
    const parts = [];
    for (const l of lists) {
      if (l.kind !== "list") return unknown("join() needs lists", at, true);
      for (const i of l.items) parts.push(scalarText(i) ?? "");
    }
    return str(parts.join(scalarText(sep) ?? ""), at);
  },
  split: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const sep = scalarText(args[0]);
    const s = args[1] && scalarText(args[1]);
    if (sep === void 0 || s === void 0) return unknown("split() needs strings", at, true);
    return { kind: "list", items: s.split(sep).map((p) => str(p, at)), loc: at };
  },
  startswith: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    return { kind: "bool", value: (scalarText(args[0]) ?? "").startsWith(scalarText(args[1]) ?? ""), loc: at };
  },
  endswith: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    return { kind: "bool", value: (scalarText(args[0]) ?? "").endsWith(scalarText(args[1]) ?? ""), loc: at };
  },
  zipmap: (args, at) => {
    const [k, v] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (k?.kind !== "list" || v?.kind !== "list") return unknown("zipmap() needs two lists", at, true);
    const entries = /* @__PURE__ */ new Map();
    k.items.forEach((key, i) => {
      const ks = scalarText(key) ?? "";
      entries.set(ks, { key: ks, keyLoc: key.loc, value: v.items[i] ?? { kind: "null", loc: at } });
    });
    return { kind: "object", entries, loc: at };
  },
  range: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const ns = args.map(toNumber);
    if (ns.some((n) => n === void 0)) return unknown("range() needs numbers", at, true);
    const [a, b, s] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? (ns[1] >= ns[0] ? 1 : -1)];
    const items = [];
    for (let x = a; s > 0 ? x < b : x > b; x += s) {
      items.push({ kind: "number", value: x, loc: at });
      if (items.length > 1024) break;
    }
    return { kind: "list", items, loc: at };
  },
  min: (args, at) => numeric(args, at, (ns) => Math.min(...ns)),
  max: (args, at) => numeric(args, at, (ns) => Math.max(...ns)),
  abs: (args, at) => numeric(args, at, ([n]) => Math.abs(n)),
  ceil: (args, at) => numeric(args, at, ([n]) => Math.ceil(n)),
  floor: (args, at) => numeric(args, at, ([n]) => Math.floor(n)),
  one: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "list" || v.items.length > 1) return unknown("one() needs a list of at most one element", at, true);
    return v.items[0] ?? { kind: "null", loc: at };
  },
  reverse: (args, at) => args[0]?.kind === "list" ? { kind: "list", items: [...args[0].items].reverse(), loc: at } : args[0]?.kind === "unknown" ? args[0] : unknown("reverse() needs a list", at, true),
  sort: (args, at) => {
    const v = args[0];
    if (v?.kind === "unknown") return v;
    if (v?.kind !== "list") return unknown("sort() needs a list", at, true);
    const u = requireKnown([v]);
    if (u) return u;
    return { kind: "list", items: [...v.items].sort((a, b) => (scalarText(a) ?? "") < (scalarText(b) ?? "") ? -1 : 1), loc: at };
  },
  slice: (args, at) => {
    const [l, a, b] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (l?.kind !== "list") return unknown("slice() needs a list", at, true);
    return { kind: "list", items: l.items.slice(toNumber(a) ?? 0, toNumber(b) ?? l.items.length), loc: at };
  },
  alltrue: (args, at) => {
    const v = args[0];
    const u = requireKnown(args);
    if (u) return u;
    if (v?.kind !== "list") return unknown("alltrue() needs a list", at, true);
    return { kind: "bool", value: v.items.every((i) => truthy(i) === true), loc: at };
  },
  anytrue: (args, at) => {
    const v = args[0];
    const u = requireKnown(args);
    if (u) return u;
    if (v?.kind !== "list") return unknown("anytrue() needs a list", at, true);
    return { kind: "bool", value: v.items.some((i) => truthy(i) === true), loc: at };
  },
  sensitive: (args, at) => {
    const v = args[0];
    if (!v) return unknown("sensitive() needs an argument", at, true);
    return v.kind === "string" ? { ...v, sensitive: true } : v;
  },
  nonsensitive: (args, at) => args[0] ?? unknown("nonsensitive() needs an argument", at, true),
  setunion: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const items = [];
    for (const a of args) if (a.kind === "list") items.push(...a.items);
    return { kind: "list", items: distinctValues(items), loc: at };
  },
  formatlist: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const f = scalarText(args[0]) ?? "";
    const lists = args.slice(1);
    const n = Math.max(0, ...lists.map((l) => l.kind === "list" ? l.items.length : 1));
    const items = [];
    for (let i = 0; i < n; i++) items.push(formatString(f, lists.map((l) => l.kind === "list" ? l.items[i] : l), at));
    return { kind: "list", items, loc: at };
  }
};
function numeric(args, at, f) {
  const u = requireKnown(args);
  if (u) return u;
  const flat = args.flatMap((a) => a.kind === "list" ? a.items : [a]);
  const ns = flat.map(toNumber);
  if (ns.some((n) => n === void 0)) return unknown("expected numbers", at, true);
  return { kind: "number", value: f(ns), loc: at };
}
function callFunction(expr, ctx, depth) {
  const at = loc(ctx, expr.pos);
  const name = expr.name;
  if (name === "try") {
    let last;
    for (const a of expr.args) {
      last = evaluate(a, ctx, depth + 1);
      if (!(last.kind === "unknown" && last.error)) return last;
    }
    return last ? unknown(`try(): every argument failed`, at, true) : unknown("try() needs arguments", at, true);
  }
  if (name === "can") {
    const v = expr.args[0] ? evaluate(expr.args[0], ctx, depth + 1) : void 0;
    if (!v) return unknown("can() needs an argument", at, true);
    if (v.kind === "unknown") return v.error ? { kind: "bool", value: false, loc: at } : v;
    return { kind: "bool", value: true, loc: at };
  }
  const fn = FUNCTIONS[name];
  if (!fn) return unknown(`function ${name}() is not evaluated statically`, at);
  let args = expr.args.map((a) => evaluate(a, ctx, depth + 1));
  if (expr.expandLast && args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind === "unknown") return last;
    if (last.kind !== "list") return unknown("... needs a list", at, true);
    args = [...args.slice(0, -1), ...last.items];
  }
  return fn(args, at, ctx, expr);
}

// src/terraform/evaluate.ts
var MAX_DEPTH = 64;
function loc(ctx, pos) {
  if (pos.file === ctx.file) return pos;
  if (pos.file === void 0 && "file" in pos) {
    pos.file = ctx.file;
    return pos;
  }
  const cached = pos.at;
  if (cached !== void 0 && cached.file === ctx.file) return cached;
  const at = pos.column === void 0 || pos.endColumn === void 0 ? { file: ctx.file, line: pos.line, endLine: pos.endLine } : { file: ctx.file, line: pos.line, endLine: pos.endLine, column: pos.column, endColumn: pos.endColumn };
  pos.at = at;
  return at;
}
function unknown(reason, at, error = false) {
  return error ? { kind: "unknown", reason, loc: at, error } : { kind: "unknown", reason, loc: at };
}
function str(value, at, extra) {
  if (extra === void 0) return { kind: "string", value, loc: at };
  return { kind: "string", value, loc: at, ...extra };
}
function scalarText(v) {
  if (v.kind === "string") return v.value;
  if (v.kind === "number") return String(v.value);
  if (v.kind === "bool") return v.value ? "true" : "false";
  return void 0;
}
function truthy(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && (v.value === "true" || v.value === "false")) return v.value === "true";
  return void 0;
}
function toNumber(v) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string" && v.value.trim() !== "" && !Number.isNaN(Number(v.value))) return Number(v.value);
  return void 0;
}
function sameValue(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") return false;
  if (a.kind === "null" || b.kind === "null") return a.kind === b.kind;
  const as = scalarText(a);
  const bs = scalarText(b);
  if (as !== void 0 || bs !== void 0) return as === bs && (a.kind === b.kind || a.kind !== "bool" && b.kind !== "bool");
  if (a.kind === "list" && b.kind === "list") return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]));
  if (a.kind === "object" && b.kind === "object") {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, e] of a.entries) {
      const o = b.entries.get(k);
      if (!o || !sameValue(e.value, o.value)) return false;
    }
    return true;
  }
  return false;
}
function evaluate(expr, ctx, depth = 0) {
  const at = loc(ctx, expr.pos);
  if (depth > MAX_DEPTH) return unknown("expression nests too deeply to evaluate", at, true);
  const ev = (e, c = ctx) => evaluate(e, c, depth + 1);
  switch (expr.t) {
    case "lit":
      if (expr.v === null) return { kind: "null", loc: at };
      if (typeof expr.v === "string") return str(expr.v, at);
      if (typeof expr.v === "number") return { kind: "number", value: expr.v, loc: at };
      return { kind: "bool", value: expr.v, loc: at };
    case "tmpl":
      return evaluateTemplate(expr.parts, ctx, at, expr.heredoc, depth);
    case "tuple":
      return { kind: "list", items: expr.items.map((i) => ev(i)), loc: at };
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const el of expr.elems) {
        let key;
        if (el.keyIsIdent && el.key.t === "var") key = el.key.name;
        else {
          const k = ev(el.key.t === "tmpl" || el.key.t === "lit" ? el.key : el.key);
          if (k.kind === "unknown") return unknown(`object key ${el.key.src} ${k.reason}`, at);
          key = scalarText(k);
          if (key === void 0) return unknown(`object key ${el.key.src} is not a string`, at, true);
        }
        entries.set(key, { key, keyLoc: loc(ctx, el.keyPos), value: ev(el.value) });
      }
      return { kind: "object", entries, loc: at };
    }
    case "var":
    case "attr":
    case "index":
      return evaluateTraversal(expr, ctx, depth);
    case "splat": {
      const obj = ev(expr.obj);
      if (obj.kind === "unknown") return obj;
      if (obj.kind === "null") return { kind: "list", items: [], loc: at };
      const items = obj.kind === "list" ? obj.items : [obj];
      const out = [];
      for (const item of items) {
        const vars = new Map(ctx.vars ?? []);
        vars.set("\0splat", item);
        const step2 = expr.rest({ t: "var", name: "\0splat", pos: expr.pos, src: expr.src });
        out.push(ev(step2, { ...ctx, vars }));
      }
      return { kind: "list", items: out, loc: at };
    }
    case "call":
      return callFunction(expr, ctx, depth);
    case "for":
      return evaluateFor(expr, ctx, depth);
    case "cond": {
      const c = ev(expr.cond);
      const t = truthy(c);
      if (t !== void 0) return t ? ev(expr.a) : ev(expr.b);
      const a = ev(expr.a);
      const b = ev(expr.b);
      if (sameValue(a, b)) return a;
      return unknown(c.kind === "unknown" ? c.reason : `condition ${expr.cond.src} is not a boolean`, at, c.kind !== "unknown");
    }
    case "un": {
      const v = ev(expr.e);
      if (v.kind === "unknown") return v;
      if (expr.op === "!") {
        const t = truthy(v);
        return t === void 0 ? unknown(`! needs a boolean`, at, true) : { kind: "bool", value: !t, loc: at };
      }
      const n = toNumber(v);
      return n === void 0 ? unknown("- needs a number", at, true) : { kind: "number", value: -n, loc: at };
    }
    case "bin":
      return evaluateBinary(expr.op, expr.l, expr.r, ctx, at, depth);
    case "invalid":
      return unknown(expr.why, at, true);
  }
}
function evaluateBinary(op, le, re, ctx, at, depth) {
  const l = evaluate(le, ctx, depth + 1);
  if (op === "&&" || op === "||") {
    const lt = truthy(l);
    if (op === "&&" && lt === false) return { kind: "bool", value: false, loc: at };
    if (op === "||" && lt === true) return { kind: "bool", value: true, loc: at };
    const r2 = evaluate(re, ctx, depth + 1);
    const rt = truthy(r2);
    if (op === "&&" && rt === false) return { kind: "bool", value: false, loc: at };
    if (op === "||" && rt === true) return { kind: "bool", value: true, loc: at };
    if (lt === void 0 || rt === void 0) return l.kind === "unknown" ? l : r2.kind === "unknown" ? r2 : unknown(`${op} needs booleans`, at, true);
    return { kind: "bool", value: op === "&&" ? lt && rt : lt || rt, loc: at };
  }
  const r = evaluate(re, ctx, depth + 1);
  if (l.kind === "unknown") return l;
  if (r.kind === "unknown") return r;
  if (op === "==" || op === "!=") {
    const eq = sameValue(l, r) || l.kind === "null" && r.kind === "null";
    return { kind: "bool", value: op === "==" ? eq : !eq, loc: at };
  }
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === void 0 || b === void 0) return unknown(`${op} needs numbers`, at, true);
  switch (op) {
    case "+":
      return { kind: "number", value: a + b, loc: at };
    case "-":
      return { kind: "number", value: a - b, loc: at };
    case "*":
      return { kind: "number", value: a * b, loc: at };
    case "/":
      return b === 0 ? unknown("division by zero", at, true) : { kind: "number", value: a / b, loc: at };
    case "%":
      return b === 0 ? unknown("division by zero", at, true) : { kind: "number", value: a % b, loc: at };
    case "<":
      return { kind: "bool", value: a < b, loc: at };
    case ">":
      return { kind: "bool", value: a > b, loc: at };
    case "<=":
      return { kind: "bool", value: a <= b, loc: at };
    case ">=":
      return { kind: "bool", value: a >= b, loc: at };
  }
  return unknown(`unsupported operator ${op}`, at, true);
}
function flattenTraversal(expr) {
  const steps = [];
  let e = expr;
  while (e.t === "attr" || e.t === "index") {
    steps.unshift({ key: e.t === "attr" ? e.name : e.key, expr: e });
    e = e.obj;
  }
  if (e.t !== "var") return void 0;
  return { root: e.name, steps };
}
function traversalText(expr) {
  const flat = flattenTraversal(expr);
  if (!flat) return void 0;
  return [flat.root, ...flat.steps.map((s) => typeof s.key === "string" ? s.key : `[${s.key.src}]`)].join(".").replace(/\.\[/g, "[");
}
function collectReferences(expr, out = []) {
  const visit = (e) => {
    if (!e) return;
    if (e.t === "var" || e.t === "attr" || e.t === "index") {
      const text = traversalText(e);
      if (text) {
        out.push(text);
        if (e.t === "index") visit(e.key);
        return;
      }
    }
    switch (e.t) {
      case "tmpl":
        visitParts(e.parts);
        break;
      case "tuple":
        e.items.forEach(visit);
        break;
      case "object":
        e.elems.forEach((el) => {
          if (!el.keyIsIdent) visit(el.key);
          visit(el.value);
        });
        break;
      case "attr":
        visit(e.obj);
        break;
      case "index":
        visit(e.obj);
        visit(e.key);
        break;
      case "splat":
        visit(e.obj);
        break;
      case "call":
        e.args.forEach(visit);
        break;
      case "for":
        visit(e.coll);
        visit(e.keyExpr);
        visit(e.valueExpr);
        visit(e.cond);
        break;
      case "cond":
        visit(e.cond);
        visit(e.a);
        visit(e.b);
        break;
      case "bin":
        visit(e.l);
        visit(e.r);
        break;
      case "un":
        visit(e.e);
        break;
    }
  };
  const visitParts = (parts) => {
    for (const p of parts) {
      if (p.t === "interp") visit(p.expr);
      else if (p.t === "if") {
        visit(p.cond);
        visitParts(p.then);
        visitParts(p.else);
      } else if (p.t === "for") {
        visit(p.coll);
        visitParts(p.body);
      }
    }
  };
  visit(expr);
  return out;
}
function step(value, key, at, text) {
  if (value.kind === "unknown") return value;
  if (value.kind === "object") {
    const e = value.entries.get(String(key));
    return e ? e.value : unknown(`${text} does not exist`, at, true);
  }
  if (value.kind === "list") {
    const i = typeof key === "number" ? key : Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= value.items.length) return unknown(`${text}: index out of range`, at, true);
    return value.items[i];
  }
  if (value.kind === "null") return unknown(`${text}: attempt to read from null`, at, true);
  return unknown(`${text}: cannot index a ${value.kind}`, at, true);
}
var COMPUTED_NAMESPACES = /* @__PURE__ */ new Set(["data", "self"]);
function evaluateTraversal(expr, ctx, depth) {
  const at = loc(ctx, expr.pos);
  const flat = flattenTraversal(expr);
  if (!flat) {
    if (expr.t === "attr") return step(evaluate(expr.obj, ctx, depth + 1), expr.name, at, expr.src);
    if (expr.t === "index") {
      const k = evaluate(expr.key, ctx, depth + 1);
      if (k.kind === "unknown") return k;
      const key = k.kind === "number" ? k.value : scalarText(k);
      return key === void 0 ? unknown(`${expr.src}: invalid index`, at, true) : step(evaluate(expr.obj, ctx, depth + 1), key, at, expr.src);
    }
    return unknown(`unsupported reference ${expr.src}`, at, true);
  }
  const keys = flat.steps.map((s) => {
    if (typeof s.key === "string") return s.key;
    const k = evaluate(s.key, ctx, depth + 1);
    if (k.kind === "number") return k.value;
    const t = scalarText(k);
    return t !== void 0 ? t : k;
  });
  const badKey = keys.find((k) => typeof k === "object");
  if (badKey) return badKey.kind === "unknown" ? badKey : unknown(`${expr.src}: invalid index`, at, true);
  const plainKeys = keys;
  const applySteps = (base, from) => {
    let v = base;
    for (let i = from; i < plainKeys.length; i++) v = step(v, plainKeys[i], at, expr.src);
    return v;
  };
  const local = ctx.vars?.get(flat.root);
  if (local) return applySteps(local, 0);
  const first = plainKeys[0];
  switch (flat.root) {
    // Variables and locals are cached per module; an unknown one is located at this reference.
    case "var":
      if (typeof first !== "string") return unknown(`invalid reference ${expr.src}`, at, true);
      return relocateUnknown(applySteps(ctx.scope.variable(first, at), 1), at);
    case "local":
      if (typeof first !== "string") return unknown(`invalid reference ${expr.src}`, at, true);
      return relocateUnknown(applySteps(ctx.scope.local(first, at), 1), at);
    case "path": {
      const value = first === "module" ? posix.relative(ctx.scope.rootDir, ctx.scope.moduleDir) || "." : first === "root" || first === "cwd" ? "." : void 0;
      return value === void 0 ? unknown(`unsupported reference ${expr.src}`, at, true) : str(value, at);
    }
    case "terraform":
      return first === "workspace" ? str("default", at) : unknown(`${expr.src} is not known statically`, at);
    case "each":
    case "count":
      return unknown(`${expr.src} is not known (unexpanded ${flat.root})`, at);
    case "module": {
      if (typeof first !== "string") return unknown(`invalid reference ${expr.src}`, at, true);
      const out = ctx.scope.moduleOutput(first, plainKeys.slice(1), at);
      return out ?? unknown(`${expr.src} is an output of a module that is not evaluated`, at);
    }
  }
  if (COMPUTED_NAMESPACES.has(flat.root)) return unknown(`${traversalText(expr)} is read from the provider (known only at plan/apply)`, at);
  return unknown(`${traversalText(expr)} is known only after apply`, at);
}
function relocateUnknown(v, at) {
  return v.kind === "unknown" ? { ...v, loc: at } : v;
}
function iterate(coll) {
  if (coll.kind === "list") return coll.items.map((value, i) => ({ key: { kind: "number", value: i, loc: value.loc }, value }));
  if (coll.kind === "object") {
    return [...coll.entries.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((e) => ({ key: str(e.key, e.keyLoc), value: e.value }));
  }
  return void 0;
}
function evaluateFor(expr, ctx, depth) {
  const at = loc(ctx, expr.pos);
  const coll = evaluate(expr.coll, ctx, depth + 1);
  if (coll.kind === "unknown") return coll;
  const pairs = iterate(coll);
  if (!pairs) return unknown(`for expression over a ${coll.kind}`, at, true);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const { key, value } of pairs) {
    const vars = new Map(ctx.vars ?? []);
    if (expr.keyVar) vars.set(expr.keyVar, key);
    vars.set(expr.valueVar, value);
    const inner = { ...ctx, vars };
    if (expr.cond) {
      const c = evaluate(expr.cond, inner, depth + 1);
      const t = truthy(c);
      if (t === void 0) return c.kind === "unknown" ? c : unknown("for condition is not a boolean", at, true);
      if (!t) continue;
    }
    const v = evaluate(expr.valueExpr, inner, depth + 1);
    if (!expr.object) {
      items.push(v);
      continue;
    }
    const k = evaluate(expr.keyExpr, inner, depth + 1);
    if (k.kind === "unknown") return k;
    const ks = scalarText(k);
    if (ks === void 0) return unknown("for expression key is not a string", at, true);
    if (expr.group) groups.set(ks, [...groups.get(ks) ?? [], v]);
    else entries.set(ks, { key: ks, keyLoc: k.loc, value: v });
  }
  if (!expr.object) return { kind: "list", items, loc: at };
  if (expr.group) for (const [k, vs] of groups) entries.set(k, { key: k, keyLoc: at, value: { kind: "list", items: vs, loc: at } });
  return { kind: "object", entries, loc: at };
}
function evaluateTemplate(parts, ctx, at, multiline, depth) {
  if (parts.length === 1 && parts[0].t === "interp") return evaluate(parts[0].expr, ctx, depth + 1);
  let text = "";
  const segments = [];
  let sensitive = false;
  const render = (ps, c) => {
    for (const p of ps) {
      if (p.t === "text") {
        segments.push(p.column === void 0 ? { start: text.length, file: c.file, line: p.line, literal: true } : { start: text.length, file: c.file, line: p.line, literal: true, column: p.column });
        text += p.text;
      } else if (p.t === "interp") {
        const v = evaluate(p.expr, c, depth + 1);
        if (v.kind === "unknown") return v;
        const s = scalarText(v);
        if (s === void 0) return unknown(`cannot interpolate a ${v.kind} (${p.expr.src})`, loc(c, p.expr.pos), true);
        if (v.kind === "string" && v.sensitive) sensitive = true;
        const inner = v.kind === "string" ? v.segments ?? jsonSegments(v, s) : void 0;
        if (inner) for (const seg of inner) segments.push({ ...seg, start: text.length + seg.start });
        else segments.push({ start: text.length, file: v.loc.file, line: v.loc.line, literal: false });
        text += s;
      } else if (p.t === "if") {
        const cv = evaluate(p.cond, c, depth + 1);
        const t = truthy(cv);
        if (t === void 0) return cv.kind === "unknown" ? cv : unknown("template if condition is not a boolean", at, true);
        const u = render(t ? p.then : p.else, c);
        if (u) return u;
      } else {
        const coll = evaluate(p.coll, c, depth + 1);
        if (coll.kind === "unknown") return coll;
        const pairs = iterate(coll);
        if (!pairs) return unknown(`template for over a ${coll.kind}`, at, true);
        for (const { key, value } of pairs) {
          const vars = new Map(c.vars ?? []);
          if (p.keyVar) vars.set(p.keyVar, key);
          vars.set(p.valueVar, value);
          const u = render(p.body, { ...c, vars });
          if (u) return u;
        }
      }
    }
    return void 0;
  };
  const failed = render(parts, ctx);
  if (failed) return failed;
  const result = { kind: "string", value: text, loc: at };
  if (multiline || segments.length > 1 || segments.some((s) => s.file !== at.file || s.line !== at.line)) result.segments = mergeSegments(segments);
  if (sensitive) result.sensitive = true;
  return result;
}
function jsonSegments(v, text) {
  if (!v.decoded) return void 0;
  const out = { text: "", segments: [] };
  return writeJson(v.decoded, out) && out.text === text ? out.segments : void 0;
}
function mergeSegments(segments) {
  const out = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.start === s.start) out[out.length - 1] = s;
    else out.push(s);
  }
  return out;
}
function decodeJsonString(value) {
  if (value.decoded) return value.decoded;
  return parseJsonWithPositions(value);
}

export {
  JsonPositionError,
  readJsonEscape,
  parseJsonWithPositions,
  loc,
  unknown,
  scalarText,
  sameValue,
  evaluate,
  traversalText,
  collectReferences,
  decodeJsonString
};

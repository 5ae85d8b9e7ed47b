// HCL syntax: tree-sitter's Terraform grammar (web-tree-sitter + the wasm shipped in
// @tree-sitter-grammars/tree-sitter-hcl), converted once per file into a small AST that
// keeps line numbers. Walking the wasm tree once with a cursor is much cheaper than
// evaluating against tree-sitter nodes, which cross the wasm boundary on every access.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Node as SyntaxNode, type Tree, type TreeCursor } from 'web-tree-sitter';

export interface Pos {
  /**
   * The file, once evaluation has located the position in one (see loc() in evaluate.ts): a
   * position then serves as its own SourceLocation. Written as undefined by the HCL converter.
   */
  file?: string;
  /** 1-based lines. */
  line: number;
  endLine: number;
  /**
   * 1-based column of the first character on `line`, and of the character after the last one on
   * `endLine`, in UTF-16 code units (web-tree-sitter parses JavaScript strings, so its offsets are
   * code units). Absent where the parsed text is not the file's own (a template inside a JSON string).
   */
  column?: number;
  endColumn?: number;
}

export type TemplatePart =
  | { t: 'text'; text: string; line: number; /** Set when `text` is the source text as written, starting at this column. */ column?: number }
  | { t: 'interp'; expr: Expr }
  | { t: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { t: 'for'; keyVar?: string; valueVar: string; coll: Expr; body: TemplatePart[] };

export type Expr = (
  | { t: 'lit'; v: string | number | boolean | null }
  | { t: 'tmpl'; parts: TemplatePart[]; heredoc: boolean }
  | { t: 'tuple'; items: Expr[] }
  | { t: 'object'; elems: { key: Expr; keyIsIdent: boolean; keyPos: Pos; value: Expr }[] }
  | { t: 'var'; name: string }
  | { t: 'attr'; obj: Expr; name: string }
  | { t: 'index'; obj: Expr; key: Expr }
  | { t: 'splat'; obj: Expr; rest: ((e: Expr) => Expr) }
  | { t: 'call'; name: string; args: Expr[]; expandLast: boolean }
  | { t: 'for'; keyVar?: string; valueVar: string; coll: Expr; keyExpr?: Expr; valueExpr: Expr; cond?: Expr; group: boolean; object: boolean }
  | { t: 'cond'; cond: Expr; a: Expr; b: Expr }
  | { t: 'bin'; op: string; l: Expr; r: Expr }
  | { t: 'un'; op: string; e: Expr }
  | { t: 'invalid'; why: string }
) & { pos: Pos; src: string };

export interface AttributeSyntax {
  name: string;
  expr: Expr;
  pos: Pos;
}

export interface BlockSyntax {
  type: string;
  labels: string[];
  pos: Pos;
  attributes: AttributeSyntax[];
  blocks: BlockSyntax[];
}

export interface FileSyntax {
  body: BlockSyntax;
  comments: { line: number; text: string }[];
  lineCount: number;
}

export class HclSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

let parserPromise: Promise<Parser> | undefined;
/** Direct access to the parser's wasm module, when web-tree-sitter exposes it (see RawTreeCopier). */
let binding: { module: WasmModule; transfer: number } | undefined;

/**
 * Locates a wasm file shipped in dist/ (the bundle's code may sit in dist/chunks/, so the folder
 * above counts too), else in node_modules (tests run the sources). A runner has no node_modules.
 */
function locateWasm(fileName: string, packagePath: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, fileName), join(here, '..', fileName)]) if (existsSync(candidate)) return candidate;
  const require = createRequire(import.meta.url);
  return require.resolve(packagePath);
}

export function getParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const runtime = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    const options = { locateFile: () => runtime };
    await Parser.init(options);
    binding = wasmBinding(options);
    const grammar = locateWasm(
      'tree-sitter-terraform.wasm',
      '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
    );
    const language = await Language.load(grammar);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

/**
 * The arrays of a copied tree: grown together (RawTree), and packed in this order for another
 * thread (parseForTransfer, fileFromTransfer).
 */
const TREE_ARRAYS = ['type', 'start', 'end', 'line', 'first', 'last', 'next'] as const;

/**
 * The syntax tree copied out of wasm memory, in parallel typed arrays: one slot per node (type id,
 * start and end offsets, 1-based line, first and last child, next sibling; -1 for none). Copying
 * allocates no object per node, so a scan's thousands of trees leave nothing for the garbage
 * collector; the arrays are kept for the next file.
 */
class RawTree {
  size = 0;
  type = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  line = new Int32Array(0);
  first = new Int32Array(0);
  last = new Int32Array(0);
  next = new Int32Array(0);

  constructor(capacity: number) {
    this.grow(capacity);
  }

  private grow(capacity: number): void {
    const resize = (old: Int32Array) => {
      const out = new Int32Array(capacity);
      out.set(old.subarray(0, this.size));
      return out;
    };
    for (const name of TREE_ARRAYS) this[name] = resize(this[name]);
  }

  /** A new node without children; its end is its start until set. The arrays may be replaced: read them again after. */
  add(typeId: number, start: number, line: number): number {
    if (this.size === this.type.length) this.grow(this.size * 2);
    const n = this.size++;
    this.type[n] = typeId;
    this.start[n] = start;
    this.end[n] = start;
    this.line[n] = line;
    this.first[n] = -1;
    this.last[n] = -1;
    this.next[n] = -1;
    return n;
  }

  /** Appends `child` to the children of `parent`. */
  append(parent: number, child: number): void {
    const last = this.last[parent];
    if (last < 0) this.first[parent] = child;
    else this.next[last] = child;
    this.last[parent] = child;
  }
}

/** A copied tree's arrays, as the converter reads them. */
type TreeArrays = Record<(typeof TREE_ARRAYS)[number], Int32Array<ArrayBufferLike>>;

/** The arrays of the last tree, reused (a parse inside a parse, which does not happen today, gets its own). */
let spareTree: RawTree | undefined;

function takeRawTree(): RawTree {
  const tree = spareTree ?? new RawTree(4096);
  spareTree = undefined;
  tree.size = 0;
  return tree;
}

function returnRawTree(tree: RawTree): void {
  spareTree = tree;
}

/**
 * Node types whose children the converter never needs: their source text says everything
 * (`"text"`, `var.x`'s `var`, `.name`). Not descending into them saves most wasm crossings.
 */
const TEXT_ONLY_TYPES = new Set([
  'string_lit', 'variable_expr', 'get_attr', 'numeric_lit', 'bool_lit', 'null_lit', 'identifier', 'comment', 'template_literal',
  'heredoc_identifier', 'heredoc_start', 'literal_value', 'block_start', 'block_end', 'object_start', 'object_end', 'tuple_start',
  'tuple_end', 'quoted_template_start', 'quoted_template_end', 'template_interpolation_start', 'template_interpolation_end', 'ellipsis',
  'legacy_index', 'strip_marker',
]);

/** Tokens of a fixed text (grammar.js): their end is their start plus this length, no wasm call needed. */
const FIXED_WIDTH: Record<string, number> = {
  block_start: 1, block_end: 1, object_start: 1, object_end: 1, tuple_start: 1, tuple_end: 1, quoted_template_start: 1,
  quoted_template_end: 1, template_interpolation_start: 2, template_interpolation_end: 1, ellipsis: 3, strip_marker: 1,
};

/**
 * Node types whose last child is always a named node in the grammar (grammar.js of
 * tree-sitter-hcl): a node ends where its last child ends, so their end needs no wasm call.
 * `expression` qualifies unless it is `( expr )` (its `)` is anonymous); that case is checked.
 */
const ENDS_WITH_NAMED_CHILD = new Set([
  'body', 'attribute', 'block', 'expression', 'collection_value', 'tuple', 'object', 'object_elem', 'template_expr', 'quoted_template',
  'heredoc_template', 'template_interpolation', 'conditional', 'for_expr', 'for_tuple_expr', 'for_object_expr', 'for_cond', 'index',
  'splat', 'operation',
]);

/** Operations need their anonymous tokens (operators, parentheses); every other node only its named children. */
const NEEDS_ANONYMOUS_CHILDREN = new Set(['binary_operation', 'unary_operation']);

interface TypeTable {
  names: string[];
  named: boolean[];
  textOnly: boolean[];
  /** Fixed token width, or 0. */
  width: number[];
  endsWithNamedChild: boolean[];
  allChildren: boolean[];
  expression: number;
}

const typeTables = new WeakMap<Language, TypeTable>();

function typeTable(language: Language): TypeTable {
  let table = typeTables.get(language);
  if (!table) {
    // Internalised (a property key's string is), so comparing with a literal is a pointer check.
    const names = language.types.map((t) => Object.keys({ [t ?? 'ERROR']: 0 })[0]);
    table = {
      names,
      named: names.map((_, id) => language.nodeTypeIsNamed(id)),
      textOnly: names.map((n) => TEXT_ONLY_TYPES.has(n)),
      width: names.map((n, id) => (language.nodeTypeIsNamed(id) ? (FIXED_WIDTH[n] ?? 0) : 0)),
      endsWithNamedChild: names.map((n) => ENDS_WITH_NAMED_CHILD.has(n)),
      allChildren: names.map((n) => NEEDS_ANONYMOUS_CHILDREN.has(n)),
      expression: names.indexOf('expression'),
    };
    typeTables.set(language, table);
  }
  return table;
}

/** Line starts of a text, for offset -> line without asking the parser. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Test switches: check every derived end offset against the parser's; copy through the public API only. */
const debug = { verifyEnds: false, publicApiOnly: false };

export function setSyntaxDebug(options: Partial<typeof debug>): void {
  Object.assign(debug, options);
}

/**
 * The end offset of a copied node when the grammar fixes it (see ENDS_WITH_NAMED_CHILD), else
 * undefined: its last child is named and, for `expression`, is not the inner expression of `( … )`.
 */
function derivedEnd(raw: RawTree, n: number, table: TypeTable, typeId: number): number | undefined {
  const last = raw.last[n];
  if (last < 0 || table.named[raw.type[last]] !== true || !table.endsWithNamedChild[typeId]) return undefined;
  if (typeId === table.expression && table.names[raw.type[last]] === 'expression') return undefined;
  return raw.end[last];
}

function checkEnd(raw: RawTree, n: number, table: TypeTable, actual: number): void {
  if (raw.end[n] !== actual) throw new Error(`derived end ${raw.end[n]} of ${table.names[raw.type[n]] ?? 'ERROR'} at ${raw.start[n]} differs from the parser's ${actual}`);
}

/**
 * The deepest syntax tree we copy. The copy, the conversion and the evaluation each recurse once
 * per level, so a bound here keeps a hostile or generated file (1,000 nested objects, 5,000
 * parentheses: `terraform fmt` accepts both) from overflowing the stack; such a file gets a
 * located error and every other file is still scanned. A nested object costs about four levels.
 */
export const MAX_TREE_DEPTH = 1000;

function tooDeep(line: number): HclSyntaxError {
  return new HclSyntaxError(`nesting deeper than ${MAX_TREE_DEPTH} syntax levels at line ${line}; not read`, line);
}

/**
 * Copies the syntax tree out of wasm memory through web-tree-sitter's public API (the fallback
 * when the module's raw functions are not there). It reads only what it must: `namedChildren`
 * brings each child's start offset and row in one call (anonymous tokens only for operations);
 * the type id takes one call; the end offset is derived where the grammar fixes it.
 */
function copyTree(node: SyntaxNode, table: TypeTable, comments: number[], raw: RawTree, typeId = node.typeId, depth = 0): number {
  if (depth > MAX_TREE_DEPTH) throw tooDeep(node.startPosition.row + 1);
  const start = node.startIndex;
  const n = raw.add(typeId, start, node.startPosition.row + 1);
  if (table.named[typeId] !== true) return n;
  if (table.textOnly[typeId]) {
    const width = table.width[typeId];
    raw.end[n] = width > 0 ? start + width : node.endIndex;
    if (table.names[typeId] === 'comment') comments.push(n);
  } else {
    for (const child of table.allChildren[typeId] ? node.children : node.namedChildren) {
      if (child) raw.append(n, copyTree(child, table, comments, raw, child.typeId, depth + 1));
    }
    raw.end[n] = derivedEnd(raw, n, table, typeId) ?? node.endIndex;
  }
  if (debug.verifyEnds) checkEnd(raw, n, table, node.endIndex);
  return n;
}

/**
 * The emscripten module behind web-tree-sitter: `Parser.init(options)` turns its options object
 * into the module, with the C functions the public classes wrap. A node crosses the boundary as
 * five int32 words in the transfer buffer (id, start offset, row, column, alias), exactly as
 * web-tree-sitter's own marshalNode writes them.
 */
interface WasmModule {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_root_node_wasm(tree: number): void;
  _ts_node_symbol_wasm(tree: number): number;
  _ts_node_end_index_wasm(tree: number): number;
  _ts_node_children_wasm(tree: number): void;
  _ts_node_named_children_wasm(tree: number): void;
  _ts_node_has_error_wasm(tree: number): number;
  _free(pointer: number): void;
}

const WASM_FUNCTIONS = [
  '_ts_init', '_ts_tree_root_node_wasm', '_ts_node_symbol_wasm', '_ts_node_end_index_wasm', '_ts_node_children_wasm',
  '_ts_node_named_children_wasm', '_ts_node_has_error_wasm', '_free',
] as const;

/** Whether a tree has a syntax error: through the module's C functions when they are there (no Node object per file), else the public API. */
function treeHasError(tree: Tree): boolean {
  const address = (tree as unknown as { 0?: unknown })[0];
  if (!binding || debug.publicApiOnly || typeof address !== 'number') return tree.rootNode.hasError;
  binding.module._ts_tree_root_node_wasm(address);
  return binding.module._ts_node_has_error_wasm(address) === 1;
}

function wasmBinding(options: object): typeof binding {
  const module = options as Partial<WasmModule>;
  if (!(module.HEAP32 instanceof Int32Array) || WASM_FUNCTIONS.some((f) => typeof module[f] !== 'function')) return undefined;
  // ts_init only writes the two version words and returns the transfer buffer's address.
  return { module: module as WasmModule, transfer: (module as WasmModule)._ts_init() >> 2 };
}

/**
 * The same copy as copyTree, calling the module's C functions directly: no Node object per
 * child and no per-word setValue/getValue calls, which were most of the copy's cost.
 */
class RawTreeCopier {
  constructor(
    private readonly m: WasmModule,
    /** Word index of the transfer buffer in HEAP32. */
    private readonly t: number,
    private readonly tree: number,
    private readonly table: TypeTable,
    private readonly comments: number[],
    private readonly raw: RawTree,
  ) {}

  root(): number {
    this.m._ts_tree_root_node_wasm(this.tree);
    const h = this.m.HEAP32;
    const t = this.t;
    return this.copy(h[t], h[t + 1], h[t + 2], h[t + 3], h[t + 4], 0);
  }

  /** Puts a node in the transfer buffer, where every `_ts_node_*_wasm` function reads it. */
  private marshal(id: number, start: number, row: number, column: number, alias: number): void {
    const h = this.m.HEAP32;
    const t = this.t;
    h[t] = id;
    h[t + 1] = start;
    h[t + 2] = row;
    h[t + 3] = column;
    h[t + 4] = alias;
  }

  private copy(id: number, start: number, row: number, column: number, alias: number, depth: number): number {
    if (depth > MAX_TREE_DEPTH) throw tooDeep(row + 1);
    const { m, tree, table, raw } = this;
    this.marshal(id, start, row, column, alias);
    const typeId = m._ts_node_symbol_wasm(tree);
    const n = raw.add(typeId, start, row + 1);
    if (table.named[typeId] !== true) return n;
    if (table.textOnly[typeId]) {
      const width = table.width[typeId];
      raw.end[n] = width > 0 ? start + width : m._ts_node_end_index_wasm(tree);
      if (table.names[typeId] === 'comment') this.comments.push(n);
    } else {
      let end = table.endsWithNamedChild[typeId] ? -1 : m._ts_node_end_index_wasm(tree);
      if (table.allChildren[typeId]) m._ts_node_children_wasm(tree);
      else m._ts_node_named_children_wasm(tree);
      const count = m.HEAP32[this.t];
      const list = m.HEAP32[this.t + 1];
      // The list stays valid until freed; HEAP32 is re-read because a nested call may grow memory.
      try {
        for (let i = 0, w = list >> 2; i < count; i++, w += 5) {
          const h = m.HEAP32;
          if (h[w] !== 0) raw.append(n, this.copy(h[w], h[w + 1], h[w + 2], h[w + 3], h[w + 4], depth + 1));
        }
      } finally {
        if (count > 0) m._free(list);
      }
      if (end < 0) {
        end = derivedEnd(raw, n, table, typeId) ?? -1;
        if (end < 0) {
          this.marshal(id, start, row, column, alias);
          end = m._ts_node_end_index_wasm(tree);
        }
      }
      raw.end[n] = end;
    }
    if (debug.verifyEnds) {
      this.marshal(id, start, row, column, alias);
      checkEnd(raw, n, table, m._ts_node_end_index_wasm(tree));
    }
    return n;
  }
}

/** The first syntax error of a tree that has one (slow path, invalid files only). */
function firstSyntaxError(cursor: TreeCursor): { line: number; what: string } | undefined {
  let found: { line: number; what: string } | undefined;
  // A loop, not recursion: the tree of a broken file can be as deep as its input.
  for (;;) {
    const line = cursor.startPosition.row + 1;
    if (cursor.nodeType === 'ERROR') found = !found || line < found.line ? { line, what: 'unexpected syntax' } : found;
    else if (cursor.nodeIsMissing) found = !found || line < found.line ? { line, what: `missing ${cursor.nodeType}` } : found;
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return found;
    }
  }
}

/** `1e3`: HCL allows an exponent without a fraction; the tree-sitter grammar wants `1.0e3`. */
const EXPONENT_WITHOUT_FRACTION = /(?<![\w.])(\d+)([eE][-+]?\d+)(?![\w.])/g;

/**
 * A failed parse retried with `.0` before exponents that lack a fraction, where the retry puts a
 * number: the same values on the same lines (only columns move), and a string or comment that
 * merely looks like `1e3` is left as written. Undefined when that does not make the file parse.
 */
function withFractionsBeforeExponents(parser: Parser, source: string): { source: string; tree: Tree; insertions: number[] } | undefined {
  const candidates = [...source.matchAll(EXPONENT_WITHOUT_FRACTION)].map((m) => m.index + m[1].length);
  if (candidates.length === 0) return undefined;
  const rewrite = (at: readonly number[]) => {
    let out = '';
    let from = 0;
    for (const i of at) {
      out += `${source.slice(from, i)}.0`;
      from = i;
    }
    return out + source.slice(from);
  };
  // Where each `.0` sits in the rewritten text: columns after it are two less in the original.
  const insertionsAt = (at: readonly number[]) => at.map((i, k) => i + 2 * k);
  const first = parser.parse(rewrite(candidates));
  if (!first) return undefined;
  // Offset of each candidate in the rewritten text: two characters per earlier insertion.
  const numbers = candidates.filter((i, k) => first.rootNode.descendantForIndex(i + 2 * k)?.type === 'numeric_lit');
  if (numbers.length === candidates.length && !first.rootNode.hasError) return { source: rewrite(candidates), tree: first, insertions: insertionsAt(candidates) };
  first.delete();
  if (numbers.length === 0) return undefined;
  const retried = rewrite(numbers);
  const second = parser.parse(retried);
  if (second && !second.rootNode.hasError) return { source: retried, tree: second, insertions: insertionsAt(numbers) };
  second?.delete();
  return undefined;
}

/** Parses HCL source; throws HclSyntaxError with the first bad line. */
export async function parseHcl(source: string, lineShift = 0): Promise<FileSyntax> {
  return parseHclWith(await getParser(), source, lineShift);
}

/**
 * Synchronous parse with an initialised parser (evaluation needs templates parsed on demand).
 * `columns`: whether the source's columns are the file's (false for text taken out of a JSON string).
 */
export function parseHclWith(parser: Parser, original: string, lineShift = 0, columns = true): FileSyntax {
  const raw = takeRawTree();
  try {
    const parsed = parseToRaw(parser, original, lineShift, raw);
    return new SyntaxConverter(parsed.source, lineShift, parsed.comments, lineStartsOf(parsed.source), columns ? parsed.insertions : undefined, raw, parsed.table).file(parsed.root);
  } finally {
    returnRawTree(raw);
  }
}

/** A file's tree copied out of the parser into `raw`, before conversion. */
interface RawParse {
  /** The text parsed: the file's, or with `.0` inserted before bare exponents (see `insertions`). */
  source: string;
  insertions: number[];
  root: number;
  /** Comment nodes, gathered while the tree was copied. */
  comments: number[];
  table: TypeTable;
}

/** Parses `original` and copies its tree into `raw`; a syntax error or a too-deep tree throws HclSyntaxError. */
function parseToRaw(parser: Parser, original: string, lineShift: number, raw: RawTree): RawParse {
  let source = original;
  let insertions: number[] = [];
  const parsed = parser.parse(source);
  if (!parsed) throw new HclSyntaxError('the parser returned no tree', 1);
  let tree: Tree = parsed;
  if (treeHasError(tree)) {
    const retried = withFractionsBeforeExponents(parser, source);
    if (retried) {
      tree.delete();
      ({ source, tree, insertions } = retried);
    }
  }
  try {
    if (treeHasError(tree)) {
      // Deleted here, never left to its finalizer: web-tree-sitter's finalizer for a cursor deletes
      // whatever cursor the transfer buffer holds when the collector runs it (web-tree-sitter.js,
      // TreeCursor), which crashed scans of broken files at random with "memory access out of bounds".
      const cursor = tree.walk();
      let found: { line: number; what: string } | undefined;
      try {
        found = firstSyntaxError(cursor);
      } finally {
        cursor.delete();
      }
      const error = found ?? { line: 1, what: 'unexpected syntax' };
      const line = error.line - lineShift;
      throw new HclSyntaxError(`invalid HCL at line ${line}: ${error.what}`, line);
    }
    const table = typeTable(tree.language);
    const comments: number[] = [];
    const treeAddress = (tree as unknown as { 0?: unknown })[0];
    const root = binding && !debug.publicApiOnly && typeof treeAddress === 'number'
      ? new RawTreeCopier(binding.module, binding.transfer, treeAddress, table, comments, raw).root()
      : copyTree(tree.rootNode, table, comments, raw);
    return { source, insertions, root, comments, table };
  } finally {
    tree.delete();
  }
}

/**
 * A parse done in a worker thread (see parse-pool.ts), in a form `postMessage` moves without
 * copying: the tree's seven arrays packed into one buffer. `source` only when the parser was
 * given a different text (`.0` inserted before bare exponents).
 */
export type TransferredParse =
  | { source?: string; insertions: number[]; root: number; comments: number[]; size: number; data: Int32Array }
  | { error: string; line: number };

/** Parses a file for another thread: a syntax error travels as its message and line. */
export function parseForTransfer(parser: Parser, text: string): TransferredParse {
  const raw = takeRawTree();
  try {
    const parsed = parseToRaw(parser, text, 0, raw);
    const size = raw.size;
    const data = new Int32Array(size * TREE_ARRAYS.length);
    TREE_ARRAYS.forEach((name, k) => data.set(raw[name].subarray(0, size), k * size));
    return { source: parsed.source === text ? undefined : parsed.source, insertions: parsed.insertions, root: parsed.root, comments: parsed.comments, size, data };
  } catch (e) {
    if (e instanceof HclSyntaxError) return { error: e.message, line: e.line };
    throw e;
  } finally {
    returnRawTree(raw);
  }
}

/** The file syntax of a parse another thread did on `text`: the same as parseHclWith(parser, text). */
export function fileFromTransfer(parser: Parser, text: string, parsed: TransferredParse): FileSyntax {
  if ('error' in parsed) throw new HclSyntaxError(parsed.error, parsed.line);
  const { size, data } = parsed;
  const arrays = Object.fromEntries(TREE_ARRAYS.map((name, k) => [name, data.subarray(k * size, (k + 1) * size)])) as TreeArrays;
  const source = parsed.source ?? text;
  const language = parser.language;
  if (!language) throw new Error('the parser has no language');
  return new SyntaxConverter(source, 0, parsed.comments, lineStartsOf(source), parsed.insertions, arrays, typeTable(language)).file(parsed.root);
}

/**
 * Parses `source` as a template (templatefile(), a `.tf.json` string): a heredoc wrapper gives us
 * the grammar's template syntax. Lines are the template's own, the first being `firstLine` (a
 * string in a JSON file starts on the line it is written on).
 */
export function parseTemplateWith(parser: Parser, source: string, firstLine = 1, columns = true): TemplatePart[] {
  let marker = 'EDG_TEMPLATE_END';
  while (source.includes(marker)) marker += '_';
  // A heredoc body must end with a newline before its closing marker; the extra newline is removed below.
  const wrapped = `t = <<${marker}\n${source}\n${marker}\n`;
  let file: FileSyntax;
  try {
    // The wrapper's first line is the `t = <<` header: template line 1 is wrapped line 2, and the
    // wrapper adds nothing before a template line, so columns are the template's own.
    file = parseHclWith(parser, wrapped, 2 - firstLine, columns);
  } catch (e) {
    if (e instanceof HclSyntaxError) throw new HclSyntaxError(`invalid template at line ${e.line}`, e.line);
    throw e;
  }
  const expr = file.body.attributes[0]?.expr;
  if (!expr || expr.t !== 'tmpl') return [{ t: 'text', text: source, line: firstLine }];
  const parts = expr.parts;
  // Drop the newline we added before the closing marker.
  const last = parts[parts.length - 1];
  if (last?.t === 'text' && last.text.endsWith('\n')) last.text = last.text.slice(0, -1);
  return parts;
}

export async function parseTemplate(source: string): Promise<TemplatePart[]> {
  return parseTemplateWith(await getParser(), source);
}

const BINARY_OPERATORS = new Set(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);

class SyntaxConverter {
  private readonly names: string[];
  private readonly named: boolean[];
  private readonly type: Int32Array<ArrayBufferLike>;
  private readonly start: Int32Array<ArrayBufferLike>;
  private readonly end: Int32Array<ArrayBufferLike>;
  private readonly line: Int32Array<ArrayBufferLike>;
  private readonly first: Int32Array<ArrayBufferLike>;
  private readonly last: Int32Array<ArrayBufferLike>;
  private readonly next: Int32Array<ArrayBufferLike>;

  constructor(
    private readonly source: string,
    private readonly lineShift: number,
    /** Comment nodes, gathered while the tree was copied. */
    private readonly comments: number[],
    /** Offsets where each line starts. */
    private readonly lineStarts: number[],
    /** Offsets of the `.0` a retried parse inserted (withFractionsBeforeExponents); undefined: no columns. */
    private readonly insertions: number[] | undefined,
    raw: TreeArrays,
    table: TypeTable,
  ) {
    this.names = table.names;
    this.named = table.named;
    this.bom = source.charCodeAt(0) === 0xfeff;
    // The tree is complete: its arrays are no longer replaced.
    this.type = raw.type;
    this.start = raw.start;
    this.end = raw.end;
    this.line = raw.line;
    this.first = raw.first;
    this.last = raw.last;
    this.next = raw.next;
  }

  file(root: number): FileSyntax {
    const comments = this.comments.map((c) => ({ line: this.line[c] - this.lineShift, text: this.source.slice(this.start[c], this.end[c]) }));
    const body = this.childOf(root, 'body');
    const lineCount = this.lineStarts.length;
    const block: BlockSyntax = { type: '', labels: [], pos: { file: undefined, line: 1, endLine: lineCount }, attributes: [], blocks: [] };
    if (body >= 0) this.fillBody(block, body);
    return { body: block, comments, lineCount };
  }

  private typeOf(n: number): string {
    return this.names[this.type[n]] ?? 'ERROR';
  }

  private isNamed(n: number): boolean {
    return this.named[this.type[n]] === true;
  }

  /** The first child of `n` of a type, or -1. */
  private childOf(n: number, type: string): number {
    for (let c = this.first[n]; c >= 0; c = this.next[c]) if (this.typeOf(c) === type) return c;
    return -1;
  }

  /** The children of `n` of a type. */
  private childrenOf(n: number, type: string): number[] {
    const out: number[] = [];
    for (let c = this.first[n]; c >= 0; c = this.next[c]) if (this.typeOf(c) === type) out.push(c);
    return out;
  }

  private text(n: number): string {
    return this.source.slice(this.start[n], this.end[n]);
  }

  private pos(n: number): Pos {
    return this.posOf(this.start[n], this.end[n], this.line[n]);
  }

  /** The position of the text from `start` to `end`, which starts on (parsed) line `line`. */
  private posOf(start: number, end: number, line: number): Pos {
    // The line of the node's last character (its end offset is one past it): most nodes end on the line they start on.
    const last = end > start ? end - 1 : end;
    const endLine = line < this.lineStarts.length && last >= this.lineStarts[line] ? lineOf(this.lineStarts, last) : line;
    // Written whole, with the `file` that evaluation's loc() fills in: positions are the most
    // numerous objects of a scan, and a property added later takes an extra object.
    if (!this.insertions) return { file: undefined, line: line - this.lineShift, endLine: endLine - this.lineShift };
    const column = this.columnAt(start, line);
    return { file: undefined, line: line - this.lineShift, endLine: endLine - this.lineShift, column, endColumn: end > start ? this.columnAt(end - 1, endLine) + 1 : column };
  }

  /**
   * 1-based column of the character at `offset` on (parsed) line `line`, in UTF-16 code units as
   * the original text has it: a byte order mark is no column, an inserted `.0` is not there.
   */
  private columnAt(offset: number, line: number): number {
    const lineStart = this.lineStarts[line - 1];
    let column = offset - lineStart + 1;
    if (lineStart === 0 && this.bom && offset > 0) column -= 1;
    const insertions = this.insertions;
    if (insertions !== undefined && insertions.length > 0) for (const at of insertions) if (at >= lineStart && at < offset) column -= Math.min(2, offset - at);
    return column;
  }

  /** Whether the text starts with a byte order mark (not a column). */
  private readonly bom: boolean;

  private fillBody(block: BlockSyntax, body: number): void {
    for (let child = this.first[body]; child >= 0; child = this.next[child]) {
      const type = this.typeOf(child);
      if (type === 'attribute') {
        const name = this.childOf(child, 'identifier');
        const expr = this.childOf(child, 'expression');
        if (name >= 0 && expr >= 0) block.attributes.push({ name: this.text(name), expr: this.expression(expr), pos: this.pos(child) });
      } else if (type === 'block') {
        block.blocks.push(this.block(child));
      }
    }
  }

  private block(n: number): BlockSyntax {
    const header: number[] = [];
    for (let c = this.first[n]; c >= 0 && this.typeOf(c) !== 'block_start'; c = this.next[c]) header.push(c);
    const type = this.text(header[0]);
    // Labels may be quoted or bare identifiers (`resource aws_ecs_service api {`).
    const labels = header.slice(1).map((c) => (this.typeOf(c) === 'string_lit' ? this.stringLiteral(c) : this.text(c)));
    const block: BlockSyntax = { type, labels, pos: this.pos(n), attributes: [], blocks: [] };
    const body = this.childOf(n, 'body');
    if (body >= 0) this.fillBody(block, body);
    return block;
  }

  /** A `string_lit` is a quoted string without interpolation: its text minus the quotes. */
  private stringLiteral(n: number): string {
    const text = this.text(n);
    return unescapeQuoted(text.length >= 2 ? text.slice(1, -1) : '');
  }

  expression(n: number): Expr {
    return this.sequence(n, this.first[n]);
  }

  /**
   * An operand: a primary node followed by postfix get_attr / index / splat nodes, or `( expr )`;
   * the children of `parent` from `from` up to (not including) `stop`, -1 for all.
   */
  private sequence(parent: number, from: number, stop = -1): Expr {
    if (from < 0 || from === stop) return { t: 'invalid', why: 'empty expression', pos: this.pos(parent), src: this.text(parent) };
    let expr: Expr;
    let c: number;
    if (!this.isNamed(from) && this.typeOf(from) === '(') {
      let inner = -1;
      let close = -1;
      for (let k = from; k >= 0 && k !== stop; k = this.next[k]) {
        const type = this.typeOf(k);
        if (inner < 0 && type === 'expression') inner = k;
        if (type === ')') {
          close = k;
          break;
        }
      }
      if (inner < 0 && close >= 0) {
        // An expression after the `)` still counts, as a search of all the children would find it.
        for (let k = this.next[close]; k >= 0 && k !== stop && inner < 0; k = this.next[k]) if (this.typeOf(k) === 'expression') inner = k;
      }
      expr = inner >= 0 ? this.expression(inner) : { t: 'invalid', why: 'empty parentheses', pos: this.pos(parent), src: this.text(parent) };
      c = close >= 0 ? this.next[close] : from;
    } else {
      expr = this.primary(from);
      c = this.next[from];
    }
    for (; c >= 0 && c !== stop; c = this.next[c]) expr = this.postfix(parent, expr, c);
    return expr;
  }

  private postfix(parent: number, obj: Expr, n: number): Expr {
    const start = Math.min(this.start[parent], this.start[n]);
    const end = this.end[n];
    const line = this.line[parent];
    const type = this.typeOf(n);
    if (type === 'get_attr') {
      return { t: 'attr', obj, name: this.text(n).replace(/^\s*\.\s*/, ''), pos: this.posOf(start, end, line), src: this.source.slice(start, end) };
    }
    if (type === 'index') {
      return { t: 'index', obj, key: this.indexKey(this.first[n]), pos: this.posOf(start, end, line), src: this.source.slice(start, end) };
    }
    if (type === 'splat') {
      const inner = this.first[n];
      // The steps after `[*]` / `.*`, converted now (the tree's arrays are reused for the next file):
      // each application builds the same attr/index expressions around its operand.
      const steps: { pos: Pos; src: string; name?: string; key?: Expr }[] = [];
      for (let c = this.first[inner]; c >= 0; c = this.next[c]) {
        const stepType = this.typeOf(c);
        if (stepType !== 'get_attr' && stepType !== 'index') continue;
        const stepStart = Math.min(this.start[inner], this.start[c]);
        const step = { pos: this.posOf(stepStart, this.end[c], this.line[inner]), src: this.source.slice(stepStart, this.end[c]) };
        steps.push(stepType === 'get_attr' ? { ...step, name: this.text(c).replace(/^\s*\.\s*/, '') } : { ...step, key: this.indexKey(this.first[c]) });
      }
      const rest = (e: Expr): Expr => steps.reduce<Expr>(
        (acc, s) => (s.key === undefined
          ? { t: 'attr', obj: acc, name: s.name!, pos: { ...s.pos }, src: s.src }
          : { t: 'index', obj: acc, key: s.key, pos: { ...s.pos }, src: s.src }),
        e,
      );
      return { t: 'splat', obj, rest, pos: this.posOf(start, end, line), src: this.source.slice(start, end) };
    }
    return { t: 'invalid', why: `unexpected ${type}`, pos: this.pos(n), src: this.text(n) };
  }

  /** The key of an `index` node's inner node: `[expr]`, or the digits of a legacy `.0`. */
  private indexKey(inner: number): Expr {
    if (this.typeOf(inner) === 'legacy_index') {
      const digits = this.text(inner).replace(/^\./, '');
      return { t: 'lit', v: Number(digits), pos: this.pos(inner), src: this.text(inner) };
    }
    const key = this.childOf(inner, 'expression');
    return key >= 0 ? this.expression(key) : { t: 'invalid', why: 'empty index', pos: this.pos(inner), src: this.text(inner) };
  }

  private primary(n: number): Expr {
    switch (this.typeOf(n)) {
      case 'expression':
        return this.expression(n);
      case 'literal_value':
        return this.literalText(n);
      case 'template_expr':
        return this.template(this.first[n]);
      case 'collection_value':
        return this.collection(this.first[n]);
      case 'variable_expr': {
        const name = this.text(n);
        return { t: 'var', name, pos: this.pos(n), src: name };
      }
      case 'function_call':
        return this.call(n);
      case 'for_expr':
        return this.forExpr(this.first[n]);
      case 'conditional': {
        const [c, a, b] = this.childrenOf(n, 'expression').map((x) => this.expression(x));
        return { t: 'cond', cond: c, a, b, pos: this.pos(n), src: this.text(n) };
      }
      case 'operation':
        return this.operation(this.first[n]);
      default:
        return { t: 'invalid', why: `unsupported syntax ${this.typeOf(n)}`, pos: this.pos(n), src: this.text(n) };
    }
  }

  /** A literal read from its text (its children are not copied): a string, a bool, null or a number. */
  private literalText(n: number): Expr {
    const text = this.text(n);
    if (text.startsWith('"')) return { t: 'lit', v: unescapeQuoted(text.length >= 2 ? text.slice(1, -1) : ''), pos: this.pos(n), src: text };
    if (text === 'true' || text === 'false') return { t: 'lit', v: text === 'true', pos: this.pos(n), src: text };
    if (text === 'null') return { t: 'lit', v: null, pos: this.pos(n), src: text };
    const number = Number(text);
    return Number.isNaN(number) ? { t: 'invalid', why: `unsupported literal ${text}`, pos: this.pos(n), src: text } : { t: 'lit', v: number, pos: this.pos(n), src: text };
  }

  private template(n: number): Expr {
    const heredoc = this.typeOf(n) === 'heredoc_template';
    let from: number;
    let to: number;
    if (heredoc) {
      const markers = this.childrenOf(n, 'heredoc_identifier');
      // The body starts after the line break that ends `<<EOT` and runs to the start of the closing marker's line.
      from = this.source.indexOf('\n', this.end[markers[0]]) + 1;
      to = markers.length > 1 ? this.source.lastIndexOf('\n', this.start[markers[markers.length - 1]]) + 1 : this.end[n];
      if (to < from) to = from;
    } else {
      from = this.end[this.first[n]];
      const last = this.last[n];
      to = this.typeOf(last) === 'quoted_template_end' ? this.start[last] : this.end[n];
    }
    const start = heredoc ? this.childOf(n, 'heredoc_start') : -1;
    const outer = this.flush;
    this.flush = start >= 0 && this.text(start) === '<<-' ? { indent: this.heredocIndent(n, from, to), bodyStart: from } : undefined;
    try {
      return { t: 'tmpl', parts: this.templateParts(n, from, to, heredoc), heredoc, pos: this.pos(n), src: this.text(n) };
    } finally {
      this.flush = outer;
    }
  }

  /** The `<<-` heredoc being converted: the indentation it removes and where its body starts. */
  private flush: { indent: number; bodyStart: number } | undefined;

  /**
   * `<<-` removes the smallest indentation of the body's lines, as HCL does: a line counts when it
   * starts outside an interpolation or directive tag (a line starting with a tag has none); a line
   * of nothing but whitespace does not count.
   */
  private heredocIndent(n: number, from: number, to: number): number {
    const tags: number[] = [];
    const collect = (parent: number) => {
      for (let c = this.first[parent]; c >= 0; c = this.next[c]) {
        const type = this.typeOf(c);
        if (TEMPLATE_TAGS.has(type)) tags.push(c);
        else if (type === 'template_directive' || type === 'template_if' || type === 'template_for') collect(c);
      }
    };
    collect(n);
    let smallest = Infinity;
    for (let p = from; p < to; p = this.source.indexOf('\n', p) + 1 || to) {
      if (tags.some((t) => this.start[t] < p && p < this.end[t])) continue;
      const { width, blank } = this.lineIndent(p, to);
      if (blank || p + width >= to) continue;
      smallest = Math.min(smallest, width);
    }
    return Number.isFinite(smallest) ? smallest : 0;
  }

  /** The indentation of the line starting at `p`, read up to `limit`, and whether the line holds nothing else. */
  private lineIndent(p: number, limit: number): { width: number; blank: boolean } {
    let q = p;
    while (q < limit && isIndentChar(this.source.charCodeAt(q))) q++;
    const c = this.source.charCodeAt(q);
    return { width: q - p, blank: q < limit && (c === 10 || (c === 13 && this.source.charCodeAt(q + 1) === 10)) };
  }

  /** Source text between `from` and `to` without the `<<-` indentation at its line starts (blank lines keep theirs). */
  private unindented(from: number, to: number): string {
    if (!this.flush || this.flush.indent === 0) return this.source.slice(from, to);
    const { indent, bodyStart } = this.flush;
    let out = '';
    let p = from;
    while (p < to) {
      const lineEnd = this.source.indexOf('\n', p);
      const next = lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1;
      let q = p;
      if (p === bodyStart || this.source.charCodeAt(p - 1) === 10) {
        // A line of nothing but whitespace keeps it.
        const { width, blank } = this.lineIndent(p, next);
        if (!blank) q = p + Math.min(width, indent);
      }
      out += this.source.slice(q, next);
      p = next;
    }
    return out;
  }

  /**
   * Template text is taken from the source gaps between interpolations and directives (the
   * grammar's literal nodes skip whitespace). `~` strip markers remove the whitespace of the
   * adjacent text: `stripStart`/`stripEnd` say the enclosing directive's tags strip this body's ends.
   */
  private templateParts(parent: number, from: number, to: number, heredoc: boolean, stripStart = false, stripEnd = false): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let cursor = from;
    let stripNext = stripStart;
    const pushText = (end: number) => {
      const strip = stripNext;
      stripNext = false;
      if (end <= cursor) return;
      const written = this.source.slice(cursor, end);
      const raw = heredoc ? this.unindented(cursor, end) : written;
      let text = heredoc ? unescapeHeredoc(raw) : unescapeQuoted(raw);
      // Text as written (no escapes, no `<<-` indentation removed) keeps its columns.
      const verbatim = this.insertions !== undefined && text === written;
      let line = this.lineAt(cursor);
      let from = cursor;
      if (strip) {
        const kept = text.trimStart();
        for (let i = 0; i < text.length - kept.length; i++) if (text.charCodeAt(i) === 10) line++;
        from += text.length - kept.length;
        text = kept;
      }
      if (text === '') return;
      parts.push(verbatim ? { t: 'text', text, line, column: this.columnAt(from, lineOf(this.lineStarts, from)) } : { t: 'text', text, line });
    };
    const stripPrevious = () => {
      const last = parts[parts.length - 1];
      if (last?.t !== 'text') return;
      last.text = last.text.trimEnd();
      if (last.text === '') parts.pop();
    };
    for (let c = this.first[parent]; c >= 0; c = this.next[c]) {
      if (this.start[c] < from || this.end[c] > to) continue;
      const type = this.typeOf(c);
      if (type === 'template_interpolation') {
        pushText(this.start[c]);
        const tags = this.stripMarkers(c);
        if (tags.left) stripPrevious();
        const e = this.childOf(c, 'expression');
        if (e >= 0) parts.push({ t: 'interp', expr: this.expression(e) });
        cursor = this.end[c];
        stripNext = tags.right;
      } else if (type === 'template_directive') {
        pushText(this.start[c]);
        const { part, left, right } = this.directive(this.first[c], heredoc);
        if (left) stripPrevious();
        parts.push(part);
        cursor = this.end[c];
        stripNext = right;
      }
    }
    pushText(to);
    if (stripEnd) stripPrevious();
    return parts;
  }

  /** `${~ x ~}`, `%{~ if c ~}`: which sides of a template tag carry a strip marker. */
  private stripMarkers(tag: number): { left: boolean; right: boolean } {
    const start = this.start[tag];
    const end = this.end[tag];
    return { left: this.source.charCodeAt(start + 2) === 126, right: end - start >= 4 && this.source.charCodeAt(end - 2) === 126 };
  }

  private lineAt(offset: number): number {
    return lineOf(this.lineStarts, offset) - this.lineShift;
  }

  /** A `%{ if }` or `%{ for }` directive, and whether its outer tags strip the text around it. */
  private directive(n: number, heredoc: boolean): { part: TemplatePart; left: boolean; right: boolean } {
    if (this.typeOf(n) === 'template_if') {
      const intro = this.childOf(n, 'template_if_intro');
      const condNode = this.childOf(intro, 'expression');
      const elseIntro = this.childOf(n, 'template_else_intro');
      const end = this.childOf(n, 'template_if_end');
      const [introTags, elseTags, endTags] = [intro, elseIntro, end].map((t) => (t >= 0 ? this.stripMarkers(t) : { left: false, right: false }));
      const thenEnd = elseIntro >= 0 ? this.start[elseIntro] : this.start[end];
      const part: TemplatePart = {
        t: 'if',
        cond: this.expression(condNode),
        then: this.templateParts(n, this.end[intro], thenEnd, heredoc, introTags.right, elseIntro >= 0 ? elseTags.left : endTags.left),
        else: elseIntro >= 0 ? this.templateParts(n, this.end[elseIntro], this.start[end], heredoc, elseTags.right, endTags.left) : [],
      };
      return { part, left: introTags.left, right: endTags.right };
    }
    const start = this.childOf(n, 'template_for_start');
    const idents = this.childrenOf(start, 'identifier').map((c) => this.text(c));
    const coll = this.childOf(start, 'expression');
    const end = this.childOf(n, 'template_for_end');
    const startTags = this.stripMarkers(start);
    const endTags = this.stripMarkers(end);
    const body = this.templateParts(n, this.end[start], this.start[end], heredoc, startTags.right, endTags.left);
    const part: TemplatePart = idents.length === 2
      ? { t: 'for', keyVar: idents[0], valueVar: idents[1], coll: this.expression(coll), body }
      : { t: 'for', valueVar: idents[0], coll: this.expression(coll), body };
    return { part, left: startTags.left, right: endTags.right };
  }

  private collection(n: number): Expr {
    if (this.typeOf(n) === 'tuple') {
      return { t: 'tuple', items: this.childrenOf(n, 'expression').map((c) => this.expression(c)), pos: this.pos(n), src: this.text(n) };
    }
    const elems = this.childrenOf(n, 'object_elem').map((el) => {
      const keyNode = this.first[el];
      const valueNode = this.last[el];
      const key = this.expression(keyNode);
      // A bare identifier key (`name = ...`) is the literal string "name", not a variable.
      const keyIsIdent = key.t === 'var';
      // The key's own position when it spans the whole key node (it nearly always does): one object fewer per element.
      const keyPos = this.pos(keyNode);
      return { key, keyIsIdent, keyPos: samePosition(keyPos, key.pos) ? key.pos : keyPos, value: this.expression(valueNode) };
    });
    return { t: 'object', elems, pos: this.pos(n), src: this.text(n) };
  }

  private call(n: number): Expr {
    const name = this.text(this.childOf(n, 'identifier'));
    const argsNode = this.childOf(n, 'function_arguments');
    const args = argsNode >= 0 ? this.childrenOf(argsNode, 'expression').map((c) => this.expression(c)) : [];
    const expandLast = argsNode >= 0 && this.childOf(argsNode, 'ellipsis') >= 0;
    return { t: 'call', name, args, expandLast, pos: this.pos(n), src: this.text(n) };
  }

  private forExpr(n: number): Expr {
    const intro = this.childOf(n, 'for_intro');
    const idents = this.childrenOf(intro, 'identifier').map((c) => this.text(c));
    const coll = this.expression(this.childOf(intro, 'expression'));
    const exprs = this.childrenOf(n, 'expression').map((c) => this.expression(c));
    const condNode = this.childOf(n, 'for_cond');
    const cond = condNode >= 0 ? this.expression(this.childOf(condNode, 'expression')) : undefined;
    const object = this.typeOf(n) === 'for_object_expr';
    const vars = idents.length === 2 ? { keyVar: idents[0], valueVar: idents[1] } : { valueVar: idents[0] };
    return {
      t: 'for',
      ...vars,
      coll,
      keyExpr: object ? exprs[0] : undefined,
      valueExpr: object ? exprs[1] : exprs[0],
      cond,
      group: this.childOf(n, 'ellipsis') >= 0,
      object,
      pos: this.pos(n),
      src: this.text(n),
    };
  }

  private operation(n: number): Expr {
    const first = this.first[n];
    if (this.typeOf(n) === 'unary_operation') {
      return { t: 'un', op: this.typeOf(first), e: this.sequence(n, this.next[first]), pos: this.pos(n), src: this.text(n) };
    }
    let depth = 0;
    let split = -1;
    for (let c = first; c >= 0; c = this.next[c]) {
      const type = this.typeOf(c);
      if (this.isNamed(c)) continue;
      if (type === '(') depth++;
      else if (type === ')') depth--;
      else if (split < 0 && depth === 0 && BINARY_OPERATORS.has(type) && c !== first) split = c;
    }
    if (split < 0) return { t: 'invalid', why: 'unrecognised operator', pos: this.pos(n), src: this.text(n) };
    return {
      t: 'bin',
      op: this.typeOf(split),
      l: this.sequence(n, first, split),
      r: this.sequence(n, this.next[split]),
      pos: this.pos(n),
      src: this.text(n),
    };
  }
}

/** Whether two positions the converter wrote (not yet located in a file) are the same. */
function samePosition(a: Pos, b: Pos): boolean {
  return a.line === b.line && a.endLine === b.endLine && a.column === b.column && a.endColumn === b.endColumn && a.file === undefined && b.file === undefined;
}

/** Whether quoted text holds anything unescapeQuoted changes (one pass instead of three). */
const QUOTED_ESCAPE = /\\|\$\$\{|%%\{/;

/** Quoted-template escapes (HCL spec: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{). */
export function unescapeQuoted(raw: string): string {
  if (!QUOTED_ESCAPE.test(raw)) return raw;
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt"\\])/g, (_m, c: string) => {
      if (c[0] === 'u' || c[0] === 'U') return String.fromCodePoint(parseInt(c.slice(1), 16));
      return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c];
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** Tags inside a template: `${ … }` and the `%{ … }` of directives. */
const TEMPLATE_TAGS = new Set(['template_interpolation', 'template_if_intro', 'template_else_intro', 'template_if_end', 'template_for_start', 'template_for_end']);

/** Whitespace that indents a heredoc line (Go's unicode.IsSpace, as HCL counts it), line breaks aside. */
function isIndentChar(code: number): boolean {
  if (code === 32 || code === 9) return true;
  if (code === 10 || code === 13 || code < 128) return code === 11 || code === 12;
  return /\s/.test(String.fromCharCode(code)) || code === 0x85;
}

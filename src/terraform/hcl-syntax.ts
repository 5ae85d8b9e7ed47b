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

/** The children of every leaf: one shared empty list (leaves are most nodes), never written to. */
const NO_CHILDREN: RawNode[] = [];

/** A syntax node copied out of the wasm tree. */
interface RawNode {
  type: string;
  named: boolean;
  start: number;
  end: number;
  line: number;
  children: RawNode[];
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
    const names = language.types.map((t) => t ?? 'ERROR');
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
function derivedEnd(raw: RawNode, table: TypeTable, typeId: number): number | undefined {
  const last = raw.children[raw.children.length - 1];
  if (!last?.named || !table.endsWithNamedChild[typeId] || (typeId === table.expression && last.type === 'expression')) return undefined;
  return last.end;
}

function checkEnd(raw: RawNode, actual: number): void {
  if (raw.end !== actual) throw new Error(`derived end ${raw.end} of ${raw.type} at ${raw.start} differs from the parser's ${actual}`);
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
function copyTree(node: SyntaxNode, table: TypeTable, comments: RawNode[], typeId = node.typeId, depth = 0): RawNode {
  if (depth > MAX_TREE_DEPTH) throw tooDeep(node.startPosition.row + 1);
  const start = node.startIndex;
  const raw: RawNode = { type: table.names[typeId] ?? 'ERROR', named: table.named[typeId] === true, start, end: start, line: node.startPosition.row + 1, children: NO_CHILDREN };
  if (!raw.named) return raw;
  if (table.textOnly[typeId]) {
    const width = table.width[typeId];
    raw.end = width > 0 ? start + width : node.endIndex;
    if (raw.type === 'comment') comments.push(raw);
  } else {
    raw.children = [];
    for (const child of table.allChildren[typeId] ? node.children : node.namedChildren) {
      if (child) raw.children.push(copyTree(child, table, comments, child.typeId, depth + 1));
    }
    raw.end = derivedEnd(raw, table, typeId) ?? node.endIndex;
  }
  if (debug.verifyEnds) checkEnd(raw, node.endIndex);
  return raw;
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
  _free(pointer: number): void;
}

const WASM_FUNCTIONS = [
  '_ts_init', '_ts_tree_root_node_wasm', '_ts_node_symbol_wasm', '_ts_node_end_index_wasm', '_ts_node_children_wasm',
  '_ts_node_named_children_wasm', '_free',
] as const;

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
    private readonly comments: RawNode[],
  ) {}

  root(): RawNode {
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

  private copy(id: number, start: number, row: number, column: number, alias: number, depth: number): RawNode {
    if (depth > MAX_TREE_DEPTH) throw tooDeep(row + 1);
    const { m, tree, table } = this;
    this.marshal(id, start, row, column, alias);
    const typeId = m._ts_node_symbol_wasm(tree);
    const raw: RawNode = { type: table.names[typeId] ?? 'ERROR', named: table.named[typeId] === true, start, end: start, line: row + 1, children: NO_CHILDREN };
    if (!raw.named) return raw;
    if (table.textOnly[typeId]) {
      const width = table.width[typeId];
      raw.end = width > 0 ? start + width : m._ts_node_end_index_wasm(tree);
      if (raw.type === 'comment') this.comments.push(raw);
    } else {
      raw.children = [];
      let end = table.endsWithNamedChild[typeId] ? -1 : m._ts_node_end_index_wasm(tree);
      if (table.allChildren[typeId]) m._ts_node_children_wasm(tree);
      else m._ts_node_named_children_wasm(tree);
      const count = m.HEAP32[this.t];
      const list = m.HEAP32[this.t + 1];
      // The list stays valid until freed; HEAP32 is re-read because a nested call may grow memory.
      try {
        for (let i = 0, w = list >> 2; i < count; i++, w += 5) {
          const h = m.HEAP32;
          if (h[w] !== 0) raw.children.push(this.copy(h[w], h[w + 1], h[w + 2], h[w + 3], h[w + 4], depth + 1));
        }
      } finally {
        if (count > 0) m._free(list);
      }
      if (end < 0) {
        end = derivedEnd(raw, table, typeId) ?? -1;
        if (end < 0) {
          this.marshal(id, start, row, column, alias);
          end = m._ts_node_end_index_wasm(tree);
        }
      }
      raw.end = end;
    }
    if (debug.verifyEnds) {
      this.marshal(id, start, row, column, alias);
      checkEnd(raw, m._ts_node_end_index_wasm(tree));
    }
    return raw;
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
  let source = original;
  let insertions: number[] = [];
  const parsed = parser.parse(source);
  if (!parsed) throw new HclSyntaxError('the parser returned no tree', 1);
  let tree: Tree = parsed;
  if (tree.rootNode.hasError) {
    const retried = withFractionsBeforeExponents(parser, source);
    if (retried) {
      tree.delete();
      ({ source, tree, insertions } = retried);
    }
  }
  let root: RawNode;
  const comments: RawNode[] = [];
  const starts = lineStartsOf(source);
  try {
    if (tree.rootNode.hasError) {
      const error = firstSyntaxError(tree.walk()) ?? { line: 1, what: 'unexpected syntax' };
      const line = error.line - lineShift;
      throw new HclSyntaxError(`invalid HCL at line ${line}: ${error.what}`, line);
    }
    const table = typeTable(tree.language);
    const treeAddress = (tree as unknown as { 0?: unknown })[0];
    root = binding && !debug.publicApiOnly && typeof treeAddress === 'number'
      ? new RawTreeCopier(binding.module, binding.transfer, treeAddress, table, comments).root()
      : copyTree(tree.rootNode, table, comments);
  } finally {
    tree.delete();
  }
  return new SyntaxConverter(source, lineShift, comments, starts, columns ? insertions : undefined).file(root);
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
  constructor(
    private readonly source: string,
    private readonly lineShift: number,
    /** Comment nodes, gathered while the tree was copied. */
    private readonly comments: RawNode[],
    /** Offsets where each line starts. */
    private readonly lineStarts: number[],
    /** Offsets of the `.0` a retried parse inserted (withFractionsBeforeExponents); undefined: no columns. */
    private readonly insertions: number[] | undefined,
  ) {}

  file(root: RawNode): FileSyntax {
    const comments = this.comments.map((c) => ({ line: c.line - this.lineShift, text: this.source.slice(c.start, c.end) }));
    const body = root.children.find((c) => c.type === 'body');
    const lineCount = this.lineStarts.length;
    const block: BlockSyntax = { type: '', labels: [], pos: { line: 1, endLine: lineCount }, attributes: [], blocks: [] };
    if (body) this.fillBody(block, body);
    return { body: block, comments, lineCount };
  }

  private text(n: RawNode): string {
    return this.source.slice(n.start, n.end);
  }

  private pos(n: RawNode): Pos {
    // The line of the node's last character (its end offset is one past it).
    const endLine = lineOf(this.lineStarts, n.end > n.start ? n.end - 1 : n.end);
    const pos: Pos = { line: n.line - this.lineShift, endLine: endLine - this.lineShift };
    if (this.insertions) {
      pos.column = this.columnAt(n.start, n.line);
      pos.endColumn = n.end > n.start ? this.columnAt(n.end - 1, endLine) + 1 : pos.column;
    }
    return pos;
  }

  /**
   * 1-based column of the character at `offset` on (parsed) line `line`, in UTF-16 code units as
   * the original text has it: a byte order mark is no column, an inserted `.0` is not there.
   */
  private columnAt(offset: number, line: number): number {
    const lineStart = this.lineStarts[line - 1];
    let column = offset - lineStart + 1;
    if (lineStart === 0 && this.source.charCodeAt(0) === 0xfeff && offset > 0) column -= 1;
    for (const at of this.insertions ?? []) if (at >= lineStart && at < offset) column -= Math.min(2, offset - at);
    return column;
  }

  private fillBody(block: BlockSyntax, body: RawNode): void {
    for (const child of body.children) {
      if (child.type === 'attribute') {
        const name = child.children.find((c) => c.type === 'identifier');
        const expr = child.children.find((c) => c.type === 'expression');
        if (name && expr) block.attributes.push({ name: this.text(name), expr: this.expression(expr), pos: this.pos(child) });
      } else if (child.type === 'block') {
        block.blocks.push(this.block(child));
      }
    }
  }

  private block(n: RawNode): BlockSyntax {
    const header = n.children.slice(0, n.children.findIndex((c) => c.type === 'block_start'));
    const type = this.text(header[0]);
    // Labels may be quoted or bare identifiers (`resource aws_ecs_service api {`).
    const labels = header.slice(1).map((c) => (c.type === 'string_lit' ? this.stringLiteral(c) : this.text(c)));
    const block: BlockSyntax = { type, labels, pos: this.pos(n), attributes: [], blocks: [] };
    const body = n.children.find((c) => c.type === 'body');
    if (body) this.fillBody(block, body);
    return block;
  }

  /** A `string_lit` is a quoted string without interpolation: its text minus the quotes. */
  private stringLiteral(n: RawNode): string {
    const text = this.text(n);
    return unescapeQuoted(text.length >= 2 ? text.slice(1, -1) : '');
  }

  private make<T extends Expr['t']>(n: RawNode, e: Omit<Extract<Expr, { t: T }>, 'pos' | 'src'> & { t: T }): Expr {
    // Expressions are the most numerous objects of a scan: extend in place rather than copy.
    const expr = e as unknown as Expr;
    expr.pos = this.pos(n);
    expr.src = this.text(n);
    return expr;
  }

  expression(n: RawNode): Expr {
    return this.sequence(n, n.children);
  }

  /** An operand: a primary node followed by postfix get_attr / index / splat nodes, or `( expr )`. */
  private sequence(parent: RawNode, nodes: RawNode[]): Expr {
    let i = 0;
    let expr: Expr;
    const first = nodes[0];
    if (!first) return this.make(parent, { t: 'invalid', why: 'empty expression' });
    if (!first.named && first.type === '(') {
      const inner = nodes.find((c) => c.type === 'expression');
      expr = inner ? this.expression(inner) : this.make(parent, { t: 'invalid', why: 'empty parentheses' });
      i = nodes.findIndex((c) => c.type === ')') + 1;
    } else {
      expr = this.primary(first);
      i = 1;
    }
    for (; i < nodes.length; i++) expr = this.postfix(parent, expr, nodes[i]);
    return expr;
  }

  private postfix(parent: RawNode, obj: Expr, n: RawNode): Expr {
    const span: RawNode = { ...parent, start: Math.min(parent.start, n.start), end: n.end };
    if (n.type === 'get_attr') {
      return this.make(span, { t: 'attr', obj, name: this.text(n).replace(/^\s*\.\s*/, '') });
    }
    if (n.type === 'index') {
      const inner = n.children[0];
      if (inner.type === 'legacy_index') {
        const digits = this.text(inner).replace(/^\./, '');
        return this.make(span, { t: 'index', obj, key: this.make(inner, { t: 'lit', v: Number(digits) }) });
      }
      const key = inner.children.find((c) => c.type === 'expression');
      return this.make(span, { t: 'index', obj, key: key ? this.expression(key) : this.make(inner, { t: 'invalid', why: 'empty index' }) });
    }
    if (n.type === 'splat') {
      const inner = n.children[0];
      const steps = inner.children.filter((c) => c.type === 'get_attr' || c.type === 'index');
      const rest = (e: Expr): Expr => steps.reduce((acc, step) => this.postfix(inner, acc, step), e);
      return this.make(span, { t: 'splat', obj, rest });
    }
    return this.make(n, { t: 'invalid', why: `unexpected ${n.type}` });
  }

  private primary(n: RawNode): Expr {
    switch (n.type) {
      case 'expression':
        return this.expression(n);
      case 'literal_value':
        return this.literalText(n);
      case 'template_expr':
        return this.template(n.children[0]);
      case 'collection_value':
        return this.collection(n.children[0]);
      case 'variable_expr':
        return this.make(n, { t: 'var', name: this.text(n) });
      case 'function_call':
        return this.call(n);
      case 'for_expr':
        return this.forExpr(n.children[0]);
      case 'conditional': {
        const [c, a, b] = n.children.filter((x) => x.type === 'expression').map((x) => this.expression(x));
        return this.make(n, { t: 'cond', cond: c, a, b });
      }
      case 'operation':
        return this.operation(n.children[0]);
      default:
        return this.make(n, { t: 'invalid', why: `unsupported syntax ${n.type}` });
    }
  }

  /** A literal read from its text (its children are not copied): a string, a bool, null or a number. */
  private literalText(n: RawNode): Expr {
    const text = this.text(n);
    if (text.startsWith('"')) return this.make(n, { t: 'lit', v: this.stringLiteral(n) });
    if (text === 'true' || text === 'false') return this.make(n, { t: 'lit', v: text === 'true' });
    if (text === 'null') return this.make(n, { t: 'lit', v: null });
    const number = Number(text);
    return Number.isNaN(number) ? this.make(n, { t: 'invalid', why: `unsupported literal ${text}` }) : this.make(n, { t: 'lit', v: number });
  }

  private template(n: RawNode): Expr {
    const heredoc = n.type === 'heredoc_template';
    let from: number;
    let to: number;
    if (heredoc) {
      const markers = n.children.filter((c) => c.type === 'heredoc_identifier');
      // The body starts after the line break that ends `<<EOT` and runs to the start of the closing marker's line.
      from = this.source.indexOf('\n', markers[0].end) + 1;
      to = markers.length > 1 ? this.source.lastIndexOf('\n', markers[markers.length - 1].start) + 1 : n.end;
      if (to < from) to = from;
    } else {
      from = n.children[0].end;
      to = n.children[n.children.length - 1].type === 'quoted_template_end' ? n.children[n.children.length - 1].start : n.end;
    }
    const start = heredoc ? n.children.find((c) => c.type === 'heredoc_start') : undefined;
    const outer = this.flush;
    this.flush = start && this.text(start) === '<<-' ? { indent: this.heredocIndent(n, from, to), bodyStart: from } : undefined;
    try {
      return this.make(n, { t: 'tmpl', parts: this.templateParts(n.children, from, to, heredoc), heredoc });
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
  private heredocIndent(n: RawNode, from: number, to: number): number {
    const tags: RawNode[] = [];
    const collect = (nodes: RawNode[]) => {
      for (const c of nodes) {
        if (TEMPLATE_TAGS.has(c.type)) tags.push(c);
        else if (c.type === 'template_directive' || c.type === 'template_if' || c.type === 'template_for') collect(c.children);
      }
    };
    collect(n.children);
    let smallest = Infinity;
    for (let p = from; p < to; p = this.source.indexOf('\n', p) + 1 || to) {
      if (tags.some((t) => t.start < p && p < t.end)) continue;
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
  private templateParts(nodes: RawNode[], from: number, to: number, heredoc: boolean, stripStart = false, stripEnd = false): TemplatePart[] {
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
    for (const c of nodes) {
      if (c.start < from || c.end > to) continue;
      if (c.type === 'template_interpolation') {
        pushText(c.start);
        const tags = this.stripMarkers(c);
        if (tags.left) stripPrevious();
        const e = c.children.find((x) => x.type === 'expression');
        if (e) parts.push({ t: 'interp', expr: this.expression(e) });
        cursor = c.end;
        stripNext = tags.right;
      } else if (c.type === 'template_directive') {
        pushText(c.start);
        const { part, left, right } = this.directive(c.children[0], heredoc);
        if (left) stripPrevious();
        parts.push(part);
        cursor = c.end;
        stripNext = right;
      }
    }
    pushText(to);
    if (stripEnd) stripPrevious();
    return parts;
  }

  /** `${~ x ~}`, `%{~ if c ~}`: which sides of a template tag carry a strip marker. */
  private stripMarkers(tag: RawNode): { left: boolean; right: boolean } {
    return { left: this.source.charCodeAt(tag.start + 2) === 126, right: tag.end - tag.start >= 4 && this.source.charCodeAt(tag.end - 2) === 126 };
  }

  private lineAt(offset: number): number {
    return lineOf(this.lineStarts, offset) - this.lineShift;
  }

  /** A `%{ if }` or `%{ for }` directive, and whether its outer tags strip the text around it. */
  private directive(n: RawNode, heredoc: boolean): { part: TemplatePart; left: boolean; right: boolean } {
    if (n.type === 'template_if') {
      const intro = n.children.find((c) => c.type === 'template_if_intro')!;
      const condNode = intro.children.find((c) => c.type === 'expression')!;
      const elseIntro = n.children.find((c) => c.type === 'template_else_intro');
      const end = n.children.find((c) => c.type === 'template_if_end')!;
      const [introTags, elseTags, endTags] = [intro, elseIntro, end].map((t) => (t ? this.stripMarkers(t) : { left: false, right: false }));
      const thenEnd = elseIntro ? elseIntro.start : end.start;
      const part: TemplatePart = {
        t: 'if',
        cond: this.expression(condNode),
        then: this.templateParts(n.children, intro.end, thenEnd, heredoc, introTags.right, elseIntro ? elseTags.left : endTags.left),
        else: elseIntro ? this.templateParts(n.children, elseIntro.end, end.start, heredoc, elseTags.right, endTags.left) : [],
      };
      return { part, left: introTags.left, right: endTags.right };
    }
    const start = n.children.find((c) => c.type === 'template_for_start')!;
    const idents = start.children.filter((c) => c.type === 'identifier').map((c) => this.text(c));
    const coll = start.children.find((c) => c.type === 'expression')!;
    const end = n.children.find((c) => c.type === 'template_for_end')!;
    const startTags = this.stripMarkers(start);
    const endTags = this.stripMarkers(end);
    const body = this.templateParts(n.children, start.end, end.start, heredoc, startTags.right, endTags.left);
    const part: TemplatePart = idents.length === 2
      ? { t: 'for', keyVar: idents[0], valueVar: idents[1], coll: this.expression(coll), body }
      : { t: 'for', valueVar: idents[0], coll: this.expression(coll), body };
    return { part, left: startTags.left, right: endTags.right };
  }

  private collection(n: RawNode): Expr {
    if (n.type === 'tuple') {
      return this.make(n, { t: 'tuple', items: n.children.filter((c) => c.type === 'expression').map((c) => this.expression(c)) });
    }
    const elems = n.children
      .filter((c) => c.type === 'object_elem')
      .map((el) => {
        const keyNode = el.children[0];
        const valueNode = el.children[el.children.length - 1];
        const key = this.expression(keyNode);
        // A bare identifier key (`name = ...`) is the literal string "name", not a variable.
        const keyIsIdent = key.t === 'var';
        return { key, keyIsIdent, keyPos: this.pos(keyNode), value: this.expression(valueNode) };
      });
    return this.make(n, { t: 'object', elems });
  }

  private call(n: RawNode): Expr {
    const name = this.text(n.children.find((c) => c.type === 'identifier')!);
    const argsNode = n.children.find((c) => c.type === 'function_arguments');
    const args = argsNode ? argsNode.children.filter((c) => c.type === 'expression').map((c) => this.expression(c)) : [];
    const expandLast = !!argsNode?.children.some((c) => c.type === 'ellipsis');
    return this.make(n, { t: 'call', name, args, expandLast });
  }

  private forExpr(n: RawNode): Expr {
    const intro = n.children.find((c) => c.type === 'for_intro')!;
    const idents = intro.children.filter((c) => c.type === 'identifier').map((c) => this.text(c));
    const coll = this.expression(intro.children.find((c) => c.type === 'expression')!);
    const exprs = n.children.filter((c) => c.type === 'expression').map((c) => this.expression(c));
    const condNode = n.children.find((c) => c.type === 'for_cond');
    const cond = condNode ? this.expression(condNode.children.find((c) => c.type === 'expression')!) : undefined;
    const object = n.type === 'for_object_expr';
    const vars = idents.length === 2 ? { keyVar: idents[0], valueVar: idents[1] } : { valueVar: idents[0] };
    return this.make(n, {
      t: 'for',
      ...vars,
      coll,
      keyExpr: object ? exprs[0] : undefined,
      valueExpr: object ? exprs[1] : exprs[0],
      cond,
      group: n.children.some((c) => c.type === 'ellipsis'),
      object,
    });
  }

  private operation(n: RawNode): Expr {
    if (n.type === 'unary_operation') {
      const op = n.children[0].type;
      return this.make(n, { t: 'un', op, e: this.sequence(n, n.children.slice(1)) });
    }
    let depth = 0;
    let split = -1;
    n.children.forEach((c, i) => {
      if (!c.named && c.type === '(') depth++;
      else if (!c.named && c.type === ')') depth--;
      else if (split < 0 && depth === 0 && !c.named && BINARY_OPERATORS.has(c.type) && i > 0) split = i;
    });
    if (split < 0) return this.make(n, { t: 'invalid', why: 'unrecognised operator' });
    return this.make(n, {
      t: 'bin',
      op: n.children[split].type,
      l: this.sequence(n, n.children.slice(0, split)),
      r: this.sequence(n, n.children.slice(split + 1)),
    });
  }
}

/** Quoted-template escapes (HCL spec: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{). */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
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

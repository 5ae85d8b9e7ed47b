// The syntax tree copy: the fast path (the wasm module's C functions, end offsets derived from the
// grammar) must give exactly what web-tree-sitter's public API gives, node for node.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { generateCorpus } from '../../bench/corpus.js';
import { comparableSyntax, hclFiles } from '../../test-support/terraform/syntax-files.js';
import { Tree, TreeCursor } from 'web-tree-sitter';
import { getParser, HclSyntaxError, parseHclWith, setSyntaxDebug, type FileSyntax } from '../../src/terraform/hcl-syntax.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const TF_OR_TFVARS = /\.(tf|tfvars)$/;

/** Every construct whose end offset the copy derives, and the ones where it must ask the parser. */
const TRICKY = `
locals {
  a = (1 + 2)
  b = (var.x).y
  c = f(a, b,)
  d = g()
  e = [for x in var.l : x if x != ""]
  f = { for k, v in var.m : k => v... }
  g = var.list.*.id
  h = var.list[*]
  i = var.list[*].a[0]
  j = var.t.0
  k = -(1)
  l = !var.b
  m = a ? b : (c)
  n = "\${var.x}-\${~ var.y ~}"
  o = <<-EOT
    hello \${var.z}
    %{ if var.q ~}yes%{ else }no%{ endif }
    %{~ for x in var.l }\${x}%{ endfor ~}
  EOT
  p = { a = 1, b = 2, }
  q = [1, 2, ]
  r = merge(var.a, var.b...)
  s = 1 + (2 * 3) # trailing
  t = a /* c */
  u = var.a[ "k" ]
  v = (1) // c
  w = {
    x = 1 # c
  }
  x = ((a))
  y = [(a), (b)]
  z = { "k" : (v) }
}
resource "x" "y" { # c
  a = 1
  # last
}
resource x y {}
`;

async function bothWays(source: string): Promise<{ fast: unknown; public: unknown }> {
  const parser = await getParser();
  setSyntaxDebug({ verifyEnds: true, publicApiOnly: false });
  const fast = comparableSyntax(parseHclWith(parser, source));
  setSyntaxDebug({ publicApiOnly: true });
  const viaPublicApi = comparableSyntax(parseHclWith(parser, source));
  return { fast, public: viaPublicApi };
}

afterEach(() => setSyntaxDebug({ verifyEnds: false, publicApiOnly: false }));

describe('syntax tree copy', () => {
  it('derives the same end offsets as the parser and matches the public API on tricky constructs', async () => {
    const { fast, public: viaPublicApi } = await bothWays(TRICKY);
    expect(fast).toEqual(viaPublicApi);
    // Not a vacuous comparison: the locals were all read, with their source text.
    const locals = (fast as FileSyntax).body.blocks[0].attributes;
    expect(locals.map((a) => a.name).join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(locals.find((a) => a.name === 'b')?.expr.src).toBe('(var.x).y');
    // Parentheses are transparent: the value is the inner expression's.
    expect(locals.find((a) => a.name === 'x')?.expr).toMatchObject({ t: 'var', name: 'a', src: 'a' });
    // `o` at column 3 of line 17 to the heredoc's closing `EOT`, whose last character is column 5 of line 21.
    expect(locals.find((a) => a.name === 'o')?.pos).toEqual({ line: 17, column: 3, endLine: 21, endColumn: 6 });
  });

  it('matches on every .tf file of the examples, the test fixtures and a generated corpus', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'edg-syntax-'));
    try {
      generateCorpus(corpus, { modules: 40, seed: 3 });
      const files = [...hclFiles(join(repoRoot, 'examples'), TF_OR_TFVARS), ...hclFiles(join(repoRoot, '__tests__'), TF_OR_TFVARS), ...hclFiles(corpus, TF_OR_TFVARS)];
      expect(files.length).toBeGreaterThan(150);
      let compared = 0;
      for (const file of files) {
        const source = readFileSync(file, 'utf8');
        let result: { fast: unknown; public: unknown };
        try {
          result = await bothWays(source);
        } catch (e) {
          // Deliberately malformed fixtures fail the same way on both paths; anything else is a bug.
          expect(String(e)).toMatch(/invalid HCL/);
          continue;
        }
        if (!isDeepStrictEqual(result.fast, result.public)) throw new Error(`${file}: the fast copy differs from the public API's`);
        compared++;
      }
      expect(compared).toBeGreaterThan(150);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

// web-tree-sitter's finalizer for a TreeCursor deletes whatever cursor its transfer buffer holds
// when the collector runs it, not the cursor collected (web-tree-sitter.js, TreeCursor): a cursor
// left to it freed memory at random and crashed a scan of many broken files ("memory access out
// of bounds"). Every cursor the parser makes must be deleted before it is dropped.
describe('tree cursors', () => {
  it('are deleted, never left to the finalizer, when a file has a syntax error', async () => {
    const parser = await getParser();
    const made: TreeCursor[] = [];
    const deleted = new Set<TreeCursor>();
    const walk = Tree.prototype.walk;
    const remove = TreeCursor.prototype.delete;
    Tree.prototype.walk = function (this: Tree) {
      const cursor = walk.call(this);
      made.push(cursor);
      return cursor;
    };
    TreeCursor.prototype.delete = function (this: TreeCursor) {
      deleted.add(this);
      remove.call(this);
    };
    try {
      for (const broken of ['resource "x" "y" {\n  name = \n', 'locals {\n  a = [1,\n}\n', '}']) expect(() => parseHclWith(parser, broken)).toThrow(HclSyntaxError);
    } finally {
      Tree.prototype.walk = walk;
      TreeCursor.prototype.delete = remove;
    }
    // The error path walked the trees (not vacuous), and deleted every cursor it made.
    expect(made.length).toBeGreaterThanOrEqual(3);
    expect(made.filter((c) => !deleted.has(c))).toEqual([]);
  });
});

import { locateLine, locatePosition, parsePatch, diffHunkText } from '../../test-support/github/diff-lines.js';
import { createPatch } from '../../test-support/github/unified-diff.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' resource "aws_ecs_cluster" "main" {',
  '-  name = "old"',
  '+  name = "new"',
  '+  tags = {}',
  ' }',
  ' ',
  '@@ -20,2 +21,3 @@ module "x" {',
  ' a',
  '+b',
  ' c',
].join('\n');

describe('parsePatch', () => {
  const hunks = parsePatch(PATCH);

  it('numbers both sides and counts positions through later hunk headers', () => {
    expect(hunks).toHaveLength(2);
    expect(hunks[0]!.lines.map((l) => [l.kind, l.oldLine, l.newLine, l.position])).toEqual([
      ['context', 1, 1, 1],
      ['deleted', 2, undefined, 2],
      ['added', undefined, 2, 3],
      ['added', undefined, 3, 4],
      ['context', 3, 4, 5],
      ['context', 4, 5, 6],
    ]);
    // the second header takes position 7
    expect(hunks[1]!.headerPosition).toBe(7);
    expect(hunks[1]!.lines.map((l) => [l.kind, l.oldLine, l.newLine, l.position])).toEqual([
      ['context', 20, 21, 8],
      ['added', undefined, 22, 9],
      ['context', 21, 23, 10],
    ]);
  });

  it('lets RIGHT target added and context lines only, LEFT deleted and context lines only', () => {
    expect(locateLine(hunks, 'RIGHT', 2)?.line.kind).toBe('added');
    expect(locateLine(hunks, 'RIGHT', 4)?.line.kind).toBe('context');
    expect(locateLine(hunks, 'LEFT', 2)?.line.kind).toBe('deleted');
    expect(locateLine(hunks, 'LEFT', 1)?.line.kind).toBe('context');
    // between the hunks: not in the diff
    expect(locateLine(hunks, 'RIGHT', 10)).toBeUndefined();
    expect(locateLine(hunks, 'LEFT', 22)).toBeUndefined();
    expect(locateLine(hunks, 'RIGHT', 22)?.hunkIndex).toBe(1);
    expect(locatePosition(hunks, 9)?.line.newLine).toBe(22);
    expect(locatePosition(hunks, 7)).toBeUndefined();
  });

  it('builds the diff_hunk from the hunk header down to the commented line', () => {
    expect(diffHunkText(hunks, locateLine(hunks, 'RIGHT', 22)!)).toBe('@@ -20,2 +21,3 @@ module "x" {\n a\n+b');
  });

  it('ignores "No newline" markers and a trailing newline', () => {
    const h = parsePatch('@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n');
    expect(h[0]!.lines.map((l) => l.kind)).toEqual(['deleted', 'added']);
    expect(h[0]!.lines[1]!.position).toBe(2);
  });
});

describe('createPatch', () => {
  it('writes git-style hunks with three lines of context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 5\n', 'line five\n').replace('line 18\n', '');
    const { patch, additions, deletions } = createPatch(before, after);
    expect(additions).toBe(1);
    expect(deletions).toBe(2);
    expect(patch).toBe(
      [
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '@@ -15,6 +15,5 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        ' line 19',
        ' line 20',
      ].join('\n'),
    );
  });

  it('diffs new and deleted files against nothing', () => {
    expect(createPatch('', 'a\nb\n').patch).toBe('@@ -0,0 +1,2 @@\n+a\n+b');
    expect(createPatch('a\n', '').patch).toBe('@@ -1 +0,0 @@\n-a');
  });

  it('produces patches that parse back to the new file lines', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nB\nc\nd\nx\ne\nf\nh\n';
    const hunks = parsePatch(createPatch(before, after).patch);
    const newLines = after.split('\n');
    for (const line of hunks.flatMap((h) => h.lines)) {
      if (line.newLine !== undefined) expect(line.text.slice(1)).toBe(newLines[line.newLine - 1]);
    }
  });
});

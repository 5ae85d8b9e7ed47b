import { pickCommentTarget, toCommentableLines } from '../../src/github/diff-lines.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' resource "aws_ecs_task_definition" "app" {',
  '-  family = "old"',
  '+  family = "app"',
  '+  network_mode = "host"',
  '   cpu    = 256',
  ' ',
  '@@ -20,2 +21,4 @@ locals {',
  '   a = 1',
  '+  b = 2',
  '   c = 3',
  '+  d = 4',
  '\\ No newline at end of file',
].join('\n');

describe('toCommentableLines', () => {
  it('lists RIGHT lines (added and context) and LEFT lines (deleted and context) per hunk', () => {
    const lines = toCommentableLines(PATCH);
    expect([...lines.right].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 21, 22, 23, 24]);
    expect([...lines.left].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 20, 21]);
    expect(lines.hunks.map((h) => [h.rightStart, h.rightEnd, h.added])).toEqual([
      [1, 5, [2, 3]],
      [21, 24, [22, 24]],
    ]);
  });

  it('has no commentable lines without a patch (binary or too large)', () => {
    expect(toCommentableLines(undefined).right.size).toBe(0);
    expect(toCommentableLines('').hunks).toEqual([]);
  });

  it('treats a pure deletion hunk as having no RIGHT lines', () => {
    const lines = toCommentableLines('@@ -3,2 +2,0 @@\n-a\n-b');
    expect(lines.right.size).toBe(0);
    expect([...lines.left]).toEqual([3, 4]);
  });

  it('accepts CRLF patches', () => {
    const lines = toCommentableLines('@@ -1,1 +1,2 @@\r\n a\r\n+b\r\n');
    expect([...lines.right]).toEqual([1, 2]);
  });
});

describe('pickCommentTarget', () => {
  const lines = toCommentableLines(PATCH);
  it('comments on a range when it lies inside one hunk', () => {
    expect(pickCommentTarget(lines, 2, 4)).toEqual({ startLine: 2, line: 4 });
  });
  it('comments on a single line for a one-line finding', () => {
    expect(pickCommentTarget(lines, 3, 3)).toEqual({ line: 3 });
  });
  it('falls back to the first commentable line of a range spanning hunks', () => {
    expect(pickCommentTarget(lines, 4, 22)).toEqual({ line: 4 });
    expect(pickCommentTarget(lines, 10, 23)).toEqual({ line: 21 });
  });
  it('returns null outside the diff', () => {
    expect(pickCommentTarget(lines, 8, 15)).toBeNull();
    expect(pickCommentTarget(lines, 30, 30)).toBeNull();
  });
});

// Which lines of a pull request file a review comment may sit on. GitHub accepts a comment on
// the RIGHT side for added or context lines inside a hunk, on the LEFT side for deleted or
// context lines, and a multi-line comment only when `start_line` and `line` are in the same hunk
// (https://docs.github.com/en/rest/pulls/comments#create-a-review-comment-for-a-pull-request).
// Anything else makes GitHub reject the whole review with 422.

export interface DiffHunk {
  /** First and last new-file line the hunk covers (RIGHT side); a hunk of pure deletions has none. */
  rightStart: number;
  rightEnd: number;
  leftStart: number;
  leftEnd: number;
  /** New-file lines added by the hunk. */
  added: number[];
}

export interface CommentableLines {
  /** New-file lines (added or context) that accept a RIGHT-side comment. */
  right: Set<number>;
  /** Old-file lines (deleted or context) that accept a LEFT-side comment. */
  left: Set<number>;
  hunks: DiffHunk[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses one file's unified `patch` from the pull request files API. A missing patch (binary
 * files, or diffs GitHub does not render because they are too large) has no commentable lines.
 */
export function toCommentableLines(patch: string | undefined | null): CommentableLines {
  const result: CommentableLines = { right: new Set(), left: new Set(), hunks: [] };
  if (!patch) return result;
  let hunk: DiffHunk | null = null;
  let oldLine = 0;
  let newLine = 0;
  const patchLines = patch.split('\n');
  if (patchLines.at(-1) === '') patchLines.pop();
  for (const raw of patchLines) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(text);
    if (header) {
      oldLine = Number(header[1]);
      newLine = Number(header[3]);
      hunk = { rightStart: newLine, rightEnd: newLine - 1, leftStart: oldLine, leftEnd: oldLine - 1, added: [] };
      result.hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    const marker = text[0];
    if (marker === '+') {
      result.right.add(newLine);
      hunk.added.push(newLine);
      hunk.rightEnd = newLine;
      newLine += 1;
    } else if (marker === '-') {
      result.left.add(oldLine);
      hunk.leftEnd = oldLine;
      oldLine += 1;
    } else if (marker === ' ' || text === '') {
      // An empty line inside a hunk is a context line whose leading space was trimmed.
      result.right.add(newLine);
      result.left.add(oldLine);
      hunk.rightEnd = newLine;
      hunk.leftEnd = oldLine;
      newLine += 1;
      oldLine += 1;
    }
    // `\ No newline at end of file` belongs to no side.
  }
  return result;
}

/** Where a review comment goes: `line` alone, or the range `startLine..line`, on the RIGHT side. */
export interface CommentTarget {
  line: number;
  startLine?: number;
}

/**
 * For a finding spanning `startLine..endLine` of the new file: the whole range when it lies inside
 * one hunk, else the first commentable line of the range, else null (the finding is outside the
 * diff and goes to the summary).
 */
export function pickCommentTarget(lines: CommentableLines, startLine: number, endLine: number): CommentTarget | null {
  const last = Math.max(startLine, endLine);
  if (last > startLine) {
    const hunk = lines.hunks.find((h) => h.rightStart <= startLine && last <= h.rightEnd);
    if (hunk) return { startLine, line: last };
  }
  for (let line = startLine; line <= last; line += 1) {
    if (lines.right.has(line)) return { line };
  }
  return null;
}

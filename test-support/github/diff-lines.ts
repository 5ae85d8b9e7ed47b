// Which lines of a pull request file GitHub lets a review comment target, read from the
// file's unified-diff `patch` (the emulator's own reading; the product has a separate parser
// so that one cannot hide the other's mistakes).

export type DiffSide = 'LEFT' | 'RIGHT';

export interface DiffLine {
  kind: 'context' | 'added' | 'deleted';
  /** line number in the base file (context and deleted lines) */
  oldLine?: number;
  /** line number in the head file (context and added lines) */
  newLine?: number;
  /** GitHub's `position`: lines below the first @@ header, later headers included */
  position: number;
  /** the raw patch line, prefix included */
  text: string;
}

export interface DiffHunk {
  header: string;
  /** position of the header line itself (0 for the first hunk) */
  headerPosition: number;
  lines: DiffLine[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | undefined;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let position = -1;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      position++;
      current = { header: text, headerPosition: position, lines: [] };
      hunks.push(current);
      oldLine = Number(header[1]);
      newLine = Number(header[3]);
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      continue;
    }
    // "\ No newline at end of file" annotates the previous line; it has no position of its own.
    if (!current || text.startsWith('\\')) continue;
    if (text.startsWith('+') && newLeft > 0) {
      position++;
      newLeft--;
      current.lines.push({ kind: 'added', newLine: newLine++, position, text });
    } else if (text.startsWith('-') && oldLeft > 0) {
      position++;
      oldLeft--;
      current.lines.push({ kind: 'deleted', oldLine: oldLine++, position, text });
    } else if ((text.startsWith(' ') || text === '') && oldLeft > 0 && newLeft > 0) {
      // Some tools strip the space of an empty context line; the header counts tell them apart
      // from the split artefact of a trailing newline.
      position++;
      oldLeft--;
      newLeft--;
      current.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, position, text });
    }
  }
  return hunks;
}

export interface DiffLocation {
  hunkIndex: number;
  line: DiffLine;
}

/** RIGHT targets added or context lines, LEFT targets deleted or context lines. */
export function locateLine(hunks: DiffHunk[], side: DiffSide, lineNumber: number): DiffLocation | undefined {
  for (let hunkIndex = 0; hunkIndex < hunks.length; hunkIndex++) {
    for (const line of hunks[hunkIndex]!.lines) {
      if (side === 'RIGHT' && line.kind !== 'deleted' && line.newLine === lineNumber) return { hunkIndex, line };
      if (side === 'LEFT' && line.kind !== 'added' && line.oldLine === lineNumber) return { hunkIndex, line };
    }
  }
  return undefined;
}

export function locatePosition(hunks: DiffHunk[], position: number): DiffLocation | undefined {
  for (let hunkIndex = 0; hunkIndex < hunks.length; hunkIndex++) {
    const line = hunks[hunkIndex]!.lines.find((l) => l.position === position);
    if (line) return { hunkIndex, line };
  }
  return undefined;
}

/** GitHub's `diff_hunk` of a comment: the hunk from its header down to the commented line. */
export function diffHunkText(hunks: DiffHunk[], location: DiffLocation): string {
  const hunk = hunks[location.hunkIndex]!;
  const lines = [hunk.header];
  for (const l of hunk.lines) if (l.position <= location.line.position) lines.push(l.text);
  return lines.join('\n');
}

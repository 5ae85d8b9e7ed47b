// A Markdown document built from atomic pieces so it can be cut to a size limit without ever
// splitting a table row or a code span, or leaving a `<details>` or fence open. GitHub rejects
// comment and issue bodies over 65,536 characters, and the job summary has its own cap.

interface Piece {
  text: string;
  /** Text that must follow once this piece is in, unless a later `close` piece supplies it. */
  closer?: string;
  closes?: boolean;
  /** Counts as one omitted item in the truncation note. */
  row?: boolean;
}

export interface RenderOptions {
  /** Upper bound on the output length in UTF-16 code units (>= characters, so safe for GitHub's limits). */
  maxLength?: number;
  /** Builds the visible note appended when pieces were dropped. */
  truncationNote?: (omittedRows: number, maxLength: number) => string;
}

export function defaultTruncationNote(omittedRows: number, maxLength: number): string {
  const what = omittedRows > 0 ? `${omittedRows} more row${omittedRows === 1 ? '' : 's'} and the sections after them` : 'the rest of the report';
  return `\n> [!WARNING]\n> Report truncated to fit ${maxLength} characters: ${what} are not shown. The JSON report (\`--format json\`) has everything.\n`;
}

export class MarkdownDocument {
  private readonly pieces: Piece[] = [];

  /** Adds atomic text: kept whole or dropped whole. */
  add(text: string): this {
    this.pieces.push({ text });
    return this;
  }

  /** Adds one table row (or list item); rows are what the truncation note counts. */
  row(text: string): this {
    this.pieces.push({ text, row: true });
    return this;
  }

  /** Opens a construct that must be closed (`<details>`, a fence): `closer` is emitted even when truncated. */
  open(text: string, closer: string): this {
    this.pieces.push({ text, closer });
    return this;
  }

  /** Closes the innermost construct opened with `open`. */
  close(): this {
    this.pieces.push({ text: '', closes: true });
    return this;
  }

  render(options: RenderOptions = {}): string {
    const full = this.assemble(this.pieces.length).text;
    const max = options.maxLength;
    if (max === undefined || full.length <= max) return full;
    const note = (options.truncationNote ?? defaultTruncationNote);
    // Reserve room for the longest note the omitted count can produce.
    const totalRows = this.pieces.filter((p) => p.row).length;
    const noteBudget = Math.max(note(totalRows, max).length, note(0, max).length, note(1, max).length);
    let kept = 0;
    let text = '';
    const stack: string[] = [];
    for (const piece of this.pieces) {
      const nextText = text + piece.text;
      const nextStack = piece.closes ? stack.slice(0, -1) : piece.closer !== undefined ? [...stack, piece.closer] : stack;
      const closing = piece.closes ? (stack[stack.length - 1] ?? '') : '';
      const candidate = nextText + closing;
      if (candidate.length + pendingLength(nextStack) + noteBudget > max) break;
      text = candidate;
      stack.splice(0, stack.length, ...nextStack);
      kept += 1;
    }
    const omittedRows = this.pieces.slice(kept).filter((p) => p.row).length;
    const result = text + [...stack].reverse().join('') + note(omittedRows, max);
    if (result.length <= max) return result;
    // Only when even the note does not fit: a plain cut of our own note text, nothing user-made.
    return note(omittedRows, max).slice(0, max);
  }

  private assemble(count: number): { text: string } {
    let text = '';
    const stack: string[] = [];
    for (const piece of this.pieces.slice(0, count)) {
      text += piece.text;
      if (piece.closes) text += stack.pop() ?? '';
      else if (piece.closer !== undefined) stack.push(piece.closer);
    }
    return { text: text + stack.reverse().join('') };
  }
}

function pendingLength(stack: readonly string[]): number {
  return stack.reduce((n, s) => n + s.length, 0);
}

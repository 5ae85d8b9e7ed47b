// The text of configuration files as Terraform reads them: every byte of the file, UTF-8, with
// bytes that are not UTF-8 accepted only inside comments (a Latin-1 name in a comment).
import { readSync } from 'node:fs';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes; throws on bytes that are not UTF-8. */
export function decodeUtf8(buffer: Uint8Array): string {
  return UTF8.decode(buffer);
}

/**
 * The first line holding a replacement character (a byte that was not UTF-8) that no comment
 * accounts for, or undefined. Counted per line, so a real U+FFFD written in a comment is fine too.
 */
export function firstNonUtf8OutsideComments(text: string, comments: readonly { line: number; text: string }[]): number | undefined {
  const inComments = new Map<number, number>();
  for (const c of comments) {
    c.text.split('\n').forEach((part, i) => {
      const n = part.split('\uFFFD').length - 1;
      if (n > 0) inComments.set(c.line + i, (inComments.get(c.line + i) ?? 0) + n);
    });
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i].split('\uFFFD').length - 1;
    if (n > (inComments.get(i + 1) ?? 0)) return i + 1;
  }
  return undefined;
}

/** Reads `size` bytes from the start of a file (fewer if it shrank meanwhile). */
export function readExactly(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return read === size ? buffer : buffer.subarray(0, read);
}

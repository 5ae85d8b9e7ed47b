// Extracts module packages (tar, tar.gz, zip) with Node's zlib only. Archives come from the
// network and are untrusted: every entry must stay inside the extraction folder, symlinks are
// made last and only when their target stays inside it, and sizes and entry counts are bounded.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import type { ArchiveFormat } from './source-address.js';

export interface ArchiveLimits {
  /** Total bytes of extracted files. */
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxBytes: 256 * 1024 * 1024, maxEntries: 20_000 };

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

interface Entry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  data?: Buffer;
  linkTarget?: string;
  mode?: number;
}

/** A safe path inside `root` for an archive entry name, or an ArchiveError. */
function targetPath(root: string, name: string): string | undefined {
  const clean = name.replace(/\\/g, '/').replace(/^\.\/+/, '');
  if (clean === '' || clean === '.' || clean === './') return undefined;
  if (clean.startsWith('/') || isAbsolute(clean) || /^[A-Za-z]:/.test(clean)) throw new ArchiveError(`archive entry ${JSON.stringify(name)} has an absolute path`);
  const target = resolve(root, clean);
  if (target !== root && !target.startsWith(root + sep)) throw new ArchiveError(`archive entry ${JSON.stringify(name)} leaves the extraction folder`);
  return target;
}

function writeEntries(root: string, entries: Entry[], limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  mkdirSync(root, { recursive: true });
  const links: { target: string; link: string; name: string }[] = [];
  for (const e of entries) {
    const target = targetPath(root, e.path);
    if (!target) continue;
    if (e.type === 'dir') mkdirSync(target, { recursive: true });
    else if (e.type === 'file') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, e.data ?? Buffer.alloc(0), { flag: 'w' });
      // Keep the execute bit only; never set-id bits from an untrusted archive.
      if (e.mode !== undefined) chmodSync(target, e.mode & 0o111 ? 0o755 : 0o644);
    } else links.push({ target, link: e.linkTarget ?? '', name: e.path });
  }
  // Symlinks last, so no file above was written through one.
  for (const l of links) {
    if (isAbsolute(l.link)) throw new ArchiveError(`archive symlink ${JSON.stringify(l.name)} points to an absolute path`);
    const resolved = resolve(dirname(l.target), l.link);
    if (resolved !== root && !resolved.startsWith(root + sep)) throw new ArchiveError(`archive symlink ${JSON.stringify(l.name)} points out of the extraction folder`);
    mkdirSync(dirname(l.target), { recursive: true });
    try {
      symlinkSync(relative(dirname(l.target), resolved) || '.', l.target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function octal(buf: Buffer, start: number, length: number): number {
  // GNU base-256 for large sizes: first byte has the high bit set.
  if (buf[start] & 0x80) {
    let n = 0;
    for (let i = start + 1; i < start + length; i++) n = n * 256 + buf[i];
    return n;
  }
  const text = buf.toString('latin1', start, start + length).replace(/\0.*$/s, '').trim();
  return text ? parseInt(text, 8) : 0;
}

function cString(buf: Buffer, start: number, length: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end >= 0 && end < start + length ? end : start + length);
}

/** POSIX ustar with pax (`x`) and GNU long-name (`L`, `K`) records. */
export function readTarEntries(tar: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Entry[] {
  const entries: Entry[] = [];
  let offset = 0;
  let total = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const dataStart = offset + 512;
    if (size < 0 || dataStart + size > tar.length) throw new ArchiveError('tar archive is truncated');
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      pax = parsePax(data);
      continue;
    }
    if (type === 'g') continue;
    if (type === 'L') { longName = cString(data, 0, data.length); continue; }
    if (type === 'K') { longLink = cString(data, 0, data.length); continue; }
    const prefix = header.toString('latin1', 257, 262) === 'ustar' ? cString(header, 345, 155) : '';
    const name = pax.path ?? longName ?? (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
    const link = pax.linkpath ?? longLink ?? cString(header, 157, 100);
    const mode = octal(header, 100, 8);
    longName = longLink = undefined;
    pax = {};
    if (type === '0' || type === '7') {
      total += size;
      if (total > limits.maxBytes) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
      entries.push({ path: name, type: 'file', data: Buffer.from(data), mode });
    } else if (type === '5') entries.push({ path: name, type: 'dir' });
    else if (type === '2') entries.push({ path: name, type: 'symlink', linkTarget: link });
    else if (type === '1') throw new ArchiveError(`archive entry ${JSON.stringify(name)} is a hard link; not extracted`);
    // Devices, FIFOs and other kinds have no place in a module package: skipped.
    if (entries.length > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  }
  return entries;
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space < 0) break;
    const len = Number(data.toString('latin1', i, space));
    if (!Number.isInteger(len) || len <= 0) break;
    const record = data.toString('utf8', space + 1, i + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}

/** Zip (stored and deflated entries; no zip64, no encryption). */
export function readZipEntries(zip: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Entry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ArchiveError('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ArchiveError('zip64 archives are not supported');
  if (count > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  const entries: Entry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw new ArchiveError('zip central directory is damaged');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const external = zip.readUInt32LE(p + 38);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 0x1) throw new ArchiveError(`zip entry ${JSON.stringify(name)} is encrypted`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new ArchiveError('zip local header is damaged');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressed > zip.length) throw new ArchiveError('zip archive is truncated');
    const unixMode = external >>> 16;
    const isDir = name.endsWith('/') || (unixMode & 0o170000) === 0o040000;
    if (isDir) { entries.push({ path: name, type: 'dir' }); continue; }
    total += size;
    if (total > limits.maxBytes) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
    else throw new ArchiveError(`zip entry ${JSON.stringify(name)} uses compression method ${method}; not supported`);
    if (data.length !== size) throw new ArchiveError(`zip entry ${JSON.stringify(name)} does not match its recorded size`);
    if ((unixMode & 0o170000) === 0o120000) entries.push({ path: name, type: 'symlink', linkTarget: data.toString('utf8') });
    else entries.push({ path: name, type: 'file', data, mode: unixMode & 0o777 || undefined });
  }
  return entries;
}

/** Extracts an archive into `root` (which should not exist yet or be empty). */
export function extractArchive(archive: Buffer, format: ArchiveFormat, root: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): void {
  let entries: Entry[];
  try {
    if (format === 'zip') entries = readZipEntries(archive, limits);
    else {
      const tar = format === 'tar.gz' ? gunzipSync(archive, { maxOutputLength: limits.maxBytes + 1024 * 1024 }) : archive;
      entries = readTarEntries(tar, limits);
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
    throw new ArchiveError(`cannot read ${format} archive: ${(e as Error).message}`);
  }
  writeEntries(resolve(root), entries, limits);
}

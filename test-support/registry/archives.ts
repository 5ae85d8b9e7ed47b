// Builds module package archives for the registry emulator: POSIX ustar (optionally gzipped) and
// zip, written from the format specifications (POSIX.1-2001 pax/ustar header layout; PKWARE
// APPNOTE.TXT local header, central directory and end record), so the extractor under test is
// not checked against itself. `entries` may hold hostile names and symlinks on purpose.
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

export type ArchiveEntry =
  | { name: string; content: string | Buffer; mode?: number }
  | { name: string; symlink: string }
  | { name: string; dir: true };

export function filesToEntries(files: Record<string, string>): ArchiveEntry[] {
  return Object.entries(files).map(([name, content]) => ({ name, content }));
}

function tarHeader(name: string, size: number, type: string, mode: number, link = ''): Buffer {
  const h = Buffer.alloc(512);
  if (Buffer.byteLength(name) > 100) throw new Error(`tar name too long for this builder: ${name}`);
  h.write(name, 0, 100, 'utf8');
  h.write(`${mode.toString(8).padStart(7, '0')}\0`, 100, 8, 'latin1');
  h.write('0000000\0', 108, 8, 'latin1');
  h.write('0000000\0', 116, 8, 'latin1');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
  h.write(`${Math.floor(Date.UTC(2024, 0, 1) / 1000).toString(8).padStart(11, '0')}\0`, 136, 12, 'latin1');
  h.write('        ', 148, 8, 'latin1');
  h.write(type, 156, 1, 'latin1');
  h.write(link, 157, 100, 'utf8');
  h.write('ustar\u000000', 257, 8, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return h;
}

export function makeTar(entries: ArchiveEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    if ('dir' in e) parts.push(tarHeader(e.name.endsWith('/') ? e.name : `${e.name}/`, 0, '5', 0o755));
    else if ('symlink' in e) parts.push(tarHeader(e.name, 0, '2', 0o777, e.symlink));
    else {
      const data = Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content);
      parts.push(tarHeader(e.name, data.length, '0', e.mode ?? 0o644), data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function makeTarGz(entries: ArchiveEntry[]): Buffer {
  return gzipSync(makeTar(entries));
}

export function makeZip(entries: ArchiveEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from('dir' in e && !e.name.endsWith('/') ? `${e.name}/` : e.name, 'utf8');
    const raw = 'content' in e ? (Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content)) : 'symlink' in e ? Buffer.from(e.symlink) : Buffer.alloc(0);
    const deflate = 'content' in e && raw.length > 0;
    const data = deflate ? deflateRawSync(raw) : raw;
    const crc = crc32(raw);
    const unixMode = 'dir' in e ? 0o040755 : 'symlink' in e ? 0o120777 : 0o100000 | (e.mode ?? 0o644);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((unixMode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// Module archives are untrusted input: no entry may land outside the extraction folder, no
// symlink may point out of it, and sizes are bounded. Archives built by test-support/registry/archives.ts.
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveError, extractArchive } from '../../../src/terraform/module-sources/archive.js';
import { makeTar, makeTarGz, makeZip, type ArchiveEntry } from '../../../test-support/registry/archives.js';

let work: string;
beforeEach(() => { work = mkdtempSync(join(tmpdir(), 'edg-archive-')); });
afterEach(() => { rmSync(work, { recursive: true, force: true }); });

const GOOD: ArchiveEntry[] = [
  { name: 'main.tf', content: 'resource "x" "y" {}\n' },
  { name: 'modules/', dir: true },
  { name: 'modules/a/main.tf', content: 'variable "a" {}\n', mode: 0o4755 },
  { name: 'modules/b', symlink: 'a' },
];

test.each([
  ['tar.gz', makeTarGz],
  ['zip', makeZip],
  ['tar', makeTar],
] as const)('a %s package is extracted whole, symlinks inside it kept, set-id bits dropped', (format, make) => {
  const root = join(work, 'out');
  extractArchive(make(GOOD), format, root);
  expect(readFileSync(join(root, 'main.tf'), 'utf8')).toBe('resource "x" "y" {}\n');
  expect(readFileSync(join(root, 'modules/b/main.tf'), 'utf8')).toBe('variable "a" {}\n');
  expect(lstatSync(join(root, 'modules/b')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(root, 'modules/b'))).toBe('a');
  expect(lstatSync(join(root, 'modules/a/main.tf')).mode & 0o7777).toBe(0o755);
});

test.each([
  ['a ../ path', [{ name: '../escaped.tf', content: 'x' }], /leaves the extraction folder/],
  ['a deeper ../ path', [{ name: 'a/../../escaped.tf', content: 'x' }], /leaves the extraction folder/],
  ['an absolute path', [{ name: '/tmp/escaped.tf', content: 'x' }], /absolute path/],
  ['a symlink out', [{ name: 'link', symlink: '../../etc' }], /points out of the extraction folder/],
  ['an absolute symlink', [{ name: 'link', symlink: '/etc/passwd' }], /points to an absolute path/],
] as [string, ArchiveEntry[], RegExp][])('%s is refused (tar.gz and zip), and nothing lands outside', (_what, entries, why) => {
  for (const [format, make] of [['tar.gz', makeTarGz], ['zip', makeZip]] as const) {
    const root = join(work, format, 'out');
    expect(() => extractArchive(make(entries), format, root)).toThrow(why);
    expect(existsSync(join(work, format, 'escaped.tf'))).toBe(false);
    expect(existsSync(join(work, 'escaped.tf'))).toBe(false);
  }
});

test('a file written through a symlink cannot leave the folder: symlinks are made after every file', () => {
  // link -> . is inside; a later entry "link/../../x" is still resolved lexically and refused.
  const entries: ArchiveEntry[] = [{ name: 'link', symlink: '.' }, { name: 'link/../../x.tf', content: 'x' }];
  expect(() => extractArchive(makeTarGz(entries), 'tar.gz', join(work, 'out'))).toThrow(ArchiveError);
  expect(existsSync(join(work, 'x.tf'))).toBe(false);
});

test('size and entry limits, including a gzip bomb', () => {
  const big: ArchiveEntry[] = [{ name: 'big.tf', content: Buffer.alloc(2 * 1024 * 1024, 0x61) }];
  expect(() => extractArchive(makeTarGz(big), 'tar.gz', join(work, 'a'), { maxBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/more than 1048576 bytes/);
  expect(() => extractArchive(makeZip(big), 'zip', join(work, 'b'), { maxBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/more than 1048576 bytes/);
  const many: ArchiveEntry[] = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.tf`, content: '' }));
  expect(() => extractArchive(makeTarGz(many), 'tar.gz', join(work, 'c'), { maxBytes: 1024, maxEntries: 10 })).toThrow(/more than 10 entries/);
  expect(() => extractArchive(Buffer.from('not an archive'), 'zip', join(work, 'd'))).toThrow(/not a zip archive/);
  expect(() => extractArchive(Buffer.from('not gzip'), 'tar.gz', join(work, 'e'))).toThrow(ArchiveError);
});

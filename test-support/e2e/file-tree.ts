// A repository snapshot as plain data (repo-relative path -> UTF-8 content): read from a
// fixture folder, edited per scenario, committed to the GitHub emulator and written out as
// the workspace the action checks.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

export type FileTree = Record<string, string>;

export function readFileTree(dir: string): FileTree {
  const tree: FileTree = {};
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) tree[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return tree;
}

/** Writes `tree` into a new temporary folder and returns its path. */
export function writeWorkspace(tree: FileTree, prefix = 'edg-workspace-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(tree)) {
    const target = join(dir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/**
 * A copy of `tree` with `from` replaced by `to` in `path`. Throws unless `from` occurs exactly
 * once, so a fixture edit can never silently miss and leave a scenario testing nothing.
 */
export function replaceInFile(tree: FileTree, path: string, from: string, to: string): FileTree {
  const content = tree[path];
  if (content === undefined) throw new Error(`replaceInFile: ${path} is not in the tree`);
  const at = content.indexOf(from);
  if (at < 0 || content.indexOf(from, at + 1) >= 0) {
    throw new Error(`replaceInFile: ${JSON.stringify(from)} must occur exactly once in ${path}`);
  }
  return { ...tree, [path]: content.slice(0, at) + to + content.slice(at + from.length) };
}

/** 1-based line numbers of the lines of `path` that contain `text`. */
export function linesContaining(tree: FileTree, path: string, text: string): number[] {
  const content = tree[path];
  if (content === undefined) throw new Error(`linesContaining: ${path} is not in the tree`);
  return content
    .split('\n')
    .flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
}

/** The single line of `path` containing `text`; throws when there is not exactly one. */
export function lineOf(tree: FileTree, path: string, text: string): number {
  const lines = linesContaining(tree, path, text);
  if (lines.length !== 1) throw new Error(`lineOf: ${JSON.stringify(text)} is on ${lines.length} lines of ${path}`);
  return lines[0]!;
}

// What the syntax tests compare: the HCL files of a tree, and a file's converted syntax as data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSyntax } from '../../src/terraform/hcl-syntax.js';

/** Every file under `dir` whose name matches, node_modules and dot folders left out. */
export function hclFiles(dir: string, name: RegExp, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hclFiles(path, name, out);
    else if (name.test(entry.name)) out.push(path);
  }
  return out;
}

/** A file's syntax as plain data to compare: splat steps are closures, which stand as 'function'. */
export function comparableSyntax(syntax: FileSyntax): unknown {
  return JSON.parse(JSON.stringify(syntax, (_key, value: unknown) => (typeof value === 'function' ? 'function' : value)));
}

// Output of `ecs-drift-guard owners [--format text|json] PATH...` (DESIGN.md "CLI"). Pure: the
// CLI finds the CODEOWNERS file (findCodeowners) and prints what these functions return.

import { CODEOWNERS_LOCATIONS, matchingRule, ownersOf, type CodeownersFile } from './codeowners.js';

/** The JSON contract; `codeowners` is null when no CODEOWNERS file exists. */
export interface OwnersReport {
  owners: Record<string, string[]>;
  codeowners: string | null;
  errors: { line: number; message: string }[];
}

export function buildOwnersReport(file: CodeownersFile | null, paths: string[]): OwnersReport {
  const owners: Record<string, string[]> = {};
  for (const path of paths) owners[path] = file ? ownersOf(file, path) : [];
  return {
    owners,
    codeowners: file ? file.path : null,
    errors: file ? file.errors.map(({ line, message }) => ({ line, message })) : [],
  };
}

export function formatOwnersJson(file: CodeownersFile | null, paths: string[]): string {
  return `${JSON.stringify(buildOwnersReport(file, paths), null, 2)}\n`;
}

export function formatOwnersText(file: CodeownersFile | null, paths: string[]): string {
  const lines: string[] = [];
  if (file === null) {
    lines.push(`No CODEOWNERS file found (looked in ${CODEOWNERS_LOCATIONS.join(', ')}); every path is unowned.`);
  } else {
    lines.push(`CODEOWNERS: ${file.path}`);
  }
  const width = Math.max(0, ...paths.map((p) => p.length));
  for (const path of paths) {
    lines.push(`${path.padEnd(width)}  ${describeOwners(file, path)}`);
  }
  if (file && file.errors.length > 0) {
    const count = file.errors.length;
    lines.push('', `${count} problem${count === 1 ? '' : 's'} in ${file.path} (GitHub skips what they affect):`);
    for (const error of file.errors) {
      lines.push(error.line > 0 ? `  line ${error.line}: ${error.message}` : `  ${error.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeOwners(file: CodeownersFile | null, path: string): string {
  if (file === null) return '(no owner)';
  const rule = matchingRule(file, path);
  if (rule === null) return '(no owner: no rule matches)';
  if (rule.owners.length === 0) return `(no owner: line ${rule.line} "${rule.pattern}" unowns it)`;
  return `${rule.owners.join(' ')}  (line ${rule.line}: ${rule.pattern})`;
}

// Prints the CHANGELOG.md section of one version (Keep a Changelog: "## [X.Y.Z] - date") for the
// release workflow; fails when there is none, so a release cannot go out without its notes.
import { readFileSync } from 'node:fs';

const version = process.argv[2];
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  process.stderr.write('usage: node .github/scripts/release-notes.mjs X.Y.Z\n');
  process.exit(2);
}
const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
const lines = changelog.split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`) || l.startsWith(`## ${version}`));
if (start < 0) {
  process.stderr.write(`CHANGELOG.md has no section for ${version} ("## [${version}] - YYYY-MM-DD")\n`);
  process.exit(1);
}
let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
if (end < 0) end = lines.length;
const notes = lines.slice(start + 1, end).join('\n').replace(/\n\[[^\]]+\]: \S+\s*$/g, '').trim();
if (!notes) {
  process.stderr.write(`CHANGELOG.md's section for ${version} is empty\n`);
  process.exit(1);
}
process.stdout.write(`${notes}\n`);

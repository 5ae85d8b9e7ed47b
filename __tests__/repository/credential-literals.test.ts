// Fixtures that push cleanly (issue 15): no tracked file holds a literal in a credential format,
// or GitHub push protection blocks the push and secret scanning raises alerts on fake values.
// Tests build such values at run time (test-support/planted-credentials.ts). The detector's own
// patterns are regular expressions, not literals, so they do not match themselves.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentialFormat } from '../../src/policy/secret-detector.js';
import { PLANTED_CREDENTIALS, expandPlantedCredentials } from '../../test-support/planted-credentials.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Formats GitHub's push protection knows beyond the ones the rule reports (docs.github.com "Supported secret scanning patterns"). */
const EXTRA_FORMATS: { what: string; pattern: RegExp }[] = [
  { what: 'a Google API key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/ },
  { what: 'an npm access token', pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { what: 'a GitLab access token', pattern: /(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20}/ },
  { what: 'a Stripe test key', pattern: /(?<![A-Za-z0-9])[sr]k_test_[A-Za-z0-9]{10,}/ },
];

/**
 * Names the credential format on one line of text, or undefined. Documentation placeholders are
 * not passwords: `scheme://user:password@host` in prose, `$${VAR}` (HCL's escaped `${VAR}`).
 */
function credentialOnLine(text: string): string | undefined {
  const line = text.replace(/(:\/\/[^\s/:@]*):(?:password|pass|pw)@/gi, '$1:<password>@').replaceAll('$${', '${');
  return credentialFormat(line) ?? EXTRA_FORMATS.find((f) => f.pattern.test(line))?.what;
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
}

describe('tracked files hold no credential-format literal', () => {
  it('finds every planted credential when it is written out (the scan can fail)', () => {
    for (const [name, value] of Object.entries(PLANTED_CREDENTIALS)) {
      if (name.endsWith('-footer')) continue; // Only the BEGIN line of a private key is a format.
      expect([name, credentialOnLine(`  value = "${value}"`)]).toEqual([name, expect.any(String)]);
    }
    expect(credentialOnLine('(`scheme://user:password@host`)')).toBeUndefined();
    expect(credentialOnLine(`url = "${['amqp://app', ':hunter22@mq'].join('')}"`)).toBe('a URL with a password');
    expect(credentialOnLine(expandPlantedCredentials('token: {{planted:github-token}}'))).toBe('a GitHub token');
    expect(credentialOnLine('token: {{planted:github-token}}')).toBeUndefined();
  });

  it('has none in any tracked file', () => {
    const found: string[] = [];
    for (const file of trackedFiles()) {
      if (/\.(wasm|png|jpg|gif|ico)$/.test(file)) continue;
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        continue; // Deleted in the work tree but not yet from the index.
      }
      text.split('\n').forEach((line, i) => {
        const what = credentialOnLine(line);
        if (what) found.push(`${file}:${i + 1}: ${what}`);
      });
    }
    expect(found).toEqual([]);
  });
});

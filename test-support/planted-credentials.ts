// Credential-shaped test values, assembled at run time so that no tracked file holds one: GitHub
// push protection and secret scanning block or flag a push that contains a literal in a known
// provider format, even a fake one (docs.github.com "About push protection").
// Fixture files name them with a marker, `{{planted:NAME}}`, which copyWithPlantedCredentials and
// expandPlantedCredentials replace; the values keep the exact formats the detector must catch.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Joins the pieces of a credential; split so the tracked source never shows the whole format. */
function assemble(...pieces: string[]): string {
  return pieces.join('');
}

export const PLANTED_CREDENTIALS: Readonly<Record<string, string>> = {
  // AWS access key ids: 'AKIA' / 'ASIA' + 16 upper-case letters and digits (IAM User Guide, "Unique identifiers").
  'aws-access-key-id': assemble('AK', 'IA', 'QX7TESTKEY4X2Z9L'),
  'aws-access-key-id-2': assemble('AK', 'IA', 'QX7TESTKEY4X2Z9M'),
  'aws-session-key-id': assemble('AS', 'IA', 'QX7TESTKEY4X2Z9L'),
  // GitHub tokens: prefix + 36 characters; fine-grained: github_pat_ + 82 (GitHub blog, "Behind GitHub's new authentication token formats").
  'github-token': assemble('gh', 'p_', 'R4nd0mFakeT0kenF0rTest1ngOnly0000abc'),
  'github-fine-grained-token': assemble('github', '_pat_', 'A1b2'.repeat(20)),
  // Slack tokens: xoxb- (bot), xoxp- (user) (api.slack.com "Token types").
  'slack-bot-token': assemble('xo', 'xb-', '2741-F4k3Sl4ckT0k3n9'),
  'slack-user-token': assemble('xo', 'xp-', '1234-5678-abcdefghij'),
  // Stripe secret keys: sk_live_ (docs.stripe.com "API keys").
  'stripe-live-key': assemble('sk', '_live_', 'F4keStr1peKeyF0rTests'),
  'stripe-live-key-3': assemble('sk', '_live_', 'CONSOLEPASTED987654321'),
  // PEM private key headers (RFC 7468): the body below is truncated and is not a key.
  'rsa-private-key': assemble('-----BEGIN RSA ', 'PRIVATE KEY-----\\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\\n-----END RSA ', 'PRIVATE KEY-----'),
  'ec-private-key-header': assemble('-----BEGIN EC ', 'PRIVATE KEY-----'),
  'ec-private-key-footer': assemble('-----END EC ', 'PRIVATE KEY-----'),
  'openssh-private-key-header': assemble('-----BEGIN OPENSSH ', 'PRIVATE KEY-----'),
  'openssh-private-key-footer': assemble('-----END OPENSSH ', 'PRIVATE KEY-----'),
  // URLs with a password (RFC 3986 userinfo).
  'postgres-url': assemble('postgres://orders', ':Pl4inP4ssw0rd', '@db.internal:5432/orders'),
  'postgres-url-2': assemble('postgres://app', ':s3cr3t', '@db:5432/app'),
  'mysql-url': assemble('mysql://root', ':hunter2', '@db/app'),
};

const MARKER = /\{\{planted:([a-z0-9-]+)\}\}/g;

/** Replaces every `{{planted:NAME}}` marker; an unknown name is a broken fixture, not a value. */
export function expandPlantedCredentials(text: string): string {
  return text.replace(MARKER, (_m, name: string) => {
    const value = PLANTED_CREDENTIALS[name];
    if (value === undefined) throw new Error(`unknown planted credential {{planted:${name}}}`);
    return value;
  });
}

/** Copies a fixture file or folder to `dest` (a file path or a folder) with its markers expanded. */
export function copyWithPlantedCredentials(source: string, dest: string): void {
  cpSync(source, dest, { recursive: true });
  const files = statSync(dest).isDirectory()
    ? readdirSync(dest, { recursive: true, encoding: 'utf8' }).map((n) => join(dest, n)).filter((p) => statSync(p).isFile())
    : [dest];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('{{planted:')) writeFileSync(file, expandPlantedCredentials(text));
  }
}

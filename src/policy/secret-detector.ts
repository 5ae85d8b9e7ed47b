// The one secret detector: the plaintext-secret rule, the secret-source rule and drift (which
// must never show a secret-looking value) all ask it. Precision first in the policy scan: a
// finding on a value that is not a secret teaches users to ignore the rule.
import type { Severity } from '../report/model.js';

/**
 * Credential formats with a recognisable shape; any match is critical. `contains`: text every match
 * holds (case aside), which rules out most values (names, images, ports) with one search.
 */
const CREDENTIAL_FORMATS: { what: string; pattern: RegExp; contains: string[] }[] = [
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, contains: ['-----BEGIN '] },
  { what: 'an AWS access key id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/, contains: ['AKIA', 'ASIA'] },
  { what: 'an AWS secret access key', pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i, contains: ['secret'] },
  { what: 'a GitHub token', pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})(?![A-Za-z0-9_])/, contains: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'] },
  { what: 'a Slack token', pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{10,}/, contains: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxr-'] },
  { what: 'a Slack webhook URL', pattern: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/, contains: ['hooks.slack.com/services/'] },
  { what: 'a Stripe live key', pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{10,}/, contains: ['sk_live_', 'rk_live_'] },
];

/** Any format's `contains`: a value without one of them holds no credential format. */
const MAY_HOLD_CREDENTIAL = new RegExp(CREDENTIAL_FORMATS.flatMap((f) => f.contains).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

/** `scheme://user:password@host`; the password group is checked for placeholders. */
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@[^\s/?#@]+/gi;

/** Things that stand for a value supplied elsewhere: `${DB_PASSWORD}`, `$DB_PASSWORD`, `{{ pw }}`, `<password>`, `%s`, `****`. */
function isPlaceholder(text: string): boolean {
  return /^(?:\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\}|<[^<>]*>|%\(?\w*\)?s|\*+|x+|X+|#+|•+|\.{3,}|-+|_+)$/.test(text);
}

/** Names the kind of credential when `text` contains one in a known format. */
export function credentialFormat(text: string): string | undefined {
  if (MAY_HOLD_CREDENTIAL.test(text)) for (const { what, pattern } of CREDENTIAL_FORMATS) if (pattern.test(text)) return what;
  if (text.includes('@')) for (const m of text.matchAll(URL_WITH_PASSWORD)) {
    let password = m[1];
    try {
      password = decodeURIComponent(password);
    } catch {
      // A stray % is still a literal password character.
    }
    if (!isPlaceholder(password)) return 'a URL with a password';
  }
  // Private keys are often passed base64-encoded to dodge newlines in environment variables.
  const compact = text.trim();
  if (compact.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const decoded = Buffer.from(compact, 'base64').toString('latin1');
    if (/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY/.test(decoded)) return 'a base64-encoded private key';
  }
  return undefined;
}

/** Secrets Manager and SSM Parameter Store ARNs: references, not values. */
export function isSecretStoreArn(text: string): boolean {
  return /^arn:aws[a-z-]*:(?:secretsmanager|ssm):/.test(text.trim());
}

/**
 * Values that say where a secret is rather than what it is: any ARN, a secret-store reference
 * resolved by an entrypoint tool (`vault:`, `ssm:` …), a placeholder, a file path, a URL without a
 * password, or a word such as `true` or `none`.
 */
function isNotASecretValue(text: string): boolean {
  const v = text.trim();
  if (v === '') return true;
  if (/^arn:/.test(v)) return true;
  if (/^(?:vault|ssm|secretsmanager|sm|awssm|aws-sm|aws-ssm|gcp-sm|azure-kv|op):/i.test(v)) return true;
  if (isPlaceholder(v)) return true;
  if (/^(?:true|false|yes|no|on|off|enabled|disabled|none|null|nil|undefined|required|optional)$/i.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && credentialFormat(v) === undefined) return true;
  if (isEncodedPublicMaterial(v)) return true;
  if (/^(?:~|\.{1,2})?\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/.test(v) && !looksLikeRandomToken(v)) return true;
  return false;
}

/** A base64-encoded certificate or public key: long and random, but not a secret. */
function isEncodedPublicMaterial(text: string): boolean {
  if (text.length < 40 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  return /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|[A-Z0-9]+ PUBLIC KEY)-----/.test(Buffer.from(text, 'base64').toString('latin1').trimStart());
}

/** Splits a variable name into lower-case word parts: `dbPassword` -> db, password; `APIKey2` -> api, key, 2. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p.toLowerCase());
}

/** Word sequences that name a secret. A name is sensitive when it ends with one (see NEUTRAL_SUFFIXES). */
const SENSITIVE_TERMS: string[][] = [
  ...['password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'tokens',
    'apikey', 'apikeys', 'credential', 'credentials', 'creds', 'privatekey', 'accesskey', 'secretkey'].map((t) => [t]),
  ...['api', 'private', 'access', 'secret', 'encryption', 'signing', 'master', 'hmac', 'client', 'app', 'auth', 'license']
    .flatMap((w) => [[w, 'key'], [w, 'keys']]),
  ['auth', 'data'], // ECS_ENGINE_AUTH_DATA: registry credentials for the ECS agent
];

/** Words after the secret's name that do not change what the value is (`JWT_SECRET_BASE64`, `API_KEY_OLD`). */
const NEUTRAL_SUFFIXES = new Set([
  'value', 'val', 'base', 'b', 'encoded', 'enc', 'raw', 'plain', 'plaintext', 'str', 'string', 'hex', 'json', 'pem',
  'text', 'txt', 'data', 'current', 'old', 'new', 'prev', 'previous', 'next', 'primary', 'secondary', 'main',
]);

/** Names repeat across an estate (LOG_LEVEL, PORT, DB_PASSWORD): their verdicts are kept. */
const nameVerdicts = new Map<string, { sensitive: boolean; awsSecret: boolean }>();

function nameVerdict(name: string): { sensitive: boolean; awsSecret: boolean } {
  let verdict = nameVerdicts.get(name);
  if (!verdict) {
    if (nameVerdicts.size >= 10_000) nameVerdicts.clear();
    const parts = nameParts(name);
    // PWD is the shell's working directory, not a password.
    verdict = { sensitive: name !== 'PWD' && partsAreSensitive(parts), awsSecret: parts.includes('aws') && parts.includes('secret') };
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}

/**
 * True when the variable name says its value is a secret: it ends with a sensitive term, optionally
 * followed by neutral words or numbers. `DB_PASSWORD_FILE`, `TOKEN_TTL` or `SECRET_ARN` name
 * something about a secret, so they are not sensitive by name (their value is still checked for
 * credential formats and entropy).
 */
export function isSensitiveName(name: string): boolean {
  return nameVerdict(name).sensitive;
}

/** The words end with a sensitive term, followed by nothing but neutral words or numbers. */
function partsAreSensitive(parts: string[]): boolean {
  for (let end = parts.length; end > 0; end--) {
    const endsWithTerm = SENSITIVE_TERMS.some((term) => term.length <= end && term.every((w, i) => parts[end - term.length + i] === w));
    if (endsWithTerm) return parts.slice(end).every((p) => NEUTRAL_SUFFIXES.has(p) || /^[0-9]+$/.test(p));
  }
  return false;
}

function isAwsSecretName(name: string): boolean {
  return nameVerdict(name).awsSecret;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export const MIN_TOKEN_LENGTH = 20;

/**
 * A random-looking token (API keys, session secrets, base64 key material): at least 20 characters of
 * the base64/base64url alphabet with letters and digits, and two measurements that random strings
 * pass and identifiers fail (tuned on random base62 tokens: about 97% of them pass from 20
 * characters on, while names like `MyServiceName2024Production` do not):
 * - Shannon entropy of at least min(4.5, 0.85 × log2(length)) bits per character;
 * - the character class (lower, upper, digit, symbol) changes between at least 35% of neighbouring
 *   characters (about 62% in random base62, about 30% in CamelCase or dashed names).
 * Hex strings (commit SHAs, digests), UUIDs and AWS resource ids (`sg-0a1b…`) are identifiers far
 * more often than secrets and never count.
 */
export function looksLikeRandomToken(text: string): boolean {
  const v = text.trim();
  if (v.length < MIN_TOKEN_LENGTH || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) return false;
  if (!/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) return false;
  if (/^(?:[A-Za-z]+[-_])?(?:0x)?[0-9a-fA-F]+$/.test(v)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return false;
  return shannonEntropy(v) >= Math.min(4.5, 0.85 * Math.log2(v.length)) && classChangeRatio(v) >= 0.35;
}

function characterClass(ch: string): number {
  return /[a-z]/.test(ch) ? 0 : /[A-Z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : 3;
}

/** Share of neighbouring characters whose class differs: words and names change class rarely. */
function classChangeRatio(text: string): number {
  let changes = 0;
  for (let i = 1; i < text.length; i++) if (characterClass(text[i]) !== characterClass(text[i - 1])) changes++;
  return changes / (text.length - 1);
}

function isJsonWebToken(text: string): boolean {
  return /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/.test(text.trim());
}

export interface SecretMatch {
  severity: Extract<Severity, 'high' | 'critical'>;
  /** What the value looks like, for the message: "a GitHub token", "a high-entropy value". */
  what: string;
}

/** Classifies an environment variable's literal value; `undefined` when it is not a plaintext secret. */
export function classifyEnvironmentValue(name: string | undefined, value: string): SecretMatch | undefined {
  const v = value.trim();
  if (v === '' || isSecretStoreArn(v)) return undefined;
  const format = credentialFormat(value);
  if (format) return { severity: 'critical', what: format };
  if (name !== undefined && isAwsSecretName(name) && /^[A-Za-z0-9/+]{40}$/.test(v)) return { severity: 'critical', what: 'an AWS secret access key' };
  if (isNotASecretValue(v)) return undefined;
  if (name !== undefined && isSensitiveName(name)) return { severity: 'high', what: 'a literal value' };
  if (isJsonWebToken(v)) return { severity: 'high', what: 'a JSON Web Token' };
  if (looksLikeRandomToken(v)) return { severity: 'high', what: 'a high-entropy value that looks like a key or token' };
  return undefined;
}

/**
 * What a message may show of a secret: its length and, from 8 characters on, a prefix of at most
 * a quarter of it (never more than 4 characters), so the message never reveals enough to help guess it.
 */
export function redactedPreview(value: string): string {
  const length = [...value].length;
  const size = `(${length} ${length === 1 ? 'char' : 'chars'})`;
  if (length < 8) return size;
  const prefix = [...value].slice(0, Math.min(4, Math.floor(length / 4))).join('');
  return `${JSON.stringify(`${prefix}…`)} ${size}`;
}

/**
 * True when a name/value pair may hold a secret: a sensitive name with a non-empty literal, a
 * credential format, a token-like value. Drift uses it to decide what it may never show, so it
 * errs the other way from the rule: a value the rule would flag is hidden.
 */
export function looksSecret(name: string | undefined, value: string): boolean {
  if (value.trim() === '') return false;
  if (name !== undefined && isSensitiveName(name) && !isSecretStoreArn(value)) return true;
  return classifyEnvironmentValue(name, value) !== undefined;
}

/**
 * Secret-looking arguments of a `command` or `entryPoint`: `--password=…`, a credential or a
 * token-like argument, and the argument after a flag that names a secret (`--api-key VALUE`).
 * Returns the indexes of the arguments that hold the secret.
 */
export function secretArguments(args: readonly string[]): number[] {
  const found: number[] = [];
  args.forEach((arg, i) => {
    const assignment = /^-{0,2}([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/s.exec(arg);
    if (assignment && looksSecret(assignment[1], assignment[2]!)) found.push(i);
    else if (looksSecret(undefined, arg)) found.push(i);
    else if (i > 0 && /^-{1,2}[A-Za-z][A-Za-z0-9_.-]*$/.test(args[i - 1]!) && looksSecret(args[i - 1]!.replace(/^-+/, ''), arg)) found.push(i);
  });
  return found;
}

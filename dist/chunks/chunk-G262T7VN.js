import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/policy/secret-detector.ts
var CREDENTIAL_FORMATS = [
  { what: "a private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, contains: ["-----BEGIN "] },
  { what: "an AWS access key id", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/, contains: ["AKIA", "ASIA"] },
  { what: "an AWS secret access key", pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i, contains: ["secret"] },
  { what: "a GitHub token", pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})(?![A-Za-z0-9_])/, contains: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"] },
  { what: "a Slack token", pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{10,}/, contains: ["xoxa-", "xoxb-", "xoxp-", "xoxr-"] },
  { what: "a Slack webhook URL", pattern: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/, contains: ["hooks.slack.com/services/"] },
  { what: "a Stripe live key", pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{10,}/, contains: ["sk_live_", "rk_live_"] }
];
var MAY_HOLD_CREDENTIAL = new RegExp(CREDENTIAL_FORMATS.flatMap((f) => f.contains).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "i");
var URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@[^\s/?#@]+/gi;
function isPlaceholder(text) {
  return /^(?:\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\}|<[^<>]*>|%\(?\w*\)?s|\*+|x+|X+|#+|•+|\.{3,}|-+|_+)$/.test(text);
}
function credentialFormat(text) {
  if (MAY_HOLD_CREDENTIAL.test(text)) {
    for (const { what, pattern } of CREDENTIAL_FORMATS) if (pattern.test(text)) return what;
  }
  if (text.includes("@")) for (const m of text.matchAll(URL_WITH_PASSWORD)) {
    let password = m[1];
    try {
      password = decodeURIComponent(password);
    } catch {
    }
    if (!isPlaceholder(password)) return "a URL with a password";
  }
  const compact = text.trim();
  if (compact.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const decoded = Buffer.from(compact, "base64").toString("latin1");
    if (/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY/.test(decoded)) return "a base64-encoded private key";
  }
  return void 0;
}
function isSecretStoreArn(text) {
  return /^arn:aws[a-z-]*:(?:secretsmanager|ssm):/.test(text.trim());
}
function isNotASecretValue(text) {
  const v = text.trim();
  if (v === "") return true;
  if (/^arn:/.test(v)) return true;
  if (/^(?:vault|ssm|secretsmanager|sm|awssm|aws-sm|aws-ssm|gcp-sm|azure-kv|op):/i.test(v)) return true;
  if (isPlaceholder(v)) return true;
  if (/^(?:true|false|yes|no|on|off|enabled|disabled|none|null|nil|undefined|required|optional)$/i.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && credentialFormat(v) === void 0) return true;
  if (isEncodedPublicMaterial(v)) return true;
  if (/^(?:~|\.{1,2})?\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/.test(v) && !looksLikeRandomToken(v)) return true;
  return false;
}
function isEncodedPublicMaterial(text) {
  if (text.length < 40 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  return /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|[A-Z0-9]+ PUBLIC KEY)-----/.test(Buffer.from(text, "base64").toString("latin1").trimStart());
}
function nameParts(name) {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2").replace(/([0-9])([A-Za-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((p) => p !== "").map((p) => p.toLowerCase());
}
var SENSITIVE_TERMS = [
  ...[
    "password",
    "passwords",
    "passwd",
    "pwd",
    "pass",
    "passphrase",
    "secret",
    "secrets",
    "token",
    "tokens",
    "apikey",
    "apikeys",
    "credential",
    "credentials",
    "creds",
    "privatekey",
    "accesskey",
    "secretkey"
  ].map((t) => [t]),
  ...["api", "private", "access", "secret", "encryption", "signing", "master", "hmac", "client", "app", "auth", "license"].flatMap((w) => [[w, "key"], [w, "keys"]]),
  ["auth", "data"]
  // ECS_ENGINE_AUTH_DATA: registry credentials for the ECS agent
];
var NEUTRAL_SUFFIXES = /* @__PURE__ */ new Set([
  "value",
  "val",
  "base",
  "b",
  "encoded",
  "enc",
  "raw",
  "plain",
  "plaintext",
  "str",
  "string",
  "hex",
  "json",
  "pem",
  "text",
  "txt",
  "data",
  "current",
  "old",
  "new",
  "prev",
  "previous",
  "next",
  "primary",
  "secondary",
  "main"
]);
var nameVerdicts = /* @__PURE__ */ new Map();
function nameVerdict(name) {
  let verdict = nameVerdicts.get(name);
  if (!verdict) {
    if (nameVerdicts.size >= 1e4) nameVerdicts.clear();
    const parts = nameParts(name);
    verdict = { sensitive: name !== "PWD" && partsAreSensitive(parts), awsSecret: parts.includes("aws") && parts.includes("secret") };
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}
function isSensitiveName(name) {
  return nameVerdict(name).sensitive;
}
function partsAreSensitive(parts) {
  for (let end = parts.length; end > 0; end--) {
    const endsWithTerm = SENSITIVE_TERMS.some((term) => term.length <= end && term.every((w, i) => parts[end - term.length + i] === w));
    if (endsWithTerm) return parts.slice(end).every((p) => NEUTRAL_SUFFIXES.has(p) || /^[0-9]+$/.test(p));
  }
  return false;
}
function isAwsSecretName(name) {
  return nameVerdict(name).awsSecret;
}
function shannonEntropy(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var MIN_TOKEN_LENGTH = 20;
function looksLikeRandomToken(text) {
  const v = text.trim();
  if (v.length < MIN_TOKEN_LENGTH || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) return false;
  if (!/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) return false;
  if (/^(?:[A-Za-z]+[-_])?(?:0x)?[0-9a-fA-F]+$/.test(v)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return false;
  return shannonEntropy(v) >= Math.min(4.5, 0.85 * Math.log2(v.length)) && classChangeRatio(v) >= 0.35;
}
function characterClass(ch) {
  return /[a-z]/.test(ch) ? 0 : /[A-Z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : 3;
}
function classChangeRatio(text) {
  let changes = 0;
  for (let i = 1; i < text.length; i++) if (characterClass(text[i]) !== characterClass(text[i - 1])) changes++;
  return changes / (text.length - 1);
}
function isJsonWebToken(text) {
  return /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/.test(text.trim());
}
function classifyEnvironmentValue(name, value) {
  const v = value.trim();
  if (v === "" || isSecretStoreArn(v)) return void 0;
  const format = credentialFormat(value);
  if (format) return { severity: "critical", what: format };
  if (name !== void 0 && isAwsSecretName(name) && /^[A-Za-z0-9/+]{40}$/.test(v)) return { severity: "critical", what: "an AWS secret access key" };
  if (isNotASecretValue(v)) return void 0;
  if (name !== void 0 && isSensitiveName(name)) return { severity: "high", what: "a literal value" };
  if (isJsonWebToken(v)) return { severity: "high", what: "a JSON Web Token" };
  if (looksLikeRandomToken(v)) return { severity: "high", what: "a high-entropy value that looks like a key or token" };
  return void 0;
}
function redactedPreview(value) {
  const length = [...value].length;
  const size = `(${length} ${length === 1 ? "char" : "chars"})`;
  if (length < 8) return size;
  const prefix = [...value].slice(0, Math.min(4, Math.floor(length / 4))).join("");
  return `${JSON.stringify(`${prefix}\u2026`)} ${size}`;
}
function looksSecret(name, value) {
  if (value.trim() === "") return false;
  if (name !== void 0 && isSensitiveName(name) && !isSecretStoreArn(value)) return true;
  return classifyEnvironmentValue(name, value) !== void 0;
}
function secretArguments(args) {
  const found = [];
  args.forEach((arg, i) => {
    const assignment = /^-{0,2}([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/s.exec(arg);
    if (assignment && looksSecret(assignment[1], assignment[2])) found.push(i);
    else if (looksSecret(void 0, arg)) found.push(i);
    else if (i > 0 && /^-{1,2}[A-Za-z][A-Za-z0-9_.-]*$/.test(args[i - 1]) && looksSecret(args[i - 1].replace(/^-+/, ""), arg)) found.push(i);
  });
  return found;
}

export {
  credentialFormat,
  isSecretStoreArn,
  isSensitiveName,
  looksLikeRandomToken,
  classifyEnvironmentValue,
  redactedPreview,
  looksSecret,
  secretArguments
};

// The Terraform CLI configuration file (developer.hashicorp.com/terraform/cli/config/config-file):
// `host` blocks replace service discovery for a hostname, `credentials` blocks hold API tokens;
// `TF_TOKEN_<host>` environment variables (dots as `_`, hyphens as `__`) override them.
import { parseHclWith, type Expr, type FileSyntax } from '../hcl-syntax.js';
import type { Parser } from 'web-tree-sitter';

export interface TerraformCliConfig {
  /** hostname -> service id -> URL, from `host` blocks. */
  hosts: Map<string, Record<string, string>>;
  /** hostname -> token (secret: never logged). */
  tokens: Map<string, string>;
}

function literalText(expr: Expr): string | undefined {
  if (expr.t === 'lit' && typeof expr.v === 'string') return expr.v;
  if (expr.t === 'var') return expr.name;
  if (expr.t === 'tmpl' && expr.parts.every((p) => p.t === 'text')) return expr.parts.map((p) => (p as { text: string }).text).join('');
  return undefined;
}

/** Reads the file's text (undefined: no file); throws an Error naming the file when it is not valid HCL. */
export function parseCliConfig(parser: Parser, text: string | undefined, tokenEnv: Record<string, string>): TerraformCliConfig {
  const hosts = new Map<string, Record<string, string>>();
  const tokens = new Map<string, string>();
  if (text !== undefined) {
    const syntax: FileSyntax = parseHclWith(parser, text);
    for (const block of syntax.body.blocks) {
      const host = block.labels[0]?.toLowerCase();
      if (!host) continue;
      if (block.type === 'host') {
        const services = block.attributes.find((a) => a.name === 'services');
        const map: Record<string, string> = {};
        if (services?.expr.t === 'object') {
          for (const e of services.expr.elems) {
            const k = literalText(e.key);
            const v = literalText(e.value);
            if (k !== undefined && v !== undefined) map[k] = v;
          }
        }
        hosts.set(host, map);
      } else if (block.type === 'credentials') {
        const token = block.attributes.find((a) => a.name === 'token');
        const value = token && literalText(token.expr);
        if (value) tokens.set(host, value);
      }
    }
  }
  for (const [name, value] of Object.entries(tokenEnv)) {
    if (!value) continue;
    const host = name.replace(/^TF_TOKEN_/i, '').replace(/__/g, '\u0000').replace(/_/g, '.').replace(/\u0000/g, '-').toLowerCase();
    tokens.set(host, value);
  }
  return { hosts, tokens };
}

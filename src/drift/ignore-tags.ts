// The AWS provider's `ignore_tags { keys, key_prefixes }` (a `provider "aws"` block setting):
// the provider drops those tags from what it reads and plans, so a difference in them is no
// drift for Terraform either. Provider docs: "ignore_tags Configuration Block"; source:
// internal/tags (KeyValueTags.IgnoreConfig).
import type { ConfigurationModel } from '../terraform/model.js';
import { parseHcl, type BlockSyntax, type Expr } from '../terraform/hcl-syntax.js';

export interface IgnoreTags {
  keys: string[];
  keyPrefixes: string[];
}

export interface IgnoreTagsReading {
  /** By root module folder (repo-relative, '.' for the root). */
  byModule: Map<string, IgnoreTags>;
  /** Settings that are not literal lists of strings: those tags cannot be known to be ignored. */
  errors: { file: string; message: string }[];
}

function literalStrings(expr: Expr): string[] | undefined {
  if (expr.t !== 'tuple') return undefined;
  const out: string[] = [];
  for (const item of expr.items) {
    if (item.t === 'lit' && typeof item.v === 'string') out.push(item.v);
    else if (item.t === 'tmpl' && item.parts.every((p) => p.t === 'text')) out.push(item.parts.map((p) => (p.t === 'text' ? p.text : '')).join(''));
    else return undefined;
  }
  return out;
}

export function ignoresTag(ignore: IgnoreTags | undefined, key: string): boolean {
  return Boolean(ignore && (ignore.keys.includes(key) || ignore.keyPrefixes.some((p) => key.startsWith(p))));
}

/** Reads `ignore_tags` from the default (unaliased) `provider "aws"` block of each root module. */
export async function readIgnoreTags(configuration: ConfigurationModel | undefined): Promise<IgnoreTagsReading> {
  const byModule = new Map<string, IgnoreTags>();
  const errors: IgnoreTagsReading['errors'] = [];
  for (const dir of configuration?.rootDirs ?? []) {
    for (const path of configuration!.moduleFiles.get(dir) ?? []) {
      if (!path.endsWith('.tf')) continue;
      const file = configuration!.files.get(path);
      if (!file || !file.text.includes('ignore_tags')) continue;
      let body: BlockSyntax;
      try {
        body = (await parseHcl(file.text)).body;
      } catch {
        continue; // the scan reports unparsable files
      }
      for (const provider of body.blocks) {
        if (provider.type !== 'provider' || provider.labels[0] !== 'aws' || provider.attributes.some((a) => a.name === 'alias')) continue;
        for (const ignore of provider.blocks.filter((b) => b.type === 'ignore_tags')) {
          const found: IgnoreTags = byModule.get(dir) ?? { keys: [], keyPrefixes: [] };
          for (const attr of ignore.attributes) {
            if (attr.name !== 'keys' && attr.name !== 'key_prefixes') continue;
            const values = literalStrings(attr.expr);
            if (!values) {
              errors.push({ file: path, message: `provider "aws" ignore_tags.${attr.name} (line ${attr.pos.line}) is not a literal list of strings, so drift cannot tell which tags it ignores; tag differences are still reported` });
              continue;
            }
            (attr.name === 'keys' ? found.keys : found.keyPrefixes).push(...values);
          }
          byModule.set(dir, found);
        }
      }
    }
  }
  return { byModule, errors };
}

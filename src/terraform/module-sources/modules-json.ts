// `.terraform/modules/modules.json`, the manifest `terraform init` writes in the root module:
// one record per module call, `Key` the call path ("a.b" for module "b" inside module "a"),
// `Dir` the installed folder relative to the root module. Using it scans exactly the versions
// the user's init chose, with nothing downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ModulesJsonRecord {
  key: string;
  source: string;
  version?: string;
  dir: string;
}

/** The manifest of a root module (absolute path), or undefined when there is none or it is unreadable. */
export function readModulesJson(rootDir: string): Map<string, ModulesJsonRecord> | undefined {
  const file = join(rootDir, '.terraform', 'modules', 'modules.json');
  // Most roots have none (no `terraform init`): asked without the cost of an ENOENT error each.
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let doc: { Modules?: { Key?: unknown; Source?: unknown; Version?: unknown; Dir?: unknown }[] };
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const records = new Map<string, ModulesJsonRecord>();
  for (const m of doc.Modules ?? []) {
    if (typeof m.Key !== 'string' || typeof m.Dir !== 'string' || m.Key === '') continue;
    records.set(m.Key, { key: m.Key, source: typeof m.Source === 'string' ? m.Source : '', version: typeof m.Version === 'string' ? m.Version : undefined, dir: m.Dir });
  }
  return records;
}

/** Terraform records registry sources with their host (`registry.terraform.io/…`); a call may omit it. */
export function sameModuleSource(recorded: string, written: string): boolean {
  const normal = (s: string) => s.replace(/^registry\.terraform\.io\//i, '').replace(/\/+$/, '');
  return normal(recorded) === normal(written);
}

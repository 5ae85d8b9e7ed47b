// Where a module's state lives, from its `backend "s3"` block when the values are literal
// (DESIGN.md: without the `state` input, such modules are found and read).
import type { ConfigurationModel } from './model.js';

export interface DiscoveredState {
  moduleDir: string;
  source: string;
  region?: string;
}

export interface StateDiscovery {
  states: DiscoveredState[];
  /** Modules with a backend whose state could not be located, and why. */
  skipped: { moduleDir: string; why: string }[];
}

/** Terraform's S3 backend keeps non-default workspaces at `<workspace_key_prefix>/<workspace>/<key>`. */
export function workspaceKey(key: string, workspace: string | undefined, prefix = 'env:'): string {
  return !workspace || workspace === 'default' ? key : `${prefix}/${workspace}/${key}`;
}

export function discoverS3States(configuration: Pick<ConfigurationModel, 'backends'>, workspace?: string, onlyModules?: ReadonlySet<string>): StateDiscovery {
  const states: DiscoveredState[] = [];
  const skipped: StateDiscovery['skipped'] = [];
  for (const b of configuration.backends) {
    if (onlyModules && !onlyModules.has(b.moduleDir)) continue;
    if (b.type !== 's3') {
      skipped.push({ moduleDir: b.moduleDir, why: `backend "${b.type}" is not read; pass its state with the \`state\` input` });
      continue;
    }
    const { bucket, key } = b.settings;
    if (!bucket || !key) {
      const missing = ['bucket', 'key'].filter((k) => !b.settings[k]);
      const nonLiteral = missing.filter((k) => b.nonLiteral.includes(k));
      skipped.push({
        moduleDir: b.moduleDir,
        why: nonLiteral.length
          ? `backend "s3" ${nonLiteral.join(' and ')} ${nonLiteral.length > 1 ? 'are' : 'is'} not literal (partial configuration); pass the state with the \`state\` input`
          : `backend "s3" has no ${missing.join(' or ')} (set at \`terraform init\`); pass the state with the \`state\` input`,
      });
      continue;
    }
    states.push({
      moduleDir: b.moduleDir,
      source: `s3://${bucket}/${workspaceKey(key, workspace, b.settings.workspace_key_prefix)}`,
      region: b.settings.region,
    });
  }
  return { states, skipped };
}

// Drift is reported like a rule violation in SARIF and annotations: one pseudo-rule per kind of
// drift, so code scanning can group, filter and dismiss drift the same way as policy findings.
import { ruleHelpUri } from '../policy/rule.js';
import type { DriftResult, Severity } from './model.js';
import type { RuleMeta } from './render-meta.js';

export type DriftRuleId = 'drift-security' | 'drift-config' | 'drift-missing' | 'drift-unmanaged';

function driftRule(id: DriftRuleId, severity: Severity, title: string, description: string, fix: string): RuleMeta {
  return { id, severity, title, description, fix, references: [], helpUri: ruleHelpUri(id) };
}

export const DRIFT_RULES: readonly RuleMeta[] = [
  driftRule(
    'drift-security',
    'high',
    'Security-relevant drift between Terraform and live ECS',
    'Live ECS differs from the Terraform state in a security-relevant attribute (images, roles, privileges, environment, secrets, network configuration, ECS Exec, volumes). Someone changed the workload identity or exposure outside code review.',
    'Revert the live change with terraform apply, adopt it into the Terraform code through a reviewed pull request, or record a time-bound exception with an owner.',
  ),
  driftRule(
    'drift-config',
    'medium',
    'Configuration drift between Terraform and live ECS',
    'Live ECS differs from the Terraform state in a configuration attribute. The code no longer describes what runs.',
    'Revert the live change with terraform apply, or adopt it into the Terraform code through a reviewed pull request.',
  ),
  driftRule(
    'drift-missing',
    'high',
    'Resource in Terraform state is missing from live ECS',
    'A resource recorded in the Terraform state no longer exists in live ECS: it was deleted outside Terraform.',
    'Recreate it with terraform apply, or remove it from the code and the state through a reviewed pull request.',
  ),
  driftRule(
    'drift-unmanaged',
    'high',
    'Live ECS resource not managed by Terraform',
    'A live ECS resource in a managed cluster is not in any Terraform state: it was created outside code review.',
    'Import it into Terraform and review its settings, or delete it.',
  ),
];

export interface DriftViolation {
  ruleId: DriftRuleId;
  severity: Severity;
  result: DriftResult;
}

/** The drift rules a result violates: one per class of difference, or missing/unmanaged; none when in sync or unverified. */
export function driftViolations(result: DriftResult): DriftViolation[] {
  switch (result.status) {
    case 'missing':
      return [{ ruleId: 'drift-missing', severity: 'high', result }];
    case 'unmanaged':
      return [{ ruleId: 'drift-unmanaged', severity: 'high', result }];
    case 'drifted': {
      const out: DriftViolation[] = [];
      if (result.differences.some((d) => d.class === 'security')) out.push({ ruleId: 'drift-security', severity: 'high', result });
      if (result.differences.some((d) => d.class === 'config')) out.push({ ruleId: 'drift-config', severity: 'medium', result });
      return out;
    }
    default:
      return [];
  }
}

// What every renderer needs besides the report: rule metadata, the tool version, the clock
// and the fail level. Plain data, so renderers stay pure and golden-testable.
import type { Rule } from '../policy/rule.js';
import { ruleHelpUri } from '../policy/rule.js';
import type { FailLevel, Severity } from './model.js';

export interface RuleMeta {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  fix: string;
  references: string[];
  helpUri: string;
}

export interface RenderMeta {
  toolVersion: string;
  rules: RuleMeta[];
  now: Date;
  failOn: FailLevel;
}

export function toRuleMeta(rule: Rule): RuleMeta {
  return {
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    description: rule.description,
    fix: rule.fix,
    references: [...rule.references],
    helpUri: ruleHelpUri(rule.id),
  };
}

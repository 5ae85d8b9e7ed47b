// What every renderer needs besides the report: rule metadata, the tool version, the clock
// and the fail level. Plain data, so renderers stay pure and golden-testable.
import type { Rule } from '../policy/rule.js';
import { ruleHelpUri } from '../policy/rule.js';
import type { FailLevel } from './model.js';

/** A rule's data without its check, plus the link to its doc page. */
export type RuleMeta = Pick<Rule, 'id' | 'severity' | 'title' | 'description' | 'fix' | 'references'> & { helpUri: string };

export interface RenderMeta {
  toolVersion: string;
  rules: RuleMeta[];
  now: Date;
  failOn: FailLevel;
  /** What ran, for SARIF's automationDetails.id (code scanning's category): mode and shard. */
  run?: { mode: string; shard?: { index: number; count: number }; repoRoot?: string };
  /** `--allow-incomplete`: an incomplete run passes, and the output says it was accepted. */
  allowIncomplete?: boolean;
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

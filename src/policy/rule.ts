// A policy rule: metadata next to its check (one file per rule in policy/rules/).
import type { ConfigurationModel, ImportModel, ResourceModel } from '../terraform/model.js';
import type { SourceLocation } from '../terraform/values.js';
import type { Severity } from '../report/model.js';

export interface RuleFindingInput {
  /** Where the finding points (RULES.md, "Where a finding points"). */
  loc: SourceLocation;
  /** Stable path of the offending attribute inside the resource, e.g. `container_definitions[app].privileged`. */
  attributePath: string;
  /** One or two sentences: what is wrong here. Never contains a secret value. */
  message: string;
  /** Overrides the rule's default severity (e.g. root user with host networking). */
  severity?: Severity;
  /**
   * When the fix is a one-line change: replace `from` by `to` on the line at `loc.line`.
   * The engine turns it into a suggested change only when that line is in a `.tf` file and contains `from`.
   */
  suggestion?: { from: string | RegExp; to: string };
}

export interface RuleContext {
  /** The whole evaluated configuration, for rules that look across resources (roles, volumes). */
  readonly model: ConfigurationModel;
  report(finding: RuleFindingInput): void;
  /** Records that (part of) this resource could not be checked, with why. */
  notEvaluated(why: string, loc?: SourceLocation): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  /** Why it matters, one or two sentences (used in comments and SARIF). */
  description: string;
  /** How to fix, one or two sentences. */
  fix: string;
  /** External references (Security Hub controls, Checkov/Trivy/KICS ids). */
  references: string[];
  /** Resource types the check is called for. */
  resourceTypes: string[];
  /** Called once per resource of `resourceTypes`. */
  check?(resource: ResourceModel, context: RuleContext): void;
  /** Called once per `import` block (governance rules). */
  checkImport?(importBlock: ImportModel, context: RuleContext): void;
}

export const DOCS_BASE_URL = 'https://github.com/ecs-drift-guard/ecs-drift-guard/blob/main/docs/rules';

export function ruleHelpUri(id: string): string {
  return `${DOCS_BASE_URL}/${id}.md`;
}

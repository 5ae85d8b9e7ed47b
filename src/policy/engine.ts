// Runs the policy rules over an evaluated configuration and returns findings, with
// suppressions applied and the resources that could not be (fully) checked.
import * as crypto from 'node:crypto';
import type { ConfigurationModel, ImportModel, ResourceModel } from '../terraform/model.js';
import type { SourceLocation } from '../terraform/values.js';
import type { Finding, NotEvaluated, Severity } from '../report/model.js';
import { attributeToCaller } from './module-attribution.js';
import { containerDefinitions } from './resource-values.js';
import { ruleHelpUri, type Rule, type RuleContext, type RuleFindingInput } from './rule.js';
import { applySuppressions, type ExceptionEntry } from './suppressions.js';

export interface PolicyConfig {
  /** Severity overrides by rule id (config `rules:`). */
  severities: Map<string, Severity>;
  /** Rules turned off in the config file. */
  disabled: Set<string>;
  exceptions: ExceptionEntry[];
}

export const defaultPolicyConfig = (): PolicyConfig => ({ severities: new Map(), disabled: new Set(), exceptions: [] });

export interface PolicyResult {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** Values the rules could not read at all, such as container_definitions that are not valid JSON. */
  errors: { file: string; message: string }[];
}

// One call per finding: the one-shot crypto.hash (Node 20.12+) costs a third of a Hash object's
// create-update-digest; the same digest either way.
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * A finding's identity across runs. Resource addresses are relative to their root module, so two
 * root modules calling a module by the same name share addresses: the root module folder is part of it.
 */
export function fingerprintOf(ruleId: string, rootDir: string, resource: string, attributePath: string): string {
  return sha256Hex(`${ruleId}\u0000${rootDir}\u0000${resource}\u0000${attributePath}`).slice(0, 20);
}

export function runPolicy(model: ConfigurationModel, rules: Rule[], config: PolicyConfig, now: Date): PolicyResult {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const notEvaluated: NotEvaluated[] = [];
  const notEvaluatedKeys = new Set<string>();
  const headers = new Map<string, { file: string; line: number }>();
  const active = rules.filter((r) => !config.disabled.has(r.id));
  const byType = new Map<string, Rule[]>();
  for (const rule of active) for (const t of rule.resourceTypes) byType.set(t, [...(byType.get(t) ?? []), rule]);

  const addNotEvaluated = (resource: string, at: SourceLocation, why: string) => {
    const key = `${resource}\u0000${why}`;
    if (notEvaluatedKeys.has(key)) return;
    notEvaluatedKeys.add(key);
    notEvaluated.push({ resource, file: at.file, line: at.line, why });
  };

  // One not-evaluated entry per resource and cause, naming every rule the cause left unchecked.
  const ruleCauses = new Map<string, { resource: string; at: SourceLocation; why: string; rules: string[] }>();
  const moduleDirs = new Set(model.moduleDirs);
  const moduleOf = (file: string, declaring: string) => {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    return moduleDirs.has(dir) ? dir : declaring;
  };
  // One context per resource (or import), shared by the rules checking it in turn: `current.rule`
  // says whose finding it is (rules are synchronous, so it cannot change under a rule's call).
  const contextFor = (current: { rule: Rule }, address: string, moduleDir: string, rootDir: string, header: SourceLocation, resource?: ResourceModel): RuleContext => ({
    model,
    report(reported: RuleFindingInput) {
      const { rule } = current;
      const input = attributeToCaller(reported, resource, model);
      const fingerprint = fingerprintOf(rule.id, rootDir, address, input.attributePath);
      // One finding per line: two root modules instantiating the same module default report it once.
      const key = `${rule.id}\u0000${address}\u0000${input.attributePath}\u0000${input.loc.file}\u0000${input.loc.line}`;
      if (seen.has(key)) return;
      seen.add(key);
      headers.set(fingerprint, { file: header.file, line: header.line });
      findings.push({
        ruleId: rule.id,
        severity: config.severities.get(rule.id) ?? input.severity ?? rule.severity,
        title: rule.title,
        message: input.message,
        file: input.loc.file,
        startLine: input.loc.line,
        endLine: Math.max(input.loc.line, input.loc.endLine),
        ...columnsOf(input.loc),
        resource: address,
        // The module that holds the offending line (a caller's module input), else the declaring one.
        module: moduleOf(input.loc.file, moduleDir),
        references: rule.references,
        suppressed: null,
        fingerprint,
        attributePath: input.attributePath,
        helpUri: ruleHelpUri(rule.id),
        fix: rule.fix,
        ...suggestionFor(model, input),
      });
    },
    notEvaluated(why: string, at?: SourceLocation) {
      const { rule } = current;
      const where = at ?? header;
      const key = `${address}\u0000${where.file}\u0000${where.line}\u0000${why}`;
      const entry = ruleCauses.get(key);
      if (entry) { if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id); }
      else ruleCauses.set(key, { resource: address, at: where, why, rules: [rule.id] });
    },
  });

  const errors: { file: string; message: string }[] = [];
  for (const resource of model.resources) {
    if (resource.mode !== 'managed') continue;
    if (resource.type === 'aws_ecs_task_definition') {
      const defs = containerDefinitions(resource);
      if (defs.kind === 'invalid') {
        errors.push({ file: defs.loc.file, message: `${resource.address}: container_definitions ${defs.reason.replace(/^invalid JSON/, 'is not valid JSON')}` });
        addNotEvaluated(resource.address, defs.loc, `container_definitions cannot be read: ${defs.reason}`);
      }
    }
    const rules = byType.get(resource.type);
    if (rules) {
      const current = { rule: rules[0] };
      const context = contextFor(current, resource.address, resource.moduleDir, resource.rootDir, resource.loc, resource);
      for (const rule of rules) {
        current.rule = rule;
        rule.check?.(resource, context);
      }
    }
    for (const u of resource.body.unknownBlocks) addNotEvaluated(resource.address, u.loc, `dynamic "${u.type}" blocks: ${u.reason}`);
  }
  for (const imp of model.imports) {
    const current = { rule: active[0] };
    const context = contextFor(current, importAddress(imp), imp.moduleDir, imp.rootDir, imp.loc);
    for (const rule of active) {
      current.rule = rule;
      rule.checkImport?.(imp, context);
    }
  }
  for (const c of ruleCauses.values()) addNotEvaluated(c.resource, c.at, `${c.why} (not checked: ${c.rules.join(', ')})`);
  for (const n of model.notEvaluated) addNotEvaluated(n.resource, { file: n.file, line: n.line, endLine: n.line }, n.why);

  applySuppressions(findings, model, config.exceptions, (f) => headers.get(f.fingerprint), now);
  findings.sort(compareFindings);
  return { findings, notEvaluated, errors };
}

function columnsOf(at: SourceLocation): { startColumn?: number; endColumn?: number } {
  if (at.column === undefined) return {};
  return at.endColumn !== undefined && at.endLine >= at.line ? { startColumn: at.column, endColumn: at.endColumn } : { startColumn: at.column };
}

const fileLines = new WeakMap<object, string[]>();

function suggestionFor(model: ConfigurationModel, input: RuleFindingInput): { suggestion?: string } {
  if (!input.suggestion) return {};
  const file = model.files.get(input.loc.file);
  if (!file) return {};
  let lines = fileLines.get(file);
  if (!lines) fileLines.set(file, (lines = file.text.split('\n')));
  const line = lines[input.loc.line - 1];
  if (line === undefined) return {};
  const { from, to } = input.suggestion;
  // Only a line where the change is unambiguous: two matches (a one-line object, a minified
  // .tf.json file) could rewrite the wrong value.
  const matches = typeof from === 'string' ? line.split(from).length - 1 : (line.match(new RegExp(from.source, from.flags.includes('g') ? from.flags : `${from.flags}g`)) ?? []).length;
  if (matches !== 1) return {};
  return { suggestion: line.replace(from, to) };
}

function importAddress(imp: ImportModel): string {
  return imp.to;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0);
}

export type { ResourceModel };

import { decodeJsonString } from '../../terraform/evaluate.js';
import { JsonPositionError } from '../../terraform/json-positions.js';
import type { EvaluatedAttribute, EvaluatedBlock, ResourceModel } from '../../terraform/model.js';
import type { Value } from '../../terraform/values.js';
import { at, member, nestedBlocks, readAttribute, referencedResource, sameModuleResources, unknownNestedBlock } from '../resource-values.js';
import type { Rule, RuleContext } from '../rule.js';

/** AWS managed policies whose documents are known and match the rule (the rest are not guessed). */
const MANAGED_POLICIES: Record<string, string> = { AdministratorAccess: '*', IAMFullAccess: 'iam:*' };
const MANAGED_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/([A-Za-z0-9+=,.@_-]+)$/;
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/;
const RESOURCE_REFERENCE = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[([^\]]*)\])?(?:\.([a-z_]+))?$/;
const MAX_DOCUMENT_DEPTH = 4;

interface Walk {
  context: RuleContext;
  /** The role, for messages and attribute paths. */
  role: string;
  resources: ResourceModel[];
}

/**
 * Resolves `aws_iam_role.task.arn` (also `[0]`, `["k"]`, `[each.key]`, `[count.index]`) from `from`
 * to a resource of the same module instance; `undefined` when it names none, 'ambiguous' when it
 * cannot be told which instance.
 */
function resolve(all: ResourceModel[], from: ResourceModel, reference: string): ResourceModel | 'ambiguous' | undefined {
  const m = RESOURCE_REFERENCE.exec(reference);
  if (!m) return undefined;
  const [, data, type, name, key] = m;
  const candidates = sameModuleResources(all, from).filter((r) => r.mode === (data ? 'data' : 'managed') && r.type === type && r.name === name);
  if (candidates.length <= 1 && key === undefined) return candidates[0];
  if (key === 'each.key' || key === 'count.index') {
    if (from.instanceKey === undefined) return 'ambiguous';
    return candidates.find((r) => r.instanceKey === from.instanceKey) ?? 'ambiguous';
  }
  if (key === undefined) return 'ambiguous';
  return referencedResource(all, from, reference) ?? undefined;
}

/** Resources referenced by an attribute that resolve to `target`. */
function refersTo(all: ResourceModel[], from: ResourceModel, attr: EvaluatedAttribute | undefined, target: ResourceModel): boolean {
  if (!attr) return false;
  if (attr.references.some((r) => resolve(all, from, r) === target)) return true;
  // A literal role name equal to the role's known name is the same role.
  const roleName = readAttribute(target.body, 'name');
  if (roleName.kind !== 'known' || !roleName.text) return false;
  const names = attr.value.kind === 'list' ? attr.value.items : [attr.value];
  return names.some((v) => v.kind === 'string' && v.value === roleName.text);
}

function strings(value: Value | undefined): { items: Value[] } | undefined {
  if (!value) return undefined;
  if (value.kind === 'list') return { items: value.items };
  return { items: [value] };
}

type ResourceScope = 'star' | 'not-star' | { unknown: string };

function resourceScope(value: Value | undefined): ResourceScope {
  const list = strings(value);
  if (!list) return 'not-star';
  let unknown: string | undefined;
  for (const r of list.items) {
    if (r.kind === 'string' && r.value === '*') return 'star';
    if (r.kind === 'unknown') unknown ??= r.reason;
  }
  return unknown ? { unknown } : 'not-star';
}

/** IAM action patterns repeat across an estate: each is compiled once. */
const globs = new Map<string, RegExp>();

function globMatches(pattern: string, text: string): boolean {
  let glob = globs.get(pattern);
  if (!glob) {
    if (globs.size >= 10_000) globs.clear();
    const source = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
    glob = new RegExp(`^${source}$`, 'i');
    globs.set(pattern, glob);
  }
  return glob.test(text);
}

/** Why an allowed action on these resources matches the rule, or undefined. */
function whyBroad(action: string, scope: ResourceScope): string | undefined | { unknown: string } {
  const a = action.toLowerCase();
  if (a === '*') return 'allows every action';
  if (a === 'iam:*') return 'allows every IAM action';
  const passRole = globMatches(a, 'iam:passrole');
  const service = SERVICE_WILDCARD.test(a);
  if (!passRole && !service) return undefined;
  if (typeof scope === 'object') return scope;
  if (scope === 'not-star') return undefined;
  return passRole ? 'allows iam:PassRole on every role' : `allows every ${a.slice(0, -2)} action on every resource`;
}

function reportAction(walk: Walk, source: string, statement: string, actionValue: Value, action: string, why: string): void {
  walk.context.report({
    loc: at(actionValue),
    attributePath: `task_role_arn.${source}.${statement}.Action[${action}]`,
    message: `The task role ${walk.role} gets "${action}" from ${source}, which ${why}.`,
  });
}

function checkActions(walk: Walk, source: string, statement: string, actions: Value | undefined, resources: Value | undefined): void {
  const list = strings(actions);
  if (!list) return;
  const scope = resourceScope(resources);
  for (const item of list.items) {
    if (item.kind === 'unknown') { walk.context.notEvaluated(`${source} ${statement} action: ${item.reason}`, at(item)); continue; }
    if (item.kind !== 'string') continue;
    const why = whyBroad(item.value, scope);
    if (typeof why === 'object') walk.context.notEvaluated(`${source} ${statement} resource: ${why.unknown}`, at(item));
    else if (why) reportAction(walk, source, statement, item, item.value, why);
  }
}

/** A policy written as JSON text: jsonencode(), a heredoc, file() or templatefile(). */
function checkJsonPolicy(walk: Walk, source: string, value: Value): void {
  let doc: Value = value;
  if (value.kind === 'string') {
    try {
      doc = decodeJsonString(value);
    } catch (e) {
      if (e instanceof JsonPositionError) return walk.context.notEvaluated(`${source}: policy is not valid JSON (${e.message})`, { file: e.file, line: e.line, endLine: e.line });
      throw e;
    }
  }
  if (doc.kind === 'unknown') return walk.context.notEvaluated(`${source}: ${doc.reason}`, at(doc));
  if (doc.kind !== 'object') return;
  const statements = member(doc, 'Statement');
  if (statements?.kind === 'unknown') return walk.context.notEvaluated(`${source} Statement: ${statements.reason}`, at(statements));
  const list = statements?.kind === 'list' ? statements.items : statements ? [statements] : [];
  list.forEach((s, i) => {
    if (s.kind === 'unknown') return walk.context.notEvaluated(`${source} Statement[${i}]: ${s.reason}`, at(s));
    if (s.kind !== 'object') return;
    const sid = member(s, 'Sid');
    const label = `Statement[${sid?.kind === 'string' && sid.value ? sid.value : i}]`;
    const effect = member(s, 'Effect');
    if (effect?.kind === 'unknown') return walk.context.notEvaluated(`${source} ${label} Effect: ${effect.reason}`, at(effect));
    if (effect?.kind !== 'string' || effect.value !== 'Allow') return;
    checkActions(walk, source, label, member(s, 'Action'), member(s, 'Resource'));
  });
}

/** A `data "aws_iam_policy_document"`: statement blocks plus the documents it merges. */
function checkPolicyDocument(walk: Walk, source: string, doc: ResourceModel, depth: number): void {
  const dynamic = unknownNestedBlock(doc.body, 'statement');
  if (dynamic) walk.context.notEvaluated(`${source} statement: ${dynamic.reason}`, dynamic.loc);
  nestedBlocks(doc.body, 'statement').forEach((s: EvaluatedBlock, i) => {
    const sid = readAttribute(s, 'sid');
    const label = `statement[${sid.kind === 'known' && sid.text ? sid.text : i}]`;
    const effect = readAttribute(s, 'effect');
    if (effect.kind === 'unknown') return walk.context.notEvaluated(`${source} ${label} effect: ${effect.reason}`, effect.loc);
    if (effect.kind === 'known' && effect.text !== 'Allow') return;
    checkActions(walk, source, label, s.attributes.get('actions')?.value, s.attributes.get('resources')?.value);
  });
  for (const name of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
    const attr = doc.body.attributes.get(name);
    if (attr) checkPolicyAttribute(walk, `${source}.${name}`, doc, attr, depth + 1);
  }
}

/** A `policy` argument: JSON text, or a reference to a policy document data source. */
function checkPolicyAttribute(walk: Walk, source: string, owner: ResourceModel, attr: EvaluatedAttribute, depth: number): void {
  if (depth > MAX_DOCUMENT_DEPTH) return;
  const v = attr.value;
  const items = v.kind === 'list' ? v.items : [v];
  const documentRefs = attr.references.filter((r) => r.startsWith('data.aws_iam_policy_document.'));
  for (const ref of documentRefs) {
    const doc = resolve(walk.resources, owner, ref);
    if (doc === 'ambiguous') walk.context.notEvaluated(`${source}: cannot tell which instance ${ref} names`, at(attr));
    else if (doc) checkPolicyDocument(walk, ref.replace(/\.(minified_)?json$/, ''), doc, depth);
    else walk.context.notEvaluated(`${source}: ${ref} is not in this module`, at(attr));
  }
  for (const item of items) {
    if (item.kind === 'string' || item.kind === 'object') checkJsonPolicy(walk, source, item);
    else if (item.kind === 'unknown' && documentRefs.length === 0) walk.context.notEvaluated(`${source}: ${item.reason}`, at(attr));
  }
}

/** `policy_arn` / `managed_policy_arns`: an `aws_iam_policy` of the module, or a known AWS managed policy. */
function checkPolicyArns(walk: Walk, source: string, owner: ResourceModel, attr: EvaluatedAttribute, depth: number): void {
  for (const ref of attr.references.filter((r) => r.startsWith('aws_iam_policy.'))) {
    const policy = resolve(walk.resources, owner, ref);
    if (policy === 'ambiguous') { walk.context.notEvaluated(`${source}: cannot tell which instance ${ref} names`, at(attr)); continue; }
    const document = policy?.body.attributes.get('policy');
    if (policy && document) checkPolicyAttribute(walk, localAddress(policy), policy, document, depth + 1);
  }
  const items = attr.value.kind === 'list' ? attr.value.items : [attr.value];
  for (const item of items) {
    if (item.kind !== 'string') continue;
    const managed = MANAGED_POLICY_ARN.exec(item.value)?.[1];
    const action = managed ? MANAGED_POLICIES[managed] : undefined;
    if (managed && action) {
      walk.context.report({
        loc: at(item),
        attributePath: `task_role_arn.${source}.${managed}`,
        message: `The task role ${walk.role} has the AWS managed policy ${managed} attached, which allows "${action}" on every resource.`,
      });
    }
  }
}

/** The address inside its module instance: `aws_iam_role.task["orders"]`. */
function localAddress(r: ResourceModel): string {
  return r.moduleAddress ? r.address.slice(r.moduleAddress.length + 1) : r.address;
}

function checkRole(walk: Walk, role: ResourceModel): void {
  const { resources, context } = walk;
  const roleAddress = localAddress(role);
  const dynamic = unknownNestedBlock(role.body, 'inline_policy');
  if (dynamic) context.notEvaluated(`${roleAddress} inline_policy: ${dynamic.reason}`, dynamic.loc);
  nestedBlocks(role.body, 'inline_policy').forEach((block, i) => {
    const name = readAttribute(block, 'name');
    const policy = block.attributes.get('policy');
    if (policy) checkPolicyAttribute(walk, `${roleAddress}.inline_policy[${name.kind === 'known' && name.text ? name.text : i}]`, role, policy, 0);
  });
  const managedArns = role.body.attributes.get('managed_policy_arns');
  if (managedArns) checkPolicyArns(walk, `${roleAddress}.managed_policy_arns`, role, managedArns, 0);

  for (const r of sameModuleResources(resources, role)) {
    if (r.mode !== 'managed') continue;
    const source = localAddress(r);
    if (r.type === 'aws_iam_role_policy' && refersTo(resources, r, r.body.attributes.get('role'), role)) {
      const policy = r.body.attributes.get('policy');
      if (policy) checkPolicyAttribute(walk, source, r, policy, 0);
    } else if (
      (r.type === 'aws_iam_role_policy_attachment' && refersTo(resources, r, r.body.attributes.get('role'), role)) ||
      (r.type === 'aws_iam_policy_attachment' && refersTo(resources, r, r.body.attributes.get('roles'), role))
    ) {
      const arn = r.body.attributes.get('policy_arn');
      if (arn) checkPolicyArns(walk, source, r, arn, 0);
    }
  }
}

export const ecsTaskRoleWildcard: Rule = {
  id: 'ecs-task-role-wildcard',
  severity: 'high',
  title: 'Task role allows wildcard actions',
  description:
    'Every container of the task can use the task role\'s credentials; a policy that allows `*`, `iam:*`, `iam:PassRole` on `*` or a whole service on `*` turns one compromised container into control of the account or the service.',
  fix: 'Replace the wildcard with the specific actions the application calls, on the specific resource ARNs it uses.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const attr = resource.body.attributes.get('task_role_arn');
    if (!attr) return;
    const roleRefs = attr.references.filter((r) => r.startsWith('aws_iam_role.'));
    if (roleRefs.length === 0) return;
    // Only a plain reference names one role; with a conditional the role used is not known.
    if (roleRefs.length > 1 || attr.expression !== roleRefs[0]) {
      return context.notEvaluated(`task_role_arn: the role is chosen by the expression ${attr.expression}`, at(attr));
    }
    const role = resolve(context.model.resources, resource, roleRefs[0]);
    if (role === 'ambiguous') return context.notEvaluated(`task_role_arn: cannot tell which instance ${roleRefs[0]} names`, at(attr));
    if (!role) return;
    checkRole({ context, role: localAddress(role), resources: context.model.resources }, role);
  },
};

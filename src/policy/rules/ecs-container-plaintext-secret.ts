import { stringValue } from '../resource-values.js';
import type { Rule, RuleContext } from '../rule.js';
import { classifyEnvironmentValue, credentialFormat, isSecretStoreArn, isSensitiveName, redactedPreview, secretArguments } from '../secret-detector.js';
import type { Value } from '../../terraform/values.js';
import { checkableContainers, presentMember } from './checkable-containers.js';

export const ecsContainerPlaintextSecret: Rule = {
  id: 'ecs-container-plaintext-secret',
  severity: 'high',
  title: 'Secret in plaintext in a container definition',
  description:
    'Environment values are stored in the task definition in plaintext: anyone with ecs:DescribeTaskDefinition, the Terraform state, the repository or the CI logs can read them, and they stay in every old revision.',
  fix: 'Store the value in Secrets Manager or SSM Parameter Store and reference it from `secrets` (`{ name = "DB_PASSWORD", valueFrom = "<secret ARN>" }`), then rotate the exposed value.',
  references: ['AWS Security Hub ECS.8', 'Trivy AWS-0036', 'KICS d40210ea'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      checkEnvironment(c.name, presentMember(c.object, 'environment'), context);
      for (const [key, entry] of c.object.entries) {
        if (key === 'environment') continue;
        if (key === 'dockerLabels') checkNamedValues(c.name, key, entry.value, context);
        else if (key === 'command' || key === 'entryPoint') checkArguments(c.name, key, entry.value, context);
        else if ((key === 'logConfiguration' || key === 'firelensConfiguration') && entry.value.kind === 'object') {
          // Driver options carry tokens (`splunk-token`, an `apikey`): named values, like environment entries.
          for (const [inner, e] of entry.value.entries) {
            if (inner === 'options') checkNamedValues(c.name, `${key}.options`, e.value, context);
            else checkFormatsIn(c.name, `${key}.${inner}`, e.value, context);
          }
        } else checkFormatsIn(c.name, key, entry.value, context);
      }
    }
  },
};

function checkEnvironment(container: string, environment: Value | undefined, context: RuleContext): void {
  if (!environment) return;
  if (environment.kind === 'unknown') return context.notEvaluated(`container ${container} environment: ${environment.reason}`, environment.loc);
  if (environment.kind !== 'list') return;
  environment.items.forEach((item, index) => {
    if (item.kind === 'unknown') return context.notEvaluated(`container ${container} environment[${index}]: ${item.reason}`, item.loc);
    if (item.kind !== 'object') return;
    const nameValue = presentMember(item, 'name');
    const name = nameValue?.kind === 'string' ? nameValue.value : undefined;
    const label = name ?? `#${index}`;
    const value = presentMember(item, 'value');
    if (!value) return;
    if (value.kind === 'unknown') {
      // A reference is not a literal in the code, so it never fires; a sensitive name is still worth listing.
      if (name !== undefined && isSensitiveName(name)) context.notEvaluated(`container ${container} environment ${name}: ${value.reason}`, value.loc);
      return;
    }
    const text = value.kind === 'string' || value.kind === 'number' ? stringValue(value)! : undefined;
    if (text === undefined) return;
    const match = classifyEnvironmentValue(name, text);
    if (!match) return;
    context.report({
      loc: value.loc,
      attributePath: `container_definitions[${container}].environment[${label}]`,
      severity: match.severity,
      message: `Container "${container}" sets environment variable ${name ?? `#${index}`} to ${match.what} in plaintext ${redactedPreview(text)}.`,
    });
  });
}

/** A map of name -> literal (`dockerLabels`, driver `options`): judged like environment entries. */
function checkNamedValues(container: string, path: string, value: Value, context: RuleContext): void {
  if (value.kind !== 'object') return checkFormatsIn(container, path, value, context);
  for (const [name, entry] of value.entries) {
    const v = entry.value;
    const text = v.kind === 'string' || v.kind === 'number' ? stringValue(v) : undefined;
    if (text === undefined) continue;
    const match = classifyEnvironmentValue(name, text);
    if (!match) continue;
    context.report({
      loc: v.loc,
      attributePath: `container_definitions[${container}].${path}[${name}]`,
      severity: match.severity,
      message: `Container "${container}" sets ${path} ${name} to ${match.what} in plaintext ${redactedPreview(text)}.`,
    });
  }
}

/** `command` / `entryPoint`: `--password=…`, a credential, or the value after a flag that names a secret. */
function checkArguments(container: string, path: string, value: Value, context: RuleContext): void {
  if (value.kind !== 'list') return checkFormatsIn(container, path, value, context);
  const texts = value.items.map((item) => (item.kind === 'string' ? item.value : ''));
  for (const index of secretArguments(texts)) {
    const item = value.items[index]!;
    const text = texts[index]!;
    const assignment = /^-{0,2}([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/s.exec(text);
    const flag = index > 0 && /^-{1,2}[A-Za-z]/.test(texts[index - 1]!) ? texts[index - 1]!.replace(/^-+/, '') : undefined;
    const secret = assignment ? assignment[2]! : text;
    // Drift hides anything that may be a secret; the rule reports only what classifies as one (placeholders do not).
    const match = classifyEnvironmentValue(assignment ? assignment[1] : flag, secret);
    if (!match) continue;
    context.report({
      loc: item.loc,
      attributePath: `container_definitions[${container}].${path}[${index}]`,
      severity: match.severity,
      message: `Container "${container}" passes ${match.what} in plaintext as ${path} argument ${index + 1} ${redactedPreview(secret)}.`,
    });
  }
}

/** Credential formats anywhere else in the container (command, entryPoint, dockerLabels, log options, secrets …). */
function checkFormatsIn(container: string, path: string, value: Value, context: RuleContext): void {
  if (value.kind === 'string') {
    const what = isSecretStoreArn(value.value) ? undefined : credentialFormat(value.value);
    if (what) {
      context.report({
        loc: value.loc,
        attributePath: `container_definitions[${container}].${path}`,
        severity: 'critical',
        message: `Container "${container}" has ${what} in plaintext in ${path} ${redactedPreview(value.value)}.`,
      });
    }
  } else if (value.kind === 'list') {
    value.items.forEach((item, index) => {
      const itemName = item.kind === 'object' ? presentMember(item, 'name') : undefined;
      const key = itemName?.kind === 'string' ? itemName.value : String(index);
      checkFormatsIn(container, `${path}[${key}]`, item, context);
    });
  } else if (value.kind === 'object') {
    for (const [key, entry] of value.entries) checkFormatsIn(container, `${path}.${key}`, entry.value, context);
  }
}

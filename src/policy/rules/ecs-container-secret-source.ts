import type { Rule, RuleContext } from '../rule.js';
import type { Value } from '../../terraform/values.js';
import { checkableContainers, presentMember } from './checkable-containers.js';
import { credentialFormat, looksLikeRandomToken, redactedPreview } from '../secret-detector.js';

const SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:\S+$/;
const SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/\S+$/;
// SSM parameter names: letters, digits, `_ . -`, and `/` for hierarchies
// (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-parameter-name-constraints.html).
// A bare name is valid: ECS resolves it in the task's own region.
const SSM_PARAMETER_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
// repositoryCredentials also takes a Secrets Manager secret name in the same region, which may contain `+ = @`.
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]+$/;

type SourceField = 'valueFrom' | 'credentialsParameter';

/** Why a secret reference is not one, or `undefined` when it is a Secrets Manager or SSM reference. */
export function secretSourceProblem(text: string, field: SourceField): string | undefined {
  const v = text.trim();
  if (v === '') return 'is empty';
  if (SECRETS_MANAGER_ARN.test(v) || SSM_PARAMETER_ARN.test(v)) return undefined;
  // Checked before names: AKIA… keys and random tokens are also valid parameter names.
  const format = credentialFormat(v);
  if (format) return `holds what looks like ${format} itself ${redactedPreview(text)}, not a reference to one`;
  if (looksLikeRandomToken(v)) return `holds what looks like a secret value itself ${redactedPreview(text)}, not a reference to one`;
  const arn = /^arn:[a-z-]*:([a-z0-9-]*):/.exec(v);
  if (arn) {
    if (arn[1] === 'secretsmanager' || arn[1] === 'ssm') return `is a malformed ${arn[1] === 'ssm' ? 'SSM parameter' : 'Secrets Manager'} ARN`;
    return `is an ARN of another service (${arn[1] || 'no service'}), not a Secrets Manager secret or SSM parameter`;
  }
  const url = /^([a-z][a-z0-9+.-]{0,15}):\/\//i.exec(v);
  if (url) return `is a URL (${url[1].toLowerCase()}://…), not a Secrets Manager secret or SSM parameter`;
  if (v.length <= 2048 && SSM_PARAMETER_NAME.test(v)) return undefined;
  if (field === 'credentialsParameter' && v.length <= 512 && SECRET_NAME.test(v)) return undefined;
  return 'is neither a Secrets Manager ARN nor an SSM parameter ARN or name';
}

export const ecsContainerSecretSource: Rule = {
  id: 'ecs-container-secret-source',
  severity: 'medium',
  title: 'Container secret does not come from Secrets Manager or SSM',
  description:
    'ECS injects `secrets` and private registry credentials only from Secrets Manager or SSM Parameter Store; anything else is a plaintext value in the wrong field or a reference ECS cannot resolve, so the task fails to start or the secret sits in the task definition.',
  fix: 'Point `valueFrom` (and `repositoryCredentials.credentialsParameter`) at a Secrets Manager secret ARN or an SSM parameter ARN or name, and move any value written there into that store.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const secrets = presentMember(c.object, 'secrets');
      if (secrets?.kind === 'unknown') context.notEvaluated(`container ${c.name} secrets: ${secrets.reason}`, secrets.loc);
      else if (secrets?.kind === 'list') {
        secrets.items.forEach((item, index) => {
          if (item.kind === 'unknown') return context.notEvaluated(`container ${c.name} secrets[${index}]: ${item.reason}`, item.loc);
          const name = presentMember(item, 'name');
          const label = name?.kind === 'string' ? name.value : `#${index}`;
          checkSource(presentMember(item, 'valueFrom'), 'valueFrom', `container_definitions[${c.name}].secrets[${label}].valueFrom`, `Secret ${label} of container "${c.name}"`, context);
        });
      }
      const credentials = presentMember(c.object, 'repositoryCredentials');
      if (credentials?.kind === 'unknown') context.notEvaluated(`container ${c.name} repositoryCredentials: ${credentials.reason}`, credentials.loc);
      else if (credentials) {
        checkSource(presentMember(credentials, 'credentialsParameter'), 'credentialsParameter', `container_definitions[${c.name}].repositoryCredentials.credentialsParameter`, `The registry credentials of container "${c.name}"`, context);
      }
    }
  },
};

function checkSource(value: Value | undefined, field: SourceField, attributePath: string, subject: string, context: RuleContext): void {
  if (!value) return;
  if (value.kind === 'unknown') return context.notEvaluated(`${attributePath}: ${value.reason}`, value.loc);
  if (value.kind !== 'string') return;
  const problem = secretSourceProblem(value.value, field);
  if (problem) context.report({ loc: value.loc, attributePath, message: `${subject}: ${field} ${problem}.` });
}

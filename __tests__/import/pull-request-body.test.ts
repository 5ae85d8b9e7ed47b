// The pure parts of `mode: import` (src/github/import-pull-request.ts): which folders an import may
// write, the branch name a cluster gets, and a body that no live name can inject into.
import { importBranchName, importFolder, renderImportPullRequestBody } from '../../src/github/import-pull-request.js';
import type { ImportResult } from '../../src/import/run-import.js';

describe('importFolder', () => {
  it.each([
    ['infra/imported/prod', 'infra/imported/prod'],
    ['./infra//imported/prod/', 'infra/imported/prod'],
    ['infra\\imported', 'infra/imported'],
    ['infra/x/../imported', 'infra/imported'],
  ])('%s -> %s', (input, folder) => expect(importFolder(input)).toBe(folder));

  it.each([
    ['', 'input `import-out` is required with mode import'],
    ['/etc', 'is an absolute path'],
    ['C:/work', 'is an absolute path'],
    ['.', 'the repository root cannot hold an import'],
    ['infra/..', 'the repository root cannot hold an import'],
    ['../elsewhere', 'is outside the repository'],
    ['infra/../../x', 'is outside the repository'],
    ['.github/workflows', 'is under .github/'],
    ['.git/hooks', 'is under .git/'],
  ])('refuses %j', (input, message) => expect(() => importFolder(input)).toThrow(message));
});

describe('importBranchName', () => {
  it('names the branch after the cluster, from a name or an ARN, and keeps it a valid ref', () => {
    expect(importBranchName(['prod'])).toBe('drift-guard/import-prod');
    expect(importBranchName(['arn:aws:ecs:eu-west-1:123456789012:cluster/prod'])).toBe('drift-guard/import-prod');
    expect(importBranchName(['web', 'batch', 'web'])).toBe('drift-guard/import-batch+web');
    expect(importBranchName(['a..b~c^d:e lock'])).toBe('drift-guard/import-a-b-c-d-e-lock');
    expect(importBranchName(['..'])).toBe('drift-guard/import-cluster');
  });
});

const result: ImportResult = {
  out: '/tmp/x',
  complete: false,
  imported: [{ address: 'aws_ecs_service.api', importId: 'prod/api', file: 'services.tf', line: 1 }],
  notImported: ['service @evil <!-- drift-guard:import:x --> [link](http://x) in cluster prod: not imported: gone'],
  secretsKeptOut: [],
  findings: [{ ruleId: 'ecs-container-privileged', severity: 'high', file: 'task_definitions.tf', line: 7, message: 'value AKIA-shaped would be here' }],
  notEvaluated: [],
  files: ['services.tf'],
  calls: {},
};

describe('renderImportPullRequestBody', () => {
  const body = renderImportPullRequestBody({ folder: 'infra/imported', clusters: ['prod'], region: 'eu-west-1', result, unownedModules: 'pending', branch: 'drift-guard/import-prod', owners: ['@acme/platform', 'ops@example.com'], codeowners: true });

  it('holds one marker, the findings by rule title (never the message), the owners, and says incomplete', () => {
    expect(body.match(/<!-- drift-guard:import:/g)).toHaveLength(1);
    expect(body).toContain('| high | [ecs-container-privileged](https://github.com/ecs-drift-guard/ecs-drift-guard/blob/main/docs/rules/ecs-container-privileged.md) ');
    expect(body).toContain('`infra/imported/task_definitions.tf:7`');
    expect(body).not.toContain('AKIA-shaped');
    expect(body).toContain('CODEOWNERS of `infra/imported/` on the base branch: @acme/platform, `ops@example.com`.');
    expect(body).toContain('**Incomplete:** 1 thing(s) could not be imported');
  });

  it('escapes live names: no mention, no hidden marker, no link', () => {
    const line = body.split('\n').find((l) => l.includes('evil'))!;
    expect(line).not.toMatch(/@evil|<!--|[^\\]\]\(http/);
    expect(line).toContain('\\[link\\](http://x)');
  });
});

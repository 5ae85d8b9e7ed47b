import { findChangedModules, type PullRequestFile } from '../../src/github/changed-files.js';
import type { ConfigurationModel } from '../../src/terraform/model.js';

function configuration(): Pick<ConfigurationModel, 'moduleDirs' | 'moduleCalls' | 'moduleFiles'> {
  const loc = { file: 'x.tf', line: 1, endLine: 1 };
  return {
    moduleDirs: ['.', 'envs/prod', 'envs/dev', 'modules/service', 'modules/task', 'modules/unrelated'],
    moduleCalls: [
      { name: 'module.svc', callerDir: 'envs/prod', sourceDir: 'modules/service', loc },
      { name: 'module.svc', callerDir: 'envs/dev', sourceDir: 'modules/service', loc },
      { name: 'module.task', callerDir: 'modules/service', sourceDir: 'modules/task', loc },
    ],
    moduleFiles: new Map([
      ['.', ['main.tf']],
      ['envs/prod', ['envs/prod/main.tf', 'envs/prod/prod.tfvars']],
      ['envs/dev', ['envs/dev/main.tf']],
      ['modules/service', ['modules/service/main.tf']],
      ['modules/task', ['modules/task/main.tf', 'modules/task/containers.json']],
      ['modules/unrelated', ['modules/unrelated/main.tf']],
    ]),
  };
}

const file = (filename: string, status: PullRequestFile['status'] = 'modified', extra: Partial<PullRequestFile> = {}): PullRequestFile => ({
  filename,
  status,
  ...extra,
});

describe('findChangedModules', () => {
  it('finds a module whose file()-read JSON changed and every caller, transitively', () => {
    const result = findChangedModules([file('modules/task/containers.json')], configuration());
    expect(result.modules).toEqual(['envs/dev', 'envs/prod', 'modules/service', 'modules/task']);
    expect(result.reasons.get('modules/task')).toBe('reads modules/task/containers.json');
    expect(result.reasons.get('envs/prod')).toBe('calls changed module modules/service');
    expect(result.terraformChanged).toBe(true);
    expect(result.deletedModules).toEqual([]);
  });

  it('finds the root module and tfvars changes, and ignores non-Terraform files', () => {
    const result = findChangedModules([file('main.tf'), file('envs/prod/prod.tfvars'), file('README.md')], configuration());
    expect(result.modules).toEqual(['.', 'envs/prod']);
  });

  it('reports no Terraform change for docs-only pull requests', () => {
    const result = findChangedModules([file('README.md'), file('src/app.ts', 'added')], configuration());
    expect(result).toMatchObject({ modules: [], deletedModules: [], terraformChanged: false });
  });

  it('reports deleted modules separately and does not scan them', () => {
    const result = findChangedModules(
      [file('modules/old/main.tf', 'removed'), file('modules/old/variables.tf', 'removed')],
      configuration(),
    );
    expect(result.deletedModules).toEqual(['modules/old']);
    expect(result.modules).toEqual([]);
    expect(result.terraformChanged).toBe(true);
  });

  it('counts both sides of a rename', () => {
    const result = findChangedModules(
      [file('modules/unrelated/main.tf', 'renamed', { previous_filename: 'modules/gone/main.tf' })],
      configuration(),
    );
    expect(result.modules).toEqual(['modules/unrelated']);
    expect(result.deletedModules).toEqual(['modules/gone']);
  });

  it('does not report a folder as deleted when one of its files is removed but it is still a module', () => {
    const result = findChangedModules([file('modules/task/old.tf', 'removed')], configuration());
    expect(result.deletedModules).toEqual([]);
    expect(result.modules).toContain('modules/task');
  });
});

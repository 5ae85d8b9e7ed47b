import { selectGuardedModules } from '../../src/ownership/guarded-modules.js';

const configuration = {
  moduleFiles: new Map([
    ['modules/ecs', ['modules/ecs/main.tf', 'modules/ecs/containers.json']],
    ['services/api', ['services/api/main.tf']],
    ['network', ['network/main.tf']],
  ]),
  resources: [
    { moduleDir: 'modules/ecs', type: 'aws_ecs_task_definition' },
    { moduleDir: 'services/api', type: 'aws_s3_bucket' },
    { moduleDir: 'network', type: 'aws_vpc' },
  ],
  imports: [],
  moduleCalls: [{ name: 'module.svc', callerDir: 'services/payments', sourceDir: 'modules/ecs', loc: { file: 'services/payments/main.tf', line: 1, endLine: 1 } }],
} as never;

const base = {
  configuration,
  modulesWithFindings: new Set(['network']),
  configFile: '.github/drift-guard.yml',
};

test('ecs (default): changed modules declaring ECS resources; a JSON file a module reads counts', () => {
  const guarded = selectGuardedModules({
    ...base,
    setting: 'ecs',
    changedModules: ['modules/ecs', 'services/api', 'network'],
    changedPaths: ['modules/ecs/containers.json', 'services/api/main.tf', 'network/main.tf'],
  });
  expect(guarded).toEqual([{ dir: 'modules/ecs', changedFiles: ['modules/ecs/containers.json'] }]);
});

test('a caller listed only because its module changed is not guarded itself', () => {
  const guarded = selectGuardedModules({ ...base, setting: 'all', changedModules: ['modules/ecs', 'services/api'], changedPaths: ['modules/ecs/main.tf'] });
  expect(guarded.map((g) => g.dir)).toEqual(['modules/ecs']);
});

test('all and findings settings; the config file is always guarded', () => {
  const args = { changedModules: ['modules/ecs', 'network'], changedPaths: ['modules/ecs/main.tf', 'network/main.tf', '.github/drift-guard.yml'] };
  expect(selectGuardedModules({ ...base, ...args, setting: 'all' }).map((g) => g.dir)).toEqual(['modules/ecs', 'network', '.github/drift-guard.yml']);
  expect(selectGuardedModules({ ...base, ...args, setting: 'findings' }).map((g) => g.dir)).toEqual(['network', '.github/drift-guard.yml']);
});

test('ecs: a module that calls a shared ECS module is guarded when its own files change', () => {
  const guarded = selectGuardedModules({ ...base, setting: 'ecs', changedModules: ['services/payments', 'modules/ecs'], changedPaths: ['services/payments/main.tf'] });
  expect(guarded).toEqual([{ dir: 'services/payments', changedFiles: ['services/payments/main.tf'] }]);
});

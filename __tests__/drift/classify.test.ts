import { describe, expect, it } from '@jest/globals';
import { classifyDifference, parseIgnoreChanges, pathPatternSegments, ruleMatches, type ClassificationContext } from '../../src/drift/classify.js';
import type { PathSegment, RawDifference } from '../../src/drift/compare.js';

const seg = (path: string): PathSegment[] => {
  // Test shorthand: `a.b[k].c` -> fields a, b, keyed k, field c.
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/\[([^\]]+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? { name: m[1], keyed: true } : { name: m[2], keyed: false });
  return out;
};
const raw = (path: string, expected: unknown = 1, actual: unknown = 2): RawDifference => ({ segments: seg(path), expected, actual });
const context = (over: Partial<ClassificationContext> = {}): ClassificationContext => ({
  resourceType: 'aws_ecs_service', address: 'aws_ecs_service.api', ignoreChanges: [], expected: [], ignore: [], ...over,
});

describe('security and config', () => {
  it.each([
    ['task_definition.container_definitions[app].image', 'security'],
    ['container_definitions[app].privileged', 'security'],
    ['container_definitions[app].user', 'security'],
    ['container_definitions[app].environment[X]', 'security'],
    ['container_definitions[app].secrets[X]', 'security'],
    ['container_definitions[sidecar]', 'security'],
    ['task_role_arn', 'security'],
    ['network_configuration.assign_public_ip', 'security'],
    ['network_configuration.security_groups', 'security'],
    ['enable_execute_command', 'security'],
    ['pid_mode', 'security'],
    ['volume[data].host_path', 'security'],
    ['desired_count', 'config'],
    ['tags[image]', 'config'],
    ['container_definitions[app].logConfiguration.logDriver', 'config'],
    ['deployment_maximum_percent', 'config'],
  ])('%s is %s', (path, expected) => {
    expect(classifyDifference(raw(path), context({ resourceType: 'aws_ecs_task_definition' })).class).toBe(expected);
  });
});

describe('expected', () => {
  it('desired_count under autoscaling', () => {
    expect(classifyDifference(raw('desired_count', 2, 5), context({ autoscalingTarget: 'aws_appautoscaling_target.api' }))).toEqual({
      path: 'desired_count', expected: 2, actual: 5, class: 'expected', why: 'Application Auto Scaling sets the desired count (aws_appautoscaling_target.api)',
    });
    expect(classifyDifference(raw('desired_count'), context()).class).toBe('config');
  });

  it('task definition and load balancer under CODE_DEPLOY or EXTERNAL, not under ECS', () => {
    for (const controller of ['CODE_DEPLOY', 'EXTERNAL']) {
      expect(classifyDifference(raw('task_definition.container_definitions[app].image'), context({ deploymentController: controller })).class).toBe('expected');
      expect(classifyDifference(raw('load_balancer[app:80].target_group_arn'), context({ deploymentController: controller })).class).toBe('expected');
    }
    expect(classifyDifference(raw('task_definition'), context({ deploymentController: 'ECS' })).class).toBe('config');
  });

  it('lifecycle.ignore_changes entries and all', () => {
    const ignoreChanges = parseIgnoreChanges('[task_definition, tags["Owner"], network_configuration[0].assign_public_ip]');
    expect(ignoreChanges).toEqual([['task_definition'], ['tags', 'Owner'], ['network_configuration', 'assign_public_ip']]);
    const c = context({ ignoreChanges });
    expect(classifyDifference(raw('task_definition.container_definitions[app].image'), c)).toMatchObject({ class: 'expected', why: 'listed in lifecycle.ignore_changes (task_definition)' });
    expect(classifyDifference(raw('tags[Owner]'), c).class).toBe('expected');
    expect(classifyDifference(raw('tags[Team]'), c).class).toBe('config');
    expect(classifyDifference(raw('network_configuration.assign_public_ip'), c).class).toBe('expected');
    expect(classifyDifference(raw('network_configuration.subnets'), c).class).toBe('security');
    expect(classifyDifference(raw('image'), context({ ignoreChanges: parseIgnoreChanges('all') })).class).toBe('expected');
  });

  it('config expected: rules with wildcards', () => {
    const rule = { resourceType: 'aws_ecs_task_definition', path: 'container_definitions.*.image', reason: 'images roll out through the pipeline' };
    const c = context({ resourceType: 'aws_ecs_task_definition', address: 'module.a.aws_ecs_task_definition.x', expected: [rule] });
    expect(classifyDifference(raw('container_definitions[app].image'), c)).toMatchObject({ class: 'expected', why: 'config expected rule: images roll out through the pipeline' });
    expect(classifyDifference(raw('container_definitions[app].user'), c).class).toBe('security');
    expect(ruleMatches({ address: 'module.a.*', path: 'tags' }, 'aws_x', 'module.a.aws_x.y["k"]', seg('tags[Owner]'))).toBe(true);
    expect(ruleMatches({ address: 'module.b.*', path: 'tags' }, 'aws_x', 'module.a.aws_x.y', seg('tags[Owner]'))).toBe(false);
    expect(ruleMatches({ path: 'tags.team-*' }, 'aws_x', 'a', seg('tags[team-a]'))).toBe(true);
  });
});

describe('ignored', () => {
  it('config ignore rules win over everything', () => {
    const c = context({ ignore: [{ path: 'desired_count' }], autoscalingTarget: 'x' });
    expect(classifyDifference(raw('desired_count'), c)).toMatchObject({ class: 'ignored', why: 'config ignore rule for desired_count' });
  });

  it('runtime fields', () => {
    expect(classifyDifference(raw('stability_status', 'STEADY_STATE', 'STABILIZING'), context({ resourceType: 'aws_ecs_task_set' })).class).toBe('ignored');
    expect(classifyDifference(raw('desired_count', 0, 4), context({ schedulingStrategy: 'DAEMON' })).class).toBe('ignored');
  });
});

describe('parsing', () => {
  it('ignore_changes forms', () => {
    expect(parseIgnoreChanges(undefined)).toEqual([]);
    expect(parseIgnoreChanges('[]')).toEqual([]);
    expect(parseIgnoreChanges('["desired_count"]')).toEqual([['desired_count']]);
    expect(parseIgnoreChanges('[\n  desired_count,\n  task_definition,\n]')).toEqual([['desired_count'], ['task_definition']]);
  });

  it('path patterns', () => {
    expect(pathPatternSegments('container_definitions[*].environment["X.Y"]')).toEqual(['container_definitions', '*', 'environment', 'X.Y']);
  });
});

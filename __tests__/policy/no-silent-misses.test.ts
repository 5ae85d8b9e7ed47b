// No silent misses: every (resource instance, rule) pair ends as a finding, a pass or a
// not-evaluated entry. A pass is not legitimate when the rule looked at a value that failed to
// evaluate (an attribute that does not exist, a wrong type: an UnknownValue with `error`) and
// then neither reported nor recorded "not evaluated": it passed on something it could not read.
// (Values known only at apply, such as `aws_iam_role.task.arn`, are legitimately read by rules
// that only need to know they are references.) Every rule fixture and every module fixture is
// scanned with each rule's reads watched.
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { allRules } from '../../src/policy/rules/index.js';
import type { RuleContext } from '../../src/policy/rule.js';
import type { ResourceModel } from '../../src/terraform/model.js';
import type { UnknownValue } from '../../src/terraform/values.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const MODULE_FIXTURES = join(import.meta.dirname, 'fixtures-modules');

function fixtureCases(): [string, string][] {
  const cases: [string, string][] = [];
  for (const rule of readdirSync(FIXTURES)) {
    for (const name of readdirSync(join(FIXTURES, rule))) if (name !== 'expected.json' && !name.startsWith('.')) cases.push([`${rule}/${name}`, join(FIXTURES, rule, name)]);
  }
  for (const name of readdirSync(MODULE_FIXTURES)) cases.push([`fixtures-modules/${name}`, join(MODULE_FIXTURES, name)]);
  return cases;
}

/** Wraps a value tree so that reading `kind` of an unknown value is recorded. */
function watch<T>(root: T, seen: UnknownValue[]): T {
  const wrappers = new WeakMap<object, unknown>();
  const wrap = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const existing = wrappers.get(v as object);
    if (existing) return existing;
    let proxy: unknown;
    if (v instanceof Map) {
      proxy = new Proxy(v, {
        get(target, prop) {
          if (prop === 'get') return (k: unknown) => wrap(target.get(k));
          if (prop === 'values') return function* () { for (const x of target.values()) yield wrap(x); };
          if (prop === 'entries' || prop === Symbol.iterator) return function* () { for (const [k, x] of target) yield [k, wrap(x)]; };
          if (prop === 'forEach') return (f: (x: unknown, k: unknown) => void) => target.forEach((x, k) => f(wrap(x), k));
          const r = Reflect.get(target, prop, target);
          return typeof r === 'function' ? r.bind(target) : r;
        },
      });
    } else {
      proxy = new Proxy(v as object, {
        get(target, prop, receiver) {
          if (prop === 'kind' && (target as { kind?: string }).kind === 'unknown' && (target as UnknownValue).error) seen.push(target as UnknownValue);
          return wrap(Reflect.get(target, prop, receiver === proxy ? target : receiver));
        },
      });
    }
    wrappers.set(v as object, proxy);
    return proxy;
  };
  return wrap(root) as T;
}

test.each(fixtureCases())('%s: no rule passes a resource on a value it could not know', async (_name, path) => {
  const repo = mkdtempSync(join(tmpdir(), 'edg-silent-'));
  try {
    if (statSync(path).isDirectory()) cpSync(path, repo, { recursive: true });
    else cpSync(path, join(repo, path.split('/').pop()!));
    const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
    const silent: string[] = [];
    for (const resource of model.resources) {
      if (resource.mode !== 'managed') continue;
      for (const rule of allRules) {
        if (!rule.resourceTypes.includes(resource.type) || !rule.check) continue;
        let outcome = 0;
        const context: RuleContext = { model, report: () => { outcome++; }, notEvaluated: () => { outcome++; } };
        const seen: UnknownValue[] = [];
        rule.check(watch<ResourceModel>(resource, seen), context);
        if (outcome === 0 && seen.length > 0) silent.push(`${resource.address} × ${rule.id}: passed although it read an unknown value (${seen[0].reason} at ${seen[0].loc.file}:${seen[0].loc.line})`);
      }
    }
    expect(silent).toEqual([]);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

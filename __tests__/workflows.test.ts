// examples/workflows/*.yml are the README's examples: valid workflows (GitHub's own parser) that
// use only this action's real inputs, each with a permissions block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'examples', 'workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };

interface Step { uses?: string; with?: Record<string, unknown> }

test('the parser rejects an invalid workflow (so the checks below can fail)', () => {
  const result = parseWorkflow({ name: 'bad.yml', content: 'on: pusj\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n' }, new NoOperationTraceWriter());
  expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
});

test('there are example workflows', () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
});

describe.each(files)('%s', (file) => {
  const content = readFileSync(join(DIR, file), 'utf8');

  test('parses without errors with GitHub\'s workflow parser', () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  test('uses only real inputs of this action and declares permissions', () => {
    const wf = parse(content) as { permissions?: unknown; jobs: Record<string, { steps: Step[]; permissions?: unknown }> };
    let uses = 0;
    for (const job of Object.values(wf.jobs)) {
      expect(wf.permissions ?? job.permissions).toBeDefined();
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('ecs-drift-guard/ecs-drift-guard@')) continue;
        uses++;
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
      }
    }
    expect(uses).toBeGreaterThan(0);
  });

  test('appears verbatim in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(content.trim());
  });
});

import { renderMarkdownReport } from '../../src/report/markdown.js';
import { MarkdownDocument } from '../../src/report/markdown-document.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { expectGolden } from './golden.js';
import { finding, fullReport, meta } from './fixture-report.js';

const links = (file: string, line: number): string => `https://github.com/acme/infra/blob/0123abc/${file}#L${line}`;

// GitHub's mention pattern: `@` + name after a non-word character.
const MENTION = /(^|[^\w])@[A-Za-z0-9][A-Za-z0-9-]*/;

/** The text outside code spans (GitHub renders code spans literally). */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?\1/g, '');
}

function unescapedPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

/** Every table keeps one column count across its header, delimiter and rows. */
function expectTablesIntact(markdown: string): void {
  let columns: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = null;
      continue;
    }
    const pipes = unescapedPipes(line);
    if (columns === null) columns = pipes;
    expect({ line, pipes }).toEqual({ line, pipes: columns });
  }
}

describe('renderMarkdownReport', () => {
  test('golden: full report with links', () => {
    expectGolden('report.md', renderMarkdownReport(fullReport(), meta(), { links }));
  });

  test('golden: full report without links', () => {
    expectGolden('report-nolinks.md', renderMarkdownReport(fullReport(), meta()));
  });

  test('golden: empty report passes', () => {
    expectGolden('report-empty.md', renderMarkdownReport(emptyReport(), meta()));
  });

  test('verdict follows failOn', () => {
    expect(renderMarkdownReport(fullReport(), meta())).toContain('❌ **Failed**: 6 findings or drifted resources at or above `high`.');
    expect(renderMarkdownReport(fullReport(), meta({ failOn: 'critical' }))).toContain('❌ **Failed**: 1 finding or drifted resource at or above `critical`.');
    // The fixture could not check everything: with nothing blocking it is incomplete, never passed.
    const none = renderMarkdownReport(fullReport(), meta({ failOn: 'none' }));
    expect(none).not.toContain('✅ **Passed**');
    expect(none).toContain('⛔ **Incomplete**: not everything could be checked, so this run does not pass: 1 file could not be read, 1 resource could not be verified, 2 values not evaluated (listed below).');
    expect(renderMarkdownReport(fullReport(), meta({ failOn: 'none', allowIncomplete: true }))).toContain('⚠️ **Incomplete, accepted by `allow-incomplete`**');
    expect(renderMarkdownReport(fullReport(), meta())).toContain('⚠️ **Also incomplete**: 1 file could not be read');
    expect(renderMarkdownReport(emptyReport(), meta({ failOn: 'none' }))).toContain('✅ **Passed**');
  });

  test('hostile names cannot mention, inject HTML or markers, or break tables', () => {
    const md = renderMarkdownReport(fullReport(), meta(), { links });
    expect(outsideCode(md)).not.toMatch(MENTION);
    expect(md).not.toContain('<!-- drift-guard');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    expect(md).toContain('\\[click\\](https://evil.example)');
    expectTablesIntact(md);
    // Only the renderer's own tags remain.
    const tags = new Set(outsideCode(md).match(/<\/?[a-z]+/g));
    expect([...tags].sort()).toEqual(['</details', '</summary', '<br', '<details', '<summary']);
  });

  test('custom title, escaped', () => {
    const md = renderMarkdownReport(emptyReport(), meta(), { title: 'Drift for @acme/prod <b>' });
    expect(md.split('\n')[0]).toBe('## Drift for @\u200dacme/prod &lt;b&gt;');
  });

  test('owners are shown without pinging them', () => {
    const md = renderMarkdownReport(fullReport(), meta());
    expect(md).toContain('@\u200dacme/api-team');
    expect(md).not.toMatch(/@acme\//);
  });

  test('expiring: within 14 days of now, counted in days', () => {
    const report = fullReport();
    report.findings = [
      finding({ ruleId: 'ecs-container-privileged', startLine: 1, suppressed: { kind: 'config', until: '2025-06-01', reason: 'r', owner: '@o' } }),
      finding({ ruleId: 'ecs-container-privileged', startLine: 2, suppressed: { kind: 'config', until: '2025-06-15', reason: 'r', owner: '@o' } }),
      finding({ ruleId: 'ecs-container-privileged', startLine: 3, suppressed: { kind: 'config', until: '2025-06-16', reason: 'r', owner: '@o' } }),
    ];
    const md = renderMarkdownReport(report, meta());
    expect(md).toContain('### Exceptions expiring within 14 days (2)');
    expect(md).toContain('2025-06-01 (today)');
    expect(md).toContain('2025-06-15 (in 14 days)');
    expect(md).not.toContain('2025-06-16 (in');
  });

  test('drift lists security differences before config ones', () => {
    const md = renderMarkdownReport(fullReport(), meta());
    const row = md.split('\n').find((l) => l.includes('module.api.aws_ecs_service.api'))!;
    expect(row.indexOf('**security**')).toBeLessThan(row.indexOf('**config**'));
    expect(row.indexOf('**config**')).toBeLessThan(row.indexOf('**expected**'));
  });

  test('javascript: links from a caller are dropped, not rendered', () => {
    const md = renderMarkdownReport(fullReport(), meta(), { links: () => 'javascript:alert(1)' });
    expect(md).not.toContain('javascript:');
    expect(md).toContain('modules/api/main.tf:24');
  });
});

function bigReport(n: number): Report {
  const report = fullReport();
  for (let i = 0; i < n; i++) {
    report.findings.push(finding({
      ruleId: i % 2 ? 'ecs-container-privileged' : 'ecs-container-root-user',
      module: `modules/svc-${i % 7}`,
      file: `modules/svc-${i % 7}/main.tf`,
      startLine: 10 + i,
      endLine: 10 + i,
      resource: `aws_ecs_task_definition.t${i}`,
      message: `Container "c${i}" has a problem with \`code ${i}\` and | pipes @user${i}.`,
      suppressed: i % 5 === 0 ? { kind: 'config', until: '2026-01-01', reason: `reason ${i}`, owner: '@acme/team' } : null,
    }));
  }
  return report;
}

describe('truncation', () => {
  const report = bigReport(400);
  const full = renderMarkdownReport(report, meta(), { links });
  const fullLines = new Set(full.split('\n'));

  test('no truncation when it fits', () => {
    expect(renderMarkdownReport(report, meta(), { links, maxLength: full.length })).toBe(full);
    expect(full).not.toContain('Report truncated');
  });

  test.each([65536, 20000, 12345, 5000, 3001, 1500, 900])('cut safely under %i characters', (maxLength) => {
    expect(full.length).toBeGreaterThan(maxLength);
    const md = renderMarkdownReport(report, meta(), { links, maxLength });
    expect(md.length).toBeLessThanOrEqual(maxLength);
    const noteAt = md.indexOf('\n> [!WARNING]\n> Report truncated to fit');
    expect(noteAt).toBeGreaterThan(0);
    const body = md.slice(0, noteAt);
    // Whole lines only: no table row, code span or link was cut.
    for (const line of body.split('\n')) expect(fullLines.has(line)).toBe(true);
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expectTablesIntact(md);
    expect(md).toMatch(/not shown\. The JSON report/);
  });

  test('the note counts what was left out', () => {
    const md = renderMarkdownReport(report, meta(), { links, maxLength: 5000 });
    const omitted = Number(/(\d+) more rows/.exec(md)![1]);
    const shownRows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity |') && !l.startsWith('| Rule |') && !l.startsWith('| Resource |') && !l.startsWith('| File |')).length;
    const allRows = full.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity |') && !l.startsWith('| Rule |') && !l.startsWith('| Resource |') && !l.startsWith('| File |')).length;
    // The severity count table in the header is not a row piece: 4 rows.
    expect(omitted).toBe(allRows - shownRows);
  });

  test('a cut inside <details> still closes it', () => {
    const start = full.indexOf('<summary>Suppressed findings');
    const md = renderMarkdownReport(report, meta(), { links, maxLength: start + 3000 });
    expect(md).toContain('<summary>Suppressed findings');
    expect(md).toMatch(/<\/details>\n\n\n> \[!WARNING\]/);
  });

  test('a maximum smaller than the note still respects the limit', () => {
    const md = renderMarkdownReport(report, meta(), { maxLength: 40 });
    expect(md.length).toBeLessThanOrEqual(40);
  });
});

describe('MarkdownDocument', () => {
  test('nested open/close pieces are closed in reverse order when cut', () => {
    const doc = new MarkdownDocument()
      .add('start\n')
      .open('<details>\n', '</details>\n')
      .open('```\n', '```\n')
      .row('x'.repeat(50) + '\n')
      .row('y'.repeat(50) + '\n')
      .close()
      .close();
    const full = doc.render();
    expect(full).toBe(`start\n<details>\n\`\`\`\n${'x'.repeat(50)}\n${'y'.repeat(50)}\n\`\`\`\n</details>\n`);
    const cut = doc.render({ maxLength: 130, truncationNote: (n) => `[${n} omitted]` });
    expect(cut).toBe(`start\n<details>\n\`\`\`\n${'x'.repeat(50)}\n\`\`\`\n</details>\n[1 omitted]`);
  });
});

// One severity presentation (issue 15): review comments, the Markdown report (job summary) and the
// terminal show the same emoji and label; the PR said 🟠 High where the job summary said 🔴 high.
import { renderReviewComment } from '../../src/github/review.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { SEVERITY_EMOJI, severityLabel, severityLegend } from '../../src/report/severity-presentation.js';
import { SEVERITIES } from '../../src/report/model.js';
import { fullReport, meta, RULES } from './fixture-report.js';

// Every way a severity was ever shown, current or not: none may appear beside the one label.
const OTHER_FORMS = /🟣|(?:🔴|🟠|🟡|🔵) (?:critical|high|medium|low)\b|\b(?:CRITICAL|HIGH|MEDIUM|LOW)\b/;

describe('one severity presentation', () => {
  it('has one distinct emoji and label per severity', () => {
    expect(new Set(SEVERITIES.map((s) => SEVERITY_EMOJI[s])).size).toBe(SEVERITIES.length);
    expect((['critical', 'high', 'medium', 'low'] as const).map(severityLabel)).toEqual(['🔴 Critical', '🟠 High', '🟡 Medium', '🔵 Low']);
    expect(severityLegend()).toBe('🔴 Critical · 🟠 High · 🟡 Medium · 🔵 Low');
  });

  const report = fullReport();
  const outputs: Record<string, string> = {
    markdown: renderMarkdownReport(report, meta()),
    text: renderText(report, meta(), { color: false }),
    review: renderReviewComment(report.findings, new Map(RULES.map((r) => [r.id, r]))).body,
  };

  it.each(Object.keys(outputs))('%s shows each finding with its label, in no other form', (name) => {
    const text = outputs[name];
    for (const f of report.findings.filter((x) => !x.suppressed)) expect([name, f.severity, text.includes(severityLabel(f.severity))]).toEqual([name, f.severity, true]);
    expect(text.match(OTHER_FORMS)?.[0] ?? null).toBeNull();
  });
});

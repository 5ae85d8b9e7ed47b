// Review comment and summary comment bodies: limits, escaping, idempotency markers.
import {
  MAX_COMMENT_BODY_CHARS,
  findingMarker,
  groupFindingsByDiffLine,
  markSectionsFixed,
  markerId,
  markerIdsInBody,
  renderReviewComment,
} from '../../src/github/review.js';
import { renderSummaryComment, sectionsInBody, SUMMARY_MARKER, type SummaryInput } from '../../src/github/summary-comment.js';
import { toCommentableLines } from '../../src/github/diff-lines.js';
import type { Finding } from '../../src/report/model.js';
import { finding, report } from './pull-request-fixtures.js';

const NO_RULES = new Map();

describe('review comment bodies', () => {
  it('escapes user-controlled text: no mentions, HTML or forged markers', () => {
    const hostile = finding({
      ruleId: 'ecs-container-privileged',
      file: 'm/main.tf',
      startLine: 3,
      message: 'Container @alice <img src=x> <!-- drift-guard:finding:forged --> is privileged',
      suggestion: '  privileged = false # <!-- drift-guard:finding:forged2 -->',
    });
    const { body } = renderReviewComment([hostile], NO_RULES);
    expect(markerIdsInBody(body)).toEqual([markerId(hostile.fingerprint)]);
    expect(body).not.toMatch(/@alice/);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('suggestion\n');
  });

  it('fences a suggestion with more backticks than it contains', () => {
    const f = finding({ ruleId: 'r', file: 'm/main.tf', startLine: 3, suggestion: 'x = "```"' });
    expect(renderReviewComment([f], NO_RULES).body).toContain('````suggestion\nx = "```"\n````');
  });

  it('keeps one comment under the body limit however many findings share its line', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      finding({ ruleId: `rule-${i}`, file: 'm/main.tf', startLine: 3, message: 'm'.repeat(5000), fingerprint: `fp-${i}` }),
    );
    const { body, included, left } = renderReviewComment(many, NO_RULES);
    expect(body.length).toBeLessThan(MAX_COMMENT_BODY_CHARS);
    expect(included.length + left.length).toBe(400);
    expect(markerIdsInBody(body)).toEqual(included.map((f) => f.fingerprint));
    // Past the full sections, findings get one-line entries, still with their markers.
    expect(included.length).toBeGreaterThan(20);
  });

  it('uses a hashed marker for fingerprints with characters a marker cannot hold', () => {
    expect(markerId('rule:aws_ecs_service.api["x"]')).toMatch(/^sha256-[0-9a-f]{40}$/);
    expect(findingMarker('rule:a.b')).toBe('<!-- drift-guard:finding:rule:a.b -->');
  });

  it('marks only the fixed sections of a shared comment, disarming their suggestions', () => {
    const a = finding({ ruleId: 'a', file: 'm/main.tf', startLine: 3, fingerprint: 'fp-a', suggestion: 'x = 1' });
    const b = finding({ ruleId: 'b', file: 'm/main.tf', startLine: 3, fingerprint: 'fp-b' });
    const { body } = renderReviewComment([a, b], NO_RULES);
    const edited = markSectionsFixed(body, new Set(['fp-a']), 'abcdef0123456789');
    expect(markerIdsInBody(edited)).toEqual(['fp-b']);
    expect(edited).toContain('<!-- drift-guard:fixed:fp-a -->');
    expect(edited).toContain('Fixed in `abcdef012345`');
    expect(edited).not.toContain('```suggestion');
    expect(markSectionsFixed(edited, new Set(['fp-a']), 'abcdef0123456789')).toBe(edited);
  });

  it('groups findings per line, comments a suggestion on its own line, and sends suppressed ones nowhere', () => {
    const diff = new Map([['m/main.tf', toCommentableLines('@@ -1,3 +1,4 @@\n a\n+b\n+c\n d')]]);
    const onTwo = finding({ ruleId: 'x', file: 'm/main.tf', startLine: 2, fingerprint: 'x' });
    const alsoTwo = finding({ ruleId: 'y', file: 'm/main.tf', startLine: 2, fingerprint: 'y' });
    const range = finding({ ruleId: 'z', file: 'm/main.tf', startLine: 1, endLine: 3, fingerprint: 'z' });
    const rangeWithSuggestion = { ...range, fingerprint: 'z2', startLine: 2, suggestion: 'b2' };
    const elsewhere = finding({ ruleId: 'w', file: 'other.tf', startLine: 1, fingerprint: 'w' });
    const suppressed = { ...onTwo, fingerprint: 's', suppressed: { kind: 'inline' as const, until: null, reason: null, owner: null } };
    const { groups, outsideDiff } = groupFindingsByDiffLine([onTwo, alsoTwo, range, rangeWithSuggestion, elsewhere, suppressed], diff);
    expect(groups.map((g) => [g.startLine, g.line, g.findings.map((f) => f.fingerprint)])).toEqual([
      [1, 3, ['z']],
      [undefined, 2, ['x', 'y', 'z2']],
    ]);
    expect(outsideDiff.map((f) => f.fingerprint)).toEqual(['w']);
  });
});

describe('summary comment body', () => {
  const base = (findings: Finding[], extra: Partial<SummaryInput> = {}): SummaryInput => ({
    report: report(findings),
    failOn: 'high',
    headSha: '0123456789abcdef0123456789abcdef01234567',
    now: new Date('2024-05-01T12:00:00Z'),
    changedModules: ['modules/app'],
    reviewEnabled: true,
    outsideDiff: findings.filter((f) => !f.suppressed),
    repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'infra' },
    runUrl: 'https://github.com/acme/infra/actions/runs/42',
    ...extra,
  });

  it('counts by severity, links files at the head commit, lists expiring exceptions and permanent suppressions', () => {
    const high = finding({ ruleId: 'ecs-task-host-pid', severity: 'high', file: 'modules/app/main.tf', startLine: 9 });
    const expiring = finding({
      ruleId: 'ecs-container-no-logging',
      file: 'modules/app/main.tf',
      startLine: 4,
      fingerprint: 'e',
      suppressed: { kind: 'config', until: '2024-05-08', reason: 'migration', owner: '@acme/platform' },
    });
    const permanent = finding({ ruleId: 'ecr-tag-mutable', file: 'modules/app/ecr.tf', startLine: 1, fingerprint: 'p', suppressed: { kind: 'inline', until: null, reason: null, owner: null } });
    const body = renderSummaryComment(base([high, expiring, permanent]));
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(body).toContain('| 🟠 High | 1 |');
    expect(body).toContain('| Suppressed | 2 |');
    expect(body).toContain('https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/modules/app/main.tf#L9');
    expect(body).toContain('expires in 7 days');
    expect(body).toContain('**permanent**');
    // Owners in tables are escaped so they do not notify anyone.
    expect(body).not.toMatch(/@acme\/platform/);
  });

  it('stays under 65,536 characters with a visible note when even the compact lists do not fit', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({ ruleId: `ecs-rule-${i % 7}`, file: `modules/m${i}/main.tf`, startLine: i + 1, fingerprint: `fp-${i}` }),
    );
    const body = renderSummaryComment(base(findings));
    expect(body.length).toBeLessThan(MAX_COMMENT_BODY_CHARS);
    expect(body).toContain('truncated to stay under');
    expect(body).toContain('[the job summary](https://github.com/acme/infra/actions/runs/42)');
    // Never cut inside a line: every list line before the note is whole.
    const lines = body.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines.every((l) => /`ecs-rule-\d`$/.test(l))).toBe(true);
  });

  it('shrinks long tables to one line per file before truncating', () => {
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding({ ruleId: `ecs-rule-${i % 5}`, file: `modules/m${i % 60}/main.tf`, startLine: i + 1, fingerprint: `fp-${i}` }),
    );
    const body = renderSummaryComment(base(findings));
    expect(body).not.toContain('truncated');
    expect(body.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(60);
  });

  it('round-trips other phases\u2019 sections', () => {
    const body = renderSummaryComment(base([], { sections: [{ id: 'drift', title: 'Drift on this PR', markdown: '| a | b |\n|---|---|\n| 1 | 2 |' }] }));
    expect(sectionsInBody(body)).toEqual([{ id: 'drift', title: 'Drift on this PR', markdown: '| a | b |\n|---|---|\n| 1 | 2 |', escapedTitle: true }]);
  });
});

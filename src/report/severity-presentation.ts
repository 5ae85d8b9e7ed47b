// How a severity looks wherever a person reads it: review comments, the summary comment, the job
// summary, Markdown reports and the terminal all show the same emoji and label (issue 15: the PR
// said 🟠 High where the job summary said 🔴 high). Drift differences use the severity they count
// as (DESIGN.md: security = high, config = medium).
import type { Severity } from './model.js';

export const SEVERITY_EMOJI: Readonly<Record<Severity, string>> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
export const SEVERITY_NAME: Readonly<Record<Severity, string>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** `🟠 High`. */
export function severityLabel(severity: Severity): string {
  return `${SEVERITY_EMOJI[severity]} ${SEVERITY_NAME[severity]}`;
}

/** `🔴 critical · 🟠 high · 🟡 medium · 🔵 low`, for legends. */
export function severityLegend(): string {
  return (['critical', 'high', 'medium', 'low'] as const).map((s) => `${SEVERITY_EMOJI[s]} ${SEVERITY_NAME[s]}`).join(' · ');
}

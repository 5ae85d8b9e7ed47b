// The event mode's account of each ECS call in the job summary: what was checked because of it,
// or why nothing was (the pipeline applying, the ECS agent, no state holds it, refused).
import type { EcsChangeCheck } from '../drift/check-ecs-changes.js';
import { escapeTableCell, inlineCode, truncateText } from './markdown-escape.js';

const OUTCOME_TEXT: Record<EcsChangeCheck['outcomes'][number]['outcome'], string> = {
  'checked': 'checked against the state',
  'unmanaged': 'created outside Terraform',
  'control-plane': 'control-plane change',
  'pipeline': 'the pipeline applying',
  'routine': 'routine',
  'not-managed': 'not managed here',
};

export function renderEventOutcomes(check: Pick<EcsChangeCheck, 'outcomes' | 'rejected' | 'duplicates'>): string {
  const lines = ['### ECS changes in this event', ''];
  if (check.outcomes.length > 0) {
    lines.push('| Time | Call | By | Outcome | Details |', '|---|---|---|---|---|');
    for (const o of check.outcomes) {
      const cell = (text: string) => escapeTableCell(truncateText(text, 300));
      lines.push(`| ${inlineCode(o.time, { table: true })} | ${inlineCode(o.name, { table: true })} | ${inlineCode(truncateText(o.principal, 200), { table: true })} | ${OUTCOME_TEXT[o.outcome]} | ${cell(o.detail)} |`);
    }
  } else {
    lines.push('No ECS change in this event was handled.');
  }
  if (check.rejected.length > 0) {
    lines.push('', `${check.rejected.length} event(s) refused:`, '', ...check.rejected.slice(0, 50).map((r) => `- ${r.id ? `${inlineCode(r.id)}: ` : `#${r.index + 1}: `}${escapeTableCell(truncateText(r.why, 300))}`));
  }
  if (check.duplicates > 0) lines.push('', `${check.duplicates} repeated deliveries of the same call(s) were ignored.`);
  return lines.join('\n') + '\n';
}

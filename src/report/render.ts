// Picks the renderer for the configured output format.
import { allRules } from '../policy/rules/index.js';
import type { FailLevel, Report } from './model.js';
import { renderJson } from './json.js';
import { renderMarkdownReport } from './markdown.js';
import { toRuleMeta, type RenderMeta } from './render-meta.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import { TOOL_VERSION } from '../version.js';

export function renderMetaFor(settings: { failOn: FailLevel; now: Date; mode?: string; shard?: { index: number; count: number }; repoRoot?: string; allowIncomplete?: boolean }): RenderMeta {
  return {
    toolVersion: TOOL_VERSION,
    rules: allRules.map(toRuleMeta),
    now: settings.now,
    failOn: settings.failOn,
    // The CLI's scan has no mode setting; drift passes its own.
    run: { mode: settings.mode ?? 'scan', shard: settings.shard, repoRoot: settings.repoRoot },
    allowIncomplete: settings.allowIncomplete === true,
  };
}

export function renderReport(
  report: Report,
  settings: { format: 'text' | 'json' | 'sarif' | 'markdown'; failOn: FailLevel; now: Date; mode?: string; shard?: { index: number; count: number }; repoRoot?: string; allowIncomplete?: boolean },
  options: { color: boolean },
): string {
  const meta = renderMetaFor(settings);
  switch (settings.format) {
    case 'json': return renderJson(report, meta);
    case 'sarif': return renderSarif(report, meta);
    case 'markdown': return renderMarkdownReport(report, meta);
    case 'text': return renderText(report, meta, { color: options.color });
  }
}

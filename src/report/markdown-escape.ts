// Escaping for user-controlled strings (resource names, paths, values, messages) placed into
// GitHub-flavoured Markdown: PR comments, issues, the job summary. The goal is that nothing a
// Terraform author writes can mention people, inject HTML or hidden markers, break a table, or
// turn into a link or an image.

// Invisible or direction-changing characters can hide text from reviewers (trojan-source style);
// C0/C1 controls can corrupt terminals and logs. U+200D is removed too, so the only zero-width
// joiners in the output are the ones inserted after `@`.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;

/** Zero-width joiner: GitHub's mention and team-mention matcher needs `@` directly followed by a name. */
export const MENTION_BREAKER = '\u200d';

/** Removes control, zero-width and bidirectional-override characters; tabs become spaces. */
export function stripInvisible(text: string): string {
  return text.replace(/\t/g, ' ').replace(INVISIBLE, '');
}

function breakMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${MENTION_BREAKER}`);
}

// `&` first so that entity-encoded input (`&#64;user`, `&lt;!--`) stays literal text.
function escapeHtmlChars(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Inline syntax: code spans, emphasis, links/images/footnotes (`[`), strikethrough, table
// pipes, GitHub math (`$`), and the backslash itself.
const INLINE_SYNTAX = /[\\`*_[\]~|$]/g;

// Block syntax only matters at the start of a line; the escaped text is always one line.
const LEADING_BLOCK_SYNTAX = /^(\s*)([#>+=-]|\d+[.)])/;

function escapeLine(line: string): string {
  const escaped = escapeHtmlChars(breakMentions(line)).replace(INLINE_SYNTAX, (c) => `\\${c}`);
  return escaped.replace(LEADING_BLOCK_SYNTAX, (_all, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/**
 * Escapes `text` for use as plain inline text in Markdown (paragraphs, list items, headings,
 * link labels). The result is a single line: line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return escapeLine(stripInvisible(String(text)).replace(LINE_BREAKS, ' '));
}

/** Escapes `text` for a GFM table cell: like `escapeMarkdown`, with line breaks kept as `<br>`. */
export function escapeTableCell(text: string): string {
  return stripInvisible(String(text))
    .split(LINE_BREAK)
    .map(escapeLine)
    .join('<br>');
}

/** Escapes `text` for HTML context inside Markdown (e.g. `<summary>`), where backslash escapes do not apply. */
export function escapeHtml(text: string): string {
  return escapeHtmlChars(breakMentions(stripInvisible(String(text)).replace(LINE_BREAKS, ' ')))
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface InlineCodeOptions {
  /** The span sits in a GFM table cell: pipes must be escaped even inside code (GFM spec, tables). */
  table?: boolean;
}

/**
 * Wraps `text` in a code span that no backtick inside it can close early. Code spans show
 * their content literally (no mentions, HTML or links), so only backticks, line breaks and,
 * in tables, pipes need care.
 */
export function inlineCode(text: string, options: InlineCodeOptions = {}): string {
  let content = stripInvisible(String(text)).replace(LINE_BREAKS, ' ');
  // cmark-gfm lets a backslash directly before `|` escape it whatever precedes, and drops
  // exactly that backslash, so `\|` always shows as `|` in a cell.
  if (options.table) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are present, so padding keeps a
  // leading/trailing backtick from merging with the fence and keeps edge spaces visible.
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/**
 * A link whose target is only ever an http(s) URL; anything else (javascript:, data:,
 * relative paths) renders as the escaped label alone.
 */
export function markdownLink(label: string, url: string): string {
  const target = safeLinkTarget(url);
  return target === null ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${target})`;
}

/** The URL percent-encoded so it cannot end the link destination or a table cell early; null if not http(s). */
export function safeLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/[()|<>"'`\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Shortens `text` to at most `max` characters (adding `…`) without splitting a surrogate pair. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

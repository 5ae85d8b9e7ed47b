// Writes HCL the way `terraform fmt` leaves it, so a generated module needs no reformatting:
// two spaces per nesting level, and the `=` of consecutive single-line attributes aligned.
// hclwrite's format.go aligns a run of lines that each hold a whole `key = value`; a line that
// opens a multi-line value (`x = jsonencode({`), a block header, a closing bracket, a comment or
// a blank line ends the run, so runs are computed here the same way.

/** An HCL expression. `ref` is written as is (a reference or function call without nesting). */
export type HclExpr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'ref'; text: string }
  | { kind: 'list'; items: HclExpr[] }
  | { kind: 'object'; entries: [string, HclExpr][] }
  | { kind: 'call'; name: string; arg: HclExpr };

export type HclItem =
  | { kind: 'attr'; name: string; value: HclExpr }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[] }
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

export const hcl = {
  str: (value: string): HclExpr => ({ kind: 'string', value }),
  num: (value: number): HclExpr => ({ kind: 'number', value }),
  bool: (value: boolean): HclExpr => ({ kind: 'bool', value }),
  ref: (text: string): HclExpr => ({ kind: 'ref', text }),
  list: (items: HclExpr[]): HclExpr => ({ kind: 'list', items }),
  object: (entries: [string, HclExpr][]): HclExpr => ({ kind: 'object', entries }),
  call: (name: string, arg: HclExpr): HclExpr => ({ kind: 'call', name, arg }),
  attr: (name: string, value: HclExpr): HclItem => ({ kind: 'attr', name, value }),
  block: (type: string, labels: string[], body: HclItem[]): HclItem => ({ kind: 'block', type, labels, body }),
  comment: (text: string): HclItem => ({ kind: 'comment', text }),
  blank: (): HclItem => ({ kind: 'blank' }),
};

/** A quoted HCL string: JSON escapes plus `${` and `%{`, which HCL would read as templates. */
export function quote(value: string): string {
  // Function replacements: in a replacement string `$$` would mean a single `$`.
  return JSON.stringify(value).replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** An object key: bare when it is an identifier, quoted otherwise (`"awslogs-group"`). */
function objectKey(key: string): string {
  return IDENTIFIER.test(key) && !['true', 'false', 'null', 'for', 'in', 'if'].includes(key) ? key : quote(key);
}

/** One line of output before alignment: `lead` up to the `=`, `rest` after it when the line is a whole attribute. */
interface Line {
  indent: number;
  lead: string;
  rest?: string;
}

function isMultiline(e: HclExpr): boolean {
  if (e.kind === 'object') return e.entries.length > 0;
  if (e.kind === 'list') return e.items.some((i) => i.kind === 'object' || i.kind === 'list' || i.kind === 'call');
  if (e.kind === 'call') return isMultiline(e.arg);
  return false;
}

function inline(e: HclExpr): string {
  switch (e.kind) {
    case 'string': return quote(e.value);
    case 'number': return String(e.value);
    case 'bool': return String(e.value);
    case 'ref': return e.text;
    case 'list': return `[${e.items.map(inline).join(', ')}]`;
    case 'object': return '{}';
    case 'call': return `${e.name}(${inline(e.arg)})`;
  }
}

/** Lines of `head` followed by the expression; `head` is `key =` or '' for list items. */
function exprLines(head: string, e: HclExpr, indent: number, out: Line[], trailing = ''): void {
  if (!isMultiline(e)) {
    if (head) out.push({ indent, lead: head, rest: `${inline(e)}${trailing}` });
    else out.push({ indent, lead: `${inline(e)}${trailing}` });
    return;
  }
  const prefix = head ? `${head} = ` : '';
  if (e.kind === 'call') {
    const inner: Line[] = [];
    exprLines('', e.arg, indent, inner);
    // `name = fn({` … `})`: the call wraps the first and last line of its argument.
    inner[0] = { indent, lead: `${prefix}${e.name}(${inner[0].lead}` };
    const last = inner[inner.length - 1];
    inner[inner.length - 1] = { indent: last.indent, lead: `${last.lead})${trailing}` };
    out.push(...inner);
    return;
  }
  if (e.kind === 'list') {
    out.push({ indent, lead: `${prefix}[` });
    for (const item of e.items) exprLines('', item, indent + 1, out, ',');
    out.push({ indent, lead: `]${trailing}` });
    return;
  }
  if (e.kind === 'object') {
    out.push({ indent, lead: `${prefix}{` });
    for (const [key, value] of e.entries) exprLines(objectKey(key), value, indent + 1, out);
    out.push({ indent, lead: `}${trailing}` });
  }
}

function bodyLines(items: HclItem[], indent: number, out: Line[]): void {
  for (const item of items) {
    if (item.kind === 'blank') out.push({ indent: 0, lead: '' });
    // Control characters (a lone \r, NUL …) from live names never reach the file: a comment stays a comment.
    else if (item.kind === 'comment') for (const line of item.text.split('\n')) out.push({ indent, lead: `# ${line.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')}`.trimEnd() });
    else if (item.kind === 'attr') exprLines(item.name, item.value, indent, out);
    else {
      const labels = item.labels.map((l) => ` ${quote(l)}`).join('');
      if (item.body.length === 0) {
        out.push({ indent, lead: `${item.type}${labels} {}` });
        continue;
      }
      out.push({ indent, lead: `${item.type}${labels} {` });
      bodyLines(item.body, indent + 1, out);
      out.push({ indent, lead: '}' });
    }
  }
}

/** The file text for top-level items, as `terraform fmt` writes it. */
export function renderHcl(items: HclItem[]): string {
  const lines: Line[] = [];
  bodyLines(items, 0, lines);
  // Align each run of whole-attribute lines on the longest key, as hclwrite does.
  const widths = new Array<number>(lines.length).fill(0);
  for (let i = 0; i < lines.length;) {
    if (lines[i].rest === undefined) { i++; continue; }
    let j = i;
    let width = 0;
    while (j < lines.length && lines[j].rest !== undefined) width = Math.max(width, lines[j++].lead.length);
    for (let k = i; k < j; k++) widths[k] = width;
    i = j;
  }
  const text = lines.map((l, i) => {
    const pad = '  '.repeat(l.indent);
    if (l.lead === '') return '';
    return l.rest === undefined ? `${pad}${l.lead}` : `${pad}${l.lead.padEnd(widths[i])} = ${l.rest}`;
  });
  // No run of blank lines and no blank line right after `{` or before `}`.
  const tidy: string[] = [];
  for (const line of text) {
    const prev = tidy[tidy.length - 1];
    if (line === '' && (prev === undefined || prev === '' || prev.endsWith('{'))) continue;
    if (/^\s*[}\]]/.test(line) && prev === '') tidy.pop();
    tidy.push(line);
  }
  while (tidy[tidy.length - 1] === '') tidy.pop();
  return `${tidy.join('\n')}\n`;
}

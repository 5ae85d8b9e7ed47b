import {
  MENTION_BREAKER,
  escapeHtml,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  markdownLink,
  safeLinkTarget,
  stripInvisible,
  truncateText,
} from '../../src/report/markdown-escape.js';

// GitHub's mention pattern: `@` + name (after a non-word character), optionally `/team`.
const MENTION = /(^|[^\w`])@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?/;

describe('escapeMarkdown', () => {
  test('breaks user and team mentions with a zero-width joiner', () => {
    const out = escapeMarkdown('ping @octocat and @acme/platform-team, mail a@b.c');
    expect(out).not.toMatch(MENTION);
    expect(out).toContain(`@${MENTION_BREAKER}octocat`);
    expect(out).toContain(`@${MENTION_BREAKER}acme/platform-team`);
    // Visible text is unchanged apart from the invisible joiner.
    expect(out.replaceAll(MENTION_BREAKER, '')).toBe('ping @octocat and @acme/platform-team, mail a@b.c');
  });

  test('user-supplied zero-width characters cannot pre-empt or hide the breaker', () => {
    const out = escapeMarkdown('@\u200docto\u200bcat \u202etxt.exe');
    expect(out).toBe(`@${MENTION_BREAKER}octocat txt.exe`);
  });

  test('neutralizes HTML tags, comments and hidden markers', () => {
    const out = escapeMarkdown('<!-- drift-guard:summary --> <img src=x onerror=alert(1)> </details>');
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(out).toBe('&lt;!-- drift-guard:summary --&gt; &lt;img src=x onerror=alert(1)&gt; &lt;/details&gt;');
  });

  test('entity-encoded input stays literal text', () => {
    expect(escapeMarkdown('&lt;!-- x --&gt; &#64;octocat')).toBe('&amp;lt;!-- x --&amp;gt; &amp;#64;octocat');
  });

  test('escapes link, image, emphasis, code, math, strikethrough and pipe syntax', () => {
    expect(escapeMarkdown('[a](http://x) ![i](http://y) *b* _c_ `d` ~e~ $f$ g|h \\i')).toBe(
      '\\[a\\](http://x) !\\[i\\](http://y) \\*b\\* \\_c\\_ \\`d\\` \\~e\\~ \\$f\\$ g\\|h \\\\i',
    );
  });

  test('is one line, and block syntax at its start is escaped', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('  + item')).toBe('  \\+ item');
    expect(escapeMarkdown('=====')).toBe('\\=====');
  });

  test('strips terminal and control characters', () => {
    expect(escapeMarkdown('a\u001b[31mred\u0000\u0007')).toBe('a\\[31mred');
    expect(stripInvisible('a\tb\u0085c')).toBe('a bc');
  });

  test('plain text passes through readable', () => {
    expect(escapeMarkdown('Container "app" runs privileged.')).toBe('Container "app" runs privileged.');
  });
});

describe('escapeTableCell', () => {
  test('keeps the row intact: pipes escaped, newlines as <br>', () => {
    const out = escapeTableCell('a | b\nc\r\nd');
    expect(out).toBe('a \\| b<br>c<br>d');
    expect(out).not.toMatch(/\n|\r/);
    // Every pipe in the cell is escaped, so the row keeps its column count.
    expect(out.match(/(?<!\\)\|/g)).toBeNull();
  });

  test('escapes a mention on a continuation line too', () => {
    expect(escapeTableCell('fine\n@octocat')).toBe(`fine<br>@${MENTION_BREAKER}octocat`);
  });

  test('block syntax after a line break cannot start a new block', () => {
    expect(escapeTableCell('x\n# h')).toBe('x<br>\\# h');
  });
});

describe('inlineCode', () => {
  test('plain text in single backticks', () => {
    expect(inlineCode('aws_ecs_service.api')).toBe('`aws_ecs_service.api`');
  });

  test('fence longer than any backtick run inside', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('x ``` y')).toBe('````x ``` y````');
  });

  test('pads content that starts or ends with a backtick', () => {
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('`')).toBe('`` ` ``');
  });

  test('content that starts and ends with spaces keeps them', () => {
    expect(inlineCode(' a ')).toBe('`  a  `');
  });

  test('empty content is a visible code span', () => {
    expect(inlineCode('')).toBe('` `');
  });

  test('no line breaks, so a table row cannot end inside the span', () => {
    expect(inlineCode('a\nb\r\nc')).toBe('`a b c`');
  });

  test('pipes escaped only in table cells, backslashes kept', () => {
    expect(inlineCode('a|b')).toBe('`a|b`');
    expect(inlineCode('a|b', { table: true })).toBe('`a\\|b`');
    expect(inlineCode('a\\|b', { table: true })).toBe('`a\\\\|b`');
  });

  test('HTML and mentions inside code are left literal (GitHub renders them as text)', () => {
    expect(inlineCode('<!-- x --> @octocat')).toBe('`<!-- x --> @octocat`');
  });

  test('a backtick injection cannot close the span early', () => {
    const hostile = 'x` <img src=x> `@octocat';
    const out = inlineCode(hostile);
    const fence = out.match(/^`+/)![0];
    // The content never contains the fence, so the span only ends at the final fence.
    expect(out.slice(fence.length, -fence.length)).not.toContain(fence);
    expect(fence.length).toBe(2);
  });
});

describe('links', () => {
  test('only http(s) targets become links', () => {
    expect(markdownLink('doc', 'https://example.com/a b')).toBe('[doc](https://example.com/a%20b)');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'data:text/html,<b>')).toBe('x');
    expect(markdownLink('x', '../relative')).toBe('x');
    expect(safeLinkTarget('not a url')).toBeNull();
  });

  test('the target cannot end the link or a table cell early', () => {
    const target = safeLinkTarget('https://example.com/p(1)|"x"?q=<a>')!;
    expect(target).not.toMatch(/[()|<>" ]/);
  });

  test('the label is escaped', () => {
    expect(markdownLink('[@octocat](x)', 'https://example.com')).toBe(`[\\[@${MENTION_BREAKER}octocat\\](x)](https://example.com/)`);
  });
});

describe('escapeHtml', () => {
  test('for HTML context: entities, quotes and mentions', () => {
    expect(escapeHtml('<b>"x" & \'y\' @octocat')).toBe(`&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39; @${MENTION_BREAKER}octocat`);
  });
});

describe('truncateText', () => {
  test('never splits a surrogate pair', () => {
    expect(truncateText('ab😀cd', 4)).toBe('ab😀…');
    expect(truncateText('short', 10)).toBe('short');
  });
});

import { parseCodeowners } from '../../src/ownership/codeowners.js';
import { buildOwnersReport, formatOwnersJson, formatOwnersText } from '../../src/ownership/owners-report.js';

const codeowners = parseCodeowners(
  ['* @org/everyone', 'infra/app/ @alice @org/platform ops@example.com', '!infra/db/ @bob', '/vendor/'].join('\n'),
  '.github/CODEOWNERS',
);

describe('owners report', () => {
  test('json has exactly owners, codeowners and errors; unowned paths map to []', () => {
    const json = JSON.parse(formatOwnersJson(codeowners, ['infra/app/main.tf', 'vendor/x.js', 'README.md']));
    expect(json).toEqual({
      owners: {
        'infra/app/main.tf': ['@alice', '@org/platform', 'ops@example.com'],
        'vendor/x.js': [],
        'README.md': ['@org/everyone'],
      },
      codeowners: '.github/CODEOWNERS',
      errors: [{ line: 3, message: expect.stringMatching(/negation/) }],
    });
    expect(Object.keys(json)).toEqual(['owners', 'codeowners', 'errors']);
  });

  test('json without a CODEOWNERS file: every path unowned, codeowners null', () => {
    expect(buildOwnersReport(null, ['a.tf'])).toEqual({ owners: { 'a.tf': [] }, codeowners: null, errors: [] });
  });

  test('text names the file, the owners with the deciding line, unowned paths and problems', () => {
    const text = formatOwnersText(codeowners, ['infra/app/main.tf', 'vendor/x.js', 'README.md']);
    expect(text).toBe(
      [
        'CODEOWNERS: .github/CODEOWNERS',
        'infra/app/main.tf  @alice @org/platform ops@example.com  (line 2: infra/app/)',
        'vendor/x.js        (no owner: line 4 "/vendor/" unowns it)',
        'README.md          @org/everyone  (line 1: *)',
        '',
        '1 problem in .github/CODEOWNERS (GitHub skips what they affect):',
        `  line 3: ${codeowners.errors[0]!.message}`,
        '',
      ].join('\n'),
    );
  });

  test('text for a path no rule matches and for a missing file', () => {
    const narrow = parseCodeowners('/infra/ @alice\n', 'CODEOWNERS');
    expect(formatOwnersText(narrow, ['docs/a.md'])).toBe('CODEOWNERS: CODEOWNERS\ndocs/a.md  (no owner: no rule matches)\n');
    expect(formatOwnersText(null, ['x'])).toBe(
      'No CODEOWNERS file found (looked in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS); every path is unowned.\nx  (no owner)\n',
    );
  });

  test('a whole-file error (over the size limit) is printed without a line number', () => {
    const file = { path: 'CODEOWNERS', rules: [], errors: [{ line: 0, message: 'CODEOWNERS is too big.' }] };
    expect(formatOwnersText(file, [])).toBe('CODEOWNERS: CODEOWNERS\n\n1 problem in CODEOWNERS (GitHub skips what they affect):\n  CODEOWNERS is too big.\n');
  });
});

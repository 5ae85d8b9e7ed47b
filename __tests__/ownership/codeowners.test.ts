import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  findCodeowners,
  matchingRule,
  ownerKind,
  ownersOf,
  parseCodeowners,
  patternMatches,
} from '../../src/ownership/codeowners.js';

// Each row: pattern, path, expected match, and where the expectation comes from.
// "docs" = docs.github.com "About code owners" example file and syntax section;
// "gitignore" = git-scm.com/docs/gitignore pattern format (which CODEOWNERS follows unless the
// docs list an exception); "hmarr" = hmarr/codeowners testdata, checked against GitHub.
const patternCases: [string, string, boolean, string][] = [
  ['*', 'README.md', true, 'docs: `*` sets default owners for everything'],
  ['*', 'src/deep/nested/file.ts', true, 'docs: `*` covers nested files too'],
  ['*.js', 'app.js', true, 'docs: `*.js` owns JS files'],
  ['*.js', 'src/web/app.js', true, 'gitignore: a pattern without a slash matches at any depth'],
  ['*.js', 'app.jsx', false, 'gitignore: `*.js` is anchored at the end of the name'],
  ['*.js', 'app.JS', false, 'docs: CODEOWNERS paths are case sensitive'],
  ['*.go', 'cmd/main.go', true, 'docs: email owner example `*.go docs@example.com`'],
  ['/build/logs/', 'build/logs/app.log', true, 'docs: /build/logs/ owns files in build/logs at the root'],
  ['/build/logs/', 'build/logs/2024/01/app.log', true, 'docs: ...and any of its subdirectories'],
  ['/build/logs/', 'src/build/logs/app.log', false, 'docs: leading / anchors at the root'],
  ['/build/logs/', 'build/logs', false, 'gitignore: trailing / matches a directory, not a file of that name'],
  ['docs/*', 'docs/getting-started.md', true, 'docs: `docs/*` matches files directly in docs'],
  ['docs/*', 'docs/build-app/troubleshooting.md', false, 'docs: `docs/*` does not match further nested files'],
  ['docs/*', 'src/docs/intro.md', false, 'gitignore: a slash in the pattern anchors it at the root'],
  ['apps/', 'apps/web/index.js', true, 'docs: `apps/` owns any file in an apps directory'],
  ['apps/', 'services/apps/web/index.js', true, 'docs: ...anywhere in the repository'],
  ['apps/', 'apps', false, 'gitignore: `apps/` does not match a file named apps'],
  ['/docs/', 'docs/a/b/c.md', true, 'docs: /docs/ owns the root docs directory and subdirectories'],
  ['/docs/', 'src/docs/c.md', false, 'docs: /docs/ is anchored at the root'],
  ['**/logs', 'build/logs/a.log', true, 'docs: `**/logs` matches /build/logs'],
  ['**/logs', 'deeply/nested/logs/a.log', true, 'docs: `**/logs` matches /deeply/nested/logs'],
  ['**/logs', 'logs/a.log', true, 'gitignore: leading `**/` also matches at the root'],
  ['**/logs', 'catalogs/a.log', false, 'gitignore: `**/logs` matches the whole name logs only'],
  ['/apps/github', 'apps/github/x.rb', true, 'docs: /apps/github (no trailing slash) covers the directory contents'],
  ['/apps/github', 'apps/githubber/x.rb', false, 'hmarr: a literal segment is a full name, not a prefix'],
  ['foo/bar', 'foo/bar/baz', true, 'gitignore: a middle slash anchors; a directory match covers its contents'],
  ['foo/bar', 'x/foo/bar', false, 'gitignore: a slash in the middle anchors the pattern at the root'],
  ['foo', 'a/b/foo', true, 'gitignore: a pattern without a slash matches at any depth'],
  ['foo', 'a/foo/b.txt', true, 'gitignore: ...including a directory of that name and its contents'],
  ['foo', 'foo.txt', false, 'gitignore: a name matches the whole segment'],
  ['/foo', 'a/foo', false, 'gitignore: leading / anchors a single segment at the root'],
  ['a/**', 'a/b/c/d', true, 'gitignore: trailing `/**` matches everything inside'],
  ['a/**', 'a', false, 'gitignore: trailing `/**` does not match the directory itself'],
  ['a/**/b', 'a/b', true, 'gitignore: `a/**/b` matches zero directories between'],
  ['a/**/b', 'a/x/y/b', true, 'gitignore: `a/**/b` matches several directories between'],
  ['a/**/b', 'x/a/b', false, 'gitignore: `a/**/b` is anchored at the root'],
  ['src/*.ts', 'src/x/y.ts', false, 'gitignore: `*` does not match `/`'],
  ['src/*.ts', 'src/main.ts', true, 'gitignore: `*` matches within one segment'],
  ['f?o', 'foo', true, 'gitignore: `?` matches one character'],
  ['f?o', 'fo', false, 'gitignore: `?` needs exactly one character'],
  ['f?o', 'f/o', false, 'gitignore: `?` does not match `/`'],
  ['/*', 'README.md', true, 'hmarr: `/*` matches files at the root'],
  ['/*', 'src/main.ts', false, 'hmarr: `/*` does not match nested files (like `docs/*`)'],
  ['**', 'any/path/at/all', true, 'gitignore: `**` alone matches everything'],
  ['path\\ with\\ spaces/', 'path with spaces/a.txt', true, 'gitignore: backslash escapes a space'],
  ['f\\*o', 'foo', false, 'gitignore: an escaped `*` is literal'],
  ['f\\*o', 'f*o', true, 'gitignore: an escaped `*` matches a literal star'],
  ['infra/ecs/', 'infra/ecs/modules/service/main.tf', true, 'gitignore: multi-segment trailing slash, anchored'],
  ['infra/ecs/', 'other/infra/ecs/main.tf', false, 'gitignore: multi-segment trailing slash is anchored at the root'],
  ['*.tf', 'infra/app/main.tf', true, 'gitignore: extension pattern at any depth'],
  ['*/', 'src/a.ts', true, 'gitignore: `*/` matches the contents of any directory'],
  ['*/', 'README.md', false, 'gitignore: `*/` does not match a file at the root'],
  ['**/', 'a/b/c.txt', true, 'gitignore: `**/` matches the contents of any directory'],
  ['**/', 'README.md', false, 'gitignore: `**/` does not match a file at the root'],
  ['/docs/**/*.md', 'docs/a/b/c.md', true, 'gitignore: `**` between an anchored folder and a name'],
  ['/docs/**/*.md', 'docs/c.md', true, 'gitignore: `/**/` also matches zero directories'],
  ['/docs/**/*.md', 'docs/c.txt', false, 'gitignore: the last segment still has to match'],
];

describe('CODEOWNERS pattern matching', () => {
  test.each(patternCases)('%s vs %s -> %s (%s)', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });

  test('the table has at least 30 cases', () => {
    expect(patternCases.length).toBeGreaterThanOrEqual(30);
  });
});

// The example file from docs.github.com "About code owners", with the docs' own expectations.
const githubExample = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;

describe('parseCodeowners + ownersOf on the GitHub example file', () => {
  const file = parseCodeowners(githubExample, '.github/CODEOWNERS');

  test('parses every rule and reports no errors', () => {
    expect(file.errors).toEqual([]);
    expect(file.rules.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  test.each([
    ['README.md', ['@global-owner1', '@global-owner2'], 'default owners from `*`'],
    ['src/app.js', ['@js-owner'], 'last match wins; the inline comment is not an owner'],
    ['main.go', ['docs@example.com'], 'email owner'],
    ['notes.txt', ['@octo-org/octocats'], 'team owner'],
    ['docs/getting-started.md', ['@doctocat'], '/docs/ comes after docs/* and wins'],
    ['docs/build-app/troubleshooting.md', ['@doctocat'], '/docs/ covers nested files'],
    ['scripts/deploy.sh', ['@doctocat', '@octocat'], 'several owners on one line'],
    ['build/logs/x.log', ['@octocat'], '**/logs comes after /build/logs/ and wins'],
    ['apps/web/index.js', ['@octocat'], '/apps/ comes after *.js and wins'],
    ['apps/github/index.js', [], '/apps/github without owners unowns the subdirectory'],
    ['Apps/web/index.js', ['@js-owner'], 'case-sensitive: Apps is not apps'],
  ])('%s -> %j (%s)', (path, owners) => {
    expect(ownersOf(file, path)).toEqual(owners);
  });

  test('matchingRule tells a matched-but-unowned path from an unmatched one', () => {
    expect(matchingRule(file, 'apps/github/x')?.line).toBe(15);
    const empty = parseCodeowners('/only/ @a\n', 'CODEOWNERS');
    expect(matchingRule(empty, 'elsewhere.txt')).toBeNull();
    expect(ownersOf(empty, 'elsewhere.txt')).toEqual([]);
  });

  test('paths given as ./x or /x are repo-relative', () => {
    expect(ownersOf(file, './apps/web/a.ts')).toEqual(['@octocat']);
    expect(ownersOf(file, '/apps/web/a.ts')).toEqual(['@octocat']);
  });
});

describe('parseCodeowners invalid lines', () => {
  const text = [
    '* @default', // 1
    '!infra/ @neg', // 2: negation does not work
    'Python/ceval*.[ch] @ranges', // 3: character ranges do not work
    '\\#hash @escaped', // 4: escaping a leading # does not work
    'infra/ @org/infra user-without-at', // 5: invalid owner, whole line skipped
    '/ @slash', // 6: never matches anything
    '   # indented comment', // 7
    '', // 8
    'infra/app/ @alice @ALICE @org/app-team', // 9: duplicate owner (logins are case-insensitive)
  ].join('\n');
  const file = parseCodeowners(text, 'CODEOWNERS');

  test('reports each invalid line with its line number and skips it', () => {
    expect(file.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(file.errors[0]!.message).toMatch(/negation/);
    expect(file.errors[1]!.message).toMatch(/character ranges/);
    expect(file.errors[2]!.message).toMatch(/leading #/);
    expect(file.errors[3]!.message).toMatch(/Invalid owner "user-without-at"/);
    expect(file.errors[4]!.message).toMatch(/never matches/);
    expect(file.rules.map((r) => r.line)).toEqual([1, 9]);
  });

  test('a skipped line does not apply: earlier rules keep their owners', () => {
    expect(ownersOf(file, 'infra/other/main.tf')).toEqual(['@default']);
    expect(ownersOf(file, 'Python/ceval.c')).toEqual(['@default']);
  });

  test('duplicate owners are listed once', () => {
    expect(ownersOf(file, 'infra/app/main.tf')).toEqual(['@alice', '@org/app-team']);
  });

  test('CRLF line endings and a BOM are tolerated', () => {
    const crlf = parseCodeowners('\uFEFF* @a\r\n/x/ @b\r\n', 'CODEOWNERS');
    expect(crlf.errors).toEqual([]);
    expect(ownersOf(crlf, 'x/y')).toEqual(['@b']);
    expect(ownersOf(crlf, 'z')).toEqual(['@a']);
  });

  test('a pattern followed only by a comment unowns', () => {
    const f = parseCodeowners('* @a\n/vendor/ # nobody\n', 'CODEOWNERS');
    expect(f.errors).toEqual([]);
    expect(ownersOf(f, 'vendor/lib.js')).toEqual([]);
  });
});

describe('owner kinds', () => {
  test.each([
    ['@octocat', 'user'],
    ['@octo-org/octocats', 'team'],
    ['@octo-org/team_with.dots', 'team'],
    ['@user_emu', 'user'],
    ['docs@example.com', 'email'],
    ['octocat', null],
    ['@', null],
    ['@org/', null],
    ['#comment', null],
  ])('%s is %s', (owner, kind) => {
    expect(ownerKind(owner)).toBe(kind);
  });
});

describe('size limit', () => {
  test('a file of 3 MB or more is ignored with an error', () => {
    const line = '/some/long/path/to/a/module/ @org/some-team\n';
    const text = line.repeat(Math.ceil(CODEOWNERS_MAX_BYTES / line.length));
    const file = parseCodeowners(text, '.github/CODEOWNERS');
    expect(file.rules).toEqual([]);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]!.line).toBe(0);
    expect(file.errors[0]!.message).toMatch(/3 MB/);
  });

  test('a file just under the limit is parsed', () => {
    const text = '* @a\n' + '#'.repeat(CODEOWNERS_MAX_BYTES - 10) + '\n';
    const file = parseCodeowners(text, 'CODEOWNERS');
    expect(file.errors).toEqual([]);
    expect(file.rules).toHaveLength(1);
  });
});

describe('findCodeowners', () => {
  test('looks in .github/, the root, then docs/, and uses the first found', async () => {
    const asked: string[] = [];
    const files: Record<string, string> = {
      CODEOWNERS: '* @root',
      'docs/CODEOWNERS': '* @docs',
    };
    const found = await findCodeowners(async (path) => {
      asked.push(path);
      return files[path] ?? null;
    });
    expect(asked).toEqual(['.github/CODEOWNERS', 'CODEOWNERS']);
    expect(found?.path).toBe('CODEOWNERS');
    expect(ownersOf(found!, 'a')).toEqual(['@root']);
  });

  test('.github/CODEOWNERS wins over the others', async () => {
    const found = await findCodeowners(async (path) => (path === 'docs/CODEOWNERS' ? '* @docs' : `* @x${path.length}`));
    expect(found?.path).toBe('.github/CODEOWNERS');
  });

  test('null when there is none', async () => {
    const asked: string[] = [];
    const found = await findCodeowners(async (path) => {
      asked.push(path);
      return null;
    });
    expect(found).toBeNull();
    expect(asked).toEqual(CODEOWNERS_LOCATIONS);
  });
});

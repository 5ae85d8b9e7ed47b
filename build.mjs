// One esbuild build for the action (dist/index.js) and the CLI (dist/cli.js).
// Target node20: our own machines run Node 20, GitHub runners run the action on node24.
// The createRequire banner lets bundled CommonJS dependencies call require() inside an ESM bundle.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'parse-worker': 'src/terraform/parse-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Splitting keeps the AWS SDK, Octokit and zod in chunks that cli.ts imports only when a
  // command needs them, so `--help` and `scan` do not load them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: false,
  sourcemap: false,
  // Legal comments go to *.LEGAL.txt files, which are folded into dist/licenses.txt below.
  legalComments: 'external',
  metafile: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);",
  },
});

// The parser runtime and the Terraform grammar are WebAssembly files loaded at run time.
const wasm = [
  { file: require.resolve('web-tree-sitter/web-tree-sitter.wasm'), packageDir: 'node_modules/web-tree-sitter' },
  {
    file: join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm'),
    packageDir: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl',
  },
];
for (const { file } of wasm) copyFileSync(file, join('dist', file.split('/').pop()));

writeFileSync('dist/licenses.txt', thirdPartyNotices(result.metafile, wasm.map((w) => w.packageDir)));

/**
 * The licence of every package with a file in dist/ (esbuild's metafile lists the bundled source
 * files; the WebAssembly files are copied), each with the full text of its licence file, then the
 * legal comments (`@license`, `@preserve`, `/*!`) esbuild collected from the bundled sources.
 * A bundled package without a licence file fails the build: its terms would be unknown.
 */
function thirdPartyNotices(metafile, extraPackageDirs) {
  const packageDirs = new Set(extraPackageDirs);
  for (const input of Object.keys(metafile.inputs)) {
    // The innermost node_modules/<name> (or node_modules/@scope/name) holds the file.
    const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (match) packageDirs.add(match[1]);
  }
  const packages = [...packageDirs].sort().map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFiles = readdirSync(dir).filter((n) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(n)).sort();
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    const text = licenceFiles.map((n) => readFileSync(join(dir, n), 'utf8').trim()).join('\n\n');
    return { dir, manifest, repository, text };
  });
  // Some AWS SDK packages (credential-provider-http, nested-clients …) publish no LICENSE file;
  // they declare the licence of their monorepo, whose other packages ship its text.
  const repoLicence = new Map();
  for (const p of packages) if (p.text && p.repository) repoLicence.set(`${p.repository} ${p.manifest.license}`, p);
  const sections = packages
    .map(({ dir, manifest, repository, text }) => {
      let body = text;
      if (!body) {
        const sibling = repository && repoLicence.get(`${repository} ${manifest.license}`);
        if (!sibling) throw new Error(`${dir} is bundled into dist/ but has no LICENSE file: its terms are unknown`);
        body = `(The package ships no licence file; this is the ${manifest.license} licence text of ${sibling.manifest.name}, from the same repository.)\n\n${sibling.text}`;
      }
      return {
        key: `${manifest.name}@${manifest.version}`,
        text: [`${manifest.name} ${manifest.version}`, `License: ${manifest.license ?? 'see below'}`, ...(repository ? [`Repository: ${repository}`] : []), '', body].join('\n'),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unique = sections.filter((s, i) => i === 0 || sections[i - 1].key !== s.key);

  const legal = new Set();
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.LEGAL.txt')).sort()) {
    // esbuild writes "Bundled license information:" then one block per source file: "path:\n  /* comment */".
    for (const block of readFileSync(join('dist', file), 'utf8').split(/\n\s*\n/)) {
      if (block.trim() && !/^Bundled license information:$/.test(block.trim())) legal.add(block.trim());
    }
    rmSync(join('dist', file));
  }
  if (existsSync('dist/chunks') && readdirSync('dist/chunks').length === 0) rmSync('dist/chunks', { recursive: true });

  const rule = '='.repeat(80);
  return [
    'ECS Drift Guard (MIT, see LICENSE) bundles the following third-party software in dist/.',
    'Generated by build.mjs from the packages whose files esbuild put in the bundle.',
    '',
    ...unique.flatMap((s) => [rule, s.text, '']),
    rule,
    'Legal comments found in the bundled sources:',
    '',
    ...[...legal].sort().flatMap((c) => [c, '']),
  ].join('\n');
}

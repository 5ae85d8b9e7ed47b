// Licensing (issue 15): dist/ bundles third-party packages, so dist/licenses.txt must name every
// one of them with its licence text. The bundled packages are read from the bundle itself (esbuild
// marks each module with a `// node_modules/<package>/…` comment when it does not minify), not
// from the metafile build.mjs uses, so a collector that skips packages is caught.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** Package folders (node_modules/…/name) whose modules are in the bundle, from its path comments. */
function bundledPackageDirs(): string[] {
  const dirs = new Set<string>();
  for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.js'))) {
    for (const m of readFileSync(join(DIST, file), 'utf8').matchAll(/^\/\/ (node_modules\/(?:.*\/node_modules\/)?(?:@[^/\n]+\/)?[^/\n]+)\//gm)) dirs.add(m[1]);
  }
  return [...dirs].sort();
}

const notices = existsSync(join(DIST, 'licenses.txt')) ? readFileSync(join(DIST, 'licenses.txt'), 'utf8') : '';

describe('third-party notices in dist/licenses.txt', () => {
  it('exists (npm run build writes it)', () => {
    expect(notices.length).toBeGreaterThan(0);
  });

  it('names every bundled package, with its version, licence and licence text', () => {
    const dirs = bundledPackageDirs();
    // The AWS SDK, Octokit and zod at least: an empty list would make this test pass vacuously.
    expect(dirs).toEqual(expect.arrayContaining(['node_modules/@aws-sdk/client-ecs', 'node_modules/@octokit/core', 'node_modules/zod']));
    const missing: string[] = [];
    for (const dir of dirs) {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
      const heading = `${manifest.name} ${manifest.version}\nLicense: ${manifest.license}\n`;
      const at = notices.indexOf(heading);
      if (at < 0) {
        missing.push(`${manifest.name} ${manifest.version}: not listed`);
        continue;
      }
      const section = notices.slice(at, notices.indexOf('\n' + '='.repeat(80), at));
      const licenceFile = readdirSync(join(ROOT, dir)).find((n) => /^licen[cs]e/i.test(n));
      if (licenceFile) {
        const text = readFileSync(join(ROOT, dir, licenceFile), 'utf8').trim();
        if (!section.includes(text)) missing.push(`${manifest.name}: its ${licenceFile} text is not in its section`);
      } else if (!/Apache License|Permission is hereby granted|Permission to use, copy/.test(section)) {
        missing.push(`${manifest.name}: ships no licence file and its section has no licence text`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names the packages whose WebAssembly files are copied into dist/', () => {
    for (const name of ['web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl']) {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(notices).toContain(`${name} ${version}\nLicense:`);
    }
  });

  it("keeps the bundled sources' legal comments and leaves no stray .LEGAL.txt files", () => {
    expect(notices).toContain('Legal comments found in the bundled sources:');
    expect(notices).toContain('/*! ws. MIT License.');
    expect(readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.LEGAL.txt'))).toEqual([]);
  });

  it('ships the MIT licence of the project itself', () => {
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toContain('MIT License');
    expect(licence).toContain('ECS Drift Guard contributors');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
  });
});

#!/usr/bin/env node
// Re-records the provider fixtures (__tests__/drift/fixtures/provider/<scenario>/): for each
// scenario in test-support/terraform/scenarios/, starts the ECS emulator, runs
// `terraform init` + `terraform apply` + `terraform show -json` with Terraform 1.11.4 and the AWS
// provider 5.100.0 from the filesystem mirror /opt/tf-plugins (offline), and writes the state, the
// JSON form and the emulator's live estate.
//
//   node test-support/terraform/regenerate-fixtures.mjs              # every scenario
//   node test-support/terraform/regenerate-fixtures.mjs fargate-alb  # only the named ones
//
// The emulator and the recorder are TypeScript; esbuild (a dev dependency) bundles them to a
// temporary module first, with import.meta.url kept pointing at the sources so paths resolve.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const entry = path.join(here, 'provider-fixtures.ts');
// Inside the repo so the bundle's bare imports (@aws-sdk/*) resolve from node_modules.
const outDir = await mkdtemp(path.join(repoRoot, 'node_modules', '.regenerate-fixtures-'));
const outfile = path.join(outDir, 'provider-fixtures.mjs');
try {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  const recorder = await import(pathToFileURL(outfile).href);
  const why = recorder.terraformUnavailable();
  if (why) {
    console.error(`regenerate-fixtures: ${why}; nothing was recorded.`);
    process.exitCode = 2;
  } else {
    const wanted = process.argv.slice(2);
    const all = await recorder.listScenarios();
    const unknown = wanted.filter((w) => !all.includes(w));
    if (unknown.length > 0) throw new Error(`unknown scenario(s): ${unknown.join(', ')}; have ${all.join(', ')}`);
    for (const name of wanted.length > 0 ? wanted : all) {
      const started = Date.now();
      const fixture = await recorder.recordScenario(name, (line) => console.log(`  [${name}] ${line}`));
      await recorder.writeScenarioFixture(name, fixture);
      console.log(`${name}: recorded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}

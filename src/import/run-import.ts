// `ecs-drift-guard import`: read live ECS, write the module, then scan what was written so the
// user sees what the import brings in as is, with file:line of the generated code.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { EcsLiveReader } from '../drift/live-reader.js';
import { RequestScheduler } from '../drift/request-scheduler.js';
import type { Logger } from '../logger.js';
import { defaultPolicyConfig, type PolicyConfig } from '../policy/engine.js';
import type { Finding } from '../report/model.js';
import { scanConfiguration } from '../scan.js';
import { generateModule, type ImportedResource, type SecretKeptOut } from './generate.js';
import { readEstate, type ImportRequest } from './read-estate.js';

export class OutputFolderNotEmpty extends Error {}

export interface ImportOptions extends ImportRequest {
  out: string;
  force: boolean;
  ecs: (region: string) => ECSClient;
  logger: Logger;
  policy?: PolicyConfig;
  now?: Date;
  /** Default: settings.ts's drift defaults, 8 requests at a time and 20 a second. */
  scheduler?: RequestScheduler;
}

export interface ImportFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

export interface ImportResult {
  out: string;
  /** False when something asked for or found could not be read or imported (see `notImported`). */
  complete: boolean;
  imported: ImportedResource[];
  notImported: string[];
  /** Environment values that looked secret, written as sensitive variables instead. */
  secretsKeptOut: SecretKeptOut[];
  /** The policy findings on the generated code: what the import brings in as is. */
  findings: ImportFinding[];
  /** Checks the scan could not make on the generated code. */
  notEvaluated: string[];
  files: string[];
  calls: Record<string, number>;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const out = path.resolve(options.out);
  // Refused before any call to AWS: an import must not overwrite someone's code.
  if (!options.force && !(await isEmptyOrMissing(out))) {
    throw new OutputFolderNotEmpty(`--out ${options.out} is not empty; choose an empty folder or pass --force to overwrite the generated files in it`);
  }
  const reader = new EcsLiveReader(options.ecs, options.scheduler ?? new RequestScheduler(8, 20), options.logger);
  const estate = await readEstate(options, reader);
  const module = generateModule(estate);
  await mkdir(out, { recursive: true });
  for (const [file, text] of module.files) await writeFile(path.join(out, file), text);

  const { report } = await scanConfiguration({ repoRoot: out, paths: ['.'], policy: options.policy ?? defaultPolicyConfig(), now: options.now ?? new Date() });
  // Suppressed findings cannot occur (the generated code has no suppression comments), but are kept out all the same.
  const findings = report.findings.filter((f: Finding) => !f.suppressed).map((f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.startLine, message: f.message }));
  const notEvaluated = report.notEvaluated.map((n) => `${n.file}${n.line ? `:${n.line}` : ''}: ${n.resource}: ${n.why}`);
  const parseErrors = report.errors.map((e) => `generated code could not be read back: ${e.file}: ${e.message}`);
  return {
    out,
    complete: estate.problems.length === 0 && parseErrors.length === 0,
    imported: module.resources,
    notImported: [...estate.problems, ...parseErrors],
    secretsKeptOut: module.secrets,
    findings,
    notEvaluated,
    files: [...module.files.keys()],
    calls: { ...reader.calls },
  };
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

export function renderImportText(result: ImportResult): string {
  const lines: string[] = [];
  lines.push(`${result.complete ? 'Imported' : 'INCOMPLETE import'}: ${result.imported.length} resources written to ${result.out} (${result.files.join(', ')})`);
  for (const r of result.imported) lines.push(`  ${r.address}  id ${r.importId}  ${r.file}:${r.line}`);
  if (result.secretsKeptOut.length) {
    lines.push('', `Secrets kept out of the code: ${result.secretsKeptOut.length} environment values that looked secret are sensitive variables (variables.tf):`);
    for (const s of result.secretsKeptOut) lines.push(`  ${s.file}:${s.line}  ${s.severity}  var.${s.variable}: ${s.source} looked like ${s.what}; move it to Secrets Manager`);
  }
  const counts = SEVERITY_ORDER.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  lines.push('', result.findings.length
    ? `Imported as is: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')} ${result.findings.length === 1 ? 'finding' : 'findings'}`
    : 'Imported as is: no policy findings');
  const sorted = [...result.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of sorted) lines.push(`  ${f.file}:${f.line}  ${f.severity.padEnd(8)} ${f.ruleId}  ${f.message}`);
  if (result.notEvaluated.length) {
    lines.push('', `Not checked on the generated code (${result.notEvaluated.length}):`);
    for (const n of result.notEvaluated) lines.push(`  ${n}`);
  }
  if (result.notImported.length) {
    lines.push('', `Not imported (${result.notImported.length}); the run is incomplete:`);
    for (const n of result.notImported) lines.push(`  ${n}`);
  }
  lines.push('', 'The import is provisional until it is reviewed and merged: run `terraform plan` in the folder and expect only imports.');
  return `${lines.join('\n')}\n`;
}

export function renderImportJson(result: ImportResult): string {
  return `${JSON.stringify({ version: 1, ...result }, null, 2)}\n`;
}

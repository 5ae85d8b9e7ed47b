// Reads the desired side: Terraform state v4 files and `terraform show -json` output, from
// disk or from S3. Bad input never throws: each unreadable state becomes one error entry and
// the other states are still checked.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ReportError } from '../report/model.js';
import { awsFailureOf, describeAwsFailure } from './aws-clients.js';

export interface StateSource {
  /** Repo-relative folder of the root module the state belongs to. */
  moduleDir: string;
  /** Repo-relative or absolute file path, or `s3://bucket/key`. */
  source: string;
  /** S3 backend `workspace_key_prefix` (default `env:`), used with a non-default workspace. */
  workspaceKeyPrefix?: string;
}

/** One managed resource instance as recorded in a state. */
export interface StateResource {
  /** Terraform's address: `module.a.aws_ecs_service.api["x"]`. */
  address: string;
  type: string;
  name: string;
  /** '' for the root module, else `module.a` / `module.a["k"].module.b`. */
  moduleAddress: string;
  indexKey?: string | number;
  attributes: Record<string, unknown>;
  /** Where the state came from: repo-relative path with `/`, absolute path, or `s3://…` URL. */
  stateFile: string;
  /** The root module folder the state belongs to. */
  moduleDir: string;
}

export interface ReadStatesResult {
  resources: StateResource[];
  errors: ReportError[];
  calls: Record<string, number>;
  /** When each state was last written (S3 LastModified, or a file's modification time), by stateFile. */
  writtenAt: Map<string, Date>;
}

/**
 * Object key of a state in an S3 backend: the default workspace uses `key`, any other
 * `<workspace_key_prefix>/<workspace>/<key>` (Terraform S3 backend docs, "workspace_key_prefix").
 */
export function s3StateKey(key: string, workspace?: string, workspaceKeyPrefix = 'env:'): string {
  if (!workspace || workspace === 'default') return key;
  return `${workspaceKeyPrefix}/${workspace}/${key}`;
}

export function parseS3Url(source: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(source);
  return match ? { bucket: match[1], key: match[2] } : undefined;
}

/** Terraform's rendering of an instance key: `[0]` or `["x"]`. */
export function instanceKeySuffix(key: string | number | undefined): string {
  if (key === undefined || key === null) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export async function readStates(
  sources: StateSource[],
  options: { repoRoot: string; workspace?: string },
  s3: S3Client | undefined,
): Promise<ReadStatesResult> {
  const result: ReadStatesResult = { resources: [], errors: [], calls: {}, writtenAt: new Map() };
  for (const source of sources) {
    const loaded = await loadStateText(source, options, s3, result.calls);
    if ('error' in loaded) {
      result.errors.push({ file: loaded.stateFile, message: loaded.error });
      continue;
    }
    if (loaded.writtenAt) result.writtenAt.set(loaded.stateFile, loaded.writtenAt);
    const parsed = parseStateDocument(loaded.text, loaded.stateFile, source.moduleDir);
    if ('error' in parsed) result.errors.push({ file: loaded.stateFile, message: parsed.error });
    else result.resources.push(...parsed.resources);
  }
  return result;
}

async function loadStateText(
  source: StateSource,
  options: { repoRoot: string; workspace?: string },
  s3: S3Client | undefined,
  calls: Record<string, number>,
): Promise<{ text: string; stateFile: string; writtenAt?: Date } | { error: string; stateFile: string }> {
  const url = parseS3Url(source.source);
  if (url) {
    const key = s3StateKey(url.key, options.workspace, source.workspaceKeyPrefix);
    const stateFile = `s3://${url.bucket}/${key}`;
    if (!s3) return { stateFile, error: 'cannot read an S3 state without an S3 client' };
    calls.GetObject = (calls.GetObject ?? 0) + 1;
    try {
      const response = await s3.send(new GetObjectCommand({ Bucket: url.bucket, Key: key }));
      if (!response.Body) return { stateFile, error: 'the S3 object has no body' };
      return { stateFile, text: await response.Body.transformToString('utf8'), writtenAt: response.LastModified };
    } catch (error) {
      return { stateFile, error: describeAwsFailure(awsFailureOf(error, { service: 'S3', operation: 'GetObject', target: stateFile, region: '' })) };
    }
  }
  if (source.source.startsWith('s3://')) {
    return { stateFile: source.source, error: 'an S3 state must be written s3://bucket/key' };
  }
  const absolute = path.resolve(options.repoRoot, source.source);
  const relative = path.relative(options.repoRoot, absolute);
  const stateFile = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
  try {
    const [text, info] = await Promise.all([readFile(absolute, 'utf8'), stat(absolute)]);
    return { stateFile, text, writtenAt: info.mtime };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder, not a state file' : String((error as Error).message);
    return { stateFile, error: `cannot read the state: ${why}` };
  }
}

/**
 * Parses a state v4 document or `terraform show -json` output into managed resource
 * instances. Returns an error (never throws) for anything else.
 */
export function parseStateDocument(text: string, stateFile: string, moduleDir: string): { resources: StateResource[] } | { error: string } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // Node's JSON.parse message quotes the start of the input, which may hold secrets.
    const position = /position (\d+)/.exec(String((error as Error).message));
    return { error: `not valid JSON${position ? ` (at character ${position[1]})` : ''}: expected a Terraform state v4 file or \`terraform show -json\` output` };
  }
  if (!isRecord(document)) return { error: 'not a Terraform state: expected a JSON object' };
  if ('format_version' in document) return parseShowJson(document, stateFile, moduleDir);
  if (!('version' in document)) return { error: 'not a Terraform state: no "version" field' };
  if (document.version !== 4) {
    return { error: `unsupported state version ${JSON.stringify(document.version)}: only Terraform state v4 (Terraform 0.12+) is read; run \`terraform state pull\` with a current Terraform` };
  }
  const resources: StateResource[] = [];
  const list = document.resources ?? [];
  if (!Array.isArray(list)) return { error: 'not a Terraform state: "resources" is not a list' };
  for (const entry of list) {
    if (!isRecord(entry) || entry.mode !== 'managed') continue;
    const type = String(entry.type ?? '');
    const name = String(entry.name ?? '');
    const moduleAddress = typeof entry.module === 'string' ? entry.module : '';
    const instances = Array.isArray(entry.instances) ? entry.instances : [];
    for (const instance of instances) {
      if (!isRecord(instance) || !isRecord(instance.attributes)) continue;
      // A deposed object is being replaced; the current one is what Terraform manages.
      if (typeof instance.deposed === 'string') continue;
      const indexKey = typeof instance.index_key === 'string' || typeof instance.index_key === 'number' ? instance.index_key : undefined;
      resources.push({
        address: `${moduleAddress ? `${moduleAddress}.` : ''}${type}.${name}${instanceKeySuffix(indexKey)}`,
        type,
        name,
        moduleAddress,
        indexKey,
        attributes: instance.attributes,
        stateFile,
        moduleDir,
      });
    }
  }
  return { resources };
}

function parseShowJson(document: Record<string, unknown>, stateFile: string, moduleDir: string): { resources: StateResource[] } | { error: string } {
  const values = document.values;
  if (values === undefined) return { resources: [] };
  if (!isRecord(values)) return { error: 'not `terraform show -json` output: "values" is not an object' };
  const resources: StateResource[] = [];
  const visit = (module: unknown, moduleAddress: string): void => {
    if (!isRecord(module)) return;
    for (const entry of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord(entry) || entry.mode !== 'managed' || !isRecord(entry.values)) continue;
      const type = String(entry.type ?? '');
      const name = String(entry.name ?? '');
      const indexKey = typeof entry.index === 'string' || typeof entry.index === 'number' ? entry.index : undefined;
      const address = typeof entry.address === 'string' ? entry.address : `${moduleAddress ? `${moduleAddress}.` : ''}${type}.${name}${instanceKeySuffix(indexKey)}`;
      resources.push({ address, type, name, moduleAddress, indexKey, attributes: entry.values, stateFile, moduleDir });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
      if (isRecord(child)) visit(child, typeof child.address === 'string' ? child.address : moduleAddress);
    }
  };
  visit(values.root_module, '');
  return { resources };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

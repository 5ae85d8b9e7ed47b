// Routes and validators built from GitHub's own OpenAPI description (@octokit/openapi), so
// the emulator accepts exactly the requests api.github.com documents and its responses are
// checked against the same schemas the real client types come from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaObject = { [key: string]: Json };

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: SchemaObject;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  docsUrl: string | undefined;
  parameters: OperationParameter[];
  hasRequestBody: boolean;
  requestBodyRequired: boolean;
  /** status code -> has a JSON schema */
  responseStatuses: string[];
}

interface Route {
  operation: Operation;
  regex: RegExp;
  paramNames: string[];
  literalSegments: number;
}

export interface RouteMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

export interface SchemaViolation {
  location: string;
  message: string;
}

const SPEC_BASE = 'https://emulator.invalid/api.github.com.json';

interface LoadedSpec {
  raw: { paths: Record<string, Record<string, SchemaObject>>; components: Record<string, Record<string, Json>> };
  routesByMethod: Map<string, Route[]>;
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

let loaded: LoadedSpec | undefined;

// One spec per process: parsing 13 MB takes ~0.3 s, and every emulator instance shares it.
function spec(): LoadedSpec {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as LoadedSpec['raw'];

  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(raw.components.schemas)) schemas[name] = toJsonSchema(schema);

  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormatsModule.default(ajv);
  // Formats GitHub's description uses that JSON Schema does not define; GitHub does not check them either.
  for (const format of ['repo.nwo', 'timestamp', 'int32', 'int64', 'double', 'binary']) ajv.addFormat(format, true);
  ajv.addSchema({ $id: SPEC_BASE, components: { schemas } } as object, SPEC_BASE);

  const routesByMethod = new Map<string, Route[]>();
  for (const [template, item] of Object.entries(raw.paths)) {
    const shared = (item['parameters'] as unknown as Json[] | undefined) ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = [...shared, ...((op['parameters'] as Json[] | undefined) ?? [])].map((p) => resolveParameter(raw, p));
      const requestBody = op['requestBody'] as SchemaObject | undefined;
      const responses = (op['responses'] ?? {}) as Record<string, Json>;
      const operation: Operation = {
        operationId: String(op['operationId']),
        method: method.toUpperCase(),
        template,
        docsUrl: ((op['externalDocs'] as SchemaObject | undefined)?.['url'] as string | undefined) ?? undefined,
        parameters,
        hasRequestBody: requestBody !== undefined,
        requestBodyRequired: requestBody?.['required'] === true,
        responseStatuses: Object.keys(responses),
      };
      const paramNames: string[] = [];
      let literalSegments = 0;
      const segments = template.split('/').slice(1);
      const pattern = segments
        .map((segment, index) => {
          const param = /^\{(\w+)\}$/.exec(segment);
          if (!param) {
            literalSegments++;
            return escapeRegex(segment).replace(/\\\{(\w+)\\\}/g, (_m, name: string) => {
              paramNames.push(name);
              return '([^/]+)';
            });
          }
          paramNames.push(param[1]!);
          // A trailing {path}, {ref} or {basehead} may contain slashes (contents paths, "heads/main", "main...feature/x").
          const last = index === segments.length - 1;
          return last && ['path', 'ref', 'basehead'].includes(param[1]!) ? '(.+)' : '([^/]+)';
        })
        .join('/');
      const route: Route = { operation, regex: new RegExp(`^/${pattern}$`), paramNames, literalSegments };
      const list = routesByMethod.get(operation.method) ?? [];
      list.push(route);
      routesByMethod.set(operation.method, list);
    }
  }
  // Literal segments win over parameters: /pulls/comments/{id} before /pulls/{pull_number}.
  for (const list of routesByMethod.values()) list.sort((a, b) => b.literalSegments - a.literalSegments);

  loaded = { raw, routesByMethod, ajv, validators: new Map() };
  return loaded;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function resolveRef(raw: LoadedSpec['raw'], node: Json): Json {
  let current = node;
  while (current && typeof current === 'object' && !Array.isArray(current) && typeof current['$ref'] === 'string') {
    const parts = (current['$ref'] as string).replace(/^#\//, '').split('/');
    let target: Json = raw as unknown as Json;
    for (const part of parts) target = (target as Record<string, Json>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]!;
    current = target;
  }
  return current;
}

function resolveParameter(raw: LoadedSpec['raw'], node: Json): OperationParameter {
  const p = resolveRef(raw, node) as SchemaObject;
  return {
    name: String(p['name']),
    in: p['in'] as OperationParameter['in'],
    required: p['required'] === true,
    schema: toJsonSchema((p['schema'] ?? {}) as Json) as SchemaObject,
  };
}

/**
 * OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes a null branch (ajv's own `nullable`
 * support refuses schemas without `type`, and 135 of GitHub's have none), and refs point
 * into the document registered with ajv.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'discriminator') continue;
    if (key === 'enum' || key === 'default' || key === 'const') out[key] = value;
    else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = `${SPEC_BASE}${value}`;
    else if (key === 'properties' || key === 'patternProperties') {
      const props: Record<string, Json> = {};
      for (const [name, schema] of Object.entries(value as Record<string, Json>)) props[name] = toJsonSchema(schema);
      out[key] = props;
    } else out[key] = toJsonSchema(value);
  }
  if (node['nullable'] === true) {
    if (typeof out['type'] === 'string' && !('$ref' in out)) {
      out['type'] = [out['type'], 'null'];
      if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const routes = spec().routesByMethod.get(method) ?? [];
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    const pathParams: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(m[i + 1]!);
    });
    return { operation: route.operation, pathParams };
  }
  return undefined;
}

/** True when some other method is documented for this path (GitHub answers 404 either way). */
export function isKnownPath(path: string): boolean {
  for (const routes of spec().routesByMethod.values()) if (routes.some((r) => r.regex.test(path))) return true;
  return false;
}

function validatorFor(key: string, build: () => Json | undefined): ValidateFunction | undefined {
  const { validators, ajv } = spec();
  if (validators.has(key)) return validators.get(key);
  const schema = build();
  const validate = schema === undefined ? undefined : ajv.compile(schema as object);
  if (validate) validators.set(key, validate);
  return validate;
}

function operationNode(op: Operation): SchemaObject {
  return spec().raw.paths[op.template]![op.method.toLowerCase()]!;
}

function describe(errors: ErrorObject[] | null | undefined, location: string): SchemaViolation[] {
  return (errors ?? []).map((e) => ({
    location: `${location}${e.instancePath}`,
    message: `${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  }));
}

/**
 * Query and path values arrive as strings; coerce them by their declared type the way
 * GitHub's router does before checking them.
 */
export function coerceParameter(value: string, schema: SchemaObject): Json {
  const type = Array.isArray(schema['type']) ? schema['type'][0] : schema['type'];
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (type === 'array') return value.split(',');
  return value;
}

export function validateParameters(
  op: Operation,
  values: { path: Record<string, string>; query: URLSearchParams },
): { violations: SchemaViolation[]; query: Record<string, Json>; path: Record<string, Json> } {
  const violations: SchemaViolation[] = [];
  const query: Record<string, Json> = {};
  const path: Record<string, Json> = {};
  op.parameters.forEach((param, index) => {
    if (param.in !== 'path' && param.in !== 'query') return;
    const rawValue = param.in === 'path' ? values.path[param.name] : values.query.get(param.name) ?? undefined;
    if (rawValue === undefined) {
      if (param.required) violations.push({ location: `${param.in}.${param.name}`, message: 'is required' });
      return;
    }
    const value = coerceParameter(rawValue, param.schema);
    const validate = validatorFor(`${op.operationId} param ${index}`, () => param.schema);
    if (validate && !validate(value)) violations.push(...describe(validate.errors, `${param.in}.${param.name}`));
    (param.in === 'path' ? path : query)[param.name] = value;
  });
  return { violations, query, path };
}

export function validateRequestBody(op: Operation, body: Json | undefined): SchemaViolation[] {
  if (body === undefined) {
    return op.requestBodyRequired ? [{ location: 'body', message: 'request body is required' }] : [];
  }
  const validate = validatorFor(`${op.operationId} request`, () => {
    const requestBody = resolveRef(spec().raw, operationNode(op)['requestBody'] ?? null) as SchemaObject | null;
    const content = requestBody?.['content'] as Record<string, SchemaObject> | undefined;
    const schema = content?.['application/json']?.['schema'];
    return schema === undefined ? undefined : toJsonSchema(schema);
  });
  if (!validate) return [];
  return validate(body) ? [] : describe(validate.errors, 'body');
}

/** Violations of the documented response schema; undocumented statuses are reported too. */
export function validateResponseBody(op: Operation, status: number, body: Json | undefined): SchemaViolation[] {
  const key = String(status);
  if (!op.responseStatuses.includes(key)) {
    // Errors GitHub sends on any route (401, 403 from permissions, 404, 422) are not always listed.
    return status >= 400 ? [] : [{ location: 'response', message: `status ${status} is not documented for ${op.operationId}` }];
  }
  const validate = validatorFor(`${op.operationId} response ${key}`, () => {
    const response = resolveRef(spec().raw, ((operationNode(op)['responses'] as SchemaObject)[key]) ?? null) as SchemaObject | null;
    const content = response?.['content'] as Record<string, SchemaObject> | undefined;
    const schema = content?.['application/json']?.['schema'];
    return schema === undefined ? undefined : toJsonSchema(schema);
  });
  if (!validate) {
    // Some documented errors have no schema although GitHub sends its usual error object.
    if (status >= 400 || body === undefined) return [];
    return [{ location: 'response', message: `status ${status} of ${op.operationId} is documented without a body` }];
  }
  return validate(body) ? [] : describe(validate.errors, 'response');
}

export type { Json };

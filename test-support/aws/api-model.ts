// Shape checks against the API model that ships inside the installed AWS SDK clients.
//
// Why the SDK's model and not botocore's: the SDK clients in package.json are 2025+ builds,
// so their model knows every member ECS returns today (Debian's python3-botocore 1.29 is a
// 2022 model). The SDK carries the model as compact Smithy schemas exported from each
// client package (`DescribeServices$`, `Service$`, ...): member names, member types, list/map
// element types, timestamps, and the required members (codegen puts required members first
// and appends their count). Enum values are the one thing those schemas drop; the client's
// .d.ts files still name each member's enum type, and the enum value sets are exported
// objects, so enums are recovered from there (see loadEnumMembers).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A Smithy static schema, as the SDK's schemas_0.js encodes it. */
type SchemaRef = number | string | (() => SchemaRef) | readonly unknown[];

const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;
const STRING = 0;
const NUMERIC = 1;
const BOOLEAN = 2;
const BIG_INTEGER = 17;
const BIG_DECIMAL = 19;
const DOCUMENT = 15;
const BLOB = 21;
const STREAMING_BLOB = 42;

type SdkModule = Record<string, unknown>;

export interface OperationModel {
  name: string;
  input: SchemaRef;
  output: SchemaRef;
}

export class ApiModel {
  /** `<StructureName>.<member>` -> allowed enum values. */
  private readonly enums: Map<string, readonly string[]>;

  constructor(
    readonly serviceName: string,
    private readonly sdk: SdkModule,
    sdkPackage: string,
  ) {
    this.enums = loadEnumMembers(sdk, sdkPackage);
  }

  /** True when enum values could be recovered from the client's type declarations. */
  get checksEnums(): boolean {
    return this.enums.size > 0;
  }

  operation(name: string): OperationModel | undefined {
    const op = this.sdk[`${name}$`];
    if (!Array.isArray(op) || op[0] !== 9) return undefined;
    return { name, input: op[4] as SchemaRef, output: op[5] as SchemaRef };
  }

  /**
   * Checks a JSON value (as awsJson1.1 puts it on the wire: timestamps are epoch seconds)
   * against a schema. Returns one message per mismatch, each starting with the member path.
   */
  validate(schema: SchemaRef, value: unknown, path = ''): string[] {
    const errors: string[] = [];
    this.check(schema, value, path || '$', errors, undefined);
    return errors;
  }

  /**
   * Converts state objects to their awsJson1.1 wire form: Date (or ISO string) timestamps
   * become epoch seconds, undefined members are dropped. Unknown members are kept so that
   * the response validator can report them.
   */
  toWire(schema: SchemaRef, value: unknown): unknown {
    if (value === undefined || value === null) return undefined;
    const s = resolve(schema);
    if (typeof s === 'number') {
      if (s >= 4 && s <= 7) return toEpochSeconds(value);
      if (s >= LIST_MODIFIER && s < MAP_MODIFIER && Array.isArray(value)) {
        return value.map((v) => this.toWire(s - LIST_MODIFIER, v));
      }
      return value;
    }
    if (typeof s === 'string' || !Array.isArray(s)) return value;
    const kind = s[0];
    if (kind === 0) return this.toWire(s[4] as SchemaRef, value);
    if (kind === 1 && Array.isArray(value)) return value.map((v) => this.toWire(s[4] as SchemaRef, v));
    if (kind === 2 && isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.toWire(s[5] as SchemaRef, v)]));
    }
    if ((kind === 3 || kind === -3 || kind === 4) && isPlainObject(value)) {
      const names = s[4] as string[];
      const members = s[5] as SchemaRef[];
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        const i = names.indexOf(k);
        out[k] = i >= 0 ? this.toWire(members[i]!, v) : v;
      }
      return out;
    }
    return value;
  }

  private check(schema: SchemaRef, value: unknown, path: string, errors: string[], enumValues: readonly string[] | undefined): void {
    if (value === null || value === undefined) return;
    const s = resolve(schema);
    if (typeof s === 'string') return; // "unit"
    if (typeof s === 'number') {
      this.checkSimple(s, value, path, errors, enumValues);
      return;
    }
    const kind = s[0];
    const name = String(s[2]);
    if (kind === 0) {
      this.check(s[4] as SchemaRef, value, path, errors, enumValues);
      return;
    }
    if (kind === 1) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected a list (${name}), got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => this.check(s[4] as SchemaRef, v, `${path}[${i}]`, errors, enumValues));
      return;
    }
    if (kind === 2) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected a map (${name}), got ${describe(value)}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) this.check(s[5] as SchemaRef, v, `${path}.${k}`, errors, undefined);
      return;
    }
    if (kind === 3 || kind === -3 || kind === 4) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected a structure (${name}), got ${describe(value)}`);
        return;
      }
      const names = s[4] as string[];
      const members = s[5] as SchemaRef[];
      const required = typeof s[6] === 'number' ? s[6] : 0;
      for (let i = 0; i < required; i++) {
        const member = names[i]!;
        const v = (value as Record<string, unknown>)[member];
        if (v === undefined || v === null) errors.push(`${path}.${member}: required member of ${name} is missing`);
      }
      const present = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
      for (const key of present) {
        const i = names.indexOf(key);
        if (i < 0) {
          errors.push(`${path}.${key}: ${name} has no member "${key}"`);
          continue;
        }
        this.check(members[i]!, (value as Record<string, unknown>)[key], `${path}.${key}`, errors, this.enums.get(`${name}.${key}`));
      }
      if (kind === 4 && present.length !== 1) errors.push(`${path}: union ${name} must set exactly one member, got ${present.length}`);
      return;
    }
    errors.push(`${path}: unsupported schema kind ${String(kind)}`);
  }

  private checkSimple(s: number, value: unknown, path: string, errors: string[], enumValues: readonly string[] | undefined): void {
    if (s >= MAP_MODIFIER) {
      this.check([2, '', 'map', 0, STRING, s - MAP_MODIFIER], value, path, errors, undefined);
      return;
    }
    if (s >= LIST_MODIFIER) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected a list, got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => this.checkSimple(s - LIST_MODIFIER, v, `${path}[${i}]`, errors, enumValues));
      return;
    }
    switch (s) {
      case STRING:
        if (typeof value !== 'string') errors.push(`${path}: expected a string, got ${describe(value)}`);
        else if (enumValues && !enumValues.includes(value)) {
          errors.push(`${path}: "${value}" is not one of ${enumValues.join(', ')}`);
        }
        return;
      case NUMERIC:
      case BIG_INTEGER:
      case BIG_DECIMAL:
        if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${path}: expected a number, got ${describe(value)}`);
        return;
      case BOOLEAN:
        if (typeof value !== 'boolean') errors.push(`${path}: expected a boolean, got ${describe(value)}`);
        return;
      case 4:
      case 5:
      case 6:
      case 7:
        // awsJson1.1 sends timestamps as epoch seconds unless the member says otherwise.
        if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${path}: expected a timestamp (epoch seconds), got ${describe(value)}`);
        return;
      case BLOB:
      case STREAMING_BLOB:
        if (typeof value !== 'string') errors.push(`${path}: expected a base64 blob string, got ${describe(value)}`);
        return;
      case DOCUMENT:
        return;
      default:
        errors.push(`${path}: unsupported simple schema ${s}`);
    }
  }
}

function resolve(schema: SchemaRef): Exclude<SchemaRef, () => SchemaRef> {
  let s: SchemaRef = schema;
  for (;;) {
    if (typeof s === 'function') s = s();
    // A member with traits is a 2-tuple [schema, traits]; static schemas have 4+ entries.
    else if (Array.isArray(s) && s.length === 2) s = s[0] as SchemaRef;
    else return s as Exclude<SchemaRef, () => SchemaRef>;
  }
}

// Dates may come from another realm (structuredClone, jest's vm contexts), so no instanceof.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function toEpochSeconds(value: unknown): unknown {
  if (isDate(value)) return value.getTime() / 1000;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value) / 1000;
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDate(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isDate(value)) return 'a Date';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Reads `interface X { member?: EnumType | undefined; list?: EnumType[] | undefined }` from the
 * client's .d.ts files and keeps the members whose type is an exported enum object.
 */
function loadEnumMembers(sdk: SdkModule, sdkPackage: string): Map<string, readonly string[]> {
  const result = new Map<string, readonly string[]>();
  let modelsDir: string;
  try {
    const require = createRequire(import.meta.url);
    modelsDir = join(dirname(require.resolve(`${sdkPackage}/package.json`)), 'dist-types', 'models');
  } catch {
    return result; // type declarations unavailable (e.g. a stripped install): enums go unchecked
  }
  let files: string[];
  try {
    files = readdirSync(modelsDir).filter((f) => /^models_\d+\.d\.ts$/.test(f));
  } catch {
    return result;
  }
  for (const file of files) {
    let current: string | undefined;
    for (const line of readFileSync(join(modelsDir, file), 'utf8').split('\n')) {
      const open = /^export interface (\w+) \{/.exec(line);
      if (open) {
        current = open[1];
        continue;
      }
      if (line.startsWith('}')) {
        current = undefined;
        continue;
      }
      if (!current) continue;
      const member = /^ {4}(\w+)\??: (\w+)(\[\])? \| undefined;$/.exec(line);
      if (!member) continue;
      const values = enumValues(sdk[member[2]!]);
      if (values) result.set(`${current}.${member[1]}`, values);
    }
  }
  return result;
}

function enumValues(candidate: unknown): string[] | undefined {
  if (!isPlainObject(candidate)) return undefined;
  const values = Object.values(candidate);
  if (values.length === 0 || !values.every((v) => typeof v === 'string')) return undefined;
  return values as string[];
}

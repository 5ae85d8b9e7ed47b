// Terraform's JSON configuration syntax (`*.tf.json`), converted into the same FileSyntax the
// HCL parser gives, so evaluation and every rule work unchanged and findings point at the JSON
// line. The mapping follows https://developer.hashicorp.com/terraform/language/syntax/json:
// strings are templates except where a block type says literal or expression, and whether an
// object is a nested block or an object-typed argument comes from the provider schema, which
// is approximated here by a table of the nested block types of the resources the rules read.
import type { Parser } from 'web-tree-sitter';
import { HclSyntaxError, parseHclWith, parseTemplateWith, type AttributeSyntax, type BlockSyntax, type Expr, type FileSyntax, type Pos, type TemplatePart } from './hcl-syntax.js';
import { readJsonEscape } from './json-positions.js';

// ---------------------------------------------------------------------------------------
// A position-keeping JSON reader. json-positions.ts keeps lines but folds repeated keys into a
// Map and keeps no offsets; a configuration needs repeated keys (several `"//"`), property order
// and the source text of each value (an attribute's expression text).

type JsonNode = (
  | { k: 'object'; props: JsonProperty[] }
  | { k: 'array'; items: JsonNode[] }
  | { k: 'string'; value: string }
  | { k: 'number'; value: number }
  | { k: 'bool'; value: boolean }
  | { k: 'null' }
) & { start: number; end: number; line: number; endLine: number };

interface JsonProperty {
  key: string;
  keyLine: number;
  value: JsonNode;
}

const MAX_DEPTH = 512;

function readJson(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new HclSyntaxError(`invalid JSON at line ${line}: ${what}`, line);
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  const readString = (): string => {
    i++;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail(c === 10 ? 'line break inside a string (write \\n)' : 'control character in string');
      if (c === 92) {
        out += text.slice(chunk, i);
        const escape = readJsonEscape(text, i) ?? fail('invalid escape in string');
        out += escape.text;
        i += escape.length;
        chunk = i;
        continue;
      }
      i++;
    }
    out += text.slice(chunk, i);
    i++;
    return out;
  };
  const readValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    skipWhitespace();
    const start = i;
    const startLine = line;
    const done = <T extends object>(node: T) => ({ ...node, start, end: i, line: startLine, endLine: line });
    const c = text[i];
    if (c === '{') {
      i++;
      const props: JsonProperty[] = [];
      skipWhitespace();
      if (text[i] === '}') { i++; return done({ k: 'object' as const, props }); }
      for (;;) {
        skipWhitespace();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const keyLine = line;
        const key = readString();
        skipWhitespace();
        if (text[i] !== ':') fail("expected ':' after a property name");
        i++;
        props.push({ key, keyLine, value: readValue(depth + 1) });
        skipWhitespace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; break; }
        fail("expected ',' or '}' in object");
      }
      return done({ k: 'object' as const, props });
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipWhitespace();
      if (text[i] === ']') { i++; return done({ k: 'array' as const, items }); }
      for (;;) {
        items.push(readValue(depth + 1));
        skipWhitespace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; break; }
        fail("expected ',' or ']' in array");
      }
      return done({ k: 'array' as const, items });
    }
    if (c === '"') {
      const value = readString();
      return done({ k: 'string' as const, value });
    }
    if (text.startsWith('true', i)) { i += 4; return done({ k: 'bool' as const, value: true }); }
    if (text.startsWith('false', i)) { i += 5; return done({ k: 'bool' as const, value: false }); }
    if (text.startsWith('null', i)) { i += 4; return done({ k: 'null' as const }); }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) { i += number[0].length; return done({ k: 'number' as const, value: Number(number[0]) }); }
    return fail(i >= text.length ? 'unexpected end of input' : `unexpected character '${text[i]}'`);
  };
  const root = readValue(0);
  skipWhitespace();
  if (i < text.length) fail('unexpected text after the JSON value');
  return root;
}

// ---------------------------------------------------------------------------------------
// What each block type's body holds: which keys are nested blocks (with how many labels), and
// how strings are read where the spec says they are not templates.

/** `template`: a string template (the default); `literal`: taken as written; `expression`: a reference or keyword (`"aws_iam_role.task"`, `"all"`). */
type StringMode = 'template' | 'literal' | 'expression';

interface BodySchema {
  blocks?: Readonly<Record<string, NestedBlock>>;
  /** Per-argument string modes; arguments not listed use `mode`. */
  modes?: Readonly<Record<string, StringMode>>;
  mode?: StringMode;
  /** `dynamic "<type>"` blocks generate the nested blocks of this body. */
  dynamic?: boolean;
}

interface NestedBlock {
  labels: number;
  body: (labels: string[]) => BodySchema;
}

/** A provider resource's nested block types, each with its own nested block types. */
interface ProviderBlocks {
  readonly [blockType: string]: ProviderBlocks;
}

const NONE: ProviderBlocks = {};

// Nested block types from the Terraform AWS provider documentation (argument reference of each
// resource); every other key of these resources is an argument, whatever its JSON value.
const PROVIDER_BLOCKS: Readonly<Record<string, ProviderBlocks>> = {
  aws_ecs_service: {
    alarms: NONE,
    capacity_provider_strategy: NONE,
    deployment_circuit_breaker: NONE,
    deployment_configuration: { lifecycle_hook: NONE },
    deployment_controller: NONE,
    load_balancer: { advanced_configuration: NONE },
    network_configuration: NONE,
    ordered_placement_strategy: NONE,
    placement_constraints: NONE,
    service_connect_configuration: {
      log_configuration: { secret_option: NONE },
      service: { client_alias: { test_traffic_rules: { header: { value: NONE } } }, timeout: NONE, tls: { issuer_cert_authority: NONE } },
    },
    service_registries: NONE,
    volume_configuration: { managed_ebs_volume: { tag_specifications: NONE } },
    vpc_lattice_configurations: NONE,
  },
  aws_ecs_task_definition: {
    ephemeral_storage: NONE,
    inference_accelerator: NONE,
    placement_constraints: NONE,
    proxy_configuration: NONE,
    runtime_platform: NONE,
    volume: {
      docker_volume_configuration: NONE,
      efs_volume_configuration: { authorization_config: NONE },
      fsx_windows_file_server_volume_configuration: { authorization_config: NONE },
    },
  },
  aws_ecs_task_set: {
    capacity_provider_strategy: NONE,
    load_balancer: NONE,
    network_configuration: NONE,
    scale: NONE,
    service_registries: NONE,
  },
  aws_ecs_cluster: {
    configuration: { execute_command_configuration: { log_configuration: NONE }, managed_storage_configuration: NONE },
    service_connect_defaults: NONE,
    setting: NONE,
  },
  aws_ecs_cluster_capacity_providers: { default_capacity_provider_strategy: NONE },
  aws_ecs_capacity_provider: {
    auto_scaling_group_provider: { managed_scaling: NONE },
    managed_instances_provider: {
      instance_launch_template: {
        instance_requirements: {
          accelerator_count: NONE, accelerator_total_memory_mib: NONE, baseline_ebs_bandwidth_mbps: NONE, memory_gib_per_vcpu: NONE,
          memory_mib: NONE, network_bandwidth_gbps: NONE, network_interface_count: NONE, total_local_storage_gb: NONE, vcpu_count: NONE,
        },
        network_configuration: NONE,
        storage_configuration: NONE,
      },
    },
  },
  aws_ecs_account_setting_default: NONE,
  aws_ecs_tag: NONE,
  aws_ecr_repository: { encryption_configuration: NONE, image_scanning_configuration: NONE, image_tag_mutability_exclusion_filter: NONE },
  aws_ecr_repository_policy: NONE,
  aws_ecr_lifecycle_policy: NONE,
  aws_iam_role: { inline_policy: NONE },
  aws_iam_role_policy: NONE,
  aws_iam_policy: NONE,
  aws_iam_role_policy_attachment: NONE,
  aws_iam_policy_attachment: NONE,
};

const DATA_BLOCKS: Readonly<Record<string, ProviderBlocks>> = {
  aws_iam_policy_document: { statement: { principals: NONE, not_principals: NONE, condition: NONE } },
};

function providerBody(blocks: ProviderBlocks, extra: Record<string, NestedBlock> = {}, modes?: Record<string, StringMode>): BodySchema {
  const nested: Record<string, NestedBlock> = { ...extra };
  for (const [name, inner] of Object.entries(blocks)) nested[name] = { labels: 0, body: () => providerBody(inner) };
  return { blocks: nested, modes, dynamic: true };
}

const noLabels = (body: BodySchema): NestedBlock => ({ labels: 0, body: () => body });
const CONDITION = noLabels({});
const CONNECTION = noLabels({ modes: { type: 'literal' } });

/** Meta blocks every resource may have (precondition/postcondition conditions are templates like any argument). */
function resourceMetaBlocks(managed: boolean): Record<string, NestedBlock> {
  const meta: Record<string, NestedBlock> = {
    lifecycle: noLabels({
      modes: { ignore_changes: 'expression', replace_triggered_by: 'expression' },
      blocks: { precondition: CONDITION, postcondition: CONDITION },
    }),
    timeouts: noLabels({}),
  };
  if (managed) {
    meta.connection = CONNECTION;
    meta.provisioner = { labels: 1, body: () => ({ blocks: { connection: CONNECTION } }) };
  }
  return meta;
}

const RESOURCE_MODES: Record<string, StringMode> = { provider: 'expression', depends_on: 'expression' };

function resourceSchema(type: string): BodySchema {
  return providerBody(PROVIDER_BLOCKS[type] ?? NONE, resourceMetaBlocks(true), RESOURCE_MODES);
}

function dataSchema(type: string): BodySchema {
  return providerBody(DATA_BLOCKS[type] ?? NONE, resourceMetaBlocks(false), RESOURCE_MODES);
}

const LITERAL_BODY: BodySchema = { mode: 'literal' };

const ROOT_BLOCKS: Readonly<Record<string, NestedBlock>> = {
  resource: { labels: 2, body: (labels) => resourceSchema(labels[0]) },
  data: { labels: 2, body: (labels) => dataSchema(labels[0]) },
  module: {
    labels: 1,
    body: () => ({ modes: { source: 'literal', version: 'literal', providers: 'expression', depends_on: 'expression' } }),
  },
  variable: {
    labels: 1,
    body: () => ({
      modes: { type: 'expression', default: 'literal', description: 'literal', sensitive: 'literal', nullable: 'literal', ephemeral: 'literal' },
      blocks: { validation: CONDITION },
    }),
  },
  output: {
    labels: 1,
    body: () => ({
      modes: { description: 'literal', sensitive: 'literal', ephemeral: 'literal', depends_on: 'expression' },
      blocks: { precondition: CONDITION },
    }),
  },
  provider: {
    labels: 1,
    body: () => ({
      modes: { alias: 'literal', version: 'literal' },
      blocks: {
        assume_role: noLabels({}), assume_role_with_web_identity: noLabels({}), default_tags: noLabels({}), ignore_tags: noLabels({}),
        endpoints: noLabels({}),
      },
    }),
  },
  locals: noLabels({}),
  // Nothing in a terraform block takes references or function calls, so its strings are literal.
  terraform: noLabels({
    mode: 'literal',
    blocks: {
      backend: { labels: 1, body: () => LITERAL_BODY },
      cloud: noLabels({ mode: 'literal', blocks: { workspaces: noLabels(LITERAL_BODY) } }),
      required_providers: noLabels(LITERAL_BODY),
      provider_meta: { labels: 1, body: () => LITERAL_BODY },
    },
  }),
  moved: noLabels({ modes: { from: 'expression', to: 'expression' } }),
  import: noLabels({ modes: { to: 'expression', provider: 'expression' } }),
  removed: noLabels({ modes: { from: 'expression' }, blocks: resourceMetaBlocks(true) }),
  check: {
    labels: 1,
    body: () => ({ blocks: { data: { labels: 2, body: (labels) => dataSchema(labels[0]) }, assert: CONDITION } }),
  },
};

/** A `dynamic "<type>"` block: `content` holds the body of the generated `<type>` blocks. */
function dynamicSchema(parent: BodySchema, type: string): BodySchema {
  const target = parent.blocks?.[type];
  return {
    modes: { iterator: 'expression' },
    blocks: { content: { labels: 0, body: () => target?.body([]) ?? { dynamic: true } } },
  };
}

// ---------------------------------------------------------------------------------------
// Conversion

const SUPPRESSION = /drift-guard:ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)(?:\s+until=(\S+))?(?:\s+(.*?))?\s*$/;

interface JsonComment {
  line: number;
  text: string;
}

class JsonConverter {
  readonly comments: JsonComment[] = [];

  constructor(private readonly parser: Parser, private readonly source: string) {}

  file(root: JsonNode, lineCount: number): FileSyntax {
    if (root.k !== 'object') throw this.error(root.line, 'a .tf.json file must hold a JSON object');
    const body: BlockSyntax = { type: '', labels: [], pos: { line: 1, endLine: lineCount }, attributes: [], blocks: [] };
    for (const prop of root.props) {
      if (prop.key === '//') { this.comment(prop); continue; }
      const spec = ROOT_BLOCKS[prop.key];
      // Terraform rejects unknown top-level keys; reading them as plain blocks keeps the rest of the file.
      if (spec) body.blocks.push(...this.blocks(prop, spec));
      else if (prop.value.k === 'object' || prop.value.k === 'array') body.blocks.push(...this.blocks(prop, { labels: 0, body: () => ({}) }));
    }
    return { body, comments: mergeSameLine(this.comments), lineCount };
  }

  private error(line: number, what: string): HclSyntaxError {
    return new HclSyntaxError(`invalid Terraform JSON at line ${line}: ${what}`, line);
  }

  private pos(node: JsonNode): Pos {
    if (node.end <= node.start) return { line: node.line, endLine: node.endLine };
    return { line: node.line, endLine: node.endLine, column: this.columnAt(node.start, node.line), endColumn: this.columnAt(node.end - 1, node.endLine) + 1 };
  }

  private lineStarts: number[] | undefined;

  /** 1-based column (UTF-16 code units) of the character at `offset` on `line`; a byte order mark is no column. */
  private columnAt(offset: number, line: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const lineStart = this.lineStarts[line - 1] ?? 0;
    return offset - lineStart + 1 - (lineStart === 0 && this.source.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  private src(node: JsonNode): string {
    return this.source.slice(node.start, node.end);
  }

  /** `"//"` properties are comments: each string is one comment on the line it is written on. */
  private comment(prop: JsonProperty): JsonComment[] {
    const v = prop.value;
    const out: JsonComment[] = [];
    const add = (line: number, text: string) => out.push({ line, text: `# ${text.replace(/\s*[\r\n]+\s*/g, ' ')}` });
    if (v.k === 'string') add(prop.keyLine, v.value);
    else if (v.k === 'array' && v.items.every((i) => i.k === 'string')) for (const item of v.items) add(item.line, (item as { value: string }).value);
    else add(prop.keyLine, this.src(v));
    this.comments.push(...out);
    return out;
  }

  /** The blocks a property describes: one object level per label, arrays allowed at every level (several blocks, kept in order). */
  private blocks(prop: JsonProperty, spec: NestedBlock): BlockSyntax[] {
    const out: BlockSyntax[] = [];
    const collect = (node: JsonNode, labels: string[], headerLine: number) => {
      if (node.k === 'array') {
        for (const item of node.items) collect(item, labels, item.line);
        return;
      }
      if (node.k !== 'object') throw this.error(node.line, `"${prop.key}" ${labels.length < spec.labels ? 'labels' : 'block'} must be given as a JSON object`);
      if (labels.length < spec.labels) {
        for (const p of node.props) {
          if (p.key === '//') this.comment(p);
          else collect(p.value, [...labels, p.key], p.keyLine);
        }
        return;
      }
      out.push(this.body(node, prop.key, labels, { line: headerLine, endLine: node.endLine }, spec.body(labels)));
    };
    collect(prop.value, [], prop.keyLine);
    return out;
  }

  private body(node: Extract<JsonNode, { k: 'object' }>, type: string, labels: string[], pos: Pos, schema: BodySchema): BlockSyntax {
    const block: BlockSyntax = { type, labels, pos, attributes: [], blocks: [] };
    const suppressions: JsonComment[] = [];
    for (const prop of node.props) {
      if (prop.key === '//') {
        suppressions.push(...this.comment(prop).filter((c) => SUPPRESSION.test(c.text)));
        continue;
      }
      const nested = prop.key === 'dynamic' && schema.dynamic
        ? { labels: 1, body: (l: string[]) => dynamicSchema(schema, l[0]) }
        : schema.blocks?.[prop.key];
      if (nested) {
        block.blocks.push(...this.blocks(prop, nested));
        continue;
      }
      const attribute: AttributeSyntax = {
        name: prop.key,
        expr: this.expression(prop.value, schema.modes?.[prop.key] ?? schema.mode ?? 'template'),
        pos: { line: prop.keyLine, endLine: prop.value.endLine },
      };
      block.attributes.push(attribute);
    }
    // Suppressions look for comments at the top of a resource block; a JSON body has no place
    // for one before its first property is written, so a `"//"` anywhere in the body counts.
    if ((type === 'resource' || type === 'data') && suppressions.length > 0) {
      this.comments.push(...suppressions.map((c) => ({ line: pos.line, text: c.text })));
    }
    return block;
  }

  private expression(node: JsonNode, mode: StringMode): Expr {
    switch (node.k) {
      case 'string':
        if (mode === 'literal') return this.literal(node, node.value);
        if (mode === 'expression') return this.parseExpression(node.value, node);
        return this.template(node.value, node);
      case 'number':
      case 'bool':
        return this.literal(node, node.value);
      case 'null':
        return this.literal(node, null);
      case 'array': {
        const items = node.items.map((i) => this.expression(i, mode));
        // An expression-mode list reads like the native syntax (`[desired_count, tags]`): rules read its text.
        const src = mode === 'expression' ? `[${items.map((i) => i.src).join(', ')}]` : this.src(node);
        return { t: 'tuple', items, pos: this.pos(node), src };
      }
      case 'object': {
        const elems = node.props.map((p) => {
          const keyNode: JsonNode = { k: 'string', value: p.key, start: 0, end: 0, line: p.keyLine, endLine: p.keyLine };
          const keyPos = { line: p.keyLine, endLine: p.keyLine };
          const key = mode === 'template' && hasTemplateSyntax(p.key)
            ? this.template(p.key, keyNode)
            : { t: 'lit' as const, v: p.key, pos: keyPos, src: JSON.stringify(p.key) };
          return { key, keyIsIdent: false, keyPos, value: this.expression(p.value, mode) };
        });
        return { t: 'object', elems, pos: this.pos(node), src: this.src(node) };
      }
    }
  }

  private literal(node: JsonNode, v: string | number | boolean | null): Expr {
    return { t: 'lit', v, pos: this.pos(node), src: this.src(node) };
  }

  /** A string template. `"${x}"` alone is x itself (the spec: its value is taken without conversion to string). */
  private template(text: string, node: JsonNode): Expr {
    if (!hasTemplateSyntax(text)) return this.literal(node, text);
    let parts: TemplatePart[];
    try {
      // The string's text is unescaped JSON: its columns are not the file's.
      parts = parseTemplateWith(this.parser, text, node.line, false);
    } catch (e) {
      if (e instanceof HclSyntaxError) throw this.error(node.line, `invalid template ${JSON.stringify(clip(text))}`);
      throw e;
    }
    parts = parts.filter((p) => p.t !== 'text' || p.text !== '');
    // A JSON string sits on one line even when it holds escaped line breaks.
    if (text.includes('\n')) pinParts(parts, node.line);
    if (parts.length === 1 && parts[0].t === 'interp') return parts[0].expr;
    return { t: 'tmpl', parts, heredoc: true, pos: this.pos(node), src: this.src(node) };
  }

  /** A string the spec reads as an expression (references, keywords, type constraints). */
  private parseExpression(text: string, node: JsonNode): Expr {
    let file: FileSyntax;
    try {
      file = parseHclWith(this.parser, `x = ${text}\n`, 1 - node.line, false);
    } catch (e) {
      if (e instanceof HclSyntaxError) throw this.error(node.line, `${JSON.stringify(clip(text))} is not a valid expression`);
      throw e;
    }
    const expr = file.body.attributes[0]?.expr;
    if (!expr || file.body.attributes.length !== 1 || file.body.blocks.length > 0) {
      throw this.error(node.line, `${JSON.stringify(clip(text))} is not a valid expression`);
    }
    if (text.includes('\n')) pinExpr(expr, node.line);
    return expr;
  }
}

function hasTemplateSyntax(text: string): boolean {
  return text.includes('${') || text.includes('%{');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function pinParts(parts: TemplatePart[], line: number): void {
  for (const p of parts) {
    if (p.t === 'text') p.line = line;
    else if (p.t === 'interp') pinExpr(p.expr, line);
    else if (p.t === 'if') { pinExpr(p.cond, line); pinParts(p.then, line); pinParts(p.else, line); }
    else { pinExpr(p.coll, line); pinParts(p.body, line); }
  }
}

/** Puts an expression and everything in it on one line. */
function pinExpr(e: Expr | undefined, line: number): void {
  if (!e) return;
  e.pos = { line, endLine: line };
  switch (e.t) {
    case 'tmpl': pinParts(e.parts, line); break;
    case 'tuple': e.items.forEach((i) => pinExpr(i, line)); break;
    case 'object':
      for (const el of e.elems) { pinExpr(el.key, line); el.keyPos = { line, endLine: line }; pinExpr(el.value, line); }
      break;
    case 'attr': pinExpr(e.obj, line); break;
    case 'index': pinExpr(e.obj, line); pinExpr(e.key, line); break;
    case 'splat': {
      pinExpr(e.obj, line);
      const rest = e.rest;
      e.rest = (x) => { const r = rest(x); pinExpr(r, line); return r; };
      break;
    }
    case 'call': e.args.forEach((a) => pinExpr(a, line)); break;
    case 'for': pinExpr(e.coll, line); pinExpr(e.keyExpr, line); pinExpr(e.valueExpr, line); pinExpr(e.cond, line); break;
    case 'cond': pinExpr(e.cond, line); pinExpr(e.a, line); pinExpr(e.b, line); break;
    case 'bin': pinExpr(e.l, line); pinExpr(e.r, line); break;
    case 'un': pinExpr(e.e, line); break;
  }
}

/**
 * Suppressions keep one comment per line, so suppression comments that share a line (a
 * resource's `"//"` copies on its header line, or a minified file) become one: their rules
 * together, the earliest `until` (none outlives what its author wrote), the reasons joined.
 */
function mergeSameLine(comments: JsonComment[]): JsonComment[] {
  const byLine = new Map<number, JsonComment[]>();
  for (const c of comments) {
    if (!SUPPRESSION.test(c.text)) continue;
    const list = byLine.get(c.line);
    if (list) list.push(c);
    else byLine.set(c.line, [c]);
  }
  const merged = new Map<number, string>();
  for (const [line, list] of byLine) {
    const texts = [...new Set(list.map((c) => c.text))];
    if (texts.length < 2) continue;
    const rules = new Set<string>();
    const untils: string[] = [];
    const reasons: string[] = [];
    for (const t of texts) {
      const m = SUPPRESSION.exec(t)!;
      for (const r of m[1].split(',')) rules.add(r.trim());
      if (m[2]) untils.push(m[2]);
      if (m[3]?.trim() && !reasons.includes(m[3].trim())) reasons.push(m[3].trim());
    }
    const until = untils.sort()[0];
    merged.set(line, `# drift-guard:ignore ${[...rules].join(',')}${until ? ` until=${until}` : ''}${reasons.length ? ` ${reasons.join('; ')}` : ''}`);
  }
  const out: JsonComment[] = [];
  const emitted = new Set<string>();
  for (const c of comments) {
    const m = merged.get(c.line);
    const comment = m !== undefined && SUPPRESSION.test(c.text) ? { line: c.line, text: m } : c;
    const key = `${comment.line}\u0000${comment.text}`;
    if (emitted.has(key)) continue;
    emitted.add(key);
    out.push(comment);
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Parses a `.tf.json` document into the syntax the HCL parser produces. Throws HclSyntaxError
 * (with the 1-based line) for malformed JSON and for values the JSON syntax does not allow.
 */
export function parseTerraformJson(parser: Parser, source: string): FileSyntax {
  const root = readJson(source);
  let lineCount = 1;
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineCount++;
  return new JsonConverter(parser, source).file(root, lineCount);
}

// The evaluated configuration the policy rules and the drift engine read.
import type { SourceLocation, Value } from './values.js';

export interface EvaluatedAttribute {
  name: string;
  /** The attribute's own line(s) in the `.tf` file. */
  loc: SourceLocation;
  value: Value;
  /** Source text of the expression with whitespace collapsed, for "same expression" checks. */
  expression: string;
  /** References the expression makes, e.g. `aws_iam_role.task.arn`, `var.image`. */
  references: readonly string[];
}

export interface EvaluatedBlock {
  type: string;
  labels: string[];
  /** From the header line to the closing brace. */
  loc: SourceLocation;
  attributes: Map<string, EvaluatedAttribute>;
  blocks: EvaluatedBlock[];
  /** `dynamic "x"` blocks whose content could not be expanded, with the reason. */
  unknownBlocks: { type: string; reason: string; loc: SourceLocation }[];
}

export interface ResourceModel {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** Terraform's address: `module.a.aws_ecs_service.api["x"]`. */
  address: string;
  /** Address of the module instance holding it: '' for a root module, `module.a` otherwise. */
  moduleAddress: string;
  /** Repo-relative folder of the module source that declares it ('.' for the repo root). */
  moduleDir: string;
  /** Repo-relative folder of the root module this instance was evaluated from. */
  rootDir: string;
  /** `each.key` / `count.index` of this instance, when expanded. */
  instanceKey?: string | number;
  /** The resource block, header to closing brace. */
  loc: SourceLocation;
  body: EvaluatedBlock;
  /** The `module` blocks this instance was reached through, outermost first (empty in a root module). */
  callChain?: ModuleCallSite[];
}

/** A `module` block on the way from a root module to a resource. */
export interface ModuleCallSite {
  /** `module.a`, `module.a.module.b["k"]`. */
  address: string;
  /** The `module` block in the caller. */
  loc: SourceLocation;
  /** Folder of the called module's files. */
  sourceDir: string;
  /** The called module's input variables and where each is declared. */
  variables: { name: string; loc: SourceLocation }[];
  /** The arguments the `module` block passes to this instance, evaluated in the caller. */
  arguments?: () => { name: string; value: Value }[];
}

/** A downloaded module package (the cache, or `.terraform/modules` that `terraform init` filled). */
export interface ModulePackage {
  /** Repo-relative folder of the package root (may start with `../` for the cache). */
  dir: string;
  /** The module source as the call wrote it (registry address, git URL, archive URL). */
  source: string;
  /** The registry version chosen, when the source is a registry address. */
  version?: string;
}

export interface ImportModel {
  /** Resource address the import targets, as written (`aws_ecs_service.api`). */
  to: string;
  id: Value;
  loc: SourceLocation;
  moduleDir: string;
  rootDir: string;
}

export interface SourceComment {
  line: number;
  text: string;
}

export interface SourceFile {
  path: string;
  /** Comments in the file (for suppressions), in order. */
  comments: SourceComment[];
  lineCount: number;
  /** The file's text, for suggested fixes. */
  text: string;
}

export interface ModuleCall {
  /** `module.a` relative to its parent. */
  name: string;
  callerDir: string;
  sourceDir: string;
  loc: SourceLocation;
}

/** A `terraform { backend "<type>" { ... } }` block; `settings` holds the attributes with literal string values. */
export interface BackendModel {
  moduleDir: string;
  type: string;
  settings: Record<string, string>;
  /** Attributes whose values are not literal (then the state location cannot be known statically). */
  nonLiteral: string[];
  loc: SourceLocation;
}

export interface ScanError {
  file: string;
  message: string;
}

export interface ConfigurationModel {
  /** Every folder with `.tf` or `.tf.json` files that was read, repo-relative. */
  moduleDirs: string[];
  /** Folders evaluated as root modules (not called by another scanned module). */
  rootDirs: string[];
  moduleCalls: ModuleCall[];
  resources: ResourceModel[];
  imports: ImportModel[];
  backends: BackendModel[];
  files: Map<string, SourceFile>;
  /** For each module folder, every repo file it reads: its `.tf`/`.tfvars` files and the targets of file()/templatefile(). */
  moduleFiles: Map<string, string[]>;
  /** Module calls and resources that could not be evaluated (remote modules, unknown count), with why. */
  notEvaluated: { resource: string; file: string; line: number; why: string }[];
  errors: ScanError[];
  /** Downloaded module packages the configuration read, for citing their files. */
  packages?: ModulePackage[];
}

/** Depth-first search of nested blocks by type. */
export function blocksOfType(block: EvaluatedBlock, type: string): EvaluatedBlock[] {
  return block.blocks.filter((b) => b.type === type);
}

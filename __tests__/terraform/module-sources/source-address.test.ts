// Module source addresses as Terraform reads them (developer.hashicorp.com/terraform/language/modules/sources).
import { parseModuleSource } from '../../../src/terraform/module-sources/source-address.js';

test.each([
  ['./modules/x', { kind: 'local', path: './modules/x' }],
  ['hashicorp/consul/aws', { kind: 'registry', host: 'registry.terraform.io', namespace: 'hashicorp', name: 'consul', system: 'aws', subdir: '' }],
  ['terraform-aws-modules/ecs/aws//modules/service', { kind: 'registry', host: 'registry.terraform.io', namespace: 'terraform-aws-modules', name: 'ecs', system: 'aws', subdir: 'modules/service' }],
  ['app.terraform.io/example-corp/k8s-cluster/azurerm', { kind: 'registry', host: 'app.terraform.io', namespace: 'example-corp', name: 'k8s-cluster', system: 'azurerm', subdir: '' }],
  ['github.com/hashicorp/example', { kind: 'git', url: 'https://github.com/hashicorp/example.git', ref: undefined, depth: undefined, subdir: '' }],
  ['github.com/hashicorp/example//modules/a?ref=v1.2.0', { kind: 'git', url: 'https://github.com/hashicorp/example.git', ref: 'v1.2.0', depth: undefined, subdir: 'modules/a' }],
  ['git@github.com:hashicorp/example.git', { kind: 'git', url: 'ssh://git@github.com/hashicorp/example.git', ref: undefined, depth: undefined, subdir: '' }],
  ['git::https://example.com/vpc.git?ref=51d462976d84fdea54b47d80dcabbf680badcdb8', { kind: 'git', url: 'https://example.com/vpc.git', ref: '51d462976d84fdea54b47d80dcabbf680badcdb8', depth: undefined, subdir: '' }],
  ['git::ssh://username@example.com/storage.git//sub/dir?ref=v1&depth=1', { kind: 'git', url: 'ssh://username@example.com/storage.git', ref: 'v1', depth: 1, subdir: 'sub/dir' }],
  ['git::file:///srv/repos/mod.git//m', { kind: 'git', url: 'file:///srv/repos/mod.git', ref: undefined, depth: undefined, subdir: 'm' }],
  ['https://example.com/vpc-module.zip', { kind: 'archive', url: 'https://example.com/vpc-module.zip', format: 'zip', subdir: '' }],
  ['https://example.com/vpc-module.tar.gz//modules/x', { kind: 'archive', url: 'https://example.com/vpc-module.tar.gz', format: 'tar.gz', subdir: 'modules/x' }],
  ['https://example.com/vpc-module?archive=zip', { kind: 'archive', url: 'https://example.com/vpc-module', format: 'zip', subdir: '' }],
  ['https://example.com/vpc-module', { kind: 'http', url: 'https://example.com/vpc-module', subdir: '' }],
])('%s', (source, expected) => {
  expect(parseModuleSource(source)).toEqual(expected);
});

test.each([
  ['s3::https://s3-eu-west-1.amazonaws.com/examplecorp-terraform-modules/vpc.zip', /s3:: sources are not supported/],
  ['hashicorp/consul/aws//../../etc', /leaves the package/],
  ['git::https://example.com/x.git?ref=--upload-pack=evil', /is not a revision/],
  ['git::-oProxyCommand=evil', /starts with "-"/],
  ['consul', /not a registry address/],
])('%s is refused: %s', (source, why) => {
  const parsed = parseModuleSource(source);
  expect(parsed.kind).toBe('unsupported');
  expect((parsed as { why: string }).why).toMatch(why);
});

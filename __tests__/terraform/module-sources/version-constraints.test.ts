// Terraform's documented version-constraint semantics
// (developer.hashicorp.com/terraform/language/expressions/version-constraints), case by case.
import { newestMatchingVersion, parseModuleVersion, parseVersionConstraint, versionMeetsConstraint } from '../../../src/terraform/module-sources/version-constraints.js';

function meets(version: string, constraint: string): boolean {
  return versionMeetsConstraint(parseModuleVersion(version)!, parseVersionConstraint(constraint));
}

test.each([
  // "~> 1.0.4 will allow installation of 1.0.5 and 1.0.10 but not 1.1.0"
  ['1.0.5', '~> 1.0.4', true],
  ['1.0.10', '~> 1.0.4', true],
  ['1.1.0', '~> 1.0.4', false],
  ['1.0.3', '~> 1.0.4', false],
  // "~> 1.1 will allow installation of 1.2 and 1.10 but not 2.0"
  ['1.2.0', '~> 1.1', true],
  ['1.10.0', '~> 1.1', true],
  ['2.0.0', '~> 1.1', false],
  ['1.0.9', '~> 1.1', false],
  // "~> 1" (one segment written) is ">= 1" in Terraform 1.11 (hashicorp/go-version), as
  // terraform-init-oracle.test.ts confirms: init picks 2.0.0 for it.
  ['2.0.0', '~> 1', true],
  ['0.9.0', '~> 1', false],
  // "= (or no operator): allows only one exact version number"
  ['1.2.0', '1.2.0', true],
  ['1.2.1', '= 1.2.0', false],
  // 1.2 = 1.2.0 (missing segments are zeros)
  ['1.2.0', '= 1.2', true],
  // "!= excludes an exact version number"
  ['1.2.0', '!= 1.2.0', false],
  ['1.2.1', '!= 1.2.0', true],
  // comparisons, comma-joined: ">= 1.2.0, < 2.0.0"
  ['1.2.0', '>= 1.2.0, < 2.0.0', true],
  ['1.9.9', '>= 1.2.0, < 2.0.0', true],
  ['2.0.0', '>= 1.2.0, < 2.0.0', false],
  ['1.1.9', '>= 1.2.0, < 2.0.0', false],
  ['1.3.0', '> 1.2.0', true],
  ['1.2.0', '> 1.2.0', false],
  ['1.2.0', '<= 1.2.0', true],
  // "a prerelease version can be selected only by an exact version constraint"
  ['1.1.0-beta', '= 1.1.0-beta', true],
  ['1.1.0-beta', '1.1.0-beta', true],
  ['1.1.0-beta', '>= 1.0.0', false],
  ['1.1.0-beta', '~> 1.0', false],
  ['1.1.0-beta', '>= 1.1.0-beta', false],
  ['1.1.0-rc1', '= 1.1.0-beta', false],
] as const)('%s meets %j: %s', (version, constraint, expected) => {
  expect(meets(version, constraint)).toBe(expected);
});

test('the newest matching version is chosen, and pre-releases only when named exactly', () => {
  const available = ['6.9.0', '7.0.0', '7.1.2', '7.10.0', '7.11.0-beta1', '8.0.0'];
  expect(newestMatchingVersion(available, '~> 7.0')).toBe('7.10.0');
  expect(newestMatchingVersion(available, '>= 7.0, != 7.10.0, < 8.0')).toBe('7.1.2');
  expect(newestMatchingVersion(available, undefined)).toBe('8.0.0');
  expect(newestMatchingVersion(available, '7.11.0-beta1')).toBe('7.11.0-beta1');
  expect(newestMatchingVersion(available, '> 8.0.0')).toBeUndefined();
});

test('a constraint that is not one names the bad part', () => {
  expect(() => parseVersionConstraint('>= 1.0, banana')).toThrow('invalid version constraint "banana"');
  expect(() => parseVersionConstraint('=> 1.0')).toThrow(/invalid version constraint/);
});

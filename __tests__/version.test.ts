import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION } from '../src/version.js';

test('the tool version in reports equals package.json', () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
  expect(TOOL_VERSION).toBe(pkg.version);
});

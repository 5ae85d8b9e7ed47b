// The SARIF 2.1.0 JSON schema as an npm package ships it, for tests that check every log the
// tool writes. `@microsoft/jest-sarif` (devDependency, MIT, microsoft/sarif-js-sdk) carries the
// OASIS schema `sarif-2.1.0-rtm.5.json` (the text of the standard's schema, JSON Schema draft-04,
// GUIDs checked by pattern). Only the file is used: the package's matchers want ajv 6 and a
// network fetch, the tests use the ajv they already have.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: seen from ESM the plugin function may sit on `default`.
type FormatsPlugin = typeof addFormatsModule.default;
const addFormats: FormatsPlugin = (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

export const SARIF_SCHEMA_PATH = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
export const sarifSchema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as { title: string; definitions: Record<string, unknown> };

// ajv 8 reads draft-07 and dropped draft-04, whose one difference that matters here is the name of
// the schema's identifier (`id`, draft-06 renamed it `$id`): this schema has no boolean
// exclusiveMinimum/Maximum and only local `#/definitions/…` references, so every other keyword means
// the same in both. The identifier is renamed in the loaded copy and the draft-04 meta-schema (which
// ajv 8 lacks) is not checked (validateSchema: false). One `language` pattern has a stray `]`, an
// error only under the `u` flag, so patterns compile without it, as draft-04's ECMA 262 patterns did.
const { id, $schema: _draft04, ...definitionsAndRules } = sarifSchema as typeof sarifSchema & { id: string; $schema: string };
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile({ $id: id, ...definitionsAndRules });

/** Schema errors of a SARIF log (text or parsed); empty when it is valid. */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  const value = typeof log === 'string' ? JSON.parse(log) : log;
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

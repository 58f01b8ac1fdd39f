// Validates JSON instances against JSON Schemas with ajv (draft 2020-12, strict mode, the u flag
// on every pattern, formats from ajv-formats), for the schema tests.
//   node validate.mjs CASES.json OUT.json
// CASES.json: {"schemas": {"NAME": SCHEMA, ...}, "cases": [{"schema": "NAME", "instance": VALUE}, ...]}
// OUT.json:   [{"valid": true|false, "errors": [ajv's errors]}, ...], one per case, in order.
// Exits 1, with ajv's message, when a schema does not compile: strict mode rejects unknown
// keywords, an invalid $id and a pattern that is not a valid ECMAScript (u flag) expression.
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [input, output] = process.argv.slice(2);
const { schemas, cases } = JSON.parse(readFileSync(input, 'utf8'));
// strictRequired is left off: a 'required' under 'then' for keys declared elsewhere is how a
// schema says "required when", not a mistake; union types ("type": [..]) are plain JSON Schema.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, unicodeRegExp: true });
addFormats(ajv);

const compiled = {};
try {
  for (const [name, schema] of Object.entries(schemas)) {
    compiled[name] = ajv.compile(schema);
  }
} catch (error) {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
}
const results = cases.map(({ schema, instance }) => {
  const validate = compiled[schema];
  if (!validate) {
    console.error(`no schema named '${schema}'`);
    process.exit(2);
  }
  const valid = validate(instance);
  return { valid, errors: validate.errors || [] };
});
writeFileSync(output, JSON.stringify(results));

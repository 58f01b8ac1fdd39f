// Compiles and runs regular expressions as JSON Schema validators do in ECMAScript (the u flag,
// matched anywhere in the value), for the portable-pattern test.
//   node regex.mjs CASES.json OUT.json
// CASES.json: {"patterns": [...], "inputs": [...]}
// OUT.json:   one entry per pattern: null when it does not compile, else one boolean per input.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const { patterns, inputs } = JSON.parse(readFileSync(input, 'utf8'));
const results = patterns.map((pattern) => {
  let regex;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  return inputs.map((value) => regex.test(value));
});
writeFileSync(output, JSON.stringify(results));

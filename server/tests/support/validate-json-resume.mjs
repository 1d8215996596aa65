// Validates JSON Resume files against the schema the @jsonresume/schema package ships, with
// the package's own validator. Usage: node validate-json-resume.mjs FILE...
// Prints each file's errors and exits 1 when any file is invalid, 0 when all are valid.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validate } = require('@jsonresume/schema');

let failed = false;
for (const file of process.argv.slice(2)) {
  let resume;
  try {
    resume = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }
  validate(resume, (errors, valid) => {
    if (valid) return;
    failed = true;
    for (const error of errors) console.log(`${file}: ${error.property} ${error.message}`);
  });
}
process.exit(failed ? 1 : 0);

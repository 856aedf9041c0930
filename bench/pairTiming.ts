// Times one large pair in-process: parsing apart from checking (the goal is about the check).
import { readFileSync } from 'node:fs';
import { buildDocument } from '../src/core/markdown/buildDocument';
import { runPairRules } from '../src/core/rules/runRules';
import { resolveConfig } from '../src/core/config/loadConfig';
import { checkOptionsFrom } from '../src/core/project/checkProject';

const [enPath, frPath, runs = '5'] = process.argv.slice(2);
const en = readFileSync(enPath, 'utf8');
const fr = readFileSync(frPath, 'utf8');
const options = checkOptionsFrom(resolveConfig({}, '/', undefined, () => '').resolved);
const parse: number[] = [];
const check: number[] = [];
let findings = 0;
async function main(): Promise<void> {
for (let i = 0; i < Number(runs); i++) {
  let t = performance.now();
  const a = buildDocument('a.en.md', en, 'en');
  const b = buildDocument('a.fr.md', fr, 'fr');
  parse.push(performance.now() - t);
  t = performance.now();
  findings = (await runPairRules(a, b, options)).length;
  check.push(performance.now() - t);
}
const median = (xs: number[]) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ lines: en.split('\n').length, parseMs: median(parse), checkMs: median(check), findings }));
}

void main();

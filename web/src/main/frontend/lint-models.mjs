// Lints the BPMN models with bpmnlint (the version pinned in package-lock.json) and the rules of .bpmnlintrc
// (bpmnlint:recommended). The Maven build runs it (`npm run lint:models`) and fails on any of these:
//   - a shipped model (bpmn/src/main/resources/bpmn) with an error or a warning;
//   - a model bpmnlint cannot read without warnings;
//   - bpmnlint's findings on the shipped models and the bad fixtures (bpmn/src/test/lint) that differ from
//     bpmn/src/test/lint/bpmnlint-findings.json, the file the Java rules (module bpmn, package lint) are
//     tested against. So that file cannot go stale: `npm run lint:models -- --write` rewrites it after a change.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const root = '../../../..';
const shippedDir = join(root, 'bpmn/src/main/resources/bpmn');
const fixturesDir = join(root, 'bpmn/src/test/lint');
const expectedFile = join(fixturesDir, 'bpmnlint-findings.json');
const config = JSON.parse(readFileSync('.bpmnlintrc', 'utf8'));

async function lint(file) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(readFileSync(file, 'utf8'));
  if (warnings.length) {
    throw new Error(`${file}: bpmn-moddle cannot read it cleanly: ${warnings[0].message.split('\n')[0]}`);
  }
  const reports = await new Linter({ config, resolver: new NodeResolver() }).lint(rootElement);
  const findings = [];
  for (const [rule, list] of Object.entries(reports)) {
    for (const { id, message, category } of list) {
      findings.push({ rule, id, message, category });
    }
  }
  const key = (f) => [f.rule, f.id, f.message, f.category].join('\u0000');
  return findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const models = (dir) => readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(dir, f));

const actual = {};
let failed = false;
for (const file of [...models(shippedDir), ...models(fixturesDir)]) {
  const findings = await lint(file);
  actual[relative(root, file)] = findings;
  if (file.startsWith(shippedDir) && findings.length) {
    failed = true;
    console.error(`${relative(root, file)} does not pass bpmnlint:recommended:`);
    findings.forEach((f) => console.error(`  ${f.id}  ${f.category}  ${f.message}  ${f.rule}`));
  }
}

const text = JSON.stringify(actual, null, 2) + '\n';
if (process.argv.includes('--write')) {
  writeFileSync(expectedFile, text);
  console.log(`bpmnlint's findings written to ${relative(root, expectedFile)}`);
} else {
  let expected = '';
  try {
    expected = readFileSync(expectedFile, 'utf8');
  } catch {
    // reported below as a difference
  }
  if (expected !== text) {
    failed = true;
    console.error(`${relative(root, expectedFile)} is not what bpmnlint reports now: run`
      + ' `npm run lint:models -- --write` in web/src/main/frontend, check the difference and commit it.');
  }
}
if (failed) {
  process.exit(1);
}
console.log(`bpmnlint: ${models(shippedDir).length} shipped models clean, `
  + `${models(fixturesDir).length} fixtures as recorded`);

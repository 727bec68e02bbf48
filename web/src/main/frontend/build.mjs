// Bundles the process room's viewer and modeler (bpmn-js with the Camunda Platform properties panel) and their CSS
// into one folder of static files. The Maven build runs it with the output folder as argument:
//   node build.mjs <outdir>
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const outdir = process.argv[2] ?? 'dist';
const require = createRequire(import.meta.url);

// The modeler's live lint uses the rules of .bpmnlintrc — the configuration the build lints the shipped models with
// (lint-models.mjs) — packed at build time into a module that imports each rule, as bpmnlint-pack-config would, so
// that the browser needs no resolver of its own. Only `extends` of bpmnlint's own configurations and `rules` are
// read: that is all .bpmnlintrc uses.
function packedLintConfig() {
  const rc = JSON.parse(readFileSync('.bpmnlintrc', 'utf8'));
  const rules = {};
  for (const base of [].concat(rc.extends ?? [])) {
    const [pkg, name] = base.split(':');
    if (pkg !== 'bpmnlint') {
      throw new Error(`.bpmnlintrc: only bpmnlint's own configurations can be packed, not ${base}`);
    }
    Object.assign(rules, require(`bpmnlint/config/${name}`).rules);
  }
  Object.assign(rules, rc.rules ?? {});
  const names = Object.keys(rules).filter((r) => rules[r] !== 'off');
  return [
    ...names.map((r, i) => `import rule${i} from 'bpmnlint/rules/${r}';`),
    `const cache = { ${names.map((r, i) => `'bpmnlint/${r}': rule${i}`).join(', ')} };`,
    'export const resolver = {',
    '  resolveRule(pkg, name) {',
    '    const rule = cache[pkg + \'/\' + name];',
    '    if (!rule) { throw new Error(\'cannot resolve rule <\' + pkg + \'/\' + name + \'>\'); }',
    '    return rule;',
    '  },',
    '  resolveConfig(pkg, name) { throw new Error(\'cannot resolve config <\' + name + \'> in <\' + pkg + \'>\'); }',
    '};',
    `export const config = { rules: ${JSON.stringify(Object.fromEntries(names.map((r) => [r, rules[r]])))} };`,
    'export default { config, resolver };'
  ].join('\n');
}

const lintConfigPlugin = {
  name: 'bpmnlint-config',
  setup(build) {
    build.onResolve({ filter: /^bpmnlint-config$/ }, () => ({ path: 'bpmnlint-config', namespace: 'bpmnlint-config' }));
    build.onLoad({ filter: /.*/, namespace: 'bpmnlint-config' }, () => ({
      contents: packedLintConfig(), resolveDir: process.cwd(), loader: 'js'
    }));
  }
};

await esbuild.build({
  entryPoints: {
    viewer: 'src/viewer.js',
    modeler: 'src/modeler.js',
    'process-room': 'src/process-room.css'
  },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir,
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
  plugins: [lintConfigPlugin]
});

// The style attributes bpmn-js writes into its own markup (the properties panel's two containers, the align menu's
// icons) are refused by a Content-Security-Policy without 'unsafe-inline'. Their hashes let the policy allow exactly
// these values and no other inline style (web.security.SecurityHeaders reads this file).
const hashes = new Set();
for (const file of ['viewer.js', 'modeler.js']) {
  const code = readFileSync(`${outdir}/${file}`, 'utf8');
  for (const match of code.matchAll(/style=\\?"([^"\\]*)\\?"|style='([^']*)'/g)) {
    const value = match[1] ?? match[2];
    hashes.add(`'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`);
  }
}
writeFileSync(`${outdir}/style-hashes.txt`, [...hashes].sort().join('\n') + '\n');
console.log(`process room bundled into ${outdir}, ${hashes.size} inline style hashes`);

// Bundles the process room's viewer and modeler (bpmn-js with the Camunda Platform properties panel) and their CSS
// into one folder of static files. The Maven build runs it with the output folder as argument:
//   node build.mjs <outdir>
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';

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
  logLevel: 'warning'
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

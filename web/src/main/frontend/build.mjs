// Bundles the process room's viewer and modeler (bpmn-js with the Camunda Platform properties panel) and their CSS
// into one folder of static files. The Maven build runs it with the output folder as argument:
//   node build.mjs <outdir>
import * as esbuild from 'esbuild';

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
console.log(`process room bundled into ${outdir}`);

import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const root = process.argv[2] ?? '/tmp/exp';
for (const app of ['ours','ours-lite']) {
const r = await build({ entryPoints: [`${root}/bench/size-apps/${app}.ts`], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', treeShaking: true, write: false, outfile: `app.js`, logLevel: 'silent' });
const c = r.outputFiles[0].contents; console.log(app, c.byteLength, gzipSync(c,{level:9}).byteLength);
}

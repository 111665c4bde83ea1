// Bundles the Electron main process and preload into dist/electron/ with esbuild.
//   main.cjs    - Node (Electron's main process). Native and Electron modules stay outside the bundle
//                 and are required at run time from node_modules (electron-builder ships and rebuilds them).
//   preload.cjs - one self-contained file: a sandboxed preload can require nothing but 'electron'. It
//                 needs only the contract's method names, so those are read from shared/api.ts at build
//                 time and inlined, instead of bundling zod and every schema into each page load.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/electron');

/** Required at run time, never bundled: Electron itself and the native SQLite binding. */
const runtimeExternals = ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'];

/** Fails the build when a bundle pulled in code from a place it must not (see the checks below). */
function check(name, metafile, { forbidden, allowedExternals }) {
  const problems = [];
  for (const input of Object.keys(metafile.inputs)) {
    if (forbidden.some((pattern) => pattern.test(input))) problems.push(`bundles ${input}`);
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const item of output.imports) {
      if (item.external && !allowedExternals.includes(item.path)) problems.push(`requires "${item.path}"`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`${name}: ${problems.join('; ')}`);
  }
}

/** The contract's method names, read by running shared/api.ts once, here, at build time. */
async function contractMethodNames() {
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: ['shared/api.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const source = bundled.outputFiles[0].text;
  const { methodNames } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  if (!Array.isArray(methodNames) || methodNames.length === 0)
    throw new Error('shared/api.ts lists no methods.');
  return methodNames;
}

/**
 * For the preload only: `import { isMethodName } from '../shared/api'` gets the names inlined. The type
 * checker still sees the real module; a new import from it here fails the build ("No matching export").
 */
function contractNamesOnly(names) {
  return {
    name: 'contract-names-only',
    setup(plugin) {
      plugin.onResolve({ filter: /\/shared\/api(\.ts)?$/ }, () => ({
        path: 'shared/api (method names only)',
        namespace: 'contract-names',
      }));
      plugin.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        loader: 'js',
        contents: [
          `const names = new Set(${JSON.stringify(names)});`,
          'export const methodNames = [...names];',
          "export function isMethodName(name) { return typeof name === 'string' && names.has(name); }",
        ].join('\n'),
      }));
    },
  };
}

rmSync(outdir, { recursive: true, force: true });
const names = await contractMethodNames();

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: false,
};

const [main, preload, spreadsheetWorker] = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    // Electron 41 runs Node 24; node20 is the floor this project's tooling is tested on.
    target: 'node20',
    external: runtimeExternals,
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    // The sandboxed preload has no Node: a node: import must fail the build here, not at run time.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    plugins: [contractNamesOnly(names)],
  }),
  // The worker thread that parses imported spreadsheets (electron/spreadsheets/read.ts finds it here).
  build({
    ...common,
    entryPoints: ['electron/spreadsheets/worker.ts'],
    outfile: 'dist/electron/spreadsheet-worker.cjs',
    platform: 'node',
    target: 'node20',
  }),
]);

// Main must not carry browser mode's server (it uses import.meta.url) nor anything from the renderer.
check('main.cjs', main.metafile, {
  forbidden: [/^electron\/server\//, /^renderer\//],
  allowedExternals: [...runtimeExternals, ...builtinModules.flatMap((m) => [m, `node:${m}`])],
});
check('spreadsheet-worker.cjs', spreadsheetWorker.metafile, {
  forbidden: [/^electron\/(?!spreadsheets\/)/, /^renderer\//],
  allowedExternals: builtinModules.flatMap((m) => [m, `node:${m}`]),
});
check('preload.cjs', preload.metafile, {
  forbidden: [/^electron\/(?!preload\.ts$|shell\/bridge\.ts$)/, /^renderer\//, /^shared\//, /node_modules/],
  allowedExternals: ['electron'],
});

for (const [name, result] of [
  ['main.cjs', main],
  ['preload.cjs', preload],
  ['spreadsheet-worker.cjs', spreadsheetWorker],
]) {
  const [file, output] = Object.entries(result.metafile.outputs)[0];
  console.log(`${relative(root, resolve(root, file))}  ${(output.bytes / 1024).toFixed(1)} KB  (${name})`);
}
console.log(`preload.cjs accepts the contract's ${names.length} methods.`);

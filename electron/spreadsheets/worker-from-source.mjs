// The spreadsheet worker's entry when Linkbook runs from source (browser mode under tsx, tests under
// vitest): a worker thread starts without tsx's hooks, so this loads the TypeScript entry through tsx.
// The Electron build bundles worker.ts itself instead (scripts/build-electron.mjs).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);

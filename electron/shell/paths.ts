import { join } from 'node:path';
import { app } from 'electron';
import { dataDirFromArgs } from './args';

export interface AppPaths {
  /** The vault's folder: --data-dir, else the per-user app-data folder (the same one browser mode uses). */
  dataDir: string;
  migrationsFolder: string;
  rendererDir: string;
  preload: string;
}

/**
 * Everything is found from the app's own folder: the project folder in development (`electron .`), the
 * app.asar archive once packaged (electron-builder.yml ships dist/ and the migrations inside it; Electron
 * reads files inside the archive as if it were a folder).
 */
export function appPaths(): AppPaths {
  const root = app.getAppPath();
  return {
    dataDir: dataDirFromArgs(process.argv.slice(1)) ?? app.getPath('userData'),
    migrationsFolder: join(root, 'electron', 'db', 'migrations'),
    rendererDir: join(root, 'dist', 'renderer'),
    preload: join(root, 'dist', 'electron', 'preload.cjs'),
  };
}

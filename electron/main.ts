// The Electron shell's entry point: wiring only. Each job lives in one small module under electron/shell/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { Linkbook } from './linkbook';
import { FolderInUseError } from './vault/folder-lock';
import { watchIdle } from './shell/idle';
import { connectRenderer } from './shell/ipc';
import { applicationMenu } from './shell/menu';
import { appPaths } from './shell/paths';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { guardAllContents, hardenSession } from './shell/security';
import { claimSingleInstance } from './shell/single-instance';
import { preferBritishSpelling } from './shell/spelling';
import { bringForward, createMainWindow } from './shell/window';

const APP_ID = 'uk.linkbook.app';
let mainWindow: BrowserWindow | null = null;

function fail(error: unknown): void {
  // The worker sees a sentence, never a stack trace; the detail goes to the log.
  console.error('Linkbook could not start:', error);
  dialog.showErrorBox('Linkbook could not start', 'Please close it and start it again.');
  app.exit(1);
}

function start(): void {
  const paths = appPaths();
  if (!existsSync(join(paths.rendererDir, 'index.html'))) {
    dialog.showErrorBox(
      'Linkbook has not been built',
      'Run "npm run build" (npm start does it), then try again.',
    );
    app.quit();
    return;
  }
  hardenSession(session.defaultSession);
  preferBritishSpelling(session.defaultSession);
  serveRenderer(paths.rendererDir);

  let linkbook: Linkbook;
  try {
    linkbook = new Linkbook({ dataDir: paths.dataDir, migrationsFolder: paths.migrationsFolder });
  } catch (error) {
    if (!(error instanceof FolderInUseError)) throw error;
    dialog.showErrorBox('Linkbook is already open', error.message);
    app.quit();
    return;
  }
  const isDevelopment = !app.isPackaged;
  connectRenderer(linkbook, () => mainWindow);
  Menu.setApplicationMenu(applicationMenu({ linkbook, mainWindow: () => mainWindow, isDevelopment }));

  const window = createMainWindow({ preload: paths.preload, devTools: isDevelopment });
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  const stopWatchingIdle = watchIdle(linkbook, window);

  app.on('activate', () => bringForward(mainWindow));
  // Closing the window ends Linkbook on every platform (macOS too): nothing stays open behind the worker.
  app.on('window-all-closed', () => app.quit());
  // However Linkbook ends, the key is wiped and the database closed cleanly.
  // Quitting waits for a vault operation under way (a change of passphrase) rather than cutting it short.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    stopWatchingIdle();
    linkbook
      .close()
      .catch((error: unknown) =>
        console.error('Linkbook: closing the vault failed:', error instanceof Error ? error.message : error),
      )
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}

// Before the app is ready: one instance, the sandbox for every page, our scheme, and the navigation guards.
if (claimSingleInstance(() => bringForward(mainWindow))) {
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Chromium's own files (caches, local storage) go in a subfolder, so the vault's folder holds the vault.
  app.setPath('sessionData', join(app.getPath('userData'), 'Session'));
  registerAppScheme();
  guardAllContents();
  app.whenReady().then(start).catch(fail);
}

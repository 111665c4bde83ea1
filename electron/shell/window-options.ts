// A type-only import: erased at build time, so this module (and its test) runs without Electron.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Fixed: a family's name must never reach the title bar, the taskbar or the window switcher. */
export const WINDOW_TITLE = 'Linkbook';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Developer tools: in development only, never in the packaged app. */
  devTools: boolean;
}

/**
 * The main window's options, kept apart from Electron so a unit test can guard the security settings
 * (design.md: context isolation, sandbox, no Node in the page).
 */
export function mainWindowOptions({
  preload,
  devTools,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show', so the worker never sees a blank white frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  };
}

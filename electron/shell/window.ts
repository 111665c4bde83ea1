import { BrowserWindow } from 'electron';
import { APP_URL } from './origin';
import { mainWindowOptions, type WindowOptionsInput } from './window-options';

/** The one window, loading the built renderer from app://linkbook/ (never file://). */
export function createMainWindow(options: WindowOptionsInput): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  // The page's <title> could one day hold a family's name: the window keeps "Linkbook" whatever it says.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL).catch((error: unknown) => {
    console.error('Linkbook: the window could not load:', error instanceof Error ? error.message : error);
    window.show();
  });
  return window;
}

/** On a second launch, or a click on the dock icon: bring the existing window forward. */
export function bringForward(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

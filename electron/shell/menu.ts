import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { shortcuts as pageShortcuts } from '../../shared/shortcuts';
import type { Linkbook } from '../linkbook';

export interface MenuOptions {
  linkbook: Linkbook;
  mainWindow: () => BrowserWindow | null;
  /** Reload and developer tools appear only when running from the source tree. */
  isDevelopment: boolean;
}

const isMac = process.platform === 'darwin';
const mod = isMac ? 'Cmd' : 'Ctrl';

const shortcuts: [keys: string, what: string][] = [
  ...pageShortcuts.map(({ keys, action }): [string, string] => [keys.replace('Ctrl', mod), action]),
  [`${mod}+Z`, 'Undo'],
  [process.platform === 'win32' ? 'Ctrl+Y' : `Shift+${mod}+Z`, 'Redo'],
  [`${mod}+X, ${mod}+C, ${mod}+V`, 'Cut, copy, paste'],
  [`${mod}+A`, 'Select all'],
  [`${mod}+Plus, ${mod}+Minus, ${mod}+0`, 'Larger text, smaller text, actual size'],
  [isMac ? 'Ctrl+Cmd+F' : 'F11', 'Full screen'],
  ['Tab, Shift+Tab', 'Next field, previous field'],
  ['F1', 'This list'],
];

function showShortcuts(window: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: 'Keyboard shortcuts',
    message: 'Keyboard shortcuts',
    detail: shortcuts.map(([keys, what]) => `${keys}: ${what}`).join('\n'),
    buttons: ['Close'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** File (Lock, Quit), Edit, View (zoom; reload only in development), Help (shortcuts, about). */
export function applicationMenu({ linkbook, mainWindow, isDevelopment }: MenuOptions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        // The page hears of the lock through the preload's onLocked and clears what it shows.
        { label: '&Lock', accelerator: 'CmdOrCtrl+L', click: () => void linkbook.lock() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDevelopment
          ? ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      role: 'help',
      label: '&Help',
      submenu: [
        { label: '&Keyboard shortcuts', accelerator: 'F1', click: () => showShortcuts(mainWindow()) },
        ...(isMac
          ? []
          : [{ type: 'separator' as const }, { role: 'about' as const, label: '&About Linkbook' }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

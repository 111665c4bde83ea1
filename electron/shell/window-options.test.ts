import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_TITLE } from './window-options';

describe("the main window's options", () => {
  const options = mainWindowOptions({ preload: '/app/dist/electron/preload.cjs', devTools: false });
  const web = options.webPreferences ?? {};

  it('keep the page away from Node and Electron (design.md)', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('load only the bundled preload', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('give developer tools only when asked (development)', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions({ preload: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('fix the title and size, and wait until the page is drawn', () => {
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Linkbook');
    expect([options.width, options.height, options.minWidth, options.minHeight]).toEqual([
      1280, 800, 1024, 640,
    ]);
    expect(options.show).toBe(false);
    expect(web.spellcheck).toBe(true);
  });
});

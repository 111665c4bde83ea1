import { describe, expect, it } from 'vitest';
import {
  browserCandidates,
  findTools,
  nextStep,
  popplerCandidates,
  whatToInstall,
  type Machine,
  type Step,
} from './test-browser';

const PLAYWRIGHT = '/home/worker/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A made-up machine holding exactly `files`. */
function machine(overrides: Partial<Machine> & { files?: string[] } = {}): Machine {
  const files = new Set(overrides.files ?? []);
  return {
    platform: 'linux',
    env: { PATH: '/home/worker/bin:/usr/bin' },
    playwrightChromium: PLAYWRIGHT,
    exists: (file) => files.has(file),
    ...overrides,
  };
}

const debianPoppler = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'];
const never = { isRoot: false, hasApt: false, tried: new Set<Step['kind']>() };

describe('where the end-to-end tests look for a browser', () => {
  it('on Linux: Debian’s Chromium first, then Chrome and Edge, then PATH, and Playwright’s own last', () => {
    const places = browserCandidates(machine());
    expect(places.slice(0, 6)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
    ]);
    expect(places).toContain('/home/worker/bin/chromium');
    expect(places.at(-1)).toBe(PLAYWRIGHT);
    // /usr/bin is on PATH too, but each place is looked at once.
    expect(places.filter((place) => place === '/usr/bin/chromium')).toHaveLength(1);
  });

  it('on macOS: the applications folders', () => {
    const places = browserCandidates(machine({ platform: 'darwin', env: { HOME: '/Users/sam' } }));
    expect(places).toEqual([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/sam/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Users/sam/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      PLAYWRIGHT,
    ]);
  });

  it('on Windows: Chrome, Chromium and Edge under Program Files and the user’s own programs', () => {
    const places = browserCandidates(
      machine({
        platform: 'win32',
        playwrightChromium: 'C:\\Users\\sam\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome.exe',
        env: {
          ProgramFiles: 'C:\\Program Files',
          'ProgramFiles(x86)': 'C:\\Program Files (x86)',
          LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local',
        },
      }),
    );
    expect(places[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(places).toContain('C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(places).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(places.at(-1)).toBe('C:\\Users\\sam\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome.exe');
  });

  it('takes the first browser there and the first folder holding all three PDF tools', () => {
    const found = findTools(
      machine({
        files: [
          '/usr/bin/google-chrome',
          PLAYWRIGHT,
          // pdftotext alone in the first folder on PATH is not enough.
          '/home/worker/bin/pdftotext',
          ...debianPoppler,
        ],
      }),
    );
    expect(found).toEqual({ browser: '/usr/bin/google-chrome', poppler: '/usr/bin', wrongSetting: null });
    expect(findTools(machine({ files: [PLAYWRIGHT] })).browser).toBe(PLAYWRIGHT);
  });

  it('uses LINKBOOK_CHROMIUM and LINKBOOK_POPPLER when set, and says so when they point nowhere', () => {
    const env = { PATH: '/usr/bin', LINKBOOK_CHROMIUM: '/opt/mine/chrome', LINKBOOK_POPPLER: '/opt/poppler' };
    const tools = ['/opt/poppler/pdftotext', '/opt/poppler/pdftoppm', '/opt/poppler/pdfinfo'];
    expect(findTools(machine({ env, files: ['/opt/mine/chrome', '/usr/bin/chromium', ...tools] }))).toEqual({
      browser: '/opt/mine/chrome',
      poppler: '/opt/poppler',
      wrongSetting: null,
    });
    expect(findTools(machine({ env, files: ['/usr/bin/chromium', ...tools] })).wrongSetting).toBe(
      'LINKBOOK_CHROMIUM is set to /opt/mine/chrome, but there is no browser there.',
    );
  });

  it('looks for poppler on PATH first, then where Homebrew and MacPorts put it', () => {
    expect(popplerCandidates(machine({ platform: 'darwin', env: { PATH: '/Users/sam/bin' } }))).toEqual([
      '/Users/sam/bin',
      '/opt/homebrew/bin',
      '/usr/local/bin',
      '/opt/local/bin',
    ]);
  });
});

describe('what happens when something is missing', () => {
  const nothing = { browser: null, poppler: null, wrongSetting: null };

  it('does nothing when both are found', () => {
    expect(
      nextStep(machine(), { browser: '/usr/bin/chromium', poppler: '/usr/bin', wrongSetting: null }, never),
    ).toBeNull();
  });

  it('on Debian as root: one apt-get for what is missing, then Playwright for a browser, then stops', () => {
    const tried = new Set<Step['kind']>();
    const context = { isRoot: true, hasApt: true, tried };
    expect(nextStep(machine(), nothing, context)).toEqual({
      kind: 'apt',
      packages: ['chromium', 'poppler-utils'],
      says: 'Installing chromium and poppler-utils with apt-get for the end-to-end tests…',
    });
    tried.add('apt');
    expect(nextStep(machine(), nothing, context)?.kind).toBe('playwright');
    tried.add('playwright');
    expect(nextStep(machine(), nothing, context)).toEqual({
      kind: 'stop',
      says:
        'The end-to-end tests need a Chromium-family browser: install Chromium (sudo apt-get install chromium), ' +
        'Google Chrome or Microsoft Edge, or set LINKBOOK_CHROMIUM to one; and poppler’s pdftotext, pdftoppm ' +
        'and pdfinfo to read printed PDFs: sudo apt-get install poppler-utils, or set LINKBOOK_POPPLER to their folder.',
    });
  });

  it('asks apt-get only for poppler when a browser is there', () => {
    const step = nextStep(
      machine(),
      { ...nothing, browser: PLAYWRIGHT },
      { ...never, isRoot: true, hasApt: true },
    );
    expect(step).toMatchObject({ kind: 'apt', packages: ['poppler-utils'] });
  });

  it('without root: Playwright’s installer for the browser, and one line for poppler', () => {
    expect(nextStep(machine(), nothing, never)).toEqual({
      kind: 'playwright',
      says: "No Chromium-family browser found: fetching Playwright's Chromium for the end-to-end tests…",
    });
    expect(nextStep(machine(), { ...nothing, browser: PLAYWRIGHT }, never)).toEqual({
      kind: 'stop',
      says:
        'The end-to-end tests need poppler’s pdftotext, pdftoppm and pdfinfo to read printed PDFs: ' +
        'sudo apt-get install poppler-utils, or set LINKBOOK_POPPLER to their folder.',
    });
  });

  it('names each platform’s own way to install', () => {
    expect(whatToInstall('darwin', false, true)).toContain('brew install poppler');
    expect(whatToInstall('win32', true, false)).toBe(
      'The end-to-end tests need a Chromium-family browser: install Google Chrome, Microsoft Edge or Chromium, ' +
        'or set LINKBOOK_CHROMIUM to one.',
    );
  });

  it('stops at once on a setting that points nowhere, rather than install something else', () => {
    const wrong = { ...nothing, wrongSetting: 'LINKBOOK_POPPLER is set to /x, but …' };
    expect(nextStep(machine(), wrong, { ...never, isRoot: true, hasApt: true })).toEqual({
      kind: 'stop',
      says: 'LINKBOOK_POPPLER is set to /x, but …',
    });
  });
});

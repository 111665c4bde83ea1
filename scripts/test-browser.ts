// The end-to-end tests need two things Node does not bring: a Chromium-family browser to drive, and
// poppler's PDF tools (pdftotext, pdftoppm, pdfinfo) to read what Linkbook prints. `npm run test:e2e`
// runs this first: it finds them, gets them where it can (apt-get on Debian as root, Playwright's own
// installer for the browser elsewhere), or stops with one line saying what to install. The tests call
// the same finder (tests/e2e/support), so they use exactly what was found here.
//   tsx scripts/test-browser.ts
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** What the finder may look at: the real machine, or a made-up one in the unit tests. */
export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  /** Where Playwright's own download of Chromium is (or would be). */
  playwrightChromium: string;
}

export const POPPLER_TOOLS = ['pdftotext', 'pdftoppm', 'pdfinfo'] as const;

const pathOf = (machine: Machine) => (machine.platform === 'win32' ? path.win32 : path.posix);

/** The folders on PATH, in order. */
function pathFolders(machine: Machine): string[] {
  const value = machine.env.PATH ?? machine.env.Path ?? '';
  return value.split(machine.platform === 'win32' ? ';' : ':').filter(Boolean);
}

/** Every place a Chromium-family browser may be, most usual first; Playwright's own download last. */
export function browserCandidates(machine: Machine): string[] {
  const { join } = pathOf(machine);
  const { env } = machine;
  let places: string[];
  if (machine.platform === 'win32') {
    const programFiles = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(
      (folder): folder is string => Boolean(folder),
    );
    places = [
      ...programFiles.map((folder) => join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...programFiles.map((folder) => join(folder, 'Chromium', 'Application', 'chrome.exe')),
      ...programFiles.map((folder) => join(folder, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  } else if (machine.platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    places = [
      ['Chromium.app', 'Chromium'],
      ['Google Chrome.app', 'Google Chrome'],
      ['Microsoft Edge.app', 'Microsoft Edge'],
    ].flatMap(([app, program]) => apps.map((folder) => join(folder, app!, 'Contents', 'MacOS', program!)));
  } else {
    const names = [
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
      'microsoft-edge',
      'microsoft-edge-stable',
    ];
    places = [
      ...names.map((name) => `/usr/bin/${name}`),
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/opt/microsoft/msedge/msedge',
      ...pathFolders(machine).flatMap((folder) => names.map((name) => join(folder, name))),
    ];
  }
  return [...new Set([...places, machine.playwrightChromium])];
}

/** Every folder that may hold poppler's tools: PATH first, then where package managers put them. */
export function popplerCandidates(machine: Machine): string[] {
  const usual =
    machine.platform === 'darwin'
      ? ['/opt/homebrew/bin', '/usr/local/bin', '/opt/local/bin']
      : machine.platform === 'win32'
        ? []
        : ['/usr/bin', '/usr/local/bin'];
  return [...new Set([...pathFolders(machine), ...usual])];
}

/** The path of a poppler tool in a folder, as this platform names programs. */
export function popplerTool(machine: Machine, folder: string, tool: (typeof POPPLER_TOOLS)[number]): string {
  return pathOf(machine).join(folder, machine.platform === 'win32' ? `${tool}.exe` : tool);
}

export interface Found {
  browser: string | null;
  /** The folder holding all three poppler tools. */
  poppler: string | null;
  /** A setting that points nowhere: said instead of searching, so a typo is not silently ignored. */
  wrongSetting: string | null;
}

export function findTools(machine: Machine): Found {
  const { LINKBOOK_CHROMIUM: browserSetting, LINKBOOK_POPPLER: popplerSetting } = machine.env;
  const hasPoppler = (folder: string) =>
    POPPLER_TOOLS.every((tool) => machine.exists(popplerTool(machine, folder, tool)));
  if (browserSetting && !machine.exists(browserSetting))
    return {
      browser: null,
      poppler: null,
      wrongSetting: `LINKBOOK_CHROMIUM is set to ${browserSetting}, but there is no browser there.`,
    };
  if (popplerSetting && !hasPoppler(popplerSetting))
    return {
      browser: null,
      poppler: null,
      wrongSetting: `LINKBOOK_POPPLER is set to ${popplerSetting}, but pdftotext, pdftoppm and pdfinfo are not all there.`,
    };
  return {
    browser: browserSetting || (browserCandidates(machine).find(machine.exists) ?? null),
    poppler: popplerSetting || (popplerCandidates(machine).find(hasPoppler) ?? null),
    wrongSetting: null,
  };
}

export type Step =
  | { kind: 'apt'; packages: string[]; says: string }
  | { kind: 'playwright'; says: string }
  | { kind: 'stop'; says: string };

/**
 * What to do about what is missing, given the ways already tried (each is tried once). Ends with a
 * 'stop' whose one line names exactly what to install on this platform.
 */
export function nextStep(
  machine: Machine,
  found: Found,
  context: { isRoot: boolean; hasApt: boolean; tried: ReadonlySet<Step['kind']> },
): Step | null {
  if (found.wrongSetting) return { kind: 'stop', says: found.wrongSetting };
  const needsBrowser = !found.browser;
  const needsPoppler = !found.poppler;
  if (!needsBrowser && !needsPoppler) return null;
  if (machine.platform === 'linux' && context.isRoot && context.hasApt && !context.tried.has('apt')) {
    const packages = [...(needsBrowser ? ['chromium'] : []), ...(needsPoppler ? ['poppler-utils'] : [])];
    return {
      kind: 'apt',
      packages,
      says: `Installing ${packages.join(' and ')} with apt-get for the end-to-end tests…`,
    };
  }
  if (needsBrowser && !context.tried.has('playwright'))
    return {
      kind: 'playwright',
      says: "No Chromium-family browser found: fetching Playwright's Chromium for the end-to-end tests…",
    };
  return { kind: 'stop', says: whatToInstall(machine.platform, needsBrowser, needsPoppler) };
}

/** One line naming what to install, the way this platform installs it. */
export function whatToInstall(platform: NodeJS.Platform, browser: boolean, poppler: boolean): string {
  const browserWays =
    platform === 'linux'
      ? 'Chromium (sudo apt-get install chromium), Google Chrome or Microsoft Edge'
      : 'Google Chrome, Microsoft Edge or Chromium';
  const popplerWay =
    platform === 'darwin'
      ? 'brew install poppler'
      : platform === 'win32'
        ? 'scoop install poppler, or put poppler’s bin folder on PATH'
        : 'sudo apt-get install poppler-utils';
  const needs = [
    ...(browser
      ? [`a Chromium-family browser: install ${browserWays}, or set LINKBOOK_CHROMIUM to one`]
      : []),
    ...(poppler
      ? [
          `poppler’s pdftotext, pdftoppm and pdfinfo to read printed PDFs: ${popplerWay}, or set LINKBOOK_POPPLER to their folder`,
        ]
      : []),
  ];
  return `The end-to-end tests need ${needs.join('; and ')}.`;
}

/** This machine, as the finder sees it. */
export function thisMachine(): Machine {
  return {
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    playwrightChromium: chromium.executablePath(),
  };
}

/** Runs a command quietly; its output is kept for nobody, as the one line before it says what it is for. */
function quietly(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', env });
  return result.status === 0;
}

function takeStep(step: Exclude<Step, { kind: 'stop' }>): void {
  console.log(step.says);
  if (step.kind === 'apt') {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    quietly('apt-get', ['update', '-qq'], env);
    quietly('apt-get', ['install', '-y', '-qq', ...step.packages], env);
  } else {
    const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
    // An unreachable download host should fail in seconds, not after Playwright's default waits.
    quietly(process.execPath, [cli, 'install', 'chromium'], {
      ...process.env,
      PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '15000',
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const machine = thisMachine();
  let found = findTools(machine);
  if (found.wrongSetting || !found.browser || !found.poppler) {
    const context = {
      isRoot: process.getuid?.() === 0,
      hasApt: machine.platform === 'linux' && quietly('apt-get', ['--version']),
      tried: new Set<Step['kind']>(),
    };
    for (let step = nextStep(machine, found, context); step; step = nextStep(machine, found, context)) {
      if (step.kind === 'stop') {
        console.error(step.says);
        process.exit(1);
      }
      context.tried.add(step.kind);
      takeStep(step);
      found = findTools(machine);
    }
  }
}

import { findTools, popplerTool, thisMachine, whatToInstall } from '../../../scripts/test-browser';

// The same finder `npm run test:e2e` runs first (and which installs what is missing where it can), so the
// tests drive the browser it found. Run on its own (npx playwright test), a missing tool is named here.
const machine = thisMachine();
const found = findTools(machine);
if (found.wrongSetting) throw new Error(found.wrongSetting);
if (!found.browser || !found.poppler)
  throw new Error(
    `${whatToInstall(machine.platform, !found.browser, !found.poppler)} (npm run test:e2e installs them where it can.)`,
  );

export const CHROMIUM: string = found.browser;
const popplerFolder: string = found.poppler;

/** The path of pdftotext, pdftoppm or pdfinfo. */
export const poppler = (tool: 'pdftotext' | 'pdftoppm' | 'pdfinfo') =>
  popplerTool(machine, popplerFolder, tool);

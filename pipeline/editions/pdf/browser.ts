/**
 * Finds the Chrome or Chromium that prints the PDF. The browser is found at run time, not downloaded at install time:
 * the install must not fetch anything from outside the npm registry (see .puppeteerrc.cjs).
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages } from '../../messages.ts';
import { EnvironmentError } from '../../diagnostics.ts';

export type BrowserSource = 'env' | 'system' | 'packaged';

export interface ResolvedBrowser {
  executablePath: string;
  source: BrowserSource;
}

/** What resolution looks at, passed in so tests can stand in for the machine. */
export interface BrowserEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (path: string) => boolean;
  /** Path of the browser shipped in an npm package, or undefined when that package is not installed. */
  loadPackaged: () => Promise<string | undefined>;
}

/** Checked in this order; the first set variable wins, so REPORT_BROWSER can override a puppeteer-wide setting. */
export const BROWSER_VARIABLES = ['REPORT_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/** Where Debian/Ubuntu packages and Google's own packages put the browser. */
export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
] as const;

const PACKAGED_BROWSER_MODULE = '@sparticuz/chromium';

export class BrowserNotFoundError extends EnvironmentError {}

export async function resolveBrowser(environment: Partial<BrowserEnvironment> = {}): Promise<ResolvedBrowser> {
  const {
    env = process.env,
    isExecutable = isExecutableFile,
    loadPackaged = loadPackagedBrowser,
  } = environment;
  const fromVariable = browserFromVariables(env, isExecutable);
  if (fromVariable) return { executablePath: fromVariable, source: 'env' };
  const system = SYSTEM_BROWSER_PATHS.find((path) => isExecutable(path));
  if (system) return { executablePath: system, source: 'system' };
  // Last, because the first call unpacks about 200 MB into the temp folder.
  const packaged = await loadPackaged();
  if (packaged) return { executablePath: packaged, source: 'packaged' };
  throw new BrowserNotFoundError(
    messages.browserNotFound([...BROWSER_VARIABLES, ...SYSTEM_BROWSER_PATHS, `the npm package ${PACKAGED_BROWSER_MODULE}`]),
  );
}

/**
 * What tells one build of the browser from another without starting it: installing another version replaces the
 * binary (the real one, behind a wrapper script or a link), so its size and time change.
 */
export function browserIdentity(executablePath: string): string {
  const binary = statSync(realpathSync(executablePath));
  return `${executablePath} ${binary.size} ${binary.mtimeMs}`;
}

/**
 * A variable the user set is an instruction: when it points at nothing, say so rather than quietly printing with
 * another browser.
 */
function browserFromVariables(
  env: BrowserEnvironment['env'],
  isExecutable: BrowserEnvironment['isExecutable'],
): string | undefined {
  for (const variable of BROWSER_VARIABLES) {
    const value = env[variable];
    if (!value) continue;
    const path = resolve(value);
    if (!isExecutable(path)) throw new BrowserNotFoundError(messages.browserVariableNotExecutable(variable, value));
    return path;
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The optional dependency is imported only when needed: it may be absent, and importing it is not free.
 * Only its executable is used: its default flags include --single-process and --disable-web-security.
 */
async function loadPackagedBrowser(): Promise<string | undefined> {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    if (isPackageMissing(error)) return undefined;
    throw error;
  }
}

/** True only for the package itself missing, so a broken install still reports its real cause. */
function isPackageMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(`'${PACKAGED_BROWSER_MODULE}'`)
  );
}

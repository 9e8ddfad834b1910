import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BrowserNotFoundError, resolveBrowser, SYSTEM_BROWSER_PATHS } from '../../../pipeline/editions/pdf/browser.ts';
import type { BrowserEnvironment } from '../../../pipeline/editions/pdf/browser.ts';
import { messages } from '../../../pipeline/messages.ts';

const CUSTOM = '/opt/custom/chrome';
const PUPPETEER_BROWSER = '/opt/puppeteer/chrome';
const PACKAGED = '/tmp/chromium';

/** A machine where exactly the given files are executable and the packaged browser is as given. */
function machine(options: {
  env?: Record<string, string>;
  executables?: readonly string[];
  packaged?: string;
}): BrowserEnvironment & { loadPackaged: ReturnType<typeof vi.fn> } {
  const executables = new Set(options.executables ?? []);
  return {
    env: options.env ?? {},
    isExecutable: (path) => executables.has(path),
    loadPackaged: vi.fn(async () => options.packaged),
  };
}

describe('resolveBrowser', () => {
  it('takes REPORT_BROWSER first, before PUPPETEER_EXECUTABLE_PATH and the system browser', async () => {
    const env = { REPORT_BROWSER: CUSTOM, PUPPETEER_EXECUTABLE_PATH: PUPPETEER_BROWSER };
    const found = await resolveBrowser(machine({ env, executables: [CUSTOM, PUPPETEER_BROWSER, '/usr/bin/chromium'] }));
    expect(found).toEqual({ executablePath: CUSTOM, source: 'env' });
  });

  it('takes PUPPETEER_EXECUTABLE_PATH when REPORT_BROWSER is not set', async () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: PUPPETEER_BROWSER };
    const found = await resolveBrowser(machine({ env, executables: [PUPPETEER_BROWSER, '/usr/bin/chromium'] }));
    expect(found).toEqual({ executablePath: PUPPETEER_BROWSER, source: 'env' });
  });

  it('treats an empty variable as not set', async () => {
    const env = { REPORT_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: PUPPETEER_BROWSER };
    const found = await resolveBrowser(machine({ env, executables: [PUPPETEER_BROWSER] }));
    expect(found.executablePath).toBe(PUPPETEER_BROWSER);
  });

  it.each(['REPORT_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'])(
    'refuses %s pointing at a missing file, even when a system browser exists',
    async (variable) => {
      const fake = machine({ env: { [variable]: '/nowhere/chrome' }, executables: ['/usr/bin/chromium'], packaged: PACKAGED });
      const failure = resolveBrowser(fake);
      await expect(failure).rejects.toThrow(BrowserNotFoundError);
      await expect(failure).rejects.toThrow(messages.browserVariableNotExecutable(variable, '/nowhere/chrome'));
      expect(fake.loadPackaged).not.toHaveBeenCalled();
    },
  );

  it('resolves a relative variable against the working folder', async () => {
    const absolute = `${process.cwd()}/bin/chrome`;
    const found = await resolveBrowser(machine({ env: { REPORT_BROWSER: 'bin/chrome' }, executables: [absolute] }));
    expect(found.executablePath).toBe(absolute);
  });

  it('takes the first system browser in order, without unpacking the packaged one', async () => {
    const fake = machine({ executables: ['/opt/google/chrome/chrome', '/usr/bin/google-chrome-stable'], packaged: PACKAGED });
    expect(await resolveBrowser(fake)).toEqual({ executablePath: '/usr/bin/google-chrome-stable', source: 'system' });
    expect(fake.loadPackaged).not.toHaveBeenCalled();
  });

  it.each(SYSTEM_BROWSER_PATHS)('finds a system browser at %s', async (path) => {
    expect(await resolveBrowser(machine({ executables: [path] }))).toEqual({ executablePath: path, source: 'system' });
  });

  it('falls back to the packaged browser when there is no system browser', async () => {
    const fake = machine({ packaged: PACKAGED });
    expect(await resolveBrowser(fake)).toEqual({ executablePath: PACKAGED, source: 'packaged' });
    expect(fake.loadPackaged).toHaveBeenCalledOnce();
  });

  it('says how to install a browser when there is none', async () => {
    const failure = resolveBrowser(machine({}));
    await expect(failure).rejects.toThrow(BrowserNotFoundError);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toContain('apt-get install -y chromium');
    expect(message).toContain('npm install @sparticuz/chromium');
    expect(message).toContain('set REPORT_BROWSER');
  });

  it('passes on a packaged browser that fails to unpack, rather than calling it missing', async () => {
    const fake: BrowserEnvironment = { env: {}, isExecutable: () => false, loadPackaged: async () => Promise.reject(new Error('ENOSPC')) };
    await expect(resolveBrowser(fake)).rejects.toThrow('ENOSPC');
  });

  it('unpacks the browser of the npm package @sparticuz/chromium when nothing else is found', { timeout: 60_000 }, async () => {
    const found = await resolveBrowser({ env: {}, isExecutable: () => false });
    expect(found.source).toBe('packaged');
    expect(existsSync(found.executablePath)).toBe(true);
  });

  it('finds the browser installed on this machine with the real defaults', async () => {
    const found = await resolveBrowser();
    expect(found.executablePath).toMatch(/^\//);
  });
});

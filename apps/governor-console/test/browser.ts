/** Debian's Chromium driven by playwright-core, as ARCHITECTURE.md prescribes (no browser downloads here). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@sectorwars/devstack';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Where browser tests leave a screenshot of their final state (git-ignored; CI keeps it as an artifact). */
export const SCREENSHOT_DIR = path.join(repoRoot(), 'artifacts', 'screenshots');

/** Chromium's path: `CHROMIUM_PATH`, else Debian's. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags that work in this sandbox. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as `artifacts/screenshots/<name>.png`. @returns its path */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the console's sign-in page and waits for the console's home. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
  await page.getByText('Signed in as').waitFor();
}

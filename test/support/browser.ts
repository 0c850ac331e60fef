/** Launches the Chromium `npm test` installs (VIGIL_TEST_CHROMIUM) for browser tests. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium phones home at start-up, and this closed network refuses the connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.VIGIL_TEST_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium is missing at ${executablePath}: run the tests with npm test, which installs it`,
    );
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

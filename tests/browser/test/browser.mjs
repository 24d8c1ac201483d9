// @ts-check
// What every browser test shares: where the server is (from the environment .ci/browser-checks
// sets), headless Chromium as installed by Debian that can reach no host but 127.0.0.1, pages
// that list what they tried to reach elsewhere, and where screenshots go.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

/** The Paradiplo server under test, e.g. `http://127.0.0.1:18081`. */
export const serverUrl = required('PARADIPLO_URL');

/** The one browser origin the server was started to allow (`PARADIPLO_CORS_ORIGINS`). */
export const allowedOrigin = required('PARADIPLO_CORS_ORIGINS');

/** Screenshots: CI keeps this folder as its artefacts. */
export const artifacts = resolve(
  process.env.BROWSER_ARTIFACTS ?? join(here, '../../../target/browser-artifacts'),
);
mkdirSync(artifacts, { recursive: true });

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; run the browser tests through .ci/browser-checks`);
  }
  return value;
}

/**
 * Chromium as a server would run it: no sandbox (root in CI), no GPU, nothing in the
 * background, and every request to a host other than the loopback aborted: they all go to a
 * proxy that does not exist, which Chromium never uses for the loopback. (Playwright's request
 * interception could abort them too, but with it on, Chromium let through a request its CORS
 * preflight had refused, and the CORS test would prove nothing.)
 */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
}

/**
 * A fresh page that records every request and WebSocket it opens to a host other than
 * 127.0.0.1 (the browser aborts them), its uncaught errors and its console errors, so a test
 * can fail listing them.
 * @param {import('playwright-core').Browser} browser
 */
export async function offlinePage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  /** @type {string[]} */
  const foreign = [];
  /** @type {string[]} */
  const errors = [];
  /** @param {string} address */
  const check = (address) => {
    const url = new URL(address);
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') {
      foreign.push(url.href);
    }
  };
  const page = await context.newPage();
  page.on('request', (request) => check(request.url()));
  page.on('websocket', (socket) => check(socket.url()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  return { page, foreign, errors };
}

/**
 * Saves a screenshot among the artefacts and prints its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  console.log(`screenshot: ${path}`);
  return path;
}

/**
 * Fails listing what the page tried to fetch from elsewhere and what it reported as errors.
 * @param {{ foreign: string[], errors: string[] }} opened
 */
export function assertSelfContained({ foreign, errors }) {
  assert.deepEqual(foreign, [], `the page tried to reach other hosts:\n${foreign.join('\n')}`);
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
}

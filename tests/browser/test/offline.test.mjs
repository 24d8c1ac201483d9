// @ts-check
// The guard the other tests stand on: the browser reaches no host but 127.0.0.1, and a page
// that tries is caught naming the address.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, offlinePage, serverUrl } from './browser.mjs';

test('the test browser reaches no host but 127.0.0.1 and lists the ones a page tried', async () => {
  const browser = await launch();
  try {
    const { page, foreign } = await offlinePage(browser);
    await page.goto(`${serverUrl}/healthz`);
    const outcomes = await page.evaluate(async () => {
      const tried = ['http://example.com/', 'https://1.1.1.1/'];
      return Promise.all(
        tried.map((url) => fetch(url, { mode: 'no-cors' }).then(() => `${url} answered`, () => 'blocked')),
      );
    });
    assert.deepEqual(outcomes, ['blocked', 'blocked']);
    assert.deepEqual(foreign, ['http://example.com/', 'https://1.1.1.1/']);
  } finally {
    await browser.close();
  }
});

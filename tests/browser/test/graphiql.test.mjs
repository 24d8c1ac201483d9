// @ts-check
// GraphiQL at `/`, as a person uses it, in a browser that may reach no host but 127.0.0.1:
// the page comes from the binary alone and talks to this server only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertSelfContained, launch, offlinePage, screenshot, serverUrl } from './browser.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * GraphiQL loaded at `/`, its editors ready; when the test ends, passed or failed, a
 * screenshot is kept under `name` and the page closed.
 * @param {import('node:test').TestContext} t
 * @param {string} name
 * @returns {Promise<Awaited<ReturnType<typeof offlinePage>>>}
 */
async function openGraphiql(t, name) {
  const opened = await offlinePage(browser);
  t.after(async () => {
    await screenshot(opened.page, name);
    await opened.page.context().close();
  });
  await opened.page.goto(`${serverUrl}/`);
  await opened.page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
  return opened;
}

/**
 * Replaces the contents of one of GraphiQL's CodeMirror editors.
 * @param {import('playwright-core').Page} page
 * @param {string} selector the editor's container
 * @param {string} text
 */
async function setEditor(page, selector, text) {
  await page.locator(`${selector} .CodeMirror`).evaluate((element, value) => {
    // CodeMirror 5 hangs its instance on its wrapper element.
    /** @type {any} */ (element).CodeMirror.setValue(value);
  }, text);
}

/**
 * Types a named operation into the query editor and waits until GraphiQL has read it (the
 * active tab takes its name): until then, running would send the previous operation's name.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} operation
 */
async function setOperation(page, name, operation) {
  await setEditor(page, '.graphiql-query-editor', operation);
  await page.locator('.graphiql-tab-active', { hasText: name }).waitFor();
}

/** @param {import('playwright-core').Page} page */
async function run(page) {
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
}

test('GraphiQL opens on the Seoul example and answers it with no host but this one', async (t) => {
  const opened = await openGraphiql(t, 'graphiql-seoul-example');
  const { page } = opened;
  const editor = page.locator('.graphiql-query-editor');
  await assert.doesNotReject(
    editor.getByText('city(slug: "seoul")').waitFor(),
    'the query editor opens on the README example',
  );
  await page.locator('.graphiql-tab', { hasText: 'SeoulSisterCities' }).waitFor();

  await run(page);
  const response = page.locator('.graphiql-response');
  await response.getByText('서울특별시').first().waitFor({ timeout: 30_000 });

  assertSelfContained(opened);
});

test('the headers editor sends Authorization with the query', async (t) => {
  const opened = await openGraphiql(t, 'graphiql-headers');
  const { page } = opened;
  await setOperation(page, 'Me', 'query Me { me { name role } }');
  await page.getByRole('button', { name: 'Headers' }).click();
  await setEditor(
    page,
    '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
    '{ "Authorization": "Bearer pdk_notakey00_notasecret" }',
  );
  await run(page);
  // A credential that is not valid is refused by name: proof that it reached the server.
  await page.locator('.graphiql-response').getByText('UNAUTHENTICATED').waitFor({ timeout: 30_000 });

  // The server's refusal is the expected answer, not a page error.
  assertSelfContained(opened);
});

test('a subscription runs over /graphql/ws with the graphql-transport-ws protocol', async (t) => {
  const opened = await openGraphiql(t, 'graphiql-subscription');
  const { page } = opened;
  /** @type {string[]} */
  const sent = [];
  /** @type {string[]} */
  const received = [];
  /** @type {string[]} */
  const sockets = [];
  page.on('websocket', (socket) => {
    sockets.push(socket.url());
    socket.on('framesent', ({ payload }) => sent.push(JSON.parse(String(payload)).type));
    socket.on('framereceived', ({ payload }) => received.push(JSON.parse(String(payload)).type));
  });
  await setOperation(page, 'Changes', 'subscription Changes { recordChanged { recordType id action } }');
  await run(page);

  // graphql-transport-ws: connection_init → connection_ack, then `subscribe` (the legacy
  // subscriptions-transport-ws protocol would send `start`).
  const deadline = Date.now() + 30_000;
  while (!(received.includes('connection_ack') && sent.includes('subscribe')) && Date.now() < deadline) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(sockets, [`${serverUrl.replace(/^http/, 'ws')}/graphql/ws`]);
  assert.ok(received.includes('connection_ack'), `no connection_ack; received ${received}`);
  assert.ok(sent.includes('subscribe'), `no subscribe message; sent ${sent}`);
  assert.ok(!received.includes('error'), `the server refused the subscription: ${received}`);

  assertSelfContained(opened);
});

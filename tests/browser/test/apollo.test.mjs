// @ts-check
// Apollo Client on a page of another origin, the one the server allows
// (`PARADIPLO_CORS_ORIGINS`): the CORS preflight lets its headers through, the data arrives,
// and the page can read the response's `x-request-id`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { allowedOrigin, launch, offlinePage, screenshot, serverUrl } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The headers Apollo Client and this app send, which the preflight must allow. */
const REQUEST_HEADERS = [
  'content-type',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-apollo-operation-name',
  'apollo-require-preflight',
  'x-request-id',
];

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('node:http').Server} */
let origin;

before(async () => {
  // The page's script: apollo-page/main.ts with Apollo Client, bundled in memory.
  const bundle = await build({
    entryPoints: [join(here, '../apollo-page/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0].contents;
  const page = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">'
    + '<title>Apollo Client</title><script type="module" src="/app.js"></script>';
  origin = createServer((request, response) => {
    if (request.url === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
  });
  const { hostname, port } = new URL(allowedOrigin);
  await new Promise((listening) => origin.listen(Number(port), hostname, () => listening(null)));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  origin?.close();
});

test('the CORS preflight allows Apollo Client\'s headers from the allowed origin', async () => {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin: allowedOrigin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': REQUEST_HEADERS.join(','),
    },
  });
  assert.ok(response.ok, `the preflight answered HTTP ${response.status}`);
  assert.equal(response.headers.get('access-control-allow-origin'), allowedOrigin);
  const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  const missing = REQUEST_HEADERS.filter((header) => allowed !== '*' && !allowed.split(/\s*,\s*/).includes(header));
  assert.deepEqual(missing, [], `headers the preflight does not allow (allowed: "${allowed}")`);
  assert.ok(
    Number(response.headers.get('access-control-max-age')) > 0,
    'the preflight says how long browsers may keep it (Access-Control-Max-Age)',
  );
});

test('Apollo Client on the allowed origin gets the data and reads x-request-id', async (t) => {
  const opened = await offlinePage(browser);
  const { page } = opened;
  t.after(async () => {
    await screenshot(page, 'apollo-client');
    await page.context().close();
  });
  await page.goto(`${allowedOrigin}/?endpoint=${encodeURIComponent(`${serverUrl}/graphql`)}`);
  await page.waitForFunction(() => window.outcome !== undefined, null, { timeout: 30_000 });
  const outcome = await page.evaluate(() => window.outcome);

  assert.equal(outcome?.error, undefined, `the query failed: ${outcome?.error}`);
  assert.equal(outcome?.nameKo, '서울특별시');
  assert.equal(
    outcome?.requestId,
    'apollo-from-another-origin',
    'x-request-id is readable from JavaScript (Access-Control-Expose-Headers)',
  );
  assert.deepEqual(opened.foreign, [], `the page tried to reach other hosts:\n${opened.foreign.join('\n')}`);
});

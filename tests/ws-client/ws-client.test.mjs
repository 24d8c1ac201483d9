// GraphQL over WebSocket (graphql-transport-ws) against a running paradiplo server: what the
// `graphql-ws` client library does with it, and the close codes of the protocol, provoked with
// raw `ws` sockets where the library cannot break the protocol.
//
//   PARADIPLO_WS_URL=ws://127.0.0.1:8000/graphql/ws PARADIPLO_EDITOR_KEY=pdk_… \
//     node --test tests/ws-client/
//
// The editor's key (`paradiplo keys create --role editor --name …`) is for the subscription
// test, which creates a source to hear of it. `.ci/http-checks` runs this against the server it
// starts.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PARADIPLO_WS_URL ?? 'ws://127.0.0.1:8000/graphql/ws';
const editorKey = process.env.PARADIPLO_EDITOR_KEY;

/** A graphql-ws client that reports failures instead of retrying them. */
function client(connectionParams = {}) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
}

/** Runs one operation to its end: its results, or rejects with what ended it. */
function run(client, payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, {
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

test('a query over the socket answers its data', async () => {
  const anonymous = client();
  try {
    const results = await run(anonymous, { query: '{ city(slug: "seoul") { slug } }' });
    assert.deepEqual(results, [{ data: { city: { slug: 'seoul' } } }]);
  } finally {
    await anonymous.dispose();
  }
});

test('a subscriber hears of a source created over the same socket', async () => {
  assert.ok(editorKey, 'set PARADIPLO_EDITOR_KEY to an editor key of the server');
  const editor = client({ Authorization: `Bearer ${editorKey}` });
  try {
    const changes = editor.iterate({
      query: 'subscription { recordChanged(types: [SOURCE]) { action record { ... on Source { key } } } }',
    });
    const change = changes.next();
    // The protocol does not acknowledge a subscription: give the server a moment to start it.
    await sleep(1000);
    const key = `ws-client-${Date.now()}`;
    const created = await run(editor, {
      query: 'mutation ($key: String!) { createSource(input: { key: $key, kind: WEB, title: "A page" }) { key } }',
      variables: { key },
    });
    assert.deepEqual(created, [{ data: { createSource: { key } } }]);
    const { value } = await change;
    assert.deepEqual(value, { data: { recordChanged: { action: 'CREATE', record: { key } } } });
    await changes.return();
  } finally {
    await editor.dispose();
  }
});

test('an invalid query gets an error message with the coded errors', async () => {
  const anonymous = client();
  try {
    await assert.rejects(run(anonymous, { query: '{ nope }' }), (errors) => {
      assert.ok(Array.isArray(errors), `expected the errors, got ${errors}`);
      assert.equal(errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
      return true;
    });
  } finally {
    await anonymous.dispose();
  }
});

test('a bad credential in the connection params is refused with 4403', async () => {
  const refused = client({ Authorization: 'Bearer pdk_nope_nope' });
  try {
    await assert.rejects(run(refused, { query: '{ countryGroups { code } }' }), (event) => {
      assert.equal(event.code, 4403);
      assert.equal(event.reason, 'the API key is not valid');
      return true;
    });
  } finally {
    await refused.dispose();
  }
});

/** A raw socket, open, offering `protocols`. */
function open(protocols = 'graphql-transport-ws') {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The code and reason `socket` is closed with. */
function closed(socket) {
  return new Promise((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

/** The next message on `socket`, parsed. */
function message(socket) {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(data.toString())));
  });
}

const subscribe = (id) =>
  JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { recordChanged { action } }' } });

test('subscribing before connection_init closes with 4401', async () => {
  const socket = await open();
  const end = closed(socket);
  socket.send(subscribe('early'));
  assert.equal((await end).code, 4401);
});

test('a duplicate operation id closes with 4409', async () => {
  const socket = await open();
  const end = closed(socket);
  const ack = message(socket);
  socket.send(JSON.stringify({ type: 'connection_init' }));
  assert.deepEqual(await ack, { type: 'connection_ack' });
  socket.send(subscribe('same'));
  socket.send(subscribe('same'));
  assert.deepEqual(await end, { code: 4409, reason: 'Subscriber for same already exists' });
});

test('an invalid message closes with 4400', async () => {
  const socket = await open();
  const end = closed(socket);
  socket.send('not JSON');
  const { code, reason } = await end;
  assert.equal(code, 4400);
  assert.match(reason, /^Invalid message received/);
});

test('a socket without the subprotocol closes with 4406', async () => {
  const socket = await open([]);
  assert.equal((await closed(socket)).code, 4406);
});

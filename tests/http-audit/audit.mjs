#!/usr/bin/env node
// GraphQL over HTTP compliance audit of a running paradiplo server, using graphql-http's
// own audit suite (the reference implementation of the GraphQL over HTTP spec).
//
//   node tests/http-audit/audit.mjs [URL]     (default http://127.0.0.1:8000/graphql)
//
// Prints one line per audit, `PASS|WARN|FAIL <id> <name>`, with the reason and the server's
// answer under each failure, then a summary line. Exits 1 when an audit whose name starts
// with "MUST" failed (or when the audit could not run at all), else 0. Failing SHOULD/MAY
// audits are reported as warnings and do not fail the run.

import { auditServer } from 'graphql-http';

const url = process.argv[2] || 'http://127.0.0.1:8000/graphql';
const BODY_LIMIT = 300;

function shorten(text, limit = BODY_LIMIT) {
  const oneLine = String(text).replace(/\s+/g, ' ').trim();
  return oneLine.length > limit ? `${oneLine.slice(0, limit)}…` : oneLine;
}

/** Describes the response attached to a failed audit: status, content type and a short body. */
async function describeResponse(response) {
  if (!response || typeof response !== 'object' || !('status' in response)) {
    return null;
  }
  const contentType = response.headers?.get?.('content-type') ?? '(none)';
  let body;
  try {
    // The audits clone responses before consuming them, but be defensive anyway.
    body = response.bodyUsed ? '(body already consumed)' : await response.text();
  } catch (err) {
    body = `(body unreadable: ${err?.message ?? err})`;
  }
  return `status ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, content-type ${contentType}, body: ${body === '' ? '(empty)' : shorten(body)}`;
}

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  // auditServer throws only on fatal problems, e.g. when the server cannot be reached.
  console.error(`graphql-http audit could not run against ${url}: ${err?.stack ?? err}`);
  process.exit(1);
}

let passed = 0;
let warnings = 0;
let mustFailures = 0;

for (const result of results) {
  if (result.status === 'ok') {
    passed++;
    console.log(`PASS ${result.id} ${result.name}`);
    continue;
  }
  const isMust = result.name.startsWith('MUST');
  if (isMust) {
    mustFailures++;
  } else {
    warnings++;
  }
  console.log(`${isMust ? 'FAIL' : 'WARN'} ${result.id} ${result.name}`);
  console.log(`     reason: ${shorten(result.reason ?? '(no reason given)', 1024)}`);
  const answer = await describeResponse(result.response);
  if (answer) {
    console.log(`     response: ${answer}`);
  }
}

console.log(
  `graphql-http audit: ${passed} passed, ${warnings} warnings, ${mustFailures} MUST failures`,
);
process.exit(mustFailures > 0 ? 1 : 0);

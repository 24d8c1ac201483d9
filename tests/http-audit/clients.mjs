#!/usr/bin/env node
// What GraphQL clients see of a running paradiplo server: graphql-request and urql (its core
// client, no cache) read the answers of the GraphQL specification's shape — keys in the order
// of the query, `null` for a failed field with its error's path, the nearest nullable parent
// nulled for a failed non-null field.
//
//   node --test tests/http-audit/clients.mjs      (URL from PARADIPLO_GRAPHQL_URL,
//                                                  default http://127.0.0.1:8000/graphql)

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Client, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';

const url = process.env.PARADIPLO_GRAPHQL_URL || 'http://127.0.0.1:8000/graphql';

const ORDERED = `{
  city(slug: "seoul") {
    nameKo nameEn memberships { organization { acronym } joinedYear role } slug country { code }
  }
}`;
const MISSING_AND_FOUND = `{ a: city(slug: "atlantis") { nameEn } b: city(slug: "seoul") { nameEn } }`;
const NON_NULL_FAILS = `{ city(slug: "seoul") { nameEn history { actor } } other: city(slug: "tokyo") { nameEn } }`;

function assertQueryOrder(data) {
  assert.deepEqual(Object.keys(data), ['city']);
  assert.deepEqual(Object.keys(data.city), ['nameKo', 'nameEn', 'memberships', 'slug', 'country']);
  for (const membership of data.city.memberships) {
    assert.deepEqual(Object.keys(membership), ['organization', 'joinedYear', 'role']);
  }
}

test('graphql-request reads keys in query order', async () => {
  const client = new GraphQLClient(url);
  assertQueryOrder(await client.request(ORDERED));
});

test('graphql-request reads a failed field as null with its error path', async () => {
  const client = new GraphQLClient(url, { errorPolicy: 'all' });
  const { data, errors } = await client.rawRequest(MISSING_AND_FOUND);
  assert.deepEqual(Object.keys(data), ['a', 'b']);
  assert.equal(data.a, null);
  assert.deepEqual(data.b, { nameEn: 'Seoul' });
  assert.deepEqual(errors.map((error) => error.path), [['a']]);
});

test('urql reads keys in query order and nulls propagated to the nearest nullable parent', async () => {
  const client = new Client({ url, exchanges: [fetchExchange], preferGetMethod: false });
  const ordered = await client.query(ORDERED, {}).toPromise();
  assert.equal(ordered.error, undefined);
  assertQueryOrder(ordered.data);

  const failed = await client.query(NON_NULL_FAILS, {}).toPromise();
  assert.deepEqual(failed.data, { city: null, other: { nameEn: 'Tokyo' } });
  assert.deepEqual(Object.keys(failed.data), ['city', 'other']);
  assert.deepEqual(failed.error.graphQLErrors.map((error) => error.path), [['city', 'history']]);
});

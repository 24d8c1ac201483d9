// A typed GraphQL client in a dozen lines: the operation's generated document fixes the
// variables it takes and the data it answers; `fetch` does the rest.
import type { TypedDocumentString } from './generated/graphql.js';

/** Paradiplo's endpoint; `PARADIPLO_GRAPHQL_URL` points the examples at another server. */
export const endpoint = process.env.PARADIPLO_GRAPHQL_URL ?? 'http://127.0.0.1:8000/graphql';

/** A GraphQL error as the server sends it: `extensions.code` says what went wrong. */
export type GraphQLError = { message: string; path?: (string | number)[]; extensions?: { code?: string } };

/** The server answered with errors (all of them, with their codes, are in `errors`). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/** Runs `document` with `variables`; the data, or a `GraphQLRequestError` with every error. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLError[] };
  // A request that could not run (HTTP 4xx) has errors and no data; a field that failed has
  // errors beside partial data. Either way the caller hears of every error.
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors);
  }
  if (!response.ok || body.data == null) {
    throw new Error(`HTTP ${response.status} without data from ${endpoint}`);
  }
  return body.data;
}

// A typed GraphQL client in a dozen lines: the operation's generated document fixes the
// variables it takes and the data it answers; `fetch` does the rest. It runs as is in Node.js
// and in a browser (the explorer, web/explorer, uses it with its page's own endpoint).
import type { TypedDocumentString } from './generated/graphql.js';

/** A GraphQL error as the server sends it: `extensions.code` says what went wrong. */
export type GraphQLError = { message: string; path?: (string | number)[]; extensions?: { code?: string } };

/** The server answered with errors (all of them, with their codes, are in `errors`). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/** Runs a typed document with its variables: the data, or a `GraphQLRequestError`. */
export type Execute = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

/** A client of the Paradiplo server whose GraphQL endpoint is `endpoint`. */
export function client(endpoint: string): Execute {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: GraphQLError[] };
    // A request that could not run (HTTP 4xx) has errors and no data; a field that failed has
    // errors beside partial data. Either way the caller hears of every error.
    if (body.errors?.length) {
      throw new GraphQLRequestError(body.errors);
    }
    if (!response.ok || body.data == null) {
      throw new GraphQLRequestError([{ message: `HTTP ${response.status} without data from ${endpoint}` }]);
    }
    return body.data;
  };
}

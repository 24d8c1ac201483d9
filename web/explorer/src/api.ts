// The explorer's one way to the API: a typed document from the frontend kit
// (examples/operations, types by its codegen) sent to this server's /graphql with plain fetch.
// The kit's own client reads its endpoint from Node's environment; a page has its origin.
import type { TypedDocumentString } from '../../../examples/src/generated/graphql.js';

export type { TypedDocumentString };

/** A GraphQL error as the server sends it: `extensions.code` says what went wrong. */
export type GraphQLError = { message: string; extensions?: { code?: string } };

/** The server answered with errors, or without data. */
export class ApiError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/** The endpoint on the host that served the page: no other host is ever asked. */
export const endpoint = new URL('/graphql', location.href).href;

/** Runs `document` with `variables`: its data, or an `ApiError` with every error. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: TResult | null;
    errors?: GraphQLError[];
  };
  if (body.errors?.length) throw new ApiError(body.errors);
  if (!response.ok || body.data == null) {
    throw new ApiError([{ message: `HTTP ${response.status} without data` }]);
  }
  return body.data;
}

// The explorer's one way to the API: the frontend kit's client (examples/src/client.ts) with
// typed documents from its operations, sent to the /graphql of the host that served the page,
// so no other host is ever asked.
import { client } from '../../../examples/src/client.js';

export type { TypedDocumentString } from '../../../examples/src/generated/graphql.js';

export const execute = client(new URL('/graphql', location.href).href);

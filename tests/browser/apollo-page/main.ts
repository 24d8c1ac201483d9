// A page on another origin that queries Paradiplo with Apollo Client, as a web app would:
// with Apollo's client-awareness and CSRF-prevention headers and its own request id, all of
// which need the CORS preflight to allow them, and reading `x-request-id` back from the
// response, which needs it exposed. The test reads the outcome from `window.outcome`.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

type Outcome = { nameKo?: string; requestId: string | null; error?: string };

declare global {
  interface Window {
    outcome?: Outcome;
  }
}

const endpoint = new URLSearchParams(location.search).get('endpoint') ?? '';
let requestId: string | null = null;

const client = new ApolloClient({
  link: new HttpLink({
    uri: endpoint,
    headers: {
      'x-apollo-operation-name': 'SeoulName',
      'apollo-require-preflight': 'true',
      'x-request-id': 'apollo-from-another-origin',
    },
    // The response's headers, as the browser lets this origin see them.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      requestId = response.headers.get('x-request-id');
      return response;
    },
  }),
  cache: new InMemoryCache(),
  clientAwareness: { name: 'paradiplo-browser-test', version: '1.0.0' },
});

const SEOUL_NAME = gql`
  query SeoulName {
    city(slug: "seoul") {
      id
      nameKo
    }
  }
`;

async function main(): Promise<Outcome> {
  try {
    const { data, error } = await client.query<{ city: { nameKo: string } | null }>({
      query: SEOUL_NAME,
    });
    return { nameKo: data?.city?.nameKo, requestId, error: error?.message };
  } catch (error) {
    return { requestId, error: String(error) };
  }
}

main().then((outcome) => {
  document.body.textContent = JSON.stringify(outcome, null, 2);
  window.outcome = outcome;
});

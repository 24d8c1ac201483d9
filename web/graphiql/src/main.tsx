// Paradiplo's GraphiQL: the production build of GraphiQL 4 against this server's own
// endpoints, queries over HTTP at /graphql and subscriptions over /graphql/ws
// (graphql-transport-ws), both on the host that served the page.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { defaultTabs, exampleQuery } from './tabs';

const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', location.href).href,
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql/ws`,
  // The server answers JSON (no @defer/@stream), so the plain fetcher suffices.
  enableIncrementalDelivery: false,
});

// A link can open a query ready to run, `/?query=…&variables=…`, as GraphiQL's docs describe:
// the explorer's "open in GraphiQL" does.
const parameters = new URLSearchParams(location.search);

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={exampleQuery}
      defaultTabs={defaultTabs}
      query={parameters.get('query') ?? undefined}
      variables={parameters.get('variables') ?? undefined}
    >
      <GraphiQL.Logo>
        GraphiQL · <a href="/explore">Explorer</a>
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}

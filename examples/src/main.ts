// The frontend kit at work: each operation of ../operations, run with its generated types.
// `npm start` runs it against http://127.0.0.1:8000/graphql (PARADIPLO_GRAPHQL_URL to change).
import { client, GraphQLRequestError } from './client.js';
import {
  CitiesPageDocument,
  CitiesWithEarlySistersDocument,
  CityPageDocument,
  PartnersByContinentDocument,
  SearchDocument,
  type CitiesPageQuery,
} from './generated/graphql.js';

const execute = client(process.env.PARADIPLO_GRAPHQL_URL ?? 'http://127.0.0.1:8000/graphql');

// A city page: agreements with their partners, and networks.
const { city } = await execute(CityPageDocument, { slug: 'seoul' });
if (city) {
  console.log(`${city.nameEn} (${city.nameKo}), ${city.country?.nameEn}`);
  const sisters = city.agreements.filter((agreement) => agreement.kind === 'SISTER');
  console.log(`  ${sisters.length} sister cities, e.g. ${sisters.slice(0, 3).map((a) => a.partner?.nameEn).join(', ')}`);
  console.log(`  member of ${city.memberships.map((m) => m.organization?.acronym ?? m.organization?.nameEn).join(', ')}`);
}

// A connection, page by page with its cursors (three pages at most here).
let after: string | null = null;
for (let page = 1; page <= 3; page += 1) {
  const { citiesConnection }: CitiesPageQuery = await execute(CitiesPageDocument, { first: 5, after });
  const names = citiesConnection.edges.map((edge) => edge.node.nameEn);
  console.log(`page ${page} of ${citiesConnection.totalCount} cities: ${names.join(', ')}`);
  if (!citiesConnection.pageInfo.hasNextPage) break;
  after = citiesConnection.pageInfo.endCursor ?? null;
}

// A filtered list.
const { cities } = await execute(CitiesWithEarlySistersDocument, { continent: 'ASIA', signedBefore: '1990' });
console.log(`Asian cities with a sister city before 1990: ${cities.map((c) => c.nameEn).join(', ')}`);

// An aggregate, computed by the database.
const { agreementsAggregate } = await execute(PartnersByContinentDocument, { city: 'seoul' });
for (const group of agreementsAggregate.groups) {
  console.log(`  ${group.partnerContinent ?? 'unknown'}: ${group.countDistinctPartners} partners`);
}

// A search over the SearchResult union: `__typename` tells which fragment's fields are there.
const { search } = await execute(SearchDocument, { text: 'seoul', first: 10 });
for (const { node } of search) {
  switch (node.__typename) {
    case 'City': console.log(`  city ${node.nameEn} (${node.slug})`); break;
    case 'Country': console.log(`  country ${node.nameEn} (${node.code})`); break;
    case 'Organization': console.log(`  organization ${node.acronym ?? node.nameEn}`); break;
    case 'Event': console.log(`  event ${node.name} ${node.year ?? ''}`); break;
    case 'PolicyExport': console.log(`  policy export ${node.title}`); break;
    case 'Source': console.log(`  source ${node.title}`); break;
  }
}

// Errors come back with their codes: an unknown city is NOT_FOUND.
try {
  await execute(CityPageDocument, { slug: 'atlantis' });
} catch (error) {
  if (!(error instanceof GraphQLRequestError)) throw error;
  console.log(`an unknown city: ${error.errors.map((e) => e.extensions?.code).join(', ')}`);
}

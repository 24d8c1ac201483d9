/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CitiesPage($first: Int!, $after: String) {\n  citiesConnection(\n    first: $first\n    after: $after\n    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: NAME_EN}]\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        nameEn\n        country {\n          nameEn\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.CitiesPageDocument,
    "query CitiesWithEarlySisters($continent: Continent!, $signedBefore: String!) {\n  cities(\n    filter: {country: {continent: {eq: $continent}}, agreements: {some: {kind: {eq: SISTER}, signedOn: {lt: $signedBefore}}}}\n    orderBy: [{field: NAME_EN}]\n  ) {\n    id\n    slug\n    nameEn\n    country {\n      nameEn\n    }\n  }\n}": typeof types.CitiesWithEarlySistersDocument,
    "query CityPage($slug: String!) {\n  city(slug: $slug) {\n    id\n    slug\n    nameEn\n    nameKo\n    country {\n      code\n      nameEn\n      continent\n    }\n    agreements {\n      id\n      kind\n      status\n      signedOn\n      partner {\n        id\n        slug\n        nameEn\n        nameKo\n        country {\n          nameEn\n        }\n      }\n    }\n    memberships {\n      id\n      role\n      joinedYear\n      organization {\n        id\n        acronym\n        nameEn\n      }\n    }\n  }\n}": typeof types.CityPageDocument,
    "query PartnersByContinent($city: String!) {\n  agreementsAggregate(city: $city, groupBy: [PARTNER_CONTINENT]) {\n    total {\n      count\n      countDistinctPartners\n    }\n    groups {\n      partnerContinent\n      count\n      countDistinctPartners\n    }\n  }\n}": typeof types.PartnersByContinentDocument,
    "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    node {\n      __typename\n      ...CityHit\n      ...CountryHit\n      ...OrganizationHit\n      ...EventHit\n      ...PolicyExportHit\n      ...SourceHit\n    }\n  }\n}\n\nfragment CityHit on City {\n  id\n  slug\n  nameEn\n  cityNameKo: nameKo\n}\n\nfragment CountryHit on Country {\n  id\n  code\n  nameEn\n  nameKo\n}\n\nfragment OrganizationHit on Organization {\n  id\n  slug\n  acronym\n  nameEn\n}\n\nfragment EventHit on Event {\n  id\n  slug\n  name\n  year\n}\n\nfragment PolicyExportHit on PolicyExport {\n  id\n  slug\n  title\n  year\n}\n\nfragment SourceHit on Source {\n  id\n  key\n  title\n  year\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query CitiesPage($first: Int!, $after: String) {\n  citiesConnection(\n    first: $first\n    after: $after\n    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: NAME_EN}]\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        nameEn\n        country {\n          nameEn\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.CitiesPageDocument,
    "query CitiesWithEarlySisters($continent: Continent!, $signedBefore: String!) {\n  cities(\n    filter: {country: {continent: {eq: $continent}}, agreements: {some: {kind: {eq: SISTER}, signedOn: {lt: $signedBefore}}}}\n    orderBy: [{field: NAME_EN}]\n  ) {\n    id\n    slug\n    nameEn\n    country {\n      nameEn\n    }\n  }\n}": types.CitiesWithEarlySistersDocument,
    "query CityPage($slug: String!) {\n  city(slug: $slug) {\n    id\n    slug\n    nameEn\n    nameKo\n    country {\n      code\n      nameEn\n      continent\n    }\n    agreements {\n      id\n      kind\n      status\n      signedOn\n      partner {\n        id\n        slug\n        nameEn\n        nameKo\n        country {\n          nameEn\n        }\n      }\n    }\n    memberships {\n      id\n      role\n      joinedYear\n      organization {\n        id\n        acronym\n        nameEn\n      }\n    }\n  }\n}": types.CityPageDocument,
    "query PartnersByContinent($city: String!) {\n  agreementsAggregate(city: $city, groupBy: [PARTNER_CONTINENT]) {\n    total {\n      count\n      countDistinctPartners\n    }\n    groups {\n      partnerContinent\n      count\n      countDistinctPartners\n    }\n  }\n}": types.PartnersByContinentDocument,
    "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    node {\n      __typename\n      ...CityHit\n      ...CountryHit\n      ...OrganizationHit\n      ...EventHit\n      ...PolicyExportHit\n      ...SourceHit\n    }\n  }\n}\n\nfragment CityHit on City {\n  id\n  slug\n  nameEn\n  cityNameKo: nameKo\n}\n\nfragment CountryHit on Country {\n  id\n  code\n  nameEn\n  nameKo\n}\n\nfragment OrganizationHit on Organization {\n  id\n  slug\n  acronym\n  nameEn\n}\n\nfragment EventHit on Event {\n  id\n  slug\n  name\n  year\n}\n\nfragment PolicyExportHit on PolicyExport {\n  id\n  slug\n  title\n  year\n}\n\nfragment SourceHit on Source {\n  id\n  key\n  title\n  year\n}": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CitiesPage($first: Int!, $after: String) {\n  citiesConnection(\n    first: $first\n    after: $after\n    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: NAME_EN}]\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        nameEn\n        country {\n          nameEn\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.js').CitiesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CitiesWithEarlySisters($continent: Continent!, $signedBefore: String!) {\n  cities(\n    filter: {country: {continent: {eq: $continent}}, agreements: {some: {kind: {eq: SISTER}, signedOn: {lt: $signedBefore}}}}\n    orderBy: [{field: NAME_EN}]\n  ) {\n    id\n    slug\n    nameEn\n    country {\n      nameEn\n    }\n  }\n}"): typeof import('./graphql.js').CitiesWithEarlySistersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CityPage($slug: String!) {\n  city(slug: $slug) {\n    id\n    slug\n    nameEn\n    nameKo\n    country {\n      code\n      nameEn\n      continent\n    }\n    agreements {\n      id\n      kind\n      status\n      signedOn\n      partner {\n        id\n        slug\n        nameEn\n        nameKo\n        country {\n          nameEn\n        }\n      }\n    }\n    memberships {\n      id\n      role\n      joinedYear\n      organization {\n        id\n        acronym\n        nameEn\n      }\n    }\n  }\n}"): typeof import('./graphql.js').CityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersByContinent($city: String!) {\n  agreementsAggregate(city: $city, groupBy: [PARTNER_CONTINENT]) {\n    total {\n      count\n      countDistinctPartners\n    }\n    groups {\n      partnerContinent\n      count\n      countDistinctPartners\n    }\n  }\n}"): typeof import('./graphql.js').PartnersByContinentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    node {\n      __typename\n      ...CityHit\n      ...CountryHit\n      ...OrganizationHit\n      ...EventHit\n      ...PolicyExportHit\n      ...SourceHit\n    }\n  }\n}\n\nfragment CityHit on City {\n  id\n  slug\n  nameEn\n  cityNameKo: nameKo\n}\n\nfragment CountryHit on Country {\n  id\n  code\n  nameEn\n  nameKo\n}\n\nfragment OrganizationHit on Organization {\n  id\n  slug\n  acronym\n  nameEn\n}\n\nfragment EventHit on Event {\n  id\n  slug\n  name\n  year\n}\n\nfragment PolicyExportHit on PolicyExport {\n  id\n  slug\n  title\n  year\n}\n\nfragment SourceHit on Source {\n  id\n  key\n  title\n  year\n}"): typeof import('./graphql.js').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

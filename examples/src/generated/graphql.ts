/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kind of an agreement between two cities. */
export type AgreementKind =
  /** A friendship-city agreement (우호도시, 우호협정). */
  | 'FRIENDSHIP'
  /** Another partnership: a memorandum of cooperation, an exchange agreement… */
  | 'PARTNERSHIP'
  /** A sister-city agreement (자매도시). */
  | 'SISTER'
  /**
   * A twinning whose type the source does not state (Wikidata's "twinned administrative
   * body"); its date is unknown, never guessed.
   */
  | 'TWINNING';

/** Whether an agreement is in force. */
export type AgreementStatus =
  /** In force. */
  | 'ACTIVE'
  /** No longer in force (for example, superseded by a sister-city agreement). */
  | 'ENDED'
  /** Suspended. */
  | 'SUSPENDED'
  /** The sources do not say. */
  | 'UNKNOWN';

/** A continent. */
export type Continent =
  /** Africa. */
  | 'AFRICA'
  /** Asia, including the Middle East. */
  | 'ASIA'
  /** Europe. */
  | 'EUROPE'
  /** North and Central America and the Caribbean. */
  | 'NORTH_AMERICA'
  /** Oceania. */
  | 'OCEANIA'
  /** South America. */
  | 'SOUTH_AMERICA';

/** A city's role in an organization. */
export type MembershipRole =
  /** A member of the board or executive committee. */
  | 'BOARD_MEMBER'
  /** The city co-chairs the organization. */
  | 'CO_CHAIR'
  /** One of the founders. */
  | 'FOUNDING_MEMBER'
  /** A member. */
  | 'MEMBER'
  /** An observer. */
  | 'OBSERVER'
  /** The city holds the presidency. */
  | 'PRESIDENT'
  /** The city hosts the organization's secretariat. */
  | 'SECRETARIAT_HOST'
  /** The city holds a vice-presidency. */
  | 'VICE_PRESIDENT';

export type CitiesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CitiesPageQuery = { citiesConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, nameEn: string, country: { nameEn: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CitiesWithEarlySistersQueryVariables = Exact<{
  continent: Continent;
  signedBefore: string;
}>;


export type CitiesWithEarlySistersQuery = { cities: Array<{ id: string, slug: string, nameEn: string, country: { nameEn: string } | null }> };

export type CityPageQueryVariables = Exact<{
  slug: string;
}>;


export type CityPageQuery = { city: { id: string, slug: string, nameEn: string, nameKo: string | null, country: { code: string, nameEn: string, continent: Continent } | null, agreements: Array<{ id: string, kind: AgreementKind, status: AgreementStatus, signedOn: string | null, partner: { id: string, slug: string, nameEn: string, nameKo: string | null, country: { nameEn: string } | null } | null }>, memberships: Array<{ id: string, role: MembershipRole, joinedYear: number | null, organization: { id: string, acronym: string | null, nameEn: string } | null }> } | null };

export type PartnersByContinentQueryVariables = Exact<{
  city: string;
}>;


export type PartnersByContinentQuery = { agreementsAggregate: { total: { count: number, countDistinctPartners: number }, groups: Array<{ partnerContinent: Continent | null, count: number, countDistinctPartners: number }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'City', id: string, slug: string, nameEn: string, cityNameKo: string | null }
      | { __typename: 'Country', id: string, code: string, nameEn: string, nameKo: string }
      | { __typename: 'Event', id: string, slug: string, name: string, year: number | null }
      | { __typename: 'Organization', id: string, slug: string, acronym: string | null, nameEn: string }
      | { __typename: 'PolicyExport', id: string, slug: string, title: string, year: number | null }
      | { __typename: 'Source', id: string, key: string, title: string, year: number | null }
     }> };

export type CityHitFragment = { id: string, slug: string, nameEn: string, cityNameKo: string | null };

export type CountryHitFragment = { id: string, code: string, nameEn: string, nameKo: string };

export type OrganizationHitFragment = { id: string, slug: string, acronym: string | null, nameEn: string };

export type EventHitFragment = { id: string, slug: string, name: string, year: number | null };

export type PolicyExportHitFragment = { id: string, slug: string, title: string, year: number | null };

export type SourceHitFragment = { id: string, key: string, title: string, year: number | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CityHitFragmentDoc = new TypedDocumentString(`
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
    `, {"fragmentName":"CityHit"}) as unknown as TypedDocumentString<CityHitFragment, unknown>;
export const CountryHitFragmentDoc = new TypedDocumentString(`
    fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
    `, {"fragmentName":"CountryHit"}) as unknown as TypedDocumentString<CountryHitFragment, unknown>;
export const OrganizationHitFragmentDoc = new TypedDocumentString(`
    fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
    `, {"fragmentName":"OrganizationHit"}) as unknown as TypedDocumentString<OrganizationHitFragment, unknown>;
export const EventHitFragmentDoc = new TypedDocumentString(`
    fragment EventHit on Event {
  id
  slug
  name
  year
}
    `, {"fragmentName":"EventHit"}) as unknown as TypedDocumentString<EventHitFragment, unknown>;
export const PolicyExportHitFragmentDoc = new TypedDocumentString(`
    fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
    `, {"fragmentName":"PolicyExportHit"}) as unknown as TypedDocumentString<PolicyExportHitFragment, unknown>;
export const SourceHitFragmentDoc = new TypedDocumentString(`
    fragment SourceHit on Source {
  id
  key
  title
  year
}
    `, {"fragmentName":"SourceHit"}) as unknown as TypedDocumentString<SourceHitFragment, unknown>;
export const CitiesPageDocument = new TypedDocumentString(`
    query CitiesPage($first: Int!, $after: String) {
  citiesConnection(
    first: $first
    after: $after
    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: NAME_EN}]
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        nameEn
        country {
          nameEn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CitiesPageQuery, CitiesPageQueryVariables>;
export const CitiesWithEarlySistersDocument = new TypedDocumentString(`
    query CitiesWithEarlySisters($continent: Continent!, $signedBefore: String!) {
  cities(
    filter: {country: {continent: {eq: $continent}}, agreements: {some: {kind: {eq: SISTER}, signedOn: {lt: $signedBefore}}}}
    orderBy: [{field: NAME_EN}]
  ) {
    id
    slug
    nameEn
    country {
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<CitiesWithEarlySistersQuery, CitiesWithEarlySistersQueryVariables>;
export const CityPageDocument = new TypedDocumentString(`
    query CityPage($slug: String!) {
  city(slug: $slug) {
    id
    slug
    nameEn
    nameKo
    country {
      code
      nameEn
      continent
    }
    agreements {
      id
      kind
      status
      signedOn
      partner {
        id
        slug
        nameEn
        nameKo
        country {
          nameEn
        }
      }
    }
    memberships {
      id
      role
      joinedYear
      organization {
        id
        acronym
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CityPageQuery, CityPageQueryVariables>;
export const PartnersByContinentDocument = new TypedDocumentString(`
    query PartnersByContinent($city: String!) {
  agreementsAggregate(city: $city, groupBy: [PARTNER_CONTINENT]) {
    total {
      count
      countDistinctPartners
    }
    groups {
      partnerContinent
      count
      countDistinctPartners
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersByContinentQuery, PartnersByContinentQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    node {
      __typename
      ...CityHit
      ...CountryHit
      ...OrganizationHit
      ...EventHit
      ...PolicyExportHit
      ...SourceHit
    }
  }
}
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
fragment EventHit on Event {
  id
  slug
  name
  year
}
fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
fragment SourceHit on Source {
  id
  key
  title
  year
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
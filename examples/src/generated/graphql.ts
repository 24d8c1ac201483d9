/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conditions on agreements; every condition given must hold. */
export type AgreementFilter = {
  /** Every one of these filters matches. */
  and?: Array<AgreementFilter> | null | undefined;
  /**
   * The great-circle distance in km between the parties (null when one's coordinates are
   * unknown).
   */
  distanceKm?: FloatFilter | null | undefined;
  /** The day, month or year it ended. */
  endedOn?: DateFilter | null | undefined;
  /** Whether the parties are in different countries (`true`) or the same one (`false`). */
  international?: boolean | null | undefined;
  /** The kind of agreement. */
  kind?: AgreementKindFilter | null | undefined;
  /** This filter does not match. */
  not?: AgreementFilter | null | undefined;
  /** The note. */
  note?: StringFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<AgreementFilter> | null | undefined;
  /**
   * The party other than the city the agreements are seen from (a city's agreements, or
   * the `city` argument of a root list).
   */
  partner?: CityFilter | null | undefined;
  /** Either party. */
  party?: CityFilter | null | undefined;
  /** The day, month or year of signature. */
  signedOn?: DateFilter | null | undefined;
  /** The status. */
  status?: AgreementStatusFilter | null | undefined;
};

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

/** Conditions on a field with a fixed set of values. */
export type AgreementKindFilter = {
  /** Equal to this value. */
  eq?: AgreementKind | null | undefined;
  /** One of these values. */
  in?: Array<AgreementKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: AgreementKind | null | undefined;
  /** None of these values. */
  notIn?: Array<AgreementKind> | null | undefined;
};

/** Conditions on a list of agreements. */
export type AgreementListFilter = {
  /** Every related row matches (true when there are none). */
  every?: AgreementFilter | null | undefined;
  /** No related row matches. */
  none?: AgreementFilter | null | undefined;
  /** At least one related row matches. */
  some?: AgreementFilter | null | undefined;
};

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

/** Conditions on a field with a fixed set of values. */
export type AgreementStatusFilter = {
  /** Equal to this value. */
  eq?: AgreementStatus | null | undefined;
  /** One of these values. */
  in?: Array<AgreementStatus> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: AgreementStatus | null | undefined;
  /** None of these values. */
  notIn?: Array<AgreementStatus> | null | undefined;
};

/** Conditions on cities; every condition given must hold. */
export type CityFilter = {
  /** The city's agreements; inside, `partner` is the other party. */
  agreements?: AgreementListFilter | null | undefined;
  /** Every one of these filters matches. */
  and?: Array<CityFilter> | null | undefined;
  /** The country the city is in. */
  country?: CountryFilter | null | undefined;
  /** The events the city hosted. */
  hostedEvents?: EventListFilter | null | undefined;
  /** The organizations' offices in the city. */
  hostedOffices?: HostedOfficeListFilter | null | undefined;
  /** The administrative kind. */
  kind?: CityKindFilter | null | undefined;
  /** The latitude. */
  latitude?: FloatFilter | null | undefined;
  /** The longitude. */
  longitude?: FloatFilter | null | undefined;
  /** The city's memberships of organizations. */
  memberships?: MembershipListFilter | null | undefined;
  /** The English name. */
  nameEn?: StringFilter | null | undefined;
  /** The Korean name (null where no source gives one). */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: CityFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<CityFilter> | null | undefined;
  /** The policies the city exported. */
  policyExports?: PolicyExportListFilter | null | undefined;
  /** The city's programs. */
  programs?: ProgramListFilter | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** Figures about the city. */
  statistics?: StatisticListFilter | null | undefined;
  /** The Wikidata item, such as `Q8684` (null where none is known). */
  wikidataId?: StringFilter | null | undefined;
};

/** The administrative kind of a city or region. */
export type CityKind =
  /** A national capital. */
  | 'CAPITAL_CITY'
  /** A city. */
  | 'CITY'
  /** A district within a city. */
  | 'DISTRICT'
  /** A prefecture. */
  | 'PREFECTURE'
  /** A province. */
  | 'PROVINCE'
  /** Another kind of region. */
  | 'REGION'
  /** A city with special status, such as Seoul Special City. */
  | 'SPECIAL_CITY'
  /** A federated state. */
  | 'STATE';

/** Conditions on a field with a fixed set of values. */
export type CityKindFilter = {
  /** Equal to this value. */
  eq?: CityKind | null | undefined;
  /** One of these values. */
  in?: Array<CityKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: CityKind | null | undefined;
  /** None of these values. */
  notIn?: Array<CityKind> | null | undefined;
};

/** Conditions on a list of cities. */
export type CityListFilter = {
  /** Every related row matches (true when there are none). */
  every?: CityFilter | null | undefined;
  /** No related row matches. */
  none?: CityFilter | null | undefined;
  /** At least one related row matches. */
  some?: CityFilter | null | undefined;
};

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

/** Conditions on a field with a fixed set of values. */
export type ContinentFilter = {
  /** Equal to this value. */
  eq?: Continent | null | undefined;
  /** One of these values. */
  in?: Array<Continent> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: Continent | null | undefined;
  /** None of these values. */
  notIn?: Array<Continent> | null | undefined;
};

/** Conditions on countries; every condition given must hold. */
export type CountryFilter = {
  /** Every one of these filters matches. */
  and?: Array<CountryFilter> | null | undefined;
  /** The country's cities. */
  cities?: CityListFilter | null | undefined;
  /** The ISO 3166-1 alpha-2 code. */
  code?: StringFilter | null | undefined;
  /** The continent. */
  continent?: ContinentFilter | null | undefined;
  /** The English name. */
  nameEn?: StringFilter | null | undefined;
  /** The Korean name. */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: CountryFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<CountryFilter> | null | undefined;
};

/**
 * Conditions on a date, known to the day, month or year (`1990`, `1990-05`, `1990-05-17`).
 * Dates compare as ISO text: `lt: "1990"` is before 1990, `gte: "1990-05"` from May 1990 on.
 */
export type DateFilter = {
  /** Equal to this date, as precise as it is stored. */
  eq?: string | null | undefined;
  /** After this date (`gt: "1990"` includes `1990-05`: give `gte: "1991"` for after 1990). */
  gt?: string | null | undefined;
  /** On or after this date. */
  gte?: string | null | undefined;
  /** Equal to one of these dates. */
  in?: Array<string> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Before this date. */
  lt?: string | null | undefined;
  /** Before this date or on it. */
  lte?: string | null | undefined;
  /** Not equal to this date. */
  ne?: string | null | undefined;
  /** Equal to none of these dates. */
  notIn?: Array<string> | null | undefined;
};

/** How an exported policy was delivered. */
export type DeliveryMode =
  /** Aid. */
  | 'AID'
  /** Building facilities or systems (시설 및 시스템 구축). */
  | 'CONSTRUCTION'
  /** Policy advice and consulting (정책자문 및 컨설팅). */
  | 'CONSULTING'
  /** Another mode, or not stated. */
  | 'OTHER'
  /** A pilot project (시범사업). */
  | 'PILOT'
  /** Drawing up a plan (정책계획 수립). */
  | 'PLANNING'
  /** A site visit (현장견학). */
  | 'SITE_VISIT'
  /** Training (교육연수). */
  | 'TRAINING';

/** Conditions on a field with a fixed set of values. */
export type DeliveryModeFilter = {
  /** Equal to this value. */
  eq?: DeliveryMode | null | undefined;
  /** One of these values. */
  in?: Array<DeliveryMode> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: DeliveryMode | null | undefined;
  /** None of these values. */
  notIn?: Array<DeliveryMode> | null | undefined;
};

/** Conditions on events; every condition given must hold. */
export type EventFilter = {
  /** Every one of these filters matches. */
  and?: Array<EventFilter> | null | undefined;
  /** The day, month or year it ended. */
  endsOn?: DateFilter | null | undefined;
  /** The host city. */
  host?: CityFilter | null | undefined;
  /** The kind of event. */
  kind?: EventKindFilter | null | undefined;
  /** The English name. */
  nameEn?: StringFilter | null | undefined;
  /** The Korean name. */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: EventFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<EventFilter> | null | undefined;
  /** The organizing organization. */
  organizer?: OrganizationFilter | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** The day, month or year it started. */
  startsOn?: DateFilter | null | undefined;
};

/** The kind of an event. */
export type EventKind =
  /** An award or designation. */
  | 'AWARD'
  /** A campaign. */
  | 'CAMPAIGN'
  /** A conference. */
  | 'CONFERENCE'
  /** An exhibition. */
  | 'EXHIBITION'
  /** A festival. */
  | 'FESTIVAL'
  /** A forum. */
  | 'FORUM'
  /** A general assembly of an organization. */
  | 'GENERAL_ASSEMBLY'
  /** A meeting. */
  | 'MEETING'
  /** Another kind of event. */
  | 'OTHER'
  /** A summit. */
  | 'SUMMIT';

/** Conditions on a field with a fixed set of values. */
export type EventKindFilter = {
  /** Equal to this value. */
  eq?: EventKind | null | undefined;
  /** One of these values. */
  in?: Array<EventKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: EventKind | null | undefined;
  /** None of these values. */
  notIn?: Array<EventKind> | null | undefined;
};

/** Conditions on a list of events. */
export type EventListFilter = {
  /** Every related row matches (true when there are none). */
  every?: EventFilter | null | undefined;
  /** No related row matches. */
  none?: EventFilter | null | undefined;
  /** At least one related row matches. */
  some?: EventFilter | null | undefined;
};

/** Comparison operators on a number. */
export type FloatFilter = {
  /** Equal to this number. */
  eq?: number | null | undefined;
  /** Greater than this number. */
  gt?: number | null | undefined;
  /** Greater than or equal to this number. */
  gte?: number | null | undefined;
  /** Equal to one of these numbers. */
  in?: Array<number> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Less than this number. */
  lt?: number | null | undefined;
  /** Less than or equal to this number. */
  lte?: number | null | undefined;
  /** Not equal to this number. */
  ne?: number | null | undefined;
  /** Equal to none of these numbers. */
  notIn?: Array<number> | null | undefined;
};

/** Conditions on organizations' offices in cities; every condition given must hold. */
export type HostedOfficeFilter = {
  /** Every one of these filters matches. */
  and?: Array<HostedOfficeFilter> | null | undefined;
  /** The host city. */
  city?: CityFilter | null | undefined;
  /** The kind of office. */
  kind?: OfficeKindFilter | null | undefined;
  /** The office's English name. */
  nameEn?: StringFilter | null | undefined;
  /** The office's Korean name. */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: HostedOfficeFilter | null | undefined;
  /** The year it opened. */
  openedYear?: IntFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<HostedOfficeFilter> | null | undefined;
  /** The organization. */
  organization?: OrganizationFilter | null | undefined;
};

/** Conditions on a list of hosted offices. */
export type HostedOfficeListFilter = {
  /** Every related row matches (true when there are none). */
  every?: HostedOfficeFilter | null | undefined;
  /** No related row matches. */
  none?: HostedOfficeFilter | null | undefined;
  /** At least one related row matches. */
  some?: HostedOfficeFilter | null | undefined;
};

/** Comparison operators on a number. */
export type IntFilter = {
  /** Equal to this number. */
  eq?: number | null | undefined;
  /** Greater than this number. */
  gt?: number | null | undefined;
  /** Greater than or equal to this number. */
  gte?: number | null | undefined;
  /** Equal to one of these numbers. */
  in?: Array<number> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Less than this number. */
  lt?: number | null | undefined;
  /** Less than or equal to this number. */
  lte?: number | null | undefined;
  /** Not equal to this number. */
  ne?: number | null | undefined;
  /** Equal to none of these numbers. */
  notIn?: Array<number> | null | undefined;
};

/** Conditions on memberships; every condition given must hold. */
export type MembershipFilter = {
  /** Every one of these filters matches. */
  and?: Array<MembershipFilter> | null | undefined;
  /** The member city. */
  city?: CityFilter | null | undefined;
  /** The year the city joined. */
  joinedYear?: IntFilter | null | undefined;
  /** The year the city left. */
  leftYear?: IntFilter | null | undefined;
  /** This filter does not match. */
  not?: MembershipFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<MembershipFilter> | null | undefined;
  /** The organization. */
  organization?: OrganizationFilter | null | undefined;
  /** The member's role. */
  role?: MembershipRoleFilter | null | undefined;
};

/** Conditions on a list of memberships. */
export type MembershipListFilter = {
  /** Every related row matches (true when there are none). */
  every?: MembershipFilter | null | undefined;
  /** No related row matches. */
  none?: MembershipFilter | null | undefined;
  /** At least one related row matches. */
  some?: MembershipFilter | null | undefined;
};

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

/** Conditions on a field with a fixed set of values. */
export type MembershipRoleFilter = {
  /** Equal to this value. */
  eq?: MembershipRole | null | undefined;
  /** One of these values. */
  in?: Array<MembershipRole> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: MembershipRole | null | undefined;
  /** None of these values. */
  notIn?: Array<MembershipRole> | null | undefined;
};

/** The kind of an organization's office in a city. */
export type OfficeKind =
  /** A branch office. */
  | 'BRANCH_OFFICE'
  /** An office for one country. */
  | 'COUNTRY_OFFICE'
  /** The organization's headquarters. */
  | 'HEADQUARTERS'
  /** A liaison office. */
  | 'LIAISON_OFFICE'
  /** A regional office. */
  | 'REGIONAL_OFFICE'
  /** The organization's secretariat. */
  | 'SECRETARIAT';

/** Conditions on a field with a fixed set of values. */
export type OfficeKindFilter = {
  /** Equal to this value. */
  eq?: OfficeKind | null | undefined;
  /** One of these values. */
  in?: Array<OfficeKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: OfficeKind | null | undefined;
  /** None of these values. */
  notIn?: Array<OfficeKind> | null | undefined;
};

/** Conditions on organizations; every condition given must hold. */
export type OrganizationFilter = {
  /** The acronym, such as `C40`. */
  acronym?: StringFilter | null | undefined;
  /** Every one of these filters matches. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** The events it organized. */
  events?: EventListFilter | null | undefined;
  /** The year it was founded. */
  foundedYear?: IntFilter | null | undefined;
  /** The city of its headquarters. */
  headquarters?: CityFilter | null | undefined;
  /** Its offices hosted by cities. */
  hostedOffices?: HostedOfficeListFilter | null | undefined;
  /** The kind of organization. */
  kind?: OrganizationKindFilter | null | undefined;
  /** Its members' memberships. */
  memberships?: MembershipListFilter | null | undefined;
  /** The English name. */
  nameEn?: StringFilter | null | undefined;
  /** The Korean name. */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: OrganizationFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** Figures about it. */
  statistics?: StatisticListFilter | null | undefined;
};

/** The kind of an organization. */
export type OrganizationKind =
  /** An international network of cities or local governments. */
  | 'CITY_NETWORK'
  /** An international organization. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** Another body. */
  | 'OTHER';

/** Conditions on a field with a fixed set of values. */
export type OrganizationKindFilter = {
  /** Equal to this value. */
  eq?: OrganizationKind | null | undefined;
  /** One of these values. */
  in?: Array<OrganizationKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: OrganizationKind | null | undefined;
  /** None of these values. */
  notIn?: Array<OrganizationKind> | null | undefined;
};

/** Conditions on policy exports; every condition given must hold. */
export type PolicyExportFilter = {
  /** Every one of these filters matches. */
  and?: Array<PolicyExportFilter> | null | undefined;
  /** The whole budget in KRW. */
  budgetKrw?: FloatFilter | null | undefined;
  /** The exporting city. */
  exporter?: CityFilter | null | undefined;
  /** The exporting city's share of the budget in KRW. */
  exporterShareKrw?: FloatFilter | null | undefined;
  /** How the policy was delivered. */
  mode?: DeliveryModeFilter | null | undefined;
  /** This filter does not match. */
  not?: PolicyExportFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<PolicyExportFilter> | null | undefined;
  /** The receiving city. */
  partner?: CityFilter | null | undefined;
  /** The policy sector. */
  sector?: PolicySectorFilter | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** The subsector. */
  subsector?: StringFilter | null | undefined;
  /** The English title. */
  titleEn?: StringFilter | null | undefined;
  /** The Korean title. */
  titleKo?: StringFilter | null | undefined;
  /** The year. */
  year?: IntFilter | null | undefined;
};

/** Conditions on a list of policy exports. */
export type PolicyExportListFilter = {
  /** Every related row matches (true when there are none). */
  every?: PolicyExportFilter | null | undefined;
  /** No related row matches. */
  none?: PolicyExportFilter | null | undefined;
  /** At least one related row matches. */
  some?: PolicyExportFilter | null | undefined;
};

/** The policy sector of an exported policy. */
export type PolicySector =
  /** Citizen safety (시민안전). */
  | 'CITIZEN_SAFETY'
  /** Disaster prevention and safety management (재난예방 및 안전관리). */
  | 'DISASTER_MANAGEMENT'
  /** Environment (환경). */
  | 'ENVIRONMENT'
  /** E-government (전자정부). */
  | 'E_GOVERNMENT'
  /** Health. */
  | 'HEALTH'
  /** Any other sector, or not stated. */
  | 'OTHER'
  /** Sewerage (하수도). */
  | 'SEWERAGE'
  /** Transport: fare systems, traffic information, bus operation (교통). */
  | 'TRANSPORT'
  /** Urban planning and housing (도시계획 및 주택). */
  | 'URBAN_PLANNING_HOUSING'
  /** Urban rail (도시철도). */
  | 'URBAN_RAIL'
  /** Waste treatment (폐기물처리). */
  | 'WASTE'
  /** Water supply (상수도). */
  | 'WATER_SUPPLY';

/** Conditions on a field with a fixed set of values. */
export type PolicySectorFilter = {
  /** Equal to this value. */
  eq?: PolicySector | null | undefined;
  /** One of these values. */
  in?: Array<PolicySector> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: PolicySector | null | undefined;
  /** None of these values. */
  notIn?: Array<PolicySector> | null | undefined;
};

/** Conditions on programs; every condition given must hold. */
export type ProgramFilter = {
  /** Every one of these filters matches. */
  and?: Array<ProgramFilter> | null | undefined;
  /** The city running it. */
  city?: CityFilter | null | undefined;
  /** The year it ended. */
  endYear?: IntFilter | null | undefined;
  /** The kind of program. */
  kind?: ProgramKindFilter | null | undefined;
  /** The English name. */
  nameEn?: StringFilter | null | undefined;
  /** The Korean name. */
  nameKo?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: ProgramFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<ProgramFilter> | null | undefined;
  /** The partner city. */
  partner?: CityFilter | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** The year it started. */
  startYear?: IntFilter | null | undefined;
};

/** The kind of a program or initiative. */
export type ProgramKind =
  /** Aid or development cooperation. */
  | 'AID'
  /** An area of cooperation with a partner city. */
  | 'COOPERATION_AREA'
  /** A task or project of cooperation with a partner city. */
  | 'COOPERATION_TASK'
  /** A festival. */
  | 'FESTIVAL'
  /** Honorary citizenship. */
  | 'HONORARY_CITIZENSHIP'
  /** An institution the city set up. */
  | 'INSTITUTION'
  /** Invitations of foreign officials or guests. */
  | 'INVITATION'
  /** Another kind of program. */
  | 'OTHER'
  /** A plan, or one of its directions or tasks. */
  | 'PLAN'
  /** Training of foreign officials. */
  | 'TRAINING';

/** Conditions on a field with a fixed set of values. */
export type ProgramKindFilter = {
  /** Equal to this value. */
  eq?: ProgramKind | null | undefined;
  /** One of these values. */
  in?: Array<ProgramKind> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Not equal to this value. */
  ne?: ProgramKind | null | undefined;
  /** None of these values. */
  notIn?: Array<ProgramKind> | null | undefined;
};

/** Conditions on a list of programs. */
export type ProgramListFilter = {
  /** Every related row matches (true when there are none). */
  every?: ProgramFilter | null | undefined;
  /** No related row matches. */
  none?: ProgramFilter | null | undefined;
  /** At least one related row matches. */
  some?: ProgramFilter | null | undefined;
};

/** Conditions on statistics; every condition given must hold. */
export type StatisticFilter = {
  /** Every one of these filters matches. */
  and?: Array<StatisticFilter> | null | undefined;
  /** The day, month or year the figure is as of. */
  asOf?: DateFilter | null | undefined;
  /** The city it is about. */
  city?: CityFilter | null | undefined;
  /** The breakdown, such as a continent. */
  dimension?: StringFilter | null | undefined;
  /** What is measured, such as `sister_cities`. */
  metric?: StringFilter | null | undefined;
  /** This filter does not match. */
  not?: StatisticFilter | null | undefined;
  /** At least one of these filters matches. */
  or?: Array<StatisticFilter> | null | undefined;
  /** The organization it is about. */
  organization?: OrganizationFilter | null | undefined;
  /** The unit. */
  unit?: StringFilter | null | undefined;
  /** The value. */
  value?: FloatFilter | null | undefined;
};

/** Conditions on a list of statistics. */
export type StatisticListFilter = {
  /** Every related row matches (true when there are none). */
  every?: StatisticFilter | null | undefined;
  /** No related row matches. */
  none?: StatisticFilter | null | undefined;
  /** At least one related row matches. */
  some?: StatisticFilter | null | undefined;
};

/** Conditions on a text field; `contains`, `startsWith` and `endsWith` ignore case. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Ends with this text, ignoring case. */
  endsWith?: string | null | undefined;
  /** Equal to this text. */
  eq?: string | null | undefined;
  /** After this text in code-point order. */
  gt?: string | null | undefined;
  /** After or equal to this text. */
  gte?: string | null | undefined;
  /** Equal to one of these texts. */
  in?: Array<string> | null | undefined;
  /** Unknown (`true`) or known (`false`). */
  isNull?: boolean | null | undefined;
  /** Before this text in code-point order. */
  lt?: string | null | undefined;
  /** Before or equal to this text. */
  lte?: string | null | undefined;
  /** Not equal to this text. */
  ne?: string | null | undefined;
  /** Equal to none of these texts. */
  notIn?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** What happened. */
export type TimelineKind =
  /** An agreement ended. */
  | 'AGREEMENT_ENDED'
  /** An agreement was signed. */
  | 'AGREEMENT_SIGNED'
  /** The city hosted an event. */
  | 'EVENT_HOSTED'
  /** The city joined an organization. */
  | 'MEMBERSHIP_JOINED'
  /** The city left an organization. */
  | 'MEMBERSHIP_LEFT'
  /** The city exported a policy. */
  | 'POLICY_EXPORTED'
  /** The city received an exported policy. */
  | 'POLICY_RECEIVED';

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

export type ExplorerCityQueryVariables = Exact<{
  slug: string;
}>;


export type ExplorerCityQuery = { city: { id: string, slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null, country: { code: string, nameEn: string, nameKo: string, continent: Continent } | null, centrality: { degree: number, degreeRank: number, betweenness: number, betweennessRank: number }, agreements: Array<{ id: string, kind: AgreementKind, status: AgreementStatus, signedOn: string | null, endedOn: string | null, distanceKm: number | null, partner: { slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null, country: { nameEn: string, nameKo: string } | null } | null, sources: Array<{ title: string, locator: string | null, reference: string | null, source: { key: string, title: string, url: string | null, year: number | null } | null }> }>, memberships: Array<{ id: string, role: MembershipRole, joinedYear: number | null, leftYear: number | null, organization: { slug: string, acronym: string | null, nameEn: string, nameKo: string } | null }>, policyExports: Array<{ id: string, slug: string, title: string, titleEn: string | null, titleKo: string | null, year: number | null, sector: PolicySector, partner: { slug: string, nameEn: string, nameKo: string | null } | null }>, policyImports: Array<{ id: string, slug: string, title: string, titleEn: string | null, titleKo: string | null, year: number | null, sector: PolicySector, exporter: { slug: string, nameEn: string, nameKo: string | null } | null }>, hostedEvents: Array<{ id: string, slug: string, name: string, nameEn: string | null, nameKo: string | null, year: number | null, kind: EventKind }>, statistics: Array<{ id: string, metric: string, dimension: string | null, value: number, unit: string, asOf: string | null }> } | null };

export type ExplorerPolicyFragment = { id: string, slug: string, title: string, titleEn: string | null, titleKo: string | null, year: number | null, sector: PolicySector };

export type ExplorerNetworkQueryVariables = Exact<{
  slug: string;
  fanOut: number;
}>;


export type ExplorerNetworkQuery = { city: { slug: string, agreements: Array<{ kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null, agreementsConnection: { nodes: Array<{ kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null } | null }> } } | null }> } | null, related: Array<{ score: number, city: { slug: string, nameEn: string, nameKo: string | null } | null, sharedOrganizations: Array<{ slug: string, acronym: string | null, nameEn: string }>, sharedPartners: Array<{ slug: string, nameEn: string, nameKo: string | null }> }> };

export type ExplorerPairQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type ExplorerPairQuery = { a: { slug: string, nameEn: string, nameKo: string | null, agreements: Array<{ kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null } | null }>, memberships: Array<{ organization: { slug: string, acronym: string | null, nameEn: string, nameKo: string } | null }> } | null, b: { slug: string, nameEn: string, nameKo: string | null, agreements: Array<{ kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null } | null }>, memberships: Array<{ organization: { slug: string, acronym: string | null, nameEn: string, nameKo: string } | null }> } | null };

export type ExplorerPairSideFragment = { slug: string, nameEn: string, nameKo: string | null, agreements: Array<{ kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null } | null }>, memberships: Array<{ organization: { slug: string, acronym: string | null, nameEn: string, nameKo: string } | null }> };

export type ExplorerPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExplorerPathQuery = { path: Array<{ hops: number, steps: Array<{ from: { slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null } | null, to: { slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null } | null, via:
        | { __typename: 'Agreement', id: string, kind: AgreementKind, signedOn: string | null }
        | { __typename: 'Organization', id: string, slug: string, acronym: string | null, nameEn: string }
       | null }> }> };

export type ExplorerPlaceFragment = { slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null };

export type ExplorerTimelineQueryVariables = Exact<{
  city: string;
}>;


export type ExplorerTimelineQuery = { timeline: Array<{ date: string, year: number | null, kind: TimelineKind, record:
      | { __typename: 'Agreement', id: string, kind: AgreementKind, partner: { slug: string, nameEn: string, nameKo: string | null } | null }
      | { __typename: 'Event', id: string, name: string, nameKo: string | null }
      | { __typename: 'Membership', id: string, organization: { slug: string, acronym: string | null, nameEn: string } | null }
      | { __typename: 'PolicyExport', id: string, title: string, titleKo: string | null }
     }>, city: { undatedAgreements: Array<{ id: string }>, undatedMemberships: Array<{ id: string }>, undatedExports: Array<{ id: string }>, undatedImports: Array<{ id: string }>, hostedEvents: Array<{ id: string, year: number | null }> } | null };

export type ExplorerWorldQueryVariables = Exact<{
  filter?: CityFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type ExplorerWorldQuery = { citiesConnection: { totalCount: number, nodes: Array<{ slug: string, nameEn: string, nameKo: string | null, latitude: number | null, longitude: number | null, country: { continent: Continent } | null, centrality: { degree: number } }> } };

export type ExplorerWorldLinksQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type ExplorerWorldLinksQuery = { agreementsConnection: { totalCount: number, nodes: Array<{ kind: AgreementKind, parties: Array<{ slug: string }> }> } };

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
export const ExplorerPolicyFragmentDoc = new TypedDocumentString(`
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}
    `, {"fragmentName":"ExplorerPolicy"}) as unknown as TypedDocumentString<ExplorerPolicyFragment, unknown>;
export const ExplorerPairSideFragmentDoc = new TypedDocumentString(`
    fragment ExplorerPairSide on City {
  slug
  nameEn
  nameKo
  agreements {
    kind
    partner {
      slug
      nameEn
      nameKo
    }
  }
  memberships {
    organization {
      slug
      acronym
      nameEn
      nameKo
    }
  }
}
    `, {"fragmentName":"ExplorerPairSide"}) as unknown as TypedDocumentString<ExplorerPairSideFragment, unknown>;
export const ExplorerPlaceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}
    `, {"fragmentName":"ExplorerPlace"}) as unknown as TypedDocumentString<ExplorerPlaceFragment, unknown>;
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
export const ExplorerCityDocument = new TypedDocumentString(`
    query ExplorerCity($slug: String!) {
  city(slug: $slug) {
    id
    slug
    nameEn
    nameKo
    latitude
    longitude
    country {
      code
      nameEn
      nameKo
      continent
    }
    centrality {
      degree
      degreeRank
      betweenness
      betweennessRank
    }
    agreements(orderBy: [{field: SIGNED_ON}]) {
      id
      kind
      status
      signedOn
      endedOn
      distanceKm
      partner {
        slug
        nameEn
        nameKo
        latitude
        longitude
        country {
          nameEn
          nameKo
        }
      }
      sources {
        title
        locator
        reference
        source {
          key
          title
          url
          year
        }
      }
    }
    memberships {
      id
      role
      joinedYear
      leftYear
      organization {
        slug
        acronym
        nameEn
        nameKo
      }
    }
    policyExports {
      ...ExplorerPolicy
      partner {
        slug
        nameEn
        nameKo
      }
    }
    policyImports {
      ...ExplorerPolicy
      exporter {
        slug
        nameEn
        nameKo
      }
    }
    hostedEvents {
      id
      slug
      name
      nameEn
      nameKo
      year
      kind
    }
    statistics {
      id
      metric
      dimension
      value
      unit
      asOf
    }
  }
}
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}`) as unknown as TypedDocumentString<ExplorerCityQuery, ExplorerCityQueryVariables>;
export const ExplorerNetworkDocument = new TypedDocumentString(`
    query ExplorerNetwork($slug: String!, $fanOut: Int!) {
  city(slug: $slug) {
    slug
    agreements {
      kind
      partner {
        slug
        nameEn
        nameKo
        agreementsConnection(first: $fanOut) {
          nodes {
            kind
            partner {
              slug
              nameEn
              nameKo
            }
          }
        }
      }
    }
  }
  related(city: $slug, first: 10) {
    score
    city {
      slug
      nameEn
      nameKo
    }
    sharedOrganizations {
      slug
      acronym
      nameEn
    }
    sharedPartners {
      slug
      nameEn
      nameKo
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerPairDocument = new TypedDocumentString(`
    query ExplorerPair($a: String!, $b: String!) {
  a: city(slug: $a) {
    ...ExplorerPairSide
  }
  b: city(slug: $b) {
    ...ExplorerPairSide
  }
}
    fragment ExplorerPairSide on City {
  slug
  nameEn
  nameKo
  agreements {
    kind
    partner {
      slug
      nameEn
      nameKo
    }
  }
  memberships {
    organization {
      slug
      acronym
      nameEn
      nameKo
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPairQuery, ExplorerPairQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($from: String!, $to: String!) {
  path(from: $from, to: $to, first: 1, maxHops: 4) {
    hops
    steps {
      from {
        ...ExplorerPlace
      }
      to {
        ...ExplorerPlace
      }
      via {
        __typename
        ... on Agreement {
          id
          kind
          signedOn
        }
        ... on Organization {
          id
          slug
          acronym
          nameEn
        }
      }
    }
  }
}
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}`) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($city: String!) {
  timeline(city: $city) {
    date
    year
    kind
    record {
      __typename
      ... on Agreement {
        id
        kind
        partner {
          slug
          nameEn
          nameKo
        }
      }
      ... on Membership {
        id
        organization {
          slug
          acronym
          nameEn
        }
      }
      ... on Event {
        id
        name
        nameKo
      }
      ... on PolicyExport {
        id
        title
        titleKo
      }
    }
  }
  city(slug: $city) {
    undatedAgreements: agreements(filter: {signedOn: {isNull: true}}) {
      id
    }
    undatedMemberships: memberships(filter: {joinedYear: {isNull: true}}) {
      id
    }
    undatedExports: policyExports(filter: {year: {isNull: true}}) {
      id
    }
    undatedImports: policyImports(filter: {year: {isNull: true}}) {
      id
    }
    hostedEvents {
      id
      year
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerWorldDocument = new TypedDocumentString(`
    query ExplorerWorld($filter: CityFilter, $first: Int!, $offset: Int!) {
  citiesConnection(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: SLUG}]
  ) {
    totalCount
    nodes {
      slug
      nameEn
      nameKo
      latitude
      longitude
      country {
        continent
      }
      centrality {
        degree
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerWorldQuery, ExplorerWorldQueryVariables>;
export const ExplorerWorldLinksDocument = new TypedDocumentString(`
    query ExplorerWorldLinks($filter: AgreementFilter, $first: Int!, $offset: Int!) {
  agreementsConnection(first: $first, offset: $offset, filter: $filter) {
    totalCount
    nodes {
      kind
      parties {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerWorldLinksQuery, ExplorerWorldLinksQueryVariables>;
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
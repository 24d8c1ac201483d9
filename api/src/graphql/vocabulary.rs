//! GraphQL mirrors of the model's vocabularies; `remote` derives the conversions both ways.

use async_graphql::Enum;

/// Calls `$apply!` with every vocabulary mirrored here, so that code for all of them is
/// written once.
macro_rules! with_vocabularies {
    ($apply:ident) => {
        $apply!(
            AgreementKind,
            AgreementStatus,
            CityKind,
            Continent,
            DeliveryMode,
            EventKind,
            MembershipRole,
            OfficeKind,
            OrganizationKind,
            PolicySector,
            ProgramKind,
            SourceKind
        );
    };
}
pub(crate) use with_vocabularies;

/// What kind of publication a source is.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::SourceKind")]
pub enum SourceKind {
    /// The document a dataset was built from.
    Document,
    /// A book.
    Book,
    /// A journal or newspaper article.
    Article,
    /// A report by an institution.
    Report,
    /// A web page.
    Web,
    /// A published dataset.
    Dataset,
}

/// A continent.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::Continent")]
pub enum Continent {
    /// Africa.
    Africa,
    /// Asia, including the Middle East.
    Asia,
    /// Europe.
    Europe,
    /// North and Central America and the Caribbean.
    NorthAmerica,
    /// South America.
    SouthAmerica,
    /// Oceania.
    Oceania,
}

/// The administrative kind of a city or region.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::CityKind")]
pub enum CityKind {
    /// A city.
    City,
    /// A national capital.
    CapitalCity,
    /// A city with special status, such as Seoul Special City.
    SpecialCity,
    /// A province.
    Province,
    /// A federated state.
    State,
    /// A prefecture.
    Prefecture,
    /// Another kind of region.
    Region,
    /// A district within a city.
    District,
}

/// The kind of an agreement between two cities.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::AgreementKind")]
pub enum AgreementKind {
    /// A sister-city agreement (자매도시).
    Sister,
    /// A friendship-city agreement (우호도시, 우호협정).
    Friendship,
    /// Another partnership: a memorandum of cooperation, an exchange agreement…
    Partnership,
    /// A twinning whose type the source does not state (Wikidata's "twinned administrative
    /// body"); its date is unknown, never guessed.
    Twinning,
}

/// Whether an agreement is in force.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::AgreementStatus")]
pub enum AgreementStatus {
    /// In force.
    Active,
    /// No longer in force (for example, superseded by a sister-city agreement).
    Ended,
    /// Suspended.
    Suspended,
    /// The sources do not say.
    Unknown,
}

/// The kind of an organization.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::OrganizationKind")]
pub enum OrganizationKind {
    /// An international network of cities or local governments.
    CityNetwork,
    /// An international organization.
    InternationalOrganization,
    /// Another body.
    Other,
}

/// A city's role in an organization.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::MembershipRole")]
pub enum MembershipRole {
    /// A member.
    Member,
    /// One of the founders.
    FoundingMember,
    /// The city hosts the organization's secretariat.
    SecretariatHost,
    /// A member of the board or executive committee.
    BoardMember,
    /// The city holds the presidency.
    President,
    /// The city holds a vice-presidency.
    VicePresident,
    /// The city co-chairs the organization.
    CoChair,
    /// An observer.
    Observer,
}

/// The kind of an organization's office in a city.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::OfficeKind")]
pub enum OfficeKind {
    /// The organization's headquarters.
    Headquarters,
    /// A regional office.
    RegionalOffice,
    /// A liaison office.
    LiaisonOffice,
    /// The organization's secretariat.
    Secretariat,
    /// An office for one country.
    CountryOffice,
    /// A branch office.
    BranchOffice,
}

/// The policy sector of an exported policy.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::PolicySector")]
pub enum PolicySector {
    /// Transport: fare systems, traffic information, bus operation (교통).
    Transport,
    /// Urban rail (도시철도).
    UrbanRail,
    /// Water supply (상수도).
    WaterSupply,
    /// Sewerage (하수도).
    Sewerage,
    /// Urban planning and housing (도시계획 및 주택).
    UrbanPlanningHousing,
    /// Environment (환경).
    Environment,
    /// Waste treatment (폐기물처리).
    Waste,
    /// E-government (전자정부).
    EGovernment,
    /// Citizen safety (시민안전).
    CitizenSafety,
    /// Disaster prevention and safety management (재난예방 및 안전관리).
    DisasterManagement,
    /// Health.
    Health,
    /// Any other sector, or not stated.
    Other,
}

/// How an exported policy was delivered.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::DeliveryMode")]
pub enum DeliveryMode {
    /// A site visit (현장견학).
    SiteVisit,
    /// Training (교육연수).
    Training,
    /// Policy advice and consulting (정책자문 및 컨설팅).
    Consulting,
    /// Drawing up a plan (정책계획 수립).
    Planning,
    /// A pilot project (시범사업).
    Pilot,
    /// Building facilities or systems (시설 및 시스템 구축).
    Construction,
    /// Aid.
    Aid,
    /// Another mode, or not stated.
    Other,
}

/// The kind of an event.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::EventKind")]
pub enum EventKind {
    /// A summit.
    Summit,
    /// A general assembly of an organization.
    GeneralAssembly,
    /// A forum.
    Forum,
    /// A conference.
    Conference,
    /// A festival.
    Festival,
    /// An award or designation.
    Award,
    /// An exhibition.
    Exhibition,
    /// A meeting.
    Meeting,
    /// A campaign.
    Campaign,
    /// Another kind of event.
    Other,
}

/// The kind of a program or initiative.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "entity::ProgramKind")]
pub enum ProgramKind {
    /// Honorary citizenship.
    HonoraryCitizenship,
    /// Invitations of foreign officials or guests.
    Invitation,
    /// Training of foreign officials.
    Training,
    /// A festival.
    Festival,
    /// Aid or development cooperation.
    Aid,
    /// An area of cooperation with a partner city.
    CooperationArea,
    /// A task or project of cooperation with a partner city.
    CooperationTask,
    /// A plan, or one of its directions or tasks.
    Plan,
    /// An institution the city set up.
    Institution,
    /// Another kind of program.
    Other,
}

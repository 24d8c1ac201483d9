//! The closed vocabularies of the model, stored as text and guarded by CHECK constraints.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Declares a text-backed enum whose database value and serde name are the UPPER_SNAKE_CASE
/// variant name, and exposes the full list of values (the migration's CHECKs use it).
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        pub enum $name {
            $(
                #[sea_orm(string_value = $value)]
                #[serde(rename = $value)]
                $variant,
            )+
        }

        impl $name {
            /// Every value as stored in the database.
            pub const VALUES: &'static [&'static str] = &[$($value),+];
        }

        crate::row::cell!($name as String, |value: String| <$name as ActiveEnum>::try_from_value(&value));
    };
}

text_enum!(
    /// What kind of publication a source is.
    SourceKind { Document = "DOCUMENT", Book = "BOOK", Article = "ARTICLE", Report = "REPORT", Web = "WEB", Dataset = "DATASET" }
);

text_enum!(
    /// A continent, as used for grouping countries.
    Continent { Africa = "AFRICA", Asia = "ASIA", Europe = "EUROPE", NorthAmerica = "NORTH_AMERICA", SouthAmerica = "SOUTH_AMERICA", Oceania = "OCEANIA" }
);

text_enum!(
    /// The administrative kind of a city or region.
    CityKind { City = "CITY", CapitalCity = "CAPITAL_CITY", SpecialCity = "SPECIAL_CITY", Province = "PROVINCE", State = "STATE", Prefecture = "PREFECTURE", Region = "REGION", District = "DISTRICT" }
);

text_enum!(
    /// The kind of an agreement between two cities.
    /// `Twinning` is a twinning whose type the source does not state.
    AgreementKind { Sister = "SISTER", Friendship = "FRIENDSHIP", Partnership = "PARTNERSHIP", Twinning = "TWINNING" }
);

text_enum!(
    /// Whether an agreement is in force.
    AgreementStatus { Active = "ACTIVE", Ended = "ENDED", Suspended = "SUSPENDED", Unknown = "UNKNOWN" }
);

text_enum!(
    /// The kind of an organization.
    OrganizationKind { CityNetwork = "CITY_NETWORK", InternationalOrganization = "INTERNATIONAL_ORGANIZATION", Other = "OTHER" }
);

text_enum!(
    /// A city's role in an organization.
    MembershipRole { Member = "MEMBER", FoundingMember = "FOUNDING_MEMBER", SecretariatHost = "SECRETARIAT_HOST", BoardMember = "BOARD_MEMBER", President = "PRESIDENT", VicePresident = "VICE_PRESIDENT", CoChair = "CO_CHAIR", Observer = "OBSERVER" }
);

text_enum!(
    /// The kind of an organization's office in a city.
    OfficeKind { Headquarters = "HEADQUARTERS", RegionalOffice = "REGIONAL_OFFICE", LiaisonOffice = "LIAISON_OFFICE", Secretariat = "SECRETARIAT", CountryOffice = "COUNTRY_OFFICE", BranchOffice = "BRANCH_OFFICE" }
);

text_enum!(
    /// The policy sector of an exported policy.
    PolicySector { Transport = "TRANSPORT", UrbanRail = "URBAN_RAIL", WaterSupply = "WATER_SUPPLY", Sewerage = "SEWERAGE", UrbanPlanningHousing = "URBAN_PLANNING_HOUSING", Environment = "ENVIRONMENT", Waste = "WASTE", EGovernment = "E_GOVERNMENT", CitizenSafety = "CITIZEN_SAFETY", DisasterManagement = "DISASTER_MANAGEMENT", Health = "HEALTH", Other = "OTHER" }
);

text_enum!(
    /// How an exported policy was delivered.
    DeliveryMode { SiteVisit = "SITE_VISIT", Training = "TRAINING", Consulting = "CONSULTING", Planning = "PLANNING", Pilot = "PILOT", Construction = "CONSTRUCTION", Aid = "AID", Other = "OTHER" }
);

text_enum!(
    /// The kind of an event.
    EventKind { Summit = "SUMMIT", GeneralAssembly = "GENERAL_ASSEMBLY", Forum = "FORUM", Conference = "CONFERENCE", Festival = "FESTIVAL", Award = "AWARD", Exhibition = "EXHIBITION", Meeting = "MEETING", Campaign = "CAMPAIGN", Other = "OTHER" }
);

text_enum!(
    /// The kind of a program or initiative.
    ProgramKind { HonoraryCitizenship = "HONORARY_CITIZENSHIP", Invitation = "INVITATION", Training = "TRAINING", Festival = "FESTIVAL", Aid = "AID", CooperationArea = "COOPERATION_AREA", CooperationTask = "COOPERATION_TASK", Plan = "PLAN", Institution = "INSTITUTION", Other = "OTHER" }
);

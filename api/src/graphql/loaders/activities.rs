//! Loaders of what cities do: policy exports, events, programs, statistics and periods.

use entity::{event, period, policy_export, program, statistic};

use super::has_many;

has_many!(
    /// The policies a city exported.
    ExportsByCity => policy_export::Entity, policy_export::Column::ExporterId
);
has_many!(
    /// The policies exported to a city.
    ExportsToCity => policy_export::Entity, policy_export::Column::PartnerId
);
has_many!(
    /// The events a city hosted.
    EventsHostedBy => event::Entity, event::Column::HostId
);
has_many!(
    /// The events an organization organized.
    EventsOrganizedBy => event::Entity, event::Column::OrganizerId
);
has_many!(
    /// The programs of a city.
    ProgramsOfCity => program::Entity, program::Column::CityId
);
has_many!(
    /// The programs other cities run with a city as partner.
    ProgramsWithPartner => program::Entity, program::Column::PartnerId
);
has_many!(
    /// The figures stated about a city.
    StatisticsOfCity => statistic::Entity, statistic::Column::CityId
);
has_many!(
    /// The figures stated about an organization.
    StatisticsOfOrganization => statistic::Entity, statistic::Column::OrganizationId
);
has_many!(
    /// The phases of a city's diplomacy.
    PeriodsOfCity => period::Entity, period::Column::CityId
);

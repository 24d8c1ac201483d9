//! Loaders of organizations, memberships and hosted offices.

use entity::{hosted_office, membership, organization};

use super::{by_id, has_many};

by_id!(
    /// An organization by id.
    OrganizationById => organization::Entity
);
has_many!(
    /// The memberships of a city.
    MembershipsOfCity => membership::Entity, membership::Column::CityId
);
has_many!(
    /// The members of an organization.
    MembershipsOfOrganization => membership::Entity, membership::Column::OrganizationId
);
has_many!(
    /// The offices of an organization.
    OfficesOfOrganization => hosted_office::Entity, hosted_office::Column::OrganizationId
);
has_many!(
    /// The offices of organizations located in a city.
    OfficesInCity => hosted_office::Entity, hosted_office::Column::CityId
);

//! The graph's to-many relations, each declared once: its name (the parent's type and the
//! field), the child's entity and the column of it that holds the parent's id, the filter and
//! ordering the list takes and its default order. Everything else follows from the
//! declaration: the list name cursors carry (`cityMemberships`, from `CityMemberships`), the
//! loader key of the plain list (`loaders::Children`), the `some`/`every`/`none` clause of the parent's
//! filter ([`Relation::matching`]), the count ordering key ([`Relation::count`]), and, through
//! `#[relation_fields]` on the parent's type, the plain list and connection fields.

use async_graphql::InputType;
use entity::{city, event, hosted_office, membership, policy_export, program, statistic};
use sea_orm::{Condition, EntityTrait};

use super::{
    CityFilter, CityOrderField, EventFilter, EventOrderField, Filter, HostedOfficeFilter,
    HostedOfficeOrderField, Key, MembershipFilter, MembershipOrderField, OrderField,
    PolicyExportFilter, PolicyExportOrderField, ProgramFilter, ProgramOrderField, StatisticFilter,
    StatisticOrderField, children, count_children,
};
use crate::error::AppResult;
use crate::service::filter::{Quantifier, Scope};

/// A to-many relation: the rows of [`Relation::Child`] whose [`Relation::link`] column holds
/// the parent's id.
pub trait Relation: Copy + Default + Eq + std::hash::Hash + Send + Sync + 'static {
    /// The entity listed.
    type Child: EntityTrait<Model: Send + Sync + Clone + entity::row::ReadRow>;
    /// The filter the list takes.
    type Filter: Filter + InputType + std::fmt::Debug;
    /// What the list can be ordered by.
    type Order: OrderField + InputType;
    /// The order of the list when `orderBy` is empty.
    const DEFAULT_ORDER: Self::Order;
    /// The list's name in its cursors, so a cursor of one list is refused by another.
    const LIST: &'static str;
    /// The child's column holding the parent's id.
    fn link() -> <Self::Child as EntityTrait>::Column;

    /// The `some`/`every`/`none` clause of this relation in a filter on the parent.
    fn matching(
        scope: &Scope,
        quantifier: Quantifier,
        filter: &dyn Fn(&Scope) -> AppResult<Condition>,
    ) -> AppResult<Condition> {
        children::<Self::Child>(scope, Self::link(), quantifier, filter)
    }

    /// How many children the parent has, as an ordering key.
    fn count(scope: &Scope) -> AppResult<Key> {
        count_children::<Self::Child>(scope, Self::link())
    }
}

/// Declares each relation `$name: $child.$link`, its list name derived from `$name`.
macro_rules! relations {
    ($(
        $(#[$doc:meta])*
        $name:ident: $child:ident.$link:ident, $filter:ident, $order:ident::$default:ident;
    )+) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub struct $name;

        impl Relation for $name {
            type Child = $child::Entity;
            type Filter = $filter;
            type Order = $order;
            const DEFAULT_ORDER: $order = $order::$default;
            const LIST: &'static str = {
                const NAME: &str = stringify!($name);
                const LIST: [u8; NAME.len()] = lower_first(NAME);
                match std::str::from_utf8(&LIST) {
                    Ok(list) => list,
                    Err(_) => panic!("a relation's name is ASCII"),
                }
            };
            fn link() -> $child::Column {
                $child::Column::$link
            }
        }
    )+};
}

relations! {
    /// A city's memberships of organizations.
    CityMemberships: membership.CityId, MembershipFilter, MembershipOrderField::JoinedYear;
    /// The offices of organizations in a city.
    CityHostedOffices: hosted_office.CityId, HostedOfficeFilter, HostedOfficeOrderField::OpenedYear;
    /// The policies a city exported.
    CityPolicyExports: policy_export.ExporterId, PolicyExportFilter, PolicyExportOrderField::Slug;
    /// The policies other cities exported to a city.
    CityPolicyImports: policy_export.PartnerId, PolicyExportFilter, PolicyExportOrderField::Slug;
    /// The events a city hosted.
    CityHostedEvents: event.HostId, EventFilter, EventOrderField::Slug;
    /// A city's programs.
    CityPrograms: program.CityId, ProgramFilter, ProgramOrderField::Slug;
    /// Programs of other cities with a city as partner.
    CityPartnerPrograms: program.PartnerId, ProgramFilter, ProgramOrderField::Slug;
    /// The figures stated about a city.
    CityStatistics: statistic.CityId, StatisticFilter, StatisticOrderField::Metric;
    /// An organization's member cities.
    OrganizationMemberships: membership.OrganizationId, MembershipFilter, MembershipOrderField::JoinedYear;
    /// An organization's offices.
    OrganizationHostedOffices: hosted_office.OrganizationId, HostedOfficeFilter, HostedOfficeOrderField::OpenedYear;
    /// The events an organization organized.
    OrganizationEvents: event.OrganizerId, EventFilter, EventOrderField::Slug;
    /// The figures stated about an organization.
    OrganizationStatistics: statistic.OrganizationId, StatisticFilter, StatisticOrderField::Metric;
    /// A country's cities.
    CountryCities: city.CountryId, CityFilter, CityOrderField::Slug;
}

/// `name` with its first letter in lower case: `CityMemberships` → `cityMemberships`.
const fn lower_first<const N: usize>(name: &str) -> [u8; N] {
    let mut bytes = [0; N];
    let mut at = 0;
    while at < N {
        bytes[at] = name.as_bytes()[at];
        at += 1;
    }
    bytes[0] = bytes[0].to_ascii_lowercase();
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relations_list_name_is_its_name_in_lower_camel_case() {
        assert_eq!(CityMemberships::LIST, "cityMemberships");
        assert_eq!(OrganizationHostedOffices::LIST, "organizationHostedOffices");
        assert_eq!(CountryCities::LIST, "countryCities");
    }
}

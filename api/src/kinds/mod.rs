//! Every record kind, each in a module of its own holding its file record, its mapping to its
//! table, its checks, its edit rules and its search document; and the registry listing them
//! once ([`with_kinds!`]), from which every list of kinds elsewhere is generated. Adding a kind
//! is one module here and one line in the registry; code that must know every kind matches
//! on an enum the registry generates, so a kind it forgets does not compile.

#[macro_use]
mod rules;

mod agreement;
mod city;
mod country;
pub mod country_catalogue;
mod country_group;
mod event;
mod hosted_office;
mod membership;
mod organization;
mod period;
mod policy_export;
mod program;
mod source;
mod statistic;

pub use agreement::AgreementRecord;
pub use city::CityRecord;
pub use country::CountryRecord;
pub use country_group::CountryGroupRecord;
pub use event::EventRecord;
pub use hosted_office::HostedOfficeRecord;
pub use membership::MembershipRecord;
pub use organization::OrganizationRecord;
pub use period::PeriodRecord;
pub use policy_export::PolicyExportRecord;
pub use program::ProgramRecord;
pub use rules::number;
pub use source::SourceRecord;
pub use statistic::StatisticRecord;

/// Calls `$apply!` with the record kinds `$view` selects (see [`select_kinds!`]), in
/// dependency order (a kind only refers to kinds above it, so imports run in this order).
/// Each line reads `Type(module, file: Record) { … }`: the GraphQL type, the kind's module
/// here and in `entity`, its dataset file (`data/<file>.json`) and its record; then, for kinds
/// that have them, its map of keys in [`Refs`] (for kinds other kinds refer to), the column of
/// `citation` that cites it, the column of the natural key search finds it by, and its four
/// mutation fields.
macro_rules! with_kinds {
    ($view:ident: $apply:ident) => {
        $crate::kinds::select_kinds! { $view $apply
            Source(source, sources: SourceRecord) {
                referred to as sources;
                searched by Key;
                edited by create_source, update_source, delete_source, restore_source;
            }
            CountryGroup(country_group, country_groups: CountryGroupRecord) {
                referred to as groups;
            }
            Country(country, countries: CountryRecord) {
                referred to as countries;
                searched by Code;
                edited by create_country, update_country, delete_country, restore_country;
            }
            City(city, cities: CityRecord) {
                referred to as cities;
                cited by CityId;
                searched by Slug;
                edited by create_city, update_city, delete_city, restore_city;
            }
            Organization(organization, organizations: OrganizationRecord) {
                referred to as organizations;
                cited by OrganizationId;
                searched by Slug;
                edited by create_organization, update_organization, delete_organization,
                    restore_organization;
            }
            Agreement(agreement, agreements: AgreementRecord) {
                cited by AgreementId;
                edited by create_agreement, update_agreement, delete_agreement, restore_agreement;
            }
            Membership(membership, memberships: MembershipRecord) {
                cited by MembershipId;
                edited by create_membership, update_membership, delete_membership,
                    restore_membership;
            }
            HostedOffice(hosted_office, hosted_offices: HostedOfficeRecord) {
                cited by HostedOfficeId;
                edited by create_hosted_office, update_hosted_office, delete_hosted_office,
                    restore_hosted_office;
            }
            PolicyExport(policy_export, policy_exports: PolicyExportRecord) {
                cited by PolicyExportId;
                searched by Slug;
                edited by create_policy_export, update_policy_export, delete_policy_export,
                    restore_policy_export;
            }
            Event(event, events: EventRecord) {
                cited by EventId;
                searched by Slug;
                edited by create_event, update_event, delete_event, restore_event;
            }
            Program(program, programs: ProgramRecord) {
                cited by ProgramId;
            }
            Statistic(statistic, statistics: StatisticRecord) {
                cited by StatisticId;
                edited by create_statistic, update_statistic, delete_statistic, restore_statistic;
            }
            Period(period, periods: PeriodRecord) {
                cited by PeriodId;
            }
        }
    };
}
pub(crate) use with_kinds;

/// Gives `$apply!` one view of the registry: `all` kinds as `Type(module, file: Record)
/// [citation column]`, `referred` ones as `Record [map in Refs]` (all kinds, the map left
/// out for kinds not referred to), the `cited` ones as `Type(module, Record): citation
/// column`, the `searched` ones as `Type(module, Record): key column`, and the `edited` ones
/// as `Type(Record): create, update, delete, restore`.
macro_rules! select_kinds {
    ($view:ident $apply:ident $($type:ident($module:ident, $file:ident: $record:ident) {
        $(referred to as $refs:ident;)?
        $(cited by $cited:ident;)?
        $(searched by $searched:ident;)?
        $(edited by $create:ident, $update:ident, $delete:ident, $restore:ident;)?
    })+) => {
        $crate::kinds::select_kinds! { @$view $apply $([
            $type $module $file $record [$($refs)?]
            [$($cited)?] [$($searched)?] [$($create $update $delete $restore)?]
        ])+ }
    };
    (@all $apply:ident $([
        $type:ident $module:ident $file:ident $record:ident $refs:tt [$($cited:ident)?]
        $searched:tt $edited:tt
    ])+) => {
        $apply! { $($type($module, $file: $record) [$($cited)?])+ }
    };
    (@referred $apply:ident $([
        $type:ident $module:ident $file:ident $record:ident $refs:tt $cited:tt $searched:tt
        $edited:tt
    ])+) => {
        $apply! { $($record $refs)+ }
    };
    (@cited $apply:ident $([
        $type:ident $module:ident $file:ident $record:ident $refs:tt [$($cited:ident)?]
        $searched:tt $edited:tt
    ])+) => {
        $apply! { $($($type($module, $record): $cited)?)+ }
    };
    (@searched $apply:ident $([
        $type:ident $module:ident $file:ident $record:ident $refs:tt $cited:tt
        [$($key:ident)?] $edited:tt
    ])+) => {
        $apply! { $($($type($module, $record): $key)?)+ }
    };
    (@edited $apply:ident $([
        $type:ident $module:ident $file:ident $record:ident $refs:tt $cited:tt $searched:tt
        [$($create:ident $update:ident $delete:ident $restore:ident)?]
    ])+) => {
        $apply! { $($($type($record): $create, $update, $delete, $restore)?)+ }
    };
}
pub(crate) use select_kinds;

/// What the registry says of each kind: its type's name, its file and the column citing it.
macro_rules! registered {
    ($($type:ident($module:ident, $file:ident: $record:ident) [$($cited:ident)?])+) => {$(
        impl crate::dataset::Registered for $record {
            const TYPE: &'static str = stringify!($type);
            const FILE: &'static str = concat!(stringify!($file), ".json");
            const CITED_BY: Option<entity::citation::Column> =
                some!($(entity::citation::Column::$cited)?);
        }
    )+};
}
with_kinds!(all: registered);

/// The maps of keys of the kinds other kinds refer to, one per kind the registry says is
/// `referred to`, and where each kind finds its own.
macro_rules! referred_kinds {
    ($($record:ident [$($refs:ident)?])+) => {
        /// Natural keys and database ids of the records other records refer to, both ways.
        #[derive(Default)]
        pub struct Refs {
            $($(pub $refs: crate::dataset::KeyMap,)?)+
            /// Country id → codes of the groups it belongs to, in order.
            pub country_groups: std::collections::HashMap<i32, Vec<String>>,
        }

        $(
            impl crate::dataset::Referred for $record {
                fn key_map(_refs: &mut Refs) -> Option<&mut crate::dataset::KeyMap> {
                    some!($(&mut _refs.$refs)?)
                }
            }
        )+
    };
}
with_kinds!(referred: referred_kinds);

/// The kinds of record citations back, each with its column in `citation`.
macro_rules! cited_kinds {
    ($($type:ident($module:ident, $record:ident): $cited:ident)+) => {
        /// The kinds of record a citation can back; each has its own column in `citation`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Cited {
            $(#[doc = concat!("Cited through `citation.", stringify!($cited), "`.")] $type,)+
        }

        impl Cited {
            pub const ALL: &[Cited] = &[$(Cited::$type,)+];

            /// The column of `citation` that points at records of this kind.
            pub fn column(self) -> entity::citation::Column {
                match self {
                    $(Cited::$type => entity::citation::Column::$cited,)+
                }
            }

            /// The record's GraphQL type name.
            pub fn type_name(self) -> &'static str {
                match self {
                    $(Cited::$type => stringify!($type),)+
                }
            }
        }
    };
}
with_kinds!(cited: cited_kinds);

//! Loaders of sources and of the citations that tie facts to them.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{citation, source};
use sea_orm::EntityTrait;

use super::{DbLoader, LoadError, by_id, group_by, has_many};

by_id!(
    /// A source by id.
    SourceById => source::Entity
);
has_many!(
    /// The citations of a source: the facts it backs.
    CitationsOfSource => citation::Entity, citation::Column::SourceId
);

/// The citations of one fact-bearing record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CitationsOf {
    pub record: Cited,
    pub id: i32,
}

/// The kinds of record a citation can back; each has its own column in `citation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cited {
    City,
    Agreement,
    Organization,
    Membership,
    HostedOffice,
    PolicyExport,
    Event,
    Program,
    Statistic,
    Period,
}

impl Cited {
    fn column(self) -> citation::Column {
        match self {
            Cited::City => citation::Column::CityId,
            Cited::Agreement => citation::Column::AgreementId,
            Cited::Organization => citation::Column::OrganizationId,
            Cited::Membership => citation::Column::MembershipId,
            Cited::HostedOffice => citation::Column::HostedOfficeId,
            Cited::PolicyExport => citation::Column::PolicyExportId,
            Cited::Event => citation::Column::EventId,
            Cited::Program => citation::Column::ProgramId,
            Cited::Statistic => citation::Column::StatisticId,
            Cited::Period => citation::Column::PeriodId,
        }
    }
}

impl Loader<CitationsOf> for DbLoader {
    type Value = Vec<citation::Model>;
    type Error = LoadError;

    /// One statement per kind of record present among the keys.
    async fn load(
        &self,
        keys: &[CitationsOf],
    ) -> Result<HashMap<CitationsOf, Self::Value>, Self::Error> {
        let mut by_kind: HashMap<Cited, Vec<i32>> = HashMap::new();
        for key in keys {
            by_kind.entry(key.record).or_default().push(key.id);
        }
        let mut loaded = HashMap::new();
        for (record, ids) in by_kind {
            let grouped = group_by(
                &self.db,
                citation::Entity::find(),
                record.column(),
                ids,
                |id| CitationsOf { record, id },
            )
            .await?;
            loaded.extend(grouped);
        }
        Ok(loaded)
    }
}

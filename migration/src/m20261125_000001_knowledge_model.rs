//! The knowledge model: places (countries, groups, cities), relations between cities
//! (agreements, memberships, offices, policy exports, events, programs), figures (statistics,
//! periods) and provenance (sources, citations).
//!
//! Closed vocabularies are text columns guarded by CHECK constraints rather than native enums,
//! so the same migration runs on SQLite and PostgreSQL; the lists are spelled out here, not
//! imported, because a migration must keep meaning what it meant when it ran.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A CHECK that a text column holds one of `values` (NULL passes, as SQL CHECKs do).
fn one_of(column: &str, values: &[&str]) -> Expr {
    let list = values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Expr::cust(format!("{column} IN ({list})"))
}

/// A CHECK that a column holds an ISO 8601 date of year, month or day precision.
fn partial_date(column: &str) -> Expr {
    Expr::cust(format!(
        "length({column}) IN (4, 7, 10) AND substr({column}, 1, 4) BETWEEN '1000' AND '2999'"
    ))
}

fn year_range(column: &str) -> Expr {
    Expr::cust(format!("{column} BETWEEN 1000 AND 2999"))
}

fn foreign_key(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

fn cascading_foreign_key(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn index(table: impl IntoIden, name: &str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(Alias::new(*column));
    }
    statement.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Source::Table)
                    .col(pk_auto(Source::Id))
                    .col(string_uniq(Source::Key))
                    .col(string(Source::Kind).check(one_of(
                        "kind",
                        &["DOCUMENT", "BOOK", "ARTICLE", "REPORT", "WEB", "DATASET"],
                    )))
                    .col(text(Source::Title))
                    .col(text_null(Source::Authors))
                    .col(integer_null(Source::Year).check(year_range("year")))
                    .col(text_null(Source::Publisher))
                    .col(text_null(Source::Url))
                    .col(string_null(Source::Language))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CountryGroup::Table)
                    .col(pk_auto(CountryGroup::Id))
                    .col(string_uniq(CountryGroup::Code))
                    .col(string(CountryGroup::NameEn))
                    .col(string(CountryGroup::NameKo))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Country::Table)
                    .col(pk_auto(Country::Id))
                    .col(
                        string_len_uniq(Country::Code, 2)
                            .check(Expr::cust("length(code) = 2 AND upper(code) = code")),
                    )
                    .col(string(Country::NameEn))
                    .col(string(Country::NameKo))
                    .col(string(Country::Continent).check(one_of(
                        "continent",
                        &[
                            "AFRICA",
                            "ASIA",
                            "EUROPE",
                            "NORTH_AMERICA",
                            "SOUTH_AMERICA",
                            "OCEANIA",
                        ],
                    )))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CountryGroupMember::Table)
                    .col(integer(CountryGroupMember::CountryGroupId))
                    .col(integer(CountryGroupMember::CountryId))
                    .primary_key(
                        Index::create()
                            .col(CountryGroupMember::CountryGroupId)
                            .col(CountryGroupMember::CountryId),
                    )
                    .foreign_key(&mut cascading_foreign_key(
                        (
                            CountryGroupMember::Table,
                            CountryGroupMember::CountryGroupId,
                        ),
                        (CountryGroup::Table, CountryGroup::Id),
                    ))
                    .foreign_key(&mut cascading_foreign_key(
                        (CountryGroupMember::Table, CountryGroupMember::CountryId),
                        (Country::Table, Country::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                CountryGroupMember::Table,
                "country_group_member_country",
                &["country_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(City::Table)
                    .col(pk_auto(City::Id))
                    .col(string_uniq(City::Slug))
                    .col(string(City::NameEn))
                    .col(string(City::NameKo))
                    .col(string(City::Kind).check(one_of(
                        "kind",
                        &[
                            "CITY",
                            "CAPITAL_CITY",
                            "SPECIAL_CITY",
                            "PROVINCE",
                            "STATE",
                            "PREFECTURE",
                            "REGION",
                            "DISTRICT",
                        ],
                    )))
                    .col(integer(City::CountryId))
                    .col(
                        double_null(City::Latitude)
                            .check(Expr::cust("latitude BETWEEN -90 AND 90")),
                    )
                    .col(
                        double_null(City::Longitude)
                            .check(Expr::cust("longitude BETWEEN -180 AND 180")),
                    )
                    .foreign_key(&mut foreign_key(
                        (City::Table, City::CountryId),
                        (Country::Table, Country::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(City::Table, "city_country", &["country_id"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Agreement::Table)
                    .col(pk_auto(Agreement::Id))
                    .col(integer(Agreement::PartyAId))
                    .col(integer(Agreement::PartyBId))
                    .col(string(Agreement::Kind).check(one_of("kind", &["SISTER", "FRIENDSHIP", "PARTNERSHIP"])))
                    .col(string_null(Agreement::SignedOn).check(partial_date("signed_on")))
                    .col(string_null(Agreement::EndedOn).check(partial_date("ended_on")))
                    .col(string(Agreement::Status).check(one_of("status", &["ACTIVE", "ENDED", "SUSPENDED", "UNKNOWN"])))
                    .col(text_null(Agreement::Note))
                    .check(Expr::cust("party_a_id <> party_b_id"))
                    .check(Expr::cust("ended_on IS NULL OR signed_on IS NULL OR substr(signed_on, 1, 4) <= substr(ended_on, 1, 4)"))
                    .foreign_key(&mut foreign_key((Agreement::Table, Agreement::PartyAId), (City::Table, City::Id)))
                    .foreign_key(&mut foreign_key((Agreement::Table, Agreement::PartyBId), (City::Table, City::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    Agreement::Table,
                    "agreement_pair_kind",
                    &["party_a_id", "party_b_id", "kind"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Agreement::Table,
                "agreement_party_b",
                &["party_b_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organization::Table)
                    .col(pk_auto(Organization::Id))
                    .col(string_uniq(Organization::Slug))
                    .col(string_null(Organization::Acronym).unique_key())
                    .col(string(Organization::NameEn))
                    .col(string(Organization::NameKo))
                    .col(string(Organization::Kind).check(one_of(
                        "kind",
                        &["CITY_NETWORK", "INTERNATIONAL_ORGANIZATION", "OTHER"],
                    )))
                    .col(integer_null(Organization::FoundedYear).check(year_range("founded_year")))
                    .col(integer_null(Organization::HeadquartersId))
                    .foreign_key(&mut foreign_key(
                        (Organization::Table, Organization::HeadquartersId),
                        (City::Table, City::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Membership::Table)
                    .col(pk_auto(Membership::Id))
                    .col(integer(Membership::CityId))
                    .col(integer(Membership::OrganizationId))
                    .col(string(Membership::Role).check(one_of(
                        "role",
                        &[
                            "MEMBER",
                            "FOUNDING_MEMBER",
                            "SECRETARIAT_HOST",
                            "BOARD_MEMBER",
                            "PRESIDENT",
                            "VICE_PRESIDENT",
                            "CO_CHAIR",
                            "OBSERVER",
                        ],
                    )))
                    .col(integer_null(Membership::JoinedYear).check(year_range("joined_year")))
                    .col(integer_null(Membership::LeftYear).check(year_range("left_year")))
                    .col(text_null(Membership::Note))
                    .check(Expr::cust(
                        "left_year IS NULL OR joined_year IS NULL OR joined_year <= left_year",
                    ))
                    .foreign_key(&mut foreign_key(
                        (Membership::Table, Membership::CityId),
                        (City::Table, City::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Membership::Table, Membership::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    Membership::Table,
                    "membership_city_organization_role",
                    &["city_id", "organization_id", "role"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Membership::Table,
                "membership_organization",
                &["organization_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(HostedOffice::Table)
                    .col(pk_auto(HostedOffice::Id))
                    .col(integer(HostedOffice::OrganizationId))
                    .col(integer(HostedOffice::CityId))
                    .col(string(HostedOffice::Kind).check(one_of(
                        "kind",
                        &[
                            "HEADQUARTERS",
                            "REGIONAL_OFFICE",
                            "LIAISON_OFFICE",
                            "SECRETARIAT",
                            "COUNTRY_OFFICE",
                            "BRANCH_OFFICE",
                        ],
                    )))
                    .col(string_null(HostedOffice::NameEn))
                    .col(string_null(HostedOffice::NameKo))
                    .col(integer_null(HostedOffice::OpenedYear).check(year_range("opened_year")))
                    .foreign_key(&mut foreign_key(
                        (HostedOffice::Table, HostedOffice::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (HostedOffice::Table, HostedOffice::CityId),
                        (City::Table, City::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    HostedOffice::Table,
                    "hosted_office_organization_city_kind",
                    &["organization_id", "city_id", "kind"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                HostedOffice::Table,
                "hosted_office_city",
                &["city_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PolicyExport::Table)
                    .col(pk_auto(PolicyExport::Id))
                    .col(string_uniq(PolicyExport::Slug))
                    .col(integer(PolicyExport::ExporterId))
                    .col(integer_null(PolicyExport::PartnerId))
                    .col(text_null(PolicyExport::TitleEn))
                    .col(text_null(PolicyExport::TitleKo))
                    .col(string(PolicyExport::Sector).check(one_of(
                        "sector",
                        &[
                            "TRANSPORT",
                            "URBAN_RAIL",
                            "WATER_SUPPLY",
                            "SEWERAGE",
                            "URBAN_PLANNING_HOUSING",
                            "ENVIRONMENT",
                            "WASTE",
                            "E_GOVERNMENT",
                            "CITIZEN_SAFETY",
                            "DISASTER_MANAGEMENT",
                            "HEALTH",
                            "OTHER",
                        ],
                    )))
                    .col(string_null(PolicyExport::Subsector))
                    .col(string_null(PolicyExport::Mode).check(one_of(
                        "mode",
                        &[
                            "SITE_VISIT",
                            "TRAINING",
                            "CONSULTING",
                            "PLANNING",
                            "PILOT",
                            "CONSTRUCTION",
                            "AID",
                            "OTHER",
                        ],
                    )))
                    .col(integer_null(PolicyExport::Year).check(year_range("year")))
                    .col(
                        big_integer_null(PolicyExport::BudgetKrw)
                            .check(Expr::cust("budget_krw >= 0")),
                    )
                    .col(
                        big_integer_null(PolicyExport::ExporterShareKrw)
                            .check(Expr::cust("exporter_share_krw >= 0")),
                    )
                    .col(text_null(PolicyExport::Note))
                    .check(Expr::cust("title_en IS NOT NULL OR title_ko IS NOT NULL"))
                    .foreign_key(&mut foreign_key(
                        (PolicyExport::Table, PolicyExport::ExporterId),
                        (City::Table, City::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (PolicyExport::Table, PolicyExport::PartnerId),
                        (City::Table, City::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                PolicyExport::Table,
                "policy_export_exporter",
                &["exporter_id"],
            ))
            .await?;
        manager
            .create_index(index(
                PolicyExport::Table,
                "policy_export_partner",
                &["partner_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .col(pk_auto(Event::Id))
                    .col(string_uniq(Event::Slug))
                    .col(text_null(Event::NameEn))
                    .col(text_null(Event::NameKo))
                    .col(string(Event::Kind).check(one_of(
                        "kind",
                        &[
                            "SUMMIT",
                            "GENERAL_ASSEMBLY",
                            "FORUM",
                            "CONFERENCE",
                            "FESTIVAL",
                            "AWARD",
                            "EXHIBITION",
                            "MEETING",
                            "CAMPAIGN",
                            "OTHER",
                        ],
                    )))
                    .col(integer_null(Event::HostId))
                    .col(string_null(Event::StartsOn).check(partial_date("starts_on")))
                    .col(string_null(Event::EndsOn).check(partial_date("ends_on")))
                    .col(integer_null(Event::OrganizerId))
                    .col(text_null(Event::Note))
                    .check(Expr::cust("name_en IS NOT NULL OR name_ko IS NOT NULL"))
                    .foreign_key(&mut foreign_key(
                        (Event::Table, Event::HostId),
                        (City::Table, City::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Event::Table, Event::OrganizerId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(Event::Table, "event_host", &["host_id"]))
            .await?;
        manager
            .create_index(index(Event::Table, "event_organizer", &["organizer_id"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Program::Table)
                    .col(pk_auto(Program::Id))
                    .col(string_uniq(Program::Slug))
                    .col(integer(Program::CityId))
                    .col(integer_null(Program::PartnerId))
                    .col(text_null(Program::NameEn))
                    .col(text_null(Program::NameKo))
                    .col(string(Program::Kind).check(one_of(
                        "kind",
                        &[
                            "HONORARY_CITIZENSHIP",
                            "INVITATION",
                            "TRAINING",
                            "FESTIVAL",
                            "AID",
                            "COOPERATION_AREA",
                            "COOPERATION_TASK",
                            "PLAN",
                            "INSTITUTION",
                            "OTHER",
                        ],
                    )))
                    .col(integer_null(Program::StartYear).check(year_range("start_year")))
                    .col(integer_null(Program::EndYear).check(year_range("end_year")))
                    .col(text_null(Program::Summary))
                    .check(Expr::cust("name_en IS NOT NULL OR name_ko IS NOT NULL"))
                    .check(Expr::cust(
                        "end_year IS NULL OR start_year IS NULL OR start_year <= end_year",
                    ))
                    .foreign_key(&mut foreign_key(
                        (Program::Table, Program::CityId),
                        (City::Table, City::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Program::Table, Program::PartnerId),
                        (City::Table, City::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(Program::Table, "program_city", &["city_id"]))
            .await?;
        manager
            .create_index(index(Program::Table, "program_partner", &["partner_id"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Statistic::Table)
                    .col(pk_auto(Statistic::Id))
                    .col(string(Statistic::Metric))
                    .col(integer_null(Statistic::CityId))
                    .col(integer_null(Statistic::OrganizationId))
                    .col(string_null(Statistic::Dimension))
                    .col(double(Statistic::Value))
                    .col(string(Statistic::Unit))
                    .col(string_null(Statistic::AsOf).check(partial_date("as_of")))
                    .col(text_null(Statistic::Note))
                    .check(Expr::cust("(city_id IS NULL) <> (organization_id IS NULL)"))
                    .foreign_key(&mut foreign_key(
                        (Statistic::Table, Statistic::CityId),
                        (City::Table, City::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Statistic::Table, Statistic::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(Statistic::Table, "statistic_city", &["city_id"]))
            .await?;
        manager
            .create_index(index(
                Statistic::Table,
                "statistic_organization",
                &["organization_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Period::Table)
                    .col(pk_auto(Period::Id))
                    .col(integer(Period::CityId))
                    .col(text_null(Period::NameEn))
                    .col(text_null(Period::NameKo))
                    .col(integer(Period::StartYear).check(year_range("start_year")))
                    .col(integer_null(Period::EndYear).check(year_range("end_year")))
                    .col(text_null(Period::Summary))
                    .check(Expr::cust("end_year IS NULL OR start_year <= end_year"))
                    .foreign_key(&mut foreign_key(
                        (Period::Table, Period::CityId),
                        (City::Table, City::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    Period::Table,
                    "period_city_start",
                    &["city_id", "start_year"],
                )
                .unique()
                .to_owned(),
            )
            .await?;

        let cited = [
            (
                Citation::CityId,
                "city_id",
                City::Table.into_iden(),
                City::Id.into_iden(),
            ),
            (
                Citation::AgreementId,
                "agreement_id",
                Agreement::Table.into_iden(),
                Agreement::Id.into_iden(),
            ),
            (
                Citation::OrganizationId,
                "organization_id",
                Organization::Table.into_iden(),
                Organization::Id.into_iden(),
            ),
            (
                Citation::MembershipId,
                "membership_id",
                Membership::Table.into_iden(),
                Membership::Id.into_iden(),
            ),
            (
                Citation::HostedOfficeId,
                "hosted_office_id",
                HostedOffice::Table.into_iden(),
                HostedOffice::Id.into_iden(),
            ),
            (
                Citation::PolicyExportId,
                "policy_export_id",
                PolicyExport::Table.into_iden(),
                PolicyExport::Id.into_iden(),
            ),
            (
                Citation::EventId,
                "event_id",
                Event::Table.into_iden(),
                Event::Id.into_iden(),
            ),
            (
                Citation::ProgramId,
                "program_id",
                Program::Table.into_iden(),
                Program::Id.into_iden(),
            ),
            (
                Citation::StatisticId,
                "statistic_id",
                Statistic::Table.into_iden(),
                Statistic::Id.into_iden(),
            ),
            (
                Citation::PeriodId,
                "period_id",
                Period::Table.into_iden(),
                Period::Id.into_iden(),
            ),
        ];
        // Exactly one cited record: the sum of "is set" flags is 1 (portable; no num_nonnulls).
        let exactly_one = cited
            .iter()
            .map(|(_, name, _, _)| format!("(CASE WHEN {name} IS NULL THEN 0 ELSE 1 END)"))
            .collect::<Vec<_>>()
            .join(" + ");
        let mut citation = Table::create();
        citation
            .table(Citation::Table)
            .col(pk_auto(Citation::Id))
            .col(integer(Citation::SourceId))
            .col(text_null(Citation::Locator))
            .col(text_null(Citation::Reference))
            .foreign_key(&mut foreign_key(
                (Citation::Table, Citation::SourceId),
                (Source::Table, Source::Id),
            ))
            .check(Expr::cust(format!("{exactly_one} = 1")));
        for (column, _, table, id) in &cited {
            citation
                .col(integer_null(*column))
                .foreign_key(&mut cascading_foreign_key(
                    (Citation::Table, *column),
                    (table.clone(), id.clone()),
                ));
        }
        manager.create_table(citation).await?;
        manager
            .create_index(index(Citation::Table, "citation_source", &["source_id"]))
            .await?;
        for (_, name, _, _) in &cited {
            manager
                .create_index(index(Citation::Table, &format!("citation_{name}"), &[name]))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children before parents, so that every foreign key is gone before its target.
        let tables: [DynIden; 15] = [
            Citation::Table.into_iden(),
            Period::Table.into_iden(),
            Statistic::Table.into_iden(),
            Program::Table.into_iden(),
            Event::Table.into_iden(),
            PolicyExport::Table.into_iden(),
            HostedOffice::Table.into_iden(),
            Membership::Table.into_iden(),
            Organization::Table.into_iden(),
            Agreement::Table.into_iden(),
            City::Table.into_iden(),
            CountryGroupMember::Table.into_iden(),
            Country::Table.into_iden(),
            CountryGroup::Table.into_iden(),
            Source::Table.into_iden(),
        ];
        for table in tables {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Source {
    Table,
    Id,
    Key,
    Kind,
    Title,
    Authors,
    Year,
    Publisher,
    Url,
    Language,
}

#[derive(DeriveIden)]
enum CountryGroup {
    Table,
    Id,
    Code,
    NameEn,
    NameKo,
}

#[derive(DeriveIden)]
enum Country {
    Table,
    Id,
    Code,
    NameEn,
    NameKo,
    Continent,
}

#[derive(DeriveIden)]
enum CountryGroupMember {
    Table,
    CountryGroupId,
    CountryId,
}

#[derive(DeriveIden)]
enum City {
    Table,
    Id,
    Slug,
    NameEn,
    NameKo,
    Kind,
    CountryId,
    Latitude,
    Longitude,
}

#[derive(DeriveIden)]
enum Agreement {
    Table,
    Id,
    PartyAId,
    PartyBId,
    Kind,
    SignedOn,
    EndedOn,
    Status,
    Note,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Slug,
    Acronym,
    NameEn,
    NameKo,
    Kind,
    FoundedYear,
    HeadquartersId,
}

#[derive(DeriveIden)]
enum Membership {
    Table,
    Id,
    CityId,
    OrganizationId,
    Role,
    JoinedYear,
    LeftYear,
    Note,
}

#[derive(DeriveIden)]
enum HostedOffice {
    Table,
    Id,
    OrganizationId,
    CityId,
    Kind,
    NameEn,
    NameKo,
    OpenedYear,
}

#[derive(DeriveIden)]
enum PolicyExport {
    Table,
    Id,
    Slug,
    ExporterId,
    PartnerId,
    TitleEn,
    TitleKo,
    Sector,
    Subsector,
    Mode,
    Year,
    BudgetKrw,
    ExporterShareKrw,
    Note,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
    Slug,
    NameEn,
    NameKo,
    Kind,
    HostId,
    StartsOn,
    EndsOn,
    OrganizerId,
    Note,
}

#[derive(DeriveIden)]
enum Program {
    Table,
    Id,
    Slug,
    CityId,
    PartnerId,
    NameEn,
    NameKo,
    Kind,
    StartYear,
    EndYear,
    Summary,
}

#[derive(DeriveIden)]
enum Statistic {
    Table,
    Id,
    Metric,
    CityId,
    OrganizationId,
    Dimension,
    Value,
    Unit,
    AsOf,
    Note,
}

#[derive(DeriveIden)]
enum Period {
    Table,
    Id,
    CityId,
    NameEn,
    NameKo,
    StartYear,
    EndYear,
    Summary,
}

#[derive(DeriveIden, Clone, Copy)]
enum Citation {
    Table,
    Id,
    SourceId,
    Locator,
    Reference,
    CityId,
    AgreementId,
    OrganizationId,
    MembershipId,
    HostedOfficeId,
    PolicyExportId,
    EventId,
    ProgramId,
    StatisticId,
    PeriodId,
}

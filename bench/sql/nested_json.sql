-- The whole answer of `nested` built by PostgreSQL in one statement: the same JSON as the `data`
-- of bench/queries/postgraphile/nested.graphql, so nothing is left for a server but to pass it on.
-- A floor for any GraphQL server answering that question. Lists are ordered as PostGraphile's are.
-- Run: pgbench -n -M prepared -f bench/sql/nested_json.sql …
select json_build_object('allCities', json_build_object('nodes', coalesce(json_agg(
  json_build_object(
    'slug', c.slug,
    'nameEn', c.name_en,
    'countryByCountryId', json_build_object('code', co.code, 'nameEn', co.name_en),
    'agreementsByPartyAId', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object(
        'kind', a.kind, 'signedOn', a.signed_on,
        'cityByPartyBId', json_build_object('nameEn', p.name_en)) order by a.id), '[]')
      from agreement a join city p on p.id = a.party_b_id
      where a.party_a_id = c.id)),
    'agreementsByPartyBId', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object(
        'kind', a.kind, 'signedOn', a.signed_on,
        'cityByPartyAId', json_build_object('nameEn', p.name_en)) order by a.id), '[]')
      from agreement a join city p on p.id = a.party_a_id
      where a.party_b_id = c.id)),
    'membershipsByCityId', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object(
        'role', m.role,
        'organizationByOrganizationId', json_build_object('nameEn', o.name_en)) order by m.id), '[]')
      from membership m join organization o on o.id = m.organization_id
      where m.city_id = c.id)),
    'policyExportsByExporterId', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object(
        'slug', pe.slug, 'year', pe.year, 'sector', pe.sector) order by pe.id), '[]')
      from policy_export pe
      where pe.exporter_id = c.id))
  ) order by c.slug desc), '[]'))) as data
from (select * from city order by slug desc limit 10) c
join country co on co.id = c.country_id;

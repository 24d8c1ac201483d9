-- The statement PostGraphile 5.1.5 (Amber preset) sends for bench/queries/postgraphile/nested.graphql,
-- copied from its DEBUG=@dataplan/pg:PgExecutor output: the whole request is this one statement,
-- each to-many relation an array(select …) subquery cast to text, which PostGraphile parses in Node.
-- Run: pgbench -n -M prepared -f bench/sql/nested.sql …
select
__city__."slug" as "0",
__city__."name_en" as "1",
__country__."code" as "2",
__country__."name_en" as "3",
array(select array[
__agreement__."kind",
__agreement__."signed_on",
__city_2."name_en"
]::text[]
from "public"."agreement" as __agreement__
left outer join "public"."city" as __city_2
on (
/* WHERE becoming ON */ (__city_2."id" = __agreement__."party_b_id"))
where (__agreement__."party_a_id" = __city__."id")
order by __agreement__."id" asc nulls last)::text as "4",
array(select array[
__agreement_2."kind",
__agreement_2."signed_on",
__city_3."name_en"
]::text[]
from "public"."agreement" as __agreement_2
left outer join "public"."city" as __city_3
on (
/* WHERE becoming ON */ (__city_3."id" = __agreement_2."party_a_id"))
where (__agreement_2."party_b_id" = __city__."id")
order by __agreement_2."id" asc nulls last)::text as "5",
array(select array[
__membership__."role",
__organization__."name_en"
]::text[]
from "public"."membership" as __membership__
left outer join "public"."organization" as __organization__
on (
/* WHERE becoming ON */ (__organization__."id" = __membership__."organization_id"))
where (__membership__."city_id" = __city__."id")
order by __membership__."id" asc nulls last)::text as "6",
array(select array[
__policy_export__."slug",
__policy_export__."year"::text,
__policy_export__."sector"
]::text[]
from "public"."policy_export" as __policy_export__
where (__policy_export__."exporter_id" = __city__."id")
order by __policy_export__."id" asc nulls last)::text as "7"
from "public"."city" as __city__
left outer join "public"."country" as __country__
on (
/* WHERE becoming ON */ (__country__."id" = __city__."country_id"))
order by __city__."slug" desc nulls last
limit 10;

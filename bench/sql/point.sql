-- The statement PostGraphile 5.1.5 (Amber preset) sends for bench/queries/postgraphile/point.graphql,
-- copied from its DEBUG=@dataplan/pg:PgExecutor output. PostGraphile prepares it with $1 = the slug,
-- 'city-1234' as in bench/run; pgbench's \set makes only numbers, so the slug is built from one
-- (an index lookup all the same). Run: pgbench -n -M prepared -f bench/sql/point.sql …
\set n 1234
select
__city__."slug" as "0",
__city__."name_en" as "1",
__city__."name_ko" as "2",
__city__."kind" as "3",
__city__."latitude"::text as "4",
__city__."longitude"::text as "5"
from "public"."city" as __city__
where (__city__."slug" = ('city-' || :n)::"varchar");

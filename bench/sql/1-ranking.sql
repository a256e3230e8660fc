-- The statements the service sends for the ranking page of bench/mix without its response cache (the
-- regions, provinces and fields it names come from memory), as PostgreSQL logged them: the page alone
-- (the document asks for neither the ranking's coverage, its length, page info nor the ranks of the
-- year before, so none is read); then the figures of the page's field values (the document asks for
-- nothing else of them), which the service sorts itself.
-- pgbench binds the numbers (-M prepared); the province filter is the service's NULL parameter and
-- the region codes its array parameter, written here as literals.
\set fiscal_year 2024
\set page_size 20
\set page_offset 0
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.status, v.achievement_level, v.achievement_level_origin, v.services_used, v.services_owed, v.rank, v.rank_kind, v.rank_with_preliminary, v.published_rank, v.published_rank_scope, v.published_rank_group, v.origin, v.verification, v.sources, v.note, v.scope, v.rank as listed_rank from index_value v where v.fiscal_year = :fiscal_year and v.category = 'CITY' and v.scope = 'OVERALL' and v.rank is not null and (cast(null as text) is null or left(v.region_code, 2) = cast(null as text)) order by v.rank, v.region_code limit :page_size offset :page_offset;
select v.fiscal_year, v.region_code, v.sector_code, v.value from index_value v where v.region_code = any('{32.74,61.71,18.72,36.74,72.71,12.75,81.72,36.72,13.72,35.76,33.72,71.73,13.76,73.73,36.73,63.72,52.72,15.71,16.73,14.71}'::varchar[]) and v.fiscal_year = :fiscal_year and v.sector_code is not null;

-- The statement the service sends for the ranking page of bench/mix without its response cache (the
-- regions, provinces and fields it names come from memory), as PostgreSQL logged it: the page alone
-- (the document asks for neither the ranking's coverage, its length, page info nor the ranks of the
-- year before, so none is read), each entry as figures (the document asks for no more than its rank,
-- value, region and fields), with the figures of each entry's field values gathered in two arrays
-- (the document asks for nothing else of them), which the service sorts itself.
-- pgbench binds the numbers (-M prepared); the province filter is the service's NULL parameter,
-- written here as a literal.
\set fiscal_year 2024
\set page_size 20
\set page_offset 0
select v.*, f.field_sectors, f.field_values from (select v.fiscal_year, v.region_code, v.sector_code, v.value, v.rank_kind, v.rank as listed_rank from index_value v where v.fiscal_year = :fiscal_year and v.category = 'CITY' and v.scope = 'OVERALL' and v.rank is not null and (cast(null as text) is null or left(v.region_code, 2) = cast(null as text)) order by v.rank, v.region_code limit :page_size offset :page_offset) v left join lateral (select array_agg(s.sector_code) as field_sectors, array_agg(s.value) as field_values from index_value s where s.fiscal_year = v.fiscal_year and s.region_code = v.region_code and s.sector_code is not null) f on true order by v.listed_rank, v.region_code;

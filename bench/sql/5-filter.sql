-- The statements the service runs for the journalist's filter without its response cache
begin;
set local statement_timeout = 5000;
select index_value_row.fiscal_year, index_value_row.region_code, index_value_row.sector_code, index_value_row.value,
       index_value_row.achievement_level, index_value_row.rank, index_value_row.published_rank, index_value_row.origin,
       index_value_row.verification, index_value_row.sources, index_value_row.note, count(*) over () as total_count
from index_value_row
where ((index_value_row.fiscal_year = 2024) and (index_value_row.province_code = '32')
   and (index_value_row.level = 'REGENCY') and (index_value_row.sector_code = 'HEALTH') and (index_value_row.value < 80))
order by index_value_row.value asc nulls last, index_value_row.fiscal_year asc nulls first,
         index_value_row.region_code asc nulls first, index_value_row.sector_code asc nulls first
limit 100 offset 0;
commit;

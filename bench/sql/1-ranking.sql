-- The statements the service runs for the ranking page without its response cache (the rest is in memory)
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.achievement_level, v.rank, v.published_rank, v.origin,
       v.verification, v.sources, v.note, p.rank as previous_rank, count(*) over () as total_count,
       (select count(*) from region r where r.level = 'CITY') as regions_in_category
from index_value v
left join index_value p on p.fiscal_year = v.fiscal_year - 1 and p.region_code = v.region_code and p.scope = v.scope
where v.fiscal_year = 2024 and v.category = 'CITY' and v.scope = 'OVERALL'
order by v.rank, v.region_code limit 20 offset 0;
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.achievement_level, v.rank, v.published_rank, v.origin,
       v.verification, v.sources, v.note
from index_value v
where v.region_code = any(array(select region_code from index_value where fiscal_year = 2024 and category = 'CITY'
                                and scope = 'OVERALL' order by rank, region_code limit 20))
  and v.fiscal_year = 2024
order by v.region_code, coalesce((select s.ordinal from sector s where s.code = v.sector_code), 0);

-- The statements the service runs for one sector's detail without its response cache
select a.fiscal_year, a.region_code, a.service_type_code, a.target, a.served, a.quality_pct, a.verification, a.sources,
       a.note
from service_achievement a join service_type t on t.code = a.service_type_code
where a.region_code = '36.71' and a.fiscal_year = 2024 and t.sector_code = 'HEALTH' order by a.service_type_code;
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.achievement_level, v.rank, v.published_rank, v.origin,
       v.verification, v.sources, v.note
from index_value v where v.region_code = '36.71' and v.fiscal_year = 2024 and v.scope = 'HEALTH';

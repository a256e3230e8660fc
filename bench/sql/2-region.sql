-- The statements the service runs for a region page without its response cache
select r.edition_year, r.category, r.zone, r.place, r.region_code, r.score, r.verification, r.sources, r.note
from award_result r where r.region_code = any('{36.71}')
order by r.edition_year, array_position(array['PROVINCE', 'REGENCY', 'CITY', 'REGIONAL_BEST', 'ISLAND_REGION',
         'MOST_ACTIVE_PROVINCE']::varchar[], r.category), r.place nulls last, r.zone, r.region_code;
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.achievement_level, v.rank, v.published_rank, v.origin,
       v.verification, v.sources, v.note
from index_value v where v.region_code = any('{36.71}') and v.fiscal_year between 0 and 9999;
-- (the service sorts these values itself: by region, year and the fields' order)

-- The statement the service runs for the winners history without its response cache
select r.edition_year, r.category, r.zone, r.place, r.region_code, r.score, r.verification, r.sources, r.note
from award_result r
order by r.edition_year, array_position(array['PROVINCE', 'REGENCY', 'CITY', 'REGIONAL_BEST', 'ISLAND_REGION',
         'MOST_ACTIVE_PROVINCE']::varchar[], r.category), r.place nulls last, r.zone, r.region_code;

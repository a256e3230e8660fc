-- { regions(level: CITY, first: 5) { totalCount nodes { code } } }
select code, name, population_total, population_male, population_female, area_km2, centroid_lat, centroid_lng, count(*) over () as total_count from region where (cast($1 as text) is null or level = $1) and (cast($2 as text) is null or province_code = $2) order by code limit $3 offset $4;
-- $1 = 'CITY', $2 = null, $3 = 5, $4 = 0

-- Custom queries for data journalists: each filterable field has an index that serves it,
-- and two views give the filterable rows their derived columns.

-- The service achievement as computed with the fiscal year's methodology, kept with the
-- figures (written when a year's index values are recomputed) so that it can be filtered
-- and sorted through an index.
alter table service_achievement add column achievement numeric(5, 2) check (achievement between 0 and 100);

create index service_achievement_type_idx on service_achievement (service_type_code, fiscal_year);
create index service_achievement_province_idx on service_achievement (left(region_code, 2), fiscal_year);
create index service_achievement_achievement_idx on service_achievement (fiscal_year, achievement);
create index service_achievement_target_idx on service_achievement (fiscal_year, target);
create index service_achievement_served_idx on service_achievement (fiscal_year, served);
create index service_achievement_quality_idx on service_achievement (fiscal_year, quality_pct);

create index index_value_province_idx on index_value (left(region_code, 2), fiscal_year);
create index index_value_sector_idx on index_value (sector_code, fiscal_year);
create index index_value_value_idx on index_value (fiscal_year, value);

-- Index values with their province (the two-digit prefix of the code; a province is its own).
create view index_value_row as
select v.fiscal_year, v.region_code, left(v.region_code, 2) as province_code, v.category as level, v.sector_code,
       v.value, v.achievement_level, v.rank, v.published_rank, v.origin, v.verification, v.sources, v.note
from index_value v;

-- Service achievements with their province, the region's level, the service type's field
-- and the achievement level the achievement falls in.
create view achievement_row as
select a.fiscal_year, a.region_code, left(a.region_code, 2) as province_code, r.level, t.sector_code,
       a.service_type_code, a.target, a.served, a.quality_pct, a.achievement, l.code as achievement_level,
       a.verification, a.sources, a.note
from service_achievement a
join region r on r.code = a.region_code
join service_type t on t.code = a.service_type_code
left join achievement_level l
       on a.achievement >= l.min_inclusive and (l.max_exclusive is null or a.achievement < l.max_exclusive);

-- Achievements stored before this migration get theirs at the next start.
insert into index_refresh_request (fiscal_year)
select distinct fiscal_year from service_achievement
on conflict do nothing;

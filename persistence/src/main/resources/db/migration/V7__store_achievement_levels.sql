-- The achievement level of each service achievement is derived where the achievement is:
-- by the domain's achievement scale, when a fiscal year is recomputed, and stored beside it.
-- The banding has one home; the view no longer repeats it in SQL.
alter table service_achievement
	add column achievement_level varchar(20) references achievement_level (code);

drop view achievement_row;

create view achievement_row as
select a.fiscal_year, a.region_code, left(a.region_code, 2) as province_code, r.level, t.sector_code,
       a.service_type_code, a.target, a.served, a.quality_pct, a.achievement, a.achievement_level,
       a.verification, a.sources, a.note
from service_achievement a
join region r on r.code = a.region_code
join service_type t on t.code = a.service_type_code;

insert into index_refresh_request (fiscal_year)
select distinct fiscal_year from service_achievement
on conflict do nothing;

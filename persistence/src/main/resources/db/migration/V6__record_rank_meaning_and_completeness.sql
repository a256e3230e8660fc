-- Rankings that never mislead: whether a published value is final or preliminary, what a
-- published rank ranks among, how complete a computed index is, whether an achievement
-- level was published or derived, and which ranking a value is ranked in.

-- A published rank ranks a region nationally, or within a named group (a province or a
-- region group).
alter table published_index_value rename column national_rank to published_rank;
alter table published_index_value
	add column status      varchar(12) not null default 'FINAL' check (status in ('FINAL', 'PRELIMINARY')),
	add column rank_scope  varchar(12) check (rank_scope in ('NATIONAL', 'PROVINCE', 'REGION_GROUP')),
	add column rank_group  text;
update published_index_value set rank_scope = 'NATIONAL' where published_rank is not null;
alter table published_index_value
	add constraint published_index_value_rank_scope check ((published_rank is null) = (rank_scope is null)),
	add constraint published_index_value_rank_group check ((rank_scope in ('PROVINCE', 'REGION_GROUP')) = (rank_group is not null));

-- The curated note of Kotamobagu's value for fiscal year 2022 says what it is: "PRELIMINARY:
-- evaluation of 18 Jan 2023 of the fourth-quarter 2022 reports; 4th of the regencies and
-- cities of Sulawesi Utara, not a national rank".
update published_index_value set status = 'PRELIMINARY'
where source_kind = 'CURATED' and note like 'PRELIMINARY:%';
update published_index_value set published_rank = 4, rank_scope = 'PROVINCE', rank_group = 'Sulawesi Utara'
where source_kind = 'CURATED' and fiscal_year = 2022 and region_code = '71.74' and sector_code is null
	and note like '%4th of the regencies and cities of Sulawesi Utara, not a national rank%';

-- Published ranks that were not awards: national, or within the region group the note names.
alter table award_mention
	add column rank_scope varchar(12) check (rank_scope in ('NATIONAL', 'REGION_GROUP')),
	add column rank_group text;
update award_mention set rank_scope = 'NATIONAL' where kind = 'PUBLISHED_RANK' and rank is not null;
update award_mention set rank_scope = 'REGION_GROUP', rank_group = substring(note from 'regional ranking of ([^;]+)$')
where kind = 'REGIONAL_RANK';

-- The values held are derived from the tables above; they are rebuilt with their new
-- columns and recomputed at the next start.
drop view index_value_row;
drop table index_value;

create table index_value (
	fiscal_year              smallint      not null,
	region_code              varchar(5)    not null references region (code),
	sector_code              varchar(16)   references sector (code),
	-- the sector, or OVERALL for the overall index: lets one index serve both
	scope                    varchar(16)   generated always as (coalesce(sector_code, 'OVERALL')) stored,
	category                 varchar(8)    not null check (category in ('PROVINCE', 'REGENCY', 'CITY')),
	value                    numeric(5, 2) not null check (value between 0 and 100),
	status                   varchar(12)   not null check (status in ('FINAL', 'PRELIMINARY')),
	achievement_level        varchar(20)   references achievement_level (code),
	-- PUBLISHED: published with the value; COMPUTED: derived from the provisional cut-offs
	achievement_level_origin varchar(10)   check (achievement_level_origin in ('PUBLISHED', 'COMPUTED')),
	-- for a computed value: the service achievements used, of those the region owes
	services_used            smallint      check (services_used >= 0),
	services_owed            smallint      check (services_owed >= 1),
	-- the rank among the ranked final values, null when left out; NATIONAL when every
	-- region of the category is ranked
	rank                     integer       check (rank >= 1),
	rank_kind                varchar(16)   check (rank_kind in ('NATIONAL', 'WITHIN_DATA_HELD')),
	rank_with_preliminary    integer       check (rank_with_preliminary >= 1),
	published_rank           integer       check (published_rank >= 1),
	published_rank_scope     varchar(12)   check (published_rank_scope in ('NATIONAL', 'PROVINCE', 'REGION_GROUP')),
	published_rank_group     text,
	origin                   varchar(10)   not null check (origin in ('PUBLISHED', 'COMPUTED')),
	verification             varchar(20)   not null,
	sources                  text[]        not null,
	note                     text,
	check ((rank is null) = (rank_kind is null)),
	check ((origin = 'COMPUTED') = (services_owed is not null)),
	check ((published_rank is null) = (published_rank_scope is null))
);

create unique index index_value_key on index_value (fiscal_year, region_code, scope);
create index index_value_ranking_idx on index_value (fiscal_year, category, scope, rank, region_code);
create index index_value_preliminary_ranking_idx
	on index_value (fiscal_year, category, scope, rank_with_preliminary, region_code);
create index index_value_region_idx on index_value (region_code, fiscal_year);
create index index_value_province_idx on index_value (left(region_code, 2), fiscal_year);
create index index_value_sector_idx on index_value (sector_code, fiscal_year);
create index index_value_value_idx on index_value (fiscal_year, value);

-- Index values with their province (the two-digit prefix of the code; a province is its own).
create view index_value_row as
select v.fiscal_year, v.region_code, left(v.region_code, 2) as province_code, v.category as level, v.sector_code,
       v.scope, v.value, v.status, v.achievement_level, v.achievement_level_origin, v.services_used, v.services_owed, v.rank,
       v.rank_kind, v.rank_with_preliminary, v.published_rank, v.published_rank_scope, v.published_rank_group,
       v.origin, v.verification, v.sources, v.note
from index_value v;

-- The setting the values were ranked with; a start with another setting recomputes them.
create table index_setting (
	id                   boolean      primary key default true check (id),
	minimum_completeness numeric(5, 4) not null check (minimum_completeness between 0 and 1)
);

insert into index_refresh_request (fiscal_year)
select fiscal_year from published_index_value
union
select fiscal_year from service_achievement
on conflict do nothing;

-- Reference data and curated award facts. Codes are text: '11.10' is not '11.1'.
-- Every curated fact carries its verification, its sources (publication addresses) and a note.

create table region (
	code              varchar(5)  primary key check (code ~ '^[0-9]{2}(\.[0-9]{2})?$'),
	name              text        not null,
	level             varchar(8)  not null check (level in ('PROVINCE', 'REGENCY', 'CITY')),
	province_code     varchar(2)  references region (code),
	autonomous        boolean     not null,
	population_total  bigint      check (population_total >= 0),
	population_male   bigint      check (population_male >= 0),
	population_female bigint      check (population_female >= 0),
	area_km2          numeric(12, 3) check (area_km2 > 0),
	centroid_lat      double precision check (centroid_lat between -90 and 90),
	centroid_lng      double precision check (centroid_lng between -180 and 180),
	check ((level = 'PROVINCE') = (province_code is null))
);

create index region_province_code_idx on region (province_code, code);
create index region_level_idx on region (level, code);

create table sector (
	code          varchar(16) primary key,
	ordinal       smallint    not null unique,
	name_id       text        not null,
	short_name_id text        not null,
	name_en       text        not null
);

create table service_type (
	code          varchar(12) primary key,
	sector_code   varchar(16) not null references sector (code),
	level         varchar(12) not null check (level in ('PROVINCE', 'REGENCY_CITY')),
	ordinal       smallint    not null,
	name_id       text        not null,
	name_en       text        not null,
	recipients_en text        not null,
	verification  varchar(20) not null,
	unique (sector_code, level, ordinal)
);

-- The cut-offs are provisional: they fit every published value but were not read in the regulation.
create table achievement_level (
	code                varchar(20)   primary key,
	name_id             text          not null,
	min_inclusive       numeric(5, 2) not null,
	max_exclusive       numeric(5, 2),
	name_verification   varchar(20)   not null,
	cut_off_provisional boolean       not null,
	check (max_exclusive is null or max_exclusive > min_inclusive)
);

create table award_edition (
	year         smallint primary key,
	title        text     not null,
	held_on      date     not null,
	venue        text     not null,
	presented_by text     not null,
	fiscal_year  smallint not null unique check (fiscal_year < year),
	format       text,
	verification varchar(20) not null,
	sources      text[]   not null,
	note         text
);

create table award_result (
	id           text        primary key,
	edition_year smallint    not null references award_edition (year),
	category     varchar(24) not null,
	zone         varchar(24),
	place        smallint    check (place between 1 and 3),
	region_code  varchar(5)  not null references region (code),
	score        numeric(5, 2) check (score between 0 and 100),
	verification varchar(20) not null,
	sources      text[]      not null,
	note         text
);

create index award_result_region_idx on award_result (region_code, edition_year);
create index award_result_edition_idx on award_result (edition_year, category, place);

-- Nominees and published ranks that were not awards.
create table award_mention (
	edition_year smallint    not null references award_edition (year),
	category     varchar(24) not null,
	kind         varchar(16) not null check (kind in ('NOMINEE', 'PUBLISHED_RANK', 'REGIONAL_RANK')),
	rank         smallint    check (rank >= 1),
	region_code  varchar(5)  not null references region (code),
	verification varchar(20) not null,
	sources      text[]      not null,
	note         text,
	primary key (edition_year, category, kind, region_code)
);

create index award_mention_region_idx on award_mention (region_code);

-- SPM index values as published (curated from publications now, imported from the ministry later).
-- A null sector is the overall index.
create table published_index_value (
	fiscal_year       smallint      not null,
	region_code       varchar(5)    not null references region (code),
	sector_code       varchar(16)   references sector (code),
	value             numeric(5, 2) not null check (value between 0 and 100),
	national_rank     integer       check (national_rank >= 1),
	achievement_level varchar(20)   references achievement_level (code),
	verification      varchar(20)   not null,
	sources           text[]        not null,
	note              text
);

create unique index published_index_value_key
	on published_index_value (fiscal_year, region_code, coalesce(sector_code, ''));

create table national_average (
	fiscal_year       smallint      not null,
	scope             varchar(16)   not null check (scope in ('ALL', 'PROVINCE', 'REGENCY_CITY')),
	value             numeric(5, 2) not null check (value between 0 and 100),
	achievement_level varchar(20)   references achievement_level (code),
	verification      varchar(20)   not null,
	sources           text[]        not null,
	note              text,
	primary key (fiscal_year, scope)
);

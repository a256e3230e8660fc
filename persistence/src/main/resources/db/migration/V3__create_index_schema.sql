-- The SPM index: how it is computed (methodology), what regions report (service achievements)
-- and the values this service holds (index_value: the published value where there is one,
-- else the computed one, ranked within its category).

create table methodology (
	code              varchar(40)   primary key,
	name              text          not null,
	recipients_weight numeric(4, 3) not null check (recipients_weight between 0 and 1),
	quality_weight    numeric(4, 3) not null check (quality_weight between 0 and 1),
	provisional       boolean       not null,
	verified          text          not null,
	unverified        text          not null,
	is_default        boolean       not null default false,
	verification      varchar(20)   not null,
	sources           text[]        not null,
	note              text,
	check (recipients_weight + quality_weight = 1)
);

create unique index methodology_default_idx on methodology (is_default) where is_default;

insert into methodology (code, name, recipients_weight, quality_weight, provisional, verified, unverified, is_default,
		verification, sources, note)
values ('SPM_INDEX_PROVISIONAL_1', 'SPM index as this service applies it (provisional)', 0.8, 0.2, true,
		'A service achievement weighs the share of entitled citizens served at 80% and the quality of the service at 20%: '
		|| 'this weighting is verified for the education index only. The names of the achievement levels are verified.',
		'The same weighting for the other five fields; the sector index as the mean of its service achievements and the '
		|| 'overall index as the mean of the sector indexes; the achievement level cut-offs, which fit every published value '
		|| 'but were not read in the regulation. The official cross-field formula is not known.',
		true, 'PROVISIONAL', '{}',
		'The publications behind the verified weighting are not recorded in the curated data; see data/README.md.');

alter table award_edition add column methodology_code varchar(40) references methodology (code);
update award_edition set methodology_code = 'SPM_INDEX_PROVISIONAL_1';
-- New editions use the default methodology unless a migration says otherwise.
alter table award_edition alter column methodology_code set default 'SPM_INDEX_PROVISIONAL_1';
alter table award_edition alter column methodology_code set not null;

create table service_achievement (
	fiscal_year       smallint      not null,
	region_code       varchar(5)    not null references region (code),
	service_type_code varchar(12)   not null references service_type (code),
	target            bigint        check (target >= 0),
	served            bigint        check (served >= 0),
	quality_pct       numeric(5, 2) check (quality_pct between 0 and 100),
	verification      varchar(20)   not null,
	sources           text[]        not null,
	note              text,
	primary key (fiscal_year, region_code, service_type_code)
);

create index service_achievement_region_idx on service_achievement (region_code, fiscal_year);

create table index_value (
	fiscal_year       smallint      not null,
	region_code       varchar(5)    not null references region (code),
	sector_code       varchar(16)   references sector (code),
	-- the sector, or OVERALL for the overall index: lets one index serve both
	scope             varchar(16)   generated always as (coalesce(sector_code, 'OVERALL')) stored,
	category          varchar(8)    not null check (category in ('PROVINCE', 'REGENCY', 'CITY')),
	value             numeric(5, 2) not null check (value between 0 and 100),
	achievement_level varchar(20)   references achievement_level (code),
	rank              integer       not null check (rank >= 1),
	published_rank    integer       check (published_rank >= 1),
	origin            varchar(10)   not null check (origin in ('PUBLISHED', 'COMPUTED')),
	verification      varchar(20)   not null,
	sources           text[]        not null,
	note              text
);

create unique index index_value_key on index_value (fiscal_year, region_code, scope);
create index index_value_ranking_idx on index_value (fiscal_year, category, scope, rank, region_code);
create index index_value_region_idx on index_value (region_code, fiscal_year);

-- Fiscal years whose index values must be recomputed when the service starts.
create table index_refresh_request (
	fiscal_year smallint primary key
);

insert into index_refresh_request (fiscal_year)
select distinct fiscal_year from published_index_value;

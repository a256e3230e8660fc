-- What each import changed, for the change feeds and /changes/{revision}: the rows it
-- added, changed (the figures before and after) and removed, and the ranks that moved
-- because of it. Written in the import's transaction, so a revision and its changes
-- commit together.
create table data_revision_row (
	revision_id bigint      not null references data_revision (id) on delete cascade,
	region_code varchar(5)  not null references region (code),
	-- the service type (achievements), or the sector or OVERALL (index values)
	item        varchar(16) not null,
	change      varchar(8)  not null check (change in ('ADDED', 'CHANGED', 'REMOVED')),
	-- the row's figures and provenance as held before and after; null when absent
	before      jsonb,
	after       jsonb,
	primary key (revision_id, region_code, item)
);

create table data_revision_rank (
	revision_id  bigint        not null references data_revision (id) on delete cascade,
	region_code  varchar(5)    not null references region (code),
	-- the sector, or OVERALL for the overall index
	scope        varchar(16)   not null,
	category     varchar(8)    not null check (category in ('PROVINCE', 'REGENCY', 'CITY')),
	rank_before  integer,
	rank_after   integer,
	value_before numeric(5, 2),
	value_after  numeric(5, 2),
	primary key (revision_id, region_code, scope)
);

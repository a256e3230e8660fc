-- Imports of official data, their revisions, and the kind of dataset a database holds.

-- Published index values come from the curated files or from official imports; an import
-- replaces only imported values, and an imported value wins over a curated one.
alter table published_index_value
	add column source_kind varchar(10) not null default 'CURATED' check (source_kind in ('CURATED', 'IMPORTED'));
drop index published_index_value_key;
create unique index published_index_value_key
	on published_index_value (fiscal_year, region_code, coalesce(sector_code, ''), source_kind);

-- One row per import that changed data: when, which file, how much changed.
create table data_revision (
	id            bigint      generated always as identity primary key,
	kind          varchar(16) not null check (kind in ('ACHIEVEMENTS', 'INDEX_VALUES')),
	fiscal_year   smallint    not null,
	imported_at   timestamptz not null,
	checksum      varchar(80) not null,
	source_url    text,
	rows_read     integer     not null,
	rows_imported integer     not null,
	rows_inserted integer     not null,
	rows_updated  integer     not null,
	rows_deleted  integer     not null
);

create index data_revision_year_idx on data_revision (fiscal_year, kind, id);

-- Which data this database holds: the official data, or the synthetic demo dataset. The
-- service writes it on first start and refuses to start in the other mode.
create table dataset (
	id          boolean     primary key default true check (id),
	kind        varchar(10) not null check (kind in ('OFFICIAL', 'DEMO')),
	description text        not null,
	created_at  timestamptz not null
);

-- The version of the data a database holds: it grows in the transaction of every change
-- (an import, the demo dataset's generation, a recomputation), so that every service
-- instance, and every HTTP cache through ETags, can tell answers from older data. The
-- epoch tells databases apart: a version number means something only within one.
create table data_version (
	id         boolean     primary key default true check (id),
	epoch      uuid        not null default gen_random_uuid(),
	version    bigint      not null,
	changed_at timestamptz not null
);

insert into data_version (version, changed_at)
select 1, coalesce((select max(imported_at) from data_revision), (select created_at from dataset), now());

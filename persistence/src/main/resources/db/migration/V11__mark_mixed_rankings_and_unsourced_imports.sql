-- A ranking that puts published values beside values this service computed (or that orders
-- published values otherwise than their published national ranks) is MIXED_METHODS, never
-- NATIONAL: every fiscal year is ranked again at the next start.
alter table index_value drop constraint index_value_rank_kind_check;
alter table index_value add constraint index_value_rank_kind_check
	check (rank_kind in ('NATIONAL', 'WITHIN_DATA_HELD', 'MIXED_METHODS'));

insert into index_refresh_request (fiscal_year)
select fiscal_year from index_value
union
select fiscal_year from service_achievement
union
select fiscal_year from published_index_value
on conflict do nothing;

-- Who vouched for an import: the name of the token it was sent with.
alter table data_revision add column imported_by text;

-- An import without a source address was seen in no publication: UNSOURCED, not verified.
update service_achievement
set verification = 'UNSOURCED',
	note = 'Imported without a source address, before the service recorded who imported it'
where verification = 'VERIFIED_SINGLE' and cardinality(sources) = 0;

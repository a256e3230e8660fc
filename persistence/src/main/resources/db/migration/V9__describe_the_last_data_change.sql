-- What the last change of the data was, for the instances that learn of it (the dataChanged
-- subscription): what kind of data changed, and in which fiscal year. Null before the first
-- change after this migration.
alter table data_version
	add column kind        text,
	add column fiscal_year integer;

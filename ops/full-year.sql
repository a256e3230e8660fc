-- A full year of achievements for the checks (ops/kill-check, scale/measure.py): every autonomous
-- region with every service type its level owes, with made-up numbers, as an import file on
-- standard output. psql -v variant=N varies the served counts, so that two variants differ.
--   psql -qtA -v variant=0 -f ops/full-year.sql postgres://.../spm
copy (select region_code, service_type, 1000 + n % 9000 as target,
		1000 + n % 9000 - (n + :variant) % 500 as served, 50 + (n + :variant) % 50 as quality_pct
	from (select r.code, s.code, row_number() over (order by r.code, s.code)
		from region r join service_type s on (s.level = 'PROVINCE') = (r.level = 'PROVINCE')
		where r.autonomous) as x (region_code, service_type, n)
	order by 1, 2) to stdout with (format csv, header);

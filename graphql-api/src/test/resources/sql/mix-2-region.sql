-- { region(code: "36.71") { code name awards { edition { year } category place } indexes { fiscalYear sector { code } value } } }
select v.fiscal_year, v.region_code, v.sector_code, v.value from index_value v where v.region_code = any($1) and v.fiscal_year between coalesce(cast($2 as int), 0) and coalesce(cast($3 as int), 9999);
-- $1 = '{36.71}', $2 = null, $3 = null

-- The statement the service runs for a region page without its response cache: the region and its
-- awards come from memory; its index history is read as figures (the document asks for nothing else
-- of the values), which the service sorts itself (by region, year and the fields' order).
select v.fiscal_year, v.region_code, v.sector_code, v.value from index_value v where v.region_code = any('{36.71}')
  and v.fiscal_year between coalesce(cast(null as int), 0) and coalesce(cast(null as int), 9999);

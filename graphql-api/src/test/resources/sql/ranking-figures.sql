-- { rankings(edition: 2025, category: REGENCY, first: 5) { nodes { rank value region { name } } } }
select v.fiscal_year, v.region_code, v.sector_code, v.value, v.rank_kind, v.rank as listed_rank from index_value v where v.fiscal_year = $1 and v.category = $2 and v.scope = $3 and v.rank is not null and (cast($4 as text) is null or left(v.region_code, 2) = $4) order by v.rank, v.region_code limit $5 offset $6;
-- $1 = 2024, $2 = 'REGENCY', $3 = 'OVERALL', $4 = null, $5 = 5, $6 = 0

"""The varied mix: many different requests, as a day of frontends and journalists sends them.

Ranking pages for every edition, category, field and page (earlier pages more often, as readers
rarely page far), every region's page, sector details of random regions, winner lists over random
edition ranges and journalists' filters over random provinces, fields and thresholds. The bodies come
from a generator with a fixed seed over the dataset's own editions and regions, so every server gets
the same requests in the same order, and each request exists written for both kinds of server (the
same GraphQL variables, the service's documents and PostGraphile's). Each request's answer reduces
to what both kinds of server must agree on with bench.normalize, under the kind of its fixed query.
"""

import json
import random

SEED = 17
SECTORS = ["EDUCATION", "HEALTH", "PUBLIC_WORKS", "HOUSING", "PUBLIC_ORDER", "SOCIAL"]
CATEGORIES = ["PROVINCE", "REGENCY", "CITY"]
PAGE = 20

# the share of each kind of request in the mix
WEIGHTS = {"1-ranking": 35, "2-region": 25, "3-sector": 20, "4-winners": 5, "5-filter": 15}

SERVICE = {
    "1-ranking": """query Ranking($edition: Int!, $category: RegionLevel!, $sector: SectorCode, $after: String) {
  rankings(edition: $edition, category: $category, sector: $sector, first: 20, after: $after) {
    edges { node { rank value region { code name province { name } } sectors { sector { code } value } } }
  }
}""",
    "2-region": """query Region($code: ID!) {
  region(code: $code) {
    code name
    awards { edition { year } category place }
    indexes { fiscalYear sector { code } value }
  }
}""",
    "3-sector": """query SectorDetail($region: ID!, $edition: Int!, $sector: SectorCode!) {
  sectorDetail(regionCode: $region, edition: $edition, sector: $sector) {
    index
    services { serviceType { code name } target served quality achievement }
  }
}""",
    "4-winners": """query Winners($category: AwardCategory, $from: Int, $to: Int) {
  winners(category: $category, fromYear: $from, toYear: $to) {
    edition { year } category zone place score region { code name }
  }
}""",
    "5-filter": """query Filter($fiscalYear: Int!, $province: ID!, $level: RegionLevel!, $sector: SectorCode!, $below: Float!) {
  indexValues(filter: {fiscalYear: {equalTo: $fiscalYear}, provinceCode: {equalTo: $province}, level: {equalTo: $level},
                       sector: {equalTo: $sector}, value: {lessThan: $below}}, orderBy: [VALUE_ASC], first: 100) {
    totalCount
    edges { node { value region { code name } } }
  }
}""",
}

POSTGRAPHILE = {
    "1-ranking": """query Ranking($fiscalYear: Int!, $category: String!, $scope: String!, $offset: Int!) {
  allIndexValues(condition: {fiscalYear: $fiscalYear, category: $category, scope: $scope},
                 filter: {rank: {isNull: false}}, orderBy: [RANK_ASC, REGION_CODE_ASC], first: 20, offset: $offset) {
    nodes {
      rank value
      regionByRegionCode {
        code name regionByProvinceCode { name }
        indexValuesByRegionCode(condition: {fiscalYear: $fiscalYear}, filter: {sectorCode: {isNull: false}},
                                orderBy: [SECTOR_CODE_ASC]) {
          nodes { sectorCode value }
        }
      }
    }
  }
}""",
    "2-region": """query Region($code: String!) {
  regionByCode(code: $code) {
    code name
    awardResultsByRegionCode(orderBy: [EDITION_YEAR_ASC, PLACE_ASC]) { nodes { editionYear category place } }
    indexValuesByRegionCode(orderBy: [FISCAL_YEAR_ASC, SCOPE_ASC]) { nodes { fiscalYear sectorCode value } }
  }
}""",
    "3-sector": """query SectorDetail($region: String!, $fiscalYear: Int!, $sector: String!, $level: String!) {
  allIndexValues(condition: {fiscalYear: $fiscalYear, regionCode: $region, scope: $sector}) { nodes { value } }
  allServiceTypes(condition: {sectorCode: $sector, level: $level}, orderBy: [ORDINAL_ASC]) {
    nodes {
      code nameEn
      serviceAchievementsByServiceTypeCode(condition: {regionCode: $region, fiscalYear: $fiscalYear}) {
        nodes { target served qualityPct achievement }
      }
    }
  }
}""",
    "4-winners": """query Winners($from: Int!, $to: Int!) {
  allAwardResults(filter: {editionYear: {greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to}},
                  orderBy: [EDITION_YEAR_ASC, CATEGORY_ASC, PLACE_ASC]) {
    nodes { editionYear category zone place score regionByRegionCode { code name } }
  }
}""",
    "4-winners-category": """query Winners($from: Int!, $to: Int!, $category: String!) {
  allAwardResults(filter: {editionYear: {greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to},
                           category: {equalTo: $category}},
                  orderBy: [EDITION_YEAR_ASC, CATEGORY_ASC, PLACE_ASC]) {
    nodes { editionYear category zone place score regionByRegionCode { code name } }
  }
}""",
    "5-filter": """query Filter($fiscalYear: Int!, $prefix: String!, $level: String!, $sector: String!, $below: BigFloat!) {
  allIndexValues(filter: {fiscalYear: {equalTo: $fiscalYear}, regionCode: {startsWith: $prefix}, category: {equalTo: $level},
                          sectorCode: {equalTo: $sector}, value: {lessThan: $below}}, orderBy: [VALUE_ASC, REGION_CODE_ASC],
                 first: 100) {
    totalCount
    nodes { value regionByRegionCode { code name } }
  }
}""",
}


class Dataset:
    """What the generator draws from: the editions with index values, the regions, the award years."""

    def __init__(self, psql, database):
        rows = lambda sql: [line.split("|") for line in psql(sql, database).splitlines() if line]
        self.editions = [(int(year), int(fiscal)) for year, fiscal in rows(
            "select e.year, e.fiscal_year from award_edition e where exists (select 1 from index_value v"
            " where v.fiscal_year = e.fiscal_year) order by e.year")]
        self.ranked = {(int(fiscal), category, scope): int(ranked) for fiscal, category, scope, ranked in rows(
            "select fiscal_year, category, scope, count(rank) from index_value group by 1, 2, 3")}
        self.regions = [(code, level, province or None) for code, level, province in rows(
            "select code, level, province_code from region order by code")]
        self.provinces = [code for code, level, _ in self.regions if level == "PROVINCE"]
        years = [int(year) for (year,) in rows("select distinct edition_year from award_result order by 1")]
        self.award_years = (years[0], years[-1])
        # a cursor holds the data version it was given at
        self.data_version = int(rows("select version from data_version")[0][0])


def generate(dataset, count, seed=SEED):
    """Returns count requests as (kind, service variables, PostGraphile document key, PostGraphile variables)."""
    chance = random.Random(seed)
    kinds = [kind for kind, weight in WEIGHTS.items() for _ in range(weight)]
    requests = []
    for _ in range(count):
        kind = chance.choice(kinds)
        edition, fiscal = chance.choice(dataset.editions)
        if kind == "1-ranking":
            category = chance.choice(CATEGORIES)
            sector = chance.choice([None] * 3 + SECTORS)
            ranked = dataset.ranked.get((fiscal, category, sector or "OVERALL"), 0)
            pages = max(1, -(-ranked // PAGE))
            # earlier pages more often: page n with probability about 1/2^n
            page = min(pages - 1, int(chance.expovariate(0.7)))
            offset = page * PAGE
            after = cursor("rankings", dataset.data_version, offset - 1) if offset else None
            requests.append((kind, {"edition": edition, "category": category, "sector": sector, "after": after},
                             kind, {"fiscalYear": fiscal, "category": category, "scope": sector or "OVERALL",
                                    "offset": offset}))
        elif kind == "2-region":
            code = chance.choice(dataset.regions)[0]
            requests.append((kind, {"code": code}, kind, {"code": code}))
        elif kind == "3-sector":
            code, level, _ = chance.choice(dataset.regions)
            sector = chance.choice(SECTORS)
            requests.append((kind, {"region": code, "edition": edition, "sector": sector}, kind,
                             {"region": code, "fiscalYear": fiscal, "sector": sector,
                              "level": "PROVINCE" if level == "PROVINCE" else "REGENCY_CITY"}))
        elif kind == "4-winners":
            first, last = dataset.award_years
            start = chance.randint(first, last)
            end = chance.randint(start, last)
            category = chance.choice([None, None, "PROVINCE", "REGENCY", "CITY"])
            service = {"category": category, "from": start, "to": end}
            if category:
                requests.append((kind, service, "4-winners-category", {"from": start, "to": end, "category": category}))
            else:
                requests.append((kind, service, kind, {"from": start, "to": end}))
        else:
            province = chance.choice(dataset.provinces)
            level = chance.choice(["REGENCY", "CITY"])
            sector = chance.choice(SECTORS)
            below = chance.choice([60, 70, 75, 80, 85, 90, 101])
            requests.append((kind, {"fiscalYear": fiscal, "province": province, "level": level, "sector": sector,
                                    "below": below},
                             kind, {"fiscalYear": fiscal, "prefix": province + ".", "level": level, "sector": sector,
                                    "below": str(below)}))
    return requests


def cursor(connection, data_version, offset):
    """The service's cursor of the entry at an offset: the connection field, the data version and the position, Base64
    (Pagination.cursor)."""
    import base64
    return base64.b64encode(f"{connection}|{data_version}|{offset}".encode()).decode()


def body(request, flavour):
    kind, variables, document, postgraphile_variables = request
    if flavour == "service":
        return json.dumps({"query": SERVICE[kind], "variables": variables}, separators=(",", ":"))
    return json.dumps({"query": POSTGRAPHILE[document], "variables": postgraphile_variables}, separators=(",", ":"))


def write_bodies(requests, flavour, path):
    """Writes one JSON body per line, for mix.lua."""
    with open(path, "w") as out:
        for request in requests:
            out.write(body(request, flavour) + "\n")
    return path

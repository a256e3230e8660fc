// The schema's embedded value types: no id, kept inside their parent by a normalising cache
// (each says so in its description). tests/schema.test.mjs checks this list against the schema.
export const EMBEDDED_TYPES = [
  'AchievementConnection', 'AchievementEdge', 'BoundingBox', 'Comparison', 'ComparisonRow', 'Completeness',
  'Coverage', 'DataChange', 'DataRevisionConnection', 'DataRevisionEdge', 'Dataset', 'GeoPoint', 'IndexChange',
  'IndexValueConnection', 'IndexValueEdge', 'OriginCounts', 'PageInfo', 'Population', 'Provenance', 'QueryDescription',
  'QueryUrls', 'RankScope',
  'RankingConnection', 'RankingEdge', 'ReadReplica', 'RegionConnection', 'RegionEdge', 'StatisticsGroup',
  'StatisticsKey',
];

// The connection fields of Query and the arguments that make one list (all but the paging ones).
export const CONNECTIONS = {
  rankings: ['edition', 'category', 'sector', 'provinceCode', 'includePreliminary'],
  regions: ['level', 'provinceCode'],
  indexValues: ['filter', 'orderBy', 'changeFromFiscalYear'],
  achievements: ['filter', 'orderBy'],
  dataRevisions: ['fiscalYear'],
};

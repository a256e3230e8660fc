// urql Graphcache for the SPM Awards API, schema-aware: every type with an id is keyed by it
// (the default); the embedded value types have no key; each connection of Query is a Relay
// list.
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { CONNECTIONS, EMBEDDED_TYPES } from './embedded.mjs';

export function spmAwardsCache(schema) {
  return cacheExchange({
    schema,
    keys: Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
    resolvers: {
      Query: Object.fromEntries(Object.keys(CONNECTIONS).map((field) => [field, relayPagination()])),
    },
  });
}

// Apollo Client's cache for the SPM Awards API: every type with an id is normalised by it (the
// default); the embedded value types merge into their parent; each connection of Query is a
// Relay-style list, one per set of its arguments.
import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { CONNECTIONS, EMBEDDED_TYPES } from './embedded.mjs';

export function spmAwardsCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: Object.fromEntries(Object.entries(CONNECTIONS)
          .map(([field, keyArgs]) => [field, relayStylePagination(keyArgs)])),
      },
      ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, { keyFields: false, merge: true }])),
    },
  });
}

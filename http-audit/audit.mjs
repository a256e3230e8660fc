// Runs graphql-http's server audits (every MUST, SHOULD and MAY of the GraphQL-over-HTTP
// specification it checks) against a running service and fails unless all of them pass.
//   node audit.mjs http://localhost:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });
let passed = 0;
for (const result of results) {
  if (result.status === 'ok') {
    passed++;
  } else {
    const response = result.response ? ` (answered ${result.response.status})` : '';
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${response}`);
  }
}
console.log(`graphql-http audit of ${url}: ${passed} of ${results.length} passed`);
process.exit(passed === results.length ? 0 : 1);

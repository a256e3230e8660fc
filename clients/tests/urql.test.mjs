// urql 6 with Graphcache 9, schema-aware and with the README's configuration, runs every
// README example without a warning and keeps a region reached by several queries as one entity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, fetchExchange } from '@urql/core';
import { getIntrospectionQuery, parse } from 'graphql';
import { spmAwardsCache } from '../config/urql.mjs';
import { OFFICIAL, graphql, printed, readmeOperations } from './support.mjs';

async function client(url, seen) {
  const schema = (await graphql(url, getIntrospectionQuery())).data;
  // the README's configuration, with one resolver more that lets the test look into the cache
  const cache = spmAwardsCache(schema);
  return new Client({
    url: url + '/graphql',
    preferGetMethod: false,
    exchanges: [(input) => {
      const exchange = cache(input);
      return exchange;
    }, fetchExchange],
    fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json' } },
    requestPolicy: 'network-only',
    fetch: async (...args) => {
      seen.requests++;
      return fetch(...args);
    },
  });
}

for (const [name, url] of [['official', OFFICIAL], ['demo', process.env.SPM_DEMO_URL]]) {
  test(`runs every README example on the ${name} data without a warning`, async () => {
    const seen = { requests: 0 };
    const urql = await client(url, seen);
    const { result, lines } = await printed(async () => {
      const answers = [];
      for (const operation of readmeOperations()) {
        answers.push({ name: operation.name, answer: await urql.query(parse(operation.text), {}).toPromise() });
      }
      return answers;
    });
    assert.deepEqual(lines, []);
    for (const { name: operation, answer } of result) {
      assert.equal(answer.error, undefined, `${operation}: ${answer.error}`);
      assert.ok(answer.data, operation);
    }
    assert.equal(seen.requests, result.length);
  });
}

test('keeps a region reached by two queries as one entity', async () => {
  const seen = { requests: 0 };
  const urql = await client(OFFICIAL, seen);
  const { lines } = await printed(async () => {
    const page = await urql.query(parse(`query regionName { region(code: "36.71") { id name } }`), {}).toPromise();
    assert.equal(page.data.region.name, 'Kota Tangerang');
    const ranking = await urql.query(parse(`query cityTop { rankings(edition: 2025, category: CITY, first: 1) {
      nodes { id value region { id code population { total } } } } }`), {}).toPromise();
    assert.equal(ranking.data.rankings.nodes[0].region.id, page.data.region.id);
    // from the cache alone: the region's name came with the first query, its population with
    // the second; one query reads both from the one entity
    const both = await urql.query(parse(`query regionBoth { region(code: "36.71") { id name population { total } } }`),
      {}, { requestPolicy: 'cache-only' }).toPromise();
    assert.equal(both.data.region.name, 'Kota Tangerang');
    assert.equal(both.data.region.population.total, ranking.data.rankings.nodes[0].region.population.total);
    assert.ok(both.data.region.population.total > 0);
  });
  assert.deepEqual(lines, []);
  assert.equal(seen.requests, 2, 'the cache-only reads made no request');
});

// Apollo Client 4 with the README's cache configuration runs every README example without a
// warning, and keeps a region reached by several queries once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink } from '@apollo/client';
import { parse } from 'graphql';
import { spmAwardsCache } from '../config/apollo.mjs';
import { OFFICIAL, printed, readmeOperations } from './support.mjs';

for (const [name, url] of [['official', OFFICIAL], ['demo', process.env.SPM_DEMO_URL]]) {
  test(`runs every README example on the ${name} data without a warning`, async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: url + '/graphql' }), cache: spmAwardsCache() });
    const { result, lines } = await printed(async () => {
      const answers = [];
      for (const operation of readmeOperations()) {
        answers.push(await client.query({ query: parse(operation.text), fetchPolicy: 'network-only' }));
      }
      return answers;
    });
    assert.deepEqual(lines, []);
    for (const answer of result) {
      assert.equal(answer.error, undefined);
      assert.ok(answer.data);
    }
    // a region reached by several examples is stored once, by its id
    const tangerang = Object.values(client.cache.extract())
      .filter((entry) => entry.__typename === 'Region' && entry.code === '36.71');
    assert.equal(tangerang.length, 1);
    assert.equal(tangerang[0].name, 'Kota Tangerang');
  });
}

test('keeps a region reached by two queries once: one query reads what both stored', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: OFFICIAL + '/graphql' }), cache: spmAwardsCache() });
  const { lines } = await printed(async () => {
    await client.query({ query: parse('query regionName { region(code: "36.71") { id name } }') });
    const ranking = await client.query({ query: parse(`query cityTop { rankings(edition: 2025, category: CITY,
      first: 1) { nodes { id value region { id code population { total } } } } }`) });
    const both = await client.query({ query: parse('query regionBoth { region(code: "36.71") { id name population { total } } }'),
      fetchPolicy: 'cache-only' });
    assert.equal(both.data.region.name, 'Kota Tangerang');
    assert.equal(both.data.region.population.total, ranking.data.rankings.nodes[0].region.population.total);
  });
  assert.deepEqual(lines, []);
});

test('merges two pages of a list in order', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: OFFICIAL + '/graphql' }), cache: spmAwardsCache() });
  const query = parse(`query regionPages($after: String) {
    regions(level: CITY, first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id code } } }
  }`);
  const { lines } = await printed(async () => {
    const first = await client.query({ query, fetchPolicy: 'network-only' });
    await client.query({ query, variables: { after: first.data.regions.pageInfo.endCursor },
      fetchPolicy: 'network-only' });
  });
  assert.deepEqual(lines, []);
  const merged = client.cache.readQuery({ query });
  assert.equal(merged.regions.edges.length, 98);
  const codes = merged.regions.edges.map((edge) => edge.node.code);
  assert.deepEqual(codes, [...codes].sort());
});

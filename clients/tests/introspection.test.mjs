// graphql-js's own introspection queries answer, as codegen, graphql-inspector and GraphiQL
// send them, while an introspection past what tools send is still refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { OFFICIAL, graphql } from './support.mjs';

const FULL = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true };

for (const [name, options] of [['default options', undefined], ['every option', FULL],
  ['without descriptions', { descriptions: false }]]) {
  test(`getIntrospectionQuery() with ${name} answers with a schema a client can build`, async () => {
    const answer = await graphql(OFFICIAL, getIntrospectionQuery(options));
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    const schema = buildClientSchema(answer.data);
    assert.ok(schema.getType('RankingEntry'));
    assert.equal(schema.getQueryType().name, 'Query');
  });
}

test('an introspection with fifty aliases of __schema is refused with a typed error', async () => {
  const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: __schema { types { name } }`).join(' ');
  const answer = await graphql(OFFICIAL, `{ ${aliases} }`);
  assert.equal(answer.data, undefined);
  assert.equal(answer.errors[0].extensions.classification, 'BadFaithIntrospection');
});

test('an ofType chain deeper than any tool sends is refused with a typed error', async () => {
  const query = `{ __type(name: "Region") { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } }`;
  const answer = await graphql(OFFICIAL, query);
  assert.equal(answer.errors[0].extensions.classification, 'BadFaithIntrospection');
});

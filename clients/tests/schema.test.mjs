// The schema as linters and reviewers read it: graphql-eslint's recommended and Relay rules pass
// with the exceptions eslint.config.mjs lists with their reasons; graphql-inspector finds no
// breaking change against the last released schema that the README's changelog does not name;
// and every object type without an id is one of the embedded value types the client
// configurations list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { EMBEDDED_TYPES } from '../config/embedded.mjs';
import { OFFICIAL, ROOT } from './support.mjs';

const SCHEMA = new URL('graphql-api/schema.graphql', ROOT);
const BIN = new URL('../node_modules/.bin/', import.meta.url);
const CLIENTS = new URL('../', import.meta.url);

test('the committed schema is the one the service serves', async () => {
  const served = await (await fetch(OFFICIAL + '/graphql/schema')).text();
  assert.deepEqual(buildSchema(served).toConfig().types.map((type) => type.name).sort(),
    buildSchema(readFileSync(SCHEMA, 'utf8')).toConfig().types.map((type) => type.name).sort());
});

test('graphql-eslint: schema-recommended and schema-relay pass', () => {
  mkdirSync(new URL('work/', CLIENTS), { recursive: true });
  copyFileSync(SCHEMA, new URL('work/schema.graphql', CLIENTS));
  const run = spawnSync(new URL('eslint', BIN).pathname, ['-c', 'eslint.config.mjs', 'work/schema.graphql'],
    { cwd: CLIENTS, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('graphql-inspector: no breaking change against the last released schema that the changelog does not name',
  () => {
    const released = readdirSync(new URL('graphql-api/released/', ROOT)).sort().at(-1);
    const run = spawnSync(new URL('graphql-inspector', BIN).pathname,
      ['diff', new URL('graphql-api/released/' + released, ROOT).pathname, SCHEMA.pathname],
      { encoding: 'utf8' });
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    const changelog = readme.slice(readme.indexOf('## Changelog'));
    const breaking = (run.stdout + run.stderr).split('\n').filter((line) => line.includes('✖'));
    const unnamed = breaking.filter((line) => {
      const coordinate = line.match(/([A-Z]\w*(?:\.\w+)?)/g) ?? [];
      return !coordinate.some((name) => name.includes('.') && changelog.includes(name));
    });
    assert.deepEqual(unnamed, [], `breaking changes against ${released} that the README's changelog does not name`);
  });

test('every object type without an id is an embedded value type of the client configurations', () => {
  const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
  const withoutId = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !['Query', 'Subscription'].includes(type.name))
    // an id that is not an ID is no key: QueryDescription's id is the Indonesian text
    .filter((type) => String(type.getFields().id?.type) !== 'ID!')
    .map((type) => type.name)
    .sort();
  assert.deepEqual(withoutId, [...EMBEDDED_TYPES].sort());
  for (const name of withoutId) {
    assert.match(schema.getType(name).description, /An embedded value: no ID/, name);
  }
});

// graphql-codegen's client preset, with the live service as its schema: it types the README's
// operations, tsc --strict compiles them, and the persisted documents it computes for the
// trusted documents run by their id alone on an instance that runs nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { OFFICIAL, ROOT, TRUSTED, readmeOperations } from './support.mjs';

const WORK = new URL('../work/', import.meta.url);

test('types the README operations from the live schema, and tsc --strict compiles them', async () => {
  const operations = readmeOperations();
  mkdirSync(new URL('readme/', WORK), { recursive: true });
  for (const operation of operations) {
    assert.ok(operation.name, 'every README example is named:\n' + operation.text);
    writeFileSync(new URL(`readme/${operation.name}.graphql`, WORK), operation.text);
  }
  await generate({
    schema: OFFICIAL + '/graphql',
    documents: [new URL('readme/*.graphql', WORK).pathname],
    generates: { [new URL('readme-gql/', WORK).pathname]: { preset: 'client' } },
    silent: true,
  }, true);
  const types = operations.map((operation) => operation.name[0].toUpperCase() + operation.name.slice(1) + 'Query');
  writeFileSync(new URL('readme-usage.ts', WORK), [
    `import type { ${types.join(', ')} } from './readme-gql/graphql';`,
    ...types.map((type) => `export const ${type[0].toLowerCase() + type.slice(1)} = (answer: ${type}) => answer;`),
    // a field the README's region page selects, typed: a region's name is a string
    `export const name = (answer: RegionPageQuery): string | undefined => answer.region?.name;`,
  ].join('\n') + '\n');
  // as a frontend's bundler resolves modules
  try {
    execFileSync(new URL('../node_modules/.bin/tsc', import.meta.url).pathname, ['--noEmit', '--strict',
      '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
      new URL('readme-usage.ts', WORK).pathname, new URL('readme-gql/index.ts', WORK).pathname], { stdio: 'pipe' });
  }
  catch (failure) {
    assert.fail(String(failure.stdout) + String(failure.stderr));
  }
});

test('runs each trusted document by the id codegen computes, over GET, with only trusted documents allowed',
  async () => {
    await generate({
      schema: OFFICIAL + '/graphql',
      documents: [new URL('graphql-api/src/main/resources/graphql-documents/*.graphql', ROOT).pathname],
      generates: { [new URL('trusted-gql/', WORK).pathname]: { preset: 'client',
        presetConfig: { persistedDocuments: true } } },
      silent: true,
    }, true);
    const manifest = JSON.parse(readFileSync(new URL('trusted-gql/persisted-documents.json', WORK), 'utf8'));
    const ids = Object.keys(manifest);
    assert.equal(ids.length, 12);
    // the service's manifest holds the same ids with the same documents
    const served = await (await fetch(TRUSTED + '/graphql/persisted-documents.json')).json();
    assert.deepEqual(served, manifest);
    for (const id of ids) {
      const response = await fetch(TRUSTED + '/graphql?documentId=' + encodeURIComponent(id),
        { headers: { accept: 'application/graphql-response+json' } });
      const answer = await response.json();
      assert.equal(response.status, 200, id + ' ' + JSON.stringify(answer));
      assert.equal(answer.errors, undefined, id + ' ' + JSON.stringify(answer.errors));
      assert.ok(answer.data, id);
    }
    // and a document that is not trusted does not run there
    const other = await fetch(TRUSTED + '/graphql?query=' + encodeURIComponent('{ sectors { code } }'));
    assert.match(JSON.stringify(await other.json()), /TRUSTED_DOCUMENTS_ONLY/);
  });

// graphql-ws, the client every GraphQL over WebSocket app uses, hears dataChanged after an
// import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { OFFICIAL, importOneRow } from './support.mjs';

test('a graphql-ws subscriber hears of an import', async () => {
  const client = createClient({ url: OFFICIAL.replace('http', 'ws') + '/graphql-ws', webSocketImpl: WebSocket,
    retryAttempts: 0 });
  try {
    const heard = new Promise((resolve, reject) => {
      client.subscribe({ query: 'subscription { dataChanged { version kind fiscalYear editions } }' },
        { next: (event) => resolve(event), error: reject, complete: () => reject(new Error('completed')) });
    });
    // subscribed before the import
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const report = await importOneRow(OFFICIAL, 60 + Math.floor(Math.random() * 30));
    assert.equal(report.status, 'IMPORTED', JSON.stringify(report));
    const event = await Promise.race([heard,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no event in 10 s')), 10_000))]);
    assert.equal(event.errors, undefined);
    assert.equal(event.data.dataChanged.kind, 'ACHIEVEMENTS');
    assert.equal(event.data.dataChanged.fiscalYear, 2024);
    assert.deepEqual(event.data.dataChanged.editions, [2025]);
  }
  finally {
    await client.dispose();
  }
});

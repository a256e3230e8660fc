// What the tests share: the instances' addresses, the README's example operations, and a
// watch on what a library prints.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

export const OFFICIAL = process.env.SPM_URL ?? 'http://127.0.0.1:18280';
export const TRUSTED = process.env.SPM_TRUSTED_URL ?? 'http://127.0.0.1:18281';
export const DEMO = process.env.SPM_DEMO_URL ?? 'http://127.0.0.1:18282';
export const ADMIN_TOKEN = process.env.SPM_ADMIN_TOKEN ?? 'clients-token';
export const ROOT = new URL('../../', import.meta.url);

/** The README's example operations (its graphql blocks), each with its name. */
export function readmeOperations() {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
    const text = match[1];
    const operation = parse(text).definitions.find((definition) => definition.kind === 'OperationDefinition');
    return { name: operation.name?.value, text };
  });
}

/** Posts a GraphQL request and returns its JSON answer. */
export async function graphql(url, query, variables) {
  const response = await fetch(url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }) });
  return response.json();
}

/** Records what is printed to console.warn and console.error while a function runs. */
export async function printed(run) {
  const lines = [];
  const warn = console.warn;
  const error = console.error;
  console.warn = (...args) => lines.push(['warn', ...args].map(String).join(' '));
  console.error = (...args) => lines.push(['error', ...args].map(String).join(' '));
  try {
    const result = await run();
    return { result, lines };
  }
  finally {
    console.warn = warn;
    console.error = error;
  }
}

/** Imports a one-row achievements file, so that the data changes. */
export async function importOneRow(url, served) {
  const response = await fetch(url + '/admin/imports/achievements?fiscalYear=2024', { method: 'POST',
    headers: { authorization: 'Bearer ' + ADMIN_TOKEN, 'content-type': 'text/csv' },
    body: `region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,${served},100\n` });
  return response.json();
}

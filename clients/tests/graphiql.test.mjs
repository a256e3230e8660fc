// GraphiQL, served from the jar, in headless Chromium cut off from the internet: it loads the
// schema (the documentation explorer lists Query) and opens without an error in its result pane.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { OFFICIAL } from './support.mjs';

test('GraphiQL loads the schema: its documentation explorer lists Query, its result pane shows no error', async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems = [];
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
    // nothing leaves the machine
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(OFFICIAL) ? request.continue() : request.abort()));
    await page.goto(OFFICIAL + '/graphiql', { waitUntil: 'networkidle0' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent.includes('Query'),
      { timeout: 30_000 });
    const explorer = await page.$eval('.graphiql-doc-explorer', (element) => element.textContent);
    assert.doesNotMatch(explorer, /Error fetching schema/);
    assert.match(explorer, /query: ?Query/);
    const result = await page.$eval('.graphiql-response', (element) => element.textContent);
    assert.doesNotMatch(result, /error/i);
    await page.screenshot({ path: new URL('../work/graphiql.png', import.meta.url).pathname });
    assert.deepEqual(problems.filter((text) => !/favicon/.test(text)), []);
  }
  finally {
    await browser.close();
  }
});

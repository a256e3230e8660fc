// GraphiQL, served from the jar, in headless Chromium cut off from the internet: it loads the
// schema (the documentation explorer lists Query) and opens without an error in its result pane;
// axe-core finds no WCAG A/AA violation but the two of GraphiQL's own tab bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('GraphiQL at a desktop and a phone width: no axe violation but the two only GraphiQL can fix', async () => {
  const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.setRequestInterception(true);
      page.on('request', (request) => (request.url().startsWith(OFFICIAL) ? request.continue() : request.abort()));
      await page.goto(OFFICIAL + '/graphiql', { waitUntil: 'networkidle0' });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run(document,
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })).violations
        .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) })));
      // GraphiQL 2.4.7's tab bar: a tablist holding its "new tab" button, and tabs holding
      // their close buttons (README: what only GraphiQL can fix)
      assert.deepEqual(violations.map((violation) => violation.id), ['aria-required-children', 'nested-interactive'],
        JSON.stringify(violations));
      for (const violation of violations) {
        assert.ok(violation.targets.every((target) => /graphiql-tab/.test(target)), JSON.stringify(violation));
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `GraphiQL is ${width} px wide on a ${viewport.width} px screen`);
      await page.close();
    }
  }
  finally {
    await browser.close();
  }
});

// The explorer and the guide for every reader, in Debian's headless Chromium with axe-core from
// npm: zero WCAG 2.0/2.1/2.2 A and AA violations on every view, at a desktop's width and a
// phone's, in both languages; nothing scrolls sideways on a phone; the table never runs under
// the region panel; the cities show on the national map; the chart's axis holds fiscal years;
// the embed code loads the embed and the citation names the data version.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { DEMO, OFFICIAL, importOneRow } from './support.mjs';

const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
});

after(async () => {
  await browser?.close();
});

/**
 * Opens a page of the service, nothing leaving the machine, and waits for it to be drawn.
 * Past the browser's cache: with request interception, Chromium here now and then left a
 * request it answered from its cache pending, and the page never went idle.
 */
async function open(url, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  await page.setRequestInterception(true);
  const origin = new URL(url).origin;
  page.on('request', (request) => (request.url().startsWith(origin) || request.url().startsWith('data:')
    ? request.continue() : request.abort()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (url.includes('/explore')) {
    await page.waitForSelector('body[data-drawn]', { timeout: 60_000 });
    if (url.includes('region=')) {
      await page.waitForSelector('#panel:not([hidden]) #panel-chart', { timeout: 30_000 });
    }
  }
  return page;
}

async function violations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async (tags) => await window.axe.run(document, { runOnly: tags }), TAGS);
  return result.violations.map((violation) => `${violation.id} ×${violation.nodes.length}: ${violation.help}`);
}

const VIEWS = [
  ['the front page', OFFICIAL + '/'],
  ['the guide', OFFICIAL + '/guide'],
  ['the official city map', OFFICIAL + '/explore'],
  ['the official city map in English, Kota Tangerang open', OFFICIAL + '/explore?edition=2025&category=CITY&region=36.71&lang=en'],
  ['the official province map, Maluku open', OFFICIAL + '/explore?edition=2025&category=PROVINCE&region=81'],
  ['the demo regency map', DEMO + '/explore?category=REGENCY'],
  ['the demo regency map in English, a regency open', DEMO + '/explore?category=REGENCY&sector=HEALTH&region=32.01&lang=en'],
  ['the demo city map', DEMO + '/explore?category=CITY'],
  ['the official city embed', OFFICIAL + '/embed?edition=2025&category=CITY'],
  ['the demo regency embed in English', DEMO + '/embed?edition=2025&category=REGENCY&sector=HEALTH&lang=en'],
];

for (const [name, url] of VIEWS) {
  for (const [device, viewport] of [['a desktop', DESKTOP], ['a phone', PHONE]]) {
    test(`${name} on ${device}: no axe violation, nothing wider than the screen`, async () => {
      const page = await open(url, viewport);
      try {
        assert.deepEqual(await violations(page), []);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= viewport.width, `the page is ${width} px wide on a ${viewport.width} px screen`);
      }
      finally {
        await page.close();
      }
    });
  }
}

test('on a desktop the ranking table never runs under the open region panel', async () => {
  for (const url of [OFFICIAL + '/explore?edition=2025&category=CITY&region=36.71&lang=en',
    DEMO + '/explore?category=REGENCY&region=32.01']) {
    const page = await open(url, DESKTOP);
    try {
      const boxes = await page.evaluate(() => {
        const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
        return { table: box('#ranking'), scroller: box('.table-scroll'), panel: box('#panel') };
      });
      const visibleRight = Math.min(boxes.table.right, boxes.scroller.right);
      assert.ok(visibleRight <= boxes.panel.left, JSON.stringify(boxes));
    }
    finally {
      await page.close();
    }
  }
});

test('the national city map shows each of the 98 cities as a symbol; zoomed in, their outlines', async () => {
  const page = await open(OFFICIAL + '/explore?edition=2025&category=CITY', DESKTOP);
  try {
    assert.equal(await page.$$eval('#map path[data-symbol]', (dots) => dots.length), 98);
    await page.goto(OFFICIAL + '/explore?edition=2025&category=CITY&province=36', { waitUntil: 'networkidle0' });
    await page.waitForSelector('body[data-drawn]');
    assert.equal(await page.$$eval('#map path[data-symbol]', (dots) => dots.length), 0);
  }
  finally {
    await page.close();
  }
});

test('a regency map opened on a province shows the same dots once zoomed out to the nation', async () => {
  const national = await open(DEMO + '/explore?category=REGENCY', DESKTOP);
  let dots;
  try {
    dots = await national.$$eval('#map path[data-symbol]', (symbols) => symbols.length);
    assert.ok(dots > 0, 'the small regencies have dots');
  }
  finally {
    await national.close();
  }
  const page = await open(DEMO + '/explore?category=REGENCY&province=32', DESKTOP);
  try {
    await page.select('#province', '');
    await page.waitForFunction((count) => document.querySelectorAll('#map path[data-symbol]').length === count,
      { timeout: 30_000 }, dots);
  }
  finally {
    await page.close();
  }
});

test("Kota Tangerang's chart, with one fiscal year of data, has that year on its axis", async () => {
  const page = await open(OFFICIAL + '/explore?edition=2025&category=CITY&region=36.71&lang=en', DESKTOP);
  try {
    await page.waitForSelector('#panel-chart[data-axis]');
    assert.equal(await page.$eval('#panel-chart', (chart) => chart.getAttribute('data-axis')), '2024');
  }
  finally {
    await page.close();
  }
});

test('a sentence above the table says what it holds, in the page\'s language', async () => {
  for (const [url, pattern] of [
    [OFFICIAL + '/explore?edition=2025&category=CITY&lang=en',
      /^SPM index of the cities, SPM Awards 2025 \(fiscal year 2024\): (\d+) regions ranked, (\d+) without a value\.$/],
    [DEMO + '/explore?edition=2024&category=REGENCY&sector=HEALTH',
      /^Indeks kesehatan kabupaten, SPM Awards 2024 \(tahun anggaran 2023\): (\d+) daerah berperingkat, (\d+) tanpa nilai\.$/]]) {
    const page = await open(url, DESKTOP);
    try {
      await page.waitForFunction(() => document.querySelector('#table-description').textContent.length > 0);
      const sentence = await page.$eval('#table-description', (element) => element.textContent);
      const [, ranked, without] = sentence.match(pattern) ?? assert.fail(sentence);
      assert.ok(Number(ranked) > 0, sentence);
      assert.ok(Number(ranked) + Number(without) <= 416, sentence);
    }
    finally {
      await page.close();
    }
  }
});

/** The data version the front page names. */
async function dataVersion(url) {
  const front = await (await fetch(url + '/')).text();
  return front.match(/Data version (\d+)/)[1];
}

test("the explorer's embed code loads the embed, which shows the map, its source and the data version", async () => {
  const version = await dataVersion(OFFICIAL);
  const explorer = await open(OFFICIAL + '/explore?edition=2025&category=CITY&sector=HEALTH&lang=en', DESKTOP);
  let code;
  try {
    await explorer.click('#embed');
    await explorer.waitForSelector('#embed-dialog[open]');
    assert.deepEqual(await violations(explorer), [], 'the open embed dialog');
    code = await explorer.$eval('#embed-code', (area) => area.value);
  }
  finally {
    await explorer.close();
  }
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?edition=2025&category=CITY&sector=HEALTH&lang=en" title="[^"]+"/);
  // a newsroom's page on another origin, holding only the code
  const page = await browser.newPage();
  try {
    await page.setViewport(DESKTOP);
    await page.setContent(`<!doctype html><html lang="en"><head><title>An article</title></head><body><main>
      <h1>An article</h1>${code}</main></body></html>`, { waitUntil: 'networkidle0' });
    const frame = page.frames().find((each) => each.url().includes('/embed?'));
    assert.ok(frame, 'the iframe loaded the embed');
    await frame.waitForFunction(() => document.querySelector('img').complete, { timeout: 30_000 });
    const shown = await frame.evaluate(() => ({ width: document.querySelector('img').naturalWidth,
      alt: document.querySelector('img').alt, caption: document.querySelector('figcaption').textContent,
      controls: document.querySelectorAll('select, input').length }));
    assert.ok(shown.width > 0, 'the map is drawn');
    assert.match(shown.alt, /^SPM index of the cities, Health, SPM Awards 2025 \(fiscal year 2024\)/);
    assert.match(shown.caption, new RegExp(`Data version ${version}, last changed \\d{4}-\\d{2}-\\d{2}\\.`));
    assert.equal(shown.controls, 0);
  }
  finally {
    await page.close();
  }
});

test('the citation, in both languages, names the awards, the data version and a link to the view', async () => {
  const version = await dataVersion(OFFICIAL);
  const page = await open(OFFICIAL + '/explore?edition=2025&category=CITY&sector=HEALTH', PHONE);
  try {
    await page.click('#cite');
    await page.waitForSelector('#cite-dialog[open]');
    assert.deepEqual(await violations(page), [], 'the open citation dialog');
    const cited = await page.evaluate(() => Object.fromEntries(['inline-id', 'full-id', 'inline-en', 'full-en']
      .map((part) => [part, document.getElementById('cite-' + part).value])));
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(cited['inline-id'], `(Kemendagri, SPM Awards 2025; SPM Awards API, versi data ${version})`);
    assert.equal(cited['inline-en'],
      `(Ministry of Home Affairs, SPM Awards 2025; SPM Awards API, data version ${version})`);
    assert.match(cited['full-id'], new RegExp('^Kementerian Dalam Negeri Republik Indonesia, Direktorat Jenderal Bina'
      + ' Pembangunan Daerah\\. SPM Awards 2025: indeks kesehatan kota, tahun anggaran 2024\\. Diolah oleh SPM Awards'
      + ` API, versi data ${version} \\(data terakhir berubah \\d{4}-\\d{2}-\\d{2}\\)\\. `
      + `http://127\\.0\\.0\\.1:\\d+/explore\\?edition=2025&category=CITY&sector=HEALTH&lang=id \\(diakses ${today}\\)\\.$`));
    assert.match(cited['full-en'], new RegExp('^Ministry of Home Affairs of the Republic of Indonesia, Directorate'
      + ' General of Regional Development\\. SPM Awards 2025: Health index of the cities, fiscal year 2024\\.'
      + ` Compiled by the SPM Awards API, data version ${version} \\(data last changed \\d{4}-\\d{2}-\\d{2}\\)\\. `));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page is ${width} px wide on a phone`);
  }
  finally {
    await page.close();
  }
});

test("a revision's page, in both languages on a desktop and a phone: no axe violation, nothing wider", async () => {
  const report = await importOneRow(OFFICIAL, 70 + Math.floor(Math.random() * 20));
  assert.equal(report.status, 'IMPORTED', JSON.stringify(report));
  for (const lang of ['id', 'en']) {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await open(OFFICIAL + '/changes/' + report.revision.number + '?lang=' + lang, viewport);
      try {
        assert.match(await page.$eval('h1', (heading) => heading.textContent),
          lang === 'en' ? /^Revision \d+: service achievements of fiscal year 2024 changed$/
            : /^Revisi \d+: capaian layanan tahun anggaran 2024 berubah$/);
        assert.deepEqual(await violations(page), []);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= viewport.width, `the page is ${width} px wide on a ${viewport.width} px screen`);
      }
      finally {
        await page.close();
      }
    }
  }
});

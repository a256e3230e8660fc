// Times how long the explorer takes, in a fresh browser profile each round (no cache), from
// navigation to a drawn national map: the page sets body[data-drawn] to performance.now()
// once the map and the table are drawn. And weighs the page: its HTML, scripts, styles and
// icons as sent (compressed), apart from its data (the map's GeoJSON and GraphQL answers).
//   node measure.mjs [base URL] [rounds]   (default http://localhost:8080, 7 rounds)
// Chromium: CHROME_BIN or /usr/bin/chromium.
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8080';
const rounds = Number(process.argv[3] ?? 7);
const views = {
  cities: '/explore?edition=2025&category=CITY',
  regencies: '/explore?edition=2025&category=REGENCY',
  provinces: '/explore?edition=2025&category=PROVINCE&sector=HEALTH',
};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--no-proxy-server', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1400,1000'],
});
const times = Object.fromEntries(Object.keys(views).map((name) => [name, []]));
const weights = Object.fromEntries(Object.keys(views).map((name) => [name, { page: 0, data: 0 }]));
try {
  for (let round = 0; round < rounds; round++) {
    // the views in a different order each round
    const names = Object.keys(views);
    const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
    for (const name of order) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      const network = await page.createCDPSession();
      await network.send('Network.enable');
      const kinds = new Map();
      const weight = { page: 0, data: 0 };
      network.on('Network.responseReceived', (event) => kinds.set(event.requestId,
        /\/(graphql|map\/)/.test(new URL(event.response.url).pathname) ? 'data' : 'page'));
      network.on('Network.loadingFinished', (event) => {
        weight[kinds.get(event.requestId) ?? 'page'] += event.encodedDataLength;
      });
      await page.goto(base + views[name], { waitUntil: 'networkidle0' });
      const handle = await page.waitForSelector('body[data-drawn]', { timeout: 30000 });
      times[name].push(Number(await handle.evaluate((body) => body.getAttribute('data-drawn'))));
      weights[name] = weight;
      await context.close();
    }
  }
} finally {
  await browser.close();
}
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [name, values] of Object.entries(times)) {
  console.log(`${name.padEnd(10)} median ${median(values)} ms, max ${Math.max(...values)} ms, rounds ${values.join(' ')};`
    + ` page ${(weights[name].page / 1024).toFixed(1)} KB as sent, data ${(weights[name].data / 1024).toFixed(1)} KB`);
}

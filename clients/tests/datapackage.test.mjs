// The bulk download as a data desk's tools read it: Frictionless' own Data Package library
// (datapackage-js) loads datapackage.json, casts every row of every table by its schema and
// checks its constraints, primary keys and foreign keys; a file broken on purpose fails. And pandas,
// with the README's lines, keeps region codes as text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import datapackage from 'datapackage';
import { DEMO, OFFICIAL, ROOT } from './support.mjs';

const { Package } = datapackage;
const WORK = join(dirname(fileURLToPath(import.meta.url)), '..', 'work');

/** Downloads the bulk zip of an instance and unpacks it into a folder of its own. */
async function unpacked(url, name) {
  const response = await fetch(url + '/export/bulk');
  assert.equal(response.status, 200);
  const folder = join(WORK, 'bulk-' + name);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer())))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

/** Every tabular resource read, cast and checked; the problems found, by resource. */
async function problems(folder) {
  const dataPackage = await Package.load(join(folder, 'datapackage.json'));
  assert.deepEqual(dataPackage.errors.map((error) => error.message), []);
  assert.equal(dataPackage.valid, true);
  const found = {};
  const rows = {};
  for (const resource of dataPackage.resources.filter((each) => each.tabular)) {
    try {
      rows[resource.name] = (await resource.read({ relations: true, cast: true })).length;
    }
    catch (error) {
      found[resource.name] = [error.message, ...(error.errors ?? []).map((each) => each.message)].join(' ');
    }
  }
  return { found, rows, descriptor: dataPackage.descriptor };
}

for (const [name, url] of [['official', OFFICIAL], ['demo', DEMO]]) {
  test(`the ${name} data package validates, every row cast, checked and its keys resolved`, async () => {
    const { found, rows, descriptor } = await problems(await unpacked(url, name));
    assert.deepEqual(found, {});
    assert.equal(rows.regions, 552);
    assert.equal(rows['service-types'], 43);
    assert.match(descriptor.version, /^1\.0\.\d+$/);
    assert.ok(!Number.isNaN(Date.parse(descriptor.created)));
    const tables = Object.fromEntries(descriptor.resources.map((resource) => [resource.name, resource]));
    assert.deepEqual(tables.regions.schema.primaryKey, ['code']);
    assert.deepEqual(tables.achievements.schema.primaryKey, ['fiscal_year', 'region_code', 'service_type']);
    assert.deepEqual(tables.achievements.schema.foreignKeys.map((key) => key.fields[0]),
      ['region_code', 'service_type', 'sector', 'achievement_level']);
    if (name === 'demo') {
      assert.ok(rows['index-values'] > 10000, `${rows['index-values']} index values`);
      assert.ok(rows.achievements > 50000, `${rows.achievements} achievements`);
    }
  });
}

test('a region code that names no region, a duplicated key and a level that is none fail the validator', async () => {
  const pristine = await unpacked(OFFICIAL, 'official-to-break');
  /** The problems of a copy of the official package with one file changed. */
  const broken = async (file, change) => {
    const folder = join(WORK, 'bulk-broken');
    rmSync(folder, { recursive: true, force: true });
    cpSync(pristine, folder, { recursive: true });
    writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));
    return (await problems(folder)).found;
  };
  // Kota Tangerang's first award given to a code no region has
  assert.deepEqual(await broken('winners.csv', (text) => text.replace(',36.71,', ',99.99,')),
    { winners: 'Foreign key "region_code" violation in row 13' });
  // a field listed twice
  assert.match((await broken('sectors.csv', (text) => text + text.split('\n')[1] + '\n')).sectors,
    /unique constraint violation in column "code"/);
  // a province whose level is misspelt
  assert.match((await broken('regions.csv', (text) => text.replace('11,Aceh,PROVINCE,', '11,Aceh,PROVINCES,')))
    .regions, /The value "PROVINCES" does not conform to the "enum" constraint for column "level"/);
});

test("pandas, with the README's lines, keeps region codes as text", async () => {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const lines = readme.match(/```python\n([\s\S]*?)```/)[1];
  const folder = await unpacked(DEMO, 'demo-pandas');
  const script = lines + `
assert "11.10" in set(regions["code"]), "regions.csv lost 11.10"
assert "11.10" in set(index_values["region_code"]), "index_values.csv lost 11.10"
assert regions["code"].str.len().isin([2, 5]).all()
# without the types, pandas reads 11.10 as the number 11.1: the defect the lines avoid
assert "11.10" not in set(pd.read_csv("regions.csv")["code"].astype(str))
print(len(regions), len(index_values))
`;
  // Debian's Python, whose python3-pandas .ci/run installs
  const result = spawnSync(process.env.PANDAS_PYTHON ?? '/usr/bin/python3', ['-c', script], { cwd: folder, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^552 \d+/);
});

#!/usr/bin/env node
// Step 3 of derive-boundaries: writes the final TopoJSON of one layer.
//
//   node write-topojson.js --in arcs.topojson --grid 0.001 --object regencies --out regencies-overview.topojson
//
// Input: the unquantized TopoJSON that mapshaper built from the final (grid-rounded) GeoJSON of
// that layer: mapshaper finds the shared arcs. Output: the same topology quantized on the very
// grid the coordinates already lie on (transform.scale = [grid, grid], translate = a grid point),
// so quantization loses nothing and decodes to the GeoJSON coordinates; arcs delta-encoded; one
// object named --object; each geometry has only type, id (Kemendagri code) and arcs; rings
// ordered so that they decode with RFC 7946 winding (exterior counter-clockwise), like the
// GeoJSON. Arcs are numbered in order of first use. Deterministic.
'use strict';
const fs = require('fs');
const { parseGrid, ringArea2 } = require('./grid.js');

const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const IN = arg('--in'), OUT = arg('--out'), OBJ = arg('--object');
if (!IN || !OUT || !OBJ || !arg('--grid')) {
  console.error('usage: write-topojson.js --in FILE --grid 0.001 --object NAME --out FILE');
  process.exit(2);
}
const GR = parseGrid(arg('--grid'));

const topo = JSON.parse(fs.readFileSync(IN, 'utf8'));
if (topo.transform) throw new Error('expected an unquantized topology');
const names = Object.keys(topo.objects);
if (names.length !== 1) throw new Error(`expected one object, got ${names.join(',')}`);
const arcs = topo.arcs.map((a) => a.map(([x, y]) => [GR.toInt(x, true), GR.toInt(y, true)]));
const ringPts = (refs) => {
  const pts = [];
  refs.forEach((r, k) => {
    const a = r < 0 ? arcs[~r].slice().reverse() : arcs[r];
    a.forEach((p, j) => { if (k === 0 || j > 0) pts.push(p); });
  });
  return pts;
};
let minX = Infinity, minY = Infinity;
const remap = new Map();
const outArcs = [];
const use = (r) => {
  const ai = r < 0 ? ~r : r;
  if (!remap.has(ai)) {
    remap.set(ai, outArcs.length);
    outArcs.push(arcs[ai]);
    for (const [x, y] of arcs[ai]) { if (x < minX) minX = x; if (y < minY) minY = y; }
  }
  return r < 0 ? ~remap.get(ai) : remap.get(ai);
};
const geoms = topo.objects[names[0]].geometries.map((g) => {
  if (g.id === undefined || g.id === null) throw new Error('geometry without id');
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : null;
  if (!polys) throw new Error(`${g.id}: geometry type ${g.type}`);
  const oriented = polys.map((p) => p.map((refs, i) => {
    const ccw = ringArea2(ringPts(refs)) > 0;
    return (ccw === (i === 0) ? refs : refs.slice().reverse().map((r) => ~r)).map(use);
  }));
  const type = oriented.length === 1 ? 'Polygon' : 'MultiPolygon';
  return `{"type":"${type}","id":${JSON.stringify(String(g.id))},"arcs":${JSON.stringify(type === 'Polygon' ? oriented[0] : oriented)}}`;
});
const arcText = outArcs.map((a) => {
  let px = minX, py = minY;
  return '[' + a.map(([x, y]) => { const s = `[${x - px},${y - py}]`; px = x; py = y; return s; }).join(',') + ']';
});
fs.writeFileSync(OUT, `{"type":"Topology","transform":{"scale":[${GR.str},${GR.str}],"translate":[${GR.fmt(minX)},${GR.fmt(minY)}]},` +
  `"objects":{${JSON.stringify(OBJ)}:{"type":"GeometryCollection","geometries":[\n${geoms.join(',\n')}\n]}},\n"arcs":[\n${arcText.join(',\n')}\n]}\n`);
console.error(`[topojson ${OBJ}] ${geoms.length} geometries, ${outArcs.length} arcs -> ${OUT}`);

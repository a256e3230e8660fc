#!/usr/bin/env node
// Helper of derive-boundaries: for every region, the polygon part nearest to the region's centroid
// (region_attributes.csv; 0 m when the centroid lies inside it), written as its own feature.
//
//   node anchor-parts.js --centroids region_attributes.csv --out anchors.geojson provinces.geojson regencies.geojson
//
// These "anchor" parts are imported as a third layer into the same mapshaper topology as the
// regions. They share their arcs with the regions, and `-simplify keep-shapes` keeps every
// feature of every layer from disappearing, so the anchors keep the part on which (or next to
// which) a region's centroid marker sits from being simplified away. For most regions that is
// simply the main land mass, which would be kept anyway; it matters for island groups such as
// 31.01 Kepulauan Seribu, whose centroid is 0.9 km from an islet of about 40 x 140 m. The anchor
// layer is not written to the outputs.
'use strict';
const fs = require('fs');

const args = process.argv.slice(2);
const arg = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : null);
const CENTROIDS = arg('--centroids'), OUT = arg('--out');
const inputs = args.filter((a, i) => !a.startsWith('--') && !['--centroids', '--out'].includes(args[i - 1]));
if (!CENTROIDS || !OUT || !inputs.length) {
  console.error('usage: anchor-parts.js --centroids region_attributes.csv --out anchors.geojson FILE.geojson...');
  process.exit(2);
}

const lines = fs.readFileSync(CENTROIDS, 'utf8').trim().split('\n');
const hdr = lines[0].split(',');
const ic = hdr.indexOf('code'), ilat = hdr.indexOf('centroid_lat'), ilng = hdr.indexOf('centroid_lng');
const centroid = new Map(lines.slice(1).map((l) => l.split(',')).map((r) => [r[ic], [Number(r[ilng]), Number(r[ilat])]]));

const M_PER_DEG = 6371008.8 * Math.PI / 180;
// metres from point c to polygon part (rings), local equirectangular projection at c; 0 inside
function distance(c, rings) {
  const k = Math.cos(c[1] * Math.PI / 180) * M_PER_DEG;
  let inside = false, best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i][0] - c[0]) * k, ay = (ring[i][1] - c[1]) * M_PER_DEG;
      const bx = (ring[i + 1][0] - c[0]) * k, by = (ring[i + 1][1] - c[1]) * M_PER_DEG;
      if ((ay > 0) !== (by > 0) && 0 < ax + (0 - ay) * (bx - ax) / (by - ay)) inside = !inside;
      const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
      const t = l2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return inside ? 0 : best;
}
const absArea = (ring) => { let s = 0; for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]; return Math.abs(s / 2); };

const out = [];
let notMain = 0;
for (const file of inputs) {
  for (const f of JSON.parse(fs.readFileSync(file, 'utf8')).features) {
    const id = String(f.id);
    const c = centroid.get(id);
    if (!c) throw new Error(`${id}: no centroid`);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = null, largest = null;
    polys.forEach((p, i) => {
      const d = distance(c, p), a = absArea(p[0]);
      if (!best || d < best.d || (d === best.d && a > best.a)) best = { i, d, a };
      if (!largest || a > largest.a) largest = { i, a };
    });
    if (best.i !== largest.i) notMain++;
    out.push(`{"type":"Feature","properties":{"FID":${JSON.stringify(id)}},"geometry":${JSON.stringify({ type: 'Polygon', coordinates: polys[best.i] })}}`);
  }
}
fs.writeFileSync(OUT, '{"type":"FeatureCollection","features":[\n' + out.join(',\n') + '\n]}\n');
console.error(`[anchors] ${out.length} anchor parts, ${notMain} of them not the region's largest part -> ${OUT}`);

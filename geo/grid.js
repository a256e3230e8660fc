'use strict';
// Helpers shared by the derive steps: exact decimal printing of grid integers and ring
// orientation, so that outputs are byte-for-byte reproducible.

// k grid cells of size 10^-dec, printed exactly (no float formatting involved): 97113,3 -> "97.113"
function fmtFixed(k, dec) {
  if (!Number.isInteger(k)) throw new Error(`not a grid integer: ${k}`);
  if (dec === 0) return String(k);
  const s = String(Math.abs(k)).padStart(dec + 1, '0');
  const int = s.slice(0, s.length - dec), frac = s.slice(s.length - dec).replace(/0+$/, '');
  return (k < 0 ? '-' : '') + int + (frac ? '.' + frac : '');
}

// twice the signed area of a closed ring of integer points (exact for |coords| < 2^26)
function ringArea2(pts) {
  let s = 0;
  for (let i = 0; i + 1 < pts.length; i++) s += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1];
  return s;
}

// RFC 7946: exterior rings counter-clockwise, holes clockwise. polys: [[ring, hole, ...], ...]
function orientRings(polys) {
  return polys.map((p) => p.map((r, i) => ((ringArea2(r) > 0) === (i === 0) ? r : r.slice().reverse())));
}

module.exports = { fmtFixed, ringArea2, orientRings };

// A grid given as a decimal string, e.g. "0.001" or "0.0005": cell = m * 10^-d.
function parseGrid(str) {
  const m = /^0\.(0*)([1-9]\d*)$/.exec(String(str));
  if (!m) throw new Error(`grid must be a decimal like 0.001 or 0.0005, got ${str}`);
  const d = m[1].length + m[2].length;
  const mant = Number(m[2]);
  const perDegree = 10 ** d / mant;  // cells per degree
  return {
    str: String(str), d, mant, perDegree, size: Number(str),
    // degrees -> grid integer (asserting that the value lies on the grid if exact is set)
    toInt(x, exact) {
      const k = Math.round(x * perDegree);
      if (exact && Math.abs(k - x * perDegree) > 1e-6) throw new Error(`vertex off the ${str} grid: ${x}`);
      return k;
    },
    // grid integer -> exact decimal text
    fmt(k) { return fmtFixed(k * mant, d); },
  };
}
module.exports.parseGrid = parseGrid;

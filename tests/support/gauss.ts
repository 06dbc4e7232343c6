// Gaussian elimination with partial pivoting: an independent solver for the normal equations,
// to check the weighted least squares of the atlas (ml-matrix, Cholesky) against.
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** β from the normal equations XᵀWX β = XᵀWy, built here and solved by the elimination above. */
export function wlsByHand(x: number[][], y: number[], w: number[]): number[] {
  const p = x[0].length;
  const a = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => x.reduce((s, row, k) => s + w[k] * row[i] * row[j], 0)),
  );
  const b = Array.from({ length: p }, (_, i) => x.reduce((s, row, k) => s + w[k] * row[i] * y[k], 0));
  return solve(a, b);
}

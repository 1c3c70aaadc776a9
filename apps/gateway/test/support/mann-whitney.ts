/**
 * The two-sided Mann–Whitney U test: the chance (p) of two samples at least this far apart in rank if they came from
 * one distribution. Normal approximation with a tie correction and a continuity correction, sound from about 20
 * values a sample.
 */
export function mannWhitneyP(first: readonly number[], second: readonly number[]): number {
  const values = [
    ...first.map((value) => ({ value, first: true })),
    ...second.map((value) => ({ value, first: false })),
  ];
  values.sort((a, b) => a.value - b.value);
  const n = values.length;
  let rankSumFirst = 0;
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && values[end + 1].value === values[start].value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index++) if (values[index].first) rankSumFirst += rank;
    const tied = end - start + 1;
    tieTerm += tied ** 3 - tied;
    start = end + 1;
  }
  const [n1, n2] = [first.length, second.length];
  const u = rankSumFirst - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = Math.max(0, Math.abs(u - mean) - 0.5) / sigma;
  return 2 * (1 - standardNormalCdf(z));
}

/** Φ(z) for z ≥ 0 (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function standardNormalCdf(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const polynomial =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - 0.5 * polynomial * Math.exp(-x * x);
}

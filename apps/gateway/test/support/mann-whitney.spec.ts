import { mannWhitneyP } from './mann-whitney';

/** A fixed pseudo-random sequence, so the samples below are the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('mannWhitneyP', () => {
  it('matches a value computed by hand for two small samples', () => {
    // Ranks of the first: 1, 2, 3, 4, 9, so U = 19 - 15 = 4 (mean 12.5, sigma 4.787): z = (8.5 - 0.5) / 4.787 =
    // 1.671, p = 2 × 0.0473 = 0.0947.
    expect(mannWhitneyP([1, 2, 3, 4, 9], [5, 6, 7, 8, 10])).toBeCloseTo(0.0947, 3);
  });

  it('finds no difference between two samples of one distribution, and a shift of a fifth of the spread', () => {
    const random = sequence(7);
    const base = Array.from({ length: 60 }, () => 10 + 5 * random());
    const same = Array.from({ length: 60 }, () => 10 + 5 * random());
    const shifted = Array.from({ length: 60 }, () => 11.5 + 5 * random());

    expect(mannWhitneyP(base, same)).toBeGreaterThan(0.05);
    expect(mannWhitneyP(base, shifted)).toBeLessThan(0.05);
  });
});

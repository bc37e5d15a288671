import { fitLogistic } from '../../src/tune/logistic-regression';

// Deterministic pseudo-random numbers, so the test data are the same on every run.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the labels', () => {
    const random = lcg(7);
    const truth = { bias: -1, weights: [3, -2] };
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const row = [random(), random()];
      const p = 1 / (1 + Math.exp(-(truth.bias + truth.weights[0] * row[0] + truth.weights[1] * row[1])));
      x.push(row);
      y.push(random() < p ? 1 : 0);
    }
    const fit = fitLogistic(x, y, 0);
    expect(fit.bias).toBeCloseTo(truth.bias, 0);
    expect(fit.weights[0]).toBeCloseTo(truth.weights[0], 0);
    expect(fit.weights[1]).toBeCloseTo(truth.weights[1], 0);
  });

  it('shrinks the weights with the penalty, and weighs rows as told', () => {
    const x = [[1], [1], [0], [0]];
    const y = [1, 1, 0, 1];
    const loose = fitLogistic(x, y, 0.01);
    const tight = fitLogistic(x, y, 10);
    expect(Math.abs(tight.weights[0])).toBeLessThan(Math.abs(loose.weights[0]));
    // Giving the one negative row more weight lowers the intercept.
    expect(fitLogistic(x, y, 0.1, [1, 1, 5, 1]).bias).toBeLessThan(fitLogistic(x, y, 0.1).bias);
  });
});

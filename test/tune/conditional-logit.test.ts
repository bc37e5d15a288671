import { fitConditionalLogit, type ChoiceGroup } from '../../src/tune/conditional-logit';

// Deterministic pseudo-random numbers, so the test data are the same on every run.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

// Draws one choice among `rows` and "none" (utility 0) as the model says.
function choose(rows: number[][], truth: { bias: number; weights: number[] }, random: () => number): number[] {
  const e = rows.map((r) => Math.exp(truth.bias + r.reduce((s, v, j) => s + v * truth.weights[j], 0)));
  let u = random() * (1 + e.reduce((a, b) => a + b, 0));
  for (let i = 0; i < rows.length; i++) {
    u -= e[i];
    if (u < 0) return [i];
  }
  return [];
}

describe('fitConditionalLogit', () => {
  it('recovers the weights that generated the choices, "none" included', () => {
    const random = lcg(11);
    const truth = { bias: -1, weights: [3, -2] };
    const groups: ChoiceGroup[] = [];
    for (let i = 0; i < 3000; i++) {
      const rows = Array.from({ length: 4 }, () => [random(), random()]);
      groups.push({ rows, right: choose(rows, truth, random), weight: 1 });
    }
    expect(groups.some((g) => g.right.length === 0)).toBe(true);
    const fit = fitConditionalLogit(groups, 0);
    expect(fit.bias).toBeCloseTo(truth.bias, 0);
    expect(fit.weights[0]).toBeCloseTo(truth.weights[0], 0);
    expect(fit.weights[1]).toBeCloseTo(truth.weights[1], 0);
  });

  it('learns what tells the right option from the others, not what all of a message\'s options share', () => {
    // Feature 0 is high for every option of some messages and says nothing about which is right;
    // feature 1 marks the right one.
    const groups: ChoiceGroup[] = [];
    for (let i = 0; i < 40; i++) {
      const shared = i % 2;
      groups.push({ rows: [[shared, 1], [shared, 0], [shared, 0]], right: [0], weight: 1 });
    }
    const fit = fitConditionalLogit(groups, 0.1);
    expect(fit.weights[1]).toBeGreaterThan(2);
    expect(Math.abs(fit.weights[0])).toBeLessThan(0.5);
  });

  it('counts a message right when any of its right options is chosen, and weighs messages as told', () => {
    const both: ChoiceGroup = { rows: [[1], [1], [0]], right: [0, 1], weight: 1 };
    const fit = fitConditionalLogit([both, { rows: [[0], [0]], right: [], weight: 1 }], 0.1);
    expect(fit.weights[0]).toBeGreaterThan(0);
    const noneHeavy = fitConditionalLogit([both, { rows: [[0], [0]], right: [], weight: 5 }], 0.1);
    // More weight on a message whose right answer is "none" lowers every option's utility.
    expect(noneHeavy.bias).toBeLessThan(fit.bias);
  });

  it('shrinks the weights with the penalty', () => {
    const groups: ChoiceGroup[] = [
      { rows: [[1], [0]], right: [0], weight: 1 },
      { rows: [[1], [0]], right: [1], weight: 1 },
      { rows: [[1], [0]], right: [0], weight: 1 },
    ];
    expect(Math.abs(fitConditionalLogit(groups, 10).weights[0])).toBeLessThan(Math.abs(fitConditionalLogit(groups, 0.01).weights[0]));
  });

  it('stays finite where a full Newton step overshoots: many candidates, right ones far below the top', () => {
    // Sixty messages of up to 30 candidates each, a fifth with no right one (this seed made the
    // undamped fit run off to NaN).
    const random = lcg(33);
    const groups: ChoiceGroup[] = [];
    for (let i = 0; i < 60; i++) {
      const n = 1 + Math.floor(random() * 30);
      const rows = Array.from({ length: n }, () => [random() < 0.5 ? 1 : 0, random(), random() * 3]);
      const right = random() < 0.2 ? [] : [Math.floor(random() * n)];
      for (const at of right) {
        rows[at][0] = 1;
        rows[at][1] += 1;
      }
      groups.push({ rows, right, weight: 1 });
    }
    const fit = fitConditionalLogit(groups, 0.01);
    expect(Number.isFinite(fit.bias)).toBe(true);
    for (const w of fit.weights) expect(Number.isFinite(w)).toBe(true);
    // The marks of the right options get positive weight.
    expect(fit.weights[1]).toBeGreaterThan(0);
  });
});

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares). Small and exact for the engine's dozen features and a few thousand rows; the
 * intercept is not penalised. Deterministic: the same rows give the same weights.
 */
import { solveLinear } from './solve-linear';

export interface LogisticFit {
  bias: number;
  weights: number[];
  iterations: number;
}

/** Fits P(y=1|x) = sigmoid(bias + w·x) to rows `x`, labels `y` (0/1) and row weights `rowWeight`, with penalty `lambda`·|w|². */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], lambda: number, rowWeight?: readonly number[], maxIterations = 50): LogisticFit {
  const d = x.length > 0 ? x[0].length : 0;
  const n = x.length;
  // Parameter vector: [bias, w1..wd].
  let beta = new Array<number>(d + 1).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = x[i];
      let z = beta[0];
      for (let j = 0; j < d; j++) z += beta[j + 1] * row[j];
      const p = 1 / (1 + Math.exp(-z));
      const c = rowWeight ? rowWeight[i] : 1;
      const r = c * (p - y[i]);
      const w = c * Math.max(p * (1 - p), 1e-9);
      gradient[0] += r;
      hessian[0][0] += w;
      for (let j = 0; j < d; j++) {
        gradient[j + 1] += r * row[j];
        hessian[0][j + 1] += w * row[j];
        for (let k = j; k < d; k++) hessian[j + 1][k + 1] += w * row[j] * row[k];
      }
    }
    for (let j = 1; j <= d; j++) {
      gradient[j] += 2 * lambda * beta[j];
      hessian[j][j] += 2 * lambda;
      for (let k = 0; k < j; k++) hessian[j][k] = hessian[k][j];
    }
    const step = solveLinear(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: beta[0], weights: beta.slice(1), iterations };
}

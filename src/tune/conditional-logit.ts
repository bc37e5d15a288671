/**
 * L2-regularised conditional logit (McFadden's choice model) fitted by Newton's method: each
 * message is one choice among its candidate articles and "none", P(option) ∝ exp(bias + w·x) with
 * "none" fixed at exp(0). It fits what the engine does with the scores (pick the best article, or
 * none when nothing scores high enough) rather than judging every candidate on its own, so a
 * weight that only tells the right article from the others counts as much as one that says an
 * article is good in general. A message several articles answer is right when any of them is
 * chosen. Deterministic: the same groups give the same weights.
 */
import { solveLinear } from './solve-linear';

/** One message: its candidates' feature rows and which of them are right (none: "none" is right). */
export interface ChoiceGroup {
  rows: readonly (readonly number[])[];
  right: readonly number[];
  /** How much the message counts in the fit. */
  weight: number;
}

export interface ConditionalLogitFit {
  bias: number;
  weights: number[];
  iterations: number;
}

/** Fits bias and weights to `groups` with penalty `lambda`·|w|² (the bias is not penalised). */
export function fitConditionalLogit(groups: readonly ChoiceGroup[], lambda: number, maxIterations = 100): ConditionalLogitFit {
  const d = groups.find((g) => g.rows.length > 0)?.rows[0].length ?? 0;
  // Parameter vector: [bias, w1..wd]; a row's own vector is [1, x1..xd], "none"'s is all zeros.
  let beta = new Array<number>(d + 1).fill(0);
  let current = loss(groups, beta, lambda);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const group of groups) accumulate(group, beta, gradient, hessian);
    for (let j = 1; j <= d; j++) {
      gradient[j] += 2 * lambda * beta[j];
      hessian[j][j] += 2 * lambda;
    }
    // Keeps the step defined when no row ever varies in some feature.
    for (let j = 0; j <= d; j++) hessian[j][j] += 1e-9;
    const step = solveLinear(hessian, gradient);
    // Damped: halve the step until the loss goes down (a full Newton step can overshoot far from the optimum).
    let scale = 1;
    let next = beta.map((b, j) => b - step[j]);
    let after = loss(groups, next, lambda);
    while (scale > 1e-4 && !(after <= current)) {
      scale /= 2;
      next = beta.map((b, j) => b - scale * step[j]);
      after = loss(groups, next, lambda);
    }
    beta = next;
    current = after;
    if (Math.max(...step.map(Math.abs)) * scale < 1e-8) break;
  }
  return { bias: beta[0], weights: beta.slice(1), iterations };
}

// Each option's log-odds against "none" at `beta`.
function utilities(group: ChoiceGroup, beta: readonly number[]): number[] {
  return group.rows.map((row) => {
    let u = beta[0];
    for (let j = 0; j < row.length; j++) u += beta[j + 1] * row[j];
    return u;
  });
}

// The penalised negative log-likelihood of `groups` at `beta`.
function loss(groups: readonly ChoiceGroup[], beta: readonly number[], lambda: number): number {
  const d = beta.length - 1;
  let total = 0;
  for (let j = 1; j <= d; j++) total += lambda * beta[j] * beta[j];
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    const utility = utilities(group, beta);
    const top = Math.max(0, ...utility);
    const logTotal = top + Math.log(Math.exp(-top) + utility.reduce((a, u) => a + Math.exp(u - top), 0));
    let logRight = 0;
    if (group.right.length > 0) {
      const bestRight = Math.max(...group.right.map((i) => utility[i]));
      logRight = bestRight + Math.log(group.right.reduce((a, i) => a + Math.exp(utility[i] - bestRight), 0));
    }
    total += group.weight * (logTotal - logRight);
  }
  return total;
}

// Adds one group's gradient of the negative log-likelihood, and its Fisher information (the
// covariance of the options' vectors under the model), to the running sums.
function accumulate(group: ChoiceGroup, beta: readonly number[], gradient: number[], hessian: number[][]): void {
  const d = beta.length - 1;
  const n = group.rows.length;
  if (n === 0) return;
  const utility = utilities(group, beta);
  const top = Math.max(0, ...utility);
  const e = utility.map((u) => Math.exp(u - top));
  const total = Math.exp(-top) + e.reduce((a, b) => a + b, 0);
  const p = e.map((v) => v / total);
  // The right options' share of the probability, renormalised: the likelihood is P(any right one).
  // (Scaled by the best right option, not the best overall: a right option far below the top must not underflow to 0/0.)
  const q = new Array<number>(n).fill(0);
  if (group.right.length > 0) {
    const bestRight = Math.max(...group.right.map((i) => utility[i]));
    let rightMass = 0;
    for (const i of group.right) rightMass += (q[i] = Math.exp(utility[i] - bestRight));
    for (const i of group.right) q[i] /= rightMass;
  }

  const c = group.weight;
  const mean = new Array<number>(d + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const row = group.rows[i];
    const r = c * (p[i] - q[i]);
    gradient[0] += r;
    mean[0] += p[i];
    for (let j = 0; j < d; j++) {
      gradient[j + 1] += r * row[j];
      mean[j + 1] += p[i] * row[j];
    }
  }
  for (let i = 0; i < n; i++) {
    const row = group.rows[i];
    const w = c * p[i];
    hessian[0][0] += w;
    for (let j = 0; j < d; j++) {
      hessian[0][j + 1] += w * row[j];
      for (let k = j; k < d; k++) hessian[j + 1][k + 1] += w * row[j] * row[k];
    }
  }
  for (let j = 0; j <= d; j++) for (let k = j; k <= d; k++) hessian[j][k] -= c * mean[j] * mean[k];
  for (let j = 1; j <= d; j++) for (let k = 0; k < j; k++) hessian[j][k] = hessian[k][j];
}

import { FEATURES, logit, toArray, type FeatureVector } from '../../src/search/relevance-model';

describe('the relevance model', () => {
  // Distinct values, so a feature written to the wrong place shows.
  const features = Object.fromEntries(FEATURES.map((f, i) => [f, (i + 1) / 100])) as FeatureVector;

  it('lays out a feature vector in FEATURES order', () => {
    expect(Array.from(toArray(features))).toEqual(FEATURES.map((f) => features[f]));
  });

  it('scores a vector as bias plus the weighted sum of its features', () => {
    const weights = Object.fromEntries(FEATURES.map((f, i) => [f, i % 2 === 0 ? 1 : -2])) as FeatureVector;
    const expected = FEATURES.reduce((z, f) => z + weights[f] * features[f], 0.5);
    expect(logit({ bias: 0.5, weights }, toArray(features))).toBeCloseTo(expected, 12);
  });
});

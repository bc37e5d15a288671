import { isDistinctive, rarity } from '../../src/search/background';

describe('background rarity', () => {
  it('is low for everyday software words and 1 for words on no background page', () => {
    expect(rarity('user')).toBeLessThan(0.5);
    expect(isDistinctive('user')).toBe(false);
    expect(rarity('crashloopbackoff')).toBe(1);
  });

  it('reads only the corpus counts, never properties every object has', () => {
    for (const term of ['constructor', 'tostring', 'hasownproperty', '__proto__', 'valueof']) {
      const r = rarity(term);
      expect(Number.isFinite(r)).toBe(true);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(1);
    }
    expect(rarity('__proto__')).toBe(1);
  });
});

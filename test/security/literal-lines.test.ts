/**
 * The literal search looks for its literals in the lowercased text, case-sensitively, trusting
 * that lowercasing keeps every character where it was and brings in no ASCII letter except from
 * the two characters src/security/literal-lines.ts checks for. That is a property of Unicode's case
 * mappings as this runtime has them; these tests pin it, and check the search against a plain one.
 */
import { literalSearch } from '../../src/security/literal-lines';

describe('the literal search', () => {
  it('relies on a lowercasing that lengthens only "\\u0130" and brings ASCII in only from it and "\\u212a"', () => {
    const exceptions: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const lowered = char.toLowerCase();
      if (lowered.length !== char.length || /[\x00-\x7f]/.test(lowered)) exceptions.push(code);
    }
    expect(exceptions).toEqual([0x130, 0x212a]);
  });

  /** Every occurrence of every literal, compared without case (ASCII only, as `/i` does), by brute force. */
  function plainHits(literals: readonly string[], text: string, keyOf: (l: string) => string): [string, number][] {
    const hits: [string, number][] = [];
    const keys = [...new Set(literals.map(keyOf))];
    for (let at = 0; at < text.length; at++) {
      for (const key of keys) {
        const piece = text.slice(at, at + key.length);
        if (piece.length === key.length && piece.replace(/[A-Z]/g, (c) => c.toLowerCase()) === key) hits.push([key, at]);
      }
    }
    return hits;
  }

  it('reports every hit, overlapping ones too, in order, whatever the case and the characters around', () => {
    const literals = ['ghp_', 'gh', 'secret', 'token', 'sk-', 'sk_live_', '://', 'pwd', 'passw', 'AccountKey=', 'k', 'ok'];
    const search = literalSearch(literals);
    const texts = [
      'ghp_abc GHP_x gHghp_ SECRET secrets tokentoken sk-sk_live_ http://a pwdPASSWORD accountkey=AccountKey=',
      'İ secret then TOKEN after a dotted capital I, which lowercases to two characters',
      'the Kelvin sign \u212a is not a "k" to /i, and neither is \u212aey; but key is',
      '\u{1F600}secret\u{10400}token',
      '',
      'kkk okk OKok book',
    ];
    for (const text of texts) {
      const hits: [string, number][] = [];
      search.forEachHit(text, (key, offset) => hits.push([key, offset]));
      expect(hits).toEqual(plainHits(literals, text, search.keyOf));
    }
  });
});

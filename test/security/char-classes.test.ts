import { holdsAsciiIgnoringCase, isSpace } from '../../src/security/char-classes';

describe('character tests', () => {
  it('isSpace agrees with \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('holdsAsciiIgnoringCase compares ASCII letters without case and everything else exactly', () => {
    expect(holdsAsciiIgnoringCase('x Bearer y', 2, 'bearer')).toBe(true);
    expect(holdsAsciiIgnoringCase('x BEARER y', 2, 'bearer')).toBe(true);
    expect(holdsAsciiIgnoringCase('x--USER', 1, '--user')).toBe(true);
    expect(holdsAsciiIgnoringCase('sk_live', 0, 'sk-')).toBe(false);
    // U+212A KELVIN SIGN lowercases to "k", but no pattern of the rules takes it for one.
    expect(holdsAsciiIgnoringCase('a\u212Aia', 0, 'akia')).toBe(false);
    expect(holdsAsciiIgnoringCase('bearer', -1, 'bearer')).toBe(false);
    expect(holdsAsciiIgnoringCase('beare', 0, 'bearer')).toBe(false);
  });
});

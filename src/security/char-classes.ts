/**
 * Character tests on char codes, for the places that look at a few characters many times per
 * message: no one-character strings, slices or regular-expression calls to allocate.
 */

/** Whether `code` is a character `\s` matches in a regular expression. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether `text` holds `lowercase` (ASCII) at `at`, with ASCII letters compared without case. */
export function holdsAsciiIgnoringCase(text: string, at: number, lowercase: string): boolean {
  if (at < 0 || at + lowercase.length > text.length) return false;
  for (let i = 0; i < lowercase.length; i++) {
    const code = text.charCodeAt(at + i);
    const folded = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (folded !== lowercase.charCodeAt(i)) return false;
  }
  return true;
}

/** The ASCII characters a one-character pattern (`/[A-Za-z0-9]/`) matches, as a table by char code: written as the pattern's own class. */
export function asciiClass(oneCharacter: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = oneCharacter.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

/** Whether `code` is in `table` (from asciiClass): never for a character beyond ASCII. */
export function inAsciiClass(table: Uint8Array, code: number): boolean {
  return code < 128 && table[code] === 1;
}

/** A deliberately light English stemmer: folds plurals and -ed/-ing so "certificates"/"certificate", "expired"/"expire" meet. */

/** The stem of a lower-case alphabetic word; other terms pass through unchanged. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return word;
  }
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  let cut = false;
  if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.endsWith('ed') && w.length > 4) {
    w = w.slice(0, -2);
    cut = true;
  }
  // logging -> logg -> log, mapped -> mapp -> map
  if (cut && w.length > 2 && w[w.length - 1] === w[w.length - 2] && !/[aeiousl]/.test(w[w.length - 1])) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

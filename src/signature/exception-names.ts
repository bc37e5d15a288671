/** Exception and error-type names and error codes: GoneException, SSLError, SignatureDoesNotMatch, ERR_CERT_…, ECONNREFUSED. */

// Dotted prefixes (java.lang., requests.exceptions.) are dropped: the last name identifies the error.
const TYPE_NAME = /\b(?:[A-Za-z_$][\w$]{0,60}\.){0,10}([A-Z][A-Za-z0-9]{1,80}(?:Exception|Error|Fault|Failure))\b/g;
const UNDERSCORE_CODE = /\b([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8})\b/g;
const ERRNO_CODE = /\b(?:code|errno|Error:|ERR!)\s*[:=]?\s*['"]?(E[A-Z]{3,15})\b/g;
// Other products' numbered error codes: Oracle "ORA-01017", MySQL "ERROR 1045 (28000)", SQLSTATE, MongoDB "E11000".
const PRODUCT_CODE = /\b(ORA-\d{4,5}|ERROR \d{4} \([0-9A-Z]{5}\)|SQLSTATE\[?[0-9A-Z]{5}\]?|E11000)/g;
const TYPE_SUFFIX = /Exception|Error|Fault|Failure/;
const ERRNO_HINT = /code|errno|Error:|ERR!/;
const PRODUCT_HINT = /ORA-|ERROR \d|SQLSTATE|E11000/;
const GENERIC = new Set(['Error', 'Exception', 'RuntimeError', 'Failure']);

/** Type names and codes in `line`, in order, without duplicates. */
export function findTypeNames(line: string): string[] {
  const found: string[] = [];
  const add = (name: string): void => {
    if (!GENERIC.has(name) && !found.includes(name)) found.push(name);
  };
  // Cheap tests first: each pattern needs a substring most lines of a long paste lack.
  if (TYPE_SUFFIX.test(line)) for (const m of line.matchAll(TYPE_NAME)) add(m[1]);
  if (line.includes('_')) for (const m of line.matchAll(UNDERSCORE_CODE)) add(m[1]);
  if (ERRNO_HINT.test(line)) for (const m of line.matchAll(ERRNO_CODE)) add(m[1]);
  if (PRODUCT_HINT.test(line)) for (const m of line.matchAll(PRODUCT_CODE)) add(m[1]);
  return found;
}

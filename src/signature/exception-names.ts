/** Exception and error-type names and error codes: GoneException, SSLError, SignatureDoesNotMatch, ERR_CERT_…, ECONNREFUSED. */

// Dotted prefixes (java.lang., requests.exceptions.) are dropped: the last name identifies the error.
const TYPE_NAME = /\b(?:[A-Za-z_$][\w$]{0,60}\.){0,10}([A-Z][A-Za-z0-9]{1,80}(?:Exception|Error|Fault|Failure))\b/g;
const UNDERSCORE_CODE = /\b([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8})\b/g;
const ERRNO_CODE = /\b(?:code|errno|Error:|ERR!)\s*[:=]?\s*['"]?(E[A-Z]{3,15})\b/g;
const GENERIC = new Set(['Error', 'Exception', 'RuntimeError', 'Failure']);

/** Type names and codes in `line`, in order, without duplicates. */
export function findTypeNames(line: string): string[] {
  const found: string[] = [];
  const add = (name: string): void => {
    if (!GENERIC.has(name) && !found.includes(name)) found.push(name);
  };
  for (const m of line.matchAll(TYPE_NAME)) add(m[1]);
  for (const m of line.matchAll(UNDERSCORE_CODE)) add(m[1]);
  for (const m of line.matchAll(ERRNO_CODE)) add(m[1]);
  return found;
}

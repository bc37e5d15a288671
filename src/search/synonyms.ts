/**
 * A small thesaurus of how people say things the articles say differently ("lock down" a WebSocket
 * API = secure it, "expiry" = expire, "on-prem" = on-premises). Applied to query terms only, at
 * half weight, so an exact word always beats its synonym. Keys and values are tokenizer terms.
 */
// A null prototype: message terms such as "constructor" or "toString" must not find Object.prototype members.
export const SYNONYMS: Readonly<Record<string, readonly string[] | undefined>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  lock: ['secur'],
  restrict: ['secur', 'access'],
  protect: ['secur'],
  expiry: ['expir'],
  expiration: ['expir'],
  prem: ['premis'],
  onprem: ['premis'],
  cert: ['certificat'],
  throttl: ['limit'],
  count: ['usage'],
  remove: ['delet'],
  dns: ['route'],
  auth: ['authorization', 'authentication'],
  sigv4: ['signature'],
  ws: ['websocket'],
  wss: ['websocket'],
});

/** Weight of a synonym relative to the word it came from. */
export const SYNONYM_WEIGHT = 0.5;

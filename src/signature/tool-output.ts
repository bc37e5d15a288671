/**
 * Lines that are diagnostic-tool output rather than the person's words or the error itself:
 * `dig` and `nslookup` answers, `curl -v` progress and header lines, `openssl s_client` chatter.
 * Their words ("opcode", "NOERROR", "ALPN", "Non-authoritative") say nothing about whether the
 * message is on topic, so the search reads their known terms but never counts the rest against it.
 */

// DNS lookups: dig (every comment/header/section line starts with ';', answer records), nslookup.
const DNS_LINE = [
  /^;/,
  /^\S+\.?\s+\d+\s+IN\s+[A-Z]{1,10}\s/,
  /^(?:Server|Address|Addresses|Name|Aliases):\s/,
  /^Non-authoritative answer:?$/i,
  /\bcanonical name = /,
];
const OTHER_LINE = [
  /^[*<>{}] /, // curl -v: "* Trying…", "> GET", "< HTTP/2 403", "{ [5 bytes data]"
  /^(?:\*|<|>)$/,
  // openssl s_client
  /^(?:depth=\d|verify (?:error|return):|CONNECTED\(|Certificate chain|Server certificate|subject=|issuer=|SSL handshake has read|Verify return code|New, TLS|Protocol\s*:|Cipher\s*:|Session-ID|Master-Key|Start Time|Timeout\s*:|-{3,})/,
  /^(?:PING|PONG|64 bytes from|\d+ packets transmitted)/,
];

// curl -v lines that carry the error itself: the response status, the service's error headers, and
// curl's own notes of what failed ("* SSL certificate problem: certificate has expired").
const CURL_SIGNAL = [
  /^< HTTP\/\d(?:\.\d)?\s+\d{3}\b/,
  // error headers services add to a response (x-amzn-ErrorType, x-error-message, x-ms-error-code…)
  /^< x-[a-z0-9-]{0,20}error[a-z-]{0,20}\s*:/i,
  /^\* .{0,200}\b(?:error|problem|fail(?:ed|ure)?|unable|expired|denied|does not match|doesn't match|no alternative|refused|timed out)\b/i,
];

/** Which diagnostic tool printed `line` (trimmed): a DNS lookup, another tool, or none (prose or an error). */
export function toolOutputKind(line: string): 'dns' | 'other' | null {
  for (const pattern of CURL_SIGNAL) if (pattern.test(line)) return null;
  for (const pattern of DNS_LINE) if (pattern.test(line)) return 'dns';
  for (const pattern of OTHER_LINE) if (pattern.test(line)) return 'other';
  return null;
}

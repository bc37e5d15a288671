/**
 * The same TLS failure is worded differently by every client: curl's "no alternative certificate
 * subject name matches target host name", Node's ERR_TLS_CERT_ALTNAME_INVALID, Go's "certificate
 * is valid for X, not Y", Java's "doesn't match any of the subject alternative names", Firefox's
 * SSL_ERROR_BAD_CERT_DOMAIN. Articles name the failure ("certificate mismatch", "expired
 * certificate"), so a recognized wording adds those plain words to the signature.
 */

interface Concept {
  pattern: RegExp;
  words: string;
}

const CONCEPTS: readonly Concept[] = [
  {
    // The server's certificate does not cover the host name that was called.
    pattern:
      /(?:subject|alt(?:ernative)?[ _-]?names?|altnames|common[ _]name|\bCN\b|host ?name)[^\n]{0,60}(?:does(?:n't| not) match|not match|mismatch)|(?:does(?:n't| not) match|no alternative)[^\n]{0,60}(?:subject|alt(?:ernative)?[ _-]?names?|altnames|common name|host ?name)|ALTNAME_INVALID|COMMON_NAME_INVALID|BAD_CERT_DOMAIN|certificate is (?:not )?valid for [^\n]{1,120}?, not |SSLPeerUnverifiedException/i,
    words: 'certificate name mismatch',
  },
  {
    // The certificate is past its validity period.
    pattern: /CERT_HAS_EXPIRED|CertificateExpiredException|NotAfter:|certificate (?:has )?expired|expired certificate|certificate is expired|x509: certificate has expired/i,
    words: 'certificate expired',
  },
];

/** Plain words for the TLS failures `line` reports (empty when none). */
export function findConcepts(line: string): string[] {
  const found: string[] = [];
  for (const concept of CONCEPTS) if (concept.pattern.test(line)) found.push(concept.words);
  return found;
}

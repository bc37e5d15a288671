/**
 * The redaction contract (implemented in redact.ts): secrets out before anything is logged, stored,
 * searched or quoted.
 */

/** Every kind of secret redaction names; its placeholders are all redaction ever puts into a message. */
export const SECRET_KINDS = [
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'sigv4-signature',
  'sigv4-credential',
  'api-key',
  'bearer-token',
  'jwt',
  'private-key',
  'url-password',
  'connection-string-password',
  'slack-token',
  'service-token',
  'azure-key',
  'password',
  'cookie',
  'generic-secret',
] as const;

export type SecretKind = (typeof SECRET_KINDS)[number];

export interface RedactionFinding {
  kind: SecretKind;
  count: number;
}

export interface RedactionResult {
  /** The text with every secret replaced by a placeholder such as `[REDACTED:aws-access-key-id]`. */
  text: string;
  findings: RedactionFinding[];
}

/** Asynchronous because the maintained rule set runs asynchronously; it finishes in bounded time all the same. */
export type Redactor = (text: string) => Promise<RedactionResult>;

/** Per-sender message budget; `allow` resolves false when the sender should get the polite rate-limit reply. */
export interface RateLimiter {
  allow(senderKey: string): Promise<boolean>;
  /** Resolves once a shared limiter's connection is up, or after `timeoutMs` (counting then starts in memory). */
  ready?(timeoutMs: number): Promise<void>;
  /** Releases the limiter's connection, if any. */
  close(): Promise<void>;
}

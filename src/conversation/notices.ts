/** Replies and notices the service adds on its own, worded once for every platform. */
import type { AckReply, Notice } from '../reply/model';
import type { RedactionFinding, SecretKind } from '../security/types';
import type { Channel } from './types';

const KIND_LABELS: Record<SecretKind, string> = {
  'aws-access-key-id': 'an AWS access key ID',
  'aws-secret-access-key': 'an AWS secret access key',
  'aws-session-token': 'an AWS session token',
  'sigv4-signature': 'a SigV4 signature',
  'sigv4-credential': 'a SigV4 credential',
  'api-key': 'an API key',
  'bearer-token': 'a bearer token',
  jwt: 'a JSON Web Token',
  'private-key': 'a private key',
  'url-password': 'a password in a URL',
  'connection-string-password': 'a password in a connection string',
  'slack-token': 'a Slack token',
  'service-token': 'an access token',
  'azure-key': 'an Azure access key',
  password: 'a password',
  cookie: 'a cookie',
  'generic-secret': 'a secret value',
};

/** Tells the sender, privately where the platform allows, that their message carried a credential. */
export function credentialNotice(findings: RedactionFinding[], channel: Channel): Notice {
  const kinds = [...new Set(findings.map((f) => KIND_LABELS[f.kind]))];
  const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
  return {
    kind: 'credential',
    private: channel === 'slack',
    message: `Your message contained what looks like ${list}. I removed it before searching, and it is not stored or quoted back, but it has been seen by this chat: rotate it.`,
  };
}

export function rateLimitedReply(notices: Notice[]): AckReply {
  const message = "You're sending messages faster than I can usefully answer. Give me a minute and paste the error again.";
  return { kind: 'ack', message, matched: null, notices: [...notices, { kind: 'rate-limited', message, private: true }], actions: [], text: message };
}

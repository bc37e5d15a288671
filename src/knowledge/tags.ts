/**
 * Tags the importer derives: the API types an article is about and topic tags from a keyword table.
 * Hand-written articles set their own tags in front matter; this table only seeds imported ones.
 */
/** The API types the imported pages are about (written to front matter as variants). */
export type ApiType = 'REST' | 'HTTP' | 'WebSocket';

/** One topic: its tag, the words that signal it, and a short label for clarify prompts. */
export interface Topic {
  tag: string;
  pattern: RegExp;
  label: string;
}

/** Topics in priority order: when an article matches several, the first ones label it. */
const TOPICS: readonly Topic[] = [
  { tag: 'gone', pattern: /GoneException/i, label: '410 GoneException' },
  { tag: 'sigv4', pattern: /\bSigV4\b|Signature Version 4|signature mismatch/i, label: 'IAM auth / SigV4' },
  { tag: 'lambda-authorizer', pattern: /Lambda authori[sz]er/i, label: 'Lambda authorizer' },
  { tag: 'mtls', pattern: /mutual (Transport Layer Security|TLS)|\bmTLS\b/i, label: 'mutual TLS' },
  { tag: 'cross-account', pattern: /cross-account|another AWS account|another account/i, label: 'cross-account' },
  { tag: 'vpc-link', pattern: /VPC link/i, label: 'VPC link' },
  { tag: 'lambda-integration', pattern: /Lambda integration|integrate with Lambda/i, label: 'Lambda integration' },
  { tag: 'api-key', pattern: /\bAPI keys?\b/i, label: 'API key usage' },
  { tag: 'cache', pattern: /\bcach(e|es|ing)\b/i, label: 'cache' },
  { tag: '5xx', pattern: /\b5\d\d\b|\b5xx\b/i, label: '5xx' },
  { tag: '403', pattern: /\b403\b/, label: '403' },
  { tag: 'custom-domain', pattern: /custom domain/i, label: 'custom domain' },
  { tag: 'dns', pattern: /\bDNS\b/, label: 'DNS' },
  { tag: 'certificate', pattern: /certificate/i, label: 'certificate' },
  { tag: 'cloudwatch', pattern: /CloudWatch/i, label: 'CloudWatch logs' },
  { tag: 'on-premises', pattern: /on-premises/i, label: 'on-premises network' },
  { tag: 'private-api', pattern: /private (REST )?APIs?\b|private integration/i, label: 'private API' },
  { tag: 'status-mapping', pattern: /status codes?\b.*\bmap|\bmap\b.*status codes?/i, label: 'status code mapping' },
  { tag: 'delete', pattern: /\bdelet(e|es|ing)\b/i, label: 'deleting' },
  { tag: 'security', pattern: /\bsecur(e|ing|ity)\b/i, label: 'securing access' },
  { tag: 'throttling', pattern: /throttl|rate limit/i, label: 'throttling' },
  { tag: 'iam', pattern: /\bIAM\b|Identity and Access Management/, label: 'IAM' },
  { tag: 'lambda', pattern: /\bLambda\b/, label: 'Lambda' },
  { tag: 'websocket', pattern: /WebSocket/i, label: 'WebSocket' },
];

const API_TYPES: readonly { type: ApiType; pattern: RegExp }[] = [
  { type: 'REST', pattern: /\bREST APIs?\b/i },
  { type: 'HTTP', pattern: /\bHTTP APIs?\b/ },
  { type: 'WebSocket', pattern: /\bWebSocket\b/i },
];

/** API types named in the title or question; when they name none, those the body mentions. */
export function detectApiTypes(heading: string, body: string): ApiType[] {
  const inHeading = API_TYPES.filter(({ pattern }) => pattern.test(heading)).map(({ type }) => type);
  if (inHeading.length > 0) return inHeading;
  return API_TYPES.filter(({ pattern }) => pattern.test(body)).map(({ type }) => type);
}

/** Topic tags whose keywords appear in the text (title, question, summary and headings). */
export function detectTopics(text: string): string[] {
  return TOPICS.filter(({ pattern }) => pattern.test(text)).map(({ tag }) => tag);
}

/** A short label from the two highest-priority topics of the title and question (a second one only when it adds words). */
export function deriveLabel(titleAndQuestion: string): string | undefined {
  const labels = TOPICS.filter(({ pattern }) => pattern.test(titleAndQuestion)).map(({ label }) => label);
  if (labels.length === 0) return undefined;
  const [first, ...rest] = labels;
  const second = rest.find((label) => !first.toLowerCase().includes(label.toLowerCase()));
  return second ? `${first} · ${second}` : first;
}

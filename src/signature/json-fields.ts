/** Error fields in JSON bodies ("message", "errorMessage", "errorType"…), XML error bodies and error-type headers (x-amzn-ErrorType, x-ms-error-code…). */

export interface FieldFinding {
  types: string[];
  messages: string[];
}

const MESSAGE_KEYS = new Set(['message', 'errormessage', 'error', 'error_description', 'detail', 'reason', 'msg']);
const TYPE_KEYS = new Set(['errortype', '__type', 'code', 'errorcode', 'error_code', 'type']);
// Alternatives never overlap ([^"\\] vs an escape), so matching stays linear.
const JSON_FIELD = /"([A-Za-z_]{2,20})"\s{0,4}:\s{0,4}"((?:[^"\\\n]|\\.){0,400})"/g;

/** Error fields found in `line`. */
export function findErrorFields(line: string): FieldFinding {
  const types: string[] = [];
  const messages: string[] = [];
  if (line.includes('"')) for (const m of line.matchAll(JSON_FIELD)) {
    const key = m[1].toLowerCase();
    const value = m[2].replace(/\\(["\\/])/g, '$1').trim();
    if (!value) continue;
    if (TYPE_KEYS.has(key)) {
      const name = value.includes('#') ? value.slice(value.lastIndexOf('#') + 1) : value;
      if (/^[A-Za-z][A-Za-z0-9_.:-]{1,80}$/.test(name)) types.push(name.slice(name.lastIndexOf('.') + 1));
    } else if (MESSAGE_KEYS.has(key) && /[A-Za-z]{2}/.test(value)) {
      // A bare "410" says less than the type it comes with; the type is kept above.
      messages.push(value);
    }
  }
  if (line.includes('<Code>') || line.includes('<Message>')) for (const m of line.matchAll(/<(Code|Message)>([^<]{1,400})(?:<\/\1>|$)/g)) {
    if (m[1] === 'Code') types.push(m[2].trim());
    else messages.push(m[2].trim());
  }
  const header = /rror-?(?:type|code)/i.test(line) ? /\bx-[a-z0-9-]{0,20}error-?(?:type|code):\s{0,4}([A-Za-z][A-Za-z0-9]{2,80})/i.exec(line) : null;
  if (header) types.push(header[1]);
  return { types, messages };
}

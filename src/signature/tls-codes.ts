/** curl exit codes, OpenSSL error codes, Python ssl reasons, schannel and browser NET::ERR_ codes. */

export interface TlsFinding {
  types: string[];
  messages: string[];
}

/** What TLS/curl tooling reported in `line`. */
export function findTlsErrors(line: string): TlsFinding {
  const types: string[] = [];
  const messages: string[] = [];
  const curl = line.includes('url: (') ? /\b(?:curl|url): \((\d{1,3})\)\s{0,4}(.{0,300})/.exec(line) : null;
  if (curl) {
    types.push(`curl: (${curl[1]})`);
    if (curl[2]) messages.push(`curl: (${curl[1]}) ${curl[2].trim()}`);
  }
  if (line.includes('error:')) for (const m of line.matchAll(/\berror:([0-9A-F]{8}):([^:\n]{1,60}):([^:\n]{1,60}):([^,\n]{1,120})/g)) {
    types.push(`error:${m[1]}`);
    messages.push(`${m[2].trim()}: ${m[4].trim()}`);
  }
  if (line.includes('[SSL: ')) for (const m of line.matchAll(/\[SSL: ([A-Z_]{3,60})\]/g)) types.push(m[1]);
  if (line.includes('NET::')) for (const m of line.matchAll(/\bNET::(ERR_[A-Z_]{3,60})/g)) types.push(m[1]);
  const schannel = line.includes('schannel: ') ? /\bschannel: (.{1,300})/.exec(line) : null;
  if (schannel) messages.push(`schannel: ${schannel[1].trim()}`);
  return { types, messages };
}

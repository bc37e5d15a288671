/**
 * Plain words for why Redis cannot be used, from the error ioredis or Node reported, for /healthz
 * and the logs. Client internals ("Stream isn't writeable…") mean nothing to the person on call.
 */

/** What an error event from the Redis client carries that tells the cause apart. */
export interface RedisFailure {
  message: string;
  code?: string;
}

/** One short phrase with the likely fix, e.g. "connection refused: is Redis running at that host and port?". */
export function describeRedisProblem(failure: RedisFailure | undefined): string {
  if (!failure) return 'not connected yet';
  const code = failure.code ?? '';
  const message = failure.message;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return 'connection refused: is Redis running at that host and port? (check REDIS_URL)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'host name not found: check the host in REDIS_URL';
  if (code === 'ETIMEDOUT' || /ETIMEDOUT|timed out/i.test(message)) return 'no answer in time: check the host, the port and any firewall between';
  if (/WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(message)) return 'the password was refused: check the password in REDIS_URL';
  if (code.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(message)) return 'the TLS connection failed: check rediss:// versus redis:// and the server certificate';
  if (code === 'ECONNRESET' || code === 'EPIPE' || /ECONNRESET|EPIPE|Connection is closed/.test(message)) return 'the connection was closed: Redis may be restarting';
  return 'not connected';
}

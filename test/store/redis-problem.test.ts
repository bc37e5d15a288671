import { describeRedisProblem } from '../../src/store/redis-problem';

describe('describeRedisProblem', () => {
  it.each([
    [{ message: 'connect ECONNREFUSED 127.0.0.1:6390', code: 'ECONNREFUSED' }, /^connection refused: is Redis running/],
    [{ message: '', code: 'ECONNREFUSED' }, /^connection refused/],
    [{ message: 'getaddrinfo ENOTFOUND cache.internal', code: 'ENOTFOUND' }, /^host name not found: check the host in REDIS_URL/],
    [{ message: 'connect ETIMEDOUT', code: 'ETIMEDOUT' }, /^no answer in time/],
    [{ message: 'WRONGPASS invalid username-password pair or user is disabled.' }, /^the password was refused/],
    [{ message: 'self-signed certificate in certificate chain', code: 'SELF_SIGNED_CERT_IN_CHAIN' }, /^the TLS connection failed/],
    [{ message: 'read ECONNRESET', code: 'ECONNRESET' }, /^the connection was closed/],
    [{ message: "Stream isn't writeable and enableOfflineQueue options is false" }, /^not connected$/],
  ])('%j -> plain words', (failure, expected) => {
    expect(describeRedisProblem(failure)).toMatch(expected);
  });

  it('says "not connected yet" before any error', () => {
    expect(describeRedisProblem(undefined)).toBe('not connected yet');
  });
});

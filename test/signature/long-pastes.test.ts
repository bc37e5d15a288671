import { extractSignature } from '../../src/signature';
import { findStatuses } from '../../src/signature/http-status';
import { scanLines, SCAN_LIMITS } from '../../src/signature/scan-window';
import { shippedEngine } from '../engine/engine-fixture';

function routineLog(lines: number, from = 0): string[] {
  return Array.from({ length: lines }, (_, i) => `2024-05-02T08:${String((from + i) % 60).padStart(2, '0')}:11.204Z INFO worker-${(from + i) % 7} processed batch ${from + i} in ${(i * 13) % 400} ms`);
}

describe('long pastes', () => {
  const buried = 'Execution failed due to configuration error: Invalid permissions on Lambda function';
  const paste = [...routineLog(300), `Thu May 02 08:14:15 UTC 2024 : ${buried}`, ...routineLog(300, 300)].join('\n');

  it('keeps an error line buried in the middle of a 40,000-character log', () => {
    expect(paste.length).toBeGreaterThan(SCAN_LIMITS.headChars + SCAN_LIMITS.tailChars);
    expect(scanLines(paste).some((line) => line.includes(buried))).toBe(true);
    expect(extractSignature(paste).messages.join('\n')).toContain('Invalid permissions on Lambda function');
  });

  it('answers it with the article that fixes it', () => {
    const { reply } = shippedEngine().engine.respond(paste);
    expect(reply.kind === 'answer' && reply.article.id).toBe('troubleshoot-internal-server-error-status-code-500-for-api-gateway-endpoints-with-lambda-integration');
  });

  it('reads a bounded number of lines whatever the size', () => {
    const flood = Array.from({ length: 20_000 }, (_, i) => `ERROR ${i} something failed`).join('\n');
    expect(scanLines(flood).length).toBeLessThanOrEqual(SCAN_LIMITS.maxLines + 2 * SCAN_LIMITS.middleErrorLines);
  });
});

describe('bare numbers as HTTP statuses', () => {
  it('reads them in short messages and next to HTTP words', () => {
    expect(findStatuses('getting 403 from api gateway')).toEqual([403]);
    expect(findStatuses('502')).toEqual([502]);
    expect(findStatuses('2024-05-02T08:14:11.204Z WARN upstream call to the orders endpoint returned 504 after 29001 ms')).toEqual([504]);
  });

  it('ignores counts and ids in routine log lines', () => {
    expect(findStatuses('2024-05-02T08:14:11.204Z INFO worker-3 processed batch 401 of 900 records in 52 ms')).toEqual([]);
  });
});

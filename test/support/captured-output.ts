/** What a CLI command writes to stdout and stderr, captured instead of printed (restore with jest.restoreAllMocks). */
export interface CapturedOutput {
  out: string;
  err: string;
}

export function captureOutput(): CapturedOutput {
  const captured: CapturedOutput = { out: '', err: '' };
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    captured.out += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    captured.err += String(chunk);
    return true;
  });
  return captured;
}

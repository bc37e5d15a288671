import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as importCommand from '../../src/cli/commands/import';
import * as lintCommand from '../../src/cli/commands/lint';
import * as statsCommand from '../../src/cli/commands/stats';
import { captureOutput, type CapturedOutput } from '../support/captured-output';
import { ARTICLES_DIR, SOURCES_DIR } from './fixtures';

let dir: string;
let output: CapturedOutput;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-cli-'));
  output = captureOutput();
});

afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('kb import', () => {
  it('writes the 23 articles, identical to the committed ones, and prints what it merged', async () => {
    const code = await importCommand.run(['--in', SOURCES_DIR, '--out', dir]);
    expect(code).toBe(0);
    const names = fs.readdirSync(dir).sort();
    expect(names).toHaveLength(23);
    for (const name of names) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(fs.readFileSync(path.join(ARTICLES_DIR, name), 'utf8'));
    const merged = output.out.split('\n').filter((l) => l.startsWith('merged: '));
    expect(merged).toHaveLength(6);
    expect(merged).toContain('merged: Troubleshoot API Gateway 5xx errors (001_4c0d50743cb6e0cc.txt, 003_ea67a802fed902bf.txt)');
    expect(output.out).toContain('imported 29 article copies from 5 pages into 23 articles');
  });

  it('fails with a clear message when the input has no pages', async () => {
    expect(await importCommand.run(['--in', dir, '--out', path.join(dir, 'out')])).toBe(1);
    expect(output.err).toContain('no *.txt pages');
  });
});

describe('kb lint', () => {
  it('passes the committed articles without errors or warnings', async () => {
    expect(await lintCommand.run([ARTICLES_DIR])).toBe(0);
    expect(output.out).toBe('23 articles loaded, 0 error(s), 0 warning(s)\n');
  });

  it('exits 1 and names the file and field of a broken article', async () => {
    fs.copyFileSync(path.join(ARTICLES_DIR, 'identify-api-key-usage-with-api-gateway.md'), path.join(dir, 'identify-api-key-usage-with-api-gateway.md'));
    fs.writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: Broken\nupdated: yesterday\n---\n\n## A\n\nText.\n');
    expect(await lintCommand.run([dir])).toBe(1);
    expect(output.err).toMatch(/error: .*broken\.md: updated: updated must be a date written YYYY-MM-DD/);
    expect(output.out).toContain('1 articles loaded, 1 error(s)');
  });
});

describe('kb stats', () => {
  it('prints one row per article and the totals', async () => {
    expect(await statsCommand.run([ARTICLES_DIR])).toBe(0);
    const lines = output.out.trim().split('\n');
    expect(lines[0]).toMatch(/^article\s+sections\s+errors\s+code\s+variants$/);
    expect(lines).toHaveLength(1 + 23 + 1);
    expect(lines[lines.length - 1]).toMatch(/^total: 23 articles\s+\d+\s+\d+\s+\d+/);
    expect(output.out).toMatch(/troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis\s+2\s+2\s+0\s+WebSocket/);
  });
});

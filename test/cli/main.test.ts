import { main } from '../../src/cli/main';
import { captureOutput, type CapturedOutput } from '../support/captured-output';

const COMMANDS = ['init', 'import', 'lint', 'stats', 'build', 'ask', 'eval', 'tune', 'report'];

let output: CapturedOutput;

beforeEach(() => {
  output = captureOutput();
});

afterEach(() => jest.restoreAllMocks());

describe('kb <command> --help', () => {
  it.each(COMMANDS)('%s prints its usage and does nothing else', async (name) => {
    for (const flag of ['--help', '-h']) {
      output.out = '';
      expect(await main([name, flag])).toBe(0);
      expect(output.out).toMatch(new RegExp(`^usage: npm run kb -- ${name} `));
      // One usage, not a lint run, a stats table or an answer to the message "--help".
      expect(output.out.split('\n').filter((l) => l.includes('articles loaded') || l.startsWith('article ') || l.startsWith('['))).toEqual([]);
    }
    expect(output.err).toBe('');
  });

  it('lists every command with its one-line summary', async () => {
    expect(await main(['--help'])).toBe(0);
    for (const name of COMMANDS) expect(output.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('names an unknown command and exits 2', async () => {
    expect(await main(['serve'])).toBe(2);
    expect(output.err).toContain('kb: unknown command "serve"');
  });
});

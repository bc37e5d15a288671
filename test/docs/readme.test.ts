import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const KB_COMMANDS = fs.readdirSync(path.join(ROOT, 'src', 'cli', 'commands')).map((name) => name.replace(/\.ts$/, ''));
const DOCS = fs.readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));

/** The commands of every ```sh block: continuation lines joined, comments dropped, split at && || ; |. */
function shCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^( *)```sh\n([\s\S]*?)^\1```$/gm)].map((m) => m[2].replace(new RegExp(`^${m[1]}`, 'gm'), ''));
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
      .filter((line) => line.length > 0)
      .flatMap((line) => line.split(/&&|\|\||;|\|/).map((part) => part.trim())),
  );
}

/** Shell-like words: quotes group, and are removed. */
function words(command: string): string[] {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Why a command would not work from the repository root, or null when it names a script or an existing file. */
function problem(command: string): string | null {
  const parts = words(command);
  while (parts.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(parts[0])) parts.shift();
  const [program, verb, name, dashes, sub] = parts;
  if (program === 'npm') {
    if (verb === 'install' || verb === 'ci') return null;
    if (verb === 'start' || verb === 'test') return SCRIPTS.includes(verb) ? null : `no "${verb}" script`;
    if (verb !== 'run') return `npm ${verb} is neither a script nor install`;
    if (!SCRIPTS.includes(name)) return `no "${name}" script in package.json`;
    if (name === 'kb' && !(dashes === '--' && KB_COMMANDS.includes(sub))) return `"${sub}" is not a kb command (${KB_COMMANDS.join(', ')})`;
    return null;
  }
  const inRepository = (word: string): boolean => {
    const target = path.resolve(ROOT, word);
    return (target === ROOT || target.startsWith(ROOT + path.sep)) && fs.existsSync(target);
  };
  return parts.some(inRepository) ? null : `names no npm script and no file of the repository`;
}

describe('README.md', () => {
  it('fits on a screen or two: under 250 lines', () => {
    expect(README.split('\n').length).toBeLessThan(250);
  });

  it('has only sh commands that name an npm script (and kb command) or a file in the repository', () => {
    const commands = shCommands(README);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    expect(commands).toContain('npm install');
    expect(commands).toContain('npm test');
    expect(commands.map((c) => [c, problem(c)]).filter(([, p]) => p !== null)).toEqual([]);
  });

  it('links every page under docs/', () => {
    for (const page of DOCS) expect(README).toContain(`(docs/${page})`);
  });
});

describe('docs/*.md', () => {
  it.each(DOCS)('%s: npm commands name a script (and kb command), and relative links point at files that exist', (page) => {
    const text = fs.readFileSync(path.join(ROOT, 'docs', page), 'utf8');
    const npm = shCommands(text).filter((c) => /^(\S+=\S+\s+)*npm\s/.test(c));
    expect(npm.map((c) => [c, problem(c)]).filter(([, p]) => p !== null)).toEqual([]);
    const links = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((href) => !/^[a-z]+:/.test(href));
    for (const href of links) expect([href, fs.existsSync(path.join(ROOT, 'docs', href))]).toEqual([href, true]);
  });
});

describe('the checker itself', () => {
  it('rejects a missing script, an unknown kb command and a command naming nothing in the repository', () => {
    expect(problem('npm run nope')).toMatch(/no "nope" script/);
    expect(problem('npm run kb -- frobnicate')).toMatch(/not a kb command/);
    expect(problem('cat ../shared/eval/queries.jsonl')).toMatch(/names no npm script/);
    expect(problem('KNOWLEDGE_DIR=../x npm start')).toBeNull();
    expect(problem('cp .env.example .env')).toBeNull();
    expect(shCommands('```sh\nnpm run build && npm start   # two\n```\n')).toEqual(['npm run build', 'npm start']);
  });
});

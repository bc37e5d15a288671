import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as build } from '../../src/cli/commands/build';
import { folderHash, knowledgeCachePath, readKnowledgeCache, writeKnowledgeCache } from '../../src/cli/knowledge-cache';
import { loadEngine } from '../../src/engine/load-engine';
import { loadKnowledge } from '../../src/knowledge/load';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = path.join(ROOT, 'knowledge', 'articles');
const REGISTER = path.join(ROOT, 'test', 'server', 'support', 'register-ts.js');

describe('the knowledge copy kb build writes for kb ask', () => {
  let tmp: string;
  let dir: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-cache-'));
    dir = path.join(tmp, 'articles');
    fs.cpSync(ARTICLES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is the loaded knowledge while the folder is unchanged', async () => {
    const knowledge = await loadKnowledge(dir);
    const file = path.join(tmp, 'kb-index.knowledge.json');
    writeKnowledgeCache(file, dir, knowledge);
    expect(readKnowledgeCache(file, dir)).toEqual(knowledge);
  });

  it('is ignored once an article is edited, added or removed, or for another folder', async () => {
    const file = path.join(tmp, 'kb-index.knowledge.json');
    writeKnowledgeCache(file, dir, await loadKnowledge(dir));
    const [first, second] = fs.readdirSync(dir).filter((n) => n.endsWith('.md'));
    const before = folderHash(dir);
    fs.appendFileSync(path.join(dir, first), '\nOne more line.\n');
    expect(readKnowledgeCache(file, dir)).toBeUndefined();
    writeKnowledgeCache(file, dir, await loadKnowledge(dir));
    fs.rmSync(path.join(dir, second));
    expect(readKnowledgeCache(file, dir)).toBeUndefined();
    expect(folderHash(dir)).not.toBe(before);
    expect(readKnowledgeCache(file, ARTICLES)).toBeUndefined();
    expect(readKnowledgeCache(path.join(tmp, 'missing.json'), dir)).toBeUndefined();
  });

  it('gives the same replies as loading the Markdown', async () => {
    const indexPath = path.join(tmp, 'kb-index.json');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await build(['--knowledge', dir, '--out', indexPath])).toBe(0);
    } finally {
      write.mockRestore();
    }
    const knowledge = readKnowledgeCache(knowledgeCachePath(indexPath), dir);
    expect(knowledge).toBeDefined();
    const fromCopy = await loadEngine({ knowledgeDir: dir, indexPath, knowledge, warmUp: false });
    const fromFolder = await loadEngine({ knowledgeDir: dir, indexPath, warmUp: false });
    expect(fromCopy.indexBuilt).toBe(false);
    const messages = fromFolder.articles.flatMap((a) => [a.question, ...a.sections.flatMap((s) => s.errors)]).concat(['my sourdough starter smells like acetone']);
    for (const text of messages) expect(fromCopy.engine.respond(text).reply).toEqual(fromFolder.engine.respond(text).reply);
  });

  it('lets kb ask answer without loading the YAML, schema or Markdown parsers', () => {
    const indexPath = path.join(tmp, 'kb-index.json');
    const cli = path.join(ROOT, 'src', 'cli', 'main.ts');
    execFileSync(process.execPath, ['-r', REGISTER, cli, 'build', '--knowledge', dir, '--out', indexPath], { cwd: ROOT, stdio: 'ignore' });
    // Prints the packages the process loaded, after the answer.
    const listPackages = path.join(tmp, 'list-packages.js');
    fs.writeFileSync(listPackages, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('node_modules')))));\n");
    const run = (): { out: string; packages: string[] } => {
      const r = spawnSync(process.execPath, ['-r', REGISTER, '-r', listPackages, cli, 'ask', '--knowledge', dir, '--index', indexPath, 'An error occurred (GoneException) when calling the PostToConnection operation: 410'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return { out: r.stdout, packages: JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('['))) as string[] };
    };
    const current = run();
    expect(current.out).toMatch(/^\[answer, confidence high, [\d.]+ ms\]\nTroubleshoot 410 GoneException errors/);
    const parsers = (packages: string[]): string[] => packages.filter((f) => /node_modules\/(yaml|zod|marked)\//.test(f));
    expect(parsers(current.packages)).toEqual([]);
    // After an edit the copy is stale: the articles are parsed again, and the answer is the same.
    fs.appendFileSync(path.join(dir, fs.readdirSync(dir).find((n) => n.endsWith('.md'))!), '\n');
    const stale = run();
    expect(stale.out.split('\n').slice(1)).toEqual(current.out.split('\n').slice(1));
    expect(parsers(stale.packages).length).toBeGreaterThan(0);
  });
});

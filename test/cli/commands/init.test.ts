import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { loadKnowledgeSync } from '../../../src/knowledge/load';
import type { Reply } from '../../../src/reply/model';
import { startServerProcess } from '../../server/support/server-process';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REGISTER = path.join(ROOT, 'test', 'server', 'support', 'register-ts.js');

/** `npm run kb -- ARGS` as a person runs it, on the TypeScript sources. */
function kb(args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, ['-r', REGISTER, path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, out: failed.stdout, err: failed.stderr };
  }
}

describe('kb init DIR', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-init-')), 'my-kb');
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('writes one example article that loads cleanly and a kb.yml with the name and description', () => {
    const result = kb(['init', dir, '--name', 'Acme "Widgets"']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`KNOWLEDGE_DIR=${dir} npm start`);
    expect(fs.readdirSync(dir).sort()).toEqual(['fix-widget-timeouts.md', 'kb.yml']);
    const knowledge = loadKnowledgeSync(dir, { root: dir });
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.articles.map((a) => a.title)).toEqual(['Fix widget timeouts']);
    const kbYml = fs.readFileSync(path.join(dir, 'kb.yml'), 'utf8');
    expect(kbYml).toMatch(/^# /m);
    expect(YAML.parse(kbYml)).toEqual({ name: 'Acme "Widgets"', description: 'I answer Acme "Widgets" errors: paste one and I reply with the fix from the knowledge base.' });
  });

  it('refuses to overwrite a starter that is already there, and writes nothing', () => {
    expect(kb(['init', dir]).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'kb.yml'), 'name: Mine\n');
    const again = kb(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has kb\.yml and fix-widget-timeouts\.md; nothing was written/);
    expect(fs.readFileSync(path.join(dir, 'kb.yml'), 'utf8')).toBe('name: Mine\n');
  });

  it('prints its usage without a folder', () => {
    const result = kb(['init']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^usage: npm run kb -- init DIR/);
  });

  it('KNOWLEDGE_DIR=DIR npm start answers the example article\'s error in the web chat', async () => {
    expect(kb(['init', dir]).code).toBe(0);
    const error = /errors:\n\s+raise-the-client-timeout:\n\s+- "([^"]+)"/.exec(fs.readFileSync(path.join(dir, 'fix-widget-timeouts.md'), 'utf8'))![1];
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-init-state-'));
    const server = await startServerProcess({ KNOWLEDGE_DIR: dir, STATE_DIR: stateDir });
    try {
      expect(server.readyLine).toMatchObject({ articles: 1 });
      const res = await fetch(`${server.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: error }) });
      expect(res.status).toBe(200);
      const { reply } = (await res.json()) as { reply: Reply };
      expect(reply.kind).toBe('answer');
      if (reply.kind !== 'answer') return;
      expect(reply.article.title).toBe('Fix widget timeouts');
      expect(reply.section.heading).toBe('Raise the client timeout');
    } finally {
      await server.stop();
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

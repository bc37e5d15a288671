import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/config/load';
import { checkIndexPath, checkKnowledgeDir } from '../../src/runtime/startup-checks';

describe('checkKnowledgeDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-check-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts a folder with at least one article', () => {
    fs.writeFileSync(path.join(dir, 'one.md'), '---\ntitle: One\n---\n');
    expect(() => checkKnowledgeDir(dir)).not.toThrow();
  });

  it('names KNOWLEDGE_DIR and the fix when the folder does not exist', () => {
    expect(() => checkKnowledgeDir(path.join(dir, 'missing'))).toThrow(ConfigError);
    expect(() => checkKnowledgeDir(path.join(dir, 'missing'))).toThrow(/^Configuration error: KNOWLEDGE_DIR is ".*missing", which does not exist: set KNOWLEDGE_DIR to your folder/);
  });

  it('says when KNOWLEDGE_DIR is a file', () => {
    const file = path.join(dir, 'article.md');
    fs.writeFileSync(file, '');
    expect(() => checkKnowledgeDir(file)).toThrow(/KNOWLEDGE_DIR is ".*article\.md", which is a file, not a folder/);
  });

  it('says when the folder holds only a README', () => {
    fs.writeFileSync(path.join(dir, 'README.md'), '# notes');
    expect(() => checkKnowledgeDir(dir)).toThrow(/which holds no articles \(\*\.md files\)/);
  });
});

describe('checkIndexPath', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-check-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts a missing file (the index is then built in memory) and an existing one', () => {
    expect(() => checkIndexPath(path.join(dir, 'kb-index.json'))).not.toThrow();
    fs.writeFileSync(path.join(dir, 'kb-index.json'), '{}');
    expect(() => checkIndexPath(path.join(dir, 'kb-index.json'))).not.toThrow();
  });

  it('names INDEX_PATH and the fix when it is a folder', () => {
    expect(() => checkIndexPath(dir)).toThrow(/^Configuration error: INDEX_PATH is ".*", which is a folder, not a file: point it at the file `npm run build` writes \(default dist\/kb-index\.json\), or unset it$/);
  });
});

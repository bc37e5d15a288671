import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge, loadKnowledgeSync, parseArticle } from '../../src/knowledge/load';
import { ARTICLES_DIR } from './fixtures';

const GOOD = ['troubleshoot-api-gateway-5xx-errors.md', 'identify-api-key-usage-with-api-gateway.md'];

const HAND_WRITTEN = `---
title: Fix widget timeouts
question: Why do my widgets time out?
updated: 2024-02-29
tags: [widgets]
errors:
  raise-the-timeout:
    - "WidgetTimeoutError: deadline exceeded"
---

Widgets stop answering after 30 seconds.

## Raise the timeout

1. Open the widget settings.
2. Set the timeout to 60 seconds.

\`\`\`sh
widgetctl set timeout 60
\`\`\`
`;

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-load-'));
  for (const name of GOOD) fs.copyFileSync(path.join(ARTICLES_DIR, name), path.join(dir, name));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): void {
  fs.writeFileSync(path.join(dir, name), text, 'utf8');
}

describe('loadKnowledge', () => {
  it('loads a hand-written article with defaults for the fields it leaves out', async () => {
    write('fix-widget-timeouts.md', HAND_WRITTEN);
    const { articles, problems } = await loadKnowledge(dir, { root: dir });
    expect(problems).toEqual([]);
    const article = articles.find((a) => a.id === 'fix-widget-timeouts')!;
    expect(article).toMatchObject({
      title: 'Fix widget timeouts',
      displayTitle: 'Fix widget timeouts',
      sources: ['hand-written'],
      variants: [],
      summary: 'Widgets stop answering after 30 seconds.',
      file: 'fix-widget-timeouts.md',
    });
    expect(article.label).toBeUndefined();
    expect(article.sections).toEqual([
      {
        id: 'raise-the-timeout',
        heading: 'Raise the timeout',
        level: 2,
        blocks: [
          { kind: 'steps', items: ['Open the widget settings.', 'Set the timeout to 60 seconds.'] },
          { kind: 'code', lang: 'shell', code: 'widgetctl set timeout 60' },
        ],
        errors: ['WidgetTimeoutError: deadline exceeded'],
      },
    ]);
  });

  it('reports a missing title with the file and field, and still loads the others', async () => {
    write('no-title.md', HAND_WRITTEN.replace('title: Fix widget timeouts\n', ''));
    const { articles, problems } = await loadKnowledge(dir, { root: dir });
    expect(problems).toEqual([{ file: 'no-title.md', field: 'title', message: 'title is required' }]);
    expect(articles.map((a) => a.id).sort()).toEqual(GOOD.map((n) => n.replace(/\.md$/, '')).sort());
  });

  it('reports a date that is not YYYY-MM-DD or not a real day', () => {
    write('bad-format.md', HAND_WRITTEN.replace('2024-02-29', '29/02/2024'));
    write('bad-day.md', HAND_WRITTEN.replace('2024-02-29', '2023-02-29'));
    const { problems } = loadKnowledgeSync(dir, { root: dir });
    expect(problems).toEqual([
      { file: 'bad-day.md', field: 'updated', message: 'updated is not a real calendar date' },
      { file: 'bad-format.md', field: 'updated', message: 'updated must be a date written YYYY-MM-DD' },
    ]);
  });

  it('reports front matter that is not YAML, or missing', () => {
    write('broken-yaml.md', HAND_WRITTEN.replace('tags: [widgets]', 'tags: [widgets'));
    write('no-front-matter.md', '## Just a heading\n\nText.\n');
    const { articles, problems } = loadKnowledgeSync(dir, { root: dir });
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['broken-yaml.md', 'front matter'],
      ['no-front-matter.md', 'front matter'],
    ]);
    expect(problems[0].message).toMatch(/^not valid YAML/);
    expect(articles).toHaveLength(GOOD.length);
  });

  it('reports an empty body', () => {
    write('empty.md', HAND_WRITTEN.slice(0, HAND_WRITTEN.indexOf('---\n\n') + 4));
    const { problems } = loadKnowledgeSync(dir, { root: dir });
    expect(problems).toEqual([{ file: 'empty.md', field: 'body', message: expect.stringContaining('no sections') }]);
  });

  it('reports an errors entry naming a section that does not exist, listing the ids there are', () => {
    write('typo.md', HAND_WRITTEN.replace('  raise-the-timeout:', '  raise-the-timout:'));
    const { problems } = loadKnowledgeSync(dir, { root: dir });
    expect(problems).toEqual([
      { file: 'typo.md', field: 'errors.raise-the-timout', message: 'no section with id "raise-the-timout" (ids: raise-the-timeout)' },
    ]);
  });

  it('reads variants as the knowledge base names them, and reports a list where text belongs', () => {
    write('types.md', HAND_WRITTEN.replace('tags: [widgets]', 'tags: [widgets]\nvariants: [GraphQL, gRPC]').replace('question: Why do my widgets time out?', 'question: [a, b]'));
    expect(loadKnowledgeSync(dir, { root: dir }).problems.map((p) => p.field)).toEqual(['question']);
    write('types.md', HAND_WRITTEN.replace('tags: [widgets]', 'tags: [widgets]\nvariants: [GraphQL, gRPC]'));
    const { articles } = loadKnowledgeSync(dir, { root: dir });
    expect(articles.find((a) => a.id === 'types')!.variants).toEqual(['GraphQL', 'gRPC']);
    write('types.md', HAND_WRITTEN.replace('tags: [widgets]', 'tags: [widgets]\nvariants: [[nested]]'));
    expect(loadKnowledgeSync(dir, { root: dir }).problems.map((p) => p.field)).toEqual(['variants.0']);
  });

  it('reports an id that does not match the file name, and a second article with the same title', () => {
    write('fix-widget-timeouts.md', HAND_WRITTEN);
    write('other-name.md', HAND_WRITTEN.replace('---\ntitle', '---\nid: something-else\ntitle'));
    write('zz-copy.md', HAND_WRITTEN);
    const { problems } = loadKnowledgeSync(dir, { root: dir });
    expect(problems).toEqual([
      { file: 'other-name.md', field: 'id', message: 'id "something-else" must match the file name "other-name.md"' },
      { file: 'zz-copy.md', field: 'title', message: 'same title as fix-widget-timeouts.md; each article needs its own title' },
    ]);
  });

  it('gives file paths relative to the project root by default', () => {
    const { articles } = loadKnowledgeSync(ARTICLES_DIR);
    expect(articles[0].file).toMatch(/^knowledge\/articles\/[a-z0-9-]+\.md$/);
  });
});

describe('parseArticle', () => {
  it('keeps Markdown-looking text of a paragraph that the writer escaped', () => {
    const text = HAND_WRITTEN.replace('Widgets stop answering after 30 seconds.', '\\# not a heading');
    expect(parseArticle(text, 'x.md').article!.summary).toBe('# not a heading');
  });
});

import { parseArticle } from '../../src/knowledge/load';
import { lintKnowledge } from '../../src/knowledge/lint';
import type { Article } from '../../src/knowledge/model';

function article(body: string, id = 'bad-article'): Article {
  const text = `---\nid: ${id}\ntitle: Bad article\nquestion: Why is it bad?\nupdated: 2024-01-01\n---\n\nIt fails.\n\n${body}`;
  const parsed = parseArticle(text, `${id}.md`);
  if (!parsed.article) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
}

function warnings(...articles: Article[]): string[] {
  return lintKnowledge({ articles, problems: [] }).map((f) => `${f.field}: ${f.message}`);
}

describe('kb lint rules', () => {
  it('flags a json block that does not parse, and accepts one marked as a fragment', () => {
    const bad = article('## Resolution\n\n```json\n{ "Action": ["a", "b",] }\n```\n');
    expect(warnings(bad)).toEqual([expect.stringMatching(/^sections\.resolution: json block does not parse/)]);
    const fragment = article('## Resolution\n\n```json fragment\n"message": "Forbidden"\n```\n');
    expect(warnings(fragment)).toEqual([]);
  });

  it('flags an empty section, but not a level-2 heading whose text is in its sub-sections', () => {
    const bad = article('## Resolution\n\n### Client errors\n\n### Server errors\n\nRestart it.\n');
    expect(warnings(bad)).toEqual(['sections.client-errors: section "Client errors" has no text under it']);
  });

  it('flags a heading that looks cut: a bracket never closed, or a first word missing its first letter', () => {
    const bad = article('## Resolution\n\n### "curl: (6) Could not resolve host"\n\nCheck DNS.\n\n### "url: (58) schannel failed"\n\nImport the cert.\n\n### "Wrong file format (no key found?"\n\nUse PEM.\n');
    expect(warnings(bad)).toEqual([
      'sections.url-58-schannel-failed: heading ""url: (58) schannel failed"" looks cut: does "url:" lack its first letter ("curl:")?',
      'sections.wrong-file-format-no-key-found: heading ""Wrong file format (no key found?"" looks cut: ( is never closed',
    ]);
  });

  it('flags a space before punctuation, a doubled space and a non-breaking space', () => {
    const bad = article('## Resolution\n\nChoose Create . Then  wait.\n\n- Open\u00a0the console.\n');
    expect(warnings(bad)).toEqual([
      'sections.resolution: space before punctuation: "Choose Create . Then  wait."',
      'sections.resolution: doubled space: "Choose Create . Then  wait."',
      'sections.resolution: non-breaking space (U+00A0): "Open\u00a0the console."',
    ]);
  });

  it('leaves a clean article alone', () => {
    expect(warnings(article('## Resolution\n\n1. Run the command:\n\n```json\n{ "ok": true }\n```\n'))).toEqual([]);
  });
});

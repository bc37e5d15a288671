import path from 'node:path';
import { loadEngine } from '../../../src/engine/load-engine';
import type { Engine } from '../../../src/engine/types';
import { ACTION_IDS, encodeActionValue } from '../../../src/reply/actions';
import type { Reply } from '../../../src/reply/model';
import { cardBytes, MAX_CARD_BYTES } from '../../../adapters/teams/card-size';
import type { AdaptiveCard } from '../../../adapters/teams/card-types';
import { articlePageCount, renderArticleCard } from '../../../adapters/teams/render-article-cards';
import { renderReply } from '../../../adapters/teams/render-reply';
import { renderResolvedCard } from '../../../adapters/teams/render-resolved-card';
import { renderSearchResult } from '../../../adapters/teams/render-search-result';
import { cardProblems } from './validate-card';

const ROOT = path.resolve(__dirname, '../../..');
const KNOWLEDGE_BASES = {
  shipped: path.join(ROOT, 'knowledge', 'articles'),
  'test fixture': path.join(__dirname, 'fixtures', 'knowledge'),
};

/** Every card a reply renders to (all pages of an article). */
function cardsOf(reply: Reply): AdaptiveCard[] {
  if (reply.kind === 'article') return Array.from({ length: articlePageCount(reply) }, (_, page) => renderArticleCard(reply, page));
  return renderReply(reply).flatMap((m) => (m.kind === 'card' ? [m.card] : []));
}

function expectValid(cards: AdaptiveCard[], what: string): void {
  for (const card of cards) {
    const problems = cardProblems(card);
    if (problems.length > 0) throw new Error(`${what}: ${problems.join('; ')}`);
    if (cardBytes(card) > MAX_CARD_BYTES) throw new Error(`${what}: ${cardBytes(card)} bytes`);
  }
}

describe.each(Object.entries(KNOWLEDGE_BASES))('every Teams card for the %s knowledge base', (_name, knowledgeDir) => {
  let engine: Engine;
  beforeAll(async () => {
    ({ engine } = await loadEngine({ knowledgeDir, indexPath: path.join(knowledgeDir, 'no-prebuilt-index.json') }));
  });

  it('renders every article, page by page, as valid Adaptive Cards 1.5 under the size limit', () => {
    expect(engine.articles().length).toBeGreaterThan(0);
    for (const ref of engine.articles()) expectValid(cardsOf(engine.article(ref.id)!), `article ${ref.id}`);
  });

  it('renders the answer, resolved card and search result for every section as valid cards under the limit', () => {
    let answers = 0;
    for (const ref of engine.articles()) {
      const article = engine.article(ref.id)!;
      for (const section of article.sections) {
        const reply = engine.act(ACTION_IDS.chooseCandidate, encodeActionValue({ articleId: ref.id, sectionId: section.id })).reply;
        if (reply.kind === 'answer') answers++;
        expectValid(cardsOf(reply), `answer ${ref.id}#${section.id}`);
        expectValid([renderResolvedCard(article, section.id, 'Thanks')], `resolved ${ref.id}#${section.id}`);
        expectValid([renderSearchResult({ article: ref, sectionId: section.id, heading: section.heading }, article).card], `search ${ref.id}#${section.id}`);
      }
      expectValid([renderSearchResult({ article: ref }, article).card], `search ${ref.id}`);
    }
    expect(answers).toBeGreaterThan(0);
  });

  it('renders what each article title, question and a foreign error get (answer, clarify or none) as valid cards', () => {
    const texts = [...engine.articles().flatMap((a) => [a.title, a.question]), 'segmentation fault (core dumped)', 'anyone up for lunch?'];
    const kinds = new Set<string>();
    for (const text of texts) {
      const reply = engine.respond(text).reply;
      kinds.add(reply.kind);
      expectValid(cardsOf(reply), `reply to ${JSON.stringify(text)}`);
    }
    expect(kinds.has('none')).toBe(true);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toSectionDocuments } from '../../src/knowledge/documents';
import { loadKnowledge } from '../../src/knowledge/load';
import { FITTED_MODEL } from '../../src/engine/fitted-model';
import { buildSectionIndex, rank } from '../../src/search';
import { phrasePairs } from '../../src/search/message-pairs';
import { tokenizePositions } from '../../src/search/tokenize';
import { extractSignature } from '../../src/signature';

describe('word pairs', () => {
  it('places a word and the parts it is indexed as at one position', () => {
    expect(tokenizePositions('Secure WebSocket API')).toEqual({ terms: ['secur', 'websocket', 'web', 'socket', 'api'], starts: [0, 1, 4] });
    expect(tokenizePositions('execute-api:Invoke denied').starts).toEqual([0, 4]);
  });

  it('pairs adjacent terms, and every term of a word with every term of the next', () => {
    const pairs = new Set(phrasePairs(tokenizePositions('WebSocket API')).map((p) => p.join(' ')));
    expect([...pairs].sort()).toEqual(['socket api', 'web api', 'web socket', 'websocket api', 'websocket web']);
    expect(phrasePairs(tokenizePositions('one'))).toEqual([]);
  });
});

// Articles of a made-up product with variants: a message that names the variant in lower case
// ("websocket api") is about the one written for it, though the titles write "WebSocket API". The
// authorizer article declares no variant and the logging article every one: both apply to all.
const ARTICLES: Record<string, string> = {
  'secure-websocket-apis.md': `---
title: Secure a WebSocket API of Lumen
updated: 2025-03-01
variants: [WebSocket]
---

Lumen WebSocket APIs refuse a connection with 403 when the token is missing.

## Send the token

Pass the token when you connect.
`,
  'fix-403-on-rest-apis.md': `---
title: Fix 403 on a REST API of Lumen
updated: 2025-03-01
variants: [REST]
---

Lumen REST APIs answer 403 when the token is missing.

## Send the token

Pass the token in the header of every call.
`,
  'fix-authorizer-errors.md': `---
title: Fix errors from a Lumen authorizer
updated: 2025-03-01
---

A Lumen authorizer answers 403 when the token is missing or expired.

## Return a policy

The authorizer returns a policy that allows or denies the call.
`,
  'log-authorizer-calls.md': `---
title: Log the calls a Lumen authorizer denies
updated: 2025-03-01
variants: [WebSocket, REST]
---

Log every call the authorizer answers with 403, for WebSocket and REST APIs alike.

## Turn on logging

Log the policy the authorizer returns and what the client got back.
`,
};

describe('a variant named in lower case', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-word-pairs-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function buildIndex() {
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
    const { articles } = await loadKnowledge(dir);
    return buildSectionIndex(articles, toSectionDocuments(articles));
  }

  it('counts against the article written for another variant', async () => {
    const index = await buildIndex();
    const ranking = rank(index, extractSignature('our websocket api answers 403 when the token is missing'), FITTED_MODEL.relevance);
    const otherVariant = new Map(ranking.articles.map((a) => [a.articleId, a.best.features.otherVariant]));
    expect(otherVariant.get('fix-403-on-rest-apis')).toBe(1);
    expect(otherVariant.get('secure-websocket-apis')).toBe(0);
    expect(ranking.articles[0].articleId).toBe('secure-websocket-apis');
  });

  it('is named by a word rare in software writing alone, and counts for the article written for it', async () => {
    const index = await buildIndex();
    const features = (text: string) => new Map(rank(index, extractSignature(text), FITTED_MODEL.relevance).articles.map((a) => [a.articleId, a.best.features]));
    const named = features('my websocket authorizer returns a policy but the client still gets 403');
    expect(named.get('secure-websocket-apis')?.variant).toBe(1);
    expect(named.get('fix-authorizer-errors')?.variant).toBe(0);
    expect(named.get('log-authorizer-calls')?.variant).toBe(0);
    expect(named.get('log-authorizer-calls')?.otherVariant).toBe(0);
    expect(named.get('fix-403-on-rest-apis')?.otherVariant).toBe(1);
    // "rest" is an everyday word: alone, without "api" after it, it names no variant.
    const unnamed = features('after a rest the authorizer returns a policy but the client still gets 403');
    for (const f of unnamed.values()) expect([f.variant, f.otherVariant]).toEqual([0, 0]);
  });
});

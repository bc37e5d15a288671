/**
 * A team's own long article (dropped into a knowledge folder of its own) is shown in pages:
 * Full article posts the first page with "Show more", and each click posts the next page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTION_IDS } from '../../../../src/reply/actions';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { clickPayload, findElement } from '../../../support/slack-clicks';
import { blockTexts, startSlackHarness, type SlackHarness } from '../../../support/slack-harness';
import { eventEnvelope, sendEvent, sendInteraction } from '../../../support/slack-requests';
import { STAND_IN_BOT, type RecordedCall } from '../../../support/slack-web-api';

const SECTIONS = 30;

function longArticle(): string {
  const sections = Array.from({ length: SECTIONS }, (_, i) => {
    const paragraph = `Cause ${i}: the Frobnicator quota ${i} was exceeded because the widget pool ran dry. `.repeat(12);
    return `### Frobnicator cause ${i}\n\n${paragraph}\n\n1. Open the console for pool ${i}.\n2. Raise the quota for pool ${i}.\n\n\`\`\`bash\nfrob quota set --pool ${i} --limit 100\n\`\`\``;
  }).join('\n\n');
  return [
    '---',
    'id: troubleshoot-frobnicator-quota-errors',
    'title: Troubleshoot Frobnicator quota errors',
    'question: How do I troubleshoot FrobnicatorQuotaExceeded errors?',
    'updated: 2024-01-15',
    'tags:',
    '  - frobnicator',
    'apiTypes:',
    '  - REST',
    'sources:',
    '  - hand-written',
    'errors:',
    '  resolution:',
    '    - "FrobnicatorQuotaExceeded: pool is dry"',
    '---',
    '',
    'My API Gateway REST API calls fail with FrobnicatorQuotaExceeded: pool is dry.',
    '',
    '## Short description',
    '',
    'API Gateway returns FrobnicatorQuotaExceeded when a Frobnicator pool is exhausted.',
    '',
    '## Resolution',
    '',
    sections,
    '',
  ].join('\n');
}

let h: SlackHarness;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-slack-knowledge-'));
  fs.writeFileSync(path.join(dir, 'troubleshoot-frobnicator-quota-errors.md'), longArticle());
  h = await startSlackHarness({ knowledgeDir: dir, indexPath: path.join(dir, 'no-index.json') });
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const posted = (c: RecordedCall): boolean => c.method === 'chat.postMessage' && c.response?.ok === true;

describe('a long article in Slack', () => {
  it('is posted a page at a time, each within Slack\'s limits, with Show more until the last', async () => {
    const full = h.app.runtime.engine.article('troubleshoot-frobnicator-quota-errors');
    // Loaded whole: every cause is a section of its own, so each page check below counts them all.
    expect(full?.sections.filter((s) => s.heading.startsWith('Frobnicator cause '))).toHaveLength(SECTIONS);
    const parent = '1700500001.000001';
    await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> My API Gateway REST API returns FrobnicatorQuotaExceeded: pool is dry`, ts: parent, channel: 'C0LONG01' }));
    const [answer] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent);
    await sendInteraction(h.endpoint, clickPayload(answer, ACTION_IDS.fullArticle, { responseUrl: h.api.responseUrl('full') }));

    const pages: RecordedCall[] = [];
    let page = (await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2))[1];
    for (;;) {
      pages.push(page);
      expect(blockKitProblems(page.args)).toEqual([]);
      if (!findElement(page, ACTION_IDS.showMore)) break;
      expect(pages.length).toBeLessThan(20);
      await sendInteraction(h.endpoint, clickPayload(page, ACTION_IDS.showMore, { responseUrl: h.api.responseUrl(`more-${pages.length}`) }));
      page = (await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, pages.length + 2))[pages.length + 1];
    }
    expect(pages.length).toBeGreaterThan(1);
    const texts = pages.map((p) => blockTexts(p.args.blocks).join('\n')).join('\n');
    for (let i = 0; i < SECTIONS; i += 1) expect(texts.split(`*Frobnicator cause ${i}*`).length - 1).toBe(1);
    expect(blockTexts(pages[pages.length - 1].args.blocks)[0]).toBe(`Troubleshoot Frobnicator quota errors (${pages.length}/${pages.length})`);
  });
});

/**
 * Every "Other causes" option of every answer the shipped knowledge base gives reaches Slack, and
 * the value Slack sends back for it leads to the same article and section.
 */
import { ACTION_IDS, encodeActionValue } from '../../../../src/reply/actions';
import { expandActionValue } from '../../../../src/reply/short-values';
import { truncate } from '../../../../adapters/slack/render/mrkdwn';
import { renderReply } from '../../../../adapters/slack/render/reply';
import { shippedEngine } from '../../../engine/engine-fixture';

describe('the Slack "Other causes" select for the shipped knowledge base', () => {
  it('keeps every option of every section\'s answer, each value within 150 characters and expanding back to its target', () => {
    const { engine, articles } = shippedEngine();
    const ids = {
      articleIds: () => articles.map((a) => a.id),
      sectionIds: (id: string) => articles.find((a) => a.id === id)?.sections.map((s) => s.id) ?? [],
    };
    let checked = 0;
    for (const article of articles) {
      for (const section of article.sections) {
        const { reply } = engine.act(ACTION_IDS.otherCauses, encodeActionValue({ articleId: article.id, sectionId: section.id }));
        const wanted = reply.actions.find((a) => a.id === ACTION_IDS.otherCauses)?.options ?? [];
        const select = renderReply(reply)
          .blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []))
          .find((e) => e.type === 'static_select' && e.action_id?.startsWith(ACTION_IDS.otherCauses));
        const sent = select && select.type === 'static_select' ? (select.options ?? []) : [];
        expect(sent.map((o) => o.text.text)).toEqual(wanted.map((o) => truncate(o.label, 75)));
        sent.forEach((option, i) => {
          expect(option.value!.length).toBeLessThanOrEqual(150);
          expect(expandActionValue(option.value!, ids)).toBe(wanted[i].value);
        });
        checked += wanted.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

import { renderHome } from '../../../../adapters/slack/render/home';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { ARTICLE } from '../fixtures';

describe('renderHome', () => {
  it('explains how to use the assistant and lists each article with its question and date', () => {
    const view = renderHome([ARTICLE]);
    expect(view.type).toBe('home');
    const json = JSON.stringify(view);
    expect(json).toContain('/kb');
    expect(json).toContain('Find a fix');
    expect(view.blocks[view.blocks.length - 1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*API Gateway 502 errors*\nHow do I fix a 502 from my REST API?\n_Updated 2024-05-01_' },
    });
  });

  it('stays within the 100 blocks of a view however many articles there are', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...ARTICLE, id: `a${i}`, displayTitle: `Article ${String(i).padStart(3, '0')}` }));
    const view = renderHome(many);
    expect(blockKitProblems(view, 100)).toEqual([]);
    expect(JSON.stringify(view)).toContain('more.');
  });
});

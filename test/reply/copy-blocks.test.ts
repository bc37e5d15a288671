import { copyBlocks } from '../../src/reply/copy-blocks';
import type { ReplyBlock } from '../../src/reply/model';

const blocks: ReplyBlock[] = [
  { kind: 'paragraph', text: 'See the other article.', links: [{ text: 'other article', articleId: 'other' }] },
  { kind: 'note', label: 'Note', text: 'Keep the key.' },
  { kind: 'heading', text: 'If it was deployed', sectionId: 'deployed' },
  {
    kind: 'steps',
    start: 3,
    items: [{ text: 'Run the following command:', blocks: [{ kind: 'code', lang: 'shell', code: 'aws apigateway get-rest-apis' }, { kind: 'bullets', items: [{ text: 'nested', blocks: [] }] }] }],
  },
  { kind: 'code', lang: 'json', code: '{}' },
];

describe('copyBlocks', () => {
  it('gives an equal copy that shares no object with the original', () => {
    const copy = copyBlocks(blocks);
    expect(copy).toEqual(blocks);
    const originals = new Set<object>();
    const collect = (value: unknown, into: Set<object>): void => {
      if (value === null || typeof value !== 'object') return;
      into.add(value);
      for (const v of Object.values(value)) collect(v, into);
    };
    collect(blocks, originals);
    const copies = new Set<object>();
    collect(copy, copies);
    for (const o of copies) expect(originals.has(o)).toBe(false);
  });
});

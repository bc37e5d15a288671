import { ACTION_IDS, decodeActionValue, encodeActionValue, isActionId } from '../../src/reply/actions';

describe('action values', () => {
  it('round-trip an article, section and page', () => {
    const value = encodeActionValue({ articleId: 'a-b', sectionId: 'resolution', page: 2 });
    expect(decodeActionValue(value)).toEqual({ articleId: 'a-b', sectionId: 'resolution', page: 2 });
  });

  it('stay far below Slack’s 2,000-character value limit for long ids', () => {
    const value = encodeActionValue({ articleId: 'x'.repeat(200), sectionId: 'y'.repeat(200) });
    expect(value.length).toBeLessThan(2000);
  });

  it('decode tampered or foreign values to an empty target instead of throwing', () => {
    for (const bad of ['', 'not json', '[]', 'null', '{"a":5}', '{"p":-1}', '{"p":1.5}', `{"a":"${'x'.repeat(500)}"}`]) {
      expect(() => decodeActionValue(bad)).not.toThrow();
      expect(decodeActionValue(bad).articleId).toBeUndefined();
    }
  });

  it('recognise only the defined action ids', () => {
    expect(isActionId(ACTION_IDS.notIt)).toBe(true);
    expect(isActionId('kb_delete_everything')).toBe(false);
  });
});

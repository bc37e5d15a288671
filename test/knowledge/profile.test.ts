import { parseProfile } from '../../src/knowledge/profile';
import { engineMessages } from '../../src/engine/messages';

describe('kb.yml', () => {
  it('reads the display name and description', () => {
    const { profile, problems } = parseProfile('name: Quillstream\ndescription: I answer Quillstream errors.\n', 'kb.yml');
    expect(problems).toEqual([]);
    expect(profile).toEqual({ name: 'Quillstream', description: 'I answer Quillstream errors.' });
  });

  it('is optional: an empty file is no profile', () => {
    expect(parseProfile('', 'kb.yml')).toEqual({ profile: {}, problems: [] });
  });

  it('names the file and field of a problem', () => {
    expect(parseProfile('name: ""\n', 'kb/kb.yml').problems).toEqual([{ file: 'kb/kb.yml', field: 'name', message: 'name must not be empty' }]);
    expect(parseProfile('title: x\n', 'kb.yml').problems[0].message).toMatch(/unknown field\(s\): title/);
    expect(parseProfile('name: [a\n', 'kb.yml').problems[0].message).toMatch(/not valid YAML/);
  });

  it('words the replies with the name, and without one names nothing', () => {
    expect(engineMessages({ name: 'Quillstream' }).OTHER_PRODUCT_MESSAGE).toContain('not Quillstream');
    expect(engineMessages({}).NOT_FOUND_MESSAGE).toBe("I don't have an article for this. I only know the troubleshooting articles in this knowledge base, and none of them fits what you sent.");
    expect(engineMessages({ description: 'Ask me.' }).CHAT_MESSAGE).toBe('Ask me.');
  });
});

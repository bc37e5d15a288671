import { headingAsQuestion, suggestionsFor } from '../../src/engine/suggestions';
import { ACTION_IDS, decodeActionValue } from '../../src/reply/actions';
import { shippedEngine } from './engine-fixture';

describe('headingAsQuestion', () => {
  it.each([
    ['Check the logs of the crashing container', 'How do I check the logs of the crashing container?'],
    ['Force a fresh pull of an updated image', 'How do I force a fresh pull of an updated image?'],
    ['The Secret named in imagePullSecrets cannot be found', 'What if the Secret named in imagePullSecrets cannot be found?'],
    ['Expired ACM certificates', 'What about expired ACM certificates?'],
    ['For REST APIs', 'What about REST APIs?'],
    ['Does the Service exist?', 'Does the Service exist?'],
    ['ImagePullBackOff and rate limits', 'What about ImagePullBackOff and rate limits?'],
  ])('%j -> %j', (heading, question) => {
    expect(headingAsQuestion(heading)).toBe(question);
  });

  it.each(['Resolution', 'Short description', 'Related information', `Check ${'a very long heading '.repeat(5)}`])('suggests nothing for %j', (heading) => {
    expect(headingAsQuestion(heading)).toBeUndefined();
  });
});

describe('suggestionsFor', () => {
  it('offers at most three other sections of the article, never the one shown, each naming its section', () => {
    const { articles } = shippedEngine();
    for (const article of articles) {
      for (const section of article.sections) {
        const suggestions = suggestionsFor(article, section.id);
        expect(suggestions.length).toBeLessThanOrEqual(3);
        for (const s of suggestions) {
          expect(s.id).toBe(ACTION_IDS.suggestion);
          const target = decodeActionValue(s.value);
          expect(target.articleId).toBe(article.id);
          expect(target.sectionId).not.toBe(section.id);
          expect(s.label.length).toBeLessThanOrEqual(70);
        }
      }
    }
  });
});

import { ACTION_IDS, encodeActionValue } from '../../../src/reply/actions';
import { escapeCardText } from '../../../adapters/teams/card-text';
import { cardBytes, fitCard, MAX_CARD_BYTES } from '../../../adapters/teams/card-size';
import { renderAnswerCard } from '../../../adapters/teams/render-answer-card';
import { articlePageCount, renderArticleCard } from '../../../adapters/teams/render-article-cards';
import { renderClarifyCard } from '../../../adapters/teams/render-clarify-card';
import { renderNoneCard } from '../../../adapters/teams/render-none-card';
import { renderReply } from '../../../adapters/teams/render-reply';
import { renderResolvedCard } from '../../../adapters/teams/render-resolved-card';
import type { AdaptiveCard } from '../../../adapters/teams/card-types';
import { ackReply, answerReply, articleReply, clarifyReply, longArticle, noneReply } from './fixtures/replies';
import { cardProblems } from './validate-card';
import { LINKED_ARTICLE_URL, richSection } from '../../support/rich-section';

const envelope = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', msteams: { width: 'Full' } };
const source = (article: { displayTitle: string; source: string; updated: string }) => ({
  type: 'RichTextBlock',
  inlines: [
    { type: 'TextRun', text: 'Source: ', isSubtle: true },
    { type: 'TextRun', text: article.displayTitle, isSubtle: true },
    { type: 'TextRun', text: ` · ${article.source} · Updated ${article.updated}`, isSubtle: true },
  ],
  separator: true,
  spacing: 'Medium',
});
const run = (text: string, extra: object = {}) => ({ type: 'TextRun', text, ...extra });
const rich = (...inlines: object[]) => ({ type: 'RichTextBlock', inlines, spacing: 'Small' });
const marker = (text: string) => run(text, { weight: 'Bolder' });

describe('renderAnswerCard', () => {
  it('shows the section in order as literal text: a linked article, steps with their own code and sub-list, a note, the list resumed at 4', () => {
    const card = renderAnswerCard({ ...answerReply, blocks: richSection() });
    expect(card.body.slice(4)).toEqual([
      { type: 'TextBlock', text: 'Cause', weight: 'Bolder', spacing: 'Medium', wrap: true },
      rich(run(answerReply.cause!)),
      { type: 'TextBlock', text: 'Fix', weight: 'Bolder', spacing: 'Medium', wrap: true },
      rich(
        run('For other 5xx errors, see '),
        run('How do I fix 502 errors?', { selectAction: { type: 'Action.OpenUrl', title: 'How do I fix 502 errors?', url: LINKED_ARTICLE_URL } }),
        run(' first.'),
      ),
      rich(marker('1. '), run('Open the Lambda console.')),
      rich(marker('2. '), run('Return a wildcard (*/*) resource, then run the following command:')),
      { type: 'Container', spacing: 'None', items: [{ type: 'CodeBlock', codeSnippet: '$ aws lambda get-policy --function-name my_fn', language: 'Bash', spacing: 'Small' }] },
      rich(marker('3. '), run('Check the policy:')),
      { type: 'Container', spacing: 'None', items: [rich(marker('• '), run('Effect is Allow')), rich(marker('• '), run('Resource ends with /*/*'))] },
      { type: 'Container', style: 'emphasis', spacing: 'Small', items: [{ type: 'RichTextBlock', inlines: [marker('Note: '), run('The cache keeps the old policy until its TTL ends.')], spacing: 'None' }] },
      rich(marker('4. '), run('Redeploy the API.')),
      source(answerReply.article),
    ]);
    expect(cardProblems(card)).toEqual([]);
  });

  it('links the source and "Full article" to the article\'s page when it has one', () => {
    const url = 'https://kb.example.com/kb/missing-auth';
    const card = renderAnswerCard({ ...answerReply, article: { ...answerReply.article, url } });
    expect(card.actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Full article', url });
    expect(JSON.stringify(card.body[card.body.length - 1])).toContain(JSON.stringify({ type: 'Action.OpenUrl', title: 'Open the article', url }));
    expect(cardProblems(card)).toEqual([]);
  });

  it('puts a long section\'s rest behind "Show more", which unfolds it in place', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i} `.padEnd(200, 'y') }));
    const card = renderAnswerCard({ ...answerReply, blocks });
    expect(cardProblems(card)).toEqual([]);
    const hidden = card.body.find((e) => e.type === 'Container' && e.id === 'kb-more');
    expect(hidden).toMatchObject({ isVisible: false });
    expect(JSON.stringify(hidden)).toContain('Paragraph 29 ');
    expect(card.body).toContainEqual({ type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.ToggleVisibility', title: 'Show more', targetElements: ['kb-more'] }] });
    expect(card.actions).toHaveLength(5);
  });

  it('renders title, section, what matched, cause, numbered steps, code, source and the five buttons', () => {
    const a = answerReply.article.id;
    expect(renderAnswerCard(answerReply)).toEqual({
      ...envelope,
      body: [
        { type: 'TextBlock', text: 'Troubleshoot "Missing Authentication Token" errors', size: 'Large', weight: 'Bolder', style: 'heading', wrap: true },
        { type: 'TextBlock', text: 'The resource path does not exist', isSubtle: true, spacing: 'None', wrap: true },
        { type: 'TextBlock', text: 'What matched', weight: 'Bolder', spacing: 'Medium', wrap: true },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '{"message":"Missing Authentication Token"}', fontType: 'Monospace', isSubtle: true }], spacing: 'Small' },
        { type: 'TextBlock', text: 'Cause', weight: 'Bolder', spacing: 'Medium', wrap: true },
        rich(run(answerReply.cause!)),
        { type: 'TextBlock', text: 'Fix', weight: 'Bolder', spacing: 'Medium', wrap: true },
        rich(marker('1. '), run('Open the API in the API Gateway console.')),
        rich(marker('2. '), run('Check that the *resource* and method exist for the stage.')),
        rich(marker('3. '), run('Redeploy the API to the stage.')),
        { type: 'CodeBlock', codeSnippet: 'aws apigateway get-resources --rest-api-id abc123', language: 'Bash', spacing: 'Small' },
        source(answerReply.article),
      ],
      actions: [
        { type: 'Action.Submit', title: 'Solved it', data: { kbAction: 'kb_solved', kbValue: `{"a":"${a}","s":"the-resource-path-does-not-exist"}` }, style: 'positive' },
        { type: 'Action.Submit', title: 'Not it', data: { kbAction: 'kb_not_it', kbValue: `{"a":"${a}","s":"the-resource-path-does-not-exist"}` } },
        { type: 'Action.Submit', title: 'Full article', data: { kbAction: 'kb_full_article', kbValue: `{"a":"${a}"}` } },
        {
          type: 'Action.ShowCard',
          title: 'Other causes',
          card: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              {
                type: 'Input.ChoiceSet',
                id: 'kbChoice_kb_other_causes',
                label: 'Other causes',
                style: 'expanded',
                choices: [{ title: 'The request is not signed', value: `{"a":"${a}","s":"the-request-is-not-signed"}` }],
                value: `{"a":"${a}","s":"the-request-is-not-signed"}`,
                isRequired: true,
                errorMessage: 'Pick one.',
              },
            ],
            actions: [{ type: 'Action.Submit', title: 'Show', data: { kbAction: 'kb_other_causes' } }],
          },
        },
        {
          type: 'Action.ShowCard',
          title: 'Related',
          card: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              {
                type: 'Input.ChoiceSet',
                id: 'kbChoice_kb_related',
                label: 'Related',
                style: 'expanded',
                choices: [{ title: 'Troubleshoot 429 "Too Many Requests" errors', value: '{"a":"troubleshoot-429-too-many-requests"}' }],
                value: '{"a":"troubleshoot-429-too-many-requests"}',
                isRequired: true,
                errorMessage: 'Pick one.',
              },
            ],
            actions: [{ type: 'Action.Submit', title: 'Show', data: { kbAction: 'kb_related' } }],
          },
        },
      ],
    });
  });

  it('warns when the match is not a confident one', () => {
    const card = renderAnswerCard({ ...answerReply, confidence: 'low' });
    expect(card.body[2]).toEqual({
      type: 'TextBlock',
      text: 'Not a confident match: check the cause below fits before following the steps.',
      color: 'Warning',
      size: 'Small',
      wrap: true,
    });
  });
});

describe('renderClarifyCard', () => {
  it('asks the question and offers one button per candidate', () => {
    expect(renderClarifyCard(clarifyReply)).toEqual({
      ...envelope,
      body: [
        { type: 'TextBlock', text: 'A 403 can mean different things. Which one looks like yours?', wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: 'What matched', weight: 'Bolder', spacing: 'Medium', wrap: true },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '403 Forbidden', fontType: 'Monospace', isSubtle: true }], spacing: 'Small' },
      ],
      actions: [
        {
          type: 'Action.Submit',
          title: 'Missing Authentication Token',
          data: { kbAction: 'kb_choose', kbValue: encodeActionValue({ articleId: clarifyReply.candidates[0].article.id, sectionId: 'the-resource-path-does-not-exist' }) },
        },
        {
          type: 'Action.Submit',
          title: 'Too Many Requests (throttling)',
          data: { kbAction: 'kb_choose', kbValue: encodeActionValue({ articleId: clarifyReply.candidates[1].article.id, sectionId: 'account-level-throttling' }) },
        },
      ],
    });
  });

  it('does not repeat a candidate the engine also listed as an action', () => {
    const duplicate = { id: ACTION_IDS.chooseCandidate, label: 'Missing Authentication Token', value: encodeActionValue({ articleId: 'x', sectionId: 'y' }) };
    expect(renderClarifyCard({ ...clarifyReply, actions: [duplicate] }).actions).toHaveLength(2);
  });
});

describe('renderNoneCard', () => {
  it('says plainly that nothing fits and lists the closest articles', () => {
    expect(renderNoneCard(noneReply)).toEqual({
      ...envelope,
      body: [
        { type: 'TextBlock', text: "I couldn't find an article that fixes this.", wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: 'What matched', weight: 'Bolder', spacing: 'Medium', wrap: true },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'segmentation fault in libfoo', fontType: 'Monospace', isSubtle: true }], spacing: 'Small' },
        { type: 'TextBlock', text: 'Closest articles', weight: 'Bolder', spacing: 'Medium', wrap: true },
        { type: 'TextBlock', text: '• Troubleshoot 429 "Too Many Requests" errors', wrap: true, spacing: 'Small' },
      ],
      actions: [{ type: 'Action.Submit', title: 'Read: Troubleshoot 429', data: { kbAction: 'kb_full_article', kbValue: '{"a":"troubleshoot-429-too-many-requests"}' } }],
    });
  });
});

describe('renderArticleCard', () => {
  it('renders a short article on one card with its sections in source order', () => {
    expect(renderArticleCard(articleReply)).toEqual({
      ...envelope,
      body: [
        { type: 'TextBlock', text: 'Troubleshoot "Missing Authentication Token" errors', size: 'Large', weight: 'Bolder', style: 'heading', wrap: true },
        { type: 'TextBlock', text: articleReply.article.question, isSubtle: true, spacing: 'None', wrap: true },
        { type: 'TextBlock', text: 'I get "Missing Authentication Token" when I call my API.', wrap: true },
        { type: 'TextBlock', text: 'Short description', weight: 'Bolder', spacing: 'Medium', wrap: true, size: 'Medium' },
        rich(run('This error has two common causes.')),
        { type: 'TextBlock', text: 'The resource path does not exist', weight: 'Bolder', spacing: 'Medium', wrap: true, size: 'Default' },
        rich(marker('1. '), run('Open the console.')),
        rich(marker('2. '), run('Redeploy.')),
        { type: 'CodeBlock', codeSnippet: 'aws apigateway create-deployment --rest-api-id abc123 --stage-name prod', language: 'Bash', spacing: 'Small' },
        { type: 'TextBlock', text: 'Related', weight: 'Bolder', spacing: 'Medium', wrap: true },
        { type: 'TextBlock', text: '• Troubleshoot 429 "Too Many Requests" errors', wrap: true },
        source(articleReply.article),
      ],
      actions: [{ type: 'Action.Submit', title: 'Solved it', data: { kbAction: 'kb_solved', kbValue: articleReply.actions[0].value }, style: 'positive' }],
    });
  });

  it('splits a long article into pages that each fit, chained by "Show more"', () => {
    const long = longArticle(40);
    const pages = articlePageCount(long);
    expect(pages).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let page = 0; page < pages; page++) {
      const card = renderArticleCard(long, page);
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      expect(cardProblems(card)).toEqual([]);
      const texts = card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
      seen.push(...texts.filter((t) => /^Cause \d+$/.test(t)));
      if (page < pages - 1) {
        expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Show more', data: { kbAction: 'kb_show_more', kbValue: encodeActionValue({ articleId: long.article.id, page: page + 1 }) } }]);
      } else {
        expect(card.actions?.map((a) => a.title)).toEqual(['Solved it']);
      }
    }
    // Every section appears exactly once, in order, across the pages.
    expect(seen).toEqual(long.sections.map((s) => s.heading));
  });
});

describe('renderResolvedCard', () => {
  it('keeps the fixing section and replaces the buttons with a thank-you', () => {
    const card = renderResolvedCard(articleReply, 'the-resource-path-does-not-exist', 'Thanks, noted.');
    expect(card.actions).toBeUndefined();
    const shown = (e: (typeof card.body)[number]): string =>
      e.type === 'TextBlock' ? e.text : e.type === 'RichTextBlock' ? e.inlines.map((r) => r.text).join('') : e.type;
    expect(card.body.map(shown)).toEqual([
      'Troubleshoot "Missing Authentication Token" errors',
      'The resource path does not exist',
      '1. Open the console.',
      '2. Redeploy.',
      'CodeBlock',
      `Source: ${articleReply.article.displayTitle} · ${articleReply.article.source} · Updated ${articleReply.article.updated}`,
      'Container',
    ]);
    expect(card.body[6]).toEqual({ type: 'Container', style: 'good', spacing: 'Medium', items: [{ type: 'TextBlock', text: '✅ Thanks, noted.', wrap: true }] });
  });
});

describe('renderReply', () => {
  it('sends a credential notice as its own plain-text message before the card', () => {
    const notice = { kind: 'credential' as const, message: 'Your message contained what looks like an AWS access key ID.', private: false };
    const messages = renderReply({ ...answerReply, notices: [notice] });
    expect(messages.map((m) => m.kind)).toEqual(['text', 'card']);
    expect(messages[0]).toEqual({ kind: 'text', text: notice.message });
    expect(messages[1]).toMatchObject({ kind: 'card', summary: answerReply.article.displayTitle });
  });

  it('sends an acknowledgement as text, without repeating a notice that says the same', () => {
    const notice = { kind: 'rate-limited' as const, message: ackReply.message, private: true };
    expect(renderReply({ ...ackReply, notices: [notice] })).toEqual([{ kind: 'text', text: 'Thanks, noted.' }]);
  });
});

describe('escapeCardText', () => {
  it('keeps pasted text literal: no emphasis, links, mentions, lists or headings', () => {
    expect(escapeCardText('arn:aws:execute-api:*:*/prod_*')).toBe('arn:aws:execute-api:\\*:\\*/prod\\_\\*');
    expect(escapeCardText('[click](http://x) <at>Alex</at>')).toBe('\\[click\\](http://x) \\<at\\>Alex\\</at\\>');
    expect(escapeCardText('# not a heading\n- not a bullet\n12. not a step')).toBe('\\# not a heading\n\\- not a bullet\n12\\. not a step');
  });
});

describe('fitCard', () => {
  it('trims the longest text of an oversized card until it fits, keeping the title', () => {
    const huge: AdaptiveCard = {
      ...renderAnswerCard(answerReply),
      body: [
        { type: 'TextBlock', text: 'Title' },
        ...Array.from({ length: 12 }, () => ({ type: 'TextBlock' as const, text: 'é'.repeat(3000), wrap: true })),
      ],
    };
    const fitted = fitCard(huge);
    expect(cardBytes(fitted)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(fitted.body[0]).toEqual({ type: 'TextBlock', text: 'Title' });
    expect(fitted.actions).toEqual(huge.actions);
    expect(cardProblems(fitted)).toEqual([]);
  });
});

describe('every fixture card', () => {
  it.each([
    ['answer', renderAnswerCard(answerReply)],
    ['clarify', renderClarifyCard(clarifyReply)],
    ['none', renderNoneCard(noneReply)],
    ['article', renderArticleCard(articleReply)],
    ['resolved', renderResolvedCard(articleReply, 'the-resource-path-does-not-exist', 'Thanks')],
  ])('the %s card parses in adaptivecards 1.5 without problems and fits', (_kind, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });
});

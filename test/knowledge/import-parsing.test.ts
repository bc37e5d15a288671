import { isChromeLine, stripChrome } from '../../src/knowledge/import/chrome';
import { fixJson, parseBlocks } from '../../src/knowledge/import/blocks';
import { detectCode } from '../../src/knowledge/import/code-detect';
import { codeErrors, errorsInText, quotedErrors } from '../../src/knowledge/import/errors';
import { splitRelated } from '../../src/knowledge/import/related-lines';
import { splitPage } from '../../src/knowledge/import/split-pages';
import { fixTypos } from '../../src/knowledge/typos';

describe('chrome', () => {
  it('drops whole chrome and ad lines but keeps article text that merely mentions the words', () => {
    expect(isChromeLine('Did this article help?')).toBe(true);
    expect(isChromeLine('Book A Meeting To Setup A VDCovertime')).toBe(true);
    expect(isChromeLine('All')).toBe(true);
    expect(isChromeLine('All requests are logged.')).toBe(false);
    expect(isChromeLine('Contact AWS Support for a quota increase.')).toBe(false);
    expect(stripChrome(['×', '', 'Title'])).toEqual(['', 'Title']);
  });
});

describe('splitPage', () => {
  it('finds articles by their "Last updated" line and the title and question above it', () => {
    const page = ['Welcome to Knowledge Base!', 'Cloud-AWS', 'First title', '', 'How do I first?', '', 'Last updated: 2022-01-02', '', 'Body one.', '', 'Read article', 'Second title', 'How do I second?', 'Last updated: 2022-03-04', 'Body two.'].join('\n');
    const copies = splitPage(page, 'p.txt');
    expect(copies.map((c) => [c.title, c.question, c.updated, c.lines])).toEqual([
      ['First title', 'How do I first?', '2022-01-02', ['Body one.']],
      ['Second title', 'How do I second?', '2022-03-04', ['Body two.']],
    ]);
  });
});

describe('parseBlocks', () => {
  it('reads "1.    text" and "  1. text" steps, "  •" bullets, continuation and Note lines', () => {
    const blocks = parseBlocks(['1.    Open it.', '', 'Note: carefully.', '', '2. Close it.', '', '  • one', '    more of one', '  • two']);
    expect(blocks).toEqual([
      { kind: 'steps', items: ['Open it.\nNote: carefully.', 'Close it.'], start: 1 },
      { kind: 'bullets', items: ['one\nmore of one', 'two'] },
    ]);
  });

  it('ends a command at the end of its backslash continuations, even when a step follows on the next line', () => {
    const blocks = parseBlocks(['5.    Run:', '', 'aws apigatewayv2 update-integration \\', '    --cli-input-json file://integration.json', '6.    Deploy.']);
    expect(blocks).toEqual([
      { kind: 'steps', items: ['Run:'], start: 5 },
      { kind: 'code', lang: 'shell', code: 'aws apigatewayv2 update-integration \\\n    --cli-input-json file://integration.json' },
      { kind: 'steps', items: ['Deploy.'], start: 6 },
    ]);
  });

  it('keeps whitespace-only lines inside a JSON body', () => {
    const lines = ['{', '  "a": 1,', '   ', '  "b": 2', '}', '', 'After.'];
    expect(parseBlocks(lines)[0]).toEqual({ kind: 'code', lang: 'json', code: '{\n  "a": 1,\n   \n  "b": 2\n}' });
  });
});

describe('fixJson', () => {
  it('reverses a JSON body printed upside down and leaves anything else alone', () => {
    expect(fixJson('}\n  "a": 1\n{')).toBe('{\n  "a": 1\n}');
    expect(fixJson('{ "a": true|false }')).toBe('{ "a": true|false }');
  });
});

describe('detectCode', () => {
  it('recognises CloudWatch log lines and leaves prose alone', () => {
    expect(detectCode(['Thu Aug 04 17:48:21 UTC 2022 : Method completed with status: 500'], 0)).toEqual({ start: 0, end: 1, lang: 'text' });
    expect(detectCode(['', 'Make sure that the log group exists.'], 1)).toBeNull();
  });
});

describe('errors', () => {
  it('reads straight, curly and mixed quotes, keeping only error-like strings', () => {
    expect(quotedErrors('the "$connect" route returns “Missing Authentication Token” and "Rate exceeded"')).toEqual(['Missing Authentication Token', 'Rate exceeded']);
    expect(quotedErrors('the following error: “Authorization header requires \'Credential\' parameter."')).toEqual(["Authorization header requires 'Credential' parameter."]);
  });

  it('reads unquoted error lines and error keys in JSON fragments', () => {
    expect(errorsInText('Access denied. Reason: Could not find issuer for certificate')).toEqual(['Access denied. Reason: Could not find issuer for certificate']);
    expect(codeErrors('...\n"errorMessage": "GoneException: 410" \n...')).toEqual(['GoneException: 410']);
  });
});

describe('splitRelated', () => {
  it('takes trailing link lines, with or without the double blank line before them', () => {
    expect(splitRelated(['Body text.', '', '', 'Some guide', '', 'How do I do it?'])).toEqual({ body: ['Body text.'], related: ['Some guide', 'How do I do it?'] });
    expect(splitRelated(['$ diff a b', '', 'Some guide (Python)', '', 'How do I do it?'])).toEqual({ body: ['$ diff a b'], related: ['Some guide (Python)', 'How do I do it?'] });
  });
});

describe('fixTypos', () => {
  it('fixes the documented typos, whole words only', () => {
    expect(fixTypos('Resolve errors deleting API Gatewway custom domain names')).toBe('Resolve errors deleting API Gateway custom domain names');
    expect(fixTypos('for API Gateway enpoints')).toBe('for API Gateway endpoints');
  });
});

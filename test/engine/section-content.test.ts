import path from 'node:path';
import { answerCause, causeOf } from '../../src/engine/section-content';
import { isInstruction, listRole, sentenceRole } from '../../src/engine/sentence-roles';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import type { Article, Section } from '../../src/knowledge/model';

const { articles } = loadKnowledgeSync(path.resolve(__dirname, '../../knowledge/articles'));

function section(articleStart: string, heading: RegExp): { article: Article; section: Section } {
  const article = articles.find((a) => a.id.startsWith(articleStart));
  const found = article?.sections.find((s) => heading.test(s.heading));
  if (!article || !found) throw new Error(`no section ${heading} in ${articleStart}`);
  return { article, section: found };
}

describe('sentence roles', () => {
  it('reads imperatives, "To resolve this, …" and "make sure" as instructions', () => {
    expect(isInstruction('Verify that the VPC Link is in the AVAILABLE state.')).toBe(true);
    expect(isInstruction('To resolve this, set the timeout on the target higher.')).toBe(true);
    expect(isInstruction('Before posting messages, make sure that your connection is established.')).toBe(true);
    expect(isInstruction('Execution logs contain information that you can use to identify most API errors.')).toBe(false);
  });

  it('reads "This error means …" as a cause and "For more information, see …" as a pointer', () => {
    expect(sentenceRole("This error means that the API Gateway can't find the root CA.")).toBe('cause');
    expect(sentenceRole('For more information, see Using IAM authorization.')).toBe('reference');
  });

  it('tells example lists from step lists by their lead-in and items', () => {
    expect(listRole('Execution logs contain information. For example:', ['The requests that your API receives'])).toBe('examples');
    expect(listRole('To troubleshoot this error, do the following:', ['Reproduce the request.'])).toBe('steps');
    expect(listRole('This error might be due to:', ['Lambda function permissions', 'Throttling issues'])).toBe('causes');
  });
});

describe('the cause of an answer', () => {
  it('takes the cause from the short description when the section states none', () => {
    const { article, section: resolution } = section('troubleshoot-410', /^Resolution$/);
    expect(causeOf(article, resolution)).toMatch(/before the connection was established/);
  });

  it('takes "This error means …" from the section itself', () => {
    const { article, section: ecdh } = section('troubleshoot-amazon-api-gateway-500', /ECDH/);
    expect(causeOf(article, ecdh)).toMatch(/^This error means that because a key and the corresponding certificate don't match/);
  });

  it('is never a lead-in, a question or a list, and stays within bounds, for every section of every article', () => {
    for (const article of articles) {
      for (const s of article.sections) {
        const cause = causeOf(article, s);
        if (cause === null) continue;
        expect(cause.length).toBeLessThanOrEqual(480);
        expect(cause).not.toMatch(/[:?]$/);
        expect(cause).not.toMatch(/similar to the following/i);
        expect(cause).not.toContain(';');
      }
    }
  });

  it('is not said twice: the blocks under it leave out the sentences it quotes from the section', () => {
    const { article, section: bad } = section('troubleshoot-api-gateway-5xx', /^502 error/);
    const { cause, blocks } = answerCause(article, bad);
    expect(cause).toMatch(/^A 502 error code is related to the AWS service/);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'API Gateway couldn’t process the response as a gateway or proxy.' });
    expect(JSON.stringify(blocks)).not.toContain('A 502 error code is related');
    expect(blocks.length).toBe(bad.blocks.length);
  });

  it('leaves the blocks whole when it comes from the short description', () => {
    const { article, section: resolution } = section('troubleshoot-410', /^Resolution$/);
    expect(answerCause(article, resolution).blocks).toEqual(resolution.blocks);
  });

  it('is null when neither the section nor the article says why', () => {
    const { article, section: deployed } = section('delete-an-amazon-vpc-link', /^Deployed REST APIs$/);
    expect(causeOf(article, deployed)).toBeNull();
  });
});

import path from 'node:path';
import { causeOf, stepsOf } from '../../src/engine/section-content';
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

describe('answer content from a section', () => {
  it('takes the cause from the short description when the section explains none, and leaves example lists out of the steps', () => {
    const { article, section: resolution } = section('troubleshoot-410', /^Resolution$/);
    expect(causeOf(article, resolution)).toMatch(/before the connection was established/);
    const steps = stepsOf(article, resolution);
    expect(steps.some((s) => /getConnection/.test(s))).toBe(true);
    expect(steps.some((s) => /child Lambda function/.test(s))).toBe(true);
    expect(steps).not.toContain('The requests that your API receives');
  });

  it('splits "This error means …. To resolve this, …" into cause and step', () => {
    const { article, section: ecdh } = section('troubleshoot-amazon-api-gateway-500', /ECDH/);
    expect(causeOf(article, ecdh)).toMatch(/^This error means that because a key and the corresponding certificate don't match/);
    expect(stepsOf(article, ecdh)).toEqual([expect.stringMatching(/^To resolve this, verify the contents of the files/)]);
  });

  it('keeps numbered procedures whole and in order', () => {
    const { article, section: monitor } = section('select-amazon-api-gateway-cache', /Monitor API metrics/);
    const steps = stepsOf(article, monitor);
    expect(steps[0]).toBe('Open the CloudWatch console.');
    expect(steps).toHaveLength(7);
  });

  it('drops a leading boilerplate note when the section has real steps', () => {
    const { article, section: cli } = section('pass-a-connectionid', /console and AWS CLI/);
    const steps = stepsOf(article, cli);
    expect(steps[0]).toMatch(/^Follow the instructions to create a REST API VPC link/);
    expect(steps.join(' ')).not.toMatch(/most recent AWS CLI version/);
  });

  it('writes every step on one line and every cause within bounds, for every section of every article', () => {
    for (const article of articles) {
      for (const s of article.sections) {
        for (const step of stepsOf(article, s)) expect(step).not.toContain('\n');
        expect(causeOf(article, s).length).toBeLessThanOrEqual(480);
      }
    }
  });
});

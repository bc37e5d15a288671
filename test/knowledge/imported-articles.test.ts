import fs from 'node:fs';
import path from 'node:path';
import { cleanHeading } from '../../src/knowledge/import/clean-text';
import { importPages, readSourcePages } from '../../src/knowledge/import/run-import';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import type { Article, Block, Section } from '../../src/knowledge/model';
import { ARTICLES_DIR, CHROME_PHRASES, EXPECTED_TITLES, SOURCES_DIR } from './fixtures';

const pages = readSourcePages(SOURCES_DIR);
const result = importPages(pages);
const committed = loadKnowledgeSync(ARTICLES_DIR);

function byTitle(start: string): Article {
  const found = committed.articles.filter((a) => a.title.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
}

function sectionWithError(article: Article, error: string): Section {
  const sections = article.sections.filter((s) => s.errors.some((e) => e.includes(error)));
  expect(sections.map((s) => s.heading)).toHaveLength(1);
  return sections[0];
}

function codeBlocks(article: Article): Extract<Block, { kind: 'code' }>[] {
  return article.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'code' }> => b.kind === 'code');
}

describe('the committed knowledge base (knowledge/articles)', () => {
  it('loads without problems', () => {
    expect(committed.problems).toEqual([]);
  });

  it('has each of the 23 distinct titles exactly once, and nothing else', () => {
    const titles = committed.articles.map((a) => a.title).sort();
    expect(titles).toEqual([...EXPECTED_TITLES].sort());
  });

  it('keeps the source spelling in title and fixes typos in displayTitle', () => {
    const article = byTitle('Resolve errors deleting API Gatewway');
    expect(article.displayTitle).toBe('Resolve errors deleting API Gateway custom domain names');
    expect(byTitle('Troubleshoot "internal server"').displayTitle).toContain('endpoints');
    expect(byTitle('Troubleshoot API Gateway 5xx').displayTitle).toBe('Troubleshoot API Gateway 5xx errors');
  });

  it('keeps every section in the order the source page prints its heading', () => {
    for (const article of committed.articles) {
      for (const source of article.sources) {
        // Headings as the importer cleans them (see clean-text.ts): a lost first letter restored, spaces fixed.
        const page = pages.find((p) => p.name === source)!.text.split('\n').map(cleanHeading).join('\n');
        const start = page.indexOf(`${article.title}\n`);
        expect(start).toBeGreaterThanOrEqual(0);
        let at = start;
        for (const section of article.sections) {
          const next = page.indexOf(section.heading, at);
          if (next < 0) throw new Error(`${article.id}: heading "${section.heading}" not found after offset ${at} in ${source}`);
          at = next + section.heading.length;
        }
      }
    }
  });

  it('has no site chrome or advertisement text in any file', () => {
    for (const name of fs.readdirSync(ARTICLES_DIR)) {
      const text = fs.readFileSync(path.join(ARTICLES_DIR, name), 'utf8');
      for (const phrase of CHROME_PHRASES) {
        if (text.includes(phrase)) throw new Error(`${name} contains chrome text "${phrase}"`);
      }
    }
  });

  it('records the source pages of each article, both pages for the six repeated ones', () => {
    const twice = committed.articles.filter((a) => a.sources.length === 2).map((a) => a.title);
    expect(twice).toHaveLength(6);
    for (const article of committed.articles) for (const s of article.sources) expect(pages.map((p) => p.name)).toContain(s);
  });
});

describe('errors attached to the section that resolves them', () => {
  it('puts "GoneException: 410" (from the problem statement) on the Resolution section', () => {
    const section = sectionWithError(byTitle('Troubleshoot 410 GoneException'), 'GoneException: 410');
    expect(section.heading).toBe('Resolution');
    expect(section.errors).toContain('GoneException: 410');
  });

  it('gives the VPC link host-name error a section of its own whose text is the fix', () => {
    const article = byTitle('Troubleshoot Amazon API Gateway 500 errors with VPC link');
    const section = sectionWithError(article, "Host name 'domain.com.com' does not match the certificate subject provided by the peer");
    expect(section.level).toBe(3);
    expect(section.heading).toBe(
      "\"Execution failed due to configuration error: Host name 'domain.com.com' does not match the certificate subject provided by the peer (CN=myinstance.com)\"",
    );
    expect(section.errors).toEqual([
      "Execution failed due to configuration error: Host name 'domain.com.com' does not match the certificate subject provided by the peer (CN=myinstance.com)",
    ]);
    expect(section.blocks[0]).toEqual({
      kind: 'paragraph',
      text: "Make sure that the endpoint domain name matches the certificate that's returned by the TLS enabled load balancer target.",
    });
  });

  it('attaches "Access denied. Reason: Could not find issuer for certificate" to its "To resolve" section, not the short description', () => {
    const article = byTitle('Resolve mutual TLS 403');
    const section = sectionWithError(article, 'Access denied. Reason: Could not find issuer for certificate');
    expect(section.heading).toBe('To resolve "Access denied. Reason: Could not find issuer for certificate" errors');
    expect(section.blocks.some((b) => b.kind === 'code' && b.code.includes('openssl verify -CAfile bundle.pem client.pem'))).toBe(true);
  });

  it('attaches the VPC link deletion error from the problem statement to the Resolution section', () => {
    const section = sectionWithError(byTitle('Delete an Amazon VPC link'), 'Cannot delete VPC link referenced in format of [Method:Resource].');
    expect(section.heading).toBe('Resolution');
  });

  it('gives the curl private-key error its own section', () => {
    const section = sectionWithError(byTitle('Troubleshoot API Gateway certificate issues'), "curl: (58) unable to set private key file: 'self-signed.key' type PEM");
    expect(section.heading).toBe("\"curl: (58) unable to set private key file: 'self-signed.key' type PEM\"");
    expect(section.blocks).toHaveLength(1);
  });

  it('attaches unquoted "An error occurred (…) when calling the DeleteDomainName API" headings to their sections', () => {
    const article = byTitle('Resolve errors deleting API Gatewway');
    const section = sectionWithError(article, 'AccessDeniedException');
    expect(section.heading).toBe('An error occurred (AccessDeniedException) when calling the DeleteDomainName API');
  });

  it('reads curly and mixed quotes, and puts the SigV4 problem-statement error on the signature mismatch section', () => {
    const article = byTitle('Troubleshoot SigV4');
    expect(sectionWithError(article, 'Missing Authentication Token').heading).toBe('IAM authentication');
    expect(sectionWithError(article, "Authorization header requires 'Credential' parameter").heading).toBe('API request header');
    const mismatch = article.sections.find((s) => s.heading === 'Signature mismatch')!;
    expect(mismatch.errors).toContain(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  });

  it('keeps error strings verbatim', () => {
    const all = committed.articles.flatMap((a) => a.sections.flatMap((s) => s.errors));
    expect(all).toContain('Execution failed due to configuration error: Not a valid protocol version: {Text of string}');
    expect(all).toContain("SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED]");
    for (const error of all) expect(error).not.toMatch(/^["“]|["”]$|^\s|\s$/);
  });
});

describe('code blocks', () => {
  it('turns the upside-down IAM policy into valid JSON in reading order', () => {
    const article = byTitle('Resolve "HTTP 403 Forbidden" errors when invoking API Gateway with an IAM cross-account');
    const policy = codeBlocks(article).find((b) => b.code.includes('execute-api:ManageConnections'))!;
    expect(policy.lang).toBe('json');
    const parsed = JSON.parse(policy.code) as { Version: string; Statement: { Action: string[] }[] };
    expect(Object.keys(parsed)[0]).toBe('Version');
    expect(parsed.Statement[0].Action).toContain('execute-api:Invoke');
    expect(policy.code.startsWith('{\n  "Version": "2012-10-17",')).toBe(true);
  });

  it('keeps valid JSON byte for byte', () => {
    const article = byTitle('Troubleshoot missing CloudWatch logs');
    const policy = codeBlocks(article).find((b) => b.lang === 'json')!;
    const page = pages.find((p) => p.name === article.sources[0])!.text;
    expect(page).toContain(policy.code);
    expect(() => JSON.parse(policy.code)).not.toThrow();
  });

  it('keeps the put-integration command one shell block with its backslash continuations', () => {
    const block = codeBlocks(byTitle('Troubleshoot API Gateway 5xx')).find((b) => b.code.startsWith('aws apigateway put-integration'))!;
    expect(block.lang).toBe('shell');
    expect(block.code.split('\n')).toHaveLength(7);
    expect(block.code).toContain(' \\\n    --rest-api-id id \\\n');
    expect(block.code.endsWith('helloworld/invocations')).toBe(true);
  });

  it('keeps each Lambda authorizer example one javascript block', () => {
    const js = codeBlocks(byTitle('Fix authorization HTTP 403')).filter((b) => b.lang === 'javascript');
    expect(js).toHaveLength(2);
    expect(js[0].code.startsWith('exports.handler =  function(event, context, callback) {')).toBe(true);
    expect(js[0].code.trimEnd().endsWith('return authResponse;\n}')).toBe(true);
    expect(js[1].code).toContain('var generateDeny = function(principalId, resource) {');
  });

  it('detects YAML, XML, log lines and commands without fences', () => {
    const langs = (start: string): string[] => codeBlocks(byTitle(start)).map((b) => b.lang);
    expect(langs('Pass a connectionId')).toEqual(['shell', 'json', 'shell', 'yaml']);
    expect(langs('Troubleshoot SigV4')).toEqual(['text', 'xml', 'text']);
    const vpc = byTitle('Troubleshoot Amazon API Gateway 500 errors with VPC link');
    const logs = vpc.sections[0].blocks.filter((b) => b.kind === 'code');
    expect(logs).toHaveLength(2);
    expect(logs.every((b) => b.kind === 'code' && b.code.startsWith('Thu Aug 04'))).toBe(true);
  });

  it('never leaves a command or a JSON line in a paragraph', () => {
    for (const article of committed.articles) {
      for (const block of article.sections.flatMap((s) => s.blocks)) {
        if (block.kind !== 'paragraph') continue;
        expect(block.text).not.toMatch(/^(\$ |aws |openssl |curl |[{}[\]]\s*$|"[\w.]+":)/);
      }
    }
  });

  it('numbers steps as the source does when a list resumes after a command', () => {
    const article = byTitle('Create a private integration using an ALB');
    const steps = article.sections[0].blocks.filter((b) => b.kind === 'steps');
    expect(steps.map((b) => (b.kind === 'steps' ? [b.start ?? 1, b.items.length] : []))).toEqual([[1, 3], [4, 5]]);
  });

  it('keeps a Note line with the step it follows', () => {
    const article = byTitle('Resolve mutual TLS 403');
    const steps = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'steps')!;
    expect(steps.kind === 'steps' && steps.items[0]).toMatch(/^Create a new API mapping.*\nNote: If you don't have a REST API/s);
  });
});

describe('related links', () => {
  it('separates trailing links from the body and resolves the ones naming another article', () => {
    const article = byTitle('Troubleshoot 410 GoneException');
    expect(article.related).toEqual([
      { title: 'About WebSocket APIs in API Gateway' },
      {
        title: 'How can I pass a connectionId or custom token to VPC Link integration as a header for Amazon API Gateway WebSocket APIs?',
        articleId: byTitle('Pass a connectionId').id,
      },
    ]);
    const body = article.sections.flatMap((s) => s.blocks).map((b) => JSON.stringify(b)).join('\n');
    expect(body).not.toContain('About WebSocket APIs in API Gateway');
  });
});

describe('the importer', () => {
  it('re-creates the committed files byte for byte', () => {
    const names = result.files.map((f) => f.name).sort();
    expect(names).toHaveLength(23);
    for (const file of result.files) {
      expect(fs.readFileSync(path.join(ARTICLES_DIR, file.name), 'utf8')).toBe(file.content);
    }
  });

  it('gives the same output on a second run', () => {
    expect(importPages(pages).files).toEqual(result.files);
  });

  it('reports the six merged duplicates with both source pages', () => {
    expect(result.copies).toBe(29);
    expect(result.merges.map((m) => m.title).sort()).toEqual(
      [
        'Connect API Gateway to your on-premises network',
        'Create a private integration using an ALB for an API Gateway HTTP API',
        'Pass a connectionId or custom token to VPC Link integration as a header for API Gateway WebSocket APIs',
        'Resolve "HTTP 403 Forbidden" errors when invoking API Gateway with an IAM cross-account',
        'Resolve DNS or certificate mismatch errors for API Gateway custom domains',
        'Troubleshoot API Gateway 5xx errors',
      ].sort(),
    );
    for (const merge of result.merges) expect(merge.sources).toHaveLength(2);
  });

  it('produces articles equal to what the loader reads back from its Markdown', () => {
    for (const article of result.articles) {
      const loaded = committed.articles.find((a) => a.id === article.id)!;
      expect({ ...loaded, file: '' }).toEqual({ ...article, file: '' });
    }
  });
});

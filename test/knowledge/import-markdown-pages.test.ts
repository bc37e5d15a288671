import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as importCommand } from '../../src/cli/commands/import';
import { loadEngine } from '../../src/engine/load-engine';
import { importMarkdownPages, importProblems, type MarkdownPage } from '../../src/knowledge/import/markdown-pages';
import { loadKnowledgeSync } from '../../src/knowledge/load';

const IMAGE_PULLS = `# Image pull failures

When a pod cannot pull its image, it shows \`ErrImagePull\` and then \`ImagePullBackOff\`.
See [the docs](https://example.com/images) for **more**.

## Check the image name

The error "Failed to pull image: rpc error: code = NotFound desc = manifest unknown" means the tag does not exist.

1. Run \`kubectl describe pod POD\`.
2. Fix the image tag.

\`\`\`sh
kubectl set image deployment/web web=nginx:1.27
\`\`\`

## Private registry credentials

If the registry answers \`401 Unauthorized\`, add an image pull secret.

### Create the secret

\`\`\`sh
kubectl create secret docker-registry regcred --docker-server=REGISTRY
\`\`\`
`;

const TWO_TITLES = `# Name resolution
Pods look names up through the cluster DNS.
# Pods cannot resolve names
The error \`nslookup: can't resolve 'kubernetes.default'\` means the DNS service is not answering.
## Check the DNS pods
Run kubectl get pods -n kube-system.
`;

const page = (name: string, text: string): MarkdownPage => ({ name, text, updated: '2025-03-04' });

describe('importMarkdownPages', () => {
  it('makes the # heading the title, ## sections and ### sub-sections, with quoted errors on their section', () => {
    const result = importMarkdownPages([page('image-pulls.md', IMAGE_PULLS)], 'kb');
    expect(importProblems(result, 'kb')).toEqual([]);
    expect(result.outcomes).toEqual([{ page: 'image-pulls.md', file: 'image-pull-failures.md', how: 'converted' }]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-md-import-'));
    try {
      for (const file of result.files) fs.writeFileSync(path.join(dir, file.name), file.content);
      const { articles, problems } = loadKnowledgeSync(dir, { root: dir });
      expect(problems).toEqual([]);
      const [article] = articles;
      expect(article).toMatchObject({ id: 'image-pull-failures', title: 'Image pull failures', updated: '2025-03-04', sources: ['image-pulls.md'] });
      expect(article.summary).toBe('When a pod cannot pull its image, it shows `ErrImagePull` and then `ImagePullBackOff`.\nSee the docs (https://example.com/images) for more.');
      expect(article.sections.map((s) => [s.level, s.heading, s.errors])).toEqual([
        [2, 'Check the image name', ['Failed to pull image: rpc error: code = NotFound desc = manifest unknown']],
        [2, 'Private registry credentials', ['401 Unauthorized']],
        [3, 'Create the secret', []],
      ]);
      expect(article.sections[0].blocks.map((b) => b.kind)).toEqual(['paragraph', 'steps', 'code']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats each of several # headings as a section, titled from the file name', () => {
    const result = importMarkdownPages([page('cluster-dns.md', TWO_TITLES)], 'kb');
    expect(importProblems(result, 'kb')).toEqual([]);
    const content = result.files[0].content;
    expect(content).toMatch(/^title: Cluster dns$/m);
    expect(content).toContain('\n## Name resolution\n');
    expect(content).toContain('\n## Pods cannot resolve names\n');
    expect(content).toContain('\n### Check the DNS pods\n');
    expect(content).toContain(`pods-cannot-resolve-names:\n    - "nslookup: can't resolve 'kubernetes.default'"`);
  });

  it('gives a page without headings one section, copies pages that already are articles, and keeps titles apart', () => {
    const article = '---\ntitle: Already an article\nupdated: 2024-01-01\n---\n\n## Fix\n\nDo this.\n';
    const result = importMarkdownPages(
      [page('notes.md', 'Restart the worker when it hangs.\n'), page('ready.md', article), page('a.md', '# Notes\n\n## One\n\nText.\n')],
      'kb',
    );
    expect(importProblems(result, 'kb')).toEqual([]);
    expect(result.outcomes.map((o) => [o.page, o.file, o.how])).toEqual([
      ['a.md', 'notes.md', 'converted'],
      ['notes.md', 'notes-notes-md.md', 'converted'],
      ['ready.md', 'ready.md', 'copied'],
    ]);
    expect(result.files[1].content).toMatch(/^title: Notes \(notes\.md\)$/m);
    expect(result.files[1].content).toContain('\n## Notes (notes.md)\n\nRestart the worker when it hangs.\n');
    expect(result.files[2].content).toBe(article);
  });

  it('is deterministic: the same pages give the same bytes whatever their order', () => {
    const pages = [page('image-pulls.md', IMAGE_PULLS), page('cluster-dns.md', TWO_TITLES)];
    expect(importMarkdownPages([...pages].reverse(), 'kb')).toEqual(importMarkdownPages(pages, 'kb'));
  });
});

describe('npm run kb -- import PAGES --out DIR', () => {
  it('converts the folder, and the assistant answers an error quoted in a page', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-md-cli-'));
    const pages = path.join(tmp, 'docs');
    const out = path.join(tmp, 'kb');
    fs.mkdirSync(pages);
    fs.writeFileSync(path.join(pages, 'image-pulls.md'), IMAGE_PULLS);
    fs.writeFileSync(path.join(pages, 'cluster-dns.md'), TWO_TITLES);
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await importCommand([pages, '--out', out])).toBe(0);
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('2 pages converted');
    } finally {
      write.mockRestore();
    }
    try {
      expect(fs.readdirSync(out).sort()).toEqual(['cluster-dns.md', 'image-pull-failures.md']);
      const { engine } = await loadEngine({ knowledgeDir: out, indexPath: path.join(tmp, 'no-index.json'), warmUp: false });
      const { reply } = engine.respond('Failed to pull image "registry.example.com/web:2.1": rpc error: code = NotFound desc = manifest unknown');
      expect(reply.kind).toBe('answer');
      if (reply.kind === 'answer') expect([reply.article.title, reply.section.heading]).toEqual(['Image pull failures', 'Check the image name']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('asks for --out rather than writing into the shipped knowledge base', async () => {
    const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-md-cli-'));
    fs.writeFileSync(path.join(pages, 'a.md'), '# A\n\n## B\n\nText.\n');
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await importCommand([pages])).toBe(2);
      expect(String(err.mock.calls[0][0])).toMatch(/^kb import: say where the articles go with --out DIR/);
    } finally {
      err.mockRestore();
      fs.rmSync(pages, { recursive: true, force: true });
    }
  });
});

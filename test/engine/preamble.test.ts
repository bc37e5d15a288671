import type { Article, Section } from '../../src/knowledge/model';
import { preamble } from '../../src/engine/preamble';
import { shippedEngine } from './engine-fixture';

function section(id: string, level: 2 | 3, blocks: Section['blocks']): Section {
  return { id, heading: id, level, blocks, errors: [] };
}

function article(sections: Section[]): Article {
  return { id: 'a', title: 'A', displayTitle: 'A', question: 'A?', updated: '2024-01-01', summary: '', tags: [], variants: [], sections, related: [], sources: [], file: 'a.md' };
}

const child = section('timeouts', 3, [{ kind: 'paragraph', text: 'Raise the upstream timeout.' }]);

describe('what an answer on a sub-section carries from its parent', () => {
  it('keeps the instructions that hold for every sub-section, and a note only with the instruction it follows', () => {
    const parent = section('resolution', 2, [
      { kind: 'paragraph', text: 'Before you begin, turn on request tracing for the gateway. Tracing costs extra.' },
      { kind: 'paragraph', text: 'Note: Choose the DEBUG level to see each hop.' },
      { kind: 'paragraph', text: 'The gateway counts failed calls per minute.' },
      { kind: 'paragraph', text: 'Note: Upgrade the CLI if a command fails.' },
      { kind: 'paragraph', text: 'Follow these steps depending on the error you get.' },
    ]);
    expect(preamble(article([parent, child]), child)).toEqual([
      { kind: 'paragraph', text: 'Before you begin, turn on request tracing for the gateway.' },
      { kind: 'paragraph', text: 'Note: Choose the DEBUG level to see each hop.' },
    ]);
  });

  it('brings the list a lead-in introduces', () => {
    const checks = { kind: 'bullets' as const, items: ['the proxy is reachable.', 'the port is open.'] };
    const parent = section('resolution', 2, [{ kind: 'paragraph', text: 'Before you begin, verify that:' }, checks]);
    expect(preamble(article([parent, child]), child)).toEqual([{ kind: 'paragraph', text: 'Before you begin, verify that:' }, checks]);
  });

  it('is empty for a top-level section, and when the parent holds a procedure of its own', () => {
    const parent = section('resolution', 2, [{ kind: 'paragraph', text: 'Run the following command:' }, { kind: 'code', lang: 'shell', code: 'gw check' }]);
    expect(preamble(article([parent, child]), child)).toEqual([]);
    expect(preamble(article([parent, child]), parent)).toEqual([]);
  });

  it('starts a shipped answer on one 5xx cause with the logging its article asks for first', () => {
    const { engine } = shippedEngine();
    const { reply } = engine.respond('Execution failed due to configuration error: Invalid permissions on Lambda function');
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.section.id).toBe('lambda-function-permissions');
    expect(reply.blocks.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'Before you begin, follow the steps to turn on Amazon CloudWatch Logs for troubleshooting API Gateway errors.' },
      { kind: 'note', label: 'Note', text: 'For Log level, choose INFO to generate execution logs for all requests.' },
    ]);
  });
});

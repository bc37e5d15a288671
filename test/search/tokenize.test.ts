import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, tokenize } from '../../src/search';
import type { SectionDocument } from '../../src/knowledge/model';

describe('tokenize', () => {
  it('keeps error tokens whole and also emits their parts', () => {
    const terms = tokenize('GoneException on execute-api:Invoke, curl: (58) and 5XXError with ERR_CERT_COMMON_NAME_INVALID');
    expect(terms).toEqual(expect.arrayContaining(['goneexception', 'gone', 'execute-api:invoke', 'invok', 'curl-58', '5xx', 'err_cert_common_name_invalid']));
  });

  it('folds plurals and verb forms and drops filler and numbers that are not statuses', () => {
    expect(tokenize('certificates expired logging 2024 12 502 thanks')).toEqual(['certificat', 'expir', 'log', '502']);
  });

  it('drops what is left of a contraction ("isn", "doesn", "re", "ve", "won")', () => {
    expect(tokenize("kubelet isn't running, doesn't start, we've tried, you're right, won't connect")).toEqual(['kubelet', 'run', 'start', 'right', 'connect']);
    expect(tokenize('im sure the kubelet isnt running, it doesnt start and we cant connect')).toEqual(['sure', 'kubelet', 'run', 'start', 'connect']);
    expect(tokenize('request id')).toEqual(['request', 'id']);
  });

  it('reads a plural acronym as the plural of a word, not as two words', () => {
    expect(tokenize('APIs URLs')).toEqual(tokenize('apis urls'));
  });
});

describe('SEARCH_OPTIONS', () => {
  it('builds an index that reloads with loadJSON and answers the same', () => {
    const docs: SectionDocument[] = [
      { id: 'a#1', articleId: 'a', sectionId: '1', title: 'Gone errors', question: '', tags: 'websocket', heading: 'GoneException', errors: 'GoneException: 410', body: 'postToConnection fails' },
      { id: 'b#1', articleId: 'b', sectionId: '1', title: 'Certificates', question: '', tags: 'tls', heading: 'Expired', errors: '', body: 'certificate has expired' },
    ];
    const built = new MiniSearch<SectionDocument>(SEARCH_OPTIONS);
    built.addAll(docs);
    const loaded = MiniSearch.loadJSON<SectionDocument>(JSON.stringify(built), SEARCH_OPTIONS);
    const query = tokenize('GoneException 410').join(' ');
    expect(loaded.search(query).map((r) => r.id)).toEqual(built.search(query).map((r) => r.id));
    expect(loaded.search(query)[0].id).toBe('a#1');
  });
});

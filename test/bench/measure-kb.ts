/**
 * Engine measurements on one knowledge base, run in a fresh child process so memory and JIT
 * state do not leak between the shipped and the synthetic KB: index build and load times, RSS
 * after load, reply latency for short and long messages, and plain MiniSearch on the same index.
 */
import MiniSearch from 'minisearch';
import { createEngine } from '../../src/engine/create-engine';
import { warmUp } from '../../src/engine/warm-up';
import { toSectionDocuments } from '../../src/knowledge/documents';
import type { Article, SectionDocument } from '../../src/knowledge/model';
import { buildSectionIndex, loadSectionIndex, serializeSectionIndex, SEARCH_OPTIONS } from '../../src/search';
import { benchMessages } from './bench-messages';
import { percentile, timeMs } from './stats';

export interface LatencySummary {
  p50: number;
  p99: number;
  samples: number;
}

export interface KbResult {
  articles: number;
  sections: number;
  buildMs: number;
  loadMs: number;
  indexBytes: number;
  rssAfterLoadMb: number;
  engine: { short: LatencySummary; long: LatencySummary };
  plain: { short: LatencySummary; long: LatencySummary };
  /** Where the engine's time goes on long messages: the slowest few, with their lengths. */
  slowest: { chars: number; ms: number; kind: string }[];
}

/**
 * Runs `run` over `messages` (after a warm-up pass) for up to `rounds` rounds, stopping early
 * once `budgetMs` is spent (plain MiniSearch on long pastes can take seconds each).
 */
function sample(messages: readonly string[], rounds: number, budgetMs: number, run: (m: string) => void): { times: number[]; perMessage: number[] } {
  const warmEnd = Date.now() + budgetMs / 4;
  for (const m of messages) {
    run(m);
    if (Date.now() > warmEnd) break;
  }
  const times: number[] = [];
  const perMessage = new Array<number>(messages.length).fill(0);
  const deadline = Date.now() + budgetMs;
  outer: for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < messages.length; i++) {
      const t = timeMs(() => run(messages[i]));
      times.push(t);
      perMessage[i] = Math.max(perMessage[i], t);
      if (Date.now() > deadline && times.length >= 10) break outer;
    }
  }
  return { times, perMessage };
}

const summary = (times: number[]): LatencySummary => ({ p50: percentile(times, 50), p99: percentile(times, 99), samples: times.length });

/** Measures the engine on `articles`; message texts come from the real articles' errors and questions. */
export function measureKb(articles: Article[], messageSource: readonly Article[]): KbResult {
  const docs = toSectionDocuments(articles);
  let built: ReturnType<typeof buildSectionIndex> | undefined;
  const buildMs = timeMs(() => {
    built = buildSectionIndex(articles, docs);
  });
  const json = serializeSectionIndex(built!, 'bench');
  built = undefined;

  global.gc?.();
  let loaded: ReturnType<typeof loadSectionIndex> | undefined;
  const loadMs = timeMs(() => {
    loaded = loadSectionIndex(json, articles);
  });
  loaded = undefined;
  const engine = createEngine(articles, { index: json });
  // The warm-up the server runs as it starts listening (the first second of its life): latency is
  // measured as steady traffic meets it, not while V8 is still compiling and installing the hot paths.
  warmUp(engine, articles);
  global.gc?.();
  const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20;

  // "Plain": the same serialized index, MiniSearch's default search options, the whole message as query.
  const inner = (JSON.parse(json) as { minisearch: string }).minisearch;
  const plainIndex = MiniSearch.loadJSON<SectionDocument>(inner, { ...SEARCH_OPTIONS, searchOptions: undefined });

  const { short, long } = benchMessages(messageSource, 200, 60);
  const engineShort = sample(short, 10, 8_000, (m) => engine.respond(m));
  const engineLong = sample(long, 10, 8_000, (m) => engine.respond(m));
  const plainShort = sample(short, 10, 8_000, (m) => plainIndex.search(m));
  const plainLong = sample(long, 3, 8_000, (m) => plainIndex.search(m));

  const slowest = engineLong.perMessage
    .map((ms, i) => ({ chars: long[i].length, ms, kind: long[i].includes('\n> ') ? 'curl dump' : long[i].includes(' at ') || long[i].includes('File "') ? 'stack trace' : 'log lines' }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);

  return {
    articles: articles.length,
    sections: docs.length,
    buildMs,
    loadMs,
    indexBytes: Buffer.byteLength(json),
    rssAfterLoadMb,
    engine: { short: summary(engineShort.times), long: summary(engineLong.times) },
    plain: { short: summary(plainShort.times), long: summary(plainLong.times) },
    slowest,
  };
}

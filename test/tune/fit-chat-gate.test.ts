import path from 'node:path';
import { troubleshootingProbability } from '../../src/engine/chat-gate';
import { FITTED_MODEL } from '../../src/engine/fitted-model';
import { defaultArticlesDir } from '../../src/knowledge/paths';
import { applyModel } from '../../src/search';
import { DEFAULT_FIT_OPTIONS, fitGate, fitThresholds, isChat, trainingMessages, type TrainingMessage } from '../../src/tune/fit';
import { loadLabelledSet } from '../../src/tune/labelled-set';

const root = path.join(__dirname, '..', 'engine');

describe('fitting the chat gate', () => {
  let messages: TrainingMessage[];
  beforeAll(async () => {
    const relevance = FITTED_MODEL.relevance;
    const sets = [
      await loadLabelledSet(path.join(root, 'realistic-messages', 'set-1.jsonl'), defaultArticlesDir(), relevance),
      await loadLabelledSet(path.join(root, 'chat-messages', 'fit.jsonl'), defaultArticlesDir(), relevance),
    ];
    // A slice of each keeps the threshold search (a grid over every decision number) quick.
    const all = trainingMessages(sets);
    messages = [...all.filter((m) => !isChat(m)).slice(0, 25), ...all.filter(isChat).slice(0, 20)];
  });

  it('has nothing to learn when no chat message is labelled', () => {
    const troubleshooting = messages.filter((m) => !isChat(m));
    const scored = new Map(troubleshooting.map((m) => [m, applyModel(m.message.ranking, FITTED_MODEL.relevance)]));
    expect(fitGate(troubleshooting, scored, DEFAULT_FIT_OPTIONS.lambda)).toBeNull();
  });

  it('turns chat away and no troubleshooting message whose best article is right', () => {
    const thresholds = fitThresholds(messages, FITTED_MODEL.relevance);
    const probability = (m: TrainingMessage): number | null => {
      const ranking = applyModel(m.message.ranking, FITTED_MODEL.relevance);
      return ranking.articles.length > 0 ? troubleshootingProbability(thresholds.gate, ranking) : null;
    };
    const chat = messages.filter(isChat).map(probability).filter((p): p is number => p !== null);
    expect(thresholds.gate.threshold).toBeGreaterThan(0);
    expect(chat.filter((p) => p < thresholds.gate.threshold).length).toBeGreaterThan(chat.length / 2);
    for (const m of messages.filter((m) => !isChat(m))) {
      const ranking = applyModel(m.message.ranking, FITTED_MODEL.relevance);
      if (ranking.articles.length > 0 && m.message.expect.has(ranking.articles[0].articleId)) expect(probability(m)).toBeGreaterThanOrEqual(thresholds.gate.threshold);
    }
  });
});

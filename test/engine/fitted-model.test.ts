import { FITTED_MODEL, parseFittedModel } from '../../src/engine/fitted-model';

describe('the committed fitted model', () => {
  it('is complete and was fitted by kb tune with cross-validation', () => {
    expect(FITTED_MODEL.decision.answer).toBeGreaterThan(0);
    expect(FITTED_MODEL.provenance).toMatchObject({ folds: 5, crossValidated: expect.any(Object), leaveOneKnowledgeBaseOut: expect.any(Object) });
  });

  it('names the field at fault in a broken file', () => {
    const broken = JSON.parse(JSON.stringify(FITTED_MODEL)) as { relevance: { weights: Record<string, unknown> } };
    broken.relevance.weights.text = 'high';
    expect(() => parseFittedModel(broken)).toThrow('fitted model: relevance.weights.text must be a number');
    expect(() => parseFittedModel({ ...FITTED_MODEL, decision: { ...FITTED_MODEL.decision, answer: 3 } })).toThrow('decision.answer must be between 0 and 1');
    const { gate, ...withoutGate } = FITTED_MODEL.decision;
    expect(() => parseFittedModel({ ...FITTED_MODEL, decision: withoutGate })).toThrow('fitted model: decision.gate must be an object');
    expect(() => parseFittedModel({ ...FITTED_MODEL, decision: { ...FITTED_MODEL.decision, gate: { ...gate, threshold: -1 } } })).toThrow('decision.gate.threshold must be between 0 and 1');
  });
});

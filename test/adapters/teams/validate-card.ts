/** Parses a card with the `adaptivecards` library (targeting schema 1.5) and returns every problem it reports. */
import * as AC from 'adaptivecards';

export function cardProblems(json: unknown): string[] {
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  if (card.version?.toString() !== '1.5') problems.push(`version: ${card.version?.toString()}`);
  return problems;
}

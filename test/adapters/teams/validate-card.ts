/**
 * Parses a card with the `adaptivecards` library (targeting schema 1.5) and returns every problem it
 * reports. Teams adds one element to the schema, `CodeBlock`; it is registered here with the
 * properties Teams documents (codeSnippet, language, startLineNumber), so it parses like the rest.
 */
import * as AC from 'adaptivecards';

class TeamsCodeBlock extends AC.CardElement {
  static readonly codeSnippetProperty = new AC.StringProperty(AC.Versions.v1_5, 'codeSnippet', true);
  static readonly languageProperty = new AC.StringProperty(AC.Versions.v1_5, 'language', true);
  static readonly startLineNumberProperty = new AC.NumProperty(AC.Versions.v1_5, 'startLineNumber');

  getJsonTypeName(): string {
    return 'CodeBlock';
  }

  protected internalRender(): HTMLElement | undefined {
    return undefined;
  }

  /** The snippet as parsed, for tests that read it back. */
  get codeSnippet(): string | undefined {
    return this.getValue(TeamsCodeBlock.codeSnippetProperty) as string | undefined;
  }
}

const LANGUAGES = new Set(['Bash', 'C', 'C++', 'C#', 'CSS', 'DOS', 'Go', 'GraphQL', 'HTML', 'Java', 'JavaScript', 'JSON', 'ObjectiveC', 'Perl', 'PHP', 'PlainText', 'PowerShell', 'Python', 'SQL', 'TypeScript', 'VbNet', 'Verilog', 'VHDL', 'XML']);

function codeBlockProblems(json: unknown, into: string[]): void {
  if (Array.isArray(json)) for (const item of json) codeBlockProblems(item, into);
  else if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    if (record.type === 'CodeBlock') {
      if (typeof record.codeSnippet !== 'string') into.push('CodeBlock: codeSnippet must be a string');
      if (typeof record.language !== 'string' || !LANGUAGES.has(record.language)) into.push(`CodeBlock: unknown language ${String(record.language)}`);
    }
    for (const value of Object.values(record)) codeBlockProblems(value, into);
  }
}

export function cardProblems(json: unknown): string[] {
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const elements = new AC.CardObjectRegistry<AC.CardElement>();
  AC.GlobalRegistry.populateWithDefaultElements(elements);
  elements.register('CodeBlock', TeamsCodeBlock, AC.Versions.v1_5);
  context.setElementRegistry(elements);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  if (card.version?.toString() !== '1.5') problems.push(`version: ${card.version?.toString()}`);
  codeBlockProblems(json, problems);
  return problems;
}

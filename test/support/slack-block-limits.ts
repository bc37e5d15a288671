/**
 * Checks a Block Kit payload against Slack's limits (adapters/slack/limits.ts) and the structural
 * rules Slack enforces (unique action ids per block, option/value sizes). Returns every problem
 * found, as readable strings, so a failing test says what is wrong and where.
 */
import { SLACK_LIMITS } from '../../adapters/slack/limits';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.text === 'string' ? value.text : undefined;
}

function checkText(problems: string[], where: string, value: unknown, max: number, plainOnly = false): void {
  if (!isObject(value)) {
    problems.push(`${where}: missing text object`);
    return;
  }
  const text = textOf(value);
  if (text === undefined || text.length === 0) problems.push(`${where}: empty text`);
  else if (text.length > max) problems.push(`${where}: ${text.length} characters > ${max}`);
  if (plainOnly && value.type !== 'plain_text') problems.push(`${where}: must be plain_text`);
  if (value.type === 'mrkdwn' && text !== undefined && /<[!@#]/.test(text)) problems.push(`${where}: contains a live mention or broadcast`);
}

function checkElement(problems: string[], where: string, element: unknown, actionIds: Set<string>): void {
  if (!isObject(element)) {
    problems.push(`${where}: not an object`);
    return;
  }
  const id = element.action_id;
  if (typeof id !== 'string' || id.length === 0 || id.length > SLACK_LIMITS.actionId) problems.push(`${where}: bad action_id`);
  else if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
  else actionIds.add(id);
  if (element.type === 'button') {
    checkText(problems, `${where}.text`, element.text, SLACK_LIMITS.buttonText, true);
    if (typeof element.value === 'string' && element.value.length > SLACK_LIMITS.buttonValue) problems.push(`${where}: value ${element.value.length} > ${SLACK_LIMITS.buttonValue}`);
    if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') problems.push(`${where}: bad style`);
  } else if (element.type === 'static_select') {
    checkText(problems, `${where}.placeholder`, element.placeholder, SLACK_LIMITS.placeholderText, true);
    const options = element.options;
    if (!Array.isArray(options) || options.length === 0) problems.push(`${where}: no options`);
    else {
      if (options.length > SLACK_LIMITS.selectOptions) problems.push(`${where}: ${options.length} options > ${SLACK_LIMITS.selectOptions}`);
      options.forEach((option, i) => {
        if (!isObject(option)) {
          problems.push(`${where}.options[${i}]: not an object`);
          return;
        }
        checkText(problems, `${where}.options[${i}].text`, option.text, SLACK_LIMITS.optionText, true);
        if (typeof option.value !== 'string' || option.value.length === 0 || option.value.length > SLACK_LIMITS.optionValue) {
          problems.push(`${where}.options[${i}]: value length ${String(option.value).length} not in 1..${SLACK_LIMITS.optionValue}`);
        }
      });
    }
  } else problems.push(`${where}: unexpected element type ${String(element.type)}`);
}

/** Problems with a message (or, with `maxBlocks` 100, a Home view) payload; empty when it is valid. */
export function blockKitProblems(payload: { text?: unknown; blocks?: unknown }, maxBlocks: number = SLACK_LIMITS.blocksPerMessage): string[] {
  const problems: string[] = [];
  if (typeof payload.text === 'string' && payload.text.length > SLACK_LIMITS.messageText) problems.push(`text: ${payload.text.length} > ${SLACK_LIMITS.messageText}`);
  if (typeof payload.text === 'string' && /<[!@#]/.test(payload.text)) problems.push('text: contains a live mention or broadcast');
  const blocks = payload.blocks;
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, 'blocks: not an array'];
  if (blocks.length > maxBlocks) problems.push(`blocks: ${blocks.length} > ${maxBlocks}`);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    const where = `blocks[${i}]`;
    if (!isObject(block)) {
      problems.push(`${where}: not an object`);
      return;
    }
    if (block.block_id !== undefined) {
      const id = block.block_id;
      if (typeof id !== 'string' || id.length > SLACK_LIMITS.blockId) problems.push(`${where}: bad block_id`);
      else if (blockIds.has(id)) problems.push(`${where}: duplicate block_id`);
      else blockIds.add(id);
    }
    switch (block.type) {
      case 'header':
        checkText(problems, `${where}.text`, block.text, SLACK_LIMITS.headerText, true);
        break;
      case 'section':
        if (block.text !== undefined) checkText(problems, `${where}.text`, block.text, SLACK_LIMITS.sectionText);
        else if (!Array.isArray(block.fields)) problems.push(`${where}: neither text nor fields`);
        if (Array.isArray(block.fields)) {
          if (block.fields.length > SLACK_LIMITS.sectionFields) problems.push(`${where}: too many fields`);
          block.fields.forEach((f, j) => checkText(problems, `${where}.fields[${j}]`, f, SLACK_LIMITS.sectionFieldText));
        }
        break;
      case 'context': {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0) problems.push(`${where}: no elements`);
        else {
          if (elements.length > SLACK_LIMITS.contextElements) problems.push(`${where}: ${elements.length} elements > ${SLACK_LIMITS.contextElements}`);
          elements.forEach((e, j) => checkText(problems, `${where}.elements[${j}]`, e, SLACK_LIMITS.contextElementText));
        }
        break;
      }
      case 'actions': {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0) problems.push(`${where}: no elements`);
        else {
          if (elements.length > SLACK_LIMITS.actionsElements) problems.push(`${where}: ${elements.length} elements > ${SLACK_LIMITS.actionsElements}`);
          const ids = new Set<string>();
          elements.forEach((e, j) => checkElement(problems, `${where}.elements[${j}]`, e, ids));
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type ${String(block.type)}`);
    }
  });
  return problems;
}

/** The help message (/kb help, an empty mention or DM). */
import { sections, type SlackMessage } from './blocks';

export const HELP_TEXT = [
  '*Paste an error, I find the fix.* I search the troubleshooting articles and reply with the cause, numbered steps and the commands to run.',
  '• *DM me* the error or a question in your own words.',
  '• *Mention me* in a channel: `@kb-assistant 502 Bad Gateway from my API`. I answer in the thread; reply there to follow up, no mention needed.',
  '• `/kb <error or question>` answers privately, with a button to share the answer in the channel. `/kb help` shows this.',
  '• On any message: *More actions* (⋯) → *Find a fix* answers in that message\'s thread.',
  'Buttons under an answer: *Solved*, *Not it* (next match), *Full article*, *Other causes*. Credentials you paste are removed before I search and are never quoted back.',
].join('\n');

/** The help message as a Slack message. */
export function renderHelp(): SlackMessage {
  return { text: 'How to use kb-assistant', blocks: sections(HELP_TEXT) };
}

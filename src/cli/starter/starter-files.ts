/**
 * The files `kb init` writes: one example article in the format of knowledge/README.md and an
 * optional kb.yml naming the product. Kept as data so the command only decides where they go.
 */

/** A file of the starter folder: its name and its text. */
export interface StarterFile {
  name: string;
  content: string;
}

/** The error the example article fixes, as a person would paste it (init prints it to try). */
export const EXAMPLE_ERROR = 'WidgetTimeoutError: deadline exceeded after 30000 ms';

/** The starter folder's files for a product called `name`, stamped with `today` (YYYY-MM-DD). */
export function starterFiles(name: string, today: string): StarterFile[] {
  return [
    { name: 'kb.yml', content: kbYml(name) },
    { name: 'fix-widget-timeouts.md', content: exampleArticle(today) },
  ];
}

function kbYml(name: string): string {
  // JSON strings are valid YAML scalars, so any name is written safely.
  return [
    '# Optional: how kb-assistant introduces this knowledge base. Delete the file to use the defaults.',
    '',
    '# The product\'s display name, used in the help text and in replies.',
    `name: ${JSON.stringify(name)}`,
    '',
    '# One line saying what the assistant answers, shown when someone asks for help.',
    `description: ${JSON.stringify(`I answer ${name} errors: paste one and I reply with the fix from the knowledge base.`)}`,
    '',
  ].join('\n');
}

function exampleArticle(today: string): string {
  return `---
# One Markdown file per article; the file name is its id. The format is in knowledge/README.md.
title: Fix widget timeouts
question: Why do my widget requests time out?
updated: ${today}
tags: [widgets, timeout, deadline]
label: widget timeouts
# The exact messages people paste, under the id of the section that fixes them.
errors:
  raise-the-client-timeout:
    - "${EXAMPLE_ERROR}"
  find-the-slow-dependency:
    - "WidgetTimeoutError: upstream did not answer"
---

Widget requests fail with WidgetTimeoutError when the widget service takes longer to answer than the client is willing to wait (30 seconds by default).

## Raise the client timeout

The client gave up before the widget service answered, so give it more time.

1. Open the widget client settings.
2. Set the timeout to 60 seconds.
3. Retry the request.

\`\`\`sh
widgetctl config set timeout 60s
\`\`\`

## Find the slow dependency

When the service itself waits on something slow, a longer timeout only hides it.

1. Look up the request id in the widget service log.
2. Find the call that took longest.
3. Fix or scale that dependency.

\`\`\`sh
widgetctl logs --request-id <id> --slowest
\`\`\`
`;
}

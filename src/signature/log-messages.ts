/**
 * Log lines that state an error's cause in words most services' logs use: "… failed due to <cause>",
 * "… denied. Reason: <cause>", and a request that "completed with status: <code>" (the service
 * answered, so the call did not fail below HTTP).
 */

export interface LogFinding {
  messages: string[];
  statuses: number[];
}

/** The cause-stating log messages in `line`. */
export function findLogMessages(line: string): LogFinding {
  const messages: string[] = [];
  const statuses: number[] = [];
  // Cheap substring checks first: most lines of a long paste carry none of these.
  const failed = line.includes(' failed due to ') ? /\b(\w+ failed due to .{1,400})/.exec(line) : null;
  if (failed) messages.push(failed[1].trim());
  const denied = line.includes('. Reason: ') ? /\b(\w+ denied\. Reason: .{1,300})/i.exec(line) : null;
  if (denied) messages.push(denied[1].trim());
  const completed = line.includes('completed with status') ? /\bcompleted with status:? ([1-5]\d\d)\b/i.exec(line) : null;
  if (completed) statuses.push(Number(completed[1]));
  return { messages, statuses };
}

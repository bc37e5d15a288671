/** API Gateway execution-log messages: "Execution failed due to …", "Access denied. Reason: …", "Method completed with status: N". */

export interface LogFinding {
  messages: string[];
  statuses: number[];
}

/** The execution-log messages in `line`. */
export function findLogMessages(line: string): LogFinding {
  const messages: string[] = [];
  const statuses: number[] = [];
  const failed = /\bExecution failed due to (.{1,400})/.exec(line);
  if (failed) messages.push(`Execution failed due to ${failed[1].trim()}`);
  const denied = /\bAccess denied\. Reason: (.{1,300})/.exec(line);
  if (denied) messages.push(`Access denied. Reason: ${denied[1].trim()}`);
  const completed = /\bMethod completed with status: ([1-5]\d\d)\b/.exec(line);
  if (completed) statuses.push(Number(completed[1]));
  return { messages, statuses };
}

/** API Gateway execution-log messages: "Execution failed due to …", "Access denied. Reason: …", "Method completed with status: N". */

export interface LogFinding {
  messages: string[];
  statuses: number[];
}

/** The execution-log messages in `line`. */
export function findLogMessages(line: string): LogFinding {
  const messages: string[] = [];
  const statuses: number[] = [];
  // Cheap substring checks first: most lines of a long paste carry none of these.
  const failed = line.includes('Execution failed') ? /\bExecution failed due to (.{1,400})/.exec(line) : null;
  if (failed) messages.push(`Execution failed due to ${failed[1].trim()}`);
  const denied = line.includes('Access denied.') ? /\bAccess denied\. Reason: (.{1,300})/.exec(line) : null;
  if (denied) messages.push(`Access denied. Reason: ${denied[1].trim()}`);
  const completed = line.includes('Method completed') ? /\bMethod completed with status: ([1-5]\d\d)\b/.exec(line) : null;
  if (completed) statuses.push(Number(completed[1]));
  return { messages, statuses };
}

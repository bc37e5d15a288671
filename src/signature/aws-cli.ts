/** AWS CLI and SDK client errors: "An error occurred (Code) when calling the Operation operation: message". */

export interface AwsCliFinding {
  code: string;
  operation: string;
  message: string;
}

const CLI_ERROR = /An error occurred \(([A-Za-z0-9.]{2,80})\)(?: \([^)]{0,80}\))? when calling the ([A-Za-z0-9]{2,80}) (?:operation|API)(?: \([^)]{0,100}\))?:?\s{0,4}(.{0,300})/;

/** The CLI error in `line`, if there is one. */
export function findAwsCliError(line: string): AwsCliFinding | null {
  if (!line.includes('error occurred (')) return null;
  const m = CLI_ERROR.exec(line);
  if (!m) return null;
  return { code: m[1], operation: m[2], message: m[3].trim() };
}

/**
 * Stack traces: which lines are frames (noise for matching) and which line is the root cause —
 * Java's last "Caused by:" (Node's last "[cause]:"), Python's final exception line, Go's "panic:",
 * Node's line above the first "at" frame.
 */

export interface StackAnalysis {
  /** frame[i] is true when line i is a stack frame or trace boilerplate. */
  frame: boolean[];
  /** The root-cause line, trimmed, or null when the paste holds no trace. */
  rootCause: string | null;
}

const NODE_OR_JAVA_FRAME = /^\s*at\s+\S/;
const JAVA_MORE = /^\s*\.\.\. \d+ (?:more|common frames omitted)/;
const PYTHON_FILE = /^\s*File "[^"]{0,400}", line \d+/;
const PYTHON_HEADER = /^\s*Traceback \(most recent call last\):/;
const PYTHON_CHAIN = /^\s*(?:During handling of the above exception|The above exception was the direct cause)/;
const GO_GOROUTINE = /^goroutine \d+ \[[^\]]{0,60}\]:?$/;
const GO_FRAME_LOCATION = /^\s+\S{1,300}\.go:\d+(?: \+0x[0-9a-f]+)?$/;
const GO_CALL = /^(?:created by )?[\w./*()-]{1,300}\([^)]{0,300}\)$/;
const PYTHON_EXCEPTION = /^([A-Za-z_][\w.]{0,150}): \S/;
const PYTHON_BARE_EXCEPTION = /^[A-Za-z_][\w.]{0,150}(?:Error|Exception|Interrupt|Exit)$/;

/** Frames and root cause of whatever traces `lines` contain. */
export function analyzeStack(lines: string[]): StackAnalysis {
  const frame = new Array<boolean>(lines.length).fill(false);
  let javaCause: string | null = null;
  let pythonCause: string | null = null;
  let goPanic: string | null = null;
  let nodeHead: string | null = null;
  let inPython = false;
  let inGo = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (NODE_OR_JAVA_FRAME.test(line) || JAVA_MORE.test(line)) {
      frame[i] = true;
      if (nodeHead === null && i > 0) nodeHead = previousContent(lines, frame, i);
      continue;
    }
    if (PYTHON_HEADER.test(line) || PYTHON_CHAIN.test(line)) {
      frame[i] = true;
      inPython = true;
      continue;
    }
    if (PYTHON_FILE.test(line)) {
      frame[i] = true;
      // The source line Python prints under each "File" line (and its ^^^ marker) is part of the frame.
      for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
        if (/^\s{4,}\S/.test(lines[j]) && !PYTHON_FILE.test(lines[j])) {
          frame[j] = true;
          i = j;
        } else break;
      }
      continue;
    }
    if (GO_GOROUTINE.test(trimmed)) {
      frame[i] = true;
      inGo = true;
      continue;
    }
    if (inGo && (GO_FRAME_LOCATION.test(line) || GO_CALL.test(trimmed))) {
      frame[i] = true;
      continue;
    }
    if (trimmed.startsWith('Caused by: ')) javaCause = trimmed.slice('Caused by: '.length);
    // Node's error cause chain (fetch/undici): "[cause]: Error: certificate has expired".
    else if (trimmed.startsWith('[cause]: ')) javaCause = trimmed.slice('[cause]: '.length);
    const panic = /^(?:panic|fatal error): (.{1,400})/.exec(trimmed);
    if (panic) goPanic = panic[1];
    if (inPython && (PYTHON_EXCEPTION.test(trimmed) || PYTHON_BARE_EXCEPTION.test(trimmed))) pythonCause = trimmed;
  }
  return { frame, rootCause: javaCause ?? pythonCause ?? goPanic ?? nodeHead };
}

function previousContent(lines: string[], frame: boolean[], index: number): string | null {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    if (frame[j]) return null;
    const text = lines[j].trim();
    if (text) return text;
  }
  return null;
}

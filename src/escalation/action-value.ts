/** The value of the Take it / Resolved buttons: which escalation, as small JSON like every action value. */

const ID = /^esc-[a-z0-9]{8,40}$/;

export function encodeEscalationValue(id: string): string {
  return JSON.stringify({ e: id });
}

/** The escalation id a button carries, or undefined for a tampered or foreign value. */
export function decodeEscalationValue(value: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).e : undefined;
    return typeof id === 'string' && ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

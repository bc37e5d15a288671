/**
 * What the conversation service reports about its work. The server implements it with
 * prom-client counters and histograms; tests can record calls. Labels are fixed enums, never
 * message text, so nothing a person pasted can reach a metric label.
 */
import type { Channel } from '../conversation/types';
import type { ReplyKind } from '../reply/model';

export interface ServiceEvents {
  messageReceived(channel: Channel): void;
  replied(channel: Channel, kind: ReplyKind, seconds: number): void;
  feedback(channel: Channel, helpful: boolean): void;
  duplicateDropped(channel: Channel): void;
  rateLimited(channel: Channel): void;
  storeError(operation: string): void;
  credentialRedacted(kind: string): void;
}

export const noServiceEvents: ServiceEvents = {
  messageReceived: () => {},
  replied: () => {},
  feedback: () => {},
  duplicateDropped: () => {},
  rateLimited: () => {},
  storeError: () => {},
  credentialRedacted: () => {},
};

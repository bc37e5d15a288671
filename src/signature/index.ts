/** Error-signature extraction: the public surface of src/signature. */
export { extractSignature } from './extract';
export type { ErrorSignature } from './extract';
export { normalizeVariableParts, PLACEHOLDERS } from './variable-parts';
export { SCAN_LIMITS } from './scan-window';
export { REASON_PHRASES } from './http-status';

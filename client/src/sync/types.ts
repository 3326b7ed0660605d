/**
 * The Yjs document type for UI code, which may not import `yjs` (lint rule, DESIGN §3.2): components
 * hold documents only to pass them to shared/docs reads and ops.
 */
export type { Doc as YDoc } from 'yjs';

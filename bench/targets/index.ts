import { bareRelay } from './bare-relay.js';
import { dialogdag } from './dialogdag.js';
import { hocuspocus } from './hocuspocus.js';
import { stockRelay } from './stock-relay.js';
import type { Target, TargetId } from './types.js';

/** In the order the table prints them: ours first, then the baselines, then the floor. */
export const TARGETS: Record<TargetId, Target> = {
  dialogdag,
  stock: stockRelay,
  hocuspocus,
  bare: bareRelay,
};
export const ALL_TARGET_IDS: TargetId[] = ['dialogdag', 'stock', 'hocuspocus', 'bare'];

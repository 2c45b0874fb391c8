// SHA-256 for the lock in Node (node:crypto); pages use WebCrypto through src/i18n/model/hash.ts.

import { createHash } from 'node:crypto';
import type { Hash } from '../../i18n/model/hash';

export const sha256Hex: Hash = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

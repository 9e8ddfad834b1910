/**
 * A content hash of a value read from the inputs (texts, bytes, and the maps, arrays and records holding them): two
 * reads with the same hash hold the same content, so the preview keeps the value it has and reruns nothing.
 */
import { createHash, type Hash } from 'node:crypto';

export function contentHash(value: unknown): string {
  const hash = createHash('sha256');
  feed(hash, value);
  return hash.digest('hex');
}

/** Each part is prefixed with its kind and length, so different values never feed the same bytes. */
function feed(hash: Hash, value: unknown): void {
  if (value instanceof Uint8Array) {
    hash.update(`b${value.length}:`).update(value);
  } else if (typeof value === 'string') {
    hash.update(`s${value.length}:`).update(value);
  } else if (value instanceof Map) {
    hash.update(`m${value.size}:`);
    for (const [key, item] of value) feed(hash, [key, item]);
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}:`);
    for (const item of value) feed(hash, item);
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    hash.update(`o${entries.length}:`);
    for (const entry of entries) feed(hash, entry);
  } else {
    feed(hash, `${typeof value}:${String(value)}`);
  }
}

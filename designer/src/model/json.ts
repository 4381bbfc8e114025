import type { JsonObject } from '../forms';

/** Task and journal data arrive as JSON text; a broken or empty text is no data. */
export function parseObject(text: string | null | undefined): JsonObject | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null;
  } catch {
    return null;
  }
}

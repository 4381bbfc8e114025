/** When a description says enough to suggest items for: four characters that are not spaces or punctuation. */
export function readyToSuggest(text: string): boolean {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length >= 4;
}

/**
 * What is worth offering a citizen: the best suggestion always, the others only when the model gives them at least
 * a tenth of its confidence (a 1 % guess is noise on a public page; the operator's dialog shows all three).
 */
export function worthOffering<T extends { confidence: number }>(suggestions: T[]): T[] {
  return suggestions.filter((s, i) => i === 0 || s.confidence >= 0.1);
}

/** A confidence (0–1) as a whole percentage the way the suggestion chips show it; never 0 % for a suggestion shown. */
export function confidencePercent(confidence: number): number {
  return Math.max(1, Math.min(100, Math.round(confidence * 100)));
}

/** A held-out figure (0–1) as a percentage with one decimal, or a dash when the version was not measured. */
export function heldOutText(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

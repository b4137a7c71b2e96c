/**
 * A bounded map of generation id → code, so "Fix code" can open a form prefilled with the diagram's code (the
 * button's custom_id has room for the id only: 100 chars). Oldest entries go first; after a restart the form opens
 * empty, which costs the teacher a paste, nothing more.
 */
export interface CodeMemory {
  remember(generationId: string, code: string): void;
  recall(generationId: string): string | undefined;
}

export function createCodeMemory(capacity = 500): CodeMemory {
  const entries = new Map<string, string>();
  return {
    remember(generationId, code) {
      entries.delete(generationId);
      entries.set(generationId, code);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
    recall(generationId) {
      return entries.get(generationId);
    },
  };
}

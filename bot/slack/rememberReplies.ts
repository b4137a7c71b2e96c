/**
 * What the adapter posted for each request, so 🗑 can remove all of it and "Fix code" can prefill the editor.
 * Memory only and bounded (oldest forgotten first): after a restart 🗑 still removes the message it sits on.
 */
export interface PostedReply {
  channel: string;
  /** Messages the bot posted for the request (result card, code reply), in order. */
  messageTs: string[];
  /** Files uploaded for it (the PNG, a diagram.asy snippet). */
  fileIds: string[];
}

export interface ReplyMemory {
  /** Keeps `posted` by reference: the caller goes on adding the messages and files it posts. */
  remember(requestId: string, posted: PostedReply): void;
  posted(requestId: string): PostedReply | undefined;
  forget(requestId: string): void;
  rememberCode(generationId: string, code: string): void;
  code(generationId: string): string | undefined;
}

export function createReplyMemory(maxEntries = 1000): ReplyMemory {
  const replies = new Map<string, PostedReply>();
  const codes = new Map<string, string>();
  // Map keeps insertion order: re-inserting moves an entry to the end, the first key is the oldest.
  const put = <V>(map: Map<string, V>, key: string, value: V): void => {
    map.delete(key);
    map.set(key, value);
    if (map.size > maxEntries) map.delete(map.keys().next().value as string);
  };
  return {
    remember: (requestId, posted) => put(replies, requestId, posted),
    posted: (requestId) => replies.get(requestId),
    forget: (requestId) => void replies.delete(requestId),
    rememberCode: (generationId, code) => put(codes, generationId, code),
    code: (generationId) => codes.get(generationId),
  };
}

import { randomUUID } from 'node:crypto';
import { getGeneration, getRequest, recordFeedback } from '../storage/index.ts';
import { isAdmin, type ServiceContext } from './serviceContext.ts';
import type { NoticeReply, Requester } from './types.ts';

/** 👍/👎 and 🗑. Votes are committed (better-sqlite3 writes synchronously, WAL) before the thanks is returned. */

export function answerVote(context: ServiceContext, who: Requester, generationId: string, vote: 1 | -1): NoticeReply {
  if (vote !== 1 && vote !== -1) {
    return { ok: false, errorCode: 'INVALID_VOTE', text: 'A vote is 👍 or 👎.' };
  }
  if (getGeneration(context.db, String(generationId)) === undefined) {
    return { ok: false, errorCode: 'UNKNOWN_GENERATION', text: "I can't find that diagram any more, so the vote was not counted." };
  }
  const id = randomUUID();
  const row = recordFeedback(context.db, {
    id,
    kind: 'vote',
    generationId,
    platform: who.platform,
    platformUserId: who.userId,
    vote,
    atMs: context.now(),
  });
  // The upsert keeps the first vote's id, so a different id means an earlier vote was replaced.
  if (row.id !== id) return { ok: true, text: vote === 1 ? 'Vote changed to 👍. Thanks!' : 'Vote changed to 👎. Thanks!' };
  return { ok: true, text: vote === 1 ? 'Thanks for the 👍!' : 'Thanks for the 👎; it helps the next model do better.' };
}

export function answerDelete(context: ServiceContext, who: Requester, requestId: string): NoticeReply {
  const request = getRequest(context.db, String(requestId));
  if (request === undefined) {
    return { ok: false, errorCode: 'UNKNOWN_REQUEST', text: "I can't find that request." };
  }
  const isRequester = request.platform === who.platform && request.platformUserId === who.userId;
  if (!isRequester && !isAdmin(context, who)) {
    return { ok: false, errorCode: 'NOT_ALLOWED', text: 'Only the person who asked for this diagram (or an admin) can delete it.' };
  }
  return { ok: true, text: 'Deleted.' };
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admin, CIRCLE_CODE, openTestService, student } from './openTestService.ts';

test('only the requester or an admin may delete a diagram', async (t) => {
  const { service } = openTestService(t, { config: { admins: new Set(['slack:U-HEAD']) } });
  const reply = await service.render(student('owner'), { code: CIRCLE_CODE });

  assert.deepEqual(await service.authorizeDelete(student('owner'), reply.requestId), { ok: true, text: 'Deleted.' });
  assert.equal((await service.authorizeDelete(admin('moderator'), reply.requestId)).ok, true);
  assert.equal((await service.authorizeDelete(student('U-HEAD', 'slack'), reply.requestId)).ok, true, 'admins from ASYBOT_ADMINS');

  const stranger = await service.authorizeDelete(student('stranger'), reply.requestId);
  assert.deepEqual([stranger.ok, stranger.errorCode], [false, 'NOT_ALLOWED']);
  assert.match(stranger.text, /Only the person who asked/);
  const sameIdOtherPlatform = await service.authorizeDelete(student('owner', 'slack'), reply.requestId);
  assert.equal(sameIdOtherPlatform.errorCode, 'NOT_ALLOWED');
});

test('deleting an unknown request is refused', async (t) => {
  const { service } = openTestService(t);
  const reply = await service.authorizeDelete(student(), 'no-such-request');
  assert.deepEqual([reply.ok, reply.errorCode], [false, 'UNKNOWN_REQUEST']);
});

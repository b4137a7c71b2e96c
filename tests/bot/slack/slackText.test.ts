import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeBlock, containsCode, escapeMrkdwn, readUserText } from '../../../bot/slack/slackText.ts';
import { checkMrkdwn } from '../../helpers/fakeSlack/index.ts';

test('what Slack delivers is turned back into what the user typed', () => {
  assert.equal(readUserText('<@U0BOT123> draw(A--B); if (a &lt; b &amp;&amp; c &gt; d) dot(A);'), 'draw(A--B); if (a < b && c > d) dot(A);');
  assert.equal(readUserText('see <https://aops.com/x|aops.com/x> &amp;lt;'), 'see https://aops.com/x &lt;');
});

test('code is shown verbatim: escaped for mrkdwn, fences inside cannot close the block', () => {
  const code = 'label("$a<b$", (0,0)); // ``` && >';
  const block = codeBlock(code);
  assert.deepEqual(checkMrkdwn(block), []);
  assert.equal(block.match(/```/g)!.length, 2);
  assert.deepEqual(checkMrkdwn(escapeMrkdwn('x < y & z > w')), []);
  assert.notDeepEqual(checkMrkdwn('x < y'), [], 'the fake catches an unescaped <');
});

test('mentions with code are recognised by [asy] blocks and fences only', () => {
  assert.equal(containsCode('[ASY]draw(unitcircle);[/asy]'), true);
  assert.equal(containsCode('```draw(unitcircle);```'), true);
  assert.equal(containsCode('draw me a circle'), false);
});

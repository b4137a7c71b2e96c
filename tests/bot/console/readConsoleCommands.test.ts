import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConsoleCommands, type ConsoleCommand } from '../../../bot/console/readConsoleCommands.ts';

async function parse(text: string): Promise<ConsoleCommand[]> {
  async function* lines() { yield* text.split('\n'); }
  const commands: ConsoleCommand[] = [];
  for await (const command of readConsoleCommands(lines())) commands.push(command);
  return commands;
}

test('simple commands keep the rest of their line as the argument', async () => {
  assert.deepEqual(await parse('/diagram  a triangle in a circle \n\n/VOTE up\n/quit'), [
    { name: 'diagram', argument: 'a triangle in a circle' },
    { name: 'vote', argument: 'up' },
    { name: 'quit', argument: '' },
  ]);
});

test('/render takes the following lines up to a lone dot', async () => {
  assert.deepEqual(await parse('/render\nsize(2cm);\n\ndraw(unitcircle);\n.\n/status'), [
    { name: 'render', argument: 'size(2cm);\n\ndraw(unitcircle);' },
    { name: 'status', argument: '' },
  ]);
});

test('/render and /fix take code on their own line, or an [asy] block that ends itself', async () => {
  assert.deepEqual(await parse('/render draw(unitcircle);\n/fix [asy]\ndraw(unitsquare);\n[/asy]\n/render\n[asy]\ndot((0,0));\n[/asy]\n/regen'), [
    { name: 'render', argument: 'draw(unitcircle);' },
    { name: 'fix', argument: '[asy]\ndraw(unitsquare);\n[/asy]' },
    { name: 'render', argument: '[asy]\ndot((0,0));\n[/asy]' },
    { name: 'regen', argument: '' },
  ]);
});

test('a pasted [asy] block is rendered; other text is passed on as unknown', async () => {
  assert.deepEqual(await parse('Find x.\n[asy]draw((0,0)--(1,0));\n.\n[/asy]'), [
    { name: '', argument: 'Find x.' },
    { name: 'paste', argument: '[asy]draw((0,0)--(1,0));\n.\n[/asy]' },
  ]);
});

test('input that ends inside a block still yields the code typed so far', async () => {
  assert.deepEqual(await parse('/render\ndraw(unitcircle);'), [{ name: 'render', argument: 'draw(unitcircle);' }]);
});

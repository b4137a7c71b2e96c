import { Events, type Message } from 'discord.js';
import type { BotContext } from '../context.ts';
import { DEFAULT_ATTACHMENT_LIMIT_BYTES } from '../replies/buildCodeMessage.ts';
import { createProgress } from '../replies/createProgress.ts';
import { deliverDiagram } from '../replies/deliverDiagram.ts';
import { toRequester } from '../replies/toRequester.ts';

/**
 * A message that mentions the bot and holds an `[asy]` block or a code fence is rendered like /render (only with
 * DISCORD_MESSAGE_CONTENT=1: the listener needs the GuildMessages and MessageContent intents).
 */
export const event = Events.MessageCreate;

const HAS_CODE = /\[asy\]|```/i;

export async function execute(message: Message, context: BotContext): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !message.inGuild() || !message.mentions.users.has(me.id)) return;
  if (!HAS_CODE.test(message.content)) {
    await message.reply({ content: 'Mention me with an `[asy]…[/asy]` block or a ```asy code fence, or use /diagram and /render.' });
    return;
  }
  const code = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), '').trim();
  const sent = await message.reply({ content: 'Drawing…' });
  const progress = createProgress((status) => sent.edit({ content: status }));
  const reply = await context.service
    .render(toRequester(message, context.config), { code }, progress.listener)
    .finally(() => progress.finish());
  await deliverDiagram({
    post: (payload) => sent.edit(payload),
    followUp: (payload) => message.channel.send(payload),
    attachmentLimitBytes: DEFAULT_ATTACHMENT_LIMIT_BYTES,
    title: 'your Asymptote',
  }, reply, 'render', context);
}

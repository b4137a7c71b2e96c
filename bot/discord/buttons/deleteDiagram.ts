import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { toRequester } from '../replies/toRequester.ts';

/** 🗑 (`delete:<requestId>`): the service decides (requester or admin); the message goes only when it says ok. */
export const prefix = CUSTOM_ID.delete;

export async function execute(interaction: ButtonInteraction, context: BotContext, args: string[]): Promise<void> {
  // Acknowledge without changing the message; the answer comes as an ephemeral follow-up.
  await interaction.deferUpdate();
  const [requestId] = args;
  if (!requestId) {
    await interaction.followUp({ content: 'This button is not recognised any more.', flags: MessageFlags.Ephemeral });
    return;
  }
  const notice = await context.service.authorizeDelete(toRequester(interaction, context.config), requestId);
  if (notice.ok) {
    // In a cached guild channel the message can go by its own id (this also covers answers to mentions, which are
    // not webhook messages); elsewhere (DMs) the interaction's own webhook deletes the message the button is on.
    if (interaction.message.channel) await interaction.message.delete();
    else await interaction.deleteReply();
  }
  await interaction.followUp({ content: notice.text, flags: MessageFlags.Ephemeral });
}

import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { toRequester } from '../replies/toRequester.ts';

/** 👍 / 👎 (`vote:up:<generationId>`, `vote:down:<generationId>`): stored by the service, thanked ephemerally. */
export const prefix = CUSTOM_ID.vote;

export async function execute(interaction: ButtonInteraction, context: BotContext, args: string[]): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const [direction, generationId] = args;
  if ((direction !== 'up' && direction !== 'down') || !generationId) {
    await interaction.editReply({ content: 'This button is not recognised any more.' });
    return;
  }
  const notice = await context.service.vote(toRequester(interaction, context.config), generationId, direction === 'up' ? 1 : -1);
  await interaction.editReply({ content: notice.text });
}

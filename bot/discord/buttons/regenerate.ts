import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { createProgress } from '../replies/createProgress.ts';
import { deliverDiagram } from '../replies/deliverDiagram.ts';
import { failureText } from '../replies/failureText.ts';
import { interactionTarget } from '../replies/interactionTarget.ts';
import { toRequester } from '../replies/toRequester.ts';

/**
 * 🔁 (`regen:<requestId>`): a fresh attempt at the same request. The clicker sees progress (and any refusal)
 * ephemerally; a new diagram is posted publicly as a follow-up with its own buttons and code thread.
 */
export const prefix = CUSTOM_ID.regenerate;

export async function execute(interaction: ButtonInteraction, context: BotContext, args: string[]): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const [requestId] = args;
  if (!requestId) {
    await interaction.editReply({ content: 'This button is not recognised any more.' });
    return;
  }
  const progress = createProgress((status) => interaction.editReply({ content: status }));
  const reply = await context.service
    .regenerate(toRequester(interaction, context.config), requestId, progress.listener)
    .finally(() => progress.finish());
  if (!reply.png) {
    await interaction.editReply({ content: failureText(reply) });
    return;
  }
  await interaction.editReply({ content: 'Here is a new attempt ↓' });
  await deliverDiagram(interactionTarget(interaction, 'followUp', reply.text), reply, 'diagram', context);
}

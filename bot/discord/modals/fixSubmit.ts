import { MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { createProgress } from '../replies/createProgress.ts';
import { deliverDiagram } from '../replies/deliverDiagram.ts';
import { failureText } from '../replies/failureText.ts';
import { interactionTarget } from '../replies/interactionTarget.ts';
import { toRequester } from '../replies/toRequester.ts';

/**
 * The "Fix code" form (`fixsubmit:<generationId>`): the service compiles and stores the correction. The teacher
 * gets an ephemeral answer; a correction that compiles is also shown to the channel.
 */
export const prefix = CUSTOM_ID.fixSubmit;

export async function execute(interaction: ModalSubmitInteraction, context: BotContext, args: string[]): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const [generationId] = args;
  if (!generationId) {
    await interaction.editReply({ content: 'This form is not recognised any more.' });
    return;
  }
  const code = interaction.fields.getTextInputValue('code');
  const progress = createProgress((status) => interaction.editReply({ content: status }));
  const reply = await context.service
    .submitFix(toRequester(interaction, context.config), generationId, code, progress.listener)
    .finally(() => progress.finish());
  if (!reply.ok || !reply.png) {
    await interaction.editReply({ content: failureText(reply) });
    return;
  }
  await interaction.editReply({ content: reply.text });
  await deliverDiagram(interactionTarget(interaction, 'followUp', 'corrected code'), { ...reply, text: `Corrected by <@${interaction.user.id}>: ${reply.text}` }, 'fix', context);
}

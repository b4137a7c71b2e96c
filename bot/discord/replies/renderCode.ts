import type { ChatInputCommandInteraction, ModalSubmitInteraction } from 'discord.js';
import type { Theme } from '../../../core/compile/finishPng.ts';
import type { BotContext } from '../context.ts';
import { createProgress } from './createProgress.ts';
import { deliverDiagram } from './deliverDiagram.ts';
import { interactionTarget } from './interactionTarget.ts';
import { toRequester } from './toRequester.ts';

/** /render's work, shared by the command (code given inline) and the form it opens otherwise. */
export async function renderCode(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction, code: string, theme: Theme | undefined, context: BotContext,
): Promise<void> {
  await interaction.deferReply();
  const progress = createProgress((status) => interaction.editReply({ content: status }));
  const reply = await context.service
    .render(toRequester(interaction, context.config), { code, theme }, progress.listener)
    .finally(() => progress.finish());
  await deliverDiagram(interactionTarget(interaction, 'original', 'your Asymptote'), reply, 'render', context);
}

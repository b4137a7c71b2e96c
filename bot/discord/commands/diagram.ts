import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { createProgress } from '../replies/createProgress.ts';
import { deliverDiagram } from '../replies/deliverDiagram.ts';
import { interactionTarget } from '../replies/interactionTarget.ts';
import { toRequester } from '../replies/toRequester.ts';
import { parseTheme, themeOption } from './themeOption.ts';

/** `/diagram text:<request> [theme]`: generate a diagram from a description. */
export const data = new SlashCommandBuilder()
  .setName('diagram')
  .setDescription('Draw a geometry diagram from a description')
  .addStringOption((option) => option.setName('text').setDescription('What to draw, e.g. "a triangle inscribed in a circle"')
    .setRequired(true).setMaxLength(1000))
  .addStringOption(themeOption);

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  // Discord drops interactions not acknowledged within 3 s: acknowledge first, then work.
  await interaction.deferReply();
  const text = interaction.options.getString('text', true);
  const progress = createProgress((status) => interaction.editReply({ content: status }));
  const reply = await context.service
    .diagram(toRequester(interaction, context.config), { text, theme: parseTheme(interaction.options.getString('theme')) }, progress.listener)
    .finally(() => progress.finish());
  await deliverDiagram(interactionTarget(interaction, 'original', text), reply, 'diagram', context);
}

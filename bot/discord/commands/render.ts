import {
  LabelBuilder, ModalBuilder, SlashCommandBuilder, TextInputBuilder, TextInputStyle, type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { renderCode } from '../replies/renderCode.ts';
import { parseTheme, themeOption } from './themeOption.ts';

/** Longest text input Discord allows in a form, characters. */
export const FORM_INPUT_LIMIT_CHARS = 4000;

/**
 * `/render [code:<asy>] [theme]`: compile the user's own Asymptote. A slash option is one line, so without `code`
 * the command opens a form with a multi-line box (answered by modals/renderSubmit.ts).
 */
export const data = new SlashCommandBuilder()
  .setName('render')
  .setDescription('Render your own Asymptote code (leave code empty to paste several lines)')
  .addStringOption((option) => option.setName('code').setDescription('Asymptote code or an [asy]…[/asy] block').setMaxLength(6000))
  .addStringOption(themeOption);

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const code = interaction.options.getString('code');
  const theme = parseTheme(interaction.options.getString('theme'));
  if (code === null || code.trim() === '') {
    const input = new TextInputBuilder().setCustomId('code').setStyle(TextInputStyle.Paragraph).setRequired(true)
      .setMaxLength(FORM_INPUT_LIMIT_CHARS).setPlaceholder('size(4cm);\ndraw(unitcircle);');
    await interaction.showModal(new ModalBuilder().setCustomId(`${CUSTOM_ID.renderSubmit}:${theme ?? ''}`).setTitle('Render Asymptote')
      .addLabelComponents(new LabelBuilder().setLabel('Asymptote code').setTextInputComponent(input)));
    return;
  }
  await renderCode(interaction, code, theme, context);
}

import {
  LabelBuilder, MessageFlags, ModalBuilder, TextInputBuilder, TextInputStyle, type ButtonInteraction,
} from 'discord.js';
import { FORM_INPUT_LIMIT_CHARS } from '../commands/render.ts';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';

/**
 * "Fix code" (`fix:<generationId>`): opens a form with the diagram's code to correct (modals/fixSubmit.ts takes
 * the answer). A modal must be the first response, so nothing slow may happen before showModal.
 */
export const prefix = CUSTOM_ID.fix;

export async function execute(interaction: ButtonInteraction, context: BotContext, args: string[]): Promise<void> {
  const [generationId] = args;
  if (!generationId) {
    await interaction.reply({ content: 'This button is not recognised any more.', flags: MessageFlags.Ephemeral });
    return;
  }
  const code = context.codeMemory.recall(generationId);
  if (code !== undefined && code.length > FORM_INPUT_LIMIT_CHARS) {
    await interaction.reply({
      content: `This code is longer than Discord's form limit (${FORM_INPUT_LIMIT_CHARS} characters); correct it in the attached diagram.asy and use /render.`,
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const input = new TextInputBuilder().setCustomId('code').setStyle(TextInputStyle.Paragraph).setRequired(true).setMaxLength(FORM_INPUT_LIMIT_CHARS);
  if (code) input.setValue(code);
  else input.setPlaceholder('Paste the corrected Asymptote code');
  await interaction.showModal(new ModalBuilder().setCustomId(`${CUSTOM_ID.fixSubmit}:${generationId}`).setTitle('Fix the code')
    .addLabelComponents(new LabelBuilder().setLabel('Corrected Asymptote code').setTextInputComponent(input)));
}

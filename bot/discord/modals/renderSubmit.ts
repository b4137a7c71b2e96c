import type { ModalSubmitInteraction } from 'discord.js';
import { parseTheme } from '../commands/themeOption.ts';
import type { BotContext } from '../context.ts';
import { CUSTOM_ID } from '../replies/buildDiagramMessage.ts';
import { renderCode } from '../replies/renderCode.ts';

/** The form /render opens when no `code` was given (`render:<theme>`). */
export const prefix = CUSTOM_ID.renderSubmit;

export async function execute(interaction: ModalSubmitInteraction, context: BotContext, args: string[]): Promise<void> {
  await renderCode(interaction, interaction.fields.getTextInputValue('code'), parseTheme(args[0]), context);
}

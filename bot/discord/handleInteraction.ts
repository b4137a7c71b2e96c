import { MessageFlags, type Interaction } from 'discord.js';
import type { BotContext } from './context.ts';
import { buttons, commands, modals } from './handlers.ts';
import { logError } from './log.ts';

const SORRY = 'Sorry, something went wrong on our side. Please try again in a moment.';

/**
 * Routes one interaction to its handler. A handler that throws is logged in full and the user gets one short
 * line; the error goes no further, so one failed interaction never stops the bot serving the next.
 */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) {
      const command = commands.find((candidate) => candidate.data.name === interaction.commandName);
      if (command) return await command.execute(interaction, context);
    } else if (interaction.isButton()) {
      const [prefix = '', ...args] = interaction.customId.split(':');
      const handler = buttons.find((candidate) => candidate.prefix === prefix);
      if (handler) return await handler.execute(interaction, context, args);
    } else if (interaction.isModalSubmit()) {
      const [prefix = '', ...args] = interaction.customId.split(':');
      const handler = modals.find((candidate) => candidate.prefix === prefix);
      if (handler) return await handler.execute(interaction, context, args);
    } else {
      return; // autocomplete, select menus, context menus: not offered by asybot
    }
    logError('unknown interaction', `${describe(interaction)} has no handler`);
    if (interaction.isRepliable()) await interaction.reply({ content: 'This command is not available any more.', flags: MessageFlags.Ephemeral });
  } catch (error) {
    logError(`${describe(interaction)} failed`, error);
    await apologise(interaction);
  }
}

async function apologise(interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral });
    } else if (interaction.ephemeral === null) {
      // Acknowledged by deferUpdate (or a form): @original is the public message the button is on. Leave it alone.
      await interaction.followUp({ content: SORRY, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply({ content: SORRY, files: [], components: [] });
    }
  } catch (error) {
    // The interaction may be gone (token expired, message deleted): nothing more can be shown to the user.
    logError(`could not tell the user about the failure of ${describe(interaction)}`, error);
  }
}

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName} (interaction ${interaction.id})`;
  if (interaction.isButton() || interaction.isModalSubmit()) return `${interaction.isButton() ? 'button' : 'form'} ${interaction.customId} (interaction ${interaction.id})`;
  return `interaction ${interaction.id}`;
}

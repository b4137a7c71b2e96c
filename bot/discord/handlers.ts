import type {
  ButtonInteraction, ChatInputCommandInteraction, ModalSubmitInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import * as asybot from './commands/asybot.ts';
import * as diagram from './commands/diagram.ts';
import * as render from './commands/render.ts';
import * as deleteDiagram from './buttons/deleteDiagram.ts';
import * as fixCode from './buttons/fixCode.ts';
import * as regenerate from './buttons/regenerate.ts';
import * as vote from './buttons/vote.ts';
import * as fixSubmit from './modals/fixSubmit.ts';
import * as renderSubmit from './modals/renderSubmit.ts';
import type { BotContext } from './context.ts';

/** The explicit registry (discord.js guide style): every slash command, button and form the bot answers. */

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
}

/** Buttons and forms are routed by the custom_id's first `:`-separated field; the rest are the handler's args. */
export interface ComponentHandler<I> {
  prefix: string;
  execute(interaction: I, context: BotContext, args: string[]): Promise<void>;
}

export const commands: readonly Command[] = [diagram, render, asybot];
export const buttons: readonly ComponentHandler<ButtonInteraction>[] = [vote, regenerate, deleteDiagram, fixCode];
export const modals: readonly ComponentHandler<ModalSubmitInteraction>[] = [fixSubmit, renderSubmit];

/** The JSON body of PUT /applications/{id}/commands. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

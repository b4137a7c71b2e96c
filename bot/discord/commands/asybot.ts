import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { NoticeReply } from '../../../core/service/types.ts';
import type { BotContext } from '../context.ts';
import { MESSAGE_LIMIT_CHARS, truncate } from '../replies/buildCodeMessage.ts';
import { toRequester } from '../replies/toRequester.ts';

/**
 * `/asybot status|eval|retrain|rollback version:<id>`: admin commands. Everyone can see them; the service decides
 * (admins hold Manage Server or DISCORD_ADMIN_ROLE_ID) and answers others with a polite refusal. Replies are ephemeral.
 */
export const data = new SlashCommandBuilder()
  .setName('asybot')
  .setDescription('asybot administration (teachers and assistants)')
  .addSubcommand((sub) => sub.setName('status').setDescription('Model, queue and recent activity'))
  .addSubcommand((sub) => sub.setName('eval').setDescription('Run the evaluation of the active model'))
  .addSubcommand((sub) => sub.setName('retrain').setDescription('Start training a new model from the feedback so far'))
  .addSubcommand((sub) => sub.setName('rollback').setDescription('Make an earlier model version the active one')
    .addStringOption((option) => option.setName('version').setDescription('Model id, as /asybot status lists them').setRequired(true)));

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const who = toRequester(interaction, context.config);
  const { service } = context;
  const subcommand = interaction.options.getSubcommand(true);
  let notice: NoticeReply;
  switch (subcommand) {
    case 'status': notice = await service.status(who); break;
    case 'eval': notice = await service.runEval(who); break;
    case 'retrain': notice = await service.retrain(who); break;
    case 'rollback': notice = await service.rollback(who, interaction.options.getString('version', true)); break;
    default: notice = { ok: false, text: `Unknown subcommand "${subcommand}".`, errorCode: 'UNKNOWN_COMMAND' };
  }
  await interaction.editReply({ content: truncate(notice.text, MESSAGE_LIMIT_CHARS) });
}

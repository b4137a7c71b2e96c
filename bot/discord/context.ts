import type { AsybotService } from '../../core/service/types.ts';
import type { DiscordConfig } from './readDiscordConfig.ts';
import type { CodeMemory } from './replies/createCodeMemory.ts';

/** What every command, button, modal and listener handler receives besides the discord.js object. */
export interface BotContext {
  service: AsybotService;
  config: DiscordConfig;
  /** Recent diagrams' code by generation id, to prefill the "Fix code" form. */
  codeMemory: CodeMemory;
}

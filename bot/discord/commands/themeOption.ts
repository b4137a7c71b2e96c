import type { SlashCommandStringOption } from 'discord.js';
import { THEMES, type Theme } from '../../../core/compile/finishPng.ts';

/** The optional `theme` choice shared by /diagram and /render. */
export function themeOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option.setName('theme').setDescription('Background of the picture (default light)')
    .addChoices(...THEMES.map((theme) => ({ name: theme, value: theme })));
}

/** Discord only offers the choices above, but a stale client or a forged payload may send anything. */
export function parseTheme(value: string | null | undefined): Theme | undefined {
  return THEMES.find((theme) => theme === value);
}

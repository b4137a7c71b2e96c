import { Command } from 'commander';
import { registerBot } from './commands/bot.ts';
import { registerCorpus } from './commands/corpus.ts';
import { registerDiscord } from './commands/discord.ts';
import { registerDraw } from './commands/draw.ts';
import { registerEval } from './commands/eval.ts';
import { registerRender } from './commands/render.ts';

/**
 * `asybot` command line. Exit codes: 0 success, 2 the input could not be turned into a diagram (a readable
 * message on stderr, or JSON on stdout with --json), 1 an internal fault.
 */
const program = new Command('asybot')
  .description('Classroom diagram assistant: Asymptote in, PNG out')
  .showHelpAfterError()
  .exitOverride((error) => {
    // commander's own usage errors (unknown option, missing argument) are the user's input: exit 2.
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerRender(program);
registerDraw(program);
registerEval(program);
registerCorpus(program);
registerBot(program);
registerDiscord(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`asybot: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

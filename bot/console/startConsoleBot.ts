import os from 'node:os';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { THEMES, type Theme } from '../../core/compile/finishPng.ts';
import type { AsybotService, DiagramReply, ProgressListener, Requester } from '../../core/service/types.ts';
import { printDiagramReply, printNotice, type Write } from './printReply.ts';
import { readConsoleCommands } from './readConsoleCommands.ts';

/**
 * The console front end: the same service the Discord and Slack bots drive, over stdin/stdout (hubot's Shell
 * adapter). Works interactively (a prompt on a TTY) and with piped input (one command after another, no prompt).
 * The person at the terminal already has the database file, so they are an admin by default.
 */

export interface ConsoleBotOptions {
  input: Readable;
  output: Writable;
  /** Where PNGs are written (created when needed). */
  outDir: string;
  /** Default: the OS user name. */
  userId?: string;
  /** Default true. */
  isAdmin?: boolean;
}

const HELP = `Commands:
  /diagram TEXT          draw what TEXT describes, e.g. /diagram a triangle inscribed in a circle
  /render [CODE]         render Asymptote: CODE on the same line, or the following lines up to a line "."
                         (an [asy]...[/asy] block ends by itself; pasting one without /render works too)
  /regen                 a different diagram for the last request
  /vote up|down          vote on the last diagram
  /fix [CODE]            corrected code for the last diagram (input as for /render); kept if it compiles
  /theme light|dark|transparent   background of later diagrams
  /status  /eval  /retrain  /rollback MODEL_ID   admin commands
  /help                  this list
  /quit                  leave (end of input works too)
`;

export async function startConsoleBot(service: AsybotService, options: ConsoleBotOptions): Promise<void> {
  const interactive = Boolean((options.input as Readable & { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive });
  rl.on('SIGINT', () => rl.close());
  const write: Write = (text) => { options.output.write(text); };
  const who: Requester = { platform: 'console', userId: options.userId ?? safeUserName(), isAdmin: options.isAdmin ?? true };
  let theme: Theme | undefined;
  let lastRequestId: string | undefined;
  let lastGenerationId: string | undefined;

  const progress = (verb: string): ProgressListener => ({
    queued: (position) => write(`waiting: you are #${position} in the queue\n`),
    working: () => write(`${verb}...\n`),
  });
  const show = async (reply: DiagramReply, kind: string): Promise<void> => {
    await printDiagramReply(reply, kind, options.outDir, write);
    if (reply.generationId && kind !== 'fix') {
      lastGenerationId = reply.generationId;
      lastRequestId = reply.requestId;
    }
  };

  if (interactive) {
    write('asybot console. Type /help for commands.\n');
    rl.setPrompt('asybot> ');
    rl.prompt();
  }
  const lines = rl[Symbol.asyncIterator]();
  for await (const command of readConsoleCommands(lines)) {
    const { name, argument } = command;
    switch (name) {
      case 'diagram':
        await show(await service.diagram(who, { text: argument, theme }, progress('drawing')), 'diagram');
        break;
      case 'render':
      case 'paste':
        await show(await service.render(who, { code: argument, theme }, progress('rendering')), 'render');
        break;
      case 'regen':
      case 'regenerate':
        if (!lastRequestId) write('error: nothing to redraw yet; ask with /diagram first\n');
        else await show(await service.regenerate(who, lastRequestId, progress('drawing')), 'regen');
        break;
      case 'vote': {
        const vote = argument === 'up' || argument === '+1' ? 1 : argument === 'down' || argument === '-1' ? -1 : undefined;
        if (vote === undefined) write('error: say /vote up or /vote down\n');
        else if (!lastGenerationId) write('error: there is no diagram to vote on yet\n');
        else printNotice(await service.vote(who, lastGenerationId, vote), write);
        break;
      }
      case 'fix':
        if (!lastGenerationId) write('error: there is no generated diagram to correct yet\n');
        else await show(await service.submitFix(who, lastGenerationId, argument, progress('rendering')), 'fix');
        break;
      case 'theme':
        if (THEMES.includes(argument as Theme)) {
          theme = argument as Theme;
          write(`ok: theme is now ${theme}\n`);
        } else {
          write(`error: the theme is one of ${THEMES.join(', ')}\n`);
        }
        break;
      case 'status':
        printNotice(await service.status(who), write);
        break;
      case 'eval':
        printNotice(await service.runEval(who), write);
        break;
      case 'retrain':
        printNotice(await service.retrain(who), write);
        break;
      case 'rollback':
        printNotice(await service.rollback(who, argument), write);
        break;
      case 'help':
        write(HELP);
        break;
      case 'quit':
      case 'exit':
        rl.close();
        return;
      case '':
        write('Type /diagram followed by what to draw, or /help for all commands.\n');
        break;
      default:
        write(`error: unknown command /${name}; type /help\n`);
    }
    if (interactive) rl.prompt();
  }
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'console';
  } catch {
    return 'console'; // no passwd entry (containers)
  }
}

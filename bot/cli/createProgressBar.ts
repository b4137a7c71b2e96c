/**
 * A one-line progress bar on stderr for long CLI work (corpus builds, evaluation, training). Redraws at most
 * every 100 ms; on a non-TTY (CI logs) prints a plain line every 10% instead of carriage-return animation.
 */
export interface ProgressBar {
  update(done: number, total?: number, note?: string): void;
  finish(note?: string): void;
}

export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const startedAt = Date.now();
  let lastDrawAt = 0;
  let lastDecile = -1;
  let total = 0;
  let done = 0;
  let note = '';

  function line(): string {
    const fraction = total > 0 ? Math.min(1, done / total) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const elapsedS = (Date.now() - startedAt) / 1000;
    const etaS = done > 0 && total > done ? (elapsedS / done) * (total - done) : 0;
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${(fraction * 100).toFixed(0)}%` +
      ` ${elapsedS.toFixed(0)}s${etaS ? ` eta ${etaS.toFixed(0)}s` : ''}${note ? ` ${note}` : ''}`;
  }

  return {
    update(nextDone, nextTotal, nextNote) {
      done = nextDone;
      if (nextTotal !== undefined) total = nextTotal;
      if (nextNote !== undefined) note = nextNote;
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDrawAt < 100 && done < total) return;
        lastDrawAt = now;
        stream.write(`\r${line()}\x1b[K`);
      } else {
        const decile = total > 0 ? Math.floor((done / total) * 10) : 0;
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${line()}\n`);
        }
      }
    },
    finish(finalNote) {
      if (finalNote !== undefined) note = finalNote;
      stream.write(stream.isTTY ? `\r${line()}\x1b[K\n` : `${line()}\n`);
    },
  };
}

/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, and a plain line every 10% elsewhere
 * (CI logs, pipes), so logs stay readable. `update` takes the items done and a short note on the latest one.
 */
export interface ProgressBar {
  update(done: number, note?: string): void;
  finish(): void;
}

export function createProgressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const startedAt = performance.now();
  const width = 24;
  let lastDecile = -1;
  let drawn = false;

  function line(done: number, note: string): string {
    const fraction = total ? done / total : 1;
    const filled = Math.round(fraction * width);
    const elapsedS = (performance.now() - startedAt) / 1000;
    const etaS = done ? (elapsedS / done) * (total - done) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    return `${label} ${bar} ${done}/${total} ${Math.round(fraction * 100)}% ${elapsedS.toFixed(0)}s${done < total ? ` eta ${etaS.toFixed(0)}s` : ''}${note ? ` ${note}` : ''}`;
  }

  return {
    update(done, note = '') {
      if (stream.isTTY) {
        const columns = stream.columns || 80;
        stream.write(`\r${line(done, note).slice(0, columns - 1)}\x1b[K`);
        drawn = true;
        return;
      }
      const decile = Math.floor((done / Math.max(1, total)) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${line(done, '')}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

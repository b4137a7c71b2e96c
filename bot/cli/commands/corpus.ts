import type { Command } from 'commander';

/** `asybot corpus`: placeholder until its owner lands it. */
export function registerCorpus(program: Command): void {
  void program;
}

import type { Command } from 'commander';

/** `asybot eval`: placeholder until its owner lands it. */
export function registerEval(program: Command): void {
  void program;
}

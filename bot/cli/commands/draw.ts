import type { Command } from 'commander';

/** `asybot draw`: placeholder until its owner lands it. */
export function registerDraw(program: Command): void {
  void program;
}

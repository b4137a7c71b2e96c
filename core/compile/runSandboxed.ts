import { existsSync } from 'node:fs';
import { execa } from 'execa';
import { AsybotError } from '../errors.ts';

/**
 * The security boundary for untrusted Asymptote. asy's own `-safe`/`-noglobalread` are options of the program
 * being attacked, so the operating system does the enforcing: bubblewrap gives the job a filesystem with only
 * what asy, TeX and ghostscript need (read-only), the job dir as the one writable place, no network, no
 * capabilities, an unprivileged uid, its own pid namespace (everything dies with it), and prlimit caps memory,
 * CPU time, file size and open files. The caller kills the whole process group on the wall-clock deadline.
 */

/** Host paths the toolchain needs, bound read-only at the same place. Nothing else of the host is visible. */
const READ_ONLY_HOST_PATHS = [
  '/usr',
  '/etc/texmf', // TeX configuration (texmf.cnf lives here on Debian)
  '/etc/fonts', // fontconfig, used by ghostscript and dvisvgm
  '/etc/ld.so.cache',
  '/etc/alternatives', // symlink farm behind some /usr/bin tools
  '/var/lib/texmf', // ls-R databases and the preloaded LaTeX formats
];

/** Where the job dir and our helper modules appear inside the sandbox. */
export const SANDBOX_JOB_DIR = '/job';
export const SANDBOX_MODULES_DIR = '/asy-modules';

export interface SandboxOptions {
  /** Host directory that becomes SANDBOX_JOB_DIR; the only writable path. */
  jobDir: string;
  /** Host directory of our .asy helper modules, bound read-only at SANDBOX_MODULES_DIR. */
  modulesDir?: string;
  timeoutMs: number;
  memoryMb: number;
  /** RLIMIT_FSIZE: no single file written may exceed this. */
  maxFileBytes: number;
  /** Cap on captured stdout/stderr, in bytes each; the rest is dropped (a chatty loop must not eat our memory). */
  maxLogBytes?: number;
}

export interface SandboxResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export class SandboxUnavailableError extends AsybotError {}

let checkedTools = false;

/** Fails fast, naming the missing package, when the sandbox tools are not installed. */
export function assertSandboxTools(): void {
  if (checkedTools) return;
  for (const [tool, pkg] of [['/usr/bin/bwrap', 'bubblewrap'], ['/usr/bin/prlimit', 'util-linux'], ['/usr/bin/asy', 'asymptote']]) {
    if (!existsSync(tool!)) {
      throw new SandboxUnavailableError('SANDBOX_UNAVAILABLE', `${tool} is missing: install the Debian package ${pkg} (scripts/setup.sh does)`);
    }
  }
  checkedTools = true;
}

/** Builds the bwrap + prlimit argv that runs `command` inside the sandbox. Exposed for tests. */
export function buildSandboxArgv(command: readonly string[], options: SandboxOptions): string[] {
  const memoryBytes = options.memoryMb * 1024 * 1024;
  const cpuSeconds = Math.ceil(options.timeoutMs / 1000) + 5; // backstop; the wall clock normally fires first
  const argv = [
    '/usr/bin/prlimit',
    `--as=${memoryBytes}`,
    `--fsize=${options.maxFileBytes}`,
    `--cpu=${cpuSeconds}`,
    '--nofile=256',
    '--core=0',
    '--',
    '/usr/bin/bwrap',
    '--unshare-all', // user, pid, net, ipc, uts, cgroup namespaces: no network at all
    '--die-with-parent',
    '--new-session', // no TIOCSTI into our terminal
    '--cap-drop', 'ALL',
    '--uid', '65534',
    '--gid', '65534',
    '--clearenv', // nothing of our environment (tokens!) reaches the job
    '--setenv', 'PATH', '/usr/bin',
    '--setenv', 'HOME', SANDBOX_JOB_DIR,
    '--setenv', 'LANG', 'C.UTF-8',
    // TeX may open files only below the current directory ("paranoid"), so \input{/etc/...} is refused
    // even though the sandbox has little to read anyway.
    '--setenv', 'openin_any', 'p',
    '--setenv', 'openout_any', 'p',
    '--setenv', 'shell_escape', 'f',
    '--symlink', 'usr/bin', '/bin',
    '--symlink', 'usr/lib', '/lib',
    '--symlink', 'usr/lib64', '/lib64',
    '--symlink', 'usr/sbin', '/sbin',
    '--dev', '/dev',
    '--proc', '/proc',
    '--tmpfs', '/tmp',
  ];
  for (const hostPath of READ_ONLY_HOST_PATHS) {
    if (existsSync(hostPath)) argv.push('--ro-bind', hostPath, hostPath);
  }
  if (options.modulesDir) argv.push('--ro-bind', options.modulesDir, SANDBOX_MODULES_DIR);
  argv.push('--bind', options.jobDir, SANDBOX_JOB_DIR, '--chdir', SANDBOX_JOB_DIR, '--', ...command);
  return argv;
}

/** Runs `command` in the sandbox with the job dir as cwd. Never throws for the job's own failures. */
export async function runSandboxed(command: readonly string[], options: SandboxOptions): Promise<SandboxResult> {
  assertSandboxTools();
  const [file, ...args] = buildSandboxArgv(command, options);
  const maxLogBytes = options.maxLogBytes ?? 256 * 1024;
  const startedAt = performance.now();
  const child = execa(file!, args, {
    stdin: 'ignore', // a LaTeX error must never wait at TeX's `*` prompt
    reject: false,
    detached: true, // own process group, so the deadline can kill every descendant at once
    cleanup: true,
    encoding: 'utf8',
    stripFinalNewline: false,
    maxBuffer: { stdout: maxLogBytes, stderr: maxLogBytes },
    env: { PATH: '/usr/bin:/bin' },
    extendEnv: false,
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs);
  try {
    const result = await child;
    return {
      exitCode: typeof result.exitCode === 'number' ? result.exitCode : null,
      signal: result.signal ?? null,
      stdout: String(result.stdout ?? ''),
      stderr: String(result.stderr ?? ''),
      timedOut,
      durationMs: performance.now() - startedAt,
    };
  } finally {
    clearTimeout(timer);
    killGroup(child.pid); // stragglers that escaped bwrap's pid namespace cannot exist, but be certain
  }
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

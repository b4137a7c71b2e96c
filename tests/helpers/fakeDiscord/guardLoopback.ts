import net from 'node:net';

/**
 * Makes every outgoing TCP connection of this process fail unless it targets loopback, so a test that forgot to
 * redirect a client (discord.js REST, the gateway, a CDN fetch) fails loudly instead of reaching the internet.
 * Wraps net.Socket#connect, which http, https, tls, undici and ws all go through. Idempotent.
 */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
let installed = false;

/** Attempts refused so far, "host:port" (tests assert it stays empty). */
export const refusedConnections: string[] = [];

export class OffLoopbackConnectionError extends Error {
  readonly code = 'TEST_OFF_LOOPBACK';
}

export function guardLoopback(): void {
  if (installed) return;
  installed = true;
  const original = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = describeTarget(args);
    if (target.path === undefined && !LOOPBACK.has(target.host)) {
      refusedConnections.push(`${target.host}:${String(target.port)}`);
      const error = new OffLoopbackConnectionError(`test guard: refused a connection to ${target.host}:${target.port} (only loopback is allowed)`);
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return original.apply(this, args);
  } as typeof net.Socket.prototype.connect;
}

function describeTarget(args: unknown[]): { host: string; port: unknown; path?: string } {
  // Node calls connect(options, cb), connect([options, cb]) (internal normalized form), connect(port, host, cb) or connect(path, cb).
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: unknown; path?: string };
    if (typeof options.path === 'string') return { host: '', port: undefined, path: options.path };
    return { host: options.host ?? 'localhost', port: options.port };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { host: '', port: undefined, path: first };
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

import net from 'node:net';

/**
 * Makes every outgoing TCP connection of this process fail unless it goes to loopback, so a test that forgot to
 * redirect a client (Bolt's WebClient, Socket Mode, fetch) fails loudly instead of reaching slack.com.
 * Every client in Node (http, fetch/undici, ws) ends in net.Socket#connect, so one patch covers them all.
 */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/** Attempts refused so far, "host:port" (tests assert it stays empty). */
export const refusedConnections: string[] = [];

let installed = false;

export function guardLoopback(): void {
  if (installed) return;
  installed = true;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = describeTarget(args);
    if (target !== null && !LOOPBACK.has(target.host)) {
      const where = `${target.host}:${target.port}`;
      refusedConnections.push(where);
      process.nextTick(() => this.destroy(new Error(`test guard: connection to ${where} refused (loopback only)`)));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
}

/** Host and port of a connect() call in any of its forms; null for Unix sockets and pipes. */
function describeTarget(args: unknown[]): { host: string; port: string } | null {
  let first = args[0];
  // net.connect(options) passes [options, cb] or the internal normalized array [options, cb] as one argument.
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number | string; path?: string };
    if (options.path !== undefined) return null;
    return { host: stripBrackets(options.host ?? 'localhost'), port: String(options.port) };
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const host = typeof args[1] === 'string' ? args[1] : 'localhost';
    return { host: stripBrackets(host), port: String(first) };
  }
  return null; // a path (Unix socket)
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

// The fake gateway: Discord's v10 JSON WebSocket protocol, no compression (discord.js uses none without zlib-sync).
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { nextSnowflake } from './snowflake.ts';

export const OP = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
/** Intents Discord only grants when enabled in the Developer Portal: GuildMembers, GuildPresences, MessageContent. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

/** One frame as the fake received or sent it (tests read the handshake back). */
export interface GatewayFrame {
  direction: 'in' | 'out';
  op: number;
  t: string | null;
  d: unknown;
  atMs: number;
}

export interface GatewaySession {
  id: string;
  socket: WebSocket;
  identified: boolean;
  intents: number;
  seq: number;
  closeCode: number | null;
  heartbeats: number;
  /** Set when the session came back with RESUME instead of IDENTIFY. */
  resumed: boolean;
}

export interface GatewayOptions {
  token: string;
  /** Privileged intents this application was granted in the portal (default none). */
  allowedPrivilegedIntents: number;
  heartbeatIntervalMs: number;
  resumeUrl: () => string;
  /** READY's `d` for a session, then the dispatches that follow it (GUILD_CREATE). */
  onIdentified: (session: GatewaySession) => { ready: Record<string, unknown>; after: Array<{ t: string; d: unknown }> };
}

export function createGateway(options: GatewayOptions) {
  const server = new WebSocketServer({ noServer: true });
  const frames: GatewayFrame[] = [];
  const sessions: GatewaySession[] = [];

  function send(session: GatewaySession, op: number, d: unknown, t: string | null = null): void {
    const s = op === OP.Dispatch ? ++session.seq : null;
    frames.push({ direction: 'out', op, t, d, atMs: Date.now() });
    session.socket.send(JSON.stringify({ op, d, s, t }));
  }

  function close(session: GatewaySession, code: number, reason: string): void {
    session.closeCode = code;
    session.socket.close(code, reason);
  }

  function onConnection(socket: WebSocket, request: IncomingMessage): void {
    const session: GatewaySession = { id: nextSnowflake(), socket, identified: false, intents: 0, seq: 0, closeCode: null, heartbeats: 0, resumed: false };
    sessions.push(session);
    const query = new URL(request.url ?? '/', 'ws://127.0.0.1').searchParams;
    if (query.get('v') !== '10' || query.get('encoding') !== 'json') {
      close(session, 4012, 'Invalid API version');
      return;
    }
    send(session, OP.Hello, { heartbeat_interval: options.heartbeatIntervalMs });
    socket.on('message', (raw) => {
      let frame: { op: number; d: any };
      try {
        frame = JSON.parse(String(raw));
      } catch {
        close(session, 4002, 'Decode error');
        return;
      }
      frames.push({ direction: 'in', op: frame.op, t: null, d: frame.d, atMs: Date.now() });
      switch (frame.op) {
        case OP.Heartbeat:
          session.heartbeats++;
          send(session, OP.HeartbeatAck, null);
          return;
        case OP.Identify:
          return identify(session, frame.d);
        case OP.Resume:
          // A resume of a session this fake knows: it carries on (same id, intents, sequence); nothing to replay.
          const resumed = sessions.find((known) => known !== session && known.id === frame.d?.session_id);
          if (resumed && frame.d?.token === options.token) {
            Object.assign(session, { id: resumed.id, intents: resumed.intents, seq: resumed.seq, identified: true, resumed: true });
            send(session, OP.Dispatch, {}, 'RESUMED');
          } else {
            send(session, OP.InvalidSession, false);
          }
          return;
        default:
          return; // presence/voice updates: accepted and ignored
      }
    });
  }

  function identify(session: GatewaySession, d: { token?: string; intents?: number; properties?: unknown }): void {
    if (session.identified) return close(session, 4005, 'Already authenticated');
    if (d?.token !== options.token) return close(session, 4004, 'Authentication failed');
    const intents = Number(d.intents);
    if (!Number.isInteger(intents) || intents < 0) return close(session, 4013, 'Invalid intent(s)');
    if ((intents & PRIVILEGED_INTENTS & ~options.allowedPrivilegedIntents) !== 0) return close(session, 4014, 'Disallowed intent(s)');
    session.identified = true;
    session.intents = intents;
    const { ready, after } = options.onIdentified(session);
    send(session, OP.Dispatch, { ...ready, session_id: session.id, resume_gateway_url: options.resumeUrl() }, 'READY');
    for (const event of after) send(session, OP.Dispatch, event.d, event.t);
  }

  server.on('connection', onConnection);

  return {
    server,
    frames,
    sessions,
    /** Sends a dispatch to every identified session whose intents include `intent` (0 = always). */
    dispatch(t: string, d: unknown, intent = 0): number {
      let sent = 0;
      for (const session of sessions) {
        if (!session.identified || session.closeCode !== null || session.socket.readyState !== session.socket.OPEN) continue;
        if (intent !== 0 && (session.intents & intent) === 0) continue;
        send(session, OP.Dispatch, d, t);
        sent++;
      }
      return sent;
    },
    /** Sends a dispatch to one session. */
    dispatchTo(session: GatewaySession, t: string, d: unknown): void {
      send(session, OP.Dispatch, d, t);
    },
    /** Closes every live session with `code` (4000 "unknown error" is resumable), as Discord does on a restart. */
    drop(code: number): void {
      for (const session of sessions) if (session.closeCode === null) close(session, code, 'dropped by the test');
    },
    close(): void {
      for (const session of sessions) session.socket.terminate();
      server.close();
    },
  };
}

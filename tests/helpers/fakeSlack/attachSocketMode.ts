// The Socket Mode side of the fake: the wss:// URL from apps.connections.open upgrades here (one-use ticket), the
// server says hello, pings like Slack (the client drops a link after 30 s without one), pushes envelopes and
// records each `{ envelope_id, payload }` ack.
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeEnvelope, FakeSlackState } from './fakeState.ts';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface SocketModeSide {
  readonly connections: number;
  /** Sends an envelope to the first connected client; returns it (its `ack` fills in when the client answers). */
  push(type: EnvelopeType, payload: Record<string, unknown>): FakeEnvelope;
  close(): void;
}

export function attachSocketMode(
  server: http.Server,
  options: { state: FakeSlackState; events: EventEmitter; openTickets: Set<string>; appId: string; pingIntervalMs: number },
): SocketModeSide {
  const { state, events } = options;
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });

  function readAck(data: unknown): void {
    let message: { envelope_id?: string; payload?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      state.warnings.push(`socket: non-JSON frame ${String(data).slice(0, 80)}`);
      return;
    }
    const envelope = state.envelopes.find((e) => e.envelopeId === message.envelope_id);
    if (envelope === undefined) state.warnings.push(`socket: ack for unknown envelope ${String(message.envelope_id)}`);
    else if (envelope.ack !== undefined) state.warnings.push(`socket: second ack for ${envelope.envelopeId}`);
    else envelope.ack = { ...(message.payload === undefined ? {} : { payload: message.payload }), atMs: Date.now() };
    events.emit('change');
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket');
    if (url.pathname !== '/link/' || ticket === null || !options.openTickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      const ping = setInterval(() => ws.ping(), options.pingIntervalMs);
      ping.unref();
      ws.on('close', () => {
        clearInterval(ping);
        sockets.delete(ws);
      });
      ws.on('message', readAck);
      ws.send(JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: options.appId },
      }));
      events.emit('change');
    });
  });

  return {
    get connections() {
      return sockets.size;
    },
    push(type, payload) {
      const ws = [...sockets][0];
      if (ws === undefined) throw new Error('fake Slack: no Socket Mode client connected');
      const envelope: FakeEnvelope = { envelopeId: randomUUID(), type, payload, pushedAtMs: Date.now() };
      state.envelopes.push(envelope);
      ws.send(JSON.stringify({
        envelope_id: envelope.envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: 0,
        retry_reason: '',
      }));
      return envelope;
    },
    close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}

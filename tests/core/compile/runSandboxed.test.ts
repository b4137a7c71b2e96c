import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runSandboxed } from '../../../core/compile/runSandboxed.ts';

/**
 * The OS boundary on its own, with asy's checks out of the way: the attacker here runs a shell or Python directly,
 * as hostile code would once it got asy to run a program.
 */

const root = mkdtempSync(path.join(os.tmpdir(), 'asybot-sandbox-test-'));
const jobDir = path.join(root, 'job');
const outside = path.join(root, 'outside');
after(() => rmSync(root, { recursive: true, force: true }));

function sandboxed(script: string, timeoutMs = 5000) {
  rmSync(jobDir, { recursive: true, force: true });
  mkdtempSync(jobDir + '-'); // exercise the same temp-dir path the compiler uses
  writeFileSync(path.join(root, 'outside'), 'host secret');
  const dir = mkdtempSync(path.join(root, 'j-'));
  return runSandboxed(['/bin/sh', '-c', script], { jobDir: dir, timeoutMs, memoryMb: 512, maxFileBytes: 1_000_000 }).then((r) => ({ ...r, dir }));
}

test('the sandbox hides host files such as /etc/passwd, /root and the repository', async () => {
  const result = await sandboxed(`cat /etc/passwd; ls /root; ls ${process.cwd()}; cat ${outside}; echo done`);
  assert.match(result.stdout, /done/);
  assert.doesNotMatch(result.stdout, /root:x:0|host secret/);
  assert.match(result.stderr, /No such file/);
});

test('the sandbox cannot write outside its job dir but can write inside it', async () => {
  const result = await sandboxed(`echo x > /usr/pwned; echo x > ${root}/pwned; echo ok > /job/inside.txt; echo $?`);
  assert.match(result.stdout, /^0$/m);
  assert.deepEqual(readdirSync(root).filter((f) => f === 'pwned'), []);
  assert.deepEqual(readdirSync(result.dir), ['inside.txt']);
});

test('the sandbox has no network, not even loopback of the host', async () => {
  const server = net.createServer((socket) => socket.end('hello')).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  let connections = 0;
  server.on('connection', () => { connections += 1; });
  const result = await sandboxed(
    `/usr/bin/python3 -c "import socket; s=socket.socket(); s.settimeout(2); s.connect(('127.0.0.1', ${port})); print('connected')"`,
  );
  server.close();
  assert.doesNotMatch(result.stdout, /connected/);
  assert.equal(connections, 0);
});

test('the sandbox runs unprivileged with a clean environment', async () => {
  process.env.ASYBOT_TEST_TOKEN = 'do-not-leak-me';
  const result = await sandboxed('id -u; grep CapEff /proc/self/status; env');
  delete process.env.ASYBOT_TEST_TOKEN;
  assert.match(result.stdout, /^65534$/m);
  assert.match(result.stdout, /CapEff:\s+0+$/m);
  assert.doesNotMatch(result.stdout, /do-not-leak-me|DISCORD|SLACK/);
});

test('the deadline kills the whole process tree', async () => {
  const result = await sandboxed('sleep 30 & sleep 30; echo never', 800);
  assert.equal(result.timedOut, true);
  assert.ok(result.durationMs < 3000, `took ${result.durationMs} ms`);
  assert.doesNotMatch(result.stdout, /never/);
});

test('the file-size limit stops a job that writes too much', async () => {
  const result = await sandboxed('head -c 5000000 /dev/zero > /job/big; echo rc=$?');
  assert.doesNotMatch(result.stdout, /rc=0/);
});

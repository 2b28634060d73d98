/**
 * Runs the SNS sink as a child process of local mode:
 *   node --import tsx server/local/sns-sink-main.ts --port 4575 --mailbox data/mailbox.jsonl [--host 127.0.0.1]
 * Prints `sns-sink listening on <url>` once ready, and exits on SIGTERM/SIGINT or when its parent
 * process goes away, so it is never left orphaned holding the port.
 */
import { parseArgs } from 'node:util';
import { startSnsSink } from './sns-sink.js';

const PARENT_CHECK_MS = 1000;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    mailbox: { type: 'string' },
  },
});

const port = Number(values.port);
if (values.port === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('usage: sns-sink-main --port <port> [--mailbox <file>] [--host <host>]');
  process.exit(2);
}

const sink = await startSnsSink({ port, host: values.host, mailboxFile: values.mailbox });
console.log(`sns-sink listening on ${sink.url}`);

const parentPid = process.ppid;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(parentWatch);
  await sink.close().catch(() => undefined);
  process.exit(code);
}

const parentWatch = setInterval(() => {
  if (process.ppid !== parentPid || !isAlive(parentPid)) void stop(0);
}, PARENT_CHECK_MS);
parentWatch.unref();

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

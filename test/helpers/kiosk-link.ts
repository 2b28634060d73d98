import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The theater's internet link, between a kiosk and the server, under the test's control: it can
 * hold the server's answer to a push of sales (the server has applied them, the kiosk does not
 * know yet), which is where a crash hurts most.
 */
export interface KioskLink {
  url: string;
  /** Hold the answer to the `n`th push of sales from now on (1 = the next one). */
  holdPushAnswer(n: number): void;
  /** Resolves once a held push has been applied by the server (its answer is held). */
  pushHeld: Promise<void>;
  pushes(): number;
  close(): Promise<void>;
}

export async function startKioskLink(target: () => string): Promise<KioskLink> {
  let holdAt = 0;
  let pushes = 0;
  let markHeld: () => void = () => undefined;
  const link: Partial<KioskLink> = { pushHeld: new Promise<void>((r) => (markHeld = r)) };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const isPush = req.method === 'POST' && req.url === '/api/v1/kiosk/sales';
      const nth = isPush ? ++pushes : 0;
      try {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length')) as Record<string, string>;
        const answer = await fetch(`${target()}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
        const body = Buffer.from(await answer.arrayBuffer());
        if (isPush && holdAt && nth === holdAt) {
          markHeld();
          return; // never answered: the kiosk dies waiting
        }
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(body);
      } catch {
        res.destroy();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return Object.assign(link, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holdPushAnswer(n: number) {
      holdAt = pushes + n;
    },
    pushes: () => pushes,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  }) as KioskLink;
}

// A loopback front for the GitHub emulator: chosen requests get an answer from the test, every
// other request is forwarded unchanged. It stands in for what the emulator cannot be made to do
// by seeding, such as GitHub changing its mind between two calls (an assignee who passes the
// assignability check and is refused by the create a moment later).
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FrontAnswer {
  status: number;
  body?: unknown;
}

export interface GitHubFront {
  /** Use as GITHUB_API_URL. */
  url: string;
  /** `METHOD path` of the requests the front answered itself, in order. */
  answered: string[];
  close(): Promise<void>;
}

/** `answer` gets the method and the path (without query); undefined forwards the request to `emulatorUrl`. */
export async function startGitHubFront(emulatorUrl: string, answer: (method: string, path: string) => FrontAnswer | undefined): Promise<GitHubFront> {
  const target = new URL(emulatorUrl);
  const answered: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', 'http://front').pathname;
    const own = answer(method, path);
    if (own) {
      answered.push(`${method} ${path}`);
      // Drain the request body before answering, as a server would.
      req.resume();
      req.on('end', () => {
        const text = own.body === undefined ? '' : JSON.stringify(own.body);
        res.writeHead(own.status, text ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) } : {});
        res.end(text);
      });
      return;
    }
    const forward = httpRequest({ host: target.hostname, port: target.port, method, path: req.url, headers: { ...req.headers, host: target.host } }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answered,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

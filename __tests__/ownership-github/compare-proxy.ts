// A loopback front for the GitHub emulator that answers `GET /repos/{o}/{r}/compare/{base}...{head}`
// from the emulator's commit snapshots and forwards every other request unchanged.
//
// Why: the emulator does not implement the compare API yet (and `GET .../commits/{ref}` returns
// `files: []`), but the owner-approval gate needs "files changed since the approved commit". Drop
// this file once test-support/github emulates `repos/compare-commits-with-basehead`; the tests
// then point the client at `emulator.url` directly.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitHubEmulator } from '../../test-support/github/emulator.js';

export interface CompareProxy {
  url: string;
  /** basehead strings answered, in order. */
  compared: string[];
  close(): Promise<void>;
}

function ancestors(emulator: GitHubEmulator, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length) {
    const current = queue.shift()!;
    const commit = emulator.state.commits[current];
    if (seen.has(current) || !commit) continue;
    seen.add(current);
    queue.push(...commit.parents);
  }
  return seen;
}

function resolve(emulator: GitHubEmulator, ref: string): string | undefined {
  if (emulator.state.commits[ref]) return ref;
  return emulator.state.branches[ref];
}

function compare(emulator: GitHubEmulator, basehead: string): { status: number; body: unknown } {
  const [baseRef, headRef] = basehead.split('...');
  const base = baseRef ? resolve(emulator, baseRef) : undefined;
  const head = headRef ? resolve(emulator, headRef) : undefined;
  if (!base || !head) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
  const headAncestors = ancestors(emulator, head);
  const baseAncestors = ancestors(emulator, base);
  const status = base === head ? 'identical' : headAncestors.has(base) ? 'ahead' : baseAncestors.has(head) ? 'behind' : 'diverged';
  // Three-dot: the merge base's files against the head's.
  const mergeBase = [...headAncestors].find((sha) => baseAncestors.has(sha)) ?? base;
  const before = emulator.state.commits[mergeBase]!.files;
  const after = emulator.state.commits[head]!.files;
  const files = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .filter((path) => before[path] !== after[path])
    .map((path) => ({
      sha: '0'.repeat(40),
      filename: path,
      status: before[path] === undefined ? 'added' : after[path] === undefined ? 'removed' : 'modified',
      additions: 0,
      deletions: 0,
      changes: 0,
    }));
  return { status: 200, body: { status, ahead_by: 0, behind_by: 0, total_commits: 0, commits: [], files, merge_base_commit: { sha: mergeBase } } };
}

export async function startCompareProxy(emulator: GitHubEmulator): Promise<CompareProxy> {
  const compared: string[] = [];
  const target = new URL(emulator.url);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const match = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(url.pathname);
    if (req.method === 'GET' && match) {
      const basehead = decodeURIComponent(match[1]!);
      compared.push(basehead);
      const answer = compare(emulator, basehead);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer.body));
      return;
    }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    compared,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

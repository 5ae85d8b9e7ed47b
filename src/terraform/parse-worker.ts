// A parse thread (see parse-pool.ts): parses the texts it is sent with its own parser and sends
// back each copied tree in a transferable buffer; the main thread converts it. It says `ready`
// once its parser is loaded, so that no text waits for a thread still starting.
import { parentPort } from 'node:worker_threads';
import { getParser, parseForTransfer, type TransferredParse } from './hcl-syntax.js';

export interface ParseRequest {
  id: number;
  texts: string[];
}

export type ParseReply =
  | { ready: true }
  | { id: number; results: (TransferredParse | { retry: string })[] };

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');
const parser = await getParser();
port.on('message', (request: ParseRequest) => {
  const results = request.texts.map((text): TransferredParse | { retry: string } => {
    try {
      return parseForTransfer(parser, text);
    } catch (e) {
      // Not a syntax error (those travel as results): the main thread parses this file itself.
      return { retry: e instanceof Error ? e.message : String(e) };
    }
  });
  const buffers = results.flatMap((r) => ('data' in r ? [r.data.buffer as ArrayBuffer] : []));
  port.postMessage({ id: request.id, results } satisfies ParseReply, buffers);
});
port.postMessage({ ready: true } satisfies ParseReply);

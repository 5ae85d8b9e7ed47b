import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  getParser,
  parseForTransfer
} from "./chunks/chunk-JEE6VJE5.js";
import "./chunks/chunk-X7CJ5U7I.js";

// src/terraform/parse-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("parse-worker.js runs as a worker thread");
var parser = await getParser();
port.on("message", (request) => {
  const results = request.texts.map((text) => {
    try {
      return parseForTransfer(parser, text);
    } catch (e) {
      return { retry: e instanceof Error ? e.message : String(e) };
    }
  });
  const buffers = results.flatMap((r) => "data" in r ? [r.data.buffer] : []);
  port.postMessage({ id: request.id, results }, buffers);
});
port.postMessage({ ready: true });

// Parsing on more than one core. A large scan spends most of its time in the parser (tree-sitter,
// WebAssembly), one file at a time; parse threads (parse-worker.ts) take chunks of files from the
// same queue as the main thread, which converts every copied tree into our syntax. The syntax of
// a file is the same whichever thread parsed it: a worker runs the same copy, and the conversion
// always runs here. A thread that fails or does not start loses nothing: its chunk goes back to
// the queue, and the main thread alone can always finish.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Parser } from 'web-tree-sitter';
import { fileFromTransfer, HclSyntaxError, parseHclWith, type FileSyntax } from './hcl-syntax.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

export interface ParseThreadOptions {
  /** Threads that parse, the main thread included (default: the cores Node may use, at most 4); 1 parses on the main thread only. */
  threads?: number;
  /** Fewer bytes of `.tf` text than this are parsed on the main thread only: starting a thread costs more than it saves. */
  minBytes?: number;
  /** The worker script; default parse-worker.js next to the bundle (the sources, run by tests, have none). */
  workerFile?: string;
  /** False: the main thread parses only when no worker is left (tests, to be sure the workers parse). Default true. */
  parseOnMain?: boolean;
}

export interface ParseJob {
  path: string;
  text: string;
}

/** A file's syntax, or the syntax error that kept it from being read. */
export type ParseOutcome = { syntax: FileSyntax } | { error: HclSyntaxError };

export const DEFAULT_MIN_BYTES = 512 * 1024;
const MAX_THREADS = 4;
/** About 20 ms of parsing: small enough that no thread waits long for the last one, large enough that messages are few. */
const CHUNK_BYTES = 64 * 1024;

/** parse-worker.js beside this code in dist/ (or the folder above, for a chunk in dist/chunks/); .mjs in the benchmark's bundle. */
function bundledWorker(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [here, join(here, '..')].flatMap((dir) => ['parse-worker.js', 'parse-worker.mjs'].map((f) => join(dir, f))).find((f) => existsSync(f));
}

/** How many threads to parse with: the option, else the environment's ECS_DRIFT_GUARD_PARSE_THREADS, else the cores. */
export function parseThreads(options: ParseThreadOptions = {}, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.ECS_DRIFT_GUARD_PARSE_THREADS;
  const wanted = options.threads ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : Math.min(availableParallelism(), MAX_THREADS));
  return Math.max(1, Math.floor(wanted));
}

interface Thread {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** The chunks sent to it and not yet answered, by request id. */
  pending: Map<number, ParseJob[]>;
}

/** What one parseAll is doing: called as threads say ready, reply, or fail. */
interface Round {
  ready(thread: Thread): void;
  reply(thread: Thread, reply: Extract<ParseReply, { id: number }>): void;
  lost(thread: Thread): void;
}

/**
 * Parses HCL files, on worker threads as well when there are enough of them; each file's outcome
 * by path. Only syntax errors are outcomes: any other failure throws, as a parse on the main
 * thread would.
 */
export class ParsePool {
  private threadsStarted: Thread[] | undefined;
  private round: Round | undefined;
  private readonly threads: number;
  private readonly minBytes: number;
  private readonly workerFile: string | undefined;
  private readonly parseOnMain: boolean;

  constructor(private readonly parser: Parser, options: ParseThreadOptions = {}) {
    this.parseOnMain = options.parseOnMain ?? true;
    this.threads = parseThreads(options);
    this.minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
    this.workerFile = options.workerFile ?? bundledWorker();
  }

  /** Chunks the worker threads parsed, over the pool's life (for tests and the benchmark). */
  workerChunks = 0;
  private requests = 0;

  async parseAll(jobs: readonly ParseJob[]): Promise<Map<string, ParseOutcome>> {
    const outcomes = new Map<string, ParseOutcome>();
    const bytes = jobs.reduce((sum, j) => sum + j.text.length, 0);
    if (this.threads <= 1 || !this.workerFile || bytes < this.minBytes) {
      for (const job of jobs) outcomes.set(job.path, this.parseHere(job));
      return outcomes;
    }
    this.threadsStarted ??= this.start(this.workerFile);
    await this.share(chunksOf(jobs), outcomes);
    return outcomes;
  }

  /** Starts the worker threads now (a walk that finds many files calls this, so they load while it reads). */
  warmUp(): void {
    if (this.threads > 1 && this.workerFile) this.threadsStarted ??= this.start(this.workerFile);
  }

  /** Stops the worker threads; the pool starts new ones if asked to parse again. */
  async close(): Promise<void> {
    const threads = this.threadsStarted ?? [];
    this.threadsStarted = undefined;
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private start(file: string): Thread[] {
    const threads: Thread[] = [];
    for (let i = 1; i < this.threads; i++) {
      const thread: Thread = { worker: new Worker(file), ready: false, dead: false, pending: new Map() };
      // A script that cannot be loaded, or a thread that dies, fails that thread only.
      const lost = () => {
        if (thread.dead) return;
        thread.dead = true;
        this.round?.lost(thread);
      };
      thread.worker.on('message', (message: ParseReply) => {
        if ('ready' in message) {
          thread.ready = true;
          this.round?.ready(thread);
        } else this.round?.reply(thread, message);
      });
      thread.worker.on('error', lost);
      thread.worker.on('exit', lost);
      threads.push(thread);
    }
    return threads;
  }

  private parseHere(job: ParseJob): ParseOutcome {
    try {
      return { syntax: parseHclWith(this.parser, job.text) };
    } catch (e) {
      if (e instanceof HclSyntaxError) return { error: e };
      throw e;
    }
  }

  /** The outcome of a parse a worker did: converted here, or parsed again here when the worker could not. */
  private fromWorker(job: ParseJob, result: Extract<ParseReply, { id: number }>['results'][number] | undefined): ParseOutcome {
    if (!result || 'retry' in result) return this.parseHere(job);
    try {
      return { syntax: fileFromTransfer(this.parser, job.text, result) };
    } catch (e) {
      if (e instanceof HclSyntaxError) return { error: e };
      throw e;
    }
  }

  /** The main thread and every ready worker take chunks from one queue until all are parsed. */
  private async share(chunks: ParseJob[][], outcomes: Map<string, ParseOutcome>): Promise<void> {
    const queue = [...chunks];
    const failure: { error?: unknown; failed: boolean } = { failed: false };
    let wake: (() => void) | undefined;
    const poke = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    // Two chunks per thread: the next one waits in its queue while the main thread, which
    // converts replies only between its own chunks, is busy.
    const feed = (thread: Thread) => {
      while (!thread.dead && thread.pending.size < 2) {
        const chunk = queue.shift();
        if (!chunk) return;
        const id = ++this.requests;
        thread.pending.set(id, chunk);
        thread.worker.postMessage({ id, texts: chunk.map((j) => j.text) } satisfies ParseRequest);
      }
    };
    const threads = (this.threadsStarted ?? []).filter((t) => !t.dead);
    this.round = {
      ready: feed,
      reply: (thread, { id, results }) => {
        const chunk = thread.pending.get(id);
        // A reply to a request of an earlier round that failed: that chunk was parsed here.
        if (!chunk) return;
        thread.pending.delete(id);
        this.workerChunks++;
        try {
          chunk.forEach((job, i) => outcomes.set(job.path, this.fromWorker(job, results[i])));
        } catch (e) {
          if (!failure.failed) Object.assign(failure, { failed: true, error: e });
        }
        feed(thread);
        poke();
      },
      lost: (thread) => {
        // Its chunks go back to the queue; it is sent nothing more.
        queue.unshift(...thread.pending.values());
        thread.pending.clear();
        poke();
      },
    };
    try {
      for (const thread of threads) if (thread.ready) feed(thread);
      for (;;) {
        if (failure.failed) throw failure.error;
        const live = threads.some((t) => !t.dead);
        const chunk = this.parseOnMain || !live ? queue.shift() : undefined;
        if (chunk) {
          for (const job of chunk) outcomes.set(job.path, this.parseHere(job));
          // Let the workers' replies in: their trees are converted here, between chunks.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        if (!threads.some((t) => t.pending.size > 0 && !t.dead) && (queue.length === 0 || !live)) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (failure.failed) throw failure.error;
    } finally {
      this.round = undefined;
      // A chunk still out (after a failure) is dropped with the round: its replies find no round.
      for (const thread of threads) thread.pending.clear();
    }
  }
}

function chunksOf(jobs: readonly ParseJob[]): ParseJob[][] {
  const chunks: ParseJob[][] = [];
  let current: ParseJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    current.push(job);
    bytes += job.text.length;
    if (bytes >= CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

// Parsing on more than one core. A large scan spends most of its time in the parser (tree-sitter,
// WebAssembly), one file at a time; parse threads (parse-worker.ts) take chunks of files from the
// same queue as the main thread, which reads every file just before its chunk goes out and
// converts every copied tree into our syntax. The syntax of a file is the same whichever thread
// parsed it: a worker runs the same copy, and the conversion always runs here. A thread that fails
// or does not start loses nothing: its chunks go back to the queue, and the main thread alone can
// always finish.
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
  /** Fewer `.tf` files than this are parsed on the main thread only: starting a thread costs more than it saves. */
  minFiles?: number;
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

/** A file's text as read, and what parsing it gave. */
export interface ParsedFile {
  text: string;
  outcome: ParseOutcome;
}

/** About 250 ms of parsing: below that, a thread (about 150 ms to start) would hardly help. */
export const DEFAULT_MIN_FILES = 256;
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
 * Parses HCL files, on worker threads as well when there are enough of them; each file's text and
 * outcome by path (a file `read` gives no text for is left out). Only syntax errors are outcomes:
 * any other failure throws, as a parse on the main thread would.
 */
export class ParsePool {
  private threadsStarted: Thread[] | undefined;
  private round: Round | undefined;
  private readonly threads: number;
  private readonly minFiles: number;
  private readonly workerFile: string | undefined;
  private readonly parseOnMain: boolean;
  private requests = 0;
  /** Chunks the worker threads parsed, over the pool's life (for tests). */
  workerChunks = 0;

  constructor(private readonly parser: Parser, options: ParseThreadOptions = {}) {
    this.parseOnMain = options.parseOnMain ?? true;
    this.threads = parseThreads(options);
    this.minFiles = options.minFiles ?? DEFAULT_MIN_FILES;
    this.workerFile = options.workerFile ?? bundledWorker();
  }

  /** Whether this many files are parsed on worker threads too. */
  private useThreads(files: number): boolean {
    return this.threads > 1 && this.workerFile !== undefined && files >= this.minFiles;
  }

  /**
   * Reads (with `read`, on this thread, in order, each just before its chunk is parsed) and
   * parses the files at `paths`.
   */
  async parseAll(paths: readonly string[], read: (path: string) => string | undefined): Promise<Map<string, ParsedFile>> {
    const parsed = new Map<string, ParsedFile>();
    if (!this.useThreads(paths.length)) {
      for (const path of paths) {
        const text = read(path);
        if (text !== undefined) parsed.set(path, { text, outcome: this.parseHere(text) });
      }
      return parsed;
    }
    this.warmUp(paths.length);
    await this.share(paths, read, parsed);
    return parsed;
  }

  /** Starts the worker threads now when `files` files will need them (a walk calls this, so that they load while it goes on). */
  warmUp(files: number): void {
    if (this.useThreads(files)) this.threadsStarted ??= this.start(this.workerFile!);
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

  private parseHere(text: string): ParseOutcome {
    return syntaxOrError(() => parseHclWith(this.parser, text));
  }

  /** The outcome of a parse a worker did: converted here, or parsed again here when the worker could not. */
  private fromWorker(text: string, result: Extract<ParseReply, { id: number }>['results'][number] | undefined): ParseOutcome {
    if (!result || 'retry' in result) return this.parseHere(text);
    return syntaxOrError(() => fileFromTransfer(this.parser, text, result));
  }

  /**
   * The main thread and every ready worker take chunks from one queue until all are parsed. Each
   * worker holds two chunks, so that it never waits for the main thread, which sends and converts
   * only between its own chunks. With the queue empty, the main thread takes back a worker's
   * second chunk, which the worker has not started, rather than wait for it.
   */
  private async share(paths: readonly string[], read: (path: string) => string | undefined, parsed: Map<string, ParsedFile>): Promise<void> {
    let nextPath = 0;
    /** Chunks handed back by threads that died, parsed before new ones. */
    const returned: ParseJob[][] = [];
    const take = (): ParseJob[] | undefined => {
      if (returned.length > 0) return returned.shift();
      const chunk: ParseJob[] = [];
      let bytes = 0;
      while (nextPath < paths.length && bytes < CHUNK_BYTES) {
        const path = paths[nextPath++]!;
        const text = read(path);
        if (text === undefined) continue;
        chunk.push({ path, text });
        bytes += text.length;
      }
      return chunk.length > 0 ? chunk : undefined;
    };
    const failure: { error?: unknown; failed: boolean } = { failed: false };
    let wake: (() => void) | undefined;
    const poke = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const feed = (thread: Thread) => {
      while (!thread.dead && thread.pending.size < 2) {
        const chunk = take();
        if (!chunk) return;
        const id = ++this.requests;
        thread.pending.set(id, chunk);
        thread.worker.postMessage({ id, texts: chunk.map((j) => j.text) } satisfies ParseRequest);
      }
    };
    const threads = (this.threadsStarted ?? []).filter((t) => !t.dead);
    const steal = (): ParseJob[] | undefined => {
      for (const thread of threads) {
        if (thread.dead || thread.pending.size < 2) continue;
        const [id, chunk] = [...thread.pending].pop()!;
        thread.pending.delete(id);
        return chunk;
      }
      return undefined;
    };
    this.round = {
      ready: feed,
      reply: (thread, { id, results }) => {
        const chunk = thread.pending.get(id);
        // A chunk the main thread took back, or a request of an earlier round that failed.
        if (!chunk) return;
        thread.pending.delete(id);
        this.workerChunks++;
        try {
          chunk.forEach((job, i) => parsed.set(job.path, { text: job.text, outcome: this.fromWorker(job.text, results[i]) }));
        } catch (e) {
          if (!failure.failed) Object.assign(failure, { failed: true, error: e });
        }
        feed(thread);
        poke();
      },
      lost: (thread) => {
        // Its chunks go back to the queue; it is sent nothing more.
        returned.push(...thread.pending.values());
        thread.pending.clear();
        poke();
      },
    };
    try {
      for (const thread of threads) if (thread.ready) feed(thread);
      for (;;) {
        if (failure.failed) throw failure.error;
        const live = threads.some((t) => !t.dead);
        const chunk = this.parseOnMain || !live ? (take() ?? steal()) : undefined;
        if (chunk) {
          for (const job of chunk) parsed.set(job.path, { text: job.text, outcome: this.parseHere(job.text) });
          // Let the workers' replies in: their trees are converted here, between chunks.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        const out = threads.some((t) => t.pending.size > 0 && !t.dead);
        // Done when nothing is out and nothing is left; without parsing here, a worker may still take what is left.
        if (!out && (this.parseOnMain || !live || (returned.length === 0 && nextPath >= paths.length))) break;
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

/** A syntax error as an outcome; any other failure throws. */
function syntaxOrError(parse: () => FileSyntax): ParseOutcome {
  try {
    return { syntax: parse() };
  } catch (e) {
    if (e instanceof HclSyntaxError) return { error: e };
    throw e;
  }
}

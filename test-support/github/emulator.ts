// A stateful loopback emulator of the GitHub REST API for tests: the real @octokit clients talk
// HTTP to it. Every request and response is checked against GitHub's OpenAPI description, and
// the documented failures (off-diff review comments, a second pending review, unassignable
// assignees, read-only tokens, secondary rate limits, oversized bodies) answer as GitHub does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commitRoutes } from './commit-routes.js';
import { gitDataRoutes } from './git-data-routes.js';
import { issueRoutes } from './issue-routes.js';
import {
  matchRoute,
  validateParameters,
  validateRequestBody,
  validateResponseBody,
  type Json,
  type Operation,
  type SchemaViolation,
} from './openapi.js';
import { pullRequestRoutes } from './pull-request-routes.js';
import { repositoryRoutes } from './repository-routes.js';
import { GitHubApiError, type Handler, type HandlerResult, type JsonObject, type RequestContext, type TokenRecord } from './request-context.js';
import {
  commitSha,
  createInitialState,
  ensureUser,
  isoSeconds,
  nextId,
  steppingClock,
  type Clock,
  type GitHubState,
  type PullFileRecord,
  type PullRecord,
  type RepoPermission,
  type TeamRecord,
  type UserRecord,
} from './state.js';
import { movePullHead, openPullRecord } from './pull-records.js';

export * from './state.js';
export type { SchemaViolation } from './openapi.js';

export interface GitHubEmulatorOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** 'Organization' (default) has teams; 'User' has none */
  ownerType?: 'Organization' | 'User';
  /** timestamps come from here; default: a fixed start that ticks one second per reading */
  clock?: Clock;
  /** base of html_url values (never contacted); default https://github.com */
  htmlUrl?: string;
}

export interface RequestLogEntry {
  method: string;
  /** pathname, without the query string */
  path: string;
  query: string;
  status: number;
  write: boolean;
  operationId: string | undefined;
  login: string | undefined;
}

export interface ValidationErrorRecord {
  /** request: the client sent what GitHub refuses; response: an emulator bug; unimplemented: a documented route the emulator lacks; handler: emulator crash */
  kind: 'request' | 'response' | 'unimplemented' | 'handler';
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  violations: SchemaViolation[];
}

export interface TokenOptions {
  login: string;
  permissions: 'read' | 'write';
  canReadOrgTeams?: boolean;
  /** 'Bot' (default, like the Actions GITHUB_TOKEN) or 'User' (a personal access token) */
  type?: 'Bot' | 'User';
}

export interface CommitOptions {
  /** path -> content; null deletes the path. Merged onto the parent's files unless `replace`. */
  files: Record<string, string | null>;
  branch?: string;
  /** default: the branch's current commit (none for a new branch: then the default branch's) */
  parent?: string;
  message?: string;
  author?: string;
  replace?: boolean;
}

export interface PullFileSeed {
  filename: string;
  status?: PullFileRecord['status'];
  patch?: string;
  additions?: number;
  deletions?: number;
  previousFilename?: string;
}

export interface PullRequestOptions {
  author: string;
  headRef: string;
  baseRef?: string;
  title?: string;
  body?: string | null;
  draft?: boolean;
  /** a fork PR: the head branch lives in `owner`/`name` (name defaults to the repo's) */
  fork?: { owner: string; name?: string };
  /** explicit files (e.g. thousands, or without patch); default: the diff of the real contents */
  files?: PullFileSeed[];
  labels?: string[];
}

/**
 * A fault on one route (issue 14): `status` answers before the handler runs (nothing stored);
 * `after-write` runs the handler (the write happens) and then answers 502, as a gateway that
 * lost GitHub's answer; `timeout` never answers; `timeout-after-write` stores, then never
 * answers; `secondary-rate-limit` is GitHub's 403 with retry-after.
 */
export interface GitHubFault {
  /** An operationId from the OpenAPI description (`pulls/create-review`) or a pathname pattern. */
  route: string | RegExp;
  method?: string;
  kind: 'status' | 'after-write' | 'timeout' | 'timeout-after-write' | 'secondary-rate-limit';
  /** For `status` (default 500). */
  status?: number;
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number;
  retryAfterSeconds?: number;
}

export interface GitHubEmulator {
  /** http://127.0.0.1:PORT: use as Octokit baseUrl / GITHUB_API_URL */
  url: string;
  /** base of html_url values (never contacted) */
  htmlUrl: string;
  state: GitHubState;
  clock: Clock;
  requests: RequestLogEntry[];
  validationErrors: ValidationErrorRecord[];
  addToken(token: string, t: TokenOptions): void;
  resetRequestLog(): void;
  /** the next `count` writes get 403 + retry-after + GitHub's secondary-rate-limit message */
  injectSecondaryRateLimit(count: number, retryAfterSeconds?: number): void;
  /** Adds a fault on a route; `faultHits` counts the requests that got one. */
  injectFault(fault: GitHubFault): void;
  clearFaults(): void;
  /**
   * Saves the whole state; the returned function puts it back and clears faults, fault hits and
   * the request log, so one seeded scenario serves many runs (the fault table).
   */
  checkpoint(): () => void;
  faultHits: Array<{ method: string; path: string; operationId: string | undefined; kind: GitHubFault['kind'] }>;
  addUser(login: string, opts?: { type?: UserRecord['type']; name?: string; email?: string }): UserRecord;
  /** a collaborator can be assigned and asked for reviews */
  addCollaborator(login: string, permission?: RepoPermission): void;
  addTeam(slug: string, opts: { members: string[]; repoPermission?: RepoPermission | null; name?: string; description?: string }): TeamRecord;
  /** records a commit, moves `branch` to it and returns its sha */
  commit(opts: CommitOptions): string;
  openPullRequest(opts: PullRequestOptions): PullRecord;
  /** a new head commit for an open PR: files and commits are recomputed, moved-away comments go outdated */
  pushToPullRequest(pullNumber: number, sha: string): PullRecord;
  close(): Promise<void>;
}

const ROUTES: Record<string, Handler> = { ...pullRequestRoutes, ...issueRoutes, ...repositoryRoutes, ...commitRoutes, ...gitDataRoutes };
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

function githubError(status: number, message: string, documentationUrl = 'https://docs.github.com/rest'): JsonObject {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

export async function startGitHubEmulator(opts: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const clock = opts.clock ?? steppingClock();
  const state = createInitialState({
    owner: opts.owner ?? 'acme',
    repo: opts.repo ?? 'infra',
    defaultBranch: opts.defaultBranch ?? 'main',
    ownerType: opts.ownerType ?? 'Organization',
    createdAt: isoSeconds(clock.now()),
  });
  const tokens = new Map<string, TokenRecord>();
  const requests: RequestLogEntry[] = [];
  const validationErrors: ValidationErrorRecord[] = [];
  let rateLimited = 0;
  const faults: Array<GitHubFault & { left: number }> = [];
  const faultHits: GitHubEmulator['faultHits'] = [];
  let requestCounter = 0;
  let retryAfter = 1;
  let url = '';
  const htmlUrl = (opts.htmlUrl ?? 'https://github.com').replace(/\/$/, '');

  function send(res: ServerResponse, status: number, body: Json | undefined, headers: Record<string, string> = {}, text?: HandlerResult['text']): void {
    const common: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `EMU:${(++requestCounter).toString(16).toUpperCase()}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...headers,
    };
    if (status === 204 || (body === undefined && !text)) {
      res.writeHead(status, common);
      res.end();
      return;
    }
    const payload = text ? text.content : JSON.stringify(body);
    res.writeHead(status, { ...common, 'content-type': text ? text.contentType : 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(payload)) });
    res.end(payload);
  }

  function handle(req: IncomingMessage, rawBody: string, res: ServerResponse): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const requestUrl = new URL(req.url ?? '/', url);
    const path = requestUrl.pathname.replace(/\/+$/, '') || '/';
    const write = WRITE_METHODS.has(method);
    let operation: Operation | undefined;
    let actor: TokenRecord | undefined;
    const finish = (status: number, body: Json | undefined, headers?: Record<string, string>, text?: HandlerResult['text']): void => {
      requests.push({ method, path, query: requestUrl.search, status, write, operationId: operation?.operationId, login: actor?.login });
      send(res, status, body, headers, text);
    };
    // Never answers; the client's timeout ends it, close() drops the connection.
    const hang = (): void => {
      requests.push({ method, path, query: requestUrl.search, status: 0, write, operationId: operation?.operationId, login: actor?.login });
    };
    const recordError = (kind: ValidationErrorRecord['kind'], status: number, violations: SchemaViolation[]): void => {
      validationErrors.push({ kind, method, path, operationId: operation?.operationId, status, violations });
    };

    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(String(req.headers['authorization'] ?? ''));
    if (auth) {
      actor = tokens.get(auth[1]!.trim());
      if (!actor) return finish(401, githubError(401, 'Bad credentials'));
    }
    if (write && rateLimited > 0) {
      rateLimited--;
      const id = `EMU:${(++requestCounter).toString(16).toUpperCase()}`;
      return finish(
        403,
        githubError(
          403,
          `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`,
          SECONDARY_RATE_LIMIT_DOCS,
        ),
        { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '4999' },
      );
    }
    const match = matchRoute(method, path);
    if (!match) return finish(404, githubError(404, 'Not Found'));
    operation = match.operation;
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.route === 'string' ? f.route === match.operation.operationId : f.route.test(path)),
    );
    if (fault) {
      fault.left--;
      faultHits.push({ method, path, operationId: operation.operationId, kind: fault.kind });
      if (fault.kind === 'status') return finish(fault.status ?? 500, githubError(fault.status ?? 500, fault.status === 404 ? 'Not Found' : fault.status === 403 ? 'Resource not accessible by integration' : 'Server Error'));
      if (fault.kind === 'timeout') return hang();
      if (fault.kind === 'secondary-rate-limit') {
        return finish(
          403,
          githubError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', SECONDARY_RATE_LIMIT_DOCS),
          { 'retry-after': String(fault.retryAfterSeconds ?? 1), 'x-ratelimit-remaining': '4999' },
        );
      }
    }
    const docs = operation.docsUrl;
    const handler = ROUTES[operation.operationId];
    if (!handler) {
      recordError('unimplemented', 404, [{ location: 'route', message: `${operation.operationId} is not emulated` }]);
      return finish(404, githubError(404, 'Not Found', docs));
    }
    const { owner, repo } = match.pathParams;
    if (owner !== undefined && owner.toLowerCase() !== state.owner.login.toLowerCase()) return finish(404, githubError(404, 'Not Found', docs));
    if (repo !== undefined && repo.toLowerCase() !== state.repo.name.toLowerCase()) return finish(404, githubError(404, 'Not Found', docs));
    if (write && !actor) return finish(401, githubError(401, 'Requires authentication', docs));
    // A fork's GITHUB_TOKEN is read-only: every write is refused with this exact message.
    if (write && actor?.permissions === 'read') return finish(403, githubError(403, 'Resource not accessible by integration', docs));

    let body: Json | undefined;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody) as Json;
      } catch {
        return finish(400, githubError(400, 'Problems parsing JSON', docs));
      }
    }
    const params = validateParameters(operation, { path: match.pathParams, query: requestUrl.searchParams });
    const pathViolations = params.violations.filter((v) => v.location.startsWith('path.'));
    // GitHub's router does not match /pulls/abc at all.
    if (pathViolations.length) return finish(404, githubError(404, 'Not Found', docs));
    const violations = [...params.violations, ...(write ? validateRequestBody(operation, body) : [])];
    if (violations.length) {
      recordError('request', 422, violations);
      const details = violations.map((v) => `${v.location}: ${v.message}`).join('\n');
      return finish(422, githubError(422, `Invalid request.\n\n${details}`, docs));
    }

    const ctx: RequestContext = {
      state,
      apiUrl: url,
      htmlUrl,
      clock,
      operation,
      actor,
      path: params.path,
      query: params.query,
      body: body && typeof body === 'object' && !Array.isArray(body) ? body : Array.isArray(body) ? ({ labels: body } as JsonObject) : {},
      accept: String(req.headers['accept'] ?? ''),
      requestUrl,
    };
    let result: HandlerResult;
    try {
      result = handler(ctx);
    } catch (error) {
      if (error instanceof GitHubApiError) {
        result = { status: error.status, body: error.body, headers: error.headers };
      } else {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        recordError('handler', 500, [{ location: 'handler', message }]);
        console.error(`GitHub emulator: ${operation.operationId} crashed: ${message}`);
        return finish(500, githubError(500, `emulator crash: ${message}`, docs));
      }
    }
    if (!result.text) {
      const responseViolations = validateResponseBody(operation, result.status, result.body);
      if (responseViolations.length) {
        recordError('response', 500, responseViolations);
        const details = responseViolations.map((v) => `${v.location}: ${v.message}`).join('\n');
        console.error(`GitHub emulator: invalid ${operation.operationId} ${result.status} response:\n${details}`);
        return finish(500, githubError(500, `emulator produced an invalid response:\n${details}`, docs));
      }
    }
    if (fault?.kind === 'after-write') return finish(502, githubError(502, 'Server Error'));
    if (fault?.kind === 'timeout-after-write') return hang();
    finish(result.status, result.body, result.headers, result.text);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        handle(req, Buffer.concat(chunks).toString('utf8'), res);
      } catch (error) {
        console.error('GitHub emulator failed:', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(githubError(500, String(error))));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const emulator: GitHubEmulator = {
    url,
    htmlUrl,
    state,
    clock,
    requests,
    validationErrors,
    addToken(token, t) {
      ensureUser(state, t.login, t.type === 'User' ? 'User' : 'Bot');
      tokens.set(token, { login: t.login, permissions: t.permissions, canReadOrgTeams: t.canReadOrgTeams ?? false, type: t.type ?? 'Bot' });
    },
    resetRequestLog() {
      requests.length = 0;
    },
    faultHits,
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults.length = 0;
    },
    checkpoint() {
      const saved = structuredClone(state);
      return () => {
        // In place: the handlers hold `state` itself.
        Object.assign(state, structuredClone(saved));
        faults.length = 0;
        faultHits.length = 0;
        requests.length = 0;
      };
    },
    injectSecondaryRateLimit(count, retryAfterSeconds = 1) {
      rateLimited = count;
      retryAfter = retryAfterSeconds;
    },
    addUser(login, o = {}) {
      const user = ensureUser(state, login, o.type ?? 'User');
      if (o.name !== undefined) user.name = o.name;
      if (o.email !== undefined) user.email = o.email;
      return user;
    },
    addCollaborator(login, permission = 'write') {
      ensureUser(state, login);
      state.collaborators[login] = permission;
    },
    addTeam(slug, o) {
      for (const member of o.members) ensureUser(state, member);
      const team: TeamRecord = {
        id: nextId(state),
        slug,
        name: o.name ?? slug,
        description: o.description ?? null,
        privacy: 'closed',
        members: [...o.members],
        repoPermission: o.repoPermission === undefined ? 'write' : o.repoPermission,
      };
      state.teams = state.teams.filter((t) => t.slug !== slug);
      state.teams.push(team);
      return team;
    },
    commit(o) {
      const branch = o.branch ?? state.repo.defaultBranch;
      const parent = o.parent ?? state.branches[branch] ?? state.branches[state.repo.defaultBranch];
      const files: Record<string, string> = o.replace || !parent ? {} : { ...state.commits[parent]!.files };
      for (const [path, content] of Object.entries(o.files)) {
        if (content === null) delete files[path];
        else files[path] = content;
      }
      const author = o.author ?? state.owner.login;
      ensureUser(state, author);
      const date = isoSeconds(clock.now());
      const message = o.message ?? `Update ${Object.keys(o.files).join(', ') || 'files'}`;
      const parents = parent ? [parent] : [];
      const sha = commitSha({ message, parents, files, date, author });
      state.commits[sha] = { sha, message, parents, author, date, files };
      state.branches[branch] = sha;
      return sha;
    },
    openPullRequest(o) {
      return openPullRecord(state, clock, o);
    },
    pushToPullRequest(pullNumber, sha) {
      const pull = state.pulls.find((p) => p.number === pullNumber);
      if (!pull || !state.commits[sha]) throw new Error(`pushToPullRequest: no pull #${pullNumber} or commit ${sha}`);
      return movePullHead(state, clock, pull, sha);
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };


  // The default branch starts with one empty commit so refs and contents resolve from the start.
  emulator.commit({ files: {}, message: 'Initial commit' });
  return emulator;
}

// The one GitHub client shape (STYLE.md 11). The action builds it with `getOctokit` from
// @actions/github (proxy and GHES come with it) plus the throttling and retry plugins; the CLI
// builds it here with @octokit/rest. The engine only sees `GitHubClient`.
import { Octokit } from '@octokit/rest';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
// Type-only: @octokit/types is what @octokit/core's request hooks are typed with.
import type { EndpointDefaults, OctokitResponse } from '@octokit/types';
import type { Logger } from '../logger.js';
import { WaitBudget, type WaitLimits } from '../wait-budget.js';

/** What the engine uses of an Octokit: REST methods, pagination, raw requests, request hooks. */
export type GitHubClient = Pick<Octokit, 'rest' | 'paginate' | 'request' | 'hook'>;

/**
 * Secondary rate limits are GitHub asking us to slow down, so they are retried, but only a
 * few times: a job stuck in a retry loop for an hour is worse than a failed run that says why.
 */
export const MAX_SECONDARY_RATE_LIMIT_RETRIES = 3;
/** Primary limit resets can be up to an hour away; waiting longer than this fails the run instead. */
export const MAX_PRIMARY_RATE_LIMIT_WAIT_SECONDS = 120;

// The run's wait budget is shared with the AWS clients (drift/aws-clients.ts); re-exported for the callers that import it from here.
export { DEFAULT_WAIT_LIMITS, WaitBudget, type WaitLimits } from '../wait-budget.js';

/** Throttling handlers shared by main.ts (`getOctokit(token, { throttle: throttleOptions(logger) }, throttling, retry)`) and the CLI. */
export function throttleOptions(logger: Logger, budget: WaitBudget = new WaitBudget()): ThrottlingOptions {
  return {
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method} ${requestPath(options)}`;
      const refused = retryCount < 1 && retryAfter <= MAX_PRIMARY_RATE_LIMIT_WAIT_SECONDS ? budget.take(retryAfter) : `reset in ${retryAfter}s`;
      if (!refused) {
        logger.warning(`GitHub rate limit reached on ${what}; retrying in ${retryAfter}s.`);
        return true;
      }
      logger.warning(`GitHub rate limit reached on ${what}; not retrying (${refused}).`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method} ${requestPath(options)}`;
      const refused = retryCount < MAX_SECONDARY_RATE_LIMIT_RETRIES ? budget.take(retryAfter) : `giving up after ${retryCount} retries`;
      if (!refused) {
        logger.warning(
          `GitHub secondary rate limit on ${what}; retry ${retryCount + 1} of ${MAX_SECONDARY_RATE_LIMIT_RETRIES} in ${retryAfter}s.`,
        );
        return true;
      }
      logger.warning(`GitHub secondary rate limit on ${what}; not retrying (${refused}).`);
      return false;
    },
  };
}

/**
 * How a run builds its GitHub clients beyond the token and URL: never a user setting. Tests that
 * run the action in process shorten the waits with it (a hung request, retry backoff, Octokit's
 * write spacing) so a fault table fits in minutes; the action itself uses the defaults.
 */
export interface GitHubClientTuning {
  /** Per-request timeout (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Overrides of the throttling plugin's options (retryAfterBaseValue; `write`/`notifications` limiter groups). */
  throttle?: Partial<ThrottlingOptions>;
  /** Overrides of @octokit/plugin-retry (server errors are retried `retries` times, backoff × retryAfterBaseValue ms). */
  retry?: { retries?: number; retryAfterBaseValue?: number };
}

export interface CliOctokitOptions {
  token: string;
  /** API root, e.g. https://api.github.com or a GHES `https://HOST/api/v3`. */
  baseUrl?: string;
  logger: Logger;
  /** Overrides of the throttling options (tests use `retryAfterBaseValue` or `enabled: false`). */
  throttle?: Partial<ThrottlingOptions>;
  /** Overrides of @octokit/plugin-retry (server errors are retried `retries` times). */
  retry?: { retries?: number; retryAfterBaseValue?: number };
  userAgent?: string;
  /** Shared wait budget of the run (default: a fresh one with DEFAULT_WAIT_LIMITS). */
  budget?: WaitBudget;
  /** Per-request timeout (default requestTimeoutFor(budget.limits): REQUEST_TIMEOUT_MS or more). */
  timeoutMs?: number;
}

const CliOctokit = Octokit.plugin(throttling, retry);

export function createCliOctokit(options: CliOctokitOptions): GitHubClient {
  const { logger } = options;
  const client = new CliOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: options.userAgent ?? 'ecs-drift-guard',
    throttle: { ...throttleOptions(logger, options.budget), ...options.throttle } as ThrottlingOptions,
    retry: options.retry,
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.error(message),
    },
  });
  return guardRequests(client, { timeoutMs: options.timeoutMs ?? requestTimeoutFor(options.budget?.limits) });
}

/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/**
 * A 403 or 429 that is GitHub throttling the run, not refusing the token: never read as "no
 * permission" (a team that cannot be read, a bot login that cannot be asked for).
 */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error);
  return (status === 403 || status === 429) && error instanceof Error && /rate limit/i.test(error.message);
}

/** What GitHub says when a token lacks a permission (GITHUB_TOKEN on fork PRs, Dependabot). */
export function isNotAccessibleByIntegration(error: unknown): boolean {
  return httpStatus(error) === 403 && error instanceof Error && /not accessible by integration/i.test(error.message);
}

/** Counts requests made through `client` until `stop()`; retries inside the plugins count once. */
export function countRequests(client: GitHubClient): { requests: number; writes: number; stop(): void } {
  const counter = {
    requests: 0,
    writes: 0,
    stop() {
      client.hook.remove('request', hook);
    },
  };
  type Options = Required<EndpointDefaults>;
  const hook = async (
    request: (options: Options) => OctokitResponse<unknown> | Promise<OctokitResponse<unknown>>,
    options: Options,
  ): Promise<OctokitResponse<unknown>> => {
    counter.requests += 1;
    const method = options.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') counter.writes += 1;
    return request(options);
  };
  client.hook.wrap('request', hook);
  return counter;
}

// ---------------------------------------------------------------------------------------------
// Request guards: every request is named when it fails, non-idempotent creates are never retried
// blindly, and no request hangs the job.

/**
 * One request, its plugin retries and waits included, may take this long; a hung connection
 * would otherwise hold the job until the job's own timeout. Longer than DEFAULT_WAIT_LIMITS'
 * single wait so an honoured retry-after still fits.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

/** The per-request timeout that still fits the longest honoured wait (`retries.max-wait-seconds`) plus a minute. */
export function requestTimeoutFor(limits: WaitLimits | undefined): number {
  return Math.max(REQUEST_TIMEOUT_MS, ((limits?.maxWaitSeconds ?? 0) + 60) * 1000);
}

/**
 * POSTs that create something new each time: retrying one whose answer was lost (5xx, timeout
 * after the request was sent) makes a duplicate, so the plugins never retry them; the caller
 * looks for its marker first and retries only when the first attempt left nothing (issue 14).
 * Other POSTs (statuses, review requests, labels, assignees) are idempotent and stay retried.
 */
const IDEMPOTENT_POSTS = /\/(?:statuses\/[^/]+|requested_reviewers|labels|assignees)$/;

export function isNonIdempotentCreate(method: string, path: string): boolean {
  return method.toUpperCase() === 'POST' && !IDEMPOTENT_POSTS.test(path);
}

/** A create's answer was lost when the server failed or never answered: the write may have happened. */
export function answerLost(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

type RequestOptions = Required<EndpointDefaults> & { request?: Record<string, unknown> };

/** The request's path without the query (which could carry secrets) and with its parameters filled in. */
export function requestPath(options: { url?: string; [key: string]: unknown }): string {
  const url = String(options.url ?? '');
  const filled = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : encodeURIComponent(String(value)).replace(/%2F/gi, '/');
  });
  try {
    return new URL(filled, 'http://x').pathname;
  } catch {
    return filled.split('?')[0]!;
  }
}

/** What the token needs for a route, for the "what to check" of a 403 or 404. */
export function permissionFor(method: string, path: string): string {
  const write = method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
  if (/\/orgs\/[^/]+\/teams\b/.test(path)) return 'an owners-token that can read the organization (read:org)';
  if (/\/statuses\//.test(path)) return write ? 'statuses: write' : 'statuses: read';
  if (/\/pulls\b/.test(path)) return write ? 'pull-requests: write' : 'pull-requests: read';
  if (/\/issues\b/.test(path)) return write ? 'issues: write' : 'issues: read';
  if (/\/collaborators\b|\/assignees\b/.test(path)) return 'issues: read';
  return write ? 'contents: write' : 'contents: read';
}

/** `x-accepted-github-permissions: pull_requests=write; contents=read` as `pull-requests: write, contents: read`. */
export function acceptedPermissions(headers: Record<string, unknown> | undefined): string | null {
  const raw = headers?.['x-accepted-github-permissions'];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return raw
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [name, level] = p.split('=');
      return `${name!.replace(/_/g, '-')}: ${level ?? 'read'}`;
    })
    .join(', ');
}

/** What the operator should check for a failed request. */
export function hintFor(method: string, path: string, status: number | undefined, message: string, headers?: Record<string, unknown>): string {
  if (status === undefined) return 'GitHub did not answer in time; the write may or may not have happened — re-run the job';
  if (status === 403 && /secondary rate limit/i.test(message)) return 'GitHub throttled the run (secondary rate limit); re-run later or set a `concurrency:` group';
  if (status === 403 && /rate limit/i.test(message)) return 'the API rate limit is used up; re-run after it resets';
  if (status === 401) return 'the token is not valid (expired or revoked)';
  if (status === 403) return `the token may lack \`${acceptedPermissions(headers) ?? permissionFor(method, path)}\` (workflow \`permissions:\`)`;
  if (status === 404) return `the resource does not exist, or the token cannot see it (needs \`${permissionFor('GET', path)}\`)`;
  if (status === 422) return 'GitHub refused the content of the request';
  if (status >= 500) return 'GitHub had a server error; re-run the job';
  return 'see GitHub\'s message';
}

const NAMED = Symbol('drift-guard-named-request');

/**
 * Installs the guards on a client (the action's getOctokit one and the CLI's): a timeout per
 * request, no plugin retries for non-idempotent creates, and errors whose message names the
 * request — `POST /repos/o/r/pulls/1/reviews → 500 Server Error (check: …)` — in place, so
 * `status`, `response` and GitHub's own words stay for callers that test them.
 */
export function guardRequests<T extends GitHubClient>(client: T, options: { timeoutMs?: number } = {}): T {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  client.hook.wrap('request', async (request, requestOptions) => {
    const opts = requestOptions as RequestOptions;
    const method = String(opts.method ?? 'GET').toUpperCase();
    const path = requestPath(opts);
    const extra: Record<string, unknown> = {};
    // The deadline is kept here, not only handed to fetch: an aborted fetch inside the retry
    // plugin's limiter was seen never to settle (its retry handler reads `error.request` of the
    // abort error, which has none), so the request is raced against the timer and the abort only
    // frees the connection. TimeoutError (not AbortError) keeps fetch's rejection a RequestError.
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const reason = new DOMException(`no answer within ${timeoutMs / 1000} s`, 'TimeoutError');
        controller.abort(reason);
        reject(Object.assign(new Error('fetch failed'), { cause: { code: reason.message } }));
      }, timeoutMs);
    });
    if (!opts.request?.signal) extra.signal = controller.signal;
    if (isNonIdempotentCreate(method, path)) extra.retries = 0;
    // In place: before-after-hook hands every hook of the chain the same options object and drops
    // what a wrapper passes on, so a copy would never reach the retry plugin or the fetch below it.
    opts.request = { ...opts.request, ...extra };
    const attempt = Promise.resolve(request(requestOptions));
    // The raced attempt's own rejection after the deadline is expected and has no reader.
    attempt.catch(() => undefined);
    try {
      return await Promise.race([attempt, deadline]);
    } catch (error) {
      throw nameRequestError(error, method, path);
    } finally {
      clearTimeout(timer);
    }
  });
  return client;
}

/** Rewrites an error's message to name the request, once (nested hooks see it already named). */
export function nameRequestError(error: unknown, method: string, path: string): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const e = error as Error & { [NAMED]?: boolean; status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } };
  if (e[NAMED]) return e;
  const status = httpStatus(e);
  // A timeout or a dropped connection surfaces as status 500 with no response: nobody answered.
  const answered = e.response !== undefined;
  const data = e.response?.data as { message?: unknown } | undefined;
  const said = typeof data?.message === 'string' ? data.message : String(e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const shown = answered ? String(status) : 'no answer';
  // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, a timeout).
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  const why = !answered && cause ? ` (${String(cause.code ?? cause.message ?? '')})` : '';
  const hint = hintFor(method, path, answered ? status : undefined, said, e.response?.headers);
  try {
    e.message = `${method} ${path} → ${shown}: ${said.split('\n')[0]}${why} (check: ${hint})`;
    e[NAMED] = true;
  } catch {
    // A frozen error keeps its own message.
  }
  return e;
}

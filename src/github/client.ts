// The one GitHub client shape (STYLE.md 11). The action builds it with `getOctokit` from
// @actions/github (proxy and GHES come with it) plus the throttling and retry plugins; the CLI
// builds it here with @octokit/rest. The engine only sees `GitHubClient`.
import { Octokit } from '@octokit/rest';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
// Type-only: @octokit/types is what @octokit/core's request hooks are typed with.
import type { EndpointDefaults, OctokitResponse } from '@octokit/types';
import type { Logger } from '../logger.js';

/** What the engine uses of an Octokit: REST methods, pagination, raw requests, request hooks. */
export type GitHubClient = Pick<Octokit, 'rest' | 'paginate' | 'request' | 'hook'>;

/**
 * Secondary rate limits are GitHub asking us to slow down, so they are retried, but only a
 * few times: a job stuck in a retry loop for an hour is worse than a failed run that says why.
 */
export const MAX_SECONDARY_RATE_LIMIT_RETRIES = 3;
/** Primary limit resets can be up to an hour away; waiting longer than this fails the run instead. */
export const MAX_PRIMARY_RATE_LIMIT_WAIT_SECONDS = 120;

/** Throttling handlers shared by main.ts (`getOctokit(token, { throttle: throttleOptions(logger) }, throttling, retry)`) and the CLI. */
export function throttleOptions(logger: Logger): ThrottlingOptions {
  return {
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method} ${options.url}`;
      if (retryCount < 1 && retryAfter <= MAX_PRIMARY_RATE_LIMIT_WAIT_SECONDS) {
        logger.warning(`GitHub rate limit reached on ${what}; retrying in ${retryAfter}s.`);
        return true;
      }
      logger.warning(`GitHub rate limit reached on ${what}; not retrying (reset in ${retryAfter}s).`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
      const what = `${options.method} ${options.url}`;
      if (retryCount < MAX_SECONDARY_RATE_LIMIT_RETRIES) {
        logger.warning(
          `GitHub secondary rate limit on ${what}; retry ${retryCount + 1} of ${MAX_SECONDARY_RATE_LIMIT_RETRIES} in ${retryAfter}s.`,
        );
        return true;
      }
      logger.warning(`GitHub secondary rate limit on ${what}; giving up after ${retryCount} retries.`);
      return false;
    },
  };
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
}

const CliOctokit = Octokit.plugin(throttling, retry);

export function createCliOctokit(options: CliOctokitOptions): GitHubClient {
  const { logger } = options;
  return new CliOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: options.userAgent ?? 'ecs-drift-guard',
    throttle: { ...throttleOptions(logger), ...options.throttle } as ThrottlingOptions,
    retry: options.retry,
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.error(message),
    },
  });
}

/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
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

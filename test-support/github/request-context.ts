// What a route handler sees, and the error and pagination shapes GitHub answers with.
import type { Json, Operation } from './openapi.js';
import type { RenderContext } from './representations.js';
import { isoSeconds, type Clock } from './state.js';

export interface TokenRecord {
  login: string;
  permissions: 'read' | 'write';
  canReadOrgTeams: boolean;
  type: 'Bot' | 'User';
}

export type JsonObject = { [key: string]: Json };

export interface RequestContext extends RenderContext {
  clock: Clock;
  operation: Operation;
  actor: TokenRecord | undefined;
  path: Record<string, Json>;
  query: Record<string, Json>;
  /** the parsed JSON body; {} when the request had none */
  body: JsonObject;
  accept: string;
  requestUrl: URL;
}

export interface HandlerResult {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** a non-JSON body (diff or raw media types); not schema-checked */
  text?: { contentType: string; content: string };
}

export type Handler = (ctx: RequestContext) => HandlerResult;

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body['message']));
  }
}

export function docsUrl(ctx: { operation: Operation }): string {
  return ctx.operation.docsUrl ?? 'https://docs.github.com/rest';
}

export function fail(ctx: { operation: Operation }, status: number, message: string, extra: JsonObject = {}): never {
  throw new GitHubApiError(status, { message, ...extra, documentation_url: docsUrl(ctx), status: String(status) });
}

export function notFound(ctx: { operation: Operation }): never {
  fail(ctx, 404, 'Not Found');
}

/** 422 "Validation Failed" with per-field errors (issues, labels, comments). */
export function validationFailed(ctx: { operation: Operation }, errors: JsonObject[]): never {
  fail(ctx, 422, 'Validation Failed', { errors });
}

/** 422 "Unprocessable Entity" with string errors (reviews). */
export function unprocessable(ctx: { operation: Operation }, errors: string[]): never {
  fail(ctx, 422, 'Unprocessable Entity', { errors });
}

export function requireActor(ctx: RequestContext): TokenRecord {
  if (!ctx.actor) fail(ctx, 401, 'Requires authentication');
  return ctx.actor;
}

export function now(ctx: RequestContext): string {
  return isoSeconds(ctx.clock.now());
}

// GitHub's limit for issue, comment and review bodies.
export const MAX_BODY_LENGTH = 65536;

export function checkBodyLength(ctx: RequestContext, resource: string, body: Json | undefined): void {
  if (typeof body === 'string' && body.length > MAX_BODY_LENGTH) {
    validationFailed(ctx, [
      { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` },
    ]);
  }
}

export function integer(value: Json | undefined): number {
  return typeof value === 'number' ? value : Number(value);
}

export function pageParams(ctx: RequestContext): { page: number; perPage: number } {
  const perPageRaw = ctx.query['per_page'];
  const pageRaw = ctx.query['page'];
  const perPage = Math.min(100, Math.max(1, typeof perPageRaw === 'number' ? perPageRaw : 30));
  const page = Math.max(1, typeof pageRaw === 'number' ? pageRaw : 1);
  return { page, perPage };
}

/** Link header exactly as GitHub writes it: prev, next, last, first, with the other query parameters kept. */
export function linkHeader(ctx: RequestContext, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1) return undefined;
  const link = (p: number, rel: string): string => {
    const url = new URL(ctx.requestUrl.pathname + ctx.requestUrl.search, ctx.apiUrl);
    url.searchParams.set('page', String(p));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) parts.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return parts.join(', ');
}

export function paginate<T>(ctx: RequestContext, items: T[], render: (item: T) => Json, wrap?: (page: Json[]) => Json): HandlerResult {
  const { page, perPage } = pageParams(ctx);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage).map(render);
  const link = linkHeader(ctx, page, lastPage);
  return { status: 200, body: wrap ? wrap(slice) : slice, headers: link ? { link } : {} };
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

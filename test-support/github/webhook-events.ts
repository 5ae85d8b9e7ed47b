// Webhook payloads (GITHUB_EVENT_PATH contents) built from the emulator's state, so an
// end-to-end run sees the same pull request the API serves. Shapes follow the examples in
// @octokit/webhooks-examples (action, number, pull_request, review, repository, sender).
import type { GitHubEmulator } from './emulator.js';
import type { Json } from './openapi.js';
import { renderPull, renderRepository, renderReview, renderUser, type RenderContext } from './representations.js';

function renderContext(emu: GitHubEmulator): RenderContext {
  return { state: emu.state, apiUrl: emu.url, htmlUrl: emu.htmlUrl };
}

function organization(ctx: RenderContext): Record<string, Json> {
  if (ctx.state.owner.type !== 'Organization') return {};
  const user = renderUser(ctx, ctx.state.owner.login);
  return { organization: { login: user['login']!, id: user['id']!, node_id: user['node_id']!, url: `${ctx.apiUrl}/orgs/${ctx.state.owner.login}` } };
}

export function pullRequestEvent(
  emu: GitHubEmulator,
  pullNumber: number,
  action: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'ready_for_review' = 'opened',
  sender?: string,
): Record<string, Json> {
  const ctx = renderContext(emu);
  const pull = emu.state.pulls.find((p) => p.number === pullNumber);
  if (!pull) throw new Error(`pullRequestEvent: no pull request #${pullNumber}`);
  return {
    action,
    number: pull.number,
    pull_request: renderPull(ctx, pull, true),
    repository: renderRepository(ctx),
    ...organization(ctx),
    sender: renderUser(ctx, sender ?? pull.author),
  };
}

export function pullRequestReviewEvent(
  emu: GitHubEmulator,
  pullNumber: number,
  reviewId: number,
  action: 'submitted' | 'dismissed' | 'edited' = 'submitted',
): Record<string, Json> {
  const ctx = renderContext(emu);
  const pull = emu.state.pulls.find((p) => p.number === pullNumber);
  const review = emu.state.reviews.find((r) => r.id === reviewId && r.pullNumber === pullNumber);
  if (!pull || !review) throw new Error(`pullRequestReviewEvent: no review ${reviewId} on #${pullNumber}`);
  // Webhook reviews spell states in lower case ("approved"), unlike the REST API.
  const rendered = renderReview(ctx, review);
  return {
    action,
    review: { ...rendered, state: review.state.toLowerCase() },
    pull_request: renderPull(ctx, pull, false),
    repository: renderRepository(ctx),
    ...organization(ctx),
    sender: renderUser(ctx, review.user),
  };
}

export function scheduleEvent(emu: GitHubEmulator, cron = '0 6 * * *'): Record<string, Json> {
  const ctx = renderContext(emu);
  return { schedule: cron, repository: renderRepository(ctx), ...organization(ctx) };
}

/**
 * A repository_dispatch: `action` is the event_type of POST /repos/{owner}/{repo}/dispatches and
 * `client_payload` its payload (shape of @octokit/webhooks-examples' repository_dispatch example).
 */
export function repositoryDispatchEvent(emu: GitHubEmulator, eventType: string, clientPayload: Json): Record<string, Json> {
  const ctx = renderContext(emu);
  return {
    action: eventType,
    branch: ctx.state.repo.defaultBranch,
    client_payload: clientPayload,
    repository: renderRepository(ctx),
    ...organization(ctx),
    sender: renderUser(ctx, ctx.state.owner.login),
  };
}

/**
 * A workflow_dispatch: the inputs given in the "Run workflow" form, the ref it ran on and the
 * workflow file (shape of @octokit/webhooks-examples' workflow_dispatch example).
 */
export function workflowDispatchEvent(emu: GitHubEmulator, inputs: Record<string, string>, workflow = '.github/workflows/drift-guard-import.yml'): Record<string, Json> {
  const ctx = renderContext(emu);
  return {
    inputs,
    ref: `refs/heads/${ctx.state.repo.defaultBranch}`,
    repository: renderRepository(ctx),
    ...organization(ctx),
    sender: renderUser(ctx, ctx.state.owner.login),
    workflow,
  };
}

// Pull requests, their files and commits, reviews, review comments and requested reviewers.
import { diffText } from './commit-history.js';
import { diffHunkText, locateLine, locatePosition, parsePatch, type DiffLocation, type DiffSide } from './diff-lines.js';
import {
  renderCommit,
  renderPull,
  renderPullFile,
  renderReview,
  renderReviewComment,
  renderTeam,
  renderUser,
} from './representations.js';
import {
  checkBodyLength,
  fail,
  integer,
  notFound,
  now,
  paginate,
  requireActor,
  sameLogin,
  unprocessable,
  type Handler,
  type JsonObject,
  type RequestContext,
} from './request-context.js';
import { collaboratorPermission, nextId, type PullRecord, type ReviewCommentRecord, type ReviewRecord, type ReviewState } from './state.js';

// "Responses include a maximum of 3000 files" / "a maximum of 250 commits" (REST docs).
const MAX_LISTED_FILES = 3000;
const MAX_LISTED_COMMITS = 250;

function pullOf(ctx: RequestContext): PullRecord {
  const pull = ctx.state.pulls.find((p) => p.number === integer(ctx.path['pull_number']));
  if (!pull) notFound(ctx);
  return pull;
}

function reviewOf(ctx: RequestContext, pull: PullRecord): ReviewRecord {
  const review = ctx.state.reviews.find((r) => r.id === integer(ctx.path['review_id']) && r.pullNumber === pull.number);
  if (!review) notFound(ctx);
  // Pending reviews are visible to their author only.
  if (review.state === 'PENDING' && !(ctx.actor && sameLogin(ctx.actor.login, review.user))) notFound(ctx);
  return review;
}

function visibleComments(ctx: RequestContext, comments: ReviewCommentRecord[]): ReviewCommentRecord[] {
  return comments.filter((c) => {
    const review = ctx.state.reviews.find((r) => r.id === c.reviewId);
    return review?.state !== 'PENDING' || (ctx.actor !== undefined && sameLogin(ctx.actor.login, review.user));
  });
}

interface CommentRequest {
  path: string;
  body: string;
  position?: number;
  line?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  subject_type?: string;
}

interface PlacedComment {
  path: string;
  body: string;
  subjectType: 'line' | 'file';
  line: number | null;
  side: DiffSide | null;
  startLine: number | null;
  startSide: DiffSide | null;
  position: number | null;
  diffHunk: string;
}

/**
 * Where GitHub would put a review comment, or the error string it answers with. A comment
 * may only target lines of the file's diff: RIGHT added/context lines, LEFT deleted/context.
 */
function placeComment(pull: PullRecord, c: CommentRequest): PlacedComment | string {
  const file = pull.files.find((f) => f.filename === c.path);
  if (!file) return 'Path could not be resolved';
  if (c.subject_type === 'file') {
    return { path: c.path, body: c.body, subjectType: 'file', line: null, side: null, startLine: null, startSide: null, position: null, diffHunk: '' };
  }
  const hunks = parsePatch(file.patch ?? '');
  let location: DiffLocation | undefined;
  let side: DiffSide = 'RIGHT';
  if (c.line !== undefined) {
    if (c.side !== undefined && c.side !== 'LEFT' && c.side !== 'RIGHT') return 'Side must be LEFT or RIGHT';
    side = (c.side as DiffSide | undefined) ?? 'RIGHT';
    location = locateLine(hunks, side, c.line);
    if (!location) return 'Line could not be resolved';
  } else if (c.position !== undefined) {
    location = locatePosition(hunks, c.position);
    if (!location) return 'Position could not be resolved';
    side = location.line.kind === 'deleted' ? 'LEFT' : 'RIGHT';
  } else {
    return 'Line could not be resolved';
  }
  let startLine: number | null = null;
  let startSide: DiffSide | null = null;
  if (c.start_line !== undefined) {
    if (c.line === undefined) return 'start_line requires line';
    startSide = (c.start_side as DiffSide | undefined) ?? side;
    const start = locateLine(hunks, startSide, c.start_line);
    if (!start) return 'Start line could not be resolved';
    if (start.hunkIndex !== location.hunkIndex) return 'start_line must be part of the same hunk as the line.';
    if (start.line.position >= location.line.position) return 'start_line must precede the end line.';
    startLine = c.start_line;
  }
  const line = side === 'LEFT' ? location.line.oldLine! : location.line.newLine!;
  return {
    path: c.path,
    body: c.body,
    subjectType: 'line',
    line,
    side,
    startLine,
    startSide,
    position: location.line.position,
    diffHunk: diffHunkText(hunks, location),
  };
}

function storeComment(ctx: RequestContext, pull: PullRecord, review: ReviewRecord, placed: PlacedComment, inReplyToId: number | null): ReviewCommentRecord {
  const at = now(ctx);
  const comment: ReviewCommentRecord = {
    id: nextId(ctx.state),
    reviewId: review.id,
    pullNumber: pull.number,
    user: review.user,
    body: placed.body,
    path: placed.path,
    commitId: review.commitId,
    originalCommitId: review.commitId,
    subjectType: placed.subjectType,
    line: placed.line,
    originalLine: placed.line,
    side: placed.side,
    startLine: placed.startLine,
    startSide: placed.startSide,
    position: placed.position,
    originalPosition: placed.position,
    diffHunk: placed.diffHunk,
    inReplyToId,
    createdAt: at,
    updatedAt: at,
  };
  ctx.state.reviewComments.push(comment);
  return comment;
}

const EVENT_STATES: Record<string, ReviewState> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' };

function checkReviewEvent(ctx: RequestContext, pull: PullRecord, login: string, event: string | undefined, body: string, commentCount: number): void {
  if (event === 'APPROVE' && sameLogin(login, pull.author)) unprocessable(ctx, ['Can not approve your own pull request']);
  if (event === 'REQUEST_CHANGES' && sameLogin(login, pull.author)) unprocessable(ctx, ['Can not request changes on your own pull request']);
  if (event === 'REQUEST_CHANGES' && body === '') unprocessable(ctx, ['Body is required when event is REQUEST_CHANGES or COMMENT']);
  if (event === 'COMMENT' && body === '' && commentCount === 0) unprocessable(ctx, ['Body is required when event is REQUEST_CHANGES or COMMENT']);
}

const createReview: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const event = ctx.body['event'] as string | undefined;
  const body = (ctx.body['body'] as string | undefined) ?? '';
  const comments = (ctx.body['comments'] as unknown as CommentRequest[] | undefined) ?? [];
  checkBodyLength(ctx, 'PullRequestReview', body);
  for (const c of comments) checkBodyLength(ctx, 'PullRequestReviewComment', c.body);
  // GitHub builds every review as a pending one first, so any create fails while one is open.
  if (ctx.state.reviews.some((r) => r.pullNumber === pull.number && r.state === 'PENDING' && sameLogin(r.user, actor.login))) {
    unprocessable(ctx, ['User can only have one pending review per pull request']);
  }
  checkReviewEvent(ctx, pull, actor.login, event, body, comments.length);
  const commitId = (ctx.body['commit_id'] as string | undefined) ?? pull.head.sha;
  if (!ctx.state.commits[commitId]) unprocessable(ctx, ['Commit could not be resolved']);
  // Place every comment before storing anything: one bad comment rejects the whole review.
  const placed: PlacedComment[] = [];
  for (const c of comments) {
    const result = placeComment(pull, c);
    if (typeof result === 'string') unprocessable(ctx, [result]);
    placed.push(result);
  }
  const at = now(ctx);
  const state = event ? EVENT_STATES[event]! : 'PENDING';
  const review: ReviewRecord = {
    id: nextId(ctx.state),
    pullNumber: pull.number,
    user: actor.login,
    body,
    state,
    commitId,
    submittedAt: state === 'PENDING' ? null : at,
    createdAt: at,
  };
  ctx.state.reviews.push(review);
  for (const p of placed) storeComment(ctx, pull, review, p, null);
  if (state !== 'PENDING') removeRequestedReviewer(pull, actor.login);
  return { status: 200, body: renderReview(ctx, review) };
};

function removeRequestedReviewer(pull: PullRecord, login: string): void {
  pull.requestedReviewers = pull.requestedReviewers.filter((r) => !sameLogin(r, login));
}

const submitReview: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state !== 'PENDING' || !sameLogin(review.user, actor.login)) unprocessable(ctx, ['Can not submit a non-pending review']);
  const event = ctx.body['event'] as string;
  const body = (ctx.body['body'] as string | undefined) ?? review.body;
  checkBodyLength(ctx, 'PullRequestReview', body);
  const commentCount = ctx.state.reviewComments.filter((c) => c.reviewId === review.id).length;
  checkReviewEvent(ctx, pull, actor.login, event, body, commentCount);
  review.state = EVENT_STATES[event]!;
  review.body = body;
  review.submittedAt = now(ctx);
  removeRequestedReviewer(pull, actor.login);
  return { status: 200, body: renderReview(ctx, review) };
};

const dismissReview: Handler = (ctx) => {
  requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state === 'PENDING') unprocessable(ctx, ['Can not dismiss a pending pull request review']);
  if (review.state === 'COMMENTED') unprocessable(ctx, ['Can not dismiss a commented pull request review']);
  if (review.state === 'DISMISSED') unprocessable(ctx, ['Can not dismiss a dismissed pull request review']);
  review.state = 'DISMISSED';
  return { status: 200, body: renderReview(ctx, review) };
};

const deletePendingReview: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state !== 'PENDING' || !sameLogin(review.user, actor.login)) unprocessable(ctx, ['Can not delete a non-pending pull request review']);
  const rendered = renderReview(ctx, review);
  ctx.state.reviews = ctx.state.reviews.filter((r) => r.id !== review.id);
  ctx.state.reviewComments = ctx.state.reviewComments.filter((c) => c.reviewId !== review.id);
  return { status: 200, body: rendered };
};

const updateReview: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (!sameLogin(review.user, actor.login)) fail(ctx, 403, 'Resource not accessible by integration');
  checkBodyLength(ctx, 'PullRequestReview', ctx.body['body']);
  review.body = ctx.body['body'] as string;
  return { status: 200, body: renderReview(ctx, review) };
};

const createReviewComment: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  checkBodyLength(ctx, 'PullRequestReviewComment', ctx.body['body']);
  const inReplyTo = ctx.body['in_reply_to'] as number | undefined;
  if (inReplyTo !== undefined) return reply(ctx, pull, inReplyTo);
  const commitId = ctx.body['commit_id'] as string | undefined;
  if (commitId === undefined || !ctx.state.commits[commitId]) {
    fail(ctx, 422, 'Validation Failed', { errors: [{ resource: 'PullRequestReviewComment', code: 'invalid', field: 'commit_id' }] });
  }
  const placed = placeComment(pull, ctx.body as unknown as CommentRequest);
  if (typeof placed === 'string') {
    fail(ctx, 422, 'Validation Failed', { errors: [{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread', message: placed }] });
  }
  // A lone comment joins the author's pending review if there is one, else it is its own review.
  let review = ctx.state.reviews.find((r) => r.pullNumber === pull.number && r.state === 'PENDING' && sameLogin(r.user, actor.login));
  if (!review) {
    const at = now(ctx);
    review = { id: nextId(ctx.state), pullNumber: pull.number, user: actor.login, body: '', state: 'COMMENTED', commitId, submittedAt: at, createdAt: at };
    ctx.state.reviews.push(review);
  }
  return { status: 201, body: renderReviewComment(ctx, storeComment(ctx, pull, review, placed, null)) };
};

function reply(ctx: RequestContext, pull: PullRecord, parentId: number): ReturnType<Handler> {
  const actor = requireActor(ctx);
  const parent = ctx.state.reviewComments.find((c) => c.id === parentId && c.pullNumber === pull.number);
  if (!parent) notFound(ctx);
  // Replies always attach to the thread's first comment, like GitHub's in_reply_to_id.
  const root = parent.inReplyToId ?? parent.id;
  const at = now(ctx);
  const review: ReviewRecord = { id: nextId(ctx.state), pullNumber: pull.number, user: actor.login, body: '', state: 'COMMENTED', commitId: parent.commitId, submittedAt: at, createdAt: at };
  ctx.state.reviews.push(review);
  const comment = storeComment(
    ctx,
    pull,
    review,
    {
      path: parent.path,
      body: ctx.body['body'] as string,
      subjectType: parent.subjectType,
      line: parent.line,
      side: parent.side,
      startLine: parent.startLine,
      startSide: parent.startSide,
      position: parent.position,
      diffHunk: parent.diffHunk,
    },
    root,
  );
  return { status: 201, body: renderReviewComment(ctx, comment) };
}

function commentOf(ctx: RequestContext): ReviewCommentRecord {
  const comment = ctx.state.reviewComments.find((c) => c.id === integer(ctx.path['comment_id']));
  if (!comment || visibleComments(ctx, [comment]).length === 0) notFound(ctx);
  return comment;
}

function sortComments(ctx: RequestContext, comments: ReviewCommentRecord[]): ReviewCommentRecord[] {
  const direction = ctx.query['direction'] === 'desc' ? -1 : 1;
  const key = ctx.query['sort'] === 'updated' ? 'updatedAt' : 'createdAt';
  return [...comments].sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.id - b.id));
}

function requestedReviewers(ctx: RequestContext, pull: PullRecord): JsonObject {
  return {
    users: pull.requestedReviewers.map((login) => renderUser(ctx, login)),
    teams: pull.requestedTeams.flatMap((slug) => {
      const team = ctx.state.teams.find((t) => t.slug === slug);
      return team ? [renderTeam(ctx, team)] : [];
    }),
  };
}

export const pullRequestRoutes: Record<string, Handler> = {
  'pulls/get': (ctx) => {
    const pull = pullOf(ctx);
    if (/application\/vnd\.github(\.v3)?\.diff/.test(ctx.accept)) {
      return { status: 200, text: { contentType: 'application/vnd.github.v3.diff; charset=utf-8', content: diffText(pull.files) } };
    }
    return { status: 200, body: renderPull(ctx, pull, true) };
  },
  'pulls/list': (ctx) => {
    const state = (ctx.query['state'] as string | undefined) ?? 'open';
    const head = ctx.query['head'] as string | undefined;
    const base = ctx.query['base'] as string | undefined;
    const pulls = ctx.state.pulls.filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (head === undefined || `${p.headRepo.owner}:${p.head.ref}` === head) &&
        (base === undefined || p.base.ref === base),
    );
    const direction = ctx.query['direction'] === 'asc' ? 1 : -1;
    pulls.sort((a, b) => direction * (a.number - b.number));
    return paginate(ctx, pulls, (p) => renderPull(ctx, p, false));
  },
  'pulls/update': (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const issue = ctx.state.issues.find((i) => i.number === pull.number)!;
    checkBodyLength(ctx, 'PullRequest', ctx.body['body']);
    if (typeof ctx.body['title'] === 'string') pull.title = issue.title = ctx.body['title'];
    if (typeof ctx.body['body'] === 'string') pull.body = issue.body = ctx.body['body'];
    const state = ctx.body['state'];
    if ((state === 'open' || state === 'closed') && state !== pull.state) {
      pull.state = issue.state = state;
      pull.closedAt = issue.closedAt = state === 'closed' ? now(ctx) : null;
    }
    pull.updatedAt = issue.updatedAt = now(ctx);
    return { status: 200, body: renderPull(ctx, pull, true) };
  },
  'pulls/list-files': (ctx) => {
    const pull = pullOf(ctx);
    return paginate(ctx, pull.files.slice(0, MAX_LISTED_FILES), (f) => renderPullFile(ctx, pull, f));
  },
  'pulls/list-commits': (ctx) => {
    const pull = pullOf(ctx);
    return paginate(ctx, pull.commits.slice(0, MAX_LISTED_COMMITS), (sha) => renderCommit(ctx, sha));
  },
  'pulls/list-reviews': (ctx) => {
    const pull = pullOf(ctx);
    const reviews = ctx.state.reviews.filter(
      (r) => r.pullNumber === pull.number && (r.state !== 'PENDING' || (ctx.actor !== undefined && sameLogin(ctx.actor.login, r.user))),
    );
    return paginate(ctx, reviews, (r) => renderReview(ctx, r));
  },
  'pulls/get-review': (ctx) => ({ status: 200, body: renderReview(ctx, reviewOf(ctx, pullOf(ctx))) }),
  'pulls/create-review': createReview,
  'pulls/submit-review': submitReview,
  'pulls/dismiss-review': dismissReview,
  'pulls/delete-pending-review': deletePendingReview,
  'pulls/update-review': updateReview,
  'pulls/list-comments-for-review': (ctx) => {
    const pull = pullOf(ctx);
    const review = reviewOf(ctx, pull);
    return paginate(ctx, ctx.state.reviewComments.filter((c) => c.reviewId === review.id), (c) => renderReviewComment(ctx, c));
  },
  'pulls/list-review-comments': (ctx) => {
    const pull = pullOf(ctx);
    const comments = visibleComments(ctx, ctx.state.reviewComments.filter((c) => c.pullNumber === pull.number));
    return paginate(ctx, sortComments(ctx, comments), (c) => renderReviewComment(ctx, c));
  },
  'pulls/create-review-comment': createReviewComment,
  'pulls/create-reply-for-review-comment': (ctx) => {
    const pull = pullOf(ctx);
    checkBodyLength(ctx, 'PullRequestReviewComment', ctx.body['body']);
    return reply(ctx, pull, integer(ctx.path['comment_id']));
  },
  'pulls/get-review-comment': (ctx) => ({ status: 200, body: renderReviewComment(ctx, commentOf(ctx)) }),
  'pulls/update-review-comment': (ctx) => {
    const actor = requireActor(ctx);
    const comment = commentOf(ctx);
    if (!sameLogin(comment.user, actor.login)) fail(ctx, 403, 'Resource not accessible by integration');
    checkBodyLength(ctx, 'PullRequestReviewComment', ctx.body['body']);
    comment.body = ctx.body['body'] as string;
    comment.updatedAt = now(ctx);
    return { status: 200, body: renderReviewComment(ctx, comment) };
  },
  'pulls/delete-review-comment': (ctx) => {
    requireActor(ctx);
    const comment = commentOf(ctx);
    ctx.state.reviewComments = ctx.state.reviewComments.filter((c) => c.id !== comment.id);
    return { status: 204 };
  },
  'pulls/list-requested-reviewers': (ctx) => ({ status: 200, body: requestedReviewers(ctx, pullOf(ctx)) }),
  'pulls/request-reviewers': (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const users = (ctx.body['reviewers'] as string[] | undefined) ?? [];
    const teams = (ctx.body['team_reviewers'] as string[] | undefined) ?? [];
    if (users.some((u) => sameLogin(u, pull.author))) unprocessable(ctx, ['Review cannot be requested from pull request author.']);
    const repo = `${ctx.state.owner.login}/${ctx.state.repo.name}`;
    const notCollaborator = `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo} repository.`;
    if (users.some((u) => !collaboratorPermission(ctx.state, u))) unprocessable(ctx, [notCollaborator]);
    const teamRecords = teams.map((slug) => ctx.state.teams.find((t) => t.slug === slug));
    if (teamRecords.some((t) => !t || t.repoPermission === null)) unprocessable(ctx, [notCollaborator]);
    for (const u of users) if (!pull.requestedReviewers.some((r) => sameLogin(r, u))) pull.requestedReviewers.push(u);
    for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
    return { status: 201, body: renderPull(ctx, pull, false) };
  },
  'pulls/remove-requested-reviewers': (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const users = (ctx.body['reviewers'] as string[] | undefined) ?? [];
    const teams = (ctx.body['team_reviewers'] as string[] | undefined) ?? [];
    pull.requestedReviewers = pull.requestedReviewers.filter((r) => !users.some((u) => sameLogin(u, r)));
    pull.requestedTeams = pull.requestedTeams.filter((t) => !teams.includes(t));
    return { status: 200, body: renderPull(ctx, pull, false) };
  },
};



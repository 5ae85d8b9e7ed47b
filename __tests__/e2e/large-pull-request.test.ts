// End-to-end: a pull request with 300 findings on 60 files. Half the files are new (every
// finding on the diff), half already existed and only their header comment changes (every
// finding outside the diff). GitHub must accept everything that is sent, and every finding
// must reach the reviewers: inline, or in the one summary comment, which stays under GitHub's
// 65,536-character limit.
import { fileURLToPath } from 'node:url';
import { findingMarker } from '../../src/github/review.js';
import { readFileTree, type FileTree } from '../../test-support/e2e/file-tree.js';
import { BOT_LOGIN, MERGE_SHA, startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots, type JsonReport } from '../../test-support/e2e/run-action.js';


afterAll(removeDistSnapshots);
const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
const FILES_PER_MODULE = 30;

/** A task definition with five findings: host PID mode, unpinned image, root user, writable root filesystem, privileged. */
function flawedService(name: string, header: string): string {
  return `# ${header}
resource "aws_ecs_task_definition" "${name}" {
  family                   = "${name}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  pid_mode                 = "host"
  cpu                      = 256
  memory                   = 512
  task_role_arn            = "arn:aws:iam::111122223333:role/${name}-task"
  execution_role_arn       = "arn:aws:iam::111122223333:role/${name}-execution"

  container_definitions = jsonencode([
    {
      name                   = "${name}"
      image                  = "nginx:latest"
      essential              = true
      user                   = "root"
      readonlyRootFilesystem = false
      privileged             = true
      linuxParameters = {
        capabilities = { drop = ["ALL"] }
      }
      healthCheck = {
        command = ["CMD-SHELL", "true"]
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/${name}"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "${name}"
        }
      }
    }
  ])
}
`;
}

function fleet(): { base: FileTree; head: FileTree } {
  const base: FileTree = readFileTree(fileURLToPath(new URL('./fixtures/repo', import.meta.url)));
  const head: FileTree = { ...base };
  for (let i = 1; i <= FILES_PER_MODULE; i += 1) {
    const n = String(i).padStart(2, '0');
    base[`services/legacy/svc${n}.tf`] = flawedService(`legacy${n}`, `Legacy service ${n}.`);
    head[`services/legacy/svc${n}.tf`] = flawedService(`legacy${n}`, `Legacy service ${n}, owned by the platform team.`);
    head[`services/batch/job${n}.tf`] = flawedService(`batch${n}`, `Batch job ${n}.`);
  }
  return { base, head };
}

type Finding = JsonReport['findings'][number] & { fingerprint: string };

describe('a pull request with 300 findings on 60 files', () => {
  let scenario: PullRequestScenario;

  afterEach(async () => {
    expect(scenario.emu.validationErrors).toEqual([]);
    await scenario.close();
  });

  test('no 422, every finding inline or in the summary comment, the summary under 65,536 characters', async () => {
    const { base, head } = fleet();
    scenario = await startPullRequestScenario({ base, head });
    expect(scenario.pr.files).toHaveLength(2 * FILES_PER_MODULE);
    const run = await scenario.run();
    const { emu } = scenario;
    expect(run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed'))).toEqual([]);

    const findings = run.report!.findings.filter((f) => !f.suppressed) as Finding[];
    const files = new Set(findings.map((f) => f.file));
    expect(files.size).toBe(2 * FILES_PER_MODULE);
    expect(findings.length).toBeGreaterThanOrEqual(300);

    expect(emu.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(emu.requests.filter((r) => r.write && r.status >= 400)).toEqual([]);

    const reviews = emu.state.reviews.filter((r) => r.user === BOT_LOGIN);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commitId: scenario.pr.headSha });
    expect(emu.state.reviews.filter((r) => r.state === 'PENDING')).toEqual([]);
    const comments = emu.state.reviewComments.filter((c) => c.user === BOT_LOGIN);
    expect(comments.length).toBeGreaterThan(0);
    // Inline comments only ever sit on the new files' lines.
    expect(comments.filter((c) => !c.path.startsWith('services/batch/'))).toEqual([]);

    const summaries = emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
    expect(summaries).toHaveLength(1);
    const summary = summaries[0]!.body;
    expect(summary.length).toBeLessThan(65_536);
    const summaryLines = summary.split('\n');

    // A finding is in the summary when a line names its file, its rule and its line (a table row
    // `file:12` with a `#L12` link, or the compact per-file form `file: L12 🟠 rule, ...`).
    const inSummary = (f: Finding) =>
      summaryLines.some(
        (line) => line.includes(f.file) && line.includes(f.ruleId) && new RegExp(`(?:L|:)${f.startLine}(?!\\d)`).test(line),
      );
    const inline = (f: Finding) => comments.some((c) => c.body.includes(findingMarker(f.fingerprint)));
    const lost = findings.filter((f) => !inline(f) && !inSummary(f)).map((f) => `${f.ruleId} ${f.file}:${f.startLine}`);
    expect(lost).toEqual([]);
    // Findings outside the diff are never inline.
    expect(findings.filter((f) => f.file.startsWith('services/legacy/') && inline(f))).toEqual([]);

    expect(emu.state.statuses.filter((s) => s.context === 'drift-guard/policy').map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'failure']]);
    expect(emu.requests.filter((r) => r.path.includes(MERGE_SHA))).toEqual([]);
    // The job summary has no 65,536 limit: it lists every file.
    for (const file of files) expect(run.summary).toContain(file);
    expect(run.exitCode).toBe(1);
  });
});

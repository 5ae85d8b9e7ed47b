# Real-time ECS drift: every ECS write call recorded by CloudTrail reaches the repository as a
# repository_dispatch `ecs-change`, and ECS Drift Guard's event mode checks the resources it
# touched within a minute (examples/workflows/drift-realtime.yml).
#
#   CloudTrail (management events) -> EventBridge rule (the ECS write calls below)
#     -> API destination: POST /repos/{owner}/{repo}/dispatches, token from Secrets Manager
#     -> retries for a day, then the dead-letter queue
#
# Deploy it once per account and region that runs ECS. CloudTrail must record management events
# (the default trail does); EventBridge receives "AWS API Call via CloudTrail" events without a
# trail of your own, for the region they happen in.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "github_repository" {
  description = "The repository that holds the Terraform and runs drift-realtime.yml, as owner/name."
  type        = string
}

variable "github_token_secret_name" {
  description = "Secrets Manager secret whose value is a fine-grained token for that repository with Contents: read and write (what POST /repos/{owner}/{repo}/dispatches needs)."
  type        = string
}

variable "github_api_url" {
  description = "GitHub's REST API; https://HOST/api/v3 on GitHub Enterprise Server."
  type        = string
  default     = "https://api.github.com"
}

variable "name_prefix" {
  type    = string
  default = "drift-guard"
}

locals {
  # The ECS calls that change what Terraform declares, or the ground the services run on. Read-only
  # calls (Describe*, List*) never match. Keep this list equal to MONITORED_EVENTS in
  # src/drift/ecs-events.ts: the test suite compares them.
  ecs_change_events = [
    "CreateCapacityProvider",
    "CreateCluster",
    "CreateService",
    "CreateTaskSet",
    "DeleteAccountSetting",
    "DeleteAttributes",
    "DeleteCapacityProvider",
    "DeleteCluster",
    "DeleteService",
    "DeleteTaskDefinitions",
    "DeleteTaskSet",
    "DeregisterContainerInstance",
    "DeregisterTaskDefinition",
    "PutAccountSetting",
    "PutAttributes",
    "PutClusterCapacityProviders",
    "RegisterContainerInstance",
    "RegisterTaskDefinition",
    "TagResource",
    "UntagResource",
    "UpdateCapacityProvider",
    "UpdateCluster",
    "UpdateClusterSettings",
    "UpdateContainerAgent",
    "UpdateContainerInstancesState",
    "UpdateService",
    "UpdateServicePrimaryTaskSet",
    "UpdateTaskSet",
  ]
}

resource "aws_cloudwatch_event_rule" "ecs_changes" {
  name        = "${var.name_prefix}-ecs-changes"
  description = "ECS write calls, sent to GitHub for ECS Drift Guard's real-time drift check"
  event_pattern = jsonencode({
    source        = ["aws.ecs"]
    "detail-type" = ["AWS API Call via CloudTrail"]
    detail = {
      eventSource = ["ecs.amazonaws.com"]
      eventName   = local.ecs_change_events
    }
  })
}

data "aws_secretsmanager_secret_version" "github_token" {
  secret_id = var.github_token_secret_name
}

# EventBridge keeps the connection's credential in a Secrets Manager secret of its own; the
# token passes through the Terraform state as a sensitive value, so keep the state encrypted.
resource "aws_cloudwatch_event_connection" "github" {
  name               = "${var.name_prefix}-github"
  description        = "GitHub token for repository_dispatch"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer ${data.aws_secretsmanager_secret_version.github_token.secret_string}"
    }
  }
}

resource "aws_cloudwatch_event_api_destination" "github_dispatch" {
  name                             = "${var.name_prefix}-repository-dispatch"
  description                      = "POST /repos/{owner}/{repo}/dispatches"
  invocation_endpoint              = "${var.github_api_url}/repos/${var.github_repository}/dispatches"
  http_method                      = "POST"
  invocation_rate_limit_per_second = 10
  connection_arn                   = aws_cloudwatch_event_connection.github.arn
}

resource "aws_sqs_queue" "dead_letters" {
  name                      = "${var.name_prefix}-ecs-changes-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

data "aws_iam_policy_document" "dead_letters" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letters.arn]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.ecs_changes.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "dead_letters" {
  queue_url = aws_sqs_queue.dead_letters.id
  policy    = data.aws_iam_policy_document.dead_letters.json
}

data "aws_iam_policy_document" "events_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "invoke_github" {
  name               = "${var.name_prefix}-invoke-github"
  assume_role_policy = data.aws_iam_policy_document.events_assume.json
}

data "aws_iam_policy_document" "invoke_github" {
  statement {
    actions   = ["events:InvokeApiDestination"]
    resources = [aws_cloudwatch_event_api_destination.github_dispatch.arn]
  }
}

resource "aws_iam_role_policy" "invoke_github" {
  name   = "invoke-api-destination"
  role   = aws_iam_role.invoke_github.id
  policy = data.aws_iam_policy_document.invoke_github.json
}

resource "aws_cloudwatch_event_target" "github" {
  rule     = aws_cloudwatch_event_rule.ecs_changes.name
  arn      = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn = aws_iam_role.invoke_github.arn

  http_target {
    header_parameters = {
      Accept                 = "application/vnd.github+json"
      "X-GitHub-Api-Version" = "2022-11-28"
    }
  }

  # The dispatch body: the whole EventBridge event as client_payload (9 top-level keys; GitHub
  # allows 10 and under 64 KB in all). A larger event (a RegisterTaskDefinition with very big
  # container definitions) is refused with 422 and lands in the dead-letter queue; the service
  # update that deploys it is small, and the nightly drift run reconciles the rest.
  input_transformer {
    input_paths    = {}
    input_template = "{\"event_type\": \"ecs-change\", \"client_payload\": <aws.events.event.json>}"
  }

  retry_policy {
    maximum_event_age_in_seconds = 86400
    maximum_retry_attempts       = 185
  }

  dead_letter_config {
    arn = aws_sqs_queue.dead_letters.arn
  }
}

output "dead_letter_queue_url" {
  description = "Events GitHub refused or could not take within a day; replay them with the workflow's `workflow_dispatch` or let the nightly run reconcile."
  value       = aws_sqs_queue.dead_letters.url
}

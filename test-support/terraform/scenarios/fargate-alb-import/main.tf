# `terraform import` of the estate fargate-alb's apply left (import.json lists the resources and ids):
# the same configuration, so the imported state can be compared with the applied one.
# Fargate service behind an ALB target group, awsvpc, no iam_role: ECS acts with its
# service-linked role and DescribeServices reports it (the issue 12 `iam_role` false alarm).
resource "aws_ecs_cluster" "main" {
  name = "prod"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = {
    Team = "platform"
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  execution_role_arn       = "arn:aws:iam::123456789012:role/api-execution"
  task_role_arn            = "arn:aws:iam::123456789012:role/api-task"

  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2"
      essential              = true
      readonlyRootFilesystem = true
      user                   = "1000"
      portMappings           = [{ containerPort = 8080 }]
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "API_TOKEN", value = "planted-fidelity-token-0123456789" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf" },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/api"
          awslogs-region        = "us-east-1"
          awslogs-stream-prefix = "api"
        }
      }
    },
  ])

  tags = {
    Team = "platform"
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0aa1c79de3EXAMPLE", "subnet-0bb1c79de3EXAMPLE"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/6d0ecf831eec9f09"
    container_name   = "app"
    container_port   = 8080
  }

  health_check_grace_period_seconds = 60

  tags = {
    Team = "platform"
  }
}

# A Fargate queue worker: no load balancer, Fargate Spot through the cluster's capacity providers.
resource "aws_ecs_cluster" "jobs" {
  name = "jobs"
}

resource "aws_ecs_cluster_capacity_providers" "jobs" {
  cluster_name       = aws_ecs_cluster.jobs.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    base              = 1
    weight            = 1
  }
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = "arn:aws:iam::123456789012:role/worker-execution"
  task_role_arn            = "arn:aws:iam::123456789012:role/worker-task"

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "ARM64"
  }

  container_definitions = jsonencode([
    {
      name      = "worker"
      image     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.0.1"
      essential = true
      command   = ["node", "worker.js", "--queue", "jobs"]
      environment = [
        { name = "QUEUE_URL", value = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/worker"
          awslogs-region        = "us-east-1"
          awslogs-stream-prefix = "worker"
        }
      }
    },
  ])
}

resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = aws_ecs_cluster.jobs.id
  task_definition = aws_ecs_task_definition.worker.arn
  desired_count   = 3

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  depends_on = [aws_ecs_cluster_capacity_providers.jobs]
}

# A CODE_DEPLOY (blue/green) Fargate service: CodeDeploy owns the task definition after creation.
resource "aws_ecs_cluster" "bg" {
  name = "bg"
}

resource "aws_ecs_task_definition" "shop" {
  family                   = "shop"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"

  container_definitions = jsonencode([
    {
      name         = "shop"
      image        = "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop:7.1.0"
      portMappings = [{ containerPort = 3000 }]
    },
  ])
}

resource "aws_ecs_service" "shop" {
  name            = "shop"
  cluster         = aws_ecs_cluster.bg.id
  task_definition = aws_ecs_task_definition.shop.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  deployment_controller {
    type = "CODE_DEPLOY"
  }

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE", "subnet-0bb1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-blue/1a2b3c4d5e6f7081"
    container_name   = "shop"
    container_port   = 3000
  }

  lifecycle {
    ignore_changes = [task_definition, load_balancer]
  }
}

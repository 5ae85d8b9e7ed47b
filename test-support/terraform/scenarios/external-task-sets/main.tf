# An EXTERNAL deployment controller with its task sets managed by Terraform (aws_ecs_task_set): one
# on Fargate behind a target group with a service registry on a port, one on a Fargate Spot capacity
# provider strategy with a registry on a container port, one on EC2 behind a Classic Load Balancer
# (bridge mode: Classic Load Balancers take no awsvpc tasks). The task sets are created one after
# another so the first, blue, is always the PRIMARY one (the first task set of a service is).
resource "aws_ecs_cluster" "edge" {
  name = "edge"
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"

  container_definitions = jsonencode([
    {
      name         = "web"
      image        = "public.ecr.aws/nginx/nginx:1.27"
      portMappings = [{ containerPort = 8080 }]
    },
  ])
}

resource "aws_ecs_task_definition" "web_bridge" {
  family                   = "web-bridge"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "512"

  container_definitions = jsonencode([
    {
      name         = "web"
      image        = "public.ecr.aws/nginx/nginx:1.27"
      portMappings = [{ containerPort = 8080, hostPort = 80 }]
    },
  ])
}

resource "aws_ecs_service" "web" {
  name          = "web"
  cluster       = aws_ecs_cluster.edge.id
  desired_count = 2

  deployment_controller {
    type = "EXTERNAL"
  }
}

resource "aws_ecs_task_set" "blue" {
  service          = aws_ecs_service.web.id
  cluster          = aws_ecs_cluster.edge.id
  task_definition  = aws_ecs_task_definition.web.arn
  external_id      = "blue-2026-01"
  launch_type      = "FARGATE"
  platform_version = "1.4.0"

  network_configuration {
    subnets          = ["subnet-0aa1c79de3EXAMPLE", "subnet-0bb1c79de3EXAMPLE"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef"
    container_name   = "web"
    container_port   = 8080
  }

  service_registries {
    registry_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-blue0123456789ab"
    port         = 8080
  }

  scale {
    unit  = "PERCENT"
    value = 100
  }

  # Read back with DescribeTaskSets include TAGS (task_set.go); drift compares them.
  tags = {
    Release = "blue-2026-01"
  }
}

resource "aws_ecs_task_set" "green" {
  service         = aws_ecs_service.web.id
  cluster         = aws_ecs_cluster.edge.id
  task_definition = aws_ecs_task_definition.web.arn
  external_id     = "green-2026-01"

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
    base              = 1
  }

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  service_registries {
    registry_arn   = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-green123456789ab"
    container_name = "web"
    container_port = 8080
  }

  scale {
    unit  = "PERCENT"
    value = 25
  }

  depends_on = [aws_ecs_task_set.blue]
}

resource "aws_ecs_task_set" "legacy" {
  service         = aws_ecs_service.web.id
  cluster         = aws_ecs_cluster.edge.id
  task_definition = aws_ecs_task_definition.web_bridge.arn
  launch_type     = "EC2"

  load_balancer {
    load_balancer_name = "web-classic"
    container_name     = "web"
    container_port     = 8080
  }

  scale {
    unit  = "PERCENT"
    value = 10
  }

  depends_on = [aws_ecs_task_set.green]
}

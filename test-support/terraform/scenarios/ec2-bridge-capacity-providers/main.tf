# EC2 in bridge mode behind an ALB, on an Auto Scaling group capacity provider with managed scaling.
resource "aws_ecs_cluster" "ec2" {
  name = "ec2"
}

resource "aws_ecs_capacity_provider" "asg" {
  name = "asg-a"

  auto_scaling_group_provider {
    auto_scaling_group_arn         = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:2b5a2f0e-9c1d-4c3e-8d5b-7f1e2a3b4c5d:autoScalingGroupName/ecs-a"
    managed_termination_protection = "DISABLED"

    managed_scaling {
      status          = "ENABLED"
      target_capacity = 90
    }
  }
}

resource "aws_ecs_cluster_capacity_providers" "ec2" {
  cluster_name       = aws_ecs_cluster.ec2.name
  capacity_providers = [aws_ecs_capacity_provider.asg.name]

  default_capacity_provider_strategy {
    capacity_provider = aws_ecs_capacity_provider.asg.name
    weight            = 1
  }
}

resource "aws_ecs_task_definition" "web" {
  family       = "web"
  network_mode = "bridge"

  container_definitions = jsonencode([
    {
      name              = "web"
      image             = "nginx:1.27"
      memoryReservation = 256
      portMappings = [
        { containerPort = 80, hostPort = 0 },
      ]
      mountPoints = [
        { sourceVolume = "cache", containerPath = "/var/cache/nginx" },
      ]
    },
  ])

  volume {
    name = "cache"
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.ec2.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  iam_role        = "arn:aws:iam::123456789012:role/ecs-service"

  capacity_provider_strategy {
    capacity_provider = aws_ecs_capacity_provider.asg.name
    weight            = 1
  }

  ordered_placement_strategy {
    type  = "spread"
    field = "attribute:ecs.availability-zone"
  }

  placement_constraints {
    type = "distinctInstance"
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0f1e2d3c4b5a6978"
    container_name   = "web"
    container_port   = 80
  }

  depends_on = [aws_ecs_cluster_capacity_providers.ec2]
}

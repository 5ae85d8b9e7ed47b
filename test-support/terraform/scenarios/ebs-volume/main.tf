# A service-managed EBS volume, configured at launch: encryption and its KMS key are set on the service.
resource "aws_ecs_cluster" "data" {
  name = "data"
}

resource "aws_ecs_task_definition" "db" {
  family                   = "db"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"

  container_definitions = jsonencode([
    {
      name  = "db"
      image = "postgres:16"
      mountPoints = [
        { sourceVolume = "pgdata", containerPath = "/var/lib/postgresql/data" },
      ]
    },
  ])

  volume {
    name                = "pgdata"
    configure_at_launch = true
  }
}

resource "aws_ecs_service" "db" {
  name            = "db"
  cluster         = aws_ecs_cluster.data.id
  task_definition = aws_ecs_task_definition.db.arn
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  volume_configuration {
    name = "pgdata"

    managed_ebs_volume {
      role_arn         = "arn:aws:iam::123456789012:role/ecs-infrastructure"
      size_in_gb       = 20
      volume_type      = "gp3"
      encrypted        = true
      kms_key_id       = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      file_system_type = "ext4"
    }
  }
}

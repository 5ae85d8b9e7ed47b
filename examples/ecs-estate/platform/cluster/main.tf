terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "platform/cluster.tfstate"
    region = "eu-west-1"
  }
}

resource "aws_ecs_cluster" "main" {
  name = "acme-production"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/6f1e2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
      logging    = "DEFAULT"
    }
  }
}

resource "aws_ecs_cluster_capacity_providers" "main" {
  cluster_name       = aws_ecs_cluster.main.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}

resource "aws_ecr_repository" "payments" {
  name                 = "payments-api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

output "cluster_arn" {
  value = aws_ecs_cluster.main.arn
}

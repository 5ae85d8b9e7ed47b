terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "services/checkout.tfstate"
    region = "eu-west-1"
  }
}

module "checkout" {
  source                 = "../../modules/ecs-service"
  name                   = "checkout"
  cluster_arn            = "arn:aws:ecs:eu-west-1:111122223333:cluster/acme-production"
  image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/checkout@sha256:9f2c4d6b8a0e1f3c5d7b9a1e3f5c7d9b1a3e5f7c9d1b3a5e7f9c1d3b5a7e9f1c"
  enable_execute_command = true
  desired_count          = 3

  environment = {
    PAYMENTS_URL = "http://payments-api.internal:8080"
  }

  subnet_ids         = ["subnet-0a1b2c3d4e5f60718"]
  security_group_ids = ["sg-0fedcba9876543210"]
}

import {
  to = module.checkout.aws_ecs_service.this
  id = "acme-production/checkout"
}

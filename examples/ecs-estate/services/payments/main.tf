terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "services/payments.tfstate"
    region = "eu-west-1"
  }
}

module "payments" {
  source      = "../../modules/ecs-service"
  name        = "payments-api"
  cluster_arn = "arn:aws:ecs:eu-west-1:111122223333:cluster/acme-production"
  image       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/payments-api:2.14.0@sha256:4e7d1c9a2b3f5e6d8c0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60"

  environment = {
    LOG_LEVEL           = "info"
    STRIPE_API_ENDPOINT = "https://api.stripe.com"
  }
  secrets = {
    STRIPE_SECRET_KEY = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:payments/stripe-AbCdEf"
  }

  subnet_ids         = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
  security_group_ids = ["sg-0123456789abcdef0"]
}

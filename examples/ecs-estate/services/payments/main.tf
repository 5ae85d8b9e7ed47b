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
  image       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/payments-api:latest"

  environment = {
    LOG_LEVEL           = "info"
    STRIPE_API_ENDPOINT = "https://api.stripe.com"
    DB_PASSWORD         = "Pr0d-Payments-2024!"
  }
  secrets = {
    STRIPE_SECRET_KEY = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:payments/stripe-AbCdEf"
  }

  subnet_ids         = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
  security_group_ids = ["sg-0123456789abcdef0"]
  assign_public_ip   = true
}

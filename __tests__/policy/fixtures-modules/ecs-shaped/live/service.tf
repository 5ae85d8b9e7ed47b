module "api" {
  source = "../modules/service"
  name   = "api"

  container_definitions = {
    app = {
      image      = "registry.example.com/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
      privileged = true
      user       = "0"
      environment = [
        { name = "LOG_LEVEL", value = "info" },
      ]
    }
    sidecar = {
      create = false
      image  = "envoyproxy/envoy:v1.31.0"
    }
  }

  assign_public_ip       = true
  enable_execute_command = true
  subnet_ids             = ["subnet-0123456789abcdef0"]
}

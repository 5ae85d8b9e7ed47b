# Written for this project in the shape of terraform-aws-modules/ecs modules/container-definition:
# one container object built from many variables, null members dropped by a `for`.
variable "name" { type = string }
variable "image" { type = string }

variable "user" {
  type    = string
  default = null
}

variable "privileged" {
  type    = bool
  default = false
}

variable "readonlyRootFilesystem" {
  type    = bool
  default = false
}

variable "environment" {
  type = list(object({
    name  = string
    value = string
  }))
  default = []
}

variable "logConfiguration" {
  type    = any
  default = {}
}

locals {
  logConfiguration = merge(
    { logDriver = "awslogs" },
    { for k, v in var.logConfiguration : k => v if v != null }
  )

  definition = {
    name                   = var.name
    image                  = var.image
    user                   = var.user
    privileged             = var.privileged
    readonlyRootFilesystem = var.readonlyRootFilesystem
    environment            = length(var.environment) > 0 ? var.environment : null
    logConfiguration       = length(local.logConfiguration) > 0 ? local.logConfiguration : null
    essential              = true
  }

  container_definition = { for k, v in local.definition : k => v if v != null }
}

output "container_definition" {
  value = local.container_definition
}

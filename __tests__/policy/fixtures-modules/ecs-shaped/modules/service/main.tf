# Written for this project in the shape of terraform-aws-modules/ecs modules/service: a map of
# container objects with optional() attributes, one container-definition module per entry
# (for_each over a filtered for), the task definition built with a for over those module
# instances, and merge/try/coalesce chains on the way.
variable "name" { type = string }

variable "container_definitions" {
  type = map(object({
    create                 = optional(bool, true)
    image                  = optional(string)
    user                   = optional(string)
    privileged             = optional(bool, false)
    readonlyRootFilesystem = optional(bool, true)
    environment = optional(list(object({
      name  = string
      value = string
    })), [])
  }))
  default = {}
}

variable "assign_public_ip" {
  type    = bool
  default = false
}

variable "enable_execute_command" {
  type    = bool
  default = false
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "network_mode" {
  type    = string
  default = null
}

module "container_definition" {
  source   = "../container-definition"
  for_each = { for k, v in var.container_definitions : k => v if v.create }

  name                   = try(each.value.name, each.key)
  image                  = each.value.image
  user                   = each.value.user
  privileged             = each.value.privileged
  readonlyRootFilesystem = each.value.readonlyRootFilesystem
  environment            = each.value.environment
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  network_mode             = coalesce(var.network_mode, "awsvpc")
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([for k, v in module.container_definition : v.container_definition])
}

resource "aws_ecs_service" "this" {
  name                   = var.name
  task_definition        = aws_ecs_task_definition.this.arn
  enable_execute_command = var.enable_execute_command

  dynamic "network_configuration" {
    for_each = merge({ default = { subnets = var.subnet_ids } }, {})
    content {
      subnets          = network_configuration.value.subnets
      assign_public_ip = var.assign_public_ip
    }
  }
}

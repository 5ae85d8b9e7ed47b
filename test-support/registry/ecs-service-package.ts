// A module package written for these tests, shaped like terraform-aws-modules/terraform-aws-ecs
// (modules/service calls ../container-definition inside the same package, as the real one does;
// github.com/terraform-aws-modules/terraform-aws-ecs, modules/service/main.tf). The registry
// address `terraform-aws-modules/ecs/aws//modules/service` selects the subdirectory.

export function ecsServicePackage(version: string): Record<string, string> {
  return {
    'README.md': `# ecs ${version}\n`,
    'main.tf': '# the root module of the package (cluster), not used by //modules/service\n',
    'modules/service/variables.tf': `
variable "name" {
  type = string
}
variable "container_definition" {
  type    = any
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
`,
    'modules/service/main.tf': `
# package version ${version}
module "container_definition" {
  source = "../container-definition"

  name                     = try(var.container_definition.name, var.name)
  image                    = try(var.container_definition.image, null)
  privileged               = try(var.container_definition.privileged, false)
  user                     = try(var.container_definition.user, null)
  readonly_root_filesystem = try(var.container_definition.readonly_root_filesystem, true)
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([module.container_definition.container_definition])
}

resource "aws_ecs_service" "this" {
  name                   = var.name
  task_definition        = aws_ecs_task_definition.this.arn
  launch_type            = "FARGATE"
  enable_execute_command = var.enable_execute_command

  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = var.assign_public_ip
  }
}
`,
    'modules/container-definition/main.tf': `
variable "name" { type = string }
variable "image" { type = string }
variable "privileged" {
  type    = bool
  default = false
}
variable "user" {
  type    = string
  default = null
}
variable "readonly_root_filesystem" {
  type    = bool
  default = true
}

locals {
  definition = {
    name                   = var.name
    image                  = var.image
    essential              = true
    privileged             = var.privileged
    user                   = var.user
    readonlyRootFilesystem = var.readonly_root_filesystem
  }
}

output "container_definition" {
  value = local.definition
}
`,
  };
}

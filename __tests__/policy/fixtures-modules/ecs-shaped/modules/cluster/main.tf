# Written for this project in the shape of terraform-aws-modules/ecs modules/cluster (v7):
# an object variable with nested optional() attributes and a default that leaves kms_key_id out,
# expanded through nested dynamic blocks.
variable "create" {
  type    = bool
  default = true
}

variable "cluster_name" {
  type    = string
  default = ""
}

variable "configuration" {
  type = object({
    execute_command_configuration = optional(object({
      kms_key_id = optional(string)
      log_configuration = optional(object({
        cloud_watch_encryption_enabled = optional(bool)
        cloud_watch_log_group_name     = optional(string)
      }))
      logging = optional(string, "OVERRIDE")
    }))
  })
  default = {
    execute_command_configuration = {
      log_configuration = {
        cloud_watch_log_group_name = "placeholder"
      }
    }
  }
}

variable "setting" {
  type = list(object({
    name  = string
    value = string
  }))
  default = [{ name = "containerInsights", value = "enabled" }]
}

resource "aws_ecs_cluster" "this" {
  count = var.create ? 1 : 0
  name  = var.cluster_name

  dynamic "configuration" {
    for_each = var.configuration != null ? [var.configuration] : []

    content {
      dynamic "execute_command_configuration" {
        for_each = configuration.value.execute_command_configuration != null ? [configuration.value.execute_command_configuration] : []

        content {
          kms_key_id = execute_command_configuration.value.kms_key_id
          logging    = execute_command_configuration.value.logging

          dynamic "log_configuration" {
            for_each = execute_command_configuration.value.log_configuration != null ? [execute_command_configuration.value.log_configuration] : []

            content {
              cloud_watch_encryption_enabled = log_configuration.value.cloud_watch_encryption_enabled
              cloud_watch_log_group_name     = try(aws_cloudwatch_log_group.this[0].name, log_configuration.value.cloud_watch_log_group_name)
            }
          }
        }
      }
    }
  }

  dynamic "setting" {
    for_each = var.setting
    content {
      name  = setting.value.name
      value = setting.value.value
    }
  }
}

output "arn" {
  value = try(aws_ecs_cluster.this[0].arn, null)
}

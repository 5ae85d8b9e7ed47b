# A DAEMON service (one task per container instance) in host network mode.
resource "aws_ecs_cluster" "nodes" {
  name = "nodes"
}

resource "aws_ecs_task_definition" "agent" {
  family       = "agent"
  network_mode = "host"
  pid_mode     = "host"

  container_definitions = jsonencode([
    {
      name   = "agent"
      image  = "public.ecr.aws/datadog/agent:7"
      memory = 256
      portMappings = [
        { containerPort = 8125, protocol = "udp" },
      ]
      mountPoints = [
        { sourceVolume = "docker-sock", containerPath = "/var/run/docker.sock", readOnly = true },
      ]
    },
  ])

  volume {
    name      = "docker-sock"
    host_path = "/var/run/docker.sock"
  }
}

resource "aws_ecs_service" "agent" {
  name                = "agent"
  cluster             = aws_ecs_cluster.nodes.id
  task_definition     = aws_ecs_task_definition.agent.arn
  launch_type         = "EC2"
  scheduling_strategy = "DAEMON"
}

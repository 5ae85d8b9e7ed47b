# An EXTERNAL deployment controller: task definitions live on task sets a third-party tool creates.
resource "aws_ecs_cluster" "ext" {
  name = "ext"
}

resource "aws_ecs_service" "ext" {
  name          = "ext"
  cluster       = aws_ecs_cluster.ext.id
  desired_count = 1

  deployment_controller {
    type = "EXTERNAL"
  }
}

# Service Connect: the cluster's default namespace, a client-server service with a named port.
resource "aws_ecs_cluster" "mesh" {
  name = "mesh"

  service_connect_defaults {
    namespace = "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop"
  }
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"

  container_definitions = jsonencode([
    {
      name  = "orders"
      image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:3.2.0"
      portMappings = [
        { name = "http", containerPort = 8080, appProtocol = "http" },
      ]
    },
  ])
}

resource "aws_ecs_service" "orders" {
  name            = "orders"
  cluster         = aws_ecs_cluster.mesh.id
  task_definition = aws_ecs_task_definition.orders.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  service_connect_configuration {
    enabled   = true
    namespace = "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop"

    service {
      port_name      = "http"
      discovery_name = "orders"

      client_alias {
        port     = 80
        dns_name = "orders.internal"
      }
    }
  }
}

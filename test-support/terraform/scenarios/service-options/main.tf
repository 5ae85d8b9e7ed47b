# The service blocks no other scenario sets: deployment alarms, Cloud Map service registries (by port
# and by container), Service Connect with TLS, timeouts, an ingress port override and a log
# configuration with a secret option, a managed EBS volume from a snapshot with iops, throughput,
# an initialization rate and tag specifications, VPC Lattice, and a classic load balancer on the EC2
# launch type with a placement constraint expression.
resource "aws_ecs_cluster" "options" {
  name = "options"

  service_connect_defaults {
    namespace = "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-optionsmeshaaaaa"
  }
}

# Fargate, awsvpc: a named HTTP port for Service Connect and VPC Lattice, and a volume configured at launch.
resource "aws_ecs_task_definition" "gateway" {
  family                   = "gateway"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"

  container_definitions = jsonencode([
    {
      name  = "gateway"
      image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/gateway:2.4.1"
      portMappings = [
        { name = "http", containerPort = 8080, appProtocol = "http" },
      ]
      mountPoints = [
        { sourceVolume = "cache", containerPath = "/var/cache/gateway" },
      ]
    },
  ])

  volume {
    name                = "cache"
    configure_at_launch = true
  }
}

resource "aws_ecs_service" "gateway" {
  name            = "gateway"
  cluster         = aws_ecs_cluster.options.id
  task_definition = aws_ecs_task_definition.gateway.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0aa1c79de3EXAMPLE", "subnet-0bb1c79de3EXAMPLE"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  alarms {
    alarm_names = ["gateway-5xx", "gateway-latency"]
    enable      = true
    rollback    = true
  }

  # awsvpc with an SRV record: a port, not a container name and port (API_ServiceRegistry).
  service_registries {
    registry_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-gatewayaaaaaaaa"
    port         = 8080
  }

  service_connect_configuration {
    enabled   = true
    namespace = "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-optionsmeshaaaaa"

    log_configuration {
      log_driver = "awslogs"
      options = {
        awslogs-group         = "/ecs/gateway/service-connect"
        awslogs-region        = "us-east-1"
        awslogs-stream-prefix = "proxy"
      }

      secret_option {
        name       = "splunk-token"
        value_from = "arn:aws:secretsmanager:us-east-1:123456789012:secret:gateway/splunk-AbCdEf"
      }
    }

    service {
      port_name             = "http"
      discovery_name        = "gateway"
      ingress_port_override = 15000

      client_alias {
        port     = 80
        dns_name = "gateway.internal"
      }

      timeout {
        idle_timeout_seconds        = 600
        per_request_timeout_seconds = 30
      }

      tls {
        kms_key  = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
        role_arn = "arn:aws:iam::123456789012:role/ecs-service-connect-tls"

        issuer_cert_authority {
          aws_pca_authority_arn = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
        }
      }
    }
  }

  volume_configuration {
    name = "cache"

    managed_ebs_volume {
      role_arn                   = "arn:aws:iam::123456789012:role/ecs-infrastructure"
      size_in_gb                 = 100
      volume_type                = "gp3"
      iops                       = 4000
      throughput                 = 250
      snapshot_id                = "snap-0a1b2c3d4e5f60718"
      volume_initialization_rate = 200
      encrypted                  = true
      file_system_type           = "xfs"

      tag_specifications {
        resource_type  = "volume"
        propagate_tags = "SERVICE"
        tags = {
          Backup = "daily"
        }
      }
    }
  }

  vpc_lattice_configurations {
    port_name        = "http"
    target_group_arn = "arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-0a1b2c3d4e5f60718"
    role_arn         = "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice"
  }
}

# EC2 launch type, bridge mode: a classic load balancer, an SRV record by container name and port,
# and a placement constraint with an expression.
resource "aws_ecs_task_definition" "legacy" {
  family       = "legacy"
  network_mode = "bridge"

  container_definitions = jsonencode([
    {
      name              = "legacy"
      image             = "123456789012.dkr.ecr.us-east-1.amazonaws.com/legacy:7.0.3"
      memoryReservation = 256
      portMappings = [
        { containerPort = 8080, hostPort = 8080 },
      ]
    },
  ])
}

resource "aws_ecs_service" "legacy" {
  name            = "legacy"
  cluster         = aws_ecs_cluster.options.id
  task_definition = aws_ecs_task_definition.legacy.arn
  desired_count   = 2
  launch_type     = "EC2"
  iam_role        = "arn:aws:iam::123456789012:role/ecs-service"

  # Created after gateway, so a re-recording lists the estate in the same order (terraform would
  # otherwise create the two services in parallel).
  depends_on = [aws_ecs_service.gateway]

  load_balancer {
    elb_name       = "legacy-classic"
    container_name = "legacy"
    container_port = 8080
  }

  service_registries {
    registry_arn   = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-legacyaaaaaaaaa"
    container_name = "legacy"
    container_port = 8080
  }

  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.instance-type =~ m5.*"
  }
}

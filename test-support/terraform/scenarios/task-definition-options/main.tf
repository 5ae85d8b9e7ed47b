# The task definition and cluster options no other scenario sets: ECS Exec with a KMS key and its
# session logs sent to CloudWatch and S3 (OVERRIDE), managed storage KMS keys; an EC2 task definition
# with the host IPC namespace, a placement constraint, an Elastic Inference accelerator and a shared
# Docker volume; a Fargate one with more ephemeral storage, fault injection, an App Mesh proxy and an
# EFS volume through an access point; a Windows one with an FSx for Windows File Server volume.
# The task definitions are registered one after another (depends_on) so the recorded estate lists
# them in a fixed order. proxy_configuration.properties and the Docker volume's driver_opts and
# labels are Go maps: the provider sends them in no fixed order, and ECS echoes that order.
resource "aws_ecs_cluster" "opts" {
  name = "opts"

  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
      logging    = "OVERRIDE"

      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/exec/opts"
        s3_bucket_name                 = "exec-logs-123456789012"
        s3_bucket_encryption_enabled   = true
        s3_key_prefix                  = "opts"
      }
    }

    managed_storage_configuration {
      fargate_ephemeral_storage_kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1b2c3d4e-5f60-7182-93a4-b5c6d7e8f9a0"
      kms_key_id                           = "arn:aws:kms:us-east-1:123456789012:key/2c3d4e5f-6071-8293-a4b5-c6d7e8f9a0b1"
    }
  }
}

resource "aws_ecs_task_definition" "batch" {
  family                   = "batch"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  ipc_mode                 = "host"
  memory                   = "1024"

  container_definitions = jsonencode([
    {
      name  = "infer"
      image = "public.ecr.aws/docker/library/python:3.12"
      mountPoints = [
        { sourceVolume = "scratch", containerPath = "/scratch" },
      ]
      resourceRequirements = [
        { type = "InferenceAccelerator", value = "device_1" },
      ]
    },
  ])

  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.instance-type =~ c5.*"
  }

  # Amazon Elastic Inference is no longer offered for new use, but the ECS API model still has
  # inferenceAccelerators on RegisterTaskDefinition and provider 5.100.0 still sends it, so states
  # hold it; whether ECS still accepts a new registration with one is not documented.
  inference_accelerator {
    device_name = "device_1"
    device_type = "eia2.medium"
  }

  volume {
    name = "scratch"

    docker_volume_configuration {
      scope         = "shared"
      autoprovision = true
      driver        = "local"
      driver_opts = {
        type   = "nfs"
        device = "fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/"
        o      = "addr=fs-0123456789abcdef0.efs.us-east-1.amazonaws.com,nfsvers=4.1"
      }
      labels = {
        team = "ml"
      }
    }
  }
}

resource "aws_ecs_task_definition" "mesh" {
  family                   = "mesh"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  enable_fault_injection   = true
  depends_on               = [aws_ecs_task_definition.batch]

  container_definitions = jsonencode([
    {
      name         = "app"
      image        = "public.ecr.aws/nginx/nginx:1.27"
      portMappings = [{ containerPort = 8080 }]
      mountPoints = [
        { sourceVolume = "shared", containerPath = "/srv/shared" },
      ]
    },
    {
      name  = "envoy"
      image = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod"
      user  = "1337"
    },
  ])

  ephemeral_storage {
    size_in_gib = 40
  }

  proxy_configuration {
    type           = "APPMESH"
    container_name = "envoy"
    properties = {
      AppPorts         = "8080"
      EgressIgnoredIPs = "169.254.170.2,169.254.169.254"
      IgnoredUID       = "1337"
      ProxyEgressPort  = 15001
      ProxyIngressPort = 15000
    }
  }

  volume {
    name = "shared"

    efs_volume_configuration {
      file_system_id          = "fs-0123456789abcdef0"
      root_directory          = "/"
      transit_encryption      = "ENABLED"
      transit_encryption_port = 2999

      authorization_config {
        access_point_id = "fsap-0123456789abcdef0"
        iam             = "ENABLED"
      }
    }
  }
}

resource "aws_ecs_task_definition" "windows" {
  family                   = "windows"
  depends_on               = [aws_ecs_task_definition.mesh]
  requires_compatibilities = ["EC2"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"

  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name  = "iis"
      image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"
      mountPoints = [
        { sourceVolume = "share", containerPath = "C:\\share" },
      ]
    },
  ])

  volume {
    name = "share"

    fsx_windows_file_server_volume_configuration {
      file_system_id = "fs-0fedcba9876543210"
      root_directory = "\\data"

      authorization_config {
        credentials_parameter = "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-admin-AbCdEf"
        domain                = "corp.example.com"
      }
    }
  }
}

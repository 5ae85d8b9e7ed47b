module "cluster" {
  source       = "../modules/cluster"
  cluster_name = "live"
}

module "cluster_encrypted" {
  source       = "../modules/cluster"
  cluster_name = "encrypted"
  configuration = {
    execute_command_configuration = {
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = "NONE"
    }
  }
}

// aws_ecs_cluster.
import type { Cluster } from '@aws-sdk/client-ecs';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
import { block, bool, keyedBy, list, liveTagsAsState, pruneView, stateTags, str, type Attrs, type View } from './shared.js';

export function clusterView(attrs: Attrs): View {
  const configuration = block(attrs.configuration);
  const exec = configuration ? block(configuration.execute_command_configuration) : undefined;
  const log = exec ? block(exec.log_configuration) : undefined;
  const storage = configuration ? block(configuration.managed_storage_configuration) : undefined;
  const settings = keyedBy(list(attrs.setting), (s) => str(s.name), (s) => str(s.value));
  // ECS reports containerInsights=disabled for a cluster created without the setting.
  if (settings.get('containerInsights') === 'disabled') settings.delete('containerInsights');
  return pruneView({
    name: str(attrs.name),
    setting: settings,
    configuration: {
      execute_command_configuration: exec && {
        kms_key_id: str(exec.kms_key_id),
        logging: str(exec.logging) === 'DEFAULT' ? undefined : str(exec.logging),
        log_configuration: log && {
          cloud_watch_encryption_enabled: bool(log.cloud_watch_encryption_enabled) ?? false,
          cloud_watch_log_group_name: str(log.cloud_watch_log_group_name),
          s3_bucket_name: str(log.s3_bucket_name),
          s3_bucket_encryption_enabled: bool(log.s3_bucket_encryption_enabled) ?? false,
          s3_key_prefix: str(log.s3_key_prefix),
        },
      },
      managed_storage_configuration: storage && {
        fargate_ephemeral_storage_kms_key_id: str(storage.fargate_ephemeral_storage_kms_key_id),
        kms_key_id: str(storage.kms_key_id),
      },
    },
    service_connect_defaults: str(block(attrs.service_connect_defaults)?.namespace),
    tags: stateTags(attrs),
  });
}

export function liveClusterAsState(cluster: Cluster): Attrs {
  const exec = cluster.configuration?.executeCommandConfiguration;
  const log = exec?.logConfiguration;
  const storage = cluster.configuration?.managedStorageConfiguration;
  return {
    name: cluster.clusterName,
    setting: (cluster.settings ?? []).map((s) => ({ name: s.name, value: s.value })),
    configuration: [{
      execute_command_configuration: exec ? [{
        kms_key_id: exec.kmsKeyId,
        logging: exec.logging,
        log_configuration: log ? [{
          cloud_watch_encryption_enabled: log.cloudWatchEncryptionEnabled,
          cloud_watch_log_group_name: log.cloudWatchLogGroupName,
          s3_bucket_name: log.s3BucketName,
          s3_bucket_encryption_enabled: log.s3EncryptionEnabled,
          s3_key_prefix: log.s3KeyPrefix,
        }] : [],
      }] : [],
      managed_storage_configuration: storage ? [{ fargate_ephemeral_storage_kms_key_id: storage.fargateEphemeralStorageKmsKeyId, kms_key_id: storage.kmsKeyId }] : [],
    }],
    service_connect_defaults: cluster.serviceConnectDefaults ? [{ namespace: cluster.serviceConnectDefaults.namespace }] : [],
    tags_all: liveTagsAsState(cluster.tags),
  };
}

export const CLUSTER_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_cluster',
  api: 'DescribeClusters (include SETTINGS, CONFIGURATIONS, TAGS; 100 per call)',
  rows: attributeRows('internal/service/ecs/cluster.go', `
    arn | clusterArn | not compared | identity
    id | clusterArn | not compared | identity
    name | clusterName | config | ForceNew
    setting | settings | config | keyed by name
    setting.name | settings[].name | config | the key
    setting.value | settings[].value | config | containerInsights=disabled (what ECS reports for a cluster created without it) equals absent
    configuration | configuration | config |
    configuration.execute_command_configuration | configuration.executeCommandConfiguration | security | who can exec into tasks and where it is logged
    configuration.execute_command_configuration.kms_key_id | executeCommandConfiguration.kmsKeyId | security |
    configuration.execute_command_configuration.logging | executeCommandConfiguration.logging | security | DEFAULT equals absent
    configuration.execute_command_configuration.log_configuration | executeCommandConfiguration.logConfiguration | security |
    configuration.execute_command_configuration.log_configuration.cloud_watch_encryption_enabled | logConfiguration.cloudWatchEncryptionEnabled | security | absent equals false
    configuration.execute_command_configuration.log_configuration.cloud_watch_log_group_name | logConfiguration.cloudWatchLogGroupName | security |
    configuration.execute_command_configuration.log_configuration.s3_bucket_encryption_enabled | logConfiguration.s3EncryptionEnabled | security | absent equals false
    configuration.execute_command_configuration.log_configuration.s3_bucket_name | logConfiguration.s3BucketName | security |
    configuration.execute_command_configuration.log_configuration.s3_key_prefix | logConfiguration.s3KeyPrefix | security |
    configuration.managed_storage_configuration | configuration.managedStorageConfiguration | config |
    configuration.managed_storage_configuration.fargate_ephemeral_storage_kms_key_id | managedStorageConfiguration.fargateEphemeralStorageKmsKeyId | security | the key that protects Fargate ephemeral storage
    configuration.managed_storage_configuration.kms_key_id | managedStorageConfiguration.kmsKeyId | security | the key that protects managed storage
    service_connect_defaults | serviceConnectDefaults | config |
    service_connect_defaults.namespace | serviceConnectDefaults.namespace | config |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `),
};

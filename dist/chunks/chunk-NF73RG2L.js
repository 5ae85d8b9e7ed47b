import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/terraform/state-locations.ts
function workspaceKey(key, workspace, prefix = "env:") {
  return !workspace || workspace === "default" ? key : `${prefix}/${workspace}/${key}`;
}
function discoverS3States(configuration, workspace, onlyModules) {
  const states = [];
  const skipped = [];
  for (const b of configuration.backends) {
    if (onlyModules && !onlyModules.has(b.moduleDir)) continue;
    if (b.type !== "s3") {
      skipped.push({ moduleDir: b.moduleDir, why: `backend "${b.type}" is not read; pass its state with the \`state\` input` });
      continue;
    }
    const { bucket, key } = b.settings;
    if (!bucket || !key) {
      const missing = ["bucket", "key"].filter((k) => !b.settings[k]);
      const nonLiteral = missing.filter((k) => b.nonLiteral.includes(k));
      skipped.push({
        moduleDir: b.moduleDir,
        why: nonLiteral.length ? `backend "s3" ${nonLiteral.join(" and ")} ${nonLiteral.length > 1 ? "are" : "is"} not literal (partial configuration); pass the state with the \`state\` input` : `backend "s3" has no ${missing.join(" or ")} (set at \`terraform init\`); pass the state with the \`state\` input`
      });
      continue;
    }
    states.push({
      moduleDir: b.moduleDir,
      source: `s3://${bucket}/${workspaceKey(key, workspace, b.settings.workspace_key_prefix)}`,
      region: b.settings.region
    });
  }
  return { states, skipped };
}

export {
  workspaceKey,
  discoverS3States
};

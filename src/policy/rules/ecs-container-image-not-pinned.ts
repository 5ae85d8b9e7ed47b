import type { Rule } from '../rule.js';
import type { Severity } from '../../report/model.js';
import { checkableContainers, presentMember } from './checkable-containers.js';

export interface ImageReference {
  /** Repository with its registry host (and port), without tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:5000/team/app:1.2@sha256:…`; the tag is after the last `:` that follows the last `/`. */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  return { repository: hasTag ? name.slice(0, colon) : name, tag: hasTag ? name.slice(colon + 1) : undefined, digest };
}

/** Why an image is not pinned to a digest, with its severity; `undefined` when it is. */
export function imagePinningProblem(image: string): { severity: Severity; why: string } | undefined {
  const ref = parseImageReference(image.trim());
  if (ref.digest !== undefined && /^sha256:[0-9a-f]{64}$/.test(ref.digest)) return undefined;
  const badDigest = ref.digest !== undefined ? ' (its digest is not a valid sha256 digest)' : '';
  if (ref.tag === undefined || ref.tag === '') return { severity: 'medium', why: `has no tag, so it means "latest", which can point at a different image on every pull${badDigest}` };
  if (ref.tag.toLowerCase() === 'latest') return { severity: 'medium', why: `uses the "latest" tag, which can point at a different image on every pull${badDigest}` };
  return { severity: 'low', why: `is pinned by tag only; a tag can be moved to a different image${badDigest}` };
}

export const ecsContainerImageNotPinned: Rule = {
  id: 'ecs-container-image-not-pinned',
  severity: 'medium',
  title: 'Container image is not pinned to a digest',
  description:
    'A tag is a movable pointer: whoever can push to the repository (or a compromised CI job) changes what runs on the next deployment or task restart, and two tasks of the same revision can run different code.',
  fix: 'Reference the image by digest, `repo@sha256:<digest>` (optionally `repo:tag@sha256:<digest>` to keep the tag readable), and update the digest through your release process.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const image = presentMember(c.object, 'image');
      if (image?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} image: ${image.reason}`, image.loc);
        continue;
      }
      if (image?.kind !== 'string' || image.value.trim() === '') continue;
      const problem = imagePinningProblem(image.value);
      if (!problem) continue;
      const shown = image.value.length > 120 ? `${image.value.slice(0, 119)}…` : image.value;
      context.report({
        loc: image.loc,
        attributePath: `container_definitions[${c.name}].image`,
        severity: problem.severity,
        message: `Container "${c.name}" image ${shown} ${problem.why}.`,
      });
    }
  },
};

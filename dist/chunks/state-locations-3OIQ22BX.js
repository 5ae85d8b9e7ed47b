import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  discoverS3States,
  workspaceKey
} from "./chunk-NF73RG2L.js";
import "./chunk-X7CJ5U7I.js";
export {
  discoverS3States,
  workspaceKey
};

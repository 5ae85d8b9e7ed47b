import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-UZX6E6AL.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-7QQCU3ZO.js";
import "./chunk-5YETFYKP.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-M57TRRNU.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

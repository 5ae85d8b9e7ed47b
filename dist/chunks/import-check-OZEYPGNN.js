import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-LBH6WPWH.js";
import "./chunk-NOS6Y255.js";
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

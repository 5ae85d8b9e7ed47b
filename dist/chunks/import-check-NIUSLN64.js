import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-U6GSWXD3.js";
import "./chunk-2P7S7SZD.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-M57TRRNU.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-FMNJMOFQ.js";
import "./chunk-YY4IH6EL.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-M57TRRNU.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-H6I2QVEE.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-CVETR5TG.js";
import "./chunk-G42J5ZQR.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  availabilityZoneRebalancingUnset,
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-ZSYXYNQF.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-VHMNKHH3.js";
import "./chunk-MUG4Q7NR.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-G262T7VN.js";
import "./chunk-WRYVBW32.js";
import "./chunk-JEE6VJE5.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  availabilityZoneRebalancingUnset,
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

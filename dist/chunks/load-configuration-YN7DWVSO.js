import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-TWBKMO3O.js";
import "./chunk-45X3SXMC.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

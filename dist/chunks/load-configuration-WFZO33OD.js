import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-UKWMEYJP.js";
import "./chunk-UZXFBFXN.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

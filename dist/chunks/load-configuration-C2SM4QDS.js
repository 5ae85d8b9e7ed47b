import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-MJ654OMX.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-JEE6VJE5.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
} from "./chunk-TKT25GI5.js";
import "./chunk-32IOBCPS.js";
import "./chunk-BLBVI2UJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-H4RXXQ3G.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-OMR6ONLJ.js";
import "./chunk-WRYVBW32.js";
import "./chunk-X7CJ5U7I.js";
export {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
};

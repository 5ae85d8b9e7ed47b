import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
} from "./chunk-B3MMTG5N.js";
import "./chunk-32IOBCPS.js";
import "./chunk-GLGC5P2O.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-X7CJ5U7I.js";
export {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
};

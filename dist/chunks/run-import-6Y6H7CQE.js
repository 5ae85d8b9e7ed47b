import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
} from "./chunk-T5ZNRBXR.js";
import "./chunk-WNBCUJMJ.js";
import "./chunk-OJ2FL75A.js";
import "./chunk-32IOBCPS.js";
import "./chunk-N4EZRH4H.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-KOZHEEK4.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-FBPTB4YJ.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-7VAT2T65.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
};

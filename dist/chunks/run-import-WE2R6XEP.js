import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
} from "./chunk-ZDR5UJCF.js";
import "./chunk-CUV3AHL5.js";
import "./chunk-3HM2B453.js";
import "./chunk-32IOBCPS.js";
import "./chunk-TWBKMO3O.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-GLGC5P2O.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-45X3SXMC.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-5YETFYKP.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-M57TRRNU.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
};

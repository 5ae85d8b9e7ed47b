// Jest transform: esbuild strips the TypeScript types (tsc --noEmit checks them, see package.json
// "test"). Jest 29's ES module mode has no import.meta.dirname/filename, so they are defined per file.
const { createHash } = require('node:crypto');
const { dirname } = require('node:path');
const { transformSync, version } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: filename,
      define: {
        'import.meta.dirname': JSON.stringify(dirname(filename)),
        'import.meta.filename': JSON.stringify(filename),
      },
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(version).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
};

'use strict';
// Runs a bundled command from dist/; `npm install` builds it (the `prepare` script).
const path = require('node:path');
const fs = require('node:fs');

module.exports = function launch(bundle, command) {
  const file = path.join(__dirname, '..', 'dist', bundle);
  if (!fs.existsSync(file)) {
    process.stderr.write(`${command}: not built yet; run \`npm run build\` (or \`npm install\`) in the project folder.\n`);
    process.exit(2);
  }
  // Node 22.1+ keeps the bundle's compiled code between runs (a no-op on older Node).
  const { enableCompileCache } = require('node:module');
  if (typeof enableCompileCache === 'function') enableCompileCache();
  require(file);
};

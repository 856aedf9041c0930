#!/usr/bin/env node
'use strict';
// The command is the bundled policy CLI; `npm install` builds it (the `prepare` script).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'policy-cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('toolkit-policy: not built yet; run `npm run build` (or `npm install`) in the project folder.\n');
  process.exit(2);
}
require(cli);

#!/usr/bin/env node
'use strict';
require('./launch')('policy-cli.js', 'toolkit-policy');

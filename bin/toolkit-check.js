#!/usr/bin/env node
'use strict';
require('./launch')('cli.js', 'toolkit-check');

#!/usr/bin/env node
// The installed command: loads the bundle and hands its exit code to node.
'use strict';
require('../dist/cli.cjs')
  .main()
  .then((code) => {
    process.exitCode = code;
  });

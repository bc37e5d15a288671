// Lets a child `node` process run the TypeScript sources directly (transpile only, like ts-jest),
// so tests can spawn the real server entry point without a build: node -r <this> src/server.ts
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const output = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(output.outputText, filename);
};

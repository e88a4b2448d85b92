{
  "name": "@barnets-net/__pkg__",
  "version": "0.0.0",
  "description": "<__tag__>: __title__, a Barnets Net widget.",
  "keywords": ["barnets-net", "web-components", "custom-elements", "lit", "denmark", "social-work"],
  "license": "MIT",
  "author": "Barnets Net contributors",
  "engines": {
    "node": ">=20.19"
  },
  "type": "module",
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "types": "./dist/index.d.ts",
      "default": "./dist/index.js"
    },
    "./elements": {
      "types": "./dist/elements.d.ts",
      "default": "./dist/elements.js"
    },
    "./samples": {
      "types": "./dist/testing/samples.d.ts",
      "default": "./dist/testing/samples.js"
    },
    "./standalone": "./standalone/__tag__.js",
    "./custom-elements.json": "./custom-elements.json",
    "./vscode.html-custom-data.json": "./vscode.html-custom-data.json",
    "./web-types.json": "./web-types.json",
    "./schema.json": "./schema.json",
    "./schemas/*.json": "./schemas/*.json",
    "./package.json": "./package.json"
  },
  "files": [
    "dist",
    "standalone",
    "custom-elements.json",
    "vscode.html-custom-data.json",
    "web-types.json",
    "schema.json",
    "schemas",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  "sideEffects": [
    "./dist/index.js",
    "./dist/define.js",
    "./standalone/*.js"
  ],
  "scripts": {
    "build": "node __root__/scripts/build-package.mjs",
    "test": "node __root__/scripts/wtr.mjs",
    "lint": "eslint . && prettier --check . --ignore-path __root__/.gitignore --ignore-path __root__/.prettierignore",
    "typecheck": "tsc -p tsconfig.json --noEmit"
  },
  "peerDependencies": {
    "lit": "^3.3.0"
  },
  "dependencies": {
    "@barnets-net/core": "^__coreVersion__",
    "@lit/localize": "^0.12.2"
  },
  "devDependencies": {
    "@barnets-net/testing": "*"
  },
  "customElements": "custom-elements.json",
  "web-types": "./web-types.json",
  "publishConfig": {
    "access": "public"
  },
  "barnetsNet": {
    "schemas": {
      "__tag__": "dist/value/schema.js#__schemaName__"
    },
    "standalone": {
      "__tag__": "src/define.ts"
    },
    "bench": [
      {
        "tag": "__tag__",
        "file": "standalone/__tag__.js",
        "sample": "__samplesName__.filled",
        "budget": 20000
      }
    ],
    "demo": [
      {
        "path": "/fjordby/__pkg__",
        "title": "__title__",
        "intranet": "fjordby",
        "bundle": "__tag__",
        "elements": ["__tag__"],
        "summary": "<__tag__> i en almindelig formular, der sendes til serveren.",
        "body": "demo/__tag__.html"
      }
    ]
  }
}

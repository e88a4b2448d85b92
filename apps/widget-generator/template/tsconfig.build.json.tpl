{
  "extends": "__root__/tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "noEmit": false,
    "types": [],
    "sourceMap": false,
    "declarationMap": false
  },
  "include": ["src"]
}

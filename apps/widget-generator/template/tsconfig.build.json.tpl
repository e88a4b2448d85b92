{
  "extends": "__root__/tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "noEmit": false,
    "types": []
  },
  "include": ["src"]
}

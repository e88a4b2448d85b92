{
  "extends": "__root__/tsconfig.base.json",
  "compilerOptions": {
    "rootDir": ".",
    "noEmit": true,
    "types": ["mocha"]
  },
  "include": ["src", "test", "stories"]
}

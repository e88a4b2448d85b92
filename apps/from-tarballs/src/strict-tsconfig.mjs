// The tsconfig.json a strict web team would type-check its own code with:
// bundler resolution, the DOM, no skipping of our declaration files.

/** `tsconfig.json` text for `files`, with `options` added to the strict defaults. */
export const strictTsconfig = (files, options = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      noEmit: true,
      types: [],
      ...options,
    },
    files,
  });

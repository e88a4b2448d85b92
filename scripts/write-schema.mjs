// Writes a package's published schema.json from the schema object its code
// validates with. Usage (from a package): write-schema.mjs <built module> <export>
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, exportName] = process.argv.slice(2);
const mod = await import(pathToFileURL(resolve(modulePath)).href);
if (!mod[exportName]) throw new Error(`${modulePath} has no export ${exportName}`);
writeFileSync('schema.json', `${JSON.stringify(mod[exportName], null, 2)}\n`);

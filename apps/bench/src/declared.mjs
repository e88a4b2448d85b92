// Bench entries a widget package declares in its package.json
// ("barnetsNet.bench"), as `npm run new-widget` writes them, so a new widget
// is measured and held to its budget without editing this app:
// { tag, file, sample: "<samples export>.<key>", budget }. The sample comes
// from the package's built `dist/testing/samples.js`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function declaredWidgets(repoRoot) {
  const packages = join(repoRoot, 'packages');
  const entries = [];
  for (const folder of readdirSync(packages)) {
    const file = join(packages, folder, 'package.json');
    if (!existsSync(file)) continue;
    const declared = JSON.parse(readFileSync(file, 'utf8')).barnetsNet?.bench ?? [];
    if (declared.length === 0) continue;
    const samplesFile = join(packages, folder, 'dist/testing/samples.js');
    const samples = existsSync(samplesFile) ? await import(pathToFileURL(samplesFile).href) : {};
    for (const e of declared) {
      const [exportName, key] = String(e.sample).split('.');
      entries.push({
        id: `${folder}/${e.tag}`,
        package: folder,
        file: `packages/${folder}/${e.file}`,
        tag: e.tag,
        value: () => samples[exportName]?.[key] ?? null,
        budget: e.budget,
      });
    }
  }
  return entries;
}

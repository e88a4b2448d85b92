// The three pages of the comparison: the registration form, its SurveyJS
// peer and its hand-written Lit peer, each loaded with the same registration
// (three children) on a Danish page. Each page records when its form is
// usable: the first field (the client's reference) is in the page, has a
// layout box and takes focus. Measured from navigation start
// (performance.now()), checked right after the form says it has rendered,
// then at every frame until it holds.
import { readFileSync } from 'node:fs';
import { peerFiles } from '../peers/build.mjs';
import { bundlePath, widgets } from './widgets.mjs';

const FORM_ID = 'oplysningsskema/bn-oplysningsskema';
const formFile = () => bundlePath(widgets.find((w) => w.id === FORM_ID));

/** Mount code for a custom element from `file`: created, named, given the value, appended. */
const mountElement = (file, tag) => `import '${file}';
const el = document.createElement('${tag}');
el.setAttribute('name', 'registrering');
el.value = value;
host.append(el);
const field = () => el.shadowRoot?.querySelector('input');
const rendered = el.updateComplete;`;

/**
 * Each contender: the files its page fetches (served at /<id>/<name>), and
 * the module code that mounts it on #host and sets `field()` and `rendered`.
 */
export const contenders = () => [
  {
    id: 'bn-oplysningsskema',
    label: '<bn-oplysningsskema>',
    files: { 'form.js': formFile() },
    mount: mountElement('./form.js', 'bn-oplysningsskema'),
  },
  {
    id: 'surveyjs',
    label: 'SurveyJS',
    files: { 'peer.js': peerFiles.surveyjs.js, 'peer.css': peerFiles.surveyjs.css },
    mount: `import { renderRegistration } from './peer.js';
window.__survey = renderRegistration(host, value);
const field = () => host.querySelector('input');
const rendered = Promise.resolve();`,
  },
  {
    id: 'lit',
    label: 'hand-written Lit',
    files: { 'peer.js': peerFiles.lit.js },
    mount: mountElement('./peer.js', 'registration-lit'),
  },
];

/** The registration's JSON inside <script>: '<' escaped, so no value can close the script. */
const json = (x) => JSON.stringify(x).replace(/</g, '\\u003c');

export const pageHtml = (contender, value) => `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>compare ${contender.id}</title>
${'peer.css' in contender.files ? '<link rel="stylesheet" href="./peer.css">' : ''}
</head>
<body>
<form id="host" method="dialog"></form>
<script type="module">
const value = ${json(value)};
const host = document.getElementById('host');
${contender.mount}
const moduleReady = performance.now();
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const usable = (input) => {
  if (!input?.isConnected) return false;
  const box = input.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  input.focus({ preventScroll: true });
  return deepActive() === input;
};
await rendered;
while (!usable(field())) await new Promise((r) => requestAnimationFrame(r));
const usableAt = performance.now();
performance.mark('bn-usable');
window.__bench = { moduleReady, usable: usableAt, firstFieldValue: field().value };
</script>
</body>
</html>
`;

/** { path → { type, body } } of every page and file, under /<id>/. */
export const comparisonRoutes = (value) => {
  const routes = new Map();
  for (const c of contenders()) {
    routes.set(`/${c.id}/`, { type: 'text/html; charset=utf-8', body: pageHtml(c, value) });
    for (const [name, path] of Object.entries(c.files)) {
      const type = name.endsWith('.css') ? 'text/css' : 'text/javascript; charset=utf-8';
      routes.set(`/${c.id}/${name}`, { type, body: readFileSync(path) });
    }
  }
  return routes;
};

// Hostile text: what a careless paste or a hostile value might hold. Every
// payload that could run tries to count itself in `window.__pwned`, or to
// open a dialog; the tests watch both.
const RUN = 'window.__pwned=(window.__pwned||0)+1';

export const corpus = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">klik</a>`,
  `javascript:${RUN}`,
  `<body onload="${RUN}">`,
  `<details open ontoggle="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `"><img src=x onerror="${RUN}">`,
  `'><svg onload='${RUN}'>`,
  `</style><img src=x onerror="${RUN}">`,
  `</textarea><img src=x onerror="${RUN}">`,
  `</title><img src=x onerror="${RUN}">`,
  `<!--<img src="--><img src=x onerror="${RUN}">`,
  '${' + RUN + '}',
  '`${' + RUN + '}`',
  '{{constructor.constructor("' + RUN + '")()}}',
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `&lt;img src=x onerror="${RUN}"&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  '\u202Egnp.exe\u202C <b>fed</b>',
  '\u0000\u0007\u001b[31m kontrol',
  'Åse Ødegård-Æbelø 👩‍👧 ﷽',
  `<style>*{display:none}</style>`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  '__proto__',
  // Short ones, for fields that hold a name (the map's stop at 40 characters).
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><b onmouseover=alert(1)>x',
  '</text><script>alert(1)</script>',
];

/** A long string: 100,000 characters, with a payload inside. */
export const long = `${'a'.repeat(50_000)}<img src=x onerror="${RUN}">${'b'.repeat(49_958)}`;

/**
 * Payloads that fit a field holding a name (the map's stop at 40
 * characters): the corpus's short ones, and short ones of each kind that
 * count themselves in `window.__pwned` if they ever run.
 */
export const shortCorpus = [
  ...corpus.filter((p) => p.length <= 40),
  '<script>__pwned=1</script>',
  '<img src=x onerror=__pwned=1>',
  '<svg onload=__pwned=1>',
  '<svg><script>__pwned=1</script>',
  '<math><img src onerror=__pwned=1>',
  '<a href="javascript:__pwned=1">x</a>',
  '</style><svg onload=__pwned=1>',
  ']]><script>__pwned=1</script>',
  '<foreignObject><img onerror=__pwned=1',
  '&#60;script&#62;__pwned=1',
];

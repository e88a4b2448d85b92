// A Vite plugin for the single-file standalone bundles: what happens when a
// page under `trusted-types lit-html` (no 'allow-duplicates') loads a second
// copy of Lit, i.e. a second standalone file, or one file twice.
//
// Lit creates its `lit-html` policy when its module runs; in the second copy
// the browser refuses the name and Lit's module throws, so the whole file
// stops with an uncaught error and its elements stay blank. With this plugin:
// - the refusal is caught, and the console names the fix once;
// - the bundle's elements are then registered as a small notice that says,
//   in the page's language, that this part of the page cannot start (Lit
//   cannot render there: the page refuses the HTML it would write);
// - a tag some other file already defined keeps that definition (core's
//   defineElement warns as before).
// The check is per file: the flag is keyed by the file's name.

const LIT = /\/lit-html\/lit-html\.js$/;
const CORE_DEFINE = /\/core\/(?:dist\/define\.js|src\/define\.ts)$/;
const POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
const DEFINE_CALL = 'registry.define(tag, ctor);';

const fix = "Use @barnets-net/elements (one Lit) or add 'allow-duplicates' to trusted-types.";

const notice = {
  da: 'Denne del af siden kan ikke starte på grund af sidens sikkerhedsindstillinger. Giv besked til dem, der står for siden.',
  en: "This part of the page cannot start because of the page's security settings. Please tell whoever runs the page.",
};

/** Code that registers `tag` as a notice element, in plain DOM (no Lit). */
const noticeClass = `class extends HTMLElement{connectedCallback(){if(this.shadowRoot)return;const p=document.createElement("p");p.setAttribute("role","alert");p.textContent=/^en\\b/i.test(this.closest("[lang]")?.lang??"")?${JSON.stringify(notice.en)}:${JSON.stringify(notice.da)};this.attachShadow({mode:"open"}).append(p)}}`;

export function trustedTypesGuard(fileName) {
  const key = `Symbol.for(${JSON.stringify(`barnets-net.no-lit-policy.${fileName}`)})`;
  const found = { lit: false, define: false };
  return {
    name: 'barnets-net:trusted-types-guard',
    enforce: 'pre',
    transform(code, id) {
      if (LIT.test(id) && POLICY.test(code)) {
        found.lit = true;
        const message = `[barnets-net] ${fileName}.js cannot render: the page has a second Lit. ${fix}`;
        return {
          code: code.replace(
            POLICY,
            `((t,o)=>{try{return t.createPolicy("lit-html",o)}catch{globalThis[${key}]=!0;console.error(${JSON.stringify(message)})}})($1,$2)`,
          ),
          map: null,
        };
      }
      if (CORE_DEFINE.test(id) && code.includes(DEFINE_CALL)) {
        found.define = true;
        return {
          code: code.replace(
            DEFINE_CALL,
            `registry.define(tag, globalThis[${key}] ? ${noticeClass} : ctor);`,
          ),
          map: null,
        };
      }
      return null;
    },
    buildEnd(error) {
      if (error) return;
      if (!found.lit) this.error("trusted-types-guard: Lit's createPolicy call was not found");
      if (!found.define) this.error("trusted-types-guard: core's defineElement was not found");
    },
  };
}

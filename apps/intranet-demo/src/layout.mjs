// The page chrome of the two fictional intranets and of the neutral demo
// pages (index, "Modtaget", errors). Only constant markup and escaped values.
import { html } from './html.mjs';
import { intranets } from './pages.mjs';

const DEMO_NAME = 'Barnets Net – demo';

/** The notice a page shows instead of a widget whose bundle is not built. */
const missingNotice = (missing) =>
  missing.length === 0
    ? ''
    : html`<div class="notice notice--error" role="alert">
        <h2>Widget-filen mangler</h2>
        <p>
          ${missing.length === 1 ? 'Filen' : 'Filerne'}
          ${missing.map((m, i) => html`${i > 0 ? ', ' : ''}<code>${m}</code>`)} findes ikke i
          pakkernes <code>standalone/</code>-mapper, så widgetten kan ikke vises.
        </p>
        <p>
          Byg pakkerne først: <code>npm run build</code> i roden af projektet (eller fx
          <code>cd apps/test-element &amp;&amp; npm run build</code>), og genindlæs siden.
        </p>
      </div>`;

const skipLink = html`<a class="skip-link" href="#indhold">Gå til indholdet</a>`;

const fjordby = ({ page, pages, content }) => {
  const look = intranets.fjordby;
  const own = pages.filter((p) => p.intranet === 'fjordby');
  return html`<body class="look-fjordby">
    ${skipLink}
    <header class="fj-header">
      <div class="fj-header__inner">
        <a class="fj-brand" href="/">
          <img src="/assets/${look.logo}" alt="" width="44" height="44" />
          <span class="fj-brand__text">
            <span class="fj-brand__name">${look.name}</span>
            <span class="fj-brand__product">${look.product}</span>
          </span>
        </a>
        <p class="fj-user">
          <span class="visually-hidden">Logget ind som </span>${look.user}
          <span class="fj-user__unit">${look.unit}</span>
        </p>
      </div>
    </header>
    <div class="fj-layout">
      <nav class="fj-nav" aria-label="Hovedmenu">
        <ul>
          <li><a href="/">Forside</a></li>
          <li class="fj-nav__group">
            <span class="fj-nav__heading">${look.section}</span>
            <ul>
              ${own.map(
                (p) =>
                  html`<li>
                    <a href="${p.path}" ${p === page ? html`aria-current="page"` : ''}
                      >${p.title}</a
                    >
                  </li>`,
              )}
            </ul>
          </li>
          <li class="fj-nav__inactive">Nyheder</li>
          <li class="fj-nav__inactive">Personale og løn</li>
          <li class="fj-nav__inactive">IT-hjælp</li>
          <li class="fj-nav__inactive">Telefonbog</li>
        </ul>
      </nav>
      <main id="indhold" class="fj-main" tabindex="-1">
        <nav class="fj-breadcrumb" aria-label="Brødkrumme">
          <ol>
            <li><a href="/">Forside</a></li>
            <li>${look.section}</li>
            <li><span aria-current="page">${page.title}</span></li>
          </ol>
        </nav>
        <h1>${page.title}</h1>
        ${content}
      </main>
    </div>
    <footer class="fj-footer">
      <p>${look.name} · Rådhuspladsen 1 · 9999 Fjordby · Fiktiv kommune til demonstration</p>
    </footer>
  </body>`;
};

const bakkeby = ({ page, pages, content }) => {
  const look = intranets.bakkeby;
  const own = pages.filter((p) => p.intranet === 'bakkeby');
  return html`<body class="look-bakkeby">
    ${skipLink}
    <header class="bk-bar">
      <div class="bk-inner bk-bar__inner">
        <a class="bk-wordmark" href="/">
          <img src="/assets/${look.logo}" alt="" width="36" height="36" />
          <span class="bk-wordmark__name">${look.name}</span>
          <span class="bk-wordmark__product">${look.product}</span>
        </a>
        <p class="bk-user">${look.user} · ${look.unit}</p>
      </div>
    </header>
    <nav class="bk-nav" aria-label="Hovedmenu">
      <ul class="bk-inner">
        <li><a href="/">Oversigt</a></li>
        ${own.map(
          (p) =>
            html`<li>
              <a href="${p.path}" ${p === page ? html`aria-current="page"` : ''}>${p.title}</a>
            </li>`,
        )}
        <li class="bk-nav__inactive">Kalender</li>
        <li class="bk-nav__inactive">Vagtplan</li>
        <li class="bk-nav__inactive">Håndbøger</li>
      </ul>
    </nav>
    <div class="bk-inner bk-grid">
      <main id="indhold" class="bk-main" tabindex="-1">
        <p class="bk-kicker">${look.section}</p>
        <h1>${page.title}</h1>
        ${content}
      </main>
      <aside class="bk-aside" aria-labelledby="bk-kontakt">
        <h2 id="bk-kontakt">Brug for hjælp?</h2>
        <p>Faglig vejledning: Rådgivningens fagkonsulenter, lokal 4410.</p>
        <p>Tekniske problemer: IT-support, lokal 2000.</p>
      </aside>
    </div>
    <footer class="bk-footer">
      <p class="bk-inner">${look.name} · ${look.product} · Fiktiv kommune til demonstration</p>
    </footer>
  </body>`;
};

const neutral = ({ page, content }) =>
  html`<body class="look-demo">
    ${skipLink}
    <header class="demo-header">
      <div class="demo-inner">
        <a class="demo-brand" href="/">${DEMO_NAME}</a>
        <span class="demo-tagline">To fiktive kommunale intranet med Barnets Nets widgets</span>
      </div>
    </header>
    <main id="indhold" class="demo-inner demo-main" tabindex="-1">
      <h1>${page.title}</h1>
      ${content}
    </main>
  </body>`;

const LOOKS = { fjordby, bakkeby, demo: neutral };
const STYLES = {
  fjordby: { stylesheet: 'fjordby.css', icon: 'fjordby-logo.svg' },
  bakkeby: { stylesheet: 'bakkeby.css', icon: 'bakkeby-logo.svg' },
  demo: { stylesheet: 'demo.css', icon: 'favicon.svg' },
};

/**
 * A whole HTML document.
 * @param {object} o
 * @param {{title: string, intranet?: string}} o.page the page (or a stand-in for index/errors)
 * @param {object[]} o.pages all pages, for the navigation
 * @param {unknown} o.content the main content (`html` result)
 * @param {string[]} [o.bundles] bundle files that exist and are loaded
 * @param {string[]} [o.missing] bundle files the page wants but are not built
 */
export function renderDocument({ page, pages, content, bundles = [], missing = [] }) {
  const look = LOOKS[page.intranet] ? page.intranet : 'demo';
  const site = look === 'demo' ? DEMO_NAME : `${intranets[look].name} – ${intranets[look].product}`;
  const scripts = bundles.map((b) => `/widgets/${b}`);
  if (page.elements?.length) scripts.push('/assets/event-log.mjs');
  for (const script of page.scripts ?? []) scripts.push(`/assets/${script}`);
  const { stylesheet, icon } = STYLES[look];
  const doc = html`<!doctype html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${page.title} · ${site}</title>
        <link rel="icon" href="/assets/${icon}" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/base.css" />
        <link rel="stylesheet" href="/assets/${stylesheet}" />
        ${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
      </head>
      ${LOOKS[look]({ page, pages, content: html`${missingNotice(missing)}${content}` })}
    </html>`;
  return doc.toString();
}

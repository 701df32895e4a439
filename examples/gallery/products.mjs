// The demo gallery: one page per seed product, each a small site of its own with its own theme
// (gallery.css), built around the same elements on the in-browser mock, and the provider's side of
// two of them (the inbox, the hours). `galleryPages()` returns the pages the site build writes to
// /gallery/.
import { escapeHtml, STRICT_CSP } from '../../scripts/html.mjs';

export const PRODUCTS = [
  {
    slug: 'tutoring',
    seed: '003',
    brand: 'Lumen Tutors',
    kind: 'Tutoring platform',
    title: 'Maths and physics with Ana Ferreira',
    lead: 'GCSE maths and A-level physics lessons, online from Lisbon, with worked examples you keep. Times show in your own zone.',
    points: [
      'GCSE Maths: 60 or 90 minutes',
      'A-level Physics: 60 minutes',
      'Full refund until 24 hours before',
    ],
    html: '<booking-widget provider="ana" api-base="/api" layout="list"></booking-widget>',
  },
  {
    slug: 'therapy',
    seed: '002',
    brand: 'Hart Physiotherapy',
    kind: 'Therapy practice',
    title: 'Dr Eleanor Hart, chartered sports physiotherapist',
    lead: 'Injury assessment, rehabilitation plans and sports massage in central London. Dr Hart confirms each request herself.',
    points: [
      'Initial consultation: 60 minutes',
      'Follow-up sessions: 50 minutes',
      'Full refund until 24 hours before',
    ],
    html: '<booking-widget provider="eleanor" api-base="/api"></booking-widget>',
  },
  {
    slug: 'coaching',
    seed: '001',
    brand: 'Okafor Performance',
    kind: 'Real-time coach booking',
    title: 'Career and leadership coaching with Sam Okafor',
    lead: 'For new managers and career changers, from New York: one focused question per session. Choose 30, 60 or 90 minutes, or a length of your own.',
    points: ['A rate for each length', 'Five-session package', 'Book early and save'],
    html: '<booking-widget provider="sam" api-base="/api" theme="dark"></booking-widget>',
  },
  {
    slug: 'experts',
    seed: '000',
    brand: 'Studio Collective',
    kind: 'Expert marketplace',
    title: 'Mia Chen, principal product designer',
    lead: 'Book Mia one to one for a portfolio review or mentoring, or join one of her small group sessions at a per-person price.',
    points: [
      '1-on-1 mentoring: 30 or 60 minutes',
      'Group sessions with limited seats',
      'A waitlist when a session is full',
    ],
    html:
      '<booking-widget provider="mia" api-base="/api"></booking-widget>\n' +
      '<group-event-list provider="mia" api-base="/api"></group-event-list>',
  },
  {
    slug: 'chat',
    seed: '004',
    brand: 'Samvaad',
    kind: 'Expert chat sessions',
    title: 'Chat with Megha Rao, career mentor',
    lead: 'Text-chat mentoring for product managers, priced in rupees. Megha accepts each request herself.',
    points: [
      'Chat session: 30 minutes',
      'Resume review: 45 minutes',
      'Pending until Megha accepts',
    ],
    html: '<booking-widget provider="megha" api-base="/api" locale="en-IN"></booking-widget>',
  },
];

/**
 * The provider's side of seeds 002 and 004: a client books on the left (the mock lives in the
 * page, so bookings made here are the ones the inbox lists), the provider answers on the right.
 * The provider elements get the mock's demo token as a property from provider.js (never an
 * attribute, and no inline script under the strict CSP).
 */
export const PROVIDER_PAGES = [
  {
    slug: 'therapy-inbox',
    product: 'therapy',
    seed: '002',
    title: 'Dr Hart’s side: requests to approve, and her hours',
    lead: 'Every booking at Hart Physiotherapy waits for Dr Hart’s approval. Book as a client on the left (at least a day ahead); the request appears in her inbox, where she confirms or declines it with a reason, and sets her weekly hours below.',
    client: '<booking-widget provider="eleanor" api-base="/api"></booking-widget>',
    provider:
      '<booking-inbox provider="eleanor" api-base="/api" time-zone="Europe/London"></booking-inbox>\n' +
      '<availability-editor provider="eleanor" api-base="/api"></availability-editor>',
  },
  {
    slug: 'chat-inbox',
    product: 'chat',
    seed: '004',
    title: 'Megha’s side: pending requests, sessions and client totals',
    lead: 'Requests wait for Megha. Book a chat as a client on the left; in her inbox she confirms it, cancels with a reason, starts and completes sessions at their time, and opens a client’s record with their sessions and totals in rupees.',
    client: '<booking-widget provider="megha" api-base="/api" locale="en-IN"></booking-widget>',
    provider:
      '<booking-inbox provider="megha" api-base="/api" locale="en-IN" time-zone="Asia/Kolkata"></booking-inbox>',
  },
];

const page = ({ title, bodyClass, main, scripts = [] }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="gallery.css" />
  </head>
  <body class="${bodyClass}">
${main}
${scripts.map((src) => `    <script type="module" src="${src}"></script>\n`).join('')}    <script type="module" src="../lib/live.js"></script>
  </body>
</html>
`;

function productPage(product) {
  const side = PROVIDER_PAGES.find((p) => p.product === product.slug);
  const others = PRODUCTS.filter((p) => p !== product)
    .map((p) => `<a href="${p.slug}.html">${escapeHtml(p.brand)}</a>`)
    .join(' ');
  return page({
    title: `${product.brand} · Booking SDK gallery`,
    bodyClass: `product product-${product.slug}`,
    main: `    <header class="masthead">
      <a class="brand" href="${product.slug}.html">${escapeHtml(product.brand)}</a>
      <nav aria-label="Gallery"><a href="./">Gallery</a> ${others}${side ? ` <a href="${side.slug}.html">The provider’s side</a>` : ''}</nav>
    </header>
    <main>
      <section class="intro">
        <p class="kind">${escapeHtml(product.kind)} · seed ${product.seed}</p>
        <h1>${escapeHtml(product.title)}</h1>
        <p class="lead">${escapeHtml(product.lead)}</p>
        <ul class="points">${product.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>
      </section>
      <section class="booking live${product.html.includes('group-event-list') ? ' two' : ''}" aria-label="Booking">
        ${product.html}
      </section>
      <details class="source">
        <summary>The markup on this page</summary>
        <pre><code>${escapeHtml(`<script type="module" src="booking-elements.js"></script>\n${product.html}`)}</code></pre>
      </details>
    </main>`,
  });
}

function providerPage(side) {
  const product = PRODUCTS.find((p) => p.slug === side.product);
  const markup =
    `<script type="module" src="booking-elements.js"></script>\n` +
    `<script type="module" src="booking-provider.js"></script>\n` +
    `${side.client}\n${side.provider}\n` +
    `<script type="module" src="provider.js"></script> <!-- inbox.token = '…' -->`;
  return page({
    title: `${product.brand}, the provider’s side · Booking SDK gallery`,
    bodyClass: `product product-${product.slug} provider-side`,
    // provider.js first: it sets the tokens before live.js loads the bundles.
    scripts: ['provider.js'],
    main: `    <header class="masthead">
      <a class="brand" href="${product.slug}.html">${escapeHtml(product.brand)}</a>
      <nav aria-label="Gallery"><a href="./">Gallery</a> <a href="${product.slug}.html">The client’s page</a></nav>
    </header>
    <main>
      <section class="intro">
        <p class="kind">${escapeHtml(product.kind)} · the provider’s side · seed ${side.seed}</p>
        <h1>${escapeHtml(side.title)}</h1>
        <p class="lead">${escapeHtml(side.lead)}</p>
      </section>
      <div class="booking live two">
        <section class="side" aria-labelledby="client-side">
          <h2 id="client-side">A client books</h2>
          ${side.client}
        </section>
        <section class="side" aria-labelledby="provider-side">
          <h2 id="provider-side">The provider answers</h2>
          ${side.provider}
        </section>
      </div>
      <details class="source">
        <summary>The markup on this page</summary>
        <pre><code>${escapeHtml(markup)}</code></pre>
      </details>
    </main>`,
  });
}

function indexPage() {
  const cards = PRODUCTS.map(
    (p) => `<li class="card card-${p.slug}">
          <a href="${p.slug}.html"><span class="kind">${escapeHtml(p.kind)}</span>
          <strong>${escapeHtml(p.brand)}</strong>
          <span>${escapeHtml(p.title)}</span></a>
        </li>`,
  ).join('\n        ');
  const sides = PROVIDER_PAGES.map((side) => {
    const product = PRODUCTS.find((p) => p.slug === side.product);
    return `<li class="card card-${product.slug}">
          <a href="${side.slug}.html"><span class="kind">The provider’s side · seed ${side.seed}</span>
          <strong>${escapeHtml(product.brand)}</strong>
          <span>${escapeHtml(side.title)}</span></a>
        </li>`;
  }).join('\n        ');
  return page({
    title: 'Gallery · Booking SDK',
    bodyClass: 'gallery-index',
    main: `    <header class="masthead">
      <a class="brand" href="./">Booking SDK gallery</a>
      <nav aria-label="Site"><a href="../">Live demo</a> <a href="../docs/">Docs</a> <a href="../examples/">Examples</a></nav>
    </header>
    <main>
      <h1>Five products, one widget</h1>
      <p class="lead">Each page is one of the five products this SDK was built for, themed with CSS custom properties only. Everything runs in your browser on the mock backend: book away.</p>
      <ul class="cards">
        ${cards}
      </ul>
      <h2>The provider’s side</h2>
      <ul class="cards">
        ${sides}
      </ul>
    </main>`,
  });
}

/** Every gallery page: `{ file, html }`. */
export function galleryPages() {
  return [
    { file: 'index.html', html: indexPage() },
    ...PRODUCTS.map((p) => ({ file: `${p.slug}.html`, html: productPage(p) })),
    ...PROVIDER_PAGES.map((side) => ({ file: `${side.slug}.html`, html: providerPage(side) })),
  ];
}

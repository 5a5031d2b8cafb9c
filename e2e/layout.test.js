// Public pages on small screens and slow networks: no horizontal scrolling at 320 px
// (WCAG 1.4.10 reflow), and HTML + CSS under 100 KB as transferred.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.js';
import { launch, expectLang } from './lib/browser.js';
import { LANGUAGES, PUBLIC_PAGES, VIEWPORTS } from './lib/config.js';

const WEIGHT_LIMIT = 100 * 1024;

describe('public pages: reflow at 320 px and page weight', () => {
  let server, browser, narrow;
  before(async () => {
    server = await startServer('layout');
    browser = await launch();
    narrow = await (await browser.newContext({ viewport: VIEWPORTS.narrow })).newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of LANGUAGES) {
    for (const p of PUBLIC_PAGES) {
      const path = p.path.replace('{lang}', lang);

      it(`${lang} ${p.name}: no horizontal scrolling at 320 px`, async () => {
        await narrow.goto(server.base + path);
        await expectLang(narrow, lang);
        const { scrollWidth, widest } = await narrow.evaluate(() => {
          // For the message: the boxes and the runs of text that stick out.
          const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}` +
            `${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''}`;
          const out = [];
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect();
            if (r.right > 320.5 || r.left < -0.5) out.push(`${describe(e)} [${Math.round(r.left)}..${Math.round(r.right)}]`);
          }
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (w.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(w.currentNode);
            const r = range.getBoundingClientRect();
            if (r.width && (r.right > 320.5 || r.left < -0.5)) {
              out.push(`text "${w.currentNode.textContent.trim().slice(0, 40)}" in ${describe(w.currentNode.parentElement)} [${Math.round(r.left)}..${Math.round(r.right)}]`);
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, widest: out.slice(0, 8) };
        });
        assert.ok(scrollWidth <= 320,
          `${path}: document is ${scrollWidth} px wide at a 320 px viewport; sticking out: ${widest.join(', ')}`);
      });

      it(`${lang} ${p.name}: HTML + CSS under 100 KB transferred`, async (t) => {
        // A new context each time: nothing cached, every byte counted.
        const context = await browser.newContext({ viewport: VIEWPORTS.phone });
        try {
          const page = await context.newPage();
          const finished = [];
          page.on('requestfinished', (req) => finished.push(req));
          await page.goto(server.base + path, { waitUntil: 'load' });
          const parts = [];
          for (const req of finished) {
            const type = req.resourceType();
            if (type !== 'document' && type !== 'stylesheet') continue;
            const s = await req.sizes();
            parts.push({ type, url: req.url(), bytes: s.responseHeadersSize + s.responseBodySize });
          }
          assert.ok(parts.some((x) => x.type === 'document'), 'no HTML document was transferred');
          assert.ok(parts.some((x) => x.type === 'stylesheet'), 'no stylesheet was transferred');
          const total = parts.reduce((n, x) => n + x.bytes, 0);
          t.diagnostic(`${path}: ${total} bytes of HTML + CSS (${parts.map((x) => `${x.type} ${x.bytes}`).join(', ')})`);
          assert.ok(total < WEIGHT_LIMIT,
            `${path}: ${total} bytes of HTML + CSS (limit ${WEIGHT_LIMIT}): ` +
            parts.map((x) => `${x.url} ${x.bytes}`).join(', '));
        } finally {
          await context.close();
        }
      });
    }
  }
});

// Tabbing through every page: each element that takes the focus shows a focus
// indicator (WCAG 2.4.7), and its text stays readable while focused (contrast of the
// focused state, 1.4.3 — axe only sees the page unfocused). In a left-to-right and a
// right-to-left language; the focus styles do not depend on anything else.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.js';
import { launch, expectLang, signIn, switchStaffLanguage } from './lib/browser.js';
import { ACCOUNTS, PUBLIC_PAGES, STAFF_PAGES, VIEWPORTS } from './lib/config.js';

const FOCUS_LANGUAGES = ['en', 'ar'];
const MAX_TABS = 150;

/** Tabs from the top of the page to the end; returns a problem per failing stop. */
async function tabWalk(page) {
  await page.evaluate(() => { window.__focusSeen = new Set(); document.activeElement?.blur(); window.scrollTo(0, 0); });
  const problems = [];
  let stops = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body || window.__focusSeen.has(e)) return { done: true };
      window.__focusSeen.add(e);
      const desc = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}` +
        `${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}` +
        ` "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      const cs = getComputedStyle(e);
      const indicator = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
        (cs.boxShadow && cs.boxShadow !== 'none');

      const parse = (c) => {
        const m = c.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/);
        if (!m) return null;
        let a = m[4] === undefined ? 1 : (m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
        return [+m[1], +m[2], +m[3], a];
      };
      // The colour behind the text: the element's background over its ancestors'.
      const layers = [];
      for (let n = e; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
      }
      let bg = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse()) bg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
      const fgc = parse(cs.color) ?? [0, 0, 0, 1];
      const fg = [0, 1, 2].map((k) => fgc[k] * fgc[3] + bg[k] * (1 - fgc[3]));
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const [l1, l2] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (size >= 18.66 && parseInt(cs.fontWeight, 10) >= 700);
      const hasText = (e.innerText || e.value || '').trim().length > 0 && e.tagName !== 'MAIN';
      const rect = e.getBoundingClientRect();
      return {
        desc, indicator, ratio: Math.round(ratio * 100) / 100, need: large ? 3 : 4.5, hasText,
        colors: `${cs.color} on rgb(${bg.map(Math.round).join(', ')})`,
        visible: rect.width > 0 && rect.height > 0,
      };
    });
    if (r.done) break;
    stops++;
    if (!r.visible) problems.push(`${r.desc}: focused but not visible`);
    if (!r.indicator) problems.push(`${r.desc}: no focus indicator (outline or box-shadow)`);
    if (r.hasText && r.ratio < r.need) problems.push(`${r.desc}: focused text contrast ${r.ratio}:1 < ${r.need}:1 (${r.colors})`);
  }
  return { stops, problems };
}

describe('focus: indicator and readable text on every focus stop', () => {
  let server, browser;
  const pages = {};
  before(async () => {
    server = await startServer('focus');
    browser = await launch();
    pages.public = await (await browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    for (const who of ['coordinator', 'anonymous', 'provider']) {
      pages[who] = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
    }
    await signIn(pages.coordinator, server.base);
    await signIn(pages.provider, server.base, ACCOUNTS[4]); // the course provider's portal
    await pages.anonymous.goto(`${server.base}/staff/login`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  FOCUS_LANGUAGES.forEach((lang, langIndex) => {
    describe(lang, () => {
      before(async () => {
        for (const who of ['coordinator', 'anonymous', 'provider']) await switchStaffLanguage(pages[who], server.base, lang);
      });
      for (const p of PUBLIC_PAGES) {
        const path = p.path.replace('{lang}', lang);
        it(`${lang} ${p.name} ${path}`, async () => {
          await pages.public.goto(server.base + path);
          await expectLang(pages.public, lang);
          const { stops, problems } = await tabWalk(pages.public);
          assert.ok(stops > 3, `only ${stops} focus stops on ${path}`);
          if (problems.length) assert.fail(`${path}:\n  ${problems.join('\n  ')}`);
        });
      }
      for (const p of STAFF_PAGES) {
        it(`${lang} staff ${p.name}`, async () => {
          const page = pages[p.as ?? 'coordinator'];
          if (p.open) await p.open(page, { base: server.base, lang, langIndex });
          else await page.goto(server.base + p.path);
          await expectLang(page, p.lang ?? lang);
          const { stops, problems } = await tabWalk(page);
          // Documents for the person (consent texts, export) are meant to be read and
          // printed: only the skip link may be focusable there.
          assert.ok(stops >= (p.document ? 1 : 4), `only ${stops} focus stops on ${page.url()}`);
          if (problems.length) assert.fail(`${p.name} (${new URL(page.url()).pathname}):\n  ${problems.join('\n  ')}`);
        });
      }
    });
  });
});

// axe-core (WCAG 2.0/2.1 A and AA) on every public page in every language, on a phone.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.js';
import { launch, expectLang, axeViolations, formatViolations } from './lib/browser.js';
import { LANGUAGES, PUBLIC_PAGES, VIEWPORTS } from './lib/config.js';

describe('axe: public website (360x740)', () => {
  let server, browser, context, page;
  before(async () => {
    server = await startServer('a11y-public');
    browser = await launch();
    context = await browser.newContext({ viewport: VIEWPORTS.phone });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of LANGUAGES) {
    for (const p of PUBLIC_PAGES) {
      const path = p.path.replace('{lang}', lang);
      it(`${lang} ${p.name} ${path}`, async () => {
        const res = await page.goto(server.base + path);
        assert.equal(res.status(), p.status ?? 200, `HTTP status of ${path}`);
        await expectLang(page, lang);
        const v = await axeViolations(page);
        if (v.length) assert.fail(formatViolations(`${lang} ${path}`, v));
      });
    }
  }
});

// axe-core (WCAG 2.0/2.1 A and AA) on every back-office page, in its normal and its
// error states, on a desktop screen — for the languages a test file hands in. Two files
// (a11y-staff-1/-2) share the twelve languages so that `node --test
// --test-concurrency=2` walks both halves at once on two cores. Which pages in which
// language: `staffPagesFor` (every page in English and Arabic, a rotating share in the
// others; every page in every language with E2E_FULL=1). Each file begins with its
// anchor language, whose walk makes what later pages find (an Amal Haddad, say).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.js';
import { launch, expectLang, signIn, switchStaffLanguage, axeViolations, formatViolations } from './browser.js';
import { ACCOUNTS, LANGUAGES, VIEWPORTS, staffPagesFor } from './config.js';

/** Every staff page in every language of `langs` (each a language code of LANGUAGES). */
export function staffAxeSuite(name, langs) {
  describe(`axe: back office (1280x900), ${langs.join(' ')}`, () => {
    let server, browser;
    const pages = {}; // 'coordinator' (signed in) and 'anonymous' (signed out), one browser context each
    before(async () => {
      server = await startServer(name);
      browser = await launch();
      for (const who of ['coordinator', 'anonymous', 'provider']) {
        const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
        pages[who] = await context.newPage();
      }
      await signIn(pages.coordinator, server.base);
      await signIn(pages.provider, server.base, ACCOUNTS[4]); // the course provider's portal
      await pages.anonymous.goto(`${server.base}/staff/login`);
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    langs.forEach((lang) => {
      const langIndex = LANGUAGES.indexOf(lang);
      describe(lang, () => {
        before(async () => {
          for (const page of Object.values(pages)) await switchStaffLanguage(page, server.base, lang);
        });
        for (const p of staffPagesFor(lang)) {
          it(`${lang} ${p.name}`, async () => {
            const page = pages[p.as ?? 'coordinator'];
            if (p.open) {
              await p.open(page, { base: server.base, lang, langIndex });
            } else {
              const res = await page.goto(server.base + p.path);
              assert.equal(res.status(), p.status ?? 200, `HTTP status of ${p.path}`);
              const u = new URL(page.url());
              assert.equal(u.pathname + u.search, p.path, 'redirected away');
            }
            // Documents for a person come out in the person's language, not the staff's.
            await expectLang(page, p.lang ?? lang);
            if (p.errors) {
              assert.ok(await page.locator('.error-summary').count() > 0,
                `${p.name}: expected an error summary at ${page.url()}`);
            }
            const v = await axeViolations(page);
            if (v.length) assert.fail(formatViolations(`${lang} ${p.name} (${new URL(page.url()).pathname})`, v));
          });
        }
      });
    });
  });
}

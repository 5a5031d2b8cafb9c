// The journey of one newcomer through the service, in the real browser against the real
// binary: each step is what a person does, in order, on the same database — booking,
// first permit, coaching, passport, module registration, check-in by passport number,
// the voucher it earns, its redemption at a course provider, the invoice, the export
// and the erasure.
//
// Screenshots of the key pages (Arabic, right to left, on a phone; English on a desktop)
// go to artifacts/journey-*.png.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.js';
import { launch, expectLang, signIn, axeViolations, formatViolations } from './lib/browser.js';
import { ARTIFACTS, VIEWPORTS, clickAndLoad } from './lib/config.js';

const NAME = 'سلمى الأحمد';
const LATIN = 'Salma Al-Ahmad';

async function shoot(page, file) {
  const out = path.join(ARTIFACTS, file);
  await page.screenshot({ path: out, fullPage: true });
  assert.ok(statSync(out).size > 1000, `${out} is (nearly) empty`);
}

/** What has the focus (tag, id, name, type). */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? { tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name'), type: e.getAttribute('type') } : null;
  });
}

/** Presses Tab until an element matching `pred` has the focus (at most `max` presses). */
async function tabTo(page, pred, what, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && pred(f)) return f;
  }
  throw new Error(`Tab never reached ${what} on ${page.url()}`);
}

describe('journey of a newcomer', () => {
  let server, browser;
  // What the steps hand on to each other.
  const j = {};
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer('journey');
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('1. a newcomer books a start coaching in Arabic on a phone, with the keyboard only', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${server.base}/ar/coaching`);
    await expectLang(page, 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await shoot(page, 'journey-1-coaching-start-ar.png');
    // The first kind (start coaching) is preselected; the language select defaults to
    // the page's language. Tab to the submit button and press Enter.
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the button of the start form');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/ar\/coaching\/times\?/);
    assert.ok(await page.locator('input[name="slot"]').count() > 0, 'free times are offered');
    await shoot(page, 'journey-2-times-ar.png');
    // The first time is checked; Tab to the button, Enter.
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the button of the times form');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/ar\/coaching\/details\?/);
    // The details, field by field, typed.
    await tabTo(page, (f) => f.id === 'f-full_name', 'the name field');
    await page.keyboard.type(NAME);
    await tabTo(page, (f) => f.id === 'f-birth_day', 'the day of birth');
    await page.keyboard.type('14');
    await tabTo(page, (f) => f.id === 'f-birth_month', 'the month of birth');
    await page.keyboard.type('3');
    await tabTo(page, (f) => f.id === 'f-birth_year', 'the year of birth');
    await page.keyboard.type('1994');
    await tabTo(page, (f) => f.id === 'f-phone', 'the phone field');
    await page.keyboard.type('+46 70 555 12 34');
    await tabTo(page, (f) => f.id === 'c-basic', 'the consent checkbox');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#c-basic').isChecked(), 'Space ticks the consent');
    await shoot(page, 'journey-3-details-ar.png');
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the button of the details form');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/ar\/coaching\/check/);
    assert.ok((await page.content()).includes(NAME), 'the check page repeats the name');
    // Confirm: the book form's button (the other form goes back to the details).
    await page.locator('form[action="/ar/coaching/book"] button[type="submit"]').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/ar\/coaching\/appointment\//, `booked: ${page.url()}`);
    await expectLang(page, 'ar');
    await shoot(page, 'journey-4-appointment-ar.png');
    j.appointmentUrl = page.url();
    await context.close();
  });

  it('2. a clerk records the first permit on the same person', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await signIn(page, server.base, 'clerk@demo-city.example');
    await page.goto(`${server.base}/staff/people?q=${encodeURIComponent(NAME)}`);
    const link = page.locator('a[href^="/staff/people/"]').filter({ hasText: NAME }).first();
    assert.ok(await link.count(), 'the booking created the person in the register, found by name');
    await clickAndLoad(page, link);
    j.person = new URL(page.url()).pathname;
    await page.goto(`${server.base}${j.person}/edit`);
    await page.locator('#f-latin_name').fill(LATIN);
    await page.locator('#f-citizenship').selectOption('SY');
    await page.locator('#f-permit_issued_on').fill('2026-11-02');
    await clickAndLoad(page, page.locator(`form[action="${j.person}/edit"] button[type="submit"]`));
    assert.equal(new URL(page.url()).pathname, j.person, 'back on the person page');
    const html = await page.content();
    assert.ok(html.includes('2026-11-02') || html.includes('2 Nov'), 'the permit date shows');
    await shoot(page, 'journey-5-person-en.png');
    await context.close();
  });

  it('3. a counsellor records the coaching', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await signIn(page, server.base, 'counsellor@demo-city.example');
    await page.goto(`${server.base}${j.person}`);
    const href = await page.locator('a[href^="/staff/appointments/"][href$="/outcome"]').first().getAttribute('href');
    assert.ok(href, 'the appointment is on the person page');
    await page.goto(`${server.base}${href}`);
    await page.locator('#f-status').selectOption('held');
    await page.locator('#f-topics').fill('Housing, school registration');
    await clickAndLoad(page, page.locator('form[action$="/outcome"] button[type="submit"]'));
    assert.ok(!page.url().endsWith('/outcome'), `saved: ${page.url()}`);
    await page.goto(`${server.base}${j.person}`);
    await context.close();
  });

  it('4. the counsellor issues the welcome passport', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await signIn(page, server.base, 'counsellor@demo-city.example');
    await page.goto(`${server.base}${j.person}`);
    await clickAndLoad(page, page.locator(`form[action="${j.person}/passport"] button[type="submit"]`));
    await page.goto(`${server.base}${j.person}`);
    const number = (await page.locator('section[aria-labelledby="passport"] strong[dir="ltr"]').first().textContent()).trim();
    assert.match(number, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/, `a passport number is shown: ${number}`);
    j.passport = number;
    const pdf = await page.request.get(`${server.base}/api/v1${j.person.replace('/staff', '')}/passport/pdf?paper=a6`);
    assert.equal(pdf.status(), 200, 'the passport prints');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await shoot(page, 'journey-7-passport-en.png');
    await context.close();
  });

  it('5. the newcomer registers for a module in Arabic on a phone, with the passport number, keyboard only', async () => {
    // A session the demo trainer (Olena) runs or backs up: the trainer sees only those.
    {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      await signIn(page, server.base, 'trainer@demo-city.example');
      await page.goto(`${server.base}/staff/modules`);
      const href = await page.locator('a[href^="/staff/modules/"][href$="/check-in"]').first().getAttribute('href');
      assert.ok(href, 'the trainer has sessions');
      j.session = href.split('/')[3];
      await context.close();
    }
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'ar' });
    const page = await context.newPage();
    // A number with another date of birth: refused at the field, in Arabic, nothing kept.
    await page.goto(`${server.base}/ar/modules/${j.session}`);
    await expectLang(page, 'ar');
    let v = await axeViolations(page);
    if (v.length) assert.fail(formatViolations('ar module registration form', v));
    await page.locator('#f-full_name').fill(NAME);
    await page.locator('#f-birth_day').fill('15');
    await page.locator('#f-birth_month').fill('3');
    await page.locator('#f-birth_year').fill('1994');
    await page.locator('#f-phone').fill('+46 70 555 12 34');
    await page.locator('#f-passport_number').fill(j.passport);
    await page.locator('#c-basic').check();
    await page.locator('#c-modules').check();
    await clickAndLoad(page, page.locator(`form[action="/ar/modules/${j.session}"] button[type="submit"]`));
    assert.ok(await page.locator('.error-summary a[href="#f-passport_number"]').count(), 'the refusal is at the passport field');
    v = await axeViolations(page);
    if (v.length) assert.fail(formatViolations('ar module registration, refused', v));
    // Now with the keyboard only, as the person does it.
    await page.goto(`${server.base}/ar/modules/${j.session}`);
    await tabTo(page, (f) => f.id === 'f-full_name', 'the name field', 120);
    await page.keyboard.type(NAME);
    await tabTo(page, (f) => f.id === 'f-birth_day', 'the day of birth');
    await page.keyboard.type('14');
    await tabTo(page, (f) => f.id === 'f-birth_month', 'the month of birth');
    await page.keyboard.type('3');
    await tabTo(page, (f) => f.id === 'f-birth_year', 'the year of birth');
    await page.keyboard.type('1994');
    await tabTo(page, (f) => f.id === 'f-phone', 'the phone field');
    await page.keyboard.type('+46 70 555 12 34');
    await tabTo(page, (f) => f.id === 'f-passport_number', 'the passport number');
    // As people type it: lower case, without the hyphen.
    await page.keyboard.type(j.passport.replace('-', '').toLowerCase());
    await tabTo(page, (f) => f.id === 'c-basic', 'the consent checkbox');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.id === 'c-modules', 'the registration consent checkbox');
    await page.keyboard.press('Space');
    await shoot(page, 'journey-8-module-ar.png');
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the register button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/ar\/modules\/registration\//, `registered: ${page.url()}`);
    await expectLang(page, 'ar');
    await shoot(page, 'journey-9-registered-ar.png');
    await context.close();
  });

  it('6. the trainer checks them in by passport number', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await signIn(page, server.base, 'trainer@demo-city.example');
    await page.goto(`${server.base}/staff/modules/${j.session}/check-in`);
    assert.ok((await page.content()).includes(NAME), 'the newcomer is on the list, on their own record');
    await page.locator('#f-number').fill(j.passport);
    await clickAndLoad(page, page.locator('#f-number').locator('xpath=ancestor::form').locator('button[type="submit"]'));
    assert.match(page.url(), /done=new/, `checked in: ${page.url()}`);
    assert.ok(await page.locator('.notice[role="status"]').filter({ hasText: NAME }).count(), 'the notice names the person');
    // The passport found the registration itself (one record): nobody of that name is
    // left to check in.
    assert.equal(await page.locator('button').filter({ hasText: NAME }).count(), 0, 'the registration is checked in');
    await shoot(page, 'journey-10-check-in-en.png');
    // Twice: counted once, and said so.
    await page.locator('#f-number').fill(j.passport);
    await clickAndLoad(page, page.locator('#f-number').locator('xpath=ancestor::form').locator('button[type="submit"]'));
    assert.match(page.url(), /done=again/);
    await context.close();
  });

  it('7. the voucher appears; the course provider redeems it; the invoice shows it', async () => {
    let context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    let page = await context.newPage();
    await signIn(page, server.base, 'counsellor@demo-city.example');
    await page.goto(`${server.base}${j.person}`);
    const code = await page.locator('section:has(#vouchers) tbody th code').first().textContent();
    assert.ok(code, 'the module earned a voucher (first after one module in the demo rules)');
    j.voucher = code.trim();
    await shoot(page, 'journey-11-voucher-en.png');
    await context.close();

    // The provider looks the code up, is refused without the ID check, then redeems.
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    page = await context.newPage();
    await signIn(page, server.base, 'provider@demo-city.example');
    await page.goto(`${server.base}/provider/`);
    await page.locator('#f-code').fill(j.voucher.toLowerCase());
    await clickAndLoad(page, page.locator('form[action="/provider/voucher"] button[type="submit"]'));
    assert.ok((await page.content()).includes(NAME), 'the look-up shows the holder');
    const course = page.locator('#f-course_id option').filter({ hasText: 'A1' }).first();
    const courseId = await course.getAttribute('value');
    assert.ok(courseId, 'the provider has an A1 course');
    await page.locator('#f-course_id').selectOption(courseId);
    await clickAndLoad(page, page.locator('form[action="/provider/voucher"][method="post"] button[type="submit"]'));
    assert.ok(await page.locator('#f-id_checked-error').count(), 'refused without the ID check');
    await page.locator('#f-course_id').selectOption(courseId);
    await page.locator('#f-id_checked').check();
    await shoot(page, 'journey-12-redeem-en.png');
    await clickAndLoad(page, page.locator('form[action="/provider/voucher"][method="post"] button[type="submit"]'));
    assert.match(page.url(), /\/provider\/\?done=redeemed/, `redeemed: ${page.url()}`);
    await context.close();

    // The coordinator invoices the month; the invoice carries the redemption.
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    page = await context.newPage();
    await signIn(page, server.base, 'coordinator@demo-city.example');
    await page.goto(`${server.base}/staff/providers`);
    await clickAndLoad(page, page.locator('a[href^="/staff/providers/"]').filter({ hasText: 'Demo Language School' }).first());
    const provider = new URL(page.url()).pathname;
    await page.goto(`${server.base}${provider}/invoices`);
    const month = await page.locator('#f-month').inputValue();
    if (!month) await page.locator('#f-month').fill(new Date().toISOString().slice(0, 7));
    await clickAndLoad(page, page.locator(`form[action="${provider}/invoices"] button[type="submit"]`));
    assert.match(page.url(), /done=invoice/, `invoiced: ${page.url()}`);
    const csvHref = await page.locator('a[href$="/csv"]').first().getAttribute('href');
    const csv = await (await page.request.get(`${server.base}${csvHref}`)).text();
    assert.ok(csv.replaceAll('-', '').includes(j.voucher.replaceAll('-', '')), `the invoice lists the voucher:\n${csv}`);
    await shoot(page, 'journey-13-invoice-en.png');
    await context.close();
  });

  it('8. the person\'s data is exported, then erased', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await signIn(page, server.base, 'coordinator@demo-city.example');
    const r = await page.request.get(`${server.base}${j.person}/export.json`);
    assert.equal(r.status(), 200);
    const exported = JSON.stringify(await r.json());
    assert.ok(exported.includes(NAME) && exported.includes(LATIN), 'the export holds the data');
    assert.ok(exported.includes('2026-11-02'), 'and the permit');
    await page.goto(`${server.base}${j.person}/export`);
    await shoot(page, 'journey-6-export-en.png');
    await page.goto(`${server.base}${j.person}/erase`);
    await clickAndLoad(page, page.locator(`form[action="${j.person}/erase"] button[type="submit"]`));
    const after = await page.request.get(`${server.base}${j.person}`);
    assert.equal(after.status(), 404, 'the person is gone');
    await page.goto(`${server.base}/staff/people?q=${encodeURIComponent(LATIN)}`);
    assert.ok(!(await page.content()).includes(NAME), 'not found by search either');
    await page.goto(`${server.base}/staff/people?q=${encodeURIComponent(NAME)}`);
    assert.equal(await page.locator('a[href^="/staff/people/"]').filter({ hasText: NAME }).count(), 0,
      'no second record of the person is left behind (the module registration used the passport)');
    await context.close();
  });
});

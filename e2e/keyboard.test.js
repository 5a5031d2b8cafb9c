// A keyboard-only walk: the skip link, and signing in without a mouse.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.js';
import { launch } from './lib/browser.js';
import { ACCOUNTS, PASSWORD, VIEWPORTS } from './lib/config.js';

/** What has the focus: a short description, and whether a focus indicator is drawn. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { desc: 'body', visible: false };
    const cs = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    const indicator = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    return {
      desc: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ').join('.') : ''}`,
      tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, type: e.getAttribute('type'),
      form: e.form ? e.form.getAttribute('action') : null,
      indicator,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
}

describe('keyboard only', () => {
  let server, browser;
  before(async () => {
    server = await startServer('keyboard');
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('/en/: the first Tab focuses the skip link, Enter moves the focus to main', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${server.base}/en/`);
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.equal(f.cls, 'skip-link', `first Tab focused ${f.desc}`);
    assert.ok(f.onScreen, 'the focused skip link is not on screen');
    assert.ok(f.indicator, 'the focused skip link shows no focus indicator');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    const g = await focused(page);
    assert.equal(g.desc, 'main#main', `after Enter the focus is on ${g.desc}`);
    // The next Tab continues inside main, not back at the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.querySelector('main').contains(document.activeElement));
    assert.ok(inMain, `the Tab after the skip link went to ${(await focused(page)).desc}, outside main`);
    await context.close();
  });

  it('/staff/login: Tab reaches e-mail, password, the button; Enter signs in', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${server.base}/staff/login`);
    const walk = [];
    let f;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
      walk.push(f.desc);
      if (f.id === 'f-email') break;
    }
    assert.equal(f.id, 'f-email', `Tab never reached the e-mail field; it went: ${walk.join(' → ')}`);
    assert.ok(f.indicator, 'the e-mail field shows no focus indicator');
    await page.keyboard.type(ACCOUNTS[0]);

    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.equal(f.id, 'f-password', `the Tab after e-mail went to ${f.desc}`);
    assert.ok(f.indicator, 'the password field shows no focus indicator');
    await page.keyboard.type(PASSWORD);

    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.ok(f.tag === 'button' && f.type === 'submit' && f.form === '/staff/login',
      `the Tab after password went to ${f.desc}, not the sign-in button`);
    assert.ok(f.indicator, 'the sign-in button shows no focus indicator');

    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/staff/', `Enter led to ${page.url()}`);
    assert.equal(await page.locator('form[action="/staff/logout"]').count(), 1, 'not signed in after Enter');
    await context.close();
  });
});

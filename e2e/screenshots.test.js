// Full-page screenshots for a person to look at: e2e/artifacts/*.png (git-ignored).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.js';
import { launch, expectLang, signIn, switchStaffLanguage } from './lib/browser.js';
import { ARTIFACTS, VIEWPORTS } from './lib/config.js';

const PUBLIC_SHOTS = [
  { file: 'start-en.png', lang: 'en', path: '/en/' },
  { file: 'start-ar.png', lang: 'ar', path: '/ar/' },
  { file: 'start-ti.png', lang: 'ti', path: '/ti/' },
];
const STAFF_SHOTS = [
  { file: 'staff-users-en.png', lang: 'en', path: '/staff/users' },
  { file: 'staff-users-ar.png', lang: 'ar', path: '/staff/users' },
];

async function shoot(page, file) {
  const out = path.join(ARTIFACTS, file);
  await page.screenshot({ path: out, fullPage: true });
  assert.ok(statSync(out).size > 1000, `${out} is (nearly) empty`);
}

describe('screenshots', () => {
  let server, browser;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer('screenshots');
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('public start page on a phone (360x740)', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    for (const s of PUBLIC_SHOTS) {
      await page.goto(server.base + s.path);
      await expectLang(page, s.lang);
      await shoot(page, s.file);
    }
  });

  it('back office users page on a desktop (1280x900)', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
    await signIn(page, server.base);
    for (const s of STAFF_SHOTS) {
      await switchStaffLanguage(page, server.base, s.lang);
      await page.goto(server.base + s.path);
      await expectLang(page, s.lang);
      await shoot(page, s.file);
    }
  });
});

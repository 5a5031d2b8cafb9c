// The system Chromium (Debian's package), driven by playwright-core. Never downloads a browser.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { LANGUAGES, PASSWORD, ACCOUNTS, clickAndLoad } from './config.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium chromium-driver fonts-noto-core`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** The page's language as the server rendered it; fails when it is not `lang`. */
export async function expectLang(page, lang) {
  const got = await page.evaluate(() => document.documentElement.lang);
  if (got !== lang) throw new Error(`expected a page in "${lang}", got lang="${got}" at ${page.url()}`);
}

/** Signs in with the login form (mouse-free fill + click; the keyboard walk is its own test). */
export async function signIn(page, base, email = ACCOUNTS[0]) {
  await page.goto(`${base}/staff/login`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await clickAndLoad(page, page.locator('form[action="/staff/login"] button[type="submit"]'));
  const at = new URL(page.url()).pathname;
  // Staff land in the back office, course providers in their portal.
  if (!(at.startsWith('/staff/') || at.startsWith('/provider/')) || at.startsWith('/staff/login')) {
    throw new Error(`login as ${email} failed: now at ${page.url()}`);
  }
}

/** Switches the back office's language with the language form on the current staff page. */
export async function switchStaffLanguage(page, base, lang) {
  if (!new URL(page.url()).pathname.startsWith('/staff/')) await page.goto(`${base}/staff/`);
  await clickAndLoad(page, page.locator(`form.lang-form button[value="${lang}"]`));
  await expectLang(page, lang);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core; returns the violations (empty when the page passes). */
export async function axeViolations(page) {
  // resultTypes: only violations are collected in full (passes and incomplete keep one
  // node each), which makes each run several times cheaper and reports the same violations.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations;
}

/** One readable block per violation: id, impact, help, and every offending node's target. */
export function formatViolations(where, violations) {
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes) {
      lines.push(`      ${n.target.join(' >> ')}`);
      if (n.failureSummary) lines.push(`        ${n.failureSummary.replace(/\n\s*/g, ' / ')}`);
    }
  }
  return lines.join('\n');
}

export { LANGUAGES };

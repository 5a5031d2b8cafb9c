// axe on every back-office page: English first (every page), then five more languages
// (see lib/staff-axe.js and staffPagesFor in lib/config.js).
import { staffAxeSuite } from './lib/staff-axe.js';
import { STAFF_HALVES } from './lib/config.js';

staffAxeSuite('a11y-staff-1', STAFF_HALVES[0]);

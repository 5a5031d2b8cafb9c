// axe on every back-office page: the first six languages (see lib/staff-axe.js).
import { staffAxeSuite } from './lib/staff-axe.js';
import { LANGUAGES } from './lib/config.js';

staffAxeSuite('a11y-staff-1', LANGUAGES.slice(0, 6));

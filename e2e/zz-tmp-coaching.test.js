import { staffAxeSuite } from './lib/staff-axe.js';
staffAxeSuite('tmp-coaching', ['en', 'ar']);

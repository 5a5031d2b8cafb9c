-- Vouchers, continued (issues 6 and 12).
--
-- 1. What an EN 16931 e-invoice needs about the seller (the provider, self-billing):
--    its VAT identifier (BT-31) or national tax number (BT-32) — BR-E-02 wants one of
--    them with VAT category E —, its legal registration number (BT-30) and its postal
--    address with the country code (BG-5, BT-40). Added columns, the table is not rebuilt.
ALTER TABLE providers ADD COLUMN vat_id TEXT;
ALTER TABLE providers ADD COLUMN tax_number TEXT;
ALTER TABLE providers ADD COLUMN org_number TEXT;
ALTER TABLE providers ADD COLUMN street TEXT;
ALTER TABLE providers ADD COLUMN postcode TEXT;
ALTER TABLE providers ADD COLUMN town TEXT;
ALTER TABLE providers ADD COLUMN country TEXT
    CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country)));

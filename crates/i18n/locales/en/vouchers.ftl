# Passport and language-course vouchers (issue 6): refusals and field errors.

error-code-malformed = This is not a valid number: check the length and the characters
error-code-check-digit = There is a typo in this number: check every character again
error-token-malformed = This QR code is not a welcome passport
error-token-forged = This QR code is forged or altered: do not accept it
error-invalid-level = Choose a level from A1 to C2
error-level-order = The highest level must not be below the lowest level
error-invalid-amount = Enter an amount like 150 or 150.50
error-amount-too-small = The value must be at least one cent per part
error-invalid-month = Enter a month like 2026-03
error-voucher-unknown = No voucher has this code
error-voucher-check-digit = There is a typo in the voucher code: check every character again
error-voucher-malformed = This is not a voucher code: it has 18 letters and digits
error-voucher-expired = This voucher has expired
error-voucher-revoked = This voucher was revoked by the city and cannot be used
error-voucher-used = This voucher part has already been used
error-voucher-no-such-part = This voucher has no such part
error-voucher-foreign-provider = This course belongs to another provider
error-voucher-provider-suspended = Your organisation is suspended: vouchers cannot be redeemed at the moment
error-voucher-provider-not-approved = Your organisation is not approved for vouchers
error-voucher-level = The voucher does not pay for courses of this level
error-voucher-start-window = The course starts outside the period this voucher pays for
error-voucher-amount-above-remaining = The amount is higher than what is left on this part of the voucher
error-voucher-id-not-checked = Confirm that you checked the holder's identity card

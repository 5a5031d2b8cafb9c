# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = እዚ ቅኑዕ ቁጽሪ ኣይኮነን፦ ንውሓትን ፊደላትን ኣረጋግጹ
error-code-check-digit = ኣብዚ ቁጽሪ ናይ ጽሕፈት ጌጋ ኣሎ፦ ነፍሲ ወከፍ ፊደል ደጊምኩም ኣረጋግጹ
error-token-malformed = እዚ QR ኮድ ፓስፖርት ኣቀባብላ ኣይኮነን
error-token-forged = እዚ QR ኮድ ዝተመሳሰለ ወይ ዝተቐየረ እዩ፦ ኣይትቀበልዎ
error-invalid-level = ካብ A1 ክሳብ C2 ደረጃ ምረጹ
error-level-order = እቲ ዝለዓለ ደረጃ ካብቲ ዝተሓተ ደረጃ ክትሕት የብሉን
error-invalid-amount = ከም 150 ወይ 150.50 ዝኣመሰለ መጠን ኣእትዉ
error-amount-too-small = እቲ ዋጋ ንነፍሲ ወከፍ ክፋል እንተወሓደ ሓደ ሳንቲም ክኸውን ኣለዎ
error-invalid-month = ከም 2026-03 ዝኣመሰለ ወርሒ ኣእትዉ
error-voucher-unknown = ብዚ ኮድ ዝተመዝገበ ቫውቸር የለን
error-voucher-check-digit = ኣብ ኮድ ቫውቸር ናይ ጽሕፈት ጌጋ ኣሎ፦ ነፍሲ ወከፍ ፊደል ደጊምኩም ኣረጋግጹ
error-voucher-malformed = እዚ ኮድ ቫውቸር ኣይኮነን፦ 18 ፊደላትን ቁጽርታትን ኣለዎ
error-voucher-expired = ግዜ እዚ ቫውቸር ሓሊፉ እዩ
error-voucher-revoked = እዚ ቫውቸር ብከተማ ተሰሪዙ እዩ፣ ክጥቀሙሉ ኣይክኣልን
error-voucher-used = እዚ ክፋል ቫውቸር ድሮ ተጠቒምሉ እዩ
error-voucher-no-such-part = እዚ ቫውቸር ከምዚ ዝበለ ክፋል የብሉን
error-voucher-foreign-provider = እዚ ኮርስ ናይ ካልእ ኣቕራቢ እዩ
error-voucher-provider-suspended = ትካልኩም ተኣጊዱ ኣሎ፦ ሕጂ ቫውቸራት ክትጥቀሙ ኣይትኽእሉን
error-voucher-provider-not-approved = ትካልኩም ንቫውቸራት ኣይተፈቕደን
error-voucher-level = እዚ ቫውቸር ንኮርሳት ናይዚ ደረጃ ኣይኸፍልን
error-voucher-start-window = እቲ ኮርስ ካብቲ ቫውቸር ዝኸፍሎ ግዜ ወጻኢ ይጅምር
error-voucher-amount-above-remaining = እቲ መጠን ካብቲ ኣብዚ ክፋል ቫውቸር ዝተረፈ ይበዝሕ
error-voucher-id-not-checked = መንነት ካርድ ዋና ቫውቸር ከም ዝረጋገጽኩም ኣረጋግጹ

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = ፓስፖርት ኣቀባብላ
passport-pdf-number = ቁጽሪ ፓስፖርት
passport-pdf-holder = ዋና
passport-pdf-birth-date = ዕለተ ልደት
passport-pdf-qr-alt = ነዚ ፓስፖርት ንምርግጋጽ QR ኮድ
passport-pdf-stamps = ዝተሳተፍኩሞም ሞጁላት
passport-pdf-date = ዕለት
passport-pdf-topic = ኣርእስቲ
passport-pdf-language = ቋንቋ
passport-pdf-venue = ቦታ
passport-pdf-no-stamps = ገና ሞጁል የለን።
passport-pdf-issued = ዝተዋህበሉ ዕለት
voucher-pdf-title = ቫውቸር ኮርስ ቋንቋ
voucher-pdf-code = ኮድ ቫውቸር
voucher-pdf-value = ዋጋ
voucher-pdf-parts = ክፋላት
voucher-pdf-part = ክፋል { $n }
voucher-pdf-valid-until = ክሳብ እዚ ዕለት ይሰርሕ
voucher-pdf-levels = ደረጃታት ኮርስ
voucher-pdf-qr-alt = QR ኮድ ቫውቸር
voucher-pdf-providers = ዝተፈቕዱ ኣቕረብቲ ኮርስ
voucher-pdf-condition-1 = ንኮርሳት ቋንቋ ናይ ዝተፈቕዱ ኣቕረብቲ ጥራይ። ብገንዘብ ኣይቕየርን፣ ንካልእ ሰብ ኣይውሃብን።
voucher-pdf-condition-2 = ክትምዝገቡ ከለኹም እዚ ቫውቸርን መንነት ካርድኩምን ሒዝኩም ምጹ።

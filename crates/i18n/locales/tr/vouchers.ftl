# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Bu geçerli bir numara değil: uzunluğu ve karakterleri kontrol edin
error-code-check-digit = Bu numarada bir yazım hatası var: her karakteri yeniden kontrol edin
error-token-malformed = Bu QR kodu bir hoş geldin pasaportu değil
error-token-forged = Bu QR kodu sahte veya değiştirilmiş: kabul etmeyin
error-invalid-level = A1 ile C2 arasında bir seviye seçin
error-level-order = En yüksek seviye en düşük seviyenin altında olamaz
error-invalid-amount = 150 veya 150,50 gibi bir tutar girin
error-amount-too-small = Değer her parça için en az bir sent olmalıdır
error-invalid-month = 2026-03 gibi bir ay girin
error-voucher-unknown = Bu koda sahip bir kupon yok
error-voucher-check-digit = Kupon kodunda bir yazım hatası var: her karakteri yeniden kontrol edin
error-voucher-malformed = Bu bir kupon kodu değil: kupon kodu 18 harf ve rakamdan oluşur
error-voucher-expired = Bu kuponun süresi doldu
error-voucher-revoked = Bu kupon belediye tarafından iptal edildi ve kullanılamaz
error-voucher-used = Kuponun bu parçası zaten kullanıldı
error-voucher-no-such-part = Bu kuponun böyle bir parçası yok
error-voucher-foreign-provider = Bu kurs başka bir kurum tarafından veriliyor
error-voucher-provider-suspended = Kurumunuz askıya alındı: kuponlar şu anda kullanılamaz
error-voucher-provider-not-approved = Kurumunuz kuponlar için onaylı değil
error-voucher-level = Kupon bu seviyedeki kursları karşılamıyor
error-voucher-start-window = Kurs, kuponun karşıladığı dönemin dışında başlıyor
error-voucher-amount-above-remaining = Tutar, kuponun bu parçasında kalandan fazla
error-voucher-id-not-checked = Kupon sahibinin kimlik kartını kontrol ettiğinizi onaylayın

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Hoş geldin pasaportu
passport-pdf-number = Pasaport numarası
passport-pdf-holder = Sahibi
passport-pdf-birth-date = Doğum tarihi
passport-pdf-qr-alt = Bu pasaportu doğrulamak için QR kodu
passport-pdf-stamps = Katılınan modüller
passport-pdf-date = Tarih
passport-pdf-topic = Konu
passport-pdf-language = Dil
passport-pdf-venue = Yer
passport-pdf-no-stamps = Henüz modül yok.
passport-pdf-issued = Veriliş tarihi
voucher-pdf-title = Dil kursu kuponu
voucher-pdf-code = Kupon kodu
voucher-pdf-value = Değer
voucher-pdf-parts = Parçalar
voucher-pdf-part = Parça { $n }
voucher-pdf-valid-until = Son geçerlilik
voucher-pdf-levels = Kurs seviyeleri
voucher-pdf-qr-alt = Kuponun QR kodu
voucher-pdf-providers = Onaylı kurs kurumları
voucher-pdf-condition-1 = Yalnızca onaylı kurumların dil kursları için. Nakde çevrilemez, başkasına verilemez.
voucher-pdf-condition-2 = Kayıt olurken bu kuponu ve kimlik kartınızı getirin.

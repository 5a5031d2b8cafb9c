## Tüm sayfalarda ortak: sayfa düzeni, tarihler, hatalar.

site-name = Karşılama Hizmeti
site-tagline = { $city } şehrinin yeni sakinlerine kendi dilinizde yardım
skip-to-content = Ana içeriğe geç
language-switcher-label = Dilinizi seçin
main-navigation = Ana menü
breadcrumbs-label = Buradasınız
footer-help-title = Yüz yüze yardım
footer-desk = Karşılama ofisi: { $address }
footer-hotline = Bizi arayın: { $phone }
footer-email = E-posta: { $email }
footer-opening-hours = Çalışma saatleri
footer-accessibility = Erişilebilirlik beyanı
footer-privacy = Gizlilik
footer-staff-login = Personel girişi
closed = Kapalı
hours-range = { $from }–{ $to }

## Tarihler. date-long gün, ay adı ve yılı alır.
date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar

## Hata sayfaları.
error-title-prefix = Hata: { $title }
error-summary-title = Bir sorun var
error-page-not-found-title = Sayfa bulunamadı
error-page-not-found-body = Bu sayfayı bulamıyoruz. Adresi kontrol edin veya ana sayfaya gidin.
error-page-forbidden-title = Bu sayfayı açamazsınız
error-page-forbidden-body = Hesabınızın bu sayfaya erişim izni yok. Bu izne ihtiyacınız varsa koordinatörünüze başvurun.
error-page-bad-request-title = İstekte bir sorun vardı
error-page-bad-request-body = Sayfa, gönderilen bilgileri kullanamadı. Geri dönün ve tekrar deneyin.
error-page-csrf-title = Formun süresi doldu
error-page-csrf-body = Güvenliğiniz için form gönderilemedi. Geri dönün, sayfayı yenileyin ve formu tekrar gönderin.
error-page-too-many-title = Çok fazla deneme
error-page-too-many-body = Lütfen birkaç dakika bekleyin, sonra tekrar deneyin.
error-page-server-title = Üzgünüz, hizmette bir sorun var
error-page-server-body = Lütfen daha sonra tekrar deneyin. Hemen yardıma ihtiyacınız varsa bizi arayın veya karşılama ofisine gelin.
error-page-conflict-title = Bu bilgi aynı anda başka biri tarafından değiştirildi
error-page-conflict-body = Başka biri bu bilgiyi az önce değiştirdi. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
error-page-too-large-title = Dosya veya form çok büyük
error-page-too-large-body = Daha küçük bir dosya veya daha kısa bir metin gönderin.
error-back-home = Ana sayfaya git
error-reference = Hata kodu: { $reference }

## Form alanlarının yanındaki mesajlar. $limit bir sayıdır.
error-required = Bu bilgiyi girin
error-too-long = En fazla { $limit } karakter kullanın
error-too-short = En az { $limit } karakter kullanın
error-too-small = { $limit } veya daha büyük bir sayı girin
error-too-large = { $limit } veya daha küçük bir sayı girin
error-not-a-number = Bir tam sayı girin, örneğin 12
error-control-characters = Burada kullanılamayan özel karakterleri silin
error-invalid-email = name@example.org gibi bir e-posta adresi girin
error-invalid-choice = Seçeneklerden birini seçin
error-invalid-phone = Telefon numarasını uluslararası biçimde, + ve ülke koduyla başlayarak girin
error-invalid-hours = Çalışma saatlerini 08:00-12:00, 13:00-17:00 biçiminde girin
error-overlapping-hours = Aynı gündeki çalışma saatleri çakışmamalıdır
error-invalid-timezone = Europe/Stockholm gibi bir saat dilimi girin
error-invalid-language = Bir dil seçin
error-password-too-common = Bu parolayı tahmin etmek çok kolay; daha uzun veya daha az yaygın bir parola seçin
error-passwords-differ = İki yeni parola aynı değil
error-wrong-password = Mevcut parola doğru değil
error-required-for-provider-role = Kurs sağlayıcı hesaplarında kurumun adı belirtilmelidir
error-only-for-provider-role = Yalnızca kurs sağlayıcı hesapları bir kuruma bağlı olabilir
error-unknown-provider = Bu adda bir kurs sağlayıcı yok
error-email-taken = Bu e-posta adresiyle kayıtlı bir hesap zaten var

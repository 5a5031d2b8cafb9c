## Yeni gelenler web sitesinden danışmanlık randevusu alır. Basit kelimeler, kısa cümleler, “siz” diye hitap.

book-title = Kişisel görüşme için randevu alın
book-intro = Bir danışman sizinle kendi dilinizde konuşur. Görüşme ücretsizdir. Randevu almak için hiçbir belgeye ihtiyacınız yok.
book-what = Neye ihtiyacınız var?
book-kind-start-hint = Şehirde yenisiniz. Burada işlerin nasıl yürüdüğünü size anlatırız.
book-kind-follow-up-hint = Yaklaşık iki yıldır burada yaşıyorsunuz. Yeni sorularınız var.
book-kind-individual-module-hint = Tek bir konuda yardım, örneğin diplomanızın tanınması.
book-language = Diliniz
book-language-hint = Bu dili konuşan bir danışman ararız. Kimse bu dili konuşmuyorsa telefonla bir tercüman yardım eder.
book-continue = Devam
book-back = Geri
book-times-title = Bir saat seçin
book-times-choose = Boş saatler
book-with-interpreter = telefonla tercüman eşliğinde
book-no-times = Şu anda boş saat yok. Lütfen bizi arayın. Sizinle birlikte bir saat buluruz.
book-details-title = Bilgileriniz
book-your-time = Seçtiğiniz saat: { $when }
book-choose-other = Başka bir saat seçin
book-name = Adınız
book-name-hint = Kimlik belgenizde yazıldığı gibi, herhangi bir alfabeyle.
book-birth-hint = Yalnızca yılı biliyorsanız yalnızca yılı yazın.
book-phone-hint = Size ulaşabilmemiz için. Ülke koduyla birlikte, örneğin +46 70 123 45 67.
book-email-hint = Bir telefon numarası veya bir e-posta adresi yazın. İkisini de yazabilirsiniz.
book-consent = Onayınız
book-consent-basic = Kabul ediyorum (randevu için gerekli)
book-consent-reminders = Lütfen bana randevuyu hatırlatın (isteğe bağlı)
book-check-title = Cevaplarınızı kontrol edin
book-when = Ne zaman
book-confirm = Randevuyu al
book-change = Cevaplarımı değiştir
book-appointment-title = Randevunuz
book-booked-title = Görüşme randevunuz alındı
book-reference = Randevu kodunuz: { $reference }
book-reference-label = Randevu kodu
book-cancelled = Bu randevu iptal edildi.
book-next-title = Bundan sonra ne olacak
book-next-body = Randevu yerine zamanında gelin. Kimlik belgeniz veya oturma izniniz varsa yanınızda getirin. Tercümana ihtiyacınız varsa bir tercüman çağırırız.
book-keep-link = Bu sayfayı veya adresini saklayın. Bununla randevunuzu görebilir veya iptal edebilirsiniz.
book-cancel = Randevuyu iptal et
book-move = Saati değiştirebilirsiniz:

error-phone-or-email = Size ulaşabilmemiz için bir telefon numarası veya bir e-posta adresi yazın
book-move-link = Başka bir saat seçin
book-move-title = Yeni bir saat seçin
book-move-intro = Şu anki randevunuz: { $when }. Yeni bir saat seçene kadar bu randevu sizin kalır.
book-move-confirm = Randevumu bu saate taşı
book-moved = Randevunuz taşındı. Yeni saat budur.

## Childcare during the appointment (issue 4).
book-childcare-legend = Randevu sırasında çocuk bakımına ihtiyacınız var mı?
book-childcare = Çocuk bakımı
book-childcare-none = Gerekmiyor

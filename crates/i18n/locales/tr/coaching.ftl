## Individual coaching (staff pages).

staff-nav-follow-ups = Zamanı gelen takipler
staff-nav-coverage = Yerlere göre diller

coaching-appointments = Danışmanlık randevuları
coaching-none-yet = Henüz danışmanlık randevusu yok.
coaching-book-title = Danışmanlık randevusu oluştur
coaching-choose = Tür ve yer
coaching-kind = Danışmanlık türü
coaching-place = Yer
coaching-any-place = Herhangi bir yer
coaching-show-slots = Boş saatleri göster
coaching-slots = Boş saatler, en yakından başlayarak
coaching-minutes = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}
coaching-interpreter = telefonla tercüman eşliğinde
coaching-book = Bu saate randevu oluştur
coaching-no-slots = Önümüzdeki 60 gün içinde boş saat yok. Başka bir yer veya tür deneyin ya da koordinatöre danışın.
coaching-cancel-title = Randevuyu iptal et
coaching-cancel-body = Bu saat hemen başkaları için boşalır. Kişiye kendi dilinde haber verin.
coaching-cancel-confirm = Evet, randevuyu iptal et
coaching-outcome-title = Danışmanlık sonucunu kaydet
coaching-outcome-status = Danışmanlık yapıldı mı?
coaching-topics = Ele alınan konular
coaching-topics-hint = Örneğin konut, iş, sağlık, oturma izni, okullar.
coaching-handed-out = Verilenler
coaching-handed-out-hint = Hoş geldiniz broşürü ve dili, hoş geldiniz pasaportu, bilgilendirme toplantıları ve kuponlar hakkında bilgi.
coaching-referrals = Yönlendirmeler
coaching-referrals-hint = Kişinin yönlendirildiği yer, örneğin bir kurum veya bir danışma hizmeti.
coaching-notes = Gizli notlar
coaching-notes-hint = Bu notları yalnızca danışmanlar görür. Yalnızca gerekli olanı yazın.
coaching-childcare = Bir sonraki randevu için çocuk bakımı gerekiyor

kind-start = Başlangıç danışmanlığı
kind-follow-up = İki yıl sonraki takip danışmanlığı
kind-individual-module = Bireysel bilgilendirme toplantısı
kind-desk-follow-up = Karşılama ofisinde takip

status-booked = Planlandı
status-held = Yapıldı
status-no-show = Gelmedi
status-cancelled = İptal edildi

people-done-booked = Danışmanlık randevusu oluşturuldu. Randevu kodu: { $reference }
people-done-cancelled = Randevu iptal edildi.
people-done-outcome = Danışmanlık sonucu kaydedildi.

follow-ups-title = Zamanı gelen takip danışmanlıkları
follow-ups-intro = İkametinin ikinci yılını { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } içinde dolduracak veya zaten doldurmuş olan ve takip danışmanlığı randevusu olmayan kişiler.
follow-ups-due = Şu tarihten itibaren
follow-ups-invite = Davet et
follow-ups-email-possible = e-posta gönderilebilir
follow-ups-none = Bu dönemde zamanı gelen kimse yok.

coverage-title = Yerlere ve günlere göre diller
coverage-intro = Danışmanların her yerde, haftanın her günü hangi dilleri konuştuğu. Diğer diller için telefonla tercüman eşliğinde randevu verilir.
coverage-day = Gün
coverage-hours = Saatler
coverage-none = Henüz çalışma saati kaydedilmedi.

error-slot-taken = Bu saat az önce alındı. Başka bir saat seçin.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Çocuk bakımı
coaching-childcare-legend = Randevu sırasında bakıma ihtiyaç duyan çocuklar
coaching-children-care = Çocuk bakımı: { $count } (yaşlar { $ages })
childcare-title = Danışmanlıkta çocuk bakımı
childcare-intro = Rezervasyon sırasında çocukların randevu süresince bakıma ihtiyacı olduğu belirtilen randevular, güne ve yere göre. Bakımı bu listeye göre düzenleyin; referans randevuyu belirtir.
childcare-period = Dönem
childcare-from = Başlangıç
childcare-from-hint = Örneğin 2026-12-24
childcare-days = Gün sayısı
childcare-show = Göster
childcare-day-summary = Toplam çocuk: { $children }. Aynı anda en fazla: { $most }.
childcare-col-time = Saat
childcare-col-children = Çocuklar
childcare-col-ages = Yaşlar
childcare-col-reference = Referans
childcare-none = Bu dönemde çocuk bakımı gerekmiyor.

## Yeni gelenler için herkese açık web sitesi. Basit kelimeler, kısa cümleler, “siz” diye hitap.

public-start-title = { $city } şehrine hoş geldiniz
public-start-lead = { $city } şehrinde yeni misiniz? Size ücretsiz ve kendi dilinizde yardım ediyoruz.
public-services-title = Size nasıl yardım edebiliriz
public-coaching-title = Kendi dilinizde kişisel görüşme
public-coaching-body = Bir danışman sizinle kendi dilinizde konuşur. Şehirde işlerin nasıl yürüdüğünü öğrenirsiniz: konut, iş, okul, sağlık ve belgeleriniz. Hoş geldiniz broşürünü ve hoş geldiniz pasaportunuzu alırsınız.
public-modules-title = Grup halinde bilgilendirme toplantıları
public-modules-body = Toplantılar iki saat sürer. Her toplantının bir konusu vardır. Toplantılar birçok dilde yapılır. Bazıları cumartesi günleri yapılır. Toplantı sırasında çocuklarınıza bakılabilir.
public-desk-title = Karşılama ofisi ve yardım hattı
public-desk-body = Randevu almadan ofise gelin veya bizi arayın. Sorularınızı yanıtlarız. Doğru kurumu bulmanıza yardım ederiz.
public-vouchers-title = Hoş geldiniz pasaportunuz ve dil kursu kuponunuz
public-vouchers-body = Katıldığınız her toplantı hoş geldiniz pasaportunuza yazılır. İlk toplantınızdan sonra bir kupon alırsınız. Bu kupon bir dil kursunun ücretini karşılar. Kuponu yalnızca siz kullanabilirsiniz.
public-where-title = Bizi nerede bulabilirsiniz
public-desk-address = Karşılama ofisinin adresi: { $address }
public-call-us = Bizi arayın
public-write-us = Bize yazın
public-open-now = Ofis şu anda açık.
public-closed-now = Ofis şu anda kapalı.
public-opening-hours-title = Ofisin çalışma saatleri
public-no-appointment = Randevu almanız gerekmez.
public-free = Yardımımız ücretsizdir.

## Erişilebilirlik beyanı (AB Web Erişilebilirliği Direktifi 2016/2102).
a11y-title = Erişilebilirlik beyanı
a11y-intro = { $city } Belediyesi, herkesin bu web sitesini kullanabilmesini istiyor. Bu beyan, sitenin ne kadar erişilebilir olduğunu açıklar.
a11y-status-title = Bu web sitesi ne kadar erişilebilir
a11y-status-body = Bu web sitesi, Web İçeriği Erişilebilirlik Yönergeleri (WCAG) 2.1 AA düzeyini karşılamayı amaçlar. Site JavaScript olmadan, küçük ekranlarda, klavyeyle ve ekran okuyucularla çalışır. Bu, sağdan sola yazılan diller dahil sunduğumuz tüm diller için geçerlidir.
a11y-known-issues-title = Henüz erişilebilir olmayanlar
a11y-known-issues-body = Bazı çeviriler henüz anadili o dil olan biri tarafından kontrol edilmedi. PDF belgeleri ekran okuyucular için henüz tam olarak etiketlenmemiş olabilir. Bir sorun bulursanız lütfen bize bildirin.
a11y-feedback-title = Bir sorunu bize bildirin
a11y-feedback-body = Bu web sitesinin bir bölümünü kullanamıyorsanız bizi arayın veya bize yazın. 14 gün içinde yanıt veririz.
a11y-enforcement-title = Yanıtımızdan memnun değilseniz
a11y-enforcement-body = Kamu web sitelerinin erişilebilirliğini denetleyen ulusal kuruma başvurabilirsiniz.
a11y-prepared = Bu beyan { $date } tarihinde hazırlanmıştır.

## Gizlilik.
privacy-title = Gizlilik
privacy-intro = Hakkınızda yalnızca size yardım etmek için gereken bilgileri saklarız. Bunu da yalnızca siz kabul ederseniz yaparız.
privacy-body = Hakkınızda sakladığımız her şeyi görmek, düzeltmek veya silmek için başvurabilirsiniz. Ofiste sorun veya bize yazın.
privacy-cookies = Bu web sitesi yalnızca gerekli çerezleri kullanır: formları güvende tutmak ve personelin oturumunu açık tutmak için. Site, ne yaptığınızı izlemez.

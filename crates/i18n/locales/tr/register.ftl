## Hizmet alan kişilerin kaydı (personel sayfaları).

staff-nav-people = Kişiler
staff-nav-import = Oturma izinlerini içe aktar
staff-nav-privacy = Gizlilik ve saklama süresi
yes = Evet
no = Hayır

people-title = Kişiler
people-search-title = Kişi bul
people-search-name = Ad
people-search-name-hint = Herhangi bir alfabe veya yazılışla, herhangi bir sırayla. Yalnızca doğum tarihiyle de arayabilirsiniz.
people-search-submit = Ara
people-results = { $count ->
    [one] { $count } kişi bulundu
   *[other] { $count } kişi bulundu
}
people-no-results = Kimse bulunamadı. Yazılışı kontrol edin veya doğum tarihiyle arayın.
people-erased = Kişinin verileri silindi.

people-new-title = Kişi kaydet
people-new-intro = Yalnızca kişinin kabul ettiği bilgileri kaydedin. İsteğe bağlı olarak işaretlenen alanlar boş kalabilir.
people-full-name = Ad soyad
people-full-name-hint = Kimlik belgesinde yazıldığı gibi, herhangi bir alfabe ve sırayla.
people-latin-name = Latin harfleriyle ad (isteğe bağlı)
people-latin-name-hint = Yalnızca belgede varsa, örneğin belgenin makinece okunabilir satırında.
people-birth-date = Doğum tarihi
people-birth-date-hint = Belgede yalnızca yıl varsa yalnızca yılı girin. Örneğin 17 4 1990.
people-day = Gün
people-month = Ay
people-year = Yıl
people-choose = Seçin…
people-citizenship = Vatandaşlık
people-languages = Kişinin konuştuğu diller
people-languages-hint = Önce kişinin tercih ettiği dil. Kişiye ait belgeler ve mektuplar, bu dillerden hizmetin sunduğu ilk dilde hazırlanır.
people-language-n = Dil { $n }
people-permit-issued-on = İlk oturma izninin veriliş tarihi
people-optional = (isteğe bağlı)
people-date-hint = Örneğin 2026-11-25.
people-certificate-required = Yasal olarak dil sertifikası alması zorunlu
people-phone = Telefon
people-phone-hint = Uluslararası biçimde, örneğin +46 70 123 45 67.
people-email = E-posta
people-address = Adres
people-district = Semt
people-consents = Onay
people-consents-hint = Aşağıdaki metinleri kişiye kendi dilinde gösterin ve yalnızca kabul ettiği maddeleri işaretleyin. Okunacak metinler:
people-channel = Onayın nasıl verildiği
people-text-language = Kişinin okuduğu metnin dili
people-create = Kişiyi kaydet
people-create-anyway = Bunların hiçbiri değil: yeni kişi kaydet
people-duplicates-title = Bu kişi zaten kayıtlı olabilir
people-duplicates-body = Aynı kişiyse kaydı açın. Başka biriyse aşağıda yeni bir kişi kaydedin.

purpose-basic = Danışmanlık ve kuponlar için temel bilgiler (zorunlu)
purpose-profile = Daha iyi tavsiye için profil (eğitim, meslek, dil düzeyi)
purpose-share-immigration = Temel bilgilerin göç idaresiyle paylaşılması
purpose-reminders = E-posta veya kısa mesajla hatırlatmalar
purpose-surveys = Memnuniyet ve takip anketleri

consent-basic-text = Karşılama Hizmeti adınızı, doğum tarihinizi, vatandaşlığınızı, dillerinizi, adresinizi ve iletişim bilgilerinizi saklar. Bunları size danışmanlık, bilgilendirme toplantıları ve dil kursu kuponları sağlamak için kullanırız. Bunları yalnızca hizmetin personeli görür. Bunları istediğiniz zaman görebilir, düzeltebilir veya silebilirsiniz.
consent-profile-text = Bize eğitiminizi, mesleğinizi, niteliklerinizi ve dil düzeyinizi anlatabilirsiniz. Bunları yalnızca size daha iyi tavsiyelerde bulunmak için kullanırız, örneğin size uygun dil kursu konusunda. Bu isteğe bağlıdır. Bunu istediğiniz zaman geri alabilirsiniz ve bu bilgileri hemen sileriz.
consent-share-immigration-text = Adınızı, doğum tarihinizi ve danışmanlığa ve kurslara katılıp katılmadığınızı göç idaresiyle paylaşabiliriz, örneğin oturma izniniz bir dil sınavına bağlı olduğunda. Başka hiçbir şey paylaşılmaz. Bunu istediğiniz zaman geri alabilirsiniz.
consent-reminders-text = Randevularınız ve toplantılarınız için size e-posta veya kısa mesajla hatırlatma gönderebiliriz. Bunları istediğiniz zaman durdurabilirsiniz.
consent-surveys-text = Daha sonra size hizmetten ne kadar memnun olduğunuzu ve iki yıl sonra nasıl olduğunuzu sorabiliriz. Yanıt vermek isteğe bağlıdır. Bunu istediğiniz zaman durdurabilirsiniz.

channel-in-person = Yüz yüze
channel-paper = Kâğıt üzerinde
channel-phone = Telefonla
channel-online = Çevrim içi
channel-import = Göç idaresinden içe aktarma

people-done-created = Kişi kaydedildi.
people-done-updated = Değişiklikler kaydedildi.
people-done-consent-given = Onay kaydedildi.
people-done-consent-withdrawn = Onay geri çekildi ve ona bağlı veriler silindi.
people-done-profile-saved = Profil kaydedildi.
people-done-merged = İki kayıt birleştirildi.
people-next-steps = Sonraki adımlar
people-next-website = Kişiye hizmetin herkese açık web sitesini şu dilde gösterin: { $language }.
people-basic-data = Temel bilgiler
people-eu-citizen = AB, AEA veya İsviçre vatandaşı
people-third-country = Üçüncü ülke vatandaşı
people-document-language = Belgelerin dili
people-due-next = Sıradaki işlem
people-follow-up-due = İki yıl sonraki takip danışmanlığı: { $date } tarihinden itibaren.
people-follow-up-unknown = İlk oturma izninin veriliş tarihi bilinmiyor, bu yüzden takip tarihi de bilinmiyor.
people-purpose = Amaç
people-given = Verildiği tarih
people-text-version = Metin sürümü
people-withdrawn-on = Geri çekilme tarihi: { $date }
people-consent-live = Verildi
people-withdraw = Geri çek
people-give-consent = Başka bir onay kaydet
people-record-consent = Onayı kaydet
people-profile = Profil
people-profile-intro = Uygun tavsiye vermeye yardımcı olan, isteğe bağlı bilgiler.
people-profile-needs-consent = Kişi profil için onay vermedi. Önce profil onayını kaydedin.
people-edit-profile = Profili düzenle
people-education-level = Eğitim
people-language-level = Yerel dildeki düzeyi
people-profession = Meslek
people-qualifications = Tanınması gereken nitelikler
people-qualifications-hint = Örneğin yurt dışından alınmış diplomalar ve sertifikalar.
people-not-given = Belirtilmedi
education-none = Okul eğitimi yok
education-primary = İlkokul
education-secondary = Ortaöğretim
education-vocational = Meslek eğitimi
education-tertiary = Üniversite veya yüksekokul
level-a0 = Henüz yok
level-a1 = A1 – başlangıç
level-a2 = A2 – temel
level-b1 = B1 – orta
level-b2 = B2 – orta üstü
level-c1 = C1 – ileri
level-c2 = C2 – ustalık
people-rights = Veri koruma hakları
people-export-readable = Sakladığımız her şey, kişinin dilinde okunabilir bir belge olarak
people-export-json = Sakladığımız her şey, JSON dosyası olarak
people-history = Bu kaydın geçmişi
people-edit-title = Temel bilgileri düzelt
people-save = Kaydet

people-withdraw-title = Onay geri çekilsin mi: { $purpose }?
people-withdraw-basic-body = Bu onay olmadan hizmetin hiçbir şey saklamasına izin yoktur. Kişinin kaydı hemen silinecek: ad, doğum tarihi, iletişim bilgileri, diller, onaylar ve profil. Yalnızca anonim sayılar kalır. Bu işlem geri alınamaz.
people-withdraw-profile-body = Profil verileri (eğitim, meslek, nitelikler, dil düzeyi) hemen silinecek.
people-withdraw-other-body = Hizmet bundan sonra bu kişi için bunu yapmayacak.
people-withdraw-confirm = Evet, onayı geri çek

people-merge-title = Yinelenen kaydı birleştir
people-merge-intro = Şu kişinin yinelenen kaydını seçin: { $name }. Yinelenen kaydın dilleri, onayları ve profili bu kayda taşınır, ardından yinelenen kayıt kaldırılır.
people-merge-candidates = Benzer adlı kayıtlar
people-merge-other = Yinelenen kaydın kimliği
people-merge-other-hint = Yinelenen kaydın adresinin sonundaki uzun kimlik.
people-merge-compare = Karşılaştır
people-merge-keep = Kalacak
people-merge-remove = Kaldırılacak
people-merge-body = İki kaydın da aynı kişiye ait olduğunu kontrol edin. Birleştirme denetim günlüğüne yazılır ve geri alınamaz.
people-merge-confirm = Evet, kayıtları birleştir

people-erase-title = Bu kişinin verilerini sil
people-erase-body = Kişinin kimliğini belirleyen her şey hemen silinecek: ad, doğum tarihi, iletişim bilgileri, diller, onaylar ve profil. Şehrin muhasebesi için saklaması gereken bilgiler kalır, ama kişinin adı olmadan. Bu işlem geri alınamaz.
people-erase-confirm = Evet, verileri sil

export-title = Karşılama Hizmetindeki verileriniz
export-intro = Burada, { $city } Karşılama Hizmetinin hakkınızda sakladığı her şey yer alıyor.
export-history = Verilerinizle neler yapıldı
export-rights = Dilediğiniz zaman bizden verilerinizi düzeltmemizi veya silmemizi isteyebilirsiniz. Veri koruma kurumuna şikâyette de bulunabilirsiniz.

consent-texts-title = Neyi kabul ediyorsunuz
consent-texts-intro = Lütfen okuyun. Her madde için siz karar verirsiniz. { $city } Karşılama Hizmeti ücretsizdir, isteğe bağlı maddeleri kabul etmeseniz bile.
consent-texts-withdraw = Her onayı istediğiniz zaman geri çekebilirsiniz: karşılama ofisinde, telefonla veya e-postayla.

import-title = Yeni oturma izinlerini içe aktar
import-intro = Göç idaresinden gelen, yeni verilmiş ilk oturma izinleri dosyasını yükleyin. Herhangi bir satırda sorun varsa hiçbir şey içe aktarılmaz ve tüm sorunlar listelenir. Aynı dosyayı yeniden içe aktarmak yinelenen kayıt oluşturmaz.
import-columns = Sütunlar (dosyanın ilk satırı):
import-file = CSV dosyası
import-file-hint = UTF-8, virgül veya noktalı virgülle ayrılmış. Bir hücredeki birden fazla dil veya onay noktalı virgülle ayrılır.
import-submit = İçe aktar
import-done = Kaydedilen kişi: { $created }. Daha önce kayıtlı olan: { $skipped }.
import-problems = { $count ->
    [one] Dosyada { $count } sorun var
   *[other] Dosyada { $count } sorun var
}
import-nothing-imported = Hiçbir şey içe aktarılmadı. Dosyayı düzeltin ve yeniden yükleyin.
import-line = Satır
import-column = Sütun
import-reason = Sorun

records-title = Gizlilik ve saklama süresi
records-intro = İşleme faaliyetlerinin kayıtları (GDPR madde 30): hizmetin hangi kişisel verileri, neden, hangi hukuki dayanakla ve ne kadar süre sakladığı, bunları kimin gördüğü. Bu kayıtlar hizmetin veri haritasından oluşturulur.
records-retention = Azami saklama süresi
records-expired = { $count ->
    [one] { $count } kayıt azami saklama süresini aştı ve bu geceki otomatik görevle silinecek.
   *[other] { $count } kayıt azami saklama süresini aştı ve bu geceki otomatik görevle silinecek.
}
records-retention-years = Son temastan sonraki yıl sayısı
records-retention-hint = Kayıtlar, kişinin hizmetle son temasından bu kadar yıl sonra otomatik olarak silinir.
records-column = Sütun
records-purpose = Amaç
records-legal-basis = Hukuki dayanak
records-who = Kim görür

## Form alanlarının yanındaki mesajlar.
error-unknown-country = Listeden bir ülke seçin
error-unknown-language = Listeden bir dil seçin
error-duplicate-language = Her dil yalnızca bir kez
error-too-many = En fazla { $limit } tane seçin
error-invalid-date = Gerçek bir tarih girin
error-date-in-future = Tarih gelecekte olamaz
error-before-birth = Bu tarih doğum tarihinden önce
error-not-latin = Bu alanda yalnızca Latin harfleri kullanın
error-consent-required = Kişinin temel bilgileri kabul etmesi gerekir, aksi halde hiçbir şey kaydedilemez
error-consent-basic-required = Karşılama hizmetinin temel bilgilerinizi saklamasını kabul etmek için kutuyu işaretleyin: aksi halde hiçbir şey kaydedemeyiz.
error-consent-modules-required = Kaydınızın saklanmasını kabul etmek için kutuyu işaretleyin: aksi halde sizi kaydedemeyiz.
error-duplicate-consent = Bu onay zaten kayıtlı
error-consent-missing = Kişi bunu kabul etmedi; önce onayı kaydedin
error-unknown-person = Bu kimlikle bir kayıt yok
error-not-csv = Bir CSV dosyası yükleyin
error-not-utf8 = Dosyayı UTF-8 metin olarak kaydedin ve yeniden yükleyin
error-invalid-csv = Bu satır CSV olarak okunamıyor
error-unknown-column = Bu sütun bilinmiyor
error-missing-column = Bu sütun eksik
error-too-many-rows = Dosyada çok fazla satır var; dosyayı bölün
error-wrong-number-of-fields = Bu satırdaki alan sayısı ilk satırdakinden farklı
error-duplicate-in-file = Bu izin kimliği dosyada iki kez geçiyor
error-empty-file = Dosyada hiç satır yok

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Bilgilendirme oturumlarına kayıt
consent-modules-text = Sizi bir grup bilgilendirme oturumuna kaydetmek için karşılama hizmeti adınızı, doğum tarihinizi, iletişim bilgilerinizi ve çocuk bakımı için çocuklarınızın sayısını ve yaşlarını saklar. Bunları yerinizi veya bekleme listesindeki sıranızı tutmak, değişiklikleri size bildirmek ve katılımınızı hoş geldiniz pasaportunuza saymak için kullanırız. Bir kaydın iletişim bilgileri oturumdan 90 gün sonra silinir. Bu onayı istediğiniz zaman geri alabilirsiniz; o zaman kayıtlarınız iptal edilir.

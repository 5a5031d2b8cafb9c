## Personel için yönetim paneli.

staff-title = Yönetim paneli
staff-nav-home = Genel bakış
staff-nav-users = Personel hesapları
staff-nav-audit = Denetim günlüğü
staff-nav-settings = Şehir ayarları
staff-nav-account = Hesabım
staff-logout = Çıkış yap
staff-signed-in-as = Oturum açan: { $name } ({ $role })
staff-language-label = Yönetim panelinin dili
staff-language-change = Dili değiştir

role-coordinator = Koordinatör
role-counsellor = Danışman
role-trainer = Eğitmen
role-desk = Karşılama ofisi görevlisi
role-provider = Kurs sağlayıcı
role-clerk = Göç idaresi memuru
role-desk_lead = Karşılama ofisi sorumlusu
role-partner_agent = Ortak çağrı merkezi görevlisi

## Giriş.
login-title = Personel girişi
login-email = E-posta adresi
login-password = Parola
login-submit = Giriş yap
login-failed = E-posta adresi veya parola doğru değil.
login-locked = Çok fazla yanlış parola girildiği için bu hesap { $minutes } dakika boyunca kilitlendi.
login-throttled = Bu bilgisayardan çok fazla giriş denemesi yapıldı. Birkaç dakika bekleyin ve tekrar deneyin.
login-logged-out = Oturumunuz kapatıldı.
login-expired = Oturumunuzun süresi doldu. Tekrar giriş yapın.

## Genel bakış.
staff-home-title = Genel bakış
staff-home-welcome = Hoş geldiniz, { $name }.
staff-home-role = Rolünüz: { $role }
staff-home-city = { $city }: { $inhabitants } sakin, yılda yaklaşık { $newcomers } yeni gelen kişi.

## Personel hesapları.
users-title = Personel hesapları
users-create-title = Personel hesabı oluştur
users-name = Ad soyad
users-email = E-posta adresi
users-email-hint = Kişi bu adresle giriş yapar.
users-role = Rol
users-provider = Kurs sağlayıcı kurum
users-provider-hint = Yalnızca kurs sağlayıcı hesapları için: kurumun adı.
users-password = İlk parola
users-password-hint = En az 12 karakter. Parolayı kişiye güvenli bir yoldan iletin; kişi giriş yaptıktan sonra parolasını değiştirebilir.
users-ui-language = Yönetim panelinin dili
users-create-submit = Hesap oluştur
users-created = { $name } adlı kişinin hesabı oluşturuldu.
users-col-name = Ad
users-col-email = E-posta
users-col-role = Rol
users-col-status = Durum
users-col-actions = İşlemler
users-status-active = Etkin
users-status-disabled = Devre dışı
users-status-locked = Kilitli
users-disable = Devre dışı bırak
users-enable = Etkinleştir
users-disable-confirm-title = { $name } adlı kişinin hesabı devre dışı bırakılsın mı?
users-disable-confirm-body = { $name } hemen oturumdan çıkarılacak ve artık giriş yapamayacak. Bu kişinin API belirteçleri çalışmayı durduracak. Hesabı daha sonra yeniden etkinleştirebilirsiniz. Bu işlem denetim günlüğüne yazılır.
users-disable-confirm-submit = Evet, hesabı devre dışı bırak
users-cancel = İptal
users-disabled-done = { $name } adlı kişinin hesabı devre dışı bırakıldı.
users-enabled-done = { $name } adlı kişinin hesabı etkinleştirildi.
users-count = { $count ->
    [one] { $count } hesap
   *[other] { $count } hesap
}

## Denetim günlüğü.
audit-title = Denetim günlüğü
audit-intro = Kim, hangi kayıtta, ne zaman, ne yaptı. Günlük girdileri değiştirilemez veya silinemez.
audit-filter-title = Filtre
audit-filter-action = İşlem
audit-filter-entity = Kayıt türü
audit-filter-entity-id = Kayıt kimliği
audit-filter-actor = Personel e-postası
audit-filter-submit = Filtreyi uygula
audit-filter-clear = Filtreyi temizle
audit-col-time = Zaman (UTC)
audit-col-actor = Kim
audit-col-action = İşlem
audit-col-entity = Kayıt
audit-col-detail = Ayrıntı
audit-actor-system = Sistem veya herkese açık web sitesi
audit-empty = Bu filtreye uyan girdi yok.
audit-older = Daha eski girdiler

## Şehir ayarları.
settings-title = Şehir ayarları
settings-intro = Bu bilgiler herkese açık web sitesinde, belgelerde ve planlayıcıda görünür.
settings-city-name = Şehrin adı
settings-inhabitants = Nüfus
settings-newcomers = Yılda yeni gelen kişi sayısı (yaklaşık)
settings-desk-address = Karşılama ofisinin adresi
settings-desk-hours = Ofisin çalışma saatleri
settings-desk-hours-hint = Her gün için 08:00-12:00, 13:00-17:00 gibi saatler girin. Ofisin kapalı olduğu günlerde boş bırakın.
settings-hotline = Yardım hattının telefon numarası
settings-hotline-hint = Uluslararası biçimde, örneğin +46 8 123 456 00.
settings-email = Hizmetin e-posta adresi
settings-timezone = Saat dilimi
settings-timezone-hint = Örneğin Europe/Stockholm.
settings-source-language = İçeriğin ilk yazıldığı dil
settings-submit = Ayarları kaydet
settings-saved = Ayarlar kaydedildi.

## Hesabım.
account-title = Hesabım
account-password-title = Parolanızı değiştirin
account-current-password = Mevcut parola
account-new-password = Yeni parola
account-new-password-hint = En az 12 karakter. Birkaç kelimeden oluşan bir parola kolay hatırlanır ve zor tahmin edilir.
account-confirm-password = Yeni parola (tekrar)
account-password-submit = Parolayı değiştir
account-password-changed = Parolanız değiştirildi. Diğer oturumlarınız kapatıldı.
settings-stale-after-days = Kurslar şu süreden sonra genel listeden çıkar (güncellenmeden geçen gün)
settings-stale-after-days-hint = Kurum her kursu bu kadar gün içinde onaylamalıdır; yoksa kurs gizlenir ve kurum güncel olmayanlar listesine girer. Tam gün, 1 ile 3650 arası.

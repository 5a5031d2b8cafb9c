## E-posta kuyruğu (personel sayfası).

staff-nav-outbox = E-posta kuyruğu
outbox-title = E-posta kuyruğu
outbox-intro = Yeni gelenlere gönderilen onaylar ve hatırlatmalar. Gönderilemeyen bir mesaj daha sonra yeniden denenir; sekiz denemeden sonra başarısız olarak işaretlenir.
outbox-col-created = Kuyruğa eklenme
outbox-col-kind = Tür
outbox-col-to = Alıcı
outbox-col-status = Durum
outbox-col-attempts = Deneme sayısı
outbox-col-error = Son hata
outbox-empty = Kuyruk boş.
mail-kind-confirmation = Onay
mail-kind-reminder = Hatırlatma
mail-kind-invitation = Davet
mail-status-pending = Bekliyor
mail-status-sent = Gönderildi
mail-status-failed = Başarısız
outbox-col-channel = Kanal

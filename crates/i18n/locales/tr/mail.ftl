## Yeni gelenlere kendi dillerinde gönderilen e-postalar. Düz metin, her satırda bir mesaj.

mail-confirmation-subject = Randevunuz: { $when }
mail-reminder-subject = Hatırlatma: yarınki randevunuz, { $when }
mail-hello = Merhaba,
mail-booked = Karşılama Hizmetinde kişisel görüşme randevunuz alındı.
mail-reminder = Bu bir hatırlatmadır: Yarın Karşılama Hizmetinde kişisel görüşmeniz var.
mail-when = Ne zaman: { $when }
mail-where = Nerede: { $place }, { $address }
mail-reference = Randevu kodunuz: { $reference }
mail-link = Randevunuzu görmek veya iptal etmek için bu bağlantıyı açın: { $link }
mail-help = Sorunuz mu var? Bizi arayın: { $phone }
mail-signature = Saygılarımızla, { $city } Karşılama Hizmeti
sms-reminder = { $city }: yarınki randevunuzun hatırlatması, { $when }, { $place }. Referans { $reference }. Sorular: { $phone }

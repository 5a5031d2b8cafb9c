## İki yıl sonraki takip danışmanlığına davetler (yeni gelen kişiye kendi dilinde e-posta ve
## basılı mektup) ve bunları gönderen personel sayfası.

invite-subject = Davet: { $city } şehrindeki ilk iki yılınız hakkında ücretsiz bir görüşme
invite-hello = Merhaba { $name },
invite-body = Yaklaşık iki yıldır { $city } şehrinde yaşıyorsunuz. Birçok soru ancak bir süre sonra ortaya çıkar: iş, okul, konut veya oturma izniniz hakkında. Sizi kendi dilinizde ücretsiz bir kişisel görüşmeye davet ediyoruz.
invite-book = Buradan randevu alın: { $url }
invite-call = Ya da bizi arayın: { $phone }
invite-desk = Ya da karşılama ofisine gelin, randevu gerekmez: { $address }

follow-ups-invite-all = Listedeki herkesi davet et
follow-ups-invite-one = Davet et
follow-ups-invited = Davet edildi: { $date } ({ $channel })
channel-email = e-posta
channel-letter = mektup
follow-ups-invited-email = { $count ->
    [one] { $count } kişi e-postayla davet edildi.
   *[other] { $count } kişi e-postayla davet edildi.
}
follow-ups-letters-title = Yazdırılacak davet mektupları
follow-ups-letters-intro = Bu kişilerin e-posta adresi yok veya mesaj almayı kabul etmediler. Mektupları yazdırın ve postayla gönderin.
follow-ups-print = Mektupları yazdır
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } kişi SMS ile davet edildi.
   *[other] { $count } kişi SMS ile davet edildi.
}
follow-ups-already = { $count ->
    [one] { $count } kişi bu dönem için zaten davet edilmişti. Hiçbir şey yeniden gönderilmedi.
   *[other] { $count } kişi bu dönem için zaten davet edilmişti. Hiçbir şey yeniden gönderilmedi.
}
follow-ups-letters-pdf = Mektupları yazdırmak için tek bir PDF olarak indirin
sms-invite = { $city }: yaklaşık iki yıldır burada yaşıyorsunuz. Sizi kendi dilinizde ücretsiz bir görüşmeye davet ediyoruz. Randevu: { $url } veya arayın: { $phone }

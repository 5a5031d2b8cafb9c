## Inbjudningar till uppföljande rådgivning efter två år (e-post och utskrivet brev till
## den nyanlända, på deras språk), och personalens sida som skickar dem.

invite-subject = Inbjudan: ett gratis samtal om dina första två år i { $city }
invite-hello = Hej { $name }!
invite-body = Du har bott i { $city } i ungefär två år. Många frågor kommer först efter en tid: om arbete, skola, bostad eller ditt uppehållstillstånd. Vi bjuder in dig till ett gratis personligt samtal på ditt språk.
invite-book = Boka en tid här: { $url }
invite-call = Eller ring oss: { $phone }
invite-desk = Eller kom till välkomstkontoret, du behöver inte boka tid: { $address }

follow-ups-invite-all = Bjud in alla på listan
follow-ups-invite-one = Bjud in
follow-ups-invited = Inbjuden den { $date } ({ $channel })
channel-email = e-post
channel-letter = brev
follow-ups-invited-email = { $count ->
    [one] { $count } person bjöds in via e-post.
   *[other] { $count } personer bjöds in via e-post.
}
follow-ups-letters-title = Inbjudningsbrev att skriva ut
follow-ups-letters-intro = De här personerna har ingen e-postadress eller har inte sagt ja till meddelanden. Skriv ut breven och skicka dem med posten.
follow-ups-print = Skriv ut breven
channel-sms = sms
follow-ups-invited-sms = { $count ->
    [one] { $count } person bjöds in med sms.
   *[other] { $count } personer bjöds in med sms.
}
follow-ups-already = { $count ->
    [one] { $count } person var redan inbjuden för den här perioden. Inget skickades igen.
   *[other] { $count } personer var redan inbjudna för den här perioden. Inget skickades igen.
}
follow-ups-letters-pdf = Ladda ner breven som en pdf att skriva ut
sms-invite = { $city }: du har bott här i ungefär två år. Vi bjuder in dig till ett gratis samtal på ditt språk. Boka: { $url } eller ring { $phone }

## Einladungen zur Folgeberatung nach zwei Jahren (E-Mail und gedruckter Brief an die
## neuankommende Person, in ihrer Sprache) und die Seite für Mitarbeitende, die sie verschickt.

invite-subject = Einladung: ein kostenloses Gespräch über Ihre ersten zwei Jahre in { $city }
invite-hello = Guten Tag { $name },
invite-body = Sie wohnen seit etwa zwei Jahren in { $city }. Viele Fragen kommen erst nach einiger Zeit: zu Arbeit, Schule, Wohnung oder Ihrem Aufenthalt. Wir laden Sie zu einem kostenlosen persönlichen Gespräch in Ihrer Sprache ein.
invite-book = Buchen Sie hier einen Termin: { $url }
invite-call = Oder rufen Sie uns an: { $phone }
invite-desk = Oder kommen Sie ohne Termin ins Willkommensbüro: { $address }

follow-ups-invite-all = Alle auf der Liste einladen
follow-ups-invite-one = Einladen
follow-ups-invited = Eingeladen am { $date } ({ $channel })
channel-email = E-Mail
channel-letter = Brief
follow-ups-invited-email = { $count ->
    [one] { $count } Person wurde per E-Mail eingeladen.
   *[other] { $count } Personen wurden per E-Mail eingeladen.
}
follow-ups-letters-title = Einladungsbriefe zum Drucken
follow-ups-letters-intro = Diese Personen haben keine E-Mail-Adresse oder haben Nachrichten nicht zugestimmt. Drucken Sie die Briefe aus und schicken Sie sie per Post.
follow-ups-print = Briefe drucken
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } Person wurde per SMS eingeladen.
   *[other] { $count } Personen wurden per SMS eingeladen.
}
follow-ups-already = { $count ->
    [one] { $count } Person war für diesen Zeitraum schon eingeladen. Es wurde nichts erneut gesendet.
   *[other] { $count } Personen waren für diesen Zeitraum schon eingeladen. Es wurde nichts erneut gesendet.
}
follow-ups-letters-pdf = Die Briefe als ein PDF zum Drucken herunterladen
sms-invite = { $city }: Sie wohnen seit etwa zwei Jahren hier. Wir laden Sie zu einem kostenlosen Gespräch in Ihrer Sprache ein. Buchen: { $url } oder rufen Sie an: { $phone }

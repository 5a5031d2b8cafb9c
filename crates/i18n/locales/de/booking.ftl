## Neuankommende buchen auf der Website eine Beratung. Einfache Wörter, kurze Sätze, „Sie“.

book-title = Ein persönliches Gespräch buchen
book-intro = Eine Beraterin oder ein Berater spricht mit Ihnen in Ihrer Sprache. Das Gespräch ist kostenlos. Sie brauchen keine Papiere, um es zu buchen.
book-what = Was brauchen Sie?
book-kind-start-hint = Sie sind neu in der Stadt. Wir erklären Ihnen, wie die Dinge hier funktionieren.
book-kind-follow-up-hint = Sie wohnen seit etwa zwei Jahren hier und haben neue Fragen.
book-kind-individual-module-hint = Hilfe bei einem Thema. Zum Beispiel: Sie möchten Ihren Abschluss anerkennen lassen.
book-language = Ihre Sprache
book-language-hint = Wir suchen jemanden für die Beratung, der Ihre Sprache spricht. Wenn es niemanden gibt, hilft eine Dolmetscherin oder ein Dolmetscher am Telefon.
book-continue = Weiter
book-back = Zurück
book-times-title = Wählen Sie einen Termin
book-times-choose = Freie Termine
book-with-interpreter = mit Telefondolmetschen
book-no-times = Im Moment gibt es keinen freien Termin. Bitte rufen Sie uns an. Wir finden zusammen einen Termin.
book-details-title = Ihre Angaben
book-your-time = Ihr Termin: { $when }
book-choose-other = Einen anderen Termin wählen
book-name = Ihr Name
book-name-hint = Wie in Ihrem Ausweisdokument, in jeder Schrift.
book-birth-hint = Wenn Sie nur das Jahr wissen, schreiben Sie nur das Jahr.
book-phone-hint = Damit wir Sie erreichen können. Mit der Ländervorwahl, zum Beispiel +46 70 123 45 67.
book-email-hint = Schreiben Sie eine Telefonnummer oder eine E-Mail-Adresse, oder beides.
book-consent = Ihre Einwilligung
book-consent-basic = Ich bin einverstanden (nötig für die Buchung)
book-consent-reminders = Bitte erinnern Sie mich an den Termin (freiwillig)
book-check-title = Prüfen Sie Ihre Angaben
book-when = Wann
book-confirm = Gespräch buchen
book-change = Meine Angaben ändern
book-appointment-title = Ihr Termin
book-booked-title = Ihr Gespräch ist gebucht
book-reference = Ihre Referenz: { $reference }
book-reference-label = Referenz
book-cancelled = Dieser Termin wurde abgesagt.
book-next-title = So geht es weiter
book-next-body = Kommen Sie pünktlich zum Ort des Termins. Bringen Sie Ihr Ausweisdokument oder Ihre Aufenthaltserlaubnis mit, wenn Sie eines davon haben. Brauchen Sie eine Dolmetscherin oder einen Dolmetscher? Dann rufen wir jemanden an, der für Sie dolmetscht.
book-keep-link = Speichern Sie diese Seite oder ihre Adresse. Damit können Sie Ihren Termin ansehen oder absagen.
book-cancel = Termin absagen
book-move = Sie können die Zeit ändern:

error-phone-or-email = Schreiben Sie eine Telefonnummer oder eine E-Mail-Adresse, damit wir Sie erreichen können
book-move-link = Eine andere Zeit wählen
book-move-title = Neue Zeit wählen
book-move-intro = Ihr Termin jetzt: { $when }. Er bleibt gebucht, bis Sie eine neue Zeit gewählt haben.
book-move-confirm = Meinen Termin auf diese Zeit verschieben
book-moved = Ihr Termin wurde verschoben. Das ist die neue Zeit.

## Childcare during the appointment (issue 4).
book-childcare-legend = Brauchen Sie Kinderbetreuung während des Termins?
book-childcare = Kinderbetreuung
book-childcare-none = Nicht nötig
